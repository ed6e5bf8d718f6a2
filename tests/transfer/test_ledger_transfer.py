"""The 经费 books written and read back (figures equal the store's), printed on A4, and an old cash book imported."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionclerk.core.ledger import Entry
from unionclerk.core.members import Member
from unionclerk.reports.ledger import income_statement
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.transfer.ledger import import_ledger, read_ledger, write_ledger_template
from unionclerk.transfer.ledger_books import (
    export_dues,
    export_income_statement,
    export_ledger,
    export_publicity,
)
from unionclerk.transfer.problems import TransferError

YEAR = 2025
LONG = "购买职工书屋图书及阅览设备，举办读书分享会并邀请专家讲座的一次性支出"


@pytest.fixture
def books(store: Store) -> LedgerStore:
    settings = load_settings(store)
    settings.unit_name = "青山县疾病预防控制中心"
    save_settings(store, settings)
    ledger = LedgerStore(store)
    ledger.set_opening(YEAR, 87654_32)
    ledger.add(Entry(f"{YEAR}-01-10", "收1月会费", "401", income_fen=1234_56))
    ledger.add(Entry(f"{YEAR}-01-20", LONG, "50304", expense_fen=987_65))
    ledger.add(Entry(f"{YEAR}-03-05", "=SUM(A1)", "50105", expense_fen=300_00))  # text, never a formula
    ledger.add(Entry(f"{YEAR}-03-31", "拨缴经费", "402", income_fen=5000_00))
    return ledger


def _values(path: Path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path).active
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def _fen(value: object) -> int:
    return round(float(value or 0) * 100)


def test_ledger_book_reads_back_with_the_store_figures(
    store: Store, books: LedgerStore, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.xlsx"
    assert export_ledger(store, path, year=YEAR) == 4
    rows = _values(path)
    assert rows[0][0] == f"青山县疾病预防控制中心工会{YEAR}年经费收支明细账"
    assert rows[2] == ("日期", "凭证号", "摘要", "科目", "收入", "支出", "余额")
    body = rows[3:]
    assert body[0][2] == "上年结转" and _fen(body[0][6]) == 87654_32
    entries = [r for r in body if isinstance(r[1], int)]
    stored = books.page(LedgerQuery(YEAR), 0, 10)
    assert [(r[0], r[1], r[2], _fen(r[4]), _fen(r[5]), _fen(r[6])) for r in entries] == [
        (s.date, s.voucher, s.summary, s.income_fen, s.expense_fen, s.balance_fen) for s in stored
    ]
    totals = {r[2]: r for r in body if r[2] and ("合计" in r[2] or "累计" in r[2] or "年末" in r[2])}
    assert (_fen(totals["1月本月合计"][4]), _fen(totals["1月本月合计"][5])) == (1234_56, 987_65)
    assert (_fen(totals["3月本月合计"][4]), _fen(totals["3月本月合计"][5])) == (5000_00, 300_00)
    closing = totals["年末余额（结转下年）"]
    assert _fen(closing[6]) == books.closing_balance(YEAR) == 87654_32 + 6234_56 - 1287_65
    assert "=SUM(A1)" in [r[2] for r in body]
    sheet = openpyxl.load_workbook(path).active
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.paperSize == 9 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet["C5"].font.name == "宋体"
    assert any("工会主席" in str(r[0]) for r in rows if r and r[0])


def test_dues_book_totals_per_member_and_month(store: Store, tmp_path: Path) -> None:
    roster = MemberStore(store)
    a = roster.add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    b = roster.add(Member(name="李四", wage_base_fen=300000, join_date=f"{YEAR}-03-01"))
    dues = DuesStore(store)
    dues.collect(f"{YEAR}-03-31", [(a, f"{YEAR}-0{m}", 2835) for m in (1, 2, 3)] + [(b, f"{YEAR}-03", 1000)])
    path = tmp_path / "dues.xlsx"
    assert export_dues(store, path, year=YEAR) == 2
    rows = _values(path)
    header = rows[2]
    assert header[:5] == ("序号", "姓名", "部门", "月缴额", "1月") and header[-3:] == (
        "已缴合计",
        "应缴合计",
        "欠缴",
    )
    people = {r[1]: r for r in rows[3:5]}
    assert [_fen(v) for v in people["张三"][4:7]] == [2835] * 3
    assert _fen(people["张三"][16]) == 3 * 2835 and _fen(people["张三"][17]) == 12 * 2835
    assert people["李四"][4] == "—" and _fen(people["李四"][6]) == 1000
    total = rows[5]
    assert total[1] == "合计" and _fen(total[6]) == 2835 + 1000
    assert _fen(total[16]) == dues.collected_between(f"{YEAR}-01-01", f"{YEAR}-12-31")


def test_statement_and_publicity_equal_the_cash_book(
    store: Store, books: LedgerStore, tmp_path: Path
) -> None:
    path = tmp_path / "02.xlsx"
    export_income_statement(store, path, year=YEAR)
    rows = _values(path)
    assert rows[0][0] == "工会02表"  # the form number over the title, right-aligned
    assert rows[3][:4] == ("项目", "行次", "本年数", "上年数")
    by_label = {str(r[0]).strip("　"): r for r in rows[4:] if r[0]}
    statement = income_statement(store, YEAR)
    assert _fen(by_label["三、收入合计"][2]) == statement.income_total[0] == 6234_56
    assert _fen(by_label["四、支出合计"][2]) == 1287_65
    assert _fen(by_label["会费收入"][2]) == 1234_56 and _fen(by_label["职工书屋"][2]) == 987_65
    assert _fen(by_label["六、年末资金结转结余"][2]) == books.closing_balance(YEAR)
    assert [by_label[k][1] for k in ("一、年初资金结转结余", "二、资金结转结余调整及变动")] == [1, 2]

    month = tmp_path / "pub.xlsx"
    export_publicity(store, month, year=YEAR, month=3)
    rows = _values(month)
    assert rows[2][:3] == ("项目", "本月数", "本年累计数")
    by_label = {str(r[0]).strip("　"): r for r in rows[3:] if r[0]}
    assert (_fen(by_label["三、收入合计"][1]), _fen(by_label["三、收入合计"][2])) == (5000_00, 6234_56)
    assert "职工书屋" in by_label and "困难职工帮扶" not in by_label  # only subjects with figures
    assert _fen(by_label["六、期末资金结转结余"][1]) == books.closing_balance(YEAR)


def _min_font_size(pdf: Path) -> float:
    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return min(sizes)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_books_print_on_a4_with_every_column_and_readable_text(
    store: Store, books: LedgerStore, tmp_path: Path
) -> None:
    roster = MemberStore(store)
    roster.add(Member(name="张三", department="疾病控制科", wage_base_fen=567800, join_date="2020-01-01"))
    # Enough entries for several pages, and large totals (printed bold in the 本年累计 rows).
    books.add_many(
        [
            Entry(f"{YEAR}-{4 + i // 10:02d}-{1 + i % 10:02d}", "收会费", "401", income_fen=98765_43)
            for i in range(80)
        ]
    )
    for name, write in (
        ("ledger", lambda p: export_ledger(store, p, year=YEAR)),
        ("dues", lambda p: export_dues(store, p, year=YEAR)),
        ("statement", lambda p: export_income_statement(store, p, year=YEAR, month=3)),
    ):
        path = tmp_path / f"{name}.xlsx"
        write(path)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp_path}/lo-profile",
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
        pdf = tmp_path / f"{name}.pdf"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        from pypdf import PdfReader

        page = PdfReader(pdf).pages[0]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert sorted((round(width), round(height))) == [595, 842]  # A4
        assert "###" not in text, name  # every figure fits its column, the bold totals too
        if name == "ledger":
            pages = len(PdfReader(pdf).pages)
            assert pages > 1
            for number in range(1, pages + 1):  # the header row on every page
                on_page = subprocess.run(
                    ["pdftotext", "-f", str(number), "-l", str(number), "-layout", str(pdf), "-"],
                    capture_output=True,
                    text=True,
                ).stdout
                assert all(h in on_page for h in ("日期", "凭证号", "摘要", "科目", "收入", "支出", "余额"))
            assert "工会主席" in text and "经审" in text and "制表" in text
            assert "读书分享会" in text  # the long 摘要 wrapped, not cut
        if name == "dues":
            assert "12月" in text and "欠缴" in text and width > height  # landscape for 18 columns
        assert _min_font_size(pdf) >= 8.5, name


def test_template_then_import_of_an_old_cash_book(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_ledger_template(template)
    assert _values(template)[0][:4] == ("日期", "凭证号", "摘要", "科目")
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2020年经费收支账"])
    sheet.append(["日期", "摘要", "科目", "收入", "支出", "余额", "经手人"])
    sheet.append(["2020-01-01", "上年结转", None, None, None, "10,000.00", None])
    sheet.append(["2020-01-05", "收会费", "401", "500", None, 10500, "财务"])
    sheet.append(["2020-01-08", "法律咨询", "502", None, 200, 10300, None])  # 2010's 维权支出
    sheet.append(["2020-01-09", "办公用品", "504", None, 50, 10200, None])  # 2010's 行政支出; 余额 wrong
    sheet.append([None, "本月合计", None, 500, 250, 10250, None])
    sheet.append(["2020-02-02", "职工篮球赛", "文体活动", None, "1,000.00", 9200, None])
    sheet.append(["2020-02-10", "春节慰问", "502 会员活动支出", None, 300, 8900, None])  # name wins
    book.save(path)

    parsed = read_ledger(path, store)
    messages = [p.describe() for p in parsed.problems]
    assert parsed.error_rows == []
    assert any("2010年科目 502 维权支出 → 现行 504 维权支出（1行）" in m for m in messages)
    assert any("2010年科目 504 行政支出 → 现行 506 行政支出" in m for m in messages)
    assert any("第6行" in m and "10,200.00" in m and "10,250.00" in m for m in messages)
    assert not any("第8行" in m for m in messages)  # later rows follow the same gap: said once
    assert any("跳过了 1 行合计" in m for m in messages)

    report = import_ledger(store, parsed, dry_run=True)
    assert report.added == 5 and not report.written
    ledger = LedgerStore(store)
    assert ledger.count(LedgerQuery(2020)) == 0

    report = import_ledger(store, read_ledger(path, store))
    assert report.written and report.added == 5
    rows = ledger.page(LedgerQuery(2020), 0, 10)
    assert [r.subject for r in rows] == ["401", "504", "506", "50102", "50105"]
    assert [r.voucher for r in rows] == [1, 2, 3, 4, 5]
    assert ledger.opening_balance(2020) == 10000_00
    assert rows[-1].balance_fen == 10000_00 + 500_00 - 200_00 - 50_00 - 1000_00 - 300_00
    assert ledger.get(rows[0].id).notes == "经手人：财务"  # an unknown column kept in 备注


def test_import_refuses_bad_rows_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    LedgerStore(store).add(Entry("2025-01-02", "已有", "401", income_fen=100, voucher=7))
    path = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "凭证号", "摘要", "科目", "收入", "支出"])
    sheet.append(["2025-02-01", "1", "收会费", "会费收入", "-5", None])
    sheet.append(["2025-02-02", "2", "双向", "401", 5, 5])
    sheet.append(["2025-02-03", "3", "乱写", "没有这个科目", 5, None])
    sheet.append(["2025-02-04", "3", "重复凭证", "401", "abc", None])
    sheet.append(["2025-02-05", "4", "方向错", "50102", 5, None])
    sheet.append(["2025-02-06", "9", "好的一行", "401", 5, None])
    sheet.append(["2025-02-07", "7", "与账中凭证重复", "401", 5, None])
    book.save(path)
    parsed = read_ledger(path, store)
    errors = {p.row: p.message for p in parsed.problems if p.is_error}
    assert "不能为负数" in errors[2]
    assert "不能两者都填" in errors[3]
    assert "不在会计科目表中" in errors[4]
    assert "不是金额" in errors[5]
    assert "收入科目" not in errors[6] and "支出科目" in errors[6]
    assert "账中2025年已有凭证号 7" in errors[8]
    assert 7 not in errors  # the good row
    report = import_ledger(store, parsed)
    assert not report.written and LedgerStore(store).count(LedgerQuery(2025)) == 1
    late = read_ledger(path, store)
    late.rows = [r for r in late.rows if r.number == 7]  # checked; then the book takes voucher 9 meanwhile
    LedgerStore(store).add(Entry("2025-03-01", "抢先", "401", income_fen=1, voucher=9))
    with pytest.raises(TransferError, match="第7行：.*凭证号 9"):
        import_ledger(store, late)
    assert LedgerStore(store).count(LedgerQuery(2025)) == 2


def test_import_of_a_closed_year_is_refused(store: Store, tmp_path: Path) -> None:
    ledger = LedgerStore(store)
    ledger.close_year(2024, 0)
    path = tmp_path / "closed.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["日期", "摘要", "科目", "收入"])
    book.active.append(["2024-05-01", "补记", "401", 5])
    book.save(path)
    parsed = read_ledger(path, store)
    assert [p.message for p in parsed.problems if p.is_error] == ["2024年已结账，不能再记入"]
    assert not import_ledger(store, parsed).written
    assert ledger.count(LedgerQuery(2024)) == 0


def test_file_without_subject_column_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nosubject.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["日期", "摘要", "收入"])
    book.active.append(["2024-05-01", "补记", 5])
    book.save(path)
    with pytest.raises(TransferError, match="科目"):
        read_ledger(path, store)


@settings(max_examples=8, deadline=None)
@given(
    st.integers(min_value=-500_000, max_value=50_000_000),
    st.lists(
        st.tuples(
            st.integers(1, 12),
            st.integers(1, 28),
            st.sampled_from(["401", "402", "408", "50102", "50105", "50404", "510"]),
            st.integers(1, 9_999_999),
            st.text(alphabet="收会费慰问<&>= -#N/A帮扶", min_size=1, max_size=20),
        ),
        max_size=25,
    ),
)
def test_exported_books_read_back_with_the_figures_of_the_store(opening: int, rows: list[tuple]) -> None:
    import tempfile

    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "u.db", daily_backup=False) as store,
    ):
        ledger = LedgerStore(store)
        ledger.set_opening(YEAR, opening)
        ledger.add_many(
            [
                Entry(
                    f"{YEAR}-{m:02d}-{d:02d}",
                    text.strip() or "摘要",
                    code,
                    income_fen=fen if code.startswith("4") else 0,
                    expense_fen=0 if code.startswith("4") else fen,
                )
                for m, d, code, fen, text in rows
            ]
        )
        book = Path(folder) / "ledger.xlsx"
        assert export_ledger(store, book, year=YEAR) == len(rows)
        written = [r for r in _values(book)[3:] if r and isinstance(r[1], int)]
        stored = list(ledger.iter_rows(YEAR))
        assert [(r[1], r[2], _fen(r[4]), _fen(r[5]), _fen(r[6])) for r in written] == [
            (s.voucher, s.summary, s.income_fen, s.expense_fen, s.balance_fen) for s in stored
        ]
        statement_path = Path(folder) / "02.xlsx"
        export_income_statement(store, statement_path, year=YEAR)
        by_label = {str(r[0]).strip("　"): r for r in _values(statement_path)[4:] if r and r[0]}
        statement = income_statement(store, YEAR)
        assert _fen(by_label["三、收入合计"][2]) == statement.income_total[0]
        assert _fen(by_label["四、支出合计"][2]) == statement.expense_total[0]
        assert _fen(by_label["六、年末资金结转结余"][2]) == ledger.closing_balance(YEAR)


def test_handover_pack_carries_the_fund_books(store: Store, books: LedgerStore, tmp_path: Path) -> None:
    from unionclerk.transfer.handover import write_handover

    member = MemberStore(store).add(Member(name="张三", wage_base_fen=567800, join_date="2020-01-01"))
    DuesStore(store).collect(f"{YEAR}-03-31", [(member, f"{YEAR}-03", 2835)])
    folder = tmp_path / "pack"
    files = {p.name for p in write_handover(store, YEAR, folder, pdf_writer=None, progress=lambda *a: True)}
    assert {f"{YEAR}年经费收支明细账.xlsx", f"{YEAR}年收入支出表.xlsx", f"{YEAR}年会费收缴台账.xlsx"} <= files
    closing = [
        r for r in _values(folder / f"{YEAR}年经费收支明细账.xlsx") if r and r[2] == "年末余额（结转下年）"
    ]
    assert _fen(closing[0][6]) == books.closing_balance(YEAR)
