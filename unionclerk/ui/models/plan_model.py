"""The plan items table model for one year, in the plan's own order, with linked activity counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from unionclerk.core.plan import CANCELLED, DONE, PlanItem
from unionclerk.store.activities import ActivityStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.models.record_model import Index, RecordTableModel
from unionclerk.ui.values import shown


class PlanModel(RecordTableModel):
    """Not sortable by the view: the order is the plan's numbering, changed with move up/down."""

    NUMBER, TITLE, CATEGORY, PLANNED, RESPONSIBLE, STATUS, ACTIVITIES = range(7)
    # IdRole gives the plan item id, RecordRole the PlanItem itself.

    def __init__(self, plans: PlanStore, activities: ActivityStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans = plans
        self._activities = activities
        self._year = 0
        self._items: list[PlanItem] = []
        self._linked: dict[int, int] = {}
        self._headers = (
            self.tr("序号"),
            self.tr("计划项目"),
            self.tr("类别"),
            self.tr("计划时间"),
            self.tr("负责人"),
            self.tr("状态"),
            self.tr("关联活动"),
        )

    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        self.beginResetModel()
        self._year = year
        self._items = self._plans.items(year)
        self._linked = self._activities.linked_counts(year)
        self.endResetModel()

    def reload(self) -> None:
        self.set_year(self._year)

    def item_at(self, row: int) -> PlanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        for position, item in enumerate(self._items):
            if item.id == item_id:
                return position
        return -1

    def is_proposed_done(self, item: PlanItem) -> bool:
        """A linked activity suggests the item is done; the clerk confirms."""
        return bool(self._linked.get(item.id or 0)) and item.status not in (DONE, CANCELLED)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == self.IdRole:
            return item.id
        if role == self.RecordRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS and self.is_proposed_done(item):
                return self.tr("已有活动落实此项，建议标为“已完成”（需要您确认）")
            return self._display(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and self.is_proposed_done(item):
            return QColor("#1e7b34")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.ACTIVITIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: PlanItem, column: int) -> str:
        if column == self.NUMBER:
            return str(item.position)
        if column == self.TITLE:
            return item.title
        if column == self.CATEGORY:
            return shown(item.category)
        if column == self.PLANNED:
            return shown(item.planned_label)
        if column == self.RESPONSIBLE:
            return item.responsible
        if column == self.STATUS:
            return shown(item.status) + (self.tr("（建议：已完成）") if self.is_proposed_done(item) else "")
        linked = self._linked.get(item.id or 0, 0)
        return str(linked) if linked else ""
