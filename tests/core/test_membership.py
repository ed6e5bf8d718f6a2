"""Reading a status history with unknown dates: the range each date may lie in, and a period's outcome."""

from __future__ import annotations

import pytest

from unionclerk.core.members import JOIN_DATE_UNKNOWN
from unionclerk.core.membership import (
    DatedEntry,
    PeriodOutcome,
    UnknownDate,
    dated_entries,
    day_before,
    entry_on,
    is_retirement,
    period_outcome,
    status_on,
    uncertain_entry,
)


def ranges(entries: list[DatedEntry]) -> list[tuple[str, str, str]]:
    return [(e.status, e.low, e.high) for e in entries]


def test_known_dates_are_their_own_range() -> None:
    entries = dated_entries(
        [("在会", "2010-01-01", "2026-01-05 10:00:00", "入会"), ("转出", "2020-05-01", None, "调动")], None
    )
    assert ranges(entries) == [("在会", "2010-01-01", "2010-01-01"), ("转出", "2020-05-01", "2020-05-01")]
    assert [e.reason for e in entries] == ["入会", "调动"]


def test_an_unknown_join_date_lies_after_birth_and_by_the_day_recorded() -> None:
    (joining,) = dated_entries([("在会", JOIN_DATE_UNKNOWN, "2026-01-05 10:00:00", "入会")], "1990-12-31")
    assert (joining.low, joining.high) == ("1991-01-01", "2026-01-05")
    (no_birth,) = dated_entries([("在会", None, "2026-01-05 10:00:00", "")], None)
    assert (no_birth.low, no_birth.high) == ("0001-01-01", "2026-01-05")
    (never_recorded,) = dated_entries([("在会", None, None, "")], None)
    assert never_recorded.high == "9999-12-31"
    (bad_birth,) = dated_entries([("在会", None, "2026-01-05", "")], "1990-02-30")
    assert bad_birth.low == "0001-01-01"  # a malformed birth date bounds nothing
    (born_later,) = dated_entries([("在会", None, "2026-01-05", "")], "2030-01-01")
    assert (born_later.low, born_later.high) == ("2026-01-05", "2026-01-05")  # never a range upside down


def test_an_unknown_status_date_lies_between_its_neighbours() -> None:
    entries = dated_entries(
        [
            ("在会", "2010-01-01", "2026-01-05", "入会"),
            ("转出", None, "2026-01-05", ""),
            ("在会", "2024-04-01", "2026-03-01", "调回"),
        ],
        "1980-01-01",
    )
    assert ranges(entries) == [
        ("在会", "2010-01-01", "2010-01-01"),
        ("转出", "2010-01-01", "2024-04-01"),
        ("在会", "2024-04-01", "2024-04-01"),
    ]
    unknown_first = dated_entries([("转出", None, "2026-01-05", "")], None)
    assert ranges(unknown_first) == [("转出", "0001-01-01", "2026-01-05")]


def test_status_on_a_day_and_straddling() -> None:
    entries = dated_entries(
        [
            ("在会", "2010-01-01", None, "入会"),
            ("转出", None, "2020-06-30", ""),
            ("已故", "2022-01-01", None, ""),
        ],
        None,
    )
    assert uncertain_entry(entries, ["2009-12-31"]) is None
    assert status_on(entries, "2009-12-31") is None and entry_on(entries, "2009-12-31") is None
    assert uncertain_entry(entries, ["2010-01-01"]) == 1  # the transfer may be that very day
    assert uncertain_entry(entries, ["2015-06-01", "2000-01-01"]) == 1
    assert uncertain_entry(entries, ["2020-06-30"]) is None
    assert status_on(entries, "2020-06-30") == "转出"
    assert status_on(entries, "2022-01-01") == "已故"
    assert day_before("2026-03-01") == "2026-02-28" and day_before("0001-01-01") == "0000-12-31"


def test_period_outcomes() -> None:
    entries = dated_entries(
        [("在会", "2010-01-01", None, "入会"), ("保留会籍", "2024-06-30", None, "退休")], None
    )
    retired = period_outcome(entries, "2024-01-01", "2024-12-31")
    assert retired == PeriodOutcome("在会", "保留会籍", False, "退休")
    assert (retired.in_service_at_start, retired.in_service_at_end, retired.joined, retired.left_to) == (
        True,
        False,
        False,
        "保留会籍",
    )
    quiet = period_outcome(entries, "2025-01-01", "2025-12-31")
    assert (quiet.joined, quiet.left_to, quiet.after_reason) == (False, None, "退休")
    brief = period_outcome(
        dated_entries([("在会", "2024-03-01", None, ""), ("转出", "2024-10-01", None, "")], None),
        "2024-01-01",
        "2024-12-31",
    )
    assert (brief.served_within, brief.joined, brief.left_to) == (True, True, "转出")
    staying = period_outcome(entries, "2011-01-01", "2011-12-31")
    assert (staying.joined, staying.left_to) == (False, None)
    with pytest.raises(UnknownDate) as unknown:
        period_outcome(dated_entries([("在会", None, "2026-01-05", "")], None), "2024-01-01", "2024-12-31")
    assert unknown.value.joining is True and "join" in str(unknown.value)
    with pytest.raises(UnknownDate) as status_unknown:
        period_outcome(
            dated_entries([("在会", "2010-01-01", None, ""), ("转出", None, "2026-01-05", "")], None),
            "2024-01-01",
            "2024-12-31",
        )
    assert status_unknown.value.joining is False and "status" in str(status_unknown.value)


def test_only_retained_with_the_reason_retirement_is_a_retirement() -> None:
    assert is_retirement("保留会籍", "退休")
    assert is_retirement("保留会籍", "到龄退休")
    assert not is_retirement("保留会籍", "失业")
    assert not is_retirement("转出", "退休")


def test_entries_on_the_edges_of_a_period() -> None:
    # Joined and left on the day before the period: nothing of it in the period.
    before = dated_entries([("在会", "2023-12-31", None, ""), ("转出", "2023-12-31", None, "")], None)
    outcome = period_outcome(before, "2024-01-01", "2024-12-31")
    assert (outcome.served_within, outcome.joined, outcome.left_to) == (False, False, None)
    # Joined and left on the last day of the period: in service within it, so joined and left.
    last = dated_entries([("在会", "2024-12-31", None, ""), ("转出", "2024-12-31", None, "")], None)
    outcome = period_outcome(last, "2024-01-01", "2024-12-31")
    assert (outcome.served_within, outcome.joined, outcome.left_to) == (True, True, "转出")


def test_the_reason_of_an_entry_of_unknown_date_is_kept() -> None:
    entries = dated_entries(
        [("在会", "2024-01-10", "2026-01-05", "入会"), ("保留会籍", None, "2026-01-05", "退休")], "1960-01-01"
    )
    assert [e.reason for e in entries] == ["入会", "退休"]
    outcome = period_outcome(entries, "2024-01-01", "2026-12-31")
    assert (outcome.joined, outcome.left_to, outcome.after_reason) == (True, "保留会籍", "退休")
    assert (
        period_outcome(
            dated_entries([("在会", None, "2026-01-05", "入会")], None), "0001-01-01", "2026-12-31"
        ).after_reason
        == "入会"
    )
