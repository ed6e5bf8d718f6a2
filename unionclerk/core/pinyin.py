"""Pinyin keys for names: full spelling for sorting, initials for search-as-you-type."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def pinyin_full(text: str) -> str:
    """'张三' -> 'zhangsan'; non-Chinese characters are kept lower-cased."""
    return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="default")).lower().replace(" ", "")


def pinyin_initials(text: str) -> str:
    """'张三' -> 'zs'."""
    parts = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")
    return "".join(p[:1] for p in parts if p.strip()).lower()


def sort_key(text: str) -> str:
    """Key that orders Chinese names the way a clerk expects (by pinyin, then by character)."""
    return pinyin_full(text) + "\x00" + text
