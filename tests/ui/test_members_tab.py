"""The 会员 tab driven as a clerk drives it: add, search, sort, change status, delete, counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.driving import click_toolbar, shown, type_text
from unionclerk.core.members import validate_member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.ui.dialogs.member_dialog import MemberDialog
from unionclerk.ui.dialogs.status_dialog import StatusDialog
from unionclerk.ui.members_tab import MembersTab
from unionclerk.ui.models.members_model import MembersModel


def add(members: MemberStore, name: str, **form: str) -> int:
    form.setdefault("join_date", "2015-03-01")
    return members.add(validate_member({"name": name, **form}))


def shown_names(tab: MembersTab) -> list[str]:
    model = tab.view.model()
    return [model.data(model.index(row, MembersModel.NAME)) for row in range(model.rowCount())]


def select_row_of(qtbot: QtBot, tab: MembersTab, name: str) -> None:
    row = shown_names(tab).index(name)
    rect = tab.view.visualRect(tab.view.model().index(row, MembersModel.NAME))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_add_dialog(qtbot: QtBot, tab: MembersTab) -> MemberDialog:
    click_toolbar(qtbot, tab, "新增")
    dialog = tab.dialog
    assert isinstance(dialog, MemberDialog)
    return dialog


@pytest.fixture
def tab(qtbot: QtBot, store: Store, members: MemberStore) -> MembersTab:
    add(members, "张三", id_number="11010519491231002X", phone="13812345678", department="办公室")
    add(members, "李四", sex="男", department="检验科")
    add(members, "赵四", sex="男", department="检验科", hardship="1", hardship_type="因病")
    add(members, "欧阳娜娜", sex="女", department="办公室")
    add(members, "王五", sex="男", department="疾控科")
    return shown(qtbot, MembersTab(store), 1200, 600)


def test_shows_roster_with_counts_and_masked_ids(tab: MembersTab) -> None:
    assert sorted(shown_names(tab)) == sorted(["张三", "李四", "赵四", "欧阳娜娜", "王五"])
    assert tab.counts_label.text() == "在职会员 5 人，保留会籍 0 人，女 2 人，困难职工 1 人；列表显示 5 人"
    model = tab.view.model()
    row = shown_names(tab).index("张三")
    assert model.data(model.index(row, MembersModel.ID_NUMBER)) == "110105********002X"


def test_add_member_through_the_dialog_updates_table_and_counts(
    qtbot: QtBot, tab: MembersTab, members: MemberStore
) -> None:
    dialog = open_add_dialog(qtbot, tab)
    type_text(qtbot, dialog.name_edit, "孙丽")
    type_text(qtbot, dialog.id_number_edit, "110105198001010024")
    type_text(qtbot, dialog.department_combo.lineEdit(), "检验科")
    with qtbot.waitSignal(tab.membersChanged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert [m.name for m in members.iter_members(MemberQuery(text="孙丽"))] == ["孙丽"]
    assert "孙丽" in shown_names(tab)
    assert tab.counts_label.text() == "在职会员 6 人，保留会籍 0 人，女 3 人，困难职工 1 人；列表显示 6 人"
    # the new member is selected and their history shows
    assert tab.selected_member_id() == members.find_by_id_number("110105198001010024").id  # type: ignore[union-attr]
    assert tab.history_table.rowCount() == 1


def test_rejected_dialog_keeps_text_and_saves_nothing(
    qtbot: QtBot, tab: MembersTab, members: MemberStore
) -> None:
    dialog = open_add_dialog(qtbot, tab)
    type_text(qtbot, dialog.name_edit, "钱七")
    type_text(qtbot, dialog.id_number_edit, "11010519491231002X")  # already 张三's
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "身份证号已登记：张三" in dialog.error_label.text()
    assert dialog.name_edit.text() == "钱七"
    assert members.count(MemberQuery()) == 5
    assert tab.counts_label.text().startswith("在职会员 5 人")


def test_search_by_initials_narrows_the_table(qtbot: QtBot, tab: MembersTab) -> None:
    type_text(qtbot, tab.search_edit, "zs")
    assert shown_names(tab) == ["张三", "赵四"]
    assert tab.counts_label.text().endswith("列表显示 2 人")
    type_text(qtbot, tab.search_edit, "x")  # zsx: no one
    assert shown_names(tab) == []
    tab.search_edit.clear()
    type_text(qtbot, tab.search_edit, "zhang")
    assert shown_names(tab) == ["张三"]
    tab.search_edit.clear()
    type_text(qtbot, tab.search_edit, "5678")
    assert shown_names(tab) == ["张三"]
    tab.search_edit.clear()
    type_text(qtbot, tab.search_edit, "检验")
    assert shown_names(tab) == ["李四", "赵四"]


def test_status_and_department_filters(qtbot: QtBot, tab: MembersTab, members: MemberStore) -> None:
    members.change_status(members.find_by_name("王五")[0].id or 0, "转出", "2024-05-01", "调动")
    tab.reload()
    tab.status_combo.setCurrentIndex(tab.status_combo.findText("会员（在会+保留会籍）"))
    assert "王五" not in shown_names(tab)
    tab.status_combo.setCurrentIndex(tab.status_combo.findText("转出"))
    assert shown_names(tab) == ["王五"]
    tab.status_combo.setCurrentIndex(0)
    tab.department_combo.setCurrentIndex(tab.department_combo.findText("办公室"))
    assert shown_names(tab) == ["欧阳娜娜", "张三"]


def test_sort_by_clicking_the_name_header_is_pinyin_order(qtbot: QtBot, tab: MembersTab) -> None:
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(MembersModel.DEPARTMENT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_names(tab)[:2] == ["欧阳娜娜", "张三"]  # 办公室 first, names within in pinyin order
    x = header.sectionViewportPosition(MembersModel.NAME) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ascending = ["李四", "欧阳娜娜", "王五", "张三", "赵四"]
    order = header.sortIndicatorOrder()
    expected = ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]
    assert shown_names(tab) == expected
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_names(tab) == expected[::-1]


def test_change_status_through_the_dialog_updates_history_and_counts(
    qtbot: QtBot, tab: MembersTab, members: MemberStore
) -> None:
    select_row_of(qtbot, tab, "赵四")
    assert tab.history_table.rowCount() == 1
    click_toolbar(qtbot, tab, "变更会籍状态")
    dialog = tab.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.status_combo.setCurrentText("转出")
    assert dialog.reason_combo.currentText() == "调动"
    with qtbot.waitSignal(tab.membersChanged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert members.find_by_name("赵四")[0].status == "转出"
    history = [
        tuple(tab.history_table.item(row, column).text() for column in range(3))
        for row in range(tab.history_table.rowCount())
    ]
    assert [h[1:] for h in history] == [("在会", "入会"), ("转出", "调动")]
    # 赵四 was a man in hardship: both the member and the hardship counts drop
    assert tab.counts_label.text() == "在职会员 4 人，保留会籍 0 人，女 2 人，困难职工 0 人；列表显示 5 人"


def test_delete_asks_first_and_removes_a_mistaken_entry(
    qtbot: QtBot, tab: MembersTab, members: MemberStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    select_row_of(qtbot, tab, "王五")
    click_toolbar(qtbot, tab, "删除")
    assert members.find_by_name("王五")  # said no
    click_toolbar(qtbot, tab, "删除")
    assert "王五" in asked[-1]
    assert not members.find_by_name("王五")
    assert "王五" not in shown_names(tab)
    assert tab.counts_label.text().startswith("在职会员 4 人")


def test_delete_is_refused_when_other_books_refer_to_the_member(
    qtbot: QtBot,
    tab: MembersTab,
    store: Store,
    members: MemberStore,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    member_id = members.find_by_name("李四")[0].id
    with store.transaction() as conn:
        conn.execute(
            "CREATE TABLE test_visits (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id))"
        )
        conn.execute("INSERT INTO test_visits (member_id) VALUES (?)", (member_id,))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("should not ask to delete"))
    select_row_of(qtbot, tab, "李四")
    click_toolbar(qtbot, tab, "删除")
    assert len(boxes) == 1 and "李四" in boxes[0] and "变更会籍状态" in boxes[0]
    assert members.find_by_name("李四")


def test_double_click_opens_edit_with_full_id(qtbot: QtBot, tab: MembersTab, members: MemberStore) -> None:
    row = shown_names(tab).index("张三")
    rect = tab.view.visualRect(tab.view.model().index(row, MembersModel.NAME))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.id_number_edit.text() == "11010519491231002X"
    dialog.phone_edit.clear()
    type_text(qtbot, dialog.phone_edit, "13900000000")
    with qtbot.waitSignal(tab.membersChanged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert members.find_by_name("张三")[0].phone == "13900000000"


def test_an_unknown_join_date_shows_as_unknown_in_the_history(
    qtbot: QtBot, tab: MembersTab, members: MemberStore
) -> None:
    members.add(validate_member({"name": "老会员"}))
    tab.reload()
    select_row_of(qtbot, tab, "老会员")
    assert tab.history_table.item(0, 0).text() == "日期不详"
    assert tab.history_table.item(0, 1).text() == "在会"
