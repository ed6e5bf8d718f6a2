"""What every book's command-line module shares: the BookCommands record, the common options, opening the
--db file, printing an import's report, and the guard that turns a TransferError into one line and exit 1.
No Qt. The book modules (members_cli, activities_cli, visits_cli, ledger_cli, summary_cli) import this one;
transfer/cli.py registers them all; nothing here imports a book.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unionclerk.transfer.problems import ImportReport, ParsedRows, StreamedRows, TransferError

Subparsers = argparse._SubParsersAction  # argparse has no public name for it


@dataclass(frozen=True)
class BookCommands:
    """One book's command-line kinds. Each add_* gets the subparsers of its verb and adds one parser."""

    kind: str  # members, activities, plan
    add_import: Callable[[Subparsers], None]
    add_export: Callable[[Subparsers], None]
    write_template: Callable[[Path], None]


def db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="数据文件（默认：用户数据目录中的 unionclerk.db）"
    )


def import_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every book's import shares."""
    parser.add_argument("file", type=Path, help="要导入的 .xlsx / .xls / .csv 文件")
    db_argument(parser)
    parser.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    parser.add_argument("--skip-invalid", action="store_true", help="只导入没有错误的行，其余列出")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="表头=字段",
        help="把不认识的列对应到字段（或 备注/忽略），可重复",
    )
    parser.add_argument(
        "--drop-unmapped", action="store_true", help="不认识且未指定的列直接丢弃（默认记入备注）"
    )
    parser.add_argument(
        "--errors-out", type=Path, default=None, help="把有错误的行写成工作簿，改正后可再导入"
    )


def open_store(args: argparse.Namespace):  # -> Store, imported lazily to keep `--help` fast
    """The --db database, which must exist (never created empty: a mistyped path would otherwise take the
    import), or the default one, created on first use.

    What only reads opens the file read-only, so it works on a write-protected USB stick and while the window
    has the file open: every export, and a dry run (on a copy in memory, which it writes to and rolls back).
    """
    from unionclerk.store.db import Store, data_file

    path = data_file(args.db)
    if getattr(args, "verb", None) == "export":
        return Store.open_for_reading(path)
    if getattr(args, "dry_run", False):
        return Store.open_scratch(path)
    return Store.open(path)


def report_unknown(unknown: list[str], drop: bool) -> None:
    if unknown:
        where = "丢弃" if drop else "记入备注"
        print(f'未识别的列（{where}）：{"、".join(unknown)}。可用 --map "表头=字段" 指定。')


def finish_import(
    args: argparse.Namespace,
    parsed: ParsedRows | StreamedRows,
    report: ImportReport,
    write_errors: Callable[..., int],
) -> int:
    """Write the refused rows when --errors-out asks, print the report; the exit status."""
    if args.errors_out and parsed.error_rows:
        print(f"有错误的 {write_errors(args.errors_out, parsed)} 行已写入 {args.errors_out}")
    return print_report(report)


def print_report(report: ImportReport) -> int:
    for line in report.lines():
        print(line)
    if report.errors and not report.written and not report.dry_run:
        print("有错误，未写入任何数据。改正后重新导入，或加 --skip-invalid 只导入有效行。", file=sys.stderr)
        return 1
    return 1 if report.dry_run and report.errors else 0


def guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """TransferError is the file's fault: a one-line message and exit 1, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except TransferError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1

    return run
