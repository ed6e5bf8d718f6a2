"""Reading and writing the unit's settings in the database."""

from __future__ import annotations

from unionclerk.core.settings import Settings
from unionclerk.store.db import Store


def load_settings(store: Store) -> Settings:
    rows = store.conn.execute("SELECT key, value FROM settings").fetchall()
    return Settings.from_text(dict(rows))


def save_settings(store: Store, settings: Settings) -> None:
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(settings.to_text().items()),
        )
