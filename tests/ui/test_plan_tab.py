"""The 计划 tab driven as a clerk drives it: items, status, proposals, progress, reorder, copy last year."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.driving import click, click_toolbar, shown, type_text
from unionclerk.core.activities import Activity
from unionclerk.core.plan import PlanItem, PlanYear
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.plan import PlanStore
from unionclerk.ui.dialogs.plan_item_dialog import PlanItemDialog
from unionclerk.ui.models.plan_model import PlanModel
from unionclerk.ui.plan_tab import PlanTab

YEAR = 2026


def rows(tab: PlanTab) -> list[tuple[str, str, str]]:
    model = tab.model
    return [
        tuple(model.data(model.index(r, c)) for c in (PlanModel.NUMBER, PlanModel.TITLE, PlanModel.STATUS))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def select_row(qtbot: QtBot, tab: PlanTab, row: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, PlanModel.TITLE))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def plans(store: Store) -> PlanStore:
    return PlanStore(store)


@pytest.fixture
def tab(qtbot: QtBot, store: Store, plans: PlanStore) -> PlanTab:
    plans.save_year(PlanYear(YEAR, guiding="以党的二十大精神为指导", goals="创建县级先进职工之家"))
    for title in ("职工运动会", "金秋助学", "三八节活动"):
        plans.add_item(PlanItem(year=YEAR, title=title))
    widget = shown(qtbot, PlanTab(store), 1000, 700)
    widget.year_spin.setValue(YEAR)
    return widget


def test_shows_the_year_with_progress(tab: PlanTab) -> None:
    assert tab.guiding_edit.toPlainText() == "以党的二十大精神为指导"
    assert rows(tab) == [
        ("1", "职工运动会", "未开始"),
        ("2", "金秋助学", "未开始"),
        ("3", "三八节活动", "未开始"),
    ]
    assert tab.progress_label.text() == "2026年计划：完成 0/3 项"


def test_add_item_through_dialog_and_bad_input_named(qtbot: QtBot, tab: PlanTab, plans: PlanStore) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = tab.dialog
    assert isinstance(dialog, PlanItemDialog)
    type_text(qtbot, dialog.details_edit, "组织全体职工参加")
    dialog.planned_combo.setCurrentText("13月")
    click(qtbot, dialog.save_button)
    message = dialog.error_label.text()
    assert "计划项目名称不能为空" in message and "计划时间" in message
    assert dialog.isVisible() and dialog.details_edit.toPlainText() == "组织全体职工参加"
    assert dialog.focusWidget() is dialog.title_edit  # the first bad field in the form
    assert dialog.title_edit.styleSheet() and dialog.planned_combo.styleSheet()
    assert len(plans.items(YEAR)) == 3

    type_text(qtbot, dialog.title_edit, "职工登山比赛")
    dialog.planned_combo.setCurrentText("第二季度")
    type_text(qtbot, dialog.responsible_edit, "王芳")
    with qtbot.waitSignal(tab.planChanged):
        click(qtbot, dialog.save_button)
    assert rows(tab)[-1] == ("4", "职工登山比赛", "未开始")
    assert plans.items(YEAR)[-1].planned_quarter == 2
    assert tab.progress_label.text() == "2026年计划：完成 0/4 项"


def test_status_menu_and_cancelled_outside_total(qtbot: QtBot, tab: PlanTab, plans: PlanStore) -> None:
    select_row(qtbot, tab, 0)
    tab.status_actions["已完成"].trigger()
    select_row(qtbot, tab, 2)
    tab.status_actions["取消"].trigger()
    assert [r[2] for r in rows(tab)] == ["已完成", "未开始", "取消"]
    assert tab.progress_label.text() == "2026年计划：完成 1/2 项，取消 1 项"
    assert plans.progress(YEAR).label == "1/2"


def test_linked_activity_proposes_done_and_clerk_confirms(
    qtbot: QtBot, tab: PlanTab, store: Store, plans: PlanStore
) -> None:
    item = plans.items(YEAR)[1]
    ActivityStore(store).add(
        Activity(
            date=f"{YEAR}-09-01",
            title="金秋助学金发放",
            category="帮扶/献爱心/志愿服务",
            plan_item_id=item.id,
        )
    )
    tab.reload()
    assert rows(tab)[1] == ("2", "金秋助学", "未开始（建议：已完成）")
    assert "1 项已有活动落实，建议标为已完成" in tab.progress_label.text()
    assert plans.get_item(item.id or 0).status == "未开始"  # nothing changes until confirmed
    select_row(qtbot, tab, 1)
    assert tab.linked_list.count() == 1
    assert tab.confirm_action.isEnabled()
    click_toolbar(qtbot, tab, "确认已完成")
    assert rows(tab)[1] == ("2", "金秋助学", "已完成")
    assert plans.get_item(item.id or 0).status == "已完成"
    assert tab.progress_label.text() == "2026年计划：完成 1/3 项"


def test_reorder_with_move_up_and_down(qtbot: QtBot, tab: PlanTab) -> None:
    select_row(qtbot, tab, 2)
    click_toolbar(qtbot, tab, "上移")
    assert [r[1] for r in rows(tab)] == ["职工运动会", "三八节活动", "金秋助学"]
    assert tab.selected_item_id() == tab.model.data(tab.model.index(1, 0), PlanModel.IdRole)
    click_toolbar(qtbot, tab, "上移")
    click_toolbar(qtbot, tab, "下移")
    click_toolbar(qtbot, tab, "下移")
    assert [r[:2] for r in rows(tab)] == [("1", "职工运动会"), ("2", "金秋助学"), ("3", "三八节活动")]


def test_copy_last_year_as_draft(
    qtbot: QtBot, tab: PlanTab, plans: PlanStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_row(qtbot, tab, 0)
    tab.status_actions["已完成"].trigger()
    tab.year_spin.setValue(YEAR + 1)
    assert rows(tab) == [] and tab.progress_label.text() == "2027年计划：完成 0/0 项"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_toolbar(qtbot, tab, "复制上一年计划")
    assert rows(tab) == [
        ("1", "职工运动会", "未开始"),
        ("2", "金秋助学", "未开始"),
        ("3", "三八节活动", "未开始"),
    ]
    assert tab.goals_edit.toPlainText() == "创建县级先进职工之家"
    assert "由2026年计划复制的草稿" in tab.texts_state.text()
    assert plans.items(YEAR)[0].status == "已完成"  # last year stays as it was

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    click_toolbar(qtbot, tab, "复制上一年计划")  # again: refused, nothing doubled
    assert warnings and "已有 3 项" in warnings[0]
    assert len(plans.items(YEAR + 1)) == 3


def test_guiding_text_and_goals_saved(qtbot: QtBot, tab: PlanTab, plans: PlanStore) -> None:
    tab.goals_edit.clear()
    type_text(qtbot, tab.goals_edit, "争创市级模范职工之家")
    assert "尚未保存" in tab.texts_state.text()
    with qtbot.waitSignal(tab.planChanged):
        click(qtbot, tab.save_texts_button)
    assert plans.get_year(YEAR).goals == "争创市级模范职工之家"
    assert plans.get_year(YEAR).guiding == "以党的二十大精神为指导"


def test_delete_item_asks_and_renumbers(
    qtbot: QtBot, tab: PlanTab, plans: PlanStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    select_row(qtbot, tab, 0)
    click_toolbar(qtbot, tab, "删除")
    assert len(asked) == 1 and "职工运动会" in asked[0]
    assert [r[:2] for r in rows(tab)] == [("1", "金秋助学"), ("2", "三八节活动")]
    assert [(i.position, i.title) for i in plans.items(YEAR)] == [(1, "金秋助学"), (2, "三八节活动")]
