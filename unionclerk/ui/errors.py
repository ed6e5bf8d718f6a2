"""Our-fault errors: a rotating log file in the user log folder, and a dialog that shows and copies details."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
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

from unionclerk import __version__
from unionclerk.ui.messages import said

log = logging.getLogger("unionclerk")


def store_error_text(exc: Exception, path: Path) -> str:
    """The world's-fault message of a file that cannot be opened (in use, read-only, not ours…), in the
    interface language: the store raises it as a message (core/messages), said here."""
    return said(exc)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("unionclerk", appauthor=False))


def setup_logging(folder: Path | None = None) -> RotatingFileHandler:
    """Log to unionclerk.log (1 MB, 5 old files kept). Returns the handler so the caller can remove it."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "unionclerk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def remove_logging(handler: logging.Handler) -> None:
    log.removeHandler(handler)
    handler.close()


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


def format_details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(kind, error, tb)
    return f"unionclerk {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def make_excepthook(parent: Callable[[], QWidget | None], log_file: Path | None) -> ExceptHook:
    """sys.excepthook for the window: log the error, then show it (never raise from here)."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = format_details(kind, error, tb)
        log.error("未处理的程序错误\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        dialog = ExceptionDialog(details, log_file, parent())
        dialog.exec()
        dialog.deleteLater()

    return hook
