"""The 导出 pane driven as a clerk does: choose a period and document, edit a paragraph, regenerate after the
records change, fill in 存在问题和不足, save .docx and PDF, preview, and export the other books."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QThreadPool
from pytestqt.qtbot import QtBot

from tests.reports.summary_year import UNION, YEAR, build_year, expected
from tests.ui.driving import click, click_toolbar, replace_text, save_as, shown, type_text
from unionclerk.core.activities import Activity
from unionclerk.reports.summary import BOTH, SUMMARY, Period, SummaryEdits, SummaryNotes, format_date
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.ui.export_tab import CUSTOM, FIRST_HALF, WHOLE_YEAR, ExportTab, default_period

TODAY = dt.date(2025, 12, 30)


@pytest.fixture
def tab(qtbot: QtBot, store: Store) -> Iterator[ExportTab]:
    build_year(store)
    pane = shown(qtbot, ExportTab(store, today=TODAY), 1200, 800)
    settle(pane)
    yield pane
    QThreadPool.globalInstance().waitForDone()


def settle(tab: ExportTab) -> None:
    """Wait for the draft being built in the background (and its result delivered) to be on screen."""
    deadline = time.monotonic() + 20
    while tab.busy:
        assert time.monotonic() < deadline, "the draft was not built"
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()


def _texts(tab: ExportTab) -> list[str]:
    settle(tab)
    return [tab.paragraph_list.item(n).text() for n in range(tab.paragraph_list.count())]


def _select(tab: ExportTab, key: str) -> None:
    settle(tab)
    assert tab.document is not None
    keys = [b.key for b in tab.document.blocks]
    tab.paragraph_list.setCurrentRow(keys.index(key))


def test_the_draft_shows_at_once_for_the_chosen_period(tab: ExportTab) -> None:
    texts = _texts(tab)
    assert texts[0] == f"{UNION}2025年工作总结暨2026年工作计划"
    want = expected("2025-01-01", "2025-12-31")
    assert f"组织和参加各类活动{want.events}项、参与{want.person_times}人次" in texts[1]
    assert texts[-1] == "2025年12月30日"

    tab.period_combo.setCurrentIndex(FIRST_HALF)
    texts = _texts(tab)
    assert texts[0] == f"{UNION}2025年上半年工作总结暨下半年工作计划"
    half = expected("2025-01-01", "2025-06-30")
    assert f"组织和参加各类活动{half.events}项、参与{half.person_times}人次" in texts[1]

    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(SUMMARY))
    assert _texts(tab)[0] == f"{UNION}2025年上半年工作总结"

    tab.period_combo.setCurrentIndex(CUSTOM)
    assert tab.from_edit.isEnabled()
    tab.from_edit.setDate(QDate(2025, 9, 1))
    tab.to_edit.setDate(QDate(2025, 10, 31))
    assert _texts(tab)[0] == f"{UNION}2025年9月1日至10月31日工作总结"
    assert any("职工乒乓球比赛" in t for t in _texts(tab))
    tab.to_edit.setDate(QDate(2025, 8, 1))  # before the start: said plainly, nothing shown
    assert tab.paragraph_list.count() == 0 and "早于" in tab.notice_label.text()


def test_an_edit_is_saved_and_survives_regenerate_with_the_change_shown(
    qtbot: QtBot, tab: ExportTab, store: Store
) -> None:
    key = "activities.文体活动.text"
    _select(tab, key)
    replace_text(qtbot, tab.editor, "")
    type_text(qtbot, tab.editor, "文体活动丰富多彩。")
    click(qtbot, tab.save_edit_button)
    edits = SummaryEdits(store).all(Period.year(YEAR), BOTH)
    assert edits[key].text == "文体活动丰富多彩。"
    settle(tab)
    assert tab.document is not None and tab.document.block(key).edited
    assert "文体活动丰富多彩。" in _texts(tab)

    # The records change and the clerk regenerates: the edit stays, the change is reported for that paragraph.
    ActivityStore(store).add(Activity(date="2025-12-05", title="冬季长跑", category="文体活动", headcount=28))
    click(qtbot, tab.regenerate_button)
    assert "文体活动丰富多彩。" in _texts(tab)
    settle(tab)
    assert "1 段您修改过的文字" in tab.notice_label.text()
    _select(tab, key)
    settle(tab)
    assert tab.keep_button.isVisible() and "冬季长跑" in tab.changed_label.text()
    assert any("组织和参加各类活动9项" in t for t in _texts(tab))  # unedited paragraphs follow the records

    click(qtbot, tab.keep_button)  # keep my words over the new figures
    settle(tab)
    assert "段您修改过的文字（红色）" not in tab.notice_label.text()
    assert SummaryEdits(store).all(Period.year(YEAR), BOTH)[key].text == "文体活动丰富多彩。"

    _select(tab, key)
    click(qtbot, tab.revert_button)  # and later take the generated text after all
    assert key not in SummaryEdits(store).all(Period.year(YEAR), BOTH)
    assert any("冬季长跑" in t for t in _texts(tab))


def test_problems_are_typed_per_period(qtbot: QtBot, tab: ExportTab, store: Store) -> None:
    assert not any("存在问题和不足" in t for t in _texts(tab))
    type_text(qtbot, tab.problems_edit, "一是活动形式比较单一。")
    click(qtbot, tab.save_problems_button)
    assert SummaryNotes(store).get(Period.year(YEAR), "problems") == "一是活动形式比较单一。"
    texts = _texts(tab)
    assert any(t.endswith("存在问题和不足") for t in texts) and "一是活动形式比较单一。" in texts
    tab.period_combo.setCurrentIndex(FIRST_HALF)
    assert tab.problems_edit.toPlainText() == ""
    assert not any("存在问题和不足" in t for t in _texts(tab))
    tab.period_combo.setCurrentIndex(WHOLE_YEAR)
    assert tab.problems_edit.toPlainText() == "一是活动形式比较单一。"


def test_save_docx_and_pdf(
    qtbot: QtBot, tab: ExportTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_as(monkeypatch, tmp_path / "总结")
    click_toolbar(qtbot, tab, "保存为 Word…")
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "总结.docx")).paragraphs]
    assert paragraphs == _texts(tab)

    save_as(monkeypatch, tmp_path / "总结.pdf")
    click_toolbar(qtbot, tab, "保存为 PDF…")
    pdf = tmp_path / "总结.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    want = expected("2025-01-01", "2025-12-31")
    assert f"组织和参加各类活动{want.events}项、参与{want.person_times}人次" in flat
    assert "已保存到" in tab.notice_label.text()


def test_print_preview_draws_the_pages(qtbot: QtBot, tab: ExportTab) -> None:
    pages: list[int] = []
    render = tab._render

    def counting(printer):  # noqa: ANN001
        render(printer)
        pages.append(1)

    tab._render = counting  # type: ignore[method-assign]
    preview = tab.print_preview()
    assert preview is not None
    preview.paintRequested.disconnect()
    preview.paintRequested.connect(counting)
    qtbot.waitUntil(lambda: bool(pages), timeout=10000)
    preview.close()


def test_other_books_export_for_the_chosen_year(
    qtbot: QtBot, tab: ExportTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes: list[str]
) -> None:
    save_as(monkeypatch, tmp_path / "活动.xlsx")
    click_toolbar(qtbot, tab, "活动台账…")
    sheet = openpyxl.load_workbook(tmp_path / "活动.xlsx").active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert any("职工乒乓球比赛" in c for c in cells)
    save_as(monkeypatch, tmp_path / "计划.xlsx")
    click_toolbar(qtbot, tab, "年度计划…")
    sheet = openpyxl.load_workbook(tmp_path / "计划.xlsx").active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert any("建设职工书屋" in c for c in cells)
    assert len(boxes) == 2 and all("已导出" in b for b in boxes)


def test_default_period_follows_the_calendar() -> None:
    assert default_period(dt.date(2026, 6, 20)) == (2026, FIRST_HALF)
    assert default_period(dt.date(2026, 11, 30)) == (2026, WHOLE_YEAR)
    assert default_period(dt.date(2027, 1, 10)) == (2026, WHOLE_YEAR)


def test_main_window_wires_settings_and_books_into_the_summary(qtbot: QtBot, store: Store) -> None:
    """The 单位设置 dialog's union name and date style, and the other tabs' writes, reach the summary."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from unionclerk.ui.dialogs.settings_dialog import SettingsDialog
    from unionclerk.ui.main_window import MainWindow

    build_year(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    tab = window.export_tab
    window.show()
    window.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(window)
    tab.year_spin.setValue(YEAR)
    tab.period_combo.setCurrentIndex(WHOLE_YEAR)

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.union_name_edit.setText("第一中学工会")
        dialog.date_style_combo.setCurrentIndex(dialog.date_style_combo.findData("chinese"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill_and_save)
    window.settings_action.trigger()
    texts = _texts(tab)
    assert texts[0] == "第一中学工会2025年工作总结暨2026年工作计划"
    assert texts[-2] == "第一中学工会"
    assert texts[-1] == format_date(dt.date.today(), "chinese") and texts[-1].startswith("二〇")

    ActivityStore(store).add(
        Activity(date="2025-12-06", title="迎新年书画展", category="文体活动", headcount=40)
    )
    window.activities_tab.activitiesChanged.emit()  # on screen: the draft follows at once
    assert any("迎新年书画展" in t for t in _texts(tab))

    window.tabs.setCurrentWidget(window.activities_tab)  # hidden: regenerated only when shown again
    ActivityStore(store).add(
        Activity(date="2025-12-07", title="新年音乐会", category="文体活动", headcount=50)
    )
    window.activities_tab.activitiesChanged.emit()
    assert not any("新年音乐会" in t for t in _texts(tab))
    window.tabs.setCurrentWidget(tab)
    assert any("新年音乐会" in t for t in _texts(tab))


def test_handover_pack_from_the_pane(
    qtbot: QtBot, tab: ExportTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes: list[str]
) -> None:
    from PySide6.QtWidgets import QFileDialog, QProgressDialog

    where = tmp_path / "移交"
    where.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(where))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # the clerk presses 取消
    click_toolbar(qtbot, tab, "年终移交包…")
    assert list(where.iterdir()) == [] and "已取消" in tab.notice_label.text()

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: False)
    click_toolbar(qtbot, tab, "年终移交包…")
    folder = where / f"{UNION}{YEAR}年度台账移交"
    title = f"{UNION}2025年工作总结暨2026年工作计划"
    assert (folder / f"{title}.pdf").read_bytes().startswith(b"%PDF")
    assert (folder / f"{title}.docx").is_file() and (folder / "会员花名册.xlsx").is_file()
    assert (folder / "2025年慰问台账.xlsx").is_file()  # the visits book (empty here) is in every pack
    assert "已写出 9 个文件" in boxes[-1]

    click_toolbar(qtbot, tab, "年终移交包…")  # again: the folder exists, nothing is overwritten
    assert "已存在" in boxes[-1]


