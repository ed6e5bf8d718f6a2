"""The 会员 tab: the roster with search-as-you-type, filters, counts, add/edit/status/delete and history."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.members import JOIN_DATE_UNKNOWN, MEMBER_STATUSES, STATUSES
from unionclerk.store.db import Store
from unionclerk.store.errors import RecordInUse, StoreError
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.ui.messages import said
from unionclerk.ui.models.members_model import MembersModel
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


class MembersTab(QWidget):
    """The roster. Emits membersChanged after every write so other tabs can refresh."""

    membersChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.members = MemberStore(store)
        # The dialog currently open from this tab (window-modal, so the main loop keeps running).
        self.dialog: QDialog | None = None
        self.transfer_dialog: QDialog | None = None  # the import or export dialog last opened
        self._counts: dict[str, int] = {"members": 0, "women": 0, "hardship": 0}

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("搜索：姓名、拼音或首字母（如 zy）、电话、身份证号后几位、部门")
        )
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), ())
        self.status_combo.addItem(self.tr("会员（在会+保留会籍）"), MEMBER_STATUSES)
        for status in STATUSES:
            self.status_combo.addItem(shown(status), (status,))
        self.department_combo = QComboBox()
        self.department_combo.setMinimumContentsLength(8)
        self._fill_departments()

        self.model = MembersModel(self.members, self)
        self.view = record_table(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()  # row numbers mean nothing in a filtered, sorted roster
        self.view.horizontalHeader().setSortIndicator(MembersModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        # Widths from the headers and the loaded page; the department takes what is left.
        keep_fitted(self.view, MembersModel.DEPARTMENT)

        self.history_label = QLabel(self.tr("会籍变动记录"))
        self.history_table = QTableWidget(0, 3)
        self.history_table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("状态"), self.tr("原因")])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setStretchLastSection(True)
        history_panel = QWidget()
        history_layout = QVBoxLayout(history_panel)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history_table)

        # The history under the roster: the roster's twelve columns get the window's whole width.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(history_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 140])

        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts_label")

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.status_combo)
        filters.addWidget(QLabel(self.tr("部门")))
        filters.addWidget(self.department_combo)

        self.toolbar = self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts_label)

        self.search_edit.textChanged.connect(self._apply_filters)
        self.status_combo.currentIndexChanged.connect(self._apply_filters)
        self.department_combo.currentIndexChanged.connect(self._apply_filters)
        self.view.doubleClicked.connect(self._edit_index)
        # Selection, not current index: a mouse press moves the current index before it selects.
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self._update_counts()
        self._selection_changed()

    # -- construction -------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        """Roster actions. Other features append their own actions here (import/export, activities)."""
        toolbar = QToolBar(self.tr("会员"))
        self.add_action = QAction(self.tr("新增"), self)
        self.add_action.setToolTip(self.tr("新增会员"))
        self.add_action.triggered.connect(self.add_member)
        self.edit_action = QAction(self.tr("编辑"), self)
        self.edit_action.setToolTip(self.tr("编辑选中的会员（也可双击该行）"))
        self.edit_action.triggered.connect(self.edit_member)
        self.status_action = QAction(self.tr("变更会籍状态"), self)
        self.status_action.setToolTip(self.tr("退休、转出、退会等：按日期记入变动记录"))
        self.status_action.triggered.connect(self.change_status)
        self.delete_action = QAction(self.tr("删除"), self)
        self.delete_action.setToolTip(self.tr("只用于删除误录的会员；已离开的会员请变更会籍状态"))
        self.delete_action.triggered.connect(self.delete_member)
        for action in (self.add_action, self.edit_action, self.status_action, self.delete_action):
            toolbar.addAction(action)
        self.activities_action = QAction(self.tr("参加的活动"), self)
        self.activities_action.setToolTip(self.tr("选中会员参加过的活动和获奖情况"))
        self.activities_action.triggered.connect(self._open_member_activities)
        toolbar.addAction(self.activities_action)
        self.visits_action = QAction(self.tr("慰问记录"), self)
        self.visits_action.setToolTip(self.tr("选中会员受到的每一次慰问，及各年度合计对照慰问标准"))
        self.visits_action.triggered.connect(self._open_member_visits)
        toolbar.addAction(self.visits_action)
        # 导入…/导出…/下载模板: their dialogs (ui/dialogs/import_dialog.py, openpyxl) load when first used.
        toolbar.addSeparator()
        self.import_action = toolbar.addAction(self.tr("导入…"), self._open_import)
        self.import_action.setToolTip(self.tr("从 Excel/WPS 花名册（.xlsx/.xls/.csv）导入会员"))
        self.export_action = toolbar.addAction(self.tr("导出…"), self._open_export)
        self.export_action.setToolTip(self.tr("导出可打印的会员花名册（Excel）"))
        self.template_action = toolbar.addAction(self.tr("下载模板"), self._download_template)
        self.template_action.setToolTip(self.tr("空白花名册模板：列名、示例行和填写说明"))
        return toolbar

    def _fill_departments(self) -> None:
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), "")
        for department in self.members.departments():
            self.department_combo.addItem(department, department)
        position = self.department_combo.findData(current) if current else 0
        self.department_combo.setCurrentIndex(max(position, 0))
        self.department_combo.blockSignals(False)

    # -- filtering and refreshing ------------------------------------

    def current_query(self) -> MemberQuery:
        """What the filters ask for, in the current sort order."""
        previous = self.model.query
        return MemberQuery(
            text=self.search_edit.text(),
            statuses=tuple(self.status_combo.currentData() or ()),
            department=self.department_combo.currentData() or "",
            sort=previous.sort,
            descending=previous.descending,
        )

    def _apply_filters(self) -> None:
        # The roster counts do not depend on the filter: only the shown number changes per keystroke.
        self.model.set_query(self.current_query())
        self._show_counts()

    def reload(self) -> None:
        """Re-read the roster (after a write here or elsewhere), keeping filters, sort and selection."""
        selected = self.selected_member_id()
        self._fill_departments()
        self.model.set_query(self.current_query())
        self._update_counts()
        if selected is not None:
            self.select_member(selected)

    def _update_counts(self) -> None:
        """Re-count the roster (after a write) and show it."""
        self._counts = self.members.counts()
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        self.counts_label.setText(
            self.tr(
                "在职会员 {members} 人，保留会籍 {retirees} 人，女 {women} 人，困难职工 {hardship} 人；"
                "列表显示 {shown} 人"
            ).format(
                members=counts["members"],
                retirees=counts["retirees"],
                women=counts["women"],
                hardship=counts["hardship"],
                shown=self.model.total,
            )
        )

    # -- selection ----------------------------------------------------

    def selected_member_id(self) -> int | None:
        return selected_id(self.view, MembersModel.IdRole)

    def select_member(self, member_id: int) -> bool:
        """Select a member's row if the current filter shows them; loads pages until found."""
        row = self.model.row_of(member_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(member_id)
        return select_row(self.view, row)

    def _selection_changed(self, *_args: object) -> None:
        member_id = self.selected_member_id()
        for action in (self.edit_action, self.status_action, self.delete_action):
            action.setEnabled(member_id is not None)
        self._show_history(member_id)

    def _show_history(self, member_id: int | None) -> None:
        self.history_table.setRowCount(0)
        if member_id is None:
            self.history_label.setText(self.tr("会籍变动记录"))
            return
        member = self.members.get(member_id)
        self.history_label.setText(self.tr("会籍变动记录：{name}").format(name=member.name))
        history = self.members.history(member_id)
        self.history_table.setRowCount(len(history))
        for row, change in enumerate(history):
            unknown = change.date is None or change.date == JOIN_DATE_UNKNOWN
            shown_date = self.tr("日期不详") if unknown else str(change.date)
            for column, text in enumerate((shown_date, shown(change.status), shown(change.reason))):
                self.history_table.setItem(row, column, QTableWidgetItem(text))

    # -- actions ------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        return open_window_modal(dialog, self._dialog_finished)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            self._after_write(getattr(dialog, "member_id", None))

    def _after_write(self, member_id: int | None) -> None:
        self.reload()
        if member_id is not None:
            self.select_member(member_id)
        self.membersChanged.emit()

    # The forms are imported when first opened, not at start-up.

    def _open_import(self) -> QDialog:
        from unionclerk.ui.dialogs.import_dialog import open_members_import

        return open_members_import(self)

    def _open_export(self) -> QDialog:
        from unionclerk.ui.dialogs.import_dialog import open_members_export

        return open_members_export(self)

    def _download_template(self) -> None:
        from unionclerk.ui.dialogs.import_dialog import download_template

        download_template(self)

    def _open_member_visits(self) -> None:
        from unionclerk.ui.dialogs.member_visits_dialog import open_member_visits  # loaded when first used

        open_member_visits(self)

    def _open_member_activities(self) -> None:
        from unionclerk.ui.dialogs.member_activities_dialog import open_member_activities

        open_member_activities(self)

    def add_member(self) -> QDialog:
        from unionclerk.ui.dialogs.member_dialog import MemberDialog

        return self._open(MemberDialog(self.members, parent=self))

    def edit_member(self) -> QDialog | None:
        member_id = self.selected_member_id()
        if member_id is None:
            return None
        from unionclerk.ui.dialogs.member_dialog import MemberDialog

        return self._open(MemberDialog(self.members, self.members.get(member_id), parent=self))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_member()

    # -- keyboard hooks (widgets.RECORD_HOOKS) ------------------------

    def new_record(self) -> QDialog:
        return self.add_member()

    def edit_selected(self) -> QDialog | None:
        return self.edit_member()

    def delete_selected(self) -> None:
        self.delete_member()

    def export(self) -> None:
        self.export_action.trigger()

    def focus_search(self) -> None:
        focus_search(self.search_edit)

    def change_status(self) -> QDialog | None:
        member_id = self.selected_member_id()
        if member_id is None:
            return None
        from unionclerk.ui.dialogs.status_dialog import StatusDialog

        return self._open(StatusDialog(self.members, member_id, parent=self))

    def delete_member(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        member = self.members.get(member_id)
        question = self.tr(
            "确定删除{name}吗？删除后无法恢复。\n已离开工会的会员请改用“变更会籍状态”。"
        ).format(name=member.name)
        # A member other books refer to cannot be deleted: no point asking, the refusal below says why.
        if not self.members.references(member_id) and not confirm(self, self.tr("删除会员"), question):
            return
        try:
            self.members.delete(member_id)
        except RecordInUse as exc:
            QMessageBox.warning(self, self.tr("不能删除"), said(exc))
            return
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("删除失败"), said(exc))
            return
        self._after_write(None)
