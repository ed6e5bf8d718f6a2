"""Activities in the database: participants, awards, filters and totals, categories, refused deletes."""

from __future__ import annotations

import pytest

from unionclerk.core.activities import WINNER_MEMBER, WINNER_TEAM, WINNER_UNIT, Activity, Award
from unionclerk.core.members import FieldErrors, Member
from unionclerk.core.plan import PlanItem
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.errors import RecordInUse
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore


@pytest.fixture
def acts(store: Store) -> ActivityStore:
    return ActivityStore(store)


def _people(members: MemberStore, *names: str) -> list[int]:
    return [members.add(Member(name=name, join_date="2015-01-01")) for name in names]


def test_add_and_read_back_with_participants_and_awards(acts: ActivityStore, members: MemberStore) -> None:
    zhang, li = _people(members, "张三", "李四")
    activity_id = acts.add(
        Activity(
            date="2026-05-12",
            title="护理知识竞赛",
            category="知识竞赛",
            level="参加上级组织",
            participant_ids=[li, zhang],
            cost_fen=30000,
            awards=[
                Award(
                    award="团体赛",
                    rank="第二名",
                    winner_kind=WINNER_TEAM,
                    winner_text="疾控中心代表队",
                    level="县级",
                ),
                Award(award="个人赛", rank="一等奖", winner_kind=WINNER_MEMBER, winner_member_id=zhang),
            ],
        )
    )
    back = acts.get(activity_id)
    assert back.participant_ids == [li, zhang]  # pinyin order: li before zhang
    assert acts.participant_names(activity_id) == ["李四", "张三"]
    assert [(a.award, a.winner_text) for a in back.awards] == [
        ("团体赛", "疾控中心代表队"),
        ("个人赛", "张三"),
    ]
    assert back.person_times == 2 and back.cost_fen == 30000


def test_update_replaces_participants(acts: ActivityStore, members: MemberStore) -> None:
    zhang, li, wang = _people(members, "张三", "李四", "王五")
    activity = Activity(
        date="2026-03-08", title="三八节登山", category="文体活动", participant_ids=[zhang, li]
    )
    acts.add(activity)
    activity.participant_ids = [wang]
    activity.title = "三八节健步走"
    acts.update(activity)
    back = acts.get(activity.id or 0)
    assert back.participant_ids == [wang] and back.title == "三八节健步走"


def test_store_refuses_what_the_form_would(acts: ActivityStore, members: MemberStore) -> None:
    (zhang,) = _people(members, "张三")
    bad = Activity(date="2026-05-12", title="t", category="文体活动", end_date="2026-05-01", cost_fen=-1)
    with pytest.raises(FieldErrors) as caught:
        acts.add(bad)
    assert {"end_date", "cost"} <= set(caught.value.errors)
    with pytest.raises(FieldErrors) as caught:
        acts.add(
            Activity(date="2026-05-12", title="t", category="文体活动", headcount=0, participant_ids=[zhang])
        )
    assert "headcount" in caught.value.errors
    with pytest.raises(FieldErrors) as caught:
        acts.add(Activity(date="2026-05-12", title="t", category="无此类别"))
    assert "category" in caught.value.errors
    with pytest.raises(FieldErrors) as caught:
        acts.add(Activity(date="2026-05-12", title="t", category="其他", awards=[Award(award="一等奖")]))
    assert "没有获奖者" in caught.value.errors["awards"]
    assert acts.list() == []


def test_member_who_took_part_cannot_be_deleted(acts: ActivityStore, members: MemberStore) -> None:
    zhang, li = _people(members, "张三", "李四")
    acts.add(Activity(date="2026-01-01", title="元旦游园", category="文体活动", participant_ids=[zhang]))
    acts.add(
        Activity(
            date="2026-02-01",
            title="表彰",
            category="评先评优/表彰",
            awards=[Award(award="优秀会员", winner_member_id=li)],
        )
    )
    for member_id in (zhang, li):
        with pytest.raises(RecordInUse):
            members.delete(member_id)
    assert [r.title for r in acts.of_member(zhang)] == ["元旦游园"]
    assert [r.title for r in acts.of_member(li)] == ["表彰"]


