"""The unit's settings, with typed defaults in one place. Stored in the database as key/value text."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from unionclerk.core.messages import msg

COLLECTION_PERIODS = {"monthly": "按月", "quarterly": "按季度", "half-yearly": "按半年", "yearly": "按年"}
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
# How the summary's closing date is written: GB/T 9704-2012 Arabic numerals, or the older 〇 form.
DATE_STYLES = {"arabic": "2026年11月30日", "chinese": "二〇二六年十一月三十日"}


class SettingsError(ValueError):
    """A setting value that is not allowed; str() names the setting."""


@dataclass
class Settings:
    unit_name: str = ""  # 单位名称
    union_name: str = ""  # 工会名称
    parent_union: str = ""  # 上级工会
    chair: str = ""  # 工会主席
    clerk: str = ""  # 经办人
    province: str = ""  # 省份 (benefit caps differ by province)
    staff_count: int = 0  # 职工总数, for 入会率
    dues_rate: Decimal = Decimal("0.005")  # 0.5% of the monthly wage base
    dues_ignore_below_fen: int = 1000  # the part of the wage below 10 yuan is ignored
    collection_period: str = "monthly"
    language: str = "zh_CN"
    backups_kept: int = 10
    summary_date_style: str = (
        "arabic"  # 落款日期: arabic (2026年11月30日) or chinese (二〇二六年十一月三十日)
    )
    benefit_rule_set: str = ""  # 慰问标准 (resources/benefit_rules id); empty: the province's newest
    retire_age_male: int = 60  # 退休年龄 for the life-events panel; statutory ages are changing, so settings
    retire_age_female_cadre: int = 55  # women 在编 (cadre posts)
    retire_age_female_worker: int = 50  # other women
    fund_kept_share: Decimal = Decimal("0.6")  # 拨缴经费 the grassroots union keeps (set by the province)
    ledger_auto_post: bool = False  # activity costs and union-fund visits post by themselves, not by a button

    LABELS = {
        "unit_name": msg("单位名称"),
        "union_name": msg("工会名称"),
        "parent_union": msg("上级工会"),
        "chair": msg("工会主席"),
        "clerk": msg("经办人"),
        "province": msg("省份"),
        "staff_count": msg("职工总数"),
        "dues_rate": msg("会费比例"),
        "dues_ignore_below_fen": msg("不计缴部分（分）"),
        "collection_period": msg("收缴周期"),
        "language": msg("界面语言"),
        "backups_kept": msg("保留备份份数"),
        "summary_date_style": msg("落款日期格式"),
        "benefit_rule_set": msg("慰问标准"),
        "retire_age_male": msg("男职工退休年龄"),
        "retire_age_female_cadre": msg("女干部（在编）退休年龄"),
        "retire_age_female_worker": msg("女职工（其他）退休年龄"),
        "fund_kept_share": msg("经费留成比例"),
        "ledger_auto_post": msg("活动费用自动记账"),
    }

    @classmethod
    def setting_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def to_text(self) -> dict[str, str]:
        return {key: str(getattr(self, key)) for key in self.setting_names()}

    def with_text(self, key: str, value: str) -> Settings:
        """A copy with one setting parsed from text; raises SettingsError with a clear message."""
        if key not in self.setting_names():
            raise SettingsError(
                msg("没有名为“{key}”的设置。可用：{names}", key=key, names=", ".join(self.setting_names()))
            )
        label = self.LABELS.get(key, key)
        value = value.strip()
        parsed: object = value
        if key in ("staff_count", "dues_ignore_below_fen", "backups_kept") or key.startswith("retire_age_"):
            if not value.isdigit():
                raise SettingsError(msg("{label}应为不小于0的整数，不是“{value}”", label=label, value=value))
            parsed = int(value)
            if key == "backups_kept" and parsed < 1:
                raise SettingsError(msg("{label}至少为1", label=label))
            if key.startswith("retire_age_") and not 40 <= parsed <= 75:
                raise SettingsError(msg("{label}应在 40 到 75 岁之间", label=label))
        elif key == "dues_rate":
            try:
                rate = Decimal(value.rstrip("%")) / (100 if value.endswith("%") else 1)
            except InvalidOperation:
                raise SettingsError(
                    msg("{label}应为小数（如 0.005）或百分数（如 0.5%），不是“{value}”", label=label, value=value)
                ) from None
            if not (Decimal(0) <= rate < Decimal("0.1")):
                raise SettingsError(msg("{label}应在 0 到 10% 之间", label=label))
            parsed = rate
        elif key == "fund_kept_share":
            try:
                share = Decimal(value.rstrip("%")) / (100 if value.endswith("%") else 1)
            except InvalidOperation:
                raise SettingsError(
                    msg("{label}应为小数（如 0.6）或百分数（如 60%），不是“{value}”", label=label, value=value)
                ) from None
            if not (Decimal(0) <= share <= Decimal(1)):
                raise SettingsError(msg("{label}应在 0 到 100% 之间", label=label))
            parsed = share
        elif key == "ledger_auto_post":
            flags = {
                "true": True,
                "1": True,
                "是": True,
                "yes": True,
                "false": False,
                "0": False,
                "否": False,
                "no": False,
            }
            if value.lower() not in flags:
                raise SettingsError(msg("{label}应为 是/否（true/false），不是“{value}”", label=label, value=value))
            parsed = flags[value.lower()]
        elif key == "collection_period" and value not in COLLECTION_PERIODS:
            raise SettingsError(msg("{label}应为 {choices} 之一", label=label, choices="/".join(COLLECTION_PERIODS)))
        elif key == "language" and value not in LANGUAGES:
            raise SettingsError(msg("{label}应为 {choices} 之一", label=label, choices="/".join(LANGUAGES)))
        elif key == "summary_date_style" and value not in DATE_STYLES:
            raise SettingsError(
                msg(
                    "{label}应为 arabic（{arabic}）或 chinese（{chinese}）",
                    label=label,
                    arabic=DATE_STYLES["arabic"],
                    chinese=DATE_STYLES["chinese"],
                )
            )
        copy = Settings(**{k: getattr(self, k) for k in self.setting_names()})
        setattr(copy, key, parsed)
        return copy

    @classmethod
    def from_text(cls, stored: dict[str, str]) -> Settings:
        """Settings from stored text; unknown keys are ignored, bad values fall back to the default."""
        settings = cls()
        for key, value in stored.items():
            if key in cls.setting_names():
                try:
                    settings = settings.with_text(key, value)
                except SettingsError:
                    continue
        return settings
