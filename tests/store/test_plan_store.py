"""The year plan in the database: numbering, reordering, progress, proposals, copying a year."""

from __future__ import annotations

import pytest

from unionclerk.core.activities import Activity
from unionclerk.core.plan import PlanItem, PlanYear
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, RecordInUse
from unionclerk.store.plan import PlanStore


@pytest.fixture
def plans(store: Store) -> PlanStore:
    return PlanStore(store)


def _items(plans: PlanStore, year: int, *titles: str) -> list[int]:
    return [plans.add_item(PlanItem(year=year, title=title)) for title in titles]


def test_items_are_numbered_in_order_and_reordered(plans: PlanStore) -> None:
    a, b, c = _items(plans, 2026, "职工之家建设", "职工运动会", "金秋助学")
    assert [(i.position, i.title) for i in plans.items(2026)] == [
        (1, "职工之家建设"),
        (2, "职工运动会"),
        (3, "金秋助学"),
    ]
    assert plans.move_item(c, -1) == 2
    assert [i.id for i in plans.items(2026)] == [a, c, b]
    assert plans.move_item(a, -1) == 1  # already first: stays
    assert plans.move_item(a, 5) == 3
    assert [i.position for i in plans.items(2026)] == [1, 2, 3]
    plans.delete_item(c)
    assert [(i.position, i.id) for i in plans.items(2026)] == [(1, b), (2, a)]


def test_progress_and_proposals(plans: PlanStore, store: Store) -> None:
    a, b, c, d = _items(plans, 2026, "一", "二", "三", "四")
    plans.set_status(a, "已完成")
    plans.set_status(d, "取消")
    ActivityStore(store).add(Activity(date="2026-05-01", title="运动会", category="文体活动", plan_item_id=b))
    progress = plans.progress(2026)
    assert (progress.done, progress.total, progress.cancelled, progress.label) == (1, 3, 1, "1/3")
    assert [i.id for i in plans.proposed_done(2026)] == [b]
    assert plans.get_item(b).status == "未开始"  # proposed, not changed
    plans.set_status(b, "已完成")
    assert plans.proposed_done(2026) == [] and plans.progress(2026).label == "2/3"
    with pytest.raises(RecordInUse):
        plans.delete_item(b)
    # The untouched item is neither done, nor proposed, nor cancelled; cancelling it leaves 2 of 2 to count.
    assert plans.get_item(c).status == "未开始"
    plans.set_status(c, "取消")
    assert plans.progress(2026).label == "2/2" and plans.progress(2026).cancelled == 2


def test_copy_last_year_as_draft_leaves_source_alone(plans: PlanStore, store: Store) -> None:
    plans.save_year(PlanYear(2026, guiding="以党的二十大精神为指导", goals="创建先进职工之家"))
    a, b = _items(plans, 2026, "职工运动会", "金秋助学")
    item = plans.get_item(b)
    item.planned_quarter, item.responsible = 3, "王芳"
    plans.update_item(item)
    plans.set_status(a, "已完成")
    ActivityStore(store).add(Activity(date="2026-05-01", title="运动会", category="文体活动", plan_item_id=a))
    before = plans.items(2026)

    assert plans.copy_year(2026, 2027) == 2
    copied = plans.items(2027)
    assert [(i.position, i.title, i.status) for i in copied] == [
        (1, "职工运动会", "未开始"),
        (2, "金秋助学", "未开始"),
    ]
    assert copied[1].planned_quarter == 3 and copied[1].responsible == "王芳"
    assert plans.get_year(2027).goals == "创建先进职工之家" and plans.get_year(2027).copied_from == 2026
    assert plans.items(2026) == before  # the source year is untouched
    assert ActivityStore(store).linked_counts(2027) == {}
    with pytest.raises(RecordInUse):
        plans.copy_year(2026, 2027)
    with pytest.raises(NotFound):
        plans.copy_year(2019, 2020)


def test_update_never_moves_an_item_to_another_year(plans: PlanStore) -> None:
    (a,) = _items(plans, 2025, "旧计划")
    item = plans.get_item(a)
    item.year, item.title = 2026, "改名"
    plans.update_item(item)
    assert [i.title for i in plans.items(2025)] == ["改名"] and plans.items(2026) == []


def test_year_texts(plans: PlanStore) -> None:
    assert plans.get_year(2030) == PlanYear(2030)
    plans.save_year(PlanYear(2030, guiding="指导", goals="目标"))
    plans.save_year(PlanYear(2030, guiding="新指导", goals="目标"))
    assert plans.get_year(2030).guiding == "新指导" and plans.years() == [2030]
