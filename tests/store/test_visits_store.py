"""Visits in the store: records tied to members, filters and totals, festival batches, kinds, rule checks."""

from __future__ import annotations

import sqlite3

import pytest

from unionclerk.core.members import FieldErrors, Member
from unionclerk.core.visits import FESTIVAL_KIND, Visit
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, RecordInUse
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitQuery, VisitStore


@pytest.fixture
def visits(store: Store) -> VisitStore:
    return VisitStore(store)


@pytest.fixture
def people(members: MemberStore) -> dict[str, int]:
    ids = {}
    for name, dept, _status in (
        ("张三", "检验科", "在会"),
        ("李四", "办公室", "在会"),
        ("王芳", "检验科", "在会"),
        ("赵老", "办公室", "在会"),
    ):
        ids[name] = members.add(Member(name=name, department=dept, join_date="2015-01-01"))
    members.change_status(ids["赵老"], "保留会籍", "2020-06-30", "退休")
    return ids


def test_add_get_update_delete(visits: VisitStore, people: dict[str, int]) -> None:
    visit = Visit(
        date="2026-03-02",
        kind="生病住院",
        member_id=people["张三"],
        cash_fen=50000,
        goods="水果",
        goods_fen=8850,
    )
    visit_id = visits.add(visit)
    stored = visits.get(visit_id)
    assert stored == visit
    stored.cash_fen = 30000
    visits.update(stored)
    assert visits.get(visit_id).cash_fen == 30000
    visits.delete(visit_id)
    with pytest.raises(NotFound):
        visits.get(visit_id)


def test_store_refuses_what_the_form_refuses(visits: VisitStore, people: dict[str, int]) -> None:
    with pytest.raises(FieldErrors) as caught:
        visits.add(
            Visit(
                date="2026-02-10", kind=FESTIVAL_KIND, festival="春节", member_id=people["张三"], cash_fen=100
            )
        )
    assert "现金" in caught.value.errors["cash"]
    with pytest.raises(FieldErrors) as caught:
        visits.add(Visit(date="2026-02-10", kind="生日", member_id=9999))
    assert "9999" in caught.value.errors["member"]
    # The database itself refuses cash as a festival gift and negative amounts.
    with pytest.raises(sqlite3.IntegrityError):
        visits.conn.execute(
            "INSERT INTO visits (date, kind, member_id, festival, cash_fen) VALUES ('2026-02-10', '节日慰问', ?, '春节', 5)",
            (people["张三"],),
        )
    assert visits.list() == []


def test_member_with_visits_cannot_be_deleted(
    visits: VisitStore, people: dict[str, int], members: MemberStore
) -> None:
    visits.add(Visit(date="2026-03-02", kind="生日", member_id=people["李四"], goods="蛋糕", goods_fen=20000))
    with pytest.raises(RecordInUse):
        members.delete(people["李四"])
    assert members.get(people["李四"]).name == "李四"


def test_filters_search_and_totals(visits: VisitStore, people: dict[str, int]) -> None:
    visits.add(Visit(date="2026-03-02", kind="生病住院", member_id=people["张三"], cash_fen=50000))
    visits.add(
        Visit(
            date="2026-03-20",
            kind="生日",
            member_id=people["李四"],
            goods="蛋糕",
            goods_fen=20000,
            source="行政经费",
        )
    )
    visits.add(Visit(date="2025-12-01", kind="生日", member_id=people["张三"], goods="蛋糕", goods_fen=15000))
    visits.add(
        Visit(
            date="2026-05-01",
            kind="直系亲属去世",
            member_id=people["王芳"],
            person_name="王大山",
            relation="父母",
            cash_fen=100000,
        )
    )
    assert len(visits.list(VisitQuery(year=2026))) == 3
    assert [r.member_name for r in visits.list(VisitQuery(year=2026, month=3))] == ["李四", "张三"]
    assert [r.kind for r in visits.list(VisitQuery(kind="生日"))] == ["生日", "生日"]
    assert {r.member_name for r in visits.list(VisitQuery(department="检验科"))} == {"张三", "王芳"}
    assert [r.member_name for r in visits.list(VisitQuery(source="行政经费"))] == ["李四"]
    assert {r.member_name for r in visits.list(VisitQuery(text="zs"))} == {"张三"}
    assert {r.member_name for r in visits.list(VisitQuery(text="zhang"))} == {"张三"}
    assert [r.recipient for r in visits.list(VisitQuery(text="王大山"))] == ["王大山（王芳的父母）"]
    totals = visits.totals(VisitQuery(year=2026))
    assert (totals.person_times, totals.people, totals.cash_fen, totals.goods_fen) == (3, 3, 150000, 20000)
    years = visits.member_year_totals(people["张三"])
    assert [(y.year, y.total_fen, y.count) for y in years] == [(2026, 50000, 1), (2025, 15000, 1)]


