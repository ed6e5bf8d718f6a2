"""The plan item form, planned month/quarter words, and money in fen: values and messages in full."""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionclerk.core.members import FieldErrors
from unionclerk.core.money import MoneyError, fen_to_yuan, format_yuan, yuan_to_fen
from unionclerk.core.plan import PlanItem, parse_planned, validate_plan_item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (None, None)),
        (" 全年 ", (None, None)),
        ("常年", (None, None)),
        ("3", (3, None)),
        ("3月", (3, None)),
        ("12月份", (12, None)),
        ("1 月", (1, None)),
        ("q2", (None, 2)),
        ("Q4", (None, 4)),
        ("第二季度", (None, 2)),
        ("三季度", (None, 3)),
        ("第1季度", (None, 1)),
        ("第四季", (None, 4)),
    ],
)
def test_planned_words(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_planned(text) == expected


def test_planned_words_refused_in_full() -> None:
    with pytest.raises(ValueError) as month:
        parse_planned("13月")
    assert str(month.value) == "月份“13月”应在1到12之间"
    with pytest.raises(ValueError, match="月份“0”应在1到12之间"):
        parse_planned("0")
    with pytest.raises(ValueError) as other:
        parse_planned("下半年")
    assert str(other.value) == "“下半年”不是月份或季度，应写成“3月”或“第二季度”"
    with pytest.raises(ValueError):
        parse_planned("Q5")


def test_a_plan_item_from_its_form() -> None:
    item = validate_plan_item(
        {
            "title": " 职工运动会 ",
            "details": "春季",
            "category": "文体活动",
            "planned": "第二季度",
            "responsible": "王芳",
            "status": "进行中",
            "notes": "备注",
        },
        year=2026,
    )
    assert item == PlanItem(
        year=2026,
        title="职工运动会",
        details="春季",
        category="文体活动",
        planned_quarter=2,
        responsible="王芳",
        status="进行中",
        notes="备注",
    )
    assert item.planned_label == "第二季度"
    plain = validate_plan_item({"title": "金秋助学", "planned": "9月", "details": None}, year=1900)
    assert (plain.status, plain.planned_month, plain.details, plain.year) == ("未开始", 9, "", 1900)
    assert plain.planned_label == "9月"
    assert PlanItem(year=2026, title="x").planned_label == ""
    assert validate_plan_item({"title": "甲" * 200}, year=2999).title == "甲" * 200


def test_a_bad_plan_item_form_names_every_field() -> None:
    with pytest.raises(FieldErrors) as bad:
        validate_plan_item({"title": "", "planned": "十三月", "status": "完成"}, year=3000)
    assert bad.value.errors == {
        "title": "计划项目名称不能为空",
        "planned": "计划时间：“十三月”不是月份或季度，应写成“3月”或“第二季度”",
        "status": "状态应为未开始、进行中、已完成、取消之一，不是“完成”",
        "year": "年份 3000 无效",
    }
    with pytest.raises(FieldErrors) as long_title:
        validate_plan_item({"title": "甲" * 201}, year=1899)
    assert long_title.value.errors == {"title": "计划项目名称过长（最多200字）", "year": "年份 1899 无效"}
    assert str(long_title.value) == "计划项目名称过长（最多200字）；年份 1899 无效"


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("28.35", 2835),
        ("5,678", 567800),
        ("5，678.50", 567850),
        ("¥ 12", 1200),
        (3, 300),
        ("0.005", 1),
        ("0.004", 0),
    ],
)
def test_yuan_to_fen(text: object, fen: int) -> None:
    assert yuan_to_fen(text) == fen  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", ""])
def test_not_money(text: str) -> None:
    with pytest.raises(MoneyError) as refused:
        yuan_to_fen(text)
    assert str(refused.value) == f"“{text}” 不是金额"


def test_fen_to_yuan_and_format() -> None:
    assert fen_to_yuan(2835) == Decimal("28.35") and str(fen_to_yuan(5)) == "0.05"
    assert format_yuan(123456789) == "1,234,567.89"
    assert format_yuan(0) == "0.00" and format_yuan(None) == ""
