"""The benefit rules in full: every warning's whole wording, the limits at and just over a cap, an edited visit
not counted against itself, and a rule set file's mistakes named exactly (rules written here by hand, so the
figures do not depend on the shipped files)."""

from __future__ import annotations

import pytest

from unionclerk.core.benefit_rules import (
    Rule,
    RuleSet,
    RuleSetError,
    check_visit,
    choose_rule_set,
    eligible_for_collective,
    rule_set_from_json,
)
from unionclerk.core.visits import Visit


def hospital_rules(**options: object) -> RuleSet:
    return RuleSet(
        id="test",
        name="测试标准",
        province="福建",
        year=2018,
        document="某省基层工会经费收支管理办法",
        rules=[Rule("住院慰问", ("生病住院", "住院手术"), 50000, 80000, 1)],
        **options,  # type: ignore[arg-type]
    )


def visit(kind: str, fen: int, date: str = "2026-05-01", **extra: object) -> Visit:
    return Visit(date=date, kind=kind, member_id=1, cash_fen=fen, **extra)  # type: ignore[arg-type]


def test_every_warning_in_full() -> None:
    rules = hospital_rules()
    breaches = check_visit(
        visit("生病住院", 60000), rules, member_status="在会", same_year=[visit("住院手术", 30000)]
    )
    assert [(b.rule, b.code) for b in breaches] == [
        ("住院慰问", "per_event"),
        ("住院慰问", "per_year"),
        ("住院慰问", "times"),
    ]
    assert [b.described() for b in breaches] == [
        "本次生病住院 600.00 元，超过单次上限 500.00 元（住院慰问，依据：某省基层工会经费收支管理办法（2018年））",
        "2026年生病住院、住院手术合计 900.00 元，超过全年上限 800.00 元"
        "（住院慰问，依据：某省基层工会经费收支管理办法（2018年））",
        "2026年已有 1 次生病住院、住院手术，每年限 1 次（住院慰问，依据：某省基层工会经费收支管理办法（2018年））",
    ]
    assert dict(breaches[1].params) == {
        "year": "2026",
        "kinds": "生病住院、住院手术",
        "amount": "900.00",
        "cap": "800.00",
    }


def test_limits_are_reached_not_broken_at_the_cap() -> None:
    rules = hospital_rules()
    rules.rules[0].times_per_year = 2
    assert check_visit(visit("生病住院", 50000), rules, member_status="在会", same_year=[]) == []
    # 300 + 500 = 800: the year's cap reached, not passed; and the second visit of two allowed.
    assert (
        check_visit(
            visit("生病住院", 50000), rules, member_status="在会", same_year=[visit("住院手术", 30000)]
        )
        == []
    )
    over = check_visit(
        visit("生病住院", 50000), rules, member_status="在会", same_year=[visit("住院手术", 30001)]
    )
    assert [b.code for b in over] == ["per_year"]
    third = check_visit(
        visit("生病住院", 100),
        rules,
        member_status="在会",
        same_year=[visit("生病住院", 100), visit("住院手术", 100)],
    )
    assert [b.message for b in third] == ["2026年已有 2 次生病住院、住院手术，每年限 2 次"]


def test_other_kinds_and_the_edited_visit_itself_do_not_count() -> None:
    rules = hospital_rules()
    others = [visit("生日", 90000), visit("结婚", 90000)]
    assert check_visit(visit("生病住院", 100), rules, member_status="在会", same_year=others) == []
    # Editing visit 7: a stale copy of it among the year's visits is not a second visit.
    edited = visit("生病住院", 100, id=7)
    assert check_visit(edited, rules, member_status="在会", same_year=[visit("生病住院", 100, id=7)]) == []
    # A visit not yet saved (no id) is another visit, and so is a saved one with another id.
    for other in (visit("生病住院", 100), visit("生病住院", 100, id=8)):
        assert [b.code for b in check_visit(edited, rules, member_status="在会", same_year=[other])] == [
            "times"
        ]
    # A new visit (no id) is never mistaken for a stored one without id either.
    assert [
        b.code
        for b in check_visit(
            visit("生病住院", 100), rules, member_status="在会", same_year=[visit("生病住院", 1)]
        )
    ] == ["times"]
    # A kind no rule names breaks nothing, however large.
    assert check_visit(visit("生日", 10_000_000), rules, member_status="在会", same_year=[]) == []


