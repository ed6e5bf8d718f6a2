"""Messages made below ui/ (core/messages.Message) said in the interface language.

The template is looked up in the "messages" context of the translation; its params are said too: a param that
is itself a Message recursively, a benefit-rule Breach in its own words (said_breach, its params said the same
way), a stored value (在会, 男, a column name, a subject) through ui/values.shown, anything else (numbers, the
clerk's text) as it is. A plain str (an old message, the clerk's data) is shown unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from unionclerk.core.messages import CONTEXT, Joined, Message, reason_of
from unionclerk.ui.values import shown

if TYPE_CHECKING:
    from unionclerk.core.benefit_rules import Breach

BREACH_CONTEXT = "Breach"  # where ui/breaches marks the benefit-rule words for translation

# A field's message that starts by naming its field ("出生日期：{reason}"), so that the command line and the
# import report say what it is about. Where the window names the field itself (a form's label, the import
# preview's column) only the reason follows: its subject said once, in the window's words.
SUBJECT_FIRST = re.compile(r"[^{}：]+：\{reason\}")


def reason_after_subject(text: object) -> object | None:
    """The reason of a message that starts by naming its field ("出生日期：{reason}"), else None."""
    if isinstance(text, Message) and SUBJECT_FIRST.fullmatch(text.template):
        return text.params["reason"]
    return None


def _separator(separator: str) -> str:
    if separator == "\n":
        return separator
    return QCoreApplication.translate(CONTEXT, separator)


def said(text: object) -> str:
    """A message (or an exception carrying one) in the interface language."""
    if isinstance(text, BaseException):
        text = reason_of(text)
    if isinstance(text, Joined):
        return _separator(text.separator).join(str(_param(part)) for part in text.parts)
    if isinstance(text, Message):
        translated = QCoreApplication.translate(CONTEXT, text.template)
        params = {key: _param(value) for key, value in text.params.items()}
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field: the Chinese is better
            return text.template.format(**params)
    return "" if text is None else str(text)


def _param(value: Any) -> Any:  # noqa: ANN401 - whatever the message was given
    if isinstance(value, Message):
        return said(value)
    # The benefit rules (and their JSON files) load with the first message that has params, not at start-up
    # (ui/errors imports this module for the window's first file).
    from unionclerk.core.benefit_rules import Breach

    if isinstance(value, Breach):  # a benefit-rule breach: its own translated words
        return said_breach(value)
    if type(value) is str:
        return shown(value) if value else value
    return value


def said_breach(breach: Breach) -> str:
    """What a benefit-rule breach says happened, in the interface language: its words (core/benefit_rules
    BREACH_MESSAGES, marked in ui/breaches) from the "Breach" context, its params said as a message's are
    (a kind or a status translated, the months owed and the kinds of a rule part by part)."""
    from unionclerk.core.benefit_rules import BREACH_MESSAGES

    if breach.code not in BREACH_MESSAGES:
        return breach.message
    params = {key: _param(value) for key, value in breach.params}
    return QCoreApplication.translate(BREACH_CONTEXT, BREACH_MESSAGES[breach.code]).format(**params)
