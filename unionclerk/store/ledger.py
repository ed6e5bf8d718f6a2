"""The cash book in SQL: entries with automatic voucher numbers, running balances (window functions), pages,
opening balances, year closing and reopening, the clerk's sub-items, and entries linked to their source."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from unionclerk.core.ledger import (
    ACTIVITY_SUBJECTS,
    DEFAULT_ACTIVITY_SUBJECT,
    DEFAULT_VISIT_SUBJECT,
    EXPENSE,
    INCOME,
    KIND_WORDS,
    SOURCE_ACTIVITY,
    SOURCE_BATCH,
    SOURCE_LABELS,
    SOURCE_VISIT,
    VISIT_SUBJECTS,
    Chart,
    Entry,
    month_end,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg, reason_of
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, StoreError
from unionclerk.store.settings import load_settings

_COLUMNS = (
    "date",
    "voucher",
    "summary",
    "subject",
    "income_fen",
    "expense_fen",
    "party",
    "source_kind",
    "source_id",
    "notes",
)


# What a visit or a festival distribution paid from 工会经费 posts: (kind, id, date, summary, subject, fen).
VisitSource = tuple[str, int, str, str, str, int]


class YearClosed(StoreError):
    """A change to an entry of a year that has been closed (结账)."""


@dataclass
class LedgerQuery:
    """What the cash book shows: one year, optionally one month, one subject (with its sub-items), text."""

    year: int
    month: int | None = None
    subject: str = ""  # a code: 501 shows 501 and its sub-items 50101 ...
    text: str = ""

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.month:
            clauses.append("substr(date, 6, 2) = ?")
            params.append(f"{self.month:02d}")
        if self.subject:
            clauses.append("(subject = ? OR (length(?) = 3 AND substr(subject, 1, 3) = ?))")
            params += [self.subject, self.subject, self.subject]
        text = self.text.strip()
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(
                "(summary LIKE ? ESCAPE '\\' OR party LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\')"
            )
            params += [like, like, like]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass
class LedgerRow:
    """A line of the cash book with the balance after it."""

    id: int
    date: str
    voucher: int
    summary: str
    subject: str
    income_fen: int
    expense_fen: int
    party: str
    source_kind: str | None
    source_id: int | None
    balance_fen: int


@dataclass
class YearState:
    year: int
    opening_fen: int
    income_fen: int
    expense_fen: int
    closed_on: str | None
    entries: int

    @property
    def closing_fen(self) -> int:
        return self.opening_fen + self.income_fen - self.expense_fen

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


@dataclass
class YearLogLine:
    year: int
    action: str
    date: str
    reason: str


def _year_range(year: int) -> tuple[str, str]:
    """A year as a date range: the index on (date, voucher, id) answers it in book order."""
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _ordered_rows_sql(where: str) -> str:
    """The year's entries in book order with the running balance after each, then filtered by `where`."""
    return (
        "WITH book AS (SELECT id, date, voucher, summary, subject, income_fen, expense_fen, party, source_kind, "
        "source_id, notes, ? + sum(income_fen - expense_fen) OVER (ORDER BY date, voucher, id "
        "ROWS UNBOUNDED PRECEDING) AS balance FROM ledger_entries WHERE date BETWEEN ? AND ?) "
        "SELECT id, date, voucher, summary, subject, income_fen, expense_fen, party, source_kind, source_id, "
        f"balance FROM book{where} ORDER BY date, voucher, id"
    )


