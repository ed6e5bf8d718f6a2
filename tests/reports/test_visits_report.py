"""The 慰问 figures for the summary, checked against the same figures computed from the raw records."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionclerk.core.members import Member
from unionclerk.core.visits import DEFAULT_KINDS, FESTIVAL_KIND, FESTIVALS, SOURCES, Visit
from unionclerk.reports.visits import AID_KINDS, TOTAL_LABEL, visit_figures
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitStore

NAMES = ["张三", "李四", "王芳", "赵敏", "钱进"]
START, END = "2026-01-01", "2026-12-31"

visit_strategy = st.fixed_dictionaries(
    {
        "date": st.dates(min_value=dt.date(2025, 11, 1), max_value=dt.date(2027, 2, 1)),
        "kind": st.sampled_from(DEFAULT_KINDS),
        "festival": st.sampled_from(FESTIVALS),
        "member": st.integers(0, len(NAMES) - 1),
        "cash": st.integers(0, 500_000),
        "goods": st.integers(0, 500_000),
        "source": st.sampled_from(SOURCES),
    }
)


def _fill(store: Store, specs: list[dict]) -> tuple[list[int], list[Visit]]:
    roster = MemberStore(store)
    ids = [roster.add(Member(name=name, join_date="2010-01-01")) for name in NAMES]
    roster.change_status(ids[4], "保留会籍", "2026-06-30", "退休")  # 钱进 retires mid-year
    visits = VisitStore(store)
    stored = []
    for spec in specs:
        festival = spec["kind"] == FESTIVAL_KIND
        visit = Visit(
            date=spec["date"].isoformat(),
            kind=spec["kind"],
            member_id=ids[spec["member"]],
            festival=spec["festival"] if festival else "",
            cash_fen=0 if festival else spec["cash"],
            goods="物品" if spec["goods"] else "",
            goods_fen=spec["goods"],
            source=spec["source"],
        )
        visits.add(visit)
        stored.append(visit)
    return ids, stored


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(visit_strategy, max_size=14))
def test_figures_match_the_raw_records(specs: list[dict]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "t.db", daily_backup=False) as store,
    ):
        ids, stored = _fill(store, specs)
        shown = [v for v in stored if START <= v.date <= END]
        figures = visit_figures(store, START, END)

        expected: dict[str, list] = defaultdict(lambda: [0, set(), 0, 0])
        for v in shown:
            line = expected[v.kind]
            line[0] += 1
            line[1].add(v.member_id)
            line[2] += v.cash_fen
            line[3] += v.goods_fen
        got = {k.kind: [k.person_times, k.people, k.cash_fen, k.goods_fen] for k in figures.by_kind[:-1]}
        assert got == {
            kind: [n, len(people), cash, goods] for kind, (n, people, cash, goods) in expected.items()
        }
        assert [k.kind for k in figures.by_kind[:-1]] == [k for k in DEFAULT_KINDS if k in expected]
        total = figures.total
        assert total.kind == TOTAL_LABEL
        assert total.person_times == len(shown)
        assert total.people == len({v.member_id for v in shown})
        assert total.total_fen == sum(v.cash_fen + v.goods_fen for v in shown)

        for festival in FESTIVALS:
            given_out = [v for v in shown if v.kind == FESTIVAL_KIND and v.festival == festival]
            line = next((f for f in figures.festivals if f.festival == festival), None)
            if not given_out:
                assert line is None
                continue
            assert line is not None
            assert line.person_times == len(given_out)
            assert line.total_fen == sum(v.goods_fen for v in given_out)
            values = {v.goods_fen for v in given_out}
            assert line.per_person_fen == (values.pop() if len(values) == 1 else None)

        aid = [v for v in shown if v.kind in AID_KINDS]
        assert figures.aid.person_times == len(aid)
        assert figures.aid.total_fen == sum(v.total_fen for v in aid)

        # 钱进 counts as a retiree only for visits on or after the day of retiring.
        retired = [v for v in shown if v.member_id == ids[4] and v.date >= "2026-06-30"]
        assert figures.retirees_visited == (1 if retired else 0)
        assert figures.retiree_fen == sum(v.total_fen for v in retired)


def test_breaches_of_the_period(store: Store, members: MemberStore) -> None:
    save_settings(store, load_settings(store).with_text("province", "四川"))
    zhang = members.add(Member(name="张三", join_date="2010-01-01"))
    visits = VisitStore(store)
    visits.add(
        Visit(date="2026-03-01", kind="结婚", member_id=zhang, cash_fen=60000, breach_reason="主席批准")
    )
    visits.add(Visit(date="2025-03-01", kind="结婚", member_id=zhang, cash_fen=60000))
    figures = visit_figures(store, START, END)
    assert [(b.visit.date, b.breach.rule, b.visit.breach_reason) for b in figures.breaches] == [
        ("2026-03-01", "结婚慰问上限", "主席批准")
    ]
    assert "四川" in figures.breaches[0].breach.source


def test_every_figure_of_a_period_in_full(store: Store, members: MemberStore) -> None:
    """By kind in the kinds list order (a kind the clerk added comes last), festivals with their days and goods, aid and
    困难帮扶 apart, retirees by their status on the visit's day, breaches of a period spanning two years."""
    from unionclerk.reports.visits import FestivalFigures, KindFigures

    save_settings(store, load_settings(store).with_text("province", "四川"))
    zhang, li, wang = (members.add(Member(name=n, join_date="2010-01-01")) for n in ("张三", "李四", "王五"))
    members.change_status(wang, "保留会籍", "2026-01-15", "退休")
    visits = VisitStore(store)
    visits.add_kind("搬迁")
    for visit in [
        Visit(date="2025-12-20", kind="冬送温暖", member_id=zhang, cash_fen=30000),
        Visit(
            date="2026-01-10",
            kind="节日慰问",
            festival="春节",
            member_id=zhang,
            goods="大米",
            goods_fen=20000,
        ),
        Visit(
            date="2026-01-12",
            kind="节日慰问",
            festival="春节",
            member_id=wang,
            goods="食用油",
            goods_fen=20000,
        ),
        Visit(
            date="2026-01-20", kind="节日慰问", festival="春节", member_id=wang, goods="大米", goods_fen=20000
        ),
        Visit(
            date="2026-01-16", kind="困难帮扶", member_id=li, cash_fen=100000, goods="棉被", goods_fen=5000
        ),
        Visit(date="2026-01-05", kind="困难帮扶", member_id=wang, cash_fen=50000),
        Visit(date="2026-02-01", kind="搬迁", member_id=li, cash_fen=60000),
        Visit(date="2026-02-28", kind="结婚", member_id=zhang, cash_fen=60000, breach_reason="主席批准"),
        Visit(date="2026-03-01", kind="结婚", member_id=li, cash_fen=10000),  # outside the period
        Visit(date="2025-12-01", kind="结婚", member_id=li, cash_fen=60000),  # the period's first day
    ]:
        visits.add(visit)
    figures = visit_figures(store, "2025-12-01", "2026-02-28")
    assert (figures.start, figures.end) == ("2025-12-01", "2026-02-28")
    assert figures.by_kind == [
        KindFigures("结婚", 2, 2, 120000, 0),
        KindFigures("困难帮扶", 2, 2, 150000, 5000),
        KindFigures("节日慰问", 3, 2, 0, 60000),
        KindFigures("冬送温暖", 1, 1, 30000, 0),
        KindFigures("搬迁", 1, 1, 60000, 0),
        KindFigures(TOTAL_LABEL, 9, 3, 360000, 65000),
    ]
    assert figures.festivals == [
        FestivalFigures(
            "春节", 3, 2, 60000, 20000, ["2026-01-10", "2026-01-12", "2026-01-20"], ["大米", "食用油"]
        )
    ]
    assert figures.aid == KindFigures("帮扶", 3, 3, 180000, 5000)
    assert figures.hardship == KindFigures("困难帮扶", 2, 2, 150000, 5000)
    assert figures.kind("生病住院") == KindFigures("生病住院")
    # 王五 retired on 15 January: of his visits (5, 12, 20 January) only the one after it counts (200元).
    assert (figures.retirees_visited, figures.retiree_fen) == (1, 20000)
    assert [(b.visit.date, b.breach.rule) for b in figures.breaches] == [
        ("2025-12-01", "结婚慰问上限"),
        ("2026-01-20", "退休人员慰问由行政经费开支"),  # a retiree's gift from the union's fund
        ("2026-02-28", "结婚慰问上限"),
    ]
