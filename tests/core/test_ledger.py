"""The chart of accounts, the entry form's rules, and the dues arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionclerk.core.ledger import (
    Chart,
    dues_due_for,
    parse_amount,
    period_months,
    split_allocation,
    validate_entry,
)
from unionclerk.core.members import FieldErrors


@pytest.fixture
def chart() -> Chart:
    return Chart()


def test_basic_union_subjects_of_the_2021_chart(chart: Chart) -> None:
    assert chart.name("401") == "会费收入"
    assert chart.name("50105") == "会员活动支出"
    assert chart.name("50404") == "困难职工帮扶"
    assert chart.name("50405") == "送温暖"
    assert chart.name("503") == "职工服务支出"
    assert chart.get("50501").kind == "expense"  # type: ignore[union-attr]
    assert chart.get("40302").kind == "income"  # type: ignore[union-attr]
    assert [s.code for s in chart.top_level("income") if s.basic] == ["401", "402", "403", "405", "408"]


@pytest.mark.parametrize(
    ("text", "year", "code"),
    [
        ("401", 2024, "401"),
        ("会费收入", 2024, "401"),
        ("401 会费收入", 2024, "401"),
        ("职工活动支出", 2024, "501"),
        ("文体活动", 2024, "50102"),
        ("文体活动支出", 2024, "50102"),
        ("困难职工帮扶", 2023, "50404"),
        ("502", 2020, "504"),  # 2010's 维权支出
        ("504", 2021, "506"),  # 2010's 行政支出
        ("508", 2019, "510"),  # 2010's 其他支出
        ("503", 2018, "505"),  # 2010's 业务支出
        ("504", 2022, "504"),  # the 2021 chart from 2022
        ("502 职工活动支出", 2024, "501"),  # the name wins over a code that disagrees
        ("维权支出", 2019, "504"),
    ],
)
def test_subject_found_by_code_or_name_with_the_chart_of_its_year(
    chart: Chart, text: str, year: int, code: str
) -> None:
    assert chart.find(text, year).subject.code == code


def test_translation_of_a_2010_code_is_said(chart: Chart) -> None:
    assert chart.find("502", 2020).note == "2010年科目 502 维权支出 → 现行 504 维权支出"
    assert chart.find("401", 2020).note == ""
    assert "以名称为准" in chart.find("502 职工活动支出", 2024).note


@pytest.mark.parametrize("text", ["999", "没有这个科目", "", "60101"])
def test_unknown_subject_is_refused_naming_it(chart: Chart, text: str) -> None:
    with pytest.raises(KeyError):
        chart.find(text, 2024)


def test_custom_sub_item_belongs_to_its_subject() -> None:
    chart = Chart([("50107", "读书月活动"), ("99901", "无主子目")])
    assert chart.find("读书月活动", 2024).subject.kind == "expense"
    assert chart.get("99901") is None


def _form(**kw: str) -> dict[str, str]:
    base = {
        "date": "2026-03-05",
        "summary": "收3月会费",
        "subject": "401",
        "income": "1,234.50",
        "expense": "",
    }
    return {**base, **kw}


def test_valid_entry(chart: Chart) -> None:
    entry = validate_entry(_form(voucher="记-012"), chart, year=2026)
    assert (entry.date, entry.subject, entry.income_fen, entry.expense_fen, entry.voucher) == (
        "2026-03-05",
        "401",
        123450,
        0,
        12,
    )


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"income": "-5"}, "income", "不能为负数"),
        ({"income": "abc"}, "income", "不是金额"),
        ({"income": "1.234"}, "income", "两位小数"),
        ({"income": "10", "expense": "10"}, "income", "不能两者都填"),
        ({"income": "", "expense": ""}, "income", "须填写一项"),
        ({"date": "2025-12-31"}, "date", "不在正在记的 2026 年内"),
        ({"date": "2026-02-30"}, "date", "不是有效日期"),
        ({"subject": "999"}, "subject", "不在会计科目表中"),
        ({"subject": "50102"}, "subject", "是支出科目"),
        ({"summary": ""}, "summary", "摘要不能为空"),
        ({"voucher": "0"}, "voucher", "正整数"),
    ],
)
def test_bad_entry_is_refused_naming_the_field(
    chart: Chart, change: dict[str, str], field: str, words: str
) -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_entry(_form(**change), chart, year=2026)
    assert words in caught.value.errors[field]


def test_amount_parsing() -> None:
    assert parse_amount("¥28.35", "收入") == 2835
    assert parse_amount("1，000元", "收入") == 100000
    assert parse_amount("", "收入") == 0


def test_dues_example_of_the_brief() -> None:
    assert dues_due_for(567800, Decimal("0.005"), 1000) == 2835
    assert dues_due_for(567800, Decimal("0.005"), 10000) == 2800  # a unit ignoring the part below 100
    assert dues_due_for(None, Decimal("0.005"), 1000) == 0


@given(st.integers(min_value=0, max_value=10_000_000), st.sampled_from([0, 100, 1000, 10000]))
def test_dues_never_count_the_ignored_part(wage: int, ignore: int) -> None:
    due = dues_due_for(wage, Decimal("0.005"), ignore)
    counted = wage - (wage % ignore if ignore else 0)
    assert due == int((Decimal(counted) * Decimal("0.005")).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    assert due <= dues_due_for(wage, Decimal("0.005"), 0)


def test_collection_periods() -> None:
    assert period_months("monthly", 2026, 5) == ["2026-05"]
    assert period_months("quarterly", 2026, 5) == ["2026-04", "2026-05", "2026-06"]
    assert period_months("half-yearly", 2026, 8)[0] == "2026-07"


def test_allocation_split() -> None:
    split = split_allocation(100_000_00, Decimal("0.6"))
    assert (split.allocation_fen, split.kept_fen, split.remitted_fen) == (2_000_00, 1_200_00, 800_00)


def test_ledger_settings_parse_and_refuse() -> None:
    from unionclerk.core.settings import Settings, SettingsError

    settings = Settings().with_text("fund_kept_share", "40%").with_text("ledger_auto_post", "true")
    assert settings.fund_kept_share == Decimal("0.4") and settings.ledger_auto_post is True
    assert Settings.from_text(settings.to_text()) == settings
    with pytest.raises(SettingsError, match="经费留成比例"):
        Settings().with_text("fund_kept_share", "120%")
    with pytest.raises(SettingsError, match="活动费用自动记账"):
        Settings().with_text("ledger_auto_post", "也许")
