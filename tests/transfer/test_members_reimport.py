"""Re-importing a roster: an ID registered under another name is never silently overwritten (a rename needs
原姓名), a namesake with another ID is someone else, fields the file lacks are kept, dates not given stay
unknown, and a roster without an 入会日期 column says what that means."""

from __future__ import annotations

import datetime as dt

from transfer_files import MAN_1990, WOMAN_1985, WOMAN_2001

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer.members import import_members, read_members, with_stored_names_checked

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
    checked = with_stored_names_checked(store, parsed)
    assert (
        with_stored_names_checked(store, checked).problems == checked.problems
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
