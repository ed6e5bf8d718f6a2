"""The keyboard a clerk types with all day: Ctrl+1…6, Ctrl+F, Ctrl+N, Enter, Delete, Ctrl+E, Esc, Ctrl+Shift+N,
pressed as keys on the shown main window, with the records checked in the database afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.driving import type_text
from unionclerk.core.activities import Activity
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.activities_tab import ActivitiesTab
from unionclerk.ui.dialogs.member_dialog import MemberDialog
from unionclerk.ui.main_window import MainWindow
from unionclerk.ui.members_tab import MembersTab
from unionclerk.ui.plan_tab import PlanTab
from unionclerk.ui.widgets import RECORD_HOOKS

pytestmark = pytest.mark.usefixtures("clean_preferences")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    members = MemberStore(store)
    members.add(Member(name="张三", sex="男", department="办公室", join_date="2010-01-01"))
    members.add(Member(name="李四", sex="女", department="检验科", join_date="2011-01-01"))
    ActivityStore(store).add(Activity(date="2026-03-01", title="消防培训", category="教育培训", headcount=9))
    PlanStore(store).add_item(PlanItem(year=2026, title="职工运动会"))
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    """A key pressed where the focus is (the window's focus widget, else the window)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_ctrl_number_switches_tabs_and_menus_show_the_keys(qtbot: QtBot, window: MainWindow) -> None:
    for number, key in enumerate((Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_1)):
        press(qtbot, window, key)
        assert window.tabs.currentIndex() == [1, 4, 5, 0][number]
    shown = {a.text(): a.shortcut().toString() for a in window.record_menu.actions() if a.text()}
    assert shown == {
        "新增记录": "Ctrl+N",
        "编辑选中的记录": "Return",
        "删除选中的记录…": "Del",
        "导出…": "Ctrl+E",
        "查找": "Ctrl+F",
    }
    assert [a.shortcut().toString() for a in window.view_menu.actions()] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert window.new_action.shortcut().toString() == "Ctrl+Shift+N"


def test_ctrl_f_goes_to_the_search_box_of_the_tab_shown(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        assert window.record_actions["focus_search"].isEnabled() == hasattr(tab, "focus_search")
        if not hasattr(tab, "search_edit"):
            continue
        tab.search_edit.setText("旧的")
        press(qtbot, window, Qt.Key.Key_F)
        assert QApplication.focusWidget() is tab.search_edit and tab.search_edit.selectedText() == "旧的"
        type_text(qtbot, tab.search_edit, "zs")
        assert tab.search_edit.text() == "zs"


def test_ctrl_n_adds_in_the_tab_shown_and_esc_closes_without_saving(qtbot: QtBot, window: MainWindow) -> None:
    members = MemberStore(window.store)
    press(qtbot, window, Qt.Key.Key_N)
    dialog = window.members_tab.dialog
    assert isinstance(dialog, MemberDialog) and dialog.isVisible()
    type_text(qtbot, dialog.name_edit, "王五")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.members_tab.dialog is None
    assert members.count(MemberQuery()) == 2
    for index, kind in ((1, ActivitiesTab), (4, PlanTab)):
        window.tabs.setCurrentIndex(index)
        press(qtbot, window, Qt.Key.Key_N)
        tab = window.tabs.currentWidget()
        assert isinstance(tab, kind) and isinstance(tab.dialog, QDialog) and tab.dialog.isVisible()
        qtbot.keyClick(tab.dialog, Qt.Key.Key_Escape)
        assert tab.dialog is None
    assert len(ActivityStore(window.store).list()) == 1 and len(PlanStore(window.store).items(2026)) == 1


def test_enter_edits_the_selected_row_and_delete_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.members_tab
    members = MemberStore(window.store)
    tab.view.setFocus()
    tab.view.selectRow(0)
    name = tab.model.data(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, MemberDialog) and dialog.name_edit.text() == name
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert tab.dialog is None

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer[0])
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and name in asked[0] and members.count(MemberQuery()) == 2
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert members.count(MemberQuery()) == 1
    assert name not in [m.name for m in members.iter_members()]


def test_ctrl_e_exports_the_tab_shown_and_ctrl_shift_n_makes_a_data_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    press(qtbot, window, Qt.Key.Key_E)
    dialog = window.members_tab.transfer_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "导出会员花名册"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, title, *a, **k: asked.append(title) or ("", "")
    )
    window.tabs.setCurrentIndex(1)
    press(qtbot, window, Qt.Key.Key_E)
    assert asked and "活动" in asked[-1]
    press(qtbot, window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked[-1] == "新建数据文件"
    assert isinstance(window.members_tab, MembersTab)


def test_every_tab_gets_the_shortcuts_it_has_hooks_for(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        for hook in RECORD_HOOKS:
            assert window.record_actions[hook].isEnabled() == callable(getattr(tab, hook, None))
