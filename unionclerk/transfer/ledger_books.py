"""The four printed 经费 books as .xlsx: 经费收支明细账 (streamed), 会费收缴台账, 收支公示表 and 收入支出表 (工会02表).

Each is laid out for A4: title, unit and period on top, the header row repeated on every page, thin borders,
宋体, long text wrapped in its column, fitted to the page width with text that stays about 9 pt or more,
page numbers, and the signature lines 工会主席 / 经审 / 制表. Money cells are numbers (2 decimals), so the
figures read back exactly; every text cell goes through workbook.put (never a formula).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from unionclerk.core.ledger import month_end
from unionclerk.reports.ledger import (
    CLOSING,
    ENTRY,
    OPENING,
    IncomeStatement,
    SubjectLine,
    cash_book_lines,
    income_statement,
)
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.settings import load_settings
from unionclerk.transfer.output import output_suffix
from unionclerk.transfer.row_stream import MARKER, Money, RowWriter, save_with_body
from unionclerk.transfer.workbook import FORMULA_STARTS, check_destination, display_width, put, save_book

FONT_NAME = "宋体"
BODY_SIZE = 10
LINE_HEIGHT = 13.5  # points a line of 10 pt 宋体 takes
MONEY_FORMAT = "#,##0.00;-#,##0.00;"  # zero shows empty, as clerks write their books
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f]")  # control characters put() removes
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class BookColumn:
    header: str
    width: float
    kind: str = "text"  # text, money, int, wrap (long text wrapped in the column)


class _Styles:
    """The cells of one printed sheet. One styled cell per kind of cell (text, money, …, bold or not) is
    filled with each value in turn and written at once, the way openpyxl's write-only mode reuses its own
    unstyled cell: 200,000 bordered rows then cost nearly what the same values cost unstyled."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self._protos: dict[tuple[str, bool], WriteOnlyCell] = {}
        self.rows = 0  # rows appended so far (a write-only sheet does not count them for us)
        self._pending: tuple[tuple[str, ...], bool] | None = None
        self._by_kinds: dict[tuple[tuple[str, ...], bool], tuple[_ProtoCell, ...]] = {}
        self._plain_row = sheet._values_to_row  # openpyxl's own conversion, for rows of ready cells
        sheet._values_to_row = self._to_row  # type: ignore[method-assign]

    def proto(self, kind: str, bold: bool = False) -> WriteOnlyCell:
        key = (kind, bold)
        if key not in self._protos:
            cell = _ProtoCell(self.sheet)
            cell.font = Font(name=FONT_NAME, size=BODY_SIZE, bold=bold)
            cell.border = _BORDER
            if kind == "money":
                cell.number_format = MONEY_FORMAT
                cell.alignment = Alignment(horizontal="right", vertical="center")
            elif kind == "int":
                cell.alignment = Alignment(horizontal="center", vertical="center")
            elif kind == "header":
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            else:
                cell.alignment = Alignment(vertical="center", wrap_text=kind == "wrap")
            cell.fix_style()
            self._protos[key] = cell
        return self._protos[key]

    def cell(self, value: object, kind: str = "text", bold: bool = False) -> WriteOnlyCell:
        """A cell of its own (headers, and text that put() must guard)."""
        cell = WriteOnlyCell(self.sheet)
        cell._style = copy(self.proto(kind, bold)._style)
        return put(cell, value)

    def _to_row(self, values: Sequence[object], row_idx: int) -> Iterator[Cell]:
        pending, self._pending = self._pending, None
        if pending is None:
            yield from self._plain_row(values, row_idx)
            return
        for column, (value, proto) in enumerate(
            zip(values, self._row_protos(*pending), strict=True), start=1
        ):
            cell: Cell = proto
            if value.__class__ is str and (value.startswith(FORMULA_STARTS) or _UNSAFE.search(value)):  # type: ignore[attr-defined]
                cell = self.cell(value, "text", pending[1])  # never a formula, no control characters
            else:
                cell.value = value
                if cell.data_type == "e":
                    cell.data_type = "s"  # '#N/A' typed in a 摘要 is text
            cell.column, cell.row = column, row_idx
            yield cell  # written before the next value is put in it (a blank one keeps its border)

    def _row_protos(self, kinds: tuple[str, ...], bold: bool) -> tuple[_ProtoCell, ...]:
        key = (kinds, bold)
        found = self._by_kinds.get(key)
        if found is None:
            found = self._by_kinds[key] = tuple(self.proto(kind, bold) for kind in kinds)
        return found

    def append(self, cells: list[object]) -> int:
        """Append a row of ready cells (or nothing); its number."""
        self.sheet.append(cells)
        self.rows += 1
        return self.rows

    def data_row(self, values: Sequence[object], columns: Sequence[BookColumn], bold: bool = False) -> int:
        """A bordered row of values; a wrapped cell too long for its column gets the height of its lines
        (spreadsheet programs do not measure the rows of a streamed file themselves)."""
        lines = 1
        for value, column in zip(values, columns, strict=True):
            if column.kind == "wrap" and isinstance(value, str) and len(value) * 2 >= column.width - 1:
                lines = max(lines, -(-_width(value) // max(int(column.width) - 1, 1)))
        number = self.rows + 1
        dimensions = self.sheet.row_dimensions
        if lines > 1:
            # The attributes the row writer reads; a RowDimension object per row would cost more than the row.
            dimensions[number] = {"ht": f"{LINE_HEIGHT * lines:g}", "customHeight": "1"}
        self._pending = (tuple(c.kind for c in columns), bold)
        self.sheet.append(list(values))
        self.rows += 1
        if lines > 1:
            del dimensions[number]  # written already; keep memory flat over 200,000 rows
        return number


class _ProtoCell(Cell):
    """A cell whose style is fixed once made: its style id is looked up once, not for every value it writes."""

    __slots__ = ("_fixed_id",)

    def fix_style(self) -> None:
        self._fixed_id = self.parent.parent._cell_styles.add(self._style)

    @property
    def style_id(self) -> int:
        return self._fixed_id


@lru_cache(maxsize=4096)
def _width(text: str) -> int:
    """display_width, remembered: a book repeats its 摘要 and 科目 texts many times."""
    return display_width(text)


def _plain(
    sheet: Worksheet, value: object, *, size: float = BODY_SIZE, bold: bool = False, align: str = "left"
):
    cell = put(WriteOnlyCell(sheet), value)
    cell.font = Font(name=FONT_NAME, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center")
    return cell


def _union_and_unit(store: Store) -> tuple[str, str]:
    settings = load_settings(store)
    unit = settings.unit_name or "（未设置单位名称）"
    union = settings.union_name or (f"{settings.unit_name}工会" if settings.unit_name else "")
    return union, unit


def _start_sheet(
    book: Workbook,
    *,
    sheet_name: str,
    title: str,
    left: str,
    right: str,
    columns: Sequence[BookColumn],
    landscape: bool = False,
    above: Sequence[str] = (),
) -> tuple[Worksheet, _Styles]:
    """Title (merged over the columns), unit/period line, the header row; page set-up for A4."""
    sheet = book.create_sheet(title=sheet_name[:31])
    last = get_column_letter(len(columns))
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    # A write-only sheet writes its properties (fit to page, frozen rows) before the first row: set them now.
    header_row = len(above) + 3
    sheet.freeze_panes = f"A{header_row + 1}"
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.5
    margins.top, margins.bottom = 0.6, 0.7
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.oddFooter.center.font = FONT_NAME
    styles = _Styles(sheet)
    for line in above:  # e.g. 工会02表, right-aligned above the title
        styles.append([*[None] * (len(columns) - 1), _plain(sheet, line, align="right")])
    row = styles.append([_plain(sheet, title, size=14, bold=True, align="center")])
    sheet.merged_cells.add(f"A{row}:{last}{row}")
    half = max(len(columns) // 2, 1)
    row = styles.append([_plain(sheet, left), *[None] * (half - 1), _plain(sheet, right, align="right")])
    sheet.merged_cells.add(f"A{row}:{get_column_letter(half)}{row}")
    if half + 1 <= len(columns):
        sheet.merged_cells.add(f"{get_column_letter(half + 1)}{row}:{last}{row}")
    row = styles.append([styles.cell(c.header, "header", bold=True) for c in columns])
    sheet.print_title_rows = f"{row}:{row}"
    return sheet, styles


def _signatures(styles: _Styles, columns: int, date: dt.date | None = None) -> None:
    """The lines a printed book is signed on."""
    sheet = styles.sheet
    date = date or dt.date.today()
    styles.append([])
    text = "工会主席：　　　　　　经审：　　　　　　制表：　　　　　　"
    row = styles.append([_plain(sheet, text, size=11)])
    sheet.merged_cells.add(f"A{row}:{get_column_letter(columns)}{row}")
    when = f"日期：{date.year}年{date.month}月{date.day}日"
    row = styles.append([*[None] * (columns - 1), _plain(sheet, when, size=11, align="right")])


def _yuan(fen: int) -> float:
    """Money as the number a spreadsheet holds: fen / 100 is exact to the fen once rounded to 2 places."""
    return round(fen / 100, 2)


def _amount(fen: int) -> float | None:
    """A 收入/支出 cell: blank when nothing, as clerks write their books."""
    return round(fen / 100, 2) if fen else None


# -- 1. 经费收支明细账 ---------------------------------------------------------------------------------

LEDGER_COLUMNS = (
    BookColumn("日期", 12, "int"),
    BookColumn("凭证号", 6, "int"),
    BookColumn("摘要", 28, "wrap"),
    BookColumn("科目", 16, "wrap"),
    BookColumn("收入", 12, "money"),
    BookColumn("支出", 12, "money"),
    BookColumn("余额", 13, "money"),
)


def ledger_rows(store: Store, year: int, month: int | None = None) -> Iterable[tuple[bool, list[object]]]:
    """(bold, cells) of the cash book: 上年结转, entries, 本月合计/本年累计 after each month, 年末余额.
    Amounts are Money (fen); a 收入/支出 cell with nothing in it is blank, as clerks write their books."""
    for line in cash_book_lines(store, year, month):
        if line.kind == ENTRY:
            yield (
                False,
                [
                    line.date,
                    line.voucher,
                    line.summary,
                    line.subject,
                    Money(line.income_fen) if line.income_fen else None,
                    Money(line.expense_fen) if line.expense_fen else None,
                    Money(line.balance_fen),
                ],
            )
        elif line.kind == OPENING:
            yield True, [line.date, None, line.summary, None, None, None, Money(line.balance_fen)]
        else:
            yield (
                True,
                [
                    line.date if line.kind != CLOSING else None,
                    None,
                    line.summary,
                    None,
                    Money(line.income_fen),
                    Money(line.expense_fen),
                    Money(line.balance_fen),
                ],
            )


def _lines_needed(values: Sequence[object], columns: Sequence[BookColumn]) -> int:
    lines = 1
    for value, column in zip(values, columns, strict=True):
        if column.kind == "wrap" and isinstance(value, str) and len(value) * 2 >= column.width - 1:
            lines = max(lines, -(-_width(value) // max(int(column.width) - 1, 1)))
    return lines


def export_ledger(
    store: Store, path: str | Path, *, year: int, month: int | None = None, today: dt.date | None = None
) -> int:
    """经费收支明细账 for a year (or one month), streamed: openpyxl (write-only) writes the sheet around the
    entries, and the entries go into the file as XML rows one batch at a time (row_stream). Returns the
    number of entries."""
    path = Path(path)
    output_suffix(path, (".xlsx",))
    check_destination(path)
    union, unit = _union_and_unit(store)
    book = Workbook(write_only=True)
    sheet, styles = _start_sheet(
        book,
        sheet_name="经费收支明细账",
        title=f"{union}{year}年{f'{month}月' if month else ''}经费收支明细账",
        left=f"单位：{unit}",
        right=(
            f"期间：{year}年{month}月1日至{month}月{month_end(year, month)[-2:].lstrip('0')}日　金额单位：元"
            if month
            else f"期间：{year}年1月1日至12月31日　金额单位：元"
        ),
        columns=LEDGER_COLUMNS,
    )
    marker = styles.append([_plain(sheet, MARKER)])
    _signatures(styles, len(LEDGER_COLUMNS), today)
    writer = RowWriter(
        marker,
        [styles.proto(c.kind).style_id for c in LEDGER_COLUMNS],
        [styles.proto(c.kind, True).style_id for c in LEDGER_COLUMNS],
    )
    entries = 0

    def body() -> Iterator[str]:
        nonlocal entries
        for bold, values in ledger_rows(store, year, month):
            entries += not bold
            lines = _lines_needed(values, LEDGER_COLUMNS)
            yield writer.row(values, bold=bold, height=LINE_HEIGHT * lines if lines > 1 else None)

    save_with_body(book, path, marker, body())
    return entries


# -- 2. 会费收缴台账 ---------------------------------------------------------------------------------


def export_dues(store: Store, path: str | Path, *, year: int, today: dt.date | None = None) -> int:
    """Members × months: paid per month, and per member 已缴/应缴/欠缴; a 合计 row per month. Returns members."""
    path = Path(path)
    output_suffix(path, (".xlsx",))
    check_destination(path)
    union, unit = _union_and_unit(store)
    settings = load_settings(store)
    rows = DuesStore(store).grid(year)
    columns = (
        BookColumn("序号", 4.5, "int"),
        BookColumn("姓名", 8),
        BookColumn("部门", 10, "wrap"),
        BookColumn("月缴额", 7.5, "money"),
        *(BookColumn(f"{m}月", 7.5, "money") for m in range(1, 13)),
        BookColumn("已缴合计", 9, "money"),
        BookColumn("应缴合计", 9, "money"),
        BookColumn("欠缴", 8, "money"),
    )
    book = Workbook(write_only=True)
    sheet, styles = _start_sheet(
        book,
        sheet_name="会费收缴台账",
        title=f"{union}{year}年会费收缴台账",
        left=f"单位：{unit}",
        right=f"会费比例：{settings.dues_rate * 100:g}%　金额单位：元",
        columns=columns,
        landscape=True,
    )
    kinds = [c.kind for c in columns]
    month_totals = [0] * 12
    for number, row in enumerate(rows, start=1):
        for m in range(12):
            month_totals[m] += row.paid[m]
        values: list[object] = [
            number,
            row.name,
            row.department,
            _yuan(row.monthly_fen),
            *(_yuan(p) if (p or d) else "—" for p, d in zip(row.paid, row.due, strict=True)),
            _yuan(row.paid_total),
            _yuan(row.due_total),
            _yuan(row.owing_total),
        ]
        styles.append([styles.cell(v, k if v != "—" else "int") for v, k in zip(values, kinds, strict=True)])
    totals: list[object] = [
        None,
        "合计",
        f"{len(rows)}人",
        None,
        *(_yuan(t) for t in month_totals),
        _yuan(sum(r.paid_total for r in rows)),
        _yuan(sum(r.due_total for r in rows)),
        _yuan(sum(r.owing_total for r in rows)),
    ]
    styles.append([styles.cell(v, k, True) for v, k in zip(totals, kinds, strict=True)])
    _signatures(styles, len(columns), today)
    save_book(book, path)
    return len(rows)


# -- 3 and 4. 收支公示表 and 收入支出表 --------------------------------------------------------------------


def _statement_rows(statement: IncomeStatement, *, with_line_numbers: bool, only_used: bool) -> list[tuple]:
    """(项目, 行次, first, second, bold) in the 2021 layout of the 收入支出表."""
    out: list[tuple] = []
    number = 0

    def add(label: str, first: int, second: int, bold: bool = False) -> None:
        nonlocal number
        number += 1
        out.append((label, number if with_line_numbers else None, first, second, bold))

    def subjects(lines: list[SubjectLine]) -> None:
        for line in lines:
            if only_used and not (line.first or line.second):
                continue
            indent = "　　" if line.level == 1 else "　　　　"
            add(f"{indent}{line.name}", line.first, line.second)

    add(
        "一、年初资金结转结余" if statement.month is None else "一、期初资金结转结余",
        *statement.opening,
        bold=True,
    )
    add("二、资金结转结余调整及变动", *statement.adjustment, bold=True)
    add("三、收入合计", *statement.income_total, bold=True)
    subjects(statement.income)
    add("四、支出合计", *statement.expense_total, bold=True)
    subjects(statement.expense)
    add("五、本期收支差额", *statement.difference, bold=True)
    closing_label = "六、年末资金结转结余" if statement.month in (None, 12) else "六、期末资金结转结余"
    add(closing_label, *statement.closing, bold=True)
    return out


def _write_statement(
    store: Store,
    path: Path,
    statement: IncomeStatement,
    *,
    title: str,
    sheet_name: str,
    period: str,
    with_line_numbers: bool,
    only_used: bool,
    above: Sequence[str] = (),
    today: dt.date | None = None,
) -> int:
    output_suffix(path, (".xlsx",))
    check_destination(path)
    union, unit = _union_and_unit(store)
    columns = [BookColumn("项目", 38, "wrap")]
    if with_line_numbers:
        columns.append(BookColumn("行次", 6, "int"))
    columns += [BookColumn(statement.columns[0], 16, "money"), BookColumn(statement.columns[1], 16, "money")]
    book = Workbook(write_only=True)
    sheet, styles = _start_sheet(
        book,
        sheet_name=sheet_name,
        title=f"{union}{title}",
        left=f"编制单位：{union or unit}",
        right=f"{period}　金额单位：元",
        columns=columns,
        above=above,
    )
    rows = _statement_rows(statement, with_line_numbers=with_line_numbers, only_used=only_used)
    for label, number, first, second, bold in rows:
        values: list[object] = [label, *([number] if with_line_numbers else []), _yuan(first), _yuan(second)]
        styles.data_row(values, columns, bold)
    _signatures(styles, len(columns), today)
    save_book(book, path)
    return len(rows)


def export_income_statement(
    store: Store, path: str | Path, *, year: int, month: int | None = None, today: dt.date | None = None
) -> int:
    """收入支出表 (工会02表), 2021 layout: for a month (本月数, 本年累计数) or a year (本年数, 上年数)."""
    statement = income_statement(store, year, month)
    period = f"{year}年{month}月" if month else f"{year}年度"
    return _write_statement(
        store,
        Path(path),
        statement,
        title=f"收入支出表（{period}）",
        sheet_name="收入支出表",
        period=period,
        with_line_numbers=True,
        only_used=False,
        above=("工会02表",),
        today=today,
    )


def export_publicity(
    store: Store, path: str | Path, *, year: int, month: int, today: dt.date | None = None
) -> int:
    """The monthly 收支公示表: 本月数 and 本年累计数 by subject (subjects with figures), with the balances."""
    statement = income_statement(store, year, month)
    return _write_statement(
        store,
        Path(path),
        statement,
        title=f"{year}年{month}月经费收支公示表",
        sheet_name="收支公示表",
        period=f"{year}年{month}月",
        with_line_numbers=False,
        only_used=True,
        today=today,
    )


def describe_export(kind: str, count: int, year: int, month: int | None, path: Path) -> str:
    """One line for the command line."""
    what = {
        "ledger": f"{year}年{f'{month}月' if month else ''}经费收支明细账（{count} 笔分录）",
        "dues": f"{year}年会费收缴台账（{count} 名会员）",
        "publicity": f"{year}年{month}月收支公示表",
        "income-statement": f"{year}年{f'{month}月' if month else '度'}收入支出表",
    }[kind]
    return f"已导出{what}到 {path}"
