"""In English, nothing on screen is Chinese except the clerk's own data: every tab (walked generically, so tabs
added later are included), every toolbar action's dialog or message, the menus, the table headers and cells.

The clerk's data in this database is written in Latin letters, so any Chinese character seen is the program's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from unionclerk.core.activities import Activity
from unionclerk.core.ledger import Entry
from unionclerk.core.members import Member
from unionclerk.core.plan import PlanItem, PlanYear
from unionclerk.core.visits import Visit
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.visits import VisitStore
from unionclerk.ui.main_window import MainWindow
from unionclerk.ui.values import DOCUMENT_TEXT

pytestmark = pytest.mark.usefixtures("clean_preferences")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
YEAR = 2026


def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what the widget and its visible children show: labels, buttons, fields, lists,
    combo items, tab titles, group titles, table headers and cells, actions' texts and tool tips."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if _document(child):
            continue
        where = f"{type(child).__name__} {child.objectName()}"
        if isinstance(child, QLabel):
            yield where, child.text()
        elif isinstance(child, QAbstractButton):
            yield where, child.text()
            yield where + " tip", child.toolTip()
        elif isinstance(child, QLineEdit | QPlainTextEdit):
            yield where, child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from ((where, child.itemText(i)) for i in range(child.count()))
        elif isinstance(child, QGroupBox):
            yield where, child.title()
        elif isinstance(child, QTabBar):
            yield from ((where, child.tabText(i)) for i in range(child.count()))
        elif isinstance(child, QListWidget):
            yield from ((where, child.item(i).text()) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            columns = 1 if isinstance(model, QAbstractListModel) else _count(model.columnCount)
            for column in range(columns):
                yield where + " header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(_count(model.rowCount), 50)):
                    yield where + " cell", str(model.index(row, column).data() or "")
                    yield where + " tip", str(model.index(row, column).data(3) or "")  # ToolTipRole
        for action in child.actions():
            yield where + " action", action.text()
            yield where + " action tip", action.toolTip()
    if (isinstance(widget, QDialog | QTabWidget) or widget.isWindow()) and not _document(widget):
        yield "window title", widget.windowTitle()


def _document(widget: QWidget | None) -> bool:
    """Part of the Chinese document being written (values.DOCUMENT_TEXT)."""
    while widget is not None:
        if widget.property(DOCUMENT_TEXT):
            return True
        widget = widget.parentWidget()
    return False


def _count(method) -> int:  # noqa: ANN001 - rowCount/columnCount of any model
    """Models written in Python may require the parent argument; some of Qt's refuse it."""
    try:
        return method(QModelIndex())
    except TypeError:
        return method()


# A language picker names each language in itself, so that a reader of that language can find it.
LANGUAGE_NAMES = {"简体中文"}


