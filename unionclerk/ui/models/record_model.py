"""What the table models share: record roles that survive sorting and proxies, and translated column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_HORIZONTAL = Qt.Orientation.Horizontal


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
        # Asked for some eight roles of each column whenever the header is measured or painted: plain int
        # and identity comparisons, no enum lookups per call.
        if role == _DISPLAY:
            if orientation is _HORIZONTAL:
                return self._headers[section] if 0 <= section < len(self._headers) else None
            return str(section + 1)
        if role == _TOOLTIP and orientation is _HORIZONTAL:
            tips = self._header_tips or self._headers
            return tips[section] if 0 <= section < len(tips) else None
        return None

    def display_text(self, row: int, column: int) -> str:
        """The text cell (row, column) shows, for measuring columns (widgets.fit_columns) without the view
        asking each cell for every role; a model that keeps its rows' display strings answers from them."""
        value = self.data(self.index(row, column), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)
