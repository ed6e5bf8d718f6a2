"""Body rows spliced into an openpyxl workbook: values exact, text escaped, rows below moved down."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from unionclerk.transfer.row_stream import MARKER, Money, RowWriter, save_with_body


def _book(tmp_path: Path, rows: list[list[object]]) -> tuple[Path, int]:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("s")
    style = WriteOnlyCell(sheet, "x")
    style.number_format = "0.00"
    sheet.append(["标题"])
    sheet.append([MARKER])
    sheet.append(["签字行"])
    sheet.merged_cells.add("A3:C3")
    sheet.merged_cells.add("A1:C1")
    style_id = book._cell_styles.add(style._style)
    writer = RowWriter(2, [0, 0, style_id], [0, 0, style_id])
    path = tmp_path / "b.xlsx"
    count = save_with_body(
        book, path, 2, (writer.row(r, height=30 if n == 0 else None) for n, r in enumerate(rows))
    )
    return path, count


def test_values_escapes_and_the_rows_below(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["a<b & c>d", 7, Money(123456)],
        [" 前后有空格 ", None, Money(-5)],
        ["=SUM(A1)", "控制\x07字符", Money(0)],
    ]
    path, count = _book(tmp_path, rows)
    assert count == 3
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[2]] == ["a<b & c>d", 7, 1234.56]
    assert [c.value for c in sheet[3]] == [" 前后有空格 ", None, -0.05]
    assert [c.value for c in sheet[4]] == ["=SUM(A1)", "控制字符", 0]
    assert sheet["A4"].data_type == "s"  # text, not a formula
    assert sheet["C2"].number_format == "0.00"
    assert sheet.row_dimensions[2].height == 30
    assert sheet["A5"].value == "签字行"
    assert sorted(str(r) for r in sheet.merged_cells.ranges) == ["A1:C1", "A5:C5"]


def test_an_empty_body_closes_the_gap(tmp_path: Path) -> None:
    path, count = _book(tmp_path, [])
    assert count == 0
    sheet = openpyxl.load_workbook(path).active
    assert [sheet["A1"].value, sheet["A2"].value] == ["标题", "签字行"]
    assert MARKER not in str([c.value for row in sheet.iter_rows() for c in row])