class LedgerStore:
    """All reads and writes of the cash book go through here."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- chart ----------------------------------------------------------------------------------

    def chart(self) -> Chart:
        rows = self.conn.execute("SELECT code, name FROM ledger_subjects ORDER BY code").fetchall()
        return Chart([(r[0], r[1]) for r in rows])

    def save_sub_item(self, code: str, name: str) -> None:
        """Add or rename one of the clerk's sub-items (5 digits under a subject of the chart)."""
        code, name = code.strip(), name.strip()
        chart = self.chart()
        errors = FieldErrors()
        if len(code) != 5 or not code.isdigit():
            errors.add("code", msg("子目编码“{code}”应为5位数字（科目编码3位 + 2位）", code=code))
        elif chart.get(code[:3]) is None:
            errors.add("code", msg("子目编码“{code}”的前3位不是会计科目", code=code))
        elif (existing := chart.get(code)) is not None and not existing.custom:
            errors.add("code", msg("“{code} {name}”是会计制度规定的子目，不能改名", code=existing.code, name=existing.name))
        if not name:
            errors.add("name", msg("子目名称不能为空"))
        elif any(s.name == name and s.code != code for s in chart.subjects.values()):
            errors.add("name", msg("名称“{name}”已被其他科目使用", name=name))
        if errors.errors:
            raise errors
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO ledger_subjects (code, name) VALUES (?, ?) "
                "ON CONFLICT(code) DO UPDATE SET name = excluded.name",
                (code, name),
            )

    # -- years ----------------------------------------------------------------------------------

    def years(self) -> list[int]:
        rows = self.conn.execute(
            "SELECT year FROM ledger_entries GROUP BY year UNION SELECT year FROM ledger_years ORDER BY 1 DESC"
        )
        return [int(r[0]) for r in rows]

    def first_year(self) -> int | None:
        row = self.conn.execute(
            "SELECT min(y) FROM (SELECT min(year) AS y FROM ledger_entries "
            "UNION ALL SELECT min(year) FROM ledger_years WHERE opening_fen IS NOT NULL)"
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def _sums(self, year: int) -> tuple[int, int, int]:
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(income_fen), 0), coalesce(sum(expense_fen), 0) "
            "FROM ledger_entries WHERE year = ?",
            (year,),
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def opening_balance(self, year: int) -> int:
        """The entered opening of the first year kept; for any later year, the previous year's closing."""
        first = self.first_year()
        if first is None or year <= first:
            row = self.conn.execute("SELECT opening_fen FROM ledger_years WHERE year = ?", (year,)).fetchone()
            return int(row[0]) if row and row[0] is not None else 0
        rows = self.conn.execute(
            "SELECT year, sum(income_fen) - sum(expense_fen) FROM ledger_entries "
            "WHERE year >= ? AND year < ? GROUP BY year",
            (first, year),
        ).fetchall()
        return self.opening_balance(first) + sum(int(r[1]) for r in rows)

    def closing_balance(self, year: int) -> int:
        return self.state(year).closing_fen

    def state(self, year: int) -> YearState:
        count, income, expense = self._sums(year)
        row = self.conn.execute("SELECT closed_on FROM ledger_years WHERE year = ?", (year,)).fetchone()
        return YearState(year, self.opening_balance(year), income, expense, row[0] if row else None, count)

    def is_closed(self, year: int) -> bool:
        row = self.conn.execute("SELECT closed_on FROM ledger_years WHERE year = ?", (year,)).fetchone()
        return bool(row and row[0])

    def check_open(self, year: int) -> None:
        if self.is_closed(year):
            raise YearClosed(
                msg("{year}年已结账，账目已锁定，不能修改。如确需修改，请先“反结账”并说明原因。", year=year)
            )

    def set_opening(self, year: int, opening_fen: int) -> None:
        """The opening balance (上年结转) of the first year kept; later years carry the previous closing."""
        first = self.first_year()
        if first is not None and year > first:
            raise FieldErrors(
                {
                    "opening": msg(
                        "{year}年的期初余额由{previous}年的期末余额结转而来，只有最早一年（{first}年）可以录入",
                        year=year,
                        previous=year - 1,
                        first=first,
                    )
                }
            )
        self.check_open(year)
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO ledger_years (year, opening_fen) VALUES (?, ?) "
                "ON CONFLICT(year) DO UPDATE SET opening_fen = excluded.opening_fen",
                (year, opening_fen),
            )

    def close_year(self, year: int, counted_fen: int, date: str | None = None) -> None:
        """结账: refused unless the counted balance (bank + cash) equals the book's closing balance."""
        self.check_open(year)
        state = self.state(year)
        if counted_fen != state.closing_fen:
            from unionclerk.core.money import format_yuan

            raise FieldErrors(
                {
                    "counted": msg(
                        "账不平，不能结账：账面期末余额 {book} 元，实有 {counted} 元，相差 {difference} 元",
                        book=format_yuan(state.closing_fen),
                        counted=format_yuan(counted_fen),
                        difference=format_yuan(counted_fen - state.closing_fen),
                    )
                }
            )
        earlier_open = self.conn.execute(
            "SELECT min(year) FROM ledger_entries WHERE year < ? AND year NOT IN "
            "(SELECT year FROM ledger_years WHERE closed_on IS NOT NULL)",
            (year,),
        ).fetchone()[0]
        if earlier_open is not None:
            raise FieldErrors({"counted": msg("{year}年还没有结账，请先按年份顺序结账", year=earlier_open)})
        date = date or dt.date.today().isoformat()
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO ledger_years (year, closed_on, closing_fen) VALUES (?, ?, ?) "
                "ON CONFLICT(year) DO UPDATE SET closed_on = excluded.closed_on, closing_fen = excluded.closing_fen",
                (year, date, state.closing_fen),
            )
            conn.execute(
                "INSERT INTO ledger_year_log (year, action, date, reason) VALUES (?, '结账', ?, '')",
                (year, date),
            )

    def reopen_year(self, year: int, reason: str, date: str | None = None) -> None:
        """反结账: needs a reason; recorded with the date."""
        if not self.is_closed(year):
            raise FieldErrors({"reason": msg("{year}年没有结账，无需反结账", year=year)})
        if not reason.strip():
            raise FieldErrors({"reason": msg("反结账须说明原因")})
        later = self.conn.execute(
            "SELECT min(year) FROM ledger_years WHERE year > ? AND closed_on IS NOT NULL", (year,)
        ).fetchone()[0]
        if later is not None:
            raise FieldErrors({"reason": msg("{year}年也已结账，请先反结账{year}年", year=later)})
        date = date or dt.date.today().isoformat()
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE ledger_years SET closed_on = NULL, closing_fen = NULL WHERE year = ?", (year,)
            )
            conn.execute(
                "INSERT INTO ledger_year_log (year, action, date, reason) VALUES (?, '反结账', ?, ?)",
                (year, date, reason.strip()),
            )

    def year_log(self, year: int | None = None) -> list[YearLogLine]:
        sql = "SELECT year, action, date, reason FROM ledger_year_log"
        params: list[object] = []
        if year is not None:
            sql += " WHERE year = ?"
            params.append(year)
        return [YearLogLine(*r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    # -- single entries -------------------------------------------------------------------------

    def next_voucher(self, year: int) -> int:
        row = self.conn.execute(
            "SELECT coalesce(max(voucher), 0) + 1 FROM ledger_entries WHERE year = ?", (year,)
        )
        return int(row.fetchone()[0])

    def get(self, entry_id: int) -> Entry:
        row = self.conn.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM ledger_entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的分录", id=entry_id))
        return Entry(**dict(zip(("id", *_COLUMNS), row, strict=True)))

    def entry_for_source(self, kind: str, source_id: int) -> Entry | None:
        row = self.conn.execute(
            "SELECT id FROM ledger_entries WHERE source_kind = ? AND source_id = ?", (kind, source_id)
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def check(self, entry: Entry, chart: Chart | None = None) -> None:
        """The rules the form cannot see: subject in the chart, voucher free in its year, year not closed."""
        errors = FieldErrors()
        chart = chart or self.chart()
        subject = chart.get(entry.subject)
        if subject is None:
            errors.add("subject", msg("科目“{subject}”不在会计科目表中", subject=entry.subject))
        if entry.income_fen < 0 or entry.expense_fen < 0:
            errors.add("income", msg("金额不能为负数"))
        if entry.income_fen and entry.expense_fen:
            errors.add("income", msg("一笔分录只能是收入或支出之一，不能两者都填"))
        if not entry.income_fen and not entry.expense_fen:
            errors.add("income", msg("收入或支出须填写一项（大于0）"))
        if subject is not None and (entry.income_fen or entry.expense_fen):
            direction = INCOME if entry.income_fen else EXPENSE
            if subject.kind != direction:
                errors.add(
                    "subject",
                    msg(
                        "科目 {code} {name} 是{kind}科目，不能记{direction}",
                        code=subject.code,
                        name=subject.name,
                        kind=KIND_WORDS[subject.kind],
                        direction=KIND_WORDS[direction],
                    ),
                )
        if entry.voucher is not None:
            other = self.conn.execute(
                "SELECT id, date, summary FROM ledger_entries WHERE year = ? AND voucher = ? AND id IS NOT ?",
                (entry.year, entry.voucher, entry.id),
            ).fetchone()
            if other is not None:
                errors.add(
                    "voucher",
                    msg(
                        "{year}年已有凭证号 {voucher}（{date} {summary}）；下一个可用的是 {next}",
                        year=entry.year,
                        voucher=entry.voucher,
                        date=other[1],
                        summary=other[2],
                        next=self.next_voucher(entry.year),
                    ),
                )
        if errors.errors:
            raise errors
        self.check_open(entry.year)

    def _insert(self, conn: sqlite3.Connection, entry: Entry) -> int:
        if entry.voucher is None:
            entry.voucher = self.next_voucher(entry.year)
        cursor = conn.execute(
            f"INSERT INTO ledger_entries (year, {', '.join(_COLUMNS)}) VALUES (?, {', '.join('?' * len(_COLUMNS))})",
            [entry.year, *(getattr(entry, c) for c in _COLUMNS)],
        )
        entry.id = int(cursor.lastrowid or 0)
        return entry.id

    def add(self, entry: Entry) -> int:
        """Insert one entry (voucher numbered when not given); refused entirely on any problem."""
        self.check(entry)
        with self.store.transaction() as conn:
            return self._insert(conn, entry)

    def add_many(self, entries: list[Entry]) -> list[int]:
        """add() for many, in one transaction (an import): all or none."""
        chart = self.chart()
        with self.store.transaction() as conn:
            ids = []
            for entry in entries:
                self.check(entry, chart)
                ids.append(self._insert(conn, entry))
            return ids

    def update(self, entry: Entry) -> None:
        if entry.id is None:
            raise ValueError("update() needs an entry that has an id")
        old = self.get(entry.id)
        self.check_open(old.year)
        if entry.voucher is None:
            entry.voucher = old.voucher if old.year == entry.year else self.next_voucher(entry.year)
        self.check(entry)
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE ledger_entries SET year = ?, {', '.join(f'{c} = ?' for c in _COLUMNS)}, "
                "updated_at = datetime('now', 'localtime') WHERE id = ?",
                [entry.year, *(getattr(entry, c) for c in _COLUMNS), entry.id],
            )

    def delete(self, entry_id: int) -> None:
        entry = self.get(entry_id)
        self.check_open(entry.year)
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM ledger_entries WHERE id = ?", (entry_id,))

    # -- lists ----------------------------------------------------------------------------------

    def count(self, query: LedgerQuery) -> int:
        if not (query.month or query.subject or query.text.strip()):
            # A whole year: all entries less the other years'. SQLite counts a whole table from its smallest
            # index without visiting rows, so a 200,000-entry year costs the other years' entries only.
            start, end = _year_range(query.year)
            total, before, after = (
                self.conn.execute(sql, params).fetchone()[0]
                for sql, params in (
                    ("SELECT count(*) FROM ledger_entries", ()),
                    ("SELECT count(*) FROM ledger_entries WHERE date < ?", (start,)),
                    ("SELECT count(*) FROM ledger_entries WHERE date > ?", (end,)),
                )
            )
            return int(total) - int(before) - int(after)
        where, params = query.where()
        sql = f"SELECT count(*) FROM ledger_entries WHERE date BETWEEN ? AND ?{where.replace(' WHERE ', ' AND ', 1)}"
        return int(self.conn.execute(sql, [*_year_range(query.year), *params]).fetchone()[0])

    def page(self, query: LedgerQuery, offset: int, limit: int) -> list[LedgerRow]:
        """Rows in book order (date, voucher) with the balance of the whole book after each.

        A year or a month is a contiguous stretch of the book: the page is read by the index and its
        balances are the balance before it plus a window sum over the page, so the first page of a
        200,000-entry year costs what the page does. Subject and text filters pick rows from the whole
        book, whose balances need the window over the whole year.
        """
        if query.subject or query.text.strip():
            where, params = query.where()
            sql = _ordered_rows_sql(where) + " LIMIT ? OFFSET ?"
            rows = self.conn.execute(
                sql, [self.opening_balance(query.year), *_year_range(query.year), *params, limit, offset]
            ).fetchall()
            return [LedgerRow(*r) for r in rows]
        start, end = _year_range(query.year)
        if query.month:
            start, end = f"{query.year:04d}-{query.month:02d}-01", month_end(query.year, query.month)
        before = self.opening_balance(query.year) + int(
            self.conn.execute(
                "SELECT coalesce(sum(income_fen - expense_fen), 0) FROM ledger_entries WHERE date >= ? AND date < ?",
                (f"{query.year:04d}-01-01", start),
            ).fetchone()[0]
        )
        if offset:
            before += int(
                self.conn.execute(
                    "SELECT coalesce(sum(net), 0) FROM (SELECT income_fen - expense_fen AS net FROM ledger_entries "
                    "WHERE date BETWEEN ? AND ? ORDER BY date, voucher, id LIMIT ?)",
                    (start, end, offset),
                ).fetchone()[0]
            )
        rows = self.conn.execute(
            "SELECT id, date, voucher, summary, subject, income_fen, expense_fen, party, source_kind, source_id, "
            "? + sum(income_fen - expense_fen) OVER (ORDER BY date, voucher, id ROWS UNBOUNDED PRECEDING) "
            "FROM (SELECT * FROM ledger_entries WHERE date BETWEEN ? AND ? ORDER BY date, voucher, id "
            "LIMIT ? OFFSET ?) ORDER BY date, voucher, id",
            (before, start, end, limit, offset),
        ).fetchall()
        return [LedgerRow(*r) for r in rows]

    def iter_rows(self, year: int) -> Iterator[LedgerRow]:
        """Every entry of a year in book order with its running balance (streamed, for exports)."""
        cursor = self.conn.execute(_ordered_rows_sql(""), [self.opening_balance(year), *_year_range(year)])
        for row in cursor:
            yield LedgerRow(*row)

    def totals(self, query: LedgerQuery) -> tuple[int, int, int]:
        """(entries, income, expense) of what the query shows."""
        where, params = query.where()
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(income_fen), 0), coalesce(sum(expense_fen), 0) FROM ledger_entries "
            f"WHERE date BETWEEN ? AND ?{where.replace(' WHERE ', ' AND ', 1)}",
            [*_year_range(query.year), *params],
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def row_of(self, query: LedgerQuery, entry_id: int) -> int:
        """The position of an entry in the query's rows, -1 when the filter hides it."""
        where, params = query.where()
        entry = self.conn.execute(
            "SELECT date, voucher FROM ledger_entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if entry is None:
            return -1
        inner = where.replace(" WHERE ", " AND ", 1)
        found = self.conn.execute(
            f"SELECT count(*) FROM ledger_entries WHERE year = ?{inner} AND id = ?",
            [query.year, *params, entry_id],
        ).fetchone()[0]
        if not found:
            return -1
        before = self.conn.execute(
            f"SELECT count(*) FROM ledger_entries WHERE year = ?{inner} AND "
            "(date < ? OR (date = ? AND (voucher < ? OR (voucher = ? AND id < ?))))",
            [query.year, *params, entry[0], entry[0], entry[1], entry[1], entry_id],
        ).fetchone()[0]
        return int(before)

    def sums_by_subject(self, start: str, end: str) -> dict[str, tuple[int, int]]:
        """subject code -> (income, expense) of the entries dated in [start, end]."""
        rows = self.conn.execute(
            "SELECT subject, sum(income_fen), sum(expense_fen) FROM ledger_entries "
            "WHERE date BETWEEN ? AND ? GROUP BY subject",
            (start, end),
        )
        return {r[0]: (int(r[1]), int(r[2])) for r in rows}

    def balance_on(self, date: str) -> int:
        """The balance at the end of a day."""
        year = int(date[:4])
        row = self.conn.execute(
            "SELECT coalesce(sum(income_fen) - sum(expense_fen), 0) FROM ledger_entries WHERE year = ? AND date <= ?",
            (year, date),
        ).fetchone()
        return self.opening_balance(year) + int(row[0])

    # -- entries that follow their source -------------------------------------------------------

    def post_linked(
        self,
        kind: str,
        source_id: int,
        *,
        date: str,
        summary: str,
        subject: str,
        expense_fen: int = 0,
        income_fen: int = 0,
        party: str = "",
    ) -> int:
        """Post what a record of another book costs (or brings in) as one entry linked to it, or bring its
        linked entry up to date: the same source never has two entries. For any book: an activity, a visit
        (kind SOURCE_VISIT, subject from core.ledger.VISIT_SUBJECTS), a festival batch … The entry's own
        subject is kept on an update unless `subject` differs from what the source proposes anew."""
        existing = self.entry_for_source(kind, source_id)
        if existing is not None:
            existing.date, existing.summary = date, summary
            existing.expense_fen, existing.income_fen = expense_fen, income_fen
            existing.subject = subject or existing.subject
            existing.party = party or existing.party
            if existing.year != int(date[:4]):
                existing.voucher = None
            self.update(existing)
            assert existing.id is not None
            return existing.id
        entry = Entry(
            date=date,
            summary=summary,
            subject=subject,
            expense_fen=expense_fen,
            income_fen=income_fen,
            party=party,
            source_kind=kind,
            source_id=source_id,
        )
        return self.add(entry)

    def post_activity(self, activity_id: int, subject: str | None = None) -> int:
        """Post an activity's cost as an expense linked to it (or bring its linked entry up to date)."""
        row = self.conn.execute(
            "SELECT date, title, category, cost_fen, organiser FROM activities WHERE id = ?", (activity_id,)
        ).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的活动", id=activity_id))
        date, title, category, cost_fen, organiser = row
        if not cost_fen:
            raise FieldErrors({"expense": msg("活动“{title}”没有登记费用，无需记账", title=title)})
        posted = self.entry_for_source(SOURCE_ACTIVITY, activity_id)
        proposed = ACTIVITY_SUBJECTS.get(category, DEFAULT_ACTIVITY_SUBJECT)
        return self.post_linked(
            SOURCE_ACTIVITY,
            activity_id,
            date=date,
            summary=title,
            subject=subject or (posted.subject if posted else proposed),
            expense_fen=int(cost_fen),
            party=organiser or "",
        )

    def sync_activities(self) -> list[str]:
        """Bring every activity-linked entry in line with its activity; what could not be, as messages.

        An entry whose activity was deleted keeps its figures and loses the link (deleting asks first in the
        window; this covers a deletion made elsewhere)."""
        problems: list[str] = []
        rows = self.conn.execute(
            "SELECT e.id, e.source_id, a.id, a.date, a.title, a.cost_fen, e.date, e.summary, e.expense_fen "
            "FROM ledger_entries e LEFT JOIN activities a ON a.id = e.source_id "
            "WHERE e.source_kind = ?",
            (SOURCE_ACTIVITY,),
        ).fetchall()
        for entry_id, source_id, found, date, title, cost, e_date, e_summary, e_expense in rows:
            if found is None:
                self.unlink(entry_id)
                continue
            if (date, title, cost) == (e_date, e_summary, e_expense):
                continue
            try:
                if not cost:
                    self.delete(entry_id)
                else:
                    self.post_activity(source_id)
            except (StoreError, FieldErrors) as exc:
                problems.append(msg("活动“{title}”的记账分录未能同步：{reason}", title=title, reason=reason_of(exc)))
        return problems

    def post_unposted_activities(self) -> tuple[int, list[str]]:
        """Post every activity with a cost and no entry yet (the 自动记账 setting); closed years are left out
        and named. (posted, problems)."""
        posted, problems = 0, []
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.date FROM activities a WHERE a.cost_fen > 0 AND NOT EXISTS "
            "(SELECT 1 FROM ledger_entries e WHERE e.source_kind = ? AND e.source_id = a.id) ORDER BY a.date, a.id",
            (SOURCE_ACTIVITY,),
        ).fetchall()
        for activity_id, title, date in rows:
            try:
                self.post_activity(activity_id)
                posted += 1
            except (StoreError, FieldErrors) as exc:
                problems.append(msg("活动“{title}”（{date}）未能自动记账：{reason}", title=title, date=date, reason=reason_of(exc)))
        return posted, problems

    def _visit_sources(self, year: int | None, *, unposted: bool = False) -> list[VisitSource]:
        """(kind, id, date, summary, subject, fen) of the visits paid from 工会经费 of `year` (None: of every
        year), in date order: each visit on its own, then each festival distribution as one entry (its
        recipients' goods together). With `unposted`, only those not in the cash book yet."""
        if not self._has_table("visits"):
            return []
        visit_where = ["v.batch_id IS NULL", "v.source = '工会经费'"]
        batch_where = ["b.source = '工会经费'"]
        visit_params: list[object] = []
        batch_params: list[object] = []
        if year is not None:
            visit_where.append("v.date BETWEEN ? AND ?")
            batch_where.append("b.date BETWEEN ? AND ?")
            visit_params += _year_range(year)
            batch_params += _year_range(year)
        if unposted:  # answered by the unique index on (source_kind, source_id)
            not_posted = "NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.source_kind = ? AND e.source_id = {}.id)"
            visit_where.append(not_posted.format("v"))
            batch_where.append(not_posted.format("b"))
            visit_params.append(SOURCE_VISIT)
            batch_params.append(SOURCE_BATCH)
        sources: list[VisitSource] = []
        for visit_id, date, kind, name, amount in self.conn.execute(
            "SELECT v.id, v.date, v.kind, m.name, v.cash_fen + v.goods_fen FROM visits v "
            f"JOIN members m ON m.id = v.member_id WHERE {' AND '.join(visit_where)} ORDER BY v.date, v.id",
            visit_params,
        ):
            if amount:
                subject = VISIT_SUBJECTS.get(kind, DEFAULT_VISIT_SUBJECT)
                sources.append((SOURCE_VISIT, visit_id, date, f"{kind}慰问 {name}", subject, int(amount)))
        for batch_id, date, festival, goods, people, amount in self.conn.execute(
            "SELECT b.id, b.date, b.festival, b.goods, count(v.id), coalesce(sum(v.cash_fen + v.goods_fen), 0) "
            f"FROM visit_batches b JOIN visits v ON v.batch_id = b.id WHERE {' AND '.join(batch_where)} "
            "GROUP BY b.id ORDER BY b.date, b.id",
            batch_params,
        ):
            if amount:
                summary = f"{festival}慰问会员（{people}人，{goods}）"
                sources.append(
                    (SOURCE_BATCH, batch_id, date, summary, VISIT_SUBJECTS["节日慰问"], int(amount))
                )
        return sources

    def _has_table(self, name: str) -> bool:
        return bool(
            self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
        )

    def unposted_visits(self, year: int) -> tuple[int, int]:
        """(count, fen) of the year's union-fund visits and distributions not in the cash book yet."""
        found = self._visit_sources(year, unposted=True)
        return len(found), sum(s[5] for s in found)

    def post_visits(self, year: int) -> tuple[int, list[str]]:
        """Post the year's visits paid from 工会经费 (a festival distribution as one entry) as linked expenses,
        or bring their entries up to date; (entries written, problems)."""
        posted, problems = 0, []
        for kind, source_id, date, summary, subject, fen in self._visit_sources(year):
            existing = self.entry_for_source(kind, source_id)
            if existing is not None and (existing.date, existing.summary, existing.expense_fen) == (
                date,
                summary,
                fen,
            ):
                continue
            try:
                self.post_linked(
                    kind,
                    source_id,
                    date=date,
                    summary=summary,
                    subject=existing.subject if existing else subject,
                    expense_fen=fen,
                )
                posted += 1
            except (StoreError, FieldErrors) as exc:
                problems.append(msg("“{summary}”（{date}）未能记账：{reason}", summary=summary, date=date, reason=reason_of(exc)))
        return posted, problems

    def sync_visits(self) -> list[str]:
        """Entries of visits or distributions deleted since keep their figures and lose the link; the others
        follow their visits (in years that are open)."""
        if not self._has_table("visits"):
            return []
        for kind, table in ((SOURCE_VISIT, "visits"), (SOURCE_BATCH, "visit_batches")):
            for (entry_id,) in self.conn.execute(
                f"SELECT e.id FROM ledger_entries e LEFT JOIN {table} t ON t.id = e.source_id "
                "WHERE e.source_kind = ? AND t.id IS NULL",
                (kind,),
            ).fetchall():
                self.unlink(entry_id)
        problems: list[str] = []
        years = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT year FROM ledger_entries WHERE source_kind IN (?, ?)",
                (SOURCE_VISIT, SOURCE_BATCH),
            )
        ]
        for year in years:
            if self.is_closed(year):
                continue
            linked = {
                (k, i)
                for k, i in self.conn.execute(
                    "SELECT source_kind, source_id FROM ledger_entries WHERE year = ? AND source_kind IN (?, ?)",
                    (year, SOURCE_VISIT, SOURCE_BATCH),
                )
            }
            sources = self._visit_sources(year)
            # A visit now paid from another fund (or costing nothing) no longer belongs in the cash book.
            for kind, source_id in linked - {(k, i) for k, i, *_rest in sources}:
                gone = self.entry_for_source(kind, source_id)
                if gone is not None and gone.id is not None:
                    self.delete(gone.id)
            for kind, source_id, date, summary, _subject, fen in sources:
                if (kind, source_id) not in linked:
                    continue
                existing = self.entry_for_source(kind, source_id)
                if existing and (existing.date, existing.summary, existing.expense_fen) != (
                    date,
                    summary,
                    fen,
                ):
                    try:
                        self.post_linked(
                            kind,
                            source_id,
                            date=date,
                            summary=summary,
                            subject=existing.subject,
                            expense_fen=fen,
                        )
                    except (StoreError, FieldErrors) as exc:
                        problems.append(msg("“{summary}”的记账分录未能同步：{reason}", summary=summary, reason=reason_of(exc)))
        return problems

    def post_unposted_visits(self) -> tuple[int, list[str]]:
        """Post every visit and festival distribution paid from 工会经费 with no entry yet (the 自动记账
        setting), a distribution as one entry; closed years are left out and named. (posted, problems)."""
        posted, problems = 0, []
        by_year: dict[int, list[VisitSource]] = {}
        for source in self._visit_sources(None, unposted=True):
            by_year.setdefault(int(source[2][:4]), []).append(source)
        for year, unposted in sorted(by_year.items()):
            if self.is_closed(year):
                problems.append(msg("{year}年已结账，{count} 笔慰问支出未能自动记账", year=year, count=len(unposted)))
                continue
            for kind, source_id, date, summary, subject, fen in unposted:
                try:
                    self.post_linked(
                        kind, source_id, date=date, summary=summary, subject=subject, expense_fen=fen
                    )
                    posted += 1
                except (StoreError, FieldErrors) as exc:
                    problems.append(msg("“{summary}”（{date}）未能自动记账：{reason}", summary=summary, date=date, reason=reason_of(exc)))
        return posted, problems

    def sync_sources(self) -> list[str]:
        """After an activity or a visit is saved or deleted: the entries linked to activities and visits follow
        them (a closed year's cannot, and is named), and with 自动记账 on (单位设置) every activity with a cost
        and every union-fund visit or distribution with no entry yet is posted. What could not be done, as
        messages."""
        problems = self.sync_activities() + self.sync_visits()
        if load_settings(self.store).ledger_auto_post:
            problems += self.post_unposted_activities()[1]
            problems += self.post_unposted_visits()[1]
        return problems

    def unlink(self, entry_id: int) -> None:
        """Keep the entry as it is, with no source (its source is being deleted)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE ledger_entries SET source_kind = NULL, source_id = NULL WHERE id = ?", (entry_id,)
            )

    def source_parts(self, kind: str, source_id: int | None) -> tuple[str, str]:
        """What caused an entry: its kind's label (活动, 慰问 …) and, for an activity, its title (else "")."""
        if kind == SOURCE_ACTIVITY:
            row = self.conn.execute("SELECT title FROM activities WHERE id = ?", (source_id,)).fetchone()
            if row:
                return SOURCE_LABELS[kind], row[0]
        return SOURCE_LABELS.get(kind, kind), ""
