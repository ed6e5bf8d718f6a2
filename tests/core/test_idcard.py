"""GB 11643 ID numbers: check character, dates, 15-digit upgrade, masking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionclerk.core.idcard import IdNumberError, check_char, mask_id_number, parse_id_number, upgrade_15


def test_brief_example_is_valid_female_born_1949() -> None:
    parsed = parse_id_number("11010519491231002X")
    assert parsed.number == "11010519491231002X"
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex == "女"


def test_lower_case_x_spaces_and_full_width_digits_are_normalised() -> None:
    assert parse_id_number(" 110105 19491231 002x ").number == "11010519491231002X"
    assert parse_id_number("１１０１０５１９４９１２３１００２Ｘ").number == "11010519491231002X"


@pytest.mark.parametrize("last", list("0123456789"))
def test_wrong_check_character_is_refused_and_names_the_right_one(last: str) -> None:
    with pytest.raises(IdNumberError, match="校验位错误：最后一位应为 X"):
        parse_id_number("11010519491231002" + last)


@pytest.mark.parametrize(
    "first17",
    ["11010519490230002", "11010519491332002", "11010518001231002", "11010530001231002"],
)
def test_impossible_or_unreasonable_birth_dates_are_refused(first17: str) -> None:
    with pytest.raises(IdNumberError, match="出生日期"):
        parse_id_number(first17 + check_char(first17))


@pytest.mark.parametrize("text", ["", "123", "1101051949123100", "11010519491231002XX", "1101051949123100AX"])
def test_wrong_length_or_characters(text: str) -> None:
    with pytest.raises(IdNumberError):
        parse_id_number(text)


def test_fifteen_digit_numbers_are_upgraded() -> None:
    # 15-digit: area 6, yymmdd 6, sequence 3 (odd: male)
    upgraded = upgrade_15("110105491231001")
    assert upgraded[:17] == "11010519491231001"
    parsed = parse_id_number("110105491231001")
    assert parsed.number == upgraded
    assert parsed.sex == "男"
    assert parsed.birth_date == dt.date(1949, 12, 31)


def test_fifteen_digit_with_impossible_date_is_refused() -> None:
    with pytest.raises(IdNumberError):
        parse_id_number("110105490231001")


def test_masking_hides_the_birth_date() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number(None) == ""


@given(
    area=st.integers(110000, 659999),
    born=st.dates(dt.date(1920, 1, 1), dt.date(2010, 12, 31)),
    sequence=st.integers(0, 999),
)
def test_any_number_built_with_its_check_character_parses_back(
    area: int, born: dt.date, sequence: int
) -> None:
    first17 = f"{area}{born:%Y%m%d}{sequence:03d}"
    parsed = parse_id_number(first17 + check_char(first17))
    assert parsed.birth_date == born
    assert parsed.sex == ("男" if sequence % 2 else "女")
