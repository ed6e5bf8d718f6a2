"""Pieces the record tabs (会员, 活动, 计划) share: a read-only table of records, its selection, their forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

# What a book's tab may offer the main window's keyboard shortcuts (Ctrl+N, Enter, Delete, Ctrl+E, Ctrl+F):
# a tab that has the method gets the shortcut, so a new tab plugs in by defining them.
RECORD_HOOKS = ("new_record", "edit_selected", "delete_selected", "export", "focus_search")


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
    header.setStretchLastSection(True)
    # Enter on a row opens it, as a double click does (tabs connect doubleClicked to their edit form).
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: _open_selected(view))
    return view


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
