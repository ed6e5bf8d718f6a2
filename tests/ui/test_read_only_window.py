"""The window on a data file on read-only media: opened read-only with a banner, writes refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.read_only_stick import _digest, stick_fixture  # noqa: F401 - provides the fixture `stick`
from tests.ui.driving import type_text
from unionclerk import app as app_module
from unionclerk.store.db import Store
from unionclerk.ui.dialogs.member_dialog import MemberDialog
from unionclerk.ui.main_window import MainWindow


@pytest.mark.usefixtures("clean_preferences")
def test_the_window_opens_it_read_only_with_a_banner_and_refuses_writes(qtbot: QtBot, stick: Path) -> None:
    before = _digest(stick.parent)
    store = app_module.open_first_store(stick)
    assert store is not None and store.read_only
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible() and "只读" in window.read_only_banner.text()
    assert window.windowTitle().startswith("【只读】第一中学")
    assert window.members_tab.model.total == 2  # the roster is there to read

    dialog = MemberDialog(window.members_tab.members, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "王芳")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the form stays open with what was typed
    assert "只读" in dialog.error_label.text() and dialog.name_edit.text() == "王芳"
    window.close()
    assert _digest(stick.parent) == before


@pytest.mark.usefixtures("clean_preferences")
def test_a_writable_file_has_no_banner(qtbot: QtBot, db_path: Path) -> None:
    window = MainWindow(Store.open(db_path, daily_backup=False))
    qtbot.addWidget(window)
    window.show()
    assert not window.store.read_only and not window.read_only_banner.isVisible()
    assert "只读" not in window.windowTitle()
    window.close()
