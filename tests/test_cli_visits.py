"""`unionclerk report compliance` and the visits kinds of `import`/`export` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionclerk.cli import main
from unionclerk.core.members import Member
from unionclerk.core.visits import Visit
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitStore


def _db_with_breaches(tmp_path: Path) -> Path:
    path = tmp_path / "u.db"
    with Store.open(path, daily_backup=False) as store:
        save_settings(store, load_settings(store).with_text("province", "安徽"))
        roster = MemberStore(store)
        zhang = roster.add(Member(name="张三", department="检验科", join_date="2010-01-01"))
        old = roster.add(Member(name="赵老", department="办公室", join_date="2000-01-01"))
        roster.change_status(old, "保留会籍", "2026-06-30", "退休")
        visits = VisitStore(store)
        visits.add(
            Visit(
                date="2026-03-01",
                kind="生日",
                member_id=zhang,
                goods="蛋糕",
                goods_fen=60000,
                breach_reason="含集体生日会",
            )
        )
        visits.add(
            Visit(date="2026-03-01", kind="生日", member_id=old, goods="蛋糕", goods_fen=10000)
        )  # still in service
        visits.add(
            Visit(date="2026-08-01", kind="生日", member_id=old, goods="蛋糕", goods_fen=10000)
        )  # retired by then
    return path


def test_report_compliance_prints_every_breach_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db_with_breaches(tmp_path)
    assert main(["report", "compliance", "--year", "2026", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "皖工发〔2025〕18号" in out
    lines = [line for line in out.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert len(lines) == 2
    assert "2026-03-01  张三（检验科）  生日  600.00 元" in lines[0] and "生日慰问上限" in lines[0]
    assert "理由：含集体生日会" in lines[0]
    assert (
        "2026-08-01  赵老" in lines[1]
        and "退休人员慰问由行政经费开支" in lines[1]
        and "理由：（未填写）" in lines[1]
    )
    assert main(["report", "compliance", "--year", "2025", "--db", str(db)]) == 0
    assert "未发现" in capsys.readouterr().out


def test_report_compliance_missing_db_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "compliance", "--year", "2026", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert "none.db" in err and "Traceback" not in err
    assert err == f"错误：找不到数据文件“{tmp_path / 'none.db'}”：请检查 --db 的路径。\n"  # as `report members` says it
    assert not (tmp_path / "none.db").exists()


def test_import_export_signoff_and_template_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    db = _db_with_breaches(tmp_path)
    template = tmp_path / "template.xlsx"
    assert main(["export", "template", "visits", "--out", str(template)]) == 0
    source = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["日期", "姓名", "慰问类别", "慰问品", "物品价值"])
    book.active.append(["2026-09-20", "张三", "中秋慰问", "月饼", 200])
    book.active.append(["2026-09-20", "赵老", "中秋慰问", "月饼", 200])
    book.save(source)
    assert main(["import", "visits", str(source), "--db", str(db), "--dry-run"]) == 0
    assert main(["import", "visits", str(source), "--db", str(db)]) == 0
    assert "新增 2" in capsys.readouterr().out
    signoff = tmp_path / "signoff.xlsx"
    assert (
        main(
            [
                "export",
                "signoff",
                "--festival",
                "中秋",
                "--year",
                "2026",
                "--out",
                str(signoff),
                "--db",
                str(db),
            ]
        )
        == 0
    )
    sheet = openpyxl.load_workbook(signoff).active
    assert {sheet.cell(row=r, column=3).value for r in (4, 5)} == {"张三", "赵老"}
    out = tmp_path / "visits.xlsx"
    assert main(["export", "visits", "--year", "2026", "--out", str(out), "--db", str(db)]) == 0
    assert "5 条慰问记录" in capsys.readouterr().out
    assert main(["export", "signoff", "--batch", "99", "--out", str(signoff), "--db", str(db)]) == 1
    assert "99" in capsys.readouterr().err


def test_import_with_an_unknown_name_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    db = _db_with_breaches(tmp_path)
    source = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["日期", "姓名", "慰问类别", "慰问金"])
    book.active.append(["2026-03-01", "张三", "生病住院", 300])
    book.active.append(["2026-03-01", "查无此人", "生病住院", 300])
    book.save(source)
    assert main(["import", "visits", str(source), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "第3行" in captured.out and "查无此人" in captured.out
    with Store.open(db, daily_backup=False) as store:
        assert len(VisitStore(store).list()) == 3


def test_report_compliance_in_full(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole report: the rule set and its source, the caution, each breach numbered with who (department, or
    未填部门), kind, amount, the breach, the rule and its source, the reason (or 未填写); a clean year says so."""
    db = _db_with_breaches(tmp_path)
    with Store.open(db, daily_backup=False) as store:
        nobody = MemberStore(store).add(Member(name="钱七", join_date="2010-01-01"))
        VisitStore(store).add(Visit(date="2024-05-01", kind="生日", member_id=nobody, cash_fen=60000))
    capsys.readouterr()
    source = "皖工发〔2025〕18号"
    head = f"标准：安徽省（2025）（依据：{source}）\n说明：数额按公开资料摘录，使用前请对照发文原文核实\n"
    assert main(["report", "compliance", "--year", "2026", "--db", str(db)]) == 0
    assert capsys.readouterr().out == (
        f"2026年慰问合规检查 — {head}"
        "共 2 处：\n"
        "1. 2026-03-01  张三（检验科）  生日  600.00 元 — 2026年生日合计 600.00 元，超过全年上限 500.00 元；"
        f"规则：生日慰问上限，依据：{source}；理由：含集体生日会\n"
        "2. 2026-08-01  赵老（办公室）  生日  100.00 元 — 保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费；"
        f"规则：退休人员慰问由行政经费开支，依据：{source}；理由：（未填写）\n"
    )
    assert main(["report", "compliance", "--year", "2024", "--db", str(db)]) == 0
    assert capsys.readouterr().out == (
        f"2024年慰问合规检查 — {head}"
        "共 1 处：\n"
        "1. 2024-05-01  钱七（未填部门）  生日  600.00 元 — 2024年生日合计 600.00 元，超过全年上限 500.00 元；"
        f"规则：生日慰问上限，依据：{source}；理由：（未填写）\n"
    )
    assert main(["report", "compliance", "--year", "2025", "--db", str(db)]) == 0
    assert capsys.readouterr().out == f"2025年慰问合规检查 — {head}未发现超标或不合规的慰问。\n"


