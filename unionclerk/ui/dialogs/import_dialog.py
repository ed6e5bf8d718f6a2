"""Import and export in the window: the import dialog (file, mapping, preview, import) for any book described by a
TransferBook (roster, activities, plan), the roster's export dialog (what the table shows, or everyone), the
export of one year of a yearly book, 下载模板, plus the members-tab actions that open them.

Threading: reading and checking the file (the slow part, no database) runs in a worker QThread; a book whose
rows are checked against the database (activities: names on the roster) does that step in the GUI thread. The
write runs in the GUI thread on the Store's own connection, in one transaction, with a progress dialog that pumps
events every 200 rows. One connection and one thread for writes keep the all-or-nothing transaction simple and
leave no second writer to the same file; the window is never frozen for more than a fraction of a second.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.messages import msg
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.members import MemberQuery
from unionclerk.transfer.base import Problem
from unionclerk.transfer.problems import ImportReport, TransferError
from unionclerk.ui.messages import reason_after_subject, said
from unionclerk.ui.values import shown

if TYPE_CHECKING:
    from unionclerk.ui.dialogs.transfer_books import TransferBook


def _members_book() -> TransferBook:
    # The books pull in openpyxl and the readers: loaded when a transfer is first used, not at start-up.
    from unionclerk.ui.dialogs.transfer_books import MEMBERS_BOOK

    return MEMBERS_BOOK


SPREADSHEETS = "表格文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)"


def _after_column(problem: Problem) -> object:
    """A problem's message beside its column: one that starts by naming its field ("学时：不能为负数", for the
    command line) gives only its reason, the column saying the subject."""
    reason = reason_after_subject(problem.message) if problem.column else None
    return problem.message if reason is None else reason


class _ParseWorker(QObject):
    """Reads and checks the file in a worker thread; touches no database and no widget."""

    parsed = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        book: TransferBook,
        path: Path,
        overrides: dict[str, str],
        keep_unmapped: bool,
        prepared: object = None,
    ) -> None:
        super().__init__()
        self.book, self.path, self.overrides, self.keep_unmapped = book, path, overrides, keep_unmapped
        self.prepared = prepared  # what the rows are checked against, read in the GUI thread

    def run(self) -> None:
        try:
            result = self.book.read(self.path, self.overrides, self.keep_unmapped, self.prepared)
        except TransferError as exc:
            self.failed.emit(said(exc))
        except Exception as exc:  # a broken library on a hostile file: still the world's fault
            self.failed.emit(said(msg("无法读取“{name}”：{reason}", name=self.path.name, reason=f"{type(exc).__name__}: {exc}")))
        else:
            self.parsed.emit(result)


class ImportDialog(QDialog):
    """Choose a file, map unknown columns, see every problem, then import all-or-nothing or the valid rows."""

    imported = Signal(object)  # the ImportReport, after a committed import

    def __init__(
        self,
        store: Store,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        book: TransferBook | None = None,
    ) -> None:
        super().__init__(parent)
        book = book or _members_book()
        self.store = store
        self.book = book
        self.path: Path | None = None
        self.parsed: Any = None  # the book's Parsed… object once the file is read and checked
        self._load_overrides: dict[str, str] = {}
        self.report: ImportReport | None = None
        self._thread: QThread | None = None
        self._worker: _ParseWorker | None = None
        self.setWindowTitle(self.tr("导入{book}").format(book=book.display_title()))
        self.resize(900, 600)

        self.file_label = QLabel(self.tr("尚未选择文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.mapping_label = QLabel(self.tr("以下列名不认识，请指定对应的字段（或记入备注、忽略）："))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("文件中的列名"), self.tr("对应字段")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setMaximumHeight(150)
        self.recheck_button = QPushButton(self.tr("按此对应重新检查"))
        self.recheck_button.clicked.connect(self.recheck)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problems_table = QTableWidget(0, 5)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("列"), self.tr("内容"), self.tr("问题"), self.tr("类别")]
        )
        self.problems_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems_table.setWordWrap(True)  # a long message wraps in its cell instead of being cut

        self.all_radio = QRadioButton(self.tr("全部导入：有任何错误就不导入（推荐）"))
        self.valid_radio = QRadioButton(self.tr("只导入没有错误的行，其余行另存为错误工作簿改正后再导入"))
        self.all_radio.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.all_radio)
        self._mode.addButton(self.valid_radio)
        self._mode.buttonToggled.connect(lambda *_: self._update_buttons())

        self.errors_button = QPushButton(self.tr("保存错误工作簿…"))
        self.errors_button.clicked.connect(self.save_errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.errors_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping_table)
        layout.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.valid_radio)
        layout.addWidget(self.buttons)
        self._show_mapping([])
        self._update_buttons()
        if path is not None:
            self.load(Path(path))

    # -- reading ------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择要导入的{book}").format(book=self.book.display_title()),
            "",
            self.tr(SPREADSHEETS),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path, overrides: dict[str, str] | None = None) -> None:
        """Read and check the file in a worker thread; the preview fills in when it is done."""
        if self.busy:
            return
        self.path = path
        self.parsed = None
        self.report = None
        self._load_overrides = dict(overrides or {})
        self.file_label.setText(str(path))
        self.summary_label.setText(self.tr("正在读取和检查…"))
        self.problems_table.setRowCount(0)
        self._update_buttons()
        try:
            prepared = self.book.prepare(self.store) if self.book.prepare is not None else None
        except (StoreError, sqlite3.Error) as exc:  # the data file cannot be read: said, never a traceback
            self._failed(self.tr("无法读取数据文件：{why}").format(why=said(exc)))
            return
        thread = QThread(self)
        worker = _ParseWorker(self.book, path, dict(self._load_overrides), True, prepared)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.parsed.connect(self._parsed)
        worker.failed.connect(self._failed)
        worker.parsed.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.summary_label.setText(message)
        self._show_mapping([])

    def _parsed(self, result: object) -> None:
        if self.book.check is None:
            parsed: Any = result
        else:
            try:
                parsed = self.book.check(result, self.store, self._load_overrides, True)
            except TransferError as exc:
                self._failed(said(exc))
                return
        self.parsed = parsed
        self._show_mapping(parsed.unknown_headers)
        problems = parsed.problems
        self.problems_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            values = (
                "" if problem.row is None else str(problem.row),
                shown(problem.column),
                problem.value,
                said(_after_column(problem)),
                self.tr("错误") if problem.is_error else self.tr("提示"),
            )
            for column, text in enumerate(values):
                self.problems_table.setItem(row, column, QTableWidgetItem(text))
        self.problems_table.resizeColumnsToContents()
        header = self.problems_table.horizontalHeader()
        header.resizeSection(
            2, min(header.sectionSize(2), 220)
        )  # long cell values wrap; the message gets room
        if len(problems) <= 500:  # row heights for a screenful of messages; thousands stay one line each
            self.problems_table.resizeRowsToContents()
        errors = len(parsed.error_rows)
        self.summary_label.setText(
            self.tr(
                "读取 {rows} 行（表头在第 {header} 行）：{ok} 行可以导入，{bad} 行有错误，另有 {warn} 条提示。"
            ).format(
                rows=parsed.row_count,
                header=parsed.header.row_number,
                ok=parsed.valid_count,
                bad=errors,
                warn=len([p for p in problems if not p.is_error]),
            )
        )
        self._update_buttons()

    # -- mapping ------------------------------------------------------

    def _show_mapping(self, headers: list[str]) -> None:
        from unionclerk.transfer.headers import IGNORE, NOTES  # the header rules load with the first file

        self.mapping_table.setRowCount(len(headers))
        for row, header in enumerate(headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("记入备注"), NOTES)
            combo.addItem(self.tr("忽略（不导入）"), IGNORE)
            for spec in self.book.spec.fields:
                combo.addItem(shown(spec.label), spec.name)  # the field, in the interface language
            self.mapping_table.setCellWidget(row, 1, combo)
        for widget in (self.mapping_label, self.mapping_table, self.recheck_button):
            widget.setVisible(bool(headers) or bool(self._overrides_in_use()))

    def _overrides_in_use(self) -> dict[str, str]:
        return getattr(self, "_overrides", {})

    def mapping(self) -> dict[str, str]:
        """What the clerk chose for each unknown column: header -> field name, 备注 or 忽略."""
        chosen: dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if item is not None and isinstance(combo, QComboBox):
                chosen[item.text()] = str(combo.currentData())
        return chosen

    def recheck(self) -> None:
        if self.path is None:
            return
        self._overrides = {**self._overrides_in_use(), **self.mapping()}
        self.load(self.path, self._overrides)

    # -- writing ------------------------------------------------------

    def _update_buttons(self) -> None:
        parsed = self.parsed
        ready = parsed is not None and not self.busy and self.report is None
        has_valid = bool(parsed and parsed.valid_count)
        has_errors = bool(parsed and parsed.error_rows)
        self.import_button.setEnabled(
            ready and has_valid and (not has_errors or self.valid_radio.isChecked())
        )
        self.errors_button.setEnabled(has_errors and not self.busy)
        self.choose_button.setEnabled(not self.busy)

    def run_import(self) -> None:
        if self.parsed is None:
            return
        total = self.parsed.valid_count
        progress = QProgressDialog(self.tr("正在导入…"), "", 0, max(total, 1), self)
        progress.setCancelButton(None)  # one transaction: stopping halfway would only roll back
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def advance(done: int, _total: int) -> None:
            progress.setValue(done)
            QApplication.processEvents()

        try:
            report = self.book.import_rows(self.store, self.parsed, self.valid_radio.isChecked(), advance)
        except (TransferError, StoreError) as exc:
            progress.close()
            QMessageBox.warning(
                self, self.tr("导入失败"), self.tr("未写入任何数据。\n{why}").format(why=said(exc))
            )
            return
        progress.close()
        self.report = report
        self.summary_label.setText(said(report.summary()))
        self._update_buttons()
        if report.written:
            self.imported.emit(report)
            QMessageBox.information(self, self.tr("导入完成"), said(report.summary()))
        if self.valid_radio.isChecked() and self.parsed.error_rows and not report.dry_run:
            self.save_errors()  # what the option promises: the refused rows, to fix and import again

    def save_errors(self) -> None:
        if self.parsed is None or not self.parsed.error_rows:
            return
        suggested = str(self.path.with_name(self.path.stem + "-错误行.xlsx")) if self.path else ""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误工作簿"), suggested, "Excel (*.xlsx)")
        if not name:
            return
        try:
            count = self.book.write_errors(Path(name), self.parsed)
        except TransferError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), said(exc))
            return
        QMessageBox.information(
            self,
            self.tr("已保存"),
            self.tr("{count} 行已写入 {name}，改正后可再次导入。").format(count=count, name=name),
        )

    def done(self, result: int) -> None:
        if self._thread is not None:  # never leave a running thread behind a closed dialog
            self._thread.quit()
            self._thread.wait()
        super().done(result)


class ExportDialog(QDialog):
    """Export what the table shows (filter and sort) or everyone, masked IDs unless asked."""

    def __init__(
        self, store: Store, shown: MemberQuery, shown_count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.shown = shown
        self.written: Path | None = None
        self.setWindowTitle(self.tr("导出会员花名册"))
        self.shown_radio = QRadioButton(
            self.tr("表格中当前显示的 {n} 人（按当前筛选和排序）").format(n=shown_count)
        )
        self.all_radio = QRadioButton(self.tr("全部会员记录"))
        self.shown_radio.setChecked(True)
        self.full_id_check = QCheckBox(self.tr("写出完整身份证号（默认隐去出生日期8位）"))
        self.print_columns_radio = QRadioButton(self.tr("打印用的列（横向A4一页宽）"))
        self.all_columns_radio = QRadioButton(self.tr("全部列（可再导入本程序）"))
        self.print_columns_radio.setChecked(True)
        for pair in ((self.shown_radio, self.all_radio), (self.print_columns_radio, self.all_columns_radio)):
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("导出…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.shown_radio,
            self.all_radio,
            self.print_columns_radio,
            self.all_columns_radio,
            self.full_id_check,
            buttons,
        ):
            layout.addWidget(widget)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出会员花名册"), "会员花名册.xlsx", "Excel (*.xlsx)"
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        query = self.shown if self.shown_radio.isChecked() else MemberQuery()
        from unionclerk.transfer.members import export_members

        try:
            count = export_members(
                self.store,
                path,
                query=query,
                full_ids=self.full_id_check.isChecked(),
                column_set="print" if self.print_columns_radio.isChecked() else "full",
            )
        except (TransferError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), said(exc))
            return
        self.written = path
        QMessageBox.information(
            self, self.tr("导出完成"), self.tr("已导出 {n} 人到 {path}").format(n=count, path=path)
        )
        self.accept()


def download_template(parent: QWidget, book: TransferBook | None = None) -> Path | None:
    """Save the empty import workbook of `book` (default: the roster) where the clerk says."""
    book = book or _members_book()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("ImportDialog", "保存导入模板"),
        QApplication.translate("ImportDialog", "{book}模板.xlsx").format(book=book.display_title()),
        "Excel (*.xlsx)",
    )
    if not name:
        return None
    try:
        book.write_template(Path(name))
    except TransferError as exc:
        QMessageBox.warning(parent, QApplication.translate("ImportDialog", "保存失败"), said(exc))
        return None
    QMessageBox.information(
        parent,
        QApplication.translate("ImportDialog", "模板已保存"),
        QApplication.translate("ImportDialog", "导入模板已保存到：\n{path}\n填好后用“导入…”读入。").format(
            path=name
        ),
    )
    return Path(name)


def open_import(
    parent: QWidget, store: Store, book: TransferBook, after_import: Callable[[ImportReport], None]
) -> ImportDialog:
    """Open the import dialog for `book` (window-modal) and ask for the file at once."""
    dialog = ImportDialog(store, parent=parent, book=book)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(after_import)
    dialog.open()
    dialog.choose_file()
    return dialog


def export_year(parent: QWidget, store: Store, book: TransferBook, year: int) -> Path | None:
    """Write one year of a yearly book (activities, plan) to the file the clerk names; tell them how it went."""
    assert book.export_year is not None, book.title
    title = QApplication.translate("ImportDialog", "{year}年{book}").format(
        year=year, book=book.display_title()
    )
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("ImportDialog", "导出{title}").format(title=title),
        title + ".xlsx",
        "Excel (*.xlsx)",
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    try:
        count = book.export_year(store, path, year)
    except (TransferError, StoreError) as exc:
        QMessageBox.warning(parent, QApplication.translate("ImportDialog", "导出失败"), said(exc))
        return None
    QMessageBox.information(
        parent,
        QApplication.translate("ImportDialog", "导出完成"),
        QApplication.translate("ImportDialog", "已导出{title}（{n} 行）到 {path}").format(
            title=title, n=count, path=path
        ),
    )
    return path


def open_members_import(tab: QWidget) -> ImportDialog:
    """The members tab's 导入… (tab: a MembersTab; not imported here, it imports this module when used): a
    roster workbook read into the roster; the tab re-reads and tells the others."""

    def after_import(_report: ImportReport) -> None:
        tab.reload()  # type: ignore[attr-defined]
        tab.membersChanged.emit()  # type: ignore[attr-defined]

    dialog = open_import(tab, tab.store, _members_book(), after_import)  # type: ignore[attr-defined]
    tab.transfer_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def open_members_export(tab: QWidget) -> ExportDialog:
    """The members tab's 导出…: the roster as the tab's filters show it."""
    query = tab.current_query()  # type: ignore[attr-defined]
    dialog = ExportDialog(tab.store, query, tab.members.count(query), parent=tab)  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tab.transfer_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
