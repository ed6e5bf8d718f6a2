"""The 活动 tab: activities with filters (year, month, category, level, search), totals of what is shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.activities import LEVELS, format_hours
from unionclerk.core.ledger import SOURCE_ACTIVITY
from unionclerk.core.money import format_yuan
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.transfer.problems import ImportReport
from unionclerk.ui.dialogs.import_dialog import ImportDialog, download_template, export_year, open_import
from unionclerk.ui.messages import said
from unionclerk.ui.models.activities_model import ActivitiesModel
from unionclerk.ui.values import shown
from unionclerk.ui.widgets import (
    confirm,
    focus_search,
    keep_fitted,
    open_window_modal,
    record_table,
    select_row,
    selected_id,
)

if TYPE_CHECKING:
    from unionclerk.ui.dialogs.transfer_books import TransferBook


def _activities_book() -> TransferBook:
    from unionclerk.ui.dialogs.transfer_books import ACTIVITIES_BOOK  # openpyxl: loaded on first use

    return ACTIVITIES_BOOK


class ActivitiesTab(QWidget):
    """What the union did. Emits activitiesChanged after every write."""

    activitiesChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.activities = ActivityStore(store)
        self.members = MemberStore(store)
        self.plans = PlanStore(store)
        self.dialog: QDialog | None = None
        self.transfer_dialog: ImportDialog | None = None  # the import dialog last opened from this tab

        self.year_combo = QComboBox()
        self.month_combo = QComboBox()
        self.month_combo.addItem(self.tr("全年"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("{m}月").format(m=month), month)
        self.category_combo = QComboBox()
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("全部层级"), "")
        for level in LEVELS:
            self.level_combo.addItem(shown(level), level)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("搜索：活动名称、地点、组织者、参与会员（姓名、拼音或首字母，如 zy）")
        )
        self._fill_years(dt.date.today().year)
        self._fill_categories()

        self.model = ActivitiesModel(self.activities, self)
        self.view = record_table(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        keep_fitted(self.view, ActivitiesModel.TITLE)  # a two-day event "2026-10-29～2026-10-30" fits
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(ActivitiesModel.DATE, Qt.SortOrder.DescendingOrder)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("年份")))
        filters.addWidget(self.year_combo)
        filters.addWidget(self.month_combo)
        filters.addWidget(QLabel(self.tr("类别")))
        filters.addWidget(self.category_combo)
        filters.addWidget(self.level_combo)
        filters.addWidget(self.search_edit, 2)

        self.toolbar = self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_label)

        for combo in (self.year_combo, self.month_combo, self.category_combo, self.level_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.view.doubleClicked.connect(self._edit_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._apply_filters()

    # -- construction -------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("活动"))
        self.add_action = QAction(self.tr("新增"), self)
        self.add_action.setToolTip(self.tr("登记一项活动"))
        self.add_action.triggered.connect(self.add_activity)
        self.edit_action = QAction(self.tr("编辑"), self)
        self.edit_action.setToolTip(self.tr("编辑选中的活动（也可双击该行）"))
        self.edit_action.triggered.connect(self.edit_activity)
        self.delete_action = QAction(self.tr("删除"), self)
        self.delete_action.triggered.connect(self.delete_activity)
        self.categories_action = QAction(self.tr("活动类别…"), self)
        self.categories_action.setToolTip(self.tr("增加、改名或删除活动类别"))
        self.categories_action.triggered.connect(self.edit_categories)
        for action in (self.add_action, self.edit_action, self.delete_action, self.categories_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.import_action = toolbar.addAction(self.tr("导入…"), self.import_file)
        self.import_action.setToolTip(self.tr("从 Excel/WPS 活动台账（.xlsx/.xls/.csv）导入活动"))
        self.export_action = toolbar.addAction(self.tr("导出…"), self.export_file)
        self.export_action.setToolTip(self.tr("导出所选年份的可打印活动台账（Excel）"))
        self.template_action = toolbar.addAction(
            self.tr("下载模板"), lambda: download_template(self, _activities_book())
        )
        self.template_action.setToolTip(self.tr("空白活动台账模板：列名、示例行和填写说明"))
        return toolbar

    def _fill_years(self, keep: int | None) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("全部年份"), None)
        years = sorted({*self.activities.years(), dt.date.today().year}, reverse=True)
        for year in years:
            self.year_combo.addItem(str(year), year)
        position = self.year_combo.findData(keep) if keep is not None else 0
        self.year_combo.setCurrentIndex(max(position, 0))
        self.year_combo.blockSignals(False)

    def _fill_categories(self) -> None:
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("全部类别"), "")
        for name in self.activities.categories():
            self.category_combo.addItem(shown(name), name)
        position = self.category_combo.findData(current) if current else 0
        self.category_combo.setCurrentIndex(max(position, 0))
        self.category_combo.blockSignals(False)

    # -- filtering ----------------------------------------------------

    def current_query(self) -> ActivityQuery:
        return ActivityQuery(
            year=self.year_combo.currentData(),
            month=self.month_combo.currentData() or None,
            category=self.category_combo.currentData() or "",
            level=self.level_combo.currentData() or "",
            text=self.search_edit.text(),
        )

    def _apply_filters(self) -> None:
        self.model.set_query(self.current_query())
        self._update_totals()

    def _update_totals(self) -> None:
        totals = self.activities.totals(self.model.query)
        self.totals_label.setText(
            self.tr("显示 {events} 项活动，参与 {people} 人次，培训 {hours} 学时，费用 {cost} 元").format(
                events=totals.events,
                people=totals.person_times,
                hours=format_hours(totals.training_tenths),
                cost=format_yuan(totals.cost_fen),
            )
        )

    def reload(self) -> None:
        """Re-read (after a write here, or when the tab is shown again), keeping filters and selection."""
        selected = self.selected_activity_id()
        self._fill_years(self.year_combo.currentData())
        self._fill_categories()
        self._apply_filters()
        if selected is not None:
            self.select_activity(selected)

    def showEvent(self, event: QShowEvent) -> None:
        # Members or plan items may have changed in other tabs.
        super().showEvent(event)
        if self.dialog is None:
            self.reload()

    # -- selection ----------------------------------------------------

    def selected_activity_id(self) -> int | None:
        return selected_id(self.view, ActivitiesModel.IdRole)

    def select_activity(self, activity_id: int) -> bool:
        return select_row(self.view, self.model.row_of(activity_id))

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_activity_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # -- actions ------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        return open_window_modal(dialog, self._dialog_finished)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        from unionclerk.ui.dialogs.activity_dialog import CategoriesDialog  # loaded: a form was open

        if isinstance(dialog, CategoriesDialog):
            self.reload()
            return
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            activity_id = getattr(dialog, "activity_id", None)
            self.reload()
            if activity_id is not None:
                self.select_activity(activity_id)
            self.activitiesChanged.emit()

    def export_year(self) -> int:
        """The year an export writes: the year chosen in the filter, this year when all years are shown."""
        year = self.year_combo.currentData()
        return int(year) if year is not None else dt.date.today().year

    def import_file(self) -> ImportDialog:
        self.transfer_dialog = open_import(self, self.store, _activities_book(), self._imported)
        return self.transfer_dialog

    def _imported(self, _report: ImportReport) -> None:
        self.reload()
        self.activitiesChanged.emit()

    def export_file(self) -> None:
        export_year(self, self.store, _activities_book(), self.export_year())

    def add_activity(self) -> QDialog:
        from unionclerk.ui.dialogs.activity_dialog import ActivityDialog  # forms load when first opened

        return self._open(ActivityDialog(self.activities, self.members, self.plans, parent=self))

    def edit_activity(self) -> QDialog | None:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            return None
        activity = self.activities.get(activity_id)
        from unionclerk.ui.dialogs.activity_dialog import ActivityDialog

        return self._open(ActivityDialog(self.activities, self.members, self.plans, activity, parent=self))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_activity()

    # -- keyboard hooks (widgets.RECORD_HOOKS) ------------------------

    def new_record(self) -> QDialog:
        return self.add_activity()

    def edit_selected(self) -> QDialog | None:
        return self.edit_activity()

    def delete_selected(self) -> None:
        self.delete_activity()

    def export(self) -> None:
        self.export_file()

    def focus_search(self) -> None:
        focus_search(self.search_edit)

    def edit_categories(self) -> QDialog:
        from unionclerk.ui.dialogs.activity_dialog import CategoriesDialog

        return self._open(CategoriesDialog(self.activities, parent=self))

    def delete_activity(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            return
        activity = self.activities.get(activity_id)
        if not confirm(
            self,
            self.tr("删除活动"),
            self.tr("确定删除“{title}”（{date}）吗？参与名单和获奖情况一并删除，无法恢复。").format(
                title=activity.title, date=activity.date
            ),
        ):
            return
        from unionclerk.ui.dialogs.ledger_dialogs import settle_linked_entry

        if not settle_linked_entry(self, self.store, SOURCE_ACTIVITY, activity_id):
            return  # the clerk cancelled at the question about its cash book entry
        try:
            self.activities.delete(activity_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("删除失败"), said(exc))
            return
        self.reload()
        self.activitiesChanged.emit()