def chinese(found: Iterator[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(
        {
            (where, text)
            for where, text in found
            if CJK.search(text or "") and text not in LANGUAGE_NAMES
        }
    )


@pytest.fixture
def window(qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    members = MemberStore(store)
    # The clerk's data in Latin letters; the stored values (男, 在会, 群众, 汉族, 合同…) are the program's.
    first = members.add(
        Member(
            name="Zhang San",
            sex="男",
            department="Office",
            position="Clerk",
            political_status="群众",
            staff_category="合同",
            education="大学本科",
            join_date="2010-01-01",
            hardship=True,
            hardship_type="因病",
        )
    )
    members.add(Member(name="Li Si", sex="女", department="Lab", join_date="2011-01-01"))
    plans = PlanStore(store)
    plans.save_year(PlanYear(YEAR, guiding="Serve the members", goals="Everyone joins"))
    item = plans.add_item(PlanItem(year=YEAR, title="Sports day", category="文体活动", planned_month=3))
    ActivityStore(store).add(
        Activity(
            date=f"{YEAR}-03-01",
            title="Fire drill",
            category="教育培训",
            location="Hall",
            participant_ids=[first],
            training_tenths=20,
            plan_item_id=item,
        )
    )
    # Visits whose kinds, festival, fund sources and relation are the program's values.
    visits = VisitStore(store)
    visits.add(
        Visit(date=f"{YEAR}-03-02", kind="住院手术", member_id=first, cash_fen=50000, goods="Fruit",
              goods_fen=10000, source="行政经费", visitors="Li Si")
    )  # fmt: skip
    visits.add(
        Visit(date=f"{YEAR}-04-02", kind="直系亲属去世", member_id=first, person_name="Zhang Da",
              relation="父母", cash_fen=100000, source="上级帮扶资金")
    )  # fmt: skip
    visits.add_batch(
        date=f"{YEAR}-09-20", festival="中秋", goods="Mooncakes", goods_fen=20000, member_ids=[first]
    )
    # Cash book entries of the year the 经费 tab opens on, under subjects and a sub-item of the chart.
    this_year = dt.date.today().year
    ledger = LedgerStore(store)
    ledger.add(
        Entry(date=f"{this_year}-01-05", summary="Dues", subject="401", income_fen=120000, party="Office")
    )
    ledger.add(Entry(date=f"{this_year}-01-06", summary="Hospital visit", subject="50105", expense_fen=50000))
    drill = ActivityStore(store).add(
        Activity(
            date=f"{this_year}-01-07",
            title="Drill",
            category="教育培训",
            participant_ids=[first],
            cost_fen=3000,
        )
    )
    ledger.post_activity(drill)  # a linked entry: its source column names the activity
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_tab_and_its_dialogs_are_english(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, str]] = []

    def record(kind: str):  # noqa: ANN202
        def box(_parent: object, title: str, text: str = "", *args: object, **kwargs: object) -> object:
            said.extend([(kind + " title", title), (kind, text)])
            return QMessageBox.StandardButton.No

        return box

    for kind in ("information", "warning", "question", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))

    def picker(_parent: object, title: str = "", *args: object, **kwargs: object) -> tuple[str, str]:
        said.append(("file dialog title", title))
        return "", ""

    for kind in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, kind, picker)

    seen = chinese(texts(window))
    for menu in (window.file_menu, window.record_menu, window.view_menu, window.help_menu):
        seen += chinese(("menu", a.text()) for a in menu.actions())
        seen += chinese((("menu title", menu.title()),))
    modal: list[tuple[str, str]] = []

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            modal.extend(chinese(texts(dialog)))
            dialog.reject()

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        qtbot.wait(10)
        seen += chinese(texts(tab))
        view = getattr(tab, "view", None)
        actions = [a for a in tab.findChildren(QAction) if a.text() and not a.menu()]
        for action in actions:
            if view is not None and view.model().rowCount():
                view.selectRow(0)
            if not action.isEnabled():
                continue
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
            timer = QTimer()
            timer.timeout.connect(close_modal)
            timer.start(20)
            action.trigger()
            timer.stop()
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and widget not in before and isinstance(widget, QDialog):
                    seen += [(f"{action.text()} → {w}", t) for w, t in chinese(texts(widget))]
                    widget.reject()
    # File menu dialogs (settings, restore) are modal: looked at and closed by the timer.
    for action in (window.settings_action, window.restore_action):
        timer = QTimer()
        timer.timeout.connect(close_modal)
        timer.start(20)
        action.trigger()
        timer.stop()
    seen += modal
    seen += chinese(iter(said))
    assert seen == [], "\n".join(f"{w}: {t}" for w, t in seen)


