"""The 经费 tab driven as a clerk drives it: entries, filters and totals, closing a year, dues, activity costs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.driving import click, click_toolbar, replace_text, shown, type_text
from unionclerk.core.activities import Activity
from unionclerk.core.ledger import Entry
from unionclerk.core.members import Member
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.ui.activities_tab import ActivitiesTab
from unionclerk.ui.dialogs.ledger_dialogs import (
    CloseYearDialog,
    CollectDialog,
    EntryDialog,
    PostActivitiesDialog,
    ReopenDialog,
)
from unionclerk.ui.ledger_tab import LedgerTab
from unionclerk.ui.models.ledger_model import DuesModel, LedgerModel, described_source

YEAR = 2025


def column(tab: LedgerTab, number: int) -> list[str]:
    model = tab.view.model()
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


@pytest.fixture
def ledger(store: Store) -> LedgerStore:
    books = LedgerStore(store)
    books.set_opening(YEAR, 1_000_00)
    books.add(Entry(f"{YEAR}-01-10", "收1月会费", "401", income_fen=500_00))
    books.add(Entry(f"{YEAR}-02-05", "春节慰问", "50105", expense_fen=300_00))
    books.add(Entry(f"{YEAR}-02-20", "困难职工帮扶", "50404", expense_fen=100_00))
    return books


@pytest.fixture
def tab(qtbot: QtBot, store: Store, ledger: LedgerStore) -> LedgerTab:
    widget = shown(qtbot, LedgerTab(store), 1200, 650)
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(YEAR))
    return widget


def test_cash_book_with_running_balance_filters_and_totals(tab: LedgerTab) -> None:
    assert column(tab, LedgerModel.SUMMARY) == ["收1月会费", "春节慰问", "困难职工帮扶"]
    assert column(tab, LedgerModel.BALANCE) == ["1,500.00", "1,200.00", "1,100.00"]
    assert column(tab, LedgerModel.SUBJECT)[1] == "50105 会员活动支出"
    assert tab.totals_label.text() == "显示 3 笔：收入 500.00 元，支出 400.00 元，收支差额 100.00 元"
    assert "期初 1,000.00 元" in tab.state_label.text() and "期末 1,100.00 元" in tab.state_label.text()
    tab.month_combo.setCurrentIndex(tab.month_combo.findData(2))
    tab.subject_combo.setCurrentIndex(tab.subject_combo.findData("504"))
    assert column(tab, LedgerModel.SUMMARY) == ["困难职工帮扶"]
    assert column(tab, LedgerModel.BALANCE) == ["1,100.00"]
    assert tab.totals_label.text() == "显示 1 笔：收入 0.00 元，支出 100.00 元，收支差额 -100.00 元"


def test_add_entry_numbers_the_voucher(qtbot: QtBot, tab: LedgerTab, ledger: LedgerStore) -> None:
    click_toolbar(qtbot, tab, "新增分录")
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    assert dialog.voucher_edit.placeholderText() == "自动：4"
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-08")
    type_text(qtbot, dialog.summary_edit, "三八节女职工活动")
    dialog.subject_combo.setCurrentIndex(dialog.subject_combo.findData("50102"))
    type_text(qtbot, dialog.expense_edit, "1,234.56")
    type_text(qtbot, dialog.party_edit, "文体委员")
    with qtbot.waitSignal(tab.ledgerChanged):
        click(qtbot, dialog.save_button)
    saved = ledger.get(tab.selected_entry_id() or 0)
    assert (saved.voucher, saved.subject, saved.expense_fen, saved.party) == (4, "50102", 123456, "文体委员")
    assert column(tab, LedgerModel.BALANCE)[-1] == "-134.56"


def test_bad_entry_is_named_and_nothing_saved(qtbot: QtBot, tab: LedgerTab, ledger: LedgerStore) -> None:
    click_toolbar(qtbot, tab, "新增分录")
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    replace_text(qtbot, dialog.date_edit, f"{YEAR + 1}-01-02")
    type_text(qtbot, dialog.voucher_edit, "2")
    type_text(qtbot, dialog.summary_edit, "收会费")
    dialog.subject_combo.setEditText("没有的科目")
    type_text(qtbot, dialog.income_edit, "-5")
    click(qtbot, dialog.save_button)
    text = dialog.error_label.text()
    assert "不在正在记的 2025 年内" in text
    assert "不在会计科目表中" in text
    assert "不能为负数" in text
    assert dialog.isVisible() and dialog.summary_edit.text() == "收会费"
    # the date fixed, the subject fixed, the amount fixed: now the voucher is taken
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-01")
    dialog.subject_combo.setCurrentIndex(dialog.subject_combo.findData("401"))
    replace_text(qtbot, dialog.income_edit, "5")
    type_text(qtbot, dialog.expense_edit, "5")
    click(qtbot, dialog.save_button)
    assert "不能两者都填" in dialog.error_label.text()
    dialog.expense_edit.clear()
    click(qtbot, dialog.save_button)
    assert "2025年已有凭证号 2" in dialog.error_label.text()
    assert ledger.count(LedgerQuery(YEAR)) == 3
    replace_text(qtbot, dialog.voucher_edit, "")
    click(qtbot, dialog.save_button)
    assert ledger.count(LedgerQuery(YEAR)) == 4


def test_close_year_refuses_a_difference_then_locks_and_reopens_with_a_reason(
    qtbot: QtBot, tab: LedgerTab, ledger: LedgerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_toolbar(qtbot, tab, "结账…")
    dialog = tab.dialog
    assert isinstance(dialog, CloseYearDialog)
    type_text(qtbot, dialog.counted_edit, "1,099.00")
    click(qtbot, dialog.save_button)
    assert "相差 -1.00 元" in dialog.error_label.text()
    assert not ledger.is_closed(YEAR)
    replace_text(qtbot, dialog.counted_edit, "1100")
    click(qtbot, dialog.save_button)
    assert ledger.is_closed(YEAR)
    assert "已结账" in tab.state_label.text()
    assert not tab.add_action.isEnabled() and not tab.close_action.isEnabled()
    tab.view.selectRow(0)
    assert not tab.edit_action.isEnabled() and not tab.delete_action.isEnabled()

    click_toolbar(qtbot, tab, "反结账…")
    reopen = tab.dialog
    assert isinstance(reopen, ReopenDialog)
    click(qtbot, reopen.save_button)
    assert "原因" in reopen.error_label.text() and ledger.is_closed(YEAR)
    type_text(qtbot, reopen.reason_edit, "补记利息")
    click(qtbot, reopen.save_button)
    assert not ledger.is_closed(YEAR)
    assert [line.reason for line in ledger.year_log(YEAR)] == ["", "补记利息"]
    assert tab.add_action.isEnabled()


def test_dues_grid_and_everyone_paid_except_one(qtbot: QtBot, tab: LedgerTab, store: Store) -> None:
    roster = MemberStore(store)
    zhang = roster.add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    roster.add(Member(name="李四", wage_base_fen=300000, join_date="2020-01-01"))
    tab.reload()
    tab.pages.setCurrentIndex(1)
    assert tab.dues_model.rowCount() == 2
    model = tab.dues_model
    assert model.data(model.index(0, DuesModel.MONTHLY)) in ("15.00", "28.35")

    tab.month_combo.setCurrentIndex(tab.month_combo.findData(3))
    click_toolbar(qtbot, tab, "收会费…")
    dialog = tab.dialog
    assert isinstance(dialog, CollectDialog)
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-31")
    dialog.set_ticked("李四", False)
    dialog.set_received("张三", "20")  # a partial payment
    assert dialog.total_label.text() == "合计实收 20.00 元（记入 401 会费收入）"
    with qtbot.waitSignal(tab.ledgerChanged):
        click(qtbot, dialog.save_button)
    rows = {r.member_id: r for r in DuesStore(store).grid(YEAR)}
    assert rows[zhang].paid[2] == 2000 and rows[zhang].owing(3) == 835
    assert sum(r.paid_total for r in rows.values()) == 2000
    assert column(tab, LedgerModel.SUBJECT)[-1] == "401 会费收入"
    assert "本年收缴入账 20.00 元" in tab.dues_totals_label.text()
    row = next(n for n in range(model.rowCount()) if model.data(model.index(n, DuesModel.NAME)) == "张三")
    assert model.data(model.index(row, DuesModel.FIRST_MONTH + 2)) == "20.00/28.35"
    assert model.data(model.index(row, DuesModel.FIRST_MONTH + 2), Qt.ItemDataRole.BackgroundRole) is not None


def test_activity_costs_post_once_and_deleting_the_activity_asks(
    qtbot: QtBot, tab: LedgerTab, store: Store, ledger: LedgerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    activities = ActivityStore(store)
    sports = activities.add(
        Activity(date=f"{YEAR}-04-20", title="春季运动会", category="文体活动", cost_fen=8500_00)
    )
    click_toolbar(qtbot, tab, "活动费用记账…")
    dialog = tab.dialog
    assert isinstance(dialog, PostActivitiesDialog)
    assert dialog.table.rowCount() == 1
    with qtbot.waitSignal(tab.ledgerChanged):
        click(qtbot, dialog.save_button)
    entry = ledger.entry_for_source("activity", sports)
    assert entry is not None and entry.subject == "50102" and entry.expense_fen == 8500_00
    click_toolbar(qtbot, tab, "活动费用记账…")
    again = tab.dialog
    assert isinstance(again, PostActivitiesDialog)
    assert again.table.item(0, 0).checkState() == Qt.CheckState.Unchecked  # posted already
    again.reject()

    activities_tab = shown(qtbot, ActivitiesTab(store), 900, 500)
    activities_tab.year_combo.setCurrentIndex(activities_tab.year_combo.findData(YEAR))
    activities_tab.select_activity(sports)
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    activities_tab.delete_activity()  # 是 to delete the activity, 否: keep its entry, unlinked
    assert activities.list() == []
    kept = ledger.get(entry.id or 0)
    assert kept.source_kind is None and kept.expense_fen == 8500_00


def test_models_pass_the_qt_model_tester(qtmodeltester, store: Store, ledger: LedgerStore) -> None:  # noqa: ANN001
    model = LedgerModel(ledger, YEAR)
    qtmodeltester.check(model, force_py=True)
    model.set_query(LedgerQuery(YEAR, month=2))
    qtmodeltester.check(model, force_py=True)
    MemberStore(store).add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    dues = DuesModel()
    dues.set_rows(DuesStore(store).grid(YEAR))
    qtmodeltester.check(dues, force_py=True)


def test_an_entrys_source_is_named_by_its_kind_and_an_activitys_title(store: Store, ledger: LedgerStore) -> None:
    """What the cash book's 来源 column, the entry dialog and the delete question show."""
    drill = ActivityStore(store).add(
        Activity(date=f"{YEAR}-03-01", title="消防演练", category="教育培训", cost_fen=30_00)
    )
    assert described_source(ledger, "activity", drill) == "活动：消防演练"
    assert described_source(ledger, "visit", 18) == "慰问 #18"
    assert described_source(ledger, "visit_batch", 3) == "节日慰问发放 #3"
    assert described_source(ledger, "activity", drill + 1) == f"活动 #{drill + 1}"  # deleted since
    assert described_source(ledger, None, None) == ""  # made by hand


