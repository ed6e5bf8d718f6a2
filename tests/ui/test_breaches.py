"""Breach messages in the window are the core's words, marked for translation (and equal in Chinese)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from unionclerk.core.benefit_rules import BREACH_MESSAGES, check_visit, shipped_rule_sets
from unionclerk.core.visits import Visit
from unionclerk.ui import breaches


def test_window_texts_match_the_core(qtbot: QtBot) -> None:
    assert breaches._MESSAGES == BREACH_MESSAGES
    anhui = shipped_rule_sets()["anhui-2025"]
    cake = Visit(date="2026-05-01", kind="生日", member_id=1, goods="蛋糕", goods_fen=60000)
    found = [
        *check_visit(cake, anhui, member_status="保留会籍", same_year=[cake]),
        *check_visit(cake, anhui, member_status="转出", same_year=[]),
    ]
    assert {b.code for b in found} == {"retiree", "per_year", "members_only"}
    hospital = Visit(date="2026-05-01", kind="生病住院", member_id=1, cash_fen=300000)
    found += check_visit(
        hospital,
        anhui,
        member_status="在会",
        same_year=[replace(hospital, id=7)],
    )
    assert {"per_event", "times"} <= {b.code for b in found}
    for breach in found:
        assert breaches.breach_line(breach) == breach.described()
