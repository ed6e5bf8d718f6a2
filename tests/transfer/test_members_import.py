"""Importing a roster: messy files, the preview of problems, all-or-nothing, re-import, error workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from transfer_files import MAN_1990, WOMAN_1985, WOMAN_2001, messy_roster

from unionclerk.core.members import JOIN_DATE_UNKNOWN
from unionclerk.reports.members import member_figures
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer.members import import_members, read_members, write_member_errors
from unionclerk.transfer.problems import TransferError

TODAY = dt.date(2026, 6, 30)


def _problems(parsed) -> dict[tuple[int, str], str]:
    return {(p.row, p.column): p.message for p in parsed.problems}


def test_messy_roster_preview_names_row_column_and_why(make_xlsx, store: Store) -> None:
    path = make_xlsx(messy_roster(), merge="A1:I1")
    parsed = read_members(path, today=TODAY)
    assert parsed.header.row_number == 4
    assert parsed.unknown_headers == ["工号"]
    problems = _problems(parsed)
    # The ID typed as a number lost its digits (1.10105E+17): an error on Excel row 8.
    assert "丢失" in problems[(8, "公民身份号码")]
    # The wrong check character on row 6, named with the file's own header.
    assert "校验位" in problems[(6, "公民身份号码")]
    # A month-only birth date is a warning, not an error.
    assert [r.number for r in parsed.error_rows] == [6, 8]
    assert any(p.row == 5 and not p.is_error for p in parsed.problems) is False  # 1990.03 agrees with the ID
    month_warning = [p for p in parsed.problems if p.row == 6 and p.column == "入会时间"]
    assert month_warning and not month_warning[0].is_error and "2015-03-01" in month_warning[0].message

    report = import_members(store, parsed)
    assert not report.written and report.added == 0
    assert MemberStore(store).count(MemberQuery()) == 0  # all or nothing: nothing written


def test_skip_invalid_imports_clean_values(make_xlsx, store: Store, tmp_path: Path) -> None:
    parsed = read_members(make_xlsx(messy_roster()), today=TODAY)
    report = import_members(store, parsed, skip_invalid=True)
    assert (report.added, report.skipped, report.written) == (2, 2, True)
    members = MemberStore(store)
    zhang = members.find_by_id_number(MAN_1990)
    assert zhang is not None
    assert (zhang.name, zhang.sex, zhang.birth_date, zhang.phone, zhang.join_date) == (
        "张三",
        "男",
        "1990-03-07",
        "13800138000",
        "2012-07-01",
    )
    assert zhang.notes == "工号：A01"  # the unmapped column kept in 备注
    wang = members.find_by_id_number(WOMAN_2001)  # full-width ID cleaned
    assert wang is not None and wang.department == "办公室" and wang.join_date == "2021-03-01"

    errors = tmp_path / "errors.xlsx"
    assert write_member_errors(errors, parsed) == 2
    sheet = openpyxl.load_workbook(errors).active
    assert sheet.cell(1, 10).value == "导入问题"
    assert [sheet.cell(r, 2).value for r in (2, 3)] == [" 李四\u00a0", "赵六"]
    assert "校验位" in sheet.cell(2, 10).value
    # Fix the cells in the error workbook and import it again: the 导入问题 column is ignored.
    sheet.cell(2, 4).value = WOMAN_1985
    sheet.cell(3, 4).value = None
    sheet.parent.save(errors)
    again = read_members(errors, today=TODAY)
    assert again.error_rows == [] and again.unknown_headers == ["工号"]
    report = import_members(store, again)
    assert (report.added, report.written) == (2, True)
    li = members.find_by_id_number(WOMAN_1985)
    assert li is not None and li.name == "李四" and li.birth_date == "1985-11-20"


def test_reimport_updates_instead_of_duplicating(make_xlsx, store: Store) -> None:
    header = ["姓名", "身份证号", "部门", "出生日期", "会籍状态", "状态变更日期", "入会日期"]
    first = make_xlsx(
        [
            header,
            ["张三", MAN_1990, "办公室", None, "在会", None, "2010-01-01"],
            ["无证", None, "后勤", "1970-01-02", None, None, None],
        ]
    )
    assert import_members(store, read_members(first, today=TODAY)).added == 2
    second = make_xlsx(
        [
            header,
            ["张三", MAN_1990, "检验科", None, "退休", "2026-01-31", "2010-01-01"],
            ["无证", None, "后勤", "1970-01-02", None, None],
            ["新人", WOMAN_2001, "办公室", None, None, None],
        ],
        name="again.xlsx",
    )
    report = import_members(store, read_members(second, today=TODAY))
    assert (report.added, report.updated, report.unchanged, report.skipped) == (1, 1, 1, 0)
    members = MemberStore(store)
    assert members.count(MemberQuery()) == 3
    zhang = members.find_by_id_number(MAN_1990)
    assert zhang is not None and zhang.department == "检验科" and zhang.status == "保留会籍"
    history = members.history(zhang.id)
    assert [(h.status, h.date, h.reason) for h in history][-1] == ("保留会籍", "2026-01-31", "退休")


def test_status_columns_create_history(make_xlsx, store: Store) -> None:
    path = make_xlsx(
        [
            ["姓名", "身份证号", "入会日期", "退休时间", "转出时间"],
            ["老王", MAN_1990, "2010-01-01", "2025-12-31", None],
            ["小李", WOMAN_1985, "2011-05-01", None, "2024.06"],
        ]
    )
    parsed = read_members(path, today=TODAY)
    assert import_members(store, parsed).added == 2
    members = MemberStore(store)
    wang = members.find_by_id_number(MAN_1990)
    li = members.find_by_id_number(WOMAN_1985)
    assert [(h.status, h.date) for h in members.history(wang.id)] == [
        ("在会", "2010-01-01"),
        ("保留会籍", "2025-12-31"),
    ]
    assert [(h.status, h.date) for h in members.history(li.id)] == [
        ("在会", "2011-05-01"),
        ("转出", "2024-06-01"),
    ]


def test_map_overrides_and_dropping_unmapped(make_xlsx, store: Store) -> None:
    path = make_xlsx([["姓名", "所属班组", "工号"], ["张三", "一组", "A1"]])
    with pytest.raises(TransferError, match="不是可映射的字段"):
        read_members(path, overrides={"所属班组": "部门名"})
    with pytest.raises(TransferError, match="不存在"):
        read_members(path, overrides={"班组": "department"})
    parsed = read_members(path, overrides={"所属班组": "department"}, keep_unmapped=False)
    import_members(store, parsed)
    (member,) = MemberStore(store).iter_members()
    assert (member.department, member.notes) == ("一组", "")


def test_stated_birth_date_and_sex_checked_against_id(make_xlsx) -> None:
    path = make_xlsx(
        [
            ["姓名", "性别", "出生日期", "身份证号"],
            ["张三", "女", "1990-03-07", MAN_1990],
            ["李四", None, "1985-11-21", WOMAN_1985],
        ]
    )
    problems = _problems(read_members(path, today=TODAY))
    assert "性别与身份证号不符" in problems[(2, "性别")]
    assert "出生日期与身份证号不符" in problems[(3, "出生日期")]


def test_duplicate_ids_within_file(make_xlsx) -> None:
    path = make_xlsx([["姓名", "身份证号"], ["张三", MAN_1990], ["张三丰", MAN_1990]])
    problems = _problems(read_members(path, today=TODAY))
    assert problems[(3, "身份证号")] == "与第2行的身份证号相同"


def test_dry_run_counts_and_writes_nothing(make_xlsx, store: Store) -> None:
    path = make_xlsx([["姓名", "身份证号"], ["张三", MAN_1990]])
    report = import_members(store, read_members(path, today=TODAY), dry_run=True)
    assert (report.added, report.written, report.dry_run) == (1, False, True)
    assert MemberStore(store).count(MemberQuery()) == 0


def test_gbk_and_utf8_csv(tmp_path: Path, store: Store) -> None:
    text = f"工会会员名单\n姓名,性别,身份证号,手机\n张三,男,{MAN_1990},13800138000\n李四,女,{WOMAN_1985},\n"
    for encoding in ("gbk", "utf-8-sig", "utf-8"):
        path = tmp_path / f"roster-{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        parsed = read_members(path, today=TODAY)
        assert [r.record.name for r in parsed.rows] == ["张三", "李四"], encoding
        assert parsed.rows[0].number == 3  # the line number the clerk sees
    report = import_members(store, parsed)
    assert report.added == 2


def test_old_xls(tmp_path: Path, store: Store) -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt (test-only) writes the .xls this test reads")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write(0, 0, "某单位工会会员花名册")
    for col, text in enumerate(["姓名", "身份证号", "入会日期", "手机"]):
        sheet.write(2, col, text)
    sheet.write(3, 0, "张三")
    sheet.write(3, 1, MAN_1990)
    sheet.write(3, 2, dt.datetime(2012, 7, 1), date_style)
    sheet.write(3, 3, 13800138000)
    sheet.write(4, 0, "赵六")
    sheet.write(4, 1, 1.10105e17)
    path = tmp_path / "old.xls"
    book.save(str(path))
    parsed = read_members(path, today=TODAY)
    assert [r.number for r in parsed.error_rows] == [5]
    member = parsed.rows[0].record
    assert (member.join_date, member.phone) == ("2012-07-01", "13800138000")
    assert import_members(store, parsed, skip_invalid=True).added == 1


def test_reimport_without_status_keeps_stored_status(make_xlsx, store: Store) -> None:
    first = make_xlsx(
        [
            ["姓名", "身份证号", "入会日期", "会籍状态", "状态变更日期"],
            ["老王", MAN_1990, "2010-01-01", "退休", "2025-12-31"],
            ["小李", WOMAN_1985, "2011-05-01", "转出", "2024-06-01"],
        ]
    )
    assert import_members(store, read_members(first, today=TODAY)).added == 2
    for header, name in (
        (["姓名", "身份证号", "部门"], "plain.xlsx"),
        (["姓名", "身份证号", "部门", "会籍状态"], "blank.xlsx"),
    ):
        again = make_xlsx(
            [header, ["老王", MAN_1990, "后勤"], ["小李", WOMAN_1985, "后勤"], ["新人", WOMAN_2001, "后勤"]],
            name=name,
        )
        import_members(store, read_members(again, today=TODAY))
        members = MemberStore(store)
        wang = members.find_by_id_number(MAN_1990)
        li = members.find_by_id_number(WOMAN_1985)
        assert (wang.status, wang.department) == ("保留会籍", "后勤")
        assert li.status == "转出"
        assert [h.status for h in members.history(wang.id)] == ["在会", "保留会籍"]
        assert members.find_by_id_number(WOMAN_2001).status == "在会"


def test_batched_import_writes_what_one_by_one_adds_write(make_xlsx, store: Store) -> None:
    """More rows than one add_many batch; a later row with an ID matches an earlier new row without one."""
    rows: list[list[object]] = [["姓名", "出生日期", "身份证号", "入会日期", "会籍状态", "状态变更日期"]]
    rows += [[f"会员{n:04d}", "1980-01-01", None, "2000-01-01", None, None] for n in range(1, 1201)]
    rows.append(["王芳", "1990-03-07", None, "2012-07-01", "退休", "2020-05-01"])
    # The same person again, now with the ID.
    rows.append(["王芳", "1990-03-07", MAN_1990, "2012-07-01", None, None])
    report = import_members(store, read_members(make_xlsx(rows), today=TODAY))
    assert (report.added, report.updated, report.written) == (1201, 1, True)
    members = MemberStore(store)
    assert members.count(MemberQuery()) == 1201
    (wang,) = members.find_by_name("王芳")
    assert wang.id_number == MAN_1990 and wang.status == "保留会籍" and wang.status_date == "2020-05-01"
    assert [(c.status, c.date, c.reason) for c in members.history(wang.id)] == [
        ("在会", "2012-07-01", "入会"),
        ("保留会籍", "2020-05-01", "退休"),
    ]
    first = members.find_by_name("会员0001")[0]
    last = members.find_by_name("会员1200")[0]
    assert last.id - first.id == 1199  # ids in file order, as one add() after another gives them
    assert [(c.status, c.date) for c in members.history(last.id)] == [("在会", "2000-01-01")]


def test_empty_join_date_is_a_warning_and_recorded_as_unknown(make_xlsx, store: Store) -> None:
    path = make_xlsx(
        [
            ["姓名", "身份证号", "入会日期", "会籍状态", "状态变更日期"],
            ["张三", MAN_1990, "2012-07-01", None, None],
            ["李四", WOMAN_1985, None, None, None],
            ["王五", WOMAN_2001, " ", "退休", "2025-12-31"],  # a date for the status, none for joining
        ]
    )
    parsed = read_members(path, today=TODAY)
    warnings = {(p.row, p.column): p.message for p in parsed.problems if not p.is_error}
    message = "入会日期为空：按日期不详记录，需要入会日期的期间人数不计入此人，并注明人数"
    assert warnings == {(3, "入会日期"): message, (4, "入会日期"): message}
    assert not parsed.error_rows

    report = import_members(store, parsed)
    assert (report.added, report.written) == (3, True)
    members = MemberStore(store)
    li = members.find_by_id_number(WOMAN_1985)
    wang = members.find_by_id_number(WOMAN_2001)
    assert li is not None and wang is not None and li.join_date is None
    assert [(c.status, c.date) for c in members.history(li.id)] == [("在会", JOIN_DATE_UNKNOWN)]
    assert [(c.status, c.date, c.reason) for c in members.history(wang.id)] == [
        ("在会", JOIN_DATE_UNKNOWN, "入会"),
        ("保留会籍", "2025-12-31", "退休"),
    ]
    # Only 张三 is known to have joined, in 2012; the others' joining is unknown, said by the figures.
    assert [m.name for m in members.joined_between("2012-01-01", "2012-12-31")] == ["张三"]
    figures = member_figures(store, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (figures.end, sorted(figures.unknown_join)) == (1, sorted([li.id, wang.id]))
    assert figures.unknown_sentence().startswith("另有 2 人入会日期不详")
