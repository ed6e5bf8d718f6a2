"""From a member: the activities they took part in or won an award at."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore


class MemberActivitiesDialog(QDialog):
    def __init__(
        self,
        store_members: MemberStore,
        activities: ActivityStore,
        member_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        member = store_members.get(member_id)
        rows = activities.of_member(member_id)
        awards = {
            row.id: [a for a in activities.awards(row.id) if a.winner_member_id == member_id] for row in rows
        }
        self.setWindowTitle(self.tr("{name}参加的活动").format(name=member.name))
        self.summary_label = QLabel(
            self.tr("{name}共参加 {n} 项活动，获奖 {w} 项").format(
                name=member.name, n=len(rows), w=sum(len(found) for found in awards.values())
            )
        )
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("活动名称"), self.tr("类别"), self.tr("个人获奖")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, row in enumerate(rows):
            won = "、".join(f"{a.award}{a.rank}" for a in awards[row.id])
            for column, text in enumerate((row.date, row.title, row.category, won)):
                self.table.setItem(number, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 400)


class _RosterTab(Protocol):
    store: Store
    members: MemberStore

    def selected_member_id(self) -> int | None: ...


def open_member_activities(tab: _RosterTab) -> MemberActivitiesDialog | None:
    """The members tab's 参加的活动 action: show the selected member's activities (window-modal)."""
    member_id = tab.selected_member_id()
    if member_id is None:
        return None
    dialog = MemberActivitiesDialog(tab.members, ActivityStore(tab.store), member_id, parent=tab)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
