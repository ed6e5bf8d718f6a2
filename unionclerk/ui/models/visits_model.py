"""The visits table model: the rows VisitStore lists for the current filter, sortable by any column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from unionclerk.core.money import format_yuan
from unionclerk.store.visits import VisitQuery, VisitRow, VisitStore
from unionclerk.ui.models.record_model import Index, RecordTableModel


class VisitsModel(RecordTableModel):
    """A union records hundreds of visits a year (a festival batch is one a member): the filtered list is
    loaded whole, as the activities list is."""

    DATE, RECIPIENT, DEPARTMENT, KIND, CASH, GOODS, GOODS_VALUE, SOURCE, VISITORS, NOTES = range(10)
    # IdRole gives the visit id, RecordRole the VisitRow itself.

    _SORT_KEYS = {
        DATE: lambda r: (r.date, r.id),
        RECIPIENT: lambda r: r.recipient,
        DEPARTMENT: lambda r: r.department,
        KIND: lambda r: r.kind_label,
        CASH: lambda r: r.cash_fen,
        GOODS: lambda r: r.goods,
        GOODS_VALUE: lambda r: r.goods_fen,
        SOURCE: lambda r: r.source,
        VISITORS: lambda r: r.visitors,
        NOTES: lambda r: r.notes,
    }
    _MONEY = (CASH, GOODS_VALUE)

    def __init__(self, visits: VisitStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits = visits
        self._query = VisitQuery()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (
            self.tr("日期"),
            self.tr("慰问对象"),
            self.tr("部门"),
            self.tr("类别"),
            self.tr("慰问金(元)"),
            self.tr("慰问品"),
            self.tr("物品价值(元)"),
            self.tr("经费来源"),
            self.tr("慰问人"),
            self.tr("备注"),
        )
        self._rows: list[VisitRow] = self._load()

    @property
    def query(self) -> VisitQuery:
        return self._query

    def _load(self) -> list[VisitRow]:
        rows = self._visits.list(self._query)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=self._SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def set_query(self, query: VisitQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = self._load()
        self.endResetModel()

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self._SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        self._sort = (column, order)
        self._rows.sort(key=self._SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        position = {row.id: n for n, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(position[old_ids[i.row()]], i.column())
            if 0 <= i.row() < len(old_ids)
            else QModelIndex()
            for i in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return row.id
        if role == self.RecordRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: VisitRow, column: int) -> str:
        if column == self.CASH:
            return format_yuan(row.cash_fen) if row.cash_fen else ""
        if column == self.GOODS_VALUE:
            return format_yuan(row.goods_fen) if row.goods_fen else ""
        if column == self.RECIPIENT:
            return row.recipient
        if column == self.KIND:
            return row.kind_label
        if column == self.NOTES:
            reason = f"超标理由：{row.breach_reason}" if row.breach_reason else ""
            return "；".join(t for t in (row.notes, reason) if t)
        return str(
            {
                self.DATE: row.date,
                self.DEPARTMENT: row.department,
                self.GOODS: row.goods,
                self.SOURCE: row.source,
                self.VISITORS: row.visitors,
            }[column]
        )

    def row_of(self, visit_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == visit_id:
                return position
        return -1
