"""Command-line kinds for the 经费 book: `import ledger FILE`, `export ledger|dues|publicity|income-statement
--year Y [--month M] --out F`, and `export template ledger`. transfer/cli.py wraps KINDS into BookCommands."""

from __future__ import annotations

import argparse
import datetime as dt
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
from unionclerk.transfer.problems import TransferError


def _import_ledger(args: argparse.Namespace) -> int:
    from unionclerk.transfer.headers import parse_map_arguments
    from unionclerk.transfer.ledger import import_ledger, read_ledger, write_ledger_errors

    with open_store(args) as store:
        parsed = read_ledger(
            args.file, store, overrides=parse_map_arguments(args.map), keep_unmapped=not args.drop_unmapped
        )
        report_unknown(parsed.unknown_headers, args.drop_unmapped)
        report = import_ledger(store, parsed, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return finish_import(args, parsed, report, write_ledger_errors)


def _export(args: argparse.Namespace) -> int:
    from unionclerk.transfer import ledger_books

    month = args.month
    if month is not None and not 1 <= month <= 12:
        raise TransferError(f"--month 应为 1 到 12，不是 {month}")
    if args.kind == "dues" and month is not None:
        raise TransferError("会费收缴台账按全年导出（会员 × 12个月），不用 --month")
    if args.kind == "publicity" and month is None:
        raise TransferError("收支公示表按月编制：请用 --month 指明月份")
    with open_store(args) as store:
        if args.kind == "ledger":
            count = ledger_books.export_ledger(store, args.out, year=args.year, month=month)
        elif args.kind == "dues":
            count = ledger_books.export_dues(store, args.out, year=args.year)
        elif args.kind == "publicity":
            count = ledger_books.export_publicity(store, args.out, year=args.year, month=month)
        else:
            count = ledger_books.export_income_statement(store, args.out, year=args.year, month=month)
    print(ledger_books.describe_export(args.kind, count, args.year, month, args.out))
    return 0


EXPORTS = {
    "ledger": "导出经费收支明细账（含本月合计、本年累计）",
    "dues": "导出会费收缴台账（会员 × 月份）",
    "publicity": "导出月度收支公示表（需 --month）",
    "income-statement": "导出收入支出表（工会02表；有 --month 为月报，否则为年报）",
}


def _add_import(kinds: Subparsers) -> None:
    parser = kinds.add_parser("ledger", help="导入经费收支账（科目按编码或名称，2022年以前按2010年科目表）")
    import_arguments(parser)
    parser.set_defaults(handler=guarded(_import_ledger))


def _add_exports(kinds: Subparsers) -> None:
    for kind, help_text in EXPORTS.items():
        parser = kinds.add_parser(kind, help=help_text)
        parser.add_argument("--year", type=int, default=dt.date.today().year, help="哪一年（默认今年）")
        parser.add_argument(
            "--month", type=int, default=None, help="哪个月（1-12）；明细账、收入支出表不给则为全年"
        )
        parser.add_argument("--out", type=Path, required=True, help="输出的 .xlsx 文件")
        db_argument(parser)
        parser.set_defaults(handler=guarded(_export), kind=kind)


def _template(path: Path) -> None:
    from unionclerk.transfer.ledger import write_ledger_template

    write_ledger_template(path)


# (kind, add_import, add_export, write_template) — the fields of transfer.commands.BookCommands.
KINDS = [("ledger", _add_import, _add_exports, _template)]
