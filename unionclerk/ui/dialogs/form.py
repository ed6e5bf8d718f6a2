"""What the record forms share: the 保存/取消 buttons, and the error line under the form that names each bad
field, marks it and puts the cursor in the first one."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from unionclerk.core.members import FieldErrors
from unionclerk.store.errors import StoreError
from unionclerk.ui.messages import reason_after_subject, said

ERROR_STYLE = "border: 1px solid #c0392b;"

# A form's fields: {field key as FieldErrors names it: (label shown in the form, the widget)}, in form order.
Fields = Mapping[str, tuple[str, QWidget]]

UNIT = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")  # 月缴费基数(元), Cost (yuan)


def subject_of(label: str) -> str:
    """A field label without its unit: 月缴费基数(元) → 月缴费基数."""
    return UNIT.sub("", label).strip()


# What a typed value is said not to be, just before a word: “x” 不是有效日期, "x" is not a valid date.
NOT_A = re.compile(r"(?:不是(?:有效的?|正确的?)?|\bnot an? (?:valid )?)\s*$", re.IGNORECASE)


def names_subject(label: str, message: str) -> bool:
    """Whether a message says its field itself: the label, or its subject in any case as a word of its own
    ("请填写实有余额", "The monthly wage base cannot be negative", "2025年已有凭证号 2"). A word that only says
    what the typed value is not ("“x” 不是有效日期", '"x" is not a valid date') names no field: under 日期 or
    Date it is the reason alone, and the label goes before it."""
    subject = subject_of(label)
    if not subject:
        return True
    for name in dict.fromkeys((label, subject)):
        for found in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", message, re.IGNORECASE):
            if not NOT_A.search(message, 0, found.start()):
                return True
    return False


def save_cancel_buttons(
    dialog: QDialog, save_text: str, save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """取消 closes the dialog; the save button calls `save`, which decides whether the dialog may close."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    save_button = QPushButton(save_text)
    save_button.setDefault(True)
    buttons.addButton(save_button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.rejected.connect(dialog.reject)
    # Not connected to accepted: a rejected form must stay open with what was typed.
    save_button.clicked.connect(save)
    return buttons, save_button


def focus_chain(layout: QLayout) -> list[QWidget]:
    """The widgets that take the Tab key, in the order the layout shows them: row by row in a form,
    column by column where a grid puts two forms side by side, into each widget's own layout."""
    chain: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget, inner = item.widget(), item.layout()
        if inner is not None:
            chain += focus_chain(inner)
        elif widget is not None:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
                chain.append(widget)
            elif widget.layout() is not None:
                chain += focus_chain(widget.layout())
    return chain


def tab_order_as_laid_out(layout: QLayout | None) -> list[QWidget]:
    """Make Tab go through a form's fields as laid out (not in the order they were created)."""
    chain = focus_chain(layout) if layout is not None else []
    for widget in chain:
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # Tab moves on, as in every other field; Enter makes lines
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    return chain


class FormErrorLabel(QLabel):
    """Hidden until a save fails; then says every problem, each naming its field, and marks the fields."""

    def __init__(
        self,
        fields: Fields | None = None,
        *,
        unmarked: Collection[str] = (),
        reveal: Callable[[QWidget], None] | None = None,
    ) -> None:
        """`unmarked`: fields whose widget is a whole panel (a border would frame every child); `reveal`
        brings a field's widget into view (e.g. its tab page) before it gets the cursor."""
        super().__init__()
        self.setObjectName("error_label")
        self.setStyleSheet("color: #c0392b;")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the clerk typed
        self.hide()
        self._fields: Fields = fields or {}
        self._unmarked = frozenset(unmarked)
        self._reveal = reveal
        self._errors: dict[str, tuple[str, bool]] = {}  # shown now, by field key: (message, reason only)

    def clear_errors(self) -> None:
        """Before the next try: no message, no marked field."""
        self._errors = {}
        self.hide()
        self.clear()
        for _label, widget in self._fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")

    def _reason(self, key: str, message: str) -> tuple[str, bool]:
        """(the message in the interface language, whether it is only the reason after the field's label):
        a message that starts by naming its field gives way to the form's label."""
        # The form's label names the field: "Join date: …", not "Join date: Date joined: …".
        reason = reason_after_subject(message) if key in self._fields else None
        return (said(message), False) if reason is None else (said(reason), True)

    def set_field_error(self, key: str, message: str | None) -> None:
        """One field checked on its own (e.g. when the cursor leaves it): show its problem, or take it away
        once corrected, leaving the other fields' messages as they are. The cursor stays where it is."""
        if message:
            self._errors[key] = self._reason(key, message)
            message = self._errors[key][0]
        else:
            self._errors.pop(key, None)
        _label, widget = self._fields[key]
        if message and key not in self._unmarked:
            widget.setStyleSheet(ERROR_STYLE)
        elif not message:
            widget.setStyleSheet("")
        widget.setToolTip(message or "")
        self._render()

    def _line(self, key: str, error: tuple[str, bool]) -> str:
        message, reason_only = error
        label = self._fields[key][0] if key in self._fields else ""
        # The subject once: a message that names its field is not prefixed with it again.
        if not label or (not reason_only and names_subject(label, message)):
            return message
        return self.tr("{label}：{message}").format(label=label, message=message)

    def _render(self) -> None:
        order = [key for key in self._fields if key in self._errors]
        order += [key for key in self._errors if key not in self._fields]
        text = "\n".join(self._line(key, self._errors[key]) for key in order)
        self.setText(text)
        self.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """A problem that is no one field's (the disk, the database)."""
        self.setText(said(text))
        self.show()

    def show_errors(self, errors: FieldErrors) -> None:
        """One line a problem in form order, prefixed with the field's label unless it already says it."""
        first: QWidget | None = None
        # Errors about fields the form does not show still get said.
        self._errors = {key: self._reason(key, message) for key, message in errors.errors.items()}
        for key, (_label, widget) in self._fields.items():
            if key not in errors.errors:
                continue
            if key not in self._unmarked:
                widget.setStyleSheet(ERROR_STYLE)
            widget.setToolTip(self._errors[key][0])  # on the field: the reason is enough
            first = first or widget
        self._render()
        if first is not None:
            if self._reveal is not None:
                self._reveal(first)
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def attempt(self, write: Callable[[], object]) -> bool:
        """Run a save: clear the last try's errors, call `write`; on FieldErrors or StoreError show them and
        return False, so the form stays open with what was typed."""
        self.clear_errors()
        try:
            write()
        except FieldErrors as errors:
            self.show_errors(errors)
            return False
        except StoreError as exc:
            self.show_message(said(exc))
            return False
        return True
