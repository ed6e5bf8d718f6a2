"""Cell cleaners: turn what offices type into Excel into clean values, the way a careful person would.

Each cleaner takes a raw cell value (str, int, float, datetime, bool or None, as reading.py gives them) and
returns the clean value, or raises CellError with the reason in Chinese. None/blank gives the empty value.
Warnings that do not stop the row (a month-only date) come back as flags on the result, never as prints.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from unionclerk.core.idcard import IdNumber, IdNumberError, parse_id_number
from unionclerk.core.messages import joined, msg, reason_of
from unionclerk.core.money import MoneyError, yuan_to_fen
from unionclerk.transfer.base import excel_serial_to_date, is_blank


class CellError(ValueError):
    """A cell that cannot be imported; str() says why, in Chinese."""


# Spaces Excel users leave behind: non-breaking, ideographic (full-width), zero-width, BOM; and characters
# that show nothing but make "张三" another name and an ID number 19 characters long: word joiner, soft
# hyphen, direction marks and overrides, invisible operators, the Mongolian vowel separator.
_INVISIBLE = (
    "\u200b\u200c\u200d\ufeff\u2060\u00ad\u200e\u200f\u061c\u180e"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2061\u2062\u2063\u2064"
)
_ODD_SPACES = {ord(c): " " for c in "\u00a0\u3000\u2002\u2003\u2009\u202f"} | {
    ord(c): None for c in _INVISIBLE
}
# C0 control characters (a pasted bell, a NUL): invisible, and openpyxl refuses to write them later.
_CONTROLS = {c: None for c in range(0x20) if chr(c) not in "\t\n"}
_TIDY = _CONTROLS | _ODD_SPACES  # one pass: the two tables touch different characters
_CJK = re.compile(r"[\u3400-\u9fff]")


def tidy(text: str) -> str:
    """text without control characters and invisible marks, odd spaces made plain (not collapsed)."""
    return text.translate(_TIDY)


def check_length(value: object, limit: int) -> None:
    if isinstance(value, str) and len(value) > limit:
        raise CellError(msg("内容过长（{length} 个字符，最多 {limit} 个）", length=len(value), limit=limit))


def clean_text(value: object) -> str:
    """Trim, turn odd spaces into plain ones and collapse runs; numbers lose a trailing '.0'."""
    if value is None:
        return ""
    if isinstance(value, str):  # most cells: skip the type checks below
        return " ".join(value.translate(_TIDY).split())
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    return " ".join(str(value).translate(_TIDY).split())


def clean_name(value: object) -> str:
    """Chinese names lose the spaces clerks pad them with ('张  三', '张\u3000三' -> '张三')."""
    text = clean_text(value)
    if _CJK.search(text):
        text = text.replace(" ", "")
    return text


_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def check_name(name: str) -> None:
    """A person's name has at least one Chinese character or Latin letter (not only emoji, digits or marks)."""
    if "\ufffd" in name or "锟斤拷" in name:
        raise CellError(msg("“{name}”是乱码（文件曾用错误的编码保存过），请改正姓名后再导入", name=name))
    if name and not _LETTER.search(name):
        raise CellError(msg("“{name}”不是姓名：姓名中应有汉字或字母", name=name))


