"""The member form: saving through the real widgets, rejected input kept and pointed at, ID-derived fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.driving import type_text
from unionclerk.core.members import validate_member
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.ui.dialogs.member_dialog import MemberDialog
from unionclerk.ui.dialogs.status_dialog import StatusDialog


def make_dialog(qtbot: QtBot, members: MemberStore, **kwargs: object) -> MemberDialog:
    dialog = MemberDialog(members, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_add_member_through_the_form(qtbot: QtBot, members: MemberStore) -> None:
    dialog = make_dialog(qtbot, members)
    type_text(qtbot, dialog.name_edit, "张三")
    type_text(qtbot, dialog.id_number_edit, "11010519491231002x")
    type_text(qtbot, dialog.department_combo.lineEdit(), "办公室")
    type_text(qtbot, dialog.phone_edit, "138 1234 5678")
    dialog.join_date_edit.clear()
    type_text(qtbot, dialog.join_date_edit, "2010/9/1")
    type_text(qtbot, dialog.wage_base_edit, "5678.50")
    qtbot.mouseClick(dialog.hardship_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = members.get(dialog.member_id or 0)
    assert saved.name == "张三"
    assert saved.id_number == "11010519491231002X"
    assert (saved.birth_date, saved.sex) == ("1949-12-31", "女")
    assert saved.department == "办公室"
    assert saved.phone == "13812345678"
    assert saved.join_date == "2010-09-01"
    assert saved.wage_base_fen == 567850
    assert saved.hardship is True
    assert saved.status == "在会"
    assert [(c.status, c.date) for c in members.history(saved.id or 0)] == [("在会", "2010-09-01")]


def test_valid_id_fills_birth_date_and_sex(qtbot: QtBot, members: MemberStore) -> None:
    dialog = make_dialog(qtbot, members)
    type_text(qtbot, dialog.id_number_edit, "11010519491231002")
    assert dialog.birth_date_edit.text() == ""  # not yet a whole number
    type_text(qtbot, dialog.id_number_edit, "X")
    assert dialog.birth_date_edit.text() == "1949-12-31"
    assert dialog.sex_combo.currentText() == "女"


def test_rejected_form_keeps_the_text_and_names_the_field(qtbot: QtBot, members: MemberStore) -> None:
    dialog = make_dialog(qtbot, members)
    type_text(qtbot, dialog.name_edit, "李四")
    type_text(qtbot, dialog.id_number_edit, "110105194912310021")
    type_text(qtbot, dialog.phone_edit, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.result() != MemberDialog.DialogCode.Accepted
    message = dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert "身份证号" in message and "校验位" in message
    assert "联系电话" in message and "12345" in message
    # what was typed is still there, and the cursor is on the first bad field
    assert dialog.name_edit.text() == "李四"
    assert dialog.id_number_edit.text() == "110105194912310021"
    assert dialog.phone_edit.text() == "12345"
    assert dialog.focusWidget() is dialog.id_number_edit
    assert members.count(MemberQuery()) == 0

    # correcting the one field lets it save
    dialog.id_number_edit.clear()
    type_text(qtbot, dialog.id_number_edit, "11010519491231002X")
    dialog.phone_edit.clear()
    type_text(qtbot, dialog.phone_edit, "13812345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert members.count(MemberQuery()) == 1


def test_marks_follow_the_latest_try(qtbot: QtBot, members: MemberStore) -> None:
    """Each bad field is marked with its message; a new try clears the marks of fields now right."""
    dialog = make_dialog(qtbot, members)
    type_text(qtbot, dialog.name_edit, "李四")
    type_text(qtbot, dialog.phone_edit, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.phone_edit.styleSheet() and "12345" in dialog.phone_edit.toolTip()
    assert not dialog.name_edit.styleSheet() and not dialog.name_edit.toolTip()
    assert dialog.focusWidget() is dialog.phone_edit
    assert dialog.phone_edit.selectedText() == "12345"  # typing replaces the bad value

    type_text(qtbot, dialog.phone_edit, "13812345678")
    dialog.name_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.error_label.text()
    assert "姓名" in message and "联系电话" not in message
    assert not dialog.phone_edit.styleSheet() and not dialog.phone_edit.toolTip()
    assert dialog.name_edit.styleSheet() and dialog.focusWidget() is dialog.name_edit
    assert members.count(MemberQuery()) == 0

    type_text(qtbot, dialog.name_edit, "李四")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert members.get(dialog.member_id or 0).phone == "13812345678"


def test_empty_name_is_named(qtbot: QtBot, members: MemberStore) -> None:
    dialog = make_dialog(qtbot, members)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "姓名" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.name_edit
    assert members.count(MemberQuery()) == 0


def test_duplicate_id_is_refused_with_the_other_member_named(qtbot: QtBot, members: MemberStore) -> None:
    members.add(validate_member({"name": "张三", "id_number": "11010519491231002X", "department": "办公室"}))
    dialog = make_dialog(qtbot, members)
    type_text(qtbot, dialog.name_edit, "张三丰")
    type_text(qtbot, dialog.id_number_edit, "11010519491231002X")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "身份证号已登记：张三（办公室）" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.id_number_edit
    assert members.count(MemberQuery()) == 1


def test_edit_shows_the_full_id_and_saves_changes(qtbot: QtBot, members: MemberStore) -> None:
    member_id = members.add(validate_member({"name": "张三", "id_number": "11010519491231002X"}))
    dialog = make_dialog(qtbot, members, member=members.get(member_id))
    assert dialog.id_number_edit.text() == "11010519491231002X"
    type_text(qtbot, dialog.department_combo.lineEdit(), "检验科")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert members.get(member_id).department == "检验科"


def test_new_member_with_a_retained_status(qtbot: QtBot, members: MemberStore) -> None:
    dialog = make_dialog(qtbot, members)
    type_text(qtbot, dialog.name_edit, "王老师")
    dialog.join_date_edit.clear()
    type_text(qtbot, dialog.join_date_edit, "1990-07-01")
    dialog.status_combo.setCurrentText("保留会籍")
    type_text(qtbot, dialog.status_date_edit, "2020-06-30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    history = [(c.status, c.date, c.reason) for c in members.history(dialog.member_id or 0)]
    assert history == [("在会", "1990-07-01", "入会"), ("保留会籍", "2020-06-30", "退休")]


def test_status_dialog_records_a_change_and_refuses_a_date_before_joining(
    qtbot: QtBot, members: MemberStore
) -> None:
    member_id = members.add(validate_member({"name": "王芳", "join_date": "2010-09-01"}))
    dialog = StatusDialog(members, member_id)
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentText("保留会籍")
    assert dialog.reason_combo.currentText() == "退休"
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2009-01-01", "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "变更日期" in dialog.error_label.text() and "2010-09-01" in dialog.error_label.text()
    assert dialog.date_edit.styleSheet() and not dialog.status_combo.styleSheet()
    assert dialog.focusWidget() is dialog.date_edit
    assert members.get(member_id).status == "在会"

    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2024-06-30", "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == StatusDialog.DialogCode.Accepted
    assert members.get(member_id).status == "保留会籍"
    assert [(c.status, c.date, c.reason) for c in members.history(member_id)][-1] == (
        "保留会籍",
        "2024-06-30",
        "退休",
    )


def test_a_status_without_a_date_is_recorded_as_unknown_not_today_or_the_join_date(
    qtbot: QtBot, members: MemberStore
) -> None:
    dialog = make_dialog(qtbot, members)
    assert "日期不详" in dialog.status_date_edit.placeholderText()
    type_text(qtbot, dialog.name_edit, "调走的人")
    dialog.join_date_edit.clear()
    type_text(qtbot, dialog.join_date_edit, "2015-03-01")
    dialog.status_combo.setCurrentText("转出")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    member = members.get(dialog.member_id or 0)
    assert (member.status, member.status_date) == ("转出", None)
    assert [(c.status, c.date) for c in members.history(member.id or 0)] == [
        ("在会", "2015-03-01"),
        ("转出", None),
    ]


def test_a_back_dated_change_asks_then_is_refused_or_recorded_in_its_place(
    qtbot: QtBot, members: MemberStore, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    member_id = members.add(validate_member({"name": "王芳", "join_date": "2010-09-01"}))
    members.change_status(member_id, "转出", "2025-01-01", "调动")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = StatusDialog(members, member_id)
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentText("保留会籍")
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2020-06-30", "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # asked, said no: refused, why shown
    assert "转出" in asked[0] and "2025-01-01" in asked[0]
    assert "不会成为当前状态" in dialog.error_label.text()
    assert dialog.result() != StatusDialog.DialogCode.Accepted
    assert len(members.history(member_id)) == 2

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # said yes: recorded by its date
    assert dialog.result() == StatusDialog.DialogCode.Accepted
    assert [(c.status, c.date) for c in members.history(member_id)] == [
        ("在会", "2010-09-01"),
        ("保留会籍", "2020-06-30"),
        ("转出", "2025-01-01"),
    ]
    assert (members.get(member_id).status, members.get(member_id).status_date) == ("转出", "2025-01-01")
