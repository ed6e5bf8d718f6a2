"""The summary on paper and in PDF through Qt: the same GB/T 9704 page as the .docx, drawn page by page.

The official fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) are asked for first, then their usual
stand-ins on Windows (仿宋, 黑体, 楷体, 宋体); on a machine with none of them the text falls back to the Noto
Serif CJK SC subset shipped in resources/fonts, so Chinese always renders. Which fonts were missing is said
once per run (`font_notice()`), never per page.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from unionclerk.reports.summary import (
    BODY,
    DATE,
    HEADING1,
    HEADING2,
    ITEM,
    OPENING,
    SIGNATURE,
    TITLE,
    Document,
)
from unionclerk.resources_path import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT = resource_path("fonts", "NotoSerifCJKsc-GB2312.otf")
# role -> families asked for, best first (the official font, then what Windows/WPS offices usually have).
FAMILIES = {
    "title": [
        "方正小标宋简体",
        "方正小标宋_GBK",
        "FZXiaoBiaoSong-B05S",
        "华文中宋",
        "STZhongsong",
        "宋体",
        "SimSun",
    ],
    "body": ["仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong", "华文仿宋"],
    "heading1": ["黑体", "SimHei", "STHeiti", "Noto Sans CJK SC"],
    "heading2": ["楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "STKaiti", "华文楷体"],
    "page": ["宋体", "SimSun", "Noto Serif CJK SC"],
}
OFFICIAL = {"title": "方正小标宋简体", "body": "仿宋_GB2312", "heading1": "黑体", "heading2": "楷体_GB2312"}
ROLE_OF_STYLE = {
    TITLE: "title",
    OPENING: "body",
    BODY: "body",
    ITEM: "body",
    SIGNATURE: "body",
    DATE: "body",
    HEADING1: "heading1",
    HEADING2: "heading2",
}

_bundled_family: str | None = None
_notice_logged = False


def bundled_family() -> str:
    """Register the shipped font once; its family name ('' if the file is missing or unreadable)."""
    global _bundled_family
    if _bundled_family is None:
        font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _bundled_family = families[0] if families else ""
    return _bundled_family


def _installed(family: str) -> bool:
    return family in QFontDatabase.families()


def families_for(role: str) -> list[str]:
    """The families a role asks for that this machine has, then the shipped font for every glyph they lack."""
    chosen = [family for family in FAMILIES[role] if _installed(family)]
    fallback = bundled_family()
    if fallback and fallback not in chosen:
        chosen.append(fallback)
    return chosen


def missing_fonts() -> list[str]:
    return [font for font in OFFICIAL.values() if not _installed(font)]


def font_notice() -> str:
    """One sentence naming the official fonts this machine lacks and what is used instead ('' if none)."""
    global _notice_logged
    missing = missing_fonts()
    if not missing:
        return ""
    notice = (
        f"本机没有{'、'.join(missing)}字体，打印和 PDF 使用本机同类字体或随程序附带的"
        f"思源宋体（{bundled_family() or 'Noto Serif CJK SC'}）代替；Word 文档仍标明规范字体。"
    )
    if not _notice_logged:
        log.info(notice)
        _notice_logged = True
    return notice


def _mm(device: QPagedPaintDevice, mm: float) -> float:
    return mm * device.logicalDpiY() / 25.4


def _pt(device: QPagedPaintDevice, points: float) -> float:
    return points * device.logicalDpiY() / 72


def _format_pt(points: float) -> float:
    """Lengths in block formats (line height, indents, margins): the text layout scales them from 96 dpi to
    the device itself, unlike the page size."""
    return points * 96 / 72


def text_document(document: Document, device: QPagedPaintDevice) -> QTextDocument:
    """The blocks laid out for `device`, one page = the 156 × 225 mm text block."""
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDocumentMargin(0)
    text.setPageSize(QSizeF(_mm(device, 156), _mm(device, 225)))
    cursor = QTextCursor(text)
    line = _format_pt(28)
    for number, block in enumerate(document.blocks):
        role = ROLE_OF_STYLE[block.style]
        paragraph = QTextBlockFormat()
        paragraph.setLineHeight(
            _format_pt(36) if block.style == TITLE else line,
            int(QTextBlockFormat.LineHeightTypes.FixedHeight.value),
        )
        if block.style == TITLE:
            paragraph.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            paragraph.setBottomMargin(line)
        elif block.style in (SIGNATURE, DATE):
            paragraph.setAlignment(Qt.AlignmentFlag.AlignRight)
            paragraph.setRightMargin(_format_pt(16 * 4))
            if block.style == SIGNATURE:
                paragraph.setTopMargin(line * 2)
        else:
            paragraph.setAlignment(Qt.AlignmentFlag.AlignJustify)
            paragraph.setTextIndent(_pt(device, 32))  # unlike line heights and margins: device units
        characters = QTextCharFormat()
        characters.setFontFamilies(families_for(role))
        characters.setFontPointSize(22 if block.style == TITLE else 16)
        if number == 0:
            cursor.setBlockFormat(paragraph)
            cursor.setCharFormat(characters)
        else:
            cursor.insertBlock(paragraph, characters)
        cursor.insertText(block.full_text, characters)
    return text


def render(document: Document, device: QPagedPaintDevice) -> int:
    """Draw the document on a PDF writer or printer: A4, GB/T 9704 margins, 「— n —」 page numbers. Pages drawn."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)  # QPrinter: coordinates from the paper's edge, as for the PDF
    text = text_document(document, device)
    block_w, block_h = _mm(device, 156), _mm(device, 225)
    left, top = _mm(device, 28), _mm(device, 37)
    number_font = QFont()
    number_font.setFamilies(families_for("page"))
    number_font.setPointSizeF(14)
    pages = text.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(left, top - page * block_h)
            text.drawContents(painter, QRectF(0, page * block_h, block_w, block_h))
            painter.restore()
            painter.setFont(number_font)
            one_char = _pt(device, 14)
            band = QRectF(
                left + one_char, top + block_h + _mm(device, 7), block_w - 2 * one_char, _pt(device, 20)
            )
            odd = (page + 1) % 2 == 1
            align = Qt.AlignmentFlag.AlignRight if odd else Qt.AlignmentFlag.AlignLeft
            painter.drawText(band, int(align | Qt.AlignmentFlag.AlignTop), f"— {page + 1} —")
    finally:
        painter.end()
    return pages


def write_pdf(document: Document, path: str | os.PathLike[str]) -> Path:
    """Write the PDF through a temporary file, so a failed write leaves no half file."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(300)
        writer.setTitle(document.title)
        writer.setCreator("unionclerk")
        render(document, writer)
        del writer  # closes the file
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
