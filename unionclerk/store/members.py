"""The member roster in SQL: add, edit, status history, paged search, and the counts reports need."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from unionclerk.core.dates import today_iso
from unionclerk.core.members import (
    ACTIVE,
    JOIN_DATE_UNKNOWN,
    LEFT_STATUSES,
    MEMBER_STATUSES,
    STATUSES,
    FieldErrors,
    Member,
    StatusChange,
)
from unionclerk.core.pinyin import pinyin_initials, pinyin_sort_key
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, RecordInUse

# Columns a Member maps to, in the order of the dataclass (id last).
_MEMBER_COLUMNS = [name for name in Member.field_names() if name != "id"]
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


def _registered(other: Member) -> FieldErrors:
    """The refusal of a second member with another's ID number."""
    return FieldErrors({"id_number": f"身份证号已登记：{other.name}（{other.department or '未填部门'}）"})


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
            raise NotFound(f"没有编号为 {member_id} 的会员")
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

    def _prepared(self, member: Member, reason: str) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
        """The row and the history entries (status, date, reason) that adding `member` writes; checks first.

        A member without a join date joined before the records began (JOIN_DATE_UNKNOWN): they count as a
        member on any date and as joining in no period.
        """
        self._check_unique(member)
        if member.status not in STATUSES:
            raise FieldErrors({"status": f"会籍状态“{member.status}”不在可选范围内"})
        joined = member.join_date or JOIN_DATE_UNKNOWN
        status_date = member.status_date or (joined if member.status == ACTIVE else today_iso())
        if status_date < joined:
            raise FieldErrors({"status_date": f"状态变更日期 {status_date} 早于入会日期 {joined}"})
        values = self._values(member)
        values["status_date"] = None if status_date == JOIN_DATE_UNKNOWN else status_date
        history = [(ACTIVE, joined, "入会")]
        if member.status != ACTIVE:
            history.append((member.status, status_date, reason))
        return values, history

    def _insert(
        self, conn: sqlite3.Connection, prepared: list[tuple[dict[str, object], list[tuple[str, str, str]]]]
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
            "INSERT INTO member_status_history (member_id, status, date, reason) VALUES (?, ?, ?, ?)",
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
        history = self.history(member.id)
        joining = min(history, key=lambda change: change.id or 0) if history else None
        new_join = member.join_date or JOIN_DATE_UNKNOWN
        moved = joining is not None and joining.date != new_join
        later = [c for c in history if joining and c.id != joining.id]
        if moved and later and new_join > min(c.date for c in later):
            first = min(later, key=lambda change: change.date)
            raise FieldErrors(
                {"join_date": f"入会日期 {member.join_date} 晚于会籍变动“{first.status}”的日期 {first.date}"}
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
                # The joining entry is the member's first history row; it moves with the join date.
                conn.execute("UPDATE member_status_history SET date = ? WHERE id = ?", (new_join, joining.id))

    def change_status(self, member_id: int, status: str, date: str, reason: str = "") -> None:
        """Record a status change with its date; the previous statuses stay in the history."""
        member = self.get(member_id)
        if status not in STATUSES:
            raise FieldErrors({"status": f"会籍状态“{status}”不在可选范围内"})
        try:
            valid = dt.date.fromisoformat(date).isoformat() == date  # no 20240101 or week dates
        except ValueError:
            valid = False
        if not valid:
            raise FieldErrors({"date": f"日期“{date}”无效，应写成 2026-03-01"})
        if date > today_iso():
            raise FieldErrors({"date": "变更日期不能晚于今天"})
        history = self.history(member_id)
        if history and date < history[0].date:
            raise FieldErrors({"date": f"变更日期不能早于入会日期 {history[0].date}"})
        if status == member.status:
            raise FieldErrors({"status": f"{member.name}的状态已经是“{status}”"})
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO member_status_history (member_id, status, date, reason) VALUES (?, ?, ?, ?)",
                (member_id, status, date, reason),
            )
            latest = conn.execute(
                "SELECT status, date FROM member_status_history WHERE member_id = ? "
                "ORDER BY date DESC, id DESC LIMIT 1",
                (member_id,),
            ).fetchone()
            conn.execute(
                "UPDATE members SET status = ?, status_date = ?, updated_at = datetime('now', 'localtime') "
                "WHERE id = ?",
                (latest[0], latest[1], member_id),
            )

    def history(self, member_id: int) -> list[StatusChange]:
        """Oldest first."""
        rows = self.conn.execute(
            "SELECT id, member_id, status, date, reason FROM member_status_history "
            "WHERE member_id = ? ORDER BY date, id",
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
                f"{member.name}已有其他台账记录（{sum(refs.values())} 条），不能删除。"
                "如已离开工会，请改为变更会籍状态（转出、退会等）。"
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
        """Current members (在会 and 保留会籍), women among them, members in hardship."""
        placeholders = ", ".join("?" * len(MEMBER_STATUSES))
        row = self.conn.execute(
            f"SELECT count(*), coalesce(sum(sex = '女'), 0), coalesce(sum(hardship), 0) "
            f"FROM members WHERE status IN ({placeholders})",
            MEMBER_STATUSES,
        ).fetchone()
        return {"members": int(row[0]), "women": int(row[1]), "hardship": int(row[2])}

    # -- history questions the summary asks ----------------------------

    def _status_on(self) -> str:
        return (
            "(SELECT h.status FROM member_status_history h WHERE h.member_id = m.id AND h.date <= ? "
            "ORDER BY h.date DESC, h.id DESC LIMIT 1)"
        )

    def members_on(self, date: str) -> list[Member]:
        """Who was a member (在会 or 保留会籍) at the end of the given day."""
        placeholders = ", ".join("?" * len(MEMBER_STATUSES))
        sql = (
            _SELECT_MEMBER.replace("FROM members", "FROM members m")
            + f" WHERE {self._status_on()} IN ({placeholders}) ORDER BY name_pinyin, id"
        )
        return [_member_from_row(r) for r in self.conn.execute(sql, [date, *MEMBER_STATUSES])]

    def joined_between(self, start: str, end: str) -> list[Member]:
        """Members whose first history entry (joining) falls in [start, end]; an unknown join date never does."""
        sql = _SELECT_MEMBER + (
            " WHERE id IN (SELECT member_id FROM member_status_history GROUP BY member_id "
            "HAVING min(date) BETWEEN ? AND ? AND min(date) != ?) ORDER BY name_pinyin, id"
        )
        return [_member_from_row(r) for r in self.conn.execute(sql, (start, end, JOIN_DATE_UNKNOWN))]

    def status_changes_between(
        self, start: str, end: str, statuses: tuple[str, ...] = LEFT_STATUSES
    ) -> list[tuple[Member, StatusChange]]:
        """Status changes to one of `statuses` dated in [start, end], oldest first."""
        placeholders = ", ".join("?" * len(statuses))
        rows = self.conn.execute(
            f"SELECT id, member_id, status, date, reason FROM member_status_history "
            f"WHERE date BETWEEN ? AND ? AND status IN ({placeholders}) "
            f"AND id != (SELECT min(h2.id) FROM member_status_history h2 WHERE h2.member_id = "
            f"member_status_history.member_id) ORDER BY date, id",
            (start, end, *statuses),
        ).fetchall()
        return [
            (self.get(r[1]), StatusChange(id=r[0], member_id=r[1], status=r[2], date=r[3], reason=r[4]))
            for r in rows
        ]

    def retired_between(self, start: str, end: str) -> list[Member]:
        """Members who retired (保留会籍 with reason 退休) in [start, end]."""
        return [
            member
            for member, change in self.status_changes_between(start, end, ("保留会籍",))
            if "退休" in change.reason
        ]