def test_first_page_only_of_a_long_year(store: Store) -> None:
    ledger = LedgerStore(store)
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO ledger_entries (year, date, voucher, summary, subject, income_fen) VALUES (?, ?, ?, ?, ?, ?)",
            [(YEAR, f"{YEAR}-{1 + n % 12:02d}-01", n + 1, "收会费", "401", 100) for n in range(1000)],
        )
    model = LedgerModel(ledger, YEAR)
    assert model.total == 1000 and model.rowCount() == LedgerModel.PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 2 * LedgerModel.PAGE_SIZE
    last = model.data(model.index(model.rowCount() - 1, LedgerModel.BALANCE))
    assert last == "400.00"


def test_import_and_export_from_the_tab(
    qtbot: QtBot,
    tab: LedgerTab,
    store: Store,
    tmp_path: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import openpyxl

    from tests.ui.driving import pick_file, save_as, workbook
    from unionclerk.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    path = workbook(
        tmp_path / "old.xlsx",  # type: ignore[operator]
        [
            ["日期", "摘要", "科目", "收入", "支出"],
            [f"{YEAR}-05-01", "上级补助", "上级补助收入", 300, None],
            [f"{YEAR}-05-03", "维权", "502 维权支出", None, 20],  # a 2010 code with its name: the name wins
        ],
    )
    pick_file(monkeypatch, path)
    tab.import_action.trigger()
    dialog = tab.transfer_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.parsed is not None, timeout=10000)
    assert "2 行可以导入" in dialog.summary_label.text()
    with qtbot.waitSignal(tab.ledgerChanged):
        click(qtbot, dialog.import_button)
    assert column(tab, LedgerModel.SUMMARY)[-2:] == ["上级补助", "维权"]
    assert column(tab, LedgerModel.SUBJECT)[-2:] == ["403 上级补助收入", "504 维权支出"]

    out = tmp_path / "book.xlsx"  # type: ignore[operator]
    save_as(monkeypatch, out)
    assert tab.export_book("ledger") == out
    values = [
        r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if r and r[2] == "维权"
    ]
    assert round(values[0][5] * 100) == 2000


