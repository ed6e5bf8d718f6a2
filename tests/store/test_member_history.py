"""The status history: unknown dates kept unknown, the current status is the latest DATE (not the last row
entered), back-dated changes refused or recorded in place on request, no repeated entries."""

from __future__ import annotations

import datetime as dt

import pytest

from unionclerk.core.dates import today_iso
from unionclerk.core.members import FieldErrors, Member
from unionclerk.reports.members import member_figures
from unionclerk.store.db import Store
from unionclerk.store.members import BackDatedChange, MemberStore

D = dt.date.fromisoformat


def joined(members: MemberStore, name: str, join: str = "2010-09-01", **extra: object) -> int:
    return members.add(Member(name=name, join_date=join, **extra))  # type: ignore[arg-type]


@pytest.mark.parametrize("status", ["转出", "保留会籍", "已故", "退会"])
def test_a_status_added_without_a_date_is_unknown(store: Store, members: MemberStore, status: str) -> None:
    member_id = joined(members, "甲", status=status)
    member = members.get(member_id)
    assert (member.status, member.status_date) == (status, None)
    history = members.history(member_id)
    assert [(c.status, c.date) for c in history] == [("在会", "2010-09-01"), (status, None)]
    stored = store.conn.execute(
        "SELECT date, date_unknown FROM member_status_history WHERE member_id = ? ORDER BY id", (member_id,)
    ).fetchall()
    assert stored[1][1] == 1 and stored[0] == ("2010-09-01", 0)
    # Not a member at every earlier year end and gone this year: unknown for any period it could fall in.
    year = member_figures(store, D("2024-01-01"), D("2024-12-31"))
    assert (year.start, year.end, year.left_total, year.unknown_status) == (0, 0, 0, (member_id,))
    assert year.unknown_sentence() == "另有 1 人会籍变动日期不详，未计入以上人数"
    before = member_figures(store, D("2009-01-01"), D("2009-12-31"))
    assert (before.start, before.end, before.unknown_status) == (0, 0, ())
    joining_year = member_figures(store, D("2010-01-01"), D("2010-12-31"))
    assert joining_year.unknown_status == (member_id,)  # joined in 2010, may have left in 2010 too
    assert member_figures(store, D("2010-09-01"), D(today_iso())).joined == 1  # the whole span: both known
    assert members.members_on("2024-12-31") == [] and members.left_between("2024-01-01", "2024-12-31") == []


def test_a_later_dated_change_follows_an_unknown_one(store: Store, members: MemberStore) -> None:
    member_id = joined(members, "回来的人", status="转出")
    members.change_status(member_id, "在会", "2024-04-01", "调回")
    member = members.get(member_id)
    assert (member.status, member.status_date) == ("在会", "2024-04-01")
    assert [c.date for c in members.history(member_id)] == ["2010-09-01", None, "2024-04-01"]
    # The transfer was before the return: 2025 is known, 2024 depends on when he left.
    later = member_figures(store, D("2025-01-01"), D("2025-12-31"))
    assert (later.start, later.end, later.unknown_status) == (1, 1, ())
    assert member_figures(store, D("2024-01-01"), D("2024-12-31")).unknown_status == (member_id,)
    # Moving the join date keeps the unknown entry after the joining.
    edited = members.get(member_id)
    edited.join_date = "2012-01-01"
    members.update(edited)
    assert [(c.status, c.date) for c in members.history(member_id)] == [
        ("在会", "2012-01-01"),
        ("转出", None),
        ("在会", "2024-04-01"),
    ]


def test_a_status_change_of_unknown_date_comes_last(members: MemberStore) -> None:
    member_id = joined(members, "乙")
    members.change_status(member_id, "保留会籍", "2020-06-30", "退休")
    members.change_status(member_id, "已故", None)
    member = members.get(member_id)
    assert (member.status, member.status_date) == ("已故", None)
    assert [(c.status, c.date) for c in members.history(member_id)][-1] == ("已故", None)


