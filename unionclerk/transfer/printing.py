"""One print layout for every Excel book the program writes: a table a clerk prints on A4 without fiddling.

The API, for a book of its own (visits, ledger…):

    columns = [Column("日期", "date"), Column("摘要"), Column("金额", "money")]
    write_table(path, title="某某工会2026年慰问台账", subtitle="单位：某某　　期间：2026年",
                columns=columns, rows=rows, total_line="合计：…", signatures=SIGNATURES)

or, for several sheets in one workbook, `PrintTable(book, …)` on a `Workbook(write_only=True)`: `.append(row)`
for each row, `.finish(total_line=…, signatures=…)`, then `save_book(book, path)`.

- `rows` may be any iterable (a generator streams: 200,000 rows cost what one row costs). An item is a sequence
  of values (one per column) or a `Row(values, bold=True, page_break_before=True)` for a subtotal line or a
  new group. `break_on=i` starts a new page whenever column i changes (e.g. one department a page).
- Column kinds: text (wraps inside its cell), id (masked unless full_ids), date, int, money (yuan, 2 decimals),
  number; numbers are right-aligned, dates centred, text left-aligned, all with a little padding.
- `paragraphs` are lines printed above the table across its full width (指导思想, 工作目标…), wrapped.
- `total_line` (text, may contain '{count}', or a function of the row count) goes under the table;
  `total_row` (a function of the count giving one value per column) is a bold bordered line in the columns.
- `signatures` (e.g. SIGNATURES) print as 工会主席：______ lines at the end; a `Signature(role, name)` prints
  the person's name before the line (经办人：周晓梅（签字）______).
- `repeat_title` repeats the title and subtitle with the header row on every page (a sheet each page of which
  is signed on its own); `min_row_pt` gives every data row at least that height (room to sign by hand).
- `above` lines print right-aligned over the title (a form's number: 工会02表); `line(text)` adds a line
  across the table after `finish` (the date under the signatures).
- A book too long for openpyxl cells (the 经费收支明细账) takes the page, widths and styles from a PrintTable
  and writes its rows as sheet XML (row_stream): `placeholder(MARKER)` marks where, `style_ids()` gives each
  column's cell style.

The layout: A4, portrait when the columns fit it and landscape otherwise; 宋体 (SimSun) named on every cell;
column widths from the header and the first rows; long text wrapped with the row height computed (spreadsheet
programs do not grow rows written by a program); never less than 9 pt once fitted to the page width (text
columns wrap narrower first); the header row repeated on every page; page numbers in the footer.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from unionclerk.core.idcard import mask_id_number
from unionclerk.transfer.output import output_suffix, write_csv
from unionclerk.transfer.workbook import check_destination, put, safe_value, save_book

FONT_NAME = "宋体"  # SimSun: what Office and WPS on a Chinese Windows print with
BODY_PT = 10.0
TITLE_PT = 16.0
MIN_PRINTED_PT = 9.0  # the smallest text once the sheet is fitted to the page width
SIGNATURES = ("工会主席", "经审", "制表", "经办人")

# A4 in points less the margins we set (0.5 inch each side).
_MARGIN_IN = 0.5
PORTRAIT_PT = 595.0 - 2 * 72 * _MARGIN_IN
LANDSCAPE_PT = 842.0 - 2 * 72 * _MARGIN_IN
# A column width of w characters of the workbook's default font (Calibri 11) is 7w + 5 pixels at 96 dpi.
_PT_PER_UNIT = 0.75 * 7
_EXTRA_PT = 0.75 * 5
_PAD_UNITS = 2.4  # the indent (one character) and the cell margins on both sides, plus the border
_PAD_NUMBER_UNITS = 1.6  # numbers and dates are not wrapped: the margins and a little air
# Line height: CJK fonts (SimSun, or Noto CJK where LibreOffice substitutes) need about 1.45 em a line.
_LINE_EM = 1.45
_ROW_PAD_PT = 4.0
# A half-width character is at most 0.65 em (DejaVu Sans digits) in the fonts standing in for SimSun;
# a wrapped line loses a bit to word breaks, hence the slack.
_HALF_EM = 0.65
_NARROW_EM = 0.4
_NARROW = frozenset("-.,:;'!| ()[]/")
_WRAP_SLACK = 1.06
SAMPLE_ROWS = 500  # the rows column widths are measured on (a long book streams the rest)
_MIN_WRAP_EMS = 3.0  # text columns are not wrapped narrower than three characters
_PORTRAIT_SHARE = 0.7
_MAX_TEXT_EMS = 30.0  # nor kept wider than thirty: longer text wraps

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_NUMERIC = {"int", "money", "number"}


@dataclass(frozen=True)
class Column:
    """One printed column. kind: text, id (masked unless full_ids), date, int, money (yuan, 2 decimals), number.

    width: a fixed width in characters (Chinese characters count one); None sizes it from the content.
    """

    header: str
    kind: str = "text"
    width: float | None = None


@dataclass(frozen=True)
class Row:
    """A row with a say in how it prints: bold (a subtotal), or starting a new page (a new group)."""

    values: Sequence[object]
    bold: bool = False
    page_break_before: bool = False


@dataclass(frozen=True)
class Signature:
    """A signature line naming the person who signs: 经办人：周晓梅（签字）______."""

    role: str
    name: str = ""

    def text(self, blank: str) -> str:
        return f"{self.role}：{self.name}（签字）{blank}" if self.name else f"{self.role}：{blank}"


def signature_text(signature: str | Signature, blank: str) -> str:
    return signature.text(blank) if isinstance(signature, Signature) else f"{signature}：{blank}"


@dataclass
class Fit:
    """What the layout chose: widths (Excel units), orientation and the font size once fitted to the page."""

    widths: list[float]
    landscape: bool
    printed_pt: float = field(default=BODY_PT)

    @property
    def table_pt(self) -> float:
        return sum(units_to_pt(w) for w in self.widths)


def text_ems(text: str) -> float:
    """How wide a line of text prints, in ems: a Chinese character is one, a half-width character 0.65
    (punctuation such as - . , : 0.4)."""
    return sum(
        1.0 if unicodedata.east_asian_width(ch) in "WF" else _NARROW_EM if ch in _NARROW else _HALF_EM
        for ch in text
    )


def units_to_pt(units: float) -> float:
    return units * _PT_PER_UNIT + _EXTRA_PT


def ems_to_units(ems: float, font_pt: float = BODY_PT) -> float:
    return ems * font_pt / _PT_PER_UNIT


def shown_text(value: object, kind: str = "text") -> str:
    """The text a cell shows, as the layout measures it."""
    if value is None:
        return ""
    if kind == "money" and isinstance(value, int | float):
        return f"{value:,.2f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def line_count(text: str, width_units: float, font_pt: float = BODY_PT) -> int:
    """Lines a wrapped cell of this width needs for the text (each of its own lines wraps separately)."""
    usable = max(width_units - _PAD_UNITS, 1.0)
    total = 0
    for line in text.split("\n"):
        needed = ems_to_units(text_ems(line), font_pt)
        total += 1 if needed <= usable + 0.01 else math.ceil(needed * _WRAP_SLACK / usable)
    return total


def row_height(lines: int, font_pt: float = BODY_PT) -> float:
    return round(lines * font_pt * _LINE_EM + _ROW_PAD_PT, 1)


def fit_columns(columns: Sequence[Column], samples: Iterable[Sequence[object]]) -> Fit:
    """Widths from the headers and sample rows, wrapped text columns narrowed until the table fits A4.

    Numbers, dates and short text keep their width. The page width left over goes to the text columns in
    proportion to how much text they hold (so 参与会员 gets more than 地点), up to what each needs on one line.
    Portrait when the columns fit it with room to spare; otherwise landscape. The fitted sheet may be scaled
    down to 9 pt text; if even the narrowest columns need more, printed_pt says how small the text gets.
    """
    longest = [0.0] * len(columns)
    volume = [0.0] * len(columns)
    breakable = [False] * len(columns)  # codes and phone numbers (no space, no Chinese) are not wrapped
    for values in samples:
        for index, (column, value) in enumerate(zip(columns, values, strict=False)):
            text = shown_text(value, column.kind)
            if text:
                ems = [text_ems(line) for line in text.split("\n")]
                longest[index] = max(longest[index], *ems)
                volume[index] += sum(ems)
                breakable[index] = breakable[index] or any(
                    ch.isspace() or unicodedata.east_asian_width(ch) in "WF" for ch in text
                )
    natural: list[float] = []
    narrowest: list[float] = []
    for column, ems, wraps in zip(columns, longest, breakable, strict=True):
        header = text_ems(column.header)
        # A header wraps onto two lines before it widens a column of short values.
        header_need = header if header <= 2 else max(math.ceil(header / 2), 2.0)
        if column.width is not None:
            wide = narrow = ems_to_units(column.width) + _PAD_UNITS
        elif column.kind == "text" and wraps:
            wide = ems_to_units(min(max(ems, header_need), _MAX_TEXT_EMS)) + _PAD_UNITS
            narrow = min(wide, ems_to_units(max(_MIN_WRAP_EMS, header_need)) + _PAD_UNITS)
        else:
            pad = _PAD_UNITS if column.kind in ("text", "id") else _PAD_NUMBER_UNITS
            wide = narrow = ems_to_units(max(ems, header_need, 1.0)) + pad
        natural.append(wide)
        narrowest.append(narrow)

    def total(widths: Sequence[float]) -> float:
        return sum(units_to_pt(w) for w in widths)

    least_scale = (MIN_PRINTED_PT + 0.25) / BODY_PT  # a little over: renderers round widths and the scale
    # Portrait when everything fits it on one line, or when the columns at their narrowest leave the text
    # columns a good part of the page; else landscape, where long text needs fewer lines.
    landscape = (
        total(natural) > PORTRAIT_PT / least_scale and total(narrowest) > _PORTRAIT_SHARE * PORTRAIT_PT
    )
    page = LANDSCAPE_PT if landscape else PORTRAIT_PT
    if total(natural) <= page:
        return Fit(natural, landscape)
    budget = page / least_scale
    if total(natural) <= budget:
        return Fit(natural, landscape, BODY_PT * page / total(natural))
    if total(narrowest) >= budget:
        return Fit(narrowest, landscape, BODY_PT * page / total(narrowest))
    # Share out the width left over in proportion to each text column's text, capped at what it needs.
    widths = list(narrowest)
    open_columns = {i for i in range(len(columns)) if natural[i] > narrowest[i]}
    while open_columns:
        spare = (budget - total(widths)) / _PT_PER_UNIT
        weight = sum(max(volume[i], 1.0) for i in open_columns)
        capped = set()
        for i in open_columns:
            share = spare * max(volume[i], 1.0) / weight
            if widths[i] + share >= natural[i]:
                capped.add(i)
        if not capped:
            for i in open_columns:
                widths[i] += spare * max(volume[i], 1.0) / weight
            break
        for i in capped:
            widths[i] = natural[i]
        open_columns -= capped
    return Fit(widths, landscape, BODY_PT * min(1.0, page / total(widths)))


class PrintTable:
    """A printable table on a new sheet of a (write-only) workbook; see the module docstring."""

    def __init__(
        self,
        book: Workbook,
        *,
        title: str,
        subtitle: str,
        columns: Sequence[Column],
        sheet_name: str = "Sheet1",
        full_ids: bool = False,
        paragraphs: Sequence[str] = (),
        break_on: int | None = None,
        samples: Sequence[Sequence[object]] = (),
        repeat_title: bool = False,
        min_row_pt: float | None = None,
        above: Sequence[str] = (),
    ) -> None:
        """samples: the first rows (or typical ones), to size the columns from; they are not written.
        above: lines right-aligned over the title (a form's number, 工会02表)."""
        self.columns = list(columns)
        self.repeat_title = repeat_title
        self.min_row_pt = min_row_pt
        self.full_ids = full_ids
        self.break_on = break_on
        self.count = 0
        self.sheet = book.create_sheet(title=sheet_name[:31])
        self._row_number = 0
        self._last_group: object = None
        self.fit = fit_columns(self.columns, [self.prepared(r) for r in samples])
        self._styles = self._make_styles()
        # A write-only sheet writes its view with the first row: the frozen header row must be known now.
        self.header_row = 2 + bool(subtitle) + len(paragraphs) + len(above)
        self._setup_page()
        for line in above:
            self._spanning(line, BODY_PT, align="right")
        self._spanning(title, TITLE_PT, bold=True, align="center")
        if subtitle:
            self._spanning(subtitle, BODY_PT + 0.5, align="left")
        for paragraph in paragraphs:
            self._spanning(paragraph, BODY_PT + 0.5, align="left")
        self._header()

    # -- styles: built once, copied onto each cell (assigning Font/Border objects per cell is slow)

    def _make_styles(self) -> dict[tuple[str, bool], WriteOnlyCell]:
        styles = {}
        for kind in {c.kind for c in self.columns} | {"text"}:
            for bold in (False, True):
                cell = WriteOnlyCell(self.sheet)
                cell.font = Font(name=FONT_NAME, size=BODY_PT, bold=bold)
                cell.border = BORDER
                if kind in _NUMERIC:
                    cell.alignment = Alignment(horizontal="right", vertical="center", indent=1)
                    cell.number_format = "#,##0.00" if kind == "money" else "0"
                    if kind == "number":
                        cell.number_format = "General"
                elif kind == "date":
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                    cell.number_format = "yyyy-mm-dd"
                else:
                    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
                    cell.number_format = "@"
                styles[(kind, bold)] = cell
        return styles

    def _styled(self, kind: str, bold: bool, value: object) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet)
        cell._style = copy.copy(self._styles[(kind, bold)]._style)
        put(cell, value)
        if kind in ("text", "id") and not isinstance(value, str) and value is not None:
            cell._style = copy.copy(self._styles[("number", bold)]._style)
        return cell

    def _setup_page(self) -> None:
        sheet = self.sheet
        for index, width in enumerate(self.fit.widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = round(width, 2)
        setup = sheet.page_setup
        setup.paperSize = Worksheet.PAPERSIZE_A4
        setup.orientation = "landscape" if self.fit.landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        margins = sheet.page_margins
        margins.left = margins.right = _MARGIN_IN
        margins.top, margins.bottom, margins.header, margins.footer = 0.6, 0.7, 0.3, 0.3
        footer = sheet.oddFooter.center
        footer.text, footer.font, footer.size = "第 &P 页，共 &N 页", f"{FONT_NAME},常规", 9
        sheet.sheet_format.defaultRowHeight = row_height(1)
        sheet.print_title_rows = f"{1 if self.repeat_title else self.header_row}:{self.header_row}"
        sheet.freeze_panes = f"A{self.header_row + 1}"

    # -- rows

    def _next_row(self, height: float | None = None) -> int:
        self._row_number += 1
        if height is not None:
            self.sheet.row_dimensions[self._row_number].height = height
        return self._row_number

    def _written(self, number: int) -> None:
        # The row is on disk now: drop its dimension, so a long stream keeps no per-row objects.
        self.sheet.row_dimensions.pop(number, None)

    def _spanning(self, text: str, size: float, *, bold: bool = False, align: str = "left") -> None:
        """A line across the whole table (title, subtitle, paragraph, total line), wrapped to fit."""
        width = sum(self.fit.widths)
        lines = line_count(text, width, size)
        number = self._next_row(row_height(lines, size))
        cell = put(WriteOnlyCell(self.sheet), text)
        cell.font = Font(name=FONT_NAME, size=size, bold=bold)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        self.sheet.append([cell])
        self._written(number)
        if len(self.columns) > 1:
            self.sheet.merged_cells.add(f"A{number}:{get_column_letter(len(self.columns))}{number}")

    def _header(self) -> None:
        cells = []
        lines = 1
        for column, width in zip(self.columns, self.fit.widths, strict=True):
            cell = put(WriteOnlyCell(self.sheet), column.header)
            cell.font = Font(name=FONT_NAME, size=BODY_PT, bold=True)
            cell.fill = HEADER_FILL
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cells.append(cell)
            lines = max(lines, line_count(column.header, width))
        number = self._next_row(row_height(lines))
        assert number == self.header_row
        self.sheet.append(cells)
        self._written(number)

    def style_ids(self, *, bold: bool = False) -> list[int]:
        """The workbook style of each column's data cells, for rows written as sheet XML (row_stream)."""
        return [self._styles[(column.kind, bold)].style_id for column in self.columns]

    def placeholder(self, text: str) -> int:
        """A row holding only `text`, which the caller replaces later (row_stream's body marker); its number."""
        number = self._next_row()
        self.sheet.append([put(WriteOnlyCell(self.sheet), text)])
        return number

    def line(self, text: str, *, align: str = "left", bold: bool = False) -> None:
        """A line of text across the table (a date under the signatures)."""
        self._spanning(text, BODY_PT + 0.5, bold=bold, align=align)

    def prepared(self, row: Sequence[object] | Row) -> list[object]:
        values = row.values if isinstance(row, Row) else row
        out: list[object] = []
        for column, value in zip(self.columns, values, strict=False):
            if column.kind == "id" and value and not self.full_ids:
                value = mask_id_number(str(value))
            out.append(safe_value(value))
        return out

    def append(self, row: Sequence[object] | Row, *, counted: bool = True) -> None:
        """One data row (counted in `count` unless counted=False, e.g. for a subtotal)."""
        values = self.prepared(row)
        bold = isinstance(row, Row) and row.bold
        new_page = isinstance(row, Row) and row.page_break_before
        if counted and self.break_on is not None and self.break_on < len(values):
            group = values[self.break_on]
            new_page = new_page or (self.count > 0 and group != self._last_group)
            self._last_group = group
        if new_page and self.count > 0:
            self.sheet.row_breaks.append(Break(id=self._row_number))
        lines = 1
        cells = []
        for column, width, value in zip(self.columns, self.fit.widths, values, strict=False):
            cells.append(self._styled(column.kind, bold, value))
            if column.kind in ("text", "id") and isinstance(value, str):
                lines = max(lines, line_count(value, width))
        height = row_height(lines) if lines > 1 else None
        if self.min_row_pt is not None and (height is None or height < self.min_row_pt):
            height = self.min_row_pt
        number = self._next_row(height)
        self.sheet.append(cells)
        self._written(number)
        if counted:
            self.count += 1

    def finish(
        self,
        *,
        total_line: str | Callable[[int], str] | None = None,
        total_row: Callable[[int], Sequence[object]] | None = None,
        signatures: Sequence[str | Signature] = (),
    ) -> int:
        """The totals and signature lines; returns the number of (counted) data rows."""
        if total_row is not None:
            self.append(Row(total_row(self.count), bold=True), counted=False)
        if total_line is not None:
            text = (
                total_line(self.count)
                if callable(total_line)
                else total_line.replace("{count}", str(self.count))
            )
            self._spanning(text, BODY_PT, bold=True)
        if signatures:
            self._next_row(row_height(1))
            self.sheet.append([])
            self._signatures(signatures)
        return self.count

    def _signatures(self, names: Sequence[str | Signature]) -> None:
        number = self._next_row(row_height(1) * 1.6)
        blank = "＿" * 6
        n = len(self.columns)
        size = BODY_PT + 0.5
        spans = [(index * n // len(names), (index + 1) * n // len(names) - 1) for index in range(len(names))]
        # A line wider than its share of the columns would be cut at the merged cell's edge: one wrapped
        # line across the table instead.
        cut = any(
            ems_to_units(text_ems(signature_text(name, blank)) + 1, size) + _PAD_UNITS
            > sum(self.fit.widths[first : last + 1])
            for name, (first, last) in zip(names, spans, strict=False)
        )
        if n < len(names) or cut:
            self._row_number -= 1
            self._spanning("　　".join(signature_text(name, blank) for name in names), size)
            return
        cells: list[object] = [None] * n
        for name, (first, last) in zip(names, spans, strict=True):
            cell = put(WriteOnlyCell(self.sheet), signature_text(name, blank))
            cell.font = Font(name=FONT_NAME, size=size)
            cell.alignment = Alignment(horizontal="left", vertical="bottom", indent=1)
            cells[first] = cell
            if last > first:
                self.sheet.merged_cells.add(
                    f"{get_column_letter(first + 1)}{number}:{get_column_letter(last + 1)}{number}"
                )
        self.sheet.append(cells)
        self._written(number)


class _Masker:
    """A row's values with the ID numbers masked unless full_ids (for the CSV form of a table)."""

    def __init__(self, columns: Sequence[Column], full_ids: bool) -> None:
        self._ids = [column.kind == "id" for column in columns]
        self._full = full_ids

    def __call__(self, row: Sequence[object]) -> list[object]:
        return [
            mask_id_number(str(value)) if is_id and value and not self._full else value
            for is_id, value in zip(self._ids, row, strict=False)
        ]


def write_table(
    path: str | Path,
    *,
    title: str,
    subtitle: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object] | Row],
    total_line: str | Callable[[int], str] | None = None,
    total_row: Callable[[int], Sequence[object]] | None = None,
    sheet_name: str = "Sheet1",
    full_ids: bool = False,
    paragraphs: Sequence[str] = (),
    signatures: Sequence[str | Signature] = (),
    break_on: int | None = None,
) -> int:
    """Write one printable table as a workbook (streaming); returns the number of data rows.

    The column widths come from the first 500 rows, so rows may be a generator of any length. A path ending
    in .csv gets the header row and the rows as CSV (UTF-8 with BOM) instead, IDs masked the same way; any
    other extension than .xlsx or .csv is refused, naming those two.
    """
    path = Path(path)
    check_destination(path)
    if output_suffix(path) == ".csv":
        masker = _Masker(columns, full_ids)
        return write_csv(
            path,
            [c.header for c in columns],
            (masker(r.values if isinstance(r, Row) else r) for r in rows),
        )
    book = Workbook(write_only=True)
    iterator: Iterator[Sequence[object] | Row] = iter(rows)
    first: list[Sequence[object] | Row] = []
    for row in iterator:
        first.append(row)
        if len(first) >= SAMPLE_ROWS:
            break
    table = PrintTable(
        book,
        title=title,
        subtitle=subtitle,
        columns=columns,
        sheet_name=sheet_name,
        full_ids=full_ids,
        paragraphs=paragraphs,
        break_on=break_on,
        samples=[r.values if isinstance(r, Row) else r for r in first],
    )
    for row in first:
        table.append(row)
    for row in iterator:
        table.append(row)
    count = table.finish(total_line=total_line, total_row=total_row, signatures=signatures)
    save_book(book, path)
    return count
