"""The demo union's 经费 book: a year of cash book and dues, consistent with its roster and activities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial

from unionclerk.core.ledger import Entry, month_end
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerStore

# (month, day, summary, subject, income yuan, expense yuan, payer/payee)
_ENTRIES = (
    (1, 20, "春节慰问会员（79人，食用油、大米）", "50105", 0, 23700, "青山县粮油公司"),
    (2, 26, "困难职工帮扶（3人）", "50404", 0, 4500, "困难职工"),
    (3, 15, "上级工会专项补助（职工书屋）", "40302", 8000, 0, "青山县卫生健康局工会"),
    (4, 23, "职工书屋购书（读书月）", "50304", 0, 6240.5, "新华书店青山分店"),
    (6, 30, "退休会员纪念品", "50105", 0, 500, "李建华"),
    (7, 20, "夏送清凉慰问一线职工", "50405", 0, 3980, "青山县百货公司"),
    (9, 10, "中秋节慰问会员（月饼）", "50105", 0, 11850, "青山县食品厂"),
    (9, 28, "金秋助学（2人）", "50404", 0, 2000, "困难职工子女"),
    (10, 18, "生日慰问（第三季度，19人）", "50105", 0, 5700, "青山县蛋糕店"),
    (11, 20, "银行存款利息", "408", 312.46, 0, "青山县农村信用社"),
)
# Members (by position on the roster) who pay late: how many of the year's last months each still owes.
_LATE = {7: 2, 21: 1, 40: 7}


def build_demo_ledger(store: Store, year: int, today: dt.date) -> str:
    """Opening balance, quarterly 拨缴经费, monthly dues (a few late payers, one seven months behind), the
    activities' costs posted as linked entries, festival and hardship 慰问; all dated up to `today`."""
    ledger = LedgerStore(store)
    dues = DuesStore(store)
    last = min(dt.date(year, 12, 31), today)
    ledger.set_opening(year, 86_420_35)
    # Everything is posted in date order, as a clerk records the month's vouchers: numbers follow the dates.
    postings: list[tuple[str, Callable[[], object]]] = []
    for quarter in range(1, 5):
        paid_on = dt.date(year, quarter * 3, 25)
        if paid_on <= last:
            postings.append(
                (
                    paid_on.isoformat(),
                    partial(
                        dues.add_allocation,
                        paid_on.isoformat(),
                        82 * 7_200_00 * 3,
                        period=f"第{quarter}季度",
                        kept_share=Decimal("0.6"),
                    ),
                )
            )
    roster = [r[0] for r in store.conn.execute("SELECT id FROM members ORDER BY id")]
    late = {roster[i]: owed for i, owed in _LATE.items() if i < len(roster)}
    for month in range(1, last.month + 1 if last.year == year else 13):
        paid_on = min(dt.date.fromisoformat(month_end(year, month)), last)
        skip = {member for member, owed in late.items() if month > last.month - owed}
        postings.append(
            (
                paid_on.isoformat(),
                partial(dues.collect_all, year, [month], paid_on.isoformat(), except_ids=skip),
            )
        )
    for month, day, summary, subject, income, expense, party in _ENTRIES:
        date = dt.date(year, month, day)
        if date > last:
            continue
        entry = Entry(
            date=date.isoformat(),
            summary=summary,
            subject=subject,
            income_fen=round(income * 100),
            expense_fen=round(expense * 100),
            party=party,
        )
        postings.append((entry.date, partial(ledger.add, entry)))
    activities = store.conn.execute(
        "SELECT id, date FROM activities WHERE cost_fen > 0 AND date BETWEEN ? AND ? ORDER BY date, id",
        (f"{year}-01-01", last.isoformat()),
    ).fetchall()
    for activity_id, date in activities:
        postings.append((date, partial(ledger.post_activity, activity_id)))
    for _date, post in sorted(postings, key=lambda posting: posting[0]):  # stable: same-day order kept
        post()
    posted = len(activities)
    state = ledger.state(year)
    return f"经费账 {state.entries} 笔（其中活动费用 {posted} 笔）"
