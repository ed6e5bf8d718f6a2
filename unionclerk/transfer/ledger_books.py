"""The four printed 经费 books as .xlsx: 经费收支明细账 (streamed), 会费收缴台账, 收支公示表 and 收入支出表 (工会02表).

All four are laid out by the shared print layout (transfer/printing.py): A4 in the orientation their columns
need, title, unit and period on top, the header row on every page, borders, 宋体, long text wrapped with the row
grown to fit, at least 9 pt once fitted to the page width, page numbers, the signature lines 工会主席 / 经审 /
制表. The 明细账 keeps the layout's page, widths and styles but writes its entry rows as sheet XML
(row_stream), so a 200,000-entry year costs little more than openpyxl writing bare values. Money cells are
numbers (2 decimals), so the figures read back exactly; text is never a formula.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook

from unionclerk.core.ledger import month_end
from unionclerk.reports.ledger import (
    CLOSING,
    ENTRY,
    OPENING,
    IncomeStatement,
    SubjectLine,
    cash_book_lines,
    income_statement,
)
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.store.settings import load_settings
from unionclerk.transfer.output import output_suffix
from unionclerk.transfer.printing import SAMPLE_ROWS, Column, PrintTable, Row, line_count, row_height
from unionclerk.transfer.row_stream import MARKER, Money, RowWriter, save_with_body
from unionclerk.transfer.workbook import check_destination, save_book

SIGNATURES = ("工会主席", "经审", "制表")


def _union_and_unit(store: Store) -> tuple[str, str]:
    settings = load_settings(store)
    unit = settings.unit_name or "（未设置单位名称）"
    union = settings.union_name or (f"{settings.unit_name}工会" if settings.unit_name else "")
    return union, unit


def _finish(table: PrintTable, today: dt.date | None) -> None:
    """The signature lines, and the date the book was made under them."""
    date = today or dt.date.today()
    table.finish(signatures=SIGNATURES)
    table.line(f"日期：{date.year}年{date.month}月{date.day}日", align="right")


def _yuan(fen: int) -> float:
    """Money as the number a spreadsheet holds: fen / 100 is exact to the fen once rounded to 2 places."""
    return round(fen / 100, 2)


# -- 1. 经费收支明细账 ---------------------------------------------------------------------------------

LEDGER_COLUMNS = (
    Column("日期", "date"),
    Column("凭证号", "int", width=4),  # six digits, and the header on one line
    Column("摘要"),
    Column("科目"),
    Column("收入", "money"),
    Column("支出", "money"),
    Column("余额", "money"),
)
_WRAPPED = (2, 3)  # 摘要 and 科目: the columns whose text may need more than one line


def ledger_rows(store: Store, year: int, month: int | None = None) -> Iterable[tuple[bool, list[object]]]:
    """(bold, cells) of the cash book: 上年结转, entries, 本月合计/本年累计 after each month, 年末余额.
    Amounts are Money (fen); a 收入/支出 cell with nothing in it is blank, as clerks write their books."""
    for line in cash_book_lines(store, year, month):
        if line.kind == ENTRY:
            yield (
                False,
                [
                    line.date,
                    line.voucher,
                    line.summary,
                    line.subject,
                    Money(line.income_fen) if line.income_fen else None,
                    Money(line.expense_fen) if line.expense_fen else None,
                    Money(line.balance_fen),
                ],
            )
        elif line.kind == OPENING:
            yield True, [line.date, None, line.summary, None, None, None, Money(line.balance_fen)]
        else:
            yield (
                True,
                [
                    line.date if line.kind != CLOSING else None,
                    None,
                    line.summary,
                    None,
                    Money(line.income_fen),
                    Money(line.expense_fen),
                    Money(line.balance_fen),
                ],
            )


def _measured(values: Sequence[object]) -> list[object]:
    """A row as the layout measures it: amounts in yuan."""
    return [_yuan(v) if isinstance(v, Money) else v for v in values]


def _widest_amounts(store: Store, year: int) -> list[object]:
    """A row of the largest amounts the year can show (its totals, and a bound on the balance), so the
    money columns are wide enough for figures beyond the measured first rows and for the bold totals."""
    _count, income, expense = LedgerStore(store).totals(LedgerQuery(year))
    bound = abs(LedgerStore(store).opening_balance(year)) + income + expense
    # Written as text with a space to spare: the 本年累计 rows print them bold, a little wider.
    return [None, None, None, None, *(f"{_yuan(fen):,.2f} " for fen in (income, expense, -bound))]


def export_ledger(
    store: Store, path: str | Path, *, year: int, month: int | None = None, today: dt.date | None = None
) -> int:
    """经费收支明细账 for a year (or one month), streamed: the print layout writes the sheet around the
    entries, and the entries go into the file as XML rows one batch at a time (row_stream). Returns the
    number of entries."""
    path = Path(path)
    output_suffix(path, (".xlsx",))
    check_destination(path)
    union, unit = _union_and_unit(store)
    rows = iter(ledger_rows(store, year, month))
    first = list(itertools.islice(rows, SAMPLE_ROWS))
    period = (
        f"期间：{year}年{month}月1日至{month}月{month_end(year, month)[-2:].lstrip('0')}日"
        if month
        else f"期间：{year}年1月1日至12月31日"
    )
    book = Workbook(write_only=True)
    table = PrintTable(
        book,
        title=f"{union}{year}年{f'{month}月' if month else ''}经费收支明细账",
        subtitle=f"单位：{unit}　　{period}　　金额单位：元",
        columns=LEDGER_COLUMNS,
        sheet_name="经费收支明细账",
        samples=[*(_measured(values) for _bold, values in first), _widest_amounts(store, year)],
    )
    marker = table.placeholder(MARKER)
    _finish(table, today)
    writer = RowWriter(marker, table.style_ids(), table.style_ids(bold=True))
    widths = [table.fit.widths[i] for i in _WRAPPED]
    heights: dict[tuple[object, ...], float | None] = {}  # 摘要 and 科目 repeat: measure each pair once
    entries = 0

    def height(values: Sequence[object]) -> float | None:
        key = tuple(values[i] for i in _WRAPPED)
        if key not in heights:
            if len(heights) > 100_000:
                heights.clear()
            lines = max(
                (line_count(v, w) for v, w in zip(key, widths, strict=True) if isinstance(v, str)), default=1
            )
            heights[key] = row_height(lines) if lines > 1 else None
        return heights[key]

    def body() -> Iterator[str]:
        nonlocal entries
        for bold, values in itertools.chain(first, rows):
            entries += not bold
            yield writer.row(values, bold=bold, height=height(values))

    save_with_body(book, path, marker, body())
    return entries


# -- 2. 会费收缴台账 ---------------------------------------------------------------------------------


def export_dues(store: Store, path: str | Path, *, year: int, today: dt.date | None = None) -> int:
    """Members × months: paid per month, and per member 已缴/应缴/欠缴; a 合计 row per month. Returns members."""
    path = Path(path)
    output_suffix(path, (".xlsx",))
    check_destination(path)
    union, unit = _union_and_unit(store)
    settings = load_settings(store)
    rows = DuesStore(store).grid(year)
    columns = (
        Column("序号", "int"),
        Column("姓名"),
        Column("部门"),
        Column("月缴额", "money"),
        *(Column(f"{m}月", "money") for m in range(1, 13)),
        Column("已缴合计", "money"),
        Column("应缴合计", "money"),
        Column("欠缴", "money"),
    )
    month_totals = [0] * 12
    lines: list[list[object]] = []
    for number, row in enumerate(rows, start=1):
        for m in range(12):
            month_totals[m] += row.paid[m]
        lines.append(
            [
                number,
                row.name,
                row.department,
                _yuan(row.monthly_fen),
                *(_yuan(p) if (p or d) else "—" for p, d in zip(row.paid, row.due, strict=True)),
                _yuan(row.paid_total),
                _yuan(row.due_total),
                _yuan(row.owing_total),
            ]
        )
    totals: list[object] = [
        None,
        "合计",
        f"{len(rows)}人",
        None,
        *(_yuan(t) for t in month_totals),
        _yuan(sum(r.paid_total for r in rows)),
        _yuan(sum(r.due_total for r in rows)),
        _yuan(sum(r.owing_total for r in rows)),
    ]
    book = Workbook(write_only=True)
    table = PrintTable(
        book,
        title=f"{union}{year}年会费收缴台账",
        subtitle=f"单位：{unit}　　会费比例：{float(settings.dues_rate * 100):g}%　　金额单位：元",
        columns=columns,
        sheet_name="会费收缴台账",
        # The 合计 row prints bold, a little wider than the figures measured: measured with a space to spare.
        samples=[*lines[:SAMPLE_ROWS], [f"{v:,.2f} " if isinstance(v, float) else v for v in totals]],
    )
    for line in lines:
        table.append(line)
    table.append(Row(totals, bold=True), counted=False)
    _finish(table, today)
    save_book(book, path)
    return len(rows)


# -- 3 and 4. 收支公示表 and 收入支出表 --------------------------------------------------------------------


def _statement_rows(statement: IncomeStatement, *, with_line_numbers: bool, only_used: bool) -> list[tuple]:
    """(项目, 行次, first, second, bold) in the 2021 layout of the 收入支出表."""
    out: list[tuple] = []
    number = 0

    def add(label: str, first: int, second: int, bold: bool = False) -> None:
        nonlocal number
        number += 1
        out.append((label, number if with_line_numbers else None, first, second, bold))

    def subjects(lines: list[SubjectLine]) -> None:
        for line in lines:
            if only_used and not (line.first or line.second):
                continue
            indent = "　　" if line.level == 1 else "　　　　"
            add(f"{indent}{line.name}", line.first, line.second)

    add(
        "一、年初资金结转结余" if statement.month is None else "一、期初资金结转结余",
        *statement.opening,
        bold=True,
    )
    add("二、资金结转结余调整及变动", *statement.adjustment, bold=True)
    add("三、收入合计", *statement.income_total, bold=True)
    subjects(statement.income)
    add("四、支出合计", *statement.expense_total, bold=True)
    subjects(statement.expense)
    add("五、本期收支差额", *statement.difference, bold=True)
    closing_label = "六、年末资金结转结余" if statement.month in (None, 12) else "六、期末资金结转结余"
    add(closing_label, *statement.closing, bold=True)
    return out


def _write_statement(
    store: Store,
    path: Path,
    statement: IncomeStatement,
    *,
    title: str,
    sheet_name: str,
    period: str,
    with_line_numbers: bool,
    only_used: bool,
    above: Sequence[str] = (),
    today: dt.date | None = None,
) -> int:
    output_suffix(path, (".xlsx",))
    check_destination(path)
    union, unit = _union_and_unit(store)
    # The form's proportions: a wide 项目 column, room for the largest figures (and the title on one line).
    columns = [Column("项目", width=20)]
    if with_line_numbers:
        columns.append(Column("行次", "int", width=3))
    columns += [
        Column(statement.columns[0], "money", width=11),
        Column(statement.columns[1], "money", width=11),
    ]
    rows = [
        Row([label, *([number] if with_line_numbers else []), _yuan(first), _yuan(second)], bold=bold)
        for label, number, first, second, bold in _statement_rows(
            statement, with_line_numbers=with_line_numbers, only_used=only_used
        )
    ]
    book = Workbook(write_only=True)
    table = PrintTable(
        book,
        title=f"{union}{title}",
        subtitle=f"编制单位：{union or unit}　　{period}　　金额单位：元",
        columns=columns,
        sheet_name=sheet_name,
        samples=[r.values for r in rows],
        above=above,
    )
    for row in rows:
        table.append(row)
    _finish(table, today)
    save_book(book, path)
    return len(rows)


def export_income_statement(
    store: Store, path: str | Path, *, year: int, month: int | None = None, today: dt.date | None = None
) -> int:
    """收入支出表 (工会02表), 2021 layout: for a month (本月数, 本年累计数) or a year (本年数, 上年数)."""
    statement = income_statement(store, year, month)
    period = f"{year}年{month}月" if month else f"{year}年度"
    return _write_statement(
        store,
        Path(path),
        statement,
        title=f"收入支出表（{period}）",
        sheet_name="收入支出表",
        period=period,
        with_line_numbers=True,
        only_used=False,
        above=("工会02表",),
        today=today,
    )


def export_publicity(
    store: Store, path: str | Path, *, year: int, month: int, today: dt.date | None = None
) -> int:
    """The monthly 收支公示表: 本月数 and 本年累计数 by subject (subjects with figures), with the balances."""
    statement = income_statement(store, year, month)
    return _write_statement(
        store,
        Path(path),
        statement,
        title=f"{year}年{month}月经费收支公示表",
        sheet_name="收支公示表",
        period=f"{year}年{month}月",
        with_line_numbers=False,
        only_used=True,
        today=today,
    )


def describe_export(kind: str, count: int, year: int, month: int | None, path: Path) -> str:
    """One line for the command line."""
    what = {
        "ledger": f"{year}年{f'{month}月' if month else ''}经费收支明细账（{count} 笔分录）",
        "dues": f"{year}年会费收缴台账（{count} 名会员）",
        "publicity": f"{year}年{month}月收支公示表",
        "income-statement": f"{year}年{f'{month}月' if month else '度'}收入支出表",
    }[kind]
    return f"已导出{what}到 {path}"
