"""What the record forms share: the 保存/取消 buttons, and the error line under the form that names each bad
field, marks it and puts the cursor in the first one."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from unionclerk.core.members import FieldErrors
from unionclerk.store.errors import StoreError

ERROR_STYLE = "border: 1px solid #c0392b;"

# A form's fields: {field key as FieldErrors names it: (label shown in the form, the widget)}, in form order.
Fields = Mapping[str, tuple[str, QWidget]]


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

    def clear_errors(self) -> None:
        """Before the next try: no message, no marked field."""
        self.hide()
        self.clear()
        for _label, widget in self._fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")

    def show_message(self, text: str) -> None:
        """A problem that is no one field's (the disk, the database)."""
        self.setText(text)
        self.show()

    def show_errors(self, errors: FieldErrors) -> None:
        """One line a problem in form order, prefixed with the field's label unless it already says it."""
        lines: list[str] = []
        first: QWidget | None = None
        for key, (label, widget) in self._fields.items():
            if key not in errors.errors:
                continue
            message = errors.errors[key]
            if key not in self._unmarked:
                widget.setStyleSheet(ERROR_STYLE)
            widget.setToolTip(message)
            lines.append(message if message.startswith(label) else f"{label}：{message}")
            first = first or widget
        # Errors about fields the form does not show still get said.
        lines.extend(message for key, message in errors.errors.items() if key not in self._fields)
        self.show_message("\n".join(lines))
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
            self.show_message(str(exc))
            return False
        return True
