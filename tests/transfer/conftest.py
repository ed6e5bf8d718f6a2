"""Builders for the messy and hostile files the import tests read: made at test time, small and fast."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from transfer_files import write_workbook

XlsxBuilder = Callable[..., Path]


@pytest.fixture
def make_xlsx(tmp_path: Path) -> XlsxBuilder:
    """make_xlsx(rows, name="f.xlsx", merge=None): each row a list of cell values written as they are."""

    def build(rows: Sequence[Sequence[object]], name: str = "roster.xlsx", merge: str | None = None) -> Path:
        return write_workbook(tmp_path / name, rows, merge)

    return build
