"""The fund's figures: the cash book with 本月合计/本年累计, the 收入支出表 (工会02表, 2021 layout), the monthly
公示 figures, and `ledger_figures` for the work summary. Qt-free; every figure is a sum of stored entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from unionclerk.core.ledger import EXPENSE, INCOME, Chart, month_end
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerStore

OPENING, ENTRY, MONTH_TOTAL, YEAR_TOTAL, CLOSING = "opening", "entry", "month", "year", "closing"


@dataclass
class BookLine:
    """One printed line of the 经费收支明细账."""

    kind: str  # OPENING, ENTRY, MONTH_TOTAL, YEAR_TOTAL, CLOSING
    date: str
    voucher: int | None
    summary: str
    subject: str  # 'code name' for an entry
    income_fen: int
    expense_fen: int
    balance_fen: int


def cash_book_lines(store: Store, year: int, month: int | None = None) -> Iterator[BookLine]:
    """上年结转, every entry with its balance, 本月合计 and 本年累计 after each month that has entries, 年末余额.
    For one month: 上月结转 (the balance before it), its entries, 本月合计, 本年累计 (January to it), 月末余额.

    Streams: one pass over the entries in book order (the store computes the running balance in SQL).
    """
    if month is not None:
        yield from _month_lines(store, year, month)
        return
    ledger = LedgerStore(store)
    chart = ledger.chart()
    names = {code: s.label for code, s in chart.subjects.items()}
    opening = ledger.opening_balance(year)
    yield BookLine(OPENING, f"{year}-01-01", None, "上年结转", "", 0, 0, opening)
    month = 0
    month_in = month_out = year_in = year_out = 0
    balance = opening

    def totals(for_month: int) -> Iterator[BookLine]:
        end = month_end(year, for_month)
        yield BookLine(MONTH_TOTAL, end, None, f"{for_month}月本月合计", "", month_in, month_out, balance)
        yield BookLine(YEAR_TOTAL, end, None, "本年累计", "", year_in, year_out, balance)

    for row in ledger.iter_rows(year):
        row_month = int(row.date[5:7])
        if month and row_month != month:
            yield from totals(month)
            month_in = month_out = 0
        month = row_month
        month_in += row.income_fen
        month_out += row.expense_fen
        year_in += row.income_fen
        year_out += row.expense_fen
        balance = row.balance_fen
        yield BookLine(
            ENTRY,
            row.date,
            row.voucher,
            row.summary,
            names.get(row.subject, row.subject),
            row.income_fen,
            row.expense_fen,
            row.balance_fen,
        )
    if month:
        yield from totals(month)
    yield BookLine(CLOSING, f"{year}-12-31", None, "年末余额（结转下年）", "", year_in, year_out, balance)


def _month_lines(store: Store, year: int, month: int) -> Iterator[BookLine]:
    lines = list(cash_book_lines(store, year))
    start, end = f"{year}-{month:02d}-01", month_end(year, month)
    before = [line for line in lines if line.kind == ENTRY and line.date < start]
    balance = before[-1].balance_fen if before else lines[0].balance_fen
    yield BookLine(OPENING, start, None, "上年结转" if month == 1 else "上月结转", "", 0, 0, balance)
    shown = [
        line for line in lines if start <= line.date <= end and line.kind in (ENTRY, MONTH_TOTAL, YEAR_TOTAL)
    ]
    yield from shown
    if not any(line.kind == MONTH_TOTAL for line in shown):  # a month without entries still has its totals
        to_date = [line for line in lines if line.kind == ENTRY and line.date <= end]
        income, expense = sum(x.income_fen for x in to_date), sum(x.expense_fen for x in to_date)
        yield BookLine(MONTH_TOTAL, end, None, f"{month}月本月合计", "", 0, 0, balance)
        yield BookLine(YEAR_TOTAL, end, None, "本年累计", "", income, expense, balance)
    last = [line for line in shown if line.kind == ENTRY]
    closing = last[-1].balance_fen if last else balance
    month_in = sum(x.income_fen for x in last)
    month_out = sum(x.expense_fen for x in last)
    yield BookLine(CLOSING, end, None, "月末余额", "", month_in, month_out, closing)


@dataclass
class SubjectLine:
    """A subject's figures in a statement: two columns (本月数/本年累计数, or 本年数/上年数)."""

    code: str
    name: str
    kind: str
    level: int  # 1 subject, 2 sub-item
    first: int
    second: int


@dataclass
class IncomeStatement:
    """收入支出表 (工会02表). Monthly: columns 本月数 and 本年累计数. Annual (month None): 本年数 and 上年数."""

    year: int
    month: int | None
    columns: tuple[str, str]
    opening: tuple[int, int]  # 一、年初资金结转结余
    adjustment: tuple[int, int]  # 二、资金结转结余调整及变动
    income: list[SubjectLine]
    expense: list[SubjectLine]
    income_total: tuple[int, int] = (0, 0)
    expense_total: tuple[int, int] = (0, 0)

    @property
    def difference(self) -> tuple[int, int]:
        """五、本期收支差额."""
        return (self.income_total[0] - self.expense_total[0], self.income_total[1] - self.expense_total[1])

    @property
    def closing(self) -> tuple[int, int]:
        """六、年末（期末）资金结转结余 = 一 + 二 + 五."""
        return tuple(  # type: ignore[return-value]
            self.opening[i] + self.adjustment[i] + self.difference[i] for i in range(2)
        )


