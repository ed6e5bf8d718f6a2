"""Unit settings: typed defaults and the messages for bad values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionclerk.core.settings import Settings, SettingsError


def test_defaults_follow_the_national_dues_rule() -> None:
    settings = Settings()
    assert settings.dues_rate == Decimal("0.005")
    assert settings.dues_ignore_below_fen == 1000
    assert settings.collection_period == "monthly"
    assert settings.language == "zh_CN"
    assert settings.backups_kept == 10


def test_percent_and_decimal_rates() -> None:
    assert Settings().with_text("dues_rate", "0.5%").dues_rate == Decimal("0.005")
    assert Settings().with_text("dues_rate", "0.01").dues_rate == Decimal("0.01")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("staff_count", "八十", "职工总数"),
        ("dues_rate", "abc", "会费比例"),
        ("collection_period", "weekly", "收缴周期"),
        ("language", "fr", "界面语言"),
        ("backups_kept", "0", "保留备份份数"),
        ("nonsense", "1", "没有名为"),
    ],
)
def test_bad_values_name_the_setting(key: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings().with_text(key, value)


def test_stored_text_round_trips_and_bad_stored_values_fall_back() -> None:
    settings = Settings().with_text("unit_name", "某中心").with_text("staff_count", "82")
    assert Settings.from_text(settings.to_text()) == settings
    assert Settings.from_text({"staff_count": "garbage"}).staff_count == 0
