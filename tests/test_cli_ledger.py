"""`unionclerk import ledger`, `export ledger|dues|publicity|income-statement`, `export template ledger`."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from unionclerk.cli import main
from unionclerk.core.ledger import Entry
from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerQuery, LedgerStore


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "u.db"
    with Store.open(path, daily_backup=False) as store:
        ledger = LedgerStore(store)
        ledger.set_opening(2025, 1000_00)
        ledger.add(Entry("2025-03-02", "收会费", "401", income_fen=200_00))
        ledger.add(Entry("2025-04-02", "运动会", "50102", expense_fen=50_00))
    return path


def test_the_four_books_from_the_command_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, extra in (
        ("ledger", []),
        ("dues", []),
        ("publicity", ["--month", "4"]),
        ("income-statement", []),
        ("income-statement", ["--month", "3"]),
    ):
        out = tmp_path / f"{kind}{''.join(extra)}.xlsx"
        assert main(["export", kind, "--year", "2025", *extra, "--out", str(out), "--db", str(db)]) == 0
        assert openpyxl.load_workbook(out).active.max_row > 3
    printed = capsys.readouterr().out
    assert "已导出2025年经费收支明细账（2 笔分录）" in printed
    assert "2025年4月收支公示表" in printed
    book = openpyxl.load_workbook(tmp_path / "ledger.xlsx").active
    assert round(book.cell(book.max_row - 3, 7).value * 100) == 1150_00  # 年末余额 above the signatures


def test_publicity_needs_a_month_and_bad_month_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["export", "publicity", "--year", "2025", "--out", str(tmp_path / "p.xlsx"), "--db", str(db)])
        == 1
    )
    assert "--month" in capsys.readouterr().err
    assert (
        main(["export", "ledger", "--month", "13", "--out", str(tmp_path / "p.xlsx"), "--db", str(db)]) == 1
    )
    assert not (tmp_path / "p.xlsx").exists()


def test_import_ledger_dry_run_then_for_real(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.xlsx"
    assert main(["export", "template", "ledger", "--out", str(template)]) == 0
    path = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["日期", "摘要", "会计科目", "收入金额", "支出金额"])
    book.active.append(["2025-05-01", "上级补助", "403", 300, None])
    book.active.append(["2025-05-03", "读书月", "职工书屋", None, "88.50"])
    book.save(path)
    assert main(["import", "ledger", str(path), "--db", str(db), "--dry-run"]) == 0
    assert "试导入" in capsys.readouterr().out
    assert main(["import", "ledger", str(path), "--db", str(db)]) == 0
    with Store.open(db, daily_backup=False) as store:
        ledger = LedgerStore(store)
        assert ledger.totals(LedgerQuery(2025)) == (4, 500_00, 138_50)
        assert [r.voucher for r in ledger.page(LedgerQuery(2025), 0, 10)] == [1, 2, 3, 4]

    bad = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["日期", "摘要", "科目", "收入"])
    book.active.append(["2025-05-01", "乱", "999", 1])
    book.save(bad)
    assert main(["import", "ledger", str(bad), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert "第2行 科目 “999”" in out and "未写入" in err


def test_one_month_of_the_cash_book_and_dues_for_the_year_only(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "april.xlsx"
    assert (
        main(["export", "ledger", "--year", "2025", "--month", "4", "--out", str(out), "--db", str(db)]) == 0
    )
    assert "2025年4月经费收支明细账（1 笔分录）" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0].endswith("2025年4月经费收支明细账")
    assert [r[2] for r in rows[3:5]] == ["上月结转", "运动会"]
    assert round(rows[3][6] * 100) == 1200_00
    assert main(["export", "dues", "--year", "2025", "--month", "4", "--out", str(out), "--db", str(db)]) == 1
    assert "会费收缴台账按全年导出" in capsys.readouterr().err


def test_a_book_is_written_only_as_xlsx(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for kind in ("ledger", "dues", "income-statement"):
        out = tmp_path / f"{kind}.txt"
        assert main(["export", kind, "--year", "2025", "--out", str(out), "--db", str(db)]) == 1
        assert "扩展名“.txt”" in capsys.readouterr().err and not out.exists()
    out = tmp_path / "ledger.xlsx"
    assert main(["export", "ledger", "--year", "2025", "--out", str(out), "--db", str(db)]) == 0
    assert out.stat().st_mode & 0o044  # readable by others, as a new file normally is
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
