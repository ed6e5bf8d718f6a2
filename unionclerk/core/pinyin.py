"""Pinyin keys for names: a syllable-by-syllable key for sorting, full spelling and initials for search.

A name starts with its surname, and many surnames are read differently from the everyday character
(曾 zeng, not ceng; 单 shan, not dan), so the surname is looked up first.
"""

from __future__ import annotations

from functools import lru_cache

# Surnames whose reading differs from the character's everyday one. Compound surnames come first.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"),
    "曾": ("zeng",),
    "单": ("shan",),
    "覃": ("qin",),
    "仇": ("qiu",),
    "解": ("xie",),
    "区": ("ou",),
    "查": ("zha",),
    "朴": ("piao",),
    "盖": ("ge",),
    "缪": ("miao",),
    "翟": ("zhai",),
    "乐": ("yue",),
    "种": ("chong",),
    "薄": ("bo",),
    "召": ("shao",),
    "繁": ("po",),
    "员": ("yun",),
    "秘": ("bi",),
    "黑": ("he",),
    "隗": ("wei",),
    "眭": ("sui",),
    "阚": ("kan",),
}
_LONGEST_SURNAME = max(len(s) for s in SURNAME_READINGS)


@lru_cache(maxsize=65536)  # rosters repeat names and imports re-read them; pypinyin is slow per call
def _syllables(name: str) -> tuple[str, ...]:
    # Imported on first use: pypinyin's dictionaries take a third of a second and ~60 MB, and the window
    # needs them only when a name is typed or imported (stored names keep their pinyin in the database).
    from pypinyin import Style, lazy_pinyin

    for length in range(_LONGEST_SURNAME, 0, -1):
        surname = name[:length]
        if len(name) > length and surname in SURNAME_READINGS:
            return (*SURNAME_READINGS[surname], *lazy_pinyin(name[length:], style=Style.NORMAL))
    return tuple(lazy_pinyin(name, style=Style.NORMAL))


def pinyin_full(text: str) -> str:
    """'张三' -> 'zhangsan', '曾裕' -> 'zengyu'; non-Chinese characters are kept lower-cased."""
    return "".join(_syllables(text.strip())).lower().replace(" ", "")


def pinyin_sort_key(text: str) -> str:
    """The order Chinese readers expect: surname, then the given name syllable by syllable.

    '范策榕' -> 'fan ce rong', '方薇飘' -> 'fang wei piao': the space sorts before every letter, so all the
    范 (fan) come before the 方 (fang) whatever their given names; polyphonic surnames read as surnames.
    """
    return " ".join(part.strip() for part in _syllables(text.strip()) if part.strip()).lower()


def pinyin_initials(text: str) -> str:
    """'张三' -> 'zs'; 'Anna' -> 'anna' is not split, so its initial is 'a'."""
    return "".join(part[:1] for part in _syllables(text.strip()) if part.strip()).lower()
