"""The member form field by field, every message in full (a changed word is a changed message)."""

from __future__ import annotations

import datetime as dt

import pytest

from unionclerk.core.idcard import parse_id_number
from unionclerk.core.members import FieldErrors, Member, clean_phone, validate_member

TODAY = dt.date(2026, 11, 28)


def errors_of(form: dict[str, str]) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        validate_member({"name": "张三", **form}, today=TODAY)
    return caught.value.errors


def test_every_field_of_a_good_form() -> None:
    member = validate_member(
        {
            "name": " 张三 ",
            "id_number": "11010519491231002x",
            "sex": "女",
            "birth_date": "1949/12/31",
            "ethnicity": "回族",
            "political_status": "中共党员",
            "education": "大学本科",
            "department": "检验科",
            "position": "科长",
            "staff_category": "在编",
            "join_date": "1970-01-01",
            "card_no": "A001",
            "phone": "138 1234 5678",
            "wage_base": "5,678.50",
            "hardship": "是",
            "hardship_type": "因病",
            "notes": "备注",
            "status": "保留会籍",
        },
        today=TODAY,
    )
    assert member == Member(
        name="张三",
        id_number="11010519491231002X",
        sex="女",
        birth_date="1949-12-31",
        ethnicity="回族",
        political_status="中共党员",
        education="大学本科",
        department="检验科",
        position="科长",
        staff_category="在编",
        join_date="1970-01-01",
        card_no="A001",
        phone="13812345678",
        wage_base_fen=567850,
        hardship=True,
        hardship_type="因病",
        notes="备注",
        status="保留会籍",
    )
    plain = validate_member(
        {"name": "李四", "sex": "男", "birth_date": "1990-01-01", "hardship": ""}, today=TODAY
    )
    assert (plain.ethnicity, plain.status, plain.hardship, plain.id_number, plain.wage_base_fen) == (
        "汉族",
        "在会",
        False,
        None,
        None,
    )
    assert (plain.sex, plain.birth_date) == ("男", "1990-01-01")
    for flag in ("1", "true", "True", "是"):
        assert validate_member({"name": "甲", "hardship": flag}, today=TODAY).hardship
    assert not validate_member({"name": "甲", "hardship": "否"}, today=TODAY).hardship
    assert validate_member({"name": "甲" * 40, "sex": None}, today=TODAY).name == "甲" * 40  # type: ignore[dict-item]
    assert validate_member({"name": "甲", "wage_base": "0"}, today=TODAY).wage_base_fen == 0
    assert validate_member({"name": "甲", "join_date": "2026-11-28"}, today=TODAY).join_date == "2026-11-28"
    assert validate_member({"name": "甲", "birth_date": "2026-11-28"}, today=TODAY).birth_date == "2026-11-28"


def test_an_already_parsed_id_is_used_as_it_is() -> None:
    parsed = parse_id_number("11010519491231002X")
    member = validate_member({"name": "甲", "id_number": "11010519491231002X"}, today=TODAY, id_card=parsed)
    assert (member.id_number, member.sex, member.birth_date) == ("11010519491231002X", "女", "1949-12-31")
    other = parse_id_number("110105199003071239")
    with pytest.raises(FieldErrors) as typed:  # the form's text wins when it differs from the parsed one
        validate_member({"name": "甲", "id_number": "110105199003071230"}, today=TODAY, id_card=other)
    assert typed.value.errors == {"id_number": "身份证号：校验位错误：最后一位应为 9，不是 0"}


