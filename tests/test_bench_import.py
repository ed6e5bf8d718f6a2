"""The import benchmark runs end to end on a small file and prints one line per kind (never a timed test)."""

from __future__ import annotations

import re

import pytest

from unionclerk.bench import importing
from unionclerk.bench.__main__ import main


def test_import_benchmark_prints_one_line_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--n", "30"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [f"import-{kind}" for kind in importing.KINDS]
    for line in lines:
        assert re.match(r"import-\w+: \d+\.\d\dx \(target <= 2\)    # 30 rows: import \d+\.\d\ds", line)
        assert re.search(r"peak memory import \d+ MB, openpyxl \d+ MB$", line)


def test_import_benchmark_one_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--kind", "plan", "--n", "20"]) == 0
    assert capsys.readouterr().out.startswith("import-plan: ")
