"""Export writers never crash on odd cell text and never leave a half-written or destroyed file behind."""

from __future__ import annotations

import gc
from pathlib import Path

import openpyxl
import pytest

from unionclerk.transfer.cleaning import clean_text
from unionclerk.transfer.printing import Column, write_table
from unionclerk.transfer.problems import TransferError
from unionclerk.transfer.workbook import write_error_rows

COLUMNS = [Column("姓名"), Column("备注")]


def _write(path: Path, rows: list[list[object]]) -> int:
    return write_table(path, title="标题", subtitle="副标题", columns=COLUMNS, rows=rows)


def _cells(path: Path) -> list[openpyxl.cell.Cell]:
    return [c for row in openpyxl.load_workbook(path).active.iter_rows() for c in row if c.value is not None]


def test_control_characters_are_stripped_on_import_and_export(tmp_path: Path) -> None:
    assert clean_text("a\x07b\x00c") == "abc"
    out = tmp_path / "out.xlsx"
    assert _write(out, [["张\x07三", "第一行\n第二行\t\x1b完"]]) == 1
    values = [c.value for c in _cells(out)]
    assert "张三" in values and "第一行\n第二行\t完" in values
    errors = tmp_path / "errors.xlsx"
    write_error_rows(errors, headers=["姓名"], rows=[(["李\x0b四"], "原因\x01")], sheet_name="表")
    assert [c.value for c in _cells(errors)][-2:] == ["李四", "原因"]


def test_excel_error_words_stay_text(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    _write(out, [["#N/A", "#REF!"]])
    cells = {c.value: c for c in _cells(out)}
    assert cells["#N/A"].data_type == "s" and cells["#REF!"].data_type == "s"
    errors = tmp_path / "errors.xlsx"
    write_error_rows(errors, headers=["姓名"], rows=[(["#DIV/0!"], "原因")], sheet_name="表")
    assert {c.value: c.data_type for c in _cells(errors)}["#DIV/0!"] == "s"


def test_save_to_folder_or_missing_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    with pytest.raises(TransferError, match="文件夹"):
        _write(tmp_path, [["张三", ""]])
    with pytest.raises(TransferError, match="不存在"):
        _write(tmp_path / "没有" / "out.xlsx", [["张三", ""]])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Exception ignored" not in captured.err


def test_failed_save_keeps_the_earlier_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.xlsx"
    _write(out, [["张三", "旧"]])
    before = out.read_bytes()

    def broken_save(self: openpyxl.Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(TransferError, match="无法写入"):
        _write(out, [["李四", "新"]])
    gc.collect()  # an unfinished write-only stream would report "Exception ignored" now, failing the test
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