def test_every_message_in_full() -> None:
    assert errors_of({"name": ""}) == {"name": "姓名不能为空"}
    assert errors_of({"name": "甲" * 41}) == {"name": "姓名过长（最多40个字）"}
    assert errors_of({"sex": "M"}) == {"sex": "性别应为“男”或“女”，不是“M”"}
    assert errors_of({"id_number": "123"}) == {"id_number": "身份证号应为18位，现在是3位"}  # the subject once
    assert errors_of({"id_number": "11010519491231002X", "sex": "男"}) == {
        "sex": "性别与身份证号不符：身份证号显示为女"
    }
    assert errors_of({"id_number": "11010519491231002X", "birth_date": "1950-01-01"}) == {
        "birth_date": "出生日期与身份证号不符：身份证号显示为 1949-12-31"
    }
    assert errors_of({"birth_date": "生日"}) == {"birth_date": "出生日期：“生日” 不是日期，应写成 2026-03-01"}
    assert errors_of({"birth_date": "2026-11-29"}) == {"birth_date": "出生日期不能晚于今天"}
    assert errors_of({"join_date": "2026-13-01"}) == {"join_date": "入会日期：“2026-13-01” 不是有效日期"}
    assert errors_of({"join_date": "2026-11-29"}) == {"join_date": "入会日期不能晚于今天"}
    assert errors_of({"birth_date": "1990-01-01", "join_date": "1990-01-01"}) == {
        "join_date": "入会日期应晚于出生日期"
    }
    assert errors_of({"phone": "12345"}) == {
        "phone": "联系电话“12345”格式不对：手机号为11位，座机如 0871-1234567"
    }
    assert errors_of({"wage_base": "很多"}) == {"wage_base": "月缴费基数：“很多” 不是金额"}
    assert errors_of({"wage_base": "-1"}) == {"wage_base": "月缴费基数不能为负数"}
    assert errors_of({"status": "在职"}) == {"status": "会籍状态“在职”不在可选范围内"}
    both = errors_of({"name": "", "phone": "1"})
    assert list(both) == ["name", "phone"]
    with pytest.raises(FieldErrors) as caught:
        validate_member({"name": "", "phone": "1"}, today=TODAY)
    assert str(caught.value) == "姓名不能为空；联系电话“1”格式不对：手机号为11位，座机如 0871-1234567"


@pytest.mark.parametrize(
    "phone",
    ["13812345678", "0871-1234567", "08711234567", "010-12345678", "0871-1234567-123", "1234567", "12345678"],
)
def test_phone_formats_accepted(phone: str) -> None:
    assert validate_member({"name": "甲", "phone": phone}, today=TODAY).phone == phone


@pytest.mark.parametrize(
    "phone", ["12812345678", "1381234567", "0871-123456", "123456", "0871-1234567-1234567"]
)
def test_phone_formats_refused(phone: str) -> None:
    assert "格式不对" in errors_of({"phone": phone})["phone"]


def test_clean_phone() -> None:
    assert clean_phone(" 0871－123 4567 ") == "0871-1234567"
    assert clean_phone(13812345678) == "13812345678"  # type: ignore[arg-type]


def test_field_errors_keep_the_first_message_of_a_field() -> None:
    errors = FieldErrors()
    errors.add("a", "一")
    errors.add("a", "二")
    errors.add("b", "三")
    assert errors.errors == {"a": "一", "b": "三"} and str(errors) == "一；三"
    assert Member.field_names()[0] == "name" and Member.field_names()[-1] == "id"


def test_a_form_with_only_a_name_gives_the_defaults() -> None:
    assert validate_member({"name": "甲"}, today=TODAY) == Member(name="甲")


def test_id_birth_dates_on_the_edges() -> None:
    from unionclerk.core.idcard import IdNumberError, check_char

    first = "11010519000101001"
    assert (
        validate_member({"name": "甲", "id_number": first + check_char(first)}, today=TODAY).birth_date
        == "1900-01-01"
    )
    today = dt.date.today()
    born_today = f"110105{today:%Y%m%d}001"
    assert parse_id_number(born_today + check_char(born_today)).birth_date == today
    bad = "11010519490230002"
    with pytest.raises(IdNumberError) as refused:
        parse_id_number(bad + check_char(bad))
    assert str(refused.value) == "出生日期 19490230 不是有效日期"
    for text, message in (
        ("", "身份证号为空"),
        ("1101051949123100AX", "身份证号前17位应为数字，最后一位为数字或X"),
    ):
        with pytest.raises(IdNumberError) as caught:
            parse_id_number(text)
        assert str(caught.value) == message
