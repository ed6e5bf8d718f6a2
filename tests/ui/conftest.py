"""Fixtures the UI tests share: message boxes that record instead of waiting, and clean window preferences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from unionclerk.ui import preferences


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every information and warning box shown, in order (the boxes are not shown)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def clean_preferences() -> Iterator[None]:
    """No remembered file, geometry or language from another test, before or after."""
    preferences.app_settings().clear()
    yield
    preferences.app_settings().clear()
