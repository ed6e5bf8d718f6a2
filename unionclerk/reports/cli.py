"""The `report` command-line verb: figures for a period, in Chinese or as JSON. No Qt.

    unionclerk report members --year 2026 [--half 1|2 | --from 2026-03-01 --to 2026-09-30] [--json] [--db F]

To add a report (compliance, ledger ...): write a function that adds one parser to the `report` subparsers
(use `period_arguments` and `period_of` for the period, `open_for_report` for the database) and append it to
REPORTS; nothing else here changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Subparsers = argparse._SubParsersAction  # argparse has no public name for it


class ReportError(Exception):
    """A one-line message for the user (a bad period, a missing file); the command exits 1."""


def period_arguments(parser: argparse.ArgumentParser) -> None:
    """--year Y with --half 1|2, or --from D --to D; and --db, --json."""
    parser.add_argument("--year", type=int, help="年度，如 2026")  # an option not given is None
    parser.add_argument("--half", type=int, choices=(1, 2), help="1 = 上半年，2 = 下半年")
    parser.add_argument("--from", dest="start", metavar="日期", help="期间开始，如 2026-01-01")
    parser.add_argument("--to", dest="end", metavar="日期", help="期间结束（含），如 2026-06-30")
    parser.add_argument("--json", action="store_true", help="输出 JSON（英文键名，供其他程序读取）")
    parser.add_argument("--db", type=Path, help="数据文件（默认：用户数据目录中的 unionclerk.db）")


def _date(text: str, option: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ReportError(f"{option} 的日期“{text}”无效，应写成 2026-03-01") from None
    if day.isoformat() != text:
        raise ReportError(f"{option} 的日期“{text}”无效，应写成 2026-03-01")
    return day


def period_of(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """The period the options name; ReportError saying what is missing or contradictory."""
    from unionclerk.reports.members import period

    if args.start is not None or args.end is not None:
        if args.half is not None:
            raise ReportError("--half 与 --from/--to 不能同时使用")
        if args.start is None or args.end is None:
            raise ReportError("--from 和 --to 要一起给出")
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if end < start:
            raise ReportError(f"--to {end} 早于 --from {start}")
        if args.year is not None and (start.year != args.year or end.year != args.year):
            raise ReportError(f"--from/--to 不在 {args.year} 年内")
        return start, end
    if args.year is None:
        raise ReportError("请用 --year 指定年度（可加 --half 1|2），或用 --from/--to 指定期间")
    if not 1900 <= args.year <= 2999:
        raise ReportError(f"年度 {args.year} 不对")
    return period(args.year, args.half)


def period_title(args: argparse.Namespace, start: dt.date, end: dt.date) -> str:
    """2026年, 2026年上半年, or 2026-03-01 至 2026-09-30."""
    if args.start is None and args.year is not None:
        return f"{args.year}年" + {None: "", 1: "上半年", 2: "下半年"}[args.half]
    return f"{start.isoformat()} 至 {end.isoformat()}"


def open_for_report(args: argparse.Namespace) -> Any:  # -> Store, imported lazily to keep `--help` fast
    """The --db database (or the default one), opened read-only: a report only reads, so it works while the window
    has the file open and on read-only media. A file that does not exist is refused, never created."""
    from unionclerk.store.db import Store, default_db_path

    path = args.db if args.db is not None else default_db_path()
    if not Path(path).exists():
        raise ReportError(f"找不到数据文件“{path}”：请检查 --db 的路径。")
    return Store.open_for_reading(path)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- members ----------------------------------------------------------------------


def _members(args: argparse.Namespace) -> int:
    from unionclerk.reports.members import member_figures

    start, end = period_of(args)
    with open_for_report(args) as store:
        figures = member_figures(store, start, end)
    if args.json:
        print_json(figures.to_json())
    else:
        print(f"会员情况 {period_title(args, start, end)}")
        print(figures.to_text())
    return 0


def add_members_report(kinds: Subparsers) -> None:
    parser = kinds.add_parser(
        "members",
        help="会员人数：期初、入会、减少（按原因）、期末、保留会籍、女会员、困难职工、入会率",
    )
    period_arguments(parser)
    parser.set_defaults(handler=guarded(_members))


# -- compliance (the visits book's report: reports/compliance) -------------------------------


def _compliance(args: argparse.Namespace) -> int:
    from unionclerk.reports.compliance import compliance_lines

    with open_for_report(args) as store:
        for line in compliance_lines(store, args.year):
            print(line)
    return 0


def add_compliance_report(kinds: Subparsers) -> None:
    parser = kinds.add_parser(
        "compliance", help="列出某年所有不符合慰问标准的记录（会员、日期、类别、金额、规则及依据、理由）"
    )
    parser.add_argument("--year", type=int, default=dt.date.today().year, help="哪一年（默认今年）")
    parser.add_argument("--db", type=Path, help="数据文件（默认：用户数据目录中的 unionclerk.db）")
    parser.set_defaults(handler=guarded(_compliance))


# -- registration -----------------------------------------------------------------


# One function per report kind; each adds its parser to the `report` subparsers.
REPORTS: list[Callable[[Subparsers], None]] = [add_members_report, add_compliance_report]


def guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """ReportError is the user's mistake: a one-line message and exit 1, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ReportError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1

    return run


def register(verbs: Subparsers) -> None:
    """Add the `report` verb with a kind for every entry of REPORTS."""
    report = verbs.add_parser("report", help="按期间统计（会员人数等），输出中文或 JSON")
    kinds = report.add_subparsers(metavar="类别", required=True)
    for add in REPORTS:
        add(kinds)
