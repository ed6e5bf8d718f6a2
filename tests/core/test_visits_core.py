"""The visit form's checks, festival dates from chinese-calendar, and the benefit rules as data."""

from __future__ import annotations

import datetime as dt

import pytest

from unionclerk.core.benefit_rules import (
    CUSTOM,
    RuleSetError,
    check_visit,
    choose_rule_set,
    rule_set_from_json,
    shipped_rule_sets,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.visits import (
    FESTIVAL_KIND,
    FESTIVALS,
    Visit,
    date_question,
    festival_holiday,
    festival_in_text,
    proposed_festival_date,
    validate_visit,
)


def form(**values: str) -> dict[str, str]:
    base = {"date": "2026-03-02", "kind": "生病住院", "cash": "500", "goods": "", "goods_value": ""}
    base.update(values)
    return base


def test_valid_form_gives_fen() -> None:
    visit = validate_visit(form(cash="1,200.50", goods="水果", goods_value="88.8"), member_id=3)
    assert (visit.cash_fen, visit.goods_fen, visit.total_fen) == (120050, 8880, 128930)
    assert visit.source == "工会经费" and visit.member_id == 3


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"cash": "-5"}, "cash", "负数"),
        ({"cash": "五百"}, "cash", "不是金额"),
        ({"goods": "水果", "goods_value": "abc"}, "goods_value", "不是金额"),
        ({"goods_value": "100"}, "goods", "慰问品"),
        ({"kind": FESTIVAL_KIND, "festival": "春节", "cash": "300"}, "cash", "现金"),
        (
            {
                "kind": FESTIVAL_KIND,
                "festival": "春节",
                "cash": "",
                "goods": "超市购物卡",
                "goods_value": "300",
            },
            "goods",
            "购物卡",
        ),
        ({"kind": FESTIVAL_KIND, "festival": "", "cash": ""}, "festival", "节日"),
        ({"kind": FESTIVAL_KIND, "festival": "圣诞节", "cash": ""}, "festival", "法定节日"),
        ({"kind": "旅游"}, "kind", "类别"),
        ({"date": "2026-02-30"}, "date", "日期"),
        ({"source": "小金库"}, "source", "经费来源"),
    ],
)
def test_bad_input_is_named(values: dict[str, str], field: str, words: str) -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_visit(form(**values), member_id=1)
    assert field in caught.value.errors
    assert words in caught.value.errors[field]


def test_person_neither_member_nor_linked_is_refused() -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_visit(form(person_name="李秀英", relation="配偶"), member_id=None)
    assert "李秀英" in caught.value.errors["member"] and "不是会员" in caught.value.errors["member"]
    with pytest.raises(FieldErrors) as caught:
        validate_visit(form(person_name="李秀英"), member_id=4)
    assert "关系" in caught.value.errors["relation"]
    family = validate_visit(form(kind="直系亲属去世", person_name="李秀英", relation="配偶"), member_id=4)
    assert (family.member_id, family.person_name, family.relation) == (4, "李秀英", "配偶")


def test_date_more_than_a_month_ahead_is_questioned() -> None:
    today = dt.date(2026, 3, 1)
    assert date_question("2026-03-30", today) is None
    assert date_question("2026-04-01", today) is None  # 31 days
    question = date_question("2026-04-02", today)
    assert question is not None and "2026-04-02" in question


def test_festival_dates_come_from_chinese_calendar() -> None:
    import chinese_calendar

    start, end = festival_holiday("春节", 2026)  # type: ignore[misc]
    assert chinese_calendar.get_holiday_detail(start)[1] == "Spring Festival"
    assert chinese_calendar.get_holiday_detail(start - dt.timedelta(days=1)) != (True, "Spring Festival")
    assert start <= dt.date(2026, 2, 17) <= end  # 正月初一 2026
    proposed = proposed_festival_date("中秋", 2025)
    assert proposed is not None and chinese_calendar.is_workday(proposed)
    assert proposed < festival_holiday("中秋", 2025)[0]  # type: ignore[index]
    assert festival_holiday("春节", 2099) is None  # no data: the form keeps the typed date
    for festival in FESTIVALS:
        assert festival_holiday(festival, 2024) is not None, festival


def test_festival_named_in_kind_or_goods() -> None:
    assert festival_in_text("春节慰问品") == "春节"
    assert festival_in_text("中秋月饼") == "中秋"
    assert festival_in_text("月饼") == "中秋"
    assert festival_in_text("住院慰问") == ""


def test_every_shipped_rule_set_names_its_document_and_province() -> None:
    sets = shipped_rule_sets()
    assert {"fujian-2018", "anhui-2018", "anhui-2025", "hubei", "sichuan", "guangdong", CUSTOM} <= set(sets)
    for rule_set in sets.values():
        assert rule_set.document, rule_set.id
        if rule_set.id != CUSTOM:
            assert rule_set.province and rule_set.year
    assert sets["anhui-2025"].document == "皖工发〔2025〕18号"
    festival = next(r for r in sets["fujian-2018"].rules if "节日慰问" in r.kinds)
    assert festival.per_year_fen == 130000


