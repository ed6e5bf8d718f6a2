"""An import keeps what its checks across rows compare, not the rows: memory grows little with the file.

Not a timed test, and not a measure of the process: tracemalloc counts the bytes Python allocates during the
read and the import, on any machine the same. Keeping each row's record until the write (about 1.2-1.6 KB a
row, as imports did before they streamed) fails here; what is kept now (ID numbers, names, row numbers) is a
few hundred bytes a row at most.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from unionclerk.bench.importing import build_activities, build_plan, build_roster, prepare_db
from unionclerk.store.db import Store
from unionclerk.transfer.activities import import_activities, read_activities
from unionclerk.transfer.members import StoredMembers, import_members, read_members
from unionclerk.transfer.plan import import_plan, read_plan

BUILDERS = {"members": build_roster, "activities": build_activities, "plan": build_plan}
SMALL, LARGE = 400, 1600  # both above reading.HEAD_ROWS, so both are streamed
BYTES_PER_ROW = 700  # the most the peak may grow for each row more


def _import_peak(tmp_path: Path, kind: str, n: int) -> int:
    """The peak bytes Python allocates to read and import a generated book of n rows into a fresh file."""
    folder = tmp_path / f"{kind}-{n}"
    folder.mkdir()
    file, db = folder / "book.xlsx", folder / "u.db"
    BUILDERS[kind](file, n)
    prepare_db(db, kind)
    with Store.open(db, daily_backup=False) as store:
        tracemalloc.start()
        try:
            if kind == "members":
                report = import_members(store, read_members(file, stored=StoredMembers.read(store)))
            elif kind == "activities":
                report = import_activities(store, read_activities(file, store))
            else:
                report = import_plan(store, read_plan(file))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert report.written and report.added == n, report.lines()[:5]
    return peak


@pytest.mark.parametrize("kind", ["members", "activities", "plan"])
def test_import_memory_hardly_grows_with_the_rows(tmp_path: Path, kind: str) -> None:
    _import_peak(tmp_path, kind, 50)  # the first import loads tables (pinyin, categories) once a process
    small, large = _import_peak(tmp_path, kind, SMALL), _import_peak(tmp_path, kind, LARGE)
    per_row = (large - small) / (LARGE - SMALL)
    assert per_row < BYTES_PER_ROW, (
        f"{kind}: the peak grew {per_row:.0f} bytes for each row more ({small / 1e6:.2f} MB for {SMALL} rows, "
        f"{large / 1e6:.2f} MB for {LARGE}): are the rows kept until the write?"
    )
