"""The command-line verbs: demo, settings, backup, check; errors are one line and non-zero."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from unionclerk.cli import main
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.backup import list_backups
from unionclerk.store.db import Store
from unionclerk.store.demo import demo_year
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.schema import LATEST_VERSION
from unionclerk.store.settings import load_settings


def test_demo_writes_a_union_like_the_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.db"
    assert main(["demo", "--out", str(out)]) == 0
    assert "78 名会员" in capsys.readouterr().out
    with Store.open(out, daily_backup=False) as store:
        members = MemberStore(store)
        assert members.counts() == {"members": 77, "retirees": 1, "women": 44, "hardship": 3}
        year = load_settings(store)
        assert year.unit_name.endswith("疾病预防控制中心")
        year = demo_year(dt.date.today())
        joined = members.joined_between(f"{year}-01-01", f"{year}-12-31")
        assert len(joined) == 4
        assert len(members.retired_between(f"{year}-01-01", f"{year}-12-31")) == 1
        assert all(m.id_number and len(m.id_number) == 18 for m in members.iter_members())
        activities = ActivityStore(store).list(ActivityQuery(year=year))
        assert len(activities) == 13
        assert PlanStore(store).progress(year).total == 12
        assert PlanStore(store).items(year + 1)


def test_demo_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.db"
    out.write_bytes(b"precious")
    assert main(["demo", "--out", str(out)]) == 1
    assert "已存在" in capsys.readouterr().err
    assert out.read_bytes() == b"precious"


def test_settings_print_and_set(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--db", str(db_path)]) == 0
    assert (
        main(
            ["settings", "--db", str(db_path), "--set", "unit_name=青山县疾控中心", "--set", "staff_count=82"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "unit_name = 青山县疾控中心" in out
    with Store.open(db_path) as store:
        assert load_settings(store).staff_count == 82


def test_bad_setting_is_one_line_and_changes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--db", str(db_path)]) == 0
    assert main(["settings", "--db", str(db_path), "--set", "unit_name=甲", "--set", "staff_count=abc"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "职工总数" in err
    with Store.open(db_path) as store:
        assert load_settings(store).unit_name == ""


def test_backup_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "u.db"
    main(["demo", "--out", str(out)])
    assert main(["backup", "--db", str(out)]) == 0
    assert any(info.kind == "manual" for info in list_backups(out))
    assert main(["check", "--db", str(out)]) == 0
    assert f"数据版本 {LATEST_VERSION}" in capsys.readouterr().out


def test_check_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database")
    assert main(["check", "--db", str(bogus)]) == 1
    assert "不是 unionclerk 数据文件" in capsys.readouterr().err
    assert bogus.read_text() == "not a database"


def test_check_reports_a_foreign_sqlite_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert main(["check", "--db", str(other)]) == 1
    assert "不是 unionclerk 数据文件" in capsys.readouterr().out


def test_module_entry_point_runs_without_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "unionclerk", "check", "--db", str(tmp_path / "missing.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "找不到数据文件" in result.stderr
