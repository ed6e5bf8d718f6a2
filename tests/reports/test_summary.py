"""The work summary: every figure it states equals a count from the raw records; periods, kinds, titles, the plan
part, edits kept per period, the .docx layout (GB/T 9704) and its text read back with python-docx."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tests.reports.summary_year import (
    GOALS_2026,
    GUIDING_2026,
    PLAN_2025,
    PLAN_2026,
    UNION,
    YEAR,
    build_year,
    expected,
)
from unionclerk.core.activities import format_hours
from unionclerk.reports.summary import (
    BOTH,
    PLAN,
    PROBLEMS,
    SUMMARY,
    Period,
    PeriodError,
    SummaryEdits,
    SummaryNotes,
    build_document,
    changed_under_edits,
    format_date,
    yuan_text,
)
from unionclerk.reports.summary_docx import write_docx
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.settings import load_settings, save_settings

ON = dt.date(2025, 12, 30)


@pytest.fixture
def year_store(store: Store) -> Store:
    build_year(store)
    return store


def _number(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    assert match, f"{pattern!r} not in the text"
    return int(match.group(1))


def stated_figures(text: str) -> dict[str, int]:
    """The figures as the text states them, read back with the words around them."""
    return {
        "members": _number(r"共有会员(\d+)人", text),
        "joined": _number(r"新增会员(\d+)人，减少", text),
        "left": _number(r"减少会员(\d+)人", text),
        "women": _number(r"有女会员(\d+)人", text),
        "events": _number(r"组织和参加各类活动(\d+)项", text),
        "person_times": _number(r"组织和参加各类活动\d+项、参与(\d+)人次", text),
        "training": _number(r"开展培训(\d+)次", text),
        "awards": _number(r"获得各类奖项(\d+)项", text),
    }


def check_figures(text: str, start: str, end: str) -> None:
    want = expected(start, end)
    assert stated_figures(text) == {
        "members": want.members,
        "joined": want.joined,
        "left": want.left,
        "women": want.women,
        "events": want.events,
        "person_times": want.person_times,
        "training": want.training_sessions,
        "awards": want.awards,
    }
    if want.retirees:
        assert f"在职会员{want.in_service}人、保留会籍的退休会员{want.retirees}人" in text
    sessions, tenths, people = want.training_here
    if sessions:
        assert f"单位组织业务培训{sessions}次，学习{format_hours(tenths)}学时，参加人员{people}人次" in text
    sessions, tenths, people = want.training_above
    if sessions:
        assert f"选送职工参加上级组织的培训{sessions}次，共{format_hours(tenths)}学时，{people}人次" in text
    if want.awards:
        assert f"共获得奖项{want.awards}项" in text


def test_year_summary_states_the_counted_figures(year_store: Store) -> None:
    document = build_document(year_store, Period.year(YEAR), BOTH, on=ON)
    text = document.text()
    check_figures(text, "2025-01-01", "2025-12-31")
    assert document.title == f"{UNION}2025年工作总结暨2026年工作计划"
    # 入会率 = in-service members / staff count (40), one decimal
    want = expected("2025-01-01", "2025-12-31")
    assert f"入会率为{round(want.in_service * 100 / 40, 1)}%" in text
    assert "减少会员3人（退休1人、转出1人、去世1人）" in text
    assert "截至2025年12月31日" not in text and "截至目前" in text  # written on 30 December
    after = build_document(year_store, Period.year(YEAR), BOTH, on=dt.date(2026, 1, 5)).text()
    assert "截至2025年12月31日" in after
    # The plan done of total, and which: cancelled items are outside the total.
    done = [title for title, status in PLAN_2025 if status == "已完成"]
    assert f"工作计划共{len(PLAN_2025)}项，目前已完成{len(done)}项，正在推进1项" in text
    for title in done:
        assert title in text
    # Awards read as the seeds write them: a title is 被评为, a prize is 获 with its level and rank.
    assert "在职工乒乓球比赛中被评为优秀个人。" in text
    assert "第1队在职工乒乓球比赛中获县级职工乒乓球比赛奖1（一等奖）。" in text
    # Every activity of the year is there; the closing is the union and the date.
    for title in want.titles:
        assert title in text
    assert [b.text for b in document.blocks[-2:]] == [UNION, "2025年12月30日"]


def test_a_half_year_counts_only_its_half(year_store: Store) -> None:
    first = build_document(year_store, Period.half(YEAR, 1), BOTH, on=dt.date(2025, 7, 1)).text()
    second = build_document(year_store, Period.half(YEAR, 2), SUMMARY, on=ON).text()
    check_figures(first, "2025-01-01", "2025-06-30")
    check_figures(second, "2025-07-01", "2025-12-31")
    assert "职工乒乓球比赛" not in first and "职工乒乓球比赛" in second
    assert "护理知识竞赛" in first and "护理知识竞赛" not in second
    assert first.splitlines()[0] == f"{UNION}2025年上半年工作总结暨下半年工作计划"
    assert second.splitlines()[0] == f"{UNION}2025年下半年工作总结"
    # After the first half, the plan part is this year's items not yet done.
    assert "下半年工作安排" in first
    plan_part = first[first.index("下半年工作安排") :]
    assert "组织业务培训" in plan_part and "建设职工书屋" in plan_part
    assert "召开职工代表大会" not in plan_part


def test_custom_period_and_plan_alone(year_store: Store) -> None:
    period = Period.between("2025-03-01", "2025-05-31")
    text = build_document(year_store, period, SUMMARY, on=ON).text()
    assert text.startswith(f"{UNION}2025年3月1日至5月31日工作总结")
    check_figures(text, "2025-03-01", "2025-05-31")
    plan = build_document(year_store, Period.year(YEAR), PLAN, on=ON)
    assert plan.title == f"{UNION}2026年工作计划"
    plan_text = plan.text()
    assert GUIDING_2026 in plan_text and GOALS_2026 in plan_text
    for n, (title, _details) in enumerate(PLAN_2026, start=1):
        assert f"{n}.{title}" in plan_text
    assert "全体会员参加" in plan_text
    assert "组织和参加各类活动" not in plan_text  # no summary in a plan alone
    with pytest.raises(PeriodError):
        Period.between("2025-06-01", "2025-05-01")


def test_nothing_recorded_means_nothing_said(store: Store) -> None:
    """An empty book: no section about it, no placeholder, and the document says what is missing."""
    save_settings(store, load_settings(store).with_text("union_name", UNION))
    document = build_document(store, Period.year(YEAR), BOTH, on=ON)
    text = document.text()
    assert [b.style for b in document.blocks] == ["title", "signature", "date"]
    assert document.title == f"{UNION}2025年工作总结"
    assert len(document.missing) == 2
    for placeholder in ("xx", "XX", "××", "{", "}", "None", "0项", "0人"):
        assert placeholder not in text


def test_no_placeholders_or_zero_figures_in_a_full_year(year_store: Store) -> None:
    text = build_document(year_store, Period.year(YEAR), BOTH, on=ON).text()
    for placeholder in ("xx", "XX", "××", "{", "}", "None", "共0", "参与0人次"):
        assert placeholder not in text
    assert not re.search(r"\D0(项|人|次)", text)


def test_a_section_appears_only_when_its_book_has_records(year_store: Store) -> None:
    text = build_document(year_store, Period.between("2025-07-01", "2025-08-31"), SUMMARY, on=ON).text()
    assert "存在问题和不足" not in text
    assert "奖项" not in text  # no award in July–August
    assert "培训" not in text.split("\n", 2)[2]  # nor training, beyond the opening's general words


def test_problems_are_the_clerks_words_per_period(year_store: Store) -> None:
    notes = SummaryNotes(year_store)
    notes.set(Period.year(YEAR), PROBLEMS, "一是院务公开工作发展不平衡；\n二是工会干部培训不足。")
    text = build_document(year_store, Period.year(YEAR), BOTH, on=ON).text()
    assert "存在问题和不足" in text
    assert "一是院务公开工作发展不平衡；" in text and "二是工会干部培训不足。" in text
    assert "存在问题和不足" not in build_document(year_store, Period.half(YEAR, 1), BOTH, on=ON).text()
    # Sections are numbered in order whatever is left out.
    headings = [
        b.number
        for b in build_document(year_store, Period.year(YEAR), BOTH, on=ON).blocks
        if b.style == "heading1"
    ]
    assert headings == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]


def test_an_edit_survives_regenerate_and_a_change_underneath_is_reported(year_store: Store) -> None:
    period = Period.year(YEAR)
    document = build_document(year_store, period, BOTH, on=ON)
    block = next(b for b in document.blocks if b.key == "activities.文体活动.text")
    edits = SummaryEdits(year_store)
    edits.save(period, BOTH, block.key, "文体活动由我重写。", block.generated)
    title = document.blocks[0]
    edits.save(period, BOTH, "title", title.generated, title.generated)  # unchanged text: no edit kept
    assert set(edits.all(period, BOTH)) == {block.key}

    again = build_document(year_store, period, BOTH, on=ON)
    assert again.block(block.key).text == "文体活动由我重写。" and again.block(block.key).edited
    assert changed_under_edits(year_store, again) == []
    # Edits are kept per document kind and period.
    assert not build_document(year_store, period, SUMMARY, on=ON).block(block.key).edited
    assert not build_document(year_store, Period.half(YEAR, 2), BOTH, on=ON).block(block.key).edited

    # The records change: the edit stays, the changed generated text is reported beside it.
    ActivityStore(year_store).add(
        __import__("unionclerk.core.activities", fromlist=["Activity"]).Activity(
            date="2025-12-01", title="冬季长跑", category="文体活动", headcount=30
        )
    )
    after = build_document(year_store, period, BOTH, on=ON)
    assert after.block(block.key).text == "文体活动由我重写。"
    changed = changed_under_edits(year_store, after)
    assert [c.key for c in changed] == [block.key]
    assert "冬季长跑" in changed[0].now and "冬季长跑" not in changed[0].was
    # Unedited paragraphs follow the records.
    assert "组织和参加各类活动9项" in after.block("opening").text
    # The clerk keeps the edit over the new text: nothing is reported any more.
    edits.accept_current(period, BOTH, block.key, changed[0].now)
    assert changed_under_edits(year_store, build_document(year_store, period, BOTH, on=ON)) == []
    edits.discard(period, BOTH, block.key)
    assert "冬季长跑" in build_document(year_store, period, BOTH, on=ON).block(block.key).text


def test_closing_date_styles_and_money() -> None:
    day = dt.date(2026, 11, 30)
    assert format_date(day) == "2026年11月30日"
    assert format_date(day, "chinese") == "二〇二六年十一月三十日"
    assert format_date(dt.date(2010, 10, 1), "chinese") == "二〇一〇年十月一日"
    assert format_date(dt.date(2025, 12, 25), "chinese") == "二〇二五年十二月二十五日"
    assert yuan_text(120000) == "1200元" and yuan_text(120050) == "1200.50元" and yuan_text(5) == "0.05元"


def test_chinese_date_style_setting(year_store: Store) -> None:
    save_settings(year_store, load_settings(year_store).with_text("summary_date_style", "chinese"))
    document = build_document(year_store, Period.year(YEAR), BOTH, on=dt.date(2026, 11, 30))
    assert document.blocks[-1].text == "二〇二六年十一月三十日"


# -- .docx ------------------------------------------------------------------------------------------------


def _run_fonts(paragraph) -> set[tuple[str | None, str | None]]:  # noqa: ANN001
    found = set()
    for run in paragraph.runs:
        fonts = run._element.rPr.rFonts
        found.add((fonts.get(qn("w:ascii")), fonts.get(qn("w:eastAsia"))))
    return found


def test_docx_layout_fonts_and_figures(year_store: Store, tmp_path: Path) -> None:
    document = build_document(year_store, Period.year(YEAR), BOTH, on=ON)
    path = write_docx(document, tmp_path / "总结.docx")
    read = docx.Document(str(path))
    section = read.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.top_margin - Mm(37)) < Mm(0.1) and abs(section.left_margin - Mm(28)) < Mm(0.1)
    text_width = section.page_width - section.left_margin - section.right_margin
    text_height = section.page_height - section.top_margin - section.bottom_margin
    assert abs(text_width - Mm(156)) < Mm(0.1) and abs(text_height - Mm(225)) < Mm(0.1)

    paragraphs = read.paragraphs
    assert [p.text for p in paragraphs] == [b.full_text for b in document.blocks]
    by_style = {}
    for block, paragraph in zip(document.blocks, paragraphs, strict=True):
        by_style.setdefault(block.style, paragraph)  # the first of each style
    assert _run_fonts(by_style["title"]) == {("方正小标宋简体", "方正小标宋简体")}
    assert by_style["title"].runs[0].font.size == Pt(22)
    assert _run_fonts(by_style["heading1"]) == {("黑体", "黑体")}
    assert _run_fonts(by_style["heading2"]) == {("楷体_GB2312", "楷体_GB2312")}
    for style in ("body", "item", "opening"):
        paragraph = by_style[style]
        assert _run_fonts(paragraph) == {("仿宋_GB2312", "仿宋_GB2312")}
        assert paragraph.runs[0].font.size == Pt(16)
        assert paragraph.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
        assert paragraph.paragraph_format.line_spacing == Pt(28)
    assert by_style["heading1"].text.startswith("一、") and by_style["heading2"].text.startswith("（一）")
    assert re.match(r"1\.", by_style["item"].text)
    # Headings stay with the text they head (never alone at a page foot); body text flows freely.
    for block, paragraph in zip(document.blocks, paragraphs, strict=True):
        keeps = block.style in ("title", "heading1", "heading2", "signature")
        assert bool(paragraph.paragraph_format.keep_with_next) == keeps, block.key

    # Page numbers 「— n —」: odd pages right, even pages left.
    assert read.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        xml = footer._element.xml
        assert "— " in footer.paragraphs[0].text and " —" in footer.paragraphs[0].text
        assert "PAGE" in xml

    check_figures("\n".join(p.text for p in paragraphs), "2025-01-01", "2025-12-31")


def test_libreoffice_opens_the_docx(year_store: Store, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext is not installed")
    path = write_docx(build_document(year_store, Period.year(YEAR), BOTH, on=ON), tmp_path / "summary.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "summary.pdf"
    assert pdf.is_file()
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "工作总结" in re.sub(r"\s", "", text)
    assert re.search(r"—\s*1\s*—", text)  # the page number in the footer


def test_neighbouring_paragraphs_open_differently(year_store: Store) -> None:
    """The text reads like a person wrote it: no two body paragraphs in a row open with the same words."""
    for period in (Period.year(YEAR), Period.half(YEAR, 1), Period.half(YEAR, 2)):
        document = build_document(year_store, period, BOTH, on=ON)
        bodies = [b.text for b in document.blocks if b.style in ("opening", "body")]
        for before, after in zip(bodies, bodies[1:], strict=False):
            assert before[:3] != after[:3], (before, after)


def test_every_reason_for_leaving_has_words(year_store: Store) -> None:
    """保留会籍 for a reason other than retirement reads as such, not as a retirement."""
    from unionclerk.reports.members import REASON_KEYS
    from unionclerk.reports.summary import REASON_WORDS
    from unionclerk.store.members import MemberStore

    assert set(REASON_KEYS) <= set(REASON_WORDS)
    roster = MemberStore(year_store)
    member = roster.find_by_name("老会员5")[0]
    roster.change_status(member.id or 0, "保留会籍", "2025-10-10", "失业")
    text = build_document(year_store, Period.year(YEAR), BOTH, on=ON).text()
    assert "减少会员4人（退休1人、保留会籍1人、转出1人、去世1人）" in text


def test_the_demo_union_gets_a_whole_summary(store: Store) -> None:
    """`unionclerk --demo` shows every section: members, activities, training, awards, visits, plan, fund,
    problems, next plan."""
    from unionclerk.store.demo import build_demo, demo_year

    year = demo_year(dt.date(2026, 11, 30))
    build_demo(store, year=year)
    document = build_document(store, Period.year(year), BOTH, on=dt.date(year, 12, 31))
    headings = [b.text for b in document.blocks if b.style == "heading1"]
    assert headings[-2:] == ["存在问题和不足", f"{year + 1}年工作计划"]
    assert len(headings) == 9 and not document.missing
    assert "关心职工生活，做好慰问帮扶" in headings
    assert headings[-3] == "加强经费管理，用好工会经费"
    assert "共有会员78人" in document.text() and "有女会员44人" in document.text()
