"""The visits table model: rows come from VisitStore in pages, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from unionclerk.core.money import format_yuan
from unionclerk.store.visits import VisitQuery, VisitRow, VisitStore
from unionclerk.ui.models.record_model import Index, RecordTableModel
from unionclerk.ui.values import kind_label, recipient_label, shown


class VisitsModel(RecordTableModel):
    """Pages of ~200 rows are fetched as the view scrolls: a federation's festival batches (one record a member)
    cost what is on screen."""

    DATE, RECIPIENT, DEPARTMENT, KIND, CASH, GOODS, GOODS_VALUE, SOURCE, VISITORS, NOTES = range(10)
    # IdRole gives the visit id, RecordRole the VisitRow itself.
    SORT_KEYS = (
        "date",
        "recipient",
        "department",
        "kind",
        "cash",
        "goods",
        "goods_value",
        "source",
        "visitors",
        "notes",
    )
    PAGE_SIZE = 200
    _MONEY = (CASH, GOODS_VALUE)

    def __init__(self, visits: VisitStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits = visits
        self._query = VisitQuery()
        self._rows: list[VisitRow] = []
        self._total = 0
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
        self._load_first_page()

    @property
    def query(self) -> VisitQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: VisitQuery) -> None:
        """Filter in SQL, keeping the current sort; the view starts again from the first page."""
        self.beginResetModel()
        self._query = replace(query, sort=self._query.sort, descending=self._query.descending)
        self._load_first_page()
        self.endResetModel()

    def _load_first_page(self) -> None:
        self._total = self._visits.count(self._query)
        self._rows = self._visits.page(self._query, 0, self.PAGE_SIZE) if self._total else []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        self._query = replace(
            self._query, sort=self.SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder
        )
        self._total = self._visits.count(self._query)
        self._rows = self._visits.page(self._query, 0, max(len(old_ids), self.PAGE_SIZE))
        position = {row.id: n for n, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = []
        for index in old:
            visit_id = old_ids[index.row()] if 0 <= index.row() < len(old_ids) else None
            row = position.get(visit_id) if visit_id is not None else None
            new.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._visits.page(self._query, start, self.PAGE_SIZE)
        if not more:
            self._total = start  # the table shrank under us; stop asking
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

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
            return recipient_label(row.member_name, row.person_name, row.relation)
        if column == self.KIND:
            return kind_label(row.kind, row.festival)
        if column == self.NOTES:
            reason = self.tr("超标理由：{r}").format(r=row.breach_reason) if row.breach_reason else ""
            return "；".join(t for t in (row.notes, reason) if t)
        return str(
            {
                self.DATE: row.date,
                self.DEPARTMENT: row.department,
                self.GOODS: row.goods,
                self.SOURCE: shown(row.source),
                self.VISITORS: row.visitors,
            }[column]
        )

    def row_of(self, visit_id: int) -> int:
        """Row of a visit among the loaded rows (loading further pages if needed), or -1."""
        for position, row in enumerate(self._rows):
            if row.id == visit_id:
                return position
        while self.canFetchMore():
            start = len(self._rows)
            self.fetchMore()
            for position, row in enumerate(self._rows[start:], start=start):
                if row.id == visit_id:
                    return position
        return -1
