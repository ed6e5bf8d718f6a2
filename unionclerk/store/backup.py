"""Dated copies of the database through SQLite's backup API: daily, on demand, before migrations and restores.

Below store/db.py: it works on anything with an open connection and a path (OpenDatabase), so db.py imports
this module and never the other way round.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from unionclerk.core.messages import joined, msg
from unionclerk.store.errors import StoreError
from unionclerk.store.files import read_only_connect
from unionclerk.store.schema import APPLICATION_ID, LATEST_VERSION


class OpenDatabase(Protocol):
    """What a backup needs of an open database (a store.db.Store)."""

    path: Path
    conn: sqlite3.Connection

    def migrate(self) -> None: ...


_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<kind>[\w-]+)\.db$")
KIND_LABELS = {"auto": "每日自动", "manual": "手动", "before-restore": "恢复前"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    kind: str
    size: int

    @property
    def kind_label(self) -> str:
        if self.kind.startswith("before-v"):
            return f"升级前（数据版本 {self.kind[8:]}）"
        return KIND_LABELS.get(self.kind, self.kind)


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the file, so a copy on a USB stick carries its own."""
    return db_path.parent / f"{db_path.stem}.backups"


def _copy(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # A copy is a single self-contained file: out of WAL mode, so that reading it (check, restore)
        # leaves no -wal/-shm files beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def copy_database(store: OpenDatabase, target: Path) -> None:
    """A consistent copy of the open database at `target`, writing nothing beside the source (which may be on
    read-only media)."""
    try:
        _copy(store.conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(msg("无法写入“{path}”：{reason}", path=str(target), reason=str(exc))) from exc


def make_backup(store: OpenDatabase, *, kind: str = "manual", now: dt.datetime | None = None) -> Path:
    """Copy the open database to a new dated file and prune old ones; returns the new file."""
    now = now or dt.datetime.now()
    folder = backup_dir(store.path)
    try:
        folder.mkdir(exist_ok=True)
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = folder / f"{store.path.stem}-{stamp}-{kind}.db"
        counter = 1
        while target.exists():
            target = folder / f"{store.path.stem}-{stamp}-{counter}-{kind}.db"
            counter += 1
        _copy(store.conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(msg("无法写入备份到“{folder}”：{reason}", folder=str(folder), reason=str(exc))) from exc
    prune(store.path, keep=_kept(store))
    return target


def _kept(store: OpenDatabase) -> int:
    try:
        row = store.conn.execute("SELECT value FROM settings WHERE key = 'backups_kept'").fetchone()
    except sqlite3.Error:
        row = None
    if row and str(row[0]).isdigit() and int(row[0]) > 0:
        return int(row[0])
    return 10


def _stamp_time(stamp: str) -> dt.datetime:
    """The time in a backup's name (YYYYMMDD-HHMMSS…). Read by hand: strptime's first call imports the locale
    and calendar modules and compiles its patterns, a cost every start-up paid for its daily-backup check."""
    return dt.datetime(
        int(stamp[0:4]),
        int(stamp[4:6]),
        int(stamp[6:8]),
        int(stamp[9:11]),
        int(stamp[11:13]),
        int(stamp[13:15]),
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backup_dir(db_path)
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    if not folder.is_dir():
        return []
    for path in folder.glob("*.db"):
        match = _NAME_RE.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue
        created = _stamp_time(match["stamp"])
        counter = int(match["stamp"][16:] or 0)  # a second copy within one second is numbered 1, 2, ...
        found.append((created, counter, BackupInfo(path, created, match["kind"], path.stat().st_size)))
    found.sort(key=lambda entry: entry[:2], reverse=True)
    return [info for _, _, info in found]


def prune(db_path: Path, *, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was deleted."""
    removed = []
    for info in list_backups(db_path)[keep:]:
        for companion in ("-wal", "-shm", "-journal"):
            info.path.with_name(info.path.name + companion).unlink(missing_ok=True)
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def daily_backup_if_due(store: OpenDatabase, *, today: dt.date | None = None) -> Path | None:
    """At most one automatic backup a day, taken when the database is opened."""
    today = today or dt.date.today()
    if any(info.created.date() == today for info in list_backups(store.path)):
        return None
    if not store.conn.execute("SELECT count(*) FROM members").fetchone()[0]:
        return None  # nothing worth keeping yet
    return make_backup(store, kind="auto")


def check_backup(path: Path) -> list[str]:
    """Problems that make a backup unusable (empty list when it is a sound unionclerk file)."""
    try:
        conn = read_only_connect(path)
    except sqlite3.Error as exc:
        return [msg("无法打开：{reason}", reason=str(exc))]
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return [msg("完整性检查未通过：{row}", row=row) for row in rows[:5]]
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return [msg("不是 unionclerk 数据文件")]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            return [msg("由更新版本的 unionclerk 写入（数据版本 {version}）", version=version)]
    except sqlite3.DatabaseError as exc:
        return [msg("已损坏：{reason}", reason=str(exc))]
    finally:
        conn.close()
    return []


def restore(store: OpenDatabase, backup_path: Path) -> Path:
    """Replace the open database's content with a checked backup; the current state is backed up first.

    Returns the backup of the state that was replaced.
    """
    problems = check_backup(backup_path)
    if problems:
        raise StoreError(
            msg("备份“{name}”不能用于恢复：{problems}", name=backup_path.name, problems=joined(problems, "；"))
        )
    # Read the backup first: taking the safety copy may prune the oldest file, which may be this one.
    content = sqlite3.connect(":memory:")
    try:
        _read = read_only_connect(backup_path)
        try:
            _read.backup(content)
        finally:
            _read.close()
        safety = make_backup(store, kind="before-restore")
        content.backup(store.conn)
    finally:
        content.close()
    store.conn.execute("PRAGMA foreign_keys = ON")
    store.migrate()
    return safety
