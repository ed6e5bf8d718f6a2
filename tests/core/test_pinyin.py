"""Pinyin keys used for sorting and search-as-you-type."""

from __future__ import annotations

from unionclerk.core.pinyin import pinyin_full, pinyin_initials


def test_full_and_initials() -> None:
    assert pinyin_full("张三") == "zhangsan"
    assert pinyin_initials("张三") == "zs"
    assert pinyin_initials("欧阳晓梅") == "oyxm"


def test_latin_names_are_kept_lower_case() -> None:
    assert pinyin_full("Anna") == "anna"


def test_sorting_by_pinyin_orders_names_as_a_clerk_expects() -> None:
    names = ["周晓梅", "安娜", "李建华", "白云", "张三"]
    assert sorted(names, key=pinyin_full) == ["安娜", "白云", "李建华", "张三", "周晓梅"]


def test_surnames_use_their_surname_reading() -> None:
    assert pinyin_full("曾裕") == "zengyu"
    assert pinyin_initials("单雄") == "sx"
    assert pinyin_full("覃丽") == "qinli"
    assert pinyin_initials("长孙无忌") == "zswj"
    # Only as a surname: a one-character name keeps the everyday reading.
    assert pinyin_full("曾") == "ceng"


def test_surname_readings_change_the_order() -> None:
    assert sorted(["曾裕", "程晓", "张三"], key=pinyin_full) == ["程晓", "曾裕", "张三"]


def test_sort_key_compares_surname_then_given_name_syllable_by_syllable() -> None:
    from unionclerk.core.pinyin import pinyin_sort_key

    assert pinyin_sort_key("范策榕") == "fan ce rong"
    # Run together, 'fancerong' < 'fangweipiao' < 'fanjinzhen' splits the 范 family; by syllable it does not.
    names = ["方薇飘", "范锦贞", "范策榕", "贾云蓓", "姜家会", "贾茗"]
    assert sorted(names, key=pinyin_sort_key) == ["范策榕", "范锦贞", "方薇飘", "贾茗", "贾云蓓", "姜家会"]
    assert sorted(["曾裕", "单雄", "仇明", "丁一"], key=pinyin_sort_key) == ["丁一", "仇明", "单雄", "曾裕"]
