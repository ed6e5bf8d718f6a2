"""`unionclerk import members`, `export members`, `export template members` from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.transfer.transfer_files import MAN_1990, WOMAN_1985, write_workbook
from unionclerk.cli import main
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore


def _new_db(tmp_path: Path) -> Path:
    """An empty unionclerk database, as the window or `demo --out` would have made it."""
    path = tmp_path / "u.db"
    Store.open(path, daily_backup=False).close()
    return path


def _count(db: Path) -> int:
    with Store.open(db, daily_backup=False) as store:
        return MemberStore(store).count(MemberQuery())


def test_errors_write_nothing_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _new_db(tmp_path)
    path = write_workbook(
        tmp_path / "r.xlsx",
        [["姓名", "身份证号", "工号"], ["张三", MAN_1990, "A1"], ["赵六", 1.10105e17, "A2"]],
    )
    assert main(["import", "members", str(path), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert "第3行 身份证号" in out and "丢失" in out and "未写入" in err
    assert "工号" in out  # the unrecognised column is named
    assert _count(db) == 0

    assert main(["import", "members", str(path), "--db", str(db), "--dry-run", "--skip-invalid"]) == 1
    assert _count(db) == 0
    errors = tmp_path / "errors.xlsx"
    assert (
        main(["import", "members", str(path), "--db", str(db), "--skip-invalid", "--errors-out", str(errors)])
        == 0
    )
    out, _ = capsys.readouterr()
    assert "新增 1" in out and "跳过 1" in out
    assert openpyxl.load_workbook(errors).active.cell(2, 1).value == "赵六"
    assert _count(db) == 1


def test_map_and_reimport_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _new_db(tmp_path)
    path = write_workbook(
        tmp_path / "r.xlsx",
        [["姓名", "身份证号", "所属班组"], ["张三", MAN_1990, "一组"], ["李四", WOMAN_1985, "二组"]],
    )
    assert main(["import", "members", str(path), "--db", str(db), "--map", "所属班组=部门"]) == 0
    assert main(["import", "members", str(path), "--db", str(db), "--map", "所属班组=department"]) == 0
    out, _ = capsys.readouterr()
    assert "新增 2" in out and "未变 2" in out
    with Store.open(db, daily_backup=False) as store:
        assert MemberStore(store).departments() == ["一组", "二组"]
    assert main(["import", "members", str(path), "--db", str(db), "--map", "所属班组=工资"]) == 1
    assert "不是可映射的字段" in capsys.readouterr().err


def test_export_and_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _new_db(tmp_path)
    path = write_workbook(
        tmp_path / "r.xlsx",
        [
            ["姓名", "身份证号", "会籍状态", "状态变更日期", "入会日期"],
            ["张三", MAN_1990, "在会", None],
            ["李四", WOMAN_1985, "退会", "2020-01-01", "2010-01-01"],
        ],
    )
    assert main(["import", "members", str(path), "--db", str(db)]) == 0
    out = tmp_path / "out.xlsx"
    assert main(["export", "members", "--db", str(db), "--out", str(out), "--status", "在会"]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(4, 1).value == "张三" and sheet.cell(4, 5).value == "110105********1239"
    assert sheet.cell(5, 1).value == "合计：1 人，其中女 0 人"
    assert main(["export", "members", "--db", str(db), "--out", str(out), "--full-id"]) == 0
    ids = {openpyxl.load_workbook(out).active.cell(r, 5).value for r in (4, 5)}
    assert ids == {MAN_1990, WOMAN_1985}
    assert main(["export", "members", "--db", str(db), "--out", str(out), "--status", "离职"]) == 1
    template = tmp_path / "t.xlsx"
    assert main(["export", "template", "members", "--out", str(template)]) == 0
    assert openpyxl.load_workbook(template).sheetnames == ["会员花名册", "填写说明"]


def test_not_a_workbook_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "r.xlsx"
    bad.write_text("hello", encoding="utf-8")
    assert main(["import", "members", str(bad), "--db", str(tmp_path / "u.db")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "Traceback" not in err and err.count("\n") == 1


def test_a_missing_database_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_workbook(tmp_path / "r.xlsx", [["姓名", "身份证号"], ["张三", MAN_1990]])
    missing = tmp_path / "typo" / "unoin.db"
    assert main(["import", "members", str(path), "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：找不到数据文件") and str(missing) in err and err.count("\n") == 1
    assert not missing.exists() and not missing.parent.exists()
    assert main(["export", "members", "--db", str(missing), "--out", str(tmp_path / "out.xlsx")]) == 1
    assert not missing.exists() and not (tmp_path / "out.xlsx").exists()
