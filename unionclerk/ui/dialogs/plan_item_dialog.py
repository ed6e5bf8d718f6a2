"""Add or edit one plan item; shows the activities that carried it out and proposes 已完成 when there are any."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.plan import CANCELLED, DONE, PLAN_STATUSES, PlanItem, validate_plan_item
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons, tab_order_as_laid_out
from unionclerk.ui.values import ValueCombo

PLANNED_CHOICES = ("", *(f"{m}月" for m in range(1, 13)), "第一季度", "第二季度", "第三季度", "第四季度")


class PlanItemDialog(QDialog):
    """The plan item form for one year. After accept(), `item_id` is the saved item's id."""

    def __init__(
        self,
        plans: PlanStore,
        activities: ActivityStore,
        year: int,
        item: PlanItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._item = item
        self.year = item.year if item else year
        self.item_id: int | None = item.id if item else None
        self.setWindowTitle(
            self.tr("编辑计划项（{year}年）").format(year=self.year)
            if item
            else self.tr("新增计划项（{year}年）").format(year=self.year)
        )

        self.title_edit = QLineEdit()
        self.details_edit = QPlainTextEdit()
        self.details_edit.setFixedHeight(80)
        self.category_combo = ValueCombo(["", *activities.categories()], editable=True)
        self.planned_combo = ValueCombo(PLANNED_CHOICES, editable=True)
        self.responsible_edit = QLineEdit()
        self.status_combo = ValueCombo(PLAN_STATUSES)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(50)

        linked = activities.list(ActivityQuery(plan_item_id=item.id)) if item and item.id else []
        self.activities_list = QListWidget()
        for row in reversed(linked):
            self.activities_list.addItem(f"{row.date}  {row.title}")
        self.activities_list.setFixedHeight(80)
        self.proposal_label = QLabel()
        self.confirm_done_button = QPushButton(self.tr("确认已完成"))
        self.confirm_done_button.clicked.connect(lambda: self.status_combo.setCurrentText(DONE))
        proposal = QHBoxLayout()
        proposal.addWidget(self.proposal_label, 1)
        proposal.addWidget(self.confirm_done_button)
        propose = bool(linked) and item is not None and item.status not in (DONE, CANCELLED)
        self.proposal_label.setText(
            self.tr("已有 {n} 项活动落实此项，建议标为“已完成”。").format(n=len(linked)) if propose else ""
        )
        self.confirm_done_button.setVisible(propose)

        self._fields: dict[str, tuple[str, QWidget]] = {
            "title": (self.tr("计划项目"), self.title_edit),
            "details": (self.tr("具体内容"), self.details_edit),
            "category": (self.tr("类别"), self.category_combo),
            "planned": (self.tr("计划时间"), self.planned_combo),
            "responsible": (self.tr("负责人"), self.responsible_edit),
            "status": (self.tr("状态"), self.status_combo),
            "notes": (self.tr("备注"), self.notes_edit),
        }
        form = QFormLayout()
        for label, widget in self._fields.values():
            form.addRow(label, widget)
        form.addRow(self.tr("落实的活动"), self.activities_list)

        self.error_label = FormErrorLabel(self._fields)
        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(proposal)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if item is not None:
            self.title_edit.setText(item.title)
            self.details_edit.setPlainText(item.details)
            self.category_combo.setCurrentText(item.category)
            self.planned_combo.setCurrentText(item.planned_label)
            self.responsible_edit.setText(item.responsible)
            self.status_combo.setCurrentText(item.status)
            self.notes_edit.setPlainText(item.notes)
        tab_order_as_laid_out(layout)
        self.title_edit.setFocus()

    def form(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text(),
            "details": self.details_edit.toPlainText(),
            "category": self.category_combo.currentText(),
            "planned": self.planned_combo.currentText(),
            "responsible": self.responsible_edit.text(),
            "status": self.status_combo.currentText(),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> None:
        """Validate and save; on a problem show it, keep what was typed, and stay open."""
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        item = validate_plan_item(self.form(), year=self.year)
        if self._item is None:
            self.item_id = self._plans.add_item(item)
        else:
            item.id = self._item.id
            self._plans.update_item(item)
