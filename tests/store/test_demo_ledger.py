"""The demo union's 经费 book agrees with its roster and activities, to the fen."""

from __future__ import annotations

import datetime as dt

from unionclerk.core.ledger import SOURCE_ACTIVITY
from unionclerk.reports.ledger import ledger_figures
from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo, demo_year
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerQuery, LedgerStore


def test_demo_has_a_reconciled_year_of_cash_book_and_dues(store: Store) -> None:
    build_demo(store)
    year = demo_year(dt.date.today())
    ledger = LedgerStore(store)
    entries, income, expense = ledger.totals(LedgerQuery(year))
    assert entries > 20 and income > 0 and expense > 0
    figures = ledger_figures(store, f"{year}-01-01", f"{year}-12-31")
    assert figures.dues_collected_fen == figures.income["401"] > 0
    assert figures.closing_fen == ledger.closing_balance(year) > 0
    costs = store.conn.execute(
        "SELECT coalesce(sum(cost_fen), 0) FROM activities WHERE date BETWEEN ? AND ? AND date <= ?",
        (f"{year}-01-01", f"{year}-12-31", dt.date.today().isoformat()),
    ).fetchone()[0]
    linked = store.conn.execute(
        "SELECT coalesce(sum(expense_fen), 0) FROM ledger_entries WHERE source_kind = ?", (SOURCE_ACTIVITY,)
    ).fetchone()[0]
    assert linked == costs > 0
    through = 12 if dt.date.today().year > year else dt.date.today().month
    warned = [a for a in DuesStore(store).arrears(year, through) if a.warning]
    assert len(warned) == 1  # one member seven months behind


def test_demo_vouchers_are_numbered_in_date_order(store: Store) -> None:
    """A clerk numbers the vouchers as the month's records are made: the demo's book reads 1, 2, 3 … by date."""
    build_demo(store)
    year = demo_year(dt.date.today())
    book = store.conn.execute(
        "SELECT voucher FROM ledger_entries WHERE year = ? ORDER BY date, voucher", (year,)
    ).fetchall()
    assert [voucher for (voucher,) in book] == list(range(1, len(book) + 1))
