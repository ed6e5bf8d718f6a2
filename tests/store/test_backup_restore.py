"""Backups through SQLite's backup API: daily and on demand, pruned to N, checked and saved-first on restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import save_settings


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM members ORDER BY name")]
    finally:
        conn.close()


def test_manual_backup_is_a_sound_copy(store: Store, members: MemberStore) -> None:
    members.add(Member(name="张三"))
    members.add(Member(name="李四"))
    target = backups.make_backup(store, kind="manual")
    assert target.parent == backups.backup_dir(store.path)
    assert backups.check_backup(target) == []
    assert _names(target) == sorted(["张三", "李四"])
    [info] = backups.list_backups(store.path)
    assert (info.path, info.kind, info.kind_label) == (target, "manual", "手动")
    assert info.size == target.stat().st_size > 0


def test_at_most_one_automatic_backup_a_day(db_path: Path) -> None:
    with Store.open(db_path) as store:  # empty: nothing worth keeping yet
        MemberStore(store).add(Member(name="张三"))
    assert backups.list_backups(db_path) == []
    with Store.open(db_path):
        pass
    with Store.open(db_path):
        pass
    autos = [info for info in backups.list_backups(db_path) if info.kind == "auto"]
    assert len(autos) == 1 and autos[0].created.date() == dt.date.today()


def test_yesterdays_backup_does_not_count_for_today(store: Store, members: MemberStore) -> None:
    members.add(Member(name="张三"))
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    backups.make_backup(store, kind="auto", now=yesterday)
    made = backups.daily_backup_if_due(store)
    assert made is not None and made.is_file()
    assert backups.daily_backup_if_due(store) is None


def test_backups_are_pruned_to_the_setting(store: Store, members: MemberStore) -> None:
    members.add(Member(name="张三"))
    save_settings(store, Settings(backups_kept=3))
    start = dt.datetime(2026, 1, 1, 9, 0, 0)
    made = [backups.make_backup(store, now=start + dt.timedelta(hours=hour)) for hour in range(5)]
    kept = [info.path for info in backups.list_backups(store.path)]
    assert kept == list(reversed(made[-3:]))
    assert not made[0].exists() and not made[1].exists()


def test_restore_backs_up_the_current_state_first(store: Store, members: MemberStore) -> None:
    members.add(Member(name="张三"))
    earlier = backups.make_backup(store, now=dt.datetime(2026, 1, 1, 9, 0, 0))
    members.add(Member(name="李四"))

    safety = backups.restore(store, earlier)

    assert [m.name for m in members.iter_members()] == ["张三"]
    assert safety.name.endswith("-before-restore.db")
    assert _names(safety) == sorted(["张三", "李四"])  # the replaced state is kept
    assert store.integrity_problems() == []
    members.add(Member(name="王五"))  # the store keeps working after the swap
    assert sorted(m.name for m in members.iter_members()) == sorted(["张三", "王五"])


def test_corrupt_backup_is_refused_and_nothing_changes(store: Store, members: MemberStore) -> None:
    members.add(Member(name="张三"))
    target = backups.make_backup(store, now=dt.datetime(2026, 1, 1, 9, 0, 0))
    members.add(Member(name="李四"))
    data = bytearray(target.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the second page (a b-tree page) so integrity_check fails.
    data[page_size : page_size + 200] = b"\xff" * 200
    target.write_bytes(bytes(data))
    assert backups.check_backup(target) != []
    count_before = len(backups.list_backups(store.path))

    with pytest.raises(StoreError, match="不能用于恢复"):
        backups.restore(store, target)

    assert sorted(m.name for m in members.iter_members()) == sorted(["张三", "李四"])
    assert len(backups.list_backups(store.path)) == count_before  # no safety copy for a refused restore


def test_a_file_that_is_not_a_unionclerk_backup_is_refused(store: Store, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert backups.check_backup(other) == ["不是 unionclerk 数据文件"]
    with pytest.raises(StoreError, match="不是 unionclerk 数据文件"):
        backups.restore(store, other)
