"""Figures the summary reports about caring for members (慰问): visits by kind, festival distributions, aid,
retirees visited, and the benefit-rule breaches of the period.

Use `visit_figures(store, start, end)`; periods are inclusive ISO dates on the visit's date. 人次 counts records
(one visit, one 人次); people counts distinct members (a family member's visit counts the member it relates to).
Money is integer fen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionclerk.core.members import RETAINED
from unionclerk.core.visits import FESTIVAL_KIND, FESTIVALS, HARDSHIP_KIND
from unionclerk.store.db import Store
from unionclerk.store.visits import ComplianceLine, VisitStore

TOTAL_LABEL = "合计"

# The kinds the summary calls 帮扶 (aid to members in difficulty, care in summer and winter, study aid).
AID_KINDS = (HARDSHIP_KIND, "冬送温暖", "夏送清凉", "金秋助学")


@dataclass
class KindFigures:
    """人次, people, cash and goods value (fen) of one kind, or of all (kind '合计')."""

    kind: str
    person_times: int = 0
    people: int = 0
    cash_fen: int = 0
    goods_fen: int = 0

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.goods_fen


@dataclass
class FestivalFigures:
    """One festival's distributions in the period: 人次, people, the value per person, the total."""

    festival: str
    person_times: int
    people: int
    total_fen: int
    per_person_fen: int | None  # when everyone got the same value; None when values differ
    dates: list[str] = field(default_factory=list)
    goods: list[str] = field(default_factory=list)


@dataclass
class VisitFigures:
    """Everything the summary's 关爱职工 section needs for one period."""

    start: str
    end: str
    by_kind: list[KindFigures]  # kinds in the list's order, then 合计
    festivals: list[FestivalFigures]  # in FESTIVALS order
    aid: KindFigures  # the AID_KINDS together (kind '帮扶')
    hardship: KindFigures  # 困难帮扶 alone
    retirees_visited: int  # distinct members who were 保留会籍 on the day of a visit to them
    retiree_fen: int  # what those visits came to
    breaches: list[ComplianceLine]

    @property
    def total(self) -> KindFigures:
        return self.by_kind[-1]

    def kind(self, name: str) -> KindFigures:
        """The figures of one kind (zeros when there were no such visits)."""
        return next((k for k in self.by_kind if k.kind == name), KindFigures(name))


def _figures(store: Store, label: str, where: str, params: list[object]) -> KindFigures:
    row = store.conn.execute(
        "SELECT count(*), count(DISTINCT member_id), coalesce(sum(cash_fen), 0), coalesce(sum(goods_fen), 0) "
        f"FROM visits WHERE date BETWEEN ? AND ?{where}",
        params,
    ).fetchone()
    return KindFigures(label, int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def visit_figures(store: Store, start: str, end: str) -> VisitFigures:
    """The 慰问 figures of [start, end] (inclusive ISO dates)."""
    visits = VisitStore(store)
    order = {name: n for n, name in enumerate(visits.kinds())}
    period = [start, end]
    rows = store.conn.execute(
        "SELECT kind, count(*), count(DISTINCT member_id), sum(cash_fen), sum(goods_fen) FROM visits "
        "WHERE date BETWEEN ? AND ? GROUP BY kind",
        period,
    ).fetchall()
    by_kind = [KindFigures(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]
    by_kind.sort(key=lambda k: (order.get(k.kind, len(order)), k.kind))
    by_kind.append(_figures(store, TOTAL_LABEL, "", period))

    festivals: list[FestivalFigures] = []
    for festival in FESTIVALS:
        row = store.conn.execute(
            "SELECT count(*), count(DISTINCT member_id), coalesce(sum(goods_fen), 0), min(goods_fen), max(goods_fen) "
            "FROM visits WHERE date BETWEEN ? AND ? AND kind = ? AND festival = ?",
            [*period, FESTIVAL_KIND, festival],
        ).fetchone()
        if not row[0]:
            continue
        detail = store.conn.execute(
            "SELECT DISTINCT date, goods FROM visits WHERE date BETWEEN ? AND ? AND kind = ? AND festival = ? "
            "ORDER BY date",
            [*period, FESTIVAL_KIND, festival],
        ).fetchall()
        festivals.append(
            FestivalFigures(
                festival,
                int(row[0]),
                int(row[1]),
                int(row[2]),
                int(row[3]) if row[3] == row[4] else None,
                sorted({d for d, _ in detail}),
                list(dict.fromkeys(g for _, g in detail if g)),
            )
        )

    placeholders = ", ".join("?" * len(AID_KINDS))
    aid = _figures(store, "帮扶", f" AND kind IN ({placeholders})", [*period, *AID_KINDS])
    hardship = _figures(store, HARDSHIP_KIND, " AND kind = ?", [*period, HARDSHIP_KIND])

    # A retiree is who was 保留会籍 on the visit's day (by the status history), not who is one today.
    status_then = (
        "(SELECT h.status FROM member_status_history h WHERE h.member_id = v.member_id AND h.date <= v.date "
        "ORDER BY h.date DESC, h.id DESC LIMIT 1)"
    )
    retirees = store.conn.execute(
        "SELECT count(DISTINCT v.member_id), coalesce(sum(v.cash_fen + v.goods_fen), 0) FROM visits v "
        f"WHERE v.date BETWEEN ? AND ? AND {status_then} = ?",
        [*period, RETAINED],
    ).fetchone()

    breaches: list[ComplianceLine] = []
    rule_set = visits.rule_set()  # the current one, read once for all the years
    for year in range(int(start[:4]), int(end[:4]) + 1):
        breaches.extend(line for line in visits.compliance(year, rule_set) if start <= line.visit.date <= end)

    return VisitFigures(
        start=start,
        end=end,
        by_kind=by_kind,
        festivals=festivals,
        aid=aid,
        hardship=hardship,
        retirees_visited=int(retirees[0]),
        retiree_fen=int(retirees[1]),
        breaches=breaches,
    )
