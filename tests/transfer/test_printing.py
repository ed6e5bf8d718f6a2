"""The one print layout of every book: A4 orientation by width, 宋体, widths from content, rows grown to fit,
9 pt or more once fitted, repeated header, footer, totals, signatures, page breaks per group, streaming."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl import Workbook

from unionclerk.transfer.printing import (
    BODY_PT,
    LANDSCAPE_PT,
    MIN_PRINTED_PT,
    PORTRAIT_PT,
    SIGNATURES,
    Column,
    PrintTable,
    Row,
    Signature,
    ems_to_units,
    fit_columns,
    line_count,
    row_height,
    text_ems,
    units_to_pt,
    write_table,
)
from unionclerk.transfer.workbook import save_book

NAMES = "、".join(["欧阳娜娜", "张三", "李四", "王芳", "赵六六"] * 12)  # a long participant list


def test_a_narrow_table_is_portrait_at_full_size() -> None:
    columns = [Column("序号", "int"), Column("计划项目"), Column("状态")]
    fit = fit_columns(columns, [[1, "召开职工代表大会", "已完成"]])
    assert not fit.landscape and fit.printed_pt == BODY_PT
    assert fit.table_pt <= PORTRAIT_PT


def test_a_wide_table_is_landscape_wraps_text_and_keeps_nine_points() -> None:
    columns = [
        Column("日期", "date"),
        Column("活动名称"),
        Column("地点"),
        Column("参与会员"),
        Column("费用", "money"),
    ]
    columns += [Column(f"说明{i}") for i in range(6)]
    row = [
        dt.date(2026, 5, 12),
        "第五届职工代表大会第三次会议",
        "中心会议室",
        NAMES,
        1234.5,
        *["一段说明文字" * 4] * 6,
    ]
    fit = fit_columns(columns, [row])
    assert fit.landscape
    assert fit.printed_pt >= MIN_PRINTED_PT
    # Fitted to the page width at no less than 9 pt: the table is at most the page over 0.9.
    assert fit.table_pt <= LANDSCAPE_PT / (MIN_PRINTED_PT / BODY_PT)
    widths = dict(zip([c.header for c in columns], fit.widths, strict=True))
    # The column with the most text gets the most of the page; a date keeps its full width.
    assert widths["参与会员"] == max(widths.values())
    assert widths["日期"] > ems_to_units(text_ems("2026-05-12"))
    assert line_count(NAMES, widths["参与会员"]) > 1


def test_codes_and_phone_numbers_are_never_wrapped() -> None:
    columns = [Column("联系电话"), Column("备注")] + [Column(f"列{i}") for i in range(12)]
    row = ["13800138000", "很长的备注" * 20, *["中等长度的文字内容"] * 12]
    fit = fit_columns(columns, [row])
    assert line_count("13800138000", fit.widths[0]) == 1
    assert line_count(row[1], fit.widths[1]) > 1


def test_every_cell_is_songti_and_wrapped_rows_grow(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    columns = [
        Column("日期", "date"),
        Column("活动名称"),
        Column("参与会员"),
        Column("人次", "int"),
        Column("费用", "money"),
    ]
    rows = [
        [dt.date(2026, 3, 1), "消防培训", "张三", 1, 10.0],
        [dt.date(2026, 5, 12), "职工运动会", NAMES, 60, 1234.56],
    ]
    assert write_table(path, title="某工会活动台账", subtitle="单位：某单位", columns=columns, rows=rows) == 2
    sheet = openpyxl.load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells and {c.font.name for c in cells} == {"宋体"}
    assert sheet.print_title_rows == "$3:$3" and sheet.freeze_panes == "A4"
    assert sheet.page_setup.paperSize == 9 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert "A1:E1" in {str(r) for r in sheet.merged_cells.ranges}
    # The short row keeps the default height; the long list's row is as tall as its wrapped lines.
    width = sheet.column_dimensions["C"].width
    assert sheet.row_dimensions[4].height is None
    assert sheet.row_dimensions[5].height == row_height(line_count(NAMES, width)) > row_height(3)
    names, count, cost, date = sheet["C5"], sheet["D5"], sheet["E5"], sheet["A5"]
    assert names.alignment.wrap_text and names.alignment.horizontal == "left" and names.alignment.indent == 1
    assert count.alignment.horizontal == "right" and cost.alignment.horizontal == "right"
    assert cost.number_format == "#,##0.00" and date.alignment.horizontal == "center"
    assert all(c.border.left.style == "thin" for c in sheet[5])
    # Every column is at least as wide as its widest unwrapped value needs.
    for letter in "ADE":
        assert units_to_pt(sheet.column_dimensions[letter].width) > 30


def test_totals_signatures_and_a_page_per_group(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    columns = [Column("部门"), Column("姓名"), Column("金额", "money"), Column("备注")]
    rows = [["办公室", "张三", 100.0, ""], ["办公室", "李四", 50.0, ""], ["检验科", "王芳", 20.0, ""]]
    rows.append(Row(["检验科", "赵六", 5.0, "补发"], bold=True))
    count = write_table(
        path,
        title="慰问签收表",
        subtitle="单位：某单位",
        paragraphs=["说明：春节慰问，每人一份。"],
        columns=columns,
        rows=rows,
        total_row=lambda n: ["合计", f"{n} 人", 175.0, ""],
        total_line="共 {count} 人",
        signatures=SIGNATURES,
        break_on=0,
    )
    assert count == 4
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[2][0] == "说明：春节慰问，每人一份。" and values[3][:2] == ["部门", "姓名"]
    assert sheet.print_title_rows == "$4:$4"
    # A new page where the department changes: the break is after the last 办公室 row (row 6).
    assert [b.id for b in sheet.row_breaks.brk] == [6]
    assert sheet["D8"].font.b and not sheet["D7"].font.b
    assert values[8][:3] == ["合计", "4 人", 175.0] and sheet["A9"].font.b
    assert values[9][0] == "共 4 人"
    # Four signatures over four narrow columns would be cut at their cells' edges: one wrapped line instead.
    signature_row = values[-1]
    assert [v for v in signature_row if v] == ["　　".join(f"{name}：＿＿＿＿＿＿" for name in SIGNATURES)]
    assert sheet.cell(row=sheet.max_row, column=1).alignment.wrap_text


def test_signatures_share_the_columns_when_they_fit_and_name_the_signer(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    columns = [
        Column("序号", "int"),
        Column("部门", width=20),
        Column("姓名"),
        Column("物品"),
        Column("签名", width=9),
    ]
    rows = [[1, "疾病控制科", "张三", "大米、食用油（300.00 元）", None]]
    write_table(
        path,
        title="签收表",
        subtitle="",
        columns=columns,
        rows=rows,
        signatures=(Signature("经办人", "周晓梅"), Signature("工会主席")),
    )
    sheet = openpyxl.load_workbook(path).active
    last = [c.value for c in sheet[sheet.max_row]]
    assert [v for v in last if v] == ["经办人：周晓梅（签字）＿＿＿＿＿＿", "工会主席：＿＿＿＿＿＿"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"A{sheet.max_row}:B{sheet.max_row}" in merged and f"C{sheet.max_row}:E{sheet.max_row}" in merged


def test_repeated_title_and_rows_tall_enough_to_sign(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    book = Workbook(write_only=True)
    table = PrintTable(
        book, title="签收表", subtitle="单位：某单位", columns=[Column("姓名"), Column("签名", width=8)],
        repeat_title=True, min_row_pt=26,
    )  # fmt: skip
    table.append(["张三", None])
    table.append(["很长的名字" * 20, None])
    table.finish()
    save_book(book, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.print_title_rows == "$1:$3"
    assert sheet.row_dimensions[4].height == 26 and sheet.row_dimensions[5].height > 26


def test_streams_without_keeping_rows(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    table = PrintTable(
        book,
        title="经费账",
        subtitle="",
        columns=[Column("摘要"), Column("金额", "money")],
        samples=[["摘要", 1.0]],
    )
    for number in range(20_000):
        table.append([f"第{number}笔" + ("很长的摘要" * 10 if number % 100 == 0 else ""), number / 100])
    assert len(table.sheet.row_dimensions) == 0  # each row's height went to disk with the row
    assert table.finish(total_line="共 {count} 笔") == 20_000
    path = tmp_path / "big.xlsx"
    save_book(book, path)
    written = openpyxl.load_workbook(path, read_only=True)
    last = list(written.active.iter_rows(min_row=20_002, max_row=20_003, values_only=True))
    written.close()
    assert last[0][:2] == ("第19999笔", 199.99) and last[1][0] == "共 20000 笔"
