"""The window's own preferences (geometry, last file, language mirror) in a per-user QSettings file.

Unit settings live in the database; only what is needed before a database is open lives here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LAST_DB = "files/last_db"
GEOMETRY = "window/geometry"
LANGUAGE = "ui/language"  # a copy of the database's language setting, used before a file is open


def app_settings() -> QSettings:
    """~/.config/unionclerk/unionclerk.ini (or the platform's equivalent); honours XDG_CONFIG_HOME."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "unionclerk", "unionclerk")


def last_db_path() -> Path | None:
    value = app_settings().value(LAST_DB, "")
    return Path(str(value)) if value else None


def _remember(key: str, value: str) -> None:
    # Written only when it changes: rewriting the file (lock, copy, rename) on every start took longer than
    # building a tab.
    settings = app_settings()
    if settings.value(key) == value:
        return
    settings.setValue(key, value)
    settings.sync()


def remember_db_path(path: Path) -> None:
    _remember(LAST_DB, str(path))


def remembered_language() -> str:
    return str(app_settings().value(LANGUAGE, "zh_CN") or "zh_CN")


def remember_language(language: str) -> None:
    _remember(LANGUAGE, language)
