"""The types every part of an import shares: a file's rows (Table, RawRow), a problem in a cell, a refusal.

reading, cleaning, headers and problems all import from here and never from each other's internals, so the
import code has no circles: base ← reading ← cleaning ← headers ← problems ← each book.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

ERROR = "错误"  # the row cannot be imported as it is
WARNING = "提示"  # imported, but the clerk should look (e.g. a month-only date)


class TransferError(Exception):
    """The file as a whole cannot be imported (not a workbook, too big, no header…); str() is a Chinese message."""


@dataclass(frozen=True)
class Problem:
    """One problem in one cell (or row, when column is empty) of the file being imported.

    row is the row number as Excel shows it (1-based; for CSV the line number); None for the file itself.
    """

    row: int | None
    column: str
    value: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def describe(self) -> str:
        """'第5行 身份证号 “110105…”：校验位错误…' — one line for a report or a terminal."""
        where = f"第{self.row}行" if self.row is not None else "文件"
        column = f" {self.column}" if self.column else ""
        value = f" “{shorten(self.value)}”" if self.value else ""
        return f"[{self.severity}] {where}{column}{value}：{self.message}"


def shorten(text: str, limit: int = 60) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class RawRow:
    """One non-blank row: its number as Excel shows it, the raw cell values, and which cells held formulas."""

    number: int
    values: list[object]
    formulas: set[int] = field(default_factory=set)  # 0-based column indexes

    def value(self, column: int) -> object:
        return self.values[column] if column < len(self.values) else None


@dataclass
class Table:
    """The rows of one sheet; `source` names the file and sheet for messages."""

    source: str
    rows: list[RawRow]
    sheet: str = ""
    # A streamed sheet (read_table(stream=True)): the rows after `rows`, read from the file as they are
    # walked, once. None when `rows` is the whole sheet.
    more: Iterable[RawRow] | None = None
    # How to read the same file again (a streamed table's rows can be walked once): a second pass over a
    # large file reads it anew instead of keeping its rows. `stamp` (size, modification time) tells whether
    # the file was changed in between.
    reopen: Callable[[], Table] | None = None
    stamp: tuple[int, int] | None = None


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def excel_serial_to_date(serial: float) -> dt.date:
    """Excel's 1900 date system (with its fictitious 1900-02-29)."""
    return (dt.datetime(1899, 12, 30) + dt.timedelta(days=float(serial))).date()
