"""The activity form field by field, every message in full; hours and counts; award rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from unionclerk.core.activities import (
    WINNER_MEMBER,
    WINNER_TEAM,
    WINNER_UNIT,
    Activity,
    Award,
    format_hours,
    parse_count,
    parse_hours,
    tenths_to_hours,
    validate_activity,
    validate_awards,
)
from unionclerk.core.members import FieldErrors

TODAY = dt.date(2026, 6, 1)
BASE = {"date": "2026-05-12", "title": "护理知识竞赛", "category": "知识竞赛"}


def errors_of(form: dict[str, str], **kwargs: object) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        validate_activity({**BASE, **form}, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return caught.value.errors


def test_every_field_of_a_good_form() -> None:
    activity = validate_activity(
        {
            **BASE,
            "date": "2026/5/12",
            "end_date": "2026-05-12",
            "level": "",
            "location": " 礼堂 ",
            "organiser": "工会",
            "headcount": "30人次",
            "training_hours": "2学时",
            "cost": "300",
            "results": "一等奖",
            "plan_item_id": "7",
            "notes": "备注",
        },
        participant_ids=[5, 5, 6],
        today=TODAY,
    )
    assert activity == Activity(
        date="2026-05-12",
        end_date=None,  # a one-day event keeps no end date
        title="护理知识竞赛",
        category="知识竞赛",
        level="本单位组织",
        location="礼堂",
        organiser="工会",
        headcount=30,
        participant_ids=[5, 6],
        training_tenths=20,
        cost_fen=30000,
        results="一等奖",
        plan_item_id=7,
        notes="备注",
    )
    assert activity.person_times == 30 and activity.is_training
    assert not validate_activity(BASE, today=TODAY).is_training
    assert validate_activity({**BASE, "category": "教育培训"}, today=TODAY).is_training
    assert validate_activity({**BASE, "date": "2027-06-02"}, today=TODAY).date == "2027-06-02"  # 366 days


def test_every_message_in_full() -> None:
    assert errors_of({"date": ""}) == {"date": "日期不能为空"}
    assert errors_of({"date": "2026-02-30"}) == {"date": "日期：“2026-02-30” 不是有效日期"}
    assert errors_of({"date": "2027-06-03"}) == {"date": "日期离今天超过一年，请检查年份"}
    assert errors_of({"end_date": "明天"}) == {"end_date": "结束日期：“明天” 不是日期，应写成 2026-03-01"}
    assert errors_of({"end_date": "2026-05-11"}) == {
        "end_date": "结束日期 2026-05-11 早于开始日期 2026-05-12"
    }
    assert errors_of({"title": ""}) == {"title": "活动名称不能为空"}
    assert errors_of({"title": "题" * 201}) == {"title": "活动名称过长（最多200字）"}
    assert validate_activity({**BASE, "title": "题" * 200}, today=TODAY).title == "题" * 200
    assert errors_of({"category": ""}) == {"category": "请选择活动类别"}
    assert errors_of({"category": "聚餐"}) == {"category": "活动类别“聚餐”不在类别列表中"}
    assert errors_of({}, categories=("文体活动",)) == {"category": "活动类别“知识竞赛”不在类别列表中"}
    assert errors_of({"level": "省级"}) == {"level": "组织层级应为“本单位组织”或“参加上级组织”"}
    assert errors_of({"headcount": "很多"}) == {"headcount": "参与人次：“很多”不是人数"}
    assert errors_of({"headcount": "2"}, participant_ids=[1, 2, 3]) == {
        "headcount": "参与人次（2）少于已选参与会员（3人）"
    }
    assert (
        validate_activity({**BASE, "headcount": "3"}, participant_ids=[1, 2, 3], today=TODAY).headcount == 3
    )
    assert errors_of({"training_hours": "两小时"}) == {"training_hours": "学时：“两小时”不是学时数"}
    assert errors_of({"training_hours": "-1"}) == {"training_hours": "学时：不能为负数"}  # its subject once
    assert errors_of({"training_hours": "1.25"}) == {"training_hours": "学时：最多保留一位小数"}
    assert errors_of({"cost": "若干"}) == {"cost": "费用：“若干” 不是金额"}
    assert errors_of({"cost": "-0.01"}) == {"cost": "费用不能为负数"}
    assert validate_activity({**BASE, "cost": "0"}, today=TODAY).cost_fen == 0
    assert errors_of({"plan_item_id": "x"}) == {"plan_item_id": "关联计划项无效"}
    assert errors_of({"title": "", "category": ""}) == {
        "title": "活动名称不能为空",
        "category": "请选择活动类别",
    }


def test_hours_and_counts() -> None:
    assert parse_hours(" 1.5 小时") == 15 and parse_hours("0") == 0 and parse_hours("3学时") == 30
    for text, message in (
        ("abc", "“abc”不是学时数"),
        ("Infinity", "“Infinity”不是学时数"),
        ("-1", "不能为负数"),  # after its subject, which the caller names: 学时：不能为负数
        ("1.25", "最多保留一位小数"),
    ):
        with pytest.raises(ValueError) as refused:
            parse_hours(text)
        assert str(refused.value) == message
    assert parse_count(" 12人次 ") == 12 and parse_count("3人") == 3 and parse_count("0") == 0
    for text, message in (
        ("x", "“x”不是人数"),
        ("1.5", "“1.5”不是整数"),
        ("NaN", "“NaN”不是整数"),
        ("-2", "不能为负数"),
    ):
        with pytest.raises(ValueError) as refused:
            parse_count(text)
        assert str(refused.value) == message
    assert tenths_to_hours(35) == Decimal("3.5") and format_hours(40) == "4" and format_hours(35) == "3.5"


def test_award_rows() -> None:
    kept = validate_awards(
        [
            Award(award=" 一等奖 ", rank=" 第一 ", winner_member_id=3, level=" 市级 "),
            Award(award="", rank="", winner_kind=WINNER_TEAM, winner_text="  "),  # blank: dropped
            Award(award="优秀组织奖", winner_kind=WINNER_UNIT, winner_member_id=9),
            Award(award="团体奖", winner_kind=WINNER_TEAM, winner_text=" 检验科 "),
        ]
    )
    assert [(a.award, a.rank, a.level, a.winner_member_id, a.winner_text) for a in kept] == [
        ("一等奖", "第一", "市级", 3, ""),
        ("优秀组织奖", "", "", None, ""),  # a unit award names no member
        ("团体奖", "", "", None, "检验科"),
    ]
    with pytest.raises(FieldErrors) as bad:
        validate_awards(
            [
                Award(award="", rank="第二", winner_member_id=1),
                Award(award="奖", winner_kind="club"),
                Award(award="个人奖", winner_kind=WINNER_MEMBER),
                Award(award="团体奖", winner_kind=WINNER_TEAM),
            ]
        )
    assert bad.value.errors == {"awards": "获奖情况第1行：奖项不能为空"}  # the first problem names the field
    for award, message in (
        (Award(award="奖", winner_kind="club"), "获奖情况第1行：获奖者类别“club”无效"),
        (Award(award="个人奖"), "获奖情况第1行：“个人奖”没有获奖者，请选择获奖会员"),
        (Award(award="团体奖", winner_kind=WINNER_TEAM), "获奖情况第1行：“团体奖”没有获奖者，请填写团队名称"),
        (Award(award="", rank="一", winner_kind=WINNER_TEAM), "获奖情况第1行：奖项不能为空"),
    ):
        with pytest.raises(FieldErrors) as one:
            validate_awards([award])
        assert one.value.errors == {"awards": message}
    with pytest.raises(FieldErrors) as in_form:
        validate_activity(BASE, awards=[Award(award="个人奖")], today=TODAY)
    assert in_form.value.errors == {"awards": "获奖情况第1行：“个人奖”没有获奖者，请选择获奖会员"}
    assert Award(award="x", winner_kind=WINNER_UNIT).winner_label("某某中心") == "某某中心"
    assert Award(award="x", winner_kind=WINNER_UNIT).winner_label() == "本单位"
    assert Award(award="x", winner_kind=WINNER_UNIT, winner_text="县疾控").winner_label("某") == "县疾控"
    assert Award(award="x", winner_kind=WINNER_TEAM, winner_text="检验科").winner_label("某") == "检验科"


def test_a_form_with_only_the_needed_fields_gives_the_defaults() -> None:
    assert validate_activity(BASE, today=TODAY) == Activity(
        date="2026-05-12", title="护理知识竞赛", category="知识竞赛"
    )
    with pytest.raises(FieldErrors) as empty:
        validate_activity({}, today=TODAY)
    assert empty.value.errors == {
        "date": "日期不能为空",
        "title": "活动名称不能为空",
        "category": "请选择活动类别",
    }
    with pytest.raises(FieldErrors) as team_only:  # a row with only a team in it is not blank
        validate_awards([Award(award="", winner_kind=WINNER_TEAM, winner_text="检验科")])
    assert team_only.value.errors == {"awards": "获奖情况第1行：奖项不能为空"}
