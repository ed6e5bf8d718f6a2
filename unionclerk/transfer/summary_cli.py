"""`unionclerk export summary` and `export handover`: the work summary and plan as .docx or PDF, and the year-end
handover pack, from the command line.

    unionclerk export summary --year 2026 [--half 1|2 | --from D --to D] [--kind both|summary|plan]
                              --out F.docx|F.pdf [--db DB] [--date D]
    unionclerk export handover --year 2026 --out FOLDER [--db DB]

The clerk's edits saved in the window are part of the document. PDF is drawn by Qt off screen (no window).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from unionclerk.transfer.commands import Subparsers, db_argument, guarded, open_store
from unionclerk.transfer.problems import TransferError


def _period(args: argparse.Namespace):  # -> Period
    from unionclerk.core.dates import DateError, parse_date
    from unionclerk.reports.summary import Period

    if args.half and (args.date_from or args.date_to):
        raise TransferError("--half 与 --from/--to 只能选一种")
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise TransferError("自定义期间需要同时给出 --from 和 --to")
        try:
            start, end = parse_date(args.date_from), parse_date(args.date_to)
        except DateError as exc:
            raise TransferError(str(exc)) from None
        if start.year != args.year:
            raise TransferError(f"--from {start} 不在 --year {args.year} 年内")
        return Period.between(start.isoformat(), end.isoformat())
    if args.half:
        return Period.half(args.year, args.half)
    return Period.year(args.year)


def export_summary(args: argparse.Namespace) -> int:
    from unionclerk.reports.summary import PeriodError, build_document, changed_under_edits

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise TransferError(f"--out 应以 .docx 或 .pdf 结尾，不是“{out.name}”")
    if not out.parent.exists():
        raise TransferError(f"文件夹“{out.parent}”不存在")
    try:
        period = _period(args)
        on = dt.date.fromisoformat(args.date) if args.date else None
    except (PeriodError, ValueError) as exc:
        raise TransferError(str(exc)) from None
    with open_store(args) as store:
        document = build_document(store, period, args.kind, on=on)
        changed = changed_under_edits(store, document)
    for line in document.missing:
        print(f"提示：{line}")
    if changed:
        print(
            f"提示：有 {len(changed)} 段您修改过的文字，其所依据的数据已变化；在窗口“导出”页可查看并决定是否更新。"
        )
    if suffix == ".docx":
        from unionclerk.reports.summary_docx import write_docx

        write_docx(document, out)
    else:
        _write_pdf(document, out)
    print(f"已写出《{document.title}》到 {out}")
    return 0


def _pdf_writer():  # -> Callable[[Document, Path], Path], with Qt started off screen
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing a PDF needs no screen
    from PySide6.QtWidgets import QApplication

    from unionclerk.ui.summary_print import font_notice, write_pdf

    # A QApplication (not just a QGuiApplication), so a window opened later in the same process still works.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    notice = font_notice()
    if notice:
        print(f"提示：{notice}")
    return write_pdf


def _write_pdf(document: object, out: Path) -> None:
    _pdf_writer()(document, out)  # type: ignore[arg-type]


def export_handover(args: argparse.Namespace) -> int:
    from unionclerk.transfer.handover import HandoverError, write_handover

    def report(done: int, total: int, title: str) -> bool:
        if title:
            print(f"[{done + 1}/{total}] {title}")
        return True

    with open_store(args) as store:
        try:
            files = write_handover(store, args.year, args.out, pdf_writer=_pdf_writer(), progress=report)
        except HandoverError as exc:
            raise TransferError(str(exc)) from None
    print(f"已写出移交包 {args.out}（{len(files)} 个文件）：")
    for path in files:
        print(f"  {path.name}")
    return 0


def add_export(kinds: Subparsers) -> None:
    parser = kinds.add_parser("summary", help="写出工作总结暨工作计划（.docx 或 .pdf）")
    parser.add_argument("--year", type=int, required=True, help="年度，如 2026")
    parser.add_argument("--half", type=int, choices=(1, 2), help="1 = 上半年，2 = 下半年")
    parser.add_argument("--from", dest="date_from", metavar="日期", help="自定义期间的开始日期")
    parser.add_argument("--to", dest="date_to", metavar="日期", help="自定义期间的结束日期")
    parser.add_argument(
        "--kind",
        choices=("both", "summary", "plan"),
        default="both",
        help="both = 总结暨计划（默认），summary = 只写总结，plan = 只写计划",
    )
    parser.add_argument("--out", type=Path, required=True, help="输出文件：.docx 或 .pdf")
    parser.add_argument("--date", default=None, help="落款日期（默认今天），如 2026-11-30")
    db_argument(parser)
    parser.set_defaults(handler=guarded(export_summary))

    parser = kinds.add_parser(
        "handover", help="写出年终移交包：全年台账、工作总结（Word 和 PDF）、数据文件副本"
    )
    parser.add_argument("--year", type=int, required=True, help="年度，如 2026")
    parser.add_argument("--out", type=Path, required=True, help="新文件夹（不能已存在）")
    db_argument(parser)
    parser.set_defaults(handler=guarded(export_handover))
