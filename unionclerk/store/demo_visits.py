"""The demo union's 慰问 year, shaped like 篇4 of the seeds: five hospital visits with goods (800 元 in all),
200 元 to the retiree at 中秋, 春节 and 中秋 gifts to every member (two batches), one 困难帮扶."""

from __future__ import annotations

import datetime as dt

from unionclerk.core.members import ACTIVE, RETAINED
from unionclerk.core.visits import (
    ADMIN_FUND,
    HIGHER_AID,
    HOSPITAL_KIND,
    SURGERY_KIND,
    Visit,
    proposed_festival_date,
)
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitStore

# (month, day, kind, goods, value in fen): 800 元 of goods in all.
_HOSPITAL = (
    (3, 14, HOSPITAL_KIND, "水果、牛奶", 15000),
    (5, 9, SURGERY_KIND, "营养品", 20000),
    (7, 22, HOSPITAL_KIND, "水果篮", 15000),
    (9, 3, HOSPITAL_KIND, "牛奶、鸡蛋", 12000),
    (10, 28, HOSPITAL_KIND, "水果、营养品", 18000),
)


def _festival_day(festival: str, year: int, fallback: dt.date) -> dt.date:
    return proposed_festival_date(festival, year) or fallback


def build_demo_visits(store: Store, year: int, today: dt.date) -> str:
    """Add the demo year's visits (dates after `today` are left out); a one-line description."""
    members = MemberStore(store)
    visits = VisitStore(store)
    roster = list(members.iter_members())
    retiree = next(m for m in roster if m.status == RETAINED)
    active = [m for m in roster if m.status == ACTIVE and m.id is not None]
    clerk = "周晓梅"
    added = 0

    spring = _festival_day("春节", year, dt.date(year, 1, 24))
    if spring <= today:
        present = [m.id for m in members.members_on(spring.isoformat()) if m.id is not None]
        visits.add_batch(
            date=spring.isoformat(),
            festival="春节",
            goods="大米、食用油",
            goods_fen=30000,
            member_ids=present,
            visitors=clerk,
        )
        added += len(present)
    autumn = _festival_day("中秋", year, dt.date(year, 9, 20))
    if autumn <= today:
        present = [
            m.id for m in members.members_on(autumn.isoformat()) if m.id is not None and m.id != retiree.id
        ]
        visits.add_batch(
            date=autumn.isoformat(),
            festival="中秋",
            goods="月饼",
            goods_fen=20000,
            member_ids=present,
            visitors=clerk,
        )
        added += len(present)
        assert retiree.id is not None
        visits.add(
            Visit(
                date=autumn.isoformat(),
                kind="其他",
                member_id=retiree.id,
                cash_fen=20000,
                source=ADMIN_FUND,
                visitors="李建华、" + clerk,
                notes="中秋节慰问离退休干部",
            )
        )
        added += 1

    for number, (month, day, kind, goods, fen) in enumerate(_HOSPITAL):
        date = dt.date(year, month, day)
        if date > today:
            continue
        patient = active[(number * 13 + 7) % len(active)]
        assert patient.id is not None
        visits.add(
            Visit(
                date=date.isoformat(),
                kind=kind,
                member_id=patient.id,
                goods=goods,
                goods_fen=fen,
                visitors="李建华、" + clerk,
            )
        )
        added += 1

    hardship = next((m for m in active if m.hardship), None)
    aid_day = dt.date(year, 1, 15)
    if hardship is not None and hardship.id is not None and aid_day <= today:
        visits.add(
            Visit(
                date=aid_day.isoformat(),
                kind="困难帮扶",
                member_id=hardship.id,
                cash_fen=100000,
                source=HIGHER_AID,
                visitors="李建华",
                notes=f"{hardship.hardship_type}困难职工帮扶",
            )
        )
        added += 1
    return f"{added} 条慰问记录"
