"""The year plan to and from Excel: import items (all or nothing), a printable export with done/total, a template.

One row per plan item. The year comes from a 年度 column, --year, or the sheet name of an export (2027年度工作计划). Re-importing updates the item with
the same year and title (its status, details…) instead of adding it twice; new items go to the end in file order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg
from unionclerk.core.plan import PLAN_STATUSES, PlanItem, validate_plan_item
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.plan import PlanStore
from unionclerk.transfer import cleaning
from unionclerk.transfer.headers import (
    BookSpec,
    FieldSpec,
    HeaderMap,
    added_notes,
    book_header,
    book_rows,
    join_notes,
    normalise_header,
    row_cells,
)
from unionclerk.transfer.printing import Column, write_table
from unionclerk.transfer.problems import (
    ImportReport,
    Problem,
    RowIn,
    StreamedRows,
    TransferError,
    import_rows,
)
from unionclerk.transfer.reading import DEFAULT_LIMITS, Limits, RawRow, Table, read_table
from unionclerk.transfer.workbook import (
    export_heading,
    write_refused_rows,
    write_template,
)

F = FieldSpec
PLAN_SPEC = BookSpec(
    title="年度工作计划",
    fields=(
        F("year", "年度", ("年份", "计划年度"), help="如 2027；不填时用命令行的 --year", example="2027"),
        F(
            "title",
            "计划项目",
            (
                "项目",
                "工作项目",
                "工作内容",
                "名称",
                "计划内容",
                "工作事项",
                "事项",
                "工作任务",
                "任务",
                "重点工作",
                "计划事项",
                "工作计划",
            ),
            True,
            "",
            "举办职工运动会",
        ),
        F("details", "具体内容", ("内容", "措施", "具体措施", "说明"), example="篮球、乒乓球、登山"),
        F("category", "类别", ("类型",), example="文体活动"),
        F(
            "planned",
            "计划时间",
            ("时间", "完成时间", "月份", "时间安排"),
            help="如 3月、第二季度；可不填",
            example="第二季度",
        ),
        F("responsible", "负责人", ("责任人", "牵头人", "责任部门"), example="王芳"),
        F(
            "status",
            "状态",
            ("完成情况", "进度"),
            help="/".join(PLAN_STATUSES) + "；不填为未开始",
            example="未开始",
        ),
        F("notes", "备注", (), example=""),
    ),
    # 落实活动数 is a figure the export counts from the activities, not something to import.
    ignored=("序号", "编号", "No", "NO.", "No.", "导入问题", "落实活动数"),
)
_STATUS_ALIASES = {
    "完成": "已完成",
    "已取消": "取消",
    "未完成": "进行中",
    "正在进行": "进行中",
    "未启动": "未开始",
}


PlanRowIn = RowIn[PlanItem]


def read_plan(
    path: str | Path,
    *,
    year: int | None = None,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedPlan:
    return parse_plan(
        read_table(path, limits=limits, stream=True),
        year=year,
        overrides=overrides,
        keep_unmapped=keep_unmapped,
        limits=limits,
    )


def parse_plan(
    table: Table,
    *,
    year: int | None = None,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedPlan:
    header = book_header(table, PLAN_SPEC, overrides, required=("title",))
    if "year" not in header.fields and year is None and (named := _SHEET_YEAR.match(table.sheet)):
        year = int(named.group(1))
    if "year" not in header.fields and year is None:
        raise TransferError(
            msg("“{source}”没有“年度”列：请用 --year 指明这是哪一年的计划。", source=table.source)
        )
    rows = book_rows(table, header, msg("没有计划项目"))
    check = PlanCheck(header, year, keep_unmapped, limits, _number_column(header))
    return ParsedPlan(table, header, check, rows, keep_unmapped=keep_unmapped)


@dataclass(frozen=True)
class PlanCheck:
    """Turns a plan file's data rows into checked rows as they are read; across rows it keeps only each item's
    year and title, to find repeats."""

    header: HeaderMap
    year: int | None
    keep_unmapped: bool
    limits: Limits
    number_column: int | None  # the file's 序号 column: each item's position until it is added

    def __call__(self, rows: Iterable[RawRow]) -> Iterator[PlanRowIn]:
        seen: dict[tuple[int, str], int] = {}
        for raw in rows:
            row = _parse_row(raw, self.header, self.year, self.keep_unmapped, self.limits)
            if row.record is not None and self.number_column is not None:
                row.record.position = _file_number(raw.value(self.number_column))
            if row.record is not None and row.ok:
                first = seen.setdefault((row.record.year, row.record.title), raw.number)
                if first != raw.number:
                    row.problems.append(
                        Problem(
                            raw.number, "计划项目", row.record.title, msg("与第{first}行重复", first=first)
                        )
                    )
            yield row


class ParsedPlan(StreamedRows[PlanRowIn]):
    """A plan file as checked. Its items are added in the order of the file's 序号 column, else as they stand:
    a file numbered in order (as plans are) is written straight from the spool; one numbered out of order is
    sorted in memory (a plan is dozens of items)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._last_number = -1
        self.numbered_in_order = True
        super().__init__(*args, **kwargs)

    def _checked(self, row: PlanRowIn) -> None:
        if row.ok and row.record is not None:
            if row.record.position < self._last_number:
                self.numbered_in_order = False
            self._last_number = row.record.position

    def rows_to_write(self) -> Iterator[PlanRowIn]:
        rows = super().rows_to_write()
        check = self.check
        assert isinstance(check, PlanCheck)
        if check.number_column is None or self.numbered_in_order:
            return rows
        # Equal numbers keep file order (a stable sort).
        return iter(sorted(rows, key=lambda r: r.record.position if r.record else _UNNUMBERED))


