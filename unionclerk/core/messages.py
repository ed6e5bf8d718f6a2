"""Messages made below ui/ (validation, import problems, settings, notices) that the window shows translated.

`msg(template, **params)` is a str holding the Chinese text (so the CLI, stored text, logs and comparisons see
what they always saw) that also keeps its `template` and `params`; ui/messages.py says it in the interface
language from them. Templates are literal Chinese strings with {named} fields; the devtool
(`python -m unionclerk.devtools.translations`) collects every msg("…") template into the .ts ("messages"
context), so the template must be written in the call itself.

A message built from another keeps it as a param (`msg("出生日期：{reason}", reason=reason_of(exc))`) so both
are translated; an exception carries its message as args[0] — read it back with `reason_of`, since str(exc)
and f-strings give a plain str.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

CONTEXT = "messages"


class Message(str):
    """The Chinese text of `template` filled with `params`; a str everywhere a str is expected."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Message:
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (worker processes) and copy
        return (Message, (self.template, self.params))


def msg(template: str, **params: Any) -> Message:  # noqa: ANN401 - any value str.format takes
    """A message from a literal template with {named} fields."""
    return Message(template, params)


class Joined(Message):
    """Messages joined by a separator ('；', '，', '、' or a line break), each part kept for translation."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: tuple[str, ...], separator: str) -> Joined:  # type: ignore[misc]
        made = str.__new__(cls, separator.join(parts))
        made.template, made.params = "", {}
        made.parts, made.separator = parts, separator
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))


SEPARATORS = ("；", "，", "、", "/", "\n")


def joined(parts: Iterable[str], separator: str = "；") -> str:
    """Messages joined into one text that keeps each part for translation ('a；b' in Chinese)."""
    if separator not in SEPARATORS:
        raise ValueError(f"separator {separator!r} is not one of {SEPARATORS}")
    items = tuple(parts)
    return items[0] if len(items) == 1 else Joined(items, separator)


def reason_of(exc: BaseException) -> str:
    """An exception's message as raised: the Message when it was one (str(exc) would drop its template). An
    exception that holds several (FieldErrors) gives them from its message() method."""
    message = getattr(exc, "message", None)
    if callable(message):
        return message()
    if exc.args and isinstance(exc.args[0], str) and len(exc.args) == 1:
        return exc.args[0]
    return str(exc)
