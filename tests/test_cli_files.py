"""The data file and the output file named on the command line: `new`, refusing what does not exist, the default
file on first use, reading while the window has the file open, CSV or .xlsx by extension, normal file modes, and
output encodings that cannot hold Chinese."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.transfer.transfer_files import MAN_1990, write_workbook
from unionclerk.cli import main
from unionclerk.core.members import Member
from unionclerk.store.db import Store, default_db_path
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def _roster(path: Path) -> Path:
    with Store.open(path, daily_backup=False) as store:
        members = MemberStore(store)
        members.add(Member(name="张三", id_number=MAN_1990, phone="13912345678", notes="=SUM(A1)"))
        members.add(Member(name="李四", sex="女"))
    return path


def test_new_makes_an_empty_file_with_its_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "工会.db"
    assert main(["new", "--db", str(path), "--set", "unit_name=第一中学", "--set", "staff_count=82"]) == 0
    assert "已新建数据文件" in capsys.readouterr().out
    with Store.open(path, daily_backup=False) as store:
        settings = load_settings(store)
        assert (settings.unit_name, settings.staff_count) == ("第一中学", 82)
        assert MemberStore(store).counts()["members"] == 0


def test_new_refuses_an_existing_file_and_a_bad_setting_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = _roster(tmp_path / "u.db")
    before = existing.read_bytes()
    assert main(["new", "--db", str(existing), "--set", "unit_name=乙"]) == 1
    assert "已存在" in capsys.readouterr().err
    assert existing.read_bytes() == before
    fresh = tmp_path / "new.db"
    assert main(["new", "--db", str(fresh), "--set", "staff_count=很多"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "职工总数" in err
    assert not fresh.exists() and not fresh.with_name("new.db.lock").exists()


@pytest.mark.parametrize("verb", [["settings"], ["settings", "--set", "unit_name=甲"], ["backup"], ["check"]])
def test_a_mistyped_db_is_refused_naming_it_and_never_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: list[str]
) -> None:
    typo = tmp_path / "uinon.db"
    assert main([*verb, "--db", str(typo)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：找不到数据文件") and str(typo) in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_check_on_a_folder_says_it_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "是一个文件夹" in err and "找不到" not in err


def test_the_default_file_is_created_on_first_use_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = default_db_path()
    assert not default.parent.exists()
    roster = write_workbook(tmp_path / "r.xlsx", [["姓名", "性别"], ["王五", "男"]])
    assert main(["import", "members", str(roster)]) == 0
    with Store.open(default, daily_backup=False) as store:
        assert [m.name for m in MemberStore(store).iter_members()] == ["王五"]
    capsys.readouterr()


def test_settings_can_be_read_while_the_window_has_the_file_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "u.db"
    assert main(["new", "--db", str(path), "--set", "unit_name=第一中学"]) == 0
    capsys.readouterr()
    with Store.open(path) as window_store:  # holds the lock, as the window does
        assert main(["settings", "--db", str(path)]) == 0
        assert "unit_name = 第一中学" in capsys.readouterr().out
        assert main(["settings", "--db", str(path), "--set", "unit_name=乙"]) == 1
        assert "正由另一个 unionclerk 窗口使用" in capsys.readouterr().err
        assert main(["export", "members", "--db", str(path), "--out", str(tmp_path / "r.xlsx")]) == 0
        assert load_settings(window_store).unit_name == "第一中学"


def test_export_writes_csv_for_csv_and_xlsx_for_xlsx(tmp_path: Path) -> None:
    db = _roster(tmp_path / "u.db")
    out_csv, out_xlsx = tmp_path / "花名册.csv", tmp_path / "花名册.XLSX"
    assert main(["export", "members", "--db", str(db), "--out", str(out_csv)]) == 0
    assert main(["export", "members", "--db", str(db), "--out", str(out_xlsx)]) == 0
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the Chinese
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert "姓名" in header and "身份证号" in header
    by_name = {row[header.index("姓名")]: row for row in rows[1:]}
    assert set(by_name) == {"张三", "李四"}
    zhang = by_name["张三"]
    assert zhang[header.index("身份证号")] == MAN_1990[:6] + "*" * 8 + MAN_1990[14:]  # masked unless asked
    assert zhang[header.index("备注")] == "'=SUM(A1)"  # never a formula
    book = openpyxl.load_workbook(out_xlsx)  # a real workbook, whatever the case of the extension
    assert book.active.max_row >= 5


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "members"],
        ["export", "activities", "--year", "2026"],
        ["export", "plan", "--year", "2026"],
        ["export", "template", "members"],
    ],
)
def test_other_extensions_are_refused_naming_the_accepted_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    db = _roster(tmp_path / "u.db")
    out = tmp_path / "roster.xls"
    db_args = [] if "template" in argv else ["--db", str(db)]
    assert main([*argv, *db_args, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".xlsx" in err and ".xls”" in err
    if "template" not in argv:
        assert ".csv" in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.db", "u.db.lock"]  # the lock of _roster's open


def test_exported_files_get_the_mode_a_new_file_gets(tmp_path: Path) -> None:
    db = _roster(tmp_path / "u.db")
    old = os.umask(0o022)
    try:
        for name in ("a.xlsx", "a.csv"):
            assert main(["export", "members", "--db", str(db), "--out", str(tmp_path / name)]) == 0
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
        assert main(["export", "template", "plan", "--out", str(tmp_path / "t.xlsx")]) == 0
        assert stat.S_IMODE((tmp_path / "t.xlsx").stat().st_mode) == 0o644
    finally:
        os.umask(old)


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_an_output_encoding_without_chinese_never_kills_the_command(tmp_path: Path, encoding: str) -> None:
    db = _roster(tmp_path / "u.db")
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for argv in (["check", "--db", str(db)], ["check", "--db", str(tmp_path / "缺.db")]):
        done = subprocess.run(
            [sys.executable, "-m", "unionclerk", *argv], capture_output=True, env=env, cwd=ROOT, timeout=60
        )
        assert b"Traceback" not in done.stderr and b"UnicodeEncodeError" not in done.stderr
        assert done.returncode == (0 if argv[-1] == str(db) else 1)
        shown = done.stdout + done.stderr
        assert b"?" in shown and str(tmp_path).encode() in shown


def test_reading_commands_upgrade_an_older_writable_file_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file of an older data version cannot be read as it is: where it can be written, it is upgraded (with
    a copy first) as any open does; the read-only media case is refused (tests/test_read_only_media.py)."""
    import shutil

    from unionclerk.store.backup import list_backups
    from unionclerk.store.schema import LATEST_VERSION

    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "db_v1.sqlite", old)
    assert main(["settings", "--db", str(old)]) == 0
    assert main(["export", "members", "--db", str(old), "--out", str(tmp_path / "r.csv")]) == 0
    assert main(["check", "--db", str(old)]) == 0
    assert f"数据版本 {LATEST_VERSION}" in capsys.readouterr().out
    assert any(info.kind.startswith("before-v") for info in list_backups(old))
