"""The 慰问 tab: visits with filters (year, month, kind, department, source, search), totals of what is shown,
festival distributions as batches, the benefit rules, and a panel of life events to act on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.members import ACTIVE
from unionclerk.core.money import format_yuan
from unionclerk.core.visits import SOURCES
from unionclerk.reports.life_events import BIRTHDAY, HOSPITAL_FOLLOW_UP, RETIREMENT, LifeEvent, life_events
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.settings import load_settings
from unionclerk.store.visits import VisitQuery, VisitRow, VisitStore
from unionclerk.transfer.problems import ImportReport
from unionclerk.ui.dialogs.import_dialog import ImportDialog, download_template, export_year, open_import
from unionclerk.ui.messages import said
from unionclerk.ui.models.visits_model import VisitsModel
from unionclerk.ui.values import kind_label, recipient_label, shown
from unionclerk.ui.widgets import confirm, open_window_modal, record_table, select_row, selected_id

if TYPE_CHECKING:
    from unionclerk.ui.dialogs.transfer_books import TransferBook

# The forms and the Excel book (openpyxl) load when first used, so the window opens without them.


def _visits_book() -> TransferBook:
    from unionclerk.ui.dialogs.visits_transfer import VISITS_BOOK

    return VISITS_BOOK


class VisitsTab(QWidget):
    """Condolences and benefits. Emits visitsChanged after every write."""

    visitsChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visits = VisitStore(store)
        self.members = MemberStore(store)
        self.dialog: QDialog | None = None
        self.preview: QDialog | None = None
        self.transfer_dialog: ImportDialog | None = None  # the import dialog last opened from this tab

        self.year_combo = QComboBox()
        self.month_combo = QComboBox()
        self.month_combo.addItem(self.tr("全年"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("{m}月").format(m=month), month)
        self.kind_combo = QComboBox()
        self.department_combo = QComboBox()
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("全部来源"), "")
        for source in SOURCES:
            self.source_combo.addItem(shown(source), source)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母、慰问品、备注"))
        self._fill_years(dt.date.today().year)
        self._fill_kinds()
        self._fill_departments()

        self.model = VisitsModel(self.visits, self)
        self.view = record_table(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setColumnWidth(VisitsModel.RECIPIENT, 180)
        self.view.setColumnWidth(VisitsModel.KIND, 120)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(VisitsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")

        self.events_list = QListWidget()
        self.events_list.setToolTip(self.tr("双击一行，为此人登记一次慰问"))
        self.events_list.setWordWrap(True)
        self.events_box = QGroupBox(self.tr("近期提醒"))
        events_layout = QVBoxLayout(self.events_box)
        events_layout.addWidget(self.events_list)
        self.ages_button = QPushButton(self.tr("退休年龄…"))
        self.ages_button.setToolTip(self.tr("提醒到达退休年龄所用的年龄（按性别、人员类别）"))
        self.ages_button.clicked.connect(self.edit_retirement_ages)
        events_layout.addWidget(self.ages_button)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("年份")))
        filters.addWidget(self.year_combo)
        filters.addWidget(self.month_combo)
        filters.addWidget(QLabel(self.tr("类别")))
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.department_combo)
        filters.addWidget(self.source_combo)
        filters.addWidget(self.search_edit, 2)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.totals_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.events_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])

        self.toolbar = self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        for combo in (
            self.year_combo,
            self.month_combo,
            self.kind_combo,
            self.department_combo,
            self.source_combo,
        ):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.view.doubleClicked.connect(self._edit_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.events_list.itemActivated.connect(self._event_activated)
        self._apply_filters()
        self.refresh_events()

    # -- construction -------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("慰问"))
        self.add_action = QAction(self.tr("新增"), self)
        self.add_action.setToolTip(self.tr("登记一次慰问"))
        self.add_action.triggered.connect(self.add_visit)
        self.edit_action = QAction(self.tr("编辑"), self)
        self.edit_action.setToolTip(self.tr("编辑选中的记录（也可双击该行）"))
        self.edit_action.triggered.connect(self.edit_visit)
        self.delete_action = QAction(self.tr("删除"), self)
        self.delete_action.triggered.connect(self.delete_visit)
        self.kinds_action = QAction(self.tr("慰问类别…"), self)
        self.kinds_action.triggered.connect(self.edit_kinds)
        self.person_action = QAction(self.tr("此人的慰问记录"), self)
        self.person_action.setToolTip(self.tr("选中记录所涉会员的全部慰问记录，及各年度合计对照慰问标准"))
        self.person_action.triggered.connect(self.show_member_visits)
        for action in (
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.person_action,
            self.kinds_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.batch_action = QAction(self.tr("节日发放…"), self)
        self.batch_action.setToolTip(
            self.tr("节日慰问品发给全体会员（或一个部门）：每人一条记录，作为一个批次")
        )
        self.batch_action.triggered.connect(self.new_batch)
        self.batch_edit_action = QAction(self.tr("修改批次"), self)
        self.batch_edit_action.setToolTip(self.tr("修改选中记录所在发放批次的物品和价值（整批一起改）"))
        self.batch_edit_action.triggered.connect(self.edit_batch)
        self.batch_undo_action = QAction(self.tr("撤销批次"), self)
        self.batch_undo_action.setToolTip(self.tr("删除选中记录所在的整个发放批次"))
        self.batch_undo_action.triggered.connect(self.undo_batch)
        for action in (self.batch_action, self.batch_edit_action, self.batch_undo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.rules_action = QAction(self.tr("慰问标准…"), self)
        self.rules_action.setToolTip(self.tr("选择或修改本省的慰问标准（上限、次数、依据文件）"))
        self.rules_action.triggered.connect(self.edit_rules)
        self.compliance_action = QAction(self.tr("合规检查"), self)
        self.compliance_action.setToolTip(self.tr("列出所选年份所有超出慰问标准的记录及理由"))
        self.compliance_action.triggered.connect(self.show_compliance)
        toolbar.addAction(self.rules_action)
        toolbar.addAction(self.compliance_action)
        toolbar.addSeparator()
        self.signoff_action = toolbar.addAction(self.tr("签收表…"), self.export_signoff)
        self.signoff_action.setToolTip(self.tr("选中记录所在发放批次的签收表（Excel，A4 可打印）"))
        self.print_signoff_action = toolbar.addAction(self.tr("打印签收表…"), self.print_signoff)
        self.print_signoff_action.setToolTip(self.tr("预览并打印选中记录所在发放批次的签收表（A4）"))
        self.import_action = toolbar.addAction(self.tr("导入…"), self.import_file)
        self.import_action.setToolTip(self.tr("从 Excel/WPS 慰问台账（.xlsx/.xls/.csv）导入慰问记录"))
        self.export_action = toolbar.addAction(self.tr("导出…"), self.export_file)
        self.export_action.setToolTip(self.tr("导出所选年份的可打印慰问台账（Excel）"))
        self.template_action = toolbar.addAction(
            self.tr("下载模板"), lambda: download_template(self, _visits_book())
        )
        self.template_action.setToolTip(self.tr("空白慰问台账模板：列名、示例行和填写说明"))
        return toolbar

    def _fill_years(self, keep: int | None) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("全部年份"), None)
        for year in sorted({*self.visits.years(), dt.date.today().year}, reverse=True):
            self.year_combo.addItem(str(year), year)
        position = self.year_combo.findData(keep) if keep is not None else 0
        self.year_combo.setCurrentIndex(max(position, 0))
        self.year_combo.blockSignals(False)

    def _fill_kinds(self) -> None:
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("全部类别"), "")
        for name in self.visits.kinds():
            self.kind_combo.addItem(shown(name), name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(current) if current else 0, 0))
        self.kind_combo.blockSignals(False)

    def _fill_departments(self) -> None:
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), "")
        for name in self.members.departments():
            self.department_combo.addItem(name, name)
        self.department_combo.setCurrentIndex(
            max(self.department_combo.findData(current) if current else 0, 0)
        )
        self.department_combo.blockSignals(False)

    # -- filtering ----------------------------------------------------

    def current_query(self) -> VisitQuery:
        return VisitQuery(
            year=self.year_combo.currentData(),
            month=self.month_combo.currentData() or None,
            kind=self.kind_combo.currentData() or "",
            department=self.department_combo.currentData() or "",
            source=self.source_combo.currentData() or "",
            text=self.search_edit.text(),
        )

    def _apply_filters(self) -> None:
        self.model.set_query(self.current_query())
        self._update_totals()

    def _update_totals(self) -> None:
        totals = self.visits.totals(self.model.query)
        self.totals_label.setText(
            self.tr(
                "显示 {n} 人次（{people} 人），慰问金 {cash} 元，慰问品价值 {goods} 元，合计 {total} 元"
            ).format(
                n=totals.person_times,
                people=totals.people,
                cash=format_yuan(totals.cash_fen),
                goods=format_yuan(totals.goods_fen),
                total=format_yuan(totals.total_fen),
            )
        )

    def reload(self) -> None:
        """Re-read (after a write here, or when the tab is shown again), keeping filters and selection."""
        selected = self.selected_visit_id()
        self._fill_years(self.year_combo.currentData())
        self._fill_kinds()
        self._fill_departments()
        self._apply_filters()
        self.refresh_events()
        if selected is not None:
            self.select_visit(selected)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.dialog is None:
            self.reload()

    # -- life events --------------------------------------------------

    def refresh_events(self) -> None:
        self.events_list.clear()
        events = life_events(self.store, load_settings(self.store))
        for event in events:
            item = QListWidgetItem(self._event_line(event))
            item.setData(Qt.ItemDataRole.UserRole, event)
            self.events_list.addItem(item)
        if not events:
            self.events_list.addItem(QListWidgetItem(self.tr("暂无需要提醒的事项")))
        self.events_box.setTitle(self.tr("近期提醒（{n}）").format(n=len(events)))

    def _event_line(self, event: LifeEvent) -> str:
        who = self.tr("{name}（{dept}）").format(
            name=event.name, dept=event.department or self.tr("未填部门")
        )
        if event.event == BIRTHDAY:
            return self.tr("【生日】{who} {date} {n}岁生日").format(who=who, date=event.date, n=event.number)
        if event.event == RETIREMENT:
            return self.tr("【退休】{who} {date} 满{n}岁，到达退休年龄").format(
                who=who, date=event.date, n=event.number
            )
        if event.event == HOSPITAL_FOLLOW_UP:
            return self.tr("【住院回访】{who} {date} 住院慰问后已过 {n} 天，尚未回访").format(
                who=who, date=event.date, n=event.number
            )
        return self.tr("【困难职工】{who} {n}年尚未走访慰问").format(who=who, n=event.number)

    def _event_activated(self, item: QListWidgetItem) -> None:
        event = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(event, LifeEvent):
            self.add_visit(member_id=event.member_id, kind=event.visit_kind)

    # -- selection ----------------------------------------------------

    def selected_visit_id(self) -> int | None:
        return selected_id(self.view, VisitsModel.IdRole)

    def selected_row(self) -> VisitRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], VisitsModel.RecordRole) if rows else None

    def select_visit(self, visit_id: int) -> bool:
        return select_row(self.view, self.model.row_of(visit_id))

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        self.person_action.setEnabled(row is not None)
        in_batch = row is not None and row.batch_id is not None
        self.batch_edit_action.setEnabled(in_batch)
        self.batch_undo_action.setEnabled(in_batch)
        self.signoff_action.setEnabled(in_batch)
        self.print_signoff_action.setEnabled(in_batch)

    # -- actions ------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        return open_window_modal(dialog, self._dialog_finished)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        from unionclerk.ui.dialogs.visit_dialog import VisitKindsDialog  # loaded: a form was open

        if isinstance(dialog, VisitKindsDialog):  # the kinds list changed, not a record
            self.reload()
            return
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            self.reload()
            visit_id = getattr(dialog, "visit_id", None)
            if visit_id is not None:
                self.select_visit(visit_id)
            self.visitsChanged.emit()

    def filter_year(self) -> int:
        year = self.year_combo.currentData()
        return int(year) if year is not None else dt.date.today().year

    def add_visit(self, *, member_id: int | None = None, kind: str = "") -> QDialog:
        from unionclerk.ui.dialogs.visit_dialog import VisitDialog

        return self._open(VisitDialog(self.visits, self.members, member_id=member_id, kind=kind, parent=self))

    def edit_visit(self) -> QDialog | None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return None
        from unionclerk.ui.dialogs.visit_dialog import VisitDialog

        return self._open(VisitDialog(self.visits, self.members, self.visits.get(visit_id), parent=self))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_visit()

    # The keyboard hooks the main window calls on the shown tab (Ctrl+N, Enter, Delete, Ctrl+E, Ctrl+F).

    def new_record(self) -> QDialog:
        return self.add_visit()

    def edit_selected(self) -> QDialog | None:
        return self.edit_visit()

    def delete_selected(self) -> None:
        self.delete_visit()

    def export(self) -> None:
        self.export_file()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_member_visits(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        from unionclerk.ui.dialogs.member_visits_dialog import MemberVisitsDialog

        dialog = MemberVisitsDialog(self.members, self.visits, row.member_id, parent=self)
        return open_window_modal(dialog, lambda _result: None)

    def edit_kinds(self) -> QDialog:
        from unionclerk.ui.dialogs.visit_dialog import VisitKindsDialog

        return self._open(VisitKindsDialog(self.visits, parent=self))

    def delete_visit(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        note = (
            self.tr("（它属于一个节日发放批次，批次中其他人的记录保留）") if row.batch_id is not None else ""
        )
        if not confirm(
            self,
            self.tr("删除慰问记录"),
            self.tr("确定删除 {date} 对{who}的{kind}记录吗？{note}").format(
                date=row.date,
                who=recipient_label(row.member_name, row.person_name, row.relation),
                kind=kind_label(row.kind, row.festival),
                note=note,
            ),
        ):
            return
        if row.batch_id is None:
            from unionclerk.core.ledger import SOURCE_VISIT
            from unionclerk.ui.dialogs.ledger_dialogs import settle_linked_entry

            if not settle_linked_entry(self, self.store, SOURCE_VISIT, row.id):
                return  # the clerk cancelled at the question about its cash book entry
        try:
            self.visits.delete(row.id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("删除失败"), said(exc))
            return
        self.reload()
        self.visitsChanged.emit()

    def _filter_members(self) -> MemberQuery:
        """The roster under this tab's department filter and search: the batch dialog's 当前筛选."""
        return MemberQuery(
            text=self.search_edit.text(),
            statuses=(ACTIVE,),
            department=self.department_combo.currentData() or "",
        )

    def new_batch(self) -> QDialog:
        from unionclerk.ui.dialogs import festival_batch_dialog

        return self._open(
            festival_batch_dialog.FestivalBatchDialog(
                self.visits,
                self.members,
                year=self.filter_year(),
                filter_query=self._filter_members(),
                parent=self,
            )
        )

    def edit_batch(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or row.batch_id is None:
            return None
        from unionclerk.ui.dialogs.festival_batch_dialog import BatchEditDialog

        return self._open(BatchEditDialog(self.visits, self.visits.batch(row.batch_id), parent=self))

    def undo_batch(self) -> int:
        """Delete the selected record's whole batch after asking; the number of records deleted."""
        row = self.selected_row()
        if row is None or row.batch_id is None:
            return 0
        batch = self.visits.batch(row.batch_id)
        if not confirm(
            self,
            self.tr("撤销节日发放"),
            self.tr(
                "撤销 {date} {festival}“{goods}”的发放吗？将删除这一批的 {n} 条慰问记录，无法恢复。"
            ).format(date=batch.date, festival=shown(batch.festival), goods=batch.goods, n=batch.count),
        ):
            return 0
        try:
            count = self.visits.delete_batch(batch.id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("撤销失败"), said(exc))
            return 0
        self.reload()
        self.visitsChanged.emit()
        return count

    def import_file(self) -> ImportDialog:
        self.transfer_dialog = open_import(self, self.store, _visits_book(), self._imported)
        return self.transfer_dialog

    def _imported(self, _report: ImportReport) -> None:
        self.reload()
        self.visitsChanged.emit()

    def export_file(self) -> None:
        export_year(self, self.store, _visits_book(), self.filter_year())

    def export_signoff(self) -> None:
        row = self.selected_row()
        if row is not None and row.batch_id is not None:
            from unionclerk.ui.dialogs.visits_transfer import export_signoff

            export_signoff(self, self.store, self.visits.batch(row.batch_id))

    def print_signoff(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or row.batch_id is None:
            return None
        from unionclerk.ui.dialogs.visits_transfer import print_signoff

        self.preview = print_signoff(self, self.store, self.visits.batch(row.batch_id))
        return self.preview

    def edit_rules(self) -> QDialog:
        from unionclerk.ui.dialogs.benefit_rules_dialog import BenefitRulesDialog

        return self._open(BenefitRulesDialog(self.store, parent=self))

    def edit_retirement_ages(self) -> QDialog:
        from unionclerk.ui.dialogs.retirement_ages_dialog import RetirementAgesDialog

        return self._open(RetirementAgesDialog(self.store, parent=self))

    def show_compliance(self) -> QDialog:
        from unionclerk.ui.dialogs.benefit_rules_dialog import ComplianceDialog

        dialog = ComplianceDialog(self.store, self.filter_year(), parent=self)
        return open_window_modal(dialog, lambda _result: None)
