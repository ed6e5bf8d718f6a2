"""Every figure of the fund reconciles to the fen: the cash book's totals, the 收入支出表, the summary figures."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from unionclerk.core.ledger import Entry
from unionclerk.core.members import Member
from unionclerk.reports.ledger import (
    CLOSING,
    ENTRY,
    MONTH_TOTAL,
    OPENING,
    YEAR_TOTAL,
    cash_book_lines,
    income_statement,
    ledger_figures,
    publicity,
)
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerStore
from unionclerk.store.members import MemberStore

SUBJECTS = ["401", "402", "40301", "408", "50101", "50102", "50105", "503", "50404", "50501", "510"]
INCOME_CODES = {"401", "402", "40301", "408"}

entries = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=12),
        st.integers(min_value=1, max_value=28),
        st.sampled_from(SUBJECTS),
        st.integers(min_value=1, max_value=5_000_000),
    ),
    max_size=40,
)


def _fill(store: Store, opening: int, rows: list[tuple[int, int, str, int]], year: int = 2025) -> None:
    ledger = LedgerStore(store)
    ledger.set_opening(year, opening)
    ledger.add_many(
        [
            Entry(
                date=f"{year}-{month:02d}-{day:02d}",
                summary=f"第{n}笔",
                subject=code,
                income_fen=amount if code in INCOME_CODES else 0,
                expense_fen=0 if code in INCOME_CODES else amount,
            )
            for n, (month, day, code, amount) in enumerate(rows)
        ]
    )


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=-1_000_000, max_value=10_000_000), entries)
def test_cash_book_totals_reconcile(opening: int, rows: list[tuple[int, int, str, int]]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "u.db", daily_backup=False) as store,
    ):
        _fill(store, opening, rows)
        lines = list(cash_book_lines(store, 2025))
    assert lines[0].kind == OPENING and lines[0].balance_fen == opening
    balance = opening
    month_in = month_out = year_in = year_out = 0
    for line in lines[1:]:
        if line.kind == ENTRY:
            balance += line.income_fen - line.expense_fen
            assert line.balance_fen == balance
            month_in += line.income_fen
            month_out += line.expense_fen
            year_in += line.income_fen
            year_out += line.expense_fen
        elif line.kind == MONTH_TOTAL:
            assert (line.income_fen, line.expense_fen, line.balance_fen) == (month_in, month_out, balance)
            month_in = month_out = 0
        elif line.kind == YEAR_TOTAL:
            assert (line.income_fen, line.expense_fen, line.balance_fen) == (year_in, year_out, balance)
    closing = lines[-1]
    assert closing.kind == CLOSING
    income = sum(a for _, _, c, a in rows if c in INCOME_CODES)
    expense = sum(a for _, _, c, a in rows if c not in INCOME_CODES)
    assert (closing.income_fen, closing.expense_fen) == (income, expense)
    assert closing.balance_fen == opening + income - expense
    assert sum(1 for line in lines if line.kind == MONTH_TOTAL) == len({m for m, *_ in rows})


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=10_000_000), entries, st.integers(min_value=1, max_value=12))
def test_income_statement_equals_the_cash_book_by_subject(
    opening: int, rows: list[tuple[int, int, str, int]], month: int
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "u.db", daily_backup=False) as store,
    ):
        _fill(store, opening, rows)
        annual = income_statement(store, 2025)
        monthly = income_statement(store, 2025, month)
        figures = ledger_figures(store, f"2025-{month:02d}-01", "2025-12-31")
    by_code: dict[str, int] = defaultdict(int)
    in_month: dict[str, int] = defaultdict(int)
    for m, _, code, amount in rows:
        by_code[code[:3]] += amount
        by_code[code] += amount if len(code) > 3 else 0
        if m == month:
            in_month[code[:3]] += amount
    for line in annual.income + annual.expense:
        assert line.first == by_code.get(line.code, 0), line.code
        assert line.second == 0  # no 2024 entries
    income = sum(a for _, _, c, a in rows if c in INCOME_CODES)
    expense = sum(a for _, _, c, a in rows if c not in INCOME_CODES)
    assert annual.income_total[0] == income and annual.expense_total[0] == expense
    assert annual.closing[0] == opening + income - expense
    for line in monthly.income + monthly.expense:
        if line.level == 1:
            assert line.first == in_month.get(line.code, 0)
    to_month = sum((a if c in INCOME_CODES else -a) for m, _, c, a in rows if m <= month)
    assert monthly.closing[1] == opening + to_month  # 本年累计: January to the month
    assert monthly.closing[0] == monthly.opening[0] + monthly.difference[0]
    after = [(m, c, a) for m, _, c, a in rows if m >= month]
    assert figures.income_total == sum(a for _, c, a in after if c in INCOME_CODES)
    assert figures.closing_fen == opening + income - expense
    assert figures.closing_fen == figures.opening_fen + figures.income_total - figures.expense_total


@settings(max_examples=10, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(1, 12), st.integers(1, 5000)),
        min_size=1,
        max_size=15,
    )
)
def test_dues_collected_equal_the_dues_income_entries(payments: list[tuple[int, int, int]]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "u.db", daily_backup=False) as store,
    ):
        roster = MemberStore(store)
        ids = [
            roster.add(Member(name=f"会员{n}", wage_base_fen=500000, join_date="2020-01-01"))
            for n in range(3)
        ]
        dues = DuesStore(store)
        for who, month, amount in payments:
            dues.collect(f"2025-{month:02d}-15", [(ids[who], f"2025-{month:02d}", amount)])
        figures = ledger_figures(store, "2025-01-01", "2025-12-31")
        grid_paid = sum(r.paid_total for r in dues.grid(2025))
    total = sum(p[2] for p in payments)
    assert figures.dues_collected_fen == total == grid_paid == figures.income["401"]
    assert figures.dues_due_fen == 3 * 12 * 2500


def test_ledger_figures_for_a_half_year(store: Store) -> None:
    _fill(store, 100000, [(3, 1, "401", 5000), (6, 30, "50105", 2000), (7, 1, "50404", 700)])
    figures = ledger_figures(store, "2025-01-01", "2025-06-30")
    assert (figures.start, figures.end) == ("2025-01-01", "2025-06-30")
    assert figures.income == {"401": 5000}
    assert figures.expense == {"501": 2000}
    assert (figures.income_sub, figures.expense_sub) == ({}, {"50105": 2000})  # 401 has no sub-item
    assert figures.names == {"401": "会费收入", "501": "职工活动支出", "50105": "会员活动支出"}
    assert (figures.opening_fen, figures.closing_fen) == (100000, 103000)
    second = ledger_figures(store, "2025-07-01", "2025-12-31")
    assert (second.opening_fen, second.closing_fen) == (103000, 102300)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=0, max_value=10_000_000), entries, st.integers(min_value=1, max_value=12))
def test_one_month_of_the_cash_book(opening: int, rows: list[tuple[int, int, str, int]], month: int) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "u.db", daily_backup=False) as store,
    ):
        _fill(store, opening, rows)
        lines = list(cash_book_lines(store, 2025, month))
        ledger = LedgerStore(store)
        before = ledger.balance_on(f"2025-{month - 1:02d}-28") if month > 1 else opening
        if month > 1:
            before = ledger.balance_on(f"2025-{month:02d}-01") - sum(
                (a if c in INCOME_CODES else -a) for m, d, c, a in rows if m == month and d == 1
            )
    net = sum((a if c in INCOME_CODES else -a) for m, _, c, a in rows if m == month)
    assert lines[0].kind == OPENING and lines[0].balance_fen == before
    assert [x for x in lines if x.kind == ENTRY] == [
        x for x in lines if x.kind == ENTRY and x.date[5:7] == f"{month:02d}"
    ]
    assert len([x for x in lines if x.kind == ENTRY]) == len([r for r in rows if r[0] == month])
    month_total = next(x for x in lines if x.kind == MONTH_TOTAL)
    assert month_total.income_fen - month_total.expense_fen == net
    year_total = next(x for x in lines if x.kind == YEAR_TOTAL)
    assert year_total.income_fen == sum(a for m, _, c, a in rows if m <= month and c in INCOME_CODES)
    assert lines[-1].kind == CLOSING and lines[-1].balance_fen == before + net


def _book(store: Store) -> None:
    ledger = LedgerStore(store)
    ledger.set_opening(2025, 100000)
    ledger.add(Entry("2025-01-10", "拨缴经费", "402", income_fen=50000))
    ledger.add(Entry("2025-01-20", "春节慰问", "50105", expense_fen=20000))
    ledger.add(Entry("2025-03-01", "三八活动", "50101", expense_fen=3000))


def _rows(lines: object) -> list[tuple[object, ...]]:
    return [
        (x.kind, x.date, x.voucher, x.summary, x.subject, x.income_fen, x.expense_fen, x.balance_fen)
        for x in lines  # type: ignore[attr-defined]
    ]


def test_the_cash_book_line_by_line(store: Store) -> None:
    """上年结转, the entries numbered with their subject and balance, 本月合计 and 本年累计 after each month with
    entries (none for February), 年末余额; and one month alone, also a month without entries."""
    _book(store)
    assert _rows(cash_book_lines(store, 2025)) == [
        ("opening", "2025-01-01", None, "上年结转", "", 0, 0, 100000),
        ("entry", "2025-01-10", 1, "拨缴经费", "402 拨缴经费收入", 50000, 0, 150000),
        ("entry", "2025-01-20", 2, "春节慰问", "50105 会员活动支出", 0, 20000, 130000),
        ("month", "2025-01-31", None, "1月本月合计", "", 50000, 20000, 130000),
        ("year", "2025-01-31", None, "本年累计", "", 50000, 20000, 130000),
        ("entry", "2025-03-01", 3, "三八活动", "50101 职工教育支出", 0, 3000, 127000),
        ("month", "2025-03-31", None, "3月本月合计", "", 0, 3000, 127000),
        ("year", "2025-03-31", None, "本年累计", "", 50000, 23000, 127000),
        ("closing", "2025-12-31", None, "年末余额（结转下年）", "", 50000, 23000, 127000),
    ]
    assert _rows(cash_book_lines(store, 2025, 1)) == [
        ("opening", "2025-01-01", None, "上年结转", "", 0, 0, 100000),
        ("entry", "2025-01-10", 1, "拨缴经费", "402 拨缴经费收入", 50000, 0, 150000),
        ("entry", "2025-01-20", 2, "春节慰问", "50105 会员活动支出", 0, 20000, 130000),
        ("month", "2025-01-31", None, "1月本月合计", "", 50000, 20000, 130000),
        ("year", "2025-01-31", None, "本年累计", "", 50000, 20000, 130000),
        ("closing", "2025-01-31", None, "月末余额", "", 50000, 20000, 130000),
    ]
    assert _rows(cash_book_lines(store, 2025, 2)) == [
        ("opening", "2025-02-01", None, "上月结转", "", 0, 0, 130000),
        ("month", "2025-02-28", None, "2月本月合计", "", 0, 0, 130000),
        ("year", "2025-02-28", None, "本年累计", "", 50000, 20000, 130000),
        ("closing", "2025-02-28", None, "月末余额", "", 0, 0, 130000),
    ]
    assert _rows(cash_book_lines(store, 2025, 3)) == [
        ("opening", "2025-03-01", None, "上月结转", "", 0, 0, 130000),  # the entry of 1 March is March's
        ("entry", "2025-03-01", 3, "三八活动", "50101 职工教育支出", 0, 3000, 127000),
        ("month", "2025-03-31", None, "3月本月合计", "", 0, 3000, 127000),
        ("year", "2025-03-31", None, "本年累计", "", 50000, 23000, 127000),
        ("closing", "2025-03-31", None, "月末余额", "", 0, 3000, 127000),
    ]
    assert _rows(cash_book_lines(store, 2025, 12)) == [
        ("opening", "2025-12-01", None, "上月结转", "", 0, 0, 127000),
        ("month", "2025-12-31", None, "12月本月合计", "", 0, 0, 127000),
        ("year", "2025-12-31", None, "本年累计", "", 50000, 23000, 127000),
        ("closing", "2025-12-31", None, "月末余额", "", 0, 0, 127000),
    ]
    empty = Store.open(store.path.with_name("empty.db"), daily_backup=False)
    with empty:
        assert _rows(cash_book_lines(empty, 2025)) == [
            ("opening", "2025-01-01", None, "上年结转", "", 0, 0, 0),
            ("closing", "2025-12-31", None, "年末余额（结转下年）", "", 0, 0, 0),
        ]


def _statement(statement: object) -> list[tuple[object, ...]]:
    return [
        (x.code, x.name, x.kind, x.level, x.first, x.second)
        for x in [*statement.income, *statement.expense]  # type: ignore[attr-defined]
    ]


def test_the_income_statement_for_a_month_and_for_the_year(store: Store) -> None:
    """工会02表: every basic subject, sub-items with figures under their subject; the balances and totals."""
    _book(store)
    march = income_statement(store, 2025, 3)
    assert (march.year, march.month, march.columns) == (2025, 3, ("本月数", "本年累计数"))
    assert (march.opening, march.adjustment) == ((130000, 100000), (0, 0))
    assert (march.income_total, march.expense_total) == ((0, 50000), (3000, 23000))
    assert (march.difference, march.closing) == ((-3000, 27000), (127000, 127000))
    # The 2021 layout's basic subjects and sub-items, in order, every one printed; a sub-item under its subject.
    assert " ".join(
        f"{code}" if level == 1 else f"-{code}" for code, _n, _k, level, _a, _b in _statement(march)
    ) == (
        "401 402 403 -40301 -40302 405 408 "
        "501 -50101 -50102 -50103 -50104 -50105 -50106 503 -50301 -50302 -50303 -50304 -50305 "
        "504 -50401 -50402 -50403 -50404 -50405 -50406 505 -50501 -50502 -50503 -50504 507 510"
    )
    assert [line for line in _statement(march) if line[4] or line[5]] == [
        ("402", "拨缴经费收入", "income", 1, 0, 50000),
        ("501", "职工活动支出", "expense", 1, 3000, 23000),
        ("50101", "职工教育支出", "expense", 2, 3000, 3000),
        ("50105", "会员活动支出", "expense", 2, 0, 20000),
    ]
    assert publicity(store, 2025, 3) == march  # the monthly 公示 states the month's 02表 figures
    assert income_statement(store, 2025, 4).opening == (127000, 100000)  # after March
    january = income_statement(store, 2025, 1)
    assert (january.opening, january.closing) == ((100000, 100000), (130000, 130000))
    # The year beside the one before: an entry of 2024 makes 2024 the first year, carried into 2025.
    LedgerStore(store).add(Entry("2024-06-01", "去年的会费", "401", income_fen=7000))
    year = income_statement(store, 2025)
    assert (year.month, year.columns) == (None, ("本年数", "上年数"))
    assert (year.opening, year.closing) == ((7000, 0), (34000, 7000))
    assert (year.income_total, year.expense_total) == ((50000, 7000), (23000, 0))
    following = income_statement(store, 2026)  # beside 2025, not 2024 as well
    assert (following.opening, following.closing) == ((34000, 7000), (34000, 34000))
    assert (following.income_total, following.expense_total) == ((0, 50000), (0, 23000))

    assert _statement(year)[:2] == [
        ("401", "会费收入", "income", 1, 0, 7000),
        ("402", "拨缴经费收入", "income", 1, 50000, 0),
    ]


def test_the_clerks_own_sub_items(store: Store) -> None:
    """A sub-item the clerk added is printed under its subject when it has a figure in either column, and left
    out when it has none; the subjects after it are all still there."""
    _book(store)
    ledger = LedgerStore(store)
    ledger.save_sub_item("50198", "读书活动支出")
    ledger.save_sub_item("50199", "摄影活动支出")
    ledger.add(Entry("2025-02-10", "读书会", "50198", expense_fen=1500))
    ledger.add(Entry("2025-04-10", "摄影展", "50199", expense_fen=800))
    march = _statement(income_statement(store, 2025, 3))
    assert [line for line in march if line[0].startswith("501")] == [
        ("501", "职工活动支出", "expense", 1, 3000, 24500),
        ("50101", "职工教育支出", "expense", 2, 3000, 3000),
        ("50102", "文体活动支出", "expense", 2, 0, 0),
        ("50103", "宣传活动支出", "expense", 2, 0, 0),
        ("50104", "劳模职工疗休养支出", "expense", 2, 0, 0),
        ("50105", "会员活动支出", "expense", 2, 0, 20000),
        ("50106", "其他活动支出", "expense", 2, 0, 0),
        ("50198", "读书活动支出", "expense", 2, 0, 1500),
    ]
    assert [line[0] for line in march][-3:] == ["50504", "507", "510"]
    april = _statement(income_statement(store, 2025, 4))
    assert ("50199", "摄影活动支出", "expense", 2, 800, 800) in april


def test_the_monthly_publicity_states_the_months_figures(store: Store) -> None:
    _book(store)
    shown = publicity(store, 2025, 1)
    assert (shown.year, shown.month, shown.columns) == (2025, 1, ("本月数", "本年累计数"))
    assert (shown.income_total, shown.expense_total, shown.closing) == (
        (50000, 50000),
        (20000, 20000),
        (130000, 130000),
    )


def test_dues_due_count_the_months_that_end_in_the_period(store: Store) -> None:
    """A month's dues are due in the period that holds its last day: from 31 January, January counts; a member
    who joins in April owes from then on, so the months are not interchangeable."""
    members = MemberStore(store)
    members.add(Member(name="张三", wage_base_fen=500000, join_date="2020-01-01"))  # 25 元 a month
    members.add(Member(name="李四", wage_base_fen=300000, join_date="2025-04-10"))  # 15 元 from April
    due = {
        (start, end): ledger_figures(store, start, end).dues_due_fen
        for start, end in [
            ("2025-01-31", "2025-02-27"),
            ("2025-02-01", "2025-02-28"),
            ("2025-03-31", "2025-04-30"),
            ("2025-01-01", "2025-12-31"),
        ]
    }
    assert due == {
        ("2025-01-31", "2025-02-27"): 2500,
        ("2025-02-01", "2025-02-28"): 2500,
        ("2025-03-31", "2025-04-30"): 2500 + 2500 + 1500,
        ("2025-01-01", "2025-12-31"): 12 * 2500 + 9 * 1500,
    }
