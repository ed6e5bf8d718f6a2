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


# -- against the standard, not against check_char ------------------------------------------------------

# GB 11643-1999's table, written out: S mod 11 = 0 … 10 -> check character.
STANDARD_TABLE = {0: "1", 1: "0", 2: "X", 3: "9", 4: "8", 5: "7", 6: "6", 7: "5", 8: "4", 9: "3", 10: "2"}

# Numbers worked out by hand from the standard (ISO 7064 MOD 11-2), one for each check character. The first
# is the standard's own example; each line: number, S mod 11.
KNOWN_VALID = [
    ("11010519491231002X", 2),
    ("320102198008150011", 0),
    ("320102198008150070", 1),
    ("320102198008150089", 3),
    ("320102198008150038", 4),
    ("320102198008150097", 5),
    ("320102198008150046", 6),
    ("320102198008150185", 7),
    ("320102198008150054", 8),
    ("320102198008150003", 9),
    ("320102198008150062", 10),
]


def _from_value(carry: int) -> str:
    value = (12 - carry) % 11  # the digit that makes the whole number ≡ 1 (mod 11); 10 is written X
    return "X" if value == 10 else str(value)


def _weighted_remainder(first17: str) -> int:
    return sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17)) % 11


@pytest.mark.parametrize(("number", "remainder"), KNOWN_VALID)
def test_known_numbers_for_every_check_character(number: str, remainder: int) -> None:
    assert _weighted_remainder(number[:17]) == remainder
    assert STANDARD_TABLE[remainder] == number[17]
    assert check_char(number[:17]) == number[17]
    assert parse_id_number(number).number == number
    for wrong in "0123456789X":
        if wrong != number[17]:
            with pytest.raises(IdNumberError, match=f"校验位错误：最后一位应为 {number[17]}，不是 {wrong}"):
                parse_id_number(number[:17] + wrong)


def test_every_check_character_occurs_and_x_only_for_remainder_2() -> None:
    assert sorted(number[17] for number, _ in KNOWN_VALID) == sorted("0123456789X")
    assert [number for number, _ in KNOWN_VALID if number.endswith("X")] == ["11010519491231002X"]


def test_the_standards_second_example_has_check_character_4() -> None:
    # GB 11643-1999 also shows 440524188001010014 (born 1880: refused here as an unreasonable birth date).
    assert check_char("44052418800101001") == "4"
    with pytest.raises(IdNumberError, match="出生日期"):
        parse_id_number("440524188001010014")


@given(first17=st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_char_agrees_with_iso_7064(first17: str) -> None:
    assert check_char(first17) == _from_value(_iso7064_carry(first17))


def _iso7064_carry(first17: str) -> int:
    carry = 0
    for digit in first17:
        carry = (carry + int(digit)) * 2 % 11
    return carry


def test_masking_other_lengths() -> None:
    assert mask_id_number("123456789") == "1234*6789"  # not 18 long: first and last four kept
    assert mask_id_number("1234567890AB") == "1234****90AB"
    assert mask_id_number("12345678") == "********"  # too short to show anything
    assert mask_id_number("123") == "***"
    assert mask_id_number("") == ""


@pytest.mark.parametrize("bad", ["11010549123100", "1101054912310011", "11010549123100A"])
def test_upgrading_needs_fifteen_digits(bad: str) -> None:
    with pytest.raises(IdNumberError) as refused:
        upgrade_15(bad)
    assert str(refused.value) == "15位身份证号应全部为数字"
