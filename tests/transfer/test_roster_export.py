"""The printable roster export, the template, and the round trip export -> import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from transfer_files import MAN_1990, WOMAN_1985, WOMAN_2001

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.transfer.members import (
    MEMBER_SPEC,
    export_members,
    import_members,
    read_members,
    write_members_template,
)


def _fill(store: Store) -> MemberStore:
    members = MemberStore(store)
    members.add(
        Member(
            name="张三",
            id_number=MAN_1990,
            sex="男",
            birth_date="1990-03-07",
            department="办公室",
            join_date="2012-07-01",
            phone="13800138000",
            wage_base_fen=567835,
            notes="=SUM(A1:A9)",
        )
    )
    members.add(
        Member(
            name="李四",
            id_number=WOMAN_1985,
            sex="女",
            birth_date="1985-11-20",
            department="+检验科",
            join_date="2015-03-01",
            hardship=True,
            hardship_type="因病",
            ethnicity="",
            status="保留会籍",
            status_date="2025-12-31",
            political_status="中共党员",
        )
    )
    members.add(
        Member(
            name="王五",
            id_number=WOMAN_2001,
            sex="女",
            birth_date="2001-01-01",
            position="@护士",
            join_date="2021-03-01",
            status="转出",
            status_date="2024-06-01",
            card_no="-007",
        )
    )
    members.add(Member(name="无证", birth_date="1970-01-02", sex="男", join_date="2000-01-01"))
    return members


def test_printable_layout_masked_ids_and_no_formulas(store: Store, tmp_path: Path) -> None:
    save_settings(store, load_settings(store).with_text("unit_name", "某某疾控中心"))
    _fill(store)
    path = tmp_path / "roster.xlsx"
    assert export_members(store, path, today=dt.date(2026, 6, 30)) == 4
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "某某疾控中心工会会员花名册" and sheet["A1"].font.b
    assert "2026年6月30日" in sheet["A2"].value
    headers = [c.value for c in sheet[3]]
    assert headers[:5] == ["姓名", "性别", "出生日期", "民族", "身份证号"]
    assert all(c.font.b and c.border.bottom.style == "thin" for c in sheet[3])
    assert sheet.print_title_rows == "$3:$3" and sheet.freeze_panes == "A4"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    ids = [sheet.cell(r, 5).value for r in range(4, 8)]
    assert "110105********1239" in ids and MAN_1990 not in ids
    assert sheet.cell(8, 1).value == "合计：4 人，其中女 2 人"
    assert sheet.column_dimensions["A"].width >= 6
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    texts = {c.value for row in sheet.iter_rows() for c in row}
    assert {"=SUM(A1:A9)", "+检验科", "@护士", "-007"} <= texts


def test_status_filter_exports_only_those(store: Store, tmp_path: Path) -> None:
    _fill(store)
    path = tmp_path / "active.xlsx"
    assert export_members(store, path, query=MemberQuery(statuses=("在会",))) == 2


def test_round_trip_full_ids(store: Store, tmp_path: Path) -> None:
    members = _fill(store)
    path = tmp_path / "full.xlsx"
    export_members(store, path, full_ids=True)
    with Store.open(tmp_path / "empty.db") as other:
        report = import_members(other, read_members(path))
        assert (report.added, report.problems) == (4, [])
        copied = MemberStore(other)

        def roster(book: MemberStore) -> list[Member]:
            found = []
            for member in book.iter_members():
                member.id = None
                found.append(member)
            return found

        assert roster(copied) == roster(members)
        again = import_members(other, read_members(path))
        assert (again.added, again.unchanged) == (0, 4)


def test_masked_export_reimported_says_why_once_per_row(store: Store, tmp_path: Path) -> None:
    _fill(store)
    path = tmp_path / "masked.xlsx"
    export_members(store, path)  # IDs masked, as by default
    parsed = read_members(path)
    masked = "身份证号已隐去出生日期（来自隐去身份证号的导出文件），无法导入；请导出时勾选“写出完整身份证号”（命令行加 --full-id）后重新导入"
    errors = [(p.row, p.column, p.value, p.message) for p in parsed.problems if p.is_error]
    # The three members with an ID number, one message each; 无证 has no ID and is fine.
    assert [(column, message) for _, column, _, message in errors] == [("身份证号", masked)] * 3
    assert len({row for row, *_ in errors}) == 3
    assert sorted(row.values[0] for row in parsed.error_rows) == sorted(["张三", "李四", "王五"])
    assert "110105********1239" in {value for _, _, value, _ in errors}
    report = import_members(store, parsed)
    assert not report.written and MemberStore(store).count(MemberQuery()) == 4


def test_template_has_headers_example_and_explanations(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "template.xlsx"
    write_members_template(path)
    book = openpyxl.load_workbook(path)
    sheet = book[MEMBER_SPEC.title]
    assert [c.value for c in sheet[1]] == [f.label for f in MEMBER_SPEC.fields]
    assert sheet.cell(2, 5).value == "11010519491231002X" and sheet.cell(3, 5).number_format == "@"
    explain = book["填写说明"]
    rows = {r[0].value: r for r in explain.iter_rows(min_row=2) if r[0].value}
    assert "身份证号码" in rows["身份证号"][3].value and "文本" in rows["身份证号"][2].value
    # The template's own example row imports cleanly.
    report = import_members(store, read_members(path))
    assert (report.added, report.errors) == (1, [])
