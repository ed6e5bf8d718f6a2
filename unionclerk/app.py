"""Start-up of the window: QApplication, logging, translators, the first database file, the main window."""

from __future__ import annotations

import gc
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from unionclerk import __version__
from unionclerk.store.db import Store, default_db_path
from unionclerk.store.errors import StoreError
from unionclerk.store.settings import load_settings
from unionclerk.ui import preferences
from unionclerk.ui.errors import log_dir, make_excepthook, remove_logging, setup_logging
from unionclerk.ui.i18n import Translators
from unionclerk.ui.main_window import MainWindow, open_or_read_only
from unionclerk.ui.messages import said

log = logging.getLogger("unionclerk")


def start_path(db_path: Path | None) -> tuple[Path, bool]:
    """The file to open and whether it must already exist.

    An explicit path may be new (a fresh file on a USB stick). The remembered file must exist: if it has
    gone (the stick is not plugged in), a new empty file there would look like lost data.
    """
    if db_path is not None:
        return Path(db_path), False
    remembered = preferences.last_db_path()
    if remembered is not None:
        return remembered, True
    default = default_db_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    return default, False


def open_first_store(path: Path, *, must_exist: bool = False, parent: QWidget | None = None) -> Store | None:
    """Open `path`; when it cannot be used, say why and let the clerk choose another file or quit (None)."""
    while True:
        if must_exist and not path.exists():
            message = QCoreApplication.translate(
                "StartUp", "找不到上次使用的数据文件“%1”。如果它在U盘上，请插入U盘后重新启动 unionclerk。"
            ).replace("%1", str(path))
        else:
            try:
                return open_or_read_only(path)
            except StoreError as exc:
                log.warning("无法打开 %s：%s", path, exc)
                message = said(exc)
        # The dialogs' classes (and their enums) are made when first needed, not on every start.
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        answer = QMessageBox.critical(
            parent,
            QCoreApplication.translate("StartUp", "无法打开数据文件"),
            message
            + "\n\n"
            + QCoreApplication.translate("StartUp", "请选择另一个数据文件（输入新文件名即新建），或退出。"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("StartUp", "选择或新建数据文件"),
            str(path.parent if path.parent.exists() else Path.home()),
            QCoreApplication.translate("StartUp", "unionclerk 数据文件 (*.db *.sqlite);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            path, must_exist = Path(chosen), False


def application() -> QApplication:
    """The one QApplication, made on the first call. The command line makes it before it writes anything (a
    demo file): when Qt cannot start (a platform plugin that does not load), it ends the process right there,
    and nothing is left behind."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def _collect_from_now_on() -> None:
    """Once the window is up: the collector, held off during start-up (__main__.main), runs again, and leaves
    what start-up made (it lives as long as the window) to itself (gc.freeze)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(db_path: Path | None, *, demo: bool = False) -> int:
    """Show the window on `db_path` (default: the last file, else the user data file). Returns the exit code."""
    app = application()
    app.setOrganizationName("unionclerk")
    app.setApplicationName("unionclerk")
    app.setApplicationVersion(__version__)
    handler = setup_logging()
    log_file = Path(handler.baseFilename)
    translators = Translators(app)
    translators.install(preferences.remembered_language())
    window: MainWindow | None = None
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook(lambda: window, log_file)
    try:
        log.info("unionclerk %s 启动，日志目录 %s", __version__, log_dir())
        path, must_exist = start_path(db_path)
        store = open_first_store(path, must_exist=must_exist)
        if store is None:
            return 1
        log.info("打开数据文件 %s", store.path)
        language = load_settings(store).language
        if language != translators.language:
            translators.install(language)
        if not demo:
            preferences.remember_language(language)
        window = MainWindow(store, demo=demo)
        window.show()
        QTimer.singleShot(0, _collect_from_now_on)
        # Ctrl+C in the terminal closes the window properly (geometry saved, file closed). Python only sees
        # the signal when it runs, so a timer wakes it now and then.
        previous_sigint = signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
        wake = QTimer()
        wake.timeout.connect(lambda: None)
        wake.start(300)
        try:
            return int(app.exec())
        finally:
            wake.stop()
            signal.signal(signal.SIGINT, previous_sigint)
    finally:
        if not gc.isenabled():  # a file refused before the window was up
            gc.enable()
        if window is not None:
            window.close()  # closes the store if the event loop did not
            window.deleteLater()
        sys.excepthook = previous_hook
        translators.remove()
        remove_logging(handler)
