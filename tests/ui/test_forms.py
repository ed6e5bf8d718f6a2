"""The forms as a clerk types into them: the ID number checked when the cursor leaves it, sex and birth date
only from a valid number, the message gone once corrected and saying its subject once; Tab in layout order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.driving import replace_text, type_text
from unionclerk.core.activities import Activity
from unionclerk.core.members import Member
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.dialogs.activity_dialog import ActivityDialog
from unionclerk.ui.dialogs.member_dialog import MemberDialog
from unionclerk.ui.dialogs.plan_item_dialog import PlanItemDialog
from unionclerk.ui.dialogs.status_dialog import StatusDialog

VALID = "11010519491231002X"  # a woman born 1949-12-31
WRONG_CHECK = "110105194912310021"


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> MemberDialog:
    form = MemberDialog(MemberStore(store))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab out of a field, as a clerk does (editingFinished fires)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_id_checked_when_left_said_once_and_cleared_when_corrected(
    qtbot: QtBot, dialog: MemberDialog
) -> None:
    type_text(qtbot, dialog.id_number_edit, VALID[:17])
    _leave(qtbot, dialog.id_number_edit)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "身份证号应为18位，现在是17位"  # its subject once
    assert dialog.id_number_edit.styleSheet()  # marked
    assert (dialog.sex_combo.currentText(), dialog.birth_date_edit.text()) == ("", "")
    # A complete number with a wrong check character is said too, and fills nothing.
    type_text(qtbot, dialog.id_number_edit, "1")
    _leave(qtbot, dialog.id_number_edit)
    assert "校验位" in dialog.error_label.text() and dialog.error_label.text().count("身份证号") == 1
    assert (dialog.sex_combo.currentText(), dialog.birth_date_edit.text()) == ("", "")
    # Corrected: the message and the mark go at once, and the number fills sex and birth date.
    replace_text(qtbot, dialog.id_number_edit, VALID)
    assert not dialog.error_label.isVisible() and not dialog.id_number_edit.styleSheet()
    assert (dialog.sex_combo.currentText(), dialog.birth_date_edit.text()) == ("女", "1949-12-31")


def test_a_number_made_invalid_takes_back_what_it_filled(qtbot: QtBot, dialog: MemberDialog) -> None:
    type_text(qtbot, dialog.id_number_edit, VALID)
    assert dialog.birth_date_edit.text() == "1949-12-31"
    qtbot.keyClick(dialog.id_number_edit, Qt.Key.Key_Backspace)
    assert (dialog.sex_combo.currentText(), dialog.birth_date_edit.text()) == ("", "")
    # What the clerk typed themselves is never taken back.
    replace_text(qtbot, dialog.birth_date_edit, "1950-01-01")
    replace_text(qtbot, dialog.id_number_edit, WRONG_CHECK)
    assert dialog.birth_date_edit.text() == "1950-01-01"


def test_save_with_a_bad_id_keeps_the_form_and_says_it_once(
    qtbot: QtBot, dialog: MemberDialog, store: Store
) -> None:
    type_text(qtbot, dialog.name_edit, "张三")
    type_text(qtbot, dialog.id_number_edit, VALID[:17])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and MemberStore(store).count(MemberQuery()) == 0
    assert dialog.error_label.text().count("身份证号") == 1


def _tab_chain(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    chain = [start]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def test_tab_goes_through_the_member_form_as_laid_out(qtbot: QtBot, dialog: MemberDialog) -> None:
    d = dialog
    laid_out = [
        d.name_edit,
        d.id_number_edit,
        d.sex_combo,
        d.birth_date_edit,
        d.ethnicity_combo,
        d.political_combo,
        d.education_combo,
        d.status_combo,
        d.status_date_edit,
        d.department_combo,
        d.position_edit,
        d.staff_category_combo,
        d.join_date_edit,
        d.card_no_edit,
        d.phone_edit,
        d.wage_base_edit,
        d.hardship_check,
        d.hardship_type_combo if d.hardship_type_combo.isEnabled() else d.notes_edit,
    ]
    chain = _tab_chain(qtbot, d.name_edit, len(laid_out) - 1)
    # An editable combo box takes the focus through its line edit: count it as the combo.
    assert [_owner(w, laid_out) for w in chain] == laid_out


def _owner(widget: QWidget, fields: list[QWidget]) -> QWidget:
    while widget is not None and widget not in fields:
        widget = widget.parentWidget()
    return widget


@pytest.mark.parametrize("which", ["plan", "status", "activity"])
def test_other_forms_tab_in_layout_order(qtbot: QtBot, store: Store, which: str) -> None:
    members = MemberStore(store)
    member_id = members.add(Member(name="张三", join_date="2010-01-01"))
    acts, plans = ActivityStore(store), PlanStore(store)
    if which == "plan":
        form = PlanItemDialog(plans, acts, 2026)
        fields = [form.title_edit, form.details_edit, form.category_combo, form.planned_combo]
    elif which == "status":
        form = StatusDialog(members, member_id)
        fields = [form.status_combo, form.date_edit, form.reason_combo]
    else:
        acts.add(Activity(date="2026-03-01", title="登山", category="文体活动"))
        form = ActivityDialog(acts, members, plans)
        fields = [form.date_edit, form.end_date_edit, form.title_edit, form.category_combo, form.level_combo]
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    # A date box takes Tab through its year, month and day first: count each field once.
    chain: list[QWidget] = []
    for widget in _tab_chain(qtbot, fields[0], 3 * len(fields)):
        owner = _owner(widget, fields)
        if not chain or chain[-1] is not owner:
            chain.append(owner)
    assert chain[: len(fields)] == fields


@pytest.mark.parametrize(
    ("label", "message", "names"),
    [
        ("日期", "日期不能为空", True),
        ("日期", "请核对日期（2027-01-29）", True),
        ("凭证号", "2025年已有凭证号 2（2025-02-05 春节慰问）；下一个可用的是 4", True),
        ("月缴费基数(元)", "月缴费基数不能为负数", True),
        ("Monthly wage base (yuan)", "The monthly wage base cannot be negative", True),
        ("会员", "“李秀英”不是会员：请选择与其相关的会员", True),
        # What the typed value is not names no field.
        ("日期", "“abc” 不是日期，应写成 2026-03-01", False),
        ("日期", "“2026-02-30” 不是有效日期", False),
        ("Date", '"abc" is not a date; write it as 2026-03-01', False),
        ("Date", '"2026-02-30" is not a valid date', False),
        ("会员", "“李秀英”不是会员", False),
        ("Subject", "Subjects are not checked", False),  # a word of its own
    ],
)
def test_a_message_names_its_field_unless_it_only_says_what_the_value_is_not(
    label: str, message: str, names: bool
) -> None:
    from unionclerk.ui.dialogs.form import names_subject

    assert names_subject(label, message) is names


def test_a_bad_date_is_said_after_its_fields_label(qtbot: QtBot, store: Store) -> None:
    """The date forms pass the date's reason alone; the label before it is the form's, once."""
    from unionclerk.ui.dialogs import ledger_dialogs

    allocation = ledger_dialogs.AllocationDialog(store, 2026)
    collection = ledger_dialogs.CollectDialog(store, 2026, 3)
    member = MemberDialog(MemberStore(store))
    member.name_edit.setText("王五")
    for form, edit, label in (
        (allocation, allocation.date_edit, "日期"),
        (collection, collection.date_edit, "收缴日期"),
        (member, member.status_date_edit, "状态日期"),
    ):
        qtbot.addWidget(form)
        for typed, reason in (("abc", "“abc” 不是日期，应写成 2026-03-01"), ("2026-02-30", "“2026-02-30” 不是有效日期")):
            edit.setText(typed)
            form.save()
            assert form.result() == 0  # not accepted: the form stays open
            assert f"{label}：{reason}" in form.error_label.text().splitlines()
            assert edit.toolTip() == reason
