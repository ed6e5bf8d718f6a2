"""退休年龄 for the life-events panel: by sex, and for women by 人员类别 (the statutory ages are changing)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import reason_of
from unionclerk.core.settings import Settings, SettingsError
from unionclerk.store.db import Store
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons

AGE_KEYS = ("retire_age_male", "retire_age_female_cadre", "retire_age_female_worker")


class RetirementAgesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        settings = load_settings(store)
        self.setWindowTitle(self.tr("退休年龄"))
        self.edits = {key: QLineEdit(str(getattr(settings, key))) for key in AGE_KEYS}
        labels = {
            "retire_age_male": self.tr("男职工"),
            "retire_age_female_cadre": self.tr("女干部（在编）"),
            "retire_age_female_worker": self.tr("女职工（其他人员类别）"),
        }
        form = QFormLayout()
        for key in AGE_KEYS:
            form.addRow(labels[key], self.edits[key])
        note = QLabel(
            self.tr(
                "“近期提醒”按这些年龄列出 90 天内到达退休年龄的会员。法定退休年龄正逐步调整，请按本单位实际填写。"
            )
        )
        note.setWordWrap(True)
        self.error_label = FormErrorLabel({key: (labels[key], self.edits[key]) for key in AGE_KEYS})
        buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _write(self) -> None:
        settings: Settings = load_settings(self._store)
        errors = FieldErrors()
        for key, edit in self.edits.items():
            try:
                settings = settings.with_text(key, edit.text())
            except SettingsError as exc:
                errors.add(key, reason_of(exc))
        if errors.errors:
            raise errors
        save_settings(self._store, settings)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()
