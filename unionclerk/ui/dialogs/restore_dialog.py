"""文件 → 恢复: pick a backup, check it, confirm, and replace the open database (the current state is backed up first)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.ui.messages import said


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class RestoreDialog(QDialog):
    """Lists the open file's backups, newest first. `restored_from` is set after a restore."""

    DATE, KIND, SIZE = range(3)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.restored_from: Path | None = None
        self.safety_copy: Path | None = None
        self.setWindowTitle(self.tr("从备份恢复"))
        self._backups = backups.list_backups(store.path)

        intro = QLabel(
            self.tr(
                "选择一份备份来替换当前数据。恢复前会先把当前数据另存为一份备份。\n备份文件夹：%1"
            ).replace("%1", str(backups.backup_dir(store.path)))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("类型"), self.tr("大小")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, info in enumerate(self._backups):
            cells = [
                info.created.strftime("%Y-%m-%d %H:%M:%S"),
                self._kind_label(info),
                format_size(info.size),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == self.SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label = QLabel(self.tr("还没有备份。可以用“文件 → 备份”立即备份。"))
        self.empty_label.setVisible(not self._backups)

        self.restore_button = QPushButton(self.tr("恢复所选备份"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected_backup() is not None)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _kind_label(self, info: backups.BackupInfo) -> str:
        labels = {
            "auto": self.tr("每日自动"),
            "manual": self.tr("手动"),
            "before-restore": self.tr("恢复前"),
        }
        if info.kind.startswith("before-v"):
            return self.tr("升级前（数据版本 %1）").replace("%1", info.kind[len("before-v") :])
        return labels.get(info.kind, info.kind_label)

    @property
    def backups(self) -> list[backups.BackupInfo]:
        return list(self._backups)

    def selected_backup(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        problems = backups.check_backup(info.path)
        if problems:
            QMessageBox.warning(
                self,
                self.tr("备份不可用"),
                self.tr("备份“%1”未通过检查，不能用于恢复：\n%2")
                .replace("%1", info.path.name)
                .replace("%2", "\n".join(said(p) for p in problems)),
            )
            return
        when = info.created.strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("确认恢复"),
            self.tr("用 %1 的备份替换当前全部数据吗？\n当前数据会先另存为一份备份，之后仍可恢复。").replace(
                "%1", when
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.safety_copy = backups.restore(self._store, info.path)
        except (StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(self, self.tr("恢复失败"), said(exc))
            return
        self.restored_from = info.path
        QMessageBox.information(
            self,
            self.tr("已恢复"),
            self.tr("已恢复 %1 的备份。恢复前的数据已备份到：\n%2")
            .replace("%1", when)
            .replace("%2", str(self.safety_copy)),
        )
        self.accept()
