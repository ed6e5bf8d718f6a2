"""From a member: every visit to them (and to their family), with per-year totals set against the caps."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.money import format_yuan
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitStore
from unionclerk.ui.values import kind_label, list_label, recipient_label, shown


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            table.setItem(number, column, QTableWidgetItem(text))
    return table


class MemberVisitsDialog(QDialog):
    def __init__(
        self, members: MemberStore, visits: VisitStore, member_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        member = members.get(member_id)
        rows = visits.of_member(member_id)
        rule_set = visits.rule_set()
        self.setWindowTitle(self.tr("{name}的慰问记录").format(name=member.name))
        total = sum(r.total_fen for r in rows)
        self.summary_label = QLabel(
            self.tr("{name}共受慰问 {n} 次，合计 {total} 元。标准：{rules}").format(
                name=member.name, n=len(rows), total=format_yuan(total), rules=shown(rule_set.name)
            )
        )
        self.visits_table = _table(
            [
                self.tr("日期"),
                self.tr("类别"),
                self.tr("慰问对象"),
                self.tr("慰问金"),
                self.tr("慰问品"),
                self.tr("价值"),
                self.tr("经费来源"),
            ],
            [
                [
                    r.date,
                    kind_label(r.kind, r.festival),
                    recipient_label(r.member_name, r.person_name, r.relation),
                    format_yuan(r.cash_fen) if r.cash_fen else "",
                    r.goods,
                    format_yuan(r.goods_fen) if r.goods_fen else "",
                    shown(r.source),
                ]
                for r in rows
            ],
        )
        # Per year and kind, against the per-year cap of the rule that covers the kind (summed over its kinds).
        year_rows: list[list[str]] = []
        for year in visits.member_year_totals(member_id):
            shown_rules: set[str] = set()
            for kind, fen in year.by_kind.items():
                rule = next(
                    (r for r in rule_set.rules if kind in r.kinds and r.per_year_fen is not None), None
                )
                if rule is None:
                    year_rows.append([str(year.year), shown(kind), format_yuan(fen), "", ""])
                    continue
                if rule.label in shown_rules:
                    continue
                shown_rules.add(rule.label)
                covered = sum(f for k, f in year.by_kind.items() if k in rule.kinds)
                cap = rule.per_year_fen or 0
                state = (
                    self.tr("超出 {x} 元").format(x=format_yuan(covered - cap))
                    if covered > cap
                    else self.tr("余 {x} 元").format(x=format_yuan(cap - covered))
                )
                year_rows.append(
                    [str(year.year), list_label(rule.kinds), format_yuan(covered), format_yuan(cap), state]
                )
            year_rows.append([str(year.year), self.tr("全年合计"), format_yuan(year.total_fen), "", ""])
        self.years_table = _table(
            [self.tr("年度"), self.tr("类别"), self.tr("合计(元)"), self.tr("全年上限(元)"), self.tr("对照")],
            year_rows,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.visits_table, 2)
        layout.addWidget(QLabel(self.tr("按年度合计（对照慰问标准的全年上限）")))
        layout.addWidget(self.years_table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)


class _RosterTab(Protocol):
    store: Store
    members: MemberStore

    def selected_member_id(self) -> int | None: ...


def open_member_visits(tab: _RosterTab) -> MemberVisitsDialog | None:
    """The members tab's 慰问记录 action: show the selected member's visits (window-modal)."""
    member_id = tab.selected_member_id()
    if member_id is None:
        return None
    dialog = MemberVisitsDialog(tab.members, VisitStore(tab.store), member_id, parent=tab)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
