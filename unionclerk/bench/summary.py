"""Summary benchmark: the year's summary built from a union of n members and written as .docx, against python-docx
writing the same paragraphs with no statistics (the floor: what the document costs with the figures known).

    python -m unionclerk.bench summary --members 5000
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from unionclerk.core.activities import DEFAULT_CATEGORIES, LEVELS, WINNER_MEMBER, Activity, Award
from unionclerk.core.members import Member
from unionclerk.core.plan import DONE, NOT_STARTED, PlanItem, PlanYear
from unionclerk.core.settings import Settings
from unionclerk.reports.summary import BOTH, Period, build_document
from unionclerk.reports.summary_docx import write_docx
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.settings import save_settings

YEAR = 2025
REPEATS = 5
TARGET = 2.0


def build_union(store: Store, n: int, seed: int = 11) -> None:
    """n members (some joining, retiring, transferring during the year), 1 activity per 25 members with
    participants and awards, and two years of plan."""
    rng = random.Random(seed)
    save_settings(
        store, Settings(union_name="基准测试单位工会", parent_union="县总工会", staff_count=n + n // 10)
    )
    entries = []
    for number in range(n):
        joined = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(26 * 365))
        entries.append(
            (
                Member(
                    name=f"会员{number:06d}",
                    sex="女" if number % 2 else "男",
                    join_date=joined.isoformat(),
                    hardship=number % 97 == 0,
                ),
                "",
            )
        )
    roster = MemberStore(store)
    ids = roster.add_many(entries)
    for member_id in rng.sample(ids, n // 50):
        status = rng.choice(("保留会籍", "转出", "退会"))
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(364))
        joined = roster.get(member_id).join_date or ""
        if day.isoformat() > joined:
            roster.change_status(member_id, status, day.isoformat(), "退休" if status == "保留会籍" else "")
    plans = PlanStore(store)
    plans.save_year(PlanYear(YEAR + 1, guiding="以职工为中心。", goals="创建先进职工之家。"))
    for k in range(12):
        plans.add_item(PlanItem(year=YEAR, title=f"计划项目{k + 1}", status=DONE if k % 3 else NOT_STARTED))
        plans.add_item(PlanItem(year=YEAR + 1, title=f"明年计划项目{k + 1}", details="按时完成。"))
    activities = ActivityStore(store)
    with store.transaction():
        for k in range(max(8, n // 25)):
            day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(364))
            people = rng.sample(ids, min(len(ids), rng.randrange(5, 300)))
            activities.add(
                Activity(
                    date=day.isoformat(),
                    title=f"职工活动{k + 1}",
                    category=rng.choice(DEFAULT_CATEGORIES),
                    level=rng.choice(LEVELS),
                    participant_ids=people,
                    training_tenths=rng.choice((0, 0, 20, 35)),
                    awards=[Award("优秀奖", "", WINNER_MEMBER, winner_member_id=people[0], level="本单位")]
                    if k % 7 == 0
                    else [],
                )
            )


def _median_seconds(action, repeats: int = REPEATS) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(n: int = 5000) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="unionclerk-bench-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        with Store.open(root / "bench.db", daily_backup=False) as store:
            build_union(store, n)
            built = time.perf_counter() - started
            period = Period.year(YEAR)
            document = build_document(store, period, BOTH, on=dt.date(YEAR, 12, 30))
            out = root / "summary.docx"

            def whole() -> None:
                write_docx(build_document(store, period, BOTH, on=dt.date(YEAR, 12, 30)), out)

            def docx_only() -> None:
                write_docx(document, root / "floor.docx")

            docx_only()  # warm python-docx's template loading for both
            floor = _median_seconds(docx_only)
            measured = _median_seconds(whole)
    ratio = measured / floor
    return [
        f"built {n} members, {max(8, n // 25)} activities in {built:.1f}s; document {len(document.blocks)} paragraphs",
        f"summary (statistics + .docx): {measured * 1000:.1f} ms; python-docx alone: {floor * 1000:.1f} ms",
        f"summary: {ratio:.2f}x (target <= {TARGET:g})",
    ]