def test_automatic_posting_when_the_setting_says_so(
    store: Store, tab: LedgerTab, ledger: LedgerStore
) -> None:
    from unionclerk.store.settings import load_settings

    activities = ActivityStore(store)
    first = activities.add(
        Activity(date=f"{YEAR}-05-20", title="健步走", category="文体活动", cost_fen=600_00)
    )
    ledger.sync_sources()
    assert ledger.entry_for_source("activity", first) is None  # by the button only
    assert not tab.auto_post_action.isChecked()
    tab.auto_post_action.trigger()  # 自动记账 on: saved, and what was not posted is posted now
    assert load_settings(store).ledger_auto_post is True
    entry = ledger.entry_for_source("activity", first)
    assert entry is not None and entry.expense_fen == 600_00
    second = activities.add(
        Activity(date=f"{YEAR}-06-20", title="观影", category="文体活动", cost_fen=100_00)
    )
    ledger.sync_sources()  # what MainWindow.sync_ledger runs after an activity is saved
    assert ledger.entry_for_source("activity", second) is not None
    ledger.sync_sources()
    assert ledger.totals(LedgerQuery(YEAR)) == (5, 500_00, 400_00 + 700_00)  # never twice
    tab.auto_post_action.trigger()
    assert load_settings(store).ledger_auto_post is False