def test_who_may_receive() -> None:
    rules = hospital_rules(retiree_union_fund_warning=True)
    left = check_visit(visit("生日", 100), rules, member_status="转出", same_year=[])
    assert [b.described() for b in left] == [
        "慰问对象的会籍状态是“转出”，已不是会员，不应享受会员福利"
        "（仅限会员，依据：某省基层工会经费收支管理办法（2018年））"
    ]
    assert check_visit(visit("生日", 100), rules, member_status="在会", same_year=[]) == []
    retiree = check_visit(visit("生日", 100), rules, member_status="保留会籍", same_year=[])
    assert [b.described() for b in retiree] == [
        "保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费"
        "（退休人员慰问由行政经费开支，依据：某省基层工会经费收支管理办法（2018年））"
    ]
    # Not the retiree but a relative of theirs, or paid by the administration: no warning.
    family = visit("直系亲属去世", 100, person_name="王桂兰", relation="配偶")
    assert check_visit(family, rules, member_status="保留会籍", same_year=[]) == []
    assert (
        check_visit(visit("生日", 100, source="行政经费"), rules, member_status="保留会籍", same_year=[])
        == []
    )
    assert check_visit(visit("退休", 100), rules, member_status="保留会籍", same_year=[]) == []
    # A deceased member: the death visit to the family (with or without a named relative) is fine.
    assert check_visit(visit("会员去世", 100), rules, member_status="已故", same_year=[]) == []
    assert check_visit(family, rules, member_status="已故", same_year=[]) == []
    assert [b.code for b in check_visit(visit("生日", 100), rules, member_status="已故", same_year=[])] == [
        "members_only"
    ]
    # The death kind for someone who left (退会) is still refused: only 已故 excuses it.
    assert [
        b.code for b in check_visit(visit("会员去世", 100), rules, member_status="退会", same_year=[])
    ] == ["members_only"]
    # A rule set without these two rules says nothing about who receives.
    lax = hospital_rules(members_only=False)
    assert check_visit(visit("生日", 100), lax, member_status="转出", same_year=[]) == []
    assert check_visit(visit("生日", 100), lax, member_status="保留会籍", same_year=[]) == []


def test_only_in_service_members_get_collective_benefits() -> None:
    assert eligible_for_collective("在会")
    assert not eligible_for_collective("保留会籍")
    assert not eligible_for_collective("转出")


def test_source_names_the_year_once() -> None:
    assert hospital_rules().source == "某省基层工会经费收支管理办法（2018年）"
    with_year = RuleSet("a", "a", "安徽", 2025, "皖工发〔2025〕18号")
    assert with_year.source == "皖工发〔2025〕18号"
    assert RuleSet("c", "自定义", "", 0, "本单位办法").source == "本单位办法"


def test_a_rule_set_file_read_in_full() -> None:
    rules = rule_set_from_json(
        {
            "id": "mine",
            "name": "本单位",
            "province": "湖北",
            "year": "2024",
            "document": "鄂工办〔2024〕1号",
            "members_only": False,
            "retiree_union_fund_warning": True,
            "caution": "以上级最新文件为准",
            "rules": [
                {
                    "label": " 节日 ",
                    "kinds": [" 节日慰问 ", "", "  "],
                    "per_year": "1,300.5",
                    "times_per_year": "",
                },
                {
                    "label": "住院",
                    "kinds": ["生病住院"],
                    "per_event": 2000,
                    "per_year": "",
                    "times_per_year": "2",
                },
            ],
        }
    )
    assert rules == RuleSet(
        id="mine",
        name="本单位",
        province="湖北",
        year=2024,
        document="鄂工办〔2024〕1号",
        rules=[Rule("节日", ("节日慰问",), None, 130050, None), Rule("住院", ("生病住院",), 200000, None, 2)],
        members_only=False,
        retiree_union_fund_warning=True,
        caution="以上级最新文件为准",
    )
    assert rules.to_json()["rules"] == [
        {"label": "节日", "kinds": ["节日慰问"], "per_year": "1300.50"},
        {"label": "住院", "kinds": ["生病住院"], "per_event": "2000.00", "times_per_year": 2},
    ]
    assert rule_set_from_json(rules.to_json()) == rules