def _parse_row(
    raw: RawRow, header: HeaderMap, year: int | None, keep_unmapped: bool, limits: Limits
) -> PlanRowIn:
    cells, extra, problems = row_cells(
        raw, header, keep_unmapped=keep_unmapped, max_chars=limits.max_cell_chars
    )
    row = PlanRowIn(raw.number, raw.values, problems=problems)

    def label(name: str) -> str:
        return header.label_of(name, PLAN_SPEC)

    row_year = year
    year_text = cleaning.narrow(cleaning.clean_text(cells.get("year"))).removesuffix("年")
    if year_text:
        if year_text.isdigit() and 1900 <= int(year_text) <= 2999:
            row_year = int(year_text)
        else:
            row.problems.append(
                Problem(raw.number, label("year"), year_text, msg("年度应为四位数字，如 2027"))
            )
            return row
    if row_year is None:
        row.problems.append(Problem(raw.number, label("year"), "", msg("没有年度：请填写年度列或用 --year")))
        return row
    form = {
        name: cleaning.clean_text(cells.get(name))
        for name in ("title", "details", "category", "responsible", "notes", "planned")
    }
    if extra:
        form["notes"] = join_notes(form["notes"], extra)
    status = cleaning.clean_text(cells.get("status")).replace(" ", "")
    form["status"] = _STATUS_ALIASES.get(status, status)
    try:
        row.record = validate_plan_item(form, year=row_year)
    except FieldErrors as errors:
        for name, message in errors.errors.items():
            value = cells.get(name) if name != "status" else status
            row.problems.append(
                Problem(
                    raw.number,
                    label(name) if name in {f.name for f in PLAN_SPEC.fields} else "",
                    cleaning.clean_text(value),
                    message,
                )
            )
    return row


_PROVIDES = {"planned": ("planned_month", "planned_quarter")}


def provided_attributes(parsed: ParsedPlan) -> set[str]:
    """The PlanItem attributes this file gives values for; an update leaves the others as stored."""
    return parsed.header.provided(parsed.keep_unmapped, {"year", "title"}, _PROVIDES)


