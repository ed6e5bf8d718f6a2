"""Messages made below ui/ (core/messages.msg) have English, and the window says them in it."""

from __future__ import annotations

import re
import string

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from unionclerk.core.dates import DateError, parse_date
from unionclerk.core.members import FieldErrors, validate_member
from unionclerk.core.messages import CONTEXT, joined, msg, reason_of
from unionclerk.devtools.translations import message_templates
from unionclerk.transfer.problems import ImportReport
from unionclerk.ui.i18n import Translators
from unionclerk.ui.messages import said

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


def test_every_message_template_is_a_literal_with_english(english: None) -> None:
    found = message_templates()
    assert "" not in found, f"msg() without a literal template at {found.get('')}"
    assert len(found) > 50  # the scan sees the code (a broken scan would pass everything)
    missing, wrong = [], []
    for template, places in found.items():
        english_text = QCoreApplication.translate(CONTEXT, template)
        if CJK.search(english_text):  # untranslated, or English that kept Chinese words
            missing.append(f"{template}  ({places[0]})")
        elif fields(english_text) != fields(template):
            wrong.append(f"{template} → {english_text}")
    assert missing == [], "no English (add it to resources/translations/pending/*.tsv and run "
    "python -m unionclerk.devtools.translations):\n" + "\n".join(missing)
    assert wrong == [], "the English names other fields:\n" + "\n".join(wrong)


def test_a_message_is_its_chinese_text_everywhere_but_the_window(english: None) -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2026-02-30")
    assert str(caught.value) == "“2026-02-30” 不是有效日期"  # the CLI and the logs: as always
    assert said(caught.value) == '"2026-02-30" is not a valid date'
    with pytest.raises(FieldErrors) as errors:
        validate_member({"name": "", "sex": "女", "birth_date": "2026-02-30"})
    assert str(errors.value) == "姓名不能为空；出生日期：“2026-02-30” 不是有效日期"
    # Nested and joined messages are translated part by part; a stored value (女) through ui/values.
    assert said(reason_of(errors.value)) == (
        'The name must not be empty; Birth date: "2026-02-30" is not a valid date'
    )
    assert said(msg("性别与身份证号不符：身份证号显示为{sex}", sex="女")) == (
        "Sex does not match the ID number: the ID number says Female"
    )
    assert said(joined(["Zhang San", msg("姓名不能为空")], "、")) == "Zhang San, The name must not be empty"
    assert said("plain text") == "plain text"  # the clerk's own data as it is
    report = ImportReport(rows=3, added=1, updated=1, unchanged=1, written=True)
    assert report.summary() == "导入完成 — 共 3 行：新增 1，更新 1，未变 1，跳过 0"
    assert said(report.summary()) == "Import finished — 3 rows: 1 added, 1 updated, 1 unchanged, 0 skipped"


def test_a_message_survives_pickling(english: None) -> None:
    """Checked import rows may wait pickled in a temporary file: their problems keep what makes them English."""
    import pickle

    from unionclerk.transfer.base import Problem

    nested = msg("出生日期：{reason}", reason=msg("“{text}”不是有效日期", text="1990-13-01"))
    problem = Problem(2, "出生日期", "1990-13-01", joined([nested, msg("姓名不能为空")]))
    again = pickle.loads(pickle.dumps(problem))
    assert again == problem and str(again.message) == str(problem.message)
    assert said(again.message) == 'Birth date: "1990-13-01" is not a valid date; The name must not be empty'


def test_chinese_window_shows_the_chinese_text() -> None:
    assert said(msg("性别与身份证号不符：身份证号显示为{sex}", sex="女")) == "性别与身份证号不符：身份证号显示为女"


def test_a_refused_file_is_said_in_english(english: None, tmp_path) -> None:  # noqa: ANN001 - pytest's path
    import zipfile

    from unionclerk.transfer.base import TransferError
    from unionclerk.transfer.reading import read_table

    path = tmp_path / "roster.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a workbook")
    with pytest.raises(TransferError) as refused:
        read_table(path)
    assert str(refused.value) == "“roster.xlsx”是压缩文件，但不是 Excel 工作簿。"
    assert said(refused.value) == '"roster.xlsx" is a compressed file but not an Excel workbook.'


def test_every_book_column_named_in_an_import_problem_has_english(english: None) -> None:
    """The preview names a problem's column by the book's field label, shown through ui/values."""
    from unionclerk.transfer.activities import ACTIVITY_SPEC
    from unionclerk.transfer.ledger import LEDGER_SPEC
    from unionclerk.transfer.members import MEMBER_SPEC
    from unionclerk.transfer.plan import PLAN_SPEC
    from unionclerk.transfer.visits import VISIT_SPEC
    from unionclerk.ui.values import shown

    labels = [f.label for spec in (MEMBER_SPEC, ACTIVITY_SPEC, PLAN_SPEC, VISIT_SPEC, LEDGER_SPEC) for f in spec.fields]
    assert len(labels) > 60
    assert [label for label in labels if CJK.search(shown(label))] == []


# -- each form says a field's subject once -------------------------------------------------------------------

BAD_VALUES = ("", "abc", "-5", "1.25", "1.234", "0", "2026-02-30", "99999999999")
UNIT = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
SECOND_SUBJECT = re.compile(r"[\u4e00-\u9fff（）()]{1,12}：|[A-Z][A-Za-z ()]{0,20}: ")


