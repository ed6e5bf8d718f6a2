"""The compliance report's lines: a family recipient and a festival said through the visit row's own words, and
the rule set read once however many years the figures span."""

from __future__ import annotations

import pytest

from unionclerk.core.members import Member
from unionclerk.core.messages import Message
from unionclerk.core.visits import Visit
from unionclerk.reports.compliance import compliance_lines
from unionclerk.reports.visits import visit_figures
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.ui.messages import said


def _breaking_union(store: Store) -> None:
    """安徽's caps: a 3,000 元 hospital visit to a member's father, and a 2,500 元 中秋 gift (both over)."""
    save_settings(store, load_settings(store).with_text("province", "安徽"))
    zhang = MemberStore(store).add(Member(name="张三", department="检验科", join_date="2015-01-01"))
    visits = VisitStore(store)
    visits.add(
        Visit(date="2025-12-01", kind="生病住院", member_id=zhang, person_name="张大山", relation="父母",
              cash_fen=300000, breach_reason="病重")
    )  # fmt: skip
    visits.add(Visit(date="2026-09-20", kind="节日慰问", festival="中秋", member_id=zhang, goods="月饼",
                     goods_fen=250000))  # fmt: skip


def test_a_visit_row_says_its_recipient_and_kind_as_messages(store: Store, english: None) -> None:
    _breaking_union(store)
    father, gift = VisitStore(store).list(VisitQuery(descending=False))
    assert father.recipient == "张大山（张三的父母）" and isinstance(father.recipient, Message)
    assert said(father.recipient) == "张大山 (张三's parent)"
    assert gift.recipient == "张三" and father.kind_label == "生病住院"
    assert gift.kind_label == "节日慰问·中秋" and isinstance(gift.kind_label, Message)
    assert said(gift.kind_label) == "Festival gift · Mid-Autumn"


def test_compliance_lines_name_the_recipient_and_the_festival(store: Store, english: None) -> None:
    _breaking_union(store)
    chinese = [line for line in compliance_lines(store, 2026) if line[:2] == "1."]
    assert len(chinese) == 1 and "  张三（检验科）  节日慰问·中秋  2,500.00 元" in chinese[0], chinese
    assert "  Zhang" not in said(chinese[0]) and "  Festival gift · Mid-Autumn  " in said(chinese[0])
    family = [line for line in compliance_lines(store, 2025) if line[:2] == "1."]
    assert len(family) == 1 and "  张大山（张三的父母）（检验科）  生病住院  3,000.00 元" in family[0], family
    assert "张大山 (张三's parent)" in said(family[0]) and "理由：病重" in family[0]


def test_the_rule_set_is_read_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _breaking_union(store)
    reads: list[None] = []
    real = VisitStore.rule_set

    def counted(self: VisitStore) -> object:
        reads.append(None)
        return real(self)

    monkeypatch.setattr(VisitStore, "rule_set", counted)
    lines = compliance_lines(store, 2026)
    assert len(reads) == 1 and any("节日慰问·中秋" in line for line in lines)
    reads.clear()
    figures = visit_figures(store, "2025-01-01", "2026-12-31")
    assert len(reads) == 1 and [line.visit.date for line in figures.breaches] == ["2025-12-01", "2026-09-20"]
