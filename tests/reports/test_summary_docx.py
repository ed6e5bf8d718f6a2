"""The summary's .docx read back with python-docx, value by value: the page (GB/T 9704-2012), each paragraph kind's
font, size, alignment, indents and spacing, the page-number footers, the document properties, and a write that
fails leaving no file. Built from a hand-made document (no database), so these run fast."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from unionclerk.reports.summary import BOTH, Block, Document, Period
from unionclerk.reports.summary_docx import write_docx

BLOCKS = [
    Block("title", "title", "青山县水务局工会2025年工作总结"),
    Block("opening", "opening", "2025年，青山县水务局工会在单位党政的正确领导下……"),
    Block("members.heading", "heading1", "加强组织建设", "一、"),
    Block("activities.文体活动.heading", "heading2", "开展文体活动", "（一）"),
    Block("activities.lead", "body", "一年来，组织和参加各类职工活动5项。"),
    Block("members.count", "item", "共有会员31人。", "1."),
    Block("signature", "signature", "青山县水务局工会"),
    Block("date", "date", "2025年12月30日"),
]
CENTER, JUSTIFY, LEFT, RIGHT = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.RIGHT,
)
# style: font, size, alignment, first-line indent (characters), line, space before, space after, right indent
LAYOUT = {
    "title": ("方正小标宋简体", Pt(22), CENTER, 0, Pt(36), Pt(0), Pt(28), None),
    "opening": ("仿宋_GB2312", Pt(16), JUSTIFY, 2, Pt(28), Pt(0), Pt(0), None),
    "heading1": ("黑体", Pt(16), LEFT, 2, Pt(28), Pt(0), Pt(0), None),
    "heading2": ("楷体_GB2312", Pt(16), LEFT, 2, Pt(28), Pt(0), Pt(0), None),
    "body": ("仿宋_GB2312", Pt(16), JUSTIFY, 2, Pt(28), Pt(0), Pt(0), None),
    "item": ("仿宋_GB2312", Pt(16), JUSTIFY, 2, Pt(28), Pt(0), Pt(0), None),
    "signature": ("仿宋_GB2312", Pt(16), RIGHT, 0, Pt(28), Pt(56), Pt(0), Pt(64)),
    "date": ("仿宋_GB2312", Pt(16), RIGHT, 0, Pt(28), Pt(0), Pt(0), Pt(64)),
}


def _fonts(run) -> dict[str, str | None]:  # noqa: ANN001
    fonts = run._element.rPr.rFonts
    return {name: fonts.get(qn(f"w:{name}")) for name in ("ascii", "hAnsi", "eastAsia", "cs")}


@pytest.fixture
def written(tmp_path: Path) -> docx.document.Document:
    path = write_docx(Document(Period.year(2025), BOTH, BLOCKS), tmp_path / "总结.docx")
    assert path == tmp_path / "总结.docx"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["总结.docx"]  # no .partial left behind
    return docx.Document(str(path))


def test_every_paragraph_kind_is_laid_out_as_the_standard_says(written: docx.document.Document) -> None:
    paragraphs = written.paragraphs
    assert [p.text for p in paragraphs] == [b.full_text for b in BLOCKS]  # nothing before the title
    for block, paragraph in zip(BLOCKS, paragraphs, strict=True):
        font, size, alignment, indent, line, before, after, right = LAYOUT[block.style]
        fmt = paragraph.paragraph_format
        (run,) = paragraph.runs
        assert _fonts(run) == dict.fromkeys(("ascii", "hAnsi", "eastAsia", "cs"), font), block.style
        assert (run.font.name, run.font.size) == (font, size), block.style
        assert paragraph.alignment == alignment, block.style
        assert (fmt.line_spacing_rule, fmt.line_spacing) == (WD_LINE_SPACING.EXACTLY, line), block.style
        assert (fmt.space_before, fmt.space_after) == (before, after), block.style
        assert fmt.right_indent == right, block.style
        ind = paragraph._p.pPr.find(qn("w:ind"))
        if indent:
            assert fmt.first_line_indent == Pt(16 * indent), block.style
            assert ind.get(qn("w:firstLineChars")) == str(indent * 100), block.style
        else:
            assert fmt.first_line_indent is None, block.style
            assert ind is None or ind.get(qn("w:firstLineChars")) is None, block.style
        keeps = block.style in ("title", "heading1", "heading2", "signature")
        assert fmt.keep_with_next is (True if keeps else None), block.style


def test_the_page_the_footers_and_the_properties(written: docx.document.Document) -> None:
    (section,) = written.sections
    assert section.start_type == WD_SECTION.NEW_PAGE
    # millimetres to a tenth (Word stores twentieths of a point)
    assert [
        round(length / Mm(1), 1)
        for length in (
            section.page_width,
            section.page_height,
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
            section.header_distance,
            section.footer_distance,
        )
    ] == [210, 297, 37, 35, 28, 26, 15, 22]
    normal = written.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("仿宋_GB2312", Pt(16))
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert written.settings.odd_and_even_pages_header_footer
    # 「— n —」: odd pages at the right, even pages at the left, one 14 pt character in from the text's edge.
    for footer, alignment in ((section.footer, RIGHT), (section.even_page_footer, LEFT)):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == alignment
        fmt = paragraph.paragraph_format
        assert (fmt.left_indent, fmt.right_indent) == (
            (None, Pt(14)) if alignment == RIGHT else (Pt(14), None)
        )
        runs = paragraph.runs
        assert [r.text for r in runs] == ["— ", "1", " —"]
        for run in runs:
            assert _fonts(run) == dict.fromkeys(("ascii", "hAnsi", "eastAsia", "cs"), "宋体")
            assert run.font.size == Pt(14)
        field = runs[1]._element
        parts = [
            (child.tag.split("}")[1], child.get(qn("w:fldCharType")), child.text)
            for child in field
            if child.tag != qn("w:rPr")
        ]
        assert parts == [
            ("fldChar", "begin", None),
            ("instrText", None, " PAGE "),
            ("fldChar", "separate", None),
            ("t", None, "1"),
            ("fldChar", "end", None),
        ]
        assert field.find(qn("w:instrText")).get(qn("xml:space")) == "preserve"
    assert written.core_properties.title == "青山县水务局工会2025年工作总结"
    assert written.core_properties.author == "青山县水务局工会"


def test_a_failed_write_leaves_neither_file_nor_partial(tmp_path: Path) -> None:
    target = tmp_path / "总结.docx"
    target.write_bytes(b"the clerk's earlier copy")
    bad = Document(Period.year(2025), BOTH, [Block("x", "no such style", "text")])
    with pytest.raises(KeyError):
        write_docx(bad, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["总结.docx"]
    assert target.read_bytes() == b"the clerk's earlier copy"
