"""The summary benchmark runs end to end on a small union and prints its ratio line (no timing is asserted)."""

from __future__ import annotations

import re

from unionclerk.bench.__main__ import main


def test_summary_benchmark_prints_its_ratio(capsys) -> None:  # noqa: ANN001
    assert main(["summary", "--members", "60"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"summary: \d+\.\d\dx \(target <= 2\)", lines[-1])
    assert lines[0].startswith("built 60 members")
