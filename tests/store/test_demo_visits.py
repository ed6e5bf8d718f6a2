"""The demo's 慰问 year is shaped like 篇4: five hospital visits (800 元 of goods), 200 元 to the retiree,
春节 and 中秋 batches to every member, one 困难帮扶."""

from __future__ import annotations

from unionclerk.reports.visits import visit_figures
from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitQuery, VisitStore


def test_demo_visits_like_the_seed(store: Store) -> None:
    build_demo(store, year=2025)
    figures = visit_figures(store, "2025-01-01", "2025-12-31")
    hospital = [figures.kind("生病住院"), figures.kind("住院手术")]
    assert sum(k.person_times for k in hospital) == 5
    assert sum(k.goods_fen for k in hospital) == 80000
    assert figures.retirees_visited == 1 and figures.retiree_fen == 20000
    assert figures.kind("困难帮扶").person_times == 1
    visits = VisitStore(store)
    batches = visits.batches(2025)
    assert [b.festival for b in batches] == ["春节", "中秋"]
    members = MemberStore(store)
    retiree = next(m.id for m in members.iter_members() if m.status == "保留会籍")
    for batch in batches:
        present = {m.id for m in members.members_on(batch.date)}
        if batch.festival == "中秋":  # after retiring: visited on their own, from the administration's funds
            present.discard(retiree)
        got = {r.member_id for r in visits.list(VisitQuery(batch_id=batch.id))}
        assert got == present, batch.festival
