"""The 慰问 tab driven as a clerk drives it: visits added and refused, rule warnings with a reason, festival
batches (untick, confirm, edit, undo), filters and totals, life events, the member's visits, the rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.driving import (
    click,
    click_toolbar,
    pick_file,
    replace_text,
    save_as,
    shown,
    type_text,
    workbook,
)
from unionclerk.core.members import Member
from unionclerk.core.visits import Visit
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.ui.dialogs.benefit_rules_dialog import BenefitRulesDialog
from unionclerk.ui.dialogs.festival_batch_dialog import BatchEditDialog, FestivalBatchDialog
from unionclerk.ui.dialogs.import_dialog import ImportDialog
from unionclerk.ui.dialogs.member_visits_dialog import MemberVisitsDialog
from unionclerk.ui.dialogs.retirement_ages_dialog import RetirementAgesDialog
from unionclerk.ui.dialogs.visit_dialog import VisitDialog, VisitKindsDialog
from unionclerk.ui.models.visits_model import VisitsModel
from unionclerk.ui.visits_tab import VisitsTab

TODAY = dt.date.today()
YEAR = TODAY.year


class Asked(list):
    """The text of every 是/否 question asked, in order; `answers` queues the replies (是 when empty)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Asked:
    asked = Asked()

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        yes = asked.answers.pop(0) if asked.answers else True
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def people(store: Store, members: MemberStore) -> dict[str, int]:
    save_settings(store, load_settings(store).with_text("province", "福建"))
    ids = {
        name: members.add(Member(name=name, department=dept, join_date="2015-01-01"))
        for name, dept in {"张三": "检验科", "李四": "办公室", "王芳": "检验科"}.items()
    }
    ids["赵老"] = members.add(Member(name="赵老", department="办公室", join_date="2000-01-01"))
    members.change_status(ids["赵老"], "保留会籍", f"{YEAR - 1}-06-30", "退休")
    return ids


@pytest.fixture
def tab(qtbot: QtBot, store: Store, people: dict[str, int]) -> VisitsTab:
    visits = VisitStore(store)
    visits.add(
        Visit(date=f"{YEAR}-01-10", kind="生日", member_id=people["李四"], goods="蛋糕", goods_fen=20000)
    )
    visits.add(Visit(date=f"{YEAR - 1}-05-01", kind="生育", member_id=people["王芳"], cash_fen=50000))
    return shown(qtbot, VisitsTab(store), 1300, 700)


def _dialog(tab: VisitsTab) -> VisitDialog:
    assert isinstance(tab.dialog, VisitDialog)
    return tab.dialog


def _choose(qtbot: QtBot, dialog: VisitDialog, search: str) -> None:
    type_text(qtbot, dialog.member_chooser.search_edit, search)
    dialog.member_chooser.results.setCurrentRow(0)


def test_add_a_visit_from_the_form(
    qtbot: QtBot, tab: VisitsTab, store: Store, people: dict[str, int]
) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = _dialog(tab)
    _choose(qtbot, dialog, "zs")
    assert dialog.member_chooser.member_id == people["张三"]
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-02")
    dialog.kind_combo.setCurrentText("生病住院")
    type_text(qtbot, dialog.cash_edit, "300")
    type_text(qtbot, dialog.goods_edit, "水果")
    type_text(qtbot, dialog.goods_value_edit, "88.50")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    stored = VisitStore(store).list(VisitQuery(member_id=people["张三"]))
    assert [(r.kind, r.cash_fen, r.goods, r.goods_fen) for r in stored] == [("生病住院", 30000, "水果", 8850)]
    assert tab.selected_visit_id() == stored[0].id


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("cash_edit", "-20", "负数"),
        ("cash_edit", "三百", "不是金额"),
        ("goods_value_edit", "abc", "不是金额"),
    ],
)
def test_bad_amounts_are_named_and_nothing_is_saved(
    qtbot: QtBot, tab: VisitsTab, store: Store, field: str, text: str, words: str
) -> None:
    before = len(VisitStore(store).list())
    click_toolbar(qtbot, tab, "新增")
    dialog = _dialog(tab)
    _choose(qtbot, dialog, "zs")
    dialog.kind_combo.setCurrentText("生病住院")
    if field == "goods_value_edit":
        type_text(qtbot, dialog.goods_edit, "水果")
    type_text(qtbot, getattr(dialog, field), text)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and words in dialog.error_label.text()
    assert getattr(dialog, field).text() == text  # what was typed is kept
    assert len(VisitStore(store).list()) == before


