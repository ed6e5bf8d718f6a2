"""Dues in SQL: what each member owes month by month (from the status history), what was paid, collections
(each posts one 会费收入 entry to the cash book), arrears, and 拨缴经费 allocations."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from unionclerk.core.ledger import (
    ALLOCATION_SUBJECT,
    DUES_SUBJECT,
    SOURCE_ALLOCATION,
    SOURCE_DUES,
    Entry,
    dues_due_for,
    format_share,
    month_end,
    month_key,
    split_allocation,
)
from unionclerk.core.members import ACTIVE, FieldErrors
from unionclerk.core.membership import status_on, uncertain_entry
from unionclerk.core.messages import msg
from unionclerk.core.money import format_yuan
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound
from unionclerk.store.ledger import LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings

ARREARS_WARNING_MONTHS = 6  # 连续六个月未缴：自动退会 risk


@dataclass
class DuesRow:
    """One member's year: the monthly amount, and per month (index 0 = January) what is due and paid."""

    member_id: int
    name: str
    department: str
    monthly_fen: int
    wage_base_fen: int | None
    due: list[int] = field(default_factory=lambda: [0] * 12)
    paid: list[int] = field(default_factory=lambda: [0] * 12)
    unknown: list[int] = field(default_factory=list)  # months whose status a date not given leaves unknown

    @property
    def due_total(self) -> int:
        return sum(self.due)

    @property
    def paid_total(self) -> int:
        return sum(self.paid)

    def owing(self, month: int) -> int:
        return max(self.due[month - 1] - self.paid[month - 1], 0)

    @property
    def owing_total(self) -> int:
        return sum(self.owing(m) for m in range(1, 13))


@dataclass
class Arrears:
    member_id: int
    name: str
    department: str
    months: list[str]
    amount_fen: int
    consecutive: int  # unpaid months in a row up to the month asked about

    @property
    def warning(self) -> bool:
        return self.consecutive >= ARREARS_WARNING_MONTHS


@dataclass
class Collection:
    id: int
    date: str
    summary: str
    total_fen: int
    payments: int
    entry_id: int | None


