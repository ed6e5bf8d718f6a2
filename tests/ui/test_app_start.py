"""Start-up: the first file is opened or refused with a clear message and a way out; logging; the error dialog."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from unionclerk import app as app_module
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.settings import save_settings
from unionclerk.ui import errors, preferences
from unionclerk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("clean_preferences")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> list[MainWindow]:
    """Replace the event loop: record the window run_gui shows and return at once."""
    windows: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        windows.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return windows


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """critical() answers from `replies` (default Close); the file picker returns from `picks`."""
    seen: dict[str, list] = {"critical": [], "replies": [], "picks": []}

    def critical(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        seen["critical"].append(text)
        return seen["replies"].pop(0) if seen["replies"] else QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (seen["picks"].pop(0) if seen["picks"] else "", "")
    )
    return seen


def test_opens_the_given_file(shown: list[MainWindow], db_path: Path) -> None:
    with Store.open(db_path) as store:
        save_settings(store, Settings(unit_name="第一中学"))
    assert app_module.run_gui(db_path) == 0
    [window] = shown
    assert window.store.path == db_path
    assert window.windowTitle().startswith("第一中学 — ")
    assert preferences.last_db_path() == db_path
    # run_gui closed the window and with it the file.
    Store.open(db_path, daily_backup=False).close()


def test_demo_is_marked_and_not_remembered(shown: list[MainWindow], db_path: Path) -> None:
    assert app_module.run_gui(db_path, demo=True) == 0
    assert "演示数据" in shown[0].windowTitle()
    assert preferences.last_db_path() is None


def test_remembered_file_is_opened_when_no_path_is_given(shown: list[MainWindow], db_path: Path) -> None:
    Store.open(db_path).close()
    preferences.remember_db_path(db_path)
    assert app_module.run_gui(None) == 0
    assert shown[0].store.path == db_path


def test_not_a_unionclerk_file_is_refused_and_quitting_returns_1(
    shown: list[MainWindow], dialogs: dict[str, list], tmp_path: Path
) -> None:
    path = tmp_path / "花名册.db"
    path.write_text("姓名,电话\n", encoding="utf-8")
    assert app_module.run_gui(path) == 1
    assert shown == []
    assert "不是 unionclerk 数据文件" in dialogs["critical"][0]
    assert path.read_text(encoding="utf-8") == "姓名,电话\n"


def test_after_a_refusal_the_clerk_can_choose_another_file(
    shown: list[MainWindow], dialogs: dict[str, list], tmp_path: Path
) -> None:
    newer = tmp_path / "newer.db"
    Store.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    fresh = tmp_path / "新文件.db"
    dialogs["replies"].append(QMessageBox.StandardButton.Open)
    dialogs["picks"].append(str(fresh))

    assert app_module.run_gui(newer) == 0
    assert "更新版本" in dialogs["critical"][0]
    assert shown[0].store.path == fresh
    check = sqlite3.connect(newer)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 999  # left untouched
    check.close()


def test_file_in_use_by_another_window(
    shown: list[MainWindow], dialogs: dict[str, list], db_path: Path
) -> None:
    other_instance = Store.open(db_path)
    try:
        assert app_module.run_gui(db_path) == 1
    finally:
        other_instance.close()
    assert "正由另一个 unionclerk 窗口使用" in dialogs["critical"][0]


def test_missing_remembered_file_is_not_recreated(
    shown: list[MainWindow], dialogs: dict[str, list], tmp_path: Path
) -> None:
    gone = tmp_path / "U盘" / "union.db"
    gone.parent.mkdir()
    preferences.remember_db_path(gone)
    assert app_module.run_gui(None) == 1
    assert "找不到上次使用的数据文件" in dialogs["critical"][0]
    assert not gone.exists()


def test_language_setting_of_the_file_is_used(shown: list[MainWindow], db_path: Path) -> None:
    with Store.open(db_path) as store:
        save_settings(store, Settings(language="en"))
    assert app_module.run_gui(db_path) == 0
    window = shown[0]
    assert window.tabs.tabText(0) == "Members"
    assert preferences.remembered_language() == "en"
    # run_gui took its translators away again.
    assert QApplication.translate("MainWindow", "会员") == "会员"


def test_run_gui_logs_and_restores_the_excepthook(shown: list[MainWindow], db_path: Path) -> None:
    hook = sys.excepthook
    assert app_module.run_gui(db_path) == 0
    assert sys.excepthook is hook
    log_file = errors.log_dir() / "unionclerk.log"
    assert str(db_path) in log_file.read_text(encoding="utf-8")


def test_program_error_is_logged_and_shown_with_copyable_details(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path
) -> None:
    handler = errors.setup_logging(tmp_path / "logs")
    shown: list[errors.ExceptionDialog] = []
    monkeypatch.setattr(errors.ExceptionDialog, "exec", lambda self: shown.append(self) or 0)
    hook = errors.make_excepthook(lambda: None, Path(handler.baseFilename))
    try:
        try:
            raise ZeroDivisionError("入会率分母为零")
        except ZeroDivisionError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        errors.remove_logging(handler)
    [dialog] = shown
    assert "ZeroDivisionError: 入会率分母为零" in dialog.details.toPlainText()
    assert "unionclerk.log" in dialog.message.text()
    dialog.copy_button.click()
    assert "入会率分母为零" in QApplication.clipboard().text()
    logged = (tmp_path / "logs" / "unionclerk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: 入会率分母为零" in logged and "Traceback" in logged


def test_the_collector_held_off_by_start_up_runs_again_once_the_window_is_up(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, db_path: Path
) -> None:
    """__main__.main starts the window with the garbage collector off; run_gui turns it on after the first
    turn of the event loop, and freezes what start-up made."""
    import gc

    seen: list[bool] = []

    def exec_one_turn(*_args: object) -> int:
        seen.append(gc.isenabled())  # still off as the loop starts
        QApplication.processEvents()
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_one_turn)
    gc.disable()
    try:
        assert app_module.run_gui(db_path) == 0
        frozen = gc.get_freeze_count()
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [False, True] and frozen > 0


def test_the_collector_is_on_again_when_the_file_is_refused(dialogs: dict[str, list], tmp_path: Path) -> None:
    import gc

    path = tmp_path / "notes.db"
    path.write_text("not a database", encoding="utf-8")
    gc.disable()
    try:
        assert app_module.run_gui(path) == 1
        assert gc.isenabled()
    finally:
        gc.enable()


def test_a_command_line_verb_runs_with_the_collector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    from unionclerk.__main__ import main

    db = tmp_path / "new.db"
    try:
        assert main(["new", "--db", str(db)]) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
    assert db.exists()
