"""Backups through SQLite's backup API: daily and on demand, pruned to N, checked and saved-first on restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.store import backup as backups
from unionclerk.store.backup import (
    BackupInfo,
    backup_dir,
    check_backup,
    daily_backup_if_due,
    list_backups,
    make_backup,
    prune,
    restore,
)
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.schema import LATEST_VERSION
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


# -- in detail: names, labels, order, the kept count, check_backup, failures in full --------------------

NOON = dt.datetime(2026, 3, 1, 12, 0, 0)


def test_names_labels_and_order(store: Store) -> None:
    first = make_backup(store, kind="manual", now=NOON)
    second = make_backup(store, kind="manual", now=NOON)  # the same second: a counter keeps both
    third = make_backup(store, kind="manual", now=NOON)
    auto = make_backup(store, kind="auto", now=NOON + dt.timedelta(hours=1))
    before = make_backup(store, kind=f"before-v{LATEST_VERSION}", now=NOON - dt.timedelta(days=1))
    assert first.name == "union-20260301-120000-manual.db"
    assert second.name == "union-20260301-120000-1-manual.db"
    assert third.name == "union-20260301-120000-2-manual.db"
    assert first.parent == backup_dir(store.path) == store.path.parent / "union.backups"
    infos = list_backups(store.path)
    assert [i.path for i in infos] == [auto, third, second, first, before]
    assert [i.kind_label for i in infos] == [
        "每日自动",
        "手动",
        "手动",
        "手动",
        f"升级前（数据版本 {LATEST_VERSION}）",
    ]
    assert infos[0].created == NOON + dt.timedelta(hours=1) and infos[0].size == auto.stat().st_size > 0
    assert BackupInfo(first, NOON, "before-restore", 1).kind_label == "恢复前"
    assert BackupInfo(first, NOON, "odd", 1).kind_label == "odd"
    # Files of another database or with other names are not this database's backups.
    (backup_dir(store.path) / "other-20260301-120000-manual.db").write_bytes(b"")
    (backup_dir(store.path) / "notes.db").write_bytes(b"")
    assert len(list_backups(store.path)) == 5
    assert list_backups(store.path.with_name("nowhere.db")) == []


def test_pruning_keeps_the_newest_and_their_companions_go(store: Store) -> None:
    paths = [make_backup(store, now=NOON + dt.timedelta(minutes=n)) for n in range(4)]
    paths[0].with_name(paths[0].name + "-wal").write_bytes(b"x")
    removed = prune(store.path, keep=2)
    assert removed == [paths[1], paths[0]]
    assert [i.path for i in list_backups(store.path)] == [paths[3], paths[2]]
    assert not paths[0].with_name(paths[0].name + "-wal").exists()


def test_the_kept_count_comes_from_the_settings(store: Store) -> None:
    save_settings(store, Settings(backups_kept=3))
    for n in range(5):
        make_backup(store, now=NOON + dt.timedelta(minutes=n))
    assert len(list_backups(store.path)) == 3
    store.conn.execute("UPDATE settings SET value = '0' WHERE key = 'backups_kept'")
    for n in range(12):
        make_backup(store, now=NOON + dt.timedelta(hours=1, minutes=n))
    assert len(list_backups(store.path)) == 10  # a nonsense setting keeps the default


def test_the_daily_backup_is_for_a_roster_with_members(store: Store) -> None:
    today = dt.date.today()
    assert daily_backup_if_due(store, today=today) is None  # nothing worth keeping yet
    MemberStore(store).add(Member(name="甲"))
    made = daily_backup_if_due(store, today=today)
    assert made is not None and made.name.endswith("-auto.db")
    assert daily_backup_if_due(store, today=today) is None


def test_what_check_backup_says(store: Store, tmp_path: Path) -> None:
    MemberStore(store).add(Member(name="甲"))
    good = make_backup(store, now=NOON)
    assert check_backup(good) == []
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert check_backup(plain) == ["不是 unionclerk 数据文件"]
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    assert check_backup(newer) == [f"由更新版本的 unionclerk 写入（数据版本 {LATEST_VERSION + 1}）"]
    text = tmp_path / "text.db"
    text.write_text("not a database at all, just some text " * 50)
    assert check_backup(text)[0].startswith("已损坏：")
    missing = tmp_path / "missing" / "x.db"
    assert check_backup(missing)[0].startswith("无法打开：")


def test_restore_refuses_a_bad_backup_in_full_and_brings_a_good_one_back(
    store: Store, tmp_path: Path
) -> None:
    members = MemberStore(store)
    members.add(Member(name="甲"))
    good = make_backup(store, now=NOON)
    members.add(Member(name="乙"))
    plain = tmp_path / "plain-20260301-120000-manual.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError) as refused:
        restore(store, plain)
    assert str(refused.value) == "备份“plain-20260301-120000-manual.db”不能用于恢复：不是 unionclerk 数据文件"
    safety = restore(store, good)
    assert [m.name for m in members.iter_members(MemberQuery())] == ["甲"]
    assert safety.name.endswith("-before-restore.db")
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_backup_folder_that_cannot_be_written_is_named(store: Store) -> None:
    backup_dir(store.path).write_text("a file where the folder should be")
    with pytest.raises(StoreError) as refused:
        make_backup(store, now=NOON)
    assert str(refused.value).startswith(f"无法写入备份到“{backup_dir(store.path)}”：")
