"""Change a member's status (退休 → 保留会籍, 转出, 退会 …) with its date and reason; history is kept."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.members import STATUSES
from unionclerk.store.members import BackDatedChange, MemberStore
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons, tab_order_as_laid_out
from unionclerk.ui.values import ValueCombo, person_label, shown
from unionclerk.ui.widgets import confirm

# Usual reasons for each status; the clerk may type another.
REASONS: dict[str, tuple[str, ...]] = {
    "在会": ("恢复会籍", "返聘", "重新入会"),
    "保留会籍": ("退休", "失业", "待岗", "出国"),
    "转出": ("调动", "辞职", "合同到期", "解除劳动合同"),
    "退会": ("本人申请",),
    "自动退会": ("连续六个月未缴纳会费",),
    "开除会籍": ("严重违纪",),
    "已故": ("病故", "因公殉职"),
}


class StatusDialog(QDialog):
    """Asks for the new status, its date (default today) and a reason, then calls change_status."""

    def __init__(self, members: MemberStore, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self.member_id = member_id
        member = members.get(member_id)
        self.setWindowTitle(self.tr("变更会籍状态"))

        self.status_combo = ValueCombo([s for s in STATUSES if s != member.status])
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.reason_combo = ValueCombo(editable=True)

        form = QFormLayout()
        who = person_label(member.name, member.department, member.id_number)
        self.member_label = QLabel(
            self.tr("{who}，现为{status}").format(who=who, status=shown(member.status))
        )
        form.addRow(self.tr("会员"), self.member_label)
        form.addRow(self.tr("新状态"), self.status_combo)
        form.addRow(self.tr("变更日期"), self.date_edit)
        form.addRow(self.tr("原因"), self.reason_combo)

        fields = {
            "status": (self.tr("新状态"), self.status_combo),
            "date": (self.tr("变更日期"), self.date_edit),
        }
        self.error_label = FormErrorLabel(fields)
        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        tab_order_as_laid_out(layout)

        self.status_combo.currentIndexChanged.connect(
            lambda _: self._offer_reasons(self.status_combo.currentText())
        )
        self._offer_reasons(self.status_combo.currentText())

    def _offer_reasons(self, status: str) -> None:
        self.reason_combo.clear()
        self.reason_combo.addItems(list(REASONS.get(status, ())))

    def save(self) -> None:
        """Record the change; on a problem show it and stay open."""
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        """A change dated before the latest entry is only recorded in its place in the history if the clerk
        says so; otherwise the refusal stays on the form, saying why."""
        date = self.date_edit.date().toString("yyyy-MM-dd")
        status, reason = self.status_combo.currentText(), self.reason_combo.currentText().strip()
        try:
            self._members.change_status(self.member_id, status, date, reason)
        except BackDatedChange as refused:
            question = self.tr("{why}。\n仍要把这一变更按日期补记进会籍变动记录吗？").format(why=refused)
            if not confirm(self, self.tr("补记会籍变动"), question):
                raise
            self._members.change_status(self.member_id, status, date, reason, back_dated=True)