def test_batch_is_one_transaction_editable_and_undone(visits: VisitStore, people: dict[str, int]) -> None:
    ids = [people["张三"], people["李四"], people["王芳"]]
    batch_id = visits.add_batch(
        date="2026-02-13", festival="春节", goods="米油", goods_fen=30000, member_ids=ids
    )
    rows = visits.list(VisitQuery(batch_id=batch_id))
    assert (
        len(rows) == 3
        and {r.kind for r in rows} == {FESTIVAL_KIND}
        and {r.festival for r in rows} == {"春节"}
    )
    assert visits.batch(batch_id).total_fen == 90000
    assert visits.update_batch(batch_id, goods="米油礼包", goods_fen=32000) == 3
    assert {(r.goods, r.goods_fen) for r in visits.list(VisitQuery(batch_id=batch_id))} == {
        ("米油礼包", 32000)
    }
    assert visits.delete_batch(batch_id) == 3
    assert visits.list() == [] and visits.batches() == []


def test_deleting_a_batch_record_by_record_leaves_no_empty_batch(
    visits: VisitStore, people: dict[str, int]
) -> None:
    ids = [people["张三"], people["李四"]]
    batch_id = visits.add_batch(
        date="2026-09-24", festival="中秋", goods="月饼", goods_fen=20000, member_ids=ids
    )
    first, second = (r.id for r in visits.list(VisitQuery(batch_id=batch_id)))
    visits.delete(first)
    assert [b.count for b in visits.batches()] == [1]  # one record left: the batch stays, with one person
    visits.delete(second)
    assert visits.batches() == []  # an empty batch would show as a 签收表 with nobody on it
    with pytest.raises(NotFound):
        visits.batch(batch_id)


def test_a_batch_record_changed_to_another_kind_leaves_the_batch(
    visits: VisitStore, people: dict[str, int]
) -> None:
    ids = [people["张三"], people["李四"], people["王芳"]]
    batch_id = visits.add_batch(
        date="2026-09-24", festival="中秋", goods="月饼", goods_fen=20000, member_ids=ids
    )
    rows = {r.member_id: r.id for r in visits.list(VisitQuery(batch_id=batch_id))}
    hospital = visits.get(rows[people["张三"]])
    hospital.kind, hospital.festival, hospital.goods, hospital.goods_fen = "生病住院", "", "水果", 15000
    visits.update(hospital)
    moved = visits.get(rows[people["李四"]])
    moved.festival = "国庆"
    visits.update(moved)
    late = visits.get(rows[people["王芳"]])
    late.date = "2026-09-28"  # handed over later, still the 中秋 gift: stays on the 签收表
    visits.update(late)
    assert (
        visits.get(rows[people["张三"]]).batch_id is None
        and visits.get(rows[people["李四"]]).batch_id is None
    )
    assert [r.id for r in visits.list(VisitQuery(batch_id=batch_id))] == [late.id]

    # Editing and undoing the batch no longer touch what left it.
    assert visits.update_batch(batch_id, goods="月饼礼盒", goods_fen=25000) == 1
    kept = visits.get(rows[people["张三"]])
    assert (kept.kind, kept.goods, kept.goods_fen) == ("生病住院", "水果", 15000)
    assert visits.delete_batch(batch_id) == 1
    assert {r.id for r in visits.list()} == {hospital.id, moved.id}

    # The last record leaving takes its batch with it.
    other = visits.add_batch(
        date="2026-10-01", festival="国庆", goods="水果", goods_fen=10000, member_ids=ids[:1]
    )
    only = visits.list(VisitQuery(batch_id=other))[0]
    record = visits.get(only.id)
    record.kind, record.festival = "其他", ""
    visits.update(record)
    assert visits.batches() == []


def test_batch_with_an_unknown_member_writes_nothing(visits: VisitStore, people: dict[str, int]) -> None:
    with pytest.raises(FieldErrors):
        visits.add_batch(
            date="2026-02-13",
            festival="春节",
            goods="米油",
            goods_fen=30000,
            member_ids=[people["张三"], 424242],
        )
    assert visits.list() == [] and visits.batches() == []
    with pytest.raises(FieldErrors) as caught:
        visits.add_batch(
            date="2026-02-13", festival="春节", goods="购物卡", goods_fen=30000, member_ids=[people["张三"]]
        )
    assert "购物卡" in caught.value.errors["goods"]


