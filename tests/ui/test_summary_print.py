"""The printed/PDF page: the text block of GB/T 9704, two-character indents, a fixed 28 pt line, the bundled font
behind every role, and 「— n —」 on every page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter, QTextBlockFormat

from tests.reports.summary_year import YEAR, build_year
from unionclerk.reports.summary import BOTH, Period, build_document
from unionclerk.store.db import Store
from unionclerk.ui.summary_print import bundled_family, families_for, text_document, write_pdf


def test_layout_fonts_and_page_numbers(qapp, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    build_year(store)
    document = build_document(store, Period.year(YEAR), BOTH, on=dt.date(2025, 12, 30))
    assert bundled_family() == "Noto Serif CJK SC"
    for role in ("title", "body", "heading1", "heading2", "page"):
        assert bundled_family() in families_for(role)  # every glyph has a font, whatever is installed

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(300)
    text = text_document(document, writer)
    dots_per_mm = 300 / 25.4
    assert round(text.pageSize().width() / dots_per_mm) == 156
    assert round(text.pageSize().height() / dots_per_mm) == 225
    body = text.findBlockByNumber(1)  # the opening paragraph
    assert body.blockFormat().textIndent() == pytest.approx(32 * 300 / 72)  # two 16 pt characters
    assert body.blockFormat().lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value
    assert body.begin().fragment().charFormat().fontPointSize() == 16
    assert text.firstBlock().begin().fragment().charFormat().fontPointSize() == 22  # the title
    del writer

    path = write_pdf(document, tmp_path / "总结.pdf")
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler is not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    numbers = [int(n) for n in re.findall(r"—\s*(\d+)\s*—", out)]
    assert numbers == list(range(1, pages + 1))
