"""The activity record (with participants and awards) and the validation of what a clerk types into its form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from unionclerk.core.dates import DateError, optional_date
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg, reason_of
from unionclerk.core.money import MoneyError, yuan_to_fen

DEFAULT_CATEGORIES = (
    "文体活动",
    "劳动竞赛/技能比武",
    "教育培训",
    "知识竞赛",
    "评先评优/表彰",
    "职代会/民主管理",
    "帮扶/献爱心/志愿服务",
    "参观学习/疗休养",
    "其他",
)
# An activity is a training session when it is in this category or has 学时 recorded.
TRAINING_CATEGORY = "教育培训"

ORGANISED_HERE = "本单位组织"
ORGANISED_ABOVE = "参加上级组织"
LEVELS = (ORGANISED_HERE, ORGANISED_ABOVE)

WINNER_MEMBER, WINNER_TEAM, WINNER_UNIT = "member", "team", "unit"
WINNER_KINDS = {WINNER_MEMBER: "会员", WINNER_TEAM: "团队", WINNER_UNIT: "本单位"}
AWARD_LEVELS = ("国家级", "省级", "市级", "县级", "系统内", "本单位")


@dataclass
class Award:
    """One row of results: 奖项, 名次, who won it, at what level."""

    award: str
    rank: str = ""
    winner_kind: str = WINNER_MEMBER
    winner_member_id: int | None = None
    winner_text: str = ""  # team name; for a member, their name as shown (filled by the store)
    level: str = ""
    id: int | None = None

    def winner_label(self, unit_name: str = "") -> str:
        if self.winner_kind == WINNER_UNIT:
            return self.winner_text or unit_name or "本单位"
        return self.winner_text


@dataclass
class Activity:
    """One activity as stored. Dates ISO text, cost in fen, 学时 in tenths of an hour."""

    date: str
    title: str
    category: str
    level: str = ORGANISED_HERE
    end_date: str | None = None
    location: str = ""
    organiser: str = ""
    headcount: int | None = None  # typed 人次; None when not typed
    participant_ids: list[int] = field(default_factory=list)
    training_tenths: int = 0
    cost_fen: int = 0
    results: str = ""
    awards: list[Award] = field(default_factory=list)
    plan_item_id: int | None = None
    notes: str = ""
    id: int | None = None

    @property
    def person_times(self) -> int:
        """参与人次: the typed figure when given (a multi-day event counts a person once a day), else the
        number of members chosen."""
        return self.headcount if self.headcount is not None else len(self.participant_ids)

    @property
    def training_hours(self) -> Decimal:
        return tenths_to_hours(self.training_tenths)

    @property
    def is_training(self) -> bool:
        return self.category == TRAINING_CATEGORY or self.training_tenths > 0


def tenths_to_hours(tenths: int) -> Decimal:
    return (Decimal(tenths) / 10).quantize(Decimal("0.1"))


def format_hours(tenths: int) -> str:
    """35 -> '3.5', 40 -> '4'."""
    hours = tenths_to_hours(tenths)
    return f"{hours:f}".removesuffix(".0")


def parse_hours(text: str) -> int:
    """'3.5' -> 35 tenths; raises ValueError with a Chinese message."""
    cleaned = str(text).strip().removesuffix("学时").removesuffix("小时").strip()
    try:
        hours = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(msg("“{text}”不是学时数", text=text)) from None
    if not hours.is_finite():
        raise ValueError(msg("“{text}”不是学时数", text=text))
    if hours < 0:
        raise ValueError(msg("不能为负数"))  # said after its subject: 学时：不能为负数
    if hours * 10 != int(hours * 10):
        raise ValueError(msg("最多保留一位小数"))
    return int(hours * 10)


def parse_count(text: str) -> int:
    cleaned = str(text).strip().removesuffix("人次").removesuffix("人").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(msg("“{text}”不是人数", text=text)) from None
    if not value.is_finite() or value != int(value):
        raise ValueError(msg("“{text}”不是整数", text=text))
    if value < 0:
        raise ValueError(msg("不能为负数"))
    return int(value)


def validate_awards(awards: list[Award]) -> list[Award]:
    """Rows left blank are dropped; a row with anything in it needs an award and a winner."""
    errors = FieldErrors()
    kept: list[Award] = []
    for number, award in enumerate(awards, start=1):
        award.award = award.award.strip()
        award.rank = award.rank.strip()
        award.winner_text = award.winner_text.strip()
        award.level = award.level.strip()
        blank = not (award.award or award.rank or award.winner_member_id or award.winner_text)
        if blank:
            continue
        if not award.award:
            errors.add("awards", msg("获奖情况第{number}行：奖项不能为空", number=number))
        if award.winner_kind not in WINNER_KINDS:
            errors.add("awards", msg("获奖情况第{number}行：获奖者类别“{kind}”无效", number=number, kind=award.winner_kind))
        elif award.winner_kind == WINNER_MEMBER and award.winner_member_id is None:
            errors.add(
                "awards",
                msg(
                    "获奖情况第{number}行：“{award}”没有获奖者，请选择获奖会员",
                    number=number,
                    award=award.award or msg("奖项"),
                ),
            )
        elif award.winner_kind == WINNER_TEAM and not award.winner_text:
            errors.add(
                "awards",
                msg(
                    "获奖情况第{number}行：“{award}”没有获奖者，请填写团队名称",
                    number=number,
                    award=award.award or msg("奖项"),
                ),
            )
        if award.winner_kind != WINNER_MEMBER:
            award.winner_member_id = None
        kept.append(award)
    if errors.errors:
        raise errors
    return kept


def validate_activity(
    form: dict[str, str],
    *,
    participant_ids: list[int] | None = None,
    awards: list[Award] | None = None,
    categories: tuple[str, ...] | list[str] = DEFAULT_CATEGORIES,
    today: dt.date | None = None,
) -> Activity:
    """Turn the text of an activity form into an Activity, or raise FieldErrors naming every bad field.

    Form keys: date, end_date, title, category, level, location, organiser, headcount, training_hours,
    cost (yuan), results, plan_item_id, notes.
    """
    today = today or dt.date.today()
    errors = FieldErrors()
    text = {k: ("" if v is None else str(v).strip()) for k, v in form.items()}
    participants = list(dict.fromkeys(participant_ids or []))

    date = None
    try:
        date = optional_date(text.get("date"))
    except DateError as exc:
        errors.add("date", msg("日期：{reason}", reason=reason_of(exc)))
    else:
        if date is None:
            errors.add("date", msg("日期不能为空"))
        elif date > (today + dt.timedelta(days=366)).isoformat():
            errors.add("date", msg("日期离今天超过一年，请检查年份"))

    end_date = None
    try:
        end_date = optional_date(text.get("end_date"))
    except DateError as exc:
        errors.add("end_date", msg("结束日期：{reason}", reason=reason_of(exc)))
    if date and end_date:
        if end_date < date:
            errors.add("end_date", msg("结束日期 {end} 早于开始日期 {start}", end=end_date, start=date))
        elif end_date == date:
            end_date = None  # a one-day event

    title = text.get("title", "")
    if not title:
        errors.add("title", msg("活动名称不能为空"))
    elif len(title) > 200:
        errors.add("title", msg("活动名称过长（最多200字）"))

    category = text.get("category", "")
    if not category:
        errors.add("category", msg("请选择活动类别"))
    elif category not in categories:
        errors.add("category", msg("活动类别“{category}”不在类别列表中", category=category))

    level = text.get("level") or ORGANISED_HERE
    if level not in LEVELS:
        errors.add("level", msg("组织层级应为“{here}”或“{above}”", here=ORGANISED_HERE, above=ORGANISED_ABOVE))

    headcount = None
    if text.get("headcount"):
        try:
            headcount = parse_count(text["headcount"])
        except ValueError as exc:
            errors.add("headcount", msg("参与人次：{reason}", reason=reason_of(exc)))
        else:
            if headcount < len(participants):
                errors.add(
                    "headcount",
                    msg("参与人次（{headcount}）少于已选参与会员（{chosen}人）", headcount=headcount, chosen=len(participants)),
                )

    training_tenths = 0
    if text.get("training_hours"):
        try:
            training_tenths = parse_hours(text["training_hours"])
        except ValueError as exc:
            errors.add("training_hours", msg("学时：{reason}", reason=reason_of(exc)))

    cost_fen = 0
    if text.get("cost"):
        try:
            cost_fen = yuan_to_fen(text["cost"])
        except MoneyError as exc:
            errors.add("cost", msg("费用：{reason}", reason=reason_of(exc)))
        else:
            if cost_fen < 0:
                errors.add("cost", msg("费用不能为负数"))

    plan_item_id = None
    if text.get("plan_item_id"):
        try:
            plan_item_id = int(text["plan_item_id"])
        except ValueError:
            errors.add("plan_item_id", msg("关联计划项无效"))

    kept_awards: list[Award] = []
    try:
        kept_awards = validate_awards(list(awards or []))
    except FieldErrors as exc:
        for name, message in exc.errors.items():
            errors.add(name, message)

    if errors.errors:
        raise errors
    assert date is not None
    return Activity(
        date=date,
        end_date=end_date,
        title=title,
        category=category,
        level=level,
        location=text.get("location", ""),
        organiser=text.get("organiser", ""),
        headcount=headcount,
        participant_ids=participants,
        training_tenths=training_tenths,
        cost_fen=cost_fen,
        results=text.get("results", ""),
        awards=kept_awards,
        plan_item_id=plan_item_id,
        notes=text.get("notes", ""),
    )
