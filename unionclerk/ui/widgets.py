"""Pieces the record tabs (会员, 活动, 计划) share: a read-only table of records, its selection, their forms."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from unionclerk.ui.models.record_model import RecordTableModel

# What a book's tab may offer the main window's keyboard shortcuts (Ctrl+N, Enter, Delete, Ctrl+E, Ctrl+F):
# a tab that has the method gets the shortcut, so a new tab plugs in by defining them.
RECORD_HOOKS = ("new_record", "edit_selected", "delete_selected", "export", "focus_search")
FIT_ROWS = 60  # rows fit_columns looks at: a screenful and more, cheap for 100,000


def record_table(model: QAbstractItemModel) -> QTableView:
    """A table the clerk reads, not edits: one whole row selected at a time, columns resized by hand."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # One line a record, elided, with fixed row heights: a roster reads down, it never wraps.
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)  # the text column that benefits stretches (fit_columns), not the last
    # Enter on a row opens it, as a double click does (tabs connect doubleClicked to their edit form).
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: _open_selected(view))
    return view


def fit_columns(view: QTableView, stretch: int) -> None:
    """Columns as wide as their header and the rows loaded (a paged model is not read further); column
    `stretch` (the text that benefits: a title, a department) also takes the width left over, never less
    than its content.

    Call again after the rows change (or use keep_fitted).
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    model = view.model()
    if isinstance(model, RecordTableModel):
        widths = _text_widths(view, model)
    else:
        widths = []
        for column in range(model.columnCount()):
            view.resizeColumnToContents(column)
            widths.append(header.sectionSize(column))
    for column, width in enumerate(widths):
        header.resizeSection(column, width + 6)  # air between columns
    filler = view.findChild(_WidthFiller)
    if filler is None:
        filler = _WidthFiller(view)
    filler.fitted(stretch, header.sectionSize(stretch))


def _text_widths(view: QTableView, model: RecordTableModel) -> list[int]:
    """What resizeColumnToContents gives for a table of plain text (the header, or the widest of the first
    FIT_ROWS cells plus the item margins and the grid line), measured from the model's display strings: the
    view's own way asks the model for a dozen roles of every cell, which was most of the roster's first paint.
    The margins are read off one cell's size hint (QStyle's metrics would cost its enums at start-up)."""
    header = view.horizontalHeader()
    metrics = QFontMetricsF(view.font())
    rows = range(min(model.rowCount(), FIT_ROWS))
    widest: list[tuple[float, int]] = []  # per column: the widest text's width and its row
    for column in range(model.columnCount()):
        measured = ((metrics.horizontalAdvance(model.display_text(row, column)), row) for row in rows)
        widest.append(max(measured, default=(0.0, -1)))
    sample = next(((row, column) for column, (width, row) in enumerate(widest) if width > 0), None)
    margins = 0
    if sample is not None:
        width, row = widest[sample[1]]
        margins = view.sizeHintForIndex(model.index(row, sample[1])).width() - math.ceil(width)
    grid = 1 if view.showGrid() else 0
    return [
        max(header.sectionSizeHint(column), math.ceil(width) + margins + grid if width > 0 else 0)
        for column, (width, _row) in enumerate(widest)
    ]


class _WidthFiller(QObject):
    """Gives the stretch column the width the others leave, whenever the table is resized.

    It watches the horizontal header, which the table keeps as wide as its viewport (a scroll bar coming or
    going resizes it too). Not the viewport itself: asking PySide for that C++-made QWidget makes it try
    every widget class it knows as the object's type, creating their enums, a tenth of the window's start.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._column = 0
        self._content = 0
        view.horizontalHeader().installEventFilter(self)

    def fitted(self, column: int, content: int) -> None:
        self._column, self._content = column, content
        self.fill()

    def fill(self) -> None:
        header = self._view.horizontalHeader()
        others = header.length() - header.sectionSize(self._column)
        spare = header.width() - others
        header.resizeSection(self._column, max(self._content, spare))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False


def keep_fitted(view: QTableView, stretch: int) -> None:
    """fit_columns when the table is first shown (the header's font and style are final only then), and
    again when rows arrive in a table that was fitted while empty; not on every search keystroke (a roster
    of 100,000 re-reads a page per key, and columns that jump are hard to read)."""
    _Refitter(view, stretch)


class _Refitter(QObject):
    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self._view, self._stretch = view, stretch
        self._shown = False
        self._with_rows = False
        view.installEventFilter(self)
        view.model().modelReset.connect(self._rows_changed)
        view.model().rowsInserted.connect(self._rows_changed)

    def _rows_changed(self, *_args: object) -> None:
        if self._shown and not self._with_rows and self._view.model().rowCount() > 0:
            self._with_rows = True
            fit_columns(self._view, self._stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            self._with_rows = self._view.model().rowCount() > 0
            fit_columns(self._view, self._stretch)
        return False


def _open_selected(view: QTableView) -> None:
    rows = view.selectionModel().selectedRows()
    if rows:
        view.doubleClicked.emit(rows[0])


def focus_search(edit: QLineEdit) -> None:
    """Put the cursor in a search box with its text selected, so typing replaces it."""
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    edit.selectAll()


def selected_id(view: QTableView, id_role: int) -> int | None:
    """The id (from the model's `id_role`) of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return view.model().data(rows[0], id_role) if rows else None


def select_row(view: QTableView, row: int) -> bool:
    """Select `row` (False when it is -1, i.e. the filter hides the record) and scroll to it."""
    if row < 0:
        return False
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(index)
    return True


def open_window_modal(dialog: QDialog, finished: Callable[[int], None]) -> QDialog:
    """Open a form window-modal (the main loop keeps running), delete it once closed, report its result."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def confirm(parent: QWidget, title: str, question: str, *, default_yes: bool = False) -> bool:
    """Ask 是/否 before a write; True only for 是. Enter answers 否 unless `default_yes` (nothing is lost)."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
