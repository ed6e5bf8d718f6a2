"""Re-importing a roster: an ID registered under another name is never silently overwritten (a rename needs
原姓名), a namesake with another ID is someone else, fields the file lacks are kept, dates not given stay
unknown, and a roster without an 入会日期 column says what that means."""

from __future__ import annotations

import datetime as dt

from transfer_files import MAN_1990, WOMAN_1985, WOMAN_2001

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer.members import checked_against_stored, import_members, read_members

TODAY = dt.date(2026, 6, 30)


def zhang_registered(members: MemberStore) -> int:
    return members.add(
        Member(
            name="张三",
            id_number=MAN_1990,
            sex="男",
            birth_date="1990-03-07",
            department="办公室",
            phone="13800138000",
            join_date="2012-07-01",
            wage_base_fen=567800,
            notes="党小组长",
        )
    )


def test_a_row_with_a_registered_id_and_another_name_is_refused(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    path = make_xlsx([["姓名", "身份证号", "部门", "联系电话"], ["王五", MAN_1990, "后勤", "13900000000"]])
    report = import_members(store, read_members(path, today=TODAY))
    assert not report.written and (report.updated, report.added) == (0, 0)
    (error,) = report.errors
    assert (error.row, error.column, error.value) == (2, "姓名", "王五")
    assert "已登记为“张三”" in error.message and "原姓名" in error.message
    stored = members.get(zhang)
    assert (stored.name, stored.department, stored.phone) == ("张三", "办公室", "13800138000")

    # Importing the valid rows only skips it and imports the rest.
    path = make_xlsx(
        [["姓名", "身份证号", "部门"], ["王五", MAN_1990, "后勤"], ["李四", WOMAN_1985, "后勤"]],
        name="two.xlsx",
    )
    report = import_members(store, read_members(path, today=TODAY), skip_invalid=True)
    assert (report.added, report.skipped, report.written) == (1, 1, True)
    assert members.get(zhang).name == "张三"


def test_a_rename_needs_the_former_name(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    wrong = make_xlsx([["姓名", "原姓名", "身份证号"], ["王五", "张四", MAN_1990]], name="wrong.xlsx")
    report = import_members(store, read_members(wrong, today=TODAY))
    assert not report.written and "“张三”不符" in report.errors[0].message
    assert report.errors[0].column == "原姓名"

    path = make_xlsx([["姓名", "曾用名", "身份证号"], ["王五", "张三", MAN_1990]])
    parsed = read_members(path, today=TODAY)
    checked = checked_against_stored(store, parsed)
    assert (
        checked_against_stored(store, checked).problems == checked.problems
    )  # checking twice adds nothing
    assert parsed.problems != checked.problems  # the rows read are left as they were
    report = import_members(store, checked)
    assert (report.updated, report.written) == (1, True)
    assert [p.message for p in report.warnings if p.row == 2] == ["按改名处理：登记的“张三”改为“王五”"]
    renamed = members.get(zhang)
    assert (renamed.name, renamed.department, renamed.phone) == ("王五", "办公室", "13800138000")


def test_a_namesake_with_another_id_is_someone_else(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    other = "110105199003071319"  # also born 1990-03-07, a man: the same name and birth date
    path = make_xlsx([["姓名", "身份证号", "部门"], ["张三", other, "检验科"]])
    report = import_members(store, read_members(path, today=TODAY))
    assert (report.added, report.updated) == (1, 0)
    assert members.get(zhang).department == "办公室"
    assert sorted(m.id_number for m in members.find_by_name("张三", "1990-03-07")) == sorted(
        [MAN_1990, other]
    )


def test_reimport_keeps_what_the_file_does_not_have(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    before = members.get(zhang)
    path = make_xlsx([["姓名", "身份证号", "部门"], ["张三", MAN_1990, "检验科"]])
    report = import_members(store, read_members(path, today=TODAY))
    assert report.updated == 1
    after = members.get(zhang)
    assert after.department == "检验科"
    for name in ("phone", "join_date", "wage_base_fen", "notes", "ethnicity", "status", "sex", "birth_date"):
        assert getattr(after, name) == getattr(before, name), name
    assert len(members.history(zhang)) == 1


def test_reimport_status_without_a_date_is_unknown(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    path = make_xlsx([["姓名", "身份证号", "入会日期", "会籍状态"], ["张三", MAN_1990, "2012-07-01", "转出"]])
    parsed = read_members(path, today=TODAY)
    (warning,) = parsed.problems
    assert "没有填写日期：按日期不详记录" in warning.message and not warning.is_error
    assert import_members(store, parsed).updated == 1
    assert [(c.status, c.date) for c in members.history(zhang)] == [("在会", "2012-07-01"), ("转出", None)]
    assert members.get(zhang).status_date is None


def test_a_roster_without_a_join_date_column_warns_once(make_xlsx, store: Store) -> None:
    path = make_xlsx([["姓名", "身份证号"], ["张三", MAN_1990], ["新人", WOMAN_2001]])
    parsed = read_members(path, today=TODAY)
    (warning,) = parsed.problems
    assert (warning.row, warning.is_error) == (1, False)
    assert "没有“入会日期”列" in warning.message and "不详" in warning.message
    report = import_members(store, parsed)
    assert report.added == 2 and MemberStore(store).count(MemberQuery()) == 2
    with_column = make_xlsx(
        [["姓名", "身份证号", "入会时间"], ["张三", MAN_1990, "2012-07-01"]], name="w.xlsx"
    )
    assert read_members(with_column, today=TODAY).problems == []


def test_a_write_failing_halfway_leaves_the_database_as_it_was(make_xlsx, store: Store) -> None:
    """The first rows are written (an update, a status change, new members) before a later write fails: the
    import's one transaction takes all of it back."""
    import sqlite3

    import pytest

    members = MemberStore(store)
    zhang = zhang_registered(members)
    before = (members.get(zhang), [(c.status, c.date) for c in members.history(zhang)])
    store.conn.execute(
        "CREATE TEMP TRIGGER fail_halfway BEFORE INSERT ON main.members WHEN NEW.name = '写不进' "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END"
    )
    rows: list[list[object]] = [["姓名", "身份证号", "部门", "会籍状态", "状态变更日期"]]
    rows.append(["张三", MAN_1990, "检验科", "转出", "2026-01-31"])
    rows += [[f"新会员{n}", None, "后勤", None, None] for n in range(3)]
    rows.append(["写不进", WOMAN_1985, "后勤", None, None])
    with pytest.raises(sqlite3.IntegrityError, match="simulated"):
        import_members(store, read_members(make_xlsx(rows), today=TODAY))
    assert not store.conn.in_transaction
    assert (members.get(zhang), [(c.status, c.date) for c in members.history(zhang)]) == before
    assert members.count(MemberQuery()) == 1
    store.conn.execute("DROP TRIGGER temp.fail_halfway")
    assert import_members(store, read_members(make_xlsx(rows, name="again.xlsx"), today=TODAY)).written
    assert members.count(MemberQuery()) == 5 and members.get(zhang).status == "转出"


def test_a_batch_the_store_refuses_names_the_row(make_xlsx, store: Store, monkeypatch) -> None:
    """When add_many refuses a batch (a conflict with what is stored), the rows are tried one by one so that
    the message names the row that conflicts; nothing is written."""
    import pytest

    from unionclerk.core.members import FieldErrors
    from unionclerk.transfer.problems import TransferError

    real_add_many, real_add = MemberStore.add_many, MemberStore.add

    def refuse_batch(self: MemberStore, entries: list) -> list[int]:
        if any(member.name == "冲突" for member, _ in entries):
            raise FieldErrors({"id_number": "身份证号已登记：别人（办公室）"})
        return real_add_many(self, entries)

    added: list[tuple[str, str]] = []

    def add_one(self: MemberStore, member: Member, *, reason: str = "") -> int:
        added.append((member.name, reason))
        return real_add(self, member, reason=reason)

    monkeypatch.setattr(MemberStore, "add_many", refuse_batch)
    monkeypatch.setattr(MemberStore, "add", add_one)
    path = make_xlsx(
        [
            ["姓名", "身份证号", "会籍状态", "状态变更日期", "入会日期"],
            ["甲", MAN_1990, "退休", "2025-01-01", "2000-01-01"],
            ["冲突", WOMAN_1985, None, None, None],
        ]
    )
    with pytest.raises(TransferError) as refused:
        import_members(store, read_members(path, today=TODAY))
    assert str(refused.value) == "第3行（冲突）：身份证号已登记：别人（办公室）。导入中止，未写入任何数据。"
    assert added == [("甲", "退休"), ("冲突", "")]
    assert MemberStore(store).count(MemberQuery()) == 0


def test_reimport_notes_from_unmapped_columns_add_to_the_stored_notes(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    unmapped = make_xlsx([["姓名", "身份证号", "工号"], ["张三", MAN_1990, "A01"]])
    assert import_members(store, read_members(unmapped, today=TODAY)).updated == 1
    assert members.get(zhang).notes == "党小组长；工号：A01"
    assert import_members(store, read_members(unmapped, today=TODAY)).unchanged == 1  # said once
    with_notes = make_xlsx([["姓名", "身份证号", "备注"], ["张三", MAN_1990, "新备注"]], name="notes.xlsx")
    assert import_members(store, read_members(with_notes, today=TODAY)).updated == 1
    assert members.get(zhang).notes == "新备注"  # a 备注 column is the notes


def test_reimport_of_an_earlier_status_records_it_in_its_place(make_xlsx, store: Store) -> None:
    members = MemberStore(store)
    zhang = zhang_registered(members)
    members.change_status(zhang, "转出", "2025-01-01", "调动")
    path = make_xlsx(
        [["姓名", "身份证号", "会籍状态", "状态变更日期"], ["张三", MAN_1990, "退休", "2020-06-30"]]
    )
    assert import_members(store, read_members(path, today=TODAY)).updated == 1
    assert [(c.status, c.date, c.reason) for c in members.history(zhang)] == [
        ("在会", "2012-07-01", "入会"),
        ("保留会籍", "2020-06-30", "退休"),
        ("转出", "2025-01-01", "调动"),
    ]
    assert members.get(zhang).status == "转出"  # the latest dated entry


def test_the_export_writes_values_as_a_spreadsheet_reads_them(store: Store, tmp_path) -> None:
    import openpyxl

    from unionclerk.transfer.members import export_columns, export_members, write_members_template

    members = MemberStore(store)
    zhang_registered(members)
    members.add(Member(name="李四", sex="女", hardship=True, join_date="2015-05-05"))
    members.add(Member(name="王五", sex="女"))
    path = tmp_path / "roster.xlsx"
    assert export_members(store, path, full_ids=True) == 3
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header_index = next(i for i, row in enumerate(rows) if row[0] == "姓名")
    header = rows[header_index]
    by_name = {
        row[0]: dict(zip(header, row, strict=False))
        for row in rows[header_index + 1 :]
        if row[0] in ("张三", "李四", "王五")
    }
    assert by_name["张三"]["困难职工"] == "否" and by_name["李四"]["困难职工"] == "是"
    assert by_name["张三"]["入会日期"] == dt.datetime(2012, 7, 1) and by_name["张三"][
        "出生日期"
    ] == dt.datetime(1990, 3, 7)
    assert by_name["王五"]["入会日期"] is None and by_name["张三"]["月缴费基数"] == 5678
    assert any(row[0] == "合计：3 人，其中女 2 人" for row in rows)
    assert [c.kind for c in export_columns()][:5] == ["text", "text", "date", "text", "id"]
    template = tmp_path / "template.xlsx"
    write_members_template(template)
    book = openpyxl.load_workbook(template)
    texts = [
        cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value
    ]
    assert (
        "表头可以在第一行，也可以在标题行下面；列的顺序不限，不认识的列导入时可指定对应字段或记入备注。"
        in texts
    )


def test_month_only_dates_are_warnings_in_full(make_xlsx) -> None:
    path = make_xlsx([["姓名", "出生日期", "入会日期"], ["张三", "1990.03", "2015.03"]])
    parsed = read_members(path, today=TODAY)
    assert [(p.row, p.column, p.value, p.message, p.severity) for p in parsed.problems] == [
        (2, "入会日期", "2015.03", "只有年月，按当月1日（2015-03-01）记录", "提示"),
        (2, "出生日期", "1990.03", "只有年月，按当月1日（1990-03-01）记录", "提示"),
    ]
    member = parsed.rows[0].record
    assert member is not None and (member.birth_date, member.join_date) == ("1990-03-01", "2015-03-01")


def test_a_conflict_with_the_stored_history_stops_the_import_naming_the_row(make_xlsx, store: Store) -> None:
    import pytest

    from unionclerk.transfer.problems import TransferError

    members = MemberStore(store)
    zhang = zhang_registered(members)
    members.change_status(zhang, "转出", "2020-01-01")
    path = make_xlsx(
        [
            ["姓名", "身份证号", "入会日期"],
            ["李四", WOMAN_1985, "2010-01-01"],
            ["张三", MAN_1990, "2021-01-01"],
        ]
    )
    with pytest.raises(TransferError) as refused:
        import_members(store, read_members(path, today=TODAY))
    assert str(refused.value) == (
        "第3行（张三）：入会日期 2021-01-01 晚于会籍变动“转出”的日期 2020-01-01。导入中止，未写入任何数据。"
    )
    assert members.count(MemberQuery()) == 1 and members.get(zhang).join_date == "2012-07-01"


def test_import_progress_is_reported(make_xlsx, store: Store) -> None:
    seen: list[tuple[int, int]] = []
    path = make_xlsx([["姓名"], *[[f"会员{n}"] for n in range(3)]])
    report = import_members(
        store, read_members(path, today=TODAY), progress=lambda done, total: seen.append((done, total))
    )
    assert report.added == 3 and seen == [(3, 3)]


def test_rename_problems_carry_the_cell_and_severity(make_xlsx, store: Store) -> None:
    zhang_registered(MemberStore(store))
    renamed = make_xlsx([["姓名", "原姓名", "身份证号"], ["王五", "张三", MAN_1990]])
    (warning,) = [
        p for p in checked_against_stored(store, read_members(renamed, today=TODAY)).problems if p.row == 2
    ]
    assert (warning.column, warning.value, warning.severity) == ("姓名", "王五", "提示")
    wrong = make_xlsx([["姓名", "原姓名", "身份证号"], ["王五", "张四", MAN_1990]], name="wrong.xlsx")
    (error,) = [
        p for p in checked_against_stored(store, read_members(wrong, today=TODAY)).problems if p.row == 2
    ]
    assert (error.column, error.value, error.severity, error.message) == (
        "原姓名",
        "张四",
        "错误",
        f"原姓名与身份证号 {MAN_1990} 登记的姓名“张三”不符",
    )
    no_id = make_xlsx([["姓名", "原姓名"], ["王五", "张三"]], name="noid.xlsx")
    assert [
        p for p in checked_against_stored(store, read_members(no_id, today=TODAY)).problems if p.row == 2
    ] == []
