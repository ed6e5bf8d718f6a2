"""The 签收表 on paper through Qt: the same content as the .xlsx (transfer.visits.signoff_sheet) on A4.

Title, unit, festival, item and value on top; a bordered table of 序号, 部门, 姓名, 物品/金额, 签名 (blank, a row
tall enough to sign in), 日期, its header row repeated on every page; the totals; 经办人 and 工会主席 lines.
Grouped by department, each department starts a page under the title, with its subtotal. 宋体 is asked for,
with the CJK font shipped in resources/fonts as the fallback (ui/summary_print).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from unionclerk.transfer.visits import SIGNOFF_COLUMNS, SignoffSheet
from unionclerk.ui.summary_print import families_for

WIDTHS = (8, 18, 11, 29, 20, 14)  # percent of the table width: 序号, 部门, 姓名, 物品/金额, 签名, 日期
HEADERS = tuple(column.header for column in SIGNOFF_COLUMNS)  # the .xlsx header row
BLANK = "______________"


def _cell(value: object) -> str:
    return "" if value is None else escape(str(value))


def _row(values: list[object], *, bold: bool = False) -> str:
    style = " style='font-weight:bold'" if bold else ""
    cells = "".join(
        f"<td width='{w}%' height='34'{style}>{_cell(v)}</td>" for v, w in zip(values, WIDTHS, strict=True)
    )
    return f"<tr>{cells}</tr>"


def signoff_html(sheet: SignoffSheet) -> str:
    """The sheet as the HTML a QTextDocument lays out (tables with <thead> repeat it on each page)."""
    parts: list[str] = []
    head = (
        "<thead><tr>"
        + "".join(f"<th width='{w}%'>{h}</th>" for h, w in zip(HEADERS, WIDTHS, strict=True))
        + "</tr></thead>"
    )
    subtitle = "<br/>".join(escape(line) for line in sheet.subtitle.split("\n"))
    for number, group in enumerate(sheet.groups):
        breaking = "page-break-before:always; " if number else ""
        parts.append(
            f"<p align='center' style='{breaking}font-size:14pt; font-weight:bold'>{escape(sheet.title)}</p>"
        )
        parts.append(f"<p align='center'>{subtitle}</p>")
        rows = [_row(r) for r in group.rows]
        if group.subtotal is not None:
            rows.append(_row(group.subtotal, bold=True))
        if number == len(sheet.groups) - 1:
            rows.append(_row(sheet.total, bold=True))
        parts.append(
            "<table width='100%' border='1' cellspacing='0' cellpadding='4' "
            f"style='border-collapse:collapse; border-color:#000'>{head}<tbody>{''.join(rows)}</tbody></table>"
        )
    parts.append("<p></p>")
    parts.extend(f"<p style='margin-top:12px'>{escape(s.text(BLANK))}</p>" for s in sheet.signatures)
    return "<html><body>" + "".join(parts) + "</body></html>"


def signoff_document(sheet: SignoffSheet) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(families_for("page"))
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("th { font-weight: bold; }")
    document.setHtml(signoff_html(sheet))
    return document


def render_signoff(sheet: SignoffSheet, printer: QPrinter) -> None:
    """Print the sheet on A4 portrait (15 mm margins); QTextDocument paginates and numbers the pages."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = signoff_document(sheet)
    document.setPageSize(QSizeF())  # laid out to the printer's page by print_()
    document.print_(printer)

