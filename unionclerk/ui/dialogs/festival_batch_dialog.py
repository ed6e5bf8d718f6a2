"""节日慰问 to everyone: choose the festival, item, value and recipients, untick exceptions, confirm — one record
per person written in one transaction as a batch. Also the small dialog that edits a batch's item and value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.benefit_rules import Breach
from unionclerk.core.dates import DateError, optional_date
from unionclerk.core.members import ACTIVE, MEMBER_STATUSES, FieldErrors
from unionclerk.core.messages import reason_of
from unionclerk.core.money import format_yuan
from unionclerk.core.visits import FESTIVALS, SOURCES, date_question, parse_amount, proposed_festival_date
from unionclerk.store.members import LIST_COLUMNS, MemberQuery, MemberStore
from unionclerk.store.visits import Batch, VisitStore
from unionclerk.ui.breaches import breach_line
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons
from unionclerk.ui.values import ValueCombo, shown
from unionclerk.ui.widgets import confirm

WARNING_STYLE = "color: #a15c00;"


class RecipientsModel(QAbstractListModel):
    """The people a batch may go to, each ticked until the clerk unticks them (the unticked are remembered)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[tuple[int, str]] = []
        self._unticked: set[int] = set()

    def set_people(self, people: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._people = people
        self._unticked = set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        member_id, label = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if member_id in self._unticked else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.UserRole:
            return member_id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        member_id = self._people[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._unticked.discard(member_id)
        else:
            self._unticked.add(member_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def tick_all(self) -> None:
        self._unticked.clear()
        if self._people:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._people) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def chosen_ids(self) -> list[int]:
        return [member_id for member_id, _ in self._people if member_id not in self._unticked]

    def chosen_count(self) -> int:
        return len(self._people) - len(self._unticked)

    def row_of(self, member_id: int) -> int:
        return next((n for n, (found, _) in enumerate(self._people) if found == member_id), -1)


class FestivalBatchDialog(QDialog):
    """After a successful save, `batch_id` is the new batch and `count` its number of records."""

    ALL_ACTIVE, WITH_RETIRED, DEPARTMENT, CURRENT_FILTER = range(4)

    def __init__(
        self,
        visits: VisitStore,
        members: MemberStore,
        *,
        year: int | None = None,
        filter_query: MemberQuery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visits = visits
        self._members = members
        self._year = year or dt.date.today().year
        self._filter_query = filter_query
        self.batch_id: int | None = None
        self.count = 0
        self.breaches: dict[int, list[Breach]] = {}
        self.setWindowTitle(self.tr("节日慰问发放"))

        self.festival_combo = ValueCombo(FESTIVALS)
        self.date_edit = QLineEdit()
        self.date_hint = QLabel()
        self.goods_edit = QLineEdit()
        self.goods_edit.setPlaceholderText(self.tr("实物，如 大米、食用油（不得发现金或购物卡）"))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("每人价值，元"))
        self.source_combo = ValueCombo(SOURCES)
        self.visitors_edit = QLineEdit()
        self.recipients_combo = QComboBox()
        self.recipients_combo.addItem(self.tr("全体在会会员"), self.ALL_ACTIVE)
        self.recipients_combo.addItem(self.tr("在会会员及保留会籍（退休）人员"), self.WITH_RETIRED)
        self.recipients_combo.addItem(self.tr("一个部门"), self.DEPARTMENT)
        if filter_query is not None:
            self.recipients_combo.addItem(self.tr("当前筛选的会员"), self.CURRENT_FILTER)
        self.department_combo = QComboBox()
        self.department_combo.addItems(members.departments())
        self.recipients = RecipientsModel(self)
        self.people = QListView()
        self.people.setModel(self.recipients)
        self.people.setUniformItemSizes(True)  # a federation lists 100,000 people
        self.count_label = QLabel()
        self.check_all_button = QPushButton(self.tr("全选"))
        self.warning_label = QLabel()
        self.warning_label.setObjectName("breach_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("有人超出慰问标准时必填：为什么仍然发放"))

        who = QHBoxLayout()
        who.addWidget(self.recipients_combo, 2)
        who.addWidget(self.department_combo, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("节日"), self.festival_combo)
        form.addRow(self.tr("发放日期"), date_row)
        form.addRow(self.tr("物品"), self.goods_edit)
        form.addRow(self.tr("每人价值（元）"), self.value_edit)
        form.addRow(self.tr("经费来源"), self.source_combo)
        form.addRow(self.tr("经办人"), self.visitors_edit)
        form.addRow(self.tr("发放对象"), who)
        list_head = QHBoxLayout()
        list_head.addWidget(self.count_label, 1)
        list_head.addWidget(self.check_all_button)

        self.error_label = FormErrorLabel(
            {
                "festival": (self.tr("节日"), self.festival_combo),
                "date": (self.tr("发放日期"), self.date_edit),
                "goods": (self.tr("物品"), self.goods_edit),
                "goods_value": (self.tr("每人价值"), self.value_edit),
                "members": (self.tr("发放对象"), self.people),
                "breach_reason": (self.tr("超标理由"), self.reason_edit),
            }
        )
        buttons, self.save_button = save_cancel_buttons(self, self.tr("确认发放"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(list_head)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.warning_label)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("超标理由"), self.reason_edit)
        layout.addLayout(reason_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        # The signal carries the name shown (translated); the date comes from the stored festival.
        self.festival_combo.currentIndexChanged.connect(
            lambda: self._propose_date(self.festival_combo.currentText())
        )
        self.recipients_combo.currentIndexChanged.connect(self._fill_people)
        self.department_combo.currentIndexChanged.connect(self._fill_people)
        self.recipients.dataChanged.connect(self._update_count)
        self.recipients.modelReset.connect(self._update_count)
        self.check_all_button.clicked.connect(self._check_all)
        self._choose_next_festival()
        self._propose_date(self.festival_combo.currentText())
        self._fill_people()
        self.resize(560, 760)

    def _choose_next_festival(self) -> None:
        """Start on the next festival still ahead this year (春节 when none is, or the calendar has no data)."""
        today = dt.date.today()
        self.festival_combo.setCurrentText("春节")
        for festival in FESTIVALS:
            proposed = proposed_festival_date(festival, self._year)
            if proposed is not None and proposed >= today:
                self.festival_combo.setCurrentText(festival)
                return

    def _propose_date(self, festival: str) -> None:
        """The last working day before the festival's holiday, from chinese-calendar; kept as typed otherwise."""
        proposed = proposed_festival_date(festival, self._year)
        if proposed is None:
            self.date_hint.setText(
                self.tr("日历库没有{year}年的假期数据，请自行填写日期").format(year=self._year)
            )
            return
        self.date_edit.setText(proposed.isoformat())
        self.date_hint.setText(self.tr("（{festival}假期前最后一个工作日）").format(festival=shown(festival)))

    def _query(self) -> MemberQuery:
        choice = self.recipients_combo.currentData()
        self.department_combo.setEnabled(choice == self.DEPARTMENT)
        if choice == self.WITH_RETIRED:
            return MemberQuery(statuses=MEMBER_STATUSES)
        if choice == self.DEPARTMENT:
            return MemberQuery(statuses=(ACTIVE,), department=self.department_combo.currentText())
        if choice == self.CURRENT_FILTER and self._filter_query is not None:
            return self._filter_query
        return MemberQuery(statuses=(ACTIVE,))

    def _fill_people(self) -> None:
        query = self._query()
        name_at, department_at, status_at = (
            1 + LIST_COLUMNS.index(k) for k in ("name", "department", "status")
        )
        rows = self._members.page(query, 0, max(1, self._members.count(query)))
        self.recipients.set_people(
            [
                (
                    row[0],
                    f"{row[name_at]}  {row[department_at]}".strip()
                    + (f" [{shown(row[status_at])}]" if row[status_at] != ACTIVE else ""),
                )
                for row in rows
            ]
        )
        self._update_count()

    def _check_all(self) -> None:
        self.recipients.tick_all()

    def chosen_ids(self) -> list[int]:
        return self.recipients.chosen_ids()

    def untick(self, member_id: int) -> None:
        """Leave one person out (what unticking their line does)."""
        self.recipients.setData(
            self.recipients.index(self.recipients.row_of(member_id)),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(
            self.tr("发放 {n} 人（共 {all} 人，取消勾选即不发）").format(
                n=self.recipients.chosen_count(), all=self.recipients.rowCount()
            )
        )

    def _write(self) -> bool:
        errors = FieldErrors()
        date = None
        try:
            date = optional_date(self.date_edit.text())
        except DateError as exc:
            errors.add("date", reason_of(exc))
        if date is None and "date" not in errors.errors:
            errors.add("date", self.tr("发放日期不能为空"))
        value = 0
        try:
            value = parse_amount(self.value_edit.text(), self.tr("每人价值"))
        except ValueError as exc:
            errors.add("goods_value", reason_of(exc))
        if not value and "goods_value" not in errors.errors:
            errors.add("goods_value", self.tr("请填写每人价值"))
        ids = self.chosen_ids()
        if not ids:
            errors.add("members", self.tr("没有勾选任何人"))
        if errors.errors:
            raise errors
        assert date is not None
        festival = self.festival_combo.currentText()
        source = self.source_combo.currentText()
        self.breaches = self._visits.batch_breaches(
            date=date, festival=festival, goods_fen=value, member_ids=ids, source=source
        )
        self._show_breaches()
        reason = self.reason_edit.text().strip()
        if self.breaches and not reason:
            raise FieldErrors(
                {
                    "breach_reason": self.tr(
                        "有 {n} 人超出慰问标准（见上方提示）：如确需发放，请填写理由"
                    ).format(n=len(self.breaches))
                }
            )
        total = format_yuan(value * len(ids))
        question = self.tr(
            "将为 {n} 人各登记一条{festival}慰问：{goods}，每人 {value} 元，合计 {total} 元。确定吗？"
        ).format(
            n=len(ids),
            festival=shown(festival),
            goods=self.goods_edit.text().strip(),
            value=format_yuan(value),
            total=total,
        )
        far = date_question(date)
        if far:  # a date more than a month ahead is asked about before anything is saved
            question = (
                self.tr("发放日期 {date} 在一个多月以后，请核对。").format(date=date) + "\n\n" + question
            )
        if not confirm(
            self,
            self.tr("确认发放"),
            question,
            default_yes=not far,
        ):
            return False
        self.batch_id = self._visits.add_batch(
            date=date,
            festival=festival,
            goods=self.goods_edit.text(),
            goods_fen=value,
            member_ids=ids,
            source=source,
            visitors=self.visitors_edit.text().strip(),
            breach_reasons={member_id: reason for member_id in self.breaches},
        )
        self.count = len(ids)
        return True

    def _show_breaches(self) -> None:
        if not self.breaches:
            self.warning_label.hide()
            return
        names = {m.id: m.name for m in self._members.iter_members(MemberQuery(ids=tuple(self.breaches)))}
        lines = [self.tr("{n} 人超出慰问标准：").format(n=len(self.breaches))]
        for member_id, found in list(self.breaches.items())[:8]:
            lines.append(f"· {names.get(member_id, '')}：{'；'.join(breach_line(b) for b in found)}")
        if len(self.breaches) > 8:
            lines.append(self.tr("……另有 {n} 人").format(n=len(self.breaches) - 8))
        self.warning_label.setText("\n".join(lines))
        self.warning_label.show()

    def save(self) -> None:
        written = False

        def write() -> None:
            nonlocal written
            written = self._write()

        if self.error_label.attempt(write) and written:
            self.accept()


class BatchEditDialog(QDialog):
    """Change a batch's item and value per person: every record of the batch follows."""

    def __init__(self, visits: VisitStore, batch: Batch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits = visits
        self._batch = batch
        self.changed = 0
        self.setWindowTitle(self.tr("修改节日发放批次"))
        self.goods_edit = QLineEdit(batch.goods)
        self.value_edit = QLineEdit(format_yuan(batch.goods_fen).replace(",", ""))
        self.date_edit = QLineEdit(batch.date)
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("{date} {festival}，{n} 人").format(
                    date=batch.date, festival=shown(batch.festival), n=batch.count
                )
            )
        )
        form.addRow(self.tr("发放日期"), self.date_edit)
        form.addRow(self.tr("物品"), self.goods_edit)
        form.addRow(self.tr("每人价值（元）"), self.value_edit)
        self.error_label = FormErrorLabel(
            {
                "date": (self.tr("发放日期"), self.date_edit),
                "goods": (self.tr("物品"), self.goods_edit),
                "goods_value": (self.tr("每人价值"), self.value_edit),
            }
        )
        buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _write(self) -> None:
        errors = FieldErrors()
        date = None
        try:
            date = optional_date(self.date_edit.text())
        except DateError as exc:
            errors.add("date", reason_of(exc))
        value = 0
        try:
            value = parse_amount(self.value_edit.text(), self.tr("每人价值"))
        except ValueError as exc:
            errors.add("goods_value", reason_of(exc))
        if errors.errors:
            raise errors
        self.changed = self._visits.update_batch(
            self._batch.id, goods=self.goods_edit.text(), goods_fen=value, date=date
        )

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()
