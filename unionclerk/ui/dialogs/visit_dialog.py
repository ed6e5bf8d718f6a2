"""Add or edit one visit (慰问): who (a member, or a person linked to one), kind, festival, cash, goods, fund.

A visit that breaks a benefit rule shows the rule and its source; it is saved only with a reason. A date more
than a month ahead is questioned first. Also the small dialog that edits the list of visit kinds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.benefit_rules import Breach
from unionclerk.core.dates import today_iso
from unionclerk.core.members import MEMBER_STATUSES, FieldErrors
from unionclerk.core.money import format_yuan
from unionclerk.core.visits import (
    FESTIVAL_KIND,
    FESTIVALS,
    RELATIONS,
    SOURCES,
    Visit,
    date_question,
    validate_visit,
)
from unionclerk.store.members import LIST_COLUMNS, MemberQuery, MemberStore
from unionclerk.store.visits import VisitStore
from unionclerk.ui.breaches import breach_line
from unionclerk.ui.dialogs.activity_dialog import CategoriesDialog
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons
from unionclerk.ui.messages import said
from unionclerk.ui.values import ValueCombo, shown
from unionclerk.ui.widgets import confirm

WARNING_STYLE = "color: #a15c00;"


class MemberChooser(QWidget):
    """Search the roster (name, pinyin, initials, phone) and choose one member."""

    RESULT_LIMIT = 50

    def __init__(self, members: MemberStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self.member_id: int | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索会员：姓名、拼音或首字母（如 zs）、电话"))
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.chosen_label = QLabel(self.tr("未选择会员"))
        self.chosen_label.setObjectName("chosen_member")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.search_edit.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(self._picked)
        self._search()

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        query = MemberQuery(text=text, statuses=() if text else MEMBER_STATUSES)
        self.results.blockSignals(True)
        self.results.clear()
        name_at, department_at, status_at = (
            1 + LIST_COLUMNS.index(k) for k in ("name", "department", "status")
        )
        for row in self._members.page(query, 0, self.RESULT_LIMIT):
            label = f"{row[name_at]}  {row[department_at]}".strip()
            if row[status_at] != "在会":
                label += f" [{shown(row[status_at])}]"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row[0])
            self.results.addItem(item)
        self.results.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.set_member(item.data(Qt.ItemDataRole.UserRole))

    def set_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        if member_id is None:
            self.chosen_label.setText(self.tr("未选择会员"))
            return
        member = self._members.get(member_id)
        self.chosen_label.setText(
            self.tr("已选：{name}（{dept}，{status}）").format(
                name=member.name, dept=member.department or self.tr("未填部门"), status=shown(member.status)
            )
        )


class VisitDialog(QDialog):
    """The visit form. After a successful save, `visit_id` is the saved visit's id."""

    def __init__(
        self,
        visits: VisitStore,
        members: MemberStore,
        visit: Visit | None = None,
        *,
        member_id: int | None = None,
        kind: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visits = visits
        self._members = members
        self._editing = visit
        self.visit_id: int | None = visit.id if visit else None
        self.breaches: list[Breach] = []
        self._confirmed_date = ""
        self.setWindowTitle(self.tr("编辑慰问记录") if visit else self.tr("新增慰问记录"))

        self.member_chooser = MemberChooser(members)
        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("慰问对象不是会员本人时填写（如去世会员的家属）"))
        self.relation_combo = ValueCombo(["", *RELATIONS], editable=True)
        self.date_edit = QLineEdit(today_iso())
        self.date_edit.setPlaceholderText("2026-03-01")
        self.kind_combo = ValueCombo(visits.kinds())
        self.festival_combo = ValueCombo(["", *FESTIVALS])
        self.cash_edit = QLineEdit()
        self.cash_edit.setPlaceholderText(self.tr("元，如 500"))
        self.goods_edit = QLineEdit()
        self.goods_value_edit = QLineEdit()
        self.goods_value_edit.setPlaceholderText(self.tr("元"))
        self.source_combo = ValueCombo(SOURCES)
        self.visitors_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(60)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("breach_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("超出慰问标准时必填：为什么仍然发放（如经工会委员会研究同意）")
        )

        person_row = QHBoxLayout()
        person_row.addWidget(self.person_edit, 2)
        person_row.addWidget(QLabel(self.tr("关系")))
        person_row.addWidget(self.relation_combo, 1)
        person_widget = QWidget()
        person_widget.setLayout(person_row)
        person_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("会员"), self.member_chooser)
        form.addRow(self.tr("非会员对象"), person_widget)
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("慰问类别"), self.kind_combo)
        form.addRow(self.tr("节日"), self.festival_combo)
        form.addRow(self.tr("慰问金（元）"), self.cash_edit)
        form.addRow(self.tr("慰问品"), self.goods_edit)
        form.addRow(self.tr("物品价值（元）"), self.goods_value_edit)
        form.addRow(self.tr("经费来源"), self.source_combo)
        form.addRow(self.tr("慰问人"), self.visitors_edit)
        form.addRow(self.tr("备注"), self.notes_edit)
        form.addRow(self.warning_label)
        form.addRow(self.tr("超标理由"), self.reason_edit)

        self.error_label = FormErrorLabel(
            {
                "member": (self.tr("会员"), self.member_chooser.search_edit),
                "relation": (self.tr("关系"), self.relation_combo),
                "date": (self.tr("日期"), self.date_edit),
                "kind": (self.tr("慰问类别"), self.kind_combo),
                "festival": (self.tr("节日"), self.festival_combo),
                "cash": (self.tr("慰问金"), self.cash_edit),
                "goods": (self.tr("慰问品"), self.goods_edit),
                "goods_value": (self.tr("物品价值"), self.goods_value_edit),
                "source": (self.tr("经费来源"), self.source_combo),
                "breach_reason": (self.tr("超标理由"), self.reason_edit),
            }
        )
        buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # The signal carries the text shown (translated); the form reads the stored kind.
        self.kind_combo.currentIndexChanged.connect(lambda: self._kind_changed(self.kind_combo.currentText()))
        # The warnings follow what is typed, before 保存 is pressed.
        for edit in (self.date_edit, self.cash_edit, self.goods_value_edit, self.person_edit):
            edit.textChanged.connect(self.preview_breaches)
        for combo in (self.kind_combo, self.festival_combo, self.source_combo):
            combo.currentTextChanged.connect(self.preview_breaches)
        self.member_chooser.results.currentItemChanged.connect(self.preview_breaches)
        if visit is not None:
            self._load(visit)
        else:
            if member_id is not None:
                self.member_chooser.set_member(member_id)
            if kind:
                self.kind_combo.setCurrentText(kind)
        self._kind_changed(self.kind_combo.currentText())
        self.preview_breaches()
        self.resize(560, 640)

    def _load(self, visit: Visit) -> None:
        self.member_chooser.set_member(visit.member_id)
        self.person_edit.setText(visit.person_name)
        self.relation_combo.setCurrentText(visit.relation)
        self.date_edit.setText(visit.date)
        self.kind_combo.setCurrentText(visit.kind)
        self.festival_combo.setCurrentText(visit.festival)
        self.cash_edit.setText(format_yuan(visit.cash_fen).replace(",", "") if visit.cash_fen else "")
        self.goods_edit.setText(visit.goods)
        self.goods_value_edit.setText(
            format_yuan(visit.goods_fen).replace(",", "") if visit.goods_fen else ""
        )
        self.source_combo.setCurrentText(visit.source)
        self.visitors_edit.setText(visit.visitors)
        self.notes_edit.setPlainText(visit.notes)
        self.reason_edit.setText(visit.breach_reason)

    def _kind_changed(self, kind: str) -> None:
        festival = kind == FESTIVAL_KIND
        self.festival_combo.setEnabled(festival)
        self.cash_edit.setEnabled(not festival)  # festival gifts are goods only
        if festival:
            self.cash_edit.clear()

    def form_values(self) -> dict[str, str]:
        return {
            "date": self.date_edit.text(),
            "kind": self.kind_combo.currentText(),
            "festival": self.festival_combo.currentText(),
            "person_name": self.person_edit.text(),
            "relation": self.relation_combo.currentText(),
            "cash": self.cash_edit.text(),
            "goods": self.goods_edit.text(),
            "goods_value": self.goods_value_edit.text(),
            "source": self.source_combo.currentText(),
            "visitors": self.visitors_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "breach_reason": self.reason_edit.text(),
        }

    def preview_breaches(self, *_args: object) -> None:
        """Show the rules the form as typed would break; nothing when it is not yet a valid visit."""
        try:
            visit = validate_visit(
                self.form_values(), member_id=self.member_chooser.member_id, kinds=self._visits.kinds()
            )
        except FieldErrors:
            return
        if self._editing is not None:
            visit.id = self._editing.id
        self.show_breaches(self._visits.breaches_for(visit))

    def show_breaches(self, breaches: list[Breach]) -> None:
        self.breaches = breaches
        if not breaches:
            self.warning_label.hide()
            self.warning_label.clear()
            return
        lines = [self.tr("不符合慰问标准：")] + [f"· {breach_line(b)}" for b in breaches]
        self.warning_label.setText("\n".join(lines))
        self.warning_label.show()

    def _write(self) -> None:
        visit = validate_visit(
            self.form_values(), member_id=self.member_chooser.member_id, kinds=self._visits.kinds()
        )
        if self._editing is not None:
            visit.id = self._editing.id
            visit.batch_id = self._editing.batch_id
        question = date_question(visit.date)
        if question and self._confirmed_date != visit.date:
            if not confirm(self, self.tr("请核对日期"), said(question)):
                raise FieldErrors({"date": self.tr("请核对日期（{date}）").format(date=visit.date)})
            self._confirmed_date = visit.date
        breaches = self._visits.breaches_for(visit)
        self.show_breaches(breaches)
        if not breaches:
            visit.breach_reason = ""
        elif not visit.breach_reason:
            raise FieldErrors(
                {
                    "breach_reason": self.tr(
                        "这条慰问不符合慰问标准（见上方提示）：如确需发放，请填写理由后再保存"
                    )
                }
            )
        if visit.id is None:
            self.visit_id = self._visits.add(visit)
        else:
            self._visits.update(visit)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()


class _KindsAdapter:
    """VisitStore's kinds under the names CategoriesDialog calls."""

    def __init__(self, visits: VisitStore) -> None:
        self._visits = visits

    def categories(self) -> list[str]:
        return self._visits.kinds()

    def category_usage(self, name: str) -> int:
        return self._visits.kind_usage(name)

    def add_category(self, name: str) -> None:
        self._visits.add_kind(name)

    def rename_category(self, old: str, new: str) -> None:
        self._visits.rename_kind(old, new)

    def delete_category(self, name: str) -> None:
        self._visits.delete_kind(name)


class VisitKindsDialog(CategoriesDialog):
    """Edit the list of visit kinds: add, rename (visits follow), delete when unused."""

    def __init__(self, visits: VisitStore, parent: QWidget | None = None) -> None:
        self._visit_store = visits
        super().__init__(_KindsAdapter(visits), parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("慰问类别"))

    def _fill(self, current: str = "") -> None:
        super()._fill(current)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setToolTip(self.tr("{n} 条慰问记录").format(n=self._visit_store.kind_usage(item.text())))
