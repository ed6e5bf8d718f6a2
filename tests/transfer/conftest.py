"""Builders for the messy and hostile files the import tests read: made at test time, small and fast."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
import pytest

XlsxBuilder = Callable[..., Path]


@pytest.fixture
def make_xlsx(tmp_path: Path) -> XlsxBuilder:
    """make_xlsx(rows, name="f.xlsx", merge=None): each row a list of cell values written as they are."""

    def build(rows: Sequence[Sequence[object]], name: str = "roster.xlsx", merge: str | None = None) -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(list(row))
        if merge:
            sheet.merge_cells(merge)
        path = tmp_path / name
        book.save(path)
        return path

    return build
