"""A data file on read-only media for the tests: the file and its folder made immutable (chattr +i), which
root cannot write either; skipped with the reason where that cannot be done."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.transfer.transfer_files import MAN_1990
from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import save_settings


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _chattr(flag: str, *paths: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True, text=True)
    return done.returncode == 0


@pytest.fixture(name="stick")
def stick_fixture(tmp_path: Path) -> Iterator[Path]:
    """A union's file (two members, a unit name) in a folder nobody can write, not even root."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "工会.db"
    with Store.open(path, daily_backup=False) as store:
        save_settings(store, Settings(unit_name="第一中学"))
        members = MemberStore(store)
        members.add(Member(name="张三", id_number=MAN_1990, join_date="2010-09-01"))
        members.add(Member(name="李四", sex="女", join_date="2012-03-01"))
    path.with_name(path.name + ".lock").unlink()  # as a file copied onto the stick
    if not _chattr("+i", path, folder):
        pytest.skip("cannot make a file immutable here (chattr +i needs root on ext4/xfs/btrfs)")
    try:
        probe = folder / "probe"
        with pytest.raises(OSError):
            probe.write_text("x")
        yield path
    finally:
        _chattr("-i", path, folder)
