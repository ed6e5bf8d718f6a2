"""The start-up benchmark runs end to end: every process it compares starts and reports (never a timed test)."""

from __future__ import annotations

import re

from unionclerk.bench import startup

RATIO = r"(\d+\.\d\d)x"


def test_startup_benchmark_prints_each_ratio() -> None:
    lines = startup.run(1)
    text = "\n".join(lines)
    ratios = {
        name: float(found.group(1))
        for name in ("startup", "startup-memory", "startup-floor", "startup-cpu")
        if (found := re.search(rf"^{name}: {RATIO}", text, re.MULTILINE))
    }
    assert set(ratios) == {"startup", "startup-memory", "startup-floor", "startup-cpu"}, text
    assert all(ratio > 0 for ratio in ratios.values()), text
    assert re.search(r"^startup: \d+\.\d\dx \(target <= 1\.5\)$", text, re.MULTILINE), text
    assert re.search(r"^startup-memory: \d+\.\d\dx \(target <= 2\)$", text, re.MULTILINE), text
    # The floor (the same first screen from Qt's own classes, reading the demo file) ran and was compared.
    assert re.search(rf"unionclerk against that floor: {RATIO}$", text, re.MULTILINE), text
