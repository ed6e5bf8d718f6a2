"""Activities and plan workbooks: import with every problem previewed, all or nothing, exports read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from transfer_files import write_workbook

from unionclerk.cli import main
from unionclerk.core.activities import WINNER_TEAM, WINNER_UNIT, Activity, Award
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.transfer.activities import export_activities, import_activities, read_activities
from unionclerk.transfer.plan import export_plan, import_plan, read_plan

ZHANG_A = "11010519491231002X"
ZHANG_B = "110105198001010024"


@pytest.fixture
def roster(members: MemberStore) -> dict[str, int]:
    return {
        "张三A": members.add(
            Member(name="张三", id_number=ZHANG_A, department="检验科", join_date="2010-01-01")
        ),
        "张三B": members.add(
            Member(name="张三", id_number=ZHANG_B, department="办公室", join_date="2010-01-01")
        ),
        "李四": members.add(Member(name="李四", join_date="2010-01-01")),
        "王芳": members.add(Member(name="王芳", join_date="2010-01-01")),
    }


HEADER = [
    "序号",
    "活动日期",
    "活动名称",
    "活动类型",
    "层级",
    "参加人员",
    "身份证号",
    "人次",
    "培训学时",
    "金额",
    "获奖情况",
]


def test_messy_file_previews_every_problem_and_writes_nothing(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    path = write_workbook(
        tmp_path / "a.xlsx",
        [
            ["某某疾控中心工会2026年活动登记表"],
            [],
            HEADER,
            [
                1,
                "2026.5.12",
                "护理知识竞赛",
                "知识竞赛",
                "上级",
                "李四、王芳",
                "",
                "",
                "",
                "300",
                "团体赛/第二名/代表队/县级",
            ],
            [2, "2026-13-01", "坏日期", "文体活动", "", "", "", "", "", "", ""],
            [3, "2026-06-01", "登山", "文体活动", "", "李四，赵六", "", "", "", "", ""],
            [4, "2026-07-01", "培训", "教育培训", "", "张三", "", "", "2", "-5", ""],
            [5, "2026-08-01", "类别错", "跳舞", "", "", "", "", "", "", ""],
            [6, "2026-09-01", "人次少", "文体活动", "", "李四、王芳", "", "1", "", "", ""],
            ["合计：6 项"],
        ],
    )
    parsed = read_activities(path, store)
    problems = {(p.row, p.column): p.message for p in parsed.problems}
    assert len(parsed.rows) == 6
    assert (5, "活动日期") in problems
    assert "花名册中没有会员“赵六”" in problems[(6, "参加人员")]
    assert "有 2 位会员叫“张三”" in problems[(7, "参加人员")]
    assert "不能为负数" in problems[(7, "金额")]
    assert "跳舞" in problems[(8, "活动类型")]
    assert "少于已选参与会员（2人）" in problems[(9, "人次")]
    report = import_activities(store, parsed)
    assert not report.written and ActivityStore(store).list() == []
    assert MemberStore(store).find_by_name("赵六") == []  # never created

    report = import_activities(store, parsed, skip_invalid=True)
    assert report.written and (report.added, report.skipped) == (1, 5)
    saved = ActivityStore(store).get(ActivityStore(store).list()[0].id)
    assert saved.level == "参加上级组织" and saved.cost_fen == 30000 and saved.person_times == 2
    assert [(a.award, a.rank, a.winner_kind, a.winner_text, a.level) for a in saved.awards] == [
        ("团体赛", "第二名", WINNER_TEAM, "代表队", "县级")
    ]


def test_namesake_told_apart_by_id_column(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(
        tmp_path / "a.xlsx",
        [
            HEADER,
            [
                1,
                "2026-07-01",
                "培训",
                "教育培训",
                "",
                "张三、李四",
                ZHANG_B,
                "",
                "2.5",
                "",
                "优秀学员/一等奖/张三/本单位",
            ],
        ],
    )
    report = import_activities(store, read_activities(path, store))
    assert report.written and report.added == 1
    saved = ActivityStore(store).get(ActivityStore(store).list()[0].id)
    assert sorted(saved.participant_ids) == sorted([roster["张三B"], roster["李四"]])
    assert saved.training_tenths == 25 and saved.awards[0].winner_member_id == roster["张三B"]


def test_export_reimport_round_trip_and_dry_run(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    plans = PlanStore(store)
    item = plans.add_item(PlanItem(year=2026, title="职工运动会"))
    acts = ActivityStore(store)
    acts.add(
        Activity(
            date="2026-05-12",
            end_date="2026-05-13",
            title="=职工运动会",  # formula-looking text stays text
            category="文体活动",
            participant_ids=[roster["李四"], roster["王芳"]],
            cost_fen=123456,
            plan_item_id=item,
            awards=[
                Award(award="优秀组织奖", winner_kind=WINNER_UNIT),
                Award(award="拔河", rank="第一名", winner_member_id=roster["李四"]),
            ],
        )
    )
    acts.add(
        Activity(date="2026-03-01", title="消防培训", category="教育培训", headcount=40, training_tenths=20)
    )
    acts.add(Activity(date="2025-03-01", title="去年", category="其他", headcount=9))
    out = tmp_path / "out.xlsx"
    assert export_activities(store, out, year=2026) == 2

    sheet = openpyxl.load_workbook(out).active
    assert "2026年活动台账" in sheet["A1"].value
    assert sheet.print_title_rows == "$3:$3" and sheet.page_setup.paperSize == 9
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert values[0][2] == "消防培训" and values[0][7] == 40
    assert values[1][2] == "=职工运动会" and sheet.cell(row=5, column=3).data_type == "s"
    assert values[1][8] == "李四、王芳" and values[1][10] == pytest.approx(1234.56)
    assert values[-1][0] == "合计：2 项活动，参与 42 人次，培训 2 学时，费用 1,234.56 元"
    formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []

    before = [acts.get(r.id) for r in acts.list()]
    report = import_activities(store, read_activities(out, store), dry_run=True)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2) and not report.written
    report = import_activities(store, read_activities(out, store))
    assert report.unchanged == 2 and [acts.get(r.id) for r in acts.list()] == before


def test_plan_import_export(tmp_path: Path, store: Store) -> None:
    path = write_workbook(
        tmp_path / "p.xlsx",
        [
            ["2027年工作计划"],
            ["序号", "工作项目", "具体措施", "时间安排", "责任人", "完成情况"],
            [1, "职工运动会", "篮球、乒乓球", "第二季度", "王芳", ""],
            [2, "金秋助学", "", "9月", "", "完成"],
            [3, "", "没有标题", "13月", "", "差不多"],
        ],
    )
    with pytest.raises(Exception, match="--year"):
        read_plan(path)
    parsed = read_plan(path, year=2027)
    assert {p.column for p in parsed.problems if p.row == 5} == {"工作项目", "时间安排", "完成情况"}
    assert not import_plan(store, parsed).written and PlanStore(store).items(2027) == []
    report = import_plan(store, parsed, skip_invalid=True)
    assert report.added == 2
    items = PlanStore(store).items(2027)
    assert [(i.position, i.title, i.planned_quarter, i.planned_month, i.status) for i in items] == [
        (1, "职工运动会", 2, None, "未开始"),
        (2, "金秋助学", None, 9, "已完成"),
    ]
    assert import_plan(store, read_plan(path, year=2027), skip_invalid=True).unchanged == 2

    out = tmp_path / "plan.xlsx"
    assert export_plan(store, out, year=2027) == 2
    sheet = openpyxl.load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    headers = rows[0]
    assert "年度" not in headers and "具体内容" in headers and "负责人" in headers
    assert rows[1][:3] == [1, "职工运动会", "篮球、乒乓球"] and rows[2][headers.index("状态")] == "已完成"
    assert rows[-1][0] == "合计：计划 2 项，已完成 1 项"


def test_a_plan_numbered_out_of_order_is_added_by_number_and_reported_in_file_order(
    tmp_path: Path, store: Store
) -> None:
    path = write_workbook(
        tmp_path / "p.xlsx",
        [
            ["序号", "工作项目", "时间安排"],
            [3, "职工运动会", "5月"],
            [1, "金秋助学", "13月"],
            [2, "送温暖", "1月"],
            [4, "", "10月"],
        ],
    )
    parsed = read_plan(path, year=2027)
    assert not parsed.numbered_in_order
    report = import_plan(store, parsed, skip_invalid=True)
    assert report.added == 2 and report.skipped == 2
    assert [p.row for p in report.problems] == [3, 5]
    assert [i.title for i in PlanStore(store).items(2027)] == ["送温暖", "职工运动会"]


def test_cli_verbs(
    tmp_path: Path, roster: dict[str, int], store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()  # the command opens the file itself
    template = tmp_path / "t.xlsx"
    assert main(["export", "template", "activities", "--out", str(template)]) == 0
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["活动台账", "填写说明"] and book.active["A1"].value == "日期"
    bad = write_workbook(
        tmp_path / "bad.xlsx", [HEADER, [1, "2026-06-01", "登山", "文体活动", "", "赵六", "", "", "", "", ""]]
    )
    assert main(["import", "activities", str(bad), "--db", str(db_path)]) == 1
    assert "赵六" in capsys.readouterr().out
    good = write_workbook(
        tmp_path / "good.xlsx",
        [HEADER, [1, "2026-06-01", "登山", "文体活动", "", "李四", "", "", "", "", ""]],
    )
    assert main(["import", "activities", str(good), "--db", str(db_path), "--dry-run"]) == 0
    assert main(["import", "activities", str(good), "--db", str(db_path)]) == 0
    out = tmp_path / "e.xlsx"
    assert main(["export", "activities", "--year", "2026", "--out", str(out), "--db", str(db_path)]) == 0
    assert openpyxl.load_workbook(out).active.cell(row=4, column=3).value == "登山"
    assert main(["export", "template", "plan", "--out", str(tmp_path / "tp.xlsx")]) == 0
    assert main(["import", "plan", str(tmp_path / "tp.xlsx"), "--db", str(db_path)]) == 0
    assert (
        main(["export", "plan", "--year", "2027", "--out", str(tmp_path / "p.xlsx"), "--db", str(db_path)])
        == 0
    )
    with Store.open(db_path) as reopened:
        assert [r.title for r in ActivityStore(reopened).list(ActivityQuery(year=2026))] == ["登山"]
        assert [i.title for i in PlanStore(reopened).items(2027)] == ["举办职工运动会"]


def test_participants_separated_by_spaces_and_padded_names(
    tmp_path: Path, store: Store, members: MemberStore, roster: dict[str, int]
) -> None:
    path = write_workbook(
        tmp_path / "spaces.xlsx",
        [
            HEADER,
            [1, "2026-07-01", "登山", "文体活动", "", "王芳 李四", "", "", "", "", ""],
            [2, "2026-07-02", "座谈", "其他", "", "王  芳、李 四", "", "", "", "", ""],
            [3, "2026-07-03", "讲座", "其他", "", "王芳 赵六", "", "", "", "", ""],
        ],
    )
    parsed = read_activities(path, store)
    assert [(p.row, p.value) for p in parsed.problems] == [(4, "赵六")]
    report = import_activities(store, parsed, skip_invalid=True)
    assert report.added == 2
    activities = ActivityStore(store)
    for row in activities.list():
        assert sorted(activities.get(row.id).participant_ids) == sorted([roster["王芳"], roster["李四"]])


def test_reimport_with_fewer_columns_keeps_other_fields(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    item = PlanStore(store).add_item(PlanItem(year=2026, title="职工运动会"))
    acts = ActivityStore(store)
    activity_id = acts.add(
        Activity(
            date="2026-05-12",
            title="职工运动会",
            category="文体活动",
            participant_ids=[roster["李四"], roster["王芳"]],
            cost_fen=123456,
            plan_item_id=item,
            awards=[Award(award="拔河", rank="第一名", winner_member_id=roster["李四"])],
            notes="原备注",
        )
    )
    path = write_workbook(
        tmp_path / "few.xlsx",
        [["活动日期", "活动名称", "活动类型", "地点"], ["2026-05-12", "职工运动会", "文体活动", "操场"]],
    )
    report = import_activities(store, read_activities(path, store))
    assert report.updated == 1
    after = acts.get(activity_id)
    assert after.location == "操场"
    assert sorted(after.participant_ids) == sorted([roster["李四"], roster["王芳"]])
    assert after.cost_fen == 123456 and after.plan_item_id == item and after.notes == "原备注"
    assert [(a.award, a.winner_member_id) for a in after.awards] == [("拔河", roster["李四"])]


def test_plan_reimport_with_fewer_columns_keeps_other_fields(tmp_path: Path, store: Store) -> None:
    plans = PlanStore(store)
    plans.add_item(
        PlanItem(
            year=2027,
            title="职工运动会",
            details="篮球",
            responsible="王芳",
            status="进行中",
            notes="原备注",
            planned_month=5,
        )
    )
    path = write_workbook(
        tmp_path / "few.xlsx", [["年度", "计划项目", "类别"], [2027, "职工运动会", "文体活动"]]
    )
    assert import_plan(store, read_plan(path)).updated == 1
    (item,) = plans.items(2027)
    assert (item.category, item.details, item.responsible, item.status, item.notes, item.planned_month) == (
        "文体活动",
        "篮球",
        "王芳",
        "进行中",
        "原备注",
        5,
    )


def test_plan_export_reimports_without_year_or_count_in_notes(tmp_path: Path, store: Store) -> None:
    plans = PlanStore(store)
    plans.add_item(PlanItem(year=2027, title="职工运动会", notes="原备注"))
    out = tmp_path / "plan.xlsx"
    export_plan(store, out, year=2027)
    report = import_plan(store, read_plan(out))
    assert report.unchanged == 1 and not report.problems
    assert plans.items(2027)[0].notes == "原备注"


def test_unknown_person_as_award_winner_is_a_problem(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    path = write_workbook(
        tmp_path / "awards.xlsx",
        [
            ["活动日期", "活动名称", "活动类型", "获奖情况"],
            ["2026-05-12", "运动会", "文体活动", "拔河/第一名/赵六/县级"],
            ["2026-05-13", "歌咏比赛", "文体活动", "合唱/第二名/护理部/县级；独唱/第一名/李四/县级"],
            ["2026-05-14", "演讲比赛", "文体活动", "团体/第三名/青年突击队/县级"],
        ],
    )
    parsed = read_activities(path, store)
    problems = [(p.row, p.column, p.message) for p in parsed.problems if p.is_error]
    assert len(problems) == 1 and problems[0][:2] == (2, "获奖情况") and "赵六" in problems[0][2]
    assert not import_activities(store, parsed).written
    report = import_activities(store, parsed, skip_invalid=True)
    assert report.added == 2
    acts = ActivityStore(store)
    awards = {(a.winner_member_id, a.winner_text) for r in acts.list() for a in acts.get(r.id).awards}
    assert awards == {(None, "护理部"), (roster["李四"], "李四"), (None, "青年突击队")}