def test_the_file_in_use_message_is_english(
    qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionclerk.app import open_first_store

    said: list[str] = []

    def critical(_parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        said.extend([title, text])
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert open_first_store(store.path) is None  # the fixture's store holds the file
    assert "in use by another unionclerk window" in said[1] and store.path.name in said[1]
    assert chinese(("box", text) for text in said) == []


def test_visits_show_values_translated_and_store_them_in_chinese(
    qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.driving import click, type_text
    from unionclerk.store.settings import load_settings, save_settings
    from unionclerk.ui.dialogs.benefit_rules_dialog import BenefitRulesDialog
    from unionclerk.ui.dialogs.festival_batch_dialog import FestivalBatchDialog
    from unionclerk.ui.dialogs.visit_dialog import VisitDialog
    from unionclerk.ui.models.visits_model import VisitsModel

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    save_settings(store, load_settings(store).with_text("province", "福建"))
    members = MemberStore(store)
    zhang = members.add(Member(name="Zhang San", sex="男", department="Office", join_date="2010-01-01"))
    visits = VisitStore(store)

    # The form: kinds, festivals, sources and relations shown in English, saved as the stored Chinese.
    dialog = VisitDialog(visits, members, member_id=zhang)
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.itemText(dialog.kind_combo.findText("住院手术")) == "Surgery"
    assert dialog.source_combo.itemText(dialog.source_combo.findText("行政经费")) == "Employer funds"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("直系亲属去世"))
    type_text(qtbot, dialog.person_edit, "Zhang Da")
    dialog.relation_combo.setCurrentIndex(dialog.relation_combo.findText("父母"))
    assert dialog.relation_combo.lineEdit().text() == "parent"
    dialog.date_edit.setText(f"{YEAR}-04-02")
    type_text(qtbot, dialog.cash_edit, "500")
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("上级帮扶资金"))
    click(qtbot, dialog.save_button)
    saved = visits.list()[0]
    assert (saved.kind, saved.relation, saved.source) == ("直系亲属去世", "父母", "上级帮扶资金")

    # A festival gift: the festival in English in the form, the hint and the table; stored as 中秋.
    batch = FestivalBatchDialog(visits, members, year=YEAR)
    qtbot.addWidget(batch)
    batch.festival_combo.setCurrentIndex(batch.festival_combo.findText("中秋"))
    assert batch.festival_combo.itemText(batch.festival_combo.currentIndex()) == "Mid-Autumn"
    assert "Mid-Autumn" in batch.date_hint.text() or not batch.date_hint.text()
    batch.date_edit.setText(f"{YEAR}-09-20")
    type_text(qtbot, batch.goods_edit, "Mooncakes")
    type_text(qtbot, batch.value_edit, "200")
    click(qtbot, batch.save_button)
    assert [b.festival for b in visits.batches()] == ["中秋"]

    model = VisitsModel(visits)
    shown_rows = {
        model.index(r, VisitsModel.KIND).data(): (
            model.index(r, VisitsModel.RECIPIENT).data(),
            model.index(r, VisitsModel.SOURCE).data(),
        )
        for r in range(model.rowCount())
    }
    assert shown_rows == {
        "Death of close family": ("Zhang Da (Zhang San's parent)", "Higher-level aid funds"),
        "Festival gift · Mid-Autumn": ("Zhang San", "Union funds"),
    }

    # The rules: names, kinds and source document in English; saved untouched, the set keeps its Chinese.
    rules = BenefitRulesDialog(store)
    qtbot.addWidget(rules)
    assert CJK.search(rules.source_label.text()) is None
    labels = [rules.table.item(r, rules.LABEL).text() for r in range(rules.table.rowCount())]
    assert "Yearly cap on festival gifts" in labels and not [t for t in labels if CJK.search(t)]
    assert rules.edited_set() == rules.current_set()
    row = labels.index("Cap on birthday gifts")
    rules.table.item(row, rules.KINDS).setText("Birthday, Marriage")
    assert next(r for r in rules.edited_set().rules if r.label == "生日慰问上限").kinds == ("生日", "结婚")

    # A breach of a shipped rule is said wholly in English: message, kinds, rule and source document.
    from unionclerk.core.benefit_rules import check_visit
    from unionclerk.ui.breaches import breach_line

    gift = Visit(date=f"{YEAR}-10-01", kind="节日慰问", festival="国庆", member_id=zhang, goods="Rice",
                 goods_fen=200000)  # fmt: skip
    found = check_visit(
        gift, visits.rule_set(), member_status="在会", same_year=visits.member_visits_in_year(zhang, YEAR)
    )
    assert found and all(CJK.search(breach_line(b)) is None for b in found), [breach_line(b) for b in found]


def test_ledger_shows_subjects_translated_and_stores_codes(qtbot: QtBot, store: Store, english: None) -> None:
    from tests.ui.driving import click, type_text
    from unionclerk.ui.dialogs.ledger_dialogs import EntryDialog, SubItemsDialog
    from unionclerk.ui.models.ledger_model import LedgerModel

    ledger = LedgerStore(store)
    ledger.save_sub_item("50107", "Book club")  # the clerk's own sub-item: shown as typed

    # The form lists the chart in English; a subject picked or typed by its English name saves its code.
    dialog = EntryDialog(ledger, YEAR)
    qtbot.addWidget(dialog)
    combo = dialog.subject_combo
    assert combo.itemText(combo.findData("401")) == "401 Membership dues income"
    assert combo.itemText(combo.findData("50404")).strip() == "50404 Aid to members in hardship"
    assert combo.itemText(combo.findData("50107")).strip() == "50107 Book club"
    assert not [combo.itemText(i) for i in range(combo.count()) if CJK.search(combo.itemText(i))]
    combo.setCurrentIndex(combo.findData("402"))
    assert dialog.form()["subject"] == "402"
    combo.setEditText("member activities")
    assert dialog.form()["subject"] == "50105"
    dialog.date_edit.setText(f"{YEAR}-02-01")
    type_text(qtbot, dialog.summary_edit, "Birthday cake")
    type_text(qtbot, dialog.expense_edit, "80")
    click(qtbot, dialog.save_button)
    saved = ledger.get(dialog.entry_id)
    assert (saved.subject, saved.expense_fen) == ("50105", 8000)

    # The cash book shows it in English; the chart dialog too, the clerk's sub-item as typed.
    drill = ActivityStore(store).add(
        Activity(date=f"{YEAR}-03-01", title="Drill", category="教育培训", participant_ids=[], cost_fen=3000)
    )
    ledger.post_activity(drill)
    model = LedgerModel(ledger, YEAR)
    assert model.index(0, LedgerModel.SUBJECT).data() == "50105 Member activities"
    assert model.index(1, LedgerModel.SUBJECT).data() == "50501 Training"
    assert model.index(1, LedgerModel.SOURCE).data() == "Activity: Drill"
    assert ledger.source_parts("activity", drill) == ("活动", "Drill")  # stored in Chinese, said above
    chart = SubItemsDialog(ledger)
    qtbot.addWidget(chart)
    names = {
        chart.table.item(r, 0).text(): chart.table.item(r, 1).text() for r in range(chart.table.rowCount())
    }
    assert names["402"] == "Allocated funds income" and names["501"] == "Staff activity expenses"
    assert names["50107"].startswith("Book club")
    assert ledger.chart().name("402") == "拨缴经费收入"  # the chart itself keeps the Chinese


def test_messages_made_below_ui_are_english(
    qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """A form error, an import preview with problems, a settings error, a summary notice and a compliance
    line come from core/, transfer/, reports/ in Chinese (the CLI prints them so) and show in English."""
    from tests.ui.driving import click, pick_file, type_text, workbook
    from tests.ui.test_export_tab import settle
    from unionclerk.store.settings import load_settings, save_settings
    from unionclerk.ui.dialogs.benefit_rules_dialog import ComplianceDialog
    from unionclerk.ui.dialogs.import_dialog import ImportDialog
    from unionclerk.ui.dialogs.member_dialog import MemberDialog
    from unionclerk.ui.dialogs.settings_dialog import SettingsDialog
    from unionclerk.ui.export_tab import ExportTab

    members = MemberStore(store)
    # The form: a wrong check digit, a birth date that is no date, a negative wage base.
    form = MemberDialog(members)
    qtbot.addWidget(form)
    type_text(qtbot, form.name_edit, "Wang Wu")
    type_text(qtbot, form.id_number_edit, "110105199003071230")
    type_text(qtbot, form.wage_base_edit, "-5")
    click(qtbot, form.save_button)
    shown_error = form.error_label.text()
    assert "Wrong check digit" in shown_error and "cannot be negative" in shown_error, shown_error
    assert chinese([("form error", shown_error)]) == []

    # The import preview: every problem's column, message and kind in English; the values are the file's.
    path = workbook(
        tmp_path / "roster.xlsx",
        [["姓名", "性别", "身份证号", "出生日期", "入会日期"],
         ["Zhao Liu", "x", "110105199003071230", "1990-13-01", "2010-01-01"],
         ["Qian Qi", "女", 1.10105e17, "", "2010.1"]],
    )  # fmt: skip
    pick_file(monkeypatch, path)
    importer = ImportDialog(store)
    qtbot.addWidget(importer)
    click(qtbot, importer.choose_button)
    qtbot.waitUntil(lambda: importer.parsed is not None and not importer.busy, timeout=10000)
    table = importer.problems_table
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert len(rows) >= 4, rows
    assert rows[0][:2] == ["2", "Sex"] and "not" in rows[0][3], rows
    shown_cells = [(f"row {r[0]} {c}", r[c]) for r in rows for c in (1, 3, 4)]
    assert chinese(shown_cells) == [], rows
    assert {r[4] for r in rows} <= {"Error", "Note"}

    # A settings error, said in a message box.
    said_boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said_boxes.extend([title, text]))
    settings = SettingsDialog(store)
    qtbot.addWidget(settings)
    settings.staff_count_edit.setText("many")
    settings.save()
    assert said_boxes and "whole number" in said_boxes[1], said_boxes
    assert chinese(("settings box", t) for t in said_boxes) == []

    # The summary's notices: no plan for next year, nothing recorded in the period.
    export = ExportTab(store, today=dt.date(YEAR, 12, 30))
    qtbot.addWidget(export)
    export.show()
    export.regenerate()
    settle(export)
    notice = export.notice_label.text()
    assert "work plan is not filled in" in notice and "has no activities" in notice, notice
    assert chinese([("notice", notice)]) == []

    # A compliance line: a retiree visited from union funds breaks a rule of the province's set.
    save_settings(store, load_settings(store).with_text("province", "安徽"))
    retiree = members.add(Member(name="Sun Ba", sex="男", department="Lab", join_date="2000-01-01"))
    members.change_status(retiree, "保留会籍", f"{YEAR}-01-10", reason="退休")
    VisitStore(store).add(Visit(date=f"{YEAR}-05-01", kind="生日", member_id=retiree, goods="Cake",
                                goods_fen=60000, source="工会经费"))  # fmt: skip
    report = ComplianceDialog(store, YEAR)
    qtbot.addWidget(report)
    lines = report.text.toPlainText().splitlines()
    breaches = [line for line in lines if re.match(r"\d+\. ", line)]
    assert len(breaches) == 2 and breaches[0].startswith("1. 2026-05-01  Sun Ba (Lab)  Birthday"), lines
    assert "Visits to retirees" in breaches[0] and "over the yearly cap" in breaches[1], breaches
    assert all(line.endswith("reason: (not given)") for line in breaches)
    assert chinese(("compliance", line) for line in lines) == []


def test_files_the_window_cannot_open_or_write_are_refused_in_english(
    qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """The store's and the long books' refusals (store/db.py, store/lock.py, store/reader.py,
    transfer/row_stream.py) are said in English where the window shows them; the CLI keeps the Chinese."""
    import os
    import sqlite3
    from pathlib import Path

    from tests.ui.driving import save_as
    from tests.ui.test_export_tab import settle
    from unionclerk.store import db as store_db
    from unionclerk.store import reader as store_reader
    from unionclerk.transfer import ledger_books as books
    from unionclerk.transfer import row_stream
    from unionclerk.transfer.problems import TransferError
    from unionclerk.ui import export_tab as export_module
    from unionclerk.ui.export_tab import ExportTab
    from unionclerk.ui.ledger_tab import LedgerTab

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: boxes.extend([title, text]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window = MainWindow(store)
    qtbot.addWidget(window)

    def refusal(path: Path) -> str:
        boxes.clear()
        assert window.open_database(path) is False  # the window keeps the file it has
        assert chinese(("box", text) for text in boxes) == [], boxes
        return boxes[1]

    assert "The folder" in refusal(tmp_path / "gone" / "union.db") and "does not exist" in boxes[1]
    (tmp_path / "notes.db").write_text("not a database", encoding="utf-8")
    assert '"notes.db" is not a unionclerk data file (nor an SQLite database).' in refusal(tmp_path / "notes.db")
    (tmp_path / "folder.db").mkdir()
    assert "is a folder, not a unionclerk data file" in refusal(tmp_path / "folder.db")
    with Store.open(tmp_path / "other.db", daily_backup=False):  # held by another window
        assert "The data file other.db is in use by another unionclerk window" in refusal(tmp_path / "other.db")
    real_connect = sqlite3.connect

    def broken(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(target).endswith("broken.db"):
            raise sqlite3.OperationalError("disk I/O error")
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_db.sqlite3, "connect", broken)
    assert "Cannot open" in refusal(tmp_path / "broken.db") and "disk I/O error" in boxes[1]
    monkeypatch.setattr(store_db.sqlite3, "connect", real_connect)
    real_access = os.access
    monkeypatch.setattr(  # a write-protected stick, which root's permission bits cannot show
        store_db.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    assert "is read-only; a new data file cannot be made there" in refusal(tmp_path / "new.db")
    monkeypatch.setattr(store_db.os, "access", real_access)

    # Today's automatic backup fails (a file stands where the backup folder goes): said in the status bar.
    stick = tmp_path / "stick.db"
    with Store.open(stick, daily_backup=False) as opened:
        MemberStore(opened).add(Member(name="Zhao Liu", join_date="2010-01-01"))
    (tmp_path / "stick.backups").write_text("", encoding="utf-8")
    on_stick = MainWindow(Store.open(stick))
    qtbot.addWidget(on_stick)
    status = on_stick.statusBar().currentMessage()
    assert status.startswith("Today's automatic backup was not taken: Cannot write a backup to"), status
    assert chinese([("status", status)]) == []

    # The summary draft's own read-only connection cannot open the file: said in the notice line.
    real_reader = store_reader.open_reader
    monkeypatch.setattr(export_module, "open_reader", lambda _path: real_reader(tmp_path / "gone.db"))
    export = ExportTab(store, today=dt.date(YEAR, 12, 30))
    qtbot.addWidget(export)
    export.show()
    export.regenerate()
    settle(export)
    notice = export.notice_label.text()
    assert 'Cannot read "gone.db"' in notice and chinese([("notice", notice)]) == [], notice

    # The cash book (its long body spliced in as XML) meets a full USB stick while it is written.
    real_save = row_stream.save_book

    def full(book: object, path: Path) -> None:
        real_save(book, path)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(row_stream, "save_book", full)
    ledger = LedgerTab(store)
    qtbot.addWidget(ledger)
    save_as(monkeypatch, tmp_path / "book.xlsx")
    boxes.clear()
    assert ledger.export_book("ledger") is None
    assert boxes[1].startswith('Cannot write "') and boxes[1].endswith('book.xlsx": No space left on device'), boxes
    assert chinese(("box", text) for text in boxes) == []
    with pytest.raises(TransferError) as in_chinese:  # what the CLI prints: as always
        books.export_ledger(store, tmp_path / "book.xlsx", year=YEAR)
    assert str(in_chinese.value) == f"无法写入“{tmp_path / 'book.xlsx'}”：No space left on device"


def test_import_refusals_and_problems_are_english(
    qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """transfer/reading.py's refusals (empty, missing, garbled or undecodable CSV) and the activities preview
    in English; a problem beside its column says the reason only, and an unreadable date is said once."""
    from tests.ui.driving import click, pick_file, workbook
    from unionclerk.ui.dialogs.import_dialog import ImportDialog
    from unionclerk.ui.dialogs.transfer_books import ACTIVITIES_BOOK

    def refusal(path) -> str:  # noqa: ANN001 - a file the clerk picks
        pick_file(monkeypatch, path)
        importer = ImportDialog(store)
        qtbot.addWidget(importer)
        click(qtbot, importer.choose_button)
        qtbot.waitUntil(lambda: not importer.busy, timeout=10000)
        text = importer.summary_label.text()
        assert importer.parsed is None and chinese([("summary", text)]) == [], text
        return text

    (tmp_path / "empty.csv").write_bytes(b"")
    assert '"empty.csv" is an empty file.' in refusal(tmp_path / "empty.csv")
    assert refusal(tmp_path / "gone.xlsx").endswith('gone.xlsx" not found.')
    # UTF-8 read once as Latin-1 and saved again: 张三 became å¼ ä¸‰.
    (tmp_path / "garbled.csv").write_bytes("姓名,性别\n张三,男\n".encode().decode("latin-1").encode())
    said_text = refusal(tmp_path / "garbled.csv")
    assert said_text.startswith('"garbled.csv": The file\'s content contains garbled text'), said_text
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02" * 100)
    assert "neither a text table (CSV) nor an Excel file" in refusal(tmp_path / "binary.csv")

    # The activities preview: an impossible date said once (not "must not be empty" too); hours and
    # attendance beside their columns say only what is wrong.
    path = workbook(
        tmp_path / "activities.xlsx",
        [["日期", "活动名称", "类别", "学时", "参与人次"],
         ["2026-02-30", "Drill", "教育培训", "-1", "-3"]],
    )  # fmt: skip
    pick_file(monkeypatch, path)
    importer = ImportDialog(store, book=ACTIVITIES_BOOK)
    qtbot.addWidget(importer)
    click(qtbot, importer.choose_button)
    qtbot.waitUntil(lambda: importer.parsed is not None and not importer.busy, timeout=10000)
    table = importer.problems_table
    rows = [tuple(table.item(r, c).text() for c in (1, 3)) for r in range(table.rowCount())]
    assert sorted(rows) == [
        ("Attendance", "cannot be negative"),
        ("Date", '"2026-02-30" is not a valid date'),
        ("Hours", "cannot be negative"),
    ], rows
