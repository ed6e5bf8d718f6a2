"""A streamed import checks the file once and writes the rows it checked (spooled, not kept in memory); a file
checked again, because the roster changed meanwhile, must still be the file that was checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionclerk.bench.importing import build_roster
from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer.members import StoredMembers, import_members, read_members
from unionclerk.transfer.problems import TransferError
from unionclerk.transfer.reading import HEAD_ROWS

ROWS = HEAD_ROWS + 200  # a streamed sheet: the rows below the head are read from the file as they are walked


def _names(store: Store) -> list[str]:
    return sorted(m.name for m in MemberStore(store).iter_members(MemberQuery()))


def test_the_rows_written_are_the_rows_checked(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "花名册.xlsx"
    build_roster(path, ROWS, seed=1)
    parsed = read_members(path, stored=StoredMembers.read(store))
    assert parsed.table.more is not None and parsed.valid_count == ROWS
    checked = sorted(row.record.name for row in parsed.rows if row.record)
    build_roster(path, ROWS + 7, seed=2)  # the file is saved again after the preview

    report = import_members(store, parsed)
    assert report.written and report.added == ROWS
    assert _names(store) == checked


def test_a_file_changed_before_it_is_checked_again_is_refused(tmp_path: Path, store: Store) -> None:
    MemberStore(store).add(Member(name="王芳", join_date="2010-01-01", sex="女"))
    path = tmp_path / "花名册.xlsx"
    build_roster(path, ROWS, seed=1)
    parsed = read_members(path)  # not checked against the stored roster: the import reads the file again
    build_roster(path, ROWS + 7, seed=2)

    with pytest.raises(TransferError, match="“花名册.xlsx”在检查之后被改动过：导入中止，未写入任何数据"):
        import_members(store, parsed)
    assert _names(store) == ["王芳"]


def test_a_roster_changed_since_the_check_is_checked_again(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "花名册.xlsx"
    build_roster(path, ROWS, seed=1)
    parsed = read_members(path, stored=StoredMembers.read(store))
    last = parsed.rows[-1].record
    assert last is not None and parsed.error_rows == []
    # Meanwhile someone registers the last row's ID number under another name.
    MemberStore(store).add(Member(name="赵六", id_number=last.id_number, join_date="2010-01-01"))

    report = import_members(store, parsed)
    assert not report.written
    assert [(p.row, p.column) for p in report.errors] == [(ROWS + 2, "姓名")]
    assert "已登记为“赵六”" in report.errors[0].message
    assert _names(store) == ["赵六"]