def test_allocation_remembers_the_provincial_share(qtbot: QtBot, tab: LedgerTab, store: Store) -> None:
    from decimal import Decimal

    from unionclerk.store.settings import load_settings
    from unionclerk.ui.dialogs.ledger_dialogs import AllocationDialog

    click_toolbar(qtbot, tab, "拨缴经费…")
    dialog = tab.dialog
    assert isinstance(dialog, AllocationDialog)
    assert dialog.share_edit.text() == "60%"
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-31")
    type_text(qtbot, dialog.payroll_edit, "abc")
    replace_text(qtbot, dialog.share_edit, "45%")
    click(qtbot, dialog.save_button)
    assert "不是金额" in dialog.error_label.text()
    replace_text(qtbot, dialog.payroll_edit, "1,000,000")
    with qtbot.waitSignal(tab.ledgerChanged):
        click(qtbot, dialog.save_button)
    assert load_settings(store).fund_kept_share == Decimal("0.45")
    assert column(tab, LedgerModel.INCOME)[-1] == "9,000.00"  # 2% of 1,000,000 = 20,000, 45% kept


def test_sub_items_of_the_unit(qtbot: QtBot, tab: LedgerTab, ledger: LedgerStore) -> None:
    from unionclerk.ui.dialogs.ledger_dialogs import SubItemsDialog

    click_toolbar(qtbot, tab, "科目子目…")
    dialog = tab.dialog
    assert isinstance(dialog, SubItemsDialog)
    type_text(qtbot, dialog.code_edit, "50105")
    type_text(qtbot, dialog.name_edit, "改个名")
    click(qtbot, dialog.save_button)
    assert "不能改名" in dialog.error_label.text()
    replace_text(qtbot, dialog.code_edit, "50107")
    replace_text(qtbot, dialog.name_edit, "读书月活动")
    click(qtbot, dialog.save_button)
    assert ledger.chart().name("50107") == "读书月活动"
    assert dialog.error_label.isHidden()
    dialog.reject()
    assert tab.subject_combo.findData("50107") > 0