def test_province_picks_the_newest_set() -> None:
    sets = shipped_rule_sets()
    assert choose_rule_set(sets, "", "安徽省").id == "anhui-2025"
    assert choose_rule_set(sets, "anhui-2018", "安徽").id == "anhui-2018"
    assert choose_rule_set(sets, "", "福建").id == "fujian-2018"
    assert choose_rule_set(sets, "", "").id == CUSTOM
    assert choose_rule_set(sets, "", "西藏").id == CUSTOM


def visit(kind: str, fen: int, day: str = "2026-05-01", **extra: object) -> Visit:
    return Visit(date=day, kind=kind, member_id=1, goods="物品", goods_fen=fen, **extra)  # type: ignore[arg-type]


def test_caps_per_event_per_year_and_frequency() -> None:
    fujian = shipped_rule_sets()["fujian-2018"]
    assert check_visit(visit("生病住院", 50000), fujian, member_status="在会", same_year=[]) == []
    over = check_visit(visit("生病住院", 50001), fujian, member_status="在会", same_year=[])
    assert [b.rule for b in over] == ["住院慰问单次上限"]
    assert "500.00" in over[0].message and "福建" in over[0].source
    # Festival gifts are capped across all festivals of the year: 800 + 500 > 1300.
    spring = visit(FESTIVAL_KIND, 80000, "2026-02-10", festival="春节")
    autumn = visit(FESTIVAL_KIND, 50001, "2026-09-20", festival="中秋")
    breaches = check_visit(autumn, fujian, member_status="在会", same_year=[spring])
    assert [b.rule for b in breaches] == ["节日慰问品全年合计上限"]
    assert "1,300.01" in breaches[0].message
    assert (
        check_visit(
            visit(FESTIVAL_KIND, 50000, festival="中秋"), fujian, member_status="在会", same_year=[spring]
        )
        == []
    )
    # Hospital for the same illness once a year, surgery or not.
    second = check_visit(
        visit("住院手术", 10000), fujian, member_status="在会", same_year=[visit("生病住院", 100)]
    )
    assert [b.rule for b in second] == ["同一疾病住院慰问每年一次"]


def test_eligibility_and_retirees_from_union_fund() -> None:
    anhui = shipped_rule_sets()["anhui-2025"]
    left = check_visit(visit("生日", 100), anhui, member_status="转出", same_year=[])
    assert [b.rule for b in left] == ["仅限会员"]
    retiree = check_visit(visit("生日", 100), anhui, member_status="保留会籍", same_year=[])
    assert [b.rule for b in retiree] == ["退休人员慰问由行政经费开支"]
    admin = visit("生日", 100, source="行政经费")
    assert check_visit(admin, anhui, member_status="保留会籍", same_year=[]) == []


def test_rule_set_json_is_checked() -> None:
    with pytest.raises(RuleSetError, match="第1条规则"):
        rule_set_from_json({"rules": [{"label": "x", "kinds": ["生日"], "per_event": "abc"}]})
    with pytest.raises(RuleSetError, match="没有适用"):
        rule_set_from_json({"rules": [{"label": "x", "per_event": 1}]})
    with pytest.raises(RuleSetError, match="没有上限"):
        rule_set_from_json({"rules": [{"label": "x", "kinds": ["生日"]}]})
    fujian = shipped_rule_sets()["fujian-2018"]
    again = rule_set_from_json(fujian.to_json())
    assert again == fujian


def test_a_deceased_members_family_may_be_condoled() -> None:
    fujian = shipped_rule_sets()["fujian-2018"]
    death = visit("会员去世", 200000, person_name="李秀英", relation="配偶")
    assert check_visit(death, fujian, member_status="已故", same_year=[]) == []
    over = visit("会员去世", 200001, person_name="李秀英", relation="配偶")
    assert [b.rule for b in check_visit(over, fujian, member_status="已故", same_year=[])] == [
        "会员去世慰问上限"
    ]
    # A birthday cake for someone who has died or left is still refused.
    assert [b.rule for b in check_visit(visit("生日", 100), fujian, member_status="已故", same_year=[])] == [
        "仅限会员"
    ]


def test_the_retirement_keepsake_may_come_from_the_union_fund() -> None:
    anhui = shipped_rule_sets()["anhui-2025"]
    assert check_visit(visit("退休", 50000), anhui, member_status="保留会籍", same_year=[]) == []
    assert check_visit(visit("生日", 100), anhui, member_status="保留会籍", same_year=[]) != []