def test_report_compliance_help_and_this_year_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    with pytest.raises(SystemExit):
        main(["report", "--help"])
    listed = " ".join(capsys.readouterr().out.split())
    assert "compliance 列出某年所有不符合慰问标准的记录（会员、日期、类别、金额、规则及依据、理由）" in listed
    with pytest.raises(SystemExit):
        main(["report", "compliance", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--year YEAR 哪一年（默认今年） --db DB 数据文件（默认：用户数据目录中的 unionclerk.db）" in text
    db = _db_with_breaches(tmp_path)
    assert main(["report", "compliance", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(f"{dt.date.today().year}年慰问合规检查 — 标准：安徽省（2025）")


def test_report_compliance_without_db_looks_for_the_default_file(capsys: pytest.CaptureFixture[str]) -> None:
    from unionclerk.store.db import default_db_path

    path = default_db_path()
    assert not path.exists()
    assert main(["report", "compliance", "--year", "2026"]) == 1
    assert capsys.readouterr().err.endswith(f"找不到数据文件“{path}”：请检查 --db 的路径。\n")
    assert not path.exists()


def test_report_compliance_names_a_family_recipient_and_a_festival(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db_with_breaches(tmp_path)
    with Store.open(db, daily_backup=False) as store:
        old = MemberStore(store).find_by_name("赵老")[0].id or 0
        visits = VisitStore(store)
        visits.add(
            Visit(
                date="2027-01-20",
                kind="节日慰问",
                festival="春节",
                member_id=old,
                goods="大米",
                goods_fen=20000,
            )
        )
        zhang = MemberStore(store).find_by_name("张三")[0].id or 0
        visits.add(
            Visit(
                date="2027-03-01",
                kind="生日",
                member_id=zhang,
                person_name="王秀英",
                relation="配偶",
                goods="蛋糕",
                goods_fen=60000,
            )
        )
    capsys.readouterr()
    assert main(["report", "compliance", "--year", "2027", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()[2:]
    rule = "保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费；规则：退休人员慰问由行政经费开支，依据：皖工发〔2025〕18号；理由：（未填写）"
    assert lines == [
        "共 2 处：",
        f"1. 2027-01-20  赵老（办公室）  节日慰问·春节  200.00 元 — {rule}",
        "2. 2027-03-01  王秀英（张三的配偶）（检验科）  生日  600.00 元 — 2027年生日合计 600.00 元，超过全年上限 500.00 元；"
        "规则：生日慰问上限，依据：皖工发〔2025〕18号；理由：（未填写）",
    ]
