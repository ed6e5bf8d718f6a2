"""Command-line kinds for the activities and plan books: `import activities|plan FILE`, `export activities|plan
--year Y --out F`, and their templates. transfer/cli.py wraps KINDS into BookCommands; the shared helpers come
from transfer/commands.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from unionclerk.transfer.commands import (
    Subparsers,
    db_argument,
    finish_import,
    guarded,
    import_arguments,
    open_store,
    report_unknown,
)


def _import_activities(args: argparse.Namespace) -> int:
    from unionclerk.transfer.activities import import_activities, read_activities, write_activity_errors
    from unionclerk.transfer.headers import parse_map_arguments

    with open_store(args) as store:
        parsed = read_activities(
            args.file, store, overrides=parse_map_arguments(args.map), keep_unmapped=not args.drop_unmapped
        )
        report_unknown(parsed.unknown_headers, args.drop_unmapped)
        report = import_activities(store, parsed, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return finish_import(args, parsed, report, write_activity_errors)


def _import_plan(args: argparse.Namespace) -> int:
    from unionclerk.transfer.headers import parse_map_arguments
    from unionclerk.transfer.plan import import_plan, read_plan, write_plan_errors

    parsed = read_plan(
        args.file,
        year=args.year,
        overrides=parse_map_arguments(args.map),
        keep_unmapped=not args.drop_unmapped,
    )
    report_unknown(parsed.unknown_headers, args.drop_unmapped)
    with open_store(args) as store:
        report = import_plan(store, parsed, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return finish_import(args, parsed, report, write_plan_errors)


def _export_activities(args: argparse.Namespace) -> int:
    from unionclerk.transfer.activities import export_activities

    with open_store(args) as store:
        count = export_activities(store, args.out, year=args.year)
    print(f"已导出 {args.year} 年 {count} 项活动到 {args.out}")
    return 0


def _export_plan(args: argparse.Namespace) -> int:
    from unionclerk.transfer.plan import export_plan

    with open_store(args) as store:
        count = export_plan(store, args.out, year=args.year)
    print(f"已导出 {args.year} 年计划 {count} 项到 {args.out}")
    return 0


def _import_options(kind: str) -> Callable[[argparse.ArgumentParser], None]:
    def options(parser: argparse.ArgumentParser) -> None:
        import_arguments(parser)
        if kind == "plan":
            parser.add_argument("--year", type=int, default=None, help="文件没有“年度”列时，计划属于哪一年")

    return options


def _export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, default=dt.date.today().year, help="哪一年（默认今年）")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="输出文件：.xlsx（可打印的 Excel 台账）或 .csv（UTF-8 文本表格）",
    )
    db_argument(parser)


def _kind(
    kind: str,
    help_text: str,
    options: Callable[[argparse.ArgumentParser], None],
    handler: Callable[[argparse.Namespace], int],
) -> Callable[[Subparsers], None]:
    """What adds one kind's parser to a verb's subparsers (the add_import / add_export of BookCommands)."""

    def add(kinds: Subparsers) -> None:
        parser = kinds.add_parser(kind, help=help_text)
        options(parser)
        parser.set_defaults(handler=guarded(handler))

    return add


def _activities_template(path: Path) -> None:
    from unionclerk.transfer.activities import write_activities_template

    write_activities_template(path)


def _plan_template(path: Path) -> None:
    from unionclerk.transfer.plan import write_plan_template

    write_plan_template(path)


# (kind, add_import, add_export, write_template) — the fields of transfer.commands.BookCommands.
KINDS = [
    (
        "activities",
        _kind(
            "activities",
            "导入活动台账（参与会员按姓名对应花名册，不会新建会员）",
            _import_options("activities"),
            _import_activities,
        ),
        _kind("activities", "导出可打印的年度活动台账", _export_options, _export_activities),
        _activities_template,
    ),
    (
        "plan",
        _kind("plan", "导入年度工作计划", _import_options("plan"), _import_plan),
        _kind("plan", "导出可打印的年度工作计划", _export_options, _export_plan),
        _plan_template,
    ),
]
