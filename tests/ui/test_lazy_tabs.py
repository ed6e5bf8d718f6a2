"""Only the tab shown at start is built: the other books are placeholders until first shown (their modules
imported and their tables read then), and once shown they work as if they had been built at start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.driving import click, replace_text, type_text
from unionclerk.core.activities import Activity
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitStore
from unionclerk.ui.main_window import TABS, MainWindow

pytestmark = pytest.mark.usefixtures("clean_preferences")
CTRL = Qt.KeyboardModifier.ControlModifier
YEAR = 2026
# The tables only the hidden books read.
HIDDEN_BOOKS_TABLES = re.compile(
    r"\b(activities|activity_\w+|plan_items|plan_years|visits|visit_\w+|ledger_\w+|dues_\w+|fund_allocations|"
    r"summary_\w+)\b"
)


def _fill(store: Store) -> None:
    members = MemberStore(store)
    members.add(Member(name="张三", sex="男", department="办公室", join_date="2010-01-01"))
    members.add(Member(name="李四", sex="女", department="检验科", join_date="2011-01-01"))
    ActivityStore(store).add(
        Activity(date=f"{YEAR}-03-01", title="消防培训", category="教育培训", headcount=9)
    )
    PlanStore(store).add_item(PlanItem(year=YEAR, title="职工运动会"))


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the shortcuts need an active window
    return window


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def _tab_class(index: int) -> str:
    return TABS[index][2]


def test_only_the_tab_shown_is_built_and_the_other_books_are_not_read(qtbot: QtBot, store: Store) -> None:
    _fill(store)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        window = _window(qtbot, store)
    finally:
        store.conn.set_trace_callback(None)
    assert [key for key, _m, _c in TABS if window.tab_is_built(key)] == ["members"]
    assert type(window.tabs.widget(0)).__name__ == "MembersTab"
    for index in range(1, window.tabs.count()):
        placeholder = window.tabs.widget(index)
        assert type(placeholder).__name__ == "QWidget" and placeholder.objectName().endswith("_placeholder")
    assert any(re.search(r"\bmembers\b", sql) for sql in statements)  # the trace saw the roster read
    assert [sql for sql in statements if HIDDEN_BOOKS_TABLES.search(sql)] == []
    # The tabs' titles, shortcuts and the 记录 menu are there before the tabs are.
    assert [window.tabs.tabText(i) for i in range(6)] == ["会员", "活动", "慰问", "经费", "计划", "导出"]
    assert [a.shortcut().toString() for a in window.view_menu.actions()] == [f"Ctrl+{n}" for n in range(1, 7)]


def test_each_book_is_built_when_first_shown_and_adds_a_record(qtbot: QtBot, store: Store) -> None:
    _fill(store)
    window = _window(qtbot, store)

    _press(qtbot, window, Qt.Key.Key_2)
    tab = window.tabs.currentWidget()
    assert window.tab_is_built("activities") and type(tab).__name__ == _tab_class(1)
    assert not window.tab_is_built("visits")
    assert window.record_actions["new_record"].isEnabled()
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = tab.dialog
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-05-12")
    type_text(qtbot, dialog.title_edit, "护理知识竞赛")
    dialog.category_combo.setCurrentText("知识竞赛")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    assert "护理知识竞赛" in [a.title for a in ActivityStore(store).list()]
    assert tab.model.rowCount() == 2

    _press(qtbot, window, Qt.Key.Key_3)
    tab = window.tabs.currentWidget()
    assert type(tab).__name__ == _tab_class(2)
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = tab.dialog
    type_text(qtbot, dialog.member_chooser.search_edit, "zs")
    dialog.member_chooser.results.setCurrentRow(0)
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-02")
    dialog.kind_combo.setCurrentText("生病住院")
    type_text(qtbot, dialog.cash_edit, "300")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    assert [(v.kind, v.cash_fen) for v in VisitStore(store).list()] == [("生病住院", 30000)]

    _press(qtbot, window, Qt.Key.Key_4)
    tab = window.tabs.currentWidget()
    assert type(tab).__name__ == _tab_class(3)
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(YEAR))
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = tab.dialog
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-08")
    type_text(qtbot, dialog.summary_edit, "三八节女职工活动")
    dialog.subject_combo.setCurrentIndex(dialog.subject_combo.findData("50102"))
    type_text(qtbot, dialog.expense_edit, "120")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    entries = LedgerStore(store).page(LedgerQuery(YEAR), 0, 100)
    assert [(e.summary, e.expense_fen) for e in entries] == [("三八节女职工活动", 12000)]

    _press(qtbot, window, Qt.Key.Key_5)
    tab = window.tabs.currentWidget()
    assert type(tab).__name__ == _tab_class(4)
    tab.year_spin.setValue(YEAR)
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = tab.dialog
    type_text(qtbot, dialog.title_edit, "职工登山比赛")
    dialog.planned_combo.setCurrentText("第二季度")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    assert [i.title for i in PlanStore(store).items(YEAR)] == ["职工运动会", "职工登山比赛"]

    _press(qtbot, window, Qt.Key.Key_6)
    tab = window.tabs.currentWidget()
    assert type(tab).__name__ == _tab_class(5)
    assert all(window.tab_is_built(key) for key, _m, _c in TABS)
    # Back on the roster, the same tab as at start, and the books built later hear its writes.
    _press(qtbot, window, Qt.Key.Key_1)
    assert window.tabs.currentWidget() is window.members_tab
    MemberStore(store).add(Member(name="王芳", sex="女", department="工会办公室", join_date="2012-01-01"))
    window.members_tab._after_write(None)  # what saving the member form ends with
    visits = window.visits_tab.department_combo
    assert "工会办公室" in [visits.itemText(i) for i in range(visits.count())]


def test_a_cost_posts_to_the_ledger_that_was_never_shown(qtbot: QtBot, store: Store) -> None:
    """活动费用自动记账 is a write the 经费 tab does: it happens whether or not the clerk looked at that tab."""
    _fill(store)
    settings = load_settings(store)
    settings.ledger_auto_post = True
    save_settings(store, settings)
    window = _window(qtbot, store)
    _press(qtbot, window, Qt.Key.Key_2)
    tab = window.tabs.currentWidget()
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = tab.dialog
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-05-12")
    type_text(qtbot, dialog.title_edit, "职工运动会")
    dialog.category_combo.setCurrentText("文体活动")
    type_text(qtbot, dialog.cost_edit, "300")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    entries = LedgerStore(store).page(LedgerQuery(YEAR), 0, 100)
    assert [(e.summary, e.expense_fen) for e in entries] == [("职工运动会", 30000)]
    assert window.tab_is_built("ledger") and window.tabs.currentWidget() is tab  # built, not shown


def test_another_file_builds_only_the_tab_shown(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    _fill(store)
    window = _window(qtbot, store)
    _press(qtbot, window, Qt.Key.Key_5)
    assert window.tab_is_built("plan")
    assert window.open_database(tmp_path / "other.db")
    assert window.tabs.currentIndex() == 4
    assert [key for key, _m, _c in TABS if window.tab_is_built(key)] == ["plan"]
    assert type(window.tabs.currentWidget()).__name__ == "PlanTab"
    assert window.tabs.currentWidget().store is window.store
    _press(qtbot, window, Qt.Key.Key_1)
    assert window.members_tab.store is window.store and window.members_tab.model.total == 0


def test_auto_post_turned_on_in_the_settings_posts_with_the_ledger_never_shown(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionclerk.ui.dialogs.settings_dialog import SettingsDialog

    _fill(store)
    ActivityStore(store).add(
        Activity(date=f"{YEAR}-04-01", title="春游", category="文体活动", cost_fen=50000)
    )
    window = _window(qtbot, store)

    def exec_saving(dialog: SettingsDialog) -> int:
        dialog.auto_post_check.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_saving)
    assert not window.tab_is_built("ledger")
    window.settings_action.trigger()
    entries = LedgerStore(store).page(LedgerQuery(YEAR), 0, 100)
    assert [(e.summary, e.expense_fen) for e in entries] == [("春游", 50000)]
    assert window.ledger_tab.auto_post_action.isChecked()
