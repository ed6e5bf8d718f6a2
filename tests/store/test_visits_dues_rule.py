"""Collective benefits only to members whose dues are paid, where the union keeps dues in the ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionclerk.cli import main
from unionclerk.core.benefit_rules import DUES_RULE, check_visit, shipped_rule_sets
from unionclerk.core.members import Member
from unionclerk.core.visits import FESTIVAL_KIND, Visit
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitStore

FUJIAN = "福建省总工会基层工会经费收支管理办法（2018年）"


def _gift(member_id: int, date: str = "2026-09-20", kind: str = FESTIVAL_KIND) -> Visit:
    festival = "中秋" if kind == FESTIVAL_KIND else ""
    return Visit(date=date, kind=kind, member_id=member_id, festival=festival, goods="月饼", goods_fen=20000)


def test_core_rule_needs_the_flag_a_collective_kind_and_months_before() -> None:
    rules = shipped_rule_sets()["fujian-2018"]
    assert rules.dues_paid_for_collective and "夏送清凉" in rules.collective_kinds
    owing = {"2026-07": 2835, "2026-08": 2835, "2026-09": 2835}
    found = check_visit(_gift(1), rules, member_status="在会", same_year=[], dues_owing=owing)
    assert [(b.rule, b.source, b.code) for b in found] == [(DUES_RULE, FUJIAN, "dues")]
    assert "2026年7月、2026年8月" in found[0].message and "56.70" in found[0].message  # not September
    assert check_visit(_gift(1), rules, member_status="在会", same_year=[], dues_owing=None) == []
    assert check_visit(_gift(1), rules, member_status="在会", same_year=[], dues_owing={}) == []
    only_this_month = {"2026-09": 2835}
    assert check_visit(_gift(1), rules, member_status="在会", same_year=[], dues_owing=only_this_month) == []
    hospital = Visit(date="2026-09-20", kind="生病住院", member_id=1, cash_fen=20000)
    assert check_visit(hospital, rules, member_status="在会", same_year=[], dues_owing=owing) == []
    summer = _gift(1, kind="夏送清凉")
    assert [
        b.code for b in check_visit(summer, rules, member_status="在会", same_year=[], dues_owing=owing)
    ] == ["dues"]
    rules.dues_paid_for_collective = False
    assert check_visit(_gift(1), rules, member_status="在会", same_year=[], dues_owing=owing) == []


def _union(store: Store) -> tuple[int, int]:
    save_settings(store, load_settings(store).with_text("province", "福建"))
    roster = MemberStore(store)
    payer = roster.add(Member(name="张三", department="检验科", join_date="2015-01-01", wage_base_fen=567800))
    owes = roster.add(Member(name="李四", department="办公室", join_date="2015-01-01", wage_base_fen=567800))
    return payer, owes


def test_no_warning_when_no_dues_are_kept(store: Store) -> None:
    payer, owes = _union(store)
    visits = VisitStore(store)
    assert visits.breaches_for(_gift(owes)) == []
    assert (
        visits.batch_breaches(date="2026-09-20", festival="中秋", goods_fen=20000, member_ids=[payer, owes])
        == {}
    )


def test_owing_member_warned_in_the_form_the_batch_and_the_compliance_report(store: Store) -> None:
    payer, owes = _union(store)
    dues = DuesStore(store)
    dues.collect_all(2026, list(range(1, 9)), "2026-08-31", except_ids={owes})
    dues.collect("2026-03-31", [(owes, "2026-01", 2835), (owes, "2026-02", 2835)])
    visits = VisitStore(store)
    single = visits.breaches_for(_gift(owes))
    assert [b.rule for b in single] == [DUES_RULE]
    assert "2026年3月" in single[0].message and "2026年8月" in single[0].message
    assert "2026年2月" not in single[0].message and "170.10" in single[0].message
    assert visits.breaches_for(_gift(payer)) == []
    assert (
        visits.breaches_for(Visit(date="2026-09-20", kind="生病住院", member_id=owes, cash_fen=20000)) == []
    )
    # Before the arrears began, the 春节 gift was fine.
    assert visits.breaches_for(_gift(owes, date="2026-02-10")) == []
    found = visits.batch_breaches(
        date="2026-09-20", festival="中秋", goods_fen=20000, member_ids=[payer, owes]
    )
    assert list(found) == [owes] and found[owes] == single
    batch = visits.add_batch(
        date="2026-09-20",
        festival="中秋",
        goods="月饼",
        goods_fen=20000,
        member_ids=[payer, owes],
        breach_reasons={owes: "已承诺十月补缴"},
    )
    assert batch
    lines = visits.compliance(2026)
    assert [(line.visit.member_name, line.breach.rule, line.visit.breach_reason) for line in lines] == [
        ("李四", DUES_RULE, "已承诺十月补缴")
    ]
    # Paying the arrears clears it.
    dues.collect("2026-09-25", [(owes, f"2026-{m:02d}", 2835) for m in range(3, 9)])
    assert visits.compliance(2026) == []


def test_report_compliance_names_the_dues_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u.db"
    with Store.open(path, daily_backup=False) as store:
        payer, owes = _union(store)
        DuesStore(store).collect("2026-01-31", [(payer, "2026-01", 2835)])
        VisitStore(store).add_batch(
            date="2026-02-13", festival="春节", goods="米油", goods_fen=20000, member_ids=[payer, owes]
        )
    assert main(["report", "compliance", "--year", "2026", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line[:2] == "1."]
    assert len(lines) == 1 and "李四" in lines[0] and DUES_RULE in lines[0] and FUJIAN in out
    assert "2026年1月" in lines[0]
    assert "2." not in [line[:2] for line in out.splitlines()]


def _owing_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, list[int]]]:
    """Each read of the dues of a year (year, the members asked about), the read itself left to run."""
    reads: list[tuple[int, list[int]]] = []
    real = DuesStore.owing_by_month

    def counted(self: DuesStore, year: int, member_ids: list[int]) -> dict[int, dict[str, int]] | None:
        reads.append((year, list(member_ids)))
        return real(self, year, member_ids)

    monkeypatch.setattr(DuesStore, "owing_by_month", counted)
    return reads


def test_import_warns_a_festival_row_of_a_member_owing_dues(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.transfer.transfer_files import write_workbook
    from unionclerk.transfer.visits import import_visits, read_visits

    payer, owes = _union(store)
    dues = DuesStore(store)
    dues.collect_all(2026, list(range(1, 9)), "2026-08-31", except_ids={owes})
    dues.collect("2026-03-31", [(owes, "2026-01", 2835), (owes, "2026-02", 2835)])
    path = write_workbook(
        tmp_path / "v.xlsx",
        [
            ["日期", "姓名", "慰问类别", "慰问金", "慰问品", "物品价值", "超标理由"],
            ["2026-09-20", "张三", "中秋", None, "月饼", 200, None],
            ["2026-09-20", "李四", "中秋", None, "月饼", 200, None],
            ["2026-09-21", "李四", "生病住院", 300, None, None, None],
            ["2026-02-10", "李四", "春节", None, "米油", 200, None],  # before the arrears began
            ["2026-07-01", "李四", "夏送清凉", None, "绿豆", 50, "已承诺补缴"],  # a collective kind
        ],
    )
    reads = _owing_reads(monkeypatch)
    parsed = read_visits(path, store)
    assert not [p for p in parsed.problems if p.is_error]
    warned = {p.row: p.describe() for p in parsed.problems if not p.is_error}
    assert sorted(warned) == [3, 6]
    assert DUES_RULE in warned[3] and "可在“超标理由”列说明" in warned[3]
    assert "2026年3月、2026年4月、2026年5月、2026年6月、2026年7月、2026年8月" in warned[3]
    assert "170.10" in warned[3] and "2026年2月" not in warned[3]
    assert DUES_RULE in warned[6] and "2026年3月、2026年4月、2026年5月、2026年6月" in warned[6]
    assert "2026年7月" not in warned[6] and "可在" not in warned[6]  # the month of the visit is not owed yet
    # One read of the year for every member of the file, not one a row.
    assert reads == [(2026, sorted([payer, owes]))]
    report = import_visits(store, parsed)
    assert report.written and report.added == 5


def test_a_visit_that_is_not_collective_reads_no_dues(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _payer, owes = _union(store)
    DuesStore(store).collect("2026-01-31", [(owes, "2026-01", 2835)])
    reads = _owing_reads(monkeypatch)
    visits = VisitStore(store)
    hospital = Visit(date="2026-09-20", kind="生病住院", member_id=owes, cash_fen=20000)
    assert visits.breaches_for(hospital) == []
    assert reads == []
    assert [b.rule for b in visits.breaches_for(_gift(owes))] == [DUES_RULE]
    assert reads == [(2026, [owes])]


def test_dues_owing_by_month_for_many_members(store: Store) -> None:
    payer, owes = _union(store)
    dues = DuesStore(store)
    assert dues.owing_by_month(2026, [payer, owes]) is None  # no dues kept yet
    dues.collect("2026-02-28", [(payer, "2026-01", 2835), (payer, "2026-02", 2835), (owes, "2026-01", 1000)])
    owing = dues.owing_by_month(2026, [payer, owes])
    assert owing is not None and set(owing) == {payer, owes}
    assert owing[owes]["2026-01"] == 1835 and owing[owes]["2026-02"] == 2835 and len(owing[owes]) == 12
    assert "2026-01" not in owing[payer] and "2026-02" not in owing[payer] and owing[payer]["2026-03"] == 2835
    assert dues.owing_by_month(2025, [payer]) is None
