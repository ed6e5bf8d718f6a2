"""The activities table model: the rows ActivityStore lists for the current filter, sortable by any column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from unionclerk.core.activities import format_hours
from unionclerk.core.money import format_yuan
from unionclerk.store.activities import ActivityQuery, ActivityRow, ActivityStore
from unionclerk.ui.models.record_model import Index, RecordTableModel
from unionclerk.ui.values import shown


class ActivitiesModel(RecordTableModel):
    """A union holds hundreds of activities a year, not 100,000: the filtered list is loaded whole."""

    DATE, TITLE, CATEGORY, LEVEL, LOCATION, PERSON_TIMES, HOURS, COST, AWARDS = range(9)
    # IdRole gives the activity id, RecordRole the ActivityRow itself.

    _SORT_KEYS = {
        DATE: lambda r: (r.date, r.id),
        TITLE: lambda r: r.title,
        CATEGORY: lambda r: r.category,
        LEVEL: lambda r: r.level,
        LOCATION: lambda r: r.location,
        PERSON_TIMES: lambda r: r.person_times,
        HOURS: lambda r: r.training_tenths,
        COST: lambda r: r.cost_fen,
        AWARDS: lambda r: r.award_count,
    }

    def __init__(self, activities: ActivityStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activities = activities
        self._query = ActivityQuery()
        self._rows: list[ActivityRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (
            self.tr("日期"),
            self.tr("活动名称"),
            self.tr("类别"),
            self.tr("组织层级"),
            self.tr("地点"),
            self.tr("参与人次"),
            self.tr("学时"),
            self.tr("费用(元)"),
            self.tr("获奖"),
        )
        self._rows = self._load()

    @property
    def query(self) -> ActivityQuery:
        return self._query

    def _load(self) -> list[ActivityRow]:
        rows = self._activities.list(self._query)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=self._SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def set_query(self, query: ActivityQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = self._load()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            self.PERSON_TIMES,
            self.HOURS,
            self.COST,
            self.AWARDS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ActivityRow, column: int) -> str:
        if column == self.DATE:
            return f"{row.date}～{row.end_date}" if row.end_date else row.date
        if column == self.PERSON_TIMES:
            return str(row.person_times)
        if column == self.HOURS:
            return format_hours(row.training_tenths) if row.training_tenths else ""
        if column == self.COST:
            return format_yuan(row.cost_fen) if row.cost_fen else ""
        if column == self.AWARDS:
            return str(row.award_count) if row.award_count else ""
        return str(
            {
                self.TITLE: row.title,
                self.CATEGORY: shown(row.category),
                self.LEVEL: shown(row.level),
                self.LOCATION: row.location,
            }[column]
        )

    def row_of(self, activity_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == activity_id:
                return position
        return -1