def test_festival_gift_is_goods_only_and_a_person_needs_a_member(
    qtbot: QtBot, tab: VisitsTab, store: Store
) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = _dialog(tab)
    dialog.kind_combo.setCurrentText("节日慰问")
    assert not dialog.cash_edit.isEnabled()
    dialog.festival_combo.setCurrentText("春节")
    type_text(qtbot, dialog.goods_edit, "超市购物卡")
    type_text(qtbot, dialog.goods_value_edit, "300")
    type_text(qtbot, dialog.person_edit, "李秀英")
    click(qtbot, dialog.save_button)
    text = dialog.error_label.text()
    assert "购物卡" in text and "李秀英" in text and "不是会员" in text
    assert len(VisitStore(store).list()) == 2


def test_a_breach_needs_a_reason_that_is_kept(
    qtbot: QtBot, tab: VisitsTab, store: Store, people: dict[str, int]
) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = _dialog(tab)
    _choose(qtbot, dialog, "zs")
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-02")
    dialog.kind_combo.setCurrentText("生病住院")
    type_text(qtbot, dialog.cash_edit, "800")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "住院慰问单次上限" in dialog.warning_label.text() and "福建" in dialog.warning_label.text()
    assert "理由" in dialog.error_label.text()
    assert VisitStore(store).list(VisitQuery(member_id=people["张三"])) == []
    type_text(qtbot, dialog.reason_edit, "大病，经工会委员会同意")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    [row] = VisitStore(store).list(VisitQuery(member_id=people["张三"]))
    assert row.breach_reason == "大病，经工会委员会同意"


def test_a_date_far_ahead_is_questioned(qtbot: QtBot, tab: VisitsTab, store: Store, questions: Asked) -> None:
    far = (TODAY + dt.timedelta(days=60)).isoformat()
    click_toolbar(qtbot, tab, "新增")
    dialog = _dialog(tab)
    _choose(qtbot, dialog, "zs")
    replace_text(qtbot, dialog.date_edit, far)
    dialog.kind_combo.setCurrentText("结婚")
    type_text(qtbot, dialog.cash_edit, "500")
    questions.answers.append(False)
    click(qtbot, dialog.save_button)
    assert far in questions[0] and dialog.isVisible()
    assert len(VisitStore(store).list()) == 2
    click(qtbot, dialog.save_button)  # answered 是 this time
    assert tab.dialog is None
    assert [r.date for r in VisitStore(store).list()][0] == far


def test_filters_search_and_totals(qtbot: QtBot, tab: VisitsTab) -> None:
    assert tab.model.rowCount() == 1  # this year
    assert "1 人次" in tab.totals_label.text() and "200.00" in tab.totals_label.text()
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(None))
    assert tab.model.rowCount() == 2
    assert "慰问金 500.00 元" in tab.totals_label.text() and "合计 700.00 元" in tab.totals_label.text()
    tab.department_combo.setCurrentIndex(tab.department_combo.findData("检验科"))
    assert [
        tab.model.data(tab.model.index(r, VisitsModel.RECIPIENT)) for r in range(tab.model.rowCount())
    ] == ["王芳"]
    tab.department_combo.setCurrentIndex(0)
    type_text(qtbot, tab.search_edit, "ls")
    assert tab.model.rowCount() == 1 and tab.model.data(tab.model.index(0, VisitsModel.KIND)) == "生日"


