"""Member figures for any period, counted by person, that reconcile: start + joined − left = end.

    member_figures(store, start: date, end: date) -> MemberFigures

is the one function the summary, the CLI (`unionclerk report members`) and any other report use. Both dates
are included. For each person the status history (store.members, oldest first) is read as of the day before
`start` and as of `end`:

- start / end: in-service members (在会) on those days; members with 保留会籍 (retired, or kept while out of
  work) are not among them but reported apart (`retirees`, at the end of the period), as the seeds do
  ("78 members … 1 retired");
- joined: people not in service at the start and in service at the end (a first joining, or a rejoining
  after 转出/退会/保留会籍), and people who joined and left again within the period;
- left: people in service at the start and not at the end, and those who joined and left within the period,
  by the status they hold at the end: retired (保留会籍 with the reason 退休), retained (保留会籍 for another
  reason: 失业, 待岗 ...), transferred (转出), resigned (退会, 自动退会), expelled (开除会籍), died (已故).
  A person counts once, however many corrections the history holds.
  So start + joined − sum(left) = end, for every period.
- women and hardship (困难职工): among the in-service members at the end;
- staff: the staff count from the settings (职工总数); join_rate (入会率) = end / staff in percent, one
  decimal, None when no staff count is set.

A date the clerk did not give is unknown: an unknown join date lies between the day after the birth date
(or any time, without one) and the day the entry was recorded; an unknown status date between the entry
before it and the day it was recorded (a later dated entry narrows both). A person whose unknown date could
fall on either side of the period's start or end is left out of every figure of that period and counted in
`unknown_join` or `unknown_status` instead (`unknown_sentence()`: "另有 2 人入会日期不详").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from unionclerk.core.members import RETAINED
from unionclerk.core.membership import is_retirement
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings

# Why a member stopped being in service: the status they moved to -> a stable English key.
LEFT_REASONS = {
    RETAINED: "retained",  # "retired" when the reason is 退休 (left_reason)
    "转出": "transferred",
    "退会": "resigned",
    "自动退会": "resigned",
    "开除会籍": "expelled",
    "已故": "died",
}
REASON_KEYS = ("retired", "retained", "transferred", "resigned", "expelled", "died")
REASON_LABELS = {
    "retired": "退休（保留会籍）",
    "retained": "保留会籍（失业等）",
    "transferred": "转出",
    "resigned": "退会",
    "expelled": "开除会籍",
    "died": "已故",
}


def left_reason(status: str, reason: str) -> str:
    """The key a person who left service counts under, from the status they hold and its reason."""
    return "retired" if is_retirement(status, reason) else LEFT_REASONS[status]


@dataclass(frozen=True)
class MemberFigures:
    """The members of one period (both dates included); see the module docstring for each figure."""

    start_date: str
    end_date: str
    start: int = 0
    joined: int = 0
    left: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REASON_KEYS, 0))
    end: int = 0
    retirees: int = 0
    women: int = 0
    hardship: int = 0
    staff: int = 0
    unknown_join: tuple[int, ...] = ()  # member ids left out: join date unknown
    unknown_status: tuple[int, ...] = ()  # member ids left out: a status change date unknown

    @property
    def left_total(self) -> int:
        return sum(self.left.values())

    @property
    def members(self) -> int:
        """Members at the end of the period: in service and 保留会籍."""
        return self.end + self.retirees

    @property
    def join_rate(self) -> Decimal | None:
        """入会率 in percent, one decimal (half up); None without a staff count."""
        if self.staff <= 0:
            return None
        return (Decimal(self.end) * 100 / Decimal(self.staff)).quantize(Decimal("0.1"), ROUND_HALF_UP)

    def unknown_sentence(self) -> str:
        """The sentence 另有 2 人入会日期不详、1 人会籍变动日期不详，未计入以上人数, or "" if nobody was left out."""
        parts = []
        if self.unknown_join:
            parts.append(f"{len(self.unknown_join)} 人入会日期不详")
        if self.unknown_status:
            parts.append(f"{len(self.unknown_status)} 人会籍变动日期不详")
        return f"另有 {'、'.join(parts)}，未计入以上人数" if parts else ""

    def to_json(self) -> dict[str, Any]:
        """Stable English keys for other tools."""
        rate = self.join_rate
        return {
            "from": self.start_date,
            "to": self.end_date,
            "start": self.start,
            "joined": self.joined,
            "left": dict(self.left),
            "end": self.end,
            "retirees": self.retirees,
            "members": self.members,
            "women": self.women,
            "hardship": self.hardship,
            "staff": self.staff,
            "join_rate": float(rate) if rate is not None else None,
            "unknown_dates": {"join_date": len(self.unknown_join), "status_date": len(self.unknown_status)},
        }

    def to_text(self) -> str:
        """The figures in Chinese, one per line, for the command line."""
        left = "，".join(f"{REASON_LABELS[k]} {n}" for k, n in self.left.items() if n) or "无"
        rate = self.join_rate
        lines = [
            f"期间：{self.start_date} 至 {self.end_date}",
            f"期初在职会员：{self.start} 人",
            f"本期入会（含重新入会）：{self.joined} 人",
            f"本期减少：{self.left_total} 人（{left}）",
            f"期末在职会员：{self.end} 人（期初 {self.start} + 入会 {self.joined} − 减少 {self.left_total}）",
            f"保留会籍（退休等）：{self.retirees} 人；会员合计 {self.members} 人",
            f"女会员：{self.women} 人",
            f"困难职工：{self.hardship} 人",
            f"职工总数：{self.staff or '未设置'}",
            f"入会率：{f'{rate}%' if rate is not None else '未设置职工总数，无法计算'}",
        ]
        if self.unknown_sentence():
            lines.append(self.unknown_sentence() + "。")
        return "\n".join(lines)


def member_figures(store: Store, start: dt.date, end: dt.date) -> MemberFigures:
    """Figures for the period from `start` to `end`, both included, counted by person."""
    if end < start:
        raise ValueError(f"期间结束日期 {end} 早于开始日期 {start}")
    last = end.isoformat()
    start_count = joined = end_count = retirees = women = hardship = 0
    left = dict.fromkeys(REASON_KEYS, 0)
    unknown_join: list[int] = []
    unknown_status: list[int] = []
    for person in MemberStore(store).people_in_period(start.isoformat(), last):
        outcome = person.outcome
        if outcome is None:
            (unknown_join if person.unknown_join else unknown_status).append(person.member_id)
            continue
        joined += outcome.joined
        if outcome.left_to:
            left[left_reason(outcome.left_to, outcome.after_reason)] += 1
        start_count += outcome.in_service_at_start
        end_count += outcome.in_service_at_end
        retirees += outcome.after == RETAINED
        women += outcome.in_service_at_end and person.sex == "女"
        hardship += outcome.in_service_at_end and person.hardship
    return MemberFigures(
        start_date=start.isoformat(),
        end_date=last,
        start=start_count,
        joined=joined,
        left=left,
        end=end_count,
        retirees=retirees,
        women=women,
        hardship=hardship,
        staff=load_settings(store).staff_count,
        unknown_join=tuple(unknown_join),
        unknown_status=tuple(unknown_status),
    )


def period(year: int, half: int | None = None) -> tuple[dt.date, dt.date]:
    """The dates of a year, or of its first (1) or second (2) half."""
    if half == 1:
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if half == 2:
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if half is not None:
        raise ValueError(f"半年应为 1 或 2，不是 {half}")
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
