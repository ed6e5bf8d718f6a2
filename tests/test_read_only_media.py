"""The command line on a data file on read-only media (a write-protected USB stick, a CD): everything that only
reads works and leaves the file untouched, every write is refused with one clear line. The medium is real (see
tests/read_only_stick.py); the window's side is tests/ui/test_read_only_window.py."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.read_only_stick import _digest, stick_fixture  # noqa: F401 - provides the fixture `stick`
from tests.transfer.transfer_files import WOMAN_1985, write_workbook
from unionclerk.cli import main
from unionclerk.store.schema import LATEST_VERSION


def test_check_reads_a_sound_file_as_sound(stick: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(stick.parent)
    assert main(["check", "--db", str(stick)]) == 0
    out = capsys.readouterr().out
    assert f"数据版本 {LATEST_VERSION}" in out and "完整性检查：正常" in out
    assert _digest(stick.parent) == before


def test_export_settings_and_dry_run_only_read(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(stick.parent)
    out = tmp_path / "花名册.xlsx"
    assert main(["export", "members", "--db", str(stick), "--out", str(out)]) == 0
    names = [row[0] for row in openpyxl.load_workbook(out).active.iter_rows(min_row=4, values_only=True)]
    assert "张三" in names and "李四" in names
    assert main(["settings", "--db", str(stick)]) == 0
    assert "unit_name = 第一中学" in capsys.readouterr().out
    roster = write_workbook(tmp_path / "r.xlsx", [["姓名", "身份证号"], ["王芳", WOMAN_1985]])
    assert main(["import", "members", str(roster), "--db", str(stick), "--dry-run"]) == 0
    assert "试导入（未写入）— 共 1 行：新增 1" in capsys.readouterr().out
    assert _digest(stick.parent) == before


def test_reports_only_read(stick: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(stick.parent)
    year = str(date.today().year)
    assert main(["report", "members", "--year", year, "--json", "--db", str(stick)]) == 0
    assert json.loads(capsys.readouterr().out)["end"] == 2
    assert main(["report", "compliance", "--year", year, "--db", str(stick)]) == 0
    assert _digest(stick.parent) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["settings", "--set", "unit_name=乙"],
        ["backup"],
    ],
)
def test_writes_are_refused_with_one_clear_line(
    stick: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = _digest(stick.parent)
    assert main([*argv, "--db", str(stick)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "只读" in err and "Traceback" not in err
    assert _digest(stick.parent) == before


def test_an_import_is_refused_and_writes_nothing(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(stick.parent)
    roster = write_workbook(tmp_path / "r.xlsx", [["姓名", "身份证号"], ["王芳", WOMAN_1985]])
    assert main(["import", "members", str(roster), "--db", str(stick)]) == 1
    assert "只读" in capsys.readouterr().err
    assert _digest(stick.parent) == before


def test_an_older_file_on_read_only_media_says_to_copy_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from tests.read_only_stick import _chattr

    folder = tmp_path / "cd"
    folder.mkdir()
    old = folder / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "db_v1.sqlite", old)
    if not _chattr("+i", old, folder):
        pytest.skip("cannot make a file immutable here (chattr +i needs root on ext4/xfs/btrfs)")
    try:
        before = _digest(folder)
        assert main(["export", "members", "--db", str(old), "--out", str(tmp_path / "r.xlsx")]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "较旧" in err and "复制到可写的位置" in err
        assert _digest(folder) == before
    finally:
        _chattr("-i", old, folder)


def test_the_handover_pack_is_written_from_a_read_only_file(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The predecessor's write-protected stick: the pack's checked database copy needs no backup beside it."""
    from unionclerk.store.backup import check_backup
    from unionclerk.store.db import Store
    from unionclerk.store.members import MemberQuery, MemberStore

    before = _digest(stick.parent)
    pack = tmp_path / "移交包"
    assert main(["export", "handover", "--year", "2026", "--out", str(pack), "--db", str(stick)]) == 0, (
        capsys.readouterr().err
    )
    copies = list(pack.glob("*.db"))
    assert len(copies) == 1 and check_backup(copies[0]) == []
    with Store.open_read_only(copies[0]) as copy:
        assert sorted(m.name for m in MemberStore(copy).iter_members(MemberQuery())) == ["张三", "李四"]
    assert _digest(stick.parent) == before
