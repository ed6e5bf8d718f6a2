"""The visit form field by field with every message in full, amounts, and the festival calendar at its edges
(dates checked by hand against the State Council's holiday notices)."""

from __future__ import annotations

import datetime as dt

import pytest

from unionclerk.core.members import FieldErrors
from unionclerk.core.visits import (
    Visit,
    festival_in_text,
    festival_near,
    parse_amount,
    proposed_festival_date,
    validate_visit,
)


def errors_of(form: dict[str, str | None], member_id: int | None = 1) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        validate_visit(form, member_id=member_id)  # type: ignore[arg-type]
    return caught.value.errors


def test_every_field_of_a_good_form() -> None:
    visit = validate_visit(
        {
            "date": "2026/3/2",
            "kind": " 直系亲属去世 ",
            "festival": "春节",  # not a festival visit: dropped
            "person_name": " 李秀英 ",
            "relation": "配偶",
            "cash": " 1,000元 ",
            "goods": "花圈",
            "goods_value": "200.5",
            "source": "行政经费",
            "visitors": "王主席、张委员",
            "notes": "追悼会",
            "breach_reason": "单位决定",
        },
        member_id=9,
    )
    assert visit == Visit(
        date="2026-03-02",
        kind="直系亲属去世",
        member_id=9,
        person_name="李秀英",
        relation="配偶",
        festival="",
        cash_fen=100000,
        goods="花圈",
        goods_fen=20050,
        source="行政经费",
        visitors="王主席、张委员",
        notes="追悼会",
        breach_reason="单位决定",
    )


def test_a_short_form_takes_the_defaults() -> None:
    # Only what the batch and the import always give; blank cells may come as None.
    visit = validate_visit({"date": "2026-03-02", "kind": "生日", "notes": None}, member_id=4)  # type: ignore[dict-item]
    assert visit == Visit(date="2026-03-02", kind="生日", member_id=4)
    assert validate_visit({"date": "2026-03-02", "kind": "生日"}, member_id=4) == visit
    assert (visit.person_name, visit.relation, visit.festival, visit.goods, visit.notes) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert (visit.cash_fen, visit.goods_fen, visit.source, visit.visitors, visit.breach_reason) == (
        0,
        0,
        "工会经费",
        "",
        "",
    )
    festival = validate_visit(
        {
            "date": "2026-02-10",
            "kind": "节日慰问",
            "festival": "春节",
            "goods": "米面油",
            "goods_value": "300",
        },
        member_id=4,
    )
    assert (festival.festival, festival.goods, festival.goods_fen, festival.cash_fen) == (
        "春节",
        "米面油",
        30000,
        0,
    )
    # A relation without a person is meaningless: dropped, not refused.
    assert (
        validate_visit({"date": "2026-03-02", "kind": "生日", "relation": "配偶"}, member_id=4).relation == ""
    )


def test_an_empty_form_names_every_field() -> None:
    assert errors_of({}, member_id=None) == {
        "date": "日期不能为空",
        "member": "请选择慰问的会员（非会员须关联到一位会员）",
        "kind": "请选择慰问类别",
    }
    assert errors_of({"date": None, "kind": None}, member_id=None) == {  # type: ignore[dict-item]
        "date": "日期不能为空",
        "member": "请选择慰问的会员（非会员须关联到一位会员）",
        "kind": "请选择慰问类别",
    }


