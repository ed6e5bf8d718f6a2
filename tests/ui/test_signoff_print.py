"""The 签收表 printed from the window: the same content as the .xlsx, rendered to PDF through QPrinter and read
back with pdftotext (names, totals, one page per department on request), and the tab's preview."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.driving import shown
from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.transfer.visits import SignoffSheet, export_signoff, signoff_sheet
from unionclerk.ui.signoff_print import render_signoff
from unionclerk.ui.visits_tab import VisitsTab


def write_signoff_pdf(sheet: SignoffSheet, path: Path) -> Path:
    """The sheet as a PDF, printed by render_signoff as the tab's print preview prints it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(sheet.title)
    render_signoff(sheet, printer)
    del printer  # the file is finished when the printer goes
    return path


PEOPLE = {"检验科": ["张三", "王芳", "陈静"], "办公室": ["李四", "赵敏"], "财务科": ["孙丽"]}


@pytest.fixture
def batch(store: Store, members: MemberStore) -> int:
    settings = load_settings(store).with_text("unit_name", "青山县疾控中心")
    save_settings(store, settings.with_text("clerk", "周晓梅").with_text("chair", "李建华"))
    ids = [
        members.add(Member(name=name, department=dept, join_date="2015-01-01"))
        for dept, names in PEOPLE.items()
        for name in names
    ]
    return VisitStore(store).add_batch(
        date="2026-09-20", festival="中秋", goods="月饼礼盒", goods_fen=18850, member_ids=ids
    )


def _pdftotext(pdf: Path, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    done = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, check=True, text=True)
    # The shipped font maps some characters to radical code points (⼈, ⻔ …): read them as the characters.
    return flat(done.stdout)


def flat(text: str) -> str:
    """Compared without spaces or the full-width forms pdftotext may give either way."""
    return "".join(unicodedata.normalize("NFKC", text).translate(RADICALS).split())


RADICALS = str.maketrans("⻘⻔⻓⻛⻜⻢⻋⻉⻅", "青门长风飞马车贝见")


def test_printed_sheet_says_what_the_xlsx_says(
    qapp: object, store: Store, batch: int, tmp_path: Path
) -> None:
    batches = [VisitStore(store).batch(batch)]
    pdf = write_signoff_pdf(signoff_sheet(store, batches), tmp_path / "s.pdf")
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)  # A4
    text = _pdftotext(pdf)
    export_signoff(store, tmp_path / "s.xlsx", batches)
    cells = [
        flat(str(c))
        for row in openpyxl.load_workbook(tmp_path / "s.xlsx").active.iter_rows(values_only=True)
        for c in row
        if c not in (None, "")
    ]
    for cell in cells:
        for piece in cell.split("_"):
            assert piece in text, piece
    for name in (n for names in PEOPLE.values() for n in names):
        assert name in text
    assert flat("6 人，共 1,131.00 元") in text
    assert "中秋" in text and flat("月饼礼盒（188.50 元）") in text and "青山县疾控中心" in text
    assert flat("经办人：周晓梅") in text and flat("工会主席：李建华") in text
    for header in ("序号", "部门", "姓名", "物品/金额", "签名", "日期"):
        assert header in text
    assert "小计" not in text
    assert len(reader.pages) == 1


def test_one_page_per_department(qapp: object, store: Store, batch: int, tmp_path: Path) -> None:
    sheet = signoff_sheet(store, [VisitStore(store).batch(batch)], by_department=True)
    pdf = write_signoff_pdf(sheet, tmp_path / "d.pdf")
    assert len(PdfReader(pdf).pages) == len(PEOPLE)
    departments = [g.department for g in sheet.groups]
    for number, department in enumerate(departments, start=1):
        page = _pdftotext(pdf, number)
        assert set(n for n in PEOPLE[department]) <= set(
            n for names in PEOPLE.values() for n in names if n in page
        )
        assert not [n for d, names in PEOPLE.items() if d != department for n in names if n in page]
        assert flat(f"{len(PEOPLE[department])} 人，") in page and "小计" in page
    assert flat("6 人，共 1,131.00 元") in _pdftotext(pdf, len(departments))


def test_print_action_opens_the_preview_of_the_selected_batch(
    qtbot: QtBot, store: Store, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    tab = shown(qtbot, VisitsTab(store), 1300, 700)
    assert not tab.print_signoff_action.isEnabled()
    first = VisitStore(store).list(VisitQuery(batch_id=batch))[0]
    tab.view.selectRow(tab.model.row_of(first.id))
    assert tab.print_signoff_action.isEnabled()
    tab.print_signoff_action.trigger()
    preview = tab.preview
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()
    assert asked and "按部门分页" in asked[0]
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    # 按部门分页 answered 是: the preview shows one page per department.
    qtbot.waitUntil(lambda: widget.pageCount() == len(PEOPLE), timeout=10000)
    preview.close()
