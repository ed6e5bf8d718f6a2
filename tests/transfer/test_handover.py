"""The year-end handover pack: every book of the year, the summary as .docx (and PDF when given a writer), a checked
copy of the database; a cancel or a failure leaves no folder, an existing folder is never written into."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.reports.summary_year import UNION, YEAR, build_year, expected
from unionclerk.reports.summary import Document
from unionclerk.store.db import Store
from unionclerk.transfer.handover import HandoverCancelled, HandoverError, default_folder_name, write_handover


@pytest.fixture
def year_store(store: Store) -> Store:
    build_year(store)
    return store


def _cells(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path).active
    return [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]


def test_the_pack_holds_every_book_the_summary_and_a_checked_copy(year_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / default_folder_name(year_store, YEAR)
    assert folder.name == f"{UNION}{YEAR}年度台账移交"
    pdfs: list[str] = []

    def fake_pdf(document: Document, path: Path) -> None:  # the Qt writer is tested in tests/ui
        pdfs.append(document.title)
        path.write_bytes(b"%PDF-1.4\n")

    seen: list[str] = []
    files = write_handover(
        year_store, YEAR, folder, pdf_writer=fake_pdf, progress=lambda d, t, title: seen.append(title) or True
    )
    title = f"{UNION}2025年工作总结暨2026年工作计划"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in files)
    assert {p.name for p in files} == {
        "会员花名册.xlsx",
        "2025年活动台账.xlsx",
        "2025年慰问台账.xlsx",
        "2025年工作计划.xlsx",
        "2026年工作计划.xlsx",
        f"{title}.docx",
        f"{title}.pdf",
        "2025年慰问合规检查.txt",
        "union-2025年底副本.db",
    }
    assert pdfs == [title] and seen[-1] == ""
    want = expected("2025-01-01", "2025-12-31")
    roster = _cells(folder / "会员花名册.xlsx")
    assert sum(1 for c in roster if c.startswith("老会员") or c.startswith("新")) == want.members
    assert any("职工乒乓球比赛" in c for c in _cells(folder / "2025年活动台账.xlsx"))
    assert any("建设职工书屋" in c for c in _cells(folder / "2025年工作计划.xlsx"))
    paragraphs = [p.text for p in docx.Document(str(folder / f"{title}.docx")).paragraphs]
    assert paragraphs[0] == title
    copy = sqlite3.connect(folder / "union-2025年底副本.db")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM activities").fetchone()[0] == want.events
    finally:
        copy.close()


def test_cancel_leaves_no_folder(year_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    with pytest.raises(HandoverCancelled):
        write_handover(
            year_store, YEAR, folder, pdf_writer=None, progress=lambda done, total, title: done < 3
        )
    assert not any(p.name.startswith((".pack", "pack")) for p in tmp_path.iterdir())


def test_a_failure_leaves_no_folder_and_names_the_file(year_store: Store, tmp_path: Path) -> None:
    def broken_pdf(document: Document, path: Path) -> None:
        raise OSError("磁盘已满")

    with pytest.raises(HandoverError, match="磁盘已满") as raised:
        write_handover(year_store, YEAR, tmp_path / "pack", pdf_writer=broken_pdf)
    assert ".pdf" in str(raised.value)
    assert not any(p.name.startswith((".pack", "pack")) for p in tmp_path.iterdir())


def test_an_existing_folder_is_refused(year_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(HandoverError, match="已存在"):
        write_handover(year_store, YEAR, folder, pdf_writer=None)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_the_pack_holds_the_visits_book_and_each_sign_off_sheet(year_store: Store, tmp_path: Path) -> None:
    from unionclerk.core.members import ACTIVE
    from unionclerk.store.members import MemberQuery, MemberStore
    from unionclerk.store.visits import VisitStore

    ids = [m.id for m in MemberStore(year_store).iter_members(MemberQuery(statuses=(ACTIVE,))) if m.id]
    VisitStore(year_store).add_batch(
        date="2025-09-30", festival="中秋", goods="月饼", goods_fen=20000, member_ids=ids
    )
    folder = tmp_path / "pack"
    files = {p.name for p in write_handover(year_store, YEAR, folder, pdf_writer=None)}
    assert {"2025年慰问台账.xlsx", "2025-09-30中秋签收表.xlsx"} <= files
    signoff = _cells(folder / "2025-09-30中秋签收表.xlsx")
    assert "合计" in signoff and any(c.startswith(f"{len(ids)} 人，共") for c in signoff)
    assert any(c.startswith(f"合计：{len(ids)} 人次") for c in _cells(folder / "2025年慰问台账.xlsx"))


def test_the_pack_holds_the_compliance_report_with_each_breach(year_store: Store, tmp_path: Path) -> None:
    from unionclerk.core.members import Member
    from unionclerk.core.visits import Visit
    from unionclerk.store.members import MemberStore
    from unionclerk.store.settings import load_settings, save_settings
    from unionclerk.store.visits import VisitStore

    save_settings(year_store, load_settings(year_store).with_text("province", "四川"))
    member = MemberStore(year_store).add(Member(name="超标者", join_date="2010-01-01"))
    VisitStore(year_store).add(
        Visit(date="2025-03-01", kind="结婚", member_id=member, cash_fen=60000, breach_reason="主席批准")
    )
    folder = tmp_path / "pack"
    write_handover(year_store, YEAR, folder, pdf_writer=None)
    raw = (folder / "2025年慰问合规检查.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Notepad reads it as UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("2025年慰问合规检查") and "四川" in lines[0]
    breach = [line for line in lines if "超标者" in line]
    assert len(breach) == 1
    assert "2025-03-01" in breach[0] and "600.00 元" in breach[0] and "理由：主席批准" in breach[0]
