"""Typed dates and settings text: what is accepted, and every refusal in full."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from unionclerk.core.dates import DateError, optional_date, parse_date, today_iso
from unionclerk.core.membership import UnknownDate
from unionclerk.core.settings import Settings, SettingsError


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-03-01", "2026-03-01"),
        (" 2026/3/1 ", "2026-03-01"),
        ("2026.3.1", "2026-03-01"),
        ("2026年3月1日", "2026-03-01"),
        ("2026 年 3 月 1", "2026-03-01"),
        ("20260301", "2026-03-01"),
        ("2026-3-01", "2026-03-01"),
        ("2026/03/01", "2026-03-01"),
    ],
)
def test_dates_accepted(text: str, iso: str) -> None:
    assert parse_date(text) == dt.date.fromisoformat(iso)
    assert optional_date(text) == iso


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026", "“2026” 不是日期，应写成 2026-03-01"),
        ("2026-0301", "“2026-0301” 不是日期，应写成 2026-03-01"),
        ("明天", "“明天” 不是日期，应写成 2026-03-01"),
        ("2026-02-30", "“2026-02-30” 不是有效日期"),
        ("20261301", "“2026-13-01” 不是有效日期"),
        ("2026x03x01", "“2026x03x01” 不是日期，应写成 2026-03-01"),
    ],
)
def test_dates_refused_in_full(text: str, message: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_date(text)
    assert str(refused.value) == message


def test_optional_dates() -> None:
    assert optional_date(None) is None and optional_date("  ") is None and optional_date("") is None
    assert today_iso() == dt.date.today().isoformat()


def test_unknown_date_words() -> None:
    assert str(UnknownDate(joining=True)) == "join date unknown"
    assert str(UnknownDate(joining=False)) == "status date unknown"


def test_settings_text_accepted() -> None:
    settings = Settings()
    assert settings.with_text("staff_count", " 82 ").staff_count == 82
    assert settings.with_text("backups_kept", "1").backups_kept == 1
    assert settings.with_text("dues_rate", "0.5%").dues_rate == Decimal("0.005")
    assert settings.with_text("dues_rate", "0.005").dues_rate == Decimal("0.005")
    assert settings.with_text("dues_rate", "0").dues_rate == Decimal(0)
    assert settings.with_text("dues_rate", "0.0999").dues_rate == Decimal("0.0999")
    assert settings.with_text("collection_period", "quarterly").collection_period == "quarterly"
    assert settings.with_text("language", "en").language == "en"
    assert settings.with_text("unit_name", " 某某中心 ").unit_name == "某某中心"
    assert settings.staff_count == 0  # a copy is changed, never the original


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("staff", "1", "没有名为“staff”的设置。可用："),
        ("staff_count", "-1", "职工总数应为不小于0的整数，不是“-1”"),
        ("staff_count", "八十", "职工总数应为不小于0的整数，不是“八十”"),
        ("backups_kept", "0", "保留备份份数至少为1"),
        ("dues_rate", "abc", "会费比例应为小数（如 0.005）或百分数（如 0.5%），不是“abc”"),
        ("dues_rate", "0.1", "会费比例应在 0 到 10% 之间"),
        ("dues_rate", "10%", "会费比例应在 0 到 10% 之间"),
        ("dues_rate", "-0.001", "会费比例应在 0 到 10% 之间"),
        ("collection_period", "weekly", "收缴周期应为 monthly/quarterly/half-yearly/yearly 之一"),
        ("language", "fr", "界面语言应为 zh_CN/en 之一"),
    ],
)
def test_settings_refused_in_full(key: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings().with_text(key, value)
    if key == "staff":
        assert str(refused.value) == message + ", ".join(Settings.setting_names())
    else:
        assert str(refused.value) == message


def test_settings_round_trip_through_text() -> None:
    assert (
        Settings().with_text("staff_count", "0").staff_count == 0
    )  # only the backup count must be at least 1
    settings = Settings(unit_name="某某中心", staff_count=82, dues_rate=Decimal("0.01"), backups_kept=3)
    assert Settings.from_text(settings.to_text()) == settings
    # Unknown keys are ignored and a bad stored value falls back to its default, the rest is kept.
    assert Settings.from_text({"staff_count": "x", "nonsense": "1", "unit_name": "某单位"}) == Settings(
        unit_name="某单位"
    )
    assert settings.to_text()["dues_rate"] == "0.01" and settings.to_text()["staff_count"] == "82"
    assert set(Settings.LABELS) == set(Settings.setting_names())
