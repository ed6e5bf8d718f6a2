"""Dues month by month from the status history, collections posting 会费收入, arrears, 拨缴经费."""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionclerk.core.members import FieldErrors, Member
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerQuery, LedgerStore, YearClosed
from unionclerk.store.members import MemberStore


@pytest.fixture
def dues(store: Store) -> DuesStore:
    return DuesStore(store)


def _member(members: MemberStore, name: str, wage_fen: int, joined: str = "2020-01-01") -> int:
    return members.add(Member(name=name, wage_base_fen=wage_fen, join_date=joined))


def test_due_only_for_months_in_the_union(members: MemberStore, dues: DuesStore) -> None:
    steady = _member(members, "张三", 567800)
    newcomer = _member(members, "李四", 300000, joined="2025-03-15")
    retiree = _member(members, "王五", 400000)
    members.change_status(retiree, "保留会籍", "2025-06-30", "退休")
    leaver = _member(members, "赵六", 500000)
    members.change_status(leaver, "转出", "2025-09-10", "调离")
    rows = {r.member_id: r for r in dues.grid(2025)}
    assert rows[steady].due == [2835] * 12
    assert rows[newcomer].due == [0, 0] + [1500] * 10
    assert rows[retiree].due == [2000] * 5 + [0] * 7  # retired on 30 June: June is owed no more
    assert rows[leaver].due == [2500] * 8 + [0] * 4
    assert rows[steady].due_total == 34020


def test_collection_posts_one_income_entry_and_fills_the_grid(members: MemberStore, dues: DuesStore) -> None:
    a = _member(members, "张三", 567800)
    b = _member(members, "李四", 300000)
    collection = dues.collect(
        "2025-03-10", [(a, "2025-03", 2835), (b, "2025-03", 1000), (a, "2025-04", 2835)]
    )
    entries = LedgerStore(dues.store).page(LedgerQuery(2025), 0, 10)
    assert len(entries) == 1
    assert (entries[0].subject, entries[0].income_fen, entries[0].source_id) == ("401", 6670, collection)
    rows = {r.member_id: r for r in dues.grid(2025)}
    assert rows[a].paid[2:4] == [2835, 2835]  # April paid in advance
    assert rows[b].owing(3) == 500  # a partial payment
    assert dues.collected_between("2025-01-01", "2025-12-31") == 6670


def test_everyone_paid_except_the_unticked(members: MemberStore, dues: DuesStore) -> None:
    a = _member(members, "张三", 567800)
    b = _member(members, "李四", 300000)
    c = _member(members, "王五", 400000)
    dues.collect("2025-05-02", [(b, "2025-05", 700)])
    dues.collect_all(2025, [5], "2025-05-31", except_ids={c})
    rows = {r.member_id: r for r in dues.grid(2025)}
    assert [rows[m].owing(5) for m in (a, b, c)] == [0, 0, 2000]
    assert LedgerStore(dues.store).totals(LedgerQuery(2025)) == (2, 700 + 2835 + 800, 0)


def test_collection_refuses_bad_payments_and_closed_years(members: MemberStore, dues: DuesStore) -> None:
    a = _member(members, "张三", 567800)
    with pytest.raises(FieldErrors):
        dues.collect("2025-03-10", [(a, "2025-03", 0)])
    with pytest.raises(FieldErrors):
        dues.collect("2025-03-10", [(9999, "2025-03", 100)])
    ledger = LedgerStore(dues.store)
    ledger.close_year(2025, 0)
    with pytest.raises(YearClosed):
        dues.collect("2025-03-10", [(a, "2025-03", 100)])
    assert dues.collections(2025) == []


def test_deleting_a_collection_takes_its_entry(members: MemberStore, dues: DuesStore) -> None:
    a = _member(members, "张三", 567800)
    collection = dues.collect("2025-03-10", [(a, "2025-03", 2835)])
    assert dues.collections(2025)[0].total_fen == 2835
    dues.delete_collection(collection)
    assert LedgerStore(dues.store).count(LedgerQuery(2025)) == 0
    assert dues.grid(2025)[0].paid_total == 0


