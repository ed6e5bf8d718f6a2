"""Command-line verbs (new, demo, settings, backup, check, import, export) and the window's start-up options.

No Qt widgets are imported here: the window is loaded only when no verb is given.
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import sys
from pathlib import Path

from unionclerk import __version__
from unionclerk.core.members import FieldErrors
from unionclerk.core.settings import Settings, SettingsError
from unionclerk.store.db import Store, data_file, inspect_file
from unionclerk.store.errors import StoreError
from unionclerk.store.schema import LATEST_VERSION


class CliError(Exception):
    """A one-line message for the user; the command exits non-zero."""


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="数据文件（默认：用户数据目录中的 unionclerk.db）"
    )


def _db_path(args: argparse.Namespace) -> Path:
    """--db, which must exist, or the default data file (created on first use)."""
    return data_file(args.db)


def _apply_settings(settings: Settings, items: list[str]) -> Settings:
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise CliError(f"“{item}”应写成 KEY=VALUE")
        settings = settings.with_text(key.strip(), value)
    return settings


def _print_settings(settings: Settings) -> None:
    for key, value in settings.to_text().items():
        print(f"{key} = {value}    # {Settings.LABELS.get(key, '')}")


def cmd_new(args: argparse.Namespace) -> int:
    from unionclerk.store.settings import save_settings

    path: Path = args.db
    if path.exists() or path.is_symlink():
        raise CliError(f"“{path}”已存在；new 只新建数据文件，不会覆盖。要修改设置请用 unionclerk settings。")
    settings = _apply_settings(Settings(), args.set or [])  # a bad setting is refused before the file exists
    with Store.open(path, daily_backup=False) as store:
        save_settings(store, settings)
    print(f"已新建数据文件 {path}")
    _print_settings(settings)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from unionclerk.store.demo import build_demo

    out: Path = args.out
    if out.exists():
        raise CliError(f"“{out}”已存在；演示数据只写入新文件，请换一个文件名。")
    with Store.open(out, daily_backup=False) as store:
        summary = build_demo(store)
    print(f"已写入演示数据库 {out}：{summary}")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from unionclerk.store.settings import load_settings, save_settings

    path = _db_path(args)
    if not args.set:  # only reading: works while the window has the file open, and on read-only media
        with Store.open_for_reading(path) as store:
            _print_settings(load_settings(store))
        return 0
    with Store.open(path) as store:
        settings = _apply_settings(load_settings(store), args.set)
        save_settings(store, settings)
        _print_settings(settings)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from unionclerk.store.backup import make_backup

    with Store.open(_db_path(args), daily_backup=False) as store:
        target = make_backup(store, kind="manual")
    print(f"已备份到 {target}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = args.db if args.db is not None else data_file(None)
    version, problems = inspect_file(path)
    print(f"{path}：数据版本 {version}（本程序为 {LATEST_VERSION}）")
    if problems:
        for problem in problems:
            print(f"问题：{problem}")
        return 1 if any("较旧" not in p for p in problems) else 0
    print("完整性检查：正常")
    return 0


def run_gui_command(args: argparse.Namespace) -> int:
    from unionclerk import syslibs

    # Before anything is created (a demo folder, a lock file): Qt would abort without these libraries.
    if syslibs.uses_xcb():
        missing = syslibs.missing_xcb_libraries()
        if missing:
            raise CliError(syslibs.missing_message(missing))
        no_display = syslibs.no_display_message()
        if no_display:
            raise CliError(no_display)
    from unionclerk.app import application, run_gui  # Qt is imported only here

    application()  # Qt starts (or aborts) before a demo file is written
    if args.demo:
        import atexit
        import shutil
        import tempfile

        from unionclerk.store.demo import build_demo

        folder = Path(tempfile.mkdtemp(prefix="unionclerk-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "演示工会.db"
        with Store.open(path, daily_backup=False) as store:
            build_demo(store)
        return run_gui(path, demo=True)
    return run_gui(args.db)


def build_parser(*, with_verbs: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without with_verbs only the window's options (start-up reads no more)."""
    parser = argparse.ArgumentParser(
        prog="unionclerk",
        description="基层工会台账与工作总结。不带子命令时打开窗口。",
    )
    parser.add_argument("--version", action="version", version=f"unionclerk {__version__}")
    parser.add_argument("--demo", action="store_true", help="在一份新的演示数据上打开窗口（不碰真实数据）")
    _db_argument(parser)
    parser.set_defaults(handler=run_gui_command)
    if not with_verbs:
        return parser
    verbs = parser.add_subparsers(dest="verb", metavar="子命令")

    new = verbs.add_parser("new", help="新建一个空的数据文件（可同时写入单位设置）")
    new.add_argument("--db", type=Path, required=True, help="新数据文件（不能已存在）")
    new.add_argument("--set", action="append", metavar="KEY=VALUE", help="一项单位设置，可重复")
    new.set_defaults(handler=cmd_new)

    demo = verbs.add_parser("demo", help="写出一份演示数据库")
    demo.add_argument("--out", type=Path, required=True, help="新数据库文件")
    demo.set_defaults(handler=cmd_demo)

    settings = verbs.add_parser("settings", help="查看或修改单位设置")
    _db_argument(settings)
    settings.add_argument("--set", action="append", metavar="KEY=VALUE", help="修改一项设置，可重复")
    settings.set_defaults(handler=cmd_settings)

    backup = verbs.add_parser("backup", help="立即备份数据文件")
    _db_argument(backup)
    backup.set_defaults(handler=cmd_backup)

    check = verbs.add_parser("check", help="检查数据文件的完整性和数据版本（只读）")
    _db_argument(check)
    check.set_defaults(handler=cmd_check)

    from unionclerk.transfer.cli import register as register_transfer_verbs

    register_transfer_verbs(verbs)  # `import` and `export` (owned by unionclerk/transfer/cli.py)
    from unionclerk.reports.cli import register as register_report_verbs

    register_report_verbs(verbs)  # `report` (owned by unionclerk/reports/cli.py)
    return parser


def _never_fail_on_output() -> None:
    """A console or file whose encoding cannot hold Chinese (cp1252, PYTHONIOENCODING=ascii) gets '?' for what
    it cannot show, rather than a UnicodeEncodeError traceback in place of the message."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _names_a_verb(argv: list[str]) -> bool:
    """Whether argv goes beyond the window's options (--db F, --demo, --version): a verb, or help to list
    them. Opening the window then skips building the parsers of a dozen verbs."""
    expect_value = False
    for arg in argv:
        if expect_value:
            expect_value = False
        elif arg == "--db":
            expect_value = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def main(argv: list[str]) -> int:
    _never_fail_on_output()
    verb = _names_a_verb(argv)
    if verb:
        gc.enable()  # only the window's start-up goes without the collector (__main__.main)
    parser = build_parser(with_verbs=verb)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except (CliError, StoreError, SettingsError, FieldErrors, OSError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # a file damaged or locked in a way the checks on opening did not see
        print(f"错误：数据文件无法读写（{exc}）", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
