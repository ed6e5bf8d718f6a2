"""Our-fault errors: a rotating log file in the user log folder, and a dialog that shows and copies details
(ui/dialogs/exception_dialog.py, made with the first error)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtWidgets import QApplication, QWidget

from unionclerk import __version__

log = logging.getLogger("unionclerk")


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("unionclerk", appauthor=False))


LOG_BYTES = 1_000_000  # a log file's size before it is rotated
LOG_KEPT = 5  # old log files kept: unionclerk.log.1 (the newest) … unionclerk.log.5


class RotatingLog(logging.FileHandler):
    """logging.handlers.RotatingFileHandler's rotation (unionclerk.log, then .1 … .LOG_KEPT) without importing
    logging.handlers: its socket, pickle and queue imports (socket builds four enums) were a fortieth of the
    window's start-up, for a handler that writes a local file."""

    def __init__(self, path: Path, max_bytes: int = LOG_BYTES, kept: int = LOG_KEPT) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.kept = max_bytes, kept

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # as logging's own handlers do: a log that cannot rotate never stops the program
            self.handleError(record)
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if not os.path.isfile(self.baseFilename):  # a device or pipe is never rotated
            return False
        self.stream.seek(0, 2)  # writes go to the end; tell() is the file's size
        return self.stream.tell() + len(f"{self.format(record)}{self.terminator}") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment] - reopened by emit
        for number in range(self.kept - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.kept > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(folder: Path | None = None) -> RotatingLog:
    """Log to unionclerk.log (1 MB, 5 old files kept). Returns the handler so the caller can remove it."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingLog(folder / "unionclerk.log")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def remove_logging(handler: logging.Handler) -> None:
    log.removeHandler(handler)
    handler.close()


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
        from unionclerk.ui.dialogs.exception_dialog import ExceptionDialog  # made for the first error

        dialog = ExceptionDialog(details, log_file, parent())
        dialog.exec()
        dialog.deleteLater()

    return hook
