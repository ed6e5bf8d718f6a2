"""Open an .xlsx, .xls or .csv file into plain rows, with limits that keep hostile files bounded.

Every book's import starts here: `read_table(path)` returns the non-blank rows of the first sheet that has
data, each with the row number Excel shows. Zip sizes and ratios are checked before anything is decompressed,
worksheets are parsed as they are decompressed (and, with stream=True, handed on row by row) and reading stops
at a row cap, so a zip bomb, a 1,000,000-row sheet or a truncated file ends in a TransferError with a clear
Chinese message, never in exhausted memory. A CSV's encoding is decided from its whole content; mojibake,
passwords and damaged parts are refused in words.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionclerk.core.messages import msg, reason_of
from unionclerk.transfer.base import RawRow, Table, TransferError, excel_serial_to_date, is_blank

__all__ = ["RawRow", "Table", "excel_serial_to_date", "is_blank"]  # kept here for older imports

Progress = Callable[[int], None]  # called with the number of rows read so far


@dataclass(frozen=True)
class Limits:
    """Safety limits for reading one file. Tests lower them to exercise the refusals cheaply."""

    max_rows: int = 200_000  # rows scanned in a sheet, blank ones included
    max_columns: int = 200  # columns kept per row; anything to the right is ignored
    max_cell_chars: int = 2_000  # longer text is a problem for that cell (see cleaning.check_length)
    max_file_bytes: int = 200 * 1024 * 1024
    max_unzipped_bytes: int = 1024 * 1024 * 1024  # sum of the xlsx parts as declared in the zip
    max_zip_ratio: int = 200  # uncompressed / compressed, checked for parts above ratio_floor_bytes
    ratio_floor_bytes: int = 10 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def read_table(
    path: str | Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    stream: bool = False,
) -> Table:
    """Read the first sheet with data from an .xlsx/.xlsm, .xls or .csv file; raises TransferError.

    With stream, a large .xlsx sheet gives its first HEAD_ROWS rows in Table.rows and the rest in
    Table.more, read from the file as they are walked (once): memory stays bounded whatever the file's size.
    Table.reopen then reads the file again, for a second pass.
    """
    path = Path(path)
    if not path.is_file():
        raise TransferError(msg("找不到文件“{path}”。", path=str(path)))
    stat = path.stat()
    size = stat.st_size
    if size == 0:
        raise TransferError(msg("“{name}”是空文件。", name=path.name))
    if size > limits.max_file_bytes:
        raise TransferError(
            msg(
                "“{name}”太大（{size} MB），超过 {limit} MB 的上限。",
                name=path.name,
                size=size // 1024 // 1024,
                limit=limits.max_file_bytes // 1024 // 1024,
            )
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    suffix = path.suffix.lower()
    if head.startswith(b"PK"):
        return _reopenable(_read_xlsx(path, limits, progress, stream), path, stat, limits)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 compound file: the old .xls, or an encrypted .xlsx
        if _is_encrypted_package(path):
            raise TransferError(password_message(path))
        return _read_xls(path, limits, progress)
    if suffix in (".csv", ".txt"):
        return _reopenable(_read_csv(path, limits, progress, stream), path, stat, limits)
    if suffix in (".xlsx", ".xlsm"):
        raise TransferError(msg("“{name}”不是有效的 Excel 文件（可能已损坏、不完整或只是改了扩展名）。", name=path.name))
    if suffix == ".xls":
        raise TransferError(msg("“{name}”不是有效的 .xls 文件（可能已损坏或只是改了扩展名）。", name=path.name))
    raise TransferError(msg("“{name}”不是可导入的表格：请使用 .xlsx、.xls 或 .csv 文件。", name=path.name))


def _reopenable(table: Table, path: Path, stat: os.stat_result, limits: Limits) -> Table:
    """A streamed table, told how to read its file again and what the file was like when it was read."""
    if table.more is not None:
        table.stamp = (stat.st_size, stat.st_mtime_ns)
        table.reopen = lambda: read_table(path, limits=limits, stream=True)
    return table


def password_message(path: Path) -> str:
    return msg(
        "“{name}”设有打开密码（文件已加密），无法读取。请在 Excel 或 WPS 中用密码打开它，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）另存为 .xlsx 后再导入。",
        name=path.name,
    )


_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


def _is_encrypted_package(path: Path) -> bool:
    """An .xlsx with a password is an OLE2 file holding the streams EncryptionInfo and EncryptedPackage.

    Their names sit in the compound file's directory, which is small; a plain .xls has neither.
    """
    import mmap

    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return all(data.find(name) != -1 for name in _ENCRYPTED_STREAMS)


# -- xlsx --------------------------------------------------------------------------


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse a truncated zip or a zip bomb before any part of it is decompressed."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TransferError(
            msg("“{name}”不是有效的 Excel 文件（文件已损坏或不完整：{reason}）。", name=path.name, reason=str(exc))
        ) from None
    if any(info.flag_bits & 0x1 for info in infos):
        raise TransferError(msg("“{name}”是设有密码的压缩包，无法读取。请用不带密码的 .xlsx 文件导入。", name=path.name))
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
        raise TransferError(msg("“{name}”是压缩文件，但不是 Excel 工作簿。", name=path.name))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_zip_ratio * max(
            info.compress_size, 1
        ):
            raise TransferError(
                msg(
                    "“{name}”的内容“{part}”解压后异常巨大（压缩比超过 {ratio} 倍），拒绝读取（疑似压缩炸弹）。",
                    name=path.name,
                    part=info.filename,
                    ratio=limits.max_zip_ratio,
                )
            )
    if total > limits.max_unzipped_bytes:
        raise TransferError(
            msg(
                "“{name}”解压后共 {size} MB，超过 {limit} MB 的上限，拒绝读取。",
                name=path.name,
                size=total // 1024 // 1024,
                limit=limits.max_unzipped_bytes // 1024 // 1024,
            )
        )


HEAD_ROWS = 300  # rows a streamed table keeps in memory: enough to find the header and sample its columns


def _read_xlsx(path: Path, limits: Limits, progress: Progress | None, stream: bool = False) -> Table:
    check_zip(path, limits)
    try:
        fast = _SheetFiles(path)
    except (ImportError, AttributeError, TypeError):  # another openpyxl: the public, slower way
        return _read_xlsx_openpyxl(path, limits, progress)
    except TransferError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a malformed part
        raise TransferError(
            msg("无法读取“{name}”：文件已损坏或不是 Excel 工作簿（{reason}）。", name=path.name, reason=describe_exception(exc))
        ) from None
    handed_on = False
    try:
        for title, part in fast.sheets:
            rows = _explained(fast.iter_rows(part, path, title, limits, progress), path, title)
            head = list(itertools.islice(rows, HEAD_ROWS if stream else None))
            if not head:
                continue
            if len(head) < HEAD_ROWS or not stream:
                return Table(source=path.name, rows=head, sheet=title)
            handed_on = True  # the archive closes when the rest has been read (or dropped)
            return Table(source=path.name, rows=head, sheet=title, more=_OnceRows(_closing(rows, fast)))
        return Table(source=path.name, rows=[], sheet=fast.sheets[0][0] if fast.sheets else "")
    finally:
        if not handed_on:
            fast.close()


def _explained(rows: Iterator[RawRow], path: Path, title: str) -> Iterator[RawRow]:
    """rows, with a broken part turned into a TransferError that says what is wrong in words."""
    try:
        yield from rows
    except TransferError:
        raise
    except Exception as exc:
        raise TransferError(
            msg(
                "读取“{name}”的工作表“{sheet}”时出错：文件已损坏或不完整（{reason}）。",
                name=path.name,
                sheet=title,
                reason=describe_exception(exc),
            )
        ) from None


def _closing(rows: Iterator[RawRow], files: _SheetFiles) -> Iterator[RawRow]:
    try:
        yield from rows
    finally:
        files.close()


class _OnceRows:
    """The rows of a streamed sheet below its head: they can be walked once (they are not kept)."""

    def __init__(self, rows: Iterator[RawRow]) -> None:
        self._rows: Iterator[RawRow] | None = rows

    def __iter__(self) -> Iterator[RawRow]:
        if self._rows is None:
            raise RuntimeError("a streamed table's rows were already read; read the file again")
        rows, self._rows = self._rows, None
        return rows


class _SheetFiles:
    """An .xlsx opened the way the import needs it: shared strings, date styles and the worksheet parts.

    openpyxl reads the workbook-level parts; the worksheets are parsed here with expat, one row at a time.
    openpyxl's read-only sheets parse every cell into a dict and, when a file has no <dimension> (files written
    by many programs, openpyxl's own write-only mode among them), read the whole sheet once more just to size it;
    the import needs neither, and reading is most of an import's time.
    """

    def __init__(self, path: Path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(path, read_only=True, keep_vba=False, data_only=False, keep_links=False)
        try:
            with warnings.catch_warnings():
                # openpyxl warns about parts it does not need here (no default style, unknown extensions,
                # data validation): nothing the clerk can act on, and a terminal full of English.
                warnings.simplefilter("ignore", UserWarning)
                reader.read_manifest()
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
        except BaseException:
            reader.archive.close()
            raise
        self.archive = reader.archive
        self.strings: list[str] = list(reader.shared_strings)
        workbook = reader.wb
        self.epoch = workbook.epoch
        self.date_styles: set[int] = set(workbook._date_formats)
        self.duration_styles: set[int] = set(workbook._timedelta_formats)
        valid = set(reader.valid_files)
        self.sheets: list[tuple[str, str]] = [
            (sheet.name, rel.target)
            for sheet, rel in reader.parser.find_sheets()
            if rel.target in valid and "chartsheet" not in rel.Type
        ]

    def close(self) -> None:
        self.archive.close()

    def iter_rows(
        self, part: str, path: Path, title: str, limits: Limits, progress: Progress | None
    ) -> Iterator[RawRow]:
        """The non-blank rows of one worksheet part, with their real row numbers and formula cells, as the
        part is decompressed and parsed (64 KB at a time): a large sheet is never all in memory."""
        import xml.parsers.expat

        from openpyxl.utils.datetime import from_excel, from_ISO8601

        strings, date_styles, duration_styles, epoch = (
            self.strings,
            self.date_styles,
            self.duration_styles,
            self.epoch,
        )
        width, max_rows = limits.max_columns, limits.max_rows
        rows: list[RawRow] = []
        # The parse state: the current row's cells, the current cell, and the text being collected.
        cells: dict[int, object] = {}
        formulas: set[int] = set()
        text: list[str] = []
        # The parse state (closure variables: the handlers run once per element, a million times a sheet).
        row_number = count = column = style = in_phonetic = 0
        kind = "n"
        formula = capturing = False
        formula_text = ""
        local_names: dict[str, str] = {}  # 'x:row' -> 'row'
        columns: dict[str, int] = {}  # 'AB' -> 28

        def column_of(ref: str) -> int:
            letters = ref.rstrip("0123456789")
            number = columns.get(letters)
            if number is None:
                number = 0
                for char in letters.upper():
                    if not "A" <= char <= "Z":
                        break
                    number = number * 26 + ord(char) - 64
                columns[letters] = number
            return number

        def local(name: str) -> str:
            tag = local_names.get(name)
            if tag is None:
                tag = local_names[name] = name.rpartition(":")[2]
            return tag

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal row_number, count, column, style, in_phonetic, kind, formula, capturing
            tag = local_names.get(name) or local(name)
            if tag == "c":
                ref = attrs.get("r")
                column = column_of(ref) if ref else column + 1
                kind = attrs.get("t", "n")
                style_text = attrs.get("s")
                style = int(style_text) if style_text else 0
                formula = False
                text.clear()
            elif tag == "v":
                capturing = True
                text.clear()
            elif tag == "t":
                capturing = not in_phonetic  # inline text; phonetic guides are not content
            elif tag == "f":
                formula = capturing = True
                text.clear()
            elif tag == "row":
                ref = attrs.get("r")
                row_number = int(ref) if ref else row_number + 1
                column = 0
                count += 1
                if row_number > max_rows or count > max_rows:
                    raise _too_many_rows(path, title, limits)
                if progress and count % 1000 == 0:
                    progress(count)
            elif tag == "rPh":
                in_phonetic += 1

        def end(name: str) -> None:
            nonlocal in_phonetic, capturing, formula_text
            tag = local_names.get(name) or local(name)
            if tag == "v" or tag == "t":
                capturing = False
            elif tag == "c":
                if column > width or column < 1:
                    return
                if formula:
                    formulas.add(column - 1)
                    cells[column - 1] = "=" + formula_text
                    formula_text = ""
                    return
                raw = "".join(text)
                value: object
                if kind == "inlineStr":
                    value = raw
                elif not raw:  # <c t="s"/>: a styled empty cell
                    return
                elif kind == "s":
                    value = strings[int(raw)]
                elif kind == "n":
                    value = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
                    if style and style in date_styles:
                        try:
                            value = from_excel(value, epoch, timedelta=style in duration_styles)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif kind == "b":
                    value = raw.strip() not in ("0", "")
                elif kind == "d":
                    value = from_ISO8601(raw)
                else:  # str (a formula's cached text), e (an error such as #N/A)
                    value = raw
                cells[column - 1] = value
            elif tag == "row":
                if cells:
                    if formulas or any(type(v) is not str or v.strip() for v in cells.values()):
                        values: list[object] = [None] * (max(cells) + 1)
                        for index, value in cells.items():
                            values[index] = value
                        rows.append(RawRow(row_number, values, set(formulas)))
                    cells.clear()
                    formulas.clear()
            elif tag == "f":
                capturing = False
                formula_text = "".join(text)
                text.clear()
            elif tag == "rPh":
                in_phonetic -= 1

        def characters(data: str) -> None:
            if capturing:
                text.append(data)

        parser = xml.parsers.expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = characters
        with self.archive.open(part) as source:
            while chunk := source.read(1 << 16):
                parser.Parse(chunk, False)
                yield from rows
                rows.clear()
            parser.Parse(b"", True)
        yield from rows


def describe_exception(exc: BaseException) -> str:
    """Why a part of a file could not be read, in words (never just 'error' or 'RuntimeError')."""
    import zlib

    message = str(exc).lower()
    if isinstance(exc, RuntimeError) and ("password" in message or "encrypted" in message):
        return msg("压缩包设有密码，无法读取")
    if isinstance(exc, zlib.error | EOFError) or "crc" in message or "decompress" in message:
        return msg("压缩数据已损坏")
    if type(exc).__name__ in ("ExpatError", "ParseError", "XMLSyntaxError"):
        return msg("内容不是完整的表格数据（XML 已损坏）")
    if isinstance(exc, zipfile.BadZipFile):
        return msg("压缩包结构已损坏")
    if isinstance(exc, KeyError):
        return msg("缺少必需的部件")
    if isinstance(exc, IndexError | ValueError):
        return msg("单元格数据无效")
    return msg("文件内容无法识别（{kind}）", kind=type(exc).__name__)


def _read_xlsx_openpyxl(path: Path, limits: Limits, progress: Progress | None) -> Table:
    import openpyxl

    try:
        # data_only=False so that formulas show as formulas (and are reported), not as stale cached values.
        book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a malformed part
        raise TransferError(
            msg("无法读取“{name}”：文件已损坏或不是 Excel 工作簿（{reason}）。", name=path.name, reason=describe_exception(exc))
        ) from None
    try:
        for sheet in book.worksheets:
            if not hasattr(sheet, "reset_dimensions"):
                continue  # a chartsheet
            try:
                rows = _sheet_rows(book, sheet, path, limits, progress)
            except TransferError:
                raise
            except Exception as exc:
                raise TransferError(
                    msg(
                        "读取“{name}”的工作表“{sheet}”时出错：文件已损坏或不完整（{reason}）。",
                        name=path.name,
                        sheet=sheet.title,
                        reason=describe_exception(exc),
                    )
                ) from None
            if rows:
                return Table(source=path.name, rows=rows, sheet=sheet.title)
        return Table(source=path.name, rows=[], sheet=book.sheetnames[0] if book.sheetnames else "")
    finally:
        book.close()


def _too_many_rows(path: Path, sheet: object, limits: Limits) -> TransferError:
    title = sheet if isinstance(sheet, str) else getattr(sheet, "title", "")
    return TransferError(
        msg(
            "“{name}”的工作表“{sheet}”超过 {limit} 行，超出导入上限；请删去多余的行或拆分文件后再导入。",
            name=path.name,
            sheet=title,
            limit=limits.max_rows,
        )
    )


def _sheet_rows(
    book: object, sheet: object, path: Path, limits: Limits, progress: Progress | None
) -> list[RawRow]:
    """The non-blank rows of a read-only sheet, with their real row numbers and formula cells.

    openpyxl's own parser gives each row's number and each cell's type; iterating through iter_rows would pad
    every missing row (a sheet whose only far row is 1,000,000 yields a million empty rows) and hide types.
    """
    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        source = sheet._get_source()  # type: ignore[attr-defined]
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,  # type: ignore[attr-defined]
            data_only=False,
            epoch=book.epoch,  # type: ignore[attr-defined]
            date_formats=book._date_formats,  # type: ignore[attr-defined]
            timedelta_formats=book._timedelta_formats,  # type: ignore[attr-defined]
        )
    except (ImportError, AttributeError, TypeError):  # another openpyxl: the public, slower way
        return _sheet_rows_public(sheet, path, limits, progress)
    rows: list[RawRow] = []
    width = limits.max_columns
    with source:
        for count, (number, cells) in enumerate(parser.parse(), start=1):
            if number > limits.max_rows or count > limits.max_rows:
                raise _too_many_rows(path, sheet, limits)
            if progress and count % 1000 == 0:
                progress(count)
            if not cells:
                continue
            last = min(cells[-1]["column"], width)
            values: list[object] = [None] * last
            formulas: set[int] = set()
            blank = True
            for cell in cells:
                column = cell["column"] - 1
                if column >= last:
                    break
                value = cell["value"]
                values[column] = value
                if cell["data_type"] == "f":
                    formulas.add(column)
                    blank = False
                elif blank and not is_blank(value):
                    blank = False
            if not blank:
                rows.append(RawRow(number, values, formulas))
    return rows


def _sheet_rows_public(sheet: object, path: Path, limits: Limits, progress: Progress | None) -> list[RawRow]:
    sheet.reset_dimensions()  # type: ignore[attr-defined]  # never let a stored dimension pad rows
    rows: list[RawRow] = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        if number > limits.max_rows:
            raise _too_many_rows(path, sheet, limits)
        if progress and number % 1000 == 0:
            progress(number)
        values = [cell.value for cell in cells[: limits.max_columns]]
        formulas = {i for i, cell in enumerate(cells[: limits.max_columns]) if cell.data_type == "f"}
        if formulas or not all(is_blank(v) for v in values):
            rows.append(RawRow(number, values, formulas))
    return rows


# -- xls ---------------------------------------------------------------------------


def _read_xls(path: Path, limits: Limits, progress: Progress | None) -> Table:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as exc:
        if "encrypted" in str(exc).lower():
            raise TransferError(password_message(path)) from None
        raise TransferError(
            msg(
                "无法读取“{name}”：不是有效的 .xls 文件，文件已损坏或只是改了扩展名（{reason}）。",
                name=path.name,
                reason=describe_exception(exc),
            )
        ) from None
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.nrows > limits.max_rows:
                raise TransferError(
                    msg(
                        "“{name}”的工作表“{sheet}”有 {rows} 行，超过 {limit} 行的导入上限。",
                        name=path.name,
                        sheet=sheet.name,
                        rows=sheet.nrows,
                        limit=limits.max_rows,
                    )
                )
            rows: list[RawRow] = []
            width = min(sheet.ncols, limits.max_columns)
            for r in range(sheet.nrows):
                if progress and r and r % 1000 == 0:
                    progress(r)
                values: list[object] = []
                for c in range(min(width, sheet.row_len(r))):
                    cell = sheet.cell(r, c)
                    values.append(_xls_value(cell, book.datemode))
                if not all(is_blank(v) for v in values):
                    rows.append(RawRow(r + 1, values))
            if rows:
                return Table(source=path.name, rows=rows, sheet=sheet.name)
        return Table(source=path.name, rows=[])
    finally:
        book.release_resources()


def _xls_value(cell: object, datemode: int) -> object:
    import xlrd

    kind = cell.ctype  # type: ignore[attr-defined]
    value = cell.value  # type: ignore[attr-defined]
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#错误")
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    return value


# -- csv ---------------------------------------------------------------------------


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# UTF-8 read as Latin-1/cp1252 ('Ã¥', 'å¼ ä¸‰'), and GBK's rendering of a replaced character ('锟斤拷').
_CONTINUATION = "[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
# A Chinese character in UTF-8 is three bytes, E2-EF then two continuation bytes; read as Latin-1 or cp1252
# they show as 'å¼ ' — a lead letter and two continuation signs, which ordinary Latin text never strings together.
_LATIN_MOJIBAKE = re.compile(f"[\u00e2-\u00ef]{_CONTINUATION}{{2}}")
_MOJIBAKE_WORDS = ("锟斤拷", "烫烫烫", "屯屯屯")
# What a clerk's CSV holds: ASCII, Latin letters, Greek/Cyrillic, punctuation and symbols (√ ✓ ① —), CJK with
# its punctuation and full-width forms, kana, emoji. GBK bytes read as UTF-16 land mostly elsewhere (Hangul,
# private use, unassigned), so a share of other characters means the decoding is wrong.
_TEXT_CHARS = re.compile(
    r"[\t\n\r\u0020-\u007e\u00a0-\u052f\u2000-\u2bff\u2e80-\u303f\u3040-\u30ff\u3190-\u31ef"
    r"\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U0001f000-\U0001faff\U00020000-\U0003134f]"
)


def _garbled(text: str) -> str:
    """Why a decoded text is not what a clerk typed (replacement characters, mojibake, binary), or ''."""
    if "\ufffd" in text:
        return msg("有无法识别的字符（显示为 �）")
    for word in _MOJIBAKE_WORDS:
        if word in text:
            return msg("有乱码（“{word}”）", word=word)
    if _LATIN_MOJIBAKE.search(text):
        return msg("有乱码（如“å¼ ä¸‰”：UTF-8 文字被当成了西文编码）")
    sample = text[:200_000]
    if len(sample) > 40 and not any(mark in sample for mark in ",\t;\n，"):
        return msg("没有分隔符和换行，不像表格文字")
    if sample:
        odd = len(sample) - _TEXT_CHARS.subn("", sample)[1]  # counted without a list of every character
        if odd > max(2, len(sample) // 100):
            return msg("大部分字符不是正常文字")
    return ""


def decode_text(data: bytes) -> str:
    """The text of a CSV, the encoding decided from the whole content, never from the first bytes alone.

    A byte-order mark that does not fit the content is ignored (a UTF-8 BOM before GBK text is GBK); UTF-8
    and GBK/GB18030 (what Chinese Excel saves) are tried strictly, then charset-normalizer's best guess.
    Text that decodes but is garbled — replacement characters, UTF-8 read as another encoding — is refused
    (TransferError) rather than stored.
    """
    body = data
    candidates: list[tuple[bytes, str]] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            candidates.append((body, encoding))
            break
    candidates += [(body, "utf-8"), (body, "gb18030")]
    first_reason = ""
    for chunk, encoding in candidates:
        try:
            text = chunk.decode(encoding)
        except UnicodeDecodeError:
            continue
        reason = _garbled(text)
        if not reason:
            return text
        first_reason = first_reason or reason
        if encoding == "utf-8":
            break  # valid UTF-8 is UTF-8 (GBK text almost never is); read as GBK it would be other mojibake
    if not first_reason:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        if best is not None:
            text = str(best)
            reason = _garbled(text)
            if not reason:
                return text
            first_reason = reason
    if first_reason:
        raise TransferError(
            msg(
                "文件内容{reason}，可能曾用错误的编码打开并保存过，导入会存入乱码，已拒绝。"
                "请找到原始文件，或在 Excel/WPS 中确认文字显示正常后另存为 .xlsx 再导入。",
                reason=first_reason,
            )
        )
    raise TransferError(
        msg("无法识别文件的文字编码（不是 UTF-8，也不是 GBK）。请在 Excel/WPS 中打开，确认文字正常后另存为 .xlsx 再导入。")
    )


def _read_csv(path: Path, limits: Limits, progress: Progress | None, stream: bool = False) -> Table:
    """The rows of a CSV. The text is decoded whole (its encoding is decided from all of it); with stream, a
    long file's rows below the first HEAD_ROWS are split from the text only as they are walked (once)."""
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TransferError(msg("“{name}”不是文本表格（CSV），也不是 Excel 文件。", name=path.name))
    try:
        text = decode_text(data)
    except TransferError as exc:
        raise TransferError(msg("“{name}”：{reason}", name=path.name, reason=reason_of(exc))) from None
    del data
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(limits.max_cell_chars * 100, 131072))
    rows = _csv_rows(csv.reader(io.StringIO(text, newline=""), dialect), path, limits, progress)
    head = list(itertools.islice(rows, HEAD_ROWS if stream else None))
    if len(head) < HEAD_ROWS or not stream:
        return Table(source=path.name, rows=head)
    return Table(source=path.name, rows=head, more=_OnceRows(rows))


def _csv_rows(reader: Any, path: Path, limits: Limits, progress: Progress | None) -> Iterator[RawRow]:
    try:
        for number, record in enumerate(reader, start=1):
            if number > limits.max_rows:
                raise TransferError(
                    msg("“{name}”超过 {limit} 行，超出导入上限；请拆分文件后再导入。", name=path.name, limit=limits.max_rows)
                )
            if progress and number % 1000 == 0:
                progress(number)
            values: list[object] = list(record[: limits.max_columns])
            if not all(is_blank(v) for v in values):
                yield RawRow(number, values)
    except csv.Error as exc:
        raise TransferError(
            msg("“{name}”第 {line} 行无法解析：{reason}", name=path.name, line=reader.line_num, reason=str(exc))
        ) from None
