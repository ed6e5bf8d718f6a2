"""The summary's 经费管理 section states the cash book's own figures for the period, and is left out without any."""

from __future__ import annotations

import datetime as dt

from unionclerk.core.ledger import Entry
from unionclerk.core.members import Member
from unionclerk.reports.summary import BOTH, Period, build_document
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerStore
from unionclerk.store.members import MemberStore


def _text(store: Store, period: Period) -> str | None:
    document = build_document(store, period, BOTH, on=dt.date(2025, 12, 31))
    found = [b.text for b in document.blocks if b.key == "ledger.text"]
    return found[0] if found else None


def test_no_fund_section_without_entries(store: Store) -> None:
    assert _text(store, Period.year(2025)) is None


def test_fund_section_states_the_cash_book_figures(store: Store) -> None:
    member = MemberStore(store).add(Member(name="张三", wage_base_fen=500000, join_date="2020-01-01"))
    ledger = LedgerStore(store)
    ledger.set_opening(2025, 10000_00)
    DuesStore(store).collect("2025-03-31", [(member, f"2025-0{m}", 2500) for m in (1, 2, 3)])
    ledger.add(Entry("2025-03-25", "拨缴经费", "402", income_fen=12000_00))
    ledger.add(Entry("2025-01-20", "春节慰问", "50105", expense_fen=3000_50))
    ledger.add(Entry("2025-09-10", "困难职工帮扶", "50404", expense_fen=500_00))
    text = _text(store, Period.year(2025))
    assert text is not None
    assert "工会经费收入12075元（拨缴经费收入12000元、会费收入75元）" in text
    assert "支出3500.50元（职工活动支出3000.50元、维权支出500元）" in text
    assert "经费结余18574.50元" in text  # 10000 + 12075 - 3500.50
    assert "会员会费应缴300元，实收75元" in text
    first_half = _text(store, Period.half(2025, 1))
    assert first_half is not None and "维权支出" not in first_half and "经费结余19074.50元" in first_half
