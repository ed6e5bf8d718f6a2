"""An import keeps what its checks across rows compare, not the rows: memory grows little with the file.

Not a timed test, and not a measure of the process: tracemalloc counts the bytes Python allocates during the
read and the import, on any machine the same. Keeping each row's record until the write (about 1.2-1.6 KB a
row, as imports did before they streamed) fails here; what is kept now (ID numbers, names, row numbers) is a
few hundred bytes a row at most.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import tracemalloc
from pathlib import Path

import openpyxl
import pytest

from unionclerk.bench.importing import build_activities, build_plan, build_roster, prepare_db
from unionclerk.store.db import Store
from unionclerk.transfer.activities import import_activities, read_activities
from unionclerk.transfer.members import StoredMembers, import_members, read_members
from unionclerk.transfer.plan import import_plan, read_plan

BUILDERS = {"members": build_roster, "activities": build_activities, "plan": build_plan}
SMALL, LARGE = 400, 1600  # both above reading.HEAD_ROWS, so both are streamed
BYTES_PER_ROW = 700  # the most the peak may grow for each row more
CSV_BYTES_PER_ROW = 1000


def _as_csv(book: Path) -> Path:
    """The workbook's sheet saved as a UTF-8 CSV, as a clerk's 另存为 CSV does."""
    sheet = openpyxl.load_workbook(book, read_only=True).worksheets[0]
    path = book.with_suffix(".csv")
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(
            [value.strftime("%Y-%m-%d") if isinstance(value, dt.datetime) else value for value in row]
            for row in sheet.iter_rows(values_only=True)
        )
    sheet.parent.close()
    return path


def _import_peak(tmp_path: Path, kind: str, n: int, *, csv_file: bool = False) -> int:
    """The peak bytes Python allocates to read and import a generated book of n rows into a fresh file."""
    folder = tmp_path / f"{kind}-{n}"
    folder.mkdir()
    file, db = folder / "book.xlsx", folder / "u.db"
    BUILDERS[kind](file, n)
    if csv_file:
        file = _as_csv(file)
    prepare_db(db, kind)
    with Store.open(db, daily_backup=False) as store:
        gc.collect()  # the collector's counts start from nothing: its passes fall alike in every measurement
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


def test_a_csv_roster_is_streamed_too(tmp_path: Path) -> None:
    _import_peak(tmp_path, "members", 50, csv_file=True)
    small = _import_peak(tmp_path, "members", SMALL, csv_file=True)
    large = _import_peak(tmp_path, "members", LARGE, csv_file=True)
    per_row = (large - small) / (LARGE - SMALL)
    # The text is decoded whole (its encoding is decided from all of it): some 450 bytes a row here, where
    # the rows read into memory and kept until the write cost about 3 KB.
    assert per_row < CSV_BYTES_PER_ROW, f"the peak grew {per_row:.0f} bytes for each row more"
