"""Member figures by person: the issue's own cases, retirees apart, unknown dates, 入会率, and the identity
start + joined − left = end over random histories (checked against a day-by-day reading of the history)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionclerk.core.members import ACTIVE, JOIN_DATE_UNKNOWN, STATUSES, FieldErrors, Member
from unionclerk.core.settings import Settings
from unionclerk.reports.members import (
    LEFT_REASONS,
    REASON_KEYS,
    MemberFigures,
    member_figures,
    period,
)
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import save_settings

D = dt.date.fromisoformat
YEAR_2024 = (D("2024-01-01"), D("2024-12-31"))


def person(members: MemberStore, name: str, join: str | None, sex: str = "男", **extra: object) -> int:
    return members.add(Member(name=name, join_date=join, sex=sex, **extra))  # type: ignore[arg-type]


def no_left(**counts: int) -> dict[str, int]:
    return {key: counts.get(key, 0) for key in REASON_KEYS}


def test_the_issue_union_reconciles(store: Store, members: MemberStore) -> None:
    """9 members at the end of 2023; a correction, a rejoin, retirements: every year adds up, by person."""
    ids = [person(members, f"老会员{n}", "2015-03-01") for n in range(9)]
    corrected = ids[0]
    members.change_status(corrected, "转出", "2024-02-01", "调动")
    members.change_status(corrected, "退会", "2024-03-01", "更正：本人申请退会")
    members.change_status(ids[1], "保留会籍", "2024-06-30", "退休")
    members.change_status(ids[2], "已故", "2024-08-08")
    gone_2023 = person(members, "回来的人", "2016-01-01")
    members.change_status(gone_2023, "转出", "2023-05-01")
    members.change_status(gone_2023, ACTIVE, "2024-04-01", "调回")
    person(members, "新人", "2024-09-01", sex="女")

    year = member_figures(store, *YEAR_2024)
    assert (year.start, year.joined, year.end) == (9, 2, 8)
    assert year.left == no_left(resigned=1, retired=1, died=1)
    assert year.start + year.joined - year.left_total == year.end
    assert (year.retirees, year.members, year.women) == (1, 9, 1)
    before = member_figures(store, D("2023-01-01"), D("2023-12-31"))
    assert (before.start, before.joined, before.left_total, before.end) == (10, 0, 1, 9)
    assert before.left == no_left(transferred=1)


def test_a_member_who_joins_and_leaves_within_the_period_counts_both_ways(
    store: Store, members: MemberStore
) -> None:
    brief = person(members, "短期", "2024-03-01")
    members.change_status(brief, "转出", "2024-10-01")
    stayed = person(members, "在职", "2020-03-01")
    members.change_status(stayed, "转出", "2024-02-01")
    members.change_status(stayed, ACTIVE, "2024-05-01", "调回")
    year = member_figures(store, *YEAR_2024)
    assert (year.start, year.joined, year.left, year.end) == (1, 1, no_left(transferred=1), 1)
    first_half = member_figures(store, *period(2024, 1))
    assert (first_half.start, first_half.joined, first_half.left_total, first_half.end) == (1, 1, 0, 2)
    second_half = member_figures(store, *period(2024, 2))
    assert (second_half.start, second_half.joined, second_half.left_total, second_half.end) == (2, 0, 1, 1)


def test_retirees_are_apart_from_in_service_members_and_return_as_joining(
    store: Store, members: MemberStore
) -> None:
    retiree = person(members, "退休者", "2000-01-01", sex="女", hardship=True)
    members.change_status(retiree, "保留会籍", "2024-06-30", "退休")
    person(members, "在职者", "2000-01-01", sex="女", hardship=True)
    year = member_figures(store, *YEAR_2024)
    assert (year.end, year.retirees, year.members, year.women, year.hardship) == (1, 1, 2, 1, 1)
    assert year.left == no_left(retired=1)
    # Re-employed after retiring: back in service, a rejoining.
    members.change_status(retiree, ACTIVE, "2025-03-01", "返聘")
    later = member_figures(store, D("2025-01-01"), D("2025-12-31"))
    assert (later.start, later.joined, later.end, later.retirees) == (1, 1, 2, 0)
    # A retiree who dies leaves no in-service figure.
    other = person(members, "老退休", "1990-01-01")
    members.change_status(other, "保留会籍", "2010-01-01", "退休")
    members.change_status(other, "已故", "2025-05-05")
    assert member_figures(store, D("2025-01-01"), D("2025-12-31")).left == no_left()


def test_join_rate_is_in_service_over_staff_one_decimal(store: Store, members: MemberStore) -> None:
    for n in range(7):
        person(members, f"会员{n}", "2020-01-01")
    retiree = person(members, "退休", "2000-01-01")
    members.change_status(retiree, "保留会籍", "2021-01-01", "退休")
    assert member_figures(store, *YEAR_2024).join_rate is None
    save_settings(store, Settings(staff_count=9))
    figures = member_figures(store, *YEAR_2024)
    assert figures.staff == 9
    assert str(figures.join_rate) == "77.8"  # 7 / 9 = 77.777…, half up; the retiree is not in service
    assert figures.to_json()["join_rate"] == 77.8
    save_settings(store, Settings(staff_count=8))
    assert str(member_figures(store, *YEAR_2024).join_rate) == "87.5"
    save_settings(store, Settings(staff_count=16))
    assert str(member_figures(store, *YEAR_2024).join_rate) == "43.8"  # 43.75 rounds half up


def test_unknown_join_date_is_left_out_where_it_matters_and_said(store: Store, members: MemberStore) -> None:
    person(members, "有日期", "2020-01-01")
    unknown = members.add(Member(name="不详", sex="女", birth_date="1990-05-05"))
    before_birth = member_figures(store, D("1985-01-01"), D("1985-12-31"))
    assert (before_birth.start, before_birth.end, before_birth.unknown_join) == (0, 0, ())
    year = member_figures(store, *YEAR_2024)
    assert (year.start, year.end, year.unknown_join) == (1, 1, (unknown,))
    assert year.unknown_sentence() == "另有 1 人入会日期不详，未计入以上人数"
    assert year.to_json()["unknown_dates"] == {"join_date": 1, "status_date": 0}
    # A dated change after the unknown joining bounds it: after the change the figures are known.
    members.change_status(unknown, "转出", "2025-03-01")
    assert member_figures(store, *YEAR_2024).unknown_join == (unknown,)
    later = member_figures(store, D("2025-06-01"), D("2025-12-31"))
    assert (later.start, later.end, later.unknown_join, later.unknown_sentence()) == (1, 1, (), "")


def test_to_json_has_the_stable_keys(store: Store, members: MemberStore) -> None:
    person(members, "甲", "2024-05-01")
    data = member_figures(store, *YEAR_2024).to_json()
    assert set(data) >= {
        "start", "joined", "left", "end", "retirees", "women", "hardship", "staff", "join_rate", "unknown_dates"
    }  # fmt: skip
    assert data["left"] == no_left()
    assert (data["start"], data["joined"], data["end"], data["from"], data["to"]) == (
        0, 1, 1, "2024-01-01", "2024-12-31"
    )  # fmt: skip
    assert data["join_rate"] is None


def test_periods_and_bad_periods(store: Store) -> None:
    assert period(2026) == (D("2026-01-01"), D("2026-12-31"))
    assert period(2026, 1) == (D("2026-01-01"), D("2026-06-30"))
    assert period(2026, 2) == (D("2026-07-01"), D("2026-12-31"))
    with pytest.raises(ValueError, match="半年"):
        period(2026, 3)
    with pytest.raises(ValueError, match="早于"):
        member_figures(store, D("2026-02-01"), D("2026-01-31"))
    single_day = member_figures(store, D("2026-01-01"), D("2026-01-01"))
    assert isinstance(single_day, MemberFigures) and single_day.end == 0


# -- the identity over random histories --------------------------------------------------------------

# Few distinct days (year and half-year ends and starts, and days next to them), so that entries fall on
# period boundaries, on each other's days and on the day before a period often.
DAYS = st.sampled_from(
    [
        dt.date(year, month, day)
        for year in (2019, 2020, 2021)
        for month, day in ((1, 1), (1, 2), (6, 30), (7, 1), (12, 30), (12, 31))
    ]
)
MAYBE_DAY = st.one_of(st.none(), DAYS, DAYS)  # None: the date is not known
CHANGE = st.tuples(st.sampled_from(STATUSES), MAYBE_DAY, st.booleans())  # status, date, back-dated allowed
HISTORY = st.tuples(
    st.one_of(st.none(), DAYS, DAYS),  # join date, None = unknown
    st.sampled_from(STATUSES),  # status when added
    MAYBE_DAY,  # its date
    st.lists(CHANGE, max_size=4),  # later changes: back-dated, corrections, rejoins, same-day, undated
)
BIRTH = "1980-01-01"
EXAMPLES = 15 if os.environ.get("UNIONCLERK_MUTATION") else 60  # mutation runs repeat it for every mutant


def _resolved(history: list[tuple[str, str | None, str]], earliest: bool) -> list[tuple[str, str, str]]:
    """The history with every unknown date put as early (or as late) as it can be: after the entry before
    it (after the birth, for the joining), no later than the entry after it or today (the day recorded)."""
    dates = [None if d in (None, JOIN_DATE_UNKNOWN) else d for _, d, _ in history]
    if earliest:
        for i, date in enumerate(dates):
            dates[i] = date or (dates[i - 1] if i else "1980-01-02")
    else:
        for i in reversed(range(len(dates))):
            dates[i] = dates[i] or (dates[i + 1] if i + 1 < len(dates) else dt.date.today().isoformat())
    return [(status, str(date), reason) for (status, _, reason), date in zip(history, dates, strict=True)]


def _entry_on(history: list[tuple[str, str, str]], day: str) -> tuple[str, str, str] | None:
    """Day-by-day reading: the last entry (by date, then order entered) dated on or before the day."""
    found = None
    for entry in history:
        if entry[1] <= day:
            found = entry
    return found


def _status_on(history: list[tuple[str, str, str]], day: str) -> str | None:
    entry = _entry_on(history, day)
    return entry[0] if entry else None


def _outcome(
    history: list[tuple[str, str, str]], before: str, last: str
) -> tuple[bool, bool, bool, str | None]:
    """(in service at the start, at the end, joined, reason key of leaving) of one resolved history."""
    at_start, at_end = _status_on(history, before), _entry_on(history, last)
    served = any(status == ACTIVE and before < date <= last for status, date, _ in history)
    start, end = at_start == ACTIVE, at_end is not None and at_end[0] == ACTIVE
    joined = not start and (end or served)
    left = None
    if at_end is not None and not end and (start or served):
        retired = at_end[0] == "保留会籍" and "退休" in at_end[2]
        left = "retired" if retired else LEFT_REASONS[at_end[0]]
    return start, end, joined, left


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    histories=st.lists(HISTORY, min_size=1, max_size=8),
    periods=st.lists(st.tuples(DAYS, DAYS), min_size=1, max_size=4),
)
def test_start_plus_joined_minus_left_is_end_for_every_period(
    histories: list[tuple[dt.date | None, str, dt.date | None, list[tuple[str, dt.date | None, bool]]]],
    periods: list[tuple[dt.date, dt.date]],
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "u.db", daily_backup=False) as store,
    ):
        members = MemberStore(store)
        for n, (join, status, status_date, changes) in enumerate(histories):
            iso_join = join.isoformat() if join else None
            dated = status_date.isoformat() if status_date else None
            if iso_join and dated and dated < iso_join:
                dated = iso_join
            member_id = members.add(
                Member(
                    name=f"会员{n}", join_date=iso_join, status=status, status_date=dated, birth_date=BIRTH
                )
            )
            for change, day, back_dated in changes:
                with contextlib.suppress(FieldErrors):
                    when = day.isoformat() if day else None
                    reason = "退休" if back_dated else "失业"
                    members.change_status(member_id, change, when, reason, back_dated=back_dated)
        histories_read = {
            m.id: [(c.status, c.date, c.reason) for c in members.history(m.id or 0)]
            for m in members.iter_members()
        }
        for first, second in periods:
            start, end = min(first, second), max(first, second)
            figures = member_figures(store, start, end)
            assert figures.start + figures.joined - figures.left_total == figures.end
            assert all(n >= 0 for n in figures.left.values())

            # The same figures read day by day from each history, for the people the report included: with
            # every unknown date as early as it can be, and as late, the outcome must be the same.
            before, last = (start - dt.timedelta(days=1)).isoformat(), end.isoformat()
            left_out = set(figures.unknown_join) | set(figures.unknown_status)
            assert not left_out & set(figures.unknown_join) & set(figures.unknown_status)
            expected = {"start": 0, "end": 0, "joined": 0, "retirees": 0}
            expected_left = dict.fromkeys(REASON_KEYS, 0)
            for member_id, history in histories_read.items():
                if all(date not in (None, JOIN_DATE_UNKNOWN) for _, date, _ in history):
                    assert member_id not in left_out  # every date known: never left out
                if member_id in left_out:
                    continue
                early = _outcome(_resolved(history, earliest=True), before, last)
                late = _outcome(_resolved(history, earliest=False), before, last)
                assert early == late, (history, before, last)
                in_start, in_end, joined, left = early
                expected["start"] += in_start
                expected["end"] += in_end
                expected["joined"] += joined
                expected["retirees"] += _status_on(_resolved(history, earliest=True), last) == "保留会籍"
                if left:
                    expected_left[left] += 1
            assert (figures.start, figures.end, figures.joined, figures.retirees) == tuple(expected.values())
            assert figures.left == expected_left


def test_the_demo_union_reads_like_the_seed(store: Store) -> None:
    from unionclerk.store.demo import build_demo, demo_year

    build_demo(store)
    figures = member_figures(store, *period(demo_year(dt.date.today())))
    # 篇4: "现有职工会员78人，年内新增4名会员，退休1名会员"
    assert (figures.start, figures.joined, figures.left, figures.end) == (74, 4, no_left(retired=1), 77)
    assert (figures.retirees, figures.members, figures.women, figures.staff) == (1, 78, 44, 82)
    assert str(figures.join_rate) == "93.9"
    text = figures.to_text()
    assert "期末在职会员：77 人" in text and "入会率：93.9%" in text and "退休（保留会籍） 1" in text


def test_only_a_retirement_counts_as_retired(store: Store, members: MemberStore) -> None:
    retired = person(members, "退休", "2000-01-01")
    members.change_status(retired, "保留会籍", "2024-06-30", "退休")
    out_of_work = person(members, "失业", "2000-01-01")
    members.change_status(out_of_work, "保留会籍", "2024-03-01", "失业")
    year = member_figures(store, *YEAR_2024)
    assert year.left == no_left(retired=1, retained=1)
    assert year.retirees == 2  # both keep their membership
    assert [m.name for m in members.retired_between("2024-01-01", "2024-12-31")] == ["退休"]
    assert "保留会籍（失业等） 1" in year.to_text() and "退休（保留会籍） 1" in year.to_text()


def test_the_text_in_full_and_both_kinds_of_unknown_date(store: Store, members: MemberStore) -> None:
    person(members, "在职", "2020-01-01", sex="女", hardship=True)
    gone = person(members, "调走", "2020-01-01")
    members.change_status(gone, "转出", "2024-05-01", "调动")
    members.add(Member(name="入会不详", sex="男"))
    person(members, "状态不详", "2020-01-01", status="已故")
    figures = member_figures(store, *YEAR_2024)
    assert figures.unknown_sentence() == "另有 1 人入会日期不详、1 人会籍变动日期不详，未计入以上人数"
    assert figures.to_text().splitlines() == [
        "期间：2024-01-01 至 2024-12-31",
        "期初在职会员：2 人",
        "本期入会（含重新入会）：0 人",
        "本期减少：1 人（转出 1）",
        "期末在职会员：1 人（期初 2 + 入会 0 − 减少 1）",
        "保留会籍（退休等）：0 人；会员合计 1 人",
        "女会员：1 人",
        "困难职工：1 人",
        "职工总数：未设置",
        "入会率：未设置职工总数，无法计算",
        "另有 1 人入会日期不详、1 人会籍变动日期不详，未计入以上人数。",
    ]
    assert figures.to_json() == {
        "from": "2024-01-01",
        "to": "2024-12-31",
        "start": 2,
        "joined": 0,
        "left": no_left(transferred=1),
        "end": 1,
        "retirees": 0,
        "members": 1,
        "women": 1,
        "hardship": 1,
        "staff": 0,
        "join_rate": None,
        "unknown_dates": {"join_date": 1, "status_date": 1},
    }
    nothing_left = member_figures(store, D("2021-01-01"), D("2021-12-31"))
    assert "本期减少：0 人（无）" in nothing_left.to_text()


@pytest.mark.parametrize(
    ("status", "key", "label"),
    [
        ("退会", "resigned", "退会"),
        ("自动退会", "resigned", "退会"),
        ("开除会籍", "expelled", "开除会籍"),
        ("已故", "died", "已故"),
    ],
)
def test_each_way_of_leaving(store: Store, members: MemberStore, status: str, key: str, label: str) -> None:
    member_id = person(members, "某人", "2020-01-01")
    members.change_status(member_id, status, "2024-03-03")
    figures = member_figures(store, *YEAR_2024)
    assert figures.left == no_left(**{key: 1}) and figures.left_total == 1
    assert f"本期减少：1 人（{label} 1）" in figures.to_text()


def test_periods_and_what_is_refused(store: Store) -> None:
    from unionclerk.reports.members import period

    assert [period(2025), period(2025, 1), period(2025, 2)] == [
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
        (dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
    ]
    with pytest.raises(ValueError) as half:
        period(2025, 3)
    assert str(half.value) == "半年应为 1 或 2，不是 3"
    with pytest.raises(ValueError) as order:
        member_figures(store, dt.date(2025, 5, 2), dt.date(2025, 5, 1))
    assert str(order.value) == "期间结束日期 2025-05-01 早于开始日期 2025-05-02"
    one_day = member_figures(store, dt.date(2025, 5, 1), dt.date(2025, 5, 1))  # one day is a period
    assert (one_day.start_date, one_day.end_date, one_day.members) == ("2025-05-01", "2025-05-01", 0)


def test_two_people_leaving_for_one_reason_count_two(store: Store, members: MemberStore) -> None:
    ids = [members.add(Member(name=name, join_date="2010-01-01")) for name in ("张三", "李四", "王五")]
    members.change_status(ids[0], "转出", "2024-03-01", "调动")
    members.change_status(ids[1], "转出", "2024-09-01", "调动")
    figures = member_figures(store, *YEAR_2024)
    assert (figures.start, figures.left, figures.end) == (
        3,
        {"retired": 0, "retained": 0, "transferred": 2, "resigned": 0, "expelled": 0, "died": 0},
        1,
    )
