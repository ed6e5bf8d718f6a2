"""What the table models share: record roles that survive sorting and proxies, and translated column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A flat table of records, one a row; a subclass sets `_headers` (one a column) and serves rows and data.

    `_header_tips` (optional, one a column) is the full name of a column whose header is shortened (the
    English roster fits the first-run window so); without it the tooltip is the header itself.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
    RecordRole = Qt.ItemDataRole.UserRole + 2  # the record itself (each model says in what form)

    _headers: tuple[str, ...] = ()
    _header_tips: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tips = self._header_tips or self._headers
            return tips[section] if 0 <= section < len(tips) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def display_text(self, row: int, column: int) -> str:
        """The text cell (row, column) shows, for measuring columns (widgets.fit_columns) without the view
        asking each cell for every role; a model that keeps its rows' display strings answers from them."""
        value = self.data(self.index(row, column), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)
