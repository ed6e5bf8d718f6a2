"""Benchmark: the member figures of a year (reports.members.member_figures) for a large union, against the
raw SQL read of every member's history that they cannot do without. `python -m unionclerk.bench figures`."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from unionclerk.bench.members import _median, build_database
from unionclerk.reports.members import member_figures, period
from unionclerk.store.db import Store

REPEATS = 3


def run(n: int = 100_000) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="unionclerk-bench-") as folder:
        path = Path(folder) / "members.db"
        build_database(path, n)
        year = dt.date.today().year - 1
        raw = sqlite3.connect(path)
        raw_read = _median(
            lambda: raw.execute(
                "SELECT m.id, m.sex, m.hardship, m.birth_date, h.status, h.date, h.recorded_at, h.reason "
                "FROM members m JOIN member_status_history h ON h.member_id = m.id ORDER BY m.id, h.date, h.id"
            ).fetchall(),
            REPEATS,
        )
        raw.close()
        store = Store.open(path, daily_backup=False)
        try:
            figures = member_figures(store, *period(year))
            report = _median(lambda: member_figures(store, *period(year)), REPEATS)
        finally:
            store.close()
    assert figures.start + figures.joined - figures.left_total == figures.end
    return [
        f"member figures of a year: {report / raw_read:.2f}x the raw read of all histories (for information)",
        f"absolute (n={n}, median of {REPEATS}): figures {report * 1000:.0f} ms vs raw read {raw_read * 1000:.0f} ms; "
        f"{year}: start {figures.start}, joined {figures.joined}, left {figures.left_total}, end {figures.end}",
    ]
