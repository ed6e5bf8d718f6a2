"""Add or edit one activity: details, participants picked from the roster (or a typed 人次), awards, plan item.

Also the small dialog that edits the list of activity categories.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionclerk.core.activities import (
    AWARD_LEVELS,
    LEVELS,
    WINNER_KINDS,
    WINNER_MEMBER,
    Activity,
    Award,
    format_hours,
    validate_activity,
)
from unionclerk.core.dates import DateError, optional_date, today_iso
from unionclerk.core.members import MEMBER_STATUSES, FieldErrors, Member
from unionclerk.core.money import format_yuan
from unionclerk.store.activities import ActivityStore
from unionclerk.store.members import LIST_COLUMNS, MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore
from unionclerk.ui.dialogs.form import FormErrorLabel, save_cancel_buttons, tab_order_as_laid_out
from unionclerk.ui.values import ValueCombo, person_label, shown

_NAME_WITH_DEPT = re.compile(r"^\s*(.+?)\s*[（(]\s*(.*?)\s*[)）]\s*$")


def member_label(member: Member, namesakes: int = 1) -> str:
    """'张三', or '张三（检验科，002X）' when others share the name (department and the ID's last four);
    a member who has left shows their status."""
    label = person_label(member.name, member.department, member.id_number) if namesakes > 1 else member.name
    if member.status not in MEMBER_STATUSES:
        label += f" [{shown(member.status)}]"
    return label


class MemberPicker(QWidget):
    """Search the roster (name, pinyin initials, phone, department) and build the list of participants."""

    changed = Signal()
    RESULT_LIMIT = 200

    def __init__(self, members: MemberStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索会员：姓名、拼音或首字母（如 zy）、电话、部门"))
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen = QListWidget()
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("添加 →"))
        self.add_all_button = QPushButton(self.tr("添加全部结果"))
        self.remove_button = QPushButton(self.tr("← 移除"))
        self.clear_button = QPushButton(self.tr("清空"))
        self.count_label = QLabel()

        buttons = QVBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.add_all_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addWidget(self.results)
        right = QVBoxLayout()
        right.addWidget(self.count_label)
        right.addWidget(self.chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(buttons)
        layout.addLayout(right, 2)

        self.search_edit.textChanged.connect(self._search)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.add_all_button.clicked.connect(self.add_all_results)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self._search()
        self._update_count()

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        # Empty search lists current members; a typed search finds anyone, including those who left.
        query = MemberQuery(text=text, statuses=() if text else MEMBER_STATUSES)
        self.results.clear()
        # Paged from SQL: a federation-sized roster costs one page, not the whole table.
        rows = self._members.page(query, 0, self.RESULT_LIMIT)
        total = self._members.count(query)
        name_at, department_at, status_at, id_at = (
            1 + LIST_COLUMNS.index(k) for k in ("name", "department", "status", "id_number")
        )
        for row in rows:
            label = row[name_at]
            if row[status_at] not in MEMBER_STATUSES:
                label += f" [{shown(row[status_at])}]"
            # Department and the ID's last four tell namesakes apart.
            tail = f"…{row[id_at][-4:]}" if row[id_at] else ""
            item = QListWidgetItem("  ".join(part for part in (label, row[department_at], tail) if part))
            item.setData(Qt.ItemDataRole.UserRole, row[0])
            self.results.addItem(item)
        self._mark_chosen()
        if total > len(rows):
            more = QListWidgetItem(self.tr("……还有 {n} 人，请输入更多字缩小范围").format(n=total - len(rows)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(more)

    def _mark_chosen(self) -> None:
        """Results already in the list of participants are ticked and greyed (adding them again does nothing)."""
        chosen = set(self.chosen_ids())
        for row in range(self.results.count()):
            item = self.results.item(row)
            member_id = item.data(Qt.ItemDataRole.UserRole)
            if member_id is None:
                continue
            base = item.data(Qt.ItemDataRole.UserRole + 1) or item.text()
            item.setData(Qt.ItemDataRole.UserRole + 1, base)
            picked = member_id in chosen
            item.setText(("✓ " + base) if picked else base)
            item.setForeground(self.palette().placeholderText() if picked else self.palette().text())
            item.setToolTip(self.tr("已在参与会员中") if picked else "")

    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.chosen.count())]

    def _add(self, member_id: int) -> None:
        if member_id in self.chosen_ids():
            return
        member = self._members.get(member_id)
        namesakes = len(self._members.find_by_name(member.name))
        item = QListWidgetItem(member_label(member, namesakes))
        item.setData(Qt.ItemDataRole.UserRole, member_id)
        self.chosen.addItem(item)

    def set_chosen(self, member_ids: list[int]) -> None:
        self.chosen.clear()
        for member_id in member_ids:
            self._add(member_id)
        self._update_count()
        self._mark_chosen()

    def add_selected(self) -> None:
        for item in self.results.selectedItems():
            member_id = item.data(Qt.ItemDataRole.UserRole)
            if member_id is not None:
                self._add(member_id)
        self._changed()

    def add_all_results(self) -> None:
        for row in range(self.results.count()):
            member_id = self.results.item(row).data(Qt.ItemDataRole.UserRole)
            if member_id is not None:
                self._add(member_id)
        self._changed()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._changed()

    def clear(self) -> None:
        self.chosen.clear()
        self._changed()

    def _changed(self) -> None:
        self._update_count()
        self._mark_chosen()
        self.changed.emit()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("已选参与会员：{n} 人").format(n=self.chosen.count()))


class AwardsEditor(QWidget):
    """Rows of 奖项 / 名次 / 获奖者类别 / 获奖者 / 级别. A member winner is typed by name (姓名（部门） for namesakes)."""

    AWARD, RANK, KIND, WINNER, LEVEL = range(5)

    def __init__(self, members: MemberStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("奖项"),
                self.tr("名次/等级"),
                self.tr("获奖者类别"),
                self.tr("获奖者"),
                self.tr("奖项级别"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.add_button = QPushButton(self.tr("增加一行"))
        self.remove_button = QPushButton(self.tr("删除选中行"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current_row)

    def add_row(self, award: Award | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        award_edit, rank_edit, winner_edit = QLineEdit(), QLineEdit(), QLineEdit()
        kind_combo = QComboBox()
        for code, label in WINNER_KINDS.items():
            kind_combo.addItem(shown(label), code)
        level_combo = ValueCombo(["", *AWARD_LEVELS], editable=True)
        winner_edit.setPlaceholderText(self.tr("会员姓名或团队名称"))
        for column, widget in (
            (self.AWARD, award_edit),
            (self.RANK, rank_edit),
            (self.KIND, kind_combo),
            (self.WINNER, winner_edit),
            (self.LEVEL, level_combo),
        ):
            self.table.setCellWidget(row, column, widget)
        if award is not None:
            award_edit.setText(award.award)
            rank_edit.setText(award.rank)
            kind_combo.setCurrentIndex(max(0, kind_combo.findData(award.winner_kind)))
            winner_edit.setText(self._winner_text(award))
            level_combo.setCurrentText(award.level)
        return row

    def _winner_text(self, award: Award) -> str:
        if award.winner_kind == WINNER_MEMBER and award.winner_member_id is not None:
            member = self._members.get(award.winner_member_id)
            namesakes = len(self._members.find_by_name(member.name))
            return f"{member.name}（{member.department}）" if namesakes > 1 else member.name
        return award.winner_text

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def cell(self, row: int, column: int) -> QWidget:
        return self.table.cellWidget(row, column)

    def _text(self, row: int, column: int) -> str:
        widget = self.cell(row, column)
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]

    def resolve_member(self, text: str, number: int, prefer: list[int]) -> int:
        """A typed winner name -> member id; namesakes are told apart by department or by the participants."""
        match = _NAME_WITH_DEPT.match(text)
        name, department = (match.group(1), match.group(2)) if match else (text.strip(), "")
        found = self._members.find_by_name(name)
        if department:
            found = [m for m in found if m.department == department]
        if not found:
            raise FieldErrors({"awards": f"获奖情况第{number}行：找不到会员“{text}”"})
        if len(found) > 1:
            among = [m for m in found if m.id in prefer]
            if len(among) == 1:
                return among[0].id or 0
            raise FieldErrors(
                {"awards": f"获奖情况第{number}行：有 {len(found)} 位会员叫“{name}”，请写成“{name}（部门）”"}
            )
        return found[0].id or 0

    def awards(self, participants: list[int]) -> list[Award]:
        """The rows as Awards; raises FieldErrors for a member winner the roster does not know."""
        result: list[Award] = []
        for row in range(self.table.rowCount()):
            kind = self.cell(row, self.KIND).currentData()  # type: ignore[attr-defined]
            winner = self._text(row, self.WINNER).strip()
            award = Award(
                award=self._text(row, self.AWARD),
                rank=self._text(row, self.RANK),
                winner_kind=kind,
                level=self._text(row, self.LEVEL),
            )
            if kind == WINNER_MEMBER and winner:
                award.winner_member_id = self.resolve_member(winner, row + 1, participants)
            elif kind != WINNER_MEMBER:
                award.winner_text = winner
            result.append(award)
        return result


class ActivityDialog(QDialog):
    """The activity form. After accept(), `activity_id` is the saved activity's id."""

    def __init__(
        self,
        activities: ActivityStore,
        members: MemberStore,
        plans: PlanStore,
        activity: Activity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._activities = activities
        self._members = members
        self._plans = plans
        self._activity = activity
        self.activity_id: int | None = activity.id if activity else None
        self.setWindowTitle(self.tr("编辑活动") if activity else self.tr("新增活动"))

        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("如 2026-05-12"))
        self.end_date_edit = QLineEdit()
        self.end_date_edit.setPlaceholderText(self.tr("多日活动才填"))
        self.title_edit = QLineEdit()
        self.category_combo = ValueCombo(activities.categories())
        self.level_combo = ValueCombo(LEVELS)
        self.location_edit = QLineEdit()
        self.organiser_edit = QLineEdit()
        self.headcount_edit = QLineEdit()
        self.training_hours_edit = QLineEdit()
        self.training_hours_edit.setPlaceholderText(self.tr("培训学时，如 2.5"))
        self.cost_edit = QLineEdit()
        self.cost_edit.setPlaceholderText(self.tr("元，如 1200.00"))
        self.plan_combo = QComboBox()
        self.results_edit = QPlainTextEdit()
        self.results_edit.setFixedHeight(60)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.picker = MemberPicker(members)
        self.awards_editor = AwardsEditor(members)

        self._fields: dict[str, tuple[str, QWidget]] = {
            "date": (self.tr("日期"), self.date_edit),
            "end_date": (self.tr("结束日期"), self.end_date_edit),
            "title": (self.tr("活动名称"), self.title_edit),
            "category": (self.tr("类别"), self.category_combo),
            "level": (self.tr("组织层级"), self.level_combo),
            "location": (self.tr("地点"), self.location_edit),
            "organiser": (self.tr("组织者"), self.organiser_edit),
            "headcount": (self.tr("参与人次"), self.headcount_edit),
            "training_hours": (self.tr("学时"), self.training_hours_edit),
            "cost": (self.tr("费用(元)"), self.cost_edit),
            "plan_item_id": (self.tr("落实计划项"), self.plan_combo),
            "results": (self.tr("活动成效"), self.results_edit),
            "notes": (self.tr("备注"), self.notes_edit),
            "participants": (self.tr("参与会员"), self.picker),
            "awards": (self.tr("获奖情况"), self.awards_editor),
        }

        left, right = QFormLayout(), QFormLayout()
        for key in ("date", "end_date", "title", "category", "level", "location", "organiser"):
            left.addRow(self._fields[key][0], self._fields[key][1])
        for key in ("headcount", "training_hours", "cost", "plan_item_id"):
            right.addRow(self._fields[key][0], self._fields[key][1])
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        texts = QFormLayout()
        texts.addRow(self._fields["results"][0], self.results_edit)
        texts.addRow(self._fields["notes"][0], self.notes_edit)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(grid)
        details_layout.addLayout(texts)

        self.pages = QTabWidget()
        self.pages.addTab(details, self.tr("基本情况"))
        self.pages.addTab(self.picker, self.tr("参与会员"))
        self.pages.addTab(self.awards_editor, self.tr("获奖情况"))

        # The participants and awards are whole pages: a red border would frame every child.
        self.error_label = FormErrorLabel(
            self._fields, unmarked=("participants", "awards"), reveal=self._show_page_of
        )
        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("保存"), self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

        self._plan_year: int | None = None
        self.picker.changed.connect(self._update_headcount_hint)
        self.date_edit.textChanged.connect(self._refresh_plan_items)
        if activity is not None:
            self._load(activity)
        else:
            self.date_edit.setText(today_iso())
        self._update_headcount_hint()
        self._refresh_plan_items()
        tab_order_as_laid_out(details_layout)  # the 基本情况 page; the other pages are one list each
        self.title_edit.setFocus()

    # -- filling ------------------------------------------------------

    def _load(self, activity: Activity) -> None:
        self.date_edit.setText(activity.date)
        self.end_date_edit.setText(activity.end_date or "")
        self.title_edit.setText(activity.title)
        if self.category_combo.findText(activity.category) < 0:
            self.category_combo.addItem(activity.category)
        self.category_combo.setCurrentText(activity.category)
        self.level_combo.setCurrentText(activity.level)
        self.location_edit.setText(activity.location)
        self.organiser_edit.setText(activity.organiser)
        self.headcount_edit.setText("" if activity.headcount is None else str(activity.headcount))
        self.training_hours_edit.setText(
            format_hours(activity.training_tenths) if activity.training_tenths else ""
        )
        self.cost_edit.setText(format_yuan(activity.cost_fen).replace(",", "") if activity.cost_fen else "")
        self.results_edit.setPlainText(activity.results)
        self.notes_edit.setPlainText(activity.notes)
        self.picker.set_chosen(activity.participant_ids)
        for award in activity.awards:
            self.awards_editor.add_row(award)
        self._refresh_plan_items(selected=activity.plan_item_id)

    def _update_headcount_hint(self) -> None:
        chosen = len(self.picker.chosen_ids())
        if chosen:
            self.headcount_edit.setPlaceholderText(self.tr("不填即按所选 {n} 人计").format(n=chosen))
        else:
            self.headcount_edit.setPlaceholderText(self.tr("名单不详时填写人次"))

    def _refresh_plan_items(self, *_args: object, selected: int | None = None) -> None:
        """The plan items of the activity's year (an activity carries out its own year's plan)."""
        try:
            date = optional_date(self.date_edit.text())
        except DateError:
            return
        year = int(date[:4]) if date else None
        if year == self._plan_year and selected is None:
            return
        keep = selected if selected is not None else self.plan_combo.currentData()
        self._plan_year = year
        self.plan_combo.clear()
        self.plan_combo.addItem(self.tr("（不关联）"), None)
        for item in self._plans.items(year) if year else []:
            self.plan_combo.addItem(f"{item.year}-{item.position}. {item.title}", item.id)
        position = self.plan_combo.findData(keep) if keep is not None else 0
        self.plan_combo.setCurrentIndex(max(position, 0))

    def form(self) -> dict[str, str]:
        plan_item = self.plan_combo.currentData()
        return {
            "date": self.date_edit.text(),
            "end_date": self.end_date_edit.text(),
            "title": self.title_edit.text(),
            "category": self.category_combo.currentText(),
            "level": self.level_combo.currentText(),
            "location": self.location_edit.text(),
            "organiser": self.organiser_edit.text(),
            "headcount": self.headcount_edit.text(),
            "training_hours": self.training_hours_edit.text(),
            "cost": self.cost_edit.text(),
            "plan_item_id": "" if plan_item is None else str(plan_item),
            "results": self.results_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
        }

    # -- saving -------------------------------------------------------

    def save(self) -> None:
        """Validate and save; on any problem show it, keep what was typed, and stay open."""
        if self.error_label.attempt(self._write):
            self.accept()

    def _write(self) -> None:
        participants = self.picker.chosen_ids()
        awards = self.awards_editor.awards(participants)
        activity = validate_activity(
            self.form(),
            participant_ids=participants,
            awards=awards,
            categories=[self.category_combo.itemText(i) for i in range(self.category_combo.count())],
        )
        if self._activity is None:
            self.activity_id = self._activities.add(activity)
        else:
            activity.id = self._activity.id
            self._activities.update(activity)

    def _show_page_of(self, field: QWidget) -> None:
        self.pages.setCurrentIndex(1 if field is self.picker else 2 if field is self.awards_editor else 0)


class CategoriesDialog(QDialog):
    """Edit the list of activity categories: add, rename (activities follow), delete when unused."""

    def __init__(self, activities: ActivityStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activities = activities
        self.setWindowTitle(self.tr("活动类别"))
        self.list = QListWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("类别名称"))
        self.add_button = QPushButton(self.tr("新增"))
        self.rename_button = QPushButton(self.tr("改名"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.error_label = FormErrorLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        row = QHBoxLayout()
        for widget in (self.name_edit, self.add_button, self.rename_button, self.delete_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        # The list shows the names in the interface language; the field edits the name as stored.
        self.list.currentItemChanged.connect(
            lambda item, _old: self.name_edit.setText(self._stored(item) if item else "")
        )
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self._fill()

    def _fill(self, current: str = "") -> None:
        self.list.clear()
        for name in self._activities.categories():
            used = self._activities.category_usage(name)
            item = QListWidgetItem(shown(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.tr("{n} 项活动").format(n=used))
            self.list.addItem(item)
            if current and name == current:
                self.list.setCurrentItem(item)

    @staticmethod
    def _stored(item: QListWidgetItem) -> str:
        return item.data(Qt.ItemDataRole.UserRole) or item.text()

    def _run(self, action: Callable[[], object], current: str) -> None:
        if self.error_label.attempt(action):
            self._fill(current)

    def add(self) -> None:
        name = self.name_edit.text().strip()
        self._run(lambda: self._activities.add_category(name), name)

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        old, new = self._stored(item), self.name_edit.text().strip()
        self._run(lambda: self._activities.rename_category(old, new), new)

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = self._stored(item)
        self._run(lambda: self._activities.delete_category(name), "")
