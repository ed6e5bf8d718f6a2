"""Roster queries in detail: filters, every sort with its tie-break, pages, departments, lookups, add_many."""

from __future__ import annotations

import pytest

from unionclerk.core.members import FieldErrors, Member
from unionclerk.store.errors import NotFound
from unionclerk.store.members import LIST_COLUMNS, SORTS, MemberQuery, MemberStore, search_predicate


@pytest.fixture
def roster(members: MemberStore) -> dict[str, int]:
    people = [
        Member(name="赵四", sex="男", department="检验科", phone="13900000001", join_date="2012-01-01"),
        Member(name="王芳", sex="女", department="办公室", phone="13900000002", join_date="2010-01-01"),
        Member(name="李明", sex="男", department="检验科", phone="13900000003", join_date="2011-01-01"),
        Member(name="张三", sex="女", id_number="11010519491231002X", department="", join_date="2013-01-01"),
    ]
    ids = members.add_many([(m, "") for m in people])
    return dict(zip([m.name for m in people], ids, strict=True))


def names(members: MemberStore, query: MemberQuery) -> list[str]:
    return [row[1] for row in members.page(query, 0, 100)]


def test_every_sort_and_direction_with_pinyin_tie_break(members: MemberStore, roster: dict[str, int]) -> None:
    assert names(members, MemberQuery()) == ["李明", "王芳", "张三", "赵四"]
    assert names(members, MemberQuery(sort="department")) == ["张三", "王芳", "李明", "赵四"]
    # Descending applies to the column; equal departments still list names in pinyin order.
    assert names(members, MemberQuery(sort="department", descending=True)) == ["李明", "赵四", "王芳", "张三"]
    assert names(members, MemberQuery(sort="join_date")) == ["王芳", "李明", "赵四", "张三"]
    assert names(members, MemberQuery(sort="join_date", descending=True)) == ["张三", "赵四", "李明", "王芳"]
    assert names(members, MemberQuery(sort="no-such-column")) == ["李明", "王芳", "张三", "赵四"]
    assert names(members, MemberQuery(sort="sex")) == [
        "王芳",
        "张三",
        "李明",
        "赵四",
    ]  # 女 < 男 in code order
    assert set(LIST_COLUMNS) <= set(SORTS)
    assert MemberQuery(sort="phone", descending=True).order_by() == " ORDER BY phone DESC, name_pinyin, id"
    assert MemberQuery().order_by() == " ORDER BY name_pinyin, name, id"


def test_filters_pages_and_counts(members: MemberStore, roster: dict[str, int]) -> None:
    assert names(members, MemberQuery(department="检验科")) == ["李明", "赵四"]
    assert names(members, MemberQuery(ids=(roster["王芳"], roster["张三"]))) == ["王芳", "张三"]
    assert names(members, MemberQuery(ids=())) == []
    members.change_status(roster["赵四"], "转出", "2020-01-01")
    assert names(members, MemberQuery(statuses=("转出",))) == ["赵四"]
    assert names(members, MemberQuery(statuses=("在会", "转出"), department="检验科")) == ["李明", "赵四"]
    assert members.count(MemberQuery(statuses=("在会",))) == 3
    assert [row[1] for row in members.page(MemberQuery(), 1, 2)] == ["王芳", "张三"]
    row = members.page(MemberQuery(text="zhangsan"), 0, 10)[0]
    assert (
        row[0] == roster["张三"]
        and dict(zip(LIST_COLUMNS, row[1:], strict=True))["id_number"] == "11010519491231002X"
    )
    assert members.departments() == ["办公室", "检验科"]
    assert [m.name for m in members.iter_members(MemberQuery(department="办公室"))] == ["王芳"]
    assert len(list(members.iter_members())) == 4


def test_lookups(members: MemberStore, roster: dict[str, int]) -> None:
    assert members.get(roster["王芳"]).department == "办公室"
    with pytest.raises(NotFound, match="没有编号为 999 的会员"):
        members.get(999)
    assert members.find_by_id_number("11010519491231002X").name == "张三"  # type: ignore[union-attr]
    assert members.find_by_id_number("110105194912310021") is None
    namesake = members.add(Member(name="王芳", birth_date="1990-01-01"))
    assert [m.id for m in members.find_by_name("王芳")] == [roster["王芳"], namesake]
    assert [m.id for m in members.find_by_name("王芳", "1990-01-01")] == [namesake]
    assert members.find_by_name("无此人") == []


def test_add_many_refuses_a_batch_with_one_id_twice_and_writes_nothing(members: MemberStore) -> None:
    twice = [
        (Member(name="甲", id_number="11010519491231002X"), ""),
        (Member(name="乙", id_number="11010519491231002X"), ""),
    ]
    with pytest.raises(FieldErrors) as refused:
        members.add_many(twice)
    assert refused.value.errors == {"id_number": "身份证号已登记：甲（未填部门）"}
    assert members.count(MemberQuery()) == 0
    assert members.add_many([]) == []
    with pytest.raises(FieldErrors, match="会籍状态“在职”不在可选范围内"):
        members.add(Member(name="丙", status="在职"))
    with pytest.raises(FieldErrors) as early:
        members.add(Member(name="丁", join_date="2020-01-01", status="转出", status_date="2019-01-01"))
    assert early.value.errors == {"status_date": "状态变更日期 2019-01-01 早于入会日期 2020-01-01"}


