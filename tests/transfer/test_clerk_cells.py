"""Cells and headers as clerks really write them: read what can be read, say how, refuse only what cannot be.

Each case builds its file, checks the message, and checks that a refused import leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from transfer_files import MAN_1990, WOMAN_1985, write_workbook

from unionclerk.core.activities import ORGANISED_ABOVE, ORGANISED_HERE, WINNER_MEMBER, WINNER_UNIT
from unionclerk.core.idcard import check_char
from unionclerk.core.members import Member
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.transfer.activities import import_activities, read_activities
from unionclerk.transfer.members import import_members, read_members
from unionclerk.transfer.plan import import_plan, read_plan


@pytest.fixture
def roster(members: MemberStore) -> dict[str, int]:
    return {
        name: members.add(Member(name=name, join_date="2010-01-01", sex="女"))
        for name in ("李四", "王芳", "赵敏")
    }


def _activities(store: Store) -> list:
    acts = ActivityStore(store)
    return [acts.get(row.id) for row in reversed(acts.list())]


def _warnings(parsed_or_report) -> dict[tuple[int | None, str], str]:  # type: ignore[no-untyped-def]
    return {(p.row, p.column): p.message for p in parsed_or_report.problems if not p.is_error}


def test_free_text_awards_are_read_not_refused(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(
        tmp_path / "a.xlsx",
        [
            ["日期", "活动名称", "类别", "参与人次", "获奖情况"],
            ["2026-05-12", "拔河比赛", "文体活动", 20, "团体第二名"],
            ["2026-05-13", "技能比武", "劳动竞赛/技能比武", 8, "3名职工获奖励"],
            ["2026-05-14", "演讲比赛", "文体活动", 5, "县级二等奖；李四获市级优秀奖"],
        ],
    )
    parsed = read_activities(path, store)
    assert not [p for p in parsed.problems if p.is_error]
    warnings = _warnings(parsed)
    assert "按本单位获奖记录" in warnings[(2, "获奖情况")] and "第二名" in warnings[(2, "获奖情况")]
    assert "不是“奖项/名次/获奖者/级别”的写法" in warnings[(3, "获奖情况")]
    report = import_activities(store, parsed)
    assert report.written and report.added == 3
    first, second, third = _activities(store)
    assert [(a.award, a.rank, a.winner_kind, a.level) for a in first.awards] == [
        ("团体第二名", "第二名", WINNER_UNIT, "")
    ]
    assert [(a.award, a.winner_kind) for a in second.awards] == [("3名职工获奖励", WINNER_UNIT)]
    assert [(a.award, a.rank, a.winner_kind, a.winner_member_id, a.level) for a in third.awards] == [
        ("县级二等奖", "二等奖", WINNER_UNIT, None, "县级"),
        ("李四获市级优秀奖", "优秀奖", WINNER_MEMBER, roster["李四"], "市级"),
    ]


def test_level_column_recognised_by_its_values(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(
        tmp_path / "a.xlsx",
        [
            ["开展于", "活动名称", "类别", "级别", "参与会员", "证件"],
            ["2026-05-12", "读书会", "文体活动", "本单位组织", "李四", "县级"],
            ["2026-06-01", "疗休养", "参观学习/疗休养", "参加上级组织", "王芳", "市级"],
        ],
    )
    parsed = read_activities(path, store)
    warnings = _warnings(parsed)
    assert "当作“组织层级”导入" in warnings[(1, "级别")]
    assert "当作“日期”导入" in warnings[(1, "开展于")]  # no 日期 header: the column of dates is the date
    assert parsed.unknown_headers == ["证件"]  # 县级/市级 fit nothing: kept in 备注 as before
    assert import_activities(store, parsed).written
    first, second = _activities(store)
    assert (first.date, first.level, second.level) == ("2026-05-12", ORGANISED_HERE, ORGANISED_ABOVE)
    assert "级别" not in first.notes and first.notes == "证件：县级"


def test_roster_id_column_under_an_unknown_header(tmp_path: Path, store: Store) -> None:
    path = write_workbook(tmp_path / "r.xlsx", [["姓名", "部门", "证号"], ["张三", "办公室", MAN_1990]])
    parsed = read_members(path)
    assert "当作“身份证号”导入" in _warnings(parsed)[(1, "证号")]
    assert import_members(store, parsed).written
    assert MemberStore(store).find_by_id_number(MAN_1990).name == "张三"  # type: ignore[union-attr]


@pytest.mark.parametrize("heading", ["工作事项", "工作任务", "重点工作"])
def test_plan_item_headers_and_number_order(tmp_path: Path, store: Store, heading: str) -> None:
    path = write_workbook(
        tmp_path / "p.xlsx",
        [
            ["2027年工会工作计划"],
            ["序号", heading, "责任人"],
            [3, "金秋助学", "王芳"],
            [1, "职工运动会", "李四"],
            [2, "读书活动", ""],
        ],
    )
    report = import_plan(store, read_plan(path, year=2027))
    assert report.written and report.added == 3
    assert [(i.position, i.title) for i in PlanStore(store).items(2027)] == [
        (1, "职工运动会"),
        (2, "读书活动"),
        (3, "金秋助学"),
    ]


def test_a_year_in_a_number_cell_is_a_year(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(tmp_path / "r.xlsx", [["姓名", "入会时间"], ["张三", 2019], ["李五", "2015年"]])
    parsed = read_members(path)
    warnings = _warnings(parsed)
    assert "只有年份（2019年），按当年1月1日（2019-01-01）记录" in warnings[(2, "入会时间")]
    assert import_members(store, parsed).written
    assert MemberStore(store).find_by_name("张三")[0].join_date == "2019-01-01"  # not 1905-07-11
    assert MemberStore(store).find_by_name("李五")[0].join_date == "2015-01-01"

    before = _activities(store)
    bad = write_workbook(tmp_path / "a.xlsx", [["日期", "活动名称", "类别"], [2026, "联欢会", "文体活动"]])
    refused = read_activities(bad, store)
    assert [(p.row, p.column, p.message) for p in refused.problems if p.is_error] == [
        (2, "日期", "只有年份，请写明哪一天")
    ]
    assert not import_activities(store, refused).written and _activities(store) == before


def test_no_headcount_and_no_names_is_said(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(
        tmp_path / "a.xlsx",
        [["日期", "活动名称", "类别", "参与人次"], ["2026-05-12", "读书会", "文体活动", None]],
    )
    parsed = read_activities(path, store)
    assert "按 0 人次导入" in _warnings(parsed)[(2, "参与人次")]
    assert import_activities(store, parsed).written
    assert _activities(store)[0].person_times == 0


def test_repeated_columns_are_warned_in_every_book(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    activities = write_workbook(
        tmp_path / "a.xlsx",
        [
            ["日期", "活动名称", "类别", "参与会员", "费用", "参与会员", "费用"],
            ["2026-05-12", "读书会", "文体活动", "李四", 100, "王芳", 200],
        ],
    )
    parsed = read_activities(activities, store)
    warnings = _warnings(parsed)
    assert "与第4列“参与会员”是同一字段" in warnings[(1, "参与会员")]
    assert "与第5列“费用”是同一字段" in warnings[(1, "费用")] and "记入备注" in warnings[(1, "费用")]
    plan = write_workbook(tmp_path / "p.xlsx", [["计划项目", "负责人", "负责人"], ["运动会", "王芳", "李四"]])
    assert "是同一字段（负责人）" in _warnings(read_plan(plan, year=2027))[(1, "负责人")]
    roster_file = write_workbook(
        tmp_path / "r.xlsx", [["姓名", "部门", "科室"], ["张三", "办公室", "检验科"]]
    )
    assert "是同一字段（部门）" in _warnings(read_members(roster_file))[(1, "科室")]


def test_two_row_header_is_read_as_one(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(
        tmp_path / "a.xlsx",
        [
            ["某某单位工会活动台账"],
            ["日期", "活动名称", "类别", "参与情况", None, "备注"],
            [None, None, None, "人次", "参与会员", None],
            ["2026-05-12", "读书会", "文体活动", 12, "李四、王芳", "好"],
            ["2026-06-12", "登山", "文体活动", 30, "赵敏", ""],
        ],
        merge="D2:E2",
    )
    parsed = read_activities(path, store)
    assert not [p for p in parsed.problems if p.is_error]
    assert "两行表头" in _warnings(parsed)[(2, "")]
    assert import_activities(store, parsed).written
    first, second = _activities(store)
    assert (first.headcount, sorted(first.participant_ids), first.notes) == (
        12,
        sorted([roster["李四"], roster["王芳"]]),
        "好",
    )
    assert second.person_times == 30

    merged_roster = write_workbook(
        tmp_path / "r.xlsx",
        [
            ["姓名", "性别", "联系方式", None],
            [None, None, "手机", "办公电话"],
            ["张三", "男", "13800138000", "0871-1234567"],
        ],
        merge="C1:D1",
    )
    # Sub-headers that name more fields than the row above them still join it (the best row is the lower one).
    lower_best = write_workbook(
        tmp_path / "v.xlsx",
        [
            ["花名册"],
            ["姓名", "基本情况", None, None, "备注"],
            [None, "性别", "出生日期", "部门", None],
            ["李四", "女", dt.datetime(1985, 11, 20), "检验科", "新调入"],
        ],
        merge="B2:D2",
    )
    sub = read_members(lower_best)
    assert sub.header.headers == ["姓名", "性别", "出生日期", "部门", "备注"]
    assert (sub.header.row_number, sub.header.header_rows) == (2, 2)
    record = sub.rows[0].record
    assert sub.rows[0].ok and record is not None
    assert (record.sex, record.birth_date, record.department, record.notes) == (
        "女",
        "1985-11-20",
        "检验科",
        "新调入",
    )

    members = read_members(merged_roster)
    assert len(members.rows) == 1 and members.rows[0].ok
    assert members.rows[0].record.phone == "13800138000"  # type: ignore[union-attr]
    assert "联系方式·办公电话：0871-1234567" in members.rows[0].record.notes  # type: ignore[union-attr]


def _other_id(born: str, sequence: int) -> str:
    first17 = f"110105{born}{sequence:03d}"
    return first17 + check_char(first17)


def test_namesake_with_same_birth_and_another_id_is_warned(tmp_path: Path, store: Store) -> None:
    members = MemberStore(store)
    members.add(
        Member(
            name="张三",
            id_number=MAN_1990,
            birth_date="1990-03-07",
            sex="男",
            department="办公室",
            join_date="2015-01-01",
        )
    )
    other = _other_id("19900307", 457)
    path = write_workbook(
        tmp_path / "r.xlsx",
        [["姓名", "身份证号", "部门"], ["张三", other, "检验科"], ["李四", WOMAN_1985, ""]],
    )
    report = import_members(store, read_members(path))
    assert report.written and report.added == 2
    message = _warnings(report)[(2, "身份证号")]
    assert MAN_1990 in message and "办公室" in message and "同名、同出生日期" in message
    assert len(members.find_by_name("张三")) == 2
    assert members.count(MemberQuery()) == 3
