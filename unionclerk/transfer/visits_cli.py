"""Command-line kinds for the visits book: `import visits FILE`, `export visits --year Y --out F`, `export
signoff --batch ID | --festival 春节 --year Y --out F`, and `export template visits`. transfer/cli.py registers
them; the shared helpers come from transfer/commands.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from unionclerk.core.visits import FESTIVALS
from unionclerk.transfer.commands import (
    Subparsers,
    db_argument,
    finish_import,
    guarded,
    import_arguments,
    open_store,
    report_unknown,
)


def _import_visits(args: argparse.Namespace) -> int:
    from unionclerk.transfer.headers import parse_map_arguments
    from unionclerk.transfer.visits import import_visits, read_visits, write_visit_errors

    with open_store(args) as store:
        parsed = read_visits(
            args.file, store, overrides=parse_map_arguments(args.map), keep_unmapped=not args.drop_unmapped
        )
        report_unknown(parsed.unknown_headers, args.drop_unmapped)
        report = import_visits(store, parsed, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return finish_import(args, parsed, report, write_visit_errors)


def _export_visits(args: argparse.Namespace) -> int:
    from unionclerk.transfer.visits import export_visits

    with open_store(args) as store:
        count = export_visits(store, args.out, year=args.year)
    print(f"已导出 {args.year} 年 {count} 条慰问记录到 {args.out}")
    return 0


def _export_signoff(args: argparse.Namespace) -> int:
    from unionclerk.store.errors import NotFound
    from unionclerk.transfer.problems import TransferError
    from unionclerk.transfer.visits import export_signoff, signoff_batches

    with open_store(args) as store:
        try:
            batches = signoff_batches(
                store, batch_id=args.batch, festival=args.festival or "", year=args.year
            )
        except NotFound as exc:
            raise TransferError(str(exc)) from exc
        count = export_signoff(store, args.out, batches, by_department=args.by_department)
    print(f"已写出{batches[0].festival}签收表（{count} 人）到 {args.out}")
    return 0


def add_import(kinds: Subparsers) -> None:
    parser = kinds.add_parser("visits", help="导入慰问台账（会员按身份证号或姓名对应花名册，不会新建会员）")
    import_arguments(parser)
    parser.set_defaults(handler=guarded(_import_visits))


def add_export(kinds: Subparsers) -> None:
    parser = kinds.add_parser("visits", help="导出可打印的年度慰问台账")
    parser.add_argument("--year", type=int, default=dt.date.today().year, help="哪一年（默认今年）")
    parser.add_argument("--out", type=Path, required=True, help="输出的 .xlsx 文件")
    db_argument(parser)
    parser.set_defaults(handler=guarded(_export_visits))


def add_signoff(kinds: Subparsers) -> None:
    """`export signoff`: the 签收表 of a festival distribution."""
    parser = kinds.add_parser("signoff", help="写出节日慰问品签收表（按批次，或按节日和年份）")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--batch", type=int, help="发放批次编号")
    which.add_argument("--festival", choices=FESTIVALS, help="节日（与 --year 一起用）")
    parser.add_argument("--year", type=int, default=dt.date.today().year, help="哪一年（默认今年）")
    parser.add_argument("--by-department", action="store_true", help="按部门分页，每部门一个小计")
    parser.add_argument("--out", type=Path, required=True, help="输出的 .xlsx 文件")
    db_argument(parser)
    parser.set_defaults(handler=guarded(_export_signoff))


def write_template(path: Path) -> None:
    from unionclerk.transfer.visits import write_visits_template

    write_visits_template(path)


# (kind, add_import, add_export, write_template) — the fields of transfer.commands.BookCommands.
KINDS = [("visits", add_import, add_export, write_template)]
