"""Driving widgets as a clerk does (real key and mouse events), and the files a clerk picks, for the UI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, TypeVar

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Real key events. QTest.keyClicks only knows ASCII keys and aborts on anything else, so a Chinese
    character goes as a key event carrying its text, which is how an input method delivers it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select all, delete, type: what a clerk does to change a filled-in field."""
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class _Tab(Protocol):
    toolbar: QToolBar


def click_toolbar(qtbot: QtBot, tab: _Tab, text: str) -> None:
    """Click the button of the tab's toolbar action called `text`."""
    action = next(a for a in tab.toolbar.actions() if a.text() == text)
    click(qtbot, tab.toolbar.widgetForAction(action))


def shown(qtbot: QtBot, widget: W, width: int, height: int) -> W:
    """Show a widget at a size where every column is on screen, and wait until it is."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def workbook(path: Path, rows: list[list[object]]) -> Path:
    """A one-sheet .xlsx with these rows, as a clerk's spreadsheet program would save it."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file picker answers `path`."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save-as picker answers `path`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
