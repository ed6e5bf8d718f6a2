"""The summary read in full: every paragraph of the 2025 union's documents, word for word, as the clerk gets them.

The expected text is written out here from the union of tests/reports/summary_year.py (33 members, 3 joined, one
retired to 保留会籍, one transferred, one died; 8 activities, 3 of them training; 4 awards; a plan of 4 items, 2
done), so a change in any figure, word, number or order of the document fails here with the paragraph named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports.summary_year import UNION, YEAR, build_year
from unionclerk.core.activities import (
    ORGANISED_ABOVE,
    ORGANISED_HERE,
    WINNER_MEMBER,
    WINNER_TEAM,
    WINNER_UNIT,
    Activity,
    Award,
)
from unionclerk.core.ledger import Entry
from unionclerk.core.members import Member
from unionclerk.core.plan import CANCELLED, PlanItem, PlanYear
from unionclerk.core.visits import Visit
from unionclerk.reports.summary import (
    BOTH,
    PLAN,
    PROBLEMS,
    SUMMARY,
    ChangedUnderEdit,
    Edit,
    Period,
    PeriodError,
    SummaryEdits,
    SummaryNotes,
    build_document,
    changed_under_edits,
    chinese_number,
    orphan_edits,
)
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.ledger import LedgerStore
from unionclerk.store.members import MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitStore

ON = dt.date(2025, 12, 30)
GUIDE = "在县总工会的关心指导和单位党政的正确领导下，认真贯彻《中华人民共和国工会法》和上级工会的工作部署，紧紧围绕单位中心工作，全面履行工会各项职能，积极维护职工合法权益"
PLAN_LEAD = "将在总结经验的基础上，紧紧围绕单位中心工作，认真落实年度工作计划，重点做好以下工作："

# key, style, what is printed (number + text)
YEAR_DOCUMENT = [
    ("title", "title", f"{UNION}2025年工作总结暨2026年工作计划"),
    (
        "opening",
        "opening",
        f"2025年，{UNION}{GUIDE}，现有会员31人、新增会员3人，组织和参加各类活动8项、参与157人次，"
        "其中开展培训3次，获得各类奖项4项，完成年度计划2项（共4项），各项工作取得了新的成效。"
        "现将2025年工作情况总结如下：",
    ),
    ("members.heading", "heading1", "一、加强组织建设，做好会员管理"),
    (
        "members.count",
        "item",
        f"1.截至目前，{UNION}共有会员31人，其中在职会员30人、保留会籍的退休会员1人。一年来，新增会员3人，"
        "减少会员3人（退休1人、转出1人、去世1人）。",
    ),
    ("members.women", "item", "2.切实维护女职工合法权益，在职会员中有女会员20人。"),
    (
        "members.rate",
        "item",
        "3.单位现有职工40人，在职会员30人，入会率为75.0%，对新入职职工做到及时发展入会。",
    ),
    ("members.hardship", "item", "4.建立困难职工档案，现有困难职工1人，实行动态管理。"),
    ("activities.heading", "heading1", "二、以活动为抓手，丰富职工精神文化生活"),
    (
        "activities.lead",
        "body",
        f"一年来，{UNION}围绕单位中心工作，组织和参加各类职工活动5项，参与67人次，职工的获得感和凝聚力不断增强。",
    ),
    ("activities.文体活动.heading", "heading2", "（一）开展文体活动，丰富职工文化生活"),
    (
        "activities.文体活动.text",
        "body",
        "围绕中心工作，工会共组织文体活动3项，参与55人次。具体是：1月1日举办了“庆元旦、迎新春”系列活动，"
        "参与25人次；3月8日举办了女职工健步走，参与18人次；9月10日举办了职工乒乓球比赛，参与12人次。",
    ),
    ("activities.劳动竞赛/技能比武.heading", "heading2", "（二）开展劳动竞赛和技能比武，提升职工业务水平"),
    (
        "activities.劳动竞赛/技能比武.text",
        "body",
        "为增强职工凝聚力，工会共组织劳动竞赛、技能比武1项，参与9人次。具体是：10月25日举办了免疫规划技能比武，"
        "参与9人次。",
    ),
    ("activities.知识竞赛.heading", "heading2", "（三）组织知识竞赛，营造学习氛围"),
    (
        "activities.知识竞赛.text",
        "body",
        "结合单位实际，工会共参加上级组织的知识竞赛1项，参与3人次。具体是：5月12日参加了护理知识竞赛，参与3人次。",
    ),
    ("training.heading", "heading1", "三、创建学习型组织，提高职工素质"),
    (
        "training.text",
        "body",
        "为提高职工业务素质，单位组织业务培训2次，学习7学时，参加人员86人次；选送职工参加上级组织的培训1次，"
        "共12学时，4人次。培训内容包括消防安全知识培训、传染病防控业务培训、职业病防治培训，通过强化培训，"
        "职工的业务素质不断提高。",
    ),
    ("awards.heading", "heading1", "四、争先创优，展示职工风采"),
    ("awards.text", "body", "在各级各类活动中，单位和职工共获得奖项4项（团队奖1项、个人奖3项），具体如下："),
    ("awards.1", "item", "1.老会员11在护理知识竞赛中被评为优秀个人。"),
    ("awards.2", "item", "2.老会员11在职工乒乓球比赛中被评为优秀个人。"),
    ("awards.3", "item", "3.第1队在职工乒乓球比赛中获县级职工乒乓球比赛奖1（一等奖）。"),
    ("awards.4", "item", "4.老会员11在免疫规划技能比武中被评为优秀个人。"),
    ("plan_done.heading", "heading1", "五、目标责任完成情况"),
    (
        "plan_done.text",
        "body",
        "年初制定的2025年工作计划共4项，目前已完成2项，正在推进1项。已完成的项目是：",
    ),
    ("plan_done.1", "item", "1.召开职工代表大会。"),
    ("plan_done.2", "item", "2.开展“三八”女职工活动。"),
    ("plan.heading", "heading1", "六、2026年工作计划"),
    ("plan.lead", "body", f"2026年，{UNION}{PLAN_LEAD}"),
    ("plan.guiding.heading", "heading2", "（一）指导思想"),
    ("plan.guiding.1", "body", "以职工为中心，深化职工之家建设。"),
    ("plan.goals.heading", "heading2", "（二）工作目标"),
    ("plan.goals.1", "body", "创建县级先进职工之家。"),
    ("plan.items.heading", "heading2", "（三）主要工作"),
    ("plan.item.5", "item", "1.开展职工运动会。全体会员参加。"),
    ("plan.item.6", "item", "2.做好困难职工帮扶。"),
    ("signature", "signature", UNION),
    ("date", "date", "2025年12月30日"),
]


@pytest.fixture
def year_store(store: Store) -> Store:
    build_year(store)
    return store


def _printed(store: Store, period: Period, kind: str = BOTH, on: dt.date = ON) -> list[tuple[str, str, str]]:
    return [(b.key, b.style, b.full_text) for b in build_document(store, period, kind, on=on).blocks]


def _paragraph(store: Store, period: Period, key: str, on: dt.date = ON) -> str:
    return build_document(store, period, BOTH, on=on).block(key).full_text


def test_the_year_word_for_word(year_store: Store) -> None:
    printed = _printed(year_store, Period.year(YEAR))
    for want, got in zip(YEAR_DOCUMENT, printed, strict=False):
        assert got == want
    assert len(printed) == len(YEAR_DOCUMENT)


def test_the_summary_alone_and_the_plan_alone(year_store: Store) -> None:
    summary = _printed(year_store, Period.year(YEAR), SUMMARY)
    assert summary[0] == ("title", "title", f"{UNION}2025年工作总结")
    assert summary[1:] == [line for line in YEAR_DOCUMENT[1:] if not line[0].startswith("plan.")]
    plan = _printed(year_store, Period.year(YEAR), PLAN)
    assert plan == [
        ("title", "title", f"{UNION}2026年工作计划"),
        *[
            (k, s, "一、" + t[2:] if k == "plan.heading" else t)
            for k, s, t in YEAR_DOCUMENT
            if k.startswith("plan.")
        ],
        ("signature", "signature", UNION),
        ("date", "date", "2025年12月30日"),
    ]


def test_the_first_half_written_on_1_july(year_store: Store) -> None:
    printed = dict((k, t) for k, _s, t in _printed(year_store, Period.half(YEAR, 1), on=dt.date(2025, 7, 1)))
    assert printed["title"] == f"{UNION}2025年上半年工作总结暨下半年工作计划"
    assert printed["opening"] == (
        f"2025年上半年，{UNION}{GUIDE}，现有会员32人、新增会员2人，组织和参加各类活动5项、参与114人次，"
        "其中开展培训2次，获得各类奖项1项，完成年度计划2项（共4项），各项工作取得了新的成效。"
        "现将2025年上半年工作情况总结如下："
    )
    assert printed["members.count"] == (
        f"1.截至2025年6月30日，{UNION}共有会员32人，其中在职会员31人、保留会籍的退休会员1人。上半年，"
        "新增会员2人，减少会员1人（退休1人）。"
    )
    assert (
        printed["members.rate"]
        == "3.单位现有职工40人，在职会员31人，入会率为77.5%，对新入职职工做到及时发展入会。"
    )
    assert printed["activities.lead"] == (
        f"上半年，{UNION}围绕单位中心工作，组织和参加各类职工活动3项，参与46人次，职工的获得感和凝聚力不断增强。"
    )
    assert printed["activities.知识竞赛.heading"] == "（二）组织知识竞赛，营造学习氛围"
    assert printed["training.text"] == (
        "为提高职工业务素质，单位组织业务培训1次，学习3学时，参加人员64人次；选送职工参加上级组织的培训1次，"
        "共12学时，4人次。培训内容包括消防安全知识培训、传染病防控业务培训，通过强化培训，职工的业务素质不断提高。"
    )
    assert printed["awards.text"] == "在各级各类活动中，单位和职工共获得奖项1项（个人奖1项），具体如下："
    # After a first half: this year's items not done yet, no 指导思想 or 工作目标 (those are 2026's).
    plan = [(k, t) for k, t in printed.items() if k.startswith("plan.")]
    assert plan == [
        ("plan.heading", "六、下半年工作安排"),
        ("plan.lead", f"下半年，{UNION}{PLAN_LEAD}"),
        ("plan.items.heading", "（一）主要工作"),
        ("plan.item.3", "1.组织业务培训。"),
        ("plan.item.4", "2.建设职工书屋。"),
    ]
    assert printed["date"] == "2025年7月1日"


def test_the_second_half_and_a_period_of_months(year_store: Store) -> None:
    second = dict((k, t) for k, _s, t in _printed(year_store, Period.half(YEAR, 2)))
    assert second["title"] == f"{UNION}2025年下半年工作总结暨2026年工作计划"
    assert second["members.count"] == (
        f"1.截至目前，{UNION}共有会员31人，其中在职会员30人、保留会籍的退休会员1人。下半年，新增会员1人，"
        "减少会员2人（转出1人、去世1人）。"
    )
    assert second["training.text"] == (
        "为提高职工业务素质，单位组织业务培训1次，学习4学时，参加人员22人次。培训内容包括职业病防治培训，"
        "通过强化培训，职工的业务素质不断提高。"
    )
    assert second["plan.heading"] == "六、2026年工作计划"
    months = Period.between("2025-03-01", "2025-05-31")
    printed = dict((k, t) for k, _s, t in _printed(year_store, months))
    assert printed["title"] == f"{UNION}2025年3月1日至5月31日工作总结暨下一阶段工作计划"
    assert printed["opening"].startswith(f"2025年3月1日至5月31日，{UNION}在县总工会")
    assert printed["opening"].endswith(
        "现有会员32人、新增会员1人，组织和参加各类活动3项、参与85人次，其中开展培训1次，获得各类奖项1项，"
        "完成年度计划2项（共4项），各项工作取得了新的成效。现将2025年3月1日至5月31日工作情况总结如下："
    )
    assert printed["activities.lead"].startswith(f"3月至5月，{UNION}围绕单位中心工作")
    assert printed["plan.heading"] == "六、下一阶段工作安排"
    assert printed["plan.lead"] == f"下一阶段，{UNION}{PLAN_LEAD}"
    # A period of months ending in December is followed by the next year's plan.
    autumn = Period.between("2025-10-01", "2025-12-31")
    assert (
        _paragraph(year_store, autumn, "title") == f"{UNION}2025年10月1日至12月31日工作总结暨2026年工作计划"
    )


def test_periods_their_keys_and_what_is_refused() -> None:
    assert [Period.year(2026).key, Period.half(2026, 1).key, Period.half(2026, 2).key] == [
        "2026",
        "2026-H1",
        "2026-H2",
    ]
    day = Period.between("2026-03-01", "2026-03-01")  # one day is a period
    assert (day.key, day.label, day.short_label) == (
        "2026-03-01~2026-03-01",
        "2026年3月1日至3月1日",
        "3月至3月",
    )
    refused = {
        "half": (lambda: Period.half(2026, 3), "半年应为1（上半年）或2（下半年），不是“3”"),
        "date": (
            lambda: Period.between("2026-02-30", "2026-03-01"),
            "起止日期应写成 2026-03-01，不是“2026-02-30”“2026-03-01”",
        ),
        "order": (
            lambda: Period.between("2026-05-02", "2026-05-01"),
            "结束日期 2026-05-01 早于开始日期 2026-05-02",
        ),
        "years": (
            lambda: Period.between("2025-12-01", "2026-01-31"),
            "自定义期间应在同一年内（计划按年度制定）",
        ),
        "kind": (
            lambda: build_document(None, Period.year(2026), "总结"),  # type: ignore[arg-type]
            "文档类型应为 both/summary/plan 之一，不是“总结”",
        ),
    }
    for name, (make, message) in refused.items():
        with pytest.raises(PeriodError) as caught:
            make()
        assert str(caught.value) == message, name


def test_chinese_numbers_for_long_documents() -> None:
    assert [chinese_number(n) for n in (1, 9, 10, 11, 15, 20, 21, 34, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "十五",
        "二十",
        "二十一",
        "三十四",
        "九十九",
    ]


def test_problems_paragraphs_are_the_clerks_lines_and_go_when_cleared(year_store: Store) -> None:
    notes = SummaryNotes(year_store)
    year = Period.year(YEAR)
    notes.set(year, PROBLEMS, "  一是活动覆盖面不够广；\n\n  二是经费使用进度偏慢。  \n")
    assert notes.get(year, PROBLEMS) == "一是活动覆盖面不够广；\n\n  二是经费使用进度偏慢。"
    printed = [line for line in _printed(year_store, year) if line[0].startswith("problems")]
    assert printed == [
        ("problems.heading", "heading1", "六、存在问题和不足"),
        ("problems.1", "body", "一是活动覆盖面不够广；"),
        ("problems.2", "body", "二是经费使用进度偏慢。"),
    ]
    assert _paragraph(year_store, year, "plan.heading") == "七、2026年工作计划"
    notes.set(year, PROBLEMS, "只写在本年。")
    assert notes.get(year, PROBLEMS) == "只写在本年。" and notes.get(Period.half(YEAR, 2), PROBLEMS) == ""
    notes.set(year, PROBLEMS, "   ")  # blank: the clerk removed the text
    assert notes.get(year, PROBLEMS) == ""
    assert not any(key.startswith("problems") for key, _s, _t in _printed(year_store, year))


def test_edits_are_reported_in_full_and_orphans_found(year_store: Store) -> None:
    period = Period.year(YEAR)
    document = build_document(year_store, period, BOTH, on=ON)
    edits = SummaryEdits(year_store)
    key = "activities.劳动竞赛/技能比武.text"
    before = document.block(key).generated
    edits.save(period, BOTH, key, "技能比武由我重写。", before)
    edits.save(period, SUMMARY, key, "只在总结里。", before)
    assert edits.all(period, BOTH) == {key: Edit(key, "技能比武由我重写。", before)}
    assert orphan_edits(year_store, build_document(year_store, period, BOTH, on=ON)) == []
    ActivityStore(year_store).add(
        Activity(date="2025-12-05", title="岗位练兵", category="劳动竞赛/技能比武", headcount=15)
    )
    after = build_document(year_store, period, BOTH, on=ON)
    now = (
        "为增强职工凝聚力，工会共组织劳动竞赛、技能比武2项，参与24人次。具体是：10月25日举办了免疫规划技能比武，"
        "参与9人次；12月5日举办了岗位练兵，参与15人次。"
    )
    assert changed_under_edits(year_store, after) == [
        ChangedUnderEdit(key, "技能比武由我重写。", before, now)
    ]
    # The category's activities are gone: the edit has no paragraph any more and is listed as an orphan.
    activities = ActivityStore(year_store)
    for row in year_store.conn.execute(
        "SELECT id FROM activities WHERE category = '劳动竞赛/技能比武'"
    ).fetchall():
        activities.delete(row[0])
    gone = build_document(year_store, period, BOTH, on=ON)
    assert orphan_edits(year_store, gone) == [Edit(key, "技能比武由我重写。", before)]
    assert [e.text for e in orphan_edits(year_store, build_document(year_store, period, SUMMARY, on=ON))] == [
        "只在总结里。"
    ]
    assert orphan_edits(year_store, build_document(year_store, Period.half(YEAR, 2), BOTH, on=ON)) == []


def test_a_plain_union_without_parent_or_name(store: Store) -> None:
    """No 上级工会 named: the opening has no 关心指导; no union name: 单位名称 + 工会, else 本单位工会."""
    roster = MemberStore(store)
    roster.add(Member(name="张三", sex="男", join_date="2020-01-01"))
    roster.add(Member(name="李四", sex="男", join_date="2025-04-01"))
    save_settings(store, load_settings(store).with_text("unit_name", "  青山县水务局  "))
    opening = _paragraph(store, Period.year(YEAR), "opening")
    assert opening.startswith(
        "2025年，青山县水务局工会在单位党政的正确领导下，认真贯彻《中华人民共和国工会法》"
    )
    assert "现有会员2人、新增会员1人，各项工作取得了新的成效。" in opening
    count = _paragraph(store, Period.year(YEAR), "members.count")
    assert (
        count == "1.截至目前，青山县水务局工会共有会员2人。一年来，新增会员1人。"
    )  # no retiree, nobody left
    document = build_document(store, Period.year(YEAR), BOTH, on=ON)
    assert [b.key for b in document.blocks] == [
        "title",
        "opening",
        "members.heading",
        "members.count",
        "signature",
        "date",
    ]
    save_settings(store, load_settings(store).with_text("unit_name", " "))
    assert _paragraph(store, Period.year(YEAR), "signature") == "本单位工会"


def test_plan_items_done_are_not_planned_again_in_the_same_year(year_store: Store) -> None:
    plans = PlanStore(year_store)
    plans.add_item(PlanItem(year=YEAR, title="换届选举", planned_month=9, details="按章程进行"))
    plans.add_item(PlanItem(year=YEAR, title="取消的事", status=CANCELLED))
    plans.add_item(PlanItem(year=YEAR, title="送温暖", planned_quarter=4, details="春节前完成！"))
    printed = [
        (k, t)
        for k, _s, t in _printed(year_store, Period.half(YEAR, 1), on=dt.date(2025, 7, 1))
        if k.startswith("plan.item.")
    ]
    assert printed == [
        ("plan.item.3", "1.组织业务培训。"),
        ("plan.item.4", "2.建设职工书屋。"),
        ("plan.item.7", "3.换届选举（9月）。按章程进行。"),
        ("plan.item.9", "4.送温暖（第四季度）。春节前完成！"),
    ]


def test_a_category_names_its_notable_events_and_awards_read_as_won(store: Store) -> None:
    """Up to four events a category: those with awards first, then the largest (the earlier of equals), told in
    date order; 参加了 for an event organised above, 举办了 for one held here; no 人次 where none was counted."""
    zhang = MemberStore(store).add(Member(name="张三", sex="男", join_date="2020-01-01"))
    save_settings(store, load_settings(store).with_text("unit_name", "青山县水务局"))
    activities = ActivityStore(store)
    for date, title, level, people, awards in [
        ("2024-02-01", "趣味运动会", ORGANISED_HERE, 40, []),
        ("2024-04-01", "拔河比赛", ORGANISED_HERE, 40, []),
        ("2024-06-01", "读书会", ORGANISED_HERE, 40, []),  # as large as the two before it, but later
        ("2024-07-01", "摄影展", ORGANISED_HERE, 50, []),
        (
            "2024-08-01",
            "歌咏比赛",
            ORGANISED_ABOVE,
            10,
            [
                Award("优秀组织奖", "", WINNER_TEAM, winner_text="合唱队", level="市级"),
                Award("先进集体", "", WINNER_UNIT, level="县级"),
                Award("县级优秀歌手", "", WINNER_MEMBER, winner_member_id=zhang, level="县级"),
                Award("技能标兵", "第一名", WINNER_MEMBER, winner_member_id=zhang, level="本单位"),
                Award("一等奖", "一等奖", WINNER_TEAM, winner_text="二组"),  # the rank is the award's name
            ],
        ),
        ("2024-05-01", "书画展", ORGANISED_HERE, 0, []),
    ]:
        category = "知识竞赛" if title == "书画展" else "文体活动"
        activities.add(
            Activity(date=date, title=title, category=category, level=level, headcount=people, awards=awards)
        )
    printed = dict((k, t) for k, _s, t in _printed(store, Period.year(2024), SUMMARY, dt.date(2025, 1, 10)))
    assert printed["activities.lead"] == (
        "一年来，青山县水务局工会围绕单位中心工作，组织和参加各类职工活动6项，参与180人次，"
        "职工的获得感和凝聚力不断增强。"
    )
    assert printed["activities.文体活动.text"] == (
        "围绕中心工作，工会共组织文体活动4项，参加上级组织的文体活动1项，参与180人次。其中，"
        "2月1日举办了趣味运动会，参与40人次；4月1日举办了拔河比赛，参与40人次；7月1日举办了摄影展，参与50人次；"
        "8月1日参加了歌咏比赛，参与10人次。"
    )
    assert (
        printed["activities.知识竞赛.text"]
        == "为增强职工凝聚力，工会共组织知识竞赛1项。具体是：5月1日举办了书画展。"
    )
    assert [printed[f"awards.{n}"] for n in range(1, 6)] == [
        "1.合唱队在歌咏比赛中获市级优秀组织奖。",
        "2.青山县水务局在歌咏比赛中被评为县级先进集体。",
        "3.张三在歌咏比赛中被评为县级优秀歌手。",
        "4.张三在歌咏比赛中获技能标兵第一名。",
        "5.二组在歌咏比赛中获一等奖。",
    ]
    assert printed["awards.text"] == (
        "在各级各类活动中，单位和职工共获得奖项5项（集体奖1项、团队奖2项、个人奖2项），具体如下："
    )


def test_the_visits_section_word_for_word(store: Store) -> None:
    """Festivals with and without named goods, the sick (住院 and 手术 together), aid, another kind; a retiree's
    visit told in the lead as a part of the total."""
    roster = MemberStore(store)
    zhang, li, wang = (roster.add(Member(name=n, join_date="2015-01-01")) for n in ("张三", "李四", "王五"))
    roster.change_status(li, "保留会籍", "2024-12-31", "退休")
    visits = VisitStore(store)
    for visit in [
        Visit(
            date="2025-01-20",
            kind="节日慰问",
            festival="春节",
            member_id=zhang,
            goods="大米",
            goods_fen=30000,
        ),
        Visit(
            date="2025-01-20", kind="节日慰问", festival="春节", member_id=li, goods="大米", goods_fen=30000
        ),
        Visit(date="2025-09-20", kind="节日慰问", festival="中秋", member_id=zhang, goods_fen=10000),
        Visit(date="2025-04-02", kind="生病住院", member_id=wang, cash_fen=50000),
        Visit(date="2025-05-06", kind="住院手术", member_id=zhang, goods="水果", goods_fen=30050),
        Visit(date="2025-06-01", kind="困难帮扶", member_id=wang, cash_fen=100000),
        Visit(date="2025-10-01", kind="结婚", member_id=wang, cash_fen=20000, goods="喜糖", goods_fen=5000),
    ]:
        visits.add(visit)
    printed = [(k, t) for k, _s, t in _printed(store, Period.year(2025), SUMMARY) if k.startswith("visits")]
    assert printed == [
        ("visits.heading", "二、关心职工生活，做好慰问帮扶"),
        (
            "visits.lead",
            "本单位工会把关心职工生活、帮助困难职工作为工会工作的重要内容，一年来共慰问职工7人次，"
            "发放慰问金和慰问品合计2750.50元，其中慰问保留会籍的退休人员1人，共300元。",
        ),
        ("visits.festival.春节", "1.春节前夕，为2名会员发放大米，每人价值300元，合计600元。"),
        ("visits.festival.中秋", "2.中秋前夕，为1名会员发放节日慰问品，每人价值100元，合计100元。"),
        ("visits.hospital", "3.探望生病住院职工2人次，送去慰问金500元、慰问品价值300.50元。"),
        ("visits.aid", "4.开展困难职工帮扶1人次，发放资金1000元。"),
        ("visits.kind.结婚", "5.结婚慰问1人次，慰问金200元、慰问品价值50元。"),
    ]


def test_the_fund_paragraph_word_for_word(store: Store) -> None:
    """Subjects by amount (the larger first), the balance at the period's end, dues due and collected; a summary
    written before the period is over counts the book up to the day it is written."""
    member = MemberStore(store).add(Member(name="张三", wage_base_fen=500000, join_date="2020-01-01"))
    ledger = LedgerStore(store)
    ledger.set_opening(2025, 10000_00)
    DuesStore(store).collect("2025-03-31", [(member, f"2025-0{m}", 2500) for m in (1, 2, 3)])
    ledger.add(Entry("2025-03-25", "拨缴经费", "402", income_fen=12000_00))
    ledger.add(Entry("2025-01-20", "春节慰问", "50105", expense_fen=3000_50))
    ledger.add(Entry("2025-02-20", "帮扶", "50404", expense_fen=3000_50))
    ledger.add(Entry("2025-09-10", "困难职工帮扶", "50404", expense_fen=500_00))
    year = Period.year(2025)
    assert _paragraph(store, year, "ledger.text", dt.date(2026, 1, 5)) == (
        "一年来，工会经费收入12075元（拨缴经费收入12000元、会费收入75元），支出6501元（维权支出3500.50元、"
        "职工活动支出3000.50元）；截至2025年12月31日，经费结余15574元。会员会费应缴300元，实收75元。"
    )
    assert _paragraph(store, year, "ledger.text", dt.date(2025, 3, 31)) == (
        "一年来，工会经费收入12075元（拨缴经费收入12000元、会费收入75元），支出6001元（职工活动支出3000.50元、"
        "维权支出3000.50元）；截至目前，经费结余16074元。会员会费应缴75元，实收75元。"
    )


def test_members_with_an_unknown_date_and_a_womens_day_activity(store: Store) -> None:
    roster = MemberStore(store)
    roster.add(Member(name="张三", sex="女", join_date="2020-01-01"))
    roster.add(Member(name="李四", sex="女"))  # 入会日期 unknown: left out of the figures, and said so
    ActivityStore(store).add(
        Activity(date="2025-03-07", title="庆“三八”座谈会", category="文体活动", headcount=12)
    )
    printed = [(k, t) for k, _s, t in _printed(store, Period.year(2025)) if k.startswith("members.")]
    assert printed == [
        ("members.heading", "一、加强组织建设，做好会员管理"),
        ("members.count", "1.截至目前，本单位工会共有会员1人。另有1人入会日期不详，未计入以上人数。"),
        ("members.women", "2.切实维护女职工合法权益，在职会员中有女会员1人，按时开展“三八”等女职工活动。"),
    ]
    # The 三八 activity of another year does not count for this one.
    assert _paragraph(store, Period.year(2026), "members.women", dt.date(2026, 12, 31)) == (
        "2.切实维护女职工合法权益，在职会员中有女会员1人。"
    )


def test_a_plan_with_nothing_to_summarise_and_what_the_document_says_is_missing(store: Store) -> None:
    plans = PlanStore(store)
    for title, details in [
        ("开展职工运动会", "全体会员参加；"),
        ("建职工书屋", "选在几楼？"),
        ("换届", "按期进行。"),
    ]:
        plans.add_item(PlanItem(year=2026, title=title, details=details))
    document = build_document(store, Period.year(2025), BOTH, on=ON)
    assert [(b.key, b.full_text) for b in document.blocks] == [
        ("title", "本单位工会2026年工作计划"),
        ("plan.heading", "一、2026年工作计划"),
        ("plan.lead", f"2026年，本单位工会{PLAN_LEAD}"),
        ("plan.items.heading", "（一）主要工作"),
        ("plan.item.1", "1.开展职工运动会。全体会员参加；"),
        ("plan.item.2", "2.建职工书屋。选在几楼？"),
        ("plan.item.3", "3.换届。按期进行。"),
        ("signature", "本单位工会"),
        ("date", "2025年12月30日"),
    ]
    assert document.missing == ["2025年没有活动、计划等记录，总结部分没有内容可写"]
    summary = build_document(store, Period.year(2025), SUMMARY, on=ON)
    assert summary.title == "本单位工会2025年工作总结" and summary.missing == document.missing
    nothing = build_document(store, Period.year(2024), BOTH, on=ON)
    assert nothing.missing == [
        "2025年工作计划还没有填写（计划页），文档中没有计划部分",
        "2024年没有活动、计划等记录，总结部分没有内容可写",
    ]
    assert build_document(store, Period.year(2026), PLAN, on=ON).title == "本单位工会2027年工作计划"


def test_only_the_sections_asked_for_and_edits_left_off(year_store: Store) -> None:
    period = Period.year(YEAR)
    edits = SummaryEdits(year_store)
    edits.save(period, SUMMARY, "training.text", "培训由我重写。", "原文")
    from unionclerk.reports.summary import awards_section, training_section

    document = build_document(
        year_store,
        period,
        SUMMARY,
        on=ON,
        sections=[("training", training_section), ("awards", awards_section)],
    )
    headings = [b.full_text for b in document.blocks if b.style == "heading1"]
    assert headings == ["一、创建学习型组织，提高职工素质", "二、争先创优，展示职工风采"]
    assert document.block("training.text").text == "培训由我重写。" and document.block("training.text").edited
    plain = build_document(year_store, period, SUMMARY, on=ON, apply_edits=False)
    assert not plain.block("training.text").edited
    assert plain.block("training.text").text == plain.block("training.text").generated
    assert plain.block("training.text").text.startswith("为提高职工业务素质")
    # Written on the last day of the period, the figures are 截至 that day, not 截至目前.
    last_day = build_document(year_store, period, SUMMARY, on=dt.date(2025, 12, 31))
    assert last_day.block("members.count").text.startswith(f"截至2025年12月31日，{UNION}共有会员31人")


def test_training_above_only_long_title_lists_and_many_awards(store: Store) -> None:
    activities = ActivityStore(store)
    activities.add(Activity(date="2025-02-01", title="上级培训", category="教育培训", level=ORGANISED_ABOVE))
    for n in range(1, 8):
        activities.add(
            Activity(
                date=f"2025-03-{n:02d}",
                title=f"岗位练兵{n}",
                category="劳动竞赛/技能比武",
                training_tenths=5,
                headcount=2,
                awards=[Award(f"优胜奖{k}", "", WINNER_TEAM, winner_text=f"{n}组") for k in range(1, 4)],
            )
        )
    printed = dict((k, t) for k, _s, t in _printed(store, Period.year(2025), SUMMARY))
    assert printed["training.text"] == (
        "为提高职工业务素质，单位组织业务培训7次，学习3.5学时，参加人员14人次；选送职工参加上级组织的培训1次。"
        "培训内容包括上级培训、岗位练兵1、岗位练兵2、岗位练兵3、岗位练兵4、岗位练兵5等，通过强化培训，"
        "职工的业务素质不断提高。"
    )
    assert (
        printed["awards.text"] == "在各级各类活动中，单位和职工共获得奖项21项（团队奖21项），主要有以下15项："
    )
    assert printed["awards.15"] == "15.5组在岗位练兵5中获优胜奖3。" and "awards.16" not in printed


def test_the_fifth_category_opens_on_the_period_and_a_new_category_gets_a_plain_heading(store: Store) -> None:
    activities = ActivityStore(store)
    activities.add_category("读书活动")
    for n, category in enumerate(
        ["文体活动", "知识竞赛", "职代会/民主管理", "参观学习/疗休养", "读书活动"], start=1
    ):
        activities.add(Activity(date=f"2025-0{n}-10", title=f"活动{n}", category=category, headcount=10 - n))
    printed = dict((k, t) for k, _s, t in _printed(store, Period.half(2025, 1), SUMMARY, dt.date(2025, 7, 1)))
    assert printed["activities.读书活动.heading"] == "（五）开展读书活动"
    assert (
        printed["activities.读书活动.text"]
        == "上半年，工会共组织读书活动1项，参与5人次。具体是：5月10日举办了活动5，参与5人次。"
    )
    # The sixth opens like the first again.
    activities.add_category("志愿者活动")
    activities.add(Activity(date="2025-06-10", title="活动6", category="志愿者活动", headcount=1))
    sixth = _paragraph(store, Period.half(2025, 1), "activities.志愿者活动.text", dt.date(2025, 7, 1))
    assert (
        sixth == "围绕中心工作，工会共组织志愿者活动1项，参与1人次。具体是：6月10日举办了活动6，参与1人次。"
    )


def test_the_opening_leaves_out_what_is_zero_and_a_plan_of_guiding_words_alone(store: Store) -> None:
    MemberStore(store).add(Member(name="张三", sex="男", join_date="2020-01-01"))
    ActivityStore(store).add(Activity(date="2025-05-10", title="植树", category="文体活动"))  # nobody counted
    PlanStore(store).save_year(PlanYear(2026, guiding="以职工为中心。"))
    document = build_document(store, Period.year(2025), BOTH, on=ON)
    assert document.block("opening").text.endswith(
        "积极维护职工合法权益，现有会员1人，组织和参加各类活动1项，各项工作取得了新的成效。现将2025年工作情况总结如下："
    )
    assert document.block("activities.lead").text == (
        "一年来，本单位工会围绕单位中心工作，组织和参加各类职工活动1项，职工的获得感和凝聚力不断增强。"
    )
    plan = [(b.key, b.full_text) for b in document.blocks if b.key.startswith("plan.")]
    assert plan == [
        ("plan.heading", "三、2026年工作计划"),
        ("plan.guiding.heading", "（一）指导思想"),
        ("plan.guiding.1", "以职工为中心。"),
    ]


def test_plans_alone_after_a_half_or_a_stage(year_store: Store) -> None:
    """A plan alone after the first half or after some months is named for what follows them."""
    assert (
        build_document(year_store, Period.half(YEAR, 1), PLAN, on=ON).title == f"{UNION}2025年下半年工作计划"
    )
    months = Period.between("2025-03-01", "2025-05-31")
    assert build_document(year_store, months, PLAN, on=ON).title == f"{UNION}2025年下一阶段工作计划"


def test_a_union_whose_members_all_left(store: Store) -> None:
    roster = MemberStore(store)
    roster.change_status(
        roster.add(Member(name="张三", join_date="2020-01-01")), "转出", "2025-03-01", "调动"
    )
    assert _paragraph(store, Period.year(2025), "members.count") == (
        "1.截至目前，本单位工会共有会员0人。一年来，减少会员1人（转出1人）。"
    )


def test_what_is_missing_names_the_period_as_its_title_does(store: Store) -> None:
    for period, label in [
        (Period.year(2024), "2024年"),
        (Period.half(2024, 1), "2024年上半年"),
        (Period.half(2024, 2), "2024年下半年"),
        (Period.between("2024-03-05", "2024-10-31"), "2024年3月5日至10月31日"),
    ]:
        missing = build_document(store, period, SUMMARY, on=ON).missing
        assert missing == [f"{label}没有活动、计划等记录，总结部分没有内容可写"]
        assert period.label == label


def test_a_two_digit_month_and_day_in_what_is_missing(store: Store) -> None:
    missing = build_document(store, Period.between("2024-10-15", "2024-11-30"), SUMMARY, on=ON).missing
    assert missing == ["2024年10月15日至11月30日没有活动、计划等记录，总结部分没有内容可写"]


def test_events_of_one_day_keep_the_awarded_one_first(store: Store) -> None:
    activities = ActivityStore(store)
    activities.add(
        Activity(
            date="2024-09-01",
            title="甲赛",
            category="知识竞赛",
            headcount=2,
            awards=[Award("优胜奖", "", WINNER_TEAM, winner_text="一队")],
        )
    )
    activities.add(Activity(date="2024-09-01", title="乙赛", category="知识竞赛", headcount=8))
    text = _paragraph(store, Period.year(2024), "activities.知识竞赛.text", dt.date(2025, 1, 5))
    assert (
        text
        == "围绕中心工作，工会共组织知识竞赛2项，参与10人次。具体是：9月1日举办了甲赛，参与2人次；9月1日举办了乙赛，参与8人次。"
    )


def test_visits_without_money_and_a_festival_of_two_goods(store: Store) -> None:
    roster = MemberStore(store)
    zhang, li = (roster.add(Member(name=n, join_date="2015-01-01")) for n in ("张三", "李四"))
    visits = VisitStore(store)
    for visit in [
        Visit(
            date="2025-01-20",
            kind="节日慰问",
            festival="春节",
            member_id=zhang,
            goods="大米",
            goods_fen=10000,
        ),
        Visit(
            date="2025-01-21", kind="节日慰问", festival="春节", member_id=li, goods="食用油", goods_fen=10000
        ),
        Visit(date="2025-03-01", kind="生病住院", member_id=zhang),
        Visit(date="2025-07-20", kind="夏送清凉", member_id=li),
        Visit(date="2025-08-01", kind="生育", member_id=li),
    ]:
        visits.add(visit)
    printed = [(k, t) for k, _s, t in _printed(store, Period.year(2025), SUMMARY) if k.startswith("visits.")]
    assert printed[2:] == [
        ("visits.festival.春节", "1.春节前夕，为2名会员发放大米、食用油，每人价值100元，合计200元。"),
        ("visits.hospital", "2.探望生病住院职工1人次。"),
        ("visits.aid", "3.开展“夏送清凉”1人次。"),
        ("visits.kind.生育", "4.生育慰问1人次。"),
    ]


def test_a_plan_with_nothing_in_progress(store: Store) -> None:
    plans = PlanStore(store)
    plans.add_item(PlanItem(year=2025, title="召开职代会", status="已完成"))
    plans.add_item(PlanItem(year=2025, title="建职工书屋"))
    assert _paragraph(store, Period.year(2025), "plan_done.text") == (
        "年初制定的2025年工作计划共2项，目前已完成1项。已完成的项目是："
    )


def test_a_fund_of_spending_only_and_dues_not_yet_collected(store: Store) -> None:
    MemberStore(store).add(Member(name="张三", wage_base_fen=500000, join_date="2020-01-01"))
    LedgerStore(store).set_opening(2025, 10000_00)
    LedgerStore(store).add(Entry("2025-05-01", "春游", "50102", expense_fen=800_00))
    PlanStore(store).add_item(PlanItem(year=2025, title="召开职代会", planned_month=3, status="已完成"))
    document = build_document(store, Period.year(2025), SUMMARY, on=dt.date(2026, 1, 5))
    fund = [(b.key, b.full_text) for b in document.blocks if b.key.startswith("ledger.")]
    assert fund == [
        ("ledger.heading", "三、加强经费管理，用好工会经费"),  # after 会员 and 目标责任
        (
            "ledger.text",
            "一年来，工会经费收入0元，支出800元（职工活动支出800元）；截至2025年12月31日，经费结余9200元。"
            "会员会费应缴300元，实收0元。",
        ),
    ]
    assert document.block("plan_done.1").full_text == "1.召开职代会（3月）。"
