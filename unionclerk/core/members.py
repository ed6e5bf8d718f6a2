"""The member record, its statuses, and the validation of what a clerk types into the member form."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from unionclerk.core.dates import DateError, optional_date
from unionclerk.core.idcard import IdNumber, IdNumberError, parse_id_number
from unionclerk.core.messages import joined, msg, reason_of
from unionclerk.core.money import MoneyError, yuan_to_fen

# Membership statuses (BRIEF.md). 在会 and 保留会籍 are members; the others have left.
ACTIVE = "在会"
RETAINED = "保留会籍"
STATUSES = (ACTIVE, RETAINED, "转出", "退会", "自动退会", "开除会籍", "已故")
MEMBER_STATUSES = (ACTIVE, RETAINED)
LEFT_STATUSES = tuple(s for s in STATUSES if s not in MEMBER_STATUSES)

# The date of the joining entry in the history when the join date is not known: the member has been one
# since before the records began, so they count on every date and as joining in no period.
JOIN_DATE_UNKNOWN = "0001-01-01"

SEXES = ("男", "女")
POLITICAL = ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众", "其他")
EDUCATION = ("博士研究生", "硕士研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下")
STAFF_CATEGORIES = ("在编", "合同", "劳务派遣", "其他")
HARDSHIP_TYPES = ("", "因病", "因残", "单亲", "子女教育", "其他")

_PHONE_RE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$")


@dataclass
class Member:
    """One member as stored. Money in fen, dates as ISO text."""

    name: str
    id_number: str | None = None
    sex: str | None = None
    birth_date: str | None = None
    ethnicity: str = "汉族"
    political_status: str = ""
    education: str = ""
    department: str = ""
    position: str = ""
    staff_category: str = ""
    join_date: str | None = None
    card_no: str = ""
    phone: str = ""
    wage_base_fen: int | None = None
    hardship: bool = False
    hardship_type: str = ""
    notes: str = ""
    status: str = ACTIVE
    status_date: str | None = None
    id: int | None = None

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


@dataclass
class StatusChange:
    member_id: int
    status: str
    date: str | None  # None: not known (an unknown join date is JOIN_DATE_UNKNOWN)
    reason: str = ""
    id: int | None = None


@dataclass
class FieldErrors(Exception):
    """Problems with a form, keyed by field name; the first one is where the cursor goes."""

    errors: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return "；".join(self.errors.values())

    def message(self) -> str:
        """Every problem on one line, each kept for translation (see core/messages.reason_of)."""
        return joined(self.errors.values())

    def add(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)


def clean_phone(text: str) -> str:
    return "".join(str(text).split()).replace("－", "-")


def validate_member(
    form: dict[str, str], *, today: dt.date | None = None, id_card: IdNumber | None = None
) -> Member:
    """Turn the text of a member form into a Member, or raise FieldErrors naming every bad field.

    Birth date and sex come from the ID number when it is given; if the form also states them
    they must agree with it. id_card: the form's ID number already parsed (an import has), not parsed again.
    """
    today = today or dt.date.today()
    errors = FieldErrors()
    text = {k: ("" if v is None else str(v).strip()) for k, v in form.items()}

    name = text.get("name", "")
    if not name:
        errors.add("name", msg("姓名不能为空"))
    elif len(name) > 40:
        errors.add("name", msg("姓名过长（最多40个字）"))

    id_number: str | None = None
    birth_date: str | None = None
    sex = text.get("sex") or None
    if sex is not None and sex not in SEXES:
        errors.add("sex", msg("性别应为“男”或“女”，不是“{sex}”", sex=sex))
    if text.get("id_number"):
        try:
            if id_card is not None and id_card.number == text["id_number"]:
                parsed = id_card
            else:
                parsed = parse_id_number(text["id_number"])
        except IdNumberError as exc:
            # The subject once: "身份证号应为18位", not "身份证号：身份证号应为18位".
            reason = reason_of(exc)
            errors.add("id_number", reason if "身份证号" in reason else msg("身份证号：{reason}", reason=reason))
        else:
            id_number = parsed.number
            birth_date = parsed.birth_date.isoformat()
            if sex and sex in SEXES and sex != parsed.sex:
                errors.add("sex", msg("性别与身份证号不符：身份证号显示为{sex}", sex=parsed.sex))
            sex = parsed.sex

    stated_birth = text.get("birth_date")
    if stated_birth:
        try:
            iso = optional_date(stated_birth)
        except DateError as exc:
            errors.add("birth_date", msg("出生日期：{reason}", reason=reason_of(exc)))
        else:
            if birth_date and iso != birth_date:
                errors.add("birth_date", msg("出生日期与身份证号不符：身份证号显示为 {date}", date=birth_date))
            elif iso and iso > today.isoformat():
                errors.add("birth_date", msg("出生日期不能晚于今天"))
            birth_date = birth_date or iso

    join_date = None
    try:
        join_date = optional_date(text.get("join_date"))
    except DateError as exc:
        errors.add("join_date", msg("入会日期：{reason}", reason=reason_of(exc)))
    if join_date and join_date > today.isoformat():
        errors.add("join_date", msg("入会日期不能晚于今天"))
    if join_date and birth_date and join_date <= birth_date:
        errors.add("join_date", msg("入会日期应晚于出生日期"))

    phone = clean_phone(text.get("phone", ""))
    if phone and not _PHONE_RE.match(phone):
        errors.add("phone", msg("联系电话“{phone}”格式不对：手机号为11位，座机如 0871-1234567", phone=phone))

    wage_base_fen = None
    if text.get("wage_base"):
        try:
            wage_base_fen = yuan_to_fen(text["wage_base"])
        except MoneyError as exc:
            errors.add("wage_base", msg("月缴费基数：{reason}", reason=reason_of(exc)))
        else:
            if wage_base_fen < 0:
                errors.add("wage_base", msg("月缴费基数不能为负数"))

    status = text.get("status") or ACTIVE
    if status not in STATUSES:
        errors.add("status", msg("会籍状态“{status}”不在可选范围内", status=status))

    if errors.errors:
        raise errors
    return Member(
        name=name,
        id_number=id_number,
        sex=sex,
        birth_date=birth_date,
        ethnicity=text.get("ethnicity", "") or "汉族",
        political_status=text.get("political_status", ""),
        education=text.get("education", ""),
        department=text.get("department", ""),
        position=text.get("position", ""),
        staff_category=text.get("staff_category", ""),
        join_date=join_date,
        card_no=text.get("card_no", ""),
        phone=phone,
        wage_base_fen=wage_base_fen,
        hardship=text.get("hardship", "") in ("1", "true", "True", "是"),
        hardship_type=text.get("hardship_type", ""),
        notes=text.get("notes", ""),
        status=status,
    )
