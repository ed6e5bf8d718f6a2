"""Writes are all-or-nothing, and a crash at any moment leaves the last committed state."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore


def test_an_exception_rolls_back_the_whole_block(store: Store, members: MemberStore) -> None:
    members.add(Member(name="甲"))
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO members (name) VALUES ('乙')")
        conn.execute("INSERT INTO members (name) VALUES ('丙')")
        raise RuntimeError("boom")
    assert [m.name for m in members.iter_members()] == ["甲"]


def test_nested_block_rolls_back_alone(store: Store, members: MemberStore) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO members (name) VALUES ('甲')")
        with pytest.raises(ValueError), store.transaction():
            conn.execute("INSERT INTO members (name) VALUES ('乙')")
            raise ValueError
    assert [m.name for m in members.iter_members()] == ["甲"]


def test_foreign_keys_are_enforced(store: Store) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO member_status_history (member_id, status, date) VALUES (999, '在会', '2026-01-01')"
        )


def test_a_process_killed_mid_transaction_leaves_the_last_commit(db_path: Path) -> None:
    with Store.open(db_path) as store:
        MemberStore(store).add(Member(name="已提交"))
    script = textwrap.dedent(
        f"""
        import os
        from unionclerk.store.db import Store
        store = Store.open({str(db_path)!r})
        with store.transaction() as conn:
            for i in range(500):
                conn.execute("INSERT INTO members (name) VALUES (?)", (f"未提交{{i}}",))
            os._exit(9)  # the power goes out before COMMIT
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2], timeout=60)
    assert result.returncode == 9
    with Store.open(db_path) as store:
        assert [m.name for m in MemberStore(store).iter_members(MemberQuery())] == ["已提交"]
        assert store.integrity_problems() == []
