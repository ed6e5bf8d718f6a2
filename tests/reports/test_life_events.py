"""The life-events panel's lines: birthdays, retirement ages (settings), hospital follow-ups, 困难职工 unvisited."""

from __future__ import annotations

import datetime as dt

from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.core.visits import Visit
from unionclerk.reports.life_events import BIRTHDAY, HARDSHIP, HOSPITAL_FOLLOW_UP, RETIREMENT, life_events
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
