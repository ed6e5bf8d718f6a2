"""The import benchmark runs end to end on a small file and prints one line per kind (never a timed test)."""

from __future__ import annotations

import re

import pytest

from unionclerk.bench import importing
from unionclerk.bench.__main__ import main

LINE = re.compile(
    r"import-(\w+): \d+\.\d\dx \(target <= 2\)    # (\d+) rows, median of \d+: import \d+\.\d\ds, "
    r"openpyxl read_only iteration \d+\.\d\ds; "
    r"peak memory import \d+ MB \(\d+ MB before the first row\), openpyxl \d+ MB$"
)


def test_import_benchmark_prints_one_line_per_kind() -> None:
    lines = importing.run(30, repeats=1)
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    assert [(m.group(1), m.group(2)) for m in matches if m] == [(kind, "30") for kind in importing.KINDS]


def test_import_benchmark_refuses_an_unknown_kind() -> None:
    with pytest.raises(SystemExit, match="--kind must be one of members, activities, plan"):
        main(["import", "--kind", "visits", "--n", "20"])