class DuesStore:
    """Dues and allocations; collections and allocations write their cash book entry in the same transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.ledger = LedgerStore(store)
        self.members = MemberStore(store)

    def _settings(self) -> Settings:
        return load_settings(self.store)

    # -- who owes what ---------------------------------------------------------------------------

    def grid(self, year: int, member_ids: list[int] | None = None) -> list[DuesRow]:
        """Members who owed or paid anything in the year, by name. A month is due when the member was 在会
        at its end (joined during it, or still in); 保留会籍, 转出, 退会 … months owe nothing. A month whose
        status an unknown date leaves open (core/membership) owes nothing either, and is listed in `unknown`."""
        settings = self._settings()
        ends = [month_end(year, m) for m in range(1, 13)]
        histories = {
            member_id: entries
            for member_id, _sex, _hardship, entries in self.members.dated_histories(member_ids)
        }
        paid: dict[int, list[int]] = defaultdict(lambda: [0] * 12)
        for member_id, month, amount in self.conn.execute(
            "SELECT member_id, month, sum(amount_fen) FROM dues_payments WHERE month LIKE ? GROUP BY member_id, month",
            (f"{year:04d}-%",),
        ):
            paid[member_id][int(month[5:7]) - 1] = int(amount)
        rows: list[DuesRow] = []
        wanted = set(member_ids) if member_ids is not None else None
        for member_id, name, department, wage in self.conn.execute(
            "SELECT id, name, department, wage_base_fen FROM members ORDER BY name_pinyin, id"
        ):
            if wanted is not None and member_id not in wanted:
                continue
            monthly = dues_due_for(wage, settings.dues_rate, settings.dues_ignore_below_fen)
            row = DuesRow(
                member_id, name, department, monthly, wage, paid=list(paid.get(member_id, [0] * 12))
            )
            entries = histories.get(member_id, [])
            for index, end in enumerate(ends):
                if uncertain_entry(entries, [end]) is not None:
                    # A status date the clerk did not give falls around this month: nothing is claimed.
                    row.unknown.append(index + 1)
                elif status_on(entries, end) == ACTIVE:
                    row.due[index] = monthly
            if row.due_total or row.paid_total or row.unknown:
                rows.append(row)
        return rows

    def kept(self, year: int) -> bool:
        """Whether the union keeps dues in the ledger for `year` (any dues paid for its months)."""
        row = self.conn.execute(
            "SELECT 1 FROM dues_payments WHERE month LIKE ? LIMIT 1", (f"{year:04d}-%",)
        ).fetchone()
        return row is not None

    def owing_by_month(self, year: int, member_ids: list[int]) -> dict[int, dict[str, int]] | None:
        """member id -> what each of them owes by month ('YYYY-MM' -> fen, months owing nothing left out) in
        `year`, from one grid of the year for all of them; None when the union keeps no dues that year."""
        if not self.kept(year):
            return None
        owing: dict[int, dict[str, int]] = {member_id: {} for member_id in member_ids}
        for row in self.grid(year, member_ids):
            owing[row.member_id] = {month_key(year, m): row.owing(m) for m in range(1, 13) if row.owing(m) > 0}
        return owing

    # -- collections -----------------------------------------------------------------------------

    def collect(self, date: str, payments: list[tuple[int, str, int]], summary: str = "") -> int:
        """Record payments (member, month 'YYYY-MM', fen) received on `date` as one collection, and post their
        total as one 会费收入 entry. Partial payments and months paid in advance are allowed."""
        errors = FieldErrors()
        if not payments:
            errors.add("payments", msg("没有要登记的会费"))
        for member_id, month, amount in payments:
            if amount <= 0:
                errors.add("payments", msg("会费金额应大于0（会员编号 {member_id}，{month}）", member_id=member_id, month=month))
            if len(month) != 7 or month[4] != "-" or not (1 <= int(month[5:7] or 0) <= 12):
                errors.add("payments", msg("月份“{month}”应写成 2026-03", month=month))
        if errors.errors:
            raise errors
        ids = {p[0] for p in payments}
        found = {
            r[0]
            for r in self.conn.execute(
                f"SELECT id FROM members WHERE id IN ({', '.join('?' * len(ids))})", list(ids)
            )
        }
        if ids - found:
            raise FieldErrors({"payments": msg("会员编号 {ids} 不存在", ids=sorted(ids - found))})
        total = sum(p[2] for p in payments)
        months = sorted({p[1] for p in payments})
        span = months[0] if len(months) == 1 else f"{months[0]}至{months[-1]}"
        summary = summary.strip() or f"收{span}会费（{len(ids)}人）"
        entry = Entry(
            date=date, summary=summary, subject=DUES_SUBJECT, income_fen=total, source_kind=SOURCE_DUES
        )
        self.ledger.check_open(entry.year)
        with self.store.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO dues_collections (date, summary) VALUES (?, ?)", (date, summary)
            )
            collection_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO dues_payments (collection_id, member_id, month, amount_fen) VALUES (?, ?, ?, ?)",
                [(collection_id, *p) for p in payments],
            )
            entry.source_id = collection_id
            self.ledger.add(entry)
        return collection_id

    def collect_all(
        self, year: int, months: list[int], date: str, *, except_ids: set[int] | None = None
    ) -> int | None:
        """ "Everyone paid for these months": each member's owing for them, except the unticked ones.
        None when nobody owed anything."""
        skip = except_ids or set()
        payments = [
            (row.member_id, month_key(year, m), row.owing(m))
            for row in self.grid(year)
            if row.member_id not in skip
            for m in months
            if row.owing(m) > 0
        ]
        if not payments:
            return None
        label = f"{year}年{months[0]}月" if len(months) == 1 else f"{year}年{months[0]}—{months[-1]}月"
        return self.collect(date, payments, f"收{label}会费（{len({p[0] for p in payments})}人）")

    def collections(self, year: int) -> list[Collection]:
        rows = self.conn.execute(
            "SELECT c.id, c.date, c.summary, coalesce(sum(p.amount_fen), 0), count(p.id), "
            "(SELECT e.id FROM ledger_entries e WHERE e.source_kind = ? AND e.source_id = c.id) "
            "FROM dues_collections c LEFT JOIN dues_payments p ON p.collection_id = c.id "
            "WHERE c.date LIKE ? GROUP BY c.id ORDER BY c.date, c.id",
            (SOURCE_DUES, f"{year:04d}-%"),
        )
        return [Collection(*r) for r in rows]

    def delete_collection(self, collection_id: int) -> None:
        """Remove a collection entered by mistake, with its payments and its cash book entry."""
        row = self.conn.execute("SELECT date FROM dues_collections WHERE id = ?", (collection_id,)).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的会费收缴", id=collection_id))
        self.ledger.check_open(int(row[0][:4]))
        with self.store.transaction() as conn:
            conn.execute(
                "DELETE FROM ledger_entries WHERE source_kind = ? AND source_id = ?",
                (SOURCE_DUES, collection_id),
            )
            conn.execute("DELETE FROM dues_collections WHERE id = ?", (collection_id,))

    def collected_between(self, start: str, end: str) -> int:
        """Dues received (by collection date) in [start, end]."""
        row = self.conn.execute(
            "SELECT coalesce(sum(p.amount_fen), 0) FROM dues_payments p JOIN dues_collections c "
            "ON c.id = p.collection_id WHERE c.date BETWEEN ? AND ?",
            (start, end),
        ).fetchone()
        return int(row[0])

    # -- arrears ---------------------------------------------------------------------------------

    def arrears(self, year: int, through_month: int) -> list[Arrears]:
        """Who owes for months January … through_month, which months and how much; the unpaid run that ends
        at through_month (six or more: 自动退会 risk). Runs are counted within the year and the year before."""
        current = {r.member_id: r for r in self.grid(year)}
        previous = {r.member_id: r for r in self.grid(year - 1)}
        out: list[Arrears] = []
        for row in current.values():
            months = [month_key(year, m) for m in range(1, through_month + 1) if row.owing(m) > 0]
            if not months:
                continue
            run = 0
            for m in range(through_month, 0, -1):
                if row.owing(m) <= 0:
                    break
                run += 1
            else:
                before = previous.get(row.member_id)
                for m in range(12, 0, -1):
                    if before is None or before.owing(m) <= 0:
                        break
                    run += 1
            amount = sum(row.owing(m) for m in range(1, through_month + 1))
            out.append(Arrears(row.member_id, row.name, row.department, months, amount, run))
        return sorted(out, key=lambda a: (-a.consecutive, -a.amount_fen, a.name))

    # -- 拨缴经费 ------------------------------------------------------------------------------------

    def add_allocation(
        self,
        date: str,
        payroll_fen: int,
        *,
        period: str = "",
        kept_share: Decimal | None = None,
        notes: str = "",
    ) -> int:
        """The employer's 2% of the payroll: the kept share posts a 拨缴经费收入 entry, the rest is 上解."""
        if payroll_fen <= 0:
            raise FieldErrors({"payroll": msg("工资总额应大于0")})
        share = kept_share if kept_share is not None else self._settings().fund_kept_share
        split = split_allocation(payroll_fen, share)
        entry = Entry(
            date=date,
            summary=f"拨缴经费{period}（工资总额 {format_yuan(payroll_fen)} 元 × 2%，留成 {format_share(share)}）",
            subject=ALLOCATION_SUBJECT,
            income_fen=split.kept_fen,
            source_kind=SOURCE_ALLOCATION,
        )
        self.ledger.check_open(entry.year)
        with self.store.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO fund_allocations (date, period, payroll_fen, allocation_fen, kept_fen, remitted_fen, "
                "notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (date, period, payroll_fen, split.allocation_fen, split.kept_fen, split.remitted_fen, notes),
            )
            entry.source_id = int(cursor.lastrowid or 0)
            if split.kept_fen:
                self.ledger.add(entry)
        return entry.source_id

    def allocations(self, year: int) -> list[tuple]:
        """(id, date, period, payroll, allocation, kept, remitted) of a year."""
        return self.conn.execute(
            "SELECT id, date, period, payroll_fen, allocation_fen, kept_fen, remitted_fen FROM fund_allocations "
            "WHERE date LIKE ? ORDER BY date, id",
            (f"{year:04d}-%",),
        ).fetchall()
