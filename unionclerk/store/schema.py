"""The schema as an ordered list of migrations; PRAGMA user_version is the number applied.

Append a migration to add to the schema; never edit one that has shipped. Each runs inside the
transaction that also sets user_version, so a crash leaves the file at the previous version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x55434C4B  # "UCLK": marks a file as a unionclerk database


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one (executescript would COMMIT the migration's transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


def _v1_members_and_settings(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_pinyin TEXT NOT NULL DEFAULT '',
            name_initials TEXT NOT NULL DEFAULT '',
            id_number TEXT,
            sex TEXT CHECK (sex IN ('男', '女')),
            birth_date TEXT,
            ethnicity TEXT NOT NULL DEFAULT '',
            political_status TEXT NOT NULL DEFAULT '',
            education TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            staff_category TEXT NOT NULL DEFAULT '',
            join_date TEXT,
            card_no TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            wage_base_fen INTEGER CHECK (wage_base_fen IS NULL OR wage_base_fen >= 0),
            hardship INTEGER NOT NULL DEFAULT 0,
            hardship_type TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '在会',
            status_date TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE UNIQUE INDEX idx_members_id_number ON members(id_number) WHERE id_number IS NOT NULL;
        CREATE INDEX idx_members_pinyin ON members(name_pinyin, name);
        CREATE INDEX idx_members_initials ON members(name_initials);
        CREATE INDEX idx_members_department ON members(department);
        CREATE INDEX idx_members_status ON members(status);
        CREATE INDEX idx_members_phone ON members(phone);
        CREATE INDEX idx_members_join_date ON members(join_date);
        CREATE TABLE member_status_history (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX idx_status_history_member ON member_status_history(member_id, date);
        CREATE INDEX idx_status_history_date ON member_status_history(date, status);
        """,
    )


Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[i] takes a file from version i to version i + 1.
MIGRATIONS: list[Migration] = [
    _v1_members_and_settings,
]

LATEST_VERSION = len(MIGRATIONS)
