"""The 活动 tab driven as a clerk drives it: add with participants picked, bad input named, filters, totals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.driving import click, click_toolbar, replace_text, shown, type_text
from unionclerk.core.activities import WINNER_TEAM, Activity
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.activities_tab import ActivitiesTab
from unionclerk.ui.dialogs.activity_dialog import ActivityDialog, CategoriesDialog
from unionclerk.ui.dialogs.member_activities_dialog import MemberActivitiesDialog
from unionclerk.ui.models.activities_model import ActivitiesModel
from unionclerk.ui.models.plan_model import PlanModel

YEAR = dt.date.today().year


def titles(tab: ActivitiesTab) -> list[str]:
    model = tab.view.model()
    return [model.data(model.index(row, ActivitiesModel.TITLE)) for row in range(model.rowCount())]


@pytest.fixture
def people(members: MemberStore) -> dict[str, int]:
    names = {"张三": "检验科", "李四": "办公室", "王芳": "检验科", "赵敏": "疾控科"}
    return {
        name: members.add(Member(name=name, department=dept, join_date="2015-01-01"))
        for name, dept in names.items()
    }


@pytest.fixture
def tab(qtbot: QtBot, store: Store, people: dict[str, int]) -> ActivitiesTab:
    acts = ActivityStore(store)
    acts.add(
        Activity(date=f"{YEAR}-01-01", title="元旦游园", category="文体活动", headcount=60, cost_fen=120000)
    )
    acts.add(
        Activity(
            date=f"{YEAR}-03-10",
            title="消防安全培训",
            category="教育培训",
            participant_ids=[people["张三"], people["李四"]],
            training_tenths=20,
        )
    )
    acts.add(Activity(date=f"{YEAR - 1}-12-30", title="去年年会", category="文体活动", headcount=70))
    return shown(qtbot, ActivitiesTab(store), 1100, 600)


def test_shows_this_year_with_totals(tab: ActivitiesTab) -> None:
    assert titles(tab) == ["消防安全培训", "元旦游园"]
    assert tab.totals_label.text() == "显示 2 项活动，参与 62 人次，培训 2 学时，费用 1,200.00 元"


def test_add_activity_with_participants_picked_changes_totals(
    qtbot: QtBot, tab: ActivitiesTab, store: Store, people: dict[str, int]
) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = tab.dialog
    assert isinstance(dialog, ActivityDialog)
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-05-12")
    type_text(qtbot, dialog.title_edit, "护理知识竞赛")
    dialog.category_combo.setCurrentText("知识竞赛")
    type_text(qtbot, dialog.cost_edit, "300")
    # participants: search by pinyin initials, pick, then search a department and add all results
    dialog.pages.setCurrentIndex(1)
    picker = dialog.picker
    type_text(qtbot, picker.search_edit, "wf")
    assert picker.results.count() == 1
    picker.results.setCurrentRow(0)
    click(qtbot, picker.add_button)
    picker.search_edit.clear()
    type_text(qtbot, picker.search_edit, "检验")
    click(qtbot, picker.add_all_button)
    assert picker.count_label.text() == "已选参与会员：2 人"
    assert "2" in dialog.headcount_edit.placeholderText()
    # an award for the team
    dialog.pages.setCurrentIndex(2)
    click(qtbot, dialog.awards_editor.add_button)
    editor = dialog.awards_editor
    type_text(qtbot, editor.cell(0, editor.AWARD), "团体赛")
    type_text(qtbot, editor.cell(0, editor.RANK), "第二名")
    editor.cell(0, editor.KIND).setCurrentIndex(editor.cell(0, editor.KIND).findData(WINNER_TEAM))
    type_text(qtbot, editor.cell(0, editor.WINNER), "疾控中心代表队")

    with qtbot.waitSignal(tab.activitiesChanged):
        click(qtbot, dialog.save_button)

    assert titles(tab)[0] == "护理知识竞赛"
    assert tab.totals_label.text() == "显示 3 项活动，参与 64 人次，培训 2 学时，费用 1,500.00 元"
    saved = ActivityStore(store).get(tab.selected_activity_id() or 0)
    assert sorted(saved.participant_ids) == sorted([people["王芳"], people["张三"]])
    assert [(a.award, a.rank, a.winner_text) for a in saved.awards] == [
        ("团体赛", "第二名", "疾控中心代表队")
    ]


def test_bad_input_is_named_and_nothing_saved(qtbot: QtBot, tab: ActivitiesTab, store: Store) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = tab.dialog
    assert isinstance(dialog, ActivityDialog)
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-05-12")
    type_text(qtbot, dialog.end_date_edit, f"{YEAR}-05-10")
    type_text(qtbot, dialog.title_edit, "职工运动会")
    type_text(qtbot, dialog.cost_edit, "-20")
    dialog.pages.setCurrentIndex(1)
    type_text(qtbot, dialog.picker.search_edit, "zs")
    dialog.picker.results.setCurrentRow(0)
    click(qtbot, dialog.picker.add_button)
    dialog.picker.search_edit.clear()
    type_text(qtbot, dialog.picker.search_edit, "ls")
    dialog.picker.results.setCurrentRow(0)
    click(qtbot, dialog.picker.add_button)
    dialog.pages.setCurrentIndex(0)
    type_text(qtbot, dialog.headcount_edit, "1")
    dialog.pages.setCurrentIndex(2)
    click(qtbot, dialog.awards_editor.add_button)
    type_text(qtbot, dialog.awards_editor.cell(0, 0), "一等奖")  # member winner left empty

    click(qtbot, dialog.save_button)
    message = dialog.error_label.text()
    assert dialog.isVisible()
    assert "结束日期" in message and "早于开始日期" in message
    assert "费用不能为负数" in message
    assert "参与人次（1）少于已选参与会员（2人）" in message
    assert "获奖情况第1行" in message and "没有获奖者" in message
    assert dialog.pages.currentIndex() == 0  # the first bad field's page
    assert dialog.title_edit.text() == "职工运动会" and dialog.cost_edit.text() == "-20"
    assert len(ActivityStore(store).list()) == 3

    # fixed: the same dialog saves
    replace_text(qtbot, dialog.end_date_edit, f"{YEAR}-05-13")
    replace_text(qtbot, dialog.cost_edit, "20")
    replace_text(qtbot, dialog.headcount_edit, "5")
    type_text(qtbot, dialog.awards_editor.cell(0, 3), "张三")
    with qtbot.waitSignal(tab.activitiesChanged):
        click(qtbot, dialog.save_button)
    assert titles(tab)[0] == "职工运动会"
    assert "参与 67 人次" in tab.totals_label.text()


def test_filters_change_what_is_shown_and_totals(qtbot: QtBot, tab: ActivitiesTab) -> None:
    tab.category_combo.setCurrentIndex(tab.category_combo.findData("教育培训"))
    assert titles(tab) == ["消防安全培训"]
    assert tab.totals_label.text().startswith("显示 1 项活动，参与 2 人次")
    tab.category_combo.setCurrentIndex(0)
    tab.month_combo.setCurrentIndex(tab.month_combo.findData(1))
    assert titles(tab) == ["元旦游园"]
    tab.month_combo.setCurrentIndex(0)
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(None))
    assert len(titles(tab)) == 3
    type_text(qtbot, tab.search_edit, "李四")  # a participant's name
    assert titles(tab) == ["消防安全培训"]


def test_plan_item_linked_from_the_dialog(qtbot: QtBot, tab: ActivitiesTab, store: Store) -> None:
    plans = PlanStore(store)
    item_id = plans.add_item(PlanItem(year=YEAR, title="举办职工运动会"))
    click_toolbar(qtbot, tab, "新增")
    dialog = tab.dialog
    assert isinstance(dialog, ActivityDialog)
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-04-20")
    type_text(qtbot, dialog.title_edit, "春季运动会")
    type_text(qtbot, dialog.headcount_edit, "45")
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData(item_id))
    with qtbot.waitSignal(tab.activitiesChanged):
        click(qtbot, dialog.save_button)
    assert [i.id for i in plans.proposed_done(YEAR)] == [item_id]


def test_edit_keeps_participants_and_delete_asks(
    qtbot: QtBot, tab: ActivitiesTab, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    acts = ActivityStore(store)
    training_id = next(r.id for r in acts.list() if r.title == "消防安全培训")
    participants = sorted(acts.get(training_id).participant_ids)
    assert len(participants) == 2
    tab.select_activity(training_id)
    click_toolbar(qtbot, tab, "编辑")
    dialog = tab.dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.picker.chosen.count() == 2 and dialog.training_hours_edit.text() == "2"
    replace_text(qtbot, dialog.training_hours_edit, "3.5")
    with qtbot.waitSignal(tab.activitiesChanged):
        click(qtbot, dialog.save_button)
    assert "培训 3.5 学时" in tab.totals_label.text()
    saved = acts.get(training_id)
    assert saved.training_tenths == 35 and sorted(saved.participant_ids) == participants

    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    click_toolbar(qtbot, tab, "删除")  # said no: nothing happens
    assert "消防安全培训" in asked[0] and titles(tab) == ["消防安全培训", "元旦游园"]
    click_toolbar(qtbot, tab, "删除")
    assert len(asked) == 2 and titles(tab) == ["元旦游园"]
    assert [r.title for r in acts.list() if r.id == training_id] == []


def test_categories_dialog_adds_a_category(qtbot: QtBot, tab: ActivitiesTab, store: Store) -> None:
    click_toolbar(qtbot, tab, "活动类别…")
    dialog = tab.dialog
    assert isinstance(dialog, CategoriesDialog)
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "读书活动")
    click(qtbot, dialog.add_button)
    assert "读书活动" in ActivityStore(store).categories()
    dialog.list.setCurrentRow(0)  # 文体活动 has activities: refused
    click(qtbot, dialog.delete_button)
    assert "不能删除" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert "文体活动" in ActivityStore(store).categories()
    dialog.accept()
    assert tab.category_combo.findData("读书活动") > 0


def test_member_activities_dialog(
    qtbot: QtBot, store: Store, people: dict[str, int], tab: ActivitiesTab
) -> None:
    dialog = MemberActivitiesDialog(MemberStore(store), ActivityStore(store), people["李四"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "李四参加的活动"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "消防安全培训"


def test_models_pass_modeltester(qtmodeltester, store: Store, tab: ActivitiesTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    plans = PlanStore(store)
    plans.add_item(PlanItem(year=YEAR, title="一"))
    plans.add_item(PlanItem(year=YEAR, title="二"))
    model = PlanModel(plans, ActivityStore(store))
    model.set_year(YEAR)
    qtmodeltester.check(model)


def test_members_tab_shows_a_members_activities(
    qtbot: QtBot, store: Store, people: dict[str, int], tab: ActivitiesTab
) -> None:
    from unionclerk.ui.members_tab import MembersTab

    roster = MembersTab(store)
    qtbot.addWidget(roster)
    roster.show()
    qtbot.waitExposed(roster)
    assert roster.select_member(people["张三"])
    action = roster.activities_action
    click(qtbot, roster.toolbar.widgetForAction(action))
    dialogs = roster.findChildren(MemberActivitiesDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].summary_label.text() == "张三共参加 1 项活动，获奖 0 项"
    dialogs[0].reject()
