"""Reading a member's status history as of a day, when some of its dates are unknown.

A history is a list of entries (status, date, recorded, reason), oldest first. The first entry is the joining (在会).
A date may be unknown: an unknown join date (None or JOIN_DATE_UNKNOWN) lies after the birth date (any time,
without one) and no later than the day it was recorded; an unknown status date lies after the entry before it
and no later than the day it was recorded. A later dated entry narrows both. The status on a day is known
unless some entry's range straddles that day; then the person is left out of any figure needing that day.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from unionclerk.core.members import ACTIVE, JOIN_DATE_UNKNOWN, RETAINED

RETIREMENT = "退休"  # the reason that makes a move to 保留会籍 a retirement (others: 失业, 待岗, 出国 ...)
EARLIEST = "0001-01-01"
LATEST = "9999-12-31"


@dataclass
class DatedEntry:
    """One history entry and the earliest (low) and latest (high) day its date can be."""

    status: str
    low: str
    high: str
    reason: str = ""


def dated_entries(
    history: Sequence[tuple[str, str | None, str | None, str]], birth_date: str | None
) -> list[DatedEntry]:
    """(status, date or None, day recorded or None, reason) oldest first -> the range each date may lie in."""
    entries: list[DatedEntry] = []
    for index, (status, date, recorded, reason) in enumerate(history):
        latest = (recorded or LATEST)[:10]
        if index == 0 and date in (None, JOIN_DATE_UNKNOWN):
            low = _day_after(birth_date) if birth_date else EARLIEST
            entries.append(DatedEntry(status, low, latest, reason))
        elif date is None:
            entries.append(DatedEntry(status, entries[-1].low if entries else EARLIEST, latest, reason))
        else:
            entries.append(DatedEntry(status, date, date, reason))
    # An entry is no later than the ones after it, and no earlier than the ones before it.
    for later, earlier in itertools.pairwise(reversed(entries)):
        earlier.high = min(earlier.high, later.high)
    for earlier, later in itertools.pairwise(entries):
        later.low = max(later.low, earlier.low)
    for entry in entries:
        entry.low = min(entry.low, entry.high)
    return entries


def _day_after(iso: str) -> str:
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()
    except ValueError:  # a malformed stored birth date bounds nothing
        return EARLIEST


def day_before(iso: str) -> str:
    """The ISO day before `iso`; before the first day of the calendar, a day earlier than any entry."""
    day = dt.date.fromisoformat(iso)
    return "0000-12-31" if day == dt.date.min else (day - dt.timedelta(days=1)).isoformat()


def uncertain_entry(entries: Sequence[DatedEntry], days: Sequence[str]) -> int | None:
    """The index of the first entry whose date could fall on either side of one of `days`, else None."""
    for index, entry in enumerate(entries):
        if any(entry.low <= day < entry.high for day in days):
            return index
    return None


def entry_on(entries: Sequence[DatedEntry], day: str) -> DatedEntry | None:
    """The entry in force at the end of `day` (None: not yet joined), given no entry straddles the day."""
    found = None
    for entry in entries:
        if entry.high <= day:
            found = entry
    return found


def status_on(entries: Sequence[DatedEntry], day: str) -> str | None:
    """The status held at the end of `day` (None: not yet joined), given no entry straddles the day."""
    entry = entry_on(entries, day)
    return entry.status if entry else None


@dataclass(frozen=True)
class PeriodOutcome:
    """What a period did to one person: status the day before it and on its last day; in service within it."""

    before: str | None
    after: str | None
    served_within: bool  # an 在会 entry dated inside the period
    after_reason: str = ""  # the reason recorded with the status held at the end

    @property
    def in_service_at_start(self) -> bool:
        return self.before == ACTIVE

    @property
    def in_service_at_end(self) -> bool:
        return self.after == ACTIVE

    @property
    def joined(self) -> bool:
        """Not in service at the start and in service at the end, or in service only within the period."""
        return not self.in_service_at_start and (self.in_service_at_end or self.served_within)

    @property
    def left_to(self) -> str | None:
        """The status a person who left service holds at the end (they count once, whatever came between)."""
        if self.in_service_at_end:
            return None
        if self.in_service_at_start or self.served_within:
            return self.after
        return None


def is_retirement(status: str, reason: str) -> bool:
    """A move to 保留会籍 recorded with the reason 退休 (保留会籍 is also kept while out of work)."""
    return status == RETAINED and RETIREMENT in reason


class UnknownDate(Exception):
    """The outcome of a period depends on a date that is not known; joining is True for the join date."""

    def __init__(self, joining: bool) -> None:
        super().__init__("join date unknown" if joining else "status date unknown")
        self.joining = joining


def period_outcome(entries: Sequence[DatedEntry], first_day: str, last_day: str) -> PeriodOutcome:
    """The outcome of [first_day, last_day] for one history; UnknownDate when it hangs on an unknown date."""
    before = day_before(first_day)
    uncertain = uncertain_entry(entries, (before, last_day))
    if uncertain is not None:
        raise UnknownDate(joining=uncertain == 0)
    served = any(e.status == ACTIVE and before < e.low and e.high <= last_day for e in entries)
    at_end = entry_on(entries, last_day)
    return PeriodOutcome(
        status_on(entries, before), at_end.status if at_end else None, served, at_end.reason if at_end else ""
    )
