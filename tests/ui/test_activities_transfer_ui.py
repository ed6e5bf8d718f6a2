"""导入…/导出…/下载模板 on the 活动 and 计划 tabs, and the main window refreshing one book after a write in another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.driving import click, pick_file, save_as, type_text, workbook
from unionclerk.core.activities import Activity
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.activities_tab import ActivitiesTab
from unionclerk.ui.dialogs.import_dialog import ImportDialog
from unionclerk.ui.dialogs.member_dialog import MemberDialog
from unionclerk.ui.main_window import MainWindow
from unionclerk.ui.models.activities_model import ActivitiesModel
from unionclerk.ui.models.plan_model import PlanModel
from unionclerk.ui.plan_tab import PlanTab

YEAR = dt.date.today().year  # the year both tabs show when they open


def titles(tab: ActivitiesTab) -> list[str]:
    model = tab.model
    return sorted(model.data(model.index(row, ActivitiesModel.TITLE)) for row in range(model.rowCount()))


def sheet_text(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path).active
    return [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]


def open_checked_import(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: ActivitiesTab | PlanTab, path: Path
) -> ImportDialog:
    """导入… on the tab with `path` picked; returns the import dialog once the file is read and checked."""
    pick_file(monkeypatch, path)
    tab.import_action.trigger()
    dialog = tab.transfer_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.parsed is not None, timeout=10000)
    return dialog


@pytest.fixture
def people(members: MemberStore) -> dict[str, int]:
    return {
        name: members.add(Member(name=name, department="检验科", join_date="2015-01-01"))
        for name in ("张三", "李四", "王芳")
    }


HEADER = ["日期", "活动名称", "类别", "参与会员", "学时", "费用", "落实计划项"]


# -- the activities tab -------------------------------------------------------------------------


def test_import_activities_workbook_fills_the_table_and_totals(
    qtbot: QtBot,
    store: Store,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    path = workbook(
        tmp_path / "活动.xlsx",
        [
            ["某中心工会活动台账"],
            HEADER,
            [f"{YEAR}-03-10", "消防安全培训", "教育培训", "张三、李四", 2, 200, None],
            [f"{YEAR}-05-01", "职工运动会", "文体活动", "张三，王芳；李四", None, 1500.5, None],
        ],
    )
    tab = ActivitiesTab(store)
    qtbot.addWidget(tab)
    assert titles(tab) == []
    assert tab.totals_label.text() == "显示 0 项活动，参与 0 人次，培训 0 学时，费用 0.00 元"

    dialog = open_checked_import(qtbot, monkeypatch, tab, path)
    assert dialog.windowTitle() == "导入活动台账"
    assert dialog.problems_table.rowCount() == 0
    assert "2 行可以导入" in dialog.summary_label.text()
    with qtbot.waitSignal(tab.activitiesChanged):
        click(qtbot, dialog.import_button)

    assert titles(tab) == ["消防安全培训", "职工运动会"]
    assert tab.totals_label.text() == "显示 2 项活动，参与 5 人次，培训 2 学时，费用 1,700.50 元"
    assert "新增 2" in boxes[-1]
    training = ActivityStore(store).list(ActivityQuery(text="消防"))[0]
    assert sorted(ActivityStore(store).participant_names(training.id)) == sorted(["张三", "李四"])


def test_unknown_participant_is_shown_and_nothing_is_written(
    qtbot: QtBot,
    store: Store,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    path = workbook(
        tmp_path / "活动.xlsx",
        [
            HEADER,
            [f"{YEAR}-03-10", "消防安全培训", "教育培训", "张三、李四", 2, 200, None],
            [f"{YEAR}-04-02", "护理知识竞赛", "知识竞赛", "王芳、王五", None, None, None],
        ],
    )
    tab = ActivitiesTab(store)
    qtbot.addWidget(tab)
    dialog = open_checked_import(qtbot, monkeypatch, tab, path)

    problems = [
        [dialog.problems_table.item(r, c).text() for c in range(5)]
        for r in range(dialog.problems_table.rowCount())
    ]
    assert len(problems) == 1
    row, column, _value, why, severity = problems[0]
    assert (row, column, severity) == ("3", "参与会员", "错误")
    assert "王五" in why and "不会新建会员" in why
    # All or nothing is the default: with an error there is nothing to import.
    assert not dialog.import_button.isEnabled()
    dialog.reject()

    assert ActivityStore(store).list(ActivityQuery()) == []
    assert [m.name for m in MemberStore(store).find_by_name("王五")] == []
    assert titles(tab) == []


def test_a_long_activities_file_is_checked_in_the_reading_thread_as_it_streams(
    qtbot: QtBot,
    store: Store,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    """Like `import activities`: the names, categories and plan items are read in the window's thread first,
    the file is read and checked in the reading thread (which cannot use the data file's connection) without
    keeping its rows, and the import writes what was checked."""
    plan_item = PlanStore(store).add_item(PlanItem(year=YEAR, title="职工运动会"))
    count = 420  # more rows than a streamed sheet keeps in memory (reading.HEAD_ROWS)
    rows: list[list[object]] = [HEADER]
    for number in range(1, count + 1):
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=number % 300)
        plan = "1" if number % 2 else "职工运动会"
        rows.append([day.isoformat(), f"第{number}次活动", "文体活动", "张三、王芳", None, 10, plan])
    rows.append([f"{YEAR}-12-30", "年终联欢", "文体活动", "张三、赵六", None, None, None])  # row 422
    path = workbook(tmp_path / "活动.xlsx", rows)
    tab = ActivitiesTab(store)
    qtbot.addWidget(tab)
    dialog = open_checked_import(qtbot, monkeypatch, tab, path)

    parsed = dialog.parsed
    assert parsed.table.more is not None  # streamed: the rows below the head were not kept by the reader
    assert (parsed.row_count, parsed.valid_count) == (count + 1, count)
    problems = [
        [dialog.problems_table.item(r, c).text() for c in range(5)]
        for r in range(dialog.problems_table.rowCount())
    ]
    assert [p[:2] + p[4:] for p in problems] == [["422", "参与会员", "错误"]]
    assert "赵六" in problems[0][3]
    assert (
        f"读取 {count + 1} 行（表头在第 1 行）：{count} 行可以导入，1 行有错误" in dialog.summary_label.text()
    )
    assert not dialog.import_button.isEnabled()  # all or nothing
    dialog.valid_radio.setChecked(True)
    save_as(monkeypatch, tmp_path / "错误行.xlsx")  # the refused row is offered to be saved after the import
    with qtbot.waitSignal(tab.activitiesChanged):
        click(qtbot, dialog.import_button)

    acts = ActivityStore(store)
    stored = acts.list(ActivityQuery(year=YEAR))
    assert len(stored) == count and "年终联欢" not in {a.title for a in stored}
    assert {acts.get(a.id).plan_item_id for a in stored} == {plan_item}
    assert sorted(acts.participant_names(stored[0].id)) == sorted(["张三", "王芳"])
    assert any("年终联欢" in cell for cell in sheet_text(tmp_path / "错误行.xlsx"))


def test_export_activities_of_the_year_shown(
    qtbot: QtBot,
    store: Store,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    acts = ActivityStore(store)
    acts.add(
        Activity(date=f"{YEAR}-01-01", title="元旦游园", category="文体活动", headcount=60, cost_fen=120000)
    )
    acts.add(Activity(date=f"{YEAR - 1}-06-01", title="去年的运动会", category="文体活动", headcount=40))
    tab = ActivitiesTab(store)
    qtbot.addWidget(tab)
    assert tab.year_combo.currentData() == YEAR
    out = tmp_path / "活动导出.xlsx"
    save_as(monkeypatch, out)
    tab.export_action.trigger()

    text = sheet_text(out)
    assert any(f"{YEAR}年活动台账" in cell for cell in text)
    assert "元旦游园" in text and "去年的运动会" not in text
    assert any(cell.startswith("合计：1 项活动，参与 60 人次") and "1,200.00 元" in cell for cell in text)
    assert str(out) in boxes[-1]


def test_download_activities_template(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    tab = ActivitiesTab(store)
    qtbot.addWidget(tab)
    out = tmp_path / "模板.xlsx"
    save_as(monkeypatch, out)
    tab.template_action.trigger()
    assert str(out) in boxes[-1]  # it says where the file went
    header = sheet_text(out)
    assert {"日期", "活动名称", "类别", "参与会员", "获奖情况"} <= set(header)


# -- the plan tab --------------------------------------------------------------------------------


def test_export_plan_of_the_year_with_titles_and_done_total(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    plans = PlanStore(store)
    for title in ("举办职工运动会", "开展消防安全培训", "慰问困难职工"):
        plans.add_item(PlanItem(year=2026, title=title))
    plans.add_item(PlanItem(year=2027, title="明年的项目"))
    tab = PlanTab(store)
    qtbot.addWidget(tab)
    tab.year_spin.setValue(2026)
    # Mark the first item done the way a clerk does: select it, 设置状态 → 已完成.
    rect = tab.view.visualRect(tab.model.index(0, PlanModel.TITLE))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab.status_actions["已完成"].trigger()

    out = tmp_path / "计划.xlsx"
    save_as(monkeypatch, out)
    tab.export_action.trigger()

    sheet = openpyxl.load_workbook(out).active
    text = sheet_text(out)
    assert any("2026年工作计划" in cell for cell in text)
    (headers,) = [row for row in sheet.iter_rows(values_only=True) if row[0] == "序号"]
    status = headers.index("状态")
    rows = [row for row in sheet.iter_rows(values_only=True) if row[0] in (1, 2, 3)]
    assert [(row[0], row[1], row[status]) for row in rows] == [
        (1, "举办职工运动会", "已完成"),
        (2, "开展消防安全培训", "未开始"),
        (3, "慰问困难职工", "未开始"),
    ]
    assert "明年的项目" not in text
    assert "合计：计划 3 项，已完成 1 项" in text


def test_import_plan_without_year_column_goes_to_the_year_shown(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    path = workbook(
        tmp_path / "计划.xlsx",
        [
            ["序号", "计划项目", "计划时间", "状态"],
            [1, "举办职工运动会", "第二季度", "已完成"],
            [2, "读书月", "4月", ""],
        ],
    )
    tab = PlanTab(store)
    qtbot.addWidget(tab)
    tab.year_spin.setValue(2028)
    dialog = open_checked_import(qtbot, monkeypatch, tab, path)
    with qtbot.waitSignal(tab.planChanged):
        click(qtbot, dialog.import_button)

    assert [item.title for item in PlanStore(store).items(2028)] == ["举办职工运动会", "读书月"]
    assert tab.model.rowCount() == 2
    assert tab.progress_label.text().startswith("2028年计划：完成 1/2 项")


# -- the main window wires the books together ---------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, store: Store, clean_preferences: None) -> MainWindow:
    built = MainWindow(store)  # never shown: no tab re-reads on showEvent, only the wiring can refresh it
    qtbot.addWidget(built)
    return built


def test_renaming_a_member_refreshes_the_activities_search(
    qtbot: QtBot, store: Store, people: dict[str, int], window: MainWindow
) -> None:
    ActivityStore(store).add(
        Activity(
            date=f"{YEAR}-03-10", title="消防安全培训", category="教育培训", participant_ids=[people["张三"]]
        )
    )
    activities = window.activities_tab
    activities.reload()
    type_text(qtbot, activities.search_edit, "张叁")
    assert titles(activities) == []

    roster = window.members_tab
    assert roster.select_member(people["张三"])
    roster.edit_action.trigger()
    dialog = roster.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.name_edit.selectAll()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Delete)
    type_text(qtbot, dialog.name_edit, "张叁")
    with qtbot.waitSignal(roster.membersChanged):
        click(qtbot, dialog.save_button)

    assert titles(activities) == ["消防安全培训"]


def test_importing_activities_refreshes_the_plan_proposals(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    PlanStore(store).add_item(PlanItem(year=YEAR, title="开展消防安全培训"))
    plan = window.plan_tab
    plan.reload()
    assert plan.model.data(plan.model.index(0, PlanModel.ACTIVITIES)) == ""
    assert "建议" not in plan.progress_label.text()

    path = workbook(
        tmp_path / "活动.xlsx",
        [HEADER, [f"{YEAR}-03-10", "消防安全培训", "教育培训", "张三、李四", 2, 200, "1"]],
    )
    activities = window.activities_tab
    dialog = open_checked_import(qtbot, monkeypatch, activities, path)
    with qtbot.waitSignal(activities.activitiesChanged):
        click(qtbot, dialog.import_button)

    assert plan.model.data(plan.model.index(0, PlanModel.ACTIVITIES)) == "1"
    assert "1 项已有活动落实，建议标为已完成" in plan.progress_label.text()


def test_a_plan_status_change_makes_the_activities_tab_read_again(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    plans = PlanStore(store)
    item_id = plans.add_item(PlanItem(year=YEAR, title="举办职工运动会"))
    activities = window.activities_tab
    # An activity linked to the item arrives after the tab last read (as from the plan's own dialogs).
    ActivityStore(store).add(
        Activity(
            date=f"{YEAR}-05-01", title="职工运动会", category="文体活动", headcount=80, plan_item_id=item_id
        )
    )
    assert titles(activities) == []

    plan = window.plan_tab
    plan.reload()
    assert plan.select_item(item_id)
    with qtbot.waitSignal(plan.planChanged):
        plan.status_actions["已完成"].trigger()

    assert titles(activities) == ["职工运动会"]
    assert "参与 80 人次" in activities.totals_label.text()
