"""Visits to and from Excel: the import (synonyms, title rows, members by ID or name, festivals in the text,
batches, all-or-nothing), the printable book, the 签收表 and the template, read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.transfer.transfer_files import write_workbook
from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.core.visits import DEFAULT_KINDS, Visit
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import save_settings
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.transfer.visits import (
    VISIT_SPEC,
    export_signoff,
    export_visits,
    import_visits,
    read_visits,
    recognise_kind,
    signoff_batches,
    write_visits_template,
)

ID_A = "11010519491231002X"
ID_B = "110105198001010016"


@pytest.fixture
def roster(store: Store, members: MemberStore) -> dict[str, int]:
    save_settings(
        store,
        Settings(unit_name="青山县疾控中心", union_name="青山县疾控中心工会", chair="李建华", clerk="周晓梅"),
    )
    return {
        "张三": members.add(Member(name="张三", department="检验科", join_date="2015-01-01")),
        "李四": members.add(Member(name="李四", department="办公室", join_date="2015-01-01")),
        "王芳A": members.add(
            Member(name="王芳", id_number=ID_A, department="检验科", join_date="2015-01-01")
        ),
        "王芳B": members.add(
            Member(name="王芳", id_number=ID_B, department="财务科", join_date="2015-01-01")
        ),
    }


def test_kinds_and_festivals_recognised_in_the_text() -> None:
    kinds = list(DEFAULT_KINDS)
    assert recognise_kind("春节慰问品", "", kinds) == ("节日慰问", "春节")
    assert recognise_kind("", "中秋月饼", kinds) == ("节日慰问", "中秋")
    assert recognise_kind("节日慰问", "端午粽子", kinds) == ("节日慰问", "端午")
    assert recognise_kind("住院慰问", "", kinds) == ("生病住院", "")
    assert recognise_kind("手术住院", "", kinds) == ("住院手术", "")
    assert recognise_kind("父亲去世", "", kinds) == ("直系亲属去世", "")
    assert recognise_kind("旅游", "", kinds) == ("", "")


def test_import_with_synonyms_title_rows_ids_and_batches(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    path = write_workbook(
        tmp_path / "慰问.xlsx",
        [
            ["2026年职工慰问登记表"],
            ["填表人：周晓梅"],
            [
                "序号",
                "时间",
                "慰问对象",
                "身份证号码",
                "事由",
                "现金",
                "物品",
                "价值",
                "资金来源",
                "经办人",
                "部门",
            ],
            [1, "2026-03-02", "张三", None, "住院慰问", 500, "水果", 88.5, "工会", "李建华", "检验科"],
            [2, "2026/2/14", "张三", None, "春节慰问品", None, "大米、食用油", 300, None, "周晓梅", "检验科"],
            [3, "2026年2月14日", "李四", None, None, None, "春节米油", 300, None, "周晓梅", "办公室"],
            [4, "2026-02-14", "王芳", ID_B, "节日慰问", None, "大米、食用油", 300, None, "周晓梅", "财务科"],
            [5, "2026-09-20", "王芳", ID_A, "中秋", None, "月饼", 200, None, "周晓梅", "检验科"],
            ["合计", None, None, None, None, 500, None, 1188.5],
        ],
    )
    parsed = read_visits(path, store)
    assert [p.describe() for p in parsed.problems] == [
        "[提示] 第7行 事由 “节日慰问”：没有写明节日，按日期认作春节"  # 2026-02-14, the eve of the holiday
    ]
    report = import_visits(store, parsed)
    assert report.written and report.added == 5
    visits = VisitStore(store)
    hospital = visits.list(VisitQuery(kind="生病住院"))
    assert [(r.member_name, r.cash_fen, r.goods_fen, r.source, r.visitors) for r in hospital] == [
        ("张三", 50000, 8850, "工会经费", "李建华")
    ]
    batches = visits.batches(2026)
    assert [(b.festival, b.date, b.count) for b in batches] == [
        ("春节", "2026-02-14", 3),
        ("中秋", "2026-09-20", 1),
    ]
    spring = {r.member_id for r in visits.list(VisitQuery(batch_id=batches[0].id))}
    assert spring == {roster["张三"], roster["李四"], roster["王芳B"]}
    # Importing the same file again adds nothing.
    again = import_visits(store, read_visits(path, store))
    assert (again.added, again.unchanged) == (0, 5)
    assert len(visits.list()) == 5


def test_bad_rows_are_named_and_nothing_is_written(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    path = write_workbook(
        tmp_path / "bad.xlsx",
        [
            ["日期", "姓名", "慰问类别", "慰问金", "慰问品", "物品价值"],
            ["2026-03-02", "张三", "生病住院", 500, None, None],
            ["2026-03-03", "赵六", "生病住院", 500, None, None],
            ["2026-03-04", "王芳", "生日", None, "蛋糕", 100],
            ["2026-02-14", "李四", "春节慰问", 300, None, None],
            ["2026-03-05", "李四", "生日", -5, None, None],
            ["2026-03-06", "李四", "生日", "五百", None, None],
            ["2026-03-07", "李四", "春游", 100, None, None],
        ],
    )
    parsed = read_visits(path, store)
    errors = {p.row: p.describe() for p in parsed.problems if p.is_error}
    assert set(errors) == {3, 4, 5, 6, 7, 8}
    assert "赵六" in errors[3] and "不会新建会员" in errors[3]
    assert "2 位会员叫“王芳”" in errors[4] and "身份证号" in errors[4]
    assert "现金" in errors[5]
    assert "负数" in errors[6]
    assert "不是金额" in errors[7]
    assert "春游" in errors[8]
    report = import_visits(store, parsed)
    assert not report.written and VisitStore(store).list() == []
    skipped = import_visits(store, parsed, skip_invalid=True)
    assert skipped.written and skipped.added == 1 and skipped.skipped == 6


def test_dry_run_writes_nothing(tmp_path: Path, store: Store, roster: dict[str, int]) -> None:
    path = write_workbook(
        tmp_path / "ok.xlsx",
        [["日期", "姓名", "类型", "物品", "价值"], ["2026-09-20", "张三", "中秋月饼", "月饼", 200]],
    )
    report = import_visits(store, read_visits(path, store), dry_run=True)
    assert report.dry_run and report.added == 1
    assert VisitStore(store).list() == [] and VisitStore(store).batches() == []


def test_export_book_reads_back_with_totals_and_print_setup(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    visits = VisitStore(store)
    visits.add(
        Visit(
            date="2026-03-02",
            kind="生病住院",
            member_id=roster["张三"],
            cash_fen=50000,
            goods="水果",
            goods_fen=8850,
        )
    )
    visits.add(
        Visit(date="2026-05-01", kind="直系亲属去世", member_id=roster["李四"], person_name="李大山", relation="父母",
              cash_fen=100000, notes="=SUM(A1)")
    )  # fmt: skip
    visits.add(Visit(date="2025-05-01", kind="生日", member_id=roster["李四"], goods="蛋糕", goods_fen=100))
    out = tmp_path / "book.xlsx"
    assert export_visits(store, out, year=2026) == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "青山县疾控中心工会2026年慰问台账"
    header = [c.value for c in sheet[3]]
    assert header[:6] == ["序号", "日期", "姓名", "部门", "非会员对象", "慰问类别"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=5)]
    assert rows[0][2] == "张三" and rows[0][7] == 500 and rows[0][9] == 88.5
    assert rows[1][4] == "李大山（父母）" and rows[1][7] == 1000
    assert rows[1][13] == "=SUM(A1)" and sheet.cell(row=5, column=14).data_type == "s"
    totals = sheet.cell(row=6, column=1).value
    assert "2 人次" in totals and "慰问金 1,500.00 元" in totals and "慰问品价值 88.50 元" in totals
    assert "工会主席" in sheet.cell(row=8, column=1).value
    assert sheet.cell(row=4, column=3).font.name == "宋体"
    assert sheet.cell(row=4, column=9).alignment.wrap_text
    assert sheet.print_title_rows == "$3:$3"
    assert int(sheet.page_setup.paperSize) == 9 and int(sheet.page_setup.fitToWidth) == 1  # A4, one page wide


def test_signoff_sheet_reads_back_and_groups_by_department(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    visits = VisitStore(store)
    batch = visits.add_batch(
        date="2026-09-20", festival="中秋", goods="月饼", goods_fen=20000, member_ids=list(roster.values())
    )
    out = tmp_path / "signoff.xlsx"
    assert export_signoff(store, out, signoff_batches(store, batch_id=batch)) == 4
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "青山县疾控中心工会2026年中秋慰问品签收表"
    assert "物品：月饼" in sheet["A2"].value and "每人价值：200.00 元" in sheet["A2"].value
    assert [c.value for c in sheet[3]] == ["序号", "部门", "姓名", "物品/金额", "签名", "日期"]
    body = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=7)]
    assert [r[0] for r in body] == [1, 2, 3, 4]
    assert {r[2] for r in body} == {"张三", "李四", "王芳"} and all(
        r[4] is None and r[5] is None for r in body
    )
    assert all(sheet.row_dimensions[r].height >= 26 for r in range(4, 8))  # room to sign by hand
    total = [c.value for c in sheet[8]]
    assert total[1:4] == [None, "合计", "4 人，共 800.00 元"] and sheet["C8"].font.b
    signatures = "".join(c.value for c in sheet[sheet.max_row] if c.value)
    assert (
        "经办人：周晓梅（签字）＿＿＿＿＿＿" in signatures
        and "工会主席：李建华（签字）＿＿＿＿＿＿" in signatures
    )
    assert {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None} == {"宋体"}
    # Each page is signed on its own: the title and header on every page; A4 portrait.
    assert sheet.print_title_rows == "$1:$3" and sheet.page_setup.orientation == "portrait"
    assert int(sheet.page_setup.paperSize) == 9

    by_dept = tmp_path / "by_dept.xlsx"
    export_signoff(store, by_dept, signoff_batches(store, festival="中秋", year=2026), by_department=True)
    sheet = openpyxl.load_workbook(by_dept).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    subtotals = [r[1:4] for r in rows if r[2] == "小计"]
    assert subtotals == [
        ["办公室", "小计", "1 人，200.00 元"],
        ["检验科", "小计", "2 人，400.00 元"],
        ["财务科", "小计", "1 人，200.00 元"],
    ]
    assert [r[0] for r in rows[:7]] == [1, None, 1, 2, None, 1, None]  # numbered afresh in each department
    # A new page after each department's subtotal (rows 5 and 8), none after the last.
    assert [b.id for b in sheet.row_breaks.brk] == [5, 8]
    assert rows[7][1:4] == [None, "合计", "4 人，共 800.00 元"]


def test_template_has_every_header_and_reimports(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    out = tmp_path / "template.xlsx"
    write_visits_template(out)
    book = openpyxl.load_workbook(out)
    assert [c.value for c in book.active[1]] == [f.label for f in VISIT_SPEC.fields]
    assert "填写说明" in book.sheetnames
    report = import_visits(store, read_visits(out, store))
    assert report.written and report.added == 1
    assert VisitStore(store).list()[0].member_name == "张三"


def test_signoff_prints_on_a4_with_readable_text(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice (soffice) and poppler (pdftotext) are needed to print to PDF")
    visits = VisitStore(store)
    batch = visits.add_batch(
        date="2026-09-20", festival="中秋", goods="月饼", goods_fen=20000, member_ids=list(roster.values())
    )
    out = tmp_path / "signoff.xlsx"
    export_signoff(store, out, signoff_batches(store, batch_id=batch))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "signoff.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info and "Pages:           1" in info
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "中秋慰问品签收表" in text and "共 800.00 元" in text and "工会主席：李建华（签字）" in text
    assert "经办人：周晓梅（签字）＿" in text
    box = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    line = next(row for row in box.splitlines() if ">张三<" in row)
    height = float(line.split('yMax="')[1].split('"')[0]) - float(line.split('yMin="')[1].split('"')[0])
    assert height >= 9  # the name is printed at 9 pt or more


def test_rule_breaches_and_far_dates_are_warnings(
    tmp_path: Path, store: Store, roster: dict[str, int]
) -> None:
    import datetime as dt

    save_settings(store, Settings(province="福建"))
    VisitStore(store).add_batch(
        date="2026-02-14", festival="春节", goods="米油", goods_fen=80000, member_ids=[roster["张三"]]
    )
    far = (dt.date.today() + dt.timedelta(days=90)).isoformat()
    path = write_workbook(
        tmp_path / "warn.xlsx",
        [
            ["日期", "姓名", "慰问类别", "慰问金", "慰问品", "物品价值", "超标理由"],
            ["2026-09-20", "张三", "中秋", None, "月饼", 600, None],
            ["2026-10-01", "张三", "国庆", None, "水果", 200, "委员会同意"],
            [far, "李四", "生日", None, "蛋糕", 100, None],
        ],
    )
    parsed = read_visits(path, store)
    warnings = {p.row: p.describe() for p in parsed.problems if not p.is_error}
    assert not [p for p in parsed.problems if p.is_error]
    assert "节日慰问品全年合计上限" in warnings[2] and "1,400.00" in warnings[2]  # 800 + 600 > 1300
    assert "可在“超标理由”列说明" in warnings[2]
    assert "1,600.00" in warnings[3] and "可在" not in warnings[3]  # a reason is given in the file
    assert far in warnings[4] and "一个多月以后" in warnings[4]
    report = import_visits(store, parsed)
    assert report.written and report.added == 3
    assert {
        r.breach_reason for r in VisitStore(store).list(VisitQuery(kind="节日慰问", start="2026-10-01"))
    } == {"委员会同意"}
