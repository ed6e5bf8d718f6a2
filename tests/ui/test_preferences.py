"""The window's preferences file is written when a remembered value changes, not on every start."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionclerk.ui import preferences

pytestmark = pytest.mark.usefixtures("clean_preferences")


def test_the_same_file_and_language_do_not_rewrite_the_preferences(tmp_path: Path) -> None:
    preferences.remember_db_path(tmp_path / "a.db")
    preferences.remember_language("en")
    ini = Path(preferences.app_settings().fileName())
    first = ini.stat()
    preferences.remember_db_path(tmp_path / "a.db")
    preferences.remember_language("en")
    again = ini.stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)  # untouched
    preferences.remember_db_path(tmp_path / "b.db")
    assert preferences.last_db_path() == tmp_path / "b.db"
    assert preferences.remembered_language() == "en"
