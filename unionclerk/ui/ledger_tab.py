"""The 经费 tab: the year's cash book (paged, running balance, month/subject filters, totals of what is shown,
closing and reopening) and the dues grid (member × month, collections, arrears, 拨缴经费)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.money import format_yuan
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.errors import StoreError
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.transfer.problems import ImportReport, TransferError
from unionclerk.ui.dialogs.ledger_dialogs import (
    AllocationDialog,
    CloseYearDialog,
    CollectDialog,
    EntryDialog,
    OpeningDialog,
    PostActivitiesDialog,
    ReopenDialog,
    SubItemsDialog,
)
from unionclerk.ui.messages import said
from unionclerk.ui.models.ledger_model import DuesModel, LedgerModel, described_source
from unionclerk.ui.values import subject_label
from unionclerk.ui.widgets import (
    confirm,
    focus_search,
    open_window_modal,
    record_table,
    select_row,
    selected_id,
)


class LedgerTab(QWidget):
    """Dues and the union fund's cash book. Emits ledgerChanged after every write."""

    ledgerChanged = Signal()
    BOOK_PAGE, DUES_PAGE = 0, 1

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ledger = LedgerStore(store)
        self.dues = DuesStore(store)
        self.dialog: QDialog | None = None
        self.transfer_dialog: QDialog | None = None

        self.year_combo = QComboBox()
        self._fill_years(dt.date.today().year)
        self.state_label = QLabel()
        self.state_label.setObjectName("state_label")
        self.toolbar = self._build_toolbar()

        # -- 收支账 --
        self.month_combo = QComboBox()
        self.month_combo.addItem(self.tr("全年"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("{m}月").format(m=month), month)
        self.subject_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索：摘要、付款人/收款人、备注"))
        self._fill_subjects()
        self.model = LedgerModel(self.ledger, self.current_year(), self)
        self.view = record_table(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setColumnWidth(LedgerModel.SUMMARY, 260)
        self.view.setColumnWidth(LedgerModel.SUBJECT, 170)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")
        filters = QHBoxLayout()
        filters.addWidget(self.month_combo)
        filters.addWidget(QLabel(self.tr("科目")))
        filters.addWidget(self.subject_combo)
        filters.addWidget(self.search_edit, 2)
        book_page = QWidget()
        book_layout = QVBoxLayout(book_page)
        book_layout.setContentsMargins(0, 0, 0, 0)
        book_layout.addLayout(filters)
        book_layout.addWidget(self.view, 1)
        book_layout.addWidget(self.totals_label)

        # -- 会费 --
        self.dues_model = DuesModel(self)
        self.dues_view = record_table(self.dues_model)
        self.dues_view.horizontalHeader().setStretchLastSection(False)
        self.dues_view.setColumnWidth(DuesModel.NAME, 80)
        for column in range(DuesModel.FIRST_MONTH, DuesModel.FIRST_MONTH + 12):
            self.dues_view.setColumnWidth(column, 62)
        self.dues_totals_label = QLabel()
        self.dues_totals_label.setObjectName("dues_totals_label")
        self.arrears_label = QLabel()
        self.arrears_label.setObjectName("arrears_label")
        self.arrears_label.setWordWrap(True)
        self.arrears_label.setStyleSheet("color: #c0392b;")
        dues_page = QWidget()
        dues_layout = QVBoxLayout(dues_page)
        dues_layout.setContentsMargins(0, 0, 0, 0)
        dues_layout.addWidget(self.dues_view, 1)
        dues_layout.addWidget(self.dues_totals_label)
        dues_layout.addWidget(self.arrears_label)

        self.pages = QTabWidget()
        self.pages.addTab(book_page, self.tr("收支账"))
        self.pages.addTab(dues_page, self.tr("会费"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.year_combo.currentIndexChanged.connect(self.reload)
        self.pages.currentChanged.connect(lambda page: page == self.DUES_PAGE and self._update_dues())
        for combo in (self.month_combo, self.subject_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.view.doubleClicked.connect(self._edit_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.reload()

    # -- construction -----------------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("经费"))
        self.add_action = toolbar.addAction(self.tr("新增分录"), self.add_entry)
        self.edit_action = toolbar.addAction(self.tr("编辑"), self.edit_entry)
        self.edit_action.setToolTip(self.tr("编辑选中的分录（也可双击该行）"))
        self.delete_action = toolbar.addAction(self.tr("删除"), self.delete_entry)
        toolbar.addSeparator()
        self.collect_action = toolbar.addAction(self.tr("收会费…"), self.collect_dues)
        self.collect_action.setToolTip(self.tr("登记会费收缴：全员已缴，取消勾选未缴的人；可改实收金额"))
        self.allocation_action = toolbar.addAction(self.tr("拨缴经费…"), self.add_allocation)
        self.post_action = toolbar.addAction(self.tr("活动费用记账…"), self.post_activities)
        self.post_visits_action = toolbar.addAction(self.tr("慰问记账…"), self.post_visits)
        self.post_visits_action.setToolTip(
            self.tr("把本年用工会经费支出的慰问（节日发放合为一笔）记入经费收支账")
        )
        self.auto_post_action = toolbar.addAction(self.tr("自动记账"))
        self.auto_post_action.setCheckable(True)
        self.auto_post_action.setChecked(load_settings(self.store).ledger_auto_post)
        self.auto_post_action.setToolTip(
            self.tr("勾选后，活动登记了费用就自动记入经费收支账（单位设置：活动费用自动记账）")
        )
        self.auto_post_action.toggled.connect(self.set_auto_post)
        toolbar.addSeparator()
        self.subjects_action = toolbar.addAction(self.tr("科目子目…"), self.edit_sub_items)
        self.subjects_action.setToolTip(self.tr("会计科目表；可在科目下增加或改名本单位的明细子目"))
        self.opening_action = toolbar.addAction(self.tr("期初余额…"), self.edit_opening)
        self.close_action = toolbar.addAction(self.tr("结账…"), self.close_year)
        self.reopen_action = toolbar.addAction(self.tr("反结账…"), self.reopen_year)
        toolbar.addSeparator()
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("导出"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_ledger_action = menu.addAction(
            self.tr("经费收支明细账（所选月份或全年）…"), lambda: self.export_book("ledger")
        )
        self.export_dues_action = menu.addAction(
            self.tr("会费收缴台账（全年）…"), lambda: self.export_book("dues")
        )
        self.export_publicity_action = menu.addAction(
            self.tr("收支公示表（所选月份）…"), lambda: self.export_book("publicity")
        )
        self.export_statement_action = menu.addAction(
            self.tr("收入支出表（所选月份或全年）…"), lambda: self.export_book("income-statement")
        )
        self.export_button.setMenu(menu)
        toolbar.addWidget(self.export_button)
        self.import_action = toolbar.addAction(self.tr("导入…"), self.import_file)
        self.import_action.setToolTip(self.tr("从 Excel/WPS 经费账（.xlsx/.xls/.csv）导入分录"))
        self.template_action = toolbar.addAction(self.tr("下载模板"), self.download_template)
        return toolbar

    def _fill_years(self, keep: int | None) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        years = sorted({*self.ledger.years(), dt.date.today().year}, reverse=True)
        for year in years:
            self.year_combo.addItem(str(year), year)
        position = self.year_combo.findData(keep) if keep is not None else 0
        self.year_combo.setCurrentIndex(max(position, 0))
        self.year_combo.blockSignals(False)

    def _fill_subjects(self) -> None:
        current = self.subject_combo.currentData()
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        self.subject_combo.addItem(self.tr("全部科目"), "")
        for subject in self.ledger.chart().ordered():
            self.subject_combo.addItem(subject_label(subject.code, subject.name, indent=True), subject.code)
        position = self.subject_combo.findData(current) if current else 0
        self.subject_combo.setCurrentIndex(max(position, 0))
        self.subject_combo.blockSignals(False)

    # -- reading ----------------------------------------------------------------------------------

    def current_year(self) -> int:
        year = self.year_combo.currentData()
        return int(year) if year is not None else dt.date.today().year

    def current_month(self) -> int | None:
        return self.month_combo.currentData() or None

    def current_query(self) -> LedgerQuery:
        return LedgerQuery(
            year=self.current_year(),
            month=self.current_month(),
            subject=self.subject_combo.currentData() or "",
            text=self.search_edit.text(),
        )

    def _apply_filters(self) -> None:
        self.model.set_query(self.current_query())
        self._update_totals()

    def _update_totals(self) -> None:
        count, income, expense = self.ledger.totals(self.model.query)
        self.totals_label.setText(
            self.tr("显示 {n} 笔：收入 {i} 元，支出 {e} 元，收支差额 {d} 元").format(
                n=count, i=format_yuan(income), e=format_yuan(expense), d=format_yuan(income - expense)
            )
        )

    def _update_state(self) -> None:
        state = self.ledger.state(self.current_year())
        text = self.tr("期初 {o} 元　本年收入 {i} 元　本年支出 {e} 元　期末 {c} 元").format(
            o=format_yuan(state.opening_fen),
            i=format_yuan(state.income_fen),
            e=format_yuan(state.expense_fen),
            c=format_yuan(state.closing_fen),
        )
        if state.closed:
            text += self.tr("　【{d} 已结账】").format(d=state.closed_on)
        self.state_label.setText(text)
        for action in (
            self.add_action,
            self.collect_action,
            self.allocation_action,
            self.post_action,
            self.post_visits_action,
        ):
            action.setEnabled(not state.closed)
        self.close_action.setEnabled(not state.closed)
        self.reopen_action.setEnabled(state.closed)
        self._selection_changed()

    def _update_dues(self) -> None:
        year = self.current_year()
        rows = self.dues.grid(year)
        self.dues_model.set_rows(rows, year)
        due = sum(r.due_total for r in rows)
        paid = sum(r.paid_total for r in rows)
        owing = sum(self.dues_model.owing_so_far(r) for r in rows)
        self.dues_totals_label.setText(
            self.tr("{n} 名会员：全年应缴 {d} 元，已缴 {p} 元，到期未缴 {o} 元；本年收缴入账 {c} 元").format(
                n=len(rows),
                d=format_yuan(due),
                p=format_yuan(paid),
                o=format_yuan(owing),
                c=format_yuan(self.dues.collected_between(f"{year}-01-01", f"{year}-12-31")),
            )
        )
        today = dt.date.today()
        through = 12 if year < today.year else today.month if year == today.year else 0
        warned = [a for a in self.dues.arrears(year, through) if a.warning] if through else []
        shown = "、".join(
            f"{a.name}（{a.consecutive}个月，{format_yuan(a.amount_fen)}元）" for a in warned[:8]
        )
        if len(warned) > 8:
            shown += self.tr(" 等 {n} 人").format(n=len(warned))
        self.arrears_label.setText(
            self.tr("连续六个月以上未缴会费（有自动退会风险）：{names}").format(names=shown) if warned else ""
        )

    def reload(self) -> None:
        """Re-read everything (after a write, another tab's change, or another year chosen)."""
        selected = self.selected_entry_id()
        self._fill_years(self.current_year())
        self._fill_subjects()
        self._apply_filters()
        self._update_state()
        if self.pages.currentIndex() == self.DUES_PAGE:
            self._update_dues()  # a large roster's grid is computed only when it is looked at
        if selected is not None:
            self.select_entry(selected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dialog is None:
            self.reload()

    def apply_settings(self, settings: Settings) -> None:
        """单位设置 saved: the 自动记账 toggle shows the setting (saved already, and what it posts is posted by
        the window), so toggling it here saves nothing."""
        blocked = self.auto_post_action.blockSignals(True)
        try:
            self.auto_post_action.setChecked(settings.ledger_auto_post)
        finally:
            self.auto_post_action.blockSignals(blocked)

    def set_auto_post(self, on: bool) -> None:
        """Save the 活动费用自动记账 setting; turning it on posts what is not posted yet."""
        settings = load_settings(self.store)
        settings.ledger_auto_post = on
        try:
            save_settings(self.store, settings)
        except StoreError as exc:
            self.apply_settings(load_settings(self.store))  # the toggle shows what is saved
            QMessageBox.warning(self, self.tr("无法保存设置"), said(exc))
            return
        if not on:
            return
        problems = self.ledger.sync_sources()
        self.reload()
        self.ledgerChanged.emit()
        if problems:
            QMessageBox.warning(self, self.tr("记账分录未同步"), "\n".join(said(p) for p in problems))

    # -- selection --------------------------------------------------------------------------------

    def selected_entry_id(self) -> int | None:
        return selected_id(self.view, LedgerModel.IdRole)

    def select_entry(self, entry_id: int) -> bool:
        return select_row(self.view, self.model.row_of(entry_id))

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_entry_id() is not None
        closed = self.ledger.is_closed(self.current_year())
        self.edit_action.setEnabled(chosen and not closed)
        self.delete_action.setEnabled(chosen and not closed)

    # -- actions ----------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        return open_window_modal(dialog, self._dialog_finished)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if isinstance(dialog, SubItemsDialog):
            self.reload()  # names may have changed whatever the button
            return
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            entry_id = getattr(dialog, "entry_id", None)
            self.reload()
            if entry_id is not None:
                self.select_entry(entry_id)
            self.ledgerChanged.emit()

    def add_entry(self) -> QDialog:
        return self._open(EntryDialog(self.ledger, self.current_year(), parent=self))

    def edit_entry(self) -> QDialog | None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return None
        return self._open(
            EntryDialog(self.ledger, self.current_year(), self.ledger.get(entry_id), parent=self)
        )

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.edit_action.isEnabled():
            self.edit_entry()

    def delete_entry(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        entry = self.ledger.get(entry_id)
        warning = ""
        if entry.source_kind:
            warning = self.tr("\n它由“{source}”生成；删除后来源不再记账。").format(
                source=described_source(self.ledger, entry.source_kind, entry.source_id)
            )
        if not confirm(
            self,
            self.tr("删除分录"),
            self.tr("确定删除 {date} 凭证{voucher}“{summary}”吗？").format(
                date=entry.date, voucher=entry.voucher, summary=entry.summary
            )
            + warning,
        ):
            return
        try:
            if entry.source_kind == "dues" and entry.source_id is not None:
                self.dues.delete_collection(entry.source_id)
            else:
                self.ledger.delete(entry_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("删除失败"), said(exc))
            return
        self.reload()
        self.ledgerChanged.emit()

    # -- keyboard hooks (widgets.RECORD_HOOKS) ---------------------------------------------------

    def new_record(self) -> QDialog | None:
        return self.add_entry() if self.add_action.isEnabled() else None

    def edit_selected(self) -> QDialog | None:
        return self.edit_entry() if self.edit_action.isEnabled() else None

    def delete_selected(self) -> None:
        if self.delete_action.isEnabled():
            self.delete_entry()

    def export(self) -> None:
        self.export_book("ledger")

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(self.BOOK_PAGE)
        focus_search(self.search_edit)

    def edit_sub_items(self) -> QDialog:
        return self._open(SubItemsDialog(self.ledger, parent=self))

    def edit_opening(self) -> QDialog:
        return self._open(OpeningDialog(self.ledger, self.current_year(), parent=self))

    def close_year(self) -> QDialog:
        return self._open(CloseYearDialog(self.ledger, self.current_year(), parent=self))

    def reopen_year(self) -> QDialog:
        return self._open(ReopenDialog(self.ledger, self.current_year(), parent=self))

    def collect_dues(self) -> QDialog:
        today = dt.date.today()
        month = self.current_month() or (today.month if today.year == self.current_year() else 1)
        return self._open(CollectDialog(self.store, self.current_year(), month, parent=self))

    def post_visits(self) -> int:
        """Post the year's union-fund visits after a 是/否; the number of entries written."""
        year = self.current_year()
        count, fen = self.ledger.unposted_visits(year)
        if not count:
            QMessageBox.information(
                self, self.tr("慰问记账"), self.tr("{y}年用工会经费的慰问都已记账。").format(y=year)
            )
            return 0
        if not confirm(
            self,
            self.tr("慰问记账"),
            self.tr(
                "把{y}年 {n} 笔慰问（合计 {t} 元）记入经费收支账吗？每笔与慰问记录关联，不会重复记账。"
            ).format(y=year, n=count, t=format_yuan(fen)),
            default_yes=True,
        ):
            return 0
        posted, problems = self.ledger.post_visits(year)
        self.reload()
        self.ledgerChanged.emit()
        if problems:
            QMessageBox.warning(self, self.tr("慰问记账"), "\n".join(said(p) for p in problems))
        return posted

    def add_allocation(self) -> QDialog:
        return self._open(AllocationDialog(self.store, self.current_year(), parent=self))

    def post_activities(self) -> QDialog:
        return self._open(PostActivitiesDialog(self.store, self.current_year(), parent=self))

    # -- books ------------------------------------------------------------------------------------

    def export_book(self, kind: str) -> Path | None:
        """Write one of the four printed books for the year (and month chosen) to a file the clerk names."""
        from unionclerk.transfer import ledger_books as books

        year, month = self.current_year(), self.current_month()
        if kind == "publicity" and month is None:
            QMessageBox.information(
                self, self.tr("收支公示表"), self.tr("请先在“收支账”中选择要公示的月份。")
            )
            return None
        writers: dict[str, tuple[str, Callable[[Path], object]]] = {
            "ledger": (
                self.tr("{y}年经费收支明细账"),
                lambda p: books.export_ledger(self.store, p, year=year),
            ),
            "dues": (self.tr("{y}年会费收缴台账"), lambda p: books.export_dues(self.store, p, year=year)),
            "publicity": (
                self.tr("{y}年{m}月收支公示表"),
                lambda p: books.export_publicity(self.store, p, year=year, month=month or 1),
            ),
            "income-statement": (
                self.tr("{y}年{m}月收入支出表") if month else self.tr("{y}年收入支出表"),
                lambda p: books.export_income_statement(self.store, p, year=year, month=month),
            ),
        }
        title, write = writers[kind]
        title = title.format(y=year, m=month)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出{t}").format(t=title), title + ".xlsx", "Excel (*.xlsx)"
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            write(path)
        except (TransferError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), said(exc))
            return None
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出{t}到 {p}").format(t=title, p=path))
        return path

    def import_file(self) -> QDialog:
        from unionclerk.ui.dialogs.import_dialog import open_import
        from unionclerk.ui.dialogs.transfer_books import LEDGER_BOOK

        self.transfer_dialog = open_import(self, self.store, LEDGER_BOOK, self._imported)
        return self.transfer_dialog

    def _imported(self, _report: ImportReport) -> None:
        self.reload()
        self.ledgerChanged.emit()

    def download_template(self) -> Path | None:
        from unionclerk.ui.dialogs.import_dialog import download_template
        from unionclerk.ui.dialogs.transfer_books import LEDGER_BOOK

        return download_template(self, LEDGER_BOOK)
