"""The roster store: search predicates, status history, the period questions, and refused deletes."""

from __future__ import annotations

import pytest

from unionclerk.core.dates import today_iso
from unionclerk.core.members import MEMBER_STATUSES, FieldErrors, Member, validate_member
from unionclerk.store.db import Store
from unionclerk.store.errors import RecordInUse
from unionclerk.store.members import MemberQuery, MemberStore


def add(members: MemberStore, name: str, **form: str) -> int:
    form.setdefault("join_date", "2015-03-01")
    return members.add(validate_member({"name": name, **form}))


def names(members: MemberStore, query: MemberQuery) -> list[str]:
    return [row[1] for row in members.page(query, 0, 100)]


@pytest.fixture
def roster(members: MemberStore) -> MemberStore:
    add(members, "张三", id_number="11010519491231002X", phone="13812345678", department="办公室")
    add(members, "张珊珊", phone="13900001111", department="检验科")
    add(members, "赵四", phone="0871-6543210", department="检验科")
    add(members, "李明", department="疾病预防控制科")
    add(members, "欧阳娜娜", department="办公室")
    return members


def test_search_by_pinyin_initials(roster: MemberStore) -> None:
    assert names(roster, MemberQuery(text="zs")) == ["张三", "张珊珊", "赵四"]
    assert names(roster, MemberQuery(text="zss")) == ["张珊珊"]
    assert names(roster, MemberQuery(text="ZS")) == ["张三", "张珊珊", "赵四"]


def test_search_by_full_pinyin_prefix(roster: MemberStore) -> None:
    assert names(roster, MemberQuery(text="zhangsan")) == ["张三"]
    assert names(roster, MemberQuery(text="zhangs")) == ["张三", "张珊珊"]
    assert names(roster, MemberQuery(text="zhangshan")) == ["张珊珊"]
    assert names(roster, MemberQuery(text="ouyang")) == ["欧阳娜娜"]


def test_search_by_phone_and_id_suffix(roster: MemberStore) -> None:
    assert names(roster, MemberQuery(text="0000111")) == ["张珊珊"]
    assert names(roster, MemberQuery(text="6543210")) == ["赵四"]
    # the last characters of the ID, with a lower-case x as clerks type it
    assert names(roster, MemberQuery(text="002x")) == ["张三"]
    assert names(roster, MemberQuery(text="1231002X")) == ["张三"]
    # digits from the middle of an ID (the birth date) are not an ID-suffix match
    assert names(roster, MemberQuery(text="19491231")) == []


def test_search_by_name_and_department(roster: MemberStore) -> None:
    assert names(roster, MemberQuery(text="检验")) == ["张珊珊", "赵四"]
    assert names(roster, MemberQuery(text="李")) == ["李明"]
    assert names(roster, MemberQuery(department="办公室")) == ["欧阳娜娜", "张三"]
    assert roster.count(MemberQuery(text="zs", department="检验科")) == 2


def test_search_text_with_like_wildcards_is_literal(roster: MemberStore) -> None:
    assert names(roster, MemberQuery(text="%")) == []
    assert names(roster, MemberQuery(text="_")) == []


def test_sort_by_name_is_pinyin_order_both_ways(roster: MemberStore) -> None:
    expected = ["李明", "欧阳娜娜", "张三", "张珊珊", "赵四"]
    assert names(roster, MemberQuery(sort="name")) == expected
    assert names(roster, MemberQuery(sort="name", descending=True)) == expected[::-1]


def test_status_history_is_kept_not_overwritten(members: MemberStore) -> None:
    member_id = add(members, "王芳", join_date="2010-09-01")
    members.change_status(member_id, "保留会籍", "2020-06-30", "退休")
    members.change_status(member_id, "在会", "2021-01-01", "返聘")
    history = [(c.status, c.date, c.reason) for c in members.history(member_id)]
    assert history == [
        ("在会", "2010-09-01", "入会"),
        ("保留会籍", "2020-06-30", "退休"),
        ("在会", "2021-01-01", "返聘"),
    ]
    member = members.get(member_id)
    assert (member.status, member.status_date) == ("在会", "2021-01-01")


def test_change_status_refuses_bad_dates_and_same_status(members: MemberStore) -> None:
    member_id = add(members, "王芳", join_date="2010-09-01")
    with pytest.raises(FieldErrors) as before_join:
        members.change_status(member_id, "转出", "2009-01-01")
    assert "入会日期" in before_join.value.errors["date"]
    with pytest.raises(FieldErrors) as future:
        members.change_status(member_id, "转出", "2999-01-01")
    assert "date" in future.value.errors
    with pytest.raises(FieldErrors) as same:
        members.change_status(member_id, "在会", today_iso())
    assert "在会" in same.value.errors["status"]
    assert len(members.history(member_id)) == 1


def test_members_on_joined_between_retired_between(members: MemberStore) -> None:
    old = add(members, "老会员", join_date="2000-01-01")
    retiree = add(members, "退休者", join_date="2001-01-01")
    leaver = add(members, "调走者", join_date="2002-01-01")
    add(members, "新会员", join_date="2024-03-15")
    members.change_status(retiree, "保留会籍", "2024-06-30", "退休")
    members.change_status(leaver, "转出", "2024-08-01", "调动")

    def on(date: str) -> set[str]:
        return {m.name for m in members.members_on(date)}

    assert on("2023-12-31") == {"老会员", "退休者", "调走者"}
    # in service only; retired members keep their membership (保留会籍) and are asked for apart
    assert on("2024-12-31") == {"老会员", "新会员"}
    assert {m.name for m in members.members_on("2024-12-31", MEMBER_STATUSES)} == {
        "老会员",
        "退休者",
        "新会员",
    }
    assert [m.name for m in members.members_on("2024-12-31", ("保留会籍",))] == ["退休者"]
    assert on("1999-12-31") == set()
    assert [m.name for m in members.joined_between("2024-01-01", "2024-12-31")] == ["新会员"]
    assert [m.name for m in members.retired_between("2024-01-01", "2024-12-31")] == ["退休者"]
    assert members.retired_between("2023-01-01", "2023-12-31") == []
    left = members.left_between("2024-01-01", "2024-12-31")
    assert [(m.name, status, reason) for m, status, reason in left] == [
        ("调走者", "转出", "调动"),
        ("退休者", "保留会籍", "退休"),
    ]
    assert old in {m.id for m in members.members_on("2024-12-31")}


