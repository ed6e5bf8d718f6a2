"""慰问标准: choose the rule set (or follow the province), edit its caps, see the year's compliance report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.benefit_rules import Rule, RuleSet, RuleSetError, choose_rule_set, rule_set_from_json
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import reason_of
from unionclerk.core.money import format_yuan
from unionclerk.reports.compliance import compliance_lines
from unionclerk.store.db import Store
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.store.visits import VisitStore
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons
from unionclerk.ui.messages import said
from unionclerk.ui.values import list_label, shown, source_label, stored_value
from unionclerk.ui.widgets import confirm


def _money(fen: int | None) -> str:
    return "" if fen is None else format_yuan(fen).replace(",", "")


class BenefitRulesDialog(QDialog):
    """Saving keeps the edited set in this database (the shipped file is untouched) and the choice in 单位设置."""

    LABEL, KINDS, PER_EVENT, PER_YEAR, TIMES = range(5)
    STORED_ROLE = Qt.ItemDataRole.UserRole + 1  # (text shown, text stored) of a translated cell

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._visits = VisitStore(store)
        self._sets = self._visits.rule_sets()
        settings = load_settings(store)
        self.setWindowTitle(self.tr("慰问标准"))
        self.set_combo = QComboBox()
        self.set_combo.addItem(
            self.tr("按单位设置的省份自动选择（{p}）").format(
                p=shown(settings.province) or self.tr("未设置")
            ),
            "",
        )
        for rule_set in self._sets.values():
            self.set_combo.addItem(shown(rule_set.name), rule_set.id)
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(settings.benefit_rule_set)))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("规则"),
                self.tr("适用类别（用、分隔）"),
                self.tr("单次上限(元)"),
                self.tr("每人全年上限(元)"),
                self.tr("每年次数"),
            ]
        )
        # The rule's name takes the width left; kinds and figures keep their headers whole.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.Stretch)
        self.members_only_box = QCheckBox(self.tr("仅限会员（已离会者不享受）"))
        self.retiree_box = QCheckBox(self.tr("保留会籍（退休）人员的慰问用工会经费时提示"))
        self.dues_box = QCheckBox(self.tr("集体发放的福利限会费已缴清的会员（在经费中记会费时）"))
        self.add_row_button = QPushButton(self.tr("增加规则"))
        self.remove_row_button = QPushButton(self.tr("删除所选规则"))
        self.reset_button = QPushButton(self.tr("恢复原始标准"))
        self.error_label = FormErrorLabel()
        buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)
        row_buttons = QHBoxLayout()
        for button in (self.add_row_button, self.remove_row_button, self.reset_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("慰问标准"), self.set_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.source_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.members_only_box)
        layout.addWidget(self.retiree_box)
        layout.addWidget(self.dues_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.set_combo.currentIndexChanged.connect(self._show_set)
        self.add_row_button.clicked.connect(lambda: self._add_row(Rule("", ())))
        self.remove_row_button.clicked.connect(self._remove_row)
        self.reset_button.clicked.connect(self.reset)
        self._show_set()
        self.resize(820, 560)

    def current_set(self) -> RuleSet:
        settings = load_settings(self._store)
        return choose_rule_set(self._sets, self.set_combo.currentData() or "", settings.province)

    def _show_set(self) -> None:
        rule_set = self.current_set()
        text = self.tr("依据：{source}").format(source=source_label(rule_set.source))
        if rule_set.caution:
            text += "\n" + shown(rule_set.caution)
        self.source_label.setText(text)
        self.table.setRowCount(0)
        for rule in rule_set.rules:
            self._add_row(rule)
        self.members_only_box.setChecked(rule_set.members_only)
        self.retiree_box.setChecked(rule_set.retiree_union_fund_warning)
        self.dues_box.setChecked(rule_set.dues_paid_for_collective)

    def _add_row(self, rule: Rule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            (rule.label, shown(rule.label)),
            ("、".join(rule.kinds), list_label(rule.kinds)),
            (_money(rule.per_event_fen), None),
            (_money(rule.per_year_fen), None),
            ("" if rule.times_per_year is None else str(rule.times_per_year), None),
        )
        for column, (value, text) in enumerate(values):
            # The rule's name and kinds are shown translated; left as shown, the stored text is kept.
            item = QTableWidgetItem(value if text is None else text)
            if text is not None:
                item.setData(self.STORED_ROLE, (text, value))
            self.table.setItem(row, column, item)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        if item is None:
            return ""
        stored = item.data(self.STORED_ROLE)
        if stored is not None and item.text() == stored[0]:
            return stored[1]
        return item.text().strip()

    def edited_set(self) -> RuleSet:
        """The set as the table shows it; raises RuleSetError naming the bad rule."""
        base = self.current_set()
        kinds = self._visits.kinds()
        rules = []
        for row in range(self.table.rowCount()):
            if not any(self._cell(row, c) for c in range(5)):
                continue
            rules.append(
                {
                    "label": self._cell(row, self.LABEL),
                    "kinds": [
                        stored_value(k.strip(), kinds)
                        for k in self._cell(row, self.KINDS)
                        .replace(",", "、")
                        .replace("，", "、")
                        .split("、")
                        if k.strip()
                    ],
                    "per_event": self._cell(row, self.PER_EVENT),
                    "per_year": self._cell(row, self.PER_YEAR),
                    "times_per_year": self._cell(row, self.TIMES),
                }
            )
        data = base.to_json()
        data.update(
            rules=rules,
            members_only=self.members_only_box.isChecked(),
            retiree_union_fund_warning=self.retiree_box.isChecked(),
            dues_paid_for_collective=self.dues_box.isChecked(),
        )
        return rule_set_from_json(data, base.id)

    def _write(self) -> None:
        try:
            edited = self.edited_set()
        except RuleSetError as exc:
            raise FieldErrors({"rules": reason_of(exc)}) from exc
        if edited != self.current_set():
            self._visits.save_rule_set(edited)
        settings = load_settings(self._store).with_text(
            "benefit_rule_set", self.set_combo.currentData() or ""
        )
        save_settings(self._store, settings)

    def save(self) -> None:
        if self.error_label.attempt(self._write):
            self.accept()

    def reset(self) -> None:
        rule_set = self.current_set()
        if not confirm(
            self,
            self.tr("恢复原始标准"),
            self.tr("放弃对“{name}”的修改，恢复程序自带的数额吗？").format(name=shown(rule_set.name)),
        ):
            return
        self._visits.reset_rule_set(rule_set.id)
        self._sets = self._visits.rule_sets()
        self._show_set()


class ComplianceDialog(QDialog):
    """The year's breaches, as `unionclerk report compliance` prints them."""

    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{year}年慰问合规检查").format(year=year))
        self.text = QPlainTextEdit("\n".join(said(line) for line in compliance_lines(store, year)))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(820, 480)
