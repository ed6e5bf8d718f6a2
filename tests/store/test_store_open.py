"""Opening a file: a new one is not copied before its first migration, the pragmas hold, messages in full."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unionclerk.core.members import Member
from unionclerk.store import db as store_db
from unionclerk.store.backup import list_backups
from unionclerk.store.db import Store
from unionclerk.store.errors import DatabaseReadOnly, NotAUnionclerkFile
from unionclerk.store.members import MemberStore
from unionclerk.store.schema import APPLICATION_ID, LATEST_VERSION


def test_a_new_file_is_created_at_the_latest_version_without_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store.open(path) as store:
        assert (store.version, store.migrated_from, store.pre_migration_backup) == (
            LATEST_VERSION,
            None,
            None,
        )
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert store.conn.isolation_level is None  # our BEGIN/COMMIT only
        assert store.backup_warning is None and store.integrity_problems() == []
    assert not (tmp_path / "new.db.backups").exists()  # nothing to keep in an empty file


def test_opening_takes_the_days_backup_unless_told_not_to(tmp_path: Path) -> None:
    path = tmp_path / "union.db"
    with Store.open(path, daily_backup=False) as store:
        MemberStore(store).add(Member(name="甲"))
    Store.open(path, daily_backup=False).close()
    assert list_backups(path) == []
    Store.open(path).close()
    assert len(list_backups(path)) == 1


def test_the_read_only_message_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stick.db"
    Store.open(path, daily_backup=False).close()
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        store_db.sqlite3,
        "connect",
        lambda target, **kw: real_connect(f"file:{target}?mode=ro", **{**kw, "uri": True}),
    )
    with Store.open(path, daily_backup=False) as store, pytest.raises(DatabaseReadOnly) as refused:
        MemberStore(store).add(Member(name="乙"))
    assert str(refused.value) == (
        f"数据文件“{path}”是只读的（可能在写保护的U盘或只读文件夹中），这次修改没有保存"
        "（attempt to write a readonly database）。请把它复制到可写的位置，或选择另一个文件。"
    )


def test_a_folder_and_a_broken_header_are_named_in_full(tmp_path: Path) -> None:
    with pytest.raises(NotAUnionclerkFile) as folder:
        Store.open(tmp_path)
    assert (
        str(folder.value)
        == f"“{tmp_path}”是一个文件夹，不是 unionclerk 数据文件：请给出文件夹中的 .db 文件。"
    )
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    with pytest.raises(NotAUnionclerkFile) as header:
        Store.open(broken)
    assert str(header.value).startswith("“broken.db”不是 unionclerk 数据文件，或已损坏：")


def test_inspecting_a_file_reads_its_version_and_problems(tmp_path: Path) -> None:
    import shutil

    from unionclerk.store.db import inspect_file

    current = tmp_path / "current.db"
    with Store.open(current, daily_backup=False) as store:
        MemberStore(store).add(Member(name="甲"))
    assert inspect_file(current) == (LATEST_VERSION, [])
    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "db_v1.sqlite", old)
    assert inspect_file(old) == (
        1,
        [f"数据版本 1 较旧，打开时将自动升级到 {LATEST_VERSION}（升级前会先备份）"],
    )
    newer = tmp_path / "newer.db"
    shutil.copy(current, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    assert inspect_file(newer) == (
        LATEST_VERSION + 1,
        [f"由更新版本的 unionclerk 写入（数据版本 {LATEST_VERSION + 1}）"],
    )
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert inspect_file(plain) == (0, ["不是 unionclerk 数据文件"])
