"""The member roster in SQL: add, edit, status history, paged search, and the counts reports need."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from unionclerk.core.dates import today_iso
from unionclerk.core.members import (
    ACTIVE,
    JOIN_DATE_UNKNOWN,
    RETAINED,
    STATUSES,
    FieldErrors,
    Member,
    StatusChange,
)
from unionclerk.core.membership import (
    DatedEntry,
    PeriodOutcome,
    UnknownDate,
    dated_entries,
    is_retirement,
    period_outcome,
    status_on,
    uncertain_entry,
)
from unionclerk.core.messages import msg
from unionclerk.core.pinyin import pinyin_initials, pinyin_sort_key
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, RecordInUse

# Columns a Member maps to, in the order of the dataclass (id last).
_MEMBER_COLUMNS = [name for name in Member.field_names() if name != "id"]
# Up to this many members are named in a query (SQLite limits its parameters); more are filtered as read.
_FEW_MEMBERS = 500
_SELECT_MEMBER = "SELECT " + ", ".join(["id", *_MEMBER_COLUMNS]) + " FROM members"

# Sortable columns: key -> ORDER BY expression (names sort by pinyin).
SORTS = {
    "name": "name_pinyin, name",
    "sex": "sex",
    "birth_date": "birth_date",
    "department": "department",
    "position": "position",
    "phone": "phone",
    "id_number": "id_number",
    "join_date": "join_date",
    "status": "status",
    "political_status": "political_status",
    "staff_category": "staff_category",
    "hardship": "hardship",
}

# What the roster table shows, in order (the model gives them headers).
LIST_COLUMNS = (
    "name",
    "sex",
    "birth_date",
    "department",
    "position",
    "phone",
    "id_number",
    "join_date",
    "status",
    "political_status",
    "staff_category",
    "hardship",
)

MEMBERS_ONLY = "会员"  # status filter meaning 在会 + 保留会籍


@dataclass
class MemberQuery:
    """A search of the roster: typed text, status and department filters, sort order."""

    text: str = ""
    statuses: tuple[str, ...] = ()  # empty: every status
    department: str = ""
    sort: str = "name"
    descending: bool = False
    ids: tuple[int, ...] | None = field(default=None)

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        text = self.text.strip()
        if text:
            clause, values = search_predicate(text)
            clauses.append(clause)
            params.extend(values)
        if self.statuses:
            clauses.append(f"status IN ({', '.join('?' * len(self.statuses))})")
            params.extend(self.statuses)
        if self.department:
            clauses.append("department = ?")
            params.append(self.department)
        if self.ids is not None:
            clauses.append(f"id IN ({', '.join('?' * len(self.ids)) or 'NULL'})")
            params.extend(self.ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def order_by(self) -> str:
        expression = SORTS.get(self.sort, SORTS["name"])
        direction = " DESC" if self.descending else ""
        # Ties (same department, status, ...) list their names in pinyin order.
        tie_break = "" if self.sort == "name" else ", name_pinyin"
        return (
            " ORDER BY "
            + ", ".join(part.strip() + direction for part in expression.split(","))
            + tie_break
            + ", id"
        )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix_range(prefix: str) -> tuple[str, str]:
    """[prefix, next) so that an index answers a prefix search."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def pinyin_predicate(letters: str, table: str = "") -> tuple[str, list[object]]:
    """Members whose initials or whole pinyin start with the letters ('zs', 'zhangs' -> 张三).

    name_pinyin keeps a space between syllables for sorting; the search reads it without them.
    """
    low, high = _prefix_range(letters)
    initials, spelled = f"{table}name_initials", f"replace({table}name_pinyin, ' ', '')"
    return (
        f"(({initials} >= ? AND {initials} < ?) OR ({spelled} >= ? AND {spelled} < ?))",
        [low, high, low, high],
    )


def search_predicate(text: str) -> tuple[str, list[object]]:
    """SQL for search-as-you-type.

    Letters: pinyin initials or full pinyin prefix ('zs', 'zhangsan' -> 张三).
    Digits: phone number containing them, ID number ending with them, or the card number.
    Other text: name or department containing it.
    """
    lowered = text.lower().replace(" ", "")
    if lowered.isascii() and lowered.isalpha():
        return pinyin_predicate(lowered)
    if lowered.isascii() and lowered.rstrip("x").isdigit():
        like = _escape_like(lowered.upper())
        return (
            "(phone LIKE ? ESCAPE '\\' OR id_number LIKE ? ESCAPE '\\' OR card_no = ?)",
            [f"%{like}%", f"%{like}", text.strip()],
        )
    like = f"%{_escape_like(text.strip())}%"
    return "(name LIKE ? ESCAPE '\\' OR department LIKE ? ESCAPE '\\')", [like, like]


