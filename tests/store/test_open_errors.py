"""Files the store must refuse, untouched: not a database, another SQLite file, a newer schema, in use, read-only."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from unionclerk.core.members import Member
from unionclerk.store import db as store_db
from unionclerk.store.backup import list_backups
from unionclerk.store.db import Store
from unionclerk.store.errors import DatabaseInUse, DatabaseReadOnly, NewerSchema, NotAUnionclerkFile
from unionclerk.store.members import MemberStore
from unionclerk.store.schema import LATEST_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "花名册.db"
    path.write_text("姓名,身份证号\n张三,11010519491231002X\n", encoding="utf-8")
    before = _digest(path)
    with pytest.raises(NotAUnionclerkFile, match="不是 unionclerk 数据文件"):
        Store.open(path)
    assert _digest(path) == before
    assert not list(tmp_path.glob("*-wal")) and not list(tmp_path.glob("*.backups"))


def test_other_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotAUnionclerkFile, match="不是 unionclerk 数据文件"):
        Store.open(path)
    assert _digest(path) == before


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store.open(path, daily_backup=False).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerSchema, match="更新版本"):
        Store.open(path)
    assert _digest(path) == before


def test_second_open_of_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "union.db"
    first = Store.open(path, daily_backup=False)
    try:
        with pytest.raises(DatabaseInUse, match="正由另一个 unionclerk 窗口使用"):
            Store.open(path)
        # The first one still works and the refused attempt wrote nothing to it.
        with first.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('unit_name', '疾控中心')")
    finally:
        first.close()
    # Once closed, the file can be opened again.
    Store.open(path, daily_backup=False).close()


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """The file made read-only for real: permission bits, or for root (whom they do not bind) the immutable
    attribute, which binds everyone."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root where the file system cannot mark a file immutable (chattr +i)")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "stick.db"
    Store.open(path, daily_backup=False).close()
    before = _digest(path)
    with _read_only(path), pytest.raises(DatabaseReadOnly, match="只读"):
        Store.open(path)
    assert _digest(path) == before


def test_a_connection_sqlite_opens_read_only_refuses_writes_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write-protected stick the permission check cannot see (root, some network drives): SQLite opens the
    file read-only (a mode=ro URI here), and the first write says 只读 instead of failing obscurely."""
    path = tmp_path / "stick.db"
    with Store.open(path, daily_backup=False) as store:
        MemberStore(store).add(Member(name="甲", join_date="2020-01-01"))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(path)
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        store_db.sqlite3,
        "connect",
        lambda target, **kw: real_connect(f"file:{target}?mode=ro", **{**kw, "uri": True}),
    )
    with Store.open(path, daily_backup=False) as store:
        members = MemberStore(store)
        assert [m.name for m in members.iter_members()] == ["甲"]  # reading works
        with pytest.raises(DatabaseReadOnly, match="只读"):
            members.add(Member(name="乙"))
        with pytest.raises(DatabaseReadOnly, match="只读"), store.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('unit_name', '某单位')")
        assert [m.name for m in members.iter_members()] == ["甲"]
    assert _digest(path) == before


def test_read_only_file_refused_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check asks the OS (os.access); simulate a write-protected stick where permission bits don't bind."""
    path = tmp_path / "stick.db"
    Store.open(path, daily_backup=False).close()
    real_access = os.access
    monkeypatch.setattr(
        store_db.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(DatabaseReadOnly, match="只读"):
        Store.open(path)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(store_db.StoreError, match="不存在"):
        Store.open(tmp_path / "no-such-folder" / "union.db")


def test_migration_takes_a_copy_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "union.db"
    with Store.open(path, daily_backup=False) as store, store.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('unit_name', '旧单位')")

    seen_in_copy: list[str] = []

    def add_column(conn: sqlite3.Connection) -> None:
        # When the migration runs, the copy must already exist, holding the old state.
        copies = list_backups(path)
        assert copies, "no backup before the migration ran"
        old = sqlite3.connect(copies[0].path)
        seen_in_copy.append(old.execute("SELECT value FROM settings WHERE key = 'unit_name'").fetchone()[0])
        old.close()
        conn.execute("ALTER TABLE settings ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(store_db, "MIGRATIONS", [*store_db.MIGRATIONS, add_column])
    monkeypatch.setattr(store_db, "LATEST_VERSION", LATEST_VERSION + 1)
    with Store.open(path, daily_backup=False) as store:
        assert store.version == LATEST_VERSION + 1
        assert store.migrated_from == LATEST_VERSION
        assert store.pre_migration_backup is not None
        assert store.pre_migration_backup.name.endswith(f"-before-v{LATEST_VERSION + 1}.db")
        assert "note" in {row[1] for row in store.conn.execute("PRAGMA table_info(settings)")}
    assert seen_in_copy == ["旧单位"]


def test_failed_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "union.db"
    Store.open(path, daily_backup=False).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(store_db, "MIGRATIONS", [*store_db.MIGRATIONS, broken])
    monkeypatch.setattr(store_db, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError, match="migration bug"):
        Store.open(path, daily_backup=False)
    monkeypatch.undo()
    with Store.open(path, daily_backup=False) as store:
        assert store.version == LATEST_VERSION
        tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
