"""The summary's 关心职工生活 section is written from the visits book (篇4's figures in the demo)."""

from __future__ import annotations

from unionclerk.core.members import Member
from unionclerk.core.visits import Visit
from unionclerk.reports.summary import Period, build_document
from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitStore


def _section(store: Store, period: Period) -> list[str]:
    doc = build_document(store, period)
    return [b.number + b.text for b in doc.blocks if b.key.startswith("visits")]


def test_demo_year_visits_in_the_summary(store: Store) -> None:
    build_demo(store, year=2025)
    lines = _section(store, Period.year(2025))
    text = "\n".join(lines)
    assert lines[0].endswith("关心职工生活，做好慰问帮扶")
    assert "共慰问职工159人次，发放慰问金和慰问品合计39900元" in text
    assert "春节前夕，为75名会员发放大米、食用油，每人价值300元，合计22500元。" in text
    assert "探望生病住院职工5人次，送去慰问品价值800元。" in text  # 篇4: 探望生病职工5次，慰问品价值800余元
    # 篇4: 慰问离退休干部…慰问金200元 — a part of the total, said in the lead, never a numbered item of its own
    assert "合计39900元，其中慰问保留会籍的退休人员1人，共200元。" in lines[1]
    assert not any("其中" in line.split(".", 1)[-1][:2] for line in lines[2:])
    assert "开展困难职工帮扶1人次，发放资金1000元。" in text


def test_no_visits_no_section(store: Store, members: MemberStore) -> None:
    zhang = members.add(Member(name="张三", join_date="2015-01-01"))
    VisitStore(store).add(Visit(date="2025-03-01", kind="结婚", member_id=zhang, cash_fen=50050))
    assert _section(store, Period.year(2026)) == []
    lines = _section(store, Period.year(2025))
    assert "结婚慰问1人次，慰问金500.50元。" in "\n".join(lines)


def test_festival_gifts_of_different_values_give_no_per_person_value(
    store: Store, members: MemberStore
) -> None:
    """「每人价值」 only when everyone got the same; an imported book can hold different gifts for one festival."""
    ids = [members.add(Member(name=name, join_date="2015-01-01")) for name in ("张三", "李四", "王五")]
    visits = VisitStore(store)
    for member_id, fen in zip(ids, (30000, 30000, 25000), strict=True):
        visits.add(
            Visit(
                date="2025-01-20",
                kind="节日慰问",
                festival="春节",
                member_id=member_id,
                goods="大米",
                goods_fen=fen,
            )
        )
    text = "\n".join(_section(store, Period.year(2025)))
    assert "春节前夕，为3名会员发放大米，合计850元。" in text
    assert "每人价值" not in text
    visits.add(
        Visit(
            date="2025-06-10",
            kind="节日慰问",
            festival="端午",
            member_id=ids[0],
            goods="粽子",
            goods_fen=8000,
        )
    )
    visits.add(
        Visit(
            date="2025-06-10",
            kind="节日慰问",
            festival="端午",
            member_id=ids[1],
            goods="粽子",
            goods_fen=8000,
        )
    )
    assert "端午前夕，为2名会员发放粽子，每人价值80元，合计160元。" in "\n".join(
        _section(store, Period.year(2025))
    )


def test_aid_names_only_the_kinds_that_happened(store: Store, members: MemberStore) -> None:
    """夏送清凉 alone is not called 困难帮扶 or 送温暖: the sentence names what was done."""
    ids = [members.add(Member(name=name, join_date="2015-01-01")) for name in ("张三", "李四", "王五")]
    visits = VisitStore(store)
    for member_id in ids:
        visits.add(
            Visit(date="2025-07-20", kind="夏送清凉", member_id=member_id, goods="绿豆汤料", goods_fen=5000)
        )
    lines = _section(store, Period.year(2025))
    assert lines[2:] == ["1.开展“夏送清凉”3人次，发放物品价值150元。"]  # no 困难帮扶, no 送温暖
    visits.add(Visit(date="2025-09-01", kind="金秋助学", member_id=ids[0], cash_fen=100000))
    text = "\n".join(_section(store, Period.year(2025)))
    assert "开展“夏送清凉”和“金秋助学”4人次，发放资金1000元、物品价值150元。" in text
    visits.add(Visit(date="2025-12-20", kind="困难帮扶", member_id=ids[1], cash_fen=200000))
    text = "\n".join(_section(store, Period.year(2025)))
    assert "开展困难职工帮扶、“夏送清凉”、“金秋助学”5人次，发放资金3000元、物品价值150元。" in text
