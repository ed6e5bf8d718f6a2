"""The dialog a program error (a bug) shows: what happened, the details, a button to copy them. Imported by
ui/errors' excepthook with the first error, so its classes are not made at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExceptionDialog(QDialog):
    """Shown for a program error (a bug): what happened, the details, and a button to copy them."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序错误"))
        text = self.tr("unionclerk 出现了程序错误。已保存的数据不受影响，未保存的修改可能没有保存。")
        if log_file is not None:
            text += "\n" + self.tr("详细信息已记入日志：%1").replace("%1", str(log_file))
        text += "\n" + self.tr("请把下面的详细信息复制给维护人员。")
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("复制详细信息"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
