"""Breach messages in the window are the core's words, marked for translation (and equal in Chinese)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from unionclerk.core.benefit_rules import BREACH_MESSAGES, check_visit, shipped_rule_sets
from unionclerk.core.messages import msg
from unionclerk.core.visits import Visit
from unionclerk.ui import breaches
from unionclerk.ui.messages import said


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


def test_a_dues_breach_says_its_months_in_english(english: None) -> None:
    fujian = shipped_rule_sets()["fujian-2018"]
    gift = Visit(date="2026-09-20", kind="节日慰问", festival="中秋", member_id=1, goods="月饼", goods_fen=20000)
    owing = {"2026-03": 2835, "2026-04": 2835, "2026-11": 2835}  # November: after the gift, not owed yet
    (found,) = check_visit(gift, fujian, member_status="在会", same_year=[], dues_owing=owing)
    assert found.code == "dues" and "2026年3月、2026年4月会费 56.70 元" in found.message  # the core's Chinese
    assert breaches.breach_line(found) == (
        "Owes 56.70 yuan of dues for 3/2026, 4/2026; collective benefits call for the dues to be paid first "
        "(Collective benefits only for members whose dues are paid; source: "
        + breaches.source_label(fujian.source)
        + ")"
    )
    (one,) = check_visit(gift, fujian, member_status="在会", same_year=[], dues_owing={"2026-08": 100})
    assert "dues for 8/2026;" in breaches.breach_line(one)
    # The same breach as a param of a message (an import problem, a compliance line) says the same words.
    assert said(msg("超出慰问标准：{breach}", breach=found.described())).endswith(breaches.breach_line(found))


def test_a_rule_of_several_kinds_names_them_in_english(english: None) -> None:
    anhui = shipped_rule_sets()["anhui-2025"]
    hospital = Visit(date="2026-05-01", kind="生病住院", member_id=1, cash_fen=10000)
    surgery = Visit(date="2026-03-01", kind="住院手术", member_id=1, cash_fen=10000, id=7)
    found = check_visit(hospital, anhui, member_status="在会", same_year=[surgery])
    (times,) = [b for b in found if b.code == "times"]
    assert "1 次生病住院、住院手术，每年限 1 次" in times.message
    assert breaches.breach_line(times).startswith("1 Illness in hospital, Surgery already in 2026; the limit is 1")
