"""The cash book table (pages from LedgerStore, with the running balance) and the dues grid (member × month)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from unionclerk.core.ledger import Chart
from unionclerk.core.money import format_yuan
from unionclerk.store.dues import DuesRow
from unionclerk.store.ledger import LedgerQuery, LedgerRow, LedgerStore
from unionclerk.ui.models.record_model import Index, RecordTableModel
from unionclerk.ui.values import entry_source_label, subject_label

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_OWING = QBrush(QColor("#fde2e1"))
_PAID = QBrush(QColor("#e2f5e6"))


def described_source(ledger: LedgerStore, kind: str | None, source_id: int | None) -> str:
    """What caused an entry, in the interface language ("" for an entry made by hand)."""
    if kind is None:
        return ""
    return entry_source_label(*ledger.source_parts(kind, source_id), source_id)


class LedgerModel(RecordTableModel):
    """A year's cash book in book order; pages of 200 rows are fetched as the view scrolls, so a
    200,000-entry year costs what is on screen. RecordRole gives the LedgerRow."""

    DATE, VOUCHER, SUMMARY, SUBJECT, INCOME, EXPENSE, BALANCE, PARTY, SOURCE = range(9)
    PAGE_SIZE = 200

    def __init__(self, ledger: LedgerStore, year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._query = LedgerQuery(year)
        self._chart: Chart = ledger.chart()
        self._rows: list[LedgerRow] = []
        self._total = 0
        self._headers = (
            self.tr("日期"),
            self.tr("凭证号"),
            self.tr("摘要"),
            self.tr("科目"),
            self.tr("收入(元)"),
            self.tr("支出(元)"),
            self.tr("余额(元)"),
            self.tr("付款人/收款人"),
            self.tr("来源"),
        )
        self._load_first_page()

    @property
    def query(self) -> LedgerQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: LedgerQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._chart = self._ledger.chart()
        self._load_first_page()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def _load_first_page(self) -> None:
        self._total = self._ledger.count(self._query)
        self._rows = self._ledger.page(self._query, 0, self.PAGE_SIZE) if self._total else []

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._ledger.page(self._query, start, self.PAGE_SIZE)
        if not more:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def fetch_to(self, row: int) -> None:
        while row >= len(self._rows) and self.canFetchMore():
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _TOOLTIP):
            return self._display(row, column)
        if role == _ALIGNMENT and column in (self.VOUCHER, self.INCOME, self.EXPENSE, self.BALANCE):
            return _RIGHT
        if role == self.IdRole:
            return row.id
        if role == self.RecordRole:
            return row
        return None

    def _display(self, row: LedgerRow, column: int) -> str:
        if column == self.DATE:
            return row.date
        if column == self.VOUCHER:
            return str(row.voucher)
        if column == self.SUMMARY:
            return row.summary
        if column == self.SUBJECT:
            subject = self._chart.get(row.subject)
            return subject_label(subject.code, subject.name) if subject else row.subject
        if column == self.INCOME:
            return format_yuan(row.income_fen) if row.income_fen else ""
        if column == self.EXPENSE:
            return format_yuan(row.expense_fen) if row.expense_fen else ""
        if column == self.BALANCE:
            return format_yuan(row.balance_fen)
        if column == self.PARTY:
            return row.party
        return described_source(self._ledger, row.source_kind, row.source_id)

    def row_of(self, entry_id: int) -> int:
        """The row of an entry (loading pages up to it), -1 when the filter hides it."""
        row = self._ledger.row_of(self._query, entry_id)
        if row >= 0:
            self.fetch_to(row)
        return row


class DuesModel(RecordTableModel):
    """Members × months of one year: each cell says paid / due; owing cells are tinted. A union has at most a
    few thousand members paying dues, so the grid is loaded whole."""

    NAME, DEPARTMENT, MONTHLY = range(3)
    FIRST_MONTH = 3
    DUE_TOTAL, PAID_TOTAL, OWING_TOTAL = 15, 16, 17

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DuesRow] = []
        self._first_future = 13  # months from this one on have not come yet: nothing is owed for them yet
        self._headers = (
            self.tr("姓名"),
            self.tr("部门"),
            self.tr("月缴(元)"),
            *(self.tr("{m}月").format(m=m) for m in range(1, 13)),
            self.tr("应缴合计"),
            self.tr("已缴合计"),
            self.tr("欠缴"),
        )

    def set_rows(self, rows: list[DuesRow], year: int | None = None, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.beginResetModel()
        self._rows = rows
        if year is None or year < today.year:
            self._first_future = 13
        else:
            self._first_future = today.month + 1 if year == today.year else 1
        self.endResetModel()

    @property
    def rows(self) -> list[DuesRow]:
        return self._rows

    def owing_so_far(self, row: DuesRow) -> int:
        """What a member owes for the months that have come (a month ahead is not owed yet)."""
        return sum(row.owing(m) for m in range(1, min(self._first_future, 13)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        month = column - self.FIRST_MONTH + 1
        if role == self.IdRole:
            return row.member_id
        if role == self.RecordRole:
            return row
        if role == _ALIGNMENT and column >= self.MONTHLY:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and 1 <= month <= 12:
            if month >= self._first_future and not row.paid[month - 1]:
                return None  # not come yet
            if row.owing(month):
                return _OWING
            if row.due[month - 1] or row.paid[month - 1]:
                return _PAID
            return None
        if role == _TOOLTIP and column == self.OWING_TOTAL:
            months = [m for m in range(1, min(self._first_future, 13)) if row.owing(m)]
            return (
                self.tr("欠缴月份：{months}").format(
                    months="、".join(self.tr("{m}月").format(m=m) for m in months)
                )
                if months
                else ""
            )
        if role == _TOOLTIP and 1 <= month <= 12 and month in row.unknown:
            return self.tr("会籍变动日期不详，这个月是否在会无法确定，不计应缴")
        if role == _TOOLTIP and 1 <= month <= 12:
            return self.tr("应缴 {due} 元，已缴 {paid} 元").format(
                due=format_yuan(row.due[month - 1]), paid=format_yuan(row.paid[month - 1])
            )
        if role != _DISPLAY:
            return None
        if column == self.NAME:
            return row.name
        if column == self.DEPARTMENT:
            return row.department
        if column == self.MONTHLY:
            return format_yuan(row.monthly_fen) if row.wage_base_fen else self.tr("未填基数")
        if 1 <= month <= 12:
            due, paid = row.due[month - 1], row.paid[month - 1]
            if not due and not paid:
                return self.tr("不详") if month in row.unknown else "—"
            if not paid:
                return "" if month >= self._first_future else self.tr("未缴")
            return format_yuan(paid) if paid >= due else f"{format_yuan(paid)}/{format_yuan(due)}"
        if column == self.DUE_TOTAL:
            return format_yuan(row.due_total)
        if column == self.PAID_TOTAL:
            return format_yuan(row.paid_total)
        if column == self.OWING_TOTAL:
            owing = self.owing_so_far(row)
            return format_yuan(owing) if owing else ""
        return None
