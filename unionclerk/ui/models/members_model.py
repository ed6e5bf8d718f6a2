"""The roster table model: rows come from MemberStore in pages, filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from unionclerk.core.idcard import mask_id_number
from unionclerk.store.members import LIST_COLUMNS, SORTS, MemberQuery, MemberStore
from unionclerk.ui.models.record_model import Index, RecordTableModel
from unionclerk.ui.values import shown

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class MembersModel(RecordTableModel):
    """Pages of ~200 rows are fetched as the view scrolls, so 100,000 members cost what is on screen."""

    (
        NAME,
        SEX,
        BIRTH_DATE,
        DEPARTMENT,
        POSITION,
        PHONE,
        ID_NUMBER,
        JOIN_DATE,
        STATUS,
        POLITICAL_STATUS,
        STAFF_CATEGORY,
        HARDSHIP,
    ) = range(len(LIST_COLUMNS))
    # IdRole gives the member id; RecordRole the whole row as a dict {column key: stored value, "id": member id}.

    CENTERED = frozenset({SEX, HARDSHIP})  # short values, shown centred

    PAGE_SIZE = 200
    _ROLES = frozenset(
        {_DISPLAY, _TOOLTIP, _ALIGNMENT, int(RecordTableModel.IdRole), int(RecordTableModel.RecordRole)}
    )

    def __init__(self, members: MemberStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self._query = MemberQuery()
        self._rows: list[tuple] = []
        # The display strings of a row, made on its first paint and kept until the rows are read again, so
        # that repainting (scrolling, selecting) does no per-cell conversion.
        self._shown: dict[int, tuple[str, ...]] = {}
        self._total = 0
        self._show_full_id = False
        # Headers as short as the language allows (the English roster fits 1100 px); the full name is the
        # header's tooltip. In Chinese both are the same words.
        self._headers = (
            self.tr("姓名", "short column header"),
            self.tr("性别", "short column header"),
            self.tr("出生日期", "short column header"),
            self.tr("部门/工会小组", "short column header"),
            self.tr("职务/岗位", "short column header"),
            self.tr("联系电话", "short column header"),
            self.tr("身份证号", "short column header"),
            self.tr("入会日期", "short column header"),
            self.tr("会籍状态", "short column header"),
            self.tr("政治面貌", "short column header"),
            self.tr("人员类别", "short column header"),
            self.tr("困难职工", "short column header"),
        )
        self._header_tips = (
            self.tr("姓名"),
            self.tr("性别"),
            self.tr("出生日期"),
            self.tr("部门/工会小组"),
            self.tr("职务/岗位"),
            self.tr("联系电话"),
            self.tr("身份证号"),
            self.tr("入会日期"),
            self.tr("会籍状态"),
            self.tr("政治面貌"),
            self.tr("人员类别"),
            self.tr("困难职工"),
        )
        self._load_first_page()

    @property
    def show_full_id(self) -> bool:
        """Whether the 身份证号 column shows whole numbers (masked by default)."""
        return self._show_full_id

    @show_full_id.setter
    def show_full_id(self, value: bool) -> None:
        self._show_full_id = value
        self._shown.clear()
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, self.ID_NUMBER), self.index(last, self.ID_NUMBER))

    # -- queries ------------------------------------------------------

    @property
    def query(self) -> MemberQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many members the current filter matches (loaded or not)."""
        return self._total

    def set_query(self, query: MemberQuery) -> None:
        """Filter (and sort) in SQL; the view starts again from the first page."""
        self.beginResetModel()
        self._query = query
        self._load_first_page()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read after a write, keeping the filter and sort."""
        self.set_query(self._query)

    def _load_first_page(self) -> None:
        self._shown.clear()
        self._total = self._members.count(self._query)
        self._rows = self._members.page(self._query, 0, self.PAGE_SIZE) if self._total else []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LIST_COLUMNS) or LIST_COLUMNS[column] not in SORTS:
            return
        self.layoutAboutToBeChanged.emit()
        self._query.sort = LIST_COLUMNS[column]
        self._query.descending = order == Qt.SortOrder.DescendingOrder
        # The order changes for every row, so reload what was shown in the new order.
        loaded = max(len(self._rows), self.PAGE_SIZE)
        old_ids = [row[0] for row in self._rows]
        self._total = self._members.count(self._query)
        self._rows = self._members.page(self._query, 0, loaded)
        self._shown.clear()
        new_position = {row[0]: i for i, row in enumerate(self._rows)}
        old_persistent = self.persistentIndexList()
        new_persistent = []
        for index in old_persistent:
            old_row = index.row()
            member_id = old_ids[old_row] if 0 <= old_row < len(old_ids) else None
            row = new_position.get(member_id) if member_id is not None else None
            new_persistent.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # -- paging -------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._members.page(self._query, start, self.PAGE_SIZE)
        if not more:
            # The table shrank under us (another write); stop asking for more.
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every matching row (used before selecting a row that may not be loaded yet)."""
        while self.canFetchMore():
            self.fetchMore()

    # -- the model interface -----------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for seven roles of every cell painted: the two served on every paint answer from the page's
        # display strings, the others leave at once, and no call goes back to Qt (an invalid index has row
        # and column -1, which the range check and CENTERED turn away).
        if role in (_DISPLAY, _TOOLTIP):
            number = index.row()
            if not 0 <= number < len(self._rows):
                return None
            shown = self._shown.get(number)
            if shown is None:
                shown = self._shown[number] = self._display_row(self._rows[number])
            return shown[index.column()]
        if role == _ALIGNMENT:
            return _CENTER if index.column() in self.CENTERED else None
        if role not in self._ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role == self.IdRole:
            return row[0]
        return {"id": row[0], **dict(zip(LIST_COLUMNS, row[1:], strict=True))}

    def display_text(self, row: int, column: int) -> str:
        shown = self._shown.get(row)
        if shown is None:
            shown = self._shown[row] = self._display_row(self._rows[row])
        return shown[column]

    def _display_row(self, row: tuple) -> tuple[str, ...]:
        # Stored values (性别, 会籍状态…) show in the interface language; names and departments as typed.
        texts = ["" if value is None else str(value) for value in row[1:]]
        id_number = row[self.ID_NUMBER + 1]
        texts[self.ID_NUMBER] = (id_number or "") if self.show_full_id else mask_id_number(id_number)
        texts[self.HARDSHIP] = self.tr("是") if row[self.HARDSHIP + 1] else ""
        for column in (self.SEX, self.STATUS, self.POLITICAL_STATUS, self.STAFF_CATEGORY):
            texts[column] = shown(row[column + 1])
        return tuple(texts)

    def row_of(self, member_id: int) -> int:
        """Row of a member among the loaded rows, or -1."""
        for position, row in enumerate(self._rows):
            if row[0] == member_id:
                return position
        return -1