# A history entry to write: (status, date, reason, date_unknown). With date_unknown the date only places the
# entry after the one before it (schema v3).
_Entry = tuple[str, str, str, int]


class BackDatedChange(FieldErrors):
    """A dated change earlier than the member's latest entry: it would not become the current status.

    change_status(..., back_dated=True) records it in its place in the history all the same.
    """


@dataclass(frozen=True)
class PersonInPeriod:
    """What a period did to one member (see core.membership.PeriodOutcome); None when a date is unknown."""

    member_id: int
    sex: str | None
    hardship: bool
    outcome: PeriodOutcome | None
    unknown_join: bool = False


def _registered(other: Member) -> FieldErrors:
    """The refusal of a second member with another's ID number."""
    return FieldErrors(
        {
            "id_number": msg(
                "身份证号已登记：{name}（{department}）",
                name=other.name,
                department=other.department or msg("未填部门"),
            )
        }
    )


def _shown(row: tuple[int, str, str, int]) -> str:
    """The date of a history row from _history_rows, as the clerk reads it."""
    return msg("日期不详") if row[3] or row[2] == JOIN_DATE_UNKNOWN else row[2]


def _member_from_row(row: sqlite3.Row | tuple) -> Member:
    values = dict(zip(["id", *_MEMBER_COLUMNS], row, strict=True))
    values["hardship"] = bool(values["hardship"])
    return Member(**values)


