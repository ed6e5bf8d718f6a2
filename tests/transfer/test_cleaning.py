"""Cell cleaners: dates, IDs, sexes, phones, money, flags, as offices type them."""

from __future__ import annotations

import datetime as dt

import pytest
from transfer_files import MAN_1990, WOMAN_1985

from unionclerk.transfer.cleaning import (
    CellError,
    clean_date,
    clean_flag,
    clean_id_number,
    clean_money_fen,
    clean_name,
    clean_phone,
    clean_sex,
    clean_text,
)


@pytest.mark.parametrize(
    ("raw", "iso", "month_only"),
    [
        ("2019-3-1", "2019-03-01", False),
        ("2019/03/01", "2019-03-01", False),
        ("2019.3.1", "2019-03-01", False),
        ("2019年3月1日", "2019-03-01", False),
        ("20190301", "2019-03-01", False),
        ("２０１９－３－１", "2019-03-01", False),
        ("2019.03", "2019-03-01", True),
        ("2019-3", "2019-03-01", True),
        ("2019年3月", "2019-03-01", True),
        ("201903", "2019-03-01", True),
        (43525, "2019-03-01", False),  # Excel serial
        ("43525", "2019-03-01", False),  # a serial that came through CSV
        (2019.03, "2019-03-01", True),  # typed 2019.03 into a number cell
        (2019.1, "2019-10-01", True),  # Excel dropped the zero of 2019.10
        (2019.3, "2019-03-01", True),  # never the serial 1905-07-11
        (2019.5, "2019-05-01", True),
        (2019.9, "2019-09-01", True),
        (2019.12, "2019-12-01", True),
        (2019.11, "2019-11-01", True),
        (dt.datetime(2019, 3, 1), "2019-03-01", False),
        (20190301, "2019-03-01", False),
    ],
)
def test_dates(raw: object, iso: str, month_only: bool) -> None:
    cleaned = clean_date(raw)
    assert cleaned is not None
    assert (cleaned.iso, cleaned.month_only) == (iso, month_only)


@pytest.mark.parametrize("raw", ["2019-02-30", "明年", "2019.13", 99999999, 2019.13, 2019.123, 2019.35])
def test_bad_dates(raw: object) -> None:
    with pytest.raises(CellError):
        clean_date(raw)


def test_ambiguous_number_date_says_how_it_was_read() -> None:
    cleaned = clean_date(2019.1)
    assert cleaned is not None and "10月" in cleaned.reinterpreted
    plain = clean_date(2019.3)
    assert plain is not None and plain.reinterpreted == ""


def test_blank_date_is_none() -> None:
    assert clean_date("  ") is None and clean_date(None) is None


def test_id_numbers_cleaned() -> None:
    assert clean_id_number(MAN_1990) == "110105199003071239"  # a valid number comes back as it is
    assert clean_id_number(" 1101 0519 9003 0712 39 ") == "110105199003071239"  # spaces as typed in groups
    assert clean_id_number("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"
    assert clean_id_number(" 11010519491231002x\u00a0") == "11010519491231002X"
    assert clean_id_number(110105491231002) == "11010519491231002X"  # a 15-digit number is exact


@pytest.mark.parametrize("raw", [1.10105e17, 110105199003071230, "1.10105E+17", "1.10105e17"])
def test_id_stored_as_number_is_an_error(raw: object) -> None:
    with pytest.raises(CellError, match="丢失"):
        clean_id_number(raw)


def test_id_wrong_check_character() -> None:
    with pytest.raises(CellError, match="校验位"):
        clean_id_number(WOMAN_1985[:-1] + "5")


@pytest.mark.parametrize(
    ("raw", "sex"), [("男", "男"), ("M", "男"), ("m", "男"), ("女", "女"), ("F", "女"), ("女性", "女")]
)
def test_sex(raw: str, sex: str) -> None:
    assert clean_sex(raw) == sex


def test_sex_unknown() -> None:
    with pytest.raises(CellError, match="性别"):
        clean_sex("未知")


def test_phone_and_text() -> None:
    assert clean_phone(13800138000.0) == "13800138000"
    assert clean_phone("１３８ ００１３ ８０００") == "13800138000"
    assert clean_phone("+86 13800138000") == "13800138000"
    assert clean_text("  办公室\u00a0 ") == "办公室"
    assert clean_name("张\u3000三") == "张三"
    assert clean_name("Anna  Li") == "Anna Li"


def test_money_and_flags() -> None:
    assert clean_money_fen(5678) == 567800
    assert clean_money_fen(5678.35) == 567835
    assert clean_money_fen("5,678.00元") == 567800
    assert clean_money_fen(None) is None
    assert clean_flag("是") is True and clean_flag("") is False
    with pytest.raises(CellError):
        clean_money_fen("五千")
