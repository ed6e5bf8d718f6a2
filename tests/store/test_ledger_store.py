"""The cash book store: vouchers, balances in SQL, closing and reopening a year, linked entries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from unionclerk.core.activities import Activity
from unionclerk.core.ledger import SOURCE_ACTIVITY, Entry
from unionclerk.core.members import FieldErrors
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerQuery, LedgerStore, YearClosed


@pytest.fixture
def ledger(store: Store) -> LedgerStore:
    return LedgerStore(store)


def _income(date: str, fen: int, summary: str = "收会费", subject: str = "401", **kw: object) -> Entry:
    return Entry(date=date, summary=summary, subject=subject, income_fen=fen, **kw)  # type: ignore[arg-type]


def _expense(date: str, fen: int, subject: str = "50102", summary: str = "文体活动", **kw: object) -> Entry:
    return Entry(date=date, summary=summary, subject=subject, expense_fen=fen, **kw)  # type: ignore[arg-type]


def test_vouchers_are_numbered_per_year_and_unique(ledger: LedgerStore) -> None:
    a = ledger.add(_income("2026-01-05", 100))
    ledger.add(_income("2026-01-06", 100))
    c = ledger.add(_income("2027-01-06", 100))
    assert [ledger.get(i).voucher for i in (a, c)] == [1, 1]
    assert ledger.next_voucher(2026) == 3
    with pytest.raises(FieldErrors) as caught:
        ledger.add(_income("2026-02-01", 5, voucher=2))
    assert "2026年已有凭证号 2" in caught.value.errors["voucher"]
    assert "下一个可用的是 3" in caught.value.errors["voucher"]
    assert ledger.count(LedgerQuery(2026)) == 2  # nothing saved


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (Entry("2026-01-01", "x", "999", income_fen=1), "subject"),
        (Entry("2026-01-01", "x", "401", income_fen=1, expense_fen=1), "income"),
        (Entry("2026-01-01", "x", "401", income_fen=-1), "income"),
        (Entry("2026-01-01", "x", "401"), "income"),
        (Entry("2026-01-01", "x", "401", expense_fen=3), "subject"),
    ],
)
def test_store_refuses_what_the_form_would(ledger: LedgerStore, entry: Entry, field: str) -> None:
    with pytest.raises(FieldErrors) as caught:
        ledger.add(entry)
    assert field in caught.value.errors
    assert ledger.count(LedgerQuery(2026)) == 0


def test_running_balance_paging_filters_and_totals(ledger: LedgerStore) -> None:
    ledger.set_opening(2026, 50000)
    ledger.add(_income("2026-02-01", 10000))
    ledger.add(_expense("2026-01-10", 3000))
    ledger.add(_expense("2026-02-03", 2000, subject="50404", summary="困难帮扶"))
    rows = ledger.page(LedgerQuery(2026), 0, 10)
    assert [r.date for r in rows] == ["2026-01-10", "2026-02-01", "2026-02-03"]
    assert [r.balance_fen for r in rows] == [47000, 57000, 55000]
    # A filter keeps the balance of the whole book after each shown row.
    february = ledger.page(LedgerQuery(2026, month=2, subject="504"), 0, 10)
    assert [(r.summary, r.balance_fen) for r in february] == [("困难帮扶", 55000)]
    assert ledger.totals(LedgerQuery(2026, month=2)) == (2, 10000, 2000)
    assert ledger.totals(LedgerQuery(2026, subject="501")) == (1, 0, 3000)  # 501 holds 50102
    assert ledger.page(LedgerQuery(2026), 1, 1)[0].balance_fen == 57000
    assert ledger.row_of(LedgerQuery(2026), rows[2].id) == 2
    assert ledger.row_of(LedgerQuery(2026, month=1), rows[2].id) == -1


def test_opening_is_entered_for_the_first_year_and_carried_after(ledger: LedgerStore) -> None:
    ledger.set_opening(2025, 10000)
    ledger.add(_income("2025-06-01", 500))
    ledger.add(_expense("2026-03-01", 200))
    assert ledger.opening_balance(2026) == 10500
    assert ledger.opening_balance(2027) == 10300
    with pytest.raises(FieldErrors) as caught:
        ledger.set_opening(2026, 1)
    assert "结转" in caught.value.errors["opening"]


def test_closing_a_year_checks_the_counted_balance_and_locks_it(ledger: LedgerStore) -> None:
    ledger.set_opening(2025, 10000)
    entry_id = ledger.add(_income("2025-06-01", 500))
    with pytest.raises(FieldErrors) as caught:
        ledger.close_year(2025, 10400, date="2026-01-05")
    assert "相差 -1.00 元" in caught.value.errors["counted"]
    assert not ledger.is_closed(2025)
    ledger.close_year(2025, 10500, date="2026-01-05")
    assert ledger.is_closed(2025)
    with pytest.raises(YearClosed):
        ledger.add(_income("2025-07-01", 1))
    entry = ledger.get(entry_id)
    entry.income_fen = 1
    with pytest.raises(YearClosed):
        ledger.update(entry)
    with pytest.raises(YearClosed):
        ledger.delete(entry_id)
    assert ledger.get(entry_id).income_fen == 500
    with pytest.raises(FieldErrors):
        ledger.reopen_year(2025, "  ")
    ledger.reopen_year(2025, "补记12月银行利息", date="2026-01-08")
    ledger.add(_income("2025-12-31", 7, summary="利息", subject="408"))
    assert [(line.action, line.date, line.reason) for line in ledger.year_log(2025)] == [
        ("结账", "2026-01-05", ""),
        ("反结账", "2026-01-08", "补记12月银行利息"),
    ]


def test_years_close_in_order(ledger: LedgerStore) -> None:
    ledger.add(_income("2025-06-01", 500))
    ledger.add(_income("2026-06-01", 500))
    with pytest.raises(FieldErrors) as caught:
        ledger.close_year(2026, 1000)
    assert "2025年还没有结账" in caught.value.errors["counted"]


def test_activity_cost_posts_once_and_follows_its_activity(store: Store, ledger: LedgerStore) -> None:
    activities = ActivityStore(store)
    activity_id = activities.add(
        Activity(date="2026-04-20", title="春季运动会", category="文体活动", cost_fen=850000)
    )
    first = ledger.post_activity(activity_id)
    again = ledger.post_activity(activity_id)
    assert first == again
    assert ledger.totals(LedgerQuery(2026)) == (1, 0, 850000)
    entry = ledger.get(first)
    assert (entry.subject, entry.source_kind, entry.source_id) == ("50102", SOURCE_ACTIVITY, activity_id)
    training = activities.add(
        Activity(date="2026-05-20", title="应急培训", category="教育培训", cost_fen=100)
    )
    assert ledger.get(ledger.post_activity(training)).subject == "50501"

    changed = activities.get(activity_id)
    changed.cost_fen = 900000
    changed.title = "春季趣味运动会"
    activities.update(changed)
    assert ledger.sync_activities() == []
    entry = ledger.get(first)
    assert (entry.expense_fen, entry.summary) == (900000, "春季趣味运动会")
    assert ledger.totals(LedgerQuery(2026)) == (2, 0, 900100)

    activities.delete(activity_id)
    ledger.sync_activities()
    kept = ledger.get(first)
    assert kept.source_kind is None and kept.expense_fen == 900000


def test_sub_items_of_the_clerk(ledger: LedgerStore) -> None:
    ledger.save_sub_item("50107", "读书月活动")
    assert ledger.chart().name("50107") == "读书月活动"
    with pytest.raises(FieldErrors):
        ledger.save_sub_item("50105", "改名")  # a sub-item of the rules
    with pytest.raises(FieldErrors):
        ledger.save_sub_item("99901", "x")
    ledger.add(_expense("2026-04-23", 3000, subject="50107"))
    assert ledger.totals(LedgerQuery(2026, subject="501")) == (1, 0, 3000)


def test_pages_of_a_year_or_month_agree_with_the_whole_book(ledger: LedgerStore) -> None:
    import random

    rng = random.Random(4)
    ledger.set_opening(2026, 12345)
    for n in range(60):
        day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if n % 3:
            ledger.add(_expense(day, rng.randint(1, 5000)))
        else:
            ledger.add(_income(day, rng.randint(1, 9000)))
    book = list(ledger.iter_rows(2026))
    assert [r.balance_fen for r in ledger.page(LedgerQuery(2026), 0, 100)] == [r.balance_fen for r in book]
    for offset in (0, 7, 33):
        assert ledger.page(LedgerQuery(2026), offset, 5) == book[offset : offset + 5]
    for month in (1, 6, 12):
        shown = [r for r in book if int(r.date[5:7]) == month]
        assert ledger.page(LedgerQuery(2026, month=month), 1, 3) == shown[1:4]
        assert ledger.count(LedgerQuery(2026, month=month)) == len(shown)


def test_any_book_can_link_an_entry_once(ledger: LedgerStore) -> None:
    from unionclerk.core.ledger import SOURCE_VISIT, VISIT_SUBJECTS

    first = ledger.post_linked(
        SOURCE_VISIT,
        17,
        date="2026-02-03",
        summary="住院慰问 张三",
        subject=VISIT_SUBJECTS["生病住院"],
        expense_fen=50000,
    )
    again = ledger.post_linked(
        SOURCE_VISIT, 17, date="2026-02-04", summary="住院慰问 张三（手术）", subject="", expense_fen=100000
    )
    assert first == again
    entry = ledger.get(first)
    assert (entry.subject, entry.expense_fen, entry.date) == ("50105", 100000, "2026-02-04")
    assert ledger.totals(LedgerQuery(2026)) == (1, 0, 100000)
    assert (
        ledger.post_linked(
            SOURCE_VISIT,
            18,
            date="2026-07-01",
            summary="夏送清凉",
            subject=VISIT_SUBJECTS["夏送清凉"],
            expense_fen=3000,
        )
        != first
    )
    assert ledger.source_parts(SOURCE_VISIT, 18) == ("慰问", "")  # a visit is named by its kind alone


def test_year_counts_with_other_years_around(ledger: LedgerStore) -> None:
    for year, n in ((2024, 3), (2025, 5), (2026, 2)):
        for day in range(1, n + 1):
            ledger.add(_income(f"{year}-0{day}-0{day}", 100))
    for year, n in ((2024, 3), (2025, 5), (2026, 2), (2027, 0)):
        assert ledger.count(LedgerQuery(year)) == n == len(list(ledger.iter_rows(year)))
    assert ledger.count(LedgerQuery(2025, month=3)) == 1


def test_union_fund_visits_post_once_and_follow_their_visits(store: Store, ledger: LedgerStore) -> None:
    from unionclerk.core.ledger import SOURCE_BATCH, SOURCE_VISIT
    from unionclerk.core.members import Member
    from unionclerk.store.members import MemberStore

    roster = MemberStore(store)
    zhang = roster.add(Member(name="张三", join_date="2020-01-01"))
    li = roster.add(Member(name="李四", join_date="2020-01-01"))
    with store.transaction() as conn:
        hospital = conn.execute(
            "INSERT INTO visits (date, kind, member_id, cash_fen) VALUES ('2026-03-02', '生病住院', ?, 50000)",
            (zhang,),
        ).lastrowid
        conn.execute(  # paid by the administration: not the union fund's
            "INSERT INTO visits (date, kind, member_id, cash_fen, source) VALUES ('2026-03-03', '退休', ?, 80000, '行政经费')",
            (li,),
        )
        aid = conn.execute(
            "INSERT INTO visits (date, kind, member_id, cash_fen) VALUES ('2026-04-01', '困难帮扶', ?, 200000)",
            (li,),
        ).lastrowid
        batch = conn.execute(
            "INSERT INTO visit_batches (date, festival, goods, goods_fen) VALUES ('2026-09-20', '中秋', '月饼', 15000)"
        ).lastrowid
        for member in (zhang, li):
            conn.execute(
                "INSERT INTO visits (date, kind, member_id, festival, goods, goods_fen, batch_id) "
                "VALUES ('2026-09-20', '节日慰问', ?, '中秋', '月饼', 15000, ?)",
                (member, batch),
            )
    assert ledger.unposted_visits(2026) == (3, 50000 + 200000 + 30000)
    assert ledger.post_visits(2026) == (3, [])
    assert ledger.post_visits(2026) == (0, [])  # never twice
    assert ledger.unposted_visits(2026) == (0, 0)
    assert ledger.get(ledger.entry_for_source(SOURCE_VISIT, aid).id or 0).subject == "50404"  # type: ignore[union-attr]
    festival = ledger.entry_for_source(SOURCE_BATCH, batch)
    assert festival is not None and (festival.subject, festival.expense_fen) == ("50105", 30000)
    assert festival.summary == "中秋慰问会员（2人，月饼）"
    with store.transaction() as conn:
        conn.execute("UPDATE visits SET cash_fen = 100000 WHERE id = ?", (hospital,))
        conn.execute("DELETE FROM visits WHERE id = ?", (aid,))
    assert ledger.sync_visits() == []
    assert ledger.entry_for_source(SOURCE_VISIT, hospital).expense_fen == 100000  # type: ignore[union-attr]
    kept = [r for r in ledger.iter_rows(2026) if r.expense_fen == 200000]
    assert kept and kept[0].source_kind is None  # its visit deleted: the entry stays, unlinked
    assert ledger.totals(LedgerQuery(2026)) == (3, 0, 100000 + 200000 + 30000)


def test_unposted_visits_are_found_in_sql_not_one_query_a_visit(store: Store, ledger: LedgerStore) -> None:
    """自动记账 runs after every save: what is not posted yet is read in one query a kind, whatever the
    number of visits and years; a closed year among them is named and the others are posted."""
    from unionclerk.core.members import Member
    from unionclerk.store.members import MemberStore

    zhang = MemberStore(store).add(Member(name="张三", join_date="2020-01-01"))

    def add_visits(years: range, each: int) -> None:
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO visits (date, kind, member_id, cash_fen) VALUES (?, '生病住院', ?, 10000)",
                [(f"{year}-0{1 + n % 9}-1{n % 10}", zhang) for year in years for n in range(each)],
            )

    def statements_of(work: Callable[[], object]) -> list[str]:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        try:
            work()
        finally:
            store.conn.set_trace_callback(None)
        return seen

    ledger.set_opening(2024, 0)
    ledger.close_year(2024, 0, date="2025-01-05")
    add_visits(range(2024, 2027), 2)
    posted, problems = ledger.post_unposted_visits()
    assert posted == 4 and problems == ["2024年已结账，2 笔慰问支出未能自动记账"]
    assert [ledger.totals(LedgerQuery(y))[2] for y in (2024, 2025, 2026)] == [0, 20000, 20000]
    assert ledger.unposted_visits(2024) == (2, 20000) and ledger.unposted_visits(2025) == (0, 0)
    few = statements_of(ledger.post_unposted_visits)
    add_visits(range(2025, 2027), 10)
    with store.transaction() as conn:  # paid by the administration: never posted
        conn.executemany(
            "INSERT INTO visits (date, kind, member_id, cash_fen, source) VALUES (?, '退休', ?, 500, '行政经费')",
            [(f"2026-05-0{1 + n % 9}", zhang) for n in range(20)],
        )
    assert ledger.post_unposted_visits() == (20, ["2024年已结账，2 笔慰问支出未能自动记账"])
    many = statements_of(ledger.post_unposted_visits)
    assert len(many) == len(few)  # the same queries for 64 visits in three years as for 6
    assert not any("source_id = ?" in sql for sql in many)  # no entry looked up visit by visit


def test_sync_sources_reads_the_auto_post_setting_itself(store: Store, ledger: LedgerStore) -> None:
    """What the window runs after an activity or a visit is saved: linked entries follow always; activities
    with a cost and union-fund visits are posted only with 自动记账 on; what cannot be done is returned."""
    from unionclerk.core.members import Member
    from unionclerk.core.visits import Visit
    from unionclerk.store.members import MemberStore
    from unionclerk.store.settings import load_settings, save_settings
    from unionclerk.store.visits import VisitStore

    activities = ActivityStore(store)
    posted = activities.add(Activity(date="2026-03-01", title="消防培训", category="教育培训", cost_fen=20000))
    ledger.post_activity(posted)
    trip = activities.add(Activity(date="2026-04-01", title="春游", category="文体活动", cost_fen=50000))
    zhang = MemberStore(store).add(Member(name="张三", join_date="2020-01-01"))
    visit = VisitStore(store).add(Visit(date="2026-05-02", kind="生病住院", member_id=zhang, cash_fen=30000))
    changed = activities.get(posted)
    changed.cost_fen = 25000
    activities.update(changed)
    assert ledger.sync_sources() == []  # 自动记账 off
    assert ledger.entry_for_source(SOURCE_ACTIVITY, posted).expense_fen == 25000  # type: ignore[union-attr]
    assert ledger.entry_for_source(SOURCE_ACTIVITY, trip) is None
    assert ledger.entry_for_source("visit", visit) is None
    settings = load_settings(store)
    settings.ledger_auto_post = True
    save_settings(store, settings)
    assert ledger.sync_sources() == []
    assert ledger.entry_for_source(SOURCE_ACTIVITY, trip).expense_fen == 50000  # type: ignore[union-attr]
    assert ledger.entry_for_source("visit", visit).expense_fen == 30000  # type: ignore[union-attr]
    assert ledger.sync_sources() == [] and ledger.totals(LedgerQuery(2026)) == (3, 0, 105000)  # never twice
    ledger.set_opening(2026, 105000)
    ledger.close_year(2026, 0, date="2027-01-05")
    late = activities.add(Activity(date="2026-12-01", title="年终联欢", category="文体活动", cost_fen=8000))
    problems = ledger.sync_sources()
    assert len(problems) == 1 and "年终联欢" in problems[0] and "已结账" in problems[0]
    assert ledger.entry_for_source(SOURCE_ACTIVITY, late) is None
