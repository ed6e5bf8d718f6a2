"""The import's own worksheet parser gives what openpyxl gives, cell for cell, on every kind of cell."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from transfer_files import messy_roster, write_workbook

from unionclerk.transfer.reading import DEFAULT_LIMITS, _read_xlsx, _read_xlsx_openpyxl


def _varied(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append(["标题"])
    sheet.append([])
    sheet.append(["整数", "小数", "日期", "时间", "布尔", "公式", "文字", "科学计数", "负数"])
    sheet.append(
        [42, 3.25, dt.datetime(2019, 3, 1), dt.datetime(2019, 3, 1, 8, 30), True, "=A4*2", "张三", 1.1e17, -5]
    )
    sheet.append([None, None, dt.date(1949, 12, 31), None, False, "=SUM(A1:A3)", " 李四 ", "0012", 0])
    sheet["A7"] = CellRichText(["富", TextBlock(InlineFont(b=True), "文本")])
    sheet["C7"] = dt.time(8, 30)
    sheet["Z9"] = "远处的格"
    book.save(path)
    return path


def _same(path: Path) -> None:
    fast = _read_xlsx(path, DEFAULT_LIMITS, None)
    slow = _read_xlsx_openpyxl(path, DEFAULT_LIMITS, None)
    assert fast.sheet == slow.sheet
    assert [(r.number, r.values, r.formulas) for r in fast.rows] == [
        (r.number, r.values, r.formulas) for r in slow.rows
    ]


def test_fast_reader_matches_openpyxl(tmp_path: Path) -> None:
    _same(_varied(tmp_path / "varied.xlsx"))
    _same(write_workbook(tmp_path / "messy.xlsx", messy_roster(), "A1:I1"))


def test_fast_reader_rich_and_far_cells(tmp_path: Path) -> None:
    table = _read_xlsx(_varied(tmp_path / "varied.xlsx"), DEFAULT_LIMITS, None)
    by_number = {row.number: row for row in table.rows}
    assert by_number[7].values[0] == "富文本"
    assert by_number[9].values[25] == "远处的格"
    assert by_number[4].values[5] == "=A4*2" and 5 in by_number[4].formulas
    assert by_number[4].values[2] == dt.datetime(2019, 3, 1)


def test_fast_reader_matches_openpyxl_on_a_libreoffice_file(tmp_path: Path) -> None:
    """A file saved by another program: shared strings, its own styles, a <dimension> element."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice (soffice) is not installed")
    source = _varied(tmp_path / "source.xlsx")
    out = tmp_path / "out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    _same(out / "source.xlsx")


def test_a_large_sheet_streams_once(tmp_path: Path) -> None:
    from unionclerk.transfer.reading import HEAD_ROWS, read_table

    rows = [["姓名", "部门"]] + [[f"会员{i}", "办公室"] for i in range(HEAD_ROWS + 50)]
    path = write_workbook(tmp_path / "big.xlsx", rows)
    whole = read_table(path)
    streamed = read_table(path, stream=True)
    assert whole.more is None and len(whole.rows) == HEAD_ROWS + 51
    assert len(streamed.rows) == HEAD_ROWS and streamed.more is not None
    assert [r.values for r in [*streamed.rows, *streamed.more]] == [r.values for r in whole.rows]
    with pytest.raises(RuntimeError, match="already read"):
        list(streamed.more)


def test_streamed_import_keeps_only_refused_cells(tmp_path: Path) -> None:
    from unionclerk.transfer.members import read_members
    from unionclerk.transfer.reading import HEAD_ROWS

    rows = [["姓名", "部门"]] + [[f"会员{i}", "办公室"] for i in range(HEAD_ROWS + 50)] + [["😀", "办公室"]]
    parsed = read_members(write_workbook(tmp_path / "big.xlsx", rows))
    assert len(parsed.rows) == HEAD_ROWS + 51
    assert all(row.values == [] for row in parsed.valid_rows)
    assert [row.values for row in parsed.error_rows] == [["😀", "办公室"]]


def test_hand_written_sheet_xml(tmp_path: Path) -> None:
    """Cells as other programs write them: prefixed tags, no r attributes, empty typed cells, phonetic runs."""
    import zipfile

    from unionclerk.transfer.reading import read_table

    source = _varied(tmp_path / "source.xlsx")
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>部门</x:t>'
        "</x:is></x:c></x:row>"
        '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>张</x:t></x:r><x:r><x:t>三</x:t></x:r>'
        "<x:rPh><x:t>ちょう</x:t></x:rPh></x:is></x:c>"
        '<x:c t="s"/><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>'
        '<x:row r="5"><x:c r="C5"><x:v>2.5</x:v></x:c><x:c r="D5"><x:f>C5*2</x:f><x:v>5</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    path = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = sheet.encode() if item.filename == "xl/worksheets/sheet1.xml" else old.read(item.filename)
            new.writestr(item, data)
    table = read_table(path)
    assert [(r.number, r.values, r.formulas) for r in table.rows] == [
        (1, ["姓名", "部门"], set()),
        (2, ["张三", None, True, "#N/A"], set()),
        (5, [None, None, 2.5, "=C5*2"], {3}),
    ]
