"""The body of a very long printed book written as sheet XML, spliced into a workbook openpyxl wrote.

openpyxl (write-only) writes everything around the body: styles, the title and header rows, the print set-up,
the signature lines, and one marker row where the body goes. The body rows — 200,000 in a federation's cash
book — are then written as XML text straight into the saved file, which costs a fraction of making an
openpyxl cell per value. Values: str (inline text, never a formula), int, Money (fen, written exactly to
2 decimals), None (an empty cell that keeps its style, e.g. its border).
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from unionclerk.core.messages import msg
from unionclerk.transfer.output import temporary_beside
from unionclerk.transfer.problems import TransferError
from unionclerk.transfer.workbook import save_book

MARKER = "unionclerk:body-rows:7f3a9c"  # no book text looks like this; ASCII, so written as it is
_CONTROLS = {c: None for c in range(0x20) if chr(c) not in "\t\n"}
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **_CONTROLS})  # type: ignore[dict-item]
_NEEDS_ESCAPE = re.compile("[&<>\x00-\x08\x0b-\x1f]")
_ROW_NUMBER = re.compile(r'\b(r|ref)="([^"]+)"')
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


class Money(int):
    """An amount in fen, written as yuan with exactly two decimals (no float in between)."""


def _text(value: str) -> str:
    if _NEEDS_ESCAPE.search(value):
        value = value.translate(_ESCAPES)
    space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
    return f"<is><t{space}>{value}</t></is>"


def _money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


class RowWriter:
    """Turns rows of values into <row> XML with given style ids per column, counting the rows."""

    def __init__(self, first_row: int, styles: Sequence[int], bold_styles: Sequence[int]) -> None:
        self.next_row = first_row
        self._letters = [get_column_letter(i) for i in range(1, len(styles) + 1)]
        self._styles = (list(styles), list(bold_styles))
        self.written = 0

    def row(self, values: Sequence[object], *, bold: bool = False, height: float | None = None) -> str:
        number = self.next_row
        self.next_row += 1
        self.written += 1
        styles = self._styles[bold]
        cells = []
        for letter, style, value in zip(self._letters, styles, values, strict=True):
            ref = f"{letter}{number}"
            if value is None:
                cells.append(f'<c r="{ref}" s="{style}"/>')
            elif isinstance(value, str):
                cells.append(f'<c r="{ref}" s="{style}" t="inlineStr">{_text(value)}</c>')
            elif isinstance(value, Money):
                cells.append(f'<c r="{ref}" s="{style}"><v>{_money(value)}</v></c>')
            else:
                cells.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
        size = f' ht="{height:g}" customHeight="1"' if height else ""
        return f'<row r="{number}"{size}>{"".join(cells)}</row>'


def _shift(xml: str, after: int, by: int) -> str:
    """Row numbers greater than `after` in r="…" and ref="…" attributes move down by `by`."""

    def cell(match: re.Match[str]) -> str:
        row = int(match.group(2))
        return f"{match.group(1)}{row + by if row > after else row}"

    def attribute(match: re.Match[str]) -> str:
        value = match.group(2)
        if match.group(1) == "r" and value.isdigit():
            row = int(value)
            return f'r="{row + by if row > after else row}"'
        return f'{match.group(1)}="{_CELL_REF.sub(cell, value)}"'

    return _ROW_NUMBER.sub(attribute, xml)


def save_with_body(book: Workbook, path: str | Path, marker_row: int, body: Iterable[str]) -> int:
    """Save `book` (whose first sheet has MARKER alone in row `marker_row`) with the XML rows of `body` in
    place of that row; rows below it move down. Through temporary files in the target folder, so a failed
    save leaves an earlier file as it was. Returns the number of body rows."""
    path = Path(path)
    try:
        shell = temporary_beside(path.with_name(path.stem + "-shell"), ".xlsx")
        out = temporary_beside(path, ".xlsx")  # a new file's normal mode, not mkstemp's private one
    except OSError as exc:
        raise TransferError(msg("无法写入“{path}”：{reason}", path=str(path), reason=str(exc.strerror or exc))) from exc
    try:
        save_book(book, shell)
        count = 0
        with (
            zipfile.ZipFile(shell) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
        ):
            sheet_name = "xl/worksheets/sheet1.xml"
            for item in source.infolist():
                data = source.read(item)
                if item.filename != sheet_name:
                    target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
                    continue
                xml = data.decode("utf-8")
                found = re.search(rf'<row r="{marker_row}"[^>]*>.*?</row>', xml)
                if found is None or MARKER not in found.group(0):
                    raise RuntimeError("the body marker row is missing from the saved sheet")
                with target.open(sheet_name, "w", force_zip64=True) as stream:
                    stream.write(xml[: found.start()].encode("utf-8"))
                    batch: list[str] = []
                    for row in body:
                        batch.append(row)
                        count += 1
                        if len(batch) >= 2000:
                            stream.write("".join(batch).encode("utf-8"))
                            batch.clear()
                    stream.write("".join(batch).encode("utf-8"))
                    stream.write(_shift(xml[found.end() :], marker_row, count - 1).encode("utf-8"))
        os.replace(out, path)
    except OSError as exc:
        raise TransferError(msg("无法写入“{path}”：{reason}", path=str(path), reason=str(exc.strerror or exc))) from exc
    finally:
        shell.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
    return count