def import_plan(
    store: Store, parsed: ParsedPlan, *, skip_invalid: bool = False, dry_run: bool = False
) -> ImportReport:
    """All or nothing; a dry run rolls back. Items are matched by year and title."""
    plans = PlanStore(store)
    provided = provided_attributes(parsed)

    # year -> title -> the stored item a row updates; each year's items are read once, not once a row. Items
    # this import adds are not remembered: a later row of the same year and title is refused as a repeat.
    stored: dict[int, dict[str, PlanItem]] = {}

    def write(row: PlanRowIn) -> str:
        new = row.record
        assert new is not None
        if new.year not in stored:
            stored[new.year] = {}
            for item in plans.items(new.year):
                stored[new.year].setdefault(item.title, item)
        existing = stored[new.year].get(new.title)
        if existing is None:
            plans.add_item(replace(new))
            return "added"
        merged = replace(existing, **{n: getattr(new, n) for n in provided})
        if "notes" in provided and "notes" not in parsed.header.fields:
            # Only unmapped columns speak for 备注: add to what is stored, never wipe it.
            merged.notes = added_notes(existing.notes, new.notes)
        if merged == existing:
            return "unchanged"
        plans.update_item(merged)
        stored[new.year][new.title] = merged
        return "updated"

    return import_rows(store, parsed, write, skip_invalid=skip_invalid, dry_run=dry_run)


_NUMBER_HEADERS = ("序号", "编号", "no", "no.")
_UNNUMBERED = 10**9  # rows without a 序号 come after the numbered ones


def _number_column(header: HeaderMap) -> int | None:
    return next((i for i, h in enumerate(header.headers) if normalise_header(h) in _NUMBER_HEADERS), None)


def _file_number(value: object) -> int:
    text = cleaning.narrow(cleaning.clean_text(value))
    try:
        return int(float(text))
    except ValueError:
        return _UNNUMBERED


def write_plan_errors(path: str | Path, parsed: ParsedPlan) -> int:
    return write_refused_rows(path, parsed, PLAN_SPEC)


EXPORT_COLUMNS = [
    Column("序号", "int"),
    Column("计划项目"),
    Column("具体内容"),
    Column("类别"),
    Column("计划时间"),
    Column("负责人"),
    Column("状态"),
    Column("落实活动数", "int"),
    Column("备注"),
]
# Left out of the printed plan when no item of the year has them (an import keeps what is stored then).
_OPTIONAL = ("具体内容", "类别", "负责人", "备注")
# The export names its sheet after the year, so it imports again without a 年度 column or --year.
_SHEET_YEAR = re.compile(r"^(\d{4})" + PLAN_SPEC.title + "$")


def export_sheet_name(year: int) -> str:
    return f"{year}{PLAN_SPEC.title}"


def export_plan(store: Store, path: str | Path, *, year: int, today: dt.date | None = None) -> int:
    """A year's plan items in their order, 指导思想 and 工作目标 above them, done/total in the total line."""
    unit, subtitle = export_heading(store, today)
    plans = PlanStore(store)
    texts = plans.get_year(year)
    linked = ActivityStore(store).linked_counts(year)
    progress = plans.progress(year)
    rows = [
        [
            i.position,
            i.title,
            i.details,
            i.category,
            i.planned_label,
            i.responsible,
            i.status,
            linked.get(i.id or 0, 0),
            i.notes,
        ]
        for i in plans.items(year)
    ]
    keep = [
        index
        for index, column in enumerate(EXPORT_COLUMNS)
        if column.header not in _OPTIONAL or any(row[index] for row in rows)
    ]
    paragraphs = [
        f"{label}：{text}" for label, text in (("指导思想", texts.guiding), ("工作目标", texts.goals)) if text
    ]
    cancelled = f"，取消 {progress.cancelled} 项" if progress.cancelled else ""
    return write_table(
        path,
        title=f"{unit}{year}年工作计划",
        subtitle=subtitle,
        paragraphs=paragraphs,
        columns=[EXPORT_COLUMNS[i] for i in keep],
        rows=[[row[i] for i in keep] for row in rows],
        total_line=f"合计：计划 {progress.total} 项，已完成 {progress.done} 项{cancelled}",
        sheet_name=export_sheet_name(year),
    )


def write_plan_template(path: str | Path) -> None:
    write_template(
        path,
        PLAN_SPEC,
        note="每行一个计划项目，按行的顺序编号。再次导入同一年同名的项目会更新它（如状态），不会重复添加。",
    )