def test_every_message_in_full() -> None:
    base = {"date": "2026-03-02", "kind": "生病住院"}
    assert errors_of({**base, "person_name": "李秀英"}, member_id=None) == {
        "member": "“李秀英”不是会员：请选择与其相关的会员（如去世会员的家属，选该会员）",
        "relation": "请写明“李秀英”与会员的关系",
    }
    assert errors_of({**base, "kind": "旅游"}) == {"kind": "慰问类别“旅游”不在类别列表中"}
    assert errors_of({**base, "kind": "节日慰问"}) == {"festival": "节日慰问须写明是哪个节日"}
    assert errors_of({**base, "kind": "节日慰问", "festival": "圣诞节"}) == {
        "festival": "“圣诞节”不是法定节日；可选：元旦、春节、清明、劳动节、端午、中秋、国庆"
    }
    assert errors_of({**base, "cash": "五百", "goods_value": "-3"}) == {
        "cash": "慰问金“五百”不是金额，请写数字（元），如 500 或 500.00",
        "goods_value": "物品价值不能为负数（“-3”）",
    }
    assert errors_of({**base, "goods_value": "100"}) == {"goods": "填了物品价值，请写明慰问品是什么"}
    assert errors_of(
        {**base, "kind": "节日慰问", "festival": "中秋", "cash": "200", "goods": "月饼代金券"}
    ) == {
        "cash": "节日慰问不得发放现金或购物卡，只能发实物：请把慰问金改为 0，填写慰问品及其价值",
        "goods": "节日慰问不得发放现金或购物卡（“月饼代金券”），只能发实物",
    }
    assert errors_of({**base, "source": "小金库"}) == {
        "source": "经费来源应为 工会经费、行政经费、上级帮扶资金 之一，不是“小金库”"
    }
    assert errors_of({**base, "date": "2026-02-30"})["date"].startswith("日期：")


def test_amounts() -> None:
    assert parse_amount("0", "慰问金") == 0
    assert parse_amount("0.00元", "慰问金") == 0
    assert parse_amount(" 500 元 ", "慰问金") == 50000
    assert parse_amount("", "慰问金") == 0
    assert parse_amount("元", "慰问金") == 0
    with pytest.raises(ValueError) as caught:
        parse_amount("元500", "物品价值")
    assert str(caught.value) == "物品价值“元500”不是金额，请写数字（元），如 500 或 500.00"
    with pytest.raises(ValueError) as caught:
        parse_amount("-0.01", "慰问金")
    assert str(caught.value) == "慰问金不能为负数（“-0.01”）"


def test_visit_fields_are_the_stored_columns() -> None:
    assert Visit.field_names() == [
        "date",
        "kind",
        "member_id",
        "person_name",
        "relation",
        "festival",
        "cash_fen",
        "goods",
        "goods_fen",
        "source",
        "visitors",
        "notes",
        "batch_id",
        "breach_reason",
        "id",
    ]


@pytest.mark.parametrize(
    ("text", "festival"),
    [
        ("元旦慰问", "元旦"),
        ("新年礼包", "元旦"),
        ("春节慰问品", "春节"),
        ("过年福利", "春节"),
        ("年货", "春节"),
        ("清明", "清明"),
        ("劳动节", "劳动节"),
        ("五一慰问", "劳动节"),
        ("端午", "端午"),
        ("粽子", "端午"),
        ("中秋", "中秋"),
        ("月饼", "中秋"),
        ("国庆", "国庆"),
        ("十一慰问", "国庆"),
        ("夏送清凉", ""),
    ],
)
def test_every_festival_word(text: str, festival: str) -> None:
    assert festival_in_text(text) == festival


def test_the_handing_out_day_is_the_last_working_day_before_the_holiday() -> None:
    # 春节 2026: holiday from 15 February; Saturday the 14th is a working day (调休).
    assert proposed_festival_date("春节", 2026) == dt.date(2026, 2, 14)
    # 中秋 2025 falls in the 国庆 holiday (1–8 October): the day before that.
    assert proposed_festival_date("中秋", 2025) == dt.date(2025, 9, 30)
    # 元旦 2004 is the calendar's first day: the day before it, the calendar cannot say; simply the eve.
    assert proposed_festival_date("元旦", 2004) == dt.date(2003, 12, 31)
    assert proposed_festival_date("春节", 2099) is None


@pytest.mark.parametrize(
    ("day", "festival"),
    [
        ("2026-01-06", "春节"),  # 40 days before the holiday (15 February)
        ("2026-01-05", ""),  # 41 days before; 元旦 began 4 days ago
        ("2026-01-04", "元旦"),  # 元旦 (1 January) began 3 days ago
        ("2026-02-18", "春节"),  # in the holiday, 3 days after it began
        ("2026-02-19", ""),
        ("2026-04-01", "清明"),  # 清明 (4 April) nearer than 劳动节 (1 May)
        ("2025-12-22", "元旦"),  # the next year's 元旦
        ("2099-01-01", ""),  # the calendar has no data
    ],
)
def test_the_festival_a_gift_was_for(day: str, festival: str) -> None:
    assert festival_near(day) == festival