def test_kinds_are_editable(visits: VisitStore, people: dict[str, int]) -> None:
    visits.add_kind("高温慰问")
    assert visits.kinds()[-1] == "高温慰问"
    visit_id = visits.add(
        Visit(date="2026-07-01", kind="高温慰问", member_id=people["张三"], goods="绿豆汤", goods_fen=1000)
    )
    visits.rename_kind("高温慰问", "防暑降温")
    assert visits.get(visit_id).kind == "防暑降温"
    with pytest.raises(RecordInUse):
        visits.delete_kind("防暑降温")
    with pytest.raises(RecordInUse):
        visits.delete_kind(FESTIVAL_KIND)
    visits.delete_kind("其他")
    visits.reset_missing_default_kinds()
    assert "其他" in visits.kinds()


def test_rule_set_follows_the_province_and_checks_the_year(
    store: Store, visits: VisitStore, people: dict[str, int]
) -> None:
    assert visits.rule_set().id == "custom"
    save_settings(store, load_settings(store).with_text("province", "福建省"))
    assert visits.rule_set().id == "fujian-2018"
    zhang = people["张三"]
    visits.add_batch(
        date="2026-02-13", festival="春节", goods="米油", goods_fen=80000, member_ids=[zhang, people["李四"]]
    )
    found = visits.batch_breaches(
        date="2026-09-20", festival="中秋", goods_fen=60000, member_ids=[zhang, people["王芳"]]
    )
    assert list(found) == [zhang]
    assert "1,400.00" in found[zhang][0].message
    retiree = Visit(date="2026-04-01", kind="生日", member_id=people["赵老"], goods="蛋糕", goods_fen=20000)
    assert [b.rule for b in visits.breaches_for(retiree)] == ["退休人员慰问由行政经费开支"]
    retiree.breach_reason = "行政经费不足，经主席同意"
    visits.add(retiree)
    lines = visits.compliance(2026)
    assert [(line.visit.member_name, line.breach.rule, line.visit.breach_reason) for line in lines] == [
        ("赵老", "退休人员慰问由行政经费开支", "行政经费不足，经主席同意")
    ]


def test_edited_rule_set_replaces_the_shipped_one(
    store: Store, visits: VisitStore, people: dict[str, int]
) -> None:
    save_settings(store, load_settings(store).with_text("province", "福建"))
    fujian = visits.rule_set()
    birthday = next(r for r in fujian.rules if r.kinds == ("生日",))
    birthday.per_year_fen = 10000
    visits.save_rule_set(fujian)
    cake = Visit(date="2026-04-01", kind="生日", member_id=people["张三"], goods="蛋糕", goods_fen=20000)
    assert [b.rule for b in visits.breaches_for(cake)] == ["生日慰问上限"]
    visits.reset_rule_set("fujian-2018")
    assert visits.breaches_for(cake) == []


def test_batch_check_agrees_with_the_single_visit_check(
    store: Store, visits: VisitStore, members: MemberStore, people: dict[str, int]
) -> None:
    save_settings(store, load_settings(store).with_text("province", "安徽"))
    gone = members.add(Member(name="钱走", join_date="2015-01-01"))
    members.change_status(gone, "转出", "2026-03-01")
    visits.add_batch(
        date="2026-02-13", festival="春节", goods="米油", goods_fen=150000, member_ids=[people["张三"]]
    )
    visits.add(
        Visit(
            date="2026-05-01",
            kind=FESTIVAL_KIND,
            festival="劳动节",
            member_id=people["李四"],
            goods="水果",
            goods_fen=60000,
        )
    )
    everyone = [*people.values(), gone]
    batch = visits.batch_breaches(date="2026-09-20", festival="中秋", goods_fen=80000, member_ids=everyone)
    one_by_one = {}
    for member_id in everyone:
        visit = Visit(
            date="2026-09-20",
            kind=FESTIVAL_KIND,
            festival="中秋",
            member_id=member_id,
            goods="x",
            goods_fen=80000,
        )
        found = visits.breaches_for(visit)
        if found:
            one_by_one[member_id] = found
    assert batch == one_by_one
    assert set(batch) == {people["张三"], people["赵老"], gone}  # 2300 > 2200; retiree on union funds; left
