"""The 计划 tab: a year's 指导思想, 工作目标 and numbered items with status, progress, reordering and copying."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.members import FieldErrors
from unionclerk.core.plan import DONE, PLAN_STATUSES, PlanYear
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.plan import PlanStore
from unionclerk.transfer.problems import ImportReport
from unionclerk.ui.dialogs.import_dialog import ImportDialog, download_template, export_year, open_import
from unionclerk.ui.messages import said
from unionclerk.ui.models.plan_model import PlanModel
from unionclerk.ui.values import shown
from unionclerk.ui.widgets import (
    confirm,
    keep_fitted,
    open_window_modal,
    record_table,
    select_row,
    selected_id,
)

if TYPE_CHECKING:
    from unionclerk.ui.dialogs.transfer_books import TransferBook


def _plan_book(year: int) -> TransferBook:
    from unionclerk.ui.dialogs.transfer_books import plan_book  # openpyxl: loaded on first use

    return plan_book(year)


class PlanTab(QWidget):
    """The year plan. Emits planChanged after every write."""

    planChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plans = PlanStore(store)
        self.activities = ActivityStore(store)
        self.dialog: QDialog | None = None
        self.transfer_dialog: ImportDialog | None = None  # the import dialog last opened from this tab

        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2999)
        if QLocale().language() == QLocale.Language.Chinese:  # "2026 年"; English says just 2026
            self.year_spin.setSuffix(" 年")
        self.year_spin.setValue(dt.date.today().year)
        self.guiding_edit = QPlainTextEdit()
        self.guiding_edit.setFixedHeight(70)
        self.goals_edit = QPlainTextEdit()
        self.goals_edit.setFixedHeight(70)
        self.save_texts_button = QPushButton(self.tr("保存指导思想和工作目标"))
        self.texts_state = QLabel()

        self.model = PlanModel(self.plans, self.activities, self)
        self.view = record_table(self.model)
        self.view.verticalHeader().hide()
        keep_fitted(self.view, PlanModel.TITLE)

        self.linked_label = QLabel(self.tr("落实的活动"))
        self.linked_list = QListWidget()
        linked_panel = QWidget()
        linked_layout = QVBoxLayout(linked_panel)
        linked_layout.setContentsMargins(0, 0, 0, 0)
        linked_layout.addWidget(self.linked_label)
        linked_layout.addWidget(self.linked_list)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(linked_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_label")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        texts = QFormLayout()
        texts.addRow(self.tr("指导思想"), self.guiding_edit)
        texts.addRow(self.tr("工作目标"), self.goals_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.texts_state, 1)
        save_row.addWidget(self.save_texts_button)

        self.toolbar = self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(texts)
        layout.addLayout(save_row)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress_label)

        self.year_spin.valueChanged.connect(self._year_changed)
        self.save_texts_button.clicked.connect(self.save_texts)
        self.guiding_edit.textChanged.connect(self._texts_edited)
        self.goals_edit.textChanged.connect(self._texts_edited)
        self.view.doubleClicked.connect(self._edit_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._year_changed()

    # -- construction -------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("计划"))
        self.add_action = QAction(self.tr("新增"), self)
        self.add_action.triggered.connect(self.add_item)
        self.edit_action = QAction(self.tr("编辑"), self)
        self.edit_action.triggered.connect(self.edit_item)
        self.delete_action = QAction(self.tr("删除"), self)
        self.delete_action.triggered.connect(self.delete_item)
        self.up_action = QAction(self.tr("上移"), self)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(self.tr("下移"), self)
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.confirm_action = QAction(self.tr("确认已完成"), self)
        self.confirm_action.setToolTip(self.tr("已有活动落实的项目，确认后标为“已完成”"))
        self.confirm_action.triggered.connect(lambda: self.set_selected_status(DONE))
        self.copy_action = QAction(self.tr("复制上一年计划"), self)
        self.copy_action.setToolTip(
            self.tr("把上一年的指导思想、目标和计划项复制为本年度草稿（状态均为未开始）")
        )
        self.copy_action.triggered.connect(self.copy_last_year)
        for action in (
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.up_action,
            self.down_action,
        ):
            toolbar.addAction(action)
        self.status_menu = QMenu(self.tr("设置状态"), self)
        self.status_actions: dict[str, QAction] = {}
        for status in PLAN_STATUSES:
            action = self.status_menu.addAction(shown(status))
            action.triggered.connect(lambda _checked=False, s=status: self.set_selected_status(s))
            self.status_actions[status] = action
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("设置状态"))
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.status_button)
        toolbar.addAction(self.confirm_action)
        toolbar.addSeparator()
        toolbar.addAction(self.copy_action)
        toolbar.addSeparator()
        self.import_action = toolbar.addAction(self.tr("导入…"), self.import_file)
        self.import_action.setToolTip(
            self.tr("从 Excel/WPS 导入计划项目；文件没有“年度”列时，导入到当前显示的年度")
        )
        self.export_action = toolbar.addAction(self.tr("导出…"), self.export_file)
        self.export_action.setToolTip(self.tr("导出当前年度的可打印工作计划（Excel）"))
        self.template_action = toolbar.addAction(
            self.tr("下载模板"), lambda: download_template(self, _plan_book(self.year))
        )
        self.template_action.setToolTip(self.tr("空白年度计划模板：列名、示例行和填写说明"))
        return toolbar

    # -- the year -----------------------------------------------------

    @property
    def year(self) -> int:
        return self.year_spin.value()

    def _year_changed(self, *_args: object) -> None:
        texts = self.plans.get_year(self.year)
        for edit, text in ((self.guiding_edit, texts.guiding), (self.goals_edit, texts.goals)):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        self.texts_state.setText(
            self.tr("（由{source}年计划复制的草稿）").format(source=texts.copied_from)
            if texts.copied_from
            else ""
        )
        self.model.set_year(self.year)
        self._update_progress()

    def _texts_edited(self) -> None:
        self.texts_state.setText(self.tr("指导思想或工作目标已修改，尚未保存"))

    def save_texts(self) -> None:
        current = self.plans.get_year(self.year)
        try:
            self.plans.save_year(
                PlanYear(
                    self.year,
                    guiding=self.guiding_edit.toPlainText(),
                    goals=self.goals_edit.toPlainText(),
                    copied_from=current.copied_from,
                )
            )
        except (FieldErrors, StoreError) as exc:
            QMessageBox.warning(self, self.tr("保存失败"), said(exc))
            return
        self.texts_state.setText(self.tr("已保存"))
        self.planChanged.emit()

    def reload(self) -> None:
        selected = self.selected_item_id()
        self.model.reload()
        self._update_progress()
        if selected is not None:
            self.select_item(selected)

    def showEvent(self, event: QShowEvent) -> None:
        # Activities linked in the other tab change the proposals shown here.
        super().showEvent(event)
        if self.dialog is None:
            self.reload()

    def _update_progress(self) -> None:
        progress = self.plans.progress(self.year)
        text = self.tr("{year}年计划：完成 {done}/{total} 项").format(
            year=self.year, done=progress.done, total=progress.total
        )
        if progress.cancelled:
            text += self.tr("，取消 {n} 项").format(n=progress.cancelled)
        proposed = self.plans.proposed_done(self.year)
        if proposed:
            text += self.tr("；{n} 项已有活动落实，建议标为已完成（请确认）").format(n=len(proposed))
        self.progress_label.setText(text)

    # -- selection ----------------------------------------------------

    def selected_item_id(self) -> int | None:
        return selected_id(self.view, PlanModel.IdRole)

    def select_item(self, item_id: int) -> bool:
        return select_row(self.view, self.model.row_of(item_id))

    def _selection_changed(self, *_args: object) -> None:
        item_id = self.selected_item_id()
        chosen = item_id is not None
        for action in (self.edit_action, self.delete_action, self.up_action, self.down_action):
            action.setEnabled(chosen)
        self.status_button.setEnabled(chosen)
        item = self.model.item_at(self.model.row_of(item_id)) if chosen else None
        self.confirm_action.setEnabled(item is not None and self.model.is_proposed_done(item))
        self.linked_list.clear()
        if item_id is not None:
            for row in reversed(self.activities.list(ActivityQuery(plan_item_id=item_id))):
                self.linked_list.addItem(f"{row.date}  {row.title}")

    # -- actions ------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        return open_window_modal(dialog, self._dialog_finished)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            item_id = getattr(dialog, "item_id", None)
            self.reload()
            if item_id is not None:
                self.select_item(item_id)
            self.planChanged.emit()

    def import_file(self) -> ImportDialog:
        self.transfer_dialog = open_import(self, self.store, _plan_book(self.year), self._imported)
        return self.transfer_dialog

    def _imported(self, _report: ImportReport) -> None:
        self._year_changed()  # re-reads the texts, the items and the progress of the year shown
        self.planChanged.emit()

    def export_file(self) -> None:
        export_year(self, self.store, _plan_book(self.year), self.year)

    def add_item(self) -> QDialog:
        from unionclerk.ui.dialogs.plan_item_dialog import PlanItemDialog  # forms load when first opened

        return self._open(PlanItemDialog(self.plans, self.activities, self.year, parent=self))

    def edit_item(self) -> QDialog | None:
        item_id = self.selected_item_id()
        if item_id is None:
            return None
        item = self.plans.get_item(item_id)
        from unionclerk.ui.dialogs.plan_item_dialog import PlanItemDialog

        return self._open(PlanItemDialog(self.plans, self.activities, self.year, item, parent=self))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_item()

    # -- keyboard hooks (widgets.RECORD_HOOKS; the plan has no search box) ---

    def new_record(self) -> QDialog:
        return self.add_item()

    def edit_selected(self) -> QDialog | None:
        return self.edit_item()

    def delete_selected(self) -> None:
        self.delete_item()

    def export(self) -> None:
        self.export_file()

    def _write(self, action: object, select: int | None = None) -> bool:
        try:
            action()  # type: ignore[operator]
        except (FieldErrors, StoreError) as exc:
            QMessageBox.warning(self, self.tr("未能完成"), said(exc))
            return False
        self.reload()
        if select is not None:
            self.select_item(select)
        self.planChanged.emit()
        return True

    def set_selected_status(self, status: str) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self._write(lambda: self.plans.set_status(item_id, status), item_id)

    def move_selected(self, offset: int) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self._write(lambda: self.plans.move_item(item_id, offset), item_id)

    def delete_item(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            return
        item = self.plans.get_item(item_id)
        if confirm(
            self,
            self.tr("删除计划项"),
            self.tr("确定删除第 {n} 项“{title}”吗？后面的项目将依次前移。").format(
                n=item.position, title=item.title
            ),
        ):
            self._write(lambda: self.plans.delete_item(item_id))

    def copy_last_year(self) -> None:
        source, target = self.year - 1, self.year
        question = self.tr(
            "把{source}年的计划复制为{target}年的草稿吗？所有项目的状态为“未开始”，{source}年的计划保持不变。"
        ).format(source=source, target=target)
        if confirm(self, self.tr("复制上一年计划"), question, default_yes=True) and self._write(
            lambda: self.plans.copy_year(source, target)
        ):
            self._year_changed()