def test_a_correction_and_a_rejoining_count_once_by_person(members: MemberStore) -> None:
    corrected = add(members, "更正者", join_date="2015-01-01")
    members.change_status(corrected, "转出", "2024-02-01")
    members.change_status(corrected, "退会", "2024-03-01", "更正")
    back = add(members, "回来者", join_date="2015-01-01")
    members.change_status(back, "转出", "2023-05-01")
    members.change_status(back, "在会", "2024-04-01", "调回")
    assert [(m.name, s, r) for m, s, r in members.left_between("2024-01-01", "2024-12-31")] == [
        ("更正者", "退会", "更正")
    ]
    assert [m.name for m in members.joined_between("2024-01-01", "2024-12-31")] == ["回来者"]
    assert members.joined_between("2023-01-01", "2023-12-31") == []


def test_duplicate_id_number_is_refused(members: MemberStore) -> None:
    add(members, "张三", id_number="11010519491231002X", department="办公室")
    with pytest.raises(FieldErrors) as refused:
        add(members, "张三丰", id_number="11010519491231002x")
    assert "张三" in refused.value.errors["id_number"]
    assert members.count(MemberQuery()) == 1


def test_counts_members_women_hardship(members: MemberStore) -> None:
    add(members, "甲", id_number="11010519491231002X", hardship="1", hardship_type="因病")
    add(members, "乙", sex="男")
    gone = add(members, "丙", sex="女")
    assert members.counts() == {"members": 3, "retirees": 0, "women": 2, "hardship": 1}
    members.change_status(gone, "退会", "2024-01-01", "本人申请")
    assert members.counts() == {"members": 2, "retirees": 0, "women": 1, "hardship": 1}
    retired = add(members, "丁", sex="女", hardship="1")
    members.change_status(retired, "保留会籍", "2024-01-01", "退休")
    assert members.counts() == {"members": 2, "retirees": 1, "women": 1, "hardship": 1}


def test_delete_is_refused_when_another_table_refers_to_the_member(
    store: Store, members: MemberStore
) -> None:
    keep = add(members, "有记录", join_date="2010-01-01")
    mistake = add(members, "误录", join_date="2010-01-01")
    with store.transaction() as conn:
        conn.execute(
            "CREATE TABLE test_visits (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), note TEXT)"
        )
        conn.execute("INSERT INTO test_visits (member_id, note) VALUES (?, '住院慰问')", (keep,))
    with pytest.raises(RecordInUse) as refused:
        members.delete(keep)
    assert "有记录" in str(refused.value)
    assert "变更会籍状态" in str(refused.value)
    assert members.get(keep).name == "有记录"

    members.delete(mistake)
    assert {m.name for m in members.iter_members()} == {"有记录"}
    assert members.history(mistake) == []


def test_update_keeps_status_and_moves_join_history(members: MemberStore) -> None:
    member_id = add(members, "王芳", join_date="2010-09-01")
    members.change_status(member_id, "保留会籍", "2020-06-30", "退休")
    edited = validate_member({"name": "王芳", "join_date": "2009-09-01", "department": "办公室"})
    edited.id = member_id
    members.update(edited)
    member: Member = members.get(member_id)
    assert (member.department, member.status) == ("办公室", "保留会籍")
    assert members.history(member_id)[0].date == "2009-09-01"


def test_a_member_without_join_date_is_unknown_until_a_dated_entry_or_the_day_recorded(
    members: MemberStore,
) -> None:
    from unionclerk.core.members import JOIN_DATE_UNKNOWN

    old_hand = members.add(Member(name="老会员", birth_date="1970-05-05"))
    assert members.get(old_hand).join_date is None
    assert members.members_on("1970-05-04") == []  # never a member before birth
    assert members.members_on("2000-01-01") == []  # unknown: not counted as a member
    assert [m.name for m in members.members_on(today_iso())] == ["老会员"]  # a member when recorded
    assert members.joined_between("2000-01-01", "2000-12-31") == []
    history = members.history(old_hand)
    assert [c.date for c in history] == [JOIN_DATE_UNKNOWN]
    members.change_status(old_hand, "转出", "2026-03-01", "调动")
    # The joining may have been any day up to the transfer: before it unknown, from it on known gone.
    assert members.members_on("2026-02-28") == []
    assert members.members_on("2026-03-01") == []
    assert members.left_between("2026-03-01", "2026-12-31") == []  # unknown whether in service on 02-28
    assert [m.name for m, _, _ in members.left_between("1970-01-01", "2026-12-31")] == ["老会员"]

    # Learning the real join date later moves the joining entry; forgetting it moves it back.
    member = members.get(old_hand)
    member.join_date = "2019-05-01"
    members.update(member)
    assert [m.name for m in members.joined_between("2019-01-01", "2019-12-31")] == ["老会员"]
    member.join_date = None
    members.update(member)
    assert members.joined_between("2019-01-01", "2019-12-31") == []
