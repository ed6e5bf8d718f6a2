"""The 慰问 record: who was visited or given what, for which kind and festival, from which fund; its form checks.

A visit is always tied to a member: the member visited, or — for a person who is not a member (a deceased
member's family, say) — the member that person relates to. Money is integer fen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from unionclerk.core.dates import DateError, optional_date
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import joined, msg, reason_of
from unionclerk.core.money import MoneyError, yuan_to_fen

FESTIVAL_KIND = "节日慰问"
HOSPITAL_KIND = "生病住院"
SURGERY_KIND = "住院手术"
HARDSHIP_KIND = "困难帮扶"
MEMBER_DEATH_KIND = "会员去世"
RETIREMENT_KIND = "退休"
DEFAULT_KINDS = (
    HOSPITAL_KIND,
    SURGERY_KIND,
    "生育",
    "结婚",
    "生日",
    RETIREMENT_KIND,
    MEMBER_DEATH_KIND,
    "直系亲属去世",
    HARDSHIP_KIND,
    FESTIVAL_KIND,
    "夏送清凉",
    "冬送温暖",
    "金秋助学",
    "其他",
)
# Statutory holidays on which a festival gift may be given (BRIEF.md).
FESTIVALS = ("元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆")

UNION_FUND = "工会经费"
ADMIN_FUND = "行政经费"
HIGHER_AID = "上级帮扶资金"
SOURCES = (UNION_FUND, ADMIN_FUND, HIGHER_AID)

RELATIONS = ("配偶", "父母", "子女", "其他亲属")

# Festival gifts must be goods: cash and cards that work like cash are refused (BRIEF.md).
CASH_LIKE_WORDS = ("现金", "购物卡", "储值卡", "充值卡", "礼品卡", "超市卡", "代金券", "红包")

# A date further ahead than this is probably a typing mistake; the form asks before saving.
FAR_AHEAD_DAYS = 31


@dataclass
class Visit:
    """One visit as stored. Dates ISO text, money in fen."""

    date: str
    kind: str
    member_id: int  # the member visited, or the member a non-member recipient relates to
    person_name: str = ""  # a recipient who is not a member (empty: the member themselves)
    relation: str = ""  # how that person relates to the member (配偶/父母/子女/其他亲属)
    festival: str = ""
    cash_fen: int = 0
    goods: str = ""
    goods_fen: int = 0
    source: str = UNION_FUND
    visitors: str = ""
    notes: str = ""
    batch_id: int | None = None
    breach_reason: str = ""  # why the clerk went ahead although a benefit rule was broken
    id: int | None = None

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.goods_fen

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def parse_amount(text: str, label: str) -> int:
    """'1,200.5' -> 120050 fen; raises ValueError naming the field for text, a negative or fractions of a fen."""
    cleaned = str(text).strip().removesuffix("元").strip()
    if not cleaned:
        return 0
    try:
        fen = yuan_to_fen(cleaned)
    except MoneyError:
        raise ValueError(msg("{label}“{text}”不是金额，请写数字（元），如 500 或 500.00", label=label, text=text)) from None
    if fen < 0:
        raise ValueError(msg("{label}不能为负数（“{text}”）", label=label, text=text))
    return fen


def is_cash_like(goods: str) -> bool:
    return any(word in goods for word in CASH_LIKE_WORDS)


def validate_visit(
    form: dict[str, str],
    *,
    member_id: int | None,
    kinds: tuple[str, ...] | list[str] = DEFAULT_KINDS,
) -> Visit:
    """Turn the text of a visit form into a Visit, or raise FieldErrors naming every bad field.

    Form keys: date, kind, festival, person_name, relation, cash, goods, goods_value, source, visitors, notes.
    `member_id` is the member chosen (the recipient, or the member a non-member recipient relates to).
    """
    errors = FieldErrors()
    text = {k: ("" if v is None else str(v).strip()) for k, v in form.items()}

    date = None
    try:
        date = optional_date(text.get("date"))
    except DateError as exc:
        errors.add("date", msg("日期：{reason}", reason=reason_of(exc)))
    else:
        if date is None:
            errors.add("date", msg("日期不能为空"))

    person_name = text.get("person_name", "")
    relation = text.get("relation", "")
    if member_id is None:
        if person_name:
            errors.add(
                "member",
                msg("“{person}”不是会员：请选择与其相关的会员（如去世会员的家属，选该会员）", person=person_name),
            )
        else:
            errors.add("member", msg("请选择慰问的会员（非会员须关联到一位会员）"))
    if person_name and not relation:
        errors.add("relation", msg("请写明“{person}”与会员的关系", person=person_name))
    if relation and not person_name:
        relation = ""

    kind = text.get("kind", "")
    if not kind:
        errors.add("kind", msg("请选择慰问类别"))
    elif kind not in kinds:
        errors.add("kind", msg("慰问类别“{kind}”不在类别列表中", kind=kind))

    festival = text.get("festival", "")
    if kind == FESTIVAL_KIND:
        if not festival:
            errors.add("festival", msg("节日慰问须写明是哪个节日"))
        elif festival not in FESTIVALS:
            errors.add("festival", msg("“{festival}”不是法定节日；可选：{choices}", festival=festival, choices=joined(FESTIVALS, "、")))
    else:
        festival = ""

    cash_fen = goods_fen = 0
    try:
        cash_fen = parse_amount(text.get("cash", ""), msg("慰问金"))
    except ValueError as exc:
        errors.add("cash", reason_of(exc))
    try:
        goods_fen = parse_amount(text.get("goods_value", ""), msg("物品价值"))
    except ValueError as exc:
        errors.add("goods_value", reason_of(exc))
    goods = text.get("goods", "")
    if goods_fen and not goods:
        errors.add("goods", msg("填了物品价值，请写明慰问品是什么"))
    if kind == FESTIVAL_KIND:
        if cash_fen:
            errors.add(
                "cash", msg("节日慰问不得发放现金或购物卡，只能发实物：请把慰问金改为 0，填写慰问品及其价值")
            )
        if is_cash_like(goods):
            errors.add("goods", msg("节日慰问不得发放现金或购物卡（“{goods}”），只能发实物", goods=goods))

    source = text.get("source") or UNION_FUND
    if source not in SOURCES:
        errors.add("source", msg("经费来源应为 {choices} 之一，不是“{source}”", choices=joined(SOURCES, "、"), source=source))

    if errors.errors:
        raise errors
    assert date is not None and member_id is not None
    return Visit(
        date=date,
        kind=kind,
        member_id=member_id,
        person_name=person_name,
        relation=relation,
        festival=festival,
        cash_fen=cash_fen,
        goods=goods,
        goods_fen=goods_fen,
        source=source,
        visitors=text.get("visitors", ""),
        notes=text.get("notes", ""),
        breach_reason=text.get("breach_reason", ""),
    )


def date_question(date: str, today: dt.date | None = None) -> str | None:
    """The question to ask before saving a date more than a month ahead; None when the date is plausible."""
    today = today or dt.date.today()
    if date > (today + dt.timedelta(days=FAR_AHEAD_DAYS)).isoformat():
        return msg("日期 {date} 在一个多月以后。慰问一般在发生后登记，确定日期无误吗？", date=date)
    return None


# chinese-calendar's names of the statutory holidays, for the festivals a gift may be given on.
_HOLIDAY_NAMES = {
    "元旦": "New Year's Day",
    "春节": "Spring Festival",
    "清明": "Tomb-sweeping Day",
    "劳动节": "Labour Day",
    "端午": "Dragon Boat Festival",
    "中秋": "Mid-autumn Festival",
    "国庆": "National Day",
}


def festival_holiday(festival: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a festival's statutory holiday in a year, from the chinese-calendar library
    (which knows the State Council's notices); None when the library has no data for that year."""
    import chinese_calendar

    wanted = _HOLIDAY_NAMES[festival]
    day, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    found: list[dt.date] = []
    try:
        while day <= last:
            on_holiday, name = chinese_calendar.get_holiday_detail(day)
            if on_holiday and name == wanted:
                found.append(day)
            elif found:
                break
            day += dt.timedelta(days=1)
    except NotImplementedError:
        return None
    return (found[0], found[-1]) if found else None


