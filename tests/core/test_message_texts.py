"""core/messages: a message reads as its Chinese text everywhere a str is read, and keeps what the window needs
to say it in another language (its template and params, or the parts it was joined from)."""

from __future__ import annotations

import pickle

import pytest

from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import Joined, Message, joined, msg, reason_of


def test_a_message_is_its_chinese_text_and_keeps_its_template() -> None:
    message = msg("第{row}行：{field}不能为空", row=3, field="姓名")
    assert message == "第3行：姓名不能为空" and isinstance(message, str)
    assert message.template == "第{row}行：{field}不能为空"
    assert message.params == {"row": 3, "field": "姓名"}
    back = pickle.loads(pickle.dumps(message))
    assert (back, back.template, back.params) == (message, message.template, message.params)


def test_joined_keeps_each_part() -> None:
    first, second = msg("{name}不能为空", name="姓名"), msg("身份证号应为18位")
    both = joined([first, second])
    assert both == "姓名不能为空；身份证号应为18位"
    assert isinstance(both, Joined) and both.parts == (first, second) and both.separator == "；"
    assert joined(["甲", "乙", "丙"], "、") == "甲、乙、丙"
    back = pickle.loads(pickle.dumps(both))
    assert back == both and back.parts == both.parts and back.separator == "；"


def test_one_part_is_itself_not_a_join() -> None:
    only = msg("身份证号应为18位")
    assert joined([only]) is only
    assert joined(iter([only]), "\n") is only


def test_an_unknown_separator_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"separator ' - ' is not one of"):
        joined(["甲", "乙"], " - ")


def test_reason_of_gives_back_the_message_raised() -> None:
    message = msg("日期“{text}”不是有效日期", text="2026-02-30")
    said = reason_of(ValueError(message))
    assert said is message and isinstance(said, Message)


def test_reason_of_a_form_gives_every_field_joined() -> None:
    errors = FieldErrors({"name": msg("姓名不能为空"), "phone": msg("电话号码格式不对")})
    said = reason_of(errors)
    assert said == "姓名不能为空；电话号码格式不对"
    assert isinstance(said, Joined) and said.parts == (errors.errors["name"], errors.errors["phone"])


def test_reason_of_other_exceptions_is_their_text() -> None:
    assert reason_of(ValueError("a", "b")) == "('a', 'b')"  # two args: not one message
    assert reason_of(KeyError(5)) == "5"  # not text
    assert reason_of(RuntimeError()) == ""
    plain = reason_of(OSError(2, "No such file"))
    assert plain == "[Errno 2] No such file"
