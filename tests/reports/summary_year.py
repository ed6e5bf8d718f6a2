"""A union's 2025, built through the program's API, and the figures a summary should state, counted here from
the same raw lists (never through unionclerk.reports). Shared by the summary, CLI and export-pane tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from unionclerk.core.activities import (
    ORGANISED_ABOVE,
    ORGANISED_HERE,
    WINNER_MEMBER,
    WINNER_TEAM,
    Activity,
    Award,
)
from unionclerk.core.members import Member
from unionclerk.core.plan import DONE, IN_PROGRESS, NOT_STARTED, PlanItem, PlanYear
from unionclerk.core.settings import Settings
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.settings import save_settings

YEAR = 2025
UNION = "青山县疾控中心工会"

# (name, sex, join date, hardship); joined before 2025 unless the date says otherwise
ROSTER = [
    *[(f"老会员{n}", "女" if n % 3 else "男", "2015-03-01", n == 4) for n in range(1, 31)],
    ("新甲", "女", "2025-02-10", False),
    ("新乙", "男", "2025-05-20", False),
    ("新丙", "女", "2025-09-01", False),
]
# (name, status, date, reason): what happened in 2025
CHANGES = [
    ("老会员1", "保留会籍", "2025-03-31", "退休"),  # H1
    ("老会员2", "转出", "2025-08-15", "调动"),  # H2
    ("老会员3", "已故", "2025-11-02", ""),  # H2
]
# (date, title, category, level, participants from the roster head, headcount, tenths, awards)
ACTIVITIES = [
    ("2025-01-01", "“庆元旦、迎新春”系列活动", "文体活动", ORGANISED_HERE, 25, None, 0, 0),
    ("2025-03-08", "女职工健步走", "文体活动", ORGANISED_HERE, 18, None, 0, 0),
    ("2025-05-12", "护理知识竞赛", "知识竞赛", ORGANISED_ABOVE, 3, None, 0, 1),
    ("2025-04-20", "消防安全知识培训", "教育培训", ORGANISED_HERE, 20, 64, 30, 0),
    ("2025-06-18", "传染病防控业务培训", "教育培训", ORGANISED_ABOVE, 4, None, 120, 0),
    ("2025-09-10", "职工乒乓球比赛", "文体活动", ORGANISED_HERE, 12, None, 0, 2),
    ("2025-10-25", "免疫规划技能比武", "劳动竞赛/技能比武", ORGANISED_HERE, 9, None, 0, 1),
    ("2025-11-20", "职业病防治培训", "教育培训", ORGANISED_HERE, 22, None, 40, 0),
]
# 2025 plan: (title, status); 2026 plan items (title, details)
PLAN_2025 = [
    ("召开职工代表大会", DONE),
    ("开展“三八”女职工活动", DONE),
    ("组织业务培训", IN_PROGRESS),
    ("建设职工书屋", NOT_STARTED),
]
PLAN_2026 = [("开展职工运动会", "全体会员参加"), ("做好困难职工帮扶", "")]
GUIDING_2026 = "以职工为中心，深化职工之家建设。"
GOALS_2026 = "创建县级先进职工之家。"


@dataclass
class Expected:
    """Figures counted from the lists above for a period [start, end]."""

    members: int = 0  # 在会 + 保留会籍 at the end
    in_service: int = 0
    retirees: int = 0
    joined: int = 0
    left: int = 0
    women: int = 0
    events: int = 0
    person_times: int = 0
    training_sessions: int = 0
    training_here: tuple[int, int, int] = (0, 0, 0)  # sessions, tenths, 人次
    training_above: tuple[int, int, int] = (0, 0, 0)
    awards: int = 0
    titles: list[str] = field(default_factory=list)


def expected(start: str, end: str) -> Expected:
    result = Expected()
    status_at_end: dict[str, str] = {}
    for name, _sex, joined, _hardship in ROSTER:
        if joined <= end:
            status_at_end[name] = "在会"
        if start <= joined <= end:
            result.joined += 1
    for name, status, date, _reason in CHANGES:
        if date <= end:
            status_at_end[name] = status
        if start <= date <= end:
            result.left += 1
    sexes = {name: sex for name, sex, _j, _h in ROSTER}
    result.in_service = sum(1 for s in status_at_end.values() if s == "在会")
    result.retirees = sum(1 for s in status_at_end.values() if s == "保留会籍")
    result.members = result.in_service + result.retirees
    result.women = sum(1 for n, s in status_at_end.items() if s == "在会" and sexes[n] == "女")
    here, above = [0, 0, 0], [0, 0, 0]
    for date, title, category, level, people, headcount, tenths, awards in ACTIVITIES:
        if not start <= date <= end:
            continue
        times = headcount if headcount is not None else people
        result.events += 1
        result.person_times += times
        result.awards += awards
        result.titles.append(title)
        if category == "教育培训" or tenths:
            result.training_sessions += 1
            bucket = here if level == ORGANISED_HERE else above
            bucket[0] += 1
            bucket[1] += tenths
            bucket[2] += times
    result.training_here = (here[0], here[1], here[2])
    result.training_above = (above[0], above[1], above[2])
    return result


def build_year(store: Store) -> None:
    save_settings(
        store,
        Settings(unit_name="青山县疾控中心", union_name=UNION, parent_union="县总工会", staff_count=40),
    )
    roster = MemberStore(store)
    added = roster.add_many(
        [
            (Member(name=name, sex=sex, join_date=joined, hardship=hardship), "")
            for name, sex, joined, hardship in ROSTER
        ]
    )
    ids = {name: member_id for (name, *_), member_id in zip(ROSTER, added, strict=True)}
    for name, status, date, reason in CHANGES:
        roster.change_status(ids[name], status, date, reason)
    plans = PlanStore(store)
    plan_ids = []
    for title, status in PLAN_2025:
        plan_ids.append(plans.add_item(PlanItem(year=YEAR, title=title, status=status)))
    plans.save_year(PlanYear(YEAR + 1, guiding=GUIDING_2026, goals=GOALS_2026))
    for title, details in PLAN_2026:
        plans.add_item(PlanItem(year=YEAR + 1, title=title, details=details))
    everyone = [ids[name] for name, *_ in ROSTER[:30]]
    acts = ActivityStore(store)
    for date, title, category, level, people, headcount, tenths, awards in ACTIVITIES:
        prizes = [
            Award(f"{title}奖{k}", "一等奖", WINNER_TEAM, winner_text=f"第{k}队", level="县级")
            if k % 2
            else Award("优秀个人", "", WINNER_MEMBER, winner_member_id=everyone[10 + k], level="本单位")
            for k in range(awards)
        ]
        acts.add(
            Activity(
                date=date,
                title=title,
                category=category,
                level=level,
                participant_ids=everyone[5 : 5 + people],
                headcount=headcount,
                training_tenths=tenths,
                awards=prizes,
            )
        )
