"""The life-events panel's lines: birthdays, retirement ages (settings), hospital follow-ups, 困难职工 unvisited."""

from __future__ import annotations

import datetime as dt

from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.core.visits import Visit
from unionclerk.reports.life_events import (
    BIRTHDAY,
    HARDSHIP,
    HOSPITAL_FOLLOW_UP,
    RETIREMENT,
    LifeEvent,
    life_events,
)
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitStore

TODAY = dt.date(2026, 11, 20)


def _events(store: Store, settings: Settings | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for event in life_events(store, settings or Settings(), TODAY):
        found.setdefault(event.event, []).append(event.name)
    return found


def test_birthdays_this_month_and_next_30_days(store: Store, members: MemberStore) -> None:
    members.add(Member(name="本月早", birth_date="1990-11-02", join_date="2015-01-01"))
    members.add(Member(name="下月初", birth_date="1990-12-15", join_date="2015-01-01"))
    members.add(Member(name="太远", birth_date="1990-12-25", join_date="2015-01-01"))
    left = members.add(Member(name="已转出", birth_date="1990-11-25", join_date="2015-01-01"))
    members.change_status(left, "转出", "2026-01-01")
    assert _events(store)[BIRTHDAY] == ["本月早", "下月初"]


def test_retirement_age_by_sex_and_category_is_a_setting(store: Store, members: MemberStore) -> None:
    members.add(Member(name="老男", sex="男", birth_date="1966-12-20", join_date="1990-01-01"))
    members.add(
        Member(
            name="女干部", sex="女", staff_category="在编", birth_date="1971-12-01", join_date="1995-01-01"
        )
    )
    members.add(
        Member(name="女工", sex="女", staff_category="合同", birth_date="1976-12-01", join_date="1995-01-01")
    )
    assert sorted(_events(store)[RETIREMENT]) == sorted(["女干部", "女工", "老男"])
    later = Settings(retire_age_male=63, retire_age_female_cadre=58, retire_age_female_worker=55)
    assert RETIREMENT not in _events(store, later)


def test_hospital_follow_up_and_hardship(store: Store, members: MemberStore) -> None:
    ill = members.add(Member(name="病号", join_date="2015-01-01"))
    seen = members.add(Member(name="已回访", join_date="2015-01-01"))
    recent = members.add(Member(name="刚住院", join_date="2015-01-01"))
    poor = members.add(Member(name="困难甲", hardship=True, hardship_type="因病", join_date="2015-01-01"))
    helped = members.add(Member(name="困难乙", hardship=True, join_date="2015-01-01"))
    visits = VisitStore(store)
    visits.add(Visit(date="2026-09-01", kind="生病住院", member_id=ill, goods="水果", goods_fen=100))
    visits.add(Visit(date="2026-09-01", kind="生病住院", member_id=seen, goods="水果", goods_fen=100))
    visits.add(Visit(date="2026-10-01", kind="其他", member_id=seen, notes="出院回访"))
    visits.add(Visit(date="2026-11-10", kind="生病住院", member_id=recent, goods="水果", goods_fen=100))
    visits.add_batch(date="2026-09-20", festival="中秋", goods="月饼", goods_fen=100, member_ids=[poor])
    visits.add(Visit(date="2026-01-20", kind="困难帮扶", member_id=helped, cash_fen=100000))
    events = _events(store)
    assert events[HOSPITAL_FOLLOW_UP] == ["病号"]
    assert events[HARDSHIP] == ["困难甲"]  # a festival gift is not a visit


def test_every_line_in_full_with_the_edges_of_each_window(store: Store, members: MemberStore) -> None:
    """Each event whole (kind, who, date, the panel's text, the visit it proposes, the number), in the panel's
    order; one day either side of each window (30 days of birthdays, 90 of retirement, 30–365 of hospital)."""

    def add(name: str, **fields: object) -> int:
        return members.add(Member(name=name, join_date="1995-01-01", **fields))  # type: ignore[arg-type]

    first = add("一号", birth_date="1990-11-01")  # the first day of the month, already past
    early = add("本月早", birth_date="1990-11-02", department="检验科")
    today = add("今天退休", sex="男", birth_date="1966-11-20")  # 60 today
    late = add("赵六", birth_date="1990-12-20")  # a birthday on the day 老男 retires: birthdays come first
    kept = add(
        "保留男", sex="男", birth_date="1966-12-10", status="保留会籍"
    )  # a birthday, but retired already
    edge = add("满三十天", birth_date="1990-12-20")
    add("三十一天", birth_date="1990-12-21")
    man = add("老男", sex="男", birth_date="1966-12-20")
    cadre = add("女干部", sex="女", staff_category="在编", birth_date="1972-02-18")  # 55 on the 90th day
    add("女工", sex="女", staff_category="合同", birth_date="1977-02-19")  # 50 on the 91st day
    unknown_sex = add("无性别", birth_date="1976-12-01")  # no sex: a birthday (50), no retirement age
    ill = add("病号")
    month = add("满月")
    add("二十九天")
    year = add("一年前")
    add("超过一年")
    poor = add("困难丁", hardship=True, hardship_type="因病")
    untyped = add("困难甲", hardship=True)
    visits = VisitStore(store)
    for member_id, date in [(ill, "2026-09-01"), (month, "2026-10-21"), (year, "2025-11-20")]:
        visits.add(Visit(date=date, kind="生病住院", member_id=member_id, goods="水果", goods_fen=100))
    for name, date in [("二十九天", "2026-10-22"), ("超过一年", "2025-11-19")]:
        member_id = members.find_by_name(name)[0].id or 0
        visits.add(Visit(date=date, kind="住院手术", member_id=member_id, cash_fen=100))
    found = life_events(store, Settings(), TODAY)
    assert found == [
        LifeEvent(BIRTHDAY, first, "一号", "", "2026-11-01", "11月1日 36岁生日（本月）", "生日", 36),
        LifeEvent(BIRTHDAY, early, "本月早", "检验科", "2026-11-02", "11月2日 36岁生日（本月）", "生日", 36),
        LifeEvent(BIRTHDAY, today, "今天退休", "", "2026-11-20", "11月20日 60岁生日（本月）", "生日", 60),
        LifeEvent(
            BIRTHDAY, unknown_sex, "无性别", "", "2026-12-01", "12月1日 50岁生日（30天内）", "生日", 50
        ),
        LifeEvent(BIRTHDAY, kept, "保留男", "", "2026-12-10", "12月10日 60岁生日（30天内）", "生日", 60),
        LifeEvent(BIRTHDAY, edge, "满三十天", "", "2026-12-20", "12月20日 36岁生日（30天内）", "生日", 36),
        LifeEvent(BIRTHDAY, man, "老男", "", "2026-12-20", "12月20日 60岁生日（30天内）", "生日", 60),
        LifeEvent(BIRTHDAY, late, "赵六", "", "2026-12-20", "12月20日 36岁生日（30天内）", "生日", 36),
        LifeEvent(
            RETIREMENT, today, "今天退休", "", "2026-11-20", "2026-11-20 满60岁，到达退休年龄", "退休", 60
        ),
        LifeEvent(RETIREMENT, man, "老男", "", "2026-12-20", "2026-12-20 满60岁，到达退休年龄", "退休", 60),
        LifeEvent(
            RETIREMENT, cadre, "女干部", "", "2027-02-18", "2027-02-18 满55岁，到达退休年龄", "退休", 55
        ),
        LifeEvent(
            HOSPITAL_FOLLOW_UP,
            year,
            "一年前",
            "",
            "2025-11-20",
            "2025-11-20 住院慰问后已过 365 天，尚未回访",
            "其他",
            365,
        ),
        LifeEvent(
            HOSPITAL_FOLLOW_UP,
            ill,
            "病号",
            "",
            "2026-09-01",
            "2026-09-01 住院慰问后已过 80 天，尚未回访",
            "其他",
            80,
        ),
        LifeEvent(
            HOSPITAL_FOLLOW_UP,
            month,
            "满月",
            "",
            "2026-10-21",
            "2026-10-21 住院慰问后已过 30 天，尚未回访",
            "其他",
            30,
        ),
        LifeEvent(HARDSHIP, poor, "困难丁", "", "", "困难职工（因病），2026年尚未走访慰问", "困难帮扶", 2026),
        LifeEvent(
            HARDSHIP, untyped, "困难甲", "", "", "困难职工（未填类型），2026年尚未走访慰问", "困难帮扶", 2026
        ),
    ]


def test_birthdays_across_the_new_year_and_on_29_february(store: Store, members: MemberStore) -> None:
    january = members.add(Member(name="元月", birth_date="1990-01-05", join_date="2015-01-01"))
    leap = members.add(Member(name="闰日", birth_date="2000-02-29", join_date="2015-01-01"))
    december = [
        (e.name, e.date, e.text)
        for e in life_events(store, Settings(), dt.date(2026, 12, 20))
        if e.event == BIRTHDAY
    ]
    assert december == [("元月", "2027-01-05", "1月5日 37岁生日（30天内）")]
    february = life_events(store, Settings(), dt.date(2027, 2, 10))
    assert february == [
        LifeEvent(BIRTHDAY, leap, "闰日", "", "2027-02-28", "2月28日 27岁生日（本月）", "生日", 27)
    ]
    assert january != leap
