"""Add or edit one member: the form, its validation messages, and birth date/sex filled from the ID."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.dates import DateError, optional_date, today_iso
from unionclerk.core.idcard import IdNumberError, parse_id_number
from unionclerk.core.members import (
    ACTIVE,
    EDUCATION,
    HARDSHIP_TYPES,
    POLITICAL,
    STAFF_CATEGORIES,
    STATUSES,
    FieldErrors,
    Member,
    validate_member,
)
from unionclerk.core.messages import reason_of
from unionclerk.core.money import format_yuan
from unionclerk.store.members import MemberStore
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons, tab_order_as_laid_out
from unionclerk.ui.values import ValueCombo, shown

ETHNICITIES = ("汉族", "回族", "满族", "壮族", "苗族", "维吾尔族", "彝族", "土家族", "藏族", "蒙古族")


def _combo(items: tuple[str, ...], *, editable: bool = False) -> ValueCombo:
    return ValueCombo(items, editable=editable)


class MemberDialog(QDialog):
    """The member form. After accept(), `member_id` is the saved member's id."""

    def __init__(
        self, members: MemberStore, member: Member | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._members = members
        self._member = member
        self.member_id: int | None = member.id if member else None
        self.setWindowTitle(self.tr("编辑会员") if member else self.tr("新增会员"))
        self.setMinimumWidth(760)

        self.name_edit = QLineEdit()
        self.id_number_edit = QLineEdit()
        self.id_number_edit.setPlaceholderText(self.tr("18位，末位可为X；15位旧号自动转换"))
        self.sex_combo = _combo(("", "男", "女"))
        self.birth_date_edit = QLineEdit()
        self.birth_date_edit.setPlaceholderText(self.tr("如 1985-03-01，可由身份证号带出"))
        self.ethnicity_combo = _combo(ETHNICITIES, editable=True)
        self.political_combo = _combo(("", *POLITICAL))
        self.education_combo = _combo(("", *EDUCATION))
        self.department_combo = _combo(("", *members.departments()), editable=True)
        self.position_edit = QLineEdit()
        self.staff_category_combo = _combo(("", *STAFF_CATEGORIES))
        self.join_date_edit = QLineEdit()
        self.join_date_edit.setPlaceholderText(self.tr("如 2020-07-01"))
        self.card_no_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("手机11位，座机如 0871-1234567"))
        self.wage_base_edit = QLineEdit()
        self.wage_base_edit.setPlaceholderText(self.tr("元，如 5678.00"))
        self.hardship_check = QCheckBox(self.tr("困难职工"))
        self.hardship_type_combo = _combo(HARDSHIP_TYPES, editable=True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        # Status only for a new member; later changes go through 变更会籍状态 so history is kept.
        self.status_combo = _combo(STATUSES)
        self.status_date_edit = QLineEdit()
        self.status_date_edit.setPlaceholderText(self.tr("在会：入会日期；其他状态不填则记为日期不详"))

        # field key (as validate_member names it) -> (label, widget); order = where the cursor goes first
        self._fields: dict[str, tuple[str, QWidget]] = {
            "name": (self.tr("姓名"), self.name_edit),
            "id_number": (self.tr("身份证号"), self.id_number_edit),
            "sex": (self.tr("性别"), self.sex_combo),
            "birth_date": (self.tr("出生日期"), self.birth_date_edit),
            "ethnicity": (self.tr("民族"), self.ethnicity_combo),
            "political_status": (self.tr("政治面貌"), self.political_combo),
            "education": (self.tr("学历"), self.education_combo),
            "department": (self.tr("部门/工会小组"), self.department_combo),
            "position": (self.tr("职务/岗位"), self.position_edit),
            "staff_category": (self.tr("人员类别"), self.staff_category_combo),
            "join_date": (self.tr("入会日期"), self.join_date_edit),
            "card_no": (self.tr("会员证号"), self.card_no_edit),
            "phone": (self.tr("联系电话"), self.phone_edit),
            "wage_base": (self.tr("月缴费基数(元)"), self.wage_base_edit),
            "hardship_type": (self.tr("困难类型"), self.hardship_type_combo),
            "notes": (self.tr("备注"), self.notes_edit),
            "status": (self.tr("会籍状态"), self.status_combo),
            "status_date": (self.tr("状态日期"), self.status_date_edit),
        }

        left, right = QFormLayout(), QFormLayout()
        for key in ("name", "id_number", "sex", "birth_date", "ethnicity", "political_status", "education"):
            left.addRow(self._fields[key][0], self._fields[key][1])
        if member is None:
            left.addRow(self._fields["status"][0], self.status_combo)
            left.addRow(self._fields["status_date"][0], self.status_date_edit)
        else:
            status_label = QLabel(
                self.tr("{status}（{date}）").format(
                    status=shown(member.status), date=member.status_date or self.tr("日期不详")
                )
            )
            status_label.setObjectName("status_label")
            left.addRow(self.tr("会籍状态"), status_label)
        for key in ("department", "position", "staff_category", "join_date", "card_no", "phone", "wage_base"):
            right.addRow(self._fields[key][0], self._fields[key][1])
        right.addRow(self.hardship_check, self.hardship_type_combo)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        notes_form = QFormLayout()
        notes_form.addRow(self._fields["notes"][0], self.notes_edit)

        self.error_label = FormErrorLabel(self._fields)
        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(notes_form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.hardship_check.toggled.connect(self.hardship_type_combo.setEnabled)
        self.hardship_type_combo.setEnabled(False)
        self.id_number_edit.textChanged.connect(self._fill_from_id)
        self.id_number_edit.editingFinished.connect(self._check_id)
        self._filled_from_id: tuple[str, str] | None = None  # (birth date, sex) the number filled in
        if member is not None:
            self._load(member)
        else:
            self.join_date_edit.setText(today_iso())
        tab_order_as_laid_out(layout)
        self.name_edit.setFocus()

    # -- filling ------------------------------------------------------

    def _load(self, member: Member) -> None:
        self.name_edit.setText(member.name)
        self.id_number_edit.setText(member.id_number or "")
        self.sex_combo.setCurrentText(member.sex or "")
        self.birth_date_edit.setText(member.birth_date or "")
        self.ethnicity_combo.setCurrentText(member.ethnicity)
        self._set_combo(self.political_combo, member.political_status)
        self._set_combo(self.education_combo, member.education)
        self.department_combo.setCurrentText(member.department)
        self.position_edit.setText(member.position)
        self._set_combo(self.staff_category_combo, member.staff_category)
        self.join_date_edit.setText(member.join_date or "")
        self.card_no_edit.setText(member.card_no)
        self.phone_edit.setText(member.phone)
        self.wage_base_edit.setText(format_yuan(member.wage_base_fen).replace(",", ""))
        self.hardship_check.setChecked(member.hardship)
        self.hardship_type_combo.setCurrentText(member.hardship_type)
        self.notes_edit.setPlainText(member.notes)

    @staticmethod
    def _set_combo(combo: ValueCombo, value: str) -> None:
        # A value typed into an older roster may not be in the list: keep it rather than lose it.
        if value and combo.findText(value) < 0:
            combo.add_value(value)
        combo.setCurrentText(value)

    def _fill_from_id(self, text: str) -> None:
        """A valid ID number tells the birth date and sex; fill them in. An invalid one fills nothing, and
        takes back what an earlier valid number filled (a number being corrected tells nothing yet)."""
        try:
            parsed = parse_id_number(text)
        except IdNumberError:
            filled = self._filled_from_id
            if filled and (self.birth_date_edit.text(), self.sex_combo.currentText()) == filled:
                self.birth_date_edit.clear()
                self.sex_combo.setCurrentText("")
            self._filled_from_id = None
            return
        self.birth_date_edit.setText(parsed.birth_date.isoformat())
        self.sex_combo.setCurrentText(parsed.sex)
        self._filled_from_id = (parsed.birth_date.isoformat(), parsed.sex)
        self.error_label.set_field_error("id_number", None)  # corrected: its message goes at once

    def _check_id(self) -> None:
        """When the cursor leaves the ID number: say at once what is wrong with it, not only on 保存."""
        text = self.id_number_edit.text().strip()
        if not text:
            self.error_label.set_field_error("id_number", None)
            return
        try:
            parse_id_number(text)
        except IdNumberError as exc:
            self.error_label.set_field_error("id_number", reason_of(exc))
        else:
            self.error_label.set_field_error("id_number", None)

    def form(self) -> dict[str, str]:
        """The typed text, keyed as validate_member expects."""
        return {
            "name": self.name_edit.text(),
            "id_number": self.id_number_edit.text(),
            "sex": self.sex_combo.currentText(),
            "birth_date": self.birth_date_edit.text(),
            "ethnicity": self.ethnicity_combo.currentText(),
            "political_status": self.political_combo.currentText(),
            "education": self.education_combo.currentText(),
            "department": self.department_combo.currentText(),
            "position": self.position_edit.text(),
            "staff_category": self.staff_category_combo.currentText(),
            "join_date": self.join_date_edit.text(),
            "card_no": self.card_no_edit.text(),
            "phone": self.phone_edit.text(),
            "wage_base": self.wage_base_edit.text(),
            "hardship": "1" if self.hardship_check.isChecked() else "",
            "hardship_type": self.hardship_type_combo.currentText()
            if self.hardship_check.isChecked()
            else "",
            "notes": self.notes_edit.toPlainText(),
            "status": self.status_combo.currentText() if self._member is None else ACTIVE,
        }

    # -- saving -------------------------------------------------------

    def save(self) -> None:
        """Validate and save; on any problem show it, keep the form as typed, and stay open."""
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        member = validate_member(self.form())
        if self._member is None:
            member.status_date = self._status_date(member)
            self.member_id = self._members.add(member, reason=self._initial_reason(member))
        else:
            member.id = self._member.id
            member.status = self._member.status
            member.status_date = self._member.status_date
            self._members.update(member)

    def _status_date(self, member: Member) -> str | None:
        try:
            date = optional_date(self.status_date_edit.text())
        except DateError as exc:
            raise FieldErrors({"status_date": reason_of(exc)}) from None
        if date and date > today_iso():
            raise FieldErrors({"status_date": self.tr("状态日期不能晚于今天")})
        return date

    @staticmethod
    def _initial_reason(member: Member) -> str:
        return "退休" if member.status == "保留会籍" else ""
