"""自动记账 for visits: union-fund visits and festival distributions post themselves as linked entries, follow
their changes and are never counted twice."""

from __future__ import annotations

from unionclerk.core.ledger import SOURCE_BATCH, SOURCE_VISIT
from unionclerk.core.members import Member
from unionclerk.core.visits import Visit
from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitQuery, VisitStore


def _people(store: Store) -> tuple[int, int]:
    roster = MemberStore(store)
    return (
        roster.add(Member(name="张三", join_date="2020-01-01")),
        roster.add(Member(name="李四", join_date="2020-01-01")),
    )


def test_unposted_visits_and_batches_post_once(store: Store) -> None:
    zhang, li = _people(store)
    visits, ledger = VisitStore(store), LedgerStore(store)
    hospital = visits.add(Visit(date="2026-03-02", kind="生病住院", member_id=zhang, cash_fen=50000))
    admin = visits.add(
        Visit(date="2026-03-03", kind="生病住院", member_id=li, cash_fen=30000, source="行政经费")
    )
    batch = visits.add_batch(
        date="2026-09-20", festival="中秋", goods="月饼", goods_fen=15000, member_ids=[zhang, li]
    )
    assert ledger.post_unposted_visits() == (2, [])
    assert ledger.post_unposted_visits() == (0, [])  # never twice
    assert ledger.entry_for_source(SOURCE_VISIT, admin) is None  # paid by the administration
    entry = ledger.entry_for_source(SOURCE_VISIT, hospital)
    assert entry is not None and (entry.subject, entry.expense_fen) == ("50105", 50000)
    festival = ledger.entry_for_source(SOURCE_BATCH, batch)
    assert festival is not None and festival.expense_fen == 30000
    # The batch's records are in the batch's one entry, not each on its own.
    for row in visits.list(VisitQuery(batch_id=batch)):
        assert ledger.entry_for_source(SOURCE_VISIT, row.id) is None
    assert ledger.totals(LedgerQuery(2026)) == (2, 0, 80000)

    # Changes are followed: a bigger hospital visit, a batch revalued, a visit moved to 行政经费.
    stored = visits.get(hospital)
    stored.cash_fen = 60000
    visits.update(stored)
    visits.update_batch(batch, goods="月饼礼盒", goods_fen=20000)
    later = visits.add(Visit(date="2026-10-01", kind="困难帮扶", member_id=li, cash_fen=100000))
    assert ledger.sync_visits() == []
    assert ledger.post_unposted_visits() == (1, [])
    assert ledger.entry_for_source(SOURCE_VISIT, hospital).expense_fen == 60000  # type: ignore[union-attr]
    assert ledger.entry_for_source(SOURCE_BATCH, batch).expense_fen == 40000  # type: ignore[union-attr]
    assert ledger.entry_for_source(SOURCE_VISIT, later).subject == "50404"  # type: ignore[union-attr]
    assert ledger.totals(LedgerQuery(2026)) == (3, 0, 60000 + 40000 + 100000)
    moved = visits.get(later)
    moved.source = "行政经费"
    visits.update(moved)
    assert ledger.sync_visits() == [] and ledger.post_unposted_visits() == (0, [])
    assert ledger.entry_for_source(SOURCE_VISIT, later) is None
    assert ledger.totals(LedgerQuery(2026)) == (2, 0, 100000)


def test_a_closed_year_is_named_not_posted(store: Store) -> None:
    zhang, _li = _people(store)
    visits, ledger = VisitStore(store), LedgerStore(store)
    ledger.set_opening(2025, 0)
    ledger.close_year(2025, 0, date="2026-01-05")
    visits.add(Visit(date="2025-12-02", kind="生病住院", member_id=zhang, cash_fen=50000))
    posted, problems = ledger.post_unposted_visits()
    assert posted == 0 and len(problems) == 1 and "2025年已结账" in problems[0]
    assert ledger.totals(LedgerQuery(2025)) == (0, 0, 0)
