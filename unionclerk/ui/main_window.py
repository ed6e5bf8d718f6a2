"""The main window: the six books as tabs, the 文件 and 帮助 menus, and the one place tabs are wired together."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from unionclerk import __version__
from unionclerk.core.messages import reason_of
from unionclerk.core.settings import Settings
from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.errors import DatabaseReadOnly, StoreError
from unionclerk.store.settings import load_settings
from unionclerk.ui import preferences
from unionclerk.ui.messages import said
from unionclerk.ui.widgets import RECORD_HOOKS

if TYPE_CHECKING:
    from unionclerk.ui.activities_tab import ActivitiesTab
    from unionclerk.ui.export_tab import ExportTab
    from unionclerk.ui.ledger_tab import LedgerTab
    from unionclerk.ui.members_tab import MembersTab
    from unionclerk.ui.plan_tab import PlanTab
    from unionclerk.ui.visits_tab import VisitsTab

# The books in the brief's order: key, module, class. A tab's module is imported, and the tab built (with its
# queries), when it is first shown or asked for; until then an empty placeholder holds its place.
TABS: tuple[tuple[str, str, str], ...] = (
    ("members", "unionclerk.ui.members_tab", "MembersTab"),
    ("activities", "unionclerk.ui.activities_tab", "ActivitiesTab"),
    ("visits", "unionclerk.ui.visits_tab", "VisitsTab"),
    ("ledger", "unionclerk.ui.ledger_tab", "LedgerTab"),
    ("plan", "unionclerk.ui.plan_tab", "PlanTab"),
    ("export", "unionclerk.ui.export_tab", "ExportTab"),
)

# How the books talk to each other: source (a tab, or "window"), its signal, target (a tab, or "window"), the
# target's slot, whether the slot takes the signal's arguments. A tab not built yet hears nothing: it reads
# everything when it is built. The writes come first, so the tabs reading after them see them.
WIRES: tuple[tuple[str, str, str, str, bool], ...] = (
    # Entries linked to activities and visits follow them, and with 自动记账 on are posted: a write, done by
    # the window whether or not the 经费 tab was built (MainWindow.sync_ledger).
    ("activities", "activitiesChanged", "window", "sync_ledger", False),
    ("visits", "visitsChanged", "window", "sync_ledger", False),
    # Participant and winner names, and the member search of the activities list.
    ("members", "membersChanged", "activities", "reload", False),
    # Linked-activity counts and the 建议标为已完成 proposals of the plan.
    ("activities", "activitiesChanged", "plan", "reload", False),
    # Plan items an activity carries out.
    ("plan", "planChanged", "activities", "reload", False),
    # The summary is written from every book, and signed with the union's name from the settings.
    ("members", "membersChanged", "export", "reload", False),
    ("activities", "activitiesChanged", "export", "reload", False),
    ("visits", "visitsChanged", "export", "reload", False),
    ("plan", "planChanged", "export", "reload", False),
    ("window", "settings_changed", "export", "reload", False),
    # The dues grid follows the roster; the 自动记账 toggle shows the setting saved in 单位设置.
    ("members", "membersChanged", "ledger", "reload", False),
    ("window", "settings_changed", "ledger", "apply_settings", True),
    # Names, departments and statuses in the visits list and its life-events panel.
    ("members", "membersChanged", "visits", "reload", False),
)


def open_or_read_only(path: Path) -> Store:
    """Open `path` to work on it; an existing file that cannot be written is opened read-only instead."""
    try:
        return Store.open(path)
    except DatabaseReadOnly:
        if not path.is_file():
            raise
        return Store.open_read_only(path)


class MainWindow(QMainWindow):
    """Owns the open Store: closes it when another file is opened or the window closes."""

    settings_changed = Signal(object)  # Settings, after 单位设置 is saved
    store_reloaded = Signal()  # the tabs were rebuilt (another file, or a restore)

    def __init__(self, store: Store, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._demo_path: Path | None = store.path if demo else None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Shown above the tabs while the file is open read-only (a write-protected USB stick, a CD).
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; padding: 6px 10px; border-bottom: 1px solid #e6c65c; }"
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._create_menus()
        self._build_tabs()
        self._connect_tabs()
        self._update_title()
        self._update_read_only_banner()
        self._restore_geometry()
        if not demo:
            preferences.remember_db_path(store.path)
        self._warn_about_backup()

    @property
    def store(self) -> Store:
        return self._store

    @property
    def is_demo(self) -> bool:
        return self._demo_path is not None and self._demo_path == self._store.path

    # --- tabs -------------------------------------------------------------------------------------

    def _tab_titles(self) -> dict[str, str]:
        return {
            "members": self.tr("会员"),
            "activities": self.tr("活动"),
            "visits": self.tr("慰问"),
            "ledger": self.tr("经费"),
            "plan": self.tr("计划"),
            "export": self.tr("导出"),
        }

    def _build_tabs(self, current: int = 0) -> None:
        """The books in the brief's order, each a placeholder until it is first shown; the tab shown now is
        built at once. Each tab gets the store it needs and nothing more."""
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        titles = self._tab_titles()
        blocked = self.tabs.blockSignals(True)  # the first placeholder added is not a tab shown
        try:
            for key, _module, _class in TABS:
                placeholder = QWidget()
                placeholder.setObjectName(f"{key}_placeholder")
                self._placeholders[key] = placeholder
                self.tabs.addTab(placeholder, titles[key])
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        self._tab(TABS[self.tabs.currentIndex()][0])

    def tab_is_built(self, key: str) -> bool:
        """Whether the tab `key` (TABS) has been built, i.e. shown or asked for since the file was opened."""
        return key in self._built

    def _tab(self, key: str) -> QWidget:
        """The tab `key`, built now if it is still a placeholder (in its place, without changing the tab
        shown)."""
        tab = self._built.get(key)
        if tab is not None:
            return tab
        index = next(i for i, (name, _m, _c) in enumerate(TABS) if name == key)
        _key, module, class_name = TABS[index]
        tab = getattr(importlib.import_module(module), class_name)(self._store)
        self._built[key] = tab
        placeholder = self._placeholders.pop(key)
        position = self.tabs.indexOf(placeholder)
        showing = self.tabs.currentIndex() == position
        # The swap is not a change of the tab shown: the listeners heard it once already, or not at all.
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(position, tab, self.tabs.tabText(position))
            if showing:
                self.tabs.setCurrentIndex(position)
            self.tabs.removeTab(position + 1)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        for source, signal, target, slot, with_args in WIRES:
            if source == key:
                getattr(tab, signal).connect(self._relay(target, slot, with_args))
        return tab

    def _relay(self, target: str, slot: str, with_args: bool) -> Callable[..., None]:
        """A slot calling `slot` of the window, or of the tab `target` as it is when the signal comes (rebuilt,
        or not built: then nothing is called)."""

        def deliver(*args: object) -> None:
            receiver = self if target == "window" else self._built.get(target)
            if receiver is not None:
                getattr(receiver, slot)(*(args if with_args else ()))

        return deliver

    def _tab_shown(self, index: int) -> None:
        placeholder = self.tabs.widget(index)
        for key, widget in self._placeholders.items():
            if widget is placeholder:
                self._tab(key)
                return

    @property
    def members_tab(self) -> MembersTab:
        return cast("MembersTab", self._tab("members"))

    @property
    def activities_tab(self) -> ActivitiesTab:
        return cast("ActivitiesTab", self._tab("activities"))

    @property
    def visits_tab(self) -> VisitsTab:
        return cast("VisitsTab", self._tab("visits"))

    @property
    def ledger_tab(self) -> LedgerTab:
        return cast("LedgerTab", self._tab("ledger"))

    @property
    def plan_tab(self) -> PlanTab:
        return cast("PlanTab", self._tab("plan"))

    @property
    def export_tab(self) -> ExportTab:
        return cast("ExportTab", self._tab("export"))

    def _connect_tabs(self) -> None:
        """Tabs talk to each other only through signals connected here (WIRES; a tab's own signals when it
        is built): a write in one book refreshes the books that show it (the tabs also re-read when shown;
        this keeps a tab already on screen, or read by an open dialog, from showing stale names and links).
        The window and its tab widget outlive a rebuild of the tabs, so they are connected once."""
        if not getattr(self, "_window_wired", False):
            for source, signal, target, slot, with_args in WIRES:
                if source == "window":
                    getattr(self, signal).connect(self._relay(target, slot, with_args))
            # A placeholder shown is built first, so the 记录 menu below sees the real tab.
            self.tabs.currentChanged.connect(self._tab_shown)
            # The 记录 menu acts on the tab shown; the 查看 menu lists the tabs (Ctrl+1…).
            self.tabs.currentChanged.connect(self._update_record_actions)
            self._window_wired = True
        self._update_record_actions()
        self._update_tab_actions()

    def _rebuild_tabs(self) -> None:
        current = self.tabs.currentIndex()
        self._built, self._placeholders = {}, {}  # nothing is built as the old tabs go
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self._build_tabs(max(0, current))
        self._connect_tabs()
        self.store_reloaded.emit()

    def _set_store(self, store: Store) -> None:
        """The one place the open file changes: new tabs on the new store, then the old store is closed."""
        old = self._store
        self._store = store
        self._rebuild_tabs()
        if old is not store:
            old.close()
        if not self.is_demo:
            preferences.remember_db_path(store.path)
        self._update_title()
        self._update_read_only_banner()
        self._warn_about_backup()

    def _update_read_only_banner(self) -> None:
        self.read_only_banner.setText(
            self.tr(
                "只读打开：这个数据文件在不能写入的位置（如写保护的U盘、光盘或只读文件夹），"
                "可以查看和导出，不能修改。要修改，请把它复制到可写的位置后再打开。"
            )
        )
        self.read_only_banner.setVisible(self._store.read_only)

    def _warn_about_backup(self) -> None:
        """Today's automatic backup failed (a full USB stick, say): the file is open, but the clerk is told."""
        if self._store.backup_warning:
            self.statusBar().showMessage(self.tr("今天的自动备份没有完成：") + said(self._store.backup_warning))

    # --- menus ------------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _create_menus(self) -> None:
        self.open_action = self._action(
            self.tr("打开数据文件…"), self.choose_database, QKeySequence.StandardKey.Open
        )
        # Ctrl+N adds a record in the tab shown (what a clerk does all day); a new data file is Ctrl+Shift+N.
        self.new_action = self._action(
            self.tr("新建数据文件…"), self.new_database, QKeySequence("Ctrl+Shift+N")
        )
        self.backup_action = self._action(self.tr("备份"), self.backup_now)
        self.restore_action = self._action(self.tr("恢复…"), self.restore_backup)
        self.settings_action = self._action(self.tr("单位设置…"), self.edit_settings)
        self.quit_action = self._action(self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.tr("关于 unionclerk"), self.show_about)
        self.folder_action = self._action(self.tr("打开数据文件所在文件夹"), self.open_data_folder)

        self.file_menu = self.menuBar().addMenu(self.tr("文件"))
        self.file_menu.addActions([self.open_action, self.new_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self._create_record_menu()
        self.view_menu = self.menuBar().addMenu(self.tr("查看"))
        self.tab_actions: list[QAction] = []
        self.help_menu = self.menuBar().addMenu(self.tr("帮助"))
        self.help_menu.addActions([self.about_action, self.folder_action])

    def _create_record_menu(self) -> None:
        """Shortcuts every book shares, each calling the hook of the same name on the tab shown
        (widgets.RECORD_HOOKS); a tab without that hook leaves the action disabled."""
        edit_key = QKeySequence(Qt.Key.Key_Return)
        self.record_actions: dict[str, QAction] = {
            "new_record": self._action(
                self.tr("新增记录"), lambda: self._call_tab("new_record"), QKeySequence.StandardKey.New
            ),
            "edit_selected": self._action(
                self.tr("编辑选中的记录"), lambda: self._call_tab("edit_selected"), edit_key
            ),
            "delete_selected": self._action(
                self.tr("删除选中的记录…"),
                lambda: self._call_tab("delete_selected"),
                QKeySequence(Qt.Key.Key_Delete),
            ),
            "export": self._action(
                self.tr("导出…"), lambda: self._call_tab("export"), QKeySequence("Ctrl+E")
            ),
            "focus_search": self._action(
                self.tr("查找"), lambda: self._call_tab("focus_search"), QKeySequence.StandardKey.Find
            ),
        }
        # Enter belongs to the table that has the focus (widgets.record_table); the menu only shows it.
        self.record_actions["edit_selected"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.record_menu = self.menuBar().addMenu(self.tr("记录"))
        self.record_menu.addActions([self.record_actions[name] for name in RECORD_HOOKS])
        self.record_menu.insertSeparator(self.record_actions["export"])

    def _call_tab(self, hook: str) -> object:
        method = getattr(self.tabs.currentWidget(), hook, None)
        return method() if callable(method) else None

    def _update_record_actions(self, *_args: object) -> None:
        tab = self.tabs.currentWidget()
        for hook, action in self.record_actions.items():
            action.setEnabled(callable(getattr(tab, hook, None)))

    def _update_tab_actions(self) -> None:
        """查看 → one action a tab, Ctrl+1…Ctrl+9 in the order shown."""
        for action in self.tab_actions:
            self.view_menu.removeAction(action)
            action.deleteLater()
        self.tab_actions = []
        for index in range(min(self.tabs.count(), 9)):
            action = self._action(
                self.tabs.tabText(index),
                lambda _checked=False, i=index: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Ctrl+{index + 1}"),
            )
            self.tab_actions.append(action)
        self.view_menu.addActions(self.tab_actions)

    # --- title and geometry -------------------------------------------------------------------------

    def _settings(self) -> Settings:
        try:
            return load_settings(self._store)
        except sqlite3.Error:
            return Settings()

    def _update_title(self) -> None:
        parts = []
        unit = self._settings().unit_name.strip()
        if unit:
            parts.append(unit)
        parts.append(self._store.path.name)
        title = " — ".join(parts) + " — unionclerk"
        if self.is_demo:
            title = self.tr("【演示数据】") + title
        if self._store.read_only:
            title = self.tr("【只读】") + title
        self.setWindowTitle(title)
        self.statusBar().showMessage(str(self._store.path))

    def _restore_geometry(self) -> None:
        geometry = preferences.app_settings().value(preferences.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings = preferences.app_settings()
        settings.setValue(preferences.GEOMETRY, self.saveGeometry())
        settings.sync()
        self._store.close()
        super().closeEvent(event)

    # --- 文件 -----------------------------------------------------------------------------------------

    def _db_filter(self) -> str:
        return self.tr("unionclerk 数据文件 (*.db *.sqlite);;所有文件 (*)")

    def open_database(self, path: Path) -> bool:
        """Open `path` in place of the current file. On failure the message is shown and nothing changes."""
        path = Path(path).expanduser().absolute()
        if path == self._store.path:
            self.statusBar().showMessage(self.tr("这个文件已经打开：%1").replace("%1", str(path)), 5000)
            return True
        try:
            store = open_or_read_only(path)
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("无法打开数据文件"),
                said(exc)
                + "\n\n"
                + self.tr("当前文件“%1”仍然打开着。").replace("%1", self._store.path.name),
            )
            return False
        self._set_store(store)
        return True

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据文件"), str(self._store.path.parent), self._db_filter()
        )
        if path:
            self.open_database(Path(path))

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("新建数据文件"), str(self._store.path.parent / "工会台账.db"), self._db_filter()
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".db")
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("文件已存在"),
                self.tr("“%1”已存在，新建不会覆盖它。要打开它，请用“打开数据文件”。").replace(
                    "%1", str(target)
                ),
            )
            return
        self.open_database(target)

    def backup_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            target = backups.make_backup(self._store, kind="manual")
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("备份失败"), said(exc))
            return
        self.statusBar().showMessage(self.tr("已备份到 %1").replace("%1", str(target)), 10000)
        QMessageBox.information(self, self.tr("已备份"), self.tr("已备份到：\n%1").replace("%1", str(target)))

    def restore_backup(self) -> None:
        from unionclerk.ui.dialogs.restore_dialog import RestoreDialog  # loaded when first used

        dialog = RestoreDialog(self._store, self)
        try:
            if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.restored_from is not None:
                self._rebuild_tabs()
                self._update_title()
        finally:
            dialog.deleteLater()

    def edit_settings(self) -> None:
        from unionclerk.ui.dialogs.settings_dialog import SettingsDialog  # loaded when first used

        auto_post_before = self._settings().ledger_auto_post
        dialog = SettingsDialog(self._store, self)
        try:
            if dialog.exec() != SettingsDialog.DialogCode.Accepted or dialog.saved is None:
                return
            preferences.remember_language(dialog.saved.language)
            self._update_title()
            self.settings_changed.emit(dialog.saved)
            if dialog.saved.ledger_auto_post and not auto_post_before:
                self.sync_ledger()  # 自动记账 turned on posts what is not posted yet, as the 经费 tab's toggle does
            if dialog.language_changed:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    self, self.tr("界面语言"), self.tr("界面语言将在重新启动 unionclerk 后生效。")
                )
        finally:
            dialog.deleteLater()

    # --- the cash book's linked entries ---------------------------------------------------------------

    def sync_ledger(self) -> None:
        """An activity or a visit was saved or deleted (or 自动记账 turned on): the cash book follows
        (LedgerStore.sync_sources), the 经费 tab shows it if it is built, and what could not follow is said."""
        from unionclerk.store.ledger import LedgerStore  # read when a book is first written, not at start

        try:
            problems = LedgerStore(self._store).sync_sources()
        except StoreError as exc:  # the world's fault (a full disk, a file locked by another program)
            problems = [reason_of(exc)]
        ledger = self._built.get("ledger")
        if ledger is not None:
            cast("LedgerTab", ledger).reload()
        if problems:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                QCoreApplication.translate("LedgerTab", "记账分录未同步"),
                "\n".join(said(p) for p in problems),
            )

    # --- 帮助 -----------------------------------------------------------------------------------------

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("关于 unionclerk"),
            self.tr("unionclerk %1\n基层工会台账与工作总结。\n\n数据文件：%2")
            .replace("%1", __version__)
            .replace("%2", str(self._store.path)),
        )

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._store.path.parent)))
