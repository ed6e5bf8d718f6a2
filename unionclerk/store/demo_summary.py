"""The demo union's own words for its summary: 存在问题和不足 of the demo year, as a clerk would type them."""

from __future__ import annotations

from unionclerk.store.db import Store

DEMO_PROBLEMS = (
    "一是院务公开工作还不够规范，职工参与民主管理的渠道有待拓宽；",
    "二是工会干部多为兼职，业务培训不足，服务职工的能力有待提高；",
    "三是文体活动形式比较单一，一线职工参与面还不够广。",
)


def add_demo_summary_notes(store: Store, year: int) -> None:
    """The demo year's 存在问题和不足 (filed under the year's period key, as reports.summary.Period.key)."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO summary_notes (period, name, text) VALUES (?, 'problems', ?)",
            (str(year), "\n".join(DEMO_PROBLEMS)),
        )
