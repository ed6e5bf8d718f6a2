"""单位设置 typed as text: the 经费留成比例 as a decimal or a percentage, 活动费用自动记账 as 是/否 in any of the
ways a clerk writes it, each refusal saying which setting and what was typed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionclerk.core.settings import Settings, SettingsError


@pytest.mark.parametrize(
    ("typed", "share"),
    [("60%", Decimal("0.6")), ("0.6", Decimal("0.6")), ("0", Decimal(0)), ("1", Decimal(1)), ("100%", Decimal(1))],
)
def test_the_kept_share_as_a_decimal_or_a_percentage(typed: str, share: Decimal) -> None:
    assert Settings().with_text("fund_kept_share", f" {typed} ").fund_kept_share == share


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("六成", "经费留成比例应为小数（如 0.6）或百分数（如 60%），不是“六成”"),
        ("101%", "经费留成比例应在 0 到 100% 之间"),
        ("1.01", "经费留成比例应在 0 到 100% 之间"),
        ("-0.1", "经费留成比例应在 0 到 100% 之间"),
    ],
)
def test_a_kept_share_out_of_reach_is_refused_in_words(typed: str, said: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings().with_text("fund_kept_share", typed)
    assert str(refused.value) == said


@pytest.mark.parametrize(
    ("typed", "on"),
    [
        ("true", True),
        ("TRUE", True),
        ("1", True),
        ("是", True),
        ("yes", True),
        ("Yes", True),
        ("false", False),
        ("False", False),
        ("0", False),
        ("否", False),
        ("no", False),
        ("NO", False),
    ],
)
def test_auto_posting_yes_or_no_as_the_clerk_writes_it(typed: str, on: bool) -> None:
    start = Settings(ledger_auto_post=not on)
    assert start.with_text("ledger_auto_post", typed).ledger_auto_post is on


def test_auto_posting_refuses_anything_else_by_name() -> None:
    with pytest.raises(SettingsError) as refused:
        Settings().with_text("ledger_auto_post", "开")
    assert str(refused.value) == "活动费用自动记账应为 是/否（true/false），不是“开”"