def narrow(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms (for IDs, phones, dates, numbers)."""
    return unicodedata.normalize("NFKC", text)


@dataclass(frozen=True)
class CleanDate:
    """A date as ISO text; month_only when the cell gave only a year and month (stored as day 1)."""

    iso: str
    month_only: bool = False
    reinterpreted: str = ""  # how an ambiguous cell was read, to tell the clerk
    year_only: bool = False  # the cell gave only a year (2019): stored as 1 January, month_only is set too

    def vague(self) -> str:
        """'只有年份' / '只有年月' for a date that is not a day, for the messages."""
        return msg("只有年份") if self.year_only else msg("只有年月")


_FULL_DATE = re.compile(
    r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_MONTH_DATE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")


def _make_date(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(msg("“{text}”不是有效日期", text=shown)) from None


def clean_date(value: object) -> CleanDate | None:
    """Excel date cells, serial numbers and text dates; month-only forms keep month precision.

    Accepted: 2019-3-1, 2019/03/01, 2019.3.1, 2019年3月1日, 20190301, 2019.03, 2019-3, 2019年3月, 201903,
    Excel serials such as 43525, and numbers typed as 2019.03 or 2019.3 (read as March; 2019.1 as October,
    with a warning, because Excel drops the trailing zero of 2019.10).
    """
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return CleanDate(value.date().isoformat())
    if isinstance(value, dt.date):
        return CleanDate(value.isoformat())
    if isinstance(value, bool):
        raise CellError(msg("不是日期"))
    if isinstance(value, int | float):
        number = float(value)
        if number.is_integer():
            whole = int(number)
            if 1900 <= whole <= 2100:
                # A year typed into a number cell (入会时间 2019), never the Excel serial 2019 (1905-07-11).
                return _year_only(whole)
            if 19000101 <= whole <= 21001231:
                return clean_date(str(whole))
            if 190001 <= whole <= 210012:
                return clean_date(str(whole))
            if 1 <= whole <= 80000:
                return CleanDate(excel_serial_to_date(whole).isoformat())
            raise CellError(msg("数字 {value} 不是日期", value=whole))
        if 1900 <= number <= 2101:
            # A year.month typed into a number cell, never an Excel serial (2019.3 is not 1905-07-11).
            # repr gives the shortest digits: 2019.3 -> "3", 2019.03 -> "03", 2019.12 -> "12".
            year_text, _, fraction = repr(number).partition(".")
            year = int(year_text)
            if len(fraction) == 1 and fraction != "0":
                month = int(fraction)
                hint = ""
                if month == 1:  # Excel shows 2019.10 as 2019.1
                    month, hint = 10, msg("按 {year}年10月 理解（若是1月请写成 {year}-01）", year=year)
                return CleanDate(_make_date(year, month, 1, str(value)).isoformat(), True, hint)
            if len(fraction) == 2 and 1 <= int(fraction) <= 12:
                return CleanDate(_make_date(year, int(fraction), 1, str(value)).isoformat(), True)
            raise CellError(msg("数字 {value} 不是日期：年月请写成 {year}-03 或 {year}年3月", value=value, year=year))
        if 1 <= number <= 80000:  # a serial with a time of day
            return CleanDate(excel_serial_to_date(number).isoformat())
        raise CellError(msg("数字 {value} 不是日期", value=value))
    text = narrow(clean_text(value))
    year = re.fullmatch(r"(\d{4})\s*年?", text)
    if year and 1900 <= int(year.group(1)) <= 2100:
        return _year_only(int(year.group(1)))
    if re.fullmatch(r"\d{8}", text):
        return CleanDate(_make_date(int(text[:4]), int(text[4:6]), int(text[6:]), text).isoformat())
    if re.fullmatch(r"\d{6}", text):
        return CleanDate(_make_date(int(text[:4]), int(text[4:]), 1, text).isoformat(), True)
    if re.fullmatch(r"\d{5}", text):  # a serial number that came through CSV as text
        return CleanDate(excel_serial_to_date(int(text)).isoformat())
    match = _FULL_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return CleanDate(_make_date(year, month, day, text).isoformat())
    match = _MONTH_DATE.match(text)
    if match:
        year, month = (int(g) for g in match.groups())
        return CleanDate(_make_date(year, month, 1, text).isoformat(), True)
    raise CellError(msg("“{text}”不是日期，应写成 2019-03-01 或 2019年3月", text=text))


def _year_only(year: int) -> CleanDate:
    return CleanDate(f"{year}-01-01", month_only=True, reinterpreted=msg("只有年份（{year}年）", year=year), year_only=True)


_SEXES = {
    "男": "男",
    "男性": "男",
    "m": "男",
    "male": "男",
    "女": "女",
    "女性": "女",
    "f": "女",
    "female": "女",
}


def clean_sex(value: object) -> str:
    """男/女/M/F/male/female/男性/女性 -> 男 or 女; blank -> ''."""
    text = narrow(clean_text(value)).lower().replace(" ", "")
    if not text:
        return ""
    if text in _SEXES:
        return _SEXES[text]
    raise CellError(msg("性别应为“男”或“女”（也可写 M/F），不是“{value}”", value=clean_text(value)))


def clean_phone(value: object) -> str:
    """Numbers stored as numbers lose their '.0'; full-width digits, spaces and +86 are tidied."""
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError(msg("“{value}”不是电话号码", value=value))
        value = int(value)
    text = narrow(clean_text(value)).replace(" ", "")
    text = text.replace("—", "-").replace("－", "-")
    if text.startswith("+86"):
        text = text[3:].lstrip("-")
    return text


MASKED_ID_MESSAGE = msg(
    "身份证号已隐去出生日期（来自隐去身份证号的导出文件），无法导入；请导出时勾选“写出完整身份证号”（命令行加 --full-id）后重新导入"
)
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?e\+?\d+$", re.IGNORECASE)


def clean_id_number(value: object) -> str:
    """A valid 18-character ID number (15-digit legacy numbers upgraded), or CellError."""
    card = clean_id_card(value)
    return card.number if card else ""


def clean_id_card(value: object) -> IdNumber | None:
    """The parsed ID number of a cell (None when blank), or CellError.

    A number cell of more than 15 digits (Excel shows 1.10105E+17) has lost its last digits: that is an
    error, never a value to import.
    """
    if is_blank(value):
        return None
    lost = msg(
        "身份证号被 Excel 存成了数字，后几位已经丢失（显示为科学计数法或末尾变成0）。请把该列设为“文本”格式，重新填写身份证号后再导入"
    )
    if isinstance(value, bool):
        raise CellError(msg("不是身份证号"))
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e15:
            raise CellError(lost)
        value = int(value)
    if isinstance(value, int) and len(str(value)) > 15:
        raise CellError(lost)
    text = narrow(clean_text(value)).replace(" ", "").upper()
    if _SCIENTIFIC.match(text):
        raise CellError(lost)
    if "*" in text:  # 110105********002X: the roster export hides the birth date unless asked
        raise CellError(MASKED_ID_MESSAGE)
    try:
        return parse_id_number(text)
    except IdNumberError as exc:
        raise CellError(reason_of(exc)) from None


def clean_money_fen(value: object) -> int | None:
    """Yuan as typed (5678, '5,678.00', '¥5678', '５６７８') -> fen; blank -> None."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(msg("不是金额"))
    if isinstance(value, int | float):
        try:
            return yuan_to_fen(Decimal(repr(value)) if isinstance(value, float) else value)
        except (MoneyError, InvalidOperation):
            raise CellError(msg("“{value}”不是金额", value=value)) from None
    text = narrow(clean_text(value)).replace("元", "").replace(" ", "")
    try:
        return yuan_to_fen(text)
    except MoneyError:
        raise CellError(msg("“{value}”不是金额", value=clean_text(value))) from None


_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "困难", "困难职工"}
_FALSE = {"否", "n", "no", "false", "0", "×", "", "不是", "非困难"}


def clean_flag(value: object) -> bool:
    """是/否, Y/N, 1/0, √ -> bool; blank -> False."""
    if isinstance(value, bool):
        return value
    text = narrow(clean_text(value)).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(msg("应填“是”或“否”，不是“{value}”", value=clean_text(value)))


def clean_choice(value: object, choices: tuple[str, ...], aliases: dict[str, str] | None = None) -> str:
    """One of a fixed list (aliases first); blank -> ''."""
    text = clean_text(value).replace(" ", "")
    if not text:
        return ""
    if aliases and text in aliases:
        return aliases[text]
    if text in choices:
        return text
    raise CellError(msg("“{text}”不在可选范围内（{choices}）", text=text, choices=joined((c for c in choices if c), "/")))
