"""Summary figures about activities and the plan, checked against the same figures computed from the raw records."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionclerk.core.activities import DEFAULT_CATEGORIES, LEVELS, WINNER_TEAM, WINNER_UNIT, Activity, Award
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem
from unionclerk.reports.activities import (
    TOTAL_LABEL,
    activities_by_category,
    awards_list,
    plan_report,
    training_totals,
    year_bounds,
)
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore

NAMES = ["张三", "李四", "王芳", "赵敏", "钱进"]

activity_strategy = st.fixed_dictionaries(
    {
        "date": st.dates(min_value=dt.date(2025, 11, 1), max_value=dt.date(2027, 2, 1)),
        "category": st.sampled_from(DEFAULT_CATEGORIES),
        "level": st.sampled_from(LEVELS),
        "people": st.lists(st.integers(0, len(NAMES) - 1), unique=True, max_size=len(NAMES)),
        "extra": st.one_of(st.none(), st.integers(0, 300)),
        "tenths": st.integers(0, 400),
        "cost": st.integers(0, 10_000_000),
        "awards": st.integers(0, 2),
    }
)


def _fill(store: Store, specs: list[dict]) -> list[Activity]:
    ids = [MemberStore(store).add(Member(name=name, join_date="2010-01-01")) for name in NAMES]
    acts = ActivityStore(store)
    stored = []
    for n, spec in enumerate(specs):
        people = [ids[i] for i in spec["people"]]
        headcount = None if spec["extra"] is None else len(people) + spec["extra"]
        awards = [
            Award(award=f"奖{k}", rank="一等奖", winner_kind=WINNER_TEAM, winner_text=f"队{k}")
            for k in range(spec["awards"])
        ]
        activity = Activity(
            date=spec["date"].isoformat(),
            title=f"活动{n}",
            category=spec["category"],
            level=spec["level"],
            participant_ids=people,
            headcount=headcount,
            training_tenths=spec["tenths"],
            cost_fen=spec["cost"],
            awards=awards,
        )
        acts.add(activity)
        stored.append(activity)
    return stored


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(activity_strategy, max_size=12))
def test_figures_match_the_raw_records(specs: list[dict]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "t.db", daily_backup=False) as store,
    ):
        stored = _fill(store, specs)
        start, end = year_bounds(2026)
        shown = [a for a in stored if start <= a.date <= end]

        def person_times(a: Activity) -> int:
            return a.headcount if a.headcount is not None else len(a.participant_ids)

        expected: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for a in shown:
            line = expected[a.category]
            line[0] += 1
            line[1] += person_times(a)
            line[2] += a.training_tenths
            line[3] += a.cost_fen
        lines = activities_by_category(store, start, end)
        assert lines[-1].category == TOTAL_LABEL
        got = {
            ln.category: [ln.events, ln.person_times, ln.training_tenths, ln.cost_fen] for ln in lines[:-1]
        }
        assert got == dict(expected)
        assert [ln.category for ln in lines[:-1]] == [c for c in DEFAULT_CATEGORIES if c in expected]
        total = lines[-1]
        assert total.events == len(shown)
        assert total.person_times == sum(person_times(a) for a in shown)
        assert total.cost_fen == sum(a.cost_fen for a in shown)

        training = [a for a in shown if a.category == "教育培训" or a.training_tenths > 0]
        figures = training_totals(store, start, end)
        assert figures.total.sessions == len(training)
        assert figures.total.training_tenths == sum(a.training_tenths for a in training)
        assert figures.total.person_times == sum(person_times(a) for a in training)
        for level in LEVELS:
            assert figures.by_level[level].sessions == sum(1 for a in training if a.level == level)

        assert len(awards_list(store, start, end)) == sum(len(a.awards) for a in shown)


def test_awards_list_names_winners(store: Store, members: MemberStore) -> None:
    zhang = members.add(Member(name="张三", join_date="2010-01-01"))
    acts = ActivityStore(store)
    acts.add(
        Activity(
            date="2026-05-12",
            title="护理知识竞赛",
            category="知识竞赛",
            level="参加上级组织",
            awards=[
                Award(
                    award="团体赛",
                    rank="第二名",
                    winner_kind=WINNER_TEAM,
                    winner_text="疾控中心代表队",
                    level="县级",
                ),
                Award(award="个人赛", rank="三等奖", winner_member_id=zhang, level="县级"),
                Award(award="优秀组织奖", winner_kind=WINNER_UNIT),
            ],
        )
    )
    acts.add(
        Activity(
            date="2025-05-12",
            title="去年",
            category="知识竞赛",
            awards=[Award(award="旧奖", winner_member_id=zhang)],
        )
    )
    lines = awards_list(store, "2026-01-01", "2026-12-31", unit_name="县疾控中心工会")
    assert [(ln.award, ln.rank, ln.winner, ln.winner_kind_label) for ln in lines] == [
        ("团体赛", "第二名", "疾控中心代表队", "团队"),
        ("个人赛", "三等奖", "张三", "会员"),
        ("优秀组织奖", "", "县疾控中心工会", "本单位"),
    ]


def test_plan_report_done_over_total_with_titles(store: Store) -> None:
    plans = PlanStore(store)
    ids = [plans.add_item(PlanItem(year=2026, title=t)) for t in ("运动会", "金秋助学", "职工之家", "读书会")]
    plans.set_status(ids[0], "已完成")
    plans.set_status(ids[2], "已完成")
    plans.set_status(ids[3], "取消")
    ActivityStore(store).add(
        Activity(date="2026-05-01", title="春季运动会", category="文体活动", plan_item_id=ids[0])
    )
    report = plan_report(store, 2026)
    raw = store.conn.execute("SELECT status FROM plan_items WHERE year = 2026").fetchall()
    assert report.progress.done == sum(1 for (s,) in raw if s == "已完成") == 2
    assert report.progress.total == sum(1 for (s,) in raw if s != "取消") == 3
    assert report.done_titles == ["运动会", "职工之家"]
    assert [(i.number, i.activities) for i in report.items] == [(1, 1), (2, 0), (3, 0), (4, 0)]


def test_plan_report_lines_in_full(store: Store) -> None:
    from unionclerk.core.plan import PlanYear
    from unionclerk.reports.activities import PlanItemLine

    plans = PlanStore(store)
    plans.save_year(PlanYear(2026, guiding="以职工为中心", goals="建成职工之家"))
    first = plans.add_item(PlanItem(year=2026, title="运动会", planned_month=5, responsible="王芳"))
    plans.add_item(PlanItem(year=2026, title="金秋助学", planned_quarter=3))
    plans.set_status(first, "进行中")
    report = plan_report(store, 2026)
    assert (report.year, report.guiding, report.goals) == (2026, "以职工为中心", "建成职工之家")
    assert report.items == [
        PlanItemLine(1, "运动会", "进行中", "5月", "王芳", 0),
        PlanItemLine(2, "金秋助学", "未开始", "第三季度", "", 0),
    ]
    assert (report.progress.done, report.progress.total) == (0, 2) and report.done_titles == []


def test_the_total_line_sums_every_category(store: Store) -> None:
    activities = ActivityStore(store)
    activities.add(
        Activity(date="2025-03-01", title="消防培训", category="教育培训", headcount=10, training_tenths=25)
    )
    activities.add(
        Activity(date="2025-04-01", title="技能比武", category="劳动竞赛/技能比武", training_tenths=15)
    )
    activities.add(
        Activity(date="2025-05-01", title="春游", category="文体活动", headcount=5, cost_fen=30000)
    )
    total = activities_by_category(store, "2025-01-01", "2025-12-31")[-1]
    assert (total.category, total.events, total.person_times, total.training_tenths, total.cost_fen) == (
        "合计",
        3,
        15,
        40,
        30000,
    )


def test_a_unit_award_without_a_name_is_the_units(store: Store) -> None:
    ActivityStore(store).add(
        Activity(
            date="2025-06-01",
            title="职工运动会",
            category="文体活动",
            awards=[
                Award("优秀组织奖", "", WINNER_UNIT, level="县级"),
                Award("团体一等奖", "", WINNER_TEAM, winner_text="一队"),
            ],
        )
    )
    assert [line.winner for line in awards_list(store, "2025-01-01", "2025-12-31")] == ["本单位", "一队"]
    assert [line.winner for line in awards_list(store, "2025-01-01", "2025-12-31", unit_name="水务局")] == [
        "水务局",
        "一队",
    ]
