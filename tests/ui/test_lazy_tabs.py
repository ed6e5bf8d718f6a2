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


def _add_activity(qtbot: QtBot, window: MainWindow, date: str, title: str, cost: str) -> None:
    """Ctrl+N on the 活动 tab shown, the form filled and saved."""
    tab = window.tabs.currentWidget()
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = tab.dialog
    replace_text(qtbot, dialog.date_edit, date)
    type_text(qtbot, dialog.title_edit, title)
    dialog.category_combo.setCurrentText("文体活动")
    type_text(qtbot, dialog.cost_edit, cost)
    click(qtbot, dialog.save_button)
    assert tab.dialog is None


def _shown_summaries(window: MainWindow) -> list[str]:
    model = window.ledger_tab.model
    return [model.index(row, model.SUMMARY).data() for row in range(model.rowCount())]


def test_a_cost_posts_to_the_ledger_that_was_never_shown(qtbot: QtBot, store: Store) -> None:
    """活动费用自动记账 is a write the window does (LedgerStore.sync_sources): it happens whether or not the clerk
    looked at the 经费 tab, without building it; a 经费 tab built shows what is posted."""
    _fill(store)
    settings = load_settings(store)
    settings.ledger_auto_post = True
    save_settings(store, settings)
    window = _window(qtbot, store)
    _press(qtbot, window, Qt.Key.Key_2)
    tab = window.tabs.currentWidget()
    _add_activity(qtbot, window, f"{YEAR}-05-12", "职工运动会", "300")
    entries = LedgerStore(store).page(LedgerQuery(YEAR), 0, 100)
    assert [(e.summary, e.expense_fen) for e in entries] == [("职工运动会", 30000)]
    assert not window.tab_is_built("ledger") and window.tabs.currentWidget() is tab  # posted, not built
    ledger = window.ledger_tab  # built now, not shown
    ledger.year_combo.setCurrentIndex(ledger.year_combo.findData(YEAR))
    assert _shown_summaries(window) == ["职工运动会"]
    # A 经费 tab built (still not shown) shows the next cost at once.
    _add_activity(qtbot, window, f"{YEAR}-06-01", "职工登山", "120")
    assert _shown_summaries(window) == ["职工运动会", "职工登山"]
    assert ledger.model.index(1, ledger.model.EXPENSE).data() == "120.00"
    assert window.tabs.currentWidget() is tab and window.ledger_tab is ledger


def test_a_cost_with_auto_post_off_neither_posts_nor_builds_the_ledger(qtbot: QtBot, store: Store) -> None:
    """Without 自动记账 saving an activity only brings linked entries in line: the 经费 tab is not built (nor
    its chart, years and totals read)."""
    _fill(store)
    window = _window(qtbot, store)
    _press(qtbot, window, Qt.Key.Key_2)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        _add_activity(qtbot, window, f"{YEAR}-05-12", "职工运动会", "300")
    finally:
        store.conn.set_trace_callback(None)
    assert "职工运动会" in [a.title for a in ActivityStore(store).list()]
    assert LedgerStore(store).count(LedgerQuery(YEAR)) == 0  # by the 活动费用记账 button only
    assert not window.tab_is_built("ledger")
    assert any("ledger_entries" in sql for sql in statements)  # the linked entries were looked at
    assert not [sql for sql in statements if re.search(r"\b(ledger_subjects|ledger_years)\b", sql)]


def test_an_entry_that_cannot_follow_its_activity_is_said_by_the_window(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed activity whose entry is in a closed year: the window names it, the 经费 tab never built."""
    from PySide6.QtWidgets import QMessageBox

    _fill(store)
    activities, ledger = ActivityStore(store), LedgerStore(store)
    trip = activities.add(Activity(date=f"{YEAR - 1}-10-01", title="秋游", category="文体活动", cost_fen=80000))
    ledger.post_activity(trip)
    ledger.set_opening(YEAR - 1, 80000)
    ledger.close_year(YEAR - 1, 0, date=f"{YEAR}-01-05")
    window = _window(qtbot, store)
    _press(qtbot, window, Qt.Key.Key_2)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warned.append((title, text)))
    changed = activities.get(trip)
    changed.cost_fen = 90000
    activities.update(changed)
    window.activities_tab.activitiesChanged.emit()  # what saving the activity form ends with
    assert len(warned) == 1
    assert warned[0][0] == "记账分录未同步" and "活动“秋游”的记账分录未能同步" in warned[0][1]
    assert "已结账" in warned[0][1]
    assert ledger.entry_for_source("activity", trip).expense_fen == 80000  # type: ignore[union-attr]
    assert not window.tab_is_built("ledger")


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


def test_a_cash_book_that_cannot_be_written_is_said_not_raised(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The world's fault while the cash book follows a saved activity (a full disk) is a message."""
    from PySide6.QtWidgets import QMessageBox

    from unionclerk.core.messages import msg
    from unionclerk.store.errors import StoreError

    _fill(store)
    window = _window(qtbot, store)
    _press(qtbot, window, Qt.Key.Key_2)

    def disk_full(_ledger: LedgerStore) -> list[str]:
        raise StoreError(msg("磁盘已满，无法写入数据文件"))

    monkeypatch.setattr(LedgerStore, "sync_sources", disk_full)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warned.append((title, text)))
    window.activities_tab.activitiesChanged.emit()
    assert warned == [("记账分录未同步", "磁盘已满，无法写入数据文件")]


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


def test_auto_post_turned_on_in_the_settings_with_the_ledger_built_saves_once_and_posts(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 经费 tab's toggle follows 单位设置 without saving the settings a second time, and what was not
    posted is posted (and shown) once."""
    from unionclerk.core.settings import Settings
    from unionclerk.ui.dialogs.settings_dialog import SettingsDialog

    _fill(store)
    ActivityStore(store).add(
        Activity(date=f"{YEAR}-04-01", title="春游", category="文体活动", cost_fen=50000)
    )
    window = _window(qtbot, store)
    ledger = window.ledger_tab
    ledger.year_combo.setCurrentIndex(ledger.year_combo.findData(YEAR))
    assert not ledger.auto_post_action.isChecked() and _shown_summaries(window) == []
    toggled: list[bool] = []
    ledger.auto_post_action.toggled.connect(toggled.append)

    def exec_saving(dialog: SettingsDialog) -> int:
        dialog.auto_post_check.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_saving)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        window.settings_action.trigger()
    finally:
        store.conn.set_trace_callback(None)
    saved_rows = [sql for sql in statements if sql.startswith("INSERT INTO settings")]
    assert len(saved_rows) == len(Settings().to_text())  # one save: the dialog's
    assert ledger.auto_post_action.isChecked() and toggled == []
    assert ledger.toolbar.widgetForAction(ledger.auto_post_action).isChecked()  # the button shows it
    assert load_settings(store).ledger_auto_post is True
    assert _shown_summaries(window) == ["春游"]
    assert LedgerStore(store).count(LedgerQuery(YEAR)) == 1
    # The tab's own toggle still saves, and turned on again posts what is not posted.
    ActivityStore(store).add(Activity(date=f"{YEAR}-05-01", title="观影", category="文体活动", cost_fen=9000))
    ledger.auto_post_action.trigger()
    assert load_settings(store).ledger_auto_post is False
    ledger.auto_post_action.trigger()
    assert load_settings(store).ledger_auto_post is True and toggled == [False, True]
    assert _shown_summaries(window) == ["春游", "观影"]
