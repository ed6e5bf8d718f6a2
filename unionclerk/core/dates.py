"""Dates are stored as ISO text (YYYY-MM-DD); these helpers parse what clerks type."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from unionclerk.core.messages import msg

_DATE_RE = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?\s*$")


class DateError(ValueError):
    """Text that is not a date; str() says why, in Chinese."""


def parse_date(text: str) -> dt.date:
    """Accept 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301."""
    text = str(text).strip()
    if len(text) == 10 and text[4] == text[7] == "-":
        # The stored form (every import and form re-reads it): the library parser, else the rules below.
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE_RE.match(text)
    if not match:
        raise DateError(msg("“{text}” 不是日期，应写成 2026-03-01", text=text))
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(msg("“{text}” 不是有效日期", text=text)) from None


def optional_date(text: str | None) -> str | None:
    """ISO text for a typed date, None for an empty field; raises DateError."""
    if text is None or not str(text).strip():
        return None
    return parse_date(text).isoformat()


def today_iso() -> str:
    return dt.date.today().isoformat()
