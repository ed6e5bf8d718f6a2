"""Start-up benchmark: `unionclerk --db demo.db` against a bare PySide6 QMainWindow, each in fresh processes.

Time is from launching the process to the window having been shown and the events that showing posted (its
first paint) processed; memory is the process's peak RSS at that moment. Both run offscreen from the same
interpreter and compiled-module cache, N times interleaved, and the medians are compared.

The bare window paints no text at all, so it never loads the font database; for information the same window
showing one line of text is timed too (what any window with words on it pays before its first paint), and so is
the floor: unionclerk's first screen made of the same Qt widgets with no unionclerk code (FLOOR), which splits
unionclerk's time into what PySide6 and Qt charge for that window and what unionclerk adds.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9

# Each child prints one JSON line {"shown": wall-clock time, "rss_kb": peak RSS, "cpu": CPU seconds used} once
# its window is up.
_REPORT = """
def _report():
    import json, resource, sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app.processEvents()
    shown = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"shown": shown, "rss_kb": usage.ru_maxrss, "cpu": cpu}), flush=True)
    app.closeAllWindows()
    app.quit()
"""

BARE = (
    _REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, _report)
app.exec()
"""
)

# The bare window with one line of text in its status bar: the font database loaded, as any real window needs.
BARE_TEXT = BARE.replace("window.show()", 'window.statusBar().showMessage("unionclerk 就绪")\nwindow.show()')

# The floor: the window unionclerk shows first (menus with their shortcuts, the tab bar, the roster's toolbar,
# search and filters, a 12-column table of the first page of the roster with sorting and fitted columns, the
# history table under it, counts and status bar), made with Qt's own classes and a C++ model, with no unionclerk
# code and no Python override. What it costs above the bare window is what PySide6 and Qt charge for those
# widgets (each class's enums made in Python on first use, the Qt namespace's 93 for any shortcut or sorted
# header, fonts and text); unionclerk's own share is what it costs above the floor.
FLOOR = (
    _REPORT
    + """
import sqlite3, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QSplitter, QTableView, QTableWidget,
    QTabWidget, QToolBar, QVBoxLayout, QWidget,
)
app = QApplication([])
connection = sqlite3.connect(sys.argv[1])
columns = ("name, sex, birth_date, department, position, phone, id_number, join_date, status, political_status, "
           "staff_category, hardship")
rows = connection.execute(f"SELECT {columns} FROM members ORDER BY name_pinyin, name LIMIT 200").fetchall()
departments = [r[0] for r in connection.execute("SELECT DISTINCT department FROM members ORDER BY 1")]
window = QMainWindow()
tabs = QTabWidget()
tabs.setDocumentMode(True)
central = QWidget()
layout = QVBoxLayout(central)
layout.setContentsMargins(0, 0, 0, 0)
layout.setSpacing(0)
banner = QLabel("只读打开")
banner.hide()
layout.addWidget(banner)
layout.addWidget(tabs)
window.setCentralWidget(central)
menus = (("文件", 7, ("Ctrl+O", "Ctrl+Shift+N", "Ctrl+Q")), ("记录", 5, ("Ctrl+N", "Return", "Delete", "Ctrl+E", "Ctrl+F")),
         ("查看", 6, tuple(f"Ctrl+{i}" for i in range(1, 7))), ("帮助", 2, ()))
for title, count, keys in menus:
    menu = window.menuBar().addMenu(title)
    for i in range(count):
        action = QAction(f"{title}动作{i}", window)
        if i < len(keys):
            action.setShortcut(QKeySequence(keys[i]))
        menu.addAction(action)
tab = QWidget()
toolbar = QToolBar("会员")
for text in ("新增", "编辑", "变更会籍状态", "删除", "参加的活动", "慰问记录", "导入…", "导出…", "下载模板"):
    toolbar.addAction(text).setToolTip(text + "：说明")
search = QLineEdit()
search.setClearButtonEnabled(True)
search.setPlaceholderText("搜索：姓名、拼音或首字母（如 zy）、电话、身份证号后几位、部门")
status = QComboBox()
for text in ("全部状态", "会员（在会+保留会籍）", "在会", "保留会籍", "退会", "转出", "已故"):
    status.addItem(text)
department = QComboBox()
department.addItem("全部部门")
for text in departments:
    department.addItem(text)
model = QStandardItemModel(0, 12)
model.setHorizontalHeaderLabels(["姓名", "性别", "出生日期", "部门/工会小组", "职务/岗位", "联系电话", "身份证号",
                                 "入会日期", "会籍状态", "政治面貌", "人员类别", "困难职工"])
for row in rows:
    model.appendRow([QStandardItem("" if value is None else str(value)) for value in row])
view = QTableView()
view.setModel(model)
view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
view.setWordWrap(False)
view.setAlternatingRowColors(True)
view.verticalHeader().setDefaultSectionSize(24)
view.verticalHeader().hide()
view.setSortingEnabled(True)
view.horizontalHeader().setResizeContentsPrecision(60)
view.resizeColumnsToContents()
history = QTableWidget(0, 3)
history.setHorizontalHeaderLabels(["日期", "状态", "原因"])
history.verticalHeader().hide()
history.horizontalHeader().setStretchLastSection(True)
panel = QWidget()
panel_layout = QVBoxLayout(panel)
panel_layout.setContentsMargins(0, 0, 0, 0)
panel_layout.addWidget(QLabel("会籍变动记录"))
panel_layout.addWidget(history)
splitter = QSplitter(Qt.Orientation.Vertical)
splitter.addWidget(view)
splitter.addWidget(panel)
splitter.setSizes([480, 140])
filters = QHBoxLayout()
filters.addWidget(search, 3)
filters.addWidget(QLabel("状态"))
filters.addWidget(status)
filters.addWidget(QLabel("部门"))
filters.addWidget(department)
tab_layout = QVBoxLayout(tab)
tab_layout.addWidget(toolbar)
tab_layout.addLayout(filters)
tab_layout.addWidget(splitter, 1)
tab_layout.addWidget(QLabel(f"在职会员 {len(rows)} 人；列表显示 {len(rows)} 人"))
tabs.addTab(tab, "会员")
for title in ("活动", "慰问", "经费", "计划", "导出"):
    tabs.addTab(QWidget(), title)
window.setWindowTitle("演示工会 — demo.db — unionclerk")
window.statusBar().showMessage(sys.argv[1])
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, _report)
app.exec()
"""
)

