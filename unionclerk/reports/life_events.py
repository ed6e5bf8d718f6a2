"""Life events the clerk should act on, for the panel of the 慰问 tab: birthdays this month and in the next 30 days,
members reaching retirement age within 90 days, hospital visits older than 30 days without a follow-up, and
困难职工 not visited this year. Each event proposes the visit it calls for.

Retirement ages are settings (by sex, and for women by 人员类别: 在编 counts as a cadre post), because the
statutory ages are changing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionclerk.core.members import ACTIVE, MEMBER_STATUSES, Member
from unionclerk.core.settings import Settings
from unionclerk.core.visits import FESTIVAL_KIND, HARDSHIP_KIND, HOSPITAL_KIND, SURGERY_KIND
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore

BIRTHDAY, RETIREMENT, HOSPITAL_FOLLOW_UP, HARDSHIP = "生日", "退休", "住院回访", "困难职工"


@dataclass(frozen=True)
class LifeEvent:
    """One line of the panel: what, who, when, and the kind of visit it proposes."""

    event: str
    member_id: int
    name: str
    department: str
    date: str  # the birthday, retirement day, the hospital visit's day; '' for a hardship line
    text: str  # the line in Chinese (the window builds its own, translatable, from the fields)
    visit_kind: str
    number: int = 0  # the age (birthday, retirement), days since the hospital visit, or the year (hardship)


def _birthday_in(born: dt.date, year: int) -> dt.date:
    try:
        return born.replace(year=year)
    except ValueError:  # born on 29 February
        return dt.date(year, 2, 28)


def retirement_age(member: Member, settings: Settings) -> int:
    if member.sex == "男":
        return settings.retire_age_male
    return (
        settings.retire_age_female_cadre
        if member.staff_category == "在编"
        else settings.retire_age_female_worker
    )


def life_events(store: Store, settings: Settings, today: dt.date | None = None) -> list[LifeEvent]:
    today = today or dt.date.today()
    members = MemberStore(store)
    events: list[LifeEvent] = []
    horizon = today + dt.timedelta(days=30)
    month_start = today.replace(day=1)
    for member in members.iter_members(MemberQuery(statuses=MEMBER_STATUSES)):
        if member.id is None or not member.birth_date:
            continue
        born = dt.date.fromisoformat(member.birth_date)
        for year in (today.year, today.year + 1):
            birthday = _birthday_in(born, year)
            if month_start <= birthday <= horizon and (birthday >= today or birthday.month == today.month):
                age = birthday.year - born.year
                when = "本月" if birthday.month == today.month and birthday.year == today.year else "30天内"
                events.append(
                    LifeEvent(
                        BIRTHDAY,
                        member.id,
                        member.name,
                        member.department,
                        birthday.isoformat(),
                        f"{birthday.month}月{birthday.day}日 {age}岁生日（{when}）",
                        "生日",
                        age,
                    )
                )
                break
        if member.status == ACTIVE and member.sex in ("男", "女"):
            age = retirement_age(member, settings)
            retiring = _birthday_in(born, born.year + age)
            if today <= retiring <= today + dt.timedelta(days=90):
                events.append(
                    LifeEvent(
                        RETIREMENT,
                        member.id,
                        member.name,
                        member.department,
                        retiring.isoformat(),
                        f"{retiring.isoformat()} 满{age}岁，到达退休年龄",
                        "退休",
                        age,
                    )
                )

    # Hospital visits older than 30 days (within the last year) with no later visit to the same member.
    rows = store.conn.execute(
        "SELECT v.member_id, m.name, m.department, max(v.date) FROM visits v JOIN members m ON m.id = v.member_id "
        "WHERE v.kind IN (?, ?) AND v.date BETWEEN ? AND ? AND v.person_name = '' GROUP BY v.member_id",
        (
            HOSPITAL_KIND,
            SURGERY_KIND,
            (today - dt.timedelta(days=365)).isoformat(),
            (today - dt.timedelta(days=30)).isoformat(),
        ),
    ).fetchall()
    for member_id, name, department, last in rows:
        days = (today - dt.date.fromisoformat(last)).days
        later = store.conn.execute(
            "SELECT 1 FROM visits WHERE member_id = ? AND date > ? AND kind != ? LIMIT 1",
            (member_id, last, FESTIVAL_KIND),
        ).fetchone()
        if later is None:
            events.append(
                LifeEvent(
                    HOSPITAL_FOLLOW_UP,
                    member_id,
                    name,
                    department,
                    last,
                    f"{last} 住院慰问后已过 {days} 天，尚未回访",
                    "其他",
                    days,
                )
            )

    placeholders = ", ".join("?" * len(MEMBER_STATUSES))
    rows = store.conn.execute(
        f"SELECT m.id, m.name, m.department, m.hardship_type FROM members m WHERE m.hardship = 1 "
        f"AND m.status IN ({placeholders}) AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.member_id = m.id "
        "AND v.date BETWEEN ? AND ? AND v.kind != ?) ORDER BY m.name_pinyin",
        (*MEMBER_STATUSES, f"{today.year}-01-01", f"{today.year}-12-31", FESTIVAL_KIND),
    ).fetchall()
    for member_id, name, department, hardship_type in rows:
        events.append(
            LifeEvent(
                HARDSHIP,
                member_id,
                name,
                department,
                "",
                f"困难职工（{hardship_type or '未填类型'}），{today.year}年尚未走访慰问",
                HARDSHIP_KIND,
                today.year,
            )
        )
    order = {BIRTHDAY: 0, RETIREMENT: 1, HOSPITAL_FOLLOW_UP: 2, HARDSHIP: 3}
    events.sort(key=lambda e: (order[e.event], e.date, e.name))
    return events
