"""The summary as a .docx in the official layout of GB/T 9704-2012, through python-docx. No Qt.

A4; margins top 37 mm, left 28 mm, text block 156 × 225 mm; title 22 pt 方正小标宋简体; body 16 pt 仿宋_GB2312
at a fixed 28 pt line; 一、 in 黑体, （一） in 楷体, 1. in 仿宋; page numbers 「— 1 —」 in 宋体 14 pt, odd pages
right and even pages left. Each run names its font for East Asian text (w:eastAsia) as well as for Latin, so
Word and WPS on an office PC use the official fonts; where one is missing they substitute their own.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from unionclerk.reports.summary import (
    BODY,
    DATE,
    HEADING1,
    HEADING2,
    ITEM,
    OPENING,
    SIGNATURE,
    TITLE,
    Block,
    Document,
)

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
TOP, LEFT = Mm(37), Mm(28)
TEXT_WIDTH, TEXT_HEIGHT = Mm(156), Mm(225)
RIGHT, BOTTOM = Mm(210 - 28 - 156), Mm(297 - 37 - 225)  # 26 mm, 35 mm
FOOTER_DISTANCE = Mm(35 - 7 - 6)  # the page number sits about 7 mm below the text block

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING1_FONT = "黑体"
HEADING2_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"
TITLE_SIZE, BODY_SIZE, PAGE_NUMBER_SIZE = Pt(22), Pt(16), Pt(14)
LINE = Pt(28)  # 22 lines of 28 characters a page

# style -> (font, size, alignment, first-line indent in characters)
STYLES = {
    TITLE: (TITLE_FONT, TITLE_SIZE, WD_ALIGN_PARAGRAPH.CENTER, 0),
    OPENING: (BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    HEADING1: (HEADING1_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.LEFT, 2),
    HEADING2: (HEADING2_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.LEFT, 2),
    BODY: (BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    ITEM: (BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    SIGNATURE: (BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.RIGHT, 0),
    DATE: (BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.RIGHT, 0),
}


def set_run_font(run: object, font: str, size: Pt) -> None:
    """Name the font for Latin and East Asian text alike (python-docx sets only the Latin one)."""
    run.font.size = size  # type: ignore[attr-defined]
    r_pr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def _layout(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = TOP, BOTTOM
    section.left_margin, section.right_margin = LEFT, RIGHT
    section.header_distance = Mm(15)
    section.footer_distance = FOOTER_DISTANCE
    # Odd pages carry the number on the right, even pages on the left (GB/T 9704 7.5).
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = BODY_SIZE
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)


def _field(paragraph: Paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    set_run_font(run, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._element.append(element)


def _page_number(paragraph: Paragraph, alignment: WD_ALIGN_PARAGRAPH) -> None:
    """「— 1 —」 one character in from the edge of the text block."""
    paragraph.alignment = alignment
    if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = PAGE_NUMBER_SIZE
    else:
        paragraph.paragraph_format.left_indent = PAGE_NUMBER_SIZE
    set_run_font(paragraph.add_run("— "), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
    _field(paragraph, "PAGE")
    set_run_font(paragraph.add_run(" —"), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)


def _indent_chars(paragraph: Paragraph, chars: int) -> None:
    """First-line indent in characters (w:firstLineChars), with the same in points for older readers."""
    paragraph.paragraph_format.first_line_indent = Pt(16 * chars)
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), str(chars * 100))


def _add_block(document: DocxDocument, block: Block) -> Paragraph:
    font, size, alignment, indent = STYLES[block.style]
    paragraph = document.add_paragraph()
    paragraph.alignment = alignment
    fmt = paragraph.paragraph_format
    fmt.line_spacing = (
        LINE if block.style != TITLE else Pt(36)
    )  # a length: an exact line (w:lineRule="exact")
    fmt.space_before = fmt.space_after = Pt(0)
    if indent:
        _indent_chars(paragraph, indent)
    if block.style == TITLE:
        fmt.space_after = LINE  # one empty line between the title and the text
    if block.style == SIGNATURE:
        fmt.space_before = LINE * 2
    if block.style in (SIGNATURE, DATE):
        fmt.right_indent = Pt(16 * 4)
    # A heading is never left alone at the foot of a page, nor the union's name parted from the date.
    if block.style in (TITLE, HEADING1, HEADING2, SIGNATURE):
        fmt.keep_with_next = True
    set_run_font(paragraph.add_run(block.full_text), font, size)
    return paragraph


def build_docx(document: Document) -> DocxDocument:
    docx = new_docx()
    _layout(docx)
    for block in document.blocks:
        _add_block(docx, block)
    docx.core_properties.title = document.title
    docx.core_properties.author = next((b.text for b in document.blocks if b.style == SIGNATURE), "")
    return docx


def write_docx(document: Document, path: str | os.PathLike[str]) -> Path:
    """Write the document; a temporary file is renamed into place so a failed write leaves no half file."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        build_docx(document).save(str(partial))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
