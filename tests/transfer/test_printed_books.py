"""The demo's books as LibreOffice prints them (A4 PDF): page counts, every text whole and in its own cell,
the header on every page, page numbers, and text of 9 pt or more. Skipped where LibreOffice is not installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest

from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.transfer.activities import export_activities
from unionclerk.transfer.members import export_members
from unionclerk.transfer.plan import export_plan
from unionclerk.transfer.visits import export_signoff, export_visits, signoff_batches

YEAR = 2026
pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")),
    reason="needs LibreOffice (soffice) and poppler (pdftotext) to print the books",
)


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def to_pdf(books: list[Path], tmp_path: Path) -> None:
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, books),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )


def words(pdf: Path) -> list[Word]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True).stdout
    html = re.sub(rb"<!DOCTYPE[^>]*>", b"", html).replace(b' xmlns="http://www.w3.org/1999/xhtml"', b"")
    found = []
    for number, page in enumerate(ElementTree.fromstring(html).iter("page"), start=1):
        for word in page.iter("word"):
            box = [float(word.get(k) or 0) for k in ("xMin", "yMin", "xMax", "yMax")]
            found.append(Word(number, word.text or "", *box))
    return found


def page_count(pdf: Path) -> int:
    return max(w.page for w in words(pdf))


def overlaps(found: list[Word]) -> list[tuple[str, str]]:
    """Pairs of words printed over each other: text spilling out of its cell or its row."""
    clashes = []
    for page in {w.page for w in found}:
        on_page = sorted((w for w in found if w.page == page), key=lambda w: w.y0)
        for i, a in enumerate(on_page):
            for b in on_page[i + 1 :]:
                if b.y0 >= a.y1 - 1:
                    break
                if min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1:
                    clashes.append((a.text, b.text))
    return clashes


def smallest_cjk_pt(found: list[Word]) -> float:
    """A Chinese character is one em wide: a word of them gives the printed font size."""
    sizes = [
        (w.x1 - w.x0) / len(w.text)
        for w in found
        if len(w.text) >= 2 and all(unicodedata.east_asian_width(c) == "W" and c.isalpha() for c in w.text)
    ]
    return min(sizes)


def flat(found: list[Word]) -> str:
    return "".join(w.text for w in sorted(found, key=lambda w: (w.page, w.y0, w.x0)))


def metric_fonts() -> bool:
    """LibreOffice converts column widths with the default font, Calibri: sizes only match Excel with it
    or its metric twin Carlito installed."""
    match = shutil.which("fc-match") and subprocess.run(
        ["fc-match", "Calibri"], capture_output=True, text=True
    )
    return bool(match) and any(name in match.stdout for name in ("Carlito", "Calibri"))


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("printed")
    store = Store.open(folder / "demo.db")
    try:
        build_demo(store, year=YEAR)
        books = {
            "roster": folder / "roster.xlsx",
            "roster_full": folder / "roster_full.xlsx",
            "activities": folder / "activities.xlsx",
            "plan": folder / "plan.xlsx",
            "visits": folder / "visits.xlsx",
            "signoff": folder / "signoff.xlsx",
            "signoff_dept": folder / "signoff_dept.xlsx",
        }
        export_members(store, books["roster"], column_set="print")
        export_members(store, books["roster_full"])
        export_activities(store, books["activities"], year=YEAR)
        export_plan(store, books["plan"], year=YEAR)
        export_visits(store, books["visits"], year=YEAR)
        spring = signoff_batches(store, festival="春节", year=YEAR)
        autumn = signoff_batches(store, festival="中秋", year=YEAR)
        export_signoff(store, books["signoff"], spring)
        export_signoff(store, books["signoff_dept"], autumn, by_department=True)
        visits = VisitStore(store)
        visit_rows = visits.list(VisitQuery(year=YEAR))
        autumn_rows = [r for b in autumn for r in visits.list(VisitQuery(batch_id=b.id))]
        texts = {
            "members": [m.name for m in MemberStore(store).iter_members(MemberQuery())],
            "plan": [i.title for i in PlanStore(store).items(YEAR)],
            "guiding": [PlanStore(store).get_year(YEAR).guiding],
            "visited": [r.member_name for r in visit_rows],
            "visit_notes": [r.notes for r in visit_rows if r.notes],
            "spring": [r.member_name for b in spring for r in visits.list(VisitQuery(batch_id=b.id))],
            "autumn_departments": sorted({r.department for r in autumn_rows}),
        }
        acts = ActivityStore(store)
        texts["participants"] = [
            "、".join(acts.participant_names(row.id)) for row in acts.list(ActivityQuery(year=YEAR))
        ]
    finally:
        store.close()
    to_pdf(list(books.values()), folder)
    pdfs = {name: path.with_suffix(".pdf") for name, path in books.items()}
    pdfs["texts"] = texts  # type: ignore[assignment]
    return pdfs


def test_roster_print_set_fits_landscape_a4_at_nine_points(printed: dict) -> None:
    found = words(printed["roster"])
    pages = page_count(printed["roster"])
    assert pages <= 4  # 78 members, about 25 a page
    text = flat(found)
    assert all(name in text for name in printed["texts"]["members"])
    assert sum(w.text == "身份证号" for w in found) == pages  # the header row on every page
    assert f"第1页，共{pages}页" in text.replace(" ", "")
    assert overlaps(found) == []
    if metric_fonts():
        assert smallest_cjk_pt(found) >= 8.9


def test_activities_wrap_long_lists_inside_their_cells(printed: dict) -> None:
    found = words(printed["activities"])
    # The participant lists are the words left-aligned with the first one holding a 、: read them top down.
    left = min(w.x0 for w in found if "、" in w.text)
    column = "".join(w.text for w in sorted(found, key=lambda w: (w.page, w.y0)) if abs(w.x0 - left) < 0.5)
    for names in printed["texts"]["participants"]:
        assert names in column  # wrapped over lines, but whole: nothing cut at the cell's edge
    assert overlaps(found) == []
    pages = page_count(printed["activities"])
    assert sum(w.text == "参与会员" for w in found) == pages
    if metric_fonts():
        assert smallest_cjk_pt(found) >= 8.9


def test_plan_prints_guiding_text_and_items_on_one_portrait_page(printed: dict) -> None:
    found = words(printed["plan"])
    assert page_count(printed["plan"]) == 1
    text = flat(found)
    assert "指导思想：" + printed["texts"]["guiding"][0] in text
    assert "工作目标：" in text and "年度" not in [w.text for w in found]
    assert all(title.replace(" ", "") in text for title in printed["texts"]["plan"])
    assert max(w.x1 for w in found) < 595  # portrait
    assert overlaps(found) == []
    if metric_fonts():
        assert smallest_cjk_pt(found) >= 8.9


def test_full_roster_stays_whole(printed: dict) -> None:
    found = words(printed["roster_full"])
    assert overlaps(found) == []
    assert all(name in flat(found) for name in printed["texts"]["members"])


def test_visits_book_prints_every_visit_whole_at_nine_points(printed: dict) -> None:
    found = words(printed["visits"])
    pages = page_count(printed["visits"])
    assert pages <= 8  # 159 visits, about 26 a page
    text = flat(found)
    assert all(name in text for name in printed["texts"]["visited"])
    # The notes, the last column, read top down: wrapped over lines, but whole.
    notes = printed["texts"]["visit_notes"]
    left = min(w.x0 for w in found if len(w.text) >= 3 and any(note.startswith(w.text) for note in notes))
    column = "".join(w.text for w in sorted(found, key=lambda w: (w.page, w.y0)) if w.x0 >= left - 0.5)
    assert all(note.replace(" ", "") in column for note in notes)
    assert sum(w.text == "慰问品" for w in found) == pages  # the header row on every page
    assert "合计：" in text and "工会主席：" in text and f"第{pages}页，共{pages}页" in text.replace(" ", "")
    assert max(w.x1 for w in found) > 595  # landscape: fourteen columns do not fit portrait
    assert overlaps(found) == []
    if metric_fonts():
        assert smallest_cjk_pt(found) >= 8.9


def test_signoff_prints_portrait_with_title_and_signatures(printed: dict) -> None:
    found = words(printed["signoff"])
    pages = page_count(printed["signoff"])
    people = printed["texts"]["spring"]
    assert pages <= -(-len(people) // 24)  # rows tall enough to sign: about 25 a page
    text = flat(found)
    assert all(name in text for name in people)
    assert text.count("春节慰问品签收表") == pages  # each page signed on its own, under its title
    assert "合计" in text and f"{len(people)}人，共" in text
    assert "经办人：" in text and "工会主席：" in text
    assert max(w.x1 for w in found) < 595  # portrait
    assert overlaps(found) == []
    if metric_fonts():
        assert smallest_cjk_pt(found) >= 8.9


def test_signoff_by_department_prints_a_page_each(printed: dict) -> None:
    found = words(printed["signoff_dept"])
    departments = printed["texts"]["autumn_departments"]
    assert page_count(printed["signoff_dept"]) == len(departments)
    for page in range(1, len(departments) + 1):
        on_page = flat([w for w in found if w.page == page])
        assert "中秋慰问品签收表" in on_page and "序号" in on_page
        assert sum(f"{d}小计" in on_page for d in departments) == 1  # one department and its subtotal
    assert overlaps(found) == []
    if metric_fonts():
        assert smallest_cjk_pt(found) >= 8.9
