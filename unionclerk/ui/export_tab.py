"""The 导出 tab: the work summary and plan written from the records — chosen period and document, shown paragraph
by paragraph, each editable (kept per period in the database), printed, saved as .docx or PDF — and the Excel
books of the other tabs."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from unionclerk.reports.summary import (
    BOTH,
    HEADING1,
    HEADING2,
    PLAN,
    PROBLEMS,
    SUMMARY,
    TITLE,
    Block,
    ChangedUnderEdit,
    Document,
    Edit,
    Period,
    PeriodError,
    SummaryEdits,
    SummaryNotes,
    build_document,
    changed_under_edits,
    orphan_edits,
)
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.reader import open_reader
from unionclerk.ui.messages import said
from unionclerk.ui.summary_print import font_notice, render, write_pdf
from unionclerk.ui.values import mark_document_text

WHOLE_YEAR, FIRST_HALF, SECOND_HALF, CUSTOM = range(4)
EDITED_COLOUR = QColor("#1a5fb4")
CHANGED_COLOUR = QColor("#c01c28")


def default_period(today: dt.date) -> tuple[int, int]:
    """(year, period choice) the clerk most likely writes today: the first half in June–July, the year from
    November, last year in January–February."""
    if today.month in (6, 7, 8):
        return today.year, FIRST_HALF
    if today.month <= 2:
        return today.year - 1, WHOLE_YEAR
    return today.year, WHOLE_YEAR


class _DraftSignals(QObject):
    built = Signal(int, object, object, object)  # request number, Document, changed under edits, orphan edits
    failed = Signal(int, str)


class _DraftJob(QRunnable):
    """Builds the draft on a read-only connection of its own, off the GUI thread (a federation's member
    figures take a while); touches no widget."""

    def __init__(
        self, number: int, path: Path, period: Period, kind: str, today: dt.date, signals: _DraftSignals
    ) -> None:
        super().__init__()
        self.number, self.path, self.period, self.kind, self.today = number, path, period, kind, today
        self.signals = signals

    def run(self) -> None:
        try:
            reader = open_reader(self.path)
            try:
                document = build_document(reader, self.period, self.kind, on=self.today)
                changed = changed_under_edits(reader, document)
                orphans = orphan_edits(reader, document)
            finally:
                reader.close()
        except (StoreError, sqlite3.Error) as exc:
            self._say("failed", self.number, said(exc))
        except Exception as exc:  # a broken invariant: say what it was rather than lose it in a thread
            self._say("failed", self.number, f"{type(exc).__name__}: {exc}")
        else:
            self._say("built", self.number, document, changed, orphans)

    def _say(self, signal: str, *args: object) -> None:
        # RuntimeError: the window was closed while the draft was built, and nobody is waiting for it.
        with contextlib.suppress(RuntimeError):
            getattr(self.signals, signal).emit(*args)


class ExportTab(QWidget):
    """Emits summaryEdited after the clerk's text is saved, drafted when a draft is on screen."""

    summaryEdited = Signal()
    drafted = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.edits = SummaryEdits(store)
        self.notes = SummaryNotes(store)
        self.today = today or dt.date.today()
        self.document: Document | None = None
        self.changed: dict[str, ChangedUnderEdit] = {}
        self.orphans: list[Edit] = []  # edits of paragraphs the records no longer produce
        self.preview: QPrintPreviewDialog | None = None
        self.export_dialog: QDialog | None = None
        self._requested = 0  # the number of the latest draft asked for
        self._running = False
        self._problems_period: str | None = None
        # Not a child of the tab: a build still running when the tab goes keeps somewhere to report to.
        self._signals = _DraftSignals()
        self._signals.built.connect(self._built)
        self._signals.failed.connect(self._failed)

        year, choice = default_period(self.today)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2999)
        self.year_spin.setValue(year)
        self.period_combo = QComboBox()
        for label in (self.tr("全年"), self.tr("上半年"), self.tr("下半年"), self.tr("自定义期间")):
            self.period_combo.addItem(label)
        self.period_combo.setCurrentIndex(choice)
        self.from_edit = QDateEdit(QDate(year, 1, 1))
        self.to_edit = QDateEdit(QDate(year, 12, 31))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("工作总结暨工作计划"), BOTH)
        self.kind_combo.addItem(self.tr("工作总结"), SUMMARY)
        self.kind_combo.addItem(self.tr("工作计划"), PLAN)
        self.regenerate_button = QPushButton(self.tr("重新生成"))
        self.regenerate_button.setToolTip(self.tr("按最新的台账数据重新生成；您修改过的段落不会被覆盖"))

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("年度")))
        choose.addWidget(self.year_spin)
        choose.addWidget(self.period_combo)
        choose.addWidget(self.from_edit)
        choose.addWidget(QLabel("—"))
        choose.addWidget(self.to_edit)
        choose.addWidget(QLabel(self.tr("文档")))
        choose.addWidget(self.kind_combo)
        choose.addWidget(self.regenerate_button)
        choose.addStretch(1)

        self.paragraph_list = QListWidget()
        mark_document_text(self.paragraph_list)  # the summary itself, in Chinese in either language
        self.paragraph_list.setWordWrap(True)
        self.paragraph_list.setAlternatingRowColors(True)
        self.paragraph_list.setUniformItemSizes(False)
        self.paragraph_list.setResizeMode(QListWidget.ResizeMode.Adjust)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("选中左边的一段，在这里修改"))
        self.save_edit_button = QPushButton(self.tr("保存修改"))
        self.revert_button = QPushButton(self.tr("恢复生成的文字"))
        self.revert_button.setToolTip(self.tr("放弃对这一段的修改，改用按台账数据生成的文字"))
        self.changed_label = QLabel()
        self.changed_label.setWordWrap(True)
        self.changed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_button = QPushButton(self.tr("保留我的修改"))
        self.take_new_button = QPushButton(self.tr("采用新生成的文字"))
        edit_box = QGroupBox(self.tr("修改选中的段落"))
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.addWidget(self.editor, 2)
        row = QHBoxLayout()
        row.addWidget(self.save_edit_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        edit_layout.addLayout(row)
        edit_layout.addWidget(self.changed_label)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.take_new_button)
        row.addStretch(1)
        edit_layout.addLayout(row)

        self.problems_edit = QPlainTextEdit()
        self.problems_edit.setPlaceholderText(
            self.tr("存在问题和不足：由您填写，每段一行；不填则总结中没有这一部分")
        )
        self.save_problems_button = QPushButton(self.tr("保存“存在问题和不足”"))
        problems_box = QGroupBox(self.tr("存在问题和不足（本期间）"))
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.problems_edit)
        problems_layout.addWidget(self.save_problems_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(edit_box, 3)
        right_layout.addWidget(problems_box, 2)
        splitter = QSplitter()
        splitter.addWidget(self.paragraph_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice_label")
        self.notice_label.setWordWrap(True)

        self.toolbar = self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(choose)
        layout.addWidget(self.notice_label)
        layout.addWidget(splitter, 1)

        self.year_spin.valueChanged.connect(self._period_chosen)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.dateChanged.connect(self._dates_chosen)
        self.to_edit.dateChanged.connect(self._dates_chosen)
        self.kind_combo.currentIndexChanged.connect(self.regenerate)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.paragraph_list.currentRowChanged.connect(self._show_paragraph)
        self.save_edit_button.clicked.connect(self.save_edit)
        self.revert_button.clicked.connect(self.revert_edit)
        self.keep_button.clicked.connect(self.keep_edit)
        self.take_new_button.clicked.connect(self.revert_edit)
        self.save_problems_button.clicked.connect(self.save_problems)
        self._sync_dates()  # the draft is built when the pane is first shown

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("导出"))
        self.preview_action = toolbar.addAction(self.tr("打印预览…"), self.print_preview)
        self.print_action = toolbar.addAction(self.tr("打印…"), self.print_document)
        self.docx_action = toolbar.addAction(self.tr("保存为 Word…"), self.save_docx)
        self.docx_action.setToolTip(self.tr("按公文格式（GB/T 9704）保存为 .docx，可在 Word/WPS 中继续修改"))
        self.pdf_action = toolbar.addAction(self.tr("保存为 PDF…"), self.save_pdf)
        toolbar.addSeparator()
        self.members_action = toolbar.addAction(self.tr("会员花名册…"), self.export_members)
        self.activities_action = toolbar.addAction(self.tr("活动台账…"), self.export_activities)
        self.plan_action = toolbar.addAction(self.tr("年度计划…"), self.export_plan)
        self.visits_action = toolbar.addAction(self.tr("慰问台账…"), self.export_visits)
        self.ledger_action = toolbar.addAction(self.tr("经费收支明细账…"), self.export_ledger)
        for action in (self.members_action, self.activities_action, self.plan_action):
            action.setToolTip(self.tr("导出所选年度的可打印 Excel 台账"))
        toolbar.addSeparator()
        self.handover_action = toolbar.addAction(self.tr("年终移交包…"), self.write_handover_pack)
        self.handover_action.setToolTip(
            self.tr("把所选年度的全部台账、工作总结（Word 和 PDF）和检查过的数据文件副本写进一个新文件夹")
        )
        return toolbar

    # -- the period and the document ----------------------------------------------------------

    def period(self) -> Period:
        year = self.year_spin.value()
        choice = self.period_combo.currentIndex()
        if choice == FIRST_HALF:
            return Period.half(year, 1)
        if choice == SECOND_HALF:
            return Period.half(year, 2)
        if choice == CUSTOM:
            return Period.between(
                self.from_edit.date().toString("yyyy-MM-dd"), self.to_edit.date().toString("yyyy-MM-dd")
            )
        return Period.year(year)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _period_chosen(self) -> None:
        self._sync_dates()
        self.regenerate()

    def _sync_dates(self) -> None:
        """The from–to dates follow the year unless the clerk is choosing them."""
        custom = self.period_combo.currentIndex() == CUSTOM
        year = self.year_spin.value()
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(custom)
            edit.blockSignals(True)
        if not custom or self.from_edit.date().year() != year:
            self.from_edit.setDate(QDate(year, 1, 1))
            self.to_edit.setDate(QDate(year, 12, 31))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)

    def _dates_chosen(self) -> None:
        if self.period_combo.currentIndex() == CUSTOM:
            self.regenerate()

    def regenerate(self) -> None:
        """Build the document again from the records, in the background, the clerk's edits laid over it; the
        edited paragraphs whose generated text changed underneath are marked. Requests made while a build runs
        are folded into one more build."""
        try:
            period = self.period()
        except PeriodError as exc:
            self._requested += 1  # a build still running is for another period: drop its result
            self.document = None
            self.paragraph_list.clear()
            self.notice_label.setText(said(exc))
            return
        if self._problems_period != period.key:  # never replace what the clerk is typing for this period
            self._problems_period = period.key
            self.problems_edit.setPlainText(self.notes.get(period, PROBLEMS))
        self._requested += 1
        self.notice_label.setText(self.tr("正在按台账数据生成…"))
        if self._running:
            return
        self._start()

    def _start(self) -> None:
        self._running = True
        self._set_output_enabled(False)  # nothing is printed or saved from a draft about to be replaced
        job = _DraftJob(
            self._requested, self.store.path, self.period(), self.kind(), self.today, self._signals
        )
        QThreadPool.globalInstance().start(job)

    @property
    def busy(self) -> bool:
        """A draft is being built."""
        return self._running

    def _set_output_enabled(self, enabled: bool) -> None:
        for action in (self.preview_action, self.print_action, self.docx_action, self.pdf_action):
            action.setEnabled(enabled)

    def _built(
        self, number: int, document: Document, changed: list[ChangedUnderEdit], orphans: list[Edit]
    ) -> None:
        if not isValid(self):  # the tab was closed (another file opened) while the draft was built
            return
        self._running = False
        if number != self._requested:  # the period, kind or records changed meanwhile: build again
            self._rebuild_if_valid()
            return
        current = self.current_key()
        self.document = document
        self.changed = {c.key: c for c in changed}
        self.orphans = orphans
        self._set_output_enabled(True)
        self._fill_list()
        self._update_notice()
        keys = [b.key for b in document.blocks]
        self.paragraph_list.setCurrentRow(keys.index(current) if current in keys else 0)
        self.drafted.emit()

    def _failed(self, number: int, message: str) -> None:
        if not isValid(self):
            return
        self._running = False
        if number != self._requested:
            self._rebuild_if_valid()
            return
        self.notice_label.setText(self.tr("无法生成：{error}").format(error=message))
        self.drafted.emit()

    def _rebuild_if_valid(self) -> None:
        try:
            self.period()
        except PeriodError:
            return
        self._start()

    def reload(self) -> None:
        """Records changed in another tab (or the settings): regenerate now if the pane is on screen, else when it
        is shown (a federation's member figures take a moment; a roster edit elsewhere must not wait for them)."""
        if self.isVisible():
            self.regenerate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.regenerate()

    def _fill_list(self) -> None:
        self.paragraph_list.blockSignals(True)
        self.paragraph_list.clear()
        assert self.document is not None
        for block in self.document.blocks:
            item = QListWidgetItem(block.full_text)
            item.setData(Qt.ItemDataRole.UserRole, block.key)
            font = item.font()
            if block.style in (TITLE, HEADING1, HEADING2):
                font.setBold(True)
            item.setFont(font)
            if block.key in self.changed:
                item.setForeground(QBrush(CHANGED_COLOUR))
                item.setToolTip(self.tr("您修改过这一段，但它所依据的数据已经变化"))
            elif block.edited:
                item.setForeground(QBrush(EDITED_COLOUR))
                item.setToolTip(self.tr("您修改过这一段"))
            self.paragraph_list.addItem(item)
        self.paragraph_list.blockSignals(False)

    def _update_notice(self) -> None:
        assert self.document is not None
        lines = [said(line) for line in self.document.missing]
        if self.changed:
            lines.append(
                self.tr(
                    "有 {n} 段您修改过的文字（红色）所依据的数据已经变化：选中该段，可保留修改或采用新生成的文字。"
                ).format(n=len(self.changed))
            )
        if self.orphans:
            lines.append(
                self.tr(
                    "另有 {n} 段修改过的文字所对应的段落现在不再生成（如活动类别已改名），未显示。"
                ).format(n=len(self.orphans))
            )
        edited = sum(1 for b in self.document.blocks if b.edited)
        if edited:
            lines.append(self.tr("蓝色的 {n} 段是您修改过的文字，重新生成不会覆盖。").format(n=edited))
        self.notice_label.setText("\n".join(lines))

    # -- editing -------------------------------------------------------------------------------

    def current_key(self) -> str | None:
        item = self.paragraph_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_block(self) -> Block | None:
        key = self.current_key()
        if key is None or self.document is None:
            return None
        return self.document.block(key)

    def _show_paragraph(self, _row: int = -1) -> None:
        block = self.current_block()
        self.editor.setPlainText(block.text if block else "")
        self.editor.setEnabled(block is not None)
        self.save_edit_button.setEnabled(block is not None)
        self.revert_button.setEnabled(bool(block and block.edited))
        change = self.changed.get(block.key) if block else None
        self.keep_button.setVisible(change is not None)
        self.take_new_button.setVisible(change is not None)
        if change is not None:
            self.changed_label.setText(
                "\n".join(
                    (
                        self.tr("数据已变化。修改时生成的文字是："),
                        change.was,
                        "",
                        self.tr("现在生成的文字是："),
                        change.now,
                    )
                )
            )
        else:
            self.changed_label.setText("")

    def save_edit(self) -> None:
        block = self.current_block()
        if block is None or self.document is None:
            return
        text = self.editor.toPlainText().strip()
        if not text:
            QMessageBox.warning(
                self, self.tr("不能保存"), self.tr("段落不能为空；不要这段文字时，请在 Word 文档中删除。")
            )
            return
        self._write(
            lambda: self.edits.save(
                self.document.period, self.document.kind, block.key, text, block.generated
            )
        )

    def revert_edit(self) -> None:
        block = self.current_block()
        if block is None or self.document is None:
            return
        self._write(lambda: self.edits.discard(self.document.period, self.document.kind, block.key))

    def keep_edit(self) -> None:
        block = self.current_block()
        if block is None or self.document is None:
            return
        self._write(
            lambda: self.edits.accept_current(
                self.document.period, self.document.kind, block.key, block.generated
            )
        )

    def save_problems(self) -> None:
        try:
            period = self.period()
        except PeriodError as exc:
            QMessageBox.warning(self, self.tr("期间有误"), said(exc))
            return
        self._write(lambda: self.notes.set(period, PROBLEMS, self.problems_edit.toPlainText()))

    def _write(self, write: object) -> None:
        try:
            write()  # type: ignore[operator]
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), said(exc))
            return
        self.regenerate()
        self.summaryEdited.emit()

    # -- output --------------------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        title = self.document.title if self.document else self.tr("工作总结")
        return title + suffix

    def _ask_path(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, caption, self._file_name(suffix), file_filter)
        if not name:
            return None
        return Path(name if name.lower().endswith(suffix) else name + suffix)

    def save_docx(self) -> Path | None:
        from unionclerk.reports.summary_docx import write_docx  # python-docx loads when first used

        if self.document is None:
            return None
        path = self._ask_path(self.tr("保存为 Word 文档"), ".docx", self.tr("Word 文档 (*.docx)"))
        if path is None:
            return None
        try:
            write_docx(self.document, path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("保存失败"), self.tr("无法写入“{path}”：{error}").format(path=path, error=exc)
            )
            return None
        self.notice_label.setText(self.tr("已保存到 {path}").format(path=path))
        return path

    def save_pdf(self) -> Path | None:
        if self.document is None:
            return None
        path = self._ask_path(self.tr("保存为 PDF"), ".pdf", "PDF (*.pdf)")
        if path is None:
            return None
        try:
            write_pdf(self.document, path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("保存失败"), self.tr("无法写入“{path}”：{error}").format(path=path, error=exc)
            )
            return None
        notice = font_notice()
        self.notice_label.setText(
            self.tr("已保存到 {path}").format(path=path) + (f"\n{notice}" if notice else "")
        )
        return path

    def _render(self, printer: QPrinter) -> None:
        if self.document is not None:
            render(self.document, printer)

    def print_preview(self) -> QPrintPreviewDialog | None:
        if self.document is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewDialog(printer, self)
        mark_document_text(self.preview)  # its title quotes the document's
        self.preview.setWindowTitle(self.tr("打印预览：{title}").format(title=self.document.title))
        self.preview.paintRequested.connect(self._render)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()
        notice = font_notice()
        if notice:
            self.notice_label.setText(notice)
        return self.preview

    def _preview_closed(self, _result: int) -> None:
        self.preview = None

    def print_document(self) -> None:
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            render(self.document, printer)

    def write_handover_pack(self) -> Path | None:
        from unionclerk.transfer.handover import (  # the books' writers load when first used
            HandoverCancelled,
            HandoverError,
            default_folder_name,
            write_handover,
        )

        """Ask where, write the pack with a progress dialog; cancel leaves no folder behind."""
        year = self.year_spin.value()
        parent = QFileDialog.getExistingDirectory(
            self, self.tr("选择存放{year}年度移交包的位置").format(year=year), str(self.store.path.parent)
        )
        if not parent:
            return None
        folder = Path(parent) / default_folder_name(self.store, year)
        progress = QProgressDialog(self.tr("正在写出移交包…"), self.tr("取消"), 0, 1, self)
        progress.setWindowTitle(self.tr("年终移交包"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def report(done: int, total: int, title: str) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            if title:
                progress.setLabelText(self.tr("正在写出：{title}").format(title=title))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            files = write_handover(self.store, year, folder, pdf_writer=write_pdf, progress=report)
        except HandoverCancelled:
            self.notice_label.setText(self.tr("已取消，移交包没有写出。"))
            return None
        except (HandoverError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("移交包没有写出"), said(exc))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        QMessageBox.information(
            self,
            self.tr("移交包已写出"),
            self.tr("已写出 {n} 个文件到：\n{folder}").format(n=len(files), folder=folder),
        )
        return folder

    # -- the other books' Excel exports --------------------------------------------------------

    def export_members(self) -> QDialog:
        from unionclerk.ui.dialogs.import_dialog import ExportDialog

        roster = MemberQuery(statuses=("在会", "保留会籍"))
        dialog = ExportDialog(self.store, roster, MemberStore(self.store).count(roster), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export_activities(self) -> Path | None:
        from unionclerk.ui.dialogs.import_dialog import export_year
        from unionclerk.ui.dialogs.transfer_books import ACTIVITIES_BOOK

        return export_year(self, self.store, ACTIVITIES_BOOK, self.year_spin.value())

    def export_visits(self) -> Path | None:
        from unionclerk.ui.dialogs.import_dialog import export_year
        from unionclerk.ui.dialogs.visits_transfer import VISITS_BOOK

        return export_year(self, self.store, VISITS_BOOK, self.year_spin.value())

    def export_ledger(self) -> Path | None:
        """The year's cash book; the dues book, 公示 and 收入支出表 are in the 经费 tab and the handover pack."""
        from unionclerk.ui.dialogs.import_dialog import export_year
        from unionclerk.ui.dialogs.transfer_books import LEDGER_BOOK

        return export_year(self, self.store, LEDGER_BOOK, self.year_spin.value())

    def export_plan(self) -> Path | None:
        from unionclerk.ui.dialogs.import_dialog import export_year
        from unionclerk.ui.dialogs.transfer_books import plan_book

        return export_year(self, self.store, plan_book(self.year_spin.value()), self.year_spin.value())