# The real entry point (the `unionclerk` script's main), with one hook: once the main window is shown, report
# on the next turn of the event loop, as the bare window does. The hook imports nothing before unionclerk does:
# PySide6 makes every import after its own slower (it reads each importing module's source for its
# __feature__ switches), so importing Qt first would tax modules that the real start-up imports before Qt.
UNIONCLERK = (
    _REPORT
    + """
import sys
import unionclerk.cli as cli

_run_gui_command = cli.run_gui_command

def _hooked(args):
    from unionclerk import syslibs  # what run_gui_command imports first, before Qt
    import unionclerk.app
    from PySide6.QtCore import QTimer

    show = unionclerk.app.MainWindow.show
    def _show(self):
        show(self)
        QTimer.singleShot(0, _report)
    unionclerk.app.MainWindow.show = _show
    return _run_gui_command(args)

cli.run_gui_command = _hooked
from unionclerk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""
)


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Private settings, data and log folders: the benchmark must not touch the clerk's own.
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # Compiled modules cached outside the source tree, as an installed program has them (pip compiles on
    # install); the unmeasured first run fills the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env


def _launch(code: str, args: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """(seconds from launch to the window shown, peak RSS in kB, CPU seconds) of one fresh process."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up run failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    report = json.loads(lines[-1])
    return report["shown"] - started, int(report["rss_kb"]), float(report["cpu"])


def run(n: int = RUNS) -> list[str]:
    from unionclerk.store.db import Store
    from unionclerk.store.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="unionclerk-bench-startup-") as folder:
        home = Path(folder)
        db = home / "demo.db"
        with Store.open(db, daily_backup=False) as store:
            build_demo(store)
        env = _child_env(home)
        # One unmeasured run of each: the first touches files (today's automatic backup, caches).
        _launch(BARE, [], env)
        _launch(UNIONCLERK, ["--db", str(db)], env)
        _launch(FLOOR, [str(db)], env)
        bare: list[tuple[float, int, float]] = []
        text: list[tuple[float, int, float]] = []
        app: list[tuple[float, int, float]] = []
        floor: list[tuple[float, int, float]] = []
        for _ in range(n):  # interleaved, so a busy moment of the machine hits all alike
            bare.append(_launch(BARE, [], env))
            app.append(_launch(UNIONCLERK, ["--db", str(db)], env))
            text.append(_launch(BARE_TEXT, [], env))
            floor.append(_launch(FLOOR, [str(db)], env))
    bare_t, app_t, text_t, floor_t = (
        statistics.median(run[0] for run in runs) for runs in (bare, app, text, floor)
    )
    bare_m, app_m = (statistics.median(run[1] for run in runs) for runs in (bare, app))
    bare_c, app_c = (statistics.median(run[2] for run in runs) for runs in (bare, app))
    return [
        f"startup: {app_t / bare_t:.2f}x (target <= 1.5)",
        f"startup-memory: {app_m / bare_m:.2f}x (target <= 2)",
        f"absolute (median of {n} fresh offscreen processes each): unionclerk --db demo.db {app_t * 1000:.0f} ms, "
        f"bare QMainWindow {bare_t * 1000:.0f} ms; peak RSS {app_m / 1024:.0f} MB vs {bare_m / 1024:.0f} MB",
        f"startup against a bare window showing one line of text: {app_t / text_t:.2f}x (for information: "
        f"{text_t * 1000:.0f} ms; the font database is loaded by the first text painted)",
        f"startup-floor: {floor_t / bare_t:.2f}x (for information: the same first screen made of Qt's own classes "
        f"and a C++ model, no unionclerk code, {floor_t * 1000:.0f} ms); unionclerk against that floor: "
        f"{app_t / floor_t:.2f}x",
        # CPU time barely moves with the load of the machine, so it shows a change that wall time hides.
        f"startup-cpu: {app_c / bare_c:.2f}x (for information: {app_c * 1000:.0f} ms vs {bare_c * 1000:.0f} ms "
        "of CPU until the window is shown)",
    ]
