"""Benchmark of the 经费 book on a 200,000-entry year: the streamed 经费收支明细账 export against openpyxl writing
the same cells (write-only, and default mode), and the cash book's first page against a plain query."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerQuery, LedgerStore
from unionclerk.transfer.ledger_books import export_ledger, ledger_rows
from unionclerk.transfer.row_stream import Money

SUBJECTS = ["401", "402", "50101", "50102", "50105", "50301", "50404", "50405", "50501", "50502", "510"]
SUMMARIES = [
    "收会费",
    "拨缴经费",
    "春节慰问",
    "职工运动会",
    "困难职工帮扶",
    "业务培训",
    "职工书屋购书",
    "会议",
]


def fill(store: Store, n: int, year: int = 2025, seed: int = 9) -> None:
    """n entries spread over a year, inserted in one statement (the API checks each; this is test data)."""
    rng = random.Random(seed)
    rows = []
    for voucher in range(1, n + 1):
        subject = rng.choice(SUBJECTS)
        amount = rng.randint(100, 2_000_000)
        income = subject.startswith("4")
        day = 1 + (voucher * 365) // (n + 1)
        date = (dt_start(year) + day_delta(day - 1)).isoformat()
        rows.append(
            (
                year,
                date,
                voucher,
                rng.choice(SUMMARIES),
                subject,
                amount if income else 0,
                0 if income else amount,
            )
        )
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO ledger_entries (year, date, voucher, summary, subject, income_fen, expense_fen) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    LedgerStore(store).set_opening(year, 1_000_000_00)


def dt_start(year: int):  # -> datetime.date
    import datetime as dt

    return dt.date(year, 1, 1)


def day_delta(days: int):  # -> datetime.timedelta
    import datetime as dt

    return dt.timedelta(days=days)


def _best(run: Callable[[], object], repeats: int) -> float:
    """Best CPU time of `repeats` runs: the machine may be busy with other work, which wall time would count."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def run(n: int = 200_000) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="unionclerk-bench-") as folder:
        path = Path(folder) / "bench.db"
        with Store.open(path, daily_backup=False) as store:
            fill(store, n)
            # The same cells for openpyxl: amounts as the yuan numbers the book shows.
            cells = [
                [v / 100 if isinstance(v, Money) else v for v in values]
                for _bold, values in ledger_rows(store, 2025)
            ]
            repeats = 3 if n <= 50_000 else 1

            def ours() -> None:
                export_ledger(store, Path(folder) / "ours.xlsx", year=2025)

            def raw_write_only() -> None:
                book = Workbook(write_only=True)
                sheet = book.create_sheet("经费收支明细账")
                for row in cells:
                    sheet.append(row)
                book.save(Path(folder) / "raw.xlsx")

            def raw_default() -> None:
                book = Workbook()
                sheet = book.active
                for row in cells:
                    sheet.append(row)
                book.save(Path(folder) / "default.xlsx")

            t_ours = _best(ours, repeats)
            t_raw = _best(raw_write_only, repeats)
            t_default = _best(raw_default, repeats)

            ledger = LedgerStore(store)
            query = LedgerQuery(2025)

            def first_page() -> None:
                ledger.count(query)
                ledger.page(query, 0, 200)

            def plain_page() -> None:
                # What a roster-like paged table costs: count the rows, read the first 200 in order by index.
                store.conn.execute("SELECT count(*) FROM ledger_entries").fetchone()
                store.conn.execute(
                    "SELECT * FROM ledger_entries ORDER BY date, voucher, id LIMIT 200"
                ).fetchall()

            pages = [_best(first_page, 1) for _ in range(5)]
            plain = [_best(plain_page, 1) for _ in range(5)]
    page_ms, plain_ms = statistics.median(pages) * 1000, statistics.median(plain) * 1000
    return [
        f"entries: {n}, rows written: {len(cells)}",
        f"ledger-export: {t_ours / t_raw:.2f}x (target <= 1.3)  [ours {t_ours:.2f}s, raw write-only {t_raw:.2f}s]",
        f"ledger-export-vs-default: {t_ours / t_default:.2f}x (target <= 0.5)  [openpyxl default {t_default:.2f}s]",
        f"ledger-first-page: {page_ms:.1f} ms with running balances (a plain paged table without balances: "
        f"{plain_ms:.1f} ms, {page_ms / plain_ms:.1f}x)",
    ]
