"""Failures found in review: history kept consistent, damaged and locked files give clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unionclerk.cli import main
from unionclerk.core.members import FieldErrors, Member
from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.errors import CorruptDatabase, DatabaseBusy, StoreError
from unionclerk.store.members import MemberStore


def test_join_date_cannot_move_after_a_later_status_change(members: MemberStore) -> None:
    member_id = members.add(Member(name="邓家波", join_date="1990-06-17"))
    members.change_status(member_id, "保留会籍", "2026-06-30", "退休")
    member = members.get(member_id)
    member.join_date = "2026-08-01"
    with pytest.raises(FieldErrors) as caught:
        members.update(member)
    assert "2026-06-30" in caught.value.errors["join_date"]
    assert [c.date for c in members.history(member_id)] == ["1990-06-17", "2026-06-30"]
    member.join_date = "1991-01-01"
    members.update(member)
    assert [(c.status, c.date) for c in members.history(member_id)] == [
        ("在会", "1991-01-01"),
        ("保留会籍", "2026-06-30"),
    ]


@pytest.mark.parametrize("bad", ["20240101", "2024-W01-1", "2024-02-30"])
def test_status_dates_must_be_plain_iso_dates(members: MemberStore, bad: str) -> None:
    member_id = members.add(Member(name="甲", join_date="2020-01-01"))
    with pytest.raises(FieldErrors, match="无效"):
        members.change_status(member_id, "转出", bad)


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member_status_history'").fetchone()[
        0
    ]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 600)


def test_a_damaged_page_is_reported_as_corrupt(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db_path) as store:
        MemberStore(store).add(Member(name="甲"))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db_path)
    with pytest.raises(CorruptDatabase, match="已损坏"):
        Store.open(db_path)
    assert main(["settings", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "已损坏" in err


def test_a_file_locked_by_another_program_is_a_clear_error(store: Store, members: MemberStore) -> None:
    other = sqlite3.connect(store.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    store.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(DatabaseBusy, match="占用"):
            members.add(Member(name="乙"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.conn.in_transaction is False
    members.add(Member(name="乙"))


def test_a_failed_daily_backup_does_not_keep_the_file_closed(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path, daily_backup=False) as store:
        MemberStore(store).add(Member(name="甲"))

    def no_room(*_args: object, **_kwargs: object) -> Path:
        raise StoreError("无法写入备份：磁盘已满")

    monkeypatch.setattr(backups, "make_backup", no_room)
    with Store.open(db_path) as store:
        assert store.backup_warning and "磁盘已满" in store.backup_warning
        assert MemberStore(store).counts()["members"] == 1


def test_a_copy_of_just_the_db_file_holds_every_commit(
    store: Store, members: MemberStore, tmp_path: Path
) -> None:
    members.add(Member(name="刚保存"))
    copy = tmp_path / "usb.db"
    copy.write_bytes(store.path.read_bytes())  # what Explorer copies: the .db without its -wal
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT name FROM members").fetchall() == [("刚保存",)]
    finally:
        conn.close()


def test_checking_backups_leaves_no_wal_files_behind(store: Store, members: MemberStore) -> None:
    members.add(Member(name="甲"))
    copy = backups.make_backup(store)
    assert backups.check_backup(copy) == []
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]
