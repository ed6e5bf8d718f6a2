"""单位设置: the unit's settings, validated by core.settings and saved in the database."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.ledger import format_share
from unionclerk.core.money import MoneyError, format_yuan, yuan_to_fen
from unionclerk.core.settings import COLLECTION_PERIODS, DATE_STYLES, LANGUAGES, Settings, SettingsError
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.ui.dialogs.form import tab_order_as_laid_out
from unionclerk.ui.messages import said
from unionclerk.ui.values import ValueCombo, mark_document_text

PROVINCES = [
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
    "宁夏回族自治区", "新疆维吾尔自治区", "新疆生产建设兵团", "香港特别行政区", "澳门特别行政区",
]  # fmt: skip


def format_rate(rate: Decimal) -> str:
    """Decimal("0.005") -> "0.5%"."""
    return f"{(rate * 100).normalize():f}%"


class SettingsDialog(QDialog):
    """Edits a copy of the settings; nothing is saved until every field is right."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.saved: Settings | None = None
        self.setWindowTitle(self.tr("单位设置"))
        current = load_settings(store)
        self._original = current

        self.unit_name_edit = QLineEdit(current.unit_name)
        self.union_name_edit = QLineEdit(current.union_name)
        self.parent_union_edit = QLineEdit(current.parent_union)
        self.chair_edit = QLineEdit(current.chair)
        self.clerk_edit = QLineEdit(current.clerk)
        self.province_combo = ValueCombo(PROVINCES, editable=True)
        self.province_combo.setCurrentText(current.province)
        self.staff_count_edit = QLineEdit(str(current.staff_count) if current.staff_count else "")
        self.staff_count_edit.setPlaceholderText(self.tr("用于计算入会率"))
        self.dues_rate_edit = QLineEdit(format_rate(current.dues_rate))
        self.dues_ignore_edit = QLineEdit(format_yuan(current.dues_ignore_below_fen))
        self.period_combo = QComboBox()
        period_labels = {
            "monthly": self.tr("按月"),
            "quarterly": self.tr("按季度"),
            "half-yearly": self.tr("按半年"),
            "yearly": self.tr("按年"),
        }
        for key in COLLECTION_PERIODS:
            self.period_combo.addItem(period_labels[key], key)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current.collection_period)))
        self.fund_share_edit = QLineEdit(format_share(current.fund_kept_share))
        self.fund_share_edit.setToolTip(
            self.tr("拨缴经费中基层工会留用的比例（按省总工会规定，常见 60%），其余上解")
        )
        self.auto_post_check = QCheckBox(self.tr("活动费用自动记入经费账"))
        self.auto_post_check.setChecked(current.ledger_auto_post)
        self.language_combo = QComboBox()
        for key, label in LANGUAGES.items():
            self.language_combo.addItem(label, key)  # each language named in itself
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        self.backups_kept_spin = QSpinBox()
        self.backups_kept_spin.setRange(1, 1000)
        self.backups_kept_spin.setValue(current.backups_kept)
        self.date_style_combo = QComboBox()  # how the summary's closing date is written
        mark_document_text(self.date_style_combo)  # examples of the (Chinese) document's date
        for key, example in DATE_STYLES.items():
            self.date_style_combo.addItem(example, key)
        self.date_style_combo.setCurrentIndex(
            max(0, self.date_style_combo.findData(current.summary_date_style))
        )

        form = QFormLayout()
        form.addRow(self.tr("单位名称"), self.unit_name_edit)
        form.addRow(self.tr("工会名称"), self.union_name_edit)
        form.addRow(self.tr("上级工会"), self.parent_union_edit)
        form.addRow(self.tr("工会主席"), self.chair_edit)
        form.addRow(self.tr("经办人"), self.clerk_edit)
        form.addRow(self.tr("省份"), self.province_combo)
        form.addRow(self.tr("职工总数"), self.staff_count_edit)
        form.addRow(self.tr("会费比例"), self.dues_rate_edit)
        form.addRow(self.tr("工资中不计缴会费的部分（低于多少元）"), self.dues_ignore_edit)
        form.addRow(self.tr("会费收缴周期"), self.period_combo)
        form.addRow(self.tr("经费留成比例"), self.fund_share_edit)
        form.addRow(self.auto_post_check)
        form.addRow(self.tr("界面语言"), self.language_combo)
        form.addRow(self.tr("保留备份份数"), self.backups_kept_spin)
        form.addRow(self.tr("总结落款日期"), self.date_style_combo)

        note = QLabel(self.tr("界面语言在重新启动 unionclerk 后生效。"))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        tab_order_as_laid_out(layout)
        self.setMinimumWidth(520)

    def _fields(self) -> list[tuple[str, str, QWidget]]:
        """(setting, typed text, widget) in form order, so the first bad one is named and focused."""
        return [
            ("unit_name", self.unit_name_edit.text(), self.unit_name_edit),
            ("union_name", self.union_name_edit.text(), self.union_name_edit),
            ("parent_union", self.parent_union_edit.text(), self.parent_union_edit),
            ("chair", self.chair_edit.text(), self.chair_edit),
            ("clerk", self.clerk_edit.text(), self.clerk_edit),
            ("province", self.province_combo.currentText(), self.province_combo),
            ("staff_count", self.staff_count_edit.text().strip() or "0", self.staff_count_edit),
            ("dues_rate", self.dues_rate_edit.text(), self.dues_rate_edit),
            ("collection_period", str(self.period_combo.currentData()), self.period_combo),
            ("fund_kept_share", self.fund_share_edit.text(), self.fund_share_edit),
            (
                "ledger_auto_post",
                "true" if self.auto_post_check.isChecked() else "false",
                self.auto_post_check,
            ),
            ("language", str(self.language_combo.currentData()), self.language_combo),
            ("backups_kept", str(self.backups_kept_spin.value()), self.backups_kept_spin),
            ("summary_date_style", str(self.date_style_combo.currentData()), self.date_style_combo),
        ]

    def edited_settings(self) -> Settings:
        """The settings as typed; raises SettingsError naming the first bad field and focuses it."""
        settings = self._original
        for key, text, widget in self._fields():
            try:
                settings = settings.with_text(key, text)
            except SettingsError:
                widget.setFocus()
                raise
        try:
            ignore_fen = yuan_to_fen(self.dues_ignore_edit.text() or "0")
            settings = settings.with_text("dues_ignore_below_fen", str(ignore_fen))
        except (MoneyError, SettingsError):
            self.dues_ignore_edit.setFocus()
            raise SettingsError(
                self.tr("不计缴会费的部分应为不小于0的金额（元），如 10，不是“%1”").replace(
                    "%1", self.dues_ignore_edit.text()
                )
            ) from None
        return settings

    def save(self) -> None:
        try:
            settings = self.edited_settings()
        except SettingsError as exc:
            QMessageBox.warning(self, self.tr("设置有误"), said(exc))
            return
        try:
            save_settings(self._store, settings)
        except (StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(self, self.tr("无法保存设置"), said(exc))
            return
        self.saved = settings
        self.accept()

    @property
    def language_changed(self) -> bool:
        return self.saved is not None and self.saved.language != self._original.language