def proposed_festival_date(festival: str, year: int) -> dt.date | None:
    """When to hand out a festival's gifts: the last working day before its holiday (chinese-calendar)."""
    import chinese_calendar

    holiday = festival_holiday(festival, year)
    if holiday is None:
        return None
    try:
        return chinese_calendar.find_workday(-1, holiday[0])
    except NotImplementedError:
        return holiday[0] - dt.timedelta(days=1)


def festival_near(date: str) -> str:
    """The festival whose statutory holiday begins within 40 days after `date` (or began up to 3 days before):
    what a gift handed out that day was for. '' when none (or the calendar has no data for the year)."""
    day = dt.date.fromisoformat(date)
    best: tuple[int, str] | None = None
    for year in {day.year, day.year + 1}:
        for festival in FESTIVALS:
            holiday = festival_holiday(festival, year)
            if holiday is None:
                continue
            ahead = (holiday[0] - day).days
            if -3 <= ahead <= 40 and (best is None or ahead < best[0]):
                best = (ahead, festival)
    return best[1] if best else ""


def festival_in_text(text: str) -> str:
    """The festival named in a kind or goods cell ('春节慰问品', '中秋月饼' -> 春节, 中秋); '' when none."""
    aliases = {
        "元旦": "元旦",
        "新年": "元旦",
        "春节": "春节",
        "过年": "春节",
        "年货": "春节",
        "清明": "清明",
        "劳动节": "劳动节",
        "五一": "劳动节",
        "端午": "端午",
        "粽子": "端午",
        "中秋": "中秋",
        "月饼": "中秋",
        "国庆": "国庆",
        "十一": "国庆",
    }
    for word, festival in aliases.items():
        if word in text:
            return festival
    return ""
