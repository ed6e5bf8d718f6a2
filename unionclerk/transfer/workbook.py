""".xlsx writing shared by every book: safe cells, safe saves, the import template and the error workbook.

Every cell goes through `safe_value`/`put`: text that begins with = + - @ is stored as text, so no cell of an
export is ever a formula. The printable tables (the exports) are laid out by transfer/printing.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from unionclerk.core.messages import msg
from unionclerk.transfer.headers import BookSpec
from unionclerk.transfer.output import output_suffix, temporary_beside
from unionclerk.transfer.problems import ParsedRows, StreamedRows, TransferError

if TYPE_CHECKING:
    from unionclerk.store.db import Store

FORMULA_STARTS = ("=", "+", "-", "@")
# Control characters other than tab and newline: openpyxl refuses them (IllegalCharacterError).
_CONTROLS = {c: None for c in range(0x20) if chr(c) not in "\t\n"}
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

TEXT_FORMAT = "@"


def display_width(text: str) -> int:
    """Columns as Excel counts them: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def put(cell: Cell, value: object) -> Cell:
    """Assign a value so that it can never become a formula or an error cell, nor break the save."""
    if isinstance(value, str):
        value = value.translate(_CONTROLS)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # openpyxl took it for a formula; store it as the text it is
        cell.quotePrefix = True  # and Excel keeps it as text if the clerk edits the cell
    elif cell.data_type == "e":
        cell.data_type = "s"  # text such as #N/A is what was typed, not an Excel error value
    return cell


def check_destination(path: str | Path) -> None:
    """Raise TransferError when path cannot be saved to: a folder, a missing folder, no write permission.

    Called before a write-only workbook starts streaming rows: one that is dropped unsaved prints
    "Exception ignored" tracebacks when it is collected.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise TransferError(msg("“{path}”是一个文件夹：请给出要保存的文件名", path=str(path)))
    if not folder.is_dir():
        raise TransferError(msg("无法写入“{path}”：文件夹“{folder}”不存在", path=str(path), folder=str(folder)))
    if not os.access(folder, os.W_OK):
        raise TransferError(msg("无法写入“{path}”：没有写入文件夹“{folder}”的权限", path=str(path), folder=str(folder)))


def save_book(book: Workbook, path: str | Path) -> None:
    """Save through a temporary file in the same folder, so a failed save never destroys an earlier file."""
    path = Path(path)
    check_destination(path)
    try:
        temp_name = str(temporary_beside(path, path.suffix or ".xlsx"))
    except OSError as exc:
        raise TransferError(msg("无法写入“{path}”：{reason}", path=str(path), reason=str(exc.strerror or exc))) from exc
    try:
        book.save(temp_name)
        os.replace(temp_name, path)
    except OSError as exc:
        _discard(book, temp_name)
        raise TransferError(msg("无法写入“{path}”：{reason}", path=str(path), reason=str(exc.strerror or exc))) from exc
    except BaseException:
        _discard(book, temp_name)
        raise


def _discard(book: Workbook, temp_name: str) -> None:
    """After a failed save: remove the temporary file and end the row streams of a write-only workbook,
    which otherwise print "Exception ignored" tracebacks when they are collected."""
    Path(temp_name).unlink(missing_ok=True)
    if not book.write_only:
        return
    for sheet in book.worksheets:
        if sheet.closed:
            continue
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None and isinstance(writer.out, str):
            with contextlib.suppress(OSError):
                os.remove(writer.out)


def safe_value(value: object) -> object:
    """Empty strings become empty cells (not empty text cells); everything else goes to `put` as it is."""
    return None if value == "" else value


def write_template(
    path: str | Path, spec: BookSpec, *, note: str = "", text_fields: Sequence[str] = ()
) -> None:
    """An empty import workbook: the recognised headers, one example row, and a sheet explaining each column.

    Columns named in text_fields (ID numbers, phones) are formatted as text for the first 1,000 rows, so
    Excel does not turn what the clerk types into numbers.
    """
    path = Path(path)
    output_suffix(path, (".xlsx",))
    book = Workbook()
    sheet = book.active
    sheet.title = spec.title[:31]
    for index, field_spec in enumerate(spec.fields, start=1):
        header = put(sheet.cell(row=1, column=index), field_spec.label)
        header.font = HEADER_FONT
        header.fill = HEADER_FILL
        header.border = BORDER
        example = put(sheet.cell(row=2, column=index), field_spec.example)
        example.border = BORDER
        width = max(display_width(field_spec.label), display_width(field_spec.example)) + 4
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width, 8), 30)
        if field_spec.name in text_fields:
            for row in range(2, 1002):
                sheet.cell(row=row, column=index).number_format = TEXT_FORMAT
    sheet.freeze_panes = "A2"

    explain = book.create_sheet("填写说明")
    explain.append(["列名", "必填", "可接受的写法", "也认得的列名"])
    for cell in explain[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    for field_spec in spec.fields:
        row = [
            field_spec.label,
            "是" if field_spec.required else "",
            field_spec.help,
            "、".join(field_spec.synonyms),
        ]
        explain.append([safe_value(v) for v in row])
        for cell in explain[explain.max_row]:
            put(cell, cell.value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if note:
        explain.append([])
        put(explain.cell(row=explain.max_row + 1, column=1), note)
    for letter, width in zip("ABCD", (16, 6, 60, 36), strict=True):
        explain.column_dimensions[letter].width = width
    save_book(book, path)


ERROR_COLUMN = "导入问题"  # BookSpec.ignored lists it, so a fixed error workbook re-imports cleanly


def write_error_rows(
    path: str | Path, *, headers: Sequence[str], rows: Iterable[tuple[Sequence[object], str]], sheet_name: str
) -> int:
    """The rows an import refused, with the file's own headers and a last column saying why.

    The clerk fixes the cells and imports this workbook again; the 导入问题 column is ignored then.
    """
    output_suffix(path, (".xlsx",))
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name[:31]
    for index, text in enumerate([*headers, ERROR_COLUMN], start=1):
        cell = put(sheet.cell(row=1, column=index), text or None)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    count = 0
    for values, why in rows:
        count += 1
        for index, value in enumerate(
            [*list(values)[: len(headers)], *[None] * (len(headers) - len(values))], 1
        ):
            cell = put(sheet.cell(row=count + 1, column=index), safe_value(value))
            if isinstance(value, str):
                cell.number_format = TEXT_FORMAT
        note = put(sheet.cell(row=count + 1, column=len(headers) + 1), why)
        note.font = Font(color="C00000")
    for index, text in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(display_width(str(text)) + 4, 10), 30
        )
    sheet.column_dimensions[get_column_letter(len(headers) + 1)].width = 60
    sheet.freeze_panes = "A2"
    save_book(book, path)
    return count


def export_heading(store: Store, today: dt.date | None = None) -> tuple[str, str]:
    """(the union's name for the title, the subtitle 单位：…　　导出日期：…) of a printable export."""
    from unionclerk.store.settings import load_settings

    settings = load_settings(store)
    today = today or dt.date.today()
    unit = settings.union_name or (f"{settings.unit_name}工会" if settings.unit_name else "")
    subtitle = f"单位：{settings.unit_name or '（未设置单位名称）'}　　导出日期：{today.year}年{today.month}月{today.day}日"
    return unit, subtitle


def write_refused_rows(path: str | Path, parsed: ParsedRows | StreamedRows, spec: BookSpec) -> int:
    """write_error_rows for a book's parsed file: the rows it refused, to fix and import again."""
    rows = parsed.error_workbook_rows()
    return write_error_rows(path, headers=parsed.header.headers, rows=rows, sheet_name=spec.title)
