"""A plain notice for a book whose work is not done yet: nothing that pretends to work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UnavailableTab(QWidget):
    def __init__(self, book: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel(
            self.tr("“%1”台账尚未开放：这部分功能还在开发中，以后的版本会提供。").replace("%1", book)
        )
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
