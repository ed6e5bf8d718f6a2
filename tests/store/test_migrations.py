"""Each past schema version's file (tests/fixtures/db_v*.sqlite) opens, is copied first, and migrates keeping its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.fixtures import make_db_versions
from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.errors import RecordInUse
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.schema import LATEST_VERSION, MIGRATIONS, _names_sorted_by_syllable

FIXTURES = Path(make_db_versions.__file__).parent
PAST_VERSIONS = range(1, LATEST_VERSION)


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _names(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, status FROM members ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_fixture_file_exists_at_its_version(version: int) -> None:
    path = FIXTURES / f"db_v{version}.sqlite"
    assert path.is_file(), "run tests/fixtures/make_db_versions.py and commit its output"
    assert _version(path) == version


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_past_version_is_backed_up_then_migrated_keeping_members(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"db_v{version}.sqlite", path)
    before = _names(path)
    assert before

    with Store.open(path, daily_backup=False) as store:
        assert store.version == LATEST_VERSION
        assert store.migrated_from == version
        backup = store.pre_migration_backup
        roster = MemberStore(store)
        assert sorted((m.name, m.status) for m in roster.iter_members()) == sorted(before)
        wang = roster.find_by_name("王芳")[0]
        assert [c.status for c in roster.history(wang.id or 0)] == ["在会", "保留会籍"]

    assert backup is not None and backup.is_file()
    assert _version(backup) == version  # the copy is the file as it was
    assert _names(backup) == before
    assert _names(path) == before


def test_v1_file_gains_working_activity_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "db_v1.sqlite", path)
    with Store.open(path, daily_backup=False) as store:
        roster = MemberStore(store)
        zhang = roster.find_by_name("张三")[0]
        categories = [
            r[0] for r in store.conn.execute("SELECT name FROM activity_categories ORDER BY position")
        ]
        assert categories[2] == "教育培训" and len(categories) == 9
        with store.transaction() as conn:
            activity = conn.execute(
                "INSERT INTO activities (date, title, category) VALUES ('2026-05-12', '护理知识竞赛', '知识竞赛')"
            ).lastrowid
            conn.execute("INSERT INTO activity_participants VALUES (?, ?)", (activity, zhang.id))
        with pytest.raises(RecordInUse):
            roster.delete(zhang.id or 0)


def test_generator_writes_each_past_version(tmp_path: Path) -> None:
    written = make_db_versions.main(tmp_path)
    assert [_version(p) for p in written] == list(PAST_VERSIONS)
    for path in written:
        assert _names(path) == _names(FIXTURES / path.name)


def test_names_sorted_by_syllable_after_migrating(tmp_path: Path) -> None:
    path = tmp_path / "previous.db"
    before = MIGRATIONS.index(_names_sorted_by_syllable)  # the file as the version before it wrote it
    shutil.copy(FIXTURES / f"db_v{before}.sqlite", path)  # pinyin run together, as written then
    assert ("张三", "zhangsan") in sqlite3.connect(path).execute(
        "SELECT name, name_pinyin FROM members"
    ).fetchall()
    with Store.open(path, daily_backup=False) as store:
        stored = dict(store.conn.execute("SELECT name, name_pinyin FROM members").fetchall())
        assert stored == {"张三": "zhang san", "李四": "li si", "王芳": "wang fang"}
        roster = MemberStore(store)
        roster.add(Member(name="王方", join_date="2020-01-01"))
        roster.add(Member(name="汪啊", join_date="2020-01-01"))
        assert [m.name for m in roster.iter_members()] == ["李四", "汪啊", "王方", "王芳", "张三"]
        assert [m.name for m in roster.iter_members(MemberQuery(text="wangf"))] == ["王方", "王芳"]


def test_latest_past_file_gains_a_working_ledger(tmp_path: Path) -> None:
    from unionclerk.core.ledger import Entry
    from unionclerk.store.ledger import LedgerQuery, LedgerStore

    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"db_v{LATEST_VERSION - 1}.sqlite", path)
    with Store.open(path, daily_backup=False) as store:
        ledger = LedgerStore(store)
        activity_id = store.conn.execute("SELECT id FROM activities").fetchone()[0]
        with store.transaction() as conn:
            conn.execute("UPDATE activities SET cost_fen = 120000 WHERE id = ?", (activity_id,))
        ledger.post_activity(activity_id)
        ledger.add(Entry("2026-01-05", "收会费", "401", income_fen=500))
        assert ledger.totals(LedgerQuery(2026)) == (2, 500, 120000)
