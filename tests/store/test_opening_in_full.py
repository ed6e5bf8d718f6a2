"""Opening a file to read, to work on, or as a dry run's copy: where the default file lives, every refusal in
full, the upgrade a reading command may make, and what a damaged or unreadable file reports."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from unionclerk.core.members import Member
from unionclerk.store import db as store_db
from unionclerk.store.backup import list_backups
from unionclerk.store.db import Store, data_file, default_db_path, inspect_file
from unionclerk.store.errors import DatabaseReadOnly, NeedsUpgrade, NotAUnionclerkFile, StoreError
from unionclerk.store.members import MemberStore
from unionclerk.store.schema import LATEST_VERSION

FIXTURES = Path(__file__).parent.parent / "fixtures"


def with_a_member(path: Path) -> Path:
    with Store.open(path, daily_backup=False) as store:
        MemberStore(store).add(Member(name="张三"))
    return path


def test_the_default_file_is_in_the_users_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "unionclerk" / "unionclerk.db"


def test_without_db_the_default_file_is_made_with_its_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data" / "deeper"))
    path = data_file(None)
    assert path == tmp_path / "data" / "deeper" / "unionclerk" / "unionclerk.db"
    with Store.open_read_only(path) as store:
        assert store.version == LATEST_VERSION
    # Its folder already there (the clerk deleted the file): made again; and found again, not replaced.
    path.unlink()
    assert data_file(None) == path and path.is_file()
    with_a_member(path)
    assert data_file(None) == path
    with Store.open_read_only(path) as store:
        assert [m.name for m in MemberStore(store).iter_members()] == ["张三"]
    assert list_backups(path) == []  # making the file took no backup


def test_a_given_file_must_exist(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError) as caught:
        data_file(missing)
    assert str(caught.value) == (
        f"找不到数据文件“{missing}”：请检查 --db 的路径（只有 unionclerk new 和 demo --out 会新建数据文件）。"
    )
    assert not missing.exists()
    with pytest.raises(NotAUnionclerkFile) as caught:
        data_file(tmp_path)
    assert (
        str(caught.value)
        == f"“{tmp_path}”是一个文件夹，不是 unionclerk 数据文件：请给出文件夹中的 .db 文件。"
    )
    real = with_a_member(tmp_path / "union.db")
    assert data_file(real) == real


def test_reading_refusals_in_full(tmp_path: Path) -> None:
    with pytest.raises(NotAUnionclerkFile) as caught:
        Store.open_read_only(tmp_path)
    assert (
        str(caught.value)
        == f"“{tmp_path}”是一个文件夹，不是 unionclerk 数据文件：请给出文件夹中的 .db 文件。"
    )
    missing = tmp_path / "gone.db"
    with pytest.raises(StoreError) as caught:
        Store.open_read_only(missing)
    assert str(caught.value) == f"找不到数据文件“{missing}”。"
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(NotAUnionclerkFile) as caught:
        inspect_file(empty)
    assert str(caught.value) == "“empty.db”是空文件，不是 unionclerk 数据文件。"


def test_a_connection_that_cannot_be_made_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = with_a_member(tmp_path / "union.db")

    def refuse(*args: object, **options: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_db, "read_only_connect", refuse)
    with pytest.raises(StoreError) as caught:
        Store.open_read_only(path)
    assert str(caught.value) == f"无法打开“{path}”：unable to open database file"


def test_read_only_refusals_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As root every file is writable, so the permission the check sees is set here.
    path = with_a_member(tmp_path / "stick.db")
    monkeypatch.setattr(store_db.os, "access", lambda target, mode: Path(target) != path)
    with pytest.raises(DatabaseReadOnly) as caught:
        Store.open(path)
    assert str(caught.value) == (
        f"数据文件“{path}”是只读的（可能在写保护的U盘或只读文件夹中），无法保存修改。"
        "请把它复制到可写的位置，或选择另一个文件。"
    )
    monkeypatch.setattr(store_db.os, "access", lambda target, mode: Path(target) != tmp_path)
    with pytest.raises(DatabaseReadOnly) as caught:
        Store.open(tmp_path / "new.db")
    assert str(caught.value) == f"文件夹“{tmp_path}”是只读的，无法在这里新建数据文件。"
    assert not (tmp_path / "new.db").exists()


def test_reading_an_older_file_upgrades_it_when_it_may_be_written(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "db_v5.sqlite", old)
    with pytest.raises(NeedsUpgrade):
        Store.open_read_only(old)
    with Store.open_for_reading(old) as store:
        assert (store.version, store.migrated_from, store.read_only) == (LATEST_VERSION, 5, False)
        assert store.pre_migration_backup is not None and store.pre_migration_backup.is_file()
    # Only the copy before the upgrade: a reading command takes no daily backup.
    assert [b.kind for b in list_backups(old)] == [f"before-v{LATEST_VERSION}"]
    with Store.open_read_only(old) as store:
        assert store.version == LATEST_VERSION


def test_a_store_read_from_a_worker_thread(tmp_path: Path) -> None:
    path = with_a_member(tmp_path / "union.db")
    names: list[str] = []
    errors: list[BaseException] = []

    def read(store: Store) -> None:
        try:
            names.extend(m.name for m in MemberStore(store).iter_members())
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            errors.append(exc)

    for opener in (Store.open, Store.open_read_only, Store.open_scratch):
        with opener(path) as store:
            worker = threading.Thread(target=read, args=(store,))
            worker.start()
            worker.join()
    assert errors == [] and names == ["张三", "张三", "张三"]


def test_a_dry_runs_copy_lives_in_memory_and_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = with_a_member(tmp_path / "union.db")
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with Store.open_scratch(path) as scratch:
        assert scratch.path == path
        assert [row[2] for row in scratch.conn.execute("PRAGMA database_list")] == [""]  # no file behind it
        with scratch.transaction():
            MemberStore(scratch).add(Member(name="李四"))
        assert sorted(m.name for m in MemberStore(scratch).iter_members()) == ["张三", "李四"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    with Store.open_read_only(path) as store:
        assert [m.name for m in MemberStore(store).iter_members()] == ["张三"]


def test_a_damaged_file_and_an_unreadable_one_are_reported(tmp_path: Path) -> None:
    with Store.open(tmp_path / "union.db", daily_backup=False) as store:
        store.conn.execute("CREATE TABLE t (a, b)")
        store.conn.execute("CREATE INDEX t_a ON t (a)")
        store.conn.execute("INSERT INTO t VALUES (1, 2)")
        # The index now claims to be over another column than the one it was built from.
        schema = store.conn.execute("PRAGMA schema_version").fetchone()[0]
        store.conn.execute("PRAGMA writable_schema = ON")
        store.conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a'")
        store.conn.execute(f"PRAGMA schema_version = {schema + 1}")
        store.conn.execute("PRAGMA writable_schema = OFF")
        assert store.integrity_problems() == ["row 1 missing from index t_a"]
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert inspect_file(garbage) == (-1, ["已损坏：file is not a database"])


def test_a_newer_or_an_older_file_is_refused_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    newer = with_a_member(tmp_path / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    for opener in (Store.open, Store.open_read_only):
        with pytest.raises(StoreError) as caught:
            opener(newer)
        assert str(caught.value) == (
            f"“newer.db”由更新版本的 unionclerk 写入（数据版本 {LATEST_VERSION + 1}，本程序支持到 {LATEST_VERSION}）。"
            "请升级 unionclerk 后再打开；文件未作任何改动。"
        )
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "db_v5.sqlite", old)
    with pytest.raises(NeedsUpgrade) as caught:
        Store.open_read_only(old)
    assert str(caught.value) == (
        "“old.db”的数据版本（5）较旧，只读时无法升级。"
        "请把它复制到可写的位置，用 unionclerk 打开一次（会先备份再升级）。"
    )
    # Nor may a reading command upgrade it when the file cannot be written.
    monkeypatch.setattr(store_db, "writable", lambda path: False)
    with pytest.raises(NeedsUpgrade):
        Store.open_for_reading(old)


def test_a_file_sqlite_cannot_open_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "union.db"

    def refuse(*args: object, **options: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_db.sqlite3, "connect", refuse)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(caught.value) == f"无法打开“{path}”：unable to open database file"
    monkeypatch.undo()
    with_a_member(path)  # the lock was let go: the file opens again
