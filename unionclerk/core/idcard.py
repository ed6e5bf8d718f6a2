"""Chinese resident ID numbers (GB 11643-1999): check character, birth date, sex, masking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionclerk.core.messages import msg

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"


class IdNumberError(ValueError):
    """The number is not a valid ID number; str() says why, in Chinese."""


@dataclass(frozen=True)
class IdNumber:
    number: str  # always the 18-character form, upper-case X
    birth_date: dt.date
    sex: str  # 男 / 女


def check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def upgrade_15(number15: str) -> str:
    """Convert a legacy 15-digit number (born 19xx) to the 18-character form."""
    if len(number15) != 15 or not number15.isdigit():
        raise IdNumberError(msg("15位身份证号应全部为数字"))
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_char(first17)


def _birth(number: str) -> dt.date:
    try:
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise IdNumberError(msg("出生日期 {digits} 不是有效日期", digits=number[6:14])) from None
    if born.year < 1900 or born > dt.date.today():
        raise IdNumberError(msg("出生日期 {date} 不合理", date=born.isoformat()))
    return born


def parse_id_number(text: str) -> IdNumber:
    """Validate and normalise an ID number; raises IdNumberError with the reason."""
    number = normalise_id_text(text)
    if not number:
        raise IdNumberError(msg("身份证号为空"))
    if len(number) == 15:
        _birth(number[:6] + "19" + number[6:])
        number = upgrade_15(number)
    if len(number) != 18:
        raise IdNumberError(msg("身份证号应为18位，现在是{length}位", length=len(number)))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise IdNumberError(msg("身份证号前17位应为数字，最后一位为数字或X"))
    born = _birth(number)
    expected = check_char(number[:17])
    if number[17] != expected:
        raise IdNumberError(msg("校验位错误：最后一位应为 {expected}，不是 {last}", expected=expected, last=number[17]))
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdNumber(number=number, birth_date=born, sex=sex)


_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９ＸｘＡＢ"}


def normalise_id_text(text: str) -> str:
    """Strip spaces, convert full-width digits and lower-case x."""
    cleaned = str(text).translate(_FULLWIDTH)
    cleaned = "".join(cleaned.split()).replace("\u00a0", "")
    return cleaned.upper()


def mask_id_number(number: str | None) -> str:
    """110105********002X: area and sequence kept, birth date hidden."""
    if not number:
        return ""
    if len(number) == 18:
        return number[:6] + "*" * 8 + number[14:]
    if len(number) > 8:
        return number[:4] + "*" * (len(number) - 8) + number[-4:]
    return "*" * len(number)
