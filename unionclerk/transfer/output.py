"""The file an export writes: its kind from the extension (.xlsx, or .csv that Excel and WPS open with the
Chinese intact), refused with the accepted extensions named otherwise, created with a new file's normal mode.

Every export path calls `output_suffix` (write_table does, for every table export), so `--out roster.csv`
never gets an .xlsx file under a .csv name.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path

from unionclerk.core.messages import msg
from unionclerk.transfer.problems import TransferError

TABLE_SUFFIXES = (".xlsx", ".csv")
_FORMULA_STARTS = ("=", "+", "-", "@")
_KIND_NAMES = {".xlsx": "Excel 工作簿", ".csv": "CSV 文本表格", ".docx": "Word 文档", ".pdf": "PDF"}


def output_suffix(path: str | Path, accepted: Sequence[str] = TABLE_SUFFIXES) -> str:
    """The lower-case extension of `path` when it is one of `accepted`; a TransferError naming them if not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in accepted:
        return suffix
    names = "、".join(f"{s}（{_KIND_NAMES.get(s, s[1:])}）" for s in accepted)
    given = msg("扩展名“{suffix}”", suffix=path.suffix) if path.suffix else msg("没有扩展名")
    raise TransferError(msg("无法写入“{path}”：{given}，请用 {names}", path=str(path), given=given, names=names))


def temporary_beside(path: Path, suffix: str) -> Path:
    """A new empty file in path's folder, with the mode a new file normally gets (the umask applies) — not
    mkstemp's private 0600, which the finished export would keep after the rename."""
    for _ in range(100):
        candidate = path.with_name(f".~{path.stem}-{secrets.token_hex(4)}{suffix}")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free temporary name beside {path}")


def csv_cell(value: object) -> str:
    """One value as CSV text that Excel/WPS show as it is: dates ISO, money with 2 decimals, text that would
    start a formula prefixed with ', and long digit strings (ID numbers) kept from becoming 1.1E+17."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if isinstance(value, str):
        if text.startswith(_FORMULA_STARTS):
            return "'" + text
        if len(text) >= 12 and text.isdigit():
            return "\t" + text
    return text


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """A header row and the rows, UTF-8 with a BOM (so Excel reads the Chinese), written through a temporary
    file so a failed write leaves an earlier file whole. Returns the number of rows."""
    path = Path(path)
    count = 0
    try:
        temp = temporary_beside(path, ".csv")
    except OSError as exc:
        raise TransferError(msg("无法写入“{path}”：{reason}", path=str(path), reason=str(exc.strerror or exc))) from exc
    try:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(list(headers))
            for row in rows:
                writer.writerow([csv_cell(value) for value in row])
                count += 1
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise TransferError(msg("无法写入“{path}”：{reason}", path=str(path), reason=str(exc.strerror or exc))) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count
