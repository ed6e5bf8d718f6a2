"""Benchmark of the 慰问 book on a federation-sized roster: a festival batch to everyone (rule check and write),
then the visits list (first page) and its totals, against raw sqlite3 doing the same writes and reads."""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from unionclerk.bench.members import build_database
from unionclerk.store.db import Store
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.ui.models.visits_model import VisitsModel

REPEATS = 5


def run(n: int = 100_000) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_database(path, n)
        store = Store.open(path, daily_backup=False)
        try:
            save_settings(store, load_settings(store).with_text("province", "安徽"))
            visits = VisitStore(store)
            ids = [r[0] for r in store.conn.execute("SELECT id FROM members WHERE status = '在会'")]

            start = time.perf_counter()
            breaches = visits.batch_breaches(
                date="2026-02-13", festival="春节", goods_fen=30000, member_ids=ids
            )
            checked = time.perf_counter() - start
            start = time.perf_counter()
            visits.add_batch(
                date="2026-02-13", festival="春节", goods="米油", goods_fen=30000, member_ids=ids
            )
            written = time.perf_counter() - start

            raw = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
            raw.execute(
                "CREATE TABLE v (date TEXT, kind TEXT, member_id INTEGER, festival TEXT, goods TEXT, "
                "goods_fen INTEGER, batch_id INTEGER)"
            )
            raw.execute("CREATE INDEX iv ON v(date)")
            start = time.perf_counter()
            raw.execute("BEGIN")
            raw.executemany(
                "INSERT INTO v VALUES ('2026-02-13', '节日慰问', ?, '春节', '米油', 30000, 1)",
                [(i,) for i in ids],
            )
            raw.execute("COMMIT")
            raw_written = time.perf_counter() - start

            model = VisitsModel(visits)

            def shown() -> float:
                # A filter change in the tab: the model re-queries (count and first page), the totals line sums.
                model.set_query(VisitQuery())
                begin = time.perf_counter()
                model.set_query(VisitQuery(year=2026))
                visits.totals(model.query)
                app.processEvents()
                return time.perf_counter() - begin

            def raw_read() -> float:
                begin = time.perf_counter()
                raw.execute(
                    "SELECT * FROM v WHERE date BETWEEN '2026-01-01' AND '2026-12-31' "
                    "ORDER BY date DESC LIMIT 200"
                ).fetchall()
                raw.execute(
                    "SELECT count(*), sum(goods_fen) FROM v WHERE date BETWEEN '2026-01-01' AND '2026-12-31'"
                ).fetchone()
                return time.perf_counter() - begin

            start = time.perf_counter()
            breaches_in_year = len(visits.compliance(2026))
            compliance_time = time.perf_counter() - start
            list_time = statistics.median(shown() for _ in range(REPEATS))
            raw_list = statistics.median(raw_read() for _ in range(REPEATS))
            raw.close()
        finally:
            store.close()
    return [
        f"festival batch write ({len(ids)} records, one transaction): {written / raw_written:.2f}x raw executemany "
        f"({written * 1000:.0f} ms vs {raw_written * 1000:.0f} ms)",
        f"rule check of the whole batch: {checked * 1000:.0f} ms ({len(breaches)} breaches)",
        f"compliance report of the year ({len(ids)} visits): {compliance_time * 1000:.0f} ms "
        f"({breaches_in_year} breaches)",
        f"visits list filter change, first page + totals (median of {REPEATS}): {list_time / raw_list:.2f}x raw query "
        f"({list_time * 1000:.1f} ms vs {raw_list * 1000:.1f} ms)",
    ]
