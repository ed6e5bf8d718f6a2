"""Imports do work in proportion to the file: SQLite's own instruction count grows linearly with the rows.

Not a timed test: SQLite counts the virtual-machine instructions it runs (a progress handler), so a lookup that
re-reads the year's plan or the day's activities for every row (quadratic: 4x the rows, 16x the work) fails
here on any machine, however fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unionclerk.bench.importing import build_activities, build_plan, build_roster, prepare_db
from unionclerk.store.db import Store
from unionclerk.transfer.activities import import_activities, read_activities
from unionclerk.transfer.members import import_members, read_members
from unionclerk.transfer.plan import import_plan, read_plan

BUILDERS = {"members": build_roster, "activities": build_activities, "plan": build_plan}


def _sqlite_work(tmp_path: Path, kind: str, n: int) -> int:
    folder = tmp_path / f"{kind}-{n}"
    folder.mkdir()
    file, db = folder / "book.xlsx", folder / "u.db"
    BUILDERS[kind](file, n)
    prepare_db(db, kind)
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    with Store.open(db, daily_backup=False) as store:
        if kind == "activities":
            parsed = read_activities(file, store)
        else:
            parsed = read_members(file) if kind == "members" else read_plan(file)
        store.conn.set_progress_handler(count, 100)
        if kind == "members":
            report = import_members(store, parsed)
        elif kind == "activities":
            report = import_activities(store, parsed)
        else:
            report = import_plan(store, parsed)
        store.conn.set_progress_handler(None, 100)
    assert report.written and report.added == n
    return steps[0]


@pytest.mark.parametrize("kind", ["members", "activities", "plan"])
def test_import_work_grows_linearly(tmp_path: Path, kind: str) -> None:
    small, large = _sqlite_work(tmp_path, kind, 400), _sqlite_work(tmp_path, kind, 1600)
    assert large < 6 * small, f"{kind}: 4x the rows cost {large / small:.1f}x the SQLite work"
