"""The activity and plan item forms: each bad field is named, good text becomes a record."""

from __future__ import annotations

import datetime as dt

import pytest

from unionclerk.core.activities import (
    WINNER_MEMBER,
    WINNER_TEAM,
    WINNER_UNIT,
    Activity,
    Award,
    format_hours,
    parse_hours,
    validate_activity,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.plan import parse_planned, validate_plan_item

TODAY = dt.date(2026, 6, 1)


def _form(**changes: str) -> dict[str, str]:
    form = {"date": "2026-05-12", "title": "护理知识竞赛", "category": "知识竞赛"}
    form.update(changes)
    return form


def _errors(form: dict[str, str], **kwargs: object) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        validate_activity(form, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return caught.value.errors


def test_good_form_becomes_activity() -> None:
    activity = validate_activity(
        _form(end_date="2026/5/14", training_hours="3.5", cost="1,200.50", level="参加上级组织"),
        participant_ids=[3, 1, 3],
        today=TODAY,
    )
    assert activity.end_date == "2026-05-14"
    assert activity.training_tenths == 35 and activity.cost_fen == 120050
    assert activity.participant_ids == [3, 1]
    assert activity.person_times == 2


def test_end_before_start_is_named() -> None:
    errors = _errors(_form(end_date="2026-05-01"))
    assert "end_date" in errors and "早于开始日期" in errors["end_date"]


def test_negative_cost_is_named() -> None:
    assert "不能为负数" in _errors(_form(cost="-5"))["cost"]


def test_headcount_below_chosen_participants_is_named() -> None:
    errors = _errors(_form(headcount="2"), participant_ids=[1, 2, 3])
    assert "少于已选参与会员（3人）" in errors["headcount"]


def test_typed_headcount_counts_when_at_least_the_chosen() -> None:
    activity = validate_activity(_form(headcount="90人次"), participant_ids=[1, 2, 3], today=TODAY)
    assert activity.person_times == 90


def test_award_without_winner_is_named() -> None:
    errors = _errors(_form(), awards=[Award(award="二等奖", winner_kind=WINNER_MEMBER)])
    assert "第1行" in errors["awards"] and "没有获奖者" in errors["awards"]
    errors = _errors(
        _form(), awards=[Award(award="", rank="第二名", winner_kind=WINNER_TEAM, winner_text="检验科队")]
    )
    assert "奖项不能为空" in errors["awards"]
    errors = _errors(_form(), awards=[Award(award="团体二等奖", winner_kind=WINNER_TEAM)])
    assert "没有获奖者" in errors["awards"]


def test_unit_award_and_blank_rows() -> None:
    activity = validate_activity(
        _form(),
        awards=[
            Award(award="", winner_kind=WINNER_MEMBER),
            Award(award="优秀组织奖", winner_kind=WINNER_UNIT),
        ],
        today=TODAY,
    )
    assert [a.award for a in activity.awards] == ["优秀组织奖"]


def test_missing_fields_all_named_at_once() -> None:
    errors = _errors({"date": "", "title": "", "category": "不存在的类别", "training_hours": "两小时"})
    assert set(errors) >= {"date", "title", "category", "training_hours"}


def test_hours_round_trip() -> None:
    assert parse_hours("2") == 20 and format_hours(20) == "2"
    assert format_hours(parse_hours("1.5学时")) == "1.5"
    with pytest.raises(ValueError):
        parse_hours("1.25")


def test_person_times_rule() -> None:
    assert Activity(date="2026-01-01", title="t", category="其他", participant_ids=[1, 2]).person_times == 2
    assert Activity(date="2026-01-01", title="t", category="其他", headcount=40).person_times == 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3月", (3, None)), ("12", (12, None)), ("Q2", (None, 2)), ("第三季度", (None, 3)), ("", (None, None))],
)
def test_planned_month_or_quarter(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_planned(text) == expected


def test_plan_item_form() -> None:
    item = validate_plan_item(
        {"title": "举办职工运动会", "planned": "第二季度", "status": "进行中"}, year=2027
    )
    assert item.planned_quarter == 2 and item.planned_label == "第二季度"
    with pytest.raises(FieldErrors) as caught:
        validate_plan_item({"title": "", "planned": "13月", "status": "差不多"}, year=2027)
    assert set(caught.value.errors) == {"title", "planned", "status"}