def test_the_current_status_is_the_latest_date_not_the_last_entered(
    store: Store, members: MemberStore
) -> None:
    member_id = joined(members, "丙")
    members.change_status(member_id, "转出", "2025-01-01", "调动")
    with pytest.raises(BackDatedChange) as refused:
        members.change_status(member_id, "保留会籍", "2020-06-30", "退休")
    assert "2025-01-01" in str(refused.value) and "转出" in str(refused.value)
    assert "不会成为当前状态" in refused.value.errors["date"]
    assert len(members.history(member_id)) == 2  # nothing written

    members.change_status(member_id, "保留会籍", "2020-06-30", "退休", back_dated=True)
    member = members.get(member_id)
    assert (member.status, member.status_date) == ("转出", "2025-01-01")  # entered last, dated earlier
    assert [(c.status, c.date) for c in members.history(member_id)] == [
        ("在会", "2010-09-01"),
        ("保留会籍", "2020-06-30"),
        ("转出", "2025-01-01"),
    ]
    assert [m.name for m in members.members_on("2021-01-01", ("保留会籍",))] == ["丙"]
    assert [m.name for m in members.retired_between("2020-01-01", "2020-12-31")] == ["丙"]
    year = member_figures(store, D("2025-01-01"), D("2025-12-31"))
    assert (year.start, year.retirees, year.left) == (0, 0, dict.fromkeys(year.left, 0))


def test_repeated_entries_are_refused(members: MemberStore) -> None:
    member_id = joined(members, "丁")
    members.change_status(member_id, "转出", "2024-01-01")
    with pytest.raises(FieldErrors, match="已经是“转出”"):
        members.change_status(member_id, "转出", "2024-01-01")
    with pytest.raises(FieldErrors, match="已经是“转出”"):
        members.change_status(member_id, "转出", "2024-06-01")
    with pytest.raises(FieldErrors, match="已经是“在会”"):
        members.change_status(member_id, "在会", "2020-01-01", back_dated=True)
    with pytest.raises(FieldErrors, match="其后 2024-01-01 已记有“转出”"):
        members.change_status(member_id, "转出", "2023-01-01", back_dated=True)
    assert len(members.history(member_id)) == 2
    # The same day twice in a row is a correction of the day's status, and allowed once.
    members.change_status(member_id, "退会", "2024-01-01", "更正")
    assert members.get(member_id).status == "退会"
    assert [c.status for c in members.history(member_id)] == ["在会", "转出", "退会"]


def test_every_refusal_of_a_status_change_in_full(members: MemberStore) -> None:
    member_id = joined(members, "戊")
    members.change_status(member_id, "转出", "2024-01-01")

    def refusal(status: str, date: str | None, **kwargs: bool) -> dict[str, str]:
        with pytest.raises(FieldErrors) as refused:
            members.change_status(member_id, status, date, **kwargs)
        return refused.value.errors

    assert refusal("在职", "2024-02-01") == {"status": "会籍状态“在职”不在可选范围内"}
    assert refusal("退会", "2024-2-1") == {"date": "日期“2024-2-1”无效，应写成 2026-03-01"}
    assert refusal("退会", "2024-02-30") == {"date": "日期“2024-02-30”无效，应写成 2026-03-01"}
    assert refusal("退会", "9999-01-01") == {"date": "变更日期不能晚于今天"}
    assert refusal("退会", "2010-08-31") == {"date": "变更日期不能早于入会日期 2010-09-01"}
    assert refusal("转出", "2024-06-01") == {"status": "戊的状态已经是“转出”"}
    assert refusal("在会", "2020-01-01", back_dated=True) == {
        "status": "2020-01-01 时戊的状态已经是“在会”，不必重复记录"
    }
    assert refusal("转出", "2023-01-01", back_dated=True) == {
        "status": "其后 2024-01-01 已记有“转出”，不必重复记录；如日期有误请先更正"
    }
    assert refusal("保留会籍", "2020-01-01") == {
        "date": "2020-01-01 之后已有“转出”（2024-01-01），这一变更记入历史后不会成为当前状态（仍为“转出”）"
    }
    members.change_status(member_id, "退会", "2010-09-01", back_dated=True)  # on the join date itself
    history = members.history(member_id)
    assert [(c.status, c.date) for c in history] == [
        ("在会", "2010-09-01"),
        ("退会", "2010-09-01"),
        ("转出", "2024-01-01"),
    ]
    assert [c.member_id for c in history] == [member_id] * 3
    assert history[0].id is not None and history[0].id < (history[2].id or 0) < (history[1].id or 0)


def test_an_unknown_date_is_shown_as_such_in_a_refusal(members: MemberStore) -> None:
    member_id = joined(members, "己")
    members.change_status(member_id, "保留会籍", "2015-01-01", "退休")
    members.change_status(member_id, "转出", None)
    with pytest.raises(FieldErrors) as refused:
        members.change_status(member_id, "退会", "2012-01-01")
    assert refused.value.errors == {
        "date": "2012-01-01 之后已有“转出”（日期不详），这一变更记入历史后不会成为当前状态（仍为“转出”）"
    }
