"""The main window: six tabs in order, placeholders that admit it, 文件 menu actions, another file, languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.driving import pick_file, save_as
from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.ui import preferences
from unionclerk.ui.dialogs.restore_dialog import RestoreDialog
from unionclerk.ui.dialogs.settings_dialog import SettingsDialog
from unionclerk.ui.i18n import Translators
from unionclerk.ui.main_window import MainWindow
from unionclerk.ui.members_tab import MembersTab

pytestmark = pytest.mark.usefixtures("clean_preferences")


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    return shown


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _members_tab(window: MainWindow) -> MembersTab:
    tab = window.tabs.widget(0)
    assert isinstance(tab, MembersTab)
    return tab


def test_six_tabs_in_order_with_chinese_titles(window: MainWindow) -> None:
    assert _tab_titles(window) == ["会员", "活动", "慰问", "经费", "计划", "导出"]
    assert _members_tab(window).store is window.store


def test_visits_tab_is_the_visits_book(window: MainWindow) -> None:
    from unionclerk.ui.visits_tab import VisitsTab

    window.tabs.setCurrentIndex(2)  # built when first shown
    tab = window.tabs.widget(2)
    assert isinstance(tab, VisitsTab) and tab.store is window.store


def test_ledger_tab_is_the_ledger_book(window: MainWindow) -> None:
    from unionclerk.ui.ledger_tab import LedgerTab

    window.tabs.setCurrentIndex(3)
    tab = window.tabs.widget(3)
    assert isinstance(tab, LedgerTab) and tab.store is window.store


def test_menus(window: MainWindow) -> None:
    assert [m.title() for m in (window.file_menu, window.help_menu)] == ["文件", "帮助"]
    file_items = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_items == ["打开数据文件…", "新建数据文件…", "备份", "恢复…", "单位设置…", "退出"]
    assert [a.text() for a in window.help_menu.actions()] == ["关于 unionclerk", "打开数据文件所在文件夹"]


def test_title_shows_unit_name_and_file(qtbot: QtBot, store: Store) -> None:
    save_settings(store, Settings(unit_name="某市疾病预防控制中心"))
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    assert shown.windowTitle() == f"某市疾病预防控制中心 — {store.path.name} — unionclerk"
    assert "演示数据" not in shown.windowTitle()


def test_demo_title_and_demo_file_is_not_remembered(qtbot: QtBot, store: Store) -> None:
    shown = MainWindow(store, demo=True)
    qtbot.addWidget(shown)
    assert "演示数据" in shown.windowTitle()
    assert preferences.last_db_path() is None


def test_backup_action_writes_a_backup(window: MainWindow, boxes: list[str]) -> None:
    MemberStore(window.store).add(Member(name="张三"))
    window.backup_action.trigger()
    [info] = backups.list_backups(window.store.path)
    assert info.kind == "manual" and backups.check_backup(info.path) == []
    assert len(boxes) == 1 and str(info.path) in boxes[0]


def test_opening_a_non_unionclerk_file_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    members = MemberStore(window.store)
    members.add(Member(name="张三"))
    current = window.store
    roster = tmp_path / "花名册.xlsx.db"
    roster.write_bytes(b"PK\x03\x04 not a database at all")
    pick_file(monkeypatch, roster)

    window.open_action.trigger()

    assert len(boxes) == 1
    assert "不是 unionclerk 数据文件" in boxes[0] and "仍然打开着" in boxes[0]
    assert window.store is current
    assert [m.name for m in members.iter_members()] == ["张三"]  # still open and usable
    assert roster.read_bytes() == b"PK\x03\x04 not a database at all"
    assert preferences.last_db_path() == current.path


def test_opening_another_file_rebuilds_tabs_and_closes_the_old_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_path = window.store.path
    other = tmp_path / "U盘副本.db"
    with Store.open(other, daily_backup=False) as store:
        MemberStore(store).add(Member(name="李四"))
        save_settings(store, Settings(unit_name="第二单位"))
    pick_file(monkeypatch, other)
    old_tab = _members_tab(window)

    window.open_action.trigger()

    assert window.store.path == other
    tab = _members_tab(window)
    assert tab is not old_tab and tab.store is window.store
    assert tab.model.rowCount() == 1
    assert window.windowTitle().startswith("第二单位 — U盘副本.db")
    assert preferences.last_db_path() == other
    # The old file was closed (its lock released): it can be opened again.
    Store.open(old_path, daily_backup=False).close()


def test_new_data_file(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "新台账"
    save_as(monkeypatch, target)
    window.new_action.trigger()
    assert window.store.path == target.with_suffix(".db")
    assert _members_tab(window).model.rowCount() == 0


def test_new_data_file_never_overwrites(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    existing = tmp_path / "existing.db"
    existing.write_text("keep me", encoding="utf-8")
    current = window.store
    save_as(monkeypatch, existing)
    window.new_action.trigger()
    assert "已存在" in boxes[0]
    assert window.store is current and existing.read_text(encoding="utf-8") == "keep me"


def test_settings_from_the_menu_update_the_title(window: MainWindow) -> None:
    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.unit_name_edit.setText("第一中学")  # typing is covered by test_settings_dialog
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    changed: list[Settings] = []
    window.settings_changed.connect(changed.append)
    QTimer.singleShot(0, fill_and_save)
    window.settings_action.trigger()
    assert load_settings(window.store).unit_name == "第一中学"
    assert window.windowTitle().startswith("第一中学 — ")
    assert [s.unit_name for s in changed] == ["第一中学"]


def test_restore_from_the_menu_reloads_the_tabs(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = MemberStore(window.store)
    members.add(Member(name="张三"))
    backups.make_backup(window.store, now=dt.datetime(2026, 1, 5, 8, 0, 0))
    members.add(Member(name="李四"))
    _members_tab(window).reload()
    assert _members_tab(window).model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)

    def choose_and_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    QTimer.singleShot(0, choose_and_restore)
    window.restore_action.trigger()
    assert _members_tab(window).model.rowCount() == 1
    assert [m.name for m in members.iter_members()] == ["张三"]


def test_geometry_is_remembered(qtbot: QtBot, store: Store) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.resize(720, 510)  # smaller than the offscreen screen (800x600), so not clamped
    first.close()
    reopened = Store.open(store.path, daily_backup=False)
    second = MainWindow(reopened)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 510)


def test_qt_standard_buttons_are_chinese(qapp: QApplication) -> None:
    translators = Translators(qapp)
    translators.install("zh_CN")
    try:
        assert any(path.endswith("qtbase_zh_CN.qm") for path in translators.loaded)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        assert box.button(QDialogButtonBox.StandardButton.Save).text() == "保存"
        box.deleteLater()
    finally:
        translators.remove()


def test_english_window(qapp: QApplication, qtbot: QtBot, store: Store) -> None:
    translators = Translators(qapp)
    translators.install("en")
    try:
        assert any(path.endswith("unionclerk_en.qm") for path in translators.loaded)
        shown = MainWindow(store)
        qtbot.addWidget(shown)
        assert _tab_titles(shown) == ["Members", "Activities", "Visits", "Ledger", "Plan", "Export"]
        assert shown.file_menu.title() == "File"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
        box.deleteLater()
    finally:
        translators.remove()
    chinese_again = MainWindow(Store.open(store.path.with_name("again.db")))
    qtbot.addWidget(chinese_again)
    assert _tab_titles(chinese_again)[0] == "会员"


def test_a_failed_daily_backup_is_shown_in_the_status_bar(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from unionclerk.ui.main_window import MainWindow

    store.backup_warning = "无法写入备份：磁盘已满"
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "磁盘已满" in window.statusBar().currentMessage()