def test_an_empty_rule_set_takes_the_defaults() -> None:
    assert rule_set_from_json({}, "file-name") == RuleSet(
        id="file-name",
        name="file-name",
        province="",
        year=0,
        document="",
        rules=[],
        members_only=True,
        retiree_union_fund_warning=False,
        caution="",
    )
    assert (rule_set_from_json({}).id, rule_set_from_json({}).name) == ("", "")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "慰问标准应为一个对象"),
        ({"rules": [{"label": "a", "kinds": ["生日"], "per_event": 1}, "x"]}, "第2条规则格式不对"),
        ({"rules": [{"label": " ", "kinds": ["生日"], "per_event": 1}]}, "第1条规则没有名称"),
        ({"rules": [{"kinds": ["生日"], "per_event": 1}]}, "第1条规则没有名称"),
        (
            {"rules": [{"label": "a", "kinds": ["生日"], "per_event": 1}, {"per_event": 1}]},
            "第2条规则没有名称",
        ),
        ({"rules": [{"label": "a", "kinds": [" "], "per_event": 1}]}, "第1条规则“a”没有适用的慰问类别"),
        ({"rules": [{"label": "a", "kinds": ["生日"], "per_event": "abc"}]}, "第1条规则“a”：“abc”不是金额"),
        ({"rules": [{"label": "a", "kinds": ["生日"], "per_year": "-1"}]}, "第1条规则“a”：上限不能为负数"),
        (
            {"rules": [{"label": "a", "kinds": ["生日"], "times_per_year": "0"}]},
            "第1条规则“a”：每年次数应为正整数，不是“0”",
        ),
        (
            {"rules": [{"label": "a", "kinds": ["生日"], "times_per_year": "两"}]},
            "第1条规则“a”：每年次数应为正整数，不是“两”",
        ),
        (
            {"rules": [{"label": "a", "kinds": ["生日"], "per_event": ""}]},
            "第1条规则“a”没有上限，也没有次数限制",
        ),
        ({"year": "二〇一八"}, "年份“二〇一八”不是数字"),
    ],
)
def test_a_bad_rule_set_is_named_exactly(data: object, message: str) -> None:
    with pytest.raises(RuleSetError) as caught:
        rule_set_from_json(data)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_a_cap_of_nothing_and_one_time_a_year_are_limits() -> None:
    rules = rule_set_from_json(
        {"rules": [{"label": "a", "kinds": ["生日"], "per_event": "0", "times_per_year": 1}]}
    )
    assert rules.rules == [Rule("a", ("生日",), 0, None, 1)]
    assert [b.code for b in check_visit(visit("生日", 1), rules, member_status="在会", same_year=[])] == [
        "per_event"
    ]


def test_the_chosen_set_wins_then_the_newest_of_the_province() -> None:
    old = RuleSet("anhui-2018", "安徽2018", "安徽", 2018, "皖2018")
    new = RuleSet("anhui-2025", "安徽2025", "安徽", 2025, "皖2025")
    blank = RuleSet("blank", "无省份", "", 2030, "无")
    custom = RuleSet("custom", "自定义", "", 0, "本单位")
    hubei = RuleSet("hubei", "湖北", "湖北省", 2020, "鄂")  # a file that names the province in full
    sets = {s.id: s for s in (old, new, blank, custom, hubei)}
    assert choose_rule_set(sets, "anhui-2018", "福建") is old
    assert choose_rule_set(sets, "gone", "安徽省合肥市") is new
    assert choose_rule_set(sets, "", "安徽省") is new
    assert choose_rule_set(sets, "", "福建省") is custom
    assert choose_rule_set(sets, "", " ") is custom
    assert choose_rule_set(sets, "", " 湖北省 ") is hubei


def test_collective_benefits_wait_for_the_dues_of_the_months_before() -> None:
    rules = hospital_rules(dues_paid_for_collective=True, collective_kinds=("夏送清凉",))
    owing = {"2026-09": 0, "2026-10": 2835, "2026-11": 1, "2026-12": 2835}
    cool = visit("夏送清凉", 5000, date="2026-12-05")
    assert [
        b.described() for b in check_visit(cool, rules, member_status="在会", same_year=[], dues_owing=owing)
    ] == [
        "会员欠缴2026年10月、2026年11月会费 28.36 元，集体发放的福利应先补缴会费"
        "（集体福利限按时缴纳会费的会员，依据：某省基层工会经费收支管理办法（2018年））"
    ]
    # A record of a distribution batch is collective whatever its kind; a visit of one person is not.
    april = {"2026-04": 2835}
    batch = check_visit(
        visit("生日", 100, batch_id=3), rules, member_status="在会", same_year=[], dues_owing=april
    )
    assert [b.code for b in batch] == ["dues"]
    assert check_visit(visit("生日", 100), rules, member_status="在会", same_year=[], dues_owing=april) == []
    # Read from a file: blank kinds left out.
    read = rule_set_from_json({"dues_paid_for_collective": True, "collective_kinds": [" 夏送清凉 ", " "]})
    assert (read.dues_paid_for_collective, read.collective_kinds) == (True, ("夏送清凉",))