def test_an_edit_whose_paragraph_is_gone_is_reported(qtbot: QtBot, tab: ExportTab, store: Store) -> None:
    key = "activities.劳动竞赛/技能比武.text"
    _select(tab, key)
    replace_text(qtbot, tab.editor, "技能比武写得更好。")
    click(qtbot, tab.save_edit_button)
    ActivityStore(store).rename_category("劳动竞赛/技能比武", "技能竞赛")
    click(qtbot, tab.regenerate_button)
    assert not any("技能比武写得更好" in t for t in _texts(tab))
    assert "另有 1 段修改过的文字" in tab.notice_label.text()


def test_output_waits_for_the_draft(qtbot: QtBot, tab: ExportTab) -> None:
    assert tab.docx_action.isEnabled()
    tab.regenerate()
    assert tab.busy and not tab.docx_action.isEnabled() and not tab.preview_action.isEnabled()
    settle(tab)
    assert tab.docx_action.isEnabled() and tab.pdf_action.isEnabled()


def test_visits_and_cash_book_export_for_the_chosen_year(
    qtbot: QtBot,
    tab: ExportTab,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    boxes: list[str],
) -> None:
    from unionclerk.core.ledger import Entry
    from unionclerk.core.members import Member
    from unionclerk.core.visits import Visit
    from unionclerk.store.ledger import LedgerStore
    from unionclerk.store.members import MemberStore
    from unionclerk.store.visits import VisitStore

    year = tab.year_spin.value()
    member = MemberStore(store).add(Member(name="住院者", join_date="2010-01-01"))
    VisitStore(store).add(Visit(date=f"{year}-05-06", kind="生病住院", member_id=member, cash_fen=30050))
    ledger = LedgerStore(store)
    ledger.set_opening(year, 100000)
    ledger.add(Entry(date=f"{year}-03-02", summary="购买职工书屋图书", subject="50304", expense_fen=123456))

    save_as(monkeypatch, tmp_path / "慰问.xlsx")
    click_toolbar(qtbot, tab, "慰问台账…")
    visits = [
        str(c)
        for row in openpyxl.load_workbook(tmp_path / "慰问.xlsx").active.iter_rows(values_only=True)
        for c in row
        if c is not None
    ]
    assert "住院者" in visits and any("300.50" in c for c in visits)
    save_as(monkeypatch, tmp_path / "明细账.xlsx")
    click_toolbar(qtbot, tab, "经费收支明细账…")
    book = [
        row for row in openpyxl.load_workbook(tmp_path / "明细账.xlsx").active.iter_rows(values_only=True)
    ]
    line = next(row for row in book if "购买职工书屋图书" in row)
    assert "1,234.56" in [str(c) for c in line] or 1234.56 in line
    assert len(boxes) == 2 and all("已导出" in b for b in boxes)


def test_a_draft_finished_after_the_window_closed_is_dropped_quietly(
    store: Store, capfd: pytest.CaptureFixture[str]
) -> None:
    """The clerk closes the window while the draft is being written: the job finds its listener gone and ends
    without a traceback (PySide printed 'Signal source has been deleted' from the worker thread)."""
    import shiboken6

    from unionclerk.ui.export_tab import _DraftJob, _DraftSignals

    build_year(store)
    signals = _DraftSignals()
    job = _DraftJob(1, store.path, Period.year(YEAR), BOTH, dt.date(YEAR, 12, 20), signals)
    shiboken6.delete(signals)  # what closing the window does to the tab's signal object
    job.run()
    assert "Traceback" not in capfd.readouterr().err