def test_arrears_and_the_six_month_warning(members: MemberStore, dues: DuesStore) -> None:
    a = _member(members, "张三", 567800)
    b = _member(members, "李四", 300000)
    dues.collect("2025-01-10", [(a, "2025-01", 2835), (b, f"2025-0{1}", 1500)])
    dues.collect("2025-06-10", [(b, f"2025-0{m}", 1500) for m in range(2, 7)])
    found = {x.member_id: x for x in dues.arrears(2025, 7)}
    assert found[a].months == [f"2025-0{m}" for m in range(2, 8)]
    assert found[a].amount_fen == 6 * 2835 and found[a].consecutive == 6 and found[a].warning
    assert found[b].months == ["2025-07"] and not found[b].warning


def test_allocation_keeps_the_provincial_share(dues: DuesStore) -> None:
    dues.add_allocation("2025-03-31", 100_000_00, period="第一季度", kept_share=Decimal("0.6"))
    assert dues.allocations(2025)[0][3:] == (100_000_00, 2_000_00, 1_200_00, 800_00)
    assert LedgerStore(dues.store).totals(LedgerQuery(2025)) == (1, 1_200_00, 0)


def test_a_change_of_unknown_date_claims_no_dues_around_it(members: MemberStore, dues: DuesStore) -> None:
    leaver = _member(members, "钱七", 400000, joined="2025-01-01")
    with members.store.transaction() as conn:  # recorded on 2025-06-15 without its date
        conn.execute(
            "INSERT INTO member_status_history (member_id, status, date, reason, date_unknown, recorded_at) "
            "VALUES (?, '转出', '2025-01-01', '调离', 1, '2025-06-15 10:00:00')",
            (leaver,),
        )
    row = next(r for r in dues.grid(2025) if r.member_id == leaver)
    assert row.due == [0] * 12  # 在会 until some day between joining and 15 June, then gone
    assert row.unknown == [1, 2, 3, 4, 5]  # January to May: 在会 or already 转出, nobody can say
    steady = _member(members, "孙八", 400000, joined="2025-01-01")
    assert next(r for r in dues.grid(2025) if r.member_id == steady).due == [2000] * 12


def test_the_grid_of_some_members_reads_only_their_histories(
    store: Store, members: MemberStore, dues: DuesStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A visit's dues check asks for one member's grid: the same row as in the whole roster's grid, from that
    member's status history alone (a long list of members is read with the roster and filtered)."""
    retiree = _member(members, "王五", 400000)
    members.change_status(retiree, "保留会籍", "2025-06-30", "退休")
    others = [_member(members, f"会员{i}", 300000) for i in range(4)]
    whole = {r.member_id: r for r in dues.grid(2025)}
    read: list[int] = []
    histories = MemberStore.dated_histories

    def counted(self: MemberStore, member_ids: object = None):  # type: ignore[no-untyped-def]
        for found in histories(self, member_ids):  # type: ignore[arg-type]
            read.append(found[0])
            yield found

    monkeypatch.setattr(MemberStore, "dated_histories", counted)
    [row] = dues.grid(2025, [retiree])
    assert read == [retiree]
    assert (row.member_id, row.due, row.paid) == (retiree, whole[retiree].due, whole[retiree].paid)
    assert row.due == [2000] * 5 + [0] * 7
    read.clear()
    monkeypatch.setattr("unionclerk.store.members._FEW_MEMBERS", 2)
    rows = dues.grid(2025, [retiree, *others[:3]])
    assert sorted(read) == sorted([retiree, *others[:3]])
    assert {r.member_id: r.due for r in rows} == {m: whole[m].due for m in [retiree, *others[:3]]}