def test_festival_batch_untick_confirm_edit_and_undo(
    qtbot: QtBot, tab: VisitsTab, store: Store, people: dict[str, int], questions: Asked
) -> None:
    click_toolbar(qtbot, tab, "节日发放…")
    dialog = tab.dialog
    assert isinstance(dialog, FestivalBatchDialog)
    dialog.festival_combo.setCurrentText("中秋")
    assert dialog.date_edit.text()  # proposed from chinese-calendar when it knows the year
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-09-10")
    type_text(qtbot, dialog.goods_edit, "月饼")
    type_text(qtbot, dialog.value_edit, "200")
    model = dialog.recipients
    assert model.rowCount() == 3  # 在会 only: the retiree is left out
    wang = model.index(model.row_of(people["王芳"]))
    assert (
        "王芳" in model.data(wang)
        and model.data(wang, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    # Untick 王芳 as a click on her box does.
    dialog.people.scrollTo(wang)
    box = dialog.people.visualRect(wang)
    qtbot.mouseClick(
        dialog.people.viewport(), Qt.MouseButton.LeftButton, pos=box.topLeft() + QPoint(8, box.height() // 2)
    )
    assert model.data(wang, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "发放 2 人（共 3 人" in dialog.count_label.text()
    click(qtbot, dialog.save_button)
    assert "2 人" in questions[-1] and "400.00" in questions[-1]
    assert tab.dialog is None
    visits = VisitStore(store)
    [batch] = visits.batches(YEAR)
    assert batch.count == 2 and batch.festival == "中秋"
    assert {r.member_id for r in visits.list(VisitQuery(batch_id=batch.id))} == {
        people["张三"],
        people["李四"],
    }

    row = tab.model.row_of(visits.list(VisitQuery(batch_id=batch.id))[0].id)
    tab.view.selectRow(row)
    click_toolbar(qtbot, tab, "修改批次")
    edit = tab.dialog
    assert isinstance(edit, BatchEditDialog)
    replace_text(qtbot, edit.value_edit, "180")
    click(qtbot, edit.save_button)
    assert {r.goods_fen for r in visits.list(VisitQuery(batch_id=batch.id))} == {18000}

    tab.view.selectRow(tab.model.row_of(visits.list(VisitQuery(batch_id=batch.id))[0].id))
    questions.answers.append(False)
    assert tab.undo_batch() == 0
    assert "2 条" in questions[-1]
    assert visits.batches(YEAR) != []
    assert tab.undo_batch() == 2
    assert visits.batches(YEAR) == [] and visits.list(VisitQuery(batch_id=batch.id)) == []


def test_batch_over_the_cap_asks_for_a_reason(
    qtbot: QtBot, tab: VisitsTab, store: Store, questions: Asked
) -> None:
    click_toolbar(qtbot, tab, "节日发放…")
    dialog = tab.dialog
    assert isinstance(dialog, FestivalBatchDialog)
    dialog.festival_combo.setCurrentText("春节")
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-02-01")
    type_text(qtbot, dialog.goods_edit, "年货")
    type_text(qtbot, dialog.value_edit, "1400")
    click(qtbot, dialog.save_button)
    assert "节日慰问品全年合计上限" in dialog.warning_label.text() and "理由" in dialog.error_label.text()
    assert VisitStore(store).batches() == [] and questions == []
    type_text(qtbot, dialog.reason_edit, "含上年未发部分")
    click(qtbot, dialog.save_button)
    assert {r.breach_reason for r in VisitStore(store).list(VisitQuery(kind="节日慰问"))} == {
        "含上年未发部分"
    }


def test_life_event_opens_a_visit_for_that_person(qtbot: QtBot, store: Store, members: MemberStore) -> None:
    born = TODAY.replace(year=TODAY.year - 40, day=min(TODAY.day, 28))
    zhou = members.add(Member(name="周敏", sex="女", birth_date=born.isoformat(), join_date="2015-01-01"))
    members.add(Member(name="困难户", hardship=True, hardship_type="因病", join_date="2015-01-01"))
    tab = shown(qtbot, VisitsTab(store), 1300, 700)
    texts = [tab.events_list.item(r).text() for r in range(tab.events_list.count())]
    assert any("【生日】周敏" in t for t in texts) and any("【困难职工】困难户" in t for t in texts)
    item = next(
        tab.events_list.item(r)
        for r in range(tab.events_list.count())
        if "周敏" in tab.events_list.item(r).text()
    )
    tab.events_list.itemActivated.emit(item)
    dialog = _dialog(tab)
    assert dialog.member_chooser.member_id == zhou and dialog.kind_combo.currentText() == "生日"


def test_member_visits_with_year_totals_against_caps(
    qtbot: QtBot, store: Store, people: dict[str, int]
) -> None:
    visits = VisitStore(store)
    visits.add_batch(
        date=f"{YEAR}-02-01", festival="春节", goods="米", goods_fen=80000, member_ids=[people["张三"]]
    )
    visits.add_batch(
        date=f"{YEAR}-09-01", festival="中秋", goods="月饼", goods_fen=60000, member_ids=[people["张三"]]
    )
    dialog = MemberVisitsDialog(MemberStore(store), visits, people["张三"])
    qtbot.addWidget(dialog)
    assert dialog.visits_table.rowCount() == 2
    cells = [
        [dialog.years_table.item(r, c).text() for c in range(5)] for r in range(dialog.years_table.rowCount())
    ]
    assert [str(YEAR), "节日慰问", "1,400.00", "1,300.00", "超出 100.00 元"] in cells


def test_members_tab_button_shows_the_visits(qtbot: QtBot, store: Store, people: dict[str, int]) -> None:
    from unionclerk.ui.members_tab import MembersTab

    VisitStore(store).add(
        Visit(date=f"{YEAR}-01-10", kind="生日", member_id=people["张三"], goods="蛋糕", goods_fen=100)
    )
    members_tab = shown(qtbot, MembersTab(store), 1100, 600)
    assert members_tab.select_member(people["张三"])
    click_toolbar(qtbot, members_tab, "慰问记录")
    [dialog] = members_tab.findChildren(MemberVisitsDialog)
    assert dialog.windowTitle() == "张三的慰问记录"
    assert dialog.visits_table.rowCount() == 1 and dialog.visits_table.item(0, 1).text() == "生日"
    dialog.close()


def test_rules_dialog_edits_and_refuses(qtbot: QtBot, store: Store, people: dict[str, int]) -> None:
    dialog = BenefitRulesDialog(store)
    qtbot.addWidget(dialog)
    assert "福建" in dialog.source_label.text()
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "生日")
    dialog.table.item(row, dialog.PER_YEAR).setText("abc")
    click(qtbot, dialog.save_button)
    assert "生日慰问上限" in dialog.error_label.text() and "abc" in dialog.error_label.text()
    dialog.table.item(row, dialog.PER_YEAR).setText("100")
    click(qtbot, dialog.save_button)
    rule = next(r for r in VisitStore(store).rule_set().rules if r.kinds == ("生日",))
    assert rule.per_year_fen == 10000


def test_import_export_and_signoff_from_the_tab(
    qtbot: QtBot,
    tab: VisitsTab,
    store: Store,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
    questions: Asked,
) -> None:
    source = workbook(
        tmp_path / "慰问.xlsx",
        [
            ["姓名", "日期", "事由", "物品", "价值"],
            ["张三", f"{YEAR}-09-20", "中秋慰问", "月饼", 200],
            ["李四", f"{YEAR}-09-20", "中秋慰问", "月饼", 200],
        ],
    )
    pick_file(monkeypatch, source)
    tab.import_action.trigger()
    dialog = tab.transfer_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.parsed is not None, timeout=10000)
    assert dialog.windowTitle() == "导入慰问台账"
    with qtbot.waitSignal(tab.visitsChanged):
        click(qtbot, dialog.import_button)
    assert "新增 2" in boxes[-1]
    [batch] = VisitStore(store).batches(YEAR)
    assert batch.count == 2

    out = tmp_path / "book.xlsx"
    save_as(monkeypatch, out)
    tab.export_action.trigger()
    assert str(out) in boxes[-1]
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value.endswith(f"{YEAR}年慰问台账")

    tab.view.selectRow(tab.model.row_of(VisitStore(store).list(VisitQuery(batch_id=batch.id))[0].id))
    assert tab.signoff_action.isEnabled()
    signoff = tmp_path / "signoff.xlsx"
    save_as(monkeypatch, signoff)
    questions.answers.append(False)  # not one page per department
    tab.signoff_action.trigger()
    sheet = openpyxl.load_workbook(signoff).active
    assert sheet["A1"].value.endswith(f"{YEAR}年中秋慰问品签收表")
    assert {sheet.cell(row=r, column=3).value for r in (4, 5)} == {"张三", "李四"}


def test_retirement_ages_change_the_reminders(qtbot: QtBot, store: Store, members: MemberStore) -> None:
    born = dt.date(TODAY.year - 60, TODAY.month, min(TODAY.day, 28)) + dt.timedelta(days=20)
    members.add(Member(name="老周", sex="男", birth_date=born.isoformat(), join_date="1990-01-01"))
    tab = shown(qtbot, VisitsTab(store), 1300, 700)
    texts = lambda: [tab.events_list.item(r).text() for r in range(tab.events_list.count())]  # noqa: E731
    assert any("【退休】老周" in t for t in texts())
    click(qtbot, tab.ages_button)
    dialog = tab.dialog
    assert isinstance(dialog, RetirementAgesDialog)
    replace_text(qtbot, dialog.edits["retire_age_male"], "30")
    click(qtbot, dialog.save_button)
    assert "40 到 75" in dialog.error_label.text() and load_settings(store).retire_age_male == 60
    replace_text(qtbot, dialog.edits["retire_age_male"], "63")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None and load_settings(store).retire_age_male == 63
    assert not any("【退休】老周" in t for t in texts())


def test_visit_kinds_dialog_adds_renames_and_refuses(qtbot: QtBot, tab: VisitsTab, store: Store) -> None:
    click_toolbar(qtbot, tab, "慰问类别…")
    dialog = tab.dialog
    assert isinstance(dialog, VisitKindsDialog)
    type_text(qtbot, dialog.name_edit, "防暑降温")
    click(qtbot, dialog.add_button)
    assert "防暑降温" in VisitStore(store).kinds()
    dialog.list.setCurrentItem(dialog.list.findItems("生日", Qt.MatchFlag.MatchExactly)[0])
    click(qtbot, dialog.delete_button)
    assert "生日" in dialog.error_label.text() and "生日" in VisitStore(store).kinds()
    dialog.close()
    assert tab.kind_combo.findData("防暑降温") >= 0


def test_a_members_visits_from_the_visits_list(qtbot: QtBot, tab: VisitsTab, people: dict[str, int]) -> None:
    assert not tab.person_action.isEnabled()
    tab.view.selectRow(0)
    click_toolbar(qtbot, tab, "此人的慰问记录")
    [dialog] = tab.findChildren(MemberVisitsDialog)
    assert dialog.windowTitle() == "李四的慰问记录"
    dialog.close()


def test_batch_dated_far_ahead_is_questioned(
    qtbot: QtBot, tab: VisitsTab, store: Store, questions: Asked
) -> None:
    far = (TODAY + dt.timedelta(days=60)).isoformat()
    click_toolbar(qtbot, tab, "节日发放…")
    dialog = tab.dialog
    assert isinstance(dialog, FestivalBatchDialog)
    replace_text(qtbot, dialog.date_edit, far)
    type_text(qtbot, dialog.goods_edit, "水果")
    type_text(qtbot, dialog.value_edit, "50")
    questions.answers.append(False)
    click(qtbot, dialog.save_button)
    assert far in questions[-1] and "一个多月以后" in questions[-1]
    assert dialog.isVisible() and VisitStore(store).batches() == []


def test_the_warning_follows_what_is_typed(qtbot: QtBot, tab: VisitsTab, people: dict[str, int]) -> None:
    click_toolbar(qtbot, tab, "新增")
    dialog = _dialog(tab)
    _choose(qtbot, dialog, "zs")
    replace_text(qtbot, dialog.date_edit, f"{YEAR}-03-02")
    dialog.kind_combo.setCurrentText("生病住院")
    type_text(qtbot, dialog.cash_edit, "50")
    assert dialog.warning_label.isHidden()
    type_text(qtbot, dialog.cash_edit, "1")  # 501 元 > 500
    assert not dialog.warning_label.isHidden() and "住院慰问单次上限" in dialog.warning_label.text()
    qtbot.keyClick(dialog.cash_edit, Qt.Key.Key_Backspace)
    assert dialog.warning_label.isHidden()