def what_a_date_is_not(typed: str) -> str:
    """What the program says of `typed` as a date ("“abc” 不是日期…", '"abc" is not a date…'), or ""."""
    try:
        parse_date(typed)
    except DateError as exc:
        return said(exc)
    return ""


def subject_twice(label: str, line: str, typed: str = "") -> str | None:
    """Why `line`, shown under a field labelled `label`, says its subject twice (None when it does not): the
    label and then the subject again at the start ("学时：学时…", "Monthly wage base (yuan): The monthly
    wage base…"), a second subject ("Join date: Date joined: …"), or 请填写/enter the subject after it. A
    line without the label must say the subject itself, and not only in what the typed value is not: under
    日期, "“abc” 不是日期" names no field."""
    subject = UNIT.sub("", label).strip()
    for separator in ("：", ": "):
        if line.startswith(label + separator):
            rest = line[len(label + separator) :]
            break
    else:
        complaint = what_a_date_is_not(typed)
        said_of_field = line.replace(complaint, "") if complaint else line
        return None if subject.casefold() in said_of_field.casefold() else "does not say its subject"
    opening = rest.casefold().removeprefix("the ")
    if opening.startswith(subject.casefold()):
        return "the subject again"
    if SECOND_SUBJECT.match(rest):
        return "a second subject"
    if re.search(rf"(请填写|请选择|enter the |fill in the |choose the ){re.escape(subject.casefold())}", opening):
        return "asks for the subject again"
    return None


def _forms(store) -> dict[str, object]:  # noqa: ANN001 - the fixture's Store
    from unionclerk.core.members import Member
    from unionclerk.store.activities import ActivityStore
    from unionclerk.store.ledger import LedgerStore
    from unionclerk.store.members import MemberStore
    from unionclerk.store.plan import PlanStore
    from unionclerk.store.visits import VisitStore
    from unionclerk.ui.dialogs import ledger_dialogs
    from unionclerk.ui.dialogs.activity_dialog import ActivityDialog
    from unionclerk.ui.dialogs.festival_batch_dialog import FestivalBatchDialog
    from unionclerk.ui.dialogs.member_dialog import MemberDialog
    from unionclerk.ui.dialogs.plan_item_dialog import PlanItemDialog
    from unionclerk.ui.dialogs.retirement_ages_dialog import RetirementAgesDialog
    from unionclerk.ui.dialogs.visit_dialog import VisitDialog

    members = MemberStore(store)
    zhang = members.add(Member(name="Zhang San", sex="男", department="Office", join_date="2010-01-01"))
    ledger = LedgerStore(store)

    def member() -> MemberDialog:  # named, so that the status date is checked too (after the rest)
        dialog = MemberDialog(members)
        dialog.name_edit.setText("Wang Wu")
        return dialog

    return {
        "member": member,
        "activity": lambda: ActivityDialog(ActivityStore(store), members, PlanStore(store)),
        "plan item": lambda: PlanItemDialog(PlanStore(store), ActivityStore(store), 2026),
        "visit": lambda: VisitDialog(VisitStore(store), members, member_id=zhang),
        "festival gifts": lambda: FestivalBatchDialog(VisitStore(store), members, year=2026),
        "cash book entry": lambda: ledger_dialogs.EntryDialog(ledger, 2026),
        "opening balance": lambda: ledger_dialogs.OpeningDialog(ledger, 2026),
        "closing the year": lambda: ledger_dialogs.CloseYearDialog(ledger, 2026),
        "dues collection": lambda: ledger_dialogs.CollectDialog(store, 2026, 3),
        "allocated funds": lambda: ledger_dialogs.AllocationDialog(store, 2026),
        "retirement ages": lambda: RetirementAgesDialog(store),
    }


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_form_says_a_fields_subject_once(
    qtbot, store, qapp: QApplication, language: str, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """Each form's fields are given wrong values in turn and saved; every error line names its field once."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    translators = Translators(qapp)
    if language == "en":
        translators.install("en")
    try:
        lines: dict[tuple[str, str, str], str] = {}
        for form_name, make in _forms(store).items():
            dialog = make()
            qtbot.addWidget(dialog)
            fields = dialog.error_label._fields  # noqa: SLF001 - the labels the form prefixes
            for _label, widget in fields.values():
                if isinstance(widget, QLineEdit):
                    edits = [widget]
                elif isinstance(widget, QComboBox):
                    edits = [widget.lineEdit()] if widget.isEditable() else []
                else:
                    edits = widget.findChildren(QLineEdit)
                for edit in edits:
                    typed = edit.text()
                    for value in BAD_VALUES:
                        edit.setText(value)
                        dialog.save()
                        shown = dialog.error_label.text().splitlines()
                        for field_label, field_widget in fields.values():
                            # A marked field's tool tip is its message; its line is the one that ends so.
                            tip = field_widget.toolTip()
                            for line in (line for line in shown if tip and line.endswith(tip)):
                                lines[(form_name, field_label, line)] = value
                    edit.setText(typed)
        assert len(lines) > 100  # the forms were driven (a broken drive would pass everything)
        twice = [
            f"{form}: {line!r} ({why}; typed {value!r})"
            for (form, label, line), value in sorted(lines.items())
            if (why := subject_twice(label, line, value))
        ]
        assert twice == [], "\n".join(twice)
    finally:
        translators.remove()