class MemberStore:
    """All reads and writes of members go through here."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- single records -------------------------------------------------

    def get(self, member_id: int) -> Member:
        row = self.conn.execute(_SELECT_MEMBER + " WHERE id = ?", (member_id,)).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的会员", id=member_id))
        return _member_from_row(row)

    def find_by_id_number(self, id_number: str) -> Member | None:
        row = self.conn.execute(_SELECT_MEMBER + " WHERE id_number = ?", (id_number,)).fetchone()
        return _member_from_row(row) if row else None

    def find_by_name(self, name: str, birth_date: str | None = None) -> list[Member]:
        sql, params = _SELECT_MEMBER + " WHERE name = ?", [name]
        if birth_date:
            sql += " AND birth_date = ?"
            params.append(birth_date)
        return [_member_from_row(row) for row in self.conn.execute(sql + " ORDER BY id", params)]

    def _check_unique(self, member: Member) -> None:
        if not member.id_number:
            return
        other = self.find_by_id_number(member.id_number)
        if other and other.id != member.id:
            raise _registered(other)

    def _values(self, member: Member) -> dict[str, object]:
        values = {name: getattr(member, name) for name in _MEMBER_COLUMNS}
        values["hardship"] = int(bool(member.hardship))
        values["name_pinyin"] = pinyin_sort_key(member.name)  # 'zhang san': sorts by syllable
        values["name_initials"] = pinyin_initials(member.name)
        return values

    def _prepared(self, member: Member, reason: str) -> tuple[dict[str, object], list[_Entry]]:
        """The row and the history entries that adding `member` writes; checks first.

        A member without a join date has an unknown joining (JOIN_DATE_UNKNOWN, first in the history). A status
        other than 在会 without a date is recorded with an unknown date, never today's or the join date.
        """
        self._check_unique(member)
        if member.status not in STATUSES:
            raise FieldErrors({"status": msg("会籍状态“{status}”不在可选范围内", status=member.status)})
        joined = member.join_date or JOIN_DATE_UNKNOWN
        history: list[_Entry] = [(ACTIVE, joined, "入会", 0)]
        status_date = member.status_date
        if status_date and status_date < joined:
            raise FieldErrors(
                {"status_date": msg("状态变更日期 {date} 早于入会日期 {joined}", date=status_date, joined=joined)}
            )
        if member.status == ACTIVE:
            status_date = status_date or member.join_date
        elif status_date:
            history.append((member.status, status_date, reason, 0))
        else:
            history.append((member.status, joined, reason, 1))
        values = self._values(member)
        values["status_date"] = status_date
        return values, history

    def _insert(
        self, conn: sqlite3.Connection, prepared: list[tuple[dict[str, object], list[_Entry]]]
    ) -> list[int]:
        """Insert prepared members (from _prepared) and their history; their new ids, in order.

        The ids are the ones SQLite would choose (max + 1 onwards), given explicitly so that a batch needs
        one statement per table instead of one per member.
        """
        if not prepared:
            return []
        first = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM members").fetchone()[0])
        ids = list(range(first, first + len(prepared)))
        columns = ["id", *prepared[0][0]]
        conn.executemany(
            f"INSERT INTO members ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[member_id, *values.values()] for member_id, (values, _) in zip(ids, prepared, strict=True)],
        )
        conn.executemany(
            "INSERT INTO member_status_history (member_id, status, date, reason, date_unknown) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (member_id, *entry)
                for member_id, (_, history) in zip(ids, prepared, strict=True)
                for entry in history
            ],
        )
        return ids

    def add(self, member: Member, *, reason: str = "") -> int:
        """Insert a member with their history: 在会 from the join date, then the current status if different."""
        return self.add_many([(member, reason)])[0]

    def add_many(self, entries: list[tuple[Member, str]]) -> list[int]:
        """add() for many (member, reason) pairs in one transaction: the same checks and history, all or none.

        Two members of the batch with the same ID number are refused as add() would refuse the second.
        """
        prepared = []
        batch_ids: dict[str, Member] = {}
        for member, reason in entries:
            prepared.append(self._prepared(member, reason))
            if member.id_number:
                other = batch_ids.setdefault(member.id_number, member)
                if other is not member:
                    raise _registered(other)
        with self.store.transaction() as conn:
            ids = self._insert(conn, prepared)
        for (member, _), member_id, (values, _) in zip(entries, ids, prepared, strict=True):
            member.id = member_id
            member.status_date = values["status_date"]  # type: ignore[assignment]
        return ids

    def update(self, member: Member) -> None:
        """Save edited fields. The status is not changed here: use change_status, which keeps history."""
        if member.id is None:
            raise ValueError("update() needs a member that has an id")
        self.get(member.id)  # NotFound for a member deleted meanwhile
        self._check_unique(member)
        rows = self._history_rows(member.id)
        joining = min(rows) if rows else None  # the first entry written (lowest id) is the joining
        new_join = member.join_date or JOIN_DATE_UNKNOWN
        moved = joining is not None and joining[2] != new_join
        later = [row for row in rows if joining and row[0] != joining[0]]
        dated_later = [row for row in later if not row[3]]
        if moved and dated_later and new_join > min(row[2] for row in dated_later):
            first = min(dated_later, key=lambda row: row[2])
            raise FieldErrors(
                {
                    "join_date": msg(
                        "入会日期 {joined} 晚于会籍变动“{status}”的日期 {date}",
                        joined=member.join_date,
                        status=first[1],
                        date=first[2],
                    )
                }
            )
        values = self._values(member)
        values.pop("status")
        values.pop("status_date")
        assignments = ", ".join(f"{c} = ?" for c in values)
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE members SET {assignments}, updated_at = datetime('now', 'localtime') WHERE id = ?",
                [*values.values(), member.id],
            )
            if moved and joining is not None:
                # The joining entry is the member's first history row; it moves with the join date, and the
                # entries of unknown date right after it keep their place after it.
                conn.execute("UPDATE member_status_history SET date = ? WHERE id = ?", (new_join, joining[0]))
                conn.execute(
                    "UPDATE member_status_history SET date = ? WHERE member_id = ? AND date_unknown = 1 "
                    "AND date < ?",
                    (new_join, member.id, new_join),
                )

    def change_status(
        self, member_id: int, status: str, date: str | None, reason: str = "", *, back_dated: bool = False
    ) -> None:
        """Record a status change with its date (None: not known); the previous statuses stay in the history.

        The current status is the latest dated entry. A change dated before the latest entry would not become
        it: refused (BackDatedChange, saying why) unless back_dated, when it is recorded in its place in the
        history. A change that repeats the status in force at its date, or the status recorded right after
        it, is refused. A change of unknown date comes after every entry so far.
        """
        member = self.get(member_id)
        if status not in STATUSES:
            raise FieldErrors({"status": msg("会籍状态“{status}”不在可选范围内", status=status)})
        rows = self._history_rows(member_id)
        if date is None:
            place, unknown = (rows[-1][2] if rows else JOIN_DATE_UNKNOWN), 1
        else:
            try:
                valid = dt.date.fromisoformat(date).isoformat() == date  # no 20240101 or week dates
            except ValueError:
                valid = False
            if not valid:
                raise FieldErrors({"date": msg("日期“{date}”无效，应写成 2026-03-01", date=date)})
            if date > today_iso():
                raise FieldErrors({"date": msg("变更日期不能晚于今天")})
            if rows and date < rows[0][2]:
                raise FieldErrors({"date": msg("变更日期不能早于入会日期 {joined}", joined=rows[0][2])})
            place, unknown = date, 0
        earlier = [row for row in rows if row[2] <= place]
        later = [row for row in rows if row[2] > place]
        if earlier and earlier[-1][1] == status:
            if not later:
                raise FieldErrors({"status": msg("{name}的状态已经是“{status}”", name=member.name, status=status)})
            raise FieldErrors(
                {
                    "status": msg(
                        "{date} 时{name}的状态已经是“{status}”，不必重复记录", date=date, name=member.name, status=status
                    )
                }
            )
        if later and later[0][1] == status:
            raise FieldErrors(
                {
                    "status": msg(
                        "其后 {date} 已记有“{status}”，不必重复记录；如日期有误请先更正",
                        date=_shown(later[0]),
                        status=status,
                    )
                }
            )
        if later and not back_dated:
            latest = later[-1]
            raise BackDatedChange(
                {
                    "date": msg(
                        "{date} 之后已有“{status}”（{when}），这一变更记入历史后不会成为当前状态（仍为“{status}”）",
                        date=date,
                        status=latest[1],
                        when=_shown(latest),
                    )
                }
            )
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO member_status_history (member_id, status, date, reason, date_unknown) "
                "VALUES (?, ?, ?, ?, ?)",
                (member_id, status, place, reason, unknown),
            )
            latest_row = conn.execute(
                "SELECT status, CASE WHEN date_unknown THEN NULL ELSE date END FROM member_status_history "
                "WHERE member_id = ? ORDER BY date DESC, id DESC LIMIT 1",
                (member_id,),
            ).fetchone()
            conn.execute(
                "UPDATE members SET status = ?, status_date = ?, updated_at = datetime('now', 'localtime') "
                "WHERE id = ?",
                (latest_row[0], latest_row[1], member_id),
            )

    def _history_rows(self, member_id: int) -> list[tuple[int, str, str, int]]:
        """(id, status, date or place, date_unknown), oldest first."""
        return self.conn.execute(
            "SELECT id, status, date, date_unknown FROM member_status_history WHERE member_id = ? "
            "ORDER BY date, id",
            (member_id,),
        ).fetchall()

    def history(self, member_id: int) -> list[StatusChange]:
        """Oldest first; an unknown date is None (an unknown join date is JOIN_DATE_UNKNOWN)."""
        rows = self.conn.execute(
            "SELECT id, member_id, status, CASE WHEN date_unknown THEN NULL ELSE date END, reason "
            "FROM member_status_history WHERE member_id = ? ORDER BY date, id",
            (member_id,),
        )
        return [StatusChange(id=r[0], member_id=r[1], status=r[2], date=r[3], reason=r[4]) for r in rows]

    def references(self, member_id: int) -> dict[str, int]:
        """Records in other books that refer to this member: table -> count."""
        found: dict[str, int] = {}
        for table in self.store.db.tables:
            if table.name in ("members", "member_status_history"):
                continue
            for fk in table.foreign_keys:
                if fk.other_table == "members":
                    count = self.conn.execute(
                        f"SELECT count(*) FROM [{table.name}] WHERE [{fk.column}] = ?", (member_id,)
                    ).fetchone()[0]
                    if count:
                        found[table.name] = found.get(table.name, 0) + count
        return found

    def delete(self, member_id: int) -> None:
        """Delete a member entered by mistake; refused when other books refer to them."""
        member = self.get(member_id)
        refs = self.references(member_id)
        if refs:
            raise RecordInUse(
                msg(
                    "{name}已有其他台账记录（{count} 条），不能删除。如已离开工会，请改为变更会籍状态（转出、退会等）。",
                    name=member.name,
                    count=sum(refs.values()),
                )
            )
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM members WHERE id = ?", (member_id,))

    # -- lists ----------------------------------------------------------

    def count(self, query: MemberQuery) -> int:
        where, params = query.where()
        return int(self.conn.execute("SELECT count(*) FROM members" + where, params).fetchone()[0])

    def page(self, query: MemberQuery, offset: int, limit: int) -> list[tuple]:
        """Rows of (id, *LIST_COLUMNS) for the roster table."""
        where, params = query.where()
        sql = f"SELECT id, {', '.join(LIST_COLUMNS)} FROM members{where}{query.order_by()} LIMIT ? OFFSET ?"
        return self.conn.execute(sql, [*params, limit, offset]).fetchall()

    def iter_members(self, query: MemberQuery | None = None) -> Iterator[Member]:
        query = query or MemberQuery()
        where, params = query.where()
        for row in self.conn.execute(_SELECT_MEMBER + where + query.order_by(), params):
            yield _member_from_row(row)

    def departments(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT department FROM members WHERE department != '' ORDER BY department"
        )
        return [r[0] for r in rows]

    def counts(self) -> dict[str, int]:
        """Current in-service members (在会), 保留会籍 retirees apart, and women and members in hardship among
        the in-service members."""
        row = self.conn.execute(
            "SELECT coalesce(sum(status = ?), 0), coalesce(sum(status = ?), 0), "
            "coalesce(sum(status = ? AND sex = '女'), 0), coalesce(sum(status = ? AND hardship), 0) "
            "FROM members WHERE status IN (?, ?)",
            (ACTIVE, RETAINED, ACTIVE, ACTIVE, ACTIVE, RETAINED),
        ).fetchone()
        return {
            "members": int(row[0]),
            "retirees": int(row[1]),
            "women": int(row[2]),
            "hardship": int(row[3]),
        }

    # -- history questions the summary asks ----------------------------

    def dated_histories(
        self, member_ids: Collection[int] | None = None
    ) -> Iterator[tuple[int, str | None, bool, list[DatedEntry]]]:
        """(member id, sex, hardship, history with the range of each date) for every member, by id; with
        `member_ids`, for those (a visit's check reads one member's, not the roster's)."""
        where, params = "", []
        if member_ids is not None and len(member_ids) <= _FEW_MEMBERS:
            params = list(member_ids)
            where = f" WHERE m.id IN ({', '.join('?' * len(params)) or 'NULL'})"
        rows = self.conn.execute(
            "SELECT m.id, m.sex, m.hardship, m.birth_date, h.status, "
            "CASE WHEN h.date_unknown THEN NULL ELSE h.date END, h.recorded_at, h.reason "
            f"FROM members m JOIN member_status_history h ON h.member_id = m.id{where} ORDER BY m.id, h.date, h.id",
            params,
        )
        wanted = None if member_ids is None else set(member_ids)
        for member_id, group in itertools.groupby(rows, key=lambda row: row[0]):
            if wanted is not None and member_id not in wanted:
                continue  # a long list is not put in the query: the roster is read and filtered
            history = list(group)
            _, sex, hardship, birth_date, *_ = history[0]
            yield member_id, sex, bool(hardship), dated_entries([row[4:] for row in history], birth_date)

    def people_in_period(self, start: str, end: str) -> Iterator[PersonInPeriod]:
        """What [start, end] (both included) did to each member, by person; outcome None: a date unknown."""
        for member_id, sex, hardship, entries in self.dated_histories():
            try:
                outcome: PeriodOutcome | None = period_outcome(entries, start, end)
            except UnknownDate as unknown:
                yield PersonInPeriod(member_id, sex, hardship, None, unknown.joining)
            else:
                yield PersonInPeriod(member_id, sex, hardship, outcome)

    def _members(self, ids: list[int]) -> list[Member]:
        found = [self.get(member_id) for member_id in ids]
        return sorted(found, key=lambda m: (pinyin_sort_key(m.name), m.id or 0))

    def members_on(self, date: str, statuses: tuple[str, ...] = (ACTIVE,)) -> list[Member]:
        """Who held one of `statuses` (default: in service, 在会) at the end of the day; people whose status
        on that day hangs on an unknown date are not among them."""
        ids = [
            member_id
            for member_id, _, _, entries in self.dated_histories()
            if uncertain_entry(entries, (date,)) is None and status_on(entries, date) in statuses
        ]
        return self._members(ids)

    def joined_between(self, start: str, end: str) -> list[Member]:
        """People who came into service in [start, end]: first joining or rejoining, by person."""
        return self._members(
            [p.member_id for p in self.people_in_period(start, end) if p.outcome and p.outcome.joined]
        )

    def left_between(self, start: str, end: str) -> list[tuple[Member, str, str]]:
        """People who left service in [start, end], by person: (member, status held at its end, its reason)."""
        left = {
            p.member_id: (str(p.outcome.left_to), p.outcome.after_reason)
            for p in self.people_in_period(start, end)
            if p.outcome and p.outcome.left_to
        }
        return [(member, *left[member.id or 0]) for member in self._members(list(left))]

    def retired_between(self, start: str, end: str) -> list[Member]:
        """People who retired (保留会籍 with the reason 退休) in [start, end] and are retired at its end."""
        return [
            member
            for member, status, reason in self.left_between(start, end)
            if is_retirement(status, reason)
        ]
