"""The 经费 forms: one cash book entry, the opening balance, closing and reopening a year, a dues collection,
a 拨缴经费 allocation, posting activity costs; and the question asked before a linked source is deleted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.ledger import (
    ACTIVITY_SUBJECTS,
    DEFAULT_ACTIVITY_SUBJECT,
    SOURCE_ACTIVITY,
    Entry,
    format_share,
    month_key,
    parse_amount,
    period_months,
    validate_entry,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg, reason_of
from unionclerk.core.money import format_yuan
from unionclerk.core.settings import COLLECTION_PERIODS
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.errors import StoreError
from unionclerk.store.ledger import LedgerStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons
from unionclerk.ui.messages import said
from unionclerk.ui.models.ledger_model import described_source
from unionclerk.ui.values import shown, subject_label


def _default_date(year: int) -> str:
    today = dt.date.today()
    return today.isoformat() if today.year == year else f"{year}-12-31"


def _amount(text: str, key: str, label: str) -> int:
    try:
        return parse_amount(text, label)
    except ValueError as exc:
        raise FieldErrors({key: reason_of(exc)}) from None


def _balance(text: str, key: str, label: str) -> int:
    """A balance may be negative (an overdrawn fund): one leading minus sign, then an amount."""
    negative = text.startswith("-")
    fen = _amount(text[1:] if negative else text, key, label)
    return -fen if negative else fen


class EntryDialog(QDialog):
    """Add or edit one cash book entry of a year. After accept(), `entry_id` is the saved entry's id."""

    def __init__(
        self, ledger: LedgerStore, year: int, entry: Entry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._entry = entry
        self.year = entry.year if entry else year
        self.entry_id: int | None = entry.id if entry else None
        self.setWindowTitle(
            self.tr("编辑分录") if entry else self.tr("新增分录（{year}年）").format(year=self.year)
        )
        chart = self._chart = ledger.chart()
        self.date_edit = QLineEdit(entry.date if entry else _default_date(self.year))
        self.voucher_edit = QLineEdit(str(entry.voucher) if entry and entry.voucher else "")
        self.voucher_edit.setPlaceholderText(self.tr("自动：{n}").format(n=ledger.next_voucher(self.year)))
        self.summary_edit = QLineEdit(entry.summary if entry else "")
        self.subject_combo = QComboBox()
        self.subject_combo.setEditable(True)
        self.subject_combo.addItem("")
        for subject in chart.ordered():
            self.subject_combo.addItem(subject_label(subject.code, subject.name, indent=True), subject.code)
        if entry:
            found = self.subject_combo.findData(entry.subject)
            self.subject_combo.setCurrentIndex(max(found, 0))
        self.income_edit = QLineEdit(format_yuan(entry.income_fen) if entry and entry.income_fen else "")
        self.expense_edit = QLineEdit(format_yuan(entry.expense_fen) if entry and entry.expense_fen else "")
        self.party_edit = QLineEdit(entry.party if entry else "")
        self.notes_edit = QLineEdit(entry.notes if entry else "")
        self.source_label = QLabel(
            described_source(ledger, entry.source_kind, entry.source_id) if entry else ""
        )
        self._fields: dict[str, tuple[str, QWidget]] = {
            "date": (self.tr("日期"), self.date_edit),
            "voucher": (self.tr("凭证号"), self.voucher_edit),
            "summary": (self.tr("摘要"), self.summary_edit),
            "subject": (self.tr("科目"), self.subject_combo),
            "income": (self.tr("收入(元)"), self.income_edit),
            "expense": (self.tr("支出(元)"), self.expense_edit),
            "party": (self.tr("付款人/收款人"), self.party_edit),
            "notes": (self.tr("备注"), self.notes_edit),
        }
        form = QFormLayout()
        for label, widget in self._fields.values():
            form.addRow(label, widget)
        if entry and entry.source_kind:
            form.addRow(self.tr("来源"), self.source_label)
        self.error_label = FormErrorLabel(self._fields)
        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.summary_edit.setFocus()

    def form(self) -> dict[str, str]:
        subject_text = self.subject_combo.currentText().strip()
        data = self.subject_combo.currentData()
        if data and subject_text == self.subject_combo.itemText(self.subject_combo.currentIndex()).strip():
            subject_text = str(data)
        else:  # a subject's name typed in the interface language (Membership dues income) is that subject
            typed = subject_text.casefold()
            subject_text = next(
                (s.code for s in self._chart.ordered() if typed and shown(s.name).casefold() == typed),
                subject_text,
            )
        return {
            "date": self.date_edit.text(),
            "voucher": self.voucher_edit.text(),
            "summary": self.summary_edit.text(),
            "subject": subject_text,
            "income": self.income_edit.text(),
            "expense": self.expense_edit.text(),
            "party": self.party_edit.text(),
            "notes": self.notes_edit.text(),
        }

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        entry = validate_entry(self.form(), self._ledger.chart(), year=self.year)
        if self._entry is None:
            self.entry_id = self._ledger.add(entry)
            return
        entry.id = self._entry.id
        entry.source_kind, entry.source_id = self._entry.source_kind, self._entry.source_id
        self._ledger.update(entry)


class OpeningDialog(QDialog):
    """The opening balance (上年结转) of the first year kept."""

    def __init__(self, ledger: LedgerStore, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.year = year
        self.setWindowTitle(self.tr("{year}年期初余额").format(year=year))
        self.amount_edit = QLineEdit(format_yuan(ledger.opening_balance(year)).replace(",", ""))
        fields: dict[str, tuple[str, QWidget]] = {"opening": (self.tr("期初余额(元)"), self.amount_edit)}
        form = QFormLayout()
        form.addRow(fields["opening"][0], self.amount_edit)
        note = QLabel(self.tr("只有最早记账的一年需要录入；以后各年自动结转上年期末余额。"))
        note.setWordWrap(True)
        self.error_label = FormErrorLabel(fields)
        buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        text = self.amount_edit.text().strip()
        self._ledger.set_opening(self.year, _balance(text, "opening", self.tr("期初余额")))


class CloseYearDialog(QDialog):
    """结账: the clerk states the balance actually held (bank + cash); it must equal the book's."""

    def __init__(self, ledger: LedgerStore, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.year = year
        state = ledger.state(year)
        self.setWindowTitle(self.tr("{year}年结账").format(year=year))
        self.book_label = QLabel(
            self.tr("期初 {o} 元，收入 {i} 元，支出 {e} 元，账面期末余额 {c} 元").format(
                o=format_yuan(state.opening_fen),
                i=format_yuan(state.income_fen),
                e=format_yuan(state.expense_fen),
                c=format_yuan(state.closing_fen),
            )
        )
        self.book_label.setWordWrap(True)
        self.counted_edit = QLineEdit()
        self.counted_edit.setPlaceholderText(self.tr("银行存款 + 库存现金"))
        fields: dict[str, tuple[str, QWidget]] = {"counted": (self.tr("实有余额(元)"), self.counted_edit)}
        form = QFormLayout()
        form.addRow(self.book_label)
        form.addRow(fields["counted"][0], self.counted_edit)
        note = QLabel(self.tr("结账后本年分录锁定，不能再增加、修改或删除；如需更正须反结账并说明原因。"))
        note.setWordWrap(True)
        self.error_label = FormErrorLabel(fields)
        buttons, self.save_button = save_cancel_buttons(self, self.tr("结账"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        text = self.counted_edit.text().strip()
        if not text:
            raise FieldErrors({"counted": self.tr("请填写实有余额")})
        self._ledger.close_year(self.year, _balance(text, "counted", self.tr("实有余额")))


class ReopenDialog(QDialog):
    """反结账: asks for the reason, which is kept in the year's log with the date."""

    def __init__(self, ledger: LedgerStore, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.year = year
        self.setWindowTitle(self.tr("{year}年反结账").format(year=year))
        self.reason_edit = QLineEdit()
        fields: dict[str, tuple[str, QWidget]] = {"reason": (self.tr("原因"), self.reason_edit)}
        form = QFormLayout()
        question = QLabel(
            self.tr("反结账后{year}年的分录可以再修改，反结账的日期和原因将记录在案。").format(year=year)
        )
        question.setWordWrap(True)
        form.addRow(question)
        form.addRow(fields["reason"][0], self.reason_edit)
        self.error_label = FormErrorLabel(fields)
        buttons, self.save_button = save_cancel_buttons(self, self.tr("反结账"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.error_label.attempt(lambda: self._ledger.reopen_year(self.year, self.reason_edit.text())):
            self.accept()


class CollectDialog(QDialog):
    """Record dues received: the months (one period of the collection setting, or any month), every member
    who owes ticked with what they owe; untick exceptions, change an amount for a partial payment."""

    TICK, NAME, OWED, RECEIVED = range(4)

    def __init__(self, store: Store, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dues = DuesStore(store)
        self.year = year
        self.collection_id: int | None = None
        settings = load_settings(store)
        self.setWindowTitle(self.tr("登记会费收缴（{year}年）").format(year=year))
        self.month_combo = QComboBox()
        for m in range(1, 13):
            self.month_combo.addItem(self.tr("{m}月").format(m=m), m)
        self.month_combo.setCurrentIndex(month - 1)
        period = COLLECTION_PERIODS.get(settings.collection_period, settings.collection_period)
        self.period_check = QCheckBox(
            self.tr("按收缴周期（设置：{p}）").format(p=QCoreApplication.translate("SettingsDialog", period))
        )
        self.period_check.setChecked(settings.collection_period != "monthly")
        self._period = settings.collection_period
        self.date_edit = QLineEdit(_default_date(year))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("收"), self.tr("姓名"), self.tr("应缴(元)"), self.tr("实收(元)")]
        )
        self.table.verticalHeader().hide()
        self.total_label = QLabel()
        months_row = QHBoxLayout()
        months_row.addWidget(QLabel(self.tr("月份")))
        months_row.addWidget(self.month_combo)
        months_row.addWidget(self.period_check)
        months_row.addStretch(1)
        fields: dict[str, tuple[str, QWidget]] = {
            "date": (self.tr("收缴日期"), self.date_edit),
            "payments": (self.tr("会费"), self.table),
        }
        form = QFormLayout()
        form.addRow(fields["date"][0], self.date_edit)
        self.error_label = FormErrorLabel(fields, unmarked=("payments",))
        buttons, self.save_button = save_cancel_buttons(self, self.tr("登记并记账"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(months_row)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.month_combo.currentIndexChanged.connect(self._fill)
        self.period_check.toggled.connect(self._fill)
        self.table.itemChanged.connect(self._update_total)
        self._fill()

    def months(self) -> list[str]:
        month = int(self.month_combo.currentData())
        if self.period_check.isChecked():
            return period_months(self._period, self.year, month)
        return [month_key(self.year, month)]

    def _fill(self) -> None:
        months = [int(m[5:]) for m in self.months()]
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._members: list[tuple[int, dict[str, int]]] = []
        for row in self._dues.grid(self.year):
            owing = {month_key(self.year, m): row.owing(m) for m in months if row.owing(m) > 0}
            if not owing:
                continue
            position = self.table.rowCount()
            self.table.insertRow(position)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(position, self.TICK, tick)
            for column, text in ((self.NAME, row.name), (self.OWED, format_yuan(sum(owing.values())))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(position, column, item)
            self.table.setItem(position, self.RECEIVED, QTableWidgetItem(format_yuan(sum(owing.values()))))
            self._members.append((row.member_id, owing))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._update_total()

    def set_ticked(self, name: str, ticked: bool) -> None:
        for position in range(self.table.rowCount()):
            if self.table.item(position, self.NAME).text() == name:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                self.table.item(position, self.TICK).setCheckState(state)

    def set_received(self, name: str, text: str) -> None:
        for position in range(self.table.rowCount()):
            if self.table.item(position, self.NAME).text() == name:
                self.table.item(position, self.RECEIVED).setText(text)

    def payments(self) -> list[tuple[int, str, int]]:
        """(member, month, fen): a received amount fills the member's months in order; what is beyond the
        owed total is recorded on the last month. (Months ahead are paid in advance by choosing them.)"""
        errors = FieldErrors()
        out: list[tuple[int, str, int]] = []
        for position, (member_id, owing) in enumerate(self._members):
            if self.table.item(position, self.TICK).checkState() != Qt.CheckState.Checked:
                continue
            name = self.table.item(position, self.NAME).text()
            try:
                left = parse_amount(
                    self.table.item(position, self.RECEIVED).text(), self.tr("{n}的实收").format(n=name)
                )
            except ValueError as exc:
                errors.add("payments", reason_of(exc))
                continue
            months = list(owing)
            for index, month in enumerate(months):
                if left <= 0:
                    break
                share = left if index == len(months) - 1 else min(left, owing[month])
                out.append((member_id, month, share))
                left -= share
        if errors.errors:
            raise errors
        return out

    def _update_total(self, *_args: object) -> None:
        try:
            total = sum(p[2] for p in self.payments())
        except FieldErrors:
            self.total_label.setText(self.tr("实收金额有误"))
            return
        self.total_label.setText(self.tr("合计实收 {t} 元（记入 401 会费收入）").format(t=format_yuan(total)))

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        from unionclerk.core.dates import DateError, parse_date

        if not self.date_edit.text().strip():
            raise FieldErrors({"date": self.tr("请填写收缴日期")})
        try:
            date = parse_date(self.date_edit.text()).isoformat()
        except DateError as exc:  # after the form's label: 收缴日期：“x” 不是日期
            raise FieldErrors({"date": reason_of(exc)}) from None
        if int(date[:4]) != self.year:
            raise FieldErrors({"date": self.tr("收缴日期应在{year}年内").format(year=self.year)})
        payments = self.payments()
        if not payments:
            raise FieldErrors({"payments": self.tr("没有勾选要登记的会员")})
        self.collection_id = self._dues.collect(date, payments)


class AllocationDialog(QDialog):
    """拨缴经费: the employer's 2% of the payroll; the kept share is posted as 402 拨缴经费收入."""

    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dues = DuesStore(store)
        self.year = year
        share = load_settings(store).fund_kept_share
        self.setWindowTitle(self.tr("登记拨缴经费"))
        self.date_edit = QLineEdit(_default_date(year))
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("如 第一季度"))
        self.payroll_edit = QLineEdit()
        self.share_edit = QLineEdit(format_share(share))
        fields: dict[str, tuple[str, QWidget]] = {
            "date": (self.tr("日期"), self.date_edit),
            "period": (self.tr("所属期间"), self.period_edit),
            "payroll": (self.tr("工资总额(元)"), self.payroll_edit),
            "share": (self.tr("留成比例"), self.share_edit),
        }
        form = QFormLayout()
        for label, widget in fields.values():
            form.addRow(label, widget)
        self.error_label = FormErrorLabel(fields)
        buttons, self.save_button = save_cancel_buttons(self, self.tr("登记并记账"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        from unionclerk.core.dates import DateError, parse_date

        errors = FieldErrors()
        date = ""
        try:
            if not self.date_edit.text().strip():
                errors.add("date", msg("日期不能为空"))
            else:
                date = parse_date(self.date_edit.text()).isoformat()
        except DateError as exc:  # after the form's label: 日期：“x” 不是日期
            errors.add("date", reason_of(exc))
        payroll = 0
        try:
            payroll = parse_amount(self.payroll_edit.text(), self.tr("工资总额"))
        except ValueError as exc:
            errors.add("payroll", reason_of(exc))
        text = self.share_edit.text().strip()
        share = Decimal(0)
        try:
            share = Decimal(text.rstrip("%")) / (100 if text.endswith("%") else 1)
            if not Decimal(0) <= share <= 1:
                raise InvalidOperation
        except InvalidOperation:
            errors.add("share", self.tr("留成比例应为 0 到 100% 之间，如 60%"))
        if errors.errors:
            raise errors
        self._dues.add_allocation(date, payroll, period=self.period_edit.text().strip(), kept_share=share)
        settings = load_settings(self._dues.store)
        if settings.fund_kept_share != share:  # the province's share: the next allocation proposes it
            settings.fund_kept_share = share
            save_settings(self._dues.store, settings)


class PostActivitiesDialog(QDialog):
    """Post the costs of a year's activities to the cash book, each with the subject its category proposes.
    Activities already posted are shown ticked and greyed: posting again only brings the entry up to date."""

    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = LedgerStore(store)
        self.year = year
        self.posted: list[int] = []
        self.setWindowTitle(self.tr("活动费用记账（{year}年）").format(year=year))
        chart = self._ledger.chart()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("记账"), self.tr("活动"), self.tr("费用(元)"), self.tr("科目")]
        )
        self.table.verticalHeader().hide()
        self._activity_ids: list[int] = []
        rows = store.conn.execute(
            "SELECT a.id, a.date, a.title, a.category, a.cost_fen, e.id FROM activities a "
            "LEFT JOIN ledger_entries e ON e.source_kind = ? AND e.source_id = a.id "
            "WHERE a.cost_fen > 0 AND a.date LIKE ? ORDER BY a.date, a.id",
            (SOURCE_ACTIVITY, f"{year:04d}-%"),
        ).fetchall()
        for activity_id, date, title, category, cost, entry_id in rows:
            position = self.table.rowCount()
            self.table.insertRow(position)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if entry_id is None else Qt.CheckState.Unchecked)
            tick.setToolTip(self.tr("已记账") if entry_id else "")
            self.table.setItem(position, 0, tick)
            described = f"{date} {title}" + (self.tr("（已记账）") if entry_id else "")
            for column, text in ((1, described), (2, format_yuan(cost))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(position, column, item)
            combo = QComboBox()
            for subject in chart.ordered("expense"):
                combo.addItem(subject_label(subject.code, subject.name), subject.code)
            proposed = ACTIVITY_SUBJECTS.get(category, DEFAULT_ACTIVITY_SUBJECT)
            if entry_id is not None:
                proposed = self._ledger.get(entry_id).subject
            combo.setCurrentIndex(max(combo.findData(proposed), 0))
            self.table.setCellWidget(position, 3, combo)
            self._activity_ids.append(activity_id)
        self.table.resizeColumnsToContents()
        self.error_label = FormErrorLabel({})
        buttons, self.save_button = save_cancel_buttons(self, self.tr("记账"), self.save)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("勾选的活动按其费用记一笔支出，并与活动关联：活动改动后分录随之更新，不会重复记账。")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        chosen = [
            (activity_id, self.table.cellWidget(position, 3).currentData())  # type: ignore[union-attr]
            for position, activity_id in enumerate(self._activity_ids)
            if self.table.item(position, 0).checkState() == Qt.CheckState.Checked
        ]
        if not chosen:
            raise FieldErrors({"activities": self.tr("没有勾选要记账的活动")})
        with self._ledger.store.transaction():
            for activity_id, subject in chosen:
                self.posted.append(self._ledger.post_activity(activity_id, subject))


class SubItemsDialog(QDialog):
    """The chart of accounts in force, and the unit's own sub-items: a 5-digit code under a subject and a name.
    Sub-items of the rules (50105 会员活动支出 …) cannot be renamed."""

    def __init__(self, ledger: LedgerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.setWindowTitle(self.tr("会计科目与子目"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("编码"), self.tr("名称"), self.tr("类别")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("如 50107"))
        self.name_edit = QLineEdit()
        fields: dict[str, tuple[str, QWidget]] = {
            "code": (self.tr("子目编码"), self.code_edit),
            "name": (self.tr("子目名称"), self.name_edit),
        }
        form = QFormLayout()
        for label, widget in fields.values():
            form.addRow(label, widget)
        self.error_label = FormErrorLabel(fields)
        buttons, self.save_button = save_cancel_buttons(self, self.tr("保存子目"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self._fill()
        self.table.itemSelectionChanged.connect(self._picked)

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for subject in self._ledger.chart().ordered():
            position = self.table.rowCount()
            self.table.insertRow(position)
            kind = self.tr("收入") if subject.kind == "income" else self.tr("支出")
            note = self.tr("（本单位）") if subject.custom else ""
            for column, text in enumerate((subject.code, shown(subject.name) + note, kind)):
                self.table.setItem(position, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            code = self.table.item(rows[0].row(), 0).text()
            subject = self._ledger.chart().get(code)
            if subject is not None and subject.custom:
                self.code_edit.setText(subject.code)
                self.name_edit.setText(subject.name)

    def save(self) -> None:
        if self.error_label.attempt(
            lambda: self._ledger.save_sub_item(self.code_edit.text(), self.name_edit.text())
        ):
            self._fill()
            self.code_edit.clear()
            self.name_edit.clear()


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerEntries", text)


def settle_linked_entry(parent: QWidget, store: Store, kind: str, source_id: int) -> bool:
    """Before a source (an activity…) is deleted: if the cash book has an entry linked to it, ask whether to
    delete the entry too or keep it unlinked. False when the clerk cancels (nothing is deleted then)."""
    ledger = LedgerStore(store)
    entry = ledger.entry_for_source(kind, source_id)
    if entry is None or entry.id is None:
        return True
    answer = QMessageBox.question(
        parent,
        _tr("记账分录"),
        _tr(
            "经费账中有一笔与它关联的分录（{date} 凭证{voucher}，{amount} 元）。\n"
            "是：同时删除这笔分录；否：保留分录（不再关联）；取消：都不删除。"
        ).format(
            date=entry.date, voucher=entry.voucher, amount=format_yuan(entry.expense_fen or entry.income_fen)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    try:
        if answer == QMessageBox.StandardButton.Yes:
            ledger.delete(entry.id)
        else:
            ledger.unlink(entry.id)
    except StoreError as exc:
        QMessageBox.warning(parent, _tr("记账分录"), said(exc))
        return False
    return True
