"""What the member form accepts and how it explains what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from unionclerk.core.members import FieldErrors, validate_member

TODAY = dt.date(2026, 11, 28)


def errors_of(form: dict[str, str]) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        validate_member(form, today=TODAY)
    return caught.value.errors


def test_birth_date_and_sex_come_from_the_id_number() -> None:
    member = validate_member({"name": "张三", "id_number": "11010519491231002x"}, today=TODAY)
    assert (member.id_number, member.birth_date, member.sex) == ("11010519491231002X", "1949-12-31", "女")


def test_stated_sex_and_birth_date_must_agree_with_the_id() -> None:
    errors = errors_of(
        {"name": "张三", "id_number": "11010519491231002X", "sex": "男", "birth_date": "1950-01-01"}
    )
    assert "身份证号显示为女" in errors["sex"]
    assert "1949-12-31" in errors["birth_date"]


def test_every_bad_field_is_named() -> None:
    errors = errors_of(
        {
            "name": "",
            "id_number": "110105194912310021",
            "join_date": "2026-13-01",
            "phone": "12345",
            "wage_base": "abc",
        }
    )
    assert set(errors) == {"name", "id_number", "join_date", "phone", "wage_base"}
    assert "姓名" in errors["name"]
    assert "校验位" in errors["id_number"]
    assert "入会日期" in errors["join_date"]
    assert "联系电话" in errors["phone"]


def test_dates_in_the_future_or_before_birth_are_refused() -> None:
    errors = errors_of({"name": "李四", "birth_date": "1990-01-01", "join_date": "1989-05-01"})
    assert "晚于出生日期" in errors["join_date"]
    errors = errors_of({"name": "李四", "join_date": "2027-01-01"})
    assert "晚于今天" in errors["join_date"]


def test_common_date_and_phone_forms_are_accepted() -> None:
    member = validate_member(
        {"name": "王五", "join_date": "2019年3月1日", "phone": "138 0013 8000", "wage_base": "5,678.00"},
        today=TODAY,
    )
    assert member.join_date == "2019-03-01"
    assert member.phone == "13800138000"
    assert member.wage_base_fen == 567800
    assert validate_member({"name": "赵六", "phone": "0871-6543210"}, today=TODAY).phone == "0871-6543210"
