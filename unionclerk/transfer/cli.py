"""The `import` and `export` command-line verbs. No Qt.

Each book registers its kinds in BOOKS: `unionclerk import KIND FILE`, `unionclerk export KIND --out F`,
`unionclerk export template KIND --out F`. To add a book (activities, plan), write a BookCommands and append it
to BOOKS; nothing else here changes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unionclerk.transfer import activities_cli, ledger_cli, summary_cli, visits_cli
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


# -- members ----------------------------------------------------------------------


def _import_members(args: argparse.Namespace) -> int:
    from unionclerk.transfer.headers import parse_map_arguments
    from unionclerk.transfer.members import StoredMembers, import_members, read_members, write_member_errors

    with open_store(args) as store:
        # Checked against the stored roster as it is read: the import then reads the file once more to write.
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
    parser.set_defaults(handler=_guarded(_import_members))


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
    parser.set_defaults(handler=_guarded(_export_members))


def _members_template(path: Path) -> None:
    from unionclerk.transfer.members import write_members_template

    write_members_template(path)


MEMBERS = BookCommands("members", _add_members_import, _add_members_export, _members_template)

# Books with import/export on the command line; activities and plan come from transfer/activities_cli.py.
BOOKS: list[BookCommands] = [
    MEMBERS,
    *(BookCommands(*kind) for kind in activities_cli.KINDS),
    *(BookCommands(*kind) for kind in visits_cli.KINDS),
    *(BookCommands(*kind) for kind in ledger_cli.KINDS),  # ledger, and the dues/publicity/statement exports
]


# -- registration -----------------------------------------------------------------


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """TransferError is the file's fault: a one-line message and exit 1, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except TransferError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1

    return run


def _template(args: argparse.Namespace) -> int:
    book = next(b for b in BOOKS if b.kind == args.book)
    book.write_template(args.out)
    print(f"已写入模板 {args.out}")
    return 0


def register(verbs: Subparsers) -> None:
    """Add the `import` and `export` verbs, with a kind for every book in BOOKS."""
    importing = verbs.add_parser("import", help="从 Excel/CSV 导入台账（会员花名册等）")
    import_kinds = importing.add_subparsers(dest="kind", metavar="类别", required=True)
    exporting = verbs.add_parser("export", help="导出可打印的 Excel 台账或导入模板")
    export_kinds = exporting.add_subparsers(dest="kind", metavar="类别", required=True)
    for book in BOOKS:
        book.add_import(import_kinds)
        book.add_export(export_kinds)
    summary_cli.add_export(export_kinds, _guarded, db_argument)  # export summary (the work summary and plan)
    visits_cli.add_signoff(export_kinds)  # `export signoff`: the 签收表 of a festival distribution
    template = export_kinds.add_parser("template", help="写出空白导入模板（含示例行和填写说明）")
    template.add_argument("book", choices=[b.kind for b in BOOKS], help="哪本台账的模板")
    template.add_argument("--out", type=Path, required=True, help="输出的 .xlsx 文件")
    template.set_defaults(handler=_guarded(_template))