def _subject_lines(
    chart: Chart, kind: str, first: dict[str, tuple[int, int]], second: dict[str, tuple[int, int]]
) -> list[SubjectLine]:
    """Every basic subject of the kind (and any other with figures), each with its sub-items under it;
    a subject's figure includes its sub-items'."""
    index = 0 if kind == INCOME else 1

    def amount(sums: dict[str, tuple[int, int]], code: str) -> int:
        if len(code) == 3:
            return sum(v[index] for c, v in sums.items() if c[:3] == code)
        return sums.get(code, (0, 0))[index]

    lines: list[SubjectLine] = []
    for subject in chart.ordered(kind):
        a, b = amount(first, subject.code), amount(second, subject.code)
        if not subject.basic and not (a or b):
            continue
        if subject.is_sub_item and subject.custom and not (a or b):
            continue
        lines.append(SubjectLine(subject.code, subject.name, kind, 2 if subject.is_sub_item else 1, a, b))
    return lines


def income_statement(store: Store, year: int, month: int | None = None) -> IncomeStatement:
    ledger = LedgerStore(store)
    chart = ledger.chart()
    if month:
        first = ledger.sums_by_subject(f"{year}-{month:02d}-01", month_end(year, month))
        second = ledger.sums_by_subject(f"{year}-01-01", month_end(year, month))
        opening = (_balance_before(ledger, year, month), ledger.opening_balance(year))
        columns = ("本月数", "本年累计数")
    else:
        first = ledger.sums_by_subject(f"{year}-01-01", f"{year}-12-31")
        second = ledger.sums_by_subject(f"{year - 1}-01-01", f"{year - 1}-12-31")
        opening = (ledger.opening_balance(year), ledger.opening_balance(year - 1))
        columns = ("本年数", "上年数")
    statement = IncomeStatement(
        year,
        month,
        columns,
        opening,
        (0, 0),
        _subject_lines(chart, INCOME, first, second),
        _subject_lines(chart, EXPENSE, first, second),
    )
    statement.income_total = _total(statement.income)
    statement.expense_total = _total(statement.expense)
    return statement


def _balance_before(ledger: LedgerStore, year: int, month: int) -> int:
    """The balance at the start of a month: the year's opening plus the months before it."""
    if month == 1:
        return ledger.opening_balance(year)
    return ledger.balance_on(month_end(year, month - 1))


def _total(lines: list[SubjectLine]) -> tuple[int, int]:
    top = [line for line in lines if line.level == 1]
    return sum(line.first for line in top), sum(line.second for line in top)


def publicity(store: Store, year: int, month: int) -> IncomeStatement:
    """The monthly 收支公示表: 本月数 and 本年累计数 by subject, with the balances (the monthly 02表 figures)."""
    return income_statement(store, year, month)


@dataclass
class LedgerFigures:
    """What the work summary says about the fund for a period [start, end] (inclusive ISO dates).

    income / expense: subject code -> fen, for the 3-digit subjects (sub-items folded in) with any figure;
    income_sub / expense_sub: the same for the 5-digit sub-items. income_total / expense_total: their sums.
    opening_fen: balance at the start of `start`; closing_fen: at the end of `end`
    (opening + income_total − expense_total). dues_due_fen: dues members owed for the months of the period
    (a month counts when its last day is in the period); dues_collected_fen: dues received in the period
    (= the 会费收入 entries posted by collections). names: code -> subject name for every code above.
    """

    start: str
    end: str
    opening_fen: int
    closing_fen: int
    income: dict[str, int] = field(default_factory=dict)
    expense: dict[str, int] = field(default_factory=dict)
    income_sub: dict[str, int] = field(default_factory=dict)
    expense_sub: dict[str, int] = field(default_factory=dict)
    income_total: int = 0
    expense_total: int = 0
    dues_due_fen: int = 0
    dues_collected_fen: int = 0
    names: dict[str, str] = field(default_factory=dict)


def ledger_figures(store: Store, start: str, end: str) -> LedgerFigures:
    """The fund figures for the summary (i10 uses this): income and expense by subject, dues due and
    collected, opening and closing balance, for any period [start, end] within the kept years."""
    ledger = LedgerStore(store)
    chart = ledger.chart()
    sums = ledger.sums_by_subject(start, end)
    start_day = dt.date.fromisoformat(start)
    if start_day.month == 1 and start_day.day == 1:
        opening = ledger.opening_balance(start_day.year)
    else:
        opening = ledger.balance_on((start_day - dt.timedelta(days=1)).isoformat())
    figures = LedgerFigures(start, end, opening, opening)
    for code, (income, expense) in sums.items():
        top = code[:3]
        for amount, by_top, by_sub in (
            (income, figures.income, figures.income_sub),
            (expense, figures.expense, figures.expense_sub),
        ):
            if not amount:
                continue
            by_top[top] = by_top.get(top, 0) + amount
            figures.names[top] = chart.name(top)
            if len(code) > 3:
                by_sub[code] = amount  # one sum a code: no sub-item is met twice
                figures.names[code] = chart.name(code)
    figures.income_total = sum(figures.income.values())
    figures.expense_total = sum(figures.expense.values())
    figures.closing_fen = opening + figures.income_total - figures.expense_total
    dues = DuesStore(store)
    end_day = dt.date.fromisoformat(end)
    for year in range(start_day.year, end_day.year + 1):
        for row in dues.grid(year):
            for month in range(1, 13):
                if start <= month_end(year, month) <= end:
                    figures.dues_due_fen += row.due[month - 1]
    figures.dues_collected_fen = dues.collected_between(start, end)
    return figures