def test_search_predicate_words() -> None:
    assert search_predicate("zs")[1] == ["zs", "zt", "zs", "zt"]
    assert search_predicate("ZS")[1][0] == "zs"
    clause, params = search_predicate("1231002x")
    assert params == ["%1231002X%", "%1231002X", "1231002x"] and "card_no = ?" in clause
    assert search_predicate(" 检验_科% ")[1] == ["%检验\\_科\\%%", "%检验\\_科\\%%"]


def test_update_and_delete(members: MemberStore, roster: dict[str, int]) -> None:
    wang = members.get(roster["王芳"])
    wang.phone = "13811112222"
    wang.status = "已故"  # the status is not changed by update
    members.update(wang)
    again = members.get(roster["王芳"])
    assert (again.phone, again.status) == ("13811112222", "在会")
    with pytest.raises(ValueError, match="update"):
        members.update(Member(name="无编号"))
    ghost = Member(name="已删", id=999)
    with pytest.raises(NotFound):
        members.update(ghost)
    other = members.get(roster["李明"])
    other.id_number = "11010519491231002X"
    with pytest.raises(FieldErrors, match="身份证号已登记：张三"):
        members.update(other)
    assert members.references(roster["赵四"]) == {}
    members.delete(roster["赵四"])
    assert members.count(MemberQuery()) == 3 and members.history(roster["赵四"]) == []


def test_moving_the_join_date_keeps_the_history_in_order(members: MemberStore) -> None:
    member_id = members.add(Member(name="王芳", join_date="2010-09-01"))
    members.change_status(member_id, "保留会籍", "2020-06-30", "退休")
    member = members.get(member_id)
    member.join_date = "2009-09-01"
    members.update(member)
    assert [(c.status, c.date) for c in members.history(member_id)] == [
        ("在会", "2009-09-01"),
        ("保留会籍", "2020-06-30"),
    ]
    member.join_date = "2020-06-30"  # the same day as the retirement: allowed
    members.update(member)
    assert [(c.status, c.date) for c in members.history(member_id)] == [
        ("在会", "2020-06-30"),
        ("保留会籍", "2020-06-30"),
    ]
    member.join_date = "2020-07-01"
    with pytest.raises(FieldErrors) as late:
        members.update(member)
    assert late.value.errors == {"join_date": "入会日期 2020-07-01 晚于会籍变动“保留会籍”的日期 2020-06-30"}
    member.join_date = "2009-01-01"
    members.update(member)
    members.change_status(member_id, "已故", "2021-01-01")
    member.join_date = "2020-12-31"
    with pytest.raises(FieldErrors) as earliest:  # named by the earliest later change
        members.update(member)
    assert earliest.value.errors == {
        "join_date": "入会日期 2020-12-31 晚于会籍变动“保留会籍”的日期 2020-06-30"
    }


def test_references_count_every_row_of_every_book(store, members: MemberStore) -> None:
    from unionclerk.store.errors import RecordInUse

    member_id = members.add(Member(name="获奖者"))
    with store.transaction() as conn:
        first = conn.execute(
            "INSERT INTO activities (date, title, category) VALUES ('2026-05-12', '竞赛', '知识竞赛')"
        ).lastrowid
        second = conn.execute(
            "INSERT INTO activities (date, title, category) VALUES ('2026-06-12', '比赛', '知识竞赛')"
        ).lastrowid
        conn.execute("INSERT INTO activity_participants VALUES (?, ?)", (first, member_id))
        conn.execute("INSERT INTO activity_participants VALUES (?, ?)", (second, member_id))
        conn.execute(
            "INSERT INTO activity_awards (activity_id, award, winner_kind, winner_member_id) VALUES (?, '一等奖', 'member', ?)",
            (first, member_id),
        )
    assert members.references(member_id) == {"activity_participants": 2, "activity_awards": 1}
    with pytest.raises(RecordInUse) as refused:
        members.delete(member_id)
    assert (
        str(refused.value)
        == "获奖者已有其他台账记录（3 条），不能删除。如已离开工会，请改为变更会籍状态（转出、退会等）。"
    )
    assert members.get(member_id).name == "获奖者"


def test_search_words_in_detail(members: MemberStore) -> None:
    for name, department in (
        ("张三", "办公室"),
        ("张天", "办公室"),
        ("李_明", "检验%科"),
        ("李某明", "检验科"),
        ("王\\五", "后勤"),
    ):
        members.add(Member(name=name, department=department))
    assert names(members, MemberQuery(text="zs")) == ["张三"]  # not 张天 (zt)
    assert names(members, MemberQuery(text="zhang san")) == ["张三"]
    assert names(members, MemberQuery(text="李_明")) == ["李_明"]  # _ is no wildcard
    assert names(members, MemberQuery(text="%")) == ["李_明"]  # the department 检验%科, literally
    assert names(members, MemberQuery(text="\\")) == ["王\\五"]
    assert names(members, MemberQuery(text="王\\五")) == ["王\\五"]


def test_people_with_one_name_are_listed_by_id(members: MemberStore) -> None:
    first = members.add(Member(name="张三", join_date="2024-03-01"))
    second = members.add(Member(name="张三", join_date="2024-05-01"))
    assert [m.id for m in members.joined_between("2024-01-01", "2024-12-31")] == [first, second]
    members.change_status(second, "转出", "2024-06-01")
    members.change_status(first, "转出", "2024-07-01")
    assert [m.id for m, _, _ in members.left_between("2024-01-01", "2024-12-31")] == [first, second]
