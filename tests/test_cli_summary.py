"""`unionclerk export summary` to .docx and PDF; the PDF shows Chinese on a machine with no Chinese font."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from tests.reports.summary_year import UNION, build_year, expected
from tests.reports.test_summary import check_figures
from unionclerk.cli import main
from unionclerk.store.db import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def year_db(tmp_path: Path) -> Path:
    path = tmp_path / "union.db"
    with Store.open(path, daily_backup=False) as store:
        build_year(store)
    return path


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"[ \t\r\f]+", "", out).replace("\n", "")  # lines broken anywhere: read it as one


def test_export_summary_docx(year_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "总结.docx"
    assert (
        main(
            [
                "export",
                "summary",
                "--year",
                "2025",
                "--out",
                str(out),
                "--db",
                str(year_db),
                "--date",
                "2025-12-30",
            ]
        )
        == 0
    )
    assert "已写出" in capsys.readouterr().out
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == f"{UNION}2025年工作总结暨2026年工作计划"
    assert paragraphs[-1] == "2025年12月30日"
    check_figures("\n".join(paragraphs), "2025-01-01", "2025-12-31")


def test_export_half_year_pdf_states_the_half_figures(year_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "上半年.pdf"
    assert (
        main(
            [
                "export",
                "summary",
                "--year",
                "2025",
                "--half",
                "1",
                "--kind",
                "summary",
                "--out",
                str(out),
                "--db",
                str(year_db),
            ]
        )
        == 0
    )
    text = _pdf_text(out)
    assert text.startswith(f"{UNION}2025年上半年工作总结")
    want = expected("2025-01-01", "2025-06-30")
    assert f"共有会员{want.members}人" in text
    assert f"组织和参加各类活动{want.events}项、参与{want.person_times}人次" in text
    assert f"开展培训{want.training_sessions}次" in text
    assert f"获得各类奖项{want.awards}项" in text
    assert f"有女会员{want.women}人" in text
    assert "职工乒乓球比赛" not in text  # a second-half event
    assert "—1—" in text


def test_export_summary_refuses_bad_options(
    year_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["export", "summary", "--year", "2025", "--db", str(year_db)]
    assert main([*base, "--out", str(tmp_path / "a.txt")]) == 1
    assert ".docx 或 .pdf" in capsys.readouterr().err
    assert (
        main(
            [
                *base,
                "--half",
                "1",
                "--from",
                "2025-01-01",
                "--to",
                "2025-02-01",
                "--out",
                str(tmp_path / "a.docx"),
            ]
        )
        == 1
    )
    assert "只能选一种" in capsys.readouterr().err
    assert main([*base, "--from", "2025-05-01", "--to", "2025-03-01", "--out", str(tmp_path / "a.docx")]) == 1
    assert "早于" in capsys.readouterr().err
    assert main([*base, "--out", str(tmp_path / "no-such-folder" / "a.docx")]) == 1
    assert not (tmp_path / "a.docx").exists()


def test_pdf_renders_chinese_without_any_system_font(year_db: Path, tmp_path: Path) -> None:
    """CI has no Chinese font: with fontconfig shown an empty folder, the PDF still carries the text in the
    font shipped with the program, and says once that it stood in."""
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler (pdffonts) is not installed")
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{empty}</dir><cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    out = tmp_path / "s.pdf"
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "unionclerk",
            "export",
            "summary",
            "--year",
            "2025",
            "--out",
            str(out),
            "--db",
            str(year_db),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("随程序附带") == 1  # said once
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "NotoSerifCJKsc" in fonts
    text = _pdf_text(out)
    assert f"{UNION}2025年工作总结暨2026年工作计划" in text
    want = expected("2025-01-01", "2025-12-31")
    assert f"组织和参加各类活动{want.events}项、参与{want.person_times}人次" in text


def test_export_handover(year_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "移交包"
    assert main(["export", "handover", "--year", "2025", "--out", str(out), "--db", str(year_db)]) == 0
    printed = capsys.readouterr().out
    assert "已写出移交包" in printed and "[9/9]" in printed
    title = f"{UNION}2025年工作总结暨2026年工作计划"
    text = _pdf_text(out / f"{title}.pdf")
    want = expected("2025-01-01", "2025-12-31")
    assert f"组织和参加各类活动{want.events}项、参与{want.person_times}人次" in text
    assert main(["export", "handover", "--year", "2025", "--out", str(out), "--db", str(year_db)]) == 1
    assert "已存在" in capsys.readouterr().err
