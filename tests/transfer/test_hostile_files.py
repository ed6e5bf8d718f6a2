"""Hostile files: each ends in a clear message, in bounded time and memory, with nothing written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from transfer_files import MAN_1990

from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer.members import import_members, read_members
from unionclerk.transfer.problems import TransferError
from unionclerk.transfer.reading import Limits, read_table


def _nothing_written(store: Store) -> None:
    assert MemberStore(store).count(MemberQuery()) == 0


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"\x00\x01binary garbage" * 100)
    with pytest.raises(TransferError, match="不是有效的 Excel 文件"):
        read_members(path)
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(TransferError, match="不是可导入的表格"):
        read_members(pdf)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(TransferError, match="空文件"):
        read_members(empty)


def test_truncated_xlsx(make_xlsx) -> None:
    path = make_xlsx([["姓名", "身份证号"], ["张三", MAN_1990]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(TransferError, match="损坏或不完整"):
        read_members(path)


def test_zip_bomb_refused_before_decompressing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        # 64 MB of zeros compress to ~64 KB: a ratio of ~1000, far above the limit.
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(64):
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(TransferError, match="压缩炸弹"):
        read_members(path)
    with pytest.raises(TransferError, match="上限"):
        read_table(path, limits=Limits(max_unzipped_bytes=1024 * 1024, max_zip_ratio=10**6))


def test_million_row_sheet_stops_at_the_cap(tmp_path: Path) -> None:
    # A sheet whose last row is numbered 1,000,000: openpyxl would pad every missing row before it.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号"])
    sheet.append(["张三", MAN_1990])
    sheet.cell(row=1_000_000, column=1, value="末行")
    path = tmp_path / "million.xlsx"
    book.save(path)
    with pytest.raises(TransferError, match="超过 5000 行"):
        read_members(path, limits=Limits(max_rows=5000))


def test_too_many_rows_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("姓名,部门\n" + "张三,办公室\n" * 50, encoding="utf-8")
    with pytest.raises(TransferError, match="超过 20 行"):
        read_members(path, limits=Limits(max_rows=20))


def test_formulas_are_reported_not_imported(make_xlsx, store: Store) -> None:
    path = make_xlsx([["序号", "姓名", "部门"], ["=ROW()-1", "张三", '=HYPERLINK("http://x","办公室")']])
    parsed = read_members(path)
    (problem,) = [p for p in parsed.problems if p.is_error]  # and a warning: no 入会日期 column
    assert (problem.row, problem.column, problem.is_error) == (2, "部门", True)
    assert "公式" in problem.message  # 序号 holds a formula too, but that column is ignored
    import_members(store, parsed)
    _nothing_written(store)


def test_huge_cells(make_xlsx, store: Store) -> None:
    path = make_xlsx([["姓名", "备注"], ["张三", "很" * 100_000]])
    parsed = read_members(path)
    assert any("内容过长" in p.message and p.row == 2 for p in parsed.problems)
    assert len(parsed.problems[0].value) <= 40
    import_members(store, parsed)
    _nothing_written(store)


def test_empty_sheet_and_header_only(make_xlsx, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="空表"):
        read_members(make_xlsx([], name="empty.xlsx"))
    with pytest.raises(TransferError, match="只有表头"):
        read_members(make_xlsx([["标题"], ["姓名", "性别", "身份证号"]], name="header.xlsx"))
    with pytest.raises(TransferError, match="找不到表头"):
        read_members(make_xlsx([["甲", "乙"], [1, 2]], name="nohead.xlsx"))
    csv_path = tmp_path / "empty.csv"
    csv_path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(TransferError, match="空表"):
        read_members(csv_path)
