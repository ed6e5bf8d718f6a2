"""Figures the summary reports about activities and the year plan: by category, awards, training, plan progress.

人次 of an activity is the typed 人次 when the clerk gave one, else the number of members chosen
(core.activities.Activity.person_times). Periods are inclusive ISO dates on the activity's start date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from unionclerk.core.activities import LEVELS, WINNER_KINDS, WINNER_UNIT, tenths_to_hours
from unionclerk.core.plan import PLAN_STATUSES
from unionclerk.store.activities import IS_TRAINING_SQL, PERSON_TIMES_SQL, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.plan import PlanProgress, PlanStore


@dataclass
class CategoryFigures:
    """Events, 人次, 学时 (tenths) and cost (fen) of one category, or of all (category '合计')."""

    category: str
    events: int = 0
    person_times: int = 0
    training_tenths: int = 0
    cost_fen: int = 0

    @property
    def hours(self) -> Decimal:
        return tenths_to_hours(self.training_tenths)


TOTAL_LABEL = "合计"


def activities_by_category(store: Store, start: str, end: str) -> list[CategoryFigures]:
    """One line per category that had activities in [start, end], in the category list's order, then 合计."""
    order = {name: n for n, name in enumerate(ActivityStore(store).categories())}
    rows = store.conn.execute(
        f"SELECT a.category, count(*), sum({PERSON_TIMES_SQL}), sum(a.training_tenths), sum(a.cost_fen) "
        "FROM activities a WHERE a.date BETWEEN ? AND ? GROUP BY a.category",
        (start, end),
    ).fetchall()
    lines = [CategoryFigures(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]
    lines.sort(key=lambda line: (order.get(line.category, len(order)), line.category))
    total = CategoryFigures(TOTAL_LABEL)
    for line in lines:
        total.events += line.events
        total.person_times += line.person_times
        total.training_tenths += line.training_tenths
        total.cost_fen += line.cost_fen
    return [*lines, total]


@dataclass
class AwardLine:
    date: str
    activity: str
    activity_level: str
    award: str
    rank: str
    winner_kind: str  # member / team / unit
    winner: str  # the member's or team's name, or the unit
    level: str

    @property
    def winner_kind_label(self) -> str:
        return WINNER_KINDS.get(self.winner_kind, self.winner_kind)


def awards_list(store: Store, start: str, end: str, *, unit_name: str = "") -> list[AwardLine]:
    """Every award won at activities in [start, end], by date."""
    rows = store.conn.execute(
        "SELECT a.date, a.title, a.level, w.award, w.rank, w.winner_kind, coalesce(m.name, w.winner_text), w.level "
        "FROM activity_awards w JOIN activities a ON a.id = w.activity_id "
        "LEFT JOIN members m ON m.id = w.winner_member_id "
        "WHERE a.date BETWEEN ? AND ? ORDER BY a.date, a.id, w.position, w.id",
        (start, end),
    ).fetchall()
    lines = [AwardLine(*row) for row in rows]
    for line in lines:
        if line.winner_kind == WINNER_UNIT and not line.winner:
            line.winner = unit_name or "本单位"
    return lines


@dataclass
class TrainingFigures:
    sessions: int = 0
    training_tenths: int = 0
    person_times: int = 0

    @property
    def hours(self) -> Decimal:
        return tenths_to_hours(self.training_tenths)


@dataclass
class TrainingTotals:
    """Training in a period: overall, and split into held here / attended above (the seeds report both)."""

    total: TrainingFigures = field(default_factory=TrainingFigures)
    by_level: dict[str, TrainingFigures] = field(default_factory=dict)


def training_totals(store: Store, start: str, end: str) -> TrainingTotals:
    """Sessions, hours and 人次 of training: activities in 教育培训 or with 学时 recorded."""
    rows = store.conn.execute(
        f"SELECT a.level, count(*), sum(a.training_tenths), sum({PERSON_TIMES_SQL}) FROM activities a "
        f"WHERE a.date BETWEEN ? AND ? AND {IS_TRAINING_SQL} GROUP BY a.level",
        (start, end),
    ).fetchall()
    result = TrainingTotals(by_level={level: TrainingFigures() for level in LEVELS})
    for level, sessions, tenths, person_times in rows:
        figures = TrainingFigures(int(sessions), int(tenths), int(person_times))
        result.by_level[level] = figures
        result.total.sessions += figures.sessions
        result.total.training_tenths += figures.training_tenths
        result.total.person_times += figures.person_times
    return result


@dataclass
class PlanItemLine:
    number: int
    title: str
    status: str
    planned: str
    responsible: str
    activities: int


@dataclass
class PlanReport:
    """Plan items of a year with done/total (cancelled items are outside the total)."""

    year: int
    progress: PlanProgress
    items: list[PlanItemLine]
    guiding: str = ""
    goals: str = ""

    @property
    def done_titles(self) -> list[str]:
        return [item.title for item in self.items if item.status == PLAN_STATUSES[2]]


def plan_report(store: Store, year: int) -> PlanReport:
    plans = PlanStore(store)
    linked = ActivityStore(store).linked_counts(year)
    texts = plans.get_year(year)
    items = [
        PlanItemLine(
            item.position,
            item.title,
            item.status,
            item.planned_label,
            item.responsible,
            linked.get(item.id or 0, 0),
        )
        for item in plans.items(year)
    ]
    return PlanReport(year, plans.progress(year), items, texts.guiding, texts.goals)


def year_bounds(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year:04d}-12-31"
