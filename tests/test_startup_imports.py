"""Start-up imports only what the first paint needs: pinyin data, openpyxl, xlrd, sqlite-utils and the forms load
on first use (a fresh interpreter, since the test process has long imported them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LATER = ("pypinyin", "openpyxl", "xlrd", "sqlite_utils", "unionclerk.transfer.workbook")
LATER += tuple(
    f"unionclerk.ui.dialogs.{form}"
    for form in ("member_dialog", "status_dialog", "activity_dialog", "plan_item_dialog", "settings_dialog")
)
LATER += ("unionclerk.ui.dialogs.restore_dialog", "unionclerk.ui.dialogs.member_activities_dialog")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {LATER!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # conftest's private XDG folders
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_window_modules_do_not_load_pinyin_or_spreadsheets() -> None:
    assert _loaded_after("import unionclerk.app, unionclerk.ui.main_window, unionclerk.cli") == []


def test_opening_the_window_on_a_file_loads_none_of_them(tmp_path: Path) -> None:
    from unionclerk.store.db import Store
    from unionclerk.store.demo import build_demo

    db = tmp_path / "demo.db"
    with Store.open(db, daily_backup=False) as store:
        build_demo(store)
    code = f"""
from PySide6.QtWidgets import QApplication
from unionclerk.store.db import Store
from unionclerk.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(Store.open({str(db)!r}, daily_backup=False))
window.show()
app.processEvents()
for index in range(window.tabs.count()):  # every tab shown once, as a clerk looking around would
    window.tabs.setCurrentIndex(index)
    app.processEvents()
window.close()
"""
    assert _loaded_after(code) == []


def test_the_probe_sees_a_module_that_is_loaded() -> None:
    """The check above is not vacuous: typing a name loads pinyin, an export loads openpyxl."""
    loaded = _loaded_after(
        "from unionclerk.core.pinyin import pinyin_full; pinyin_full('张三')\n"
        "import unionclerk.transfer.members"
    )
    assert "pypinyin" in loaded and "openpyxl" in loaded


def test_the_window_command_line_builds_no_verb_parsers() -> None:
    from unionclerk.cli import _names_a_verb, build_parser

    for window in ([], ["--demo"], ["--db", "check.db"], ["--db=x.db", "--demo"], ["--version"]):
        assert not _names_a_verb(window), window
    for verb in (["check"], ["--db", "x.db", "settings"], ["--help"], ["-h"], ["export", "members"]):
        assert _names_a_verb(verb), verb
    args = build_parser(with_verbs=False).parse_args(["--db", "check.db"])
    assert str(args.db) == "check.db" and not args.demo


def test_the_window_on_a_file_loads_only_the_tab_shown(tmp_path: Path) -> None:
    """The first paint needs the roster: the other books' modules, the roster's import dialog, the benefit
    rules, strptime's locale tables and ctypes (the xcb check, not run offscreen) load when first used."""
    from unionclerk.store.db import Store
    from unionclerk.store.demo import build_demo

    db = tmp_path / "demo.db"
    with Store.open(db, daily_backup=False) as store:
        build_demo(store)
    later = [
        *(f"unionclerk.ui.{tab}_tab" for tab in ("activities", "visits", "ledger", "plan", "export")),
        "unionclerk.ui.dialogs.import_dialog",
        "unionclerk.core.benefit_rules",
        "_strptime",
        "ctypes",
    ]
    code = f"""
import sys
import unionclerk.app as app
shown = []
app.QApplication.exec = lambda *a: shown.append(True) or 0
app.run_gui({str(db)!r})
assert shown == [True] and "unionclerk.ui.members_tab" in sys.modules
print(" ".join(m for m in {later!r} if m in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
