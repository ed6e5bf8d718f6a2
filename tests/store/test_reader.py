"""A reader sees what the open Store has committed and cannot write."""

from __future__ import annotations

import sqlite3

import pytest

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.reader import open_reader


def test_reader_sees_committed_rows_only_and_cannot_write(store: Store) -> None:
    MemberStore(store).add(Member(name="张三", join_date="2020-01-01"))
    reader = open_reader(store.path)
    try:
        with store.transaction() as conn:  # the writer's open transaction is not seen by the reader
            conn.execute("INSERT INTO settings (key, value) VALUES ('unit_name', '甲')")
            assert reader.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
        assert reader.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 1
        assert reader.conn.execute("SELECT name FROM members").fetchall() == [("张三",)]
        with pytest.raises(sqlite3.OperationalError):
            reader.conn.execute("DELETE FROM members")
    finally:
        reader.close()
    assert MemberStore(store).find_by_name("张三")