def test_filters_and_totals_of_what_is_shown(acts: ActivityStore, members: MemberStore) -> None:
    people = _people(members, "张三", "李四", "王五")
    acts.add(Activity(date="2025-12-30", title="迎新年", category="文体活动", headcount=50, cost_fen=100))
    acts.add(
        Activity(
            date="2026-01-01", title="元旦游园", category="文体活动", participant_ids=people, cost_fen=250
        )
    )
    acts.add(
        Activity(
            date="2026-01-20",
            title="消防培训",
            category="教育培训",
            headcount=40,
            training_tenths=25,
            cost_fen=0,
        )
    )
    acts.add(
        Activity(
            date="2026-03-05",
            title="省疾控业务培训",
            category="教育培训",
            level="参加上级组织",
            participant_ids=people[:1],
            training_tenths=160,
        )
    )
    year = ActivityQuery(year=2026)
    assert [r.title for r in acts.list(year)] == ["省疾控业务培训", "消防培训", "元旦游园"]
    totals = acts.totals(year)
    assert (totals.events, totals.person_times, totals.training_tenths, totals.cost_fen) == (3, 44, 185, 250)
    assert acts.totals(ActivityQuery(year=2026, month=1)).events == 2
    assert acts.totals(ActivityQuery(month=12)).person_times == 50
    assert acts.totals(ActivityQuery(category="教育培训", level="本单位组织")).events == 1
    assert [r.title for r in acts.list(ActivityQuery(text="王五"))] == ["元旦游园"]  # a participant's name
    assert [r.title for r in acts.list(ActivityQuery(text="消防"))] == ["消防培训"]
    assert acts.years() == [2026, 2025]


def test_categories_are_editable(acts: ActivityStore) -> None:
    assert len(acts.categories()) == 9
    acts.add_category("读书活动")
    acts.add(Activity(date="2026-04-23", title="读书日", category="读书活动"))
    with pytest.raises(RecordInUse):
        acts.delete_category("读书活动")
    acts.rename_category("读书活动", "读书征文")
    assert acts.list()[0].category == "读书征文"
    with pytest.raises(FieldErrors):
        acts.add_category("文体活动")
    acts.delete_category("其他")
    assert "其他" not in acts.categories()
    acts.reset_missing_default_categories()
    assert "其他" in acts.categories()


def test_plan_item_link_must_be_same_year(acts: ActivityStore, store: Store) -> None:
    plans = PlanStore(store)
    item_id = plans.add_item(PlanItem(year=2026, title="举办职工运动会"))
    with pytest.raises(FieldErrors) as caught:
        acts.add(Activity(date="2027-05-01", title="运动会", category="文体活动", plan_item_id=item_id))
    assert "2026年计划" in caught.value.errors["plan_item_id"]
    acts.add(Activity(date="2026-05-01", title="运动会", category="文体活动", plan_item_id=item_id))
    assert acts.linked_counts(2026) == {item_id: 1}


def test_failed_update_keeps_the_old_record(acts: ActivityStore, members: MemberStore) -> None:
    (zhang,) = _people(members, "张三")
    activity = Activity(date="2026-01-01", title="元旦游园", category="文体活动", participant_ids=[zhang])
    acts.add(activity)
    activity.participant_ids = [zhang, 9999]
    with pytest.raises(FieldErrors):
        acts.update(activity)
    assert acts.get(activity.id or 0).participant_ids == [zhang]


def test_unit_award(acts: ActivityStore) -> None:
    activity_id = acts.add(
        Activity(
            date="2026-09-01",
            title="职工之家评选",
            category="评先评优/表彰",
            awards=[Award(award="先进职工之家", winner_kind=WINNER_UNIT)],
        )
    )
    assert acts.get(activity_id).awards[0].winner_label("县疾控中心工会") == "县疾控中心工会"
