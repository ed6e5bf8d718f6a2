"""Command-line kind for the member roster: `import members FILE`, `export members --out F [--full-id]
[--status …] [--columns full|print]`, and `export template members`. Registered by transfer/cli.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unionclerk.transfer.commands import (
    Subparsers,
    TransferError,
    db_argument,
    finish_import,
    guarded,
    import_arguments,
    open_store,
    report_unknown,
)


def _import_members(args: argparse.Namespace) -> int:
    from unionclerk.transfer.headers import parse_map_arguments
    from unionclerk.transfer.members import StoredMembers, import_members, read_members, write_member_errors

    with open_store(args) as store:
        # Checked against the stored roster as it is read: the import then writes the rows it checked.
        parsed = read_members(
            args.file,
            overrides=parse_map_arguments(args.map),
            keep_unmapped=not args.drop_unmapped,
            stored=StoredMembers.read(store),
        )
        report_unknown(parsed.unknown_headers, args.drop_unmapped)
        report = import_members(store, parsed, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return finish_import(args, parsed, report, write_member_errors)


def _export_members(args: argparse.Namespace) -> int:
    from unionclerk.core.members import STATUSES
    from unionclerk.store.members import MEMBERS_ONLY, MemberQuery
    from unionclerk.transfer.members import export_members

    statuses: list[str] = []
    for status in args.status or []:
        if status == MEMBERS_ONLY:
            statuses.extend(["在会", "保留会籍"])
        elif status in STATUSES:
            statuses.append(status)
        else:
            raise TransferError(f"会籍状态“{status}”不存在；可用：{'、'.join(STATUSES)}、{MEMBERS_ONLY}")
    with open_store(args) as store:
        count = export_members(
            store,
            args.out,
            query=MemberQuery(statuses=tuple(statuses)),
            full_ids=args.full_id,
            column_set=args.columns,
        )
    print(
        f"已导出 {count} 名会员到 {args.out}{'（身份证号完整）' if args.full_id else '（身份证号已隐去中间8位）'}"
    )
    return 0


def _add_members_import(kinds: Subparsers) -> None:
    parser = kinds.add_parser("members", help="导入会员花名册")
    import_arguments(parser)
    parser.set_defaults(handler=guarded(_import_members))


def _add_members_export(kinds: Subparsers) -> None:
    parser = kinds.add_parser("members", help="导出可打印的会员花名册")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="输出文件：.xlsx（可打印的 Excel 台账）或 .csv（UTF-8 文本表格）",
    )
    db_argument(parser)
    parser.add_argument("--full-id", action="store_true", help="写出完整身份证号（默认隐去出生日期8位）")
    parser.add_argument(
        "--status", nargs="+", metavar="状态", help="只导出这些会籍状态（如 在会 保留会籍；会员=两者）"
    )
    parser.add_argument(
        "--columns",
        choices=("full", "print"),
        default="full",
        help="full：全部列（可再导入，默认）；print：打印用的列（横向 A4 一页宽）",
    )
    parser.set_defaults(handler=guarded(_export_members))


def _members_template(path: Path) -> None:
    from unionclerk.transfer.members import write_members_template

    write_members_template(path)


# (kind, add_import, add_export, write_template) — the fields of transfer.commands.BookCommands.
KINDS = [("members", _add_members_import, _add_members_export, _members_template)]
