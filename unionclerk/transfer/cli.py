"""The `import` and `export` command-line verbs, registered from one place. No Qt.

Each book has its own module (members_cli, activities_cli, visits_cli, ledger_cli, summary_cli) with its kinds;
the helpers they share are in transfer/commands.py. `unionclerk import KIND FILE`, `unionclerk export KIND --out
F`, `unionclerk export template KIND --out F`. To add a book, write its module with a KINDS list and add it to
BOOKS; nothing else here changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unionclerk.transfer import activities_cli, ledger_cli, members_cli, summary_cli, visits_cli
from unionclerk.transfer.commands import BookCommands, Subparsers, guarded

# Books with import/export on the command line, each from its own module.
BOOKS: list[BookCommands] = [
    BookCommands(*kind)
    for module in (
        members_cli,
        activities_cli,
        visits_cli,
        ledger_cli,
    )  # ledger: also dues/publicity/statement
    for kind in module.KINDS
]


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
    summary_cli.add_export(export_kinds)  # export summary (the work summary and plan)
    visits_cli.add_signoff(export_kinds)  # `export signoff`: the 签收表 of a festival distribution
    template = export_kinds.add_parser("template", help="写出空白导入模板（含示例行和填写说明）")
    template.add_argument("book", choices=[b.kind for b in BOOKS], help="哪本台账的模板")
    template.add_argument("--out", type=Path, required=True, help="输出的 .xlsx 文件")
    template.set_defaults(handler=guarded(_template))