def test_months_not_yet_come_are_not_shown_as_unpaid(store: Store) -> None:
    import datetime as dt

    MemberStore(store).add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    model = DuesModel()
    model.set_rows(DuesStore(store).grid(YEAR), YEAR, today=dt.date(YEAR, 11, 30))
    november, december = (model.index(0, DuesModel.FIRST_MONTH + m) for m in (10, 11))
    assert model.data(november) == "未缴" and model.data(november, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(december) == "" and model.data(december, Qt.ItemDataRole.BackgroundRole) is None


def test_deleting_a_dues_entry_removes_its_collection(
    qtbot: QtBot, tab: LedgerTab, store: Store, ledger: LedgerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = MemberStore(store).add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    dues = DuesStore(store)
    collection = dues.collect(f"{YEAR}-06-30", [(member, f"{YEAR}-06", 2835)])
    tab.reload()
    entry = ledger.entry_for_source("dues", collection)
    assert entry is not None and tab.select_entry(entry.id or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.ledgerChanged):
        tab.delete_entry()
    assert dues.collections(YEAR) == [] and dues.grid(YEAR)[0].paid_total == 0
    assert ledger.count(LedgerQuery(YEAR)) == 3


def test_owing_column_names_the_months(store: Store) -> None:
    import datetime as dt

    member = MemberStore(store).add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    DuesStore(store).collect(f"{YEAR}-03-31", [(member, f"{YEAR}-{m:02d}", 2835) for m in range(1, 9)])
    model = DuesModel()
    model.set_rows(DuesStore(store).grid(YEAR), YEAR, today=dt.date(YEAR, 10, 15))
    owing = model.index(0, DuesModel.OWING_TOTAL)
    assert model.data(owing) == "56.70"  # September and October; November and December have not come
    assert model.data(owing, Qt.ItemDataRole.ToolTipRole) == "欠缴月份：9月、10月"


def test_visits_posted_from_the_tab_after_a_question(
    qtbot: QtBot, tab: LedgerTab, store: Store, ledger: LedgerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = MemberStore(store).add(Member(name="张三", join_date="2020-01-01"))
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO visits (date, kind, member_id, cash_fen) VALUES (?, '结婚', ?, 100000)",
            (f"{YEAR}-05-01", member),
        )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(tab.ledgerChanged):
        click_toolbar(qtbot, tab, "慰问记账…")
    assert "1 笔慰问（合计 1,000.00 元）" in asked[0]
    assert column(tab, LedgerModel.SUMMARY)[-1] == "结婚慰问 张三"
    assert column(tab, LedgerModel.SOURCE)[-1].startswith("慰问")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    click_toolbar(qtbot, tab, "慰问记账…")
    assert shown == [f"{YEAR}年用工会经费的慰问都已记账。"]
    assert ledger.count(LedgerQuery(YEAR)) == 4


def test_deleting_a_posted_visit_asks_about_its_entry(
    qtbot: QtBot, store: Store, ledger: LedgerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionclerk.ui.visits_tab import VisitsTab

    member = MemberStore(store).add(Member(name="张三", join_date="2020-01-01"))
    with store.transaction() as conn:
        visit = conn.execute(
            "INSERT INTO visits (date, kind, member_id, cash_fen) VALUES (?, '生育', ?, 50000)",
            (f"{YEAR}-05-01", member),
        ).lastrowid
    ledger.post_visits(YEAR)
    entry = ledger.entry_for_source("visit", visit or 0)
    assert entry is not None
    visits_tab = shown(qtbot, VisitsTab(store), 1300, 700)
    visits_tab.year_combo.setCurrentIndex(visits_tab.year_combo.findData(YEAR))
    assert visits_tab.select_visit(visit or 0)
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    visits_tab.delete_visit()  # 是 to delete the visit, then 取消 at the entry: nothing is deleted
    assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
    answers[:] = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    visits_tab.delete_visit()  # now the visit and its entry go
    assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
    assert ledger.entry_for_source("visit", visit or 0) is None and ledger.count(LedgerQuery(YEAR)) == 3


def test_automatic_posting_takes_union_fund_visits_too(
    store: Store, tab: LedgerTab, ledger: LedgerStore
) -> None:
    from unionclerk.core.members import Member
    from unionclerk.core.visits import Visit
    from unionclerk.store.members import MemberStore
    from unionclerk.store.visits import VisitStore

    visits = VisitStore(store)
    zhang = MemberStore(store).add(Member(name="张三", join_date="2020-01-01"))
    first = visits.add(Visit(date=f"{YEAR}-03-02", kind="生病住院", member_id=zhang, cash_fen=500_00))
    ledger.sync_sources()
    assert ledger.entry_for_source("visit", first) is None  # 自动记账 off: by the button only
    tab.auto_post_action.trigger()
    assert ledger.entry_for_source("visit", first) is not None
    batch = visits.add_batch(
        date=f"{YEAR}-09-20", festival="中秋", goods="月饼", goods_fen=150_00, member_ids=[zhang]
    )
    ledger.sync_sources()  # what MainWindow.sync_ledger runs after the visits tab saves
    ledger.sync_sources()
    entry = ledger.entry_for_source("visit_batch", batch)
    assert entry is not None and entry.expense_fen == 150_00
    linked = [e for e in ledger.iter_rows(YEAR) if e.source_kind in ("visit", "visit_batch")]
    assert len(linked) == 2  # never twice


def test_opening_balance_takes_one_minus_sign_and_refuses_two(
    qtbot: QtBot, tab: LedgerTab, ledger: LedgerStore
) -> None:
    from unionclerk.ui.dialogs.ledger_dialogs import OpeningDialog

    dialog = tab.edit_opening()
    assert isinstance(dialog, OpeningDialog)
    replace_text(qtbot, dialog.amount_edit, "--5")
    click(qtbot, dialog.save_button)
    assert "期初余额" in dialog.error_label.text()
    assert ledger.opening_balance(YEAR) == 1_000_00  # nothing saved
    replace_text(qtbot, dialog.amount_edit, "-12.34")
    click(qtbot, dialog.save_button)
    assert ledger.opening_balance(YEAR) == -12_34
