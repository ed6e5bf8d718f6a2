"""Find the header row of an imported sheet and map its headers to a book's fields.

Each book supplies a BookSpec: its fields with the header words clerks use for them (synonyms). The header
row is found below titles, unit names and blank rows; headers that match nothing are left for the clerk to
map (window mapping step, or `--map "表头=field"` on the command line) or to keep in 备注 / drop.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from unionclerk.core.idcard import IdNumberError, parse_id_number
from unionclerk.core.messages import joined as joined_parts
from unionclerk.core.messages import msg, reason_of
from unionclerk.transfer.base import WARNING, Problem, RawRow, Table, TransferError, is_blank
from unionclerk.transfer.cleaning import CellError, check_length, clean_date, clean_text, narrow, tidy

IGNORE = "__ignore__"  # a column the clerk (or the spec) chose to drop
NOTES = "__notes__"  # a column kept as "表头：值" in the record's notes


@dataclass(frozen=True)
class FieldSpec:
    """One importable field: its key, its canonical header, the other header words meaning the same."""

    name: str
    label: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    help: str = ""  # accepted values, for the template's explanation sheet
    example: str = ""  # the template's example row
    # How a column under an unknown header is recognised by its values: "date", "id_number", or the
    # accepted texts of a fixed choice (find_unknown_by_values). Empty: never guessed.
    kind: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class BookSpec:
    """The importable fields of one book (members, activities, plan…)."""

    title: str  # e.g. 会员花名册: the sheet name of exports and templates
    fields: tuple[FieldSpec, ...]
    # Recognised, never imported (导入问题 is the reason column of an error workbook).
    ignored: tuple[str, ...] = ("序号", "编号", "No", "NO.", "No.", "导入问题")

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def lookup(self, header: str) -> str | None:
        """Field name for a header text, IGNORE for a known ignored header, None when unknown."""
        key = normalise_header(header)
        if not key:
            return None
        return self._index.get(key)

    @cached_property  # header words never change; the header search looks up every cell of 30 rows
    def _index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for spec in self.fields:
            for word in (spec.label, spec.name, *spec.synonyms):
                index.setdefault(normalise_header(word), spec.name)
        for word in self.ignored:
            index.setdefault(normalise_header(word), IGNORE)
        return index

    def resolve_target(self, target: str) -> str:
        """What the clerk typed after '=' in --map: a field key, a label or synonym, 备注, or 忽略."""
        text = target.strip()
        if text in ("备注", "notes", "note", NOTES):
            return NOTES
        if text in ("忽略", "丢弃", "ignore", "drop", "-", IGNORE):
            return IGNORE
        for spec in self.fields:
            if text == spec.name:
                return spec.name
        found = self.lookup(text)
        if found and found != IGNORE:
            return found
        choices = "、".join(f"{s.name}（{s.label}）" for s in self.fields)
        raise TransferError(msg("“{target}”不是可映射的字段。可用：{choices}、备注、忽略", target=target, choices=choices))


_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")


def normalise_header(text: object) -> str:
    """'* 身份证号码（18位）' -> '身份证号码': width, spaces, required-marks and bracketed notes removed."""
    if text is None:
        return ""
    cleaned = unicodedata.normalize("NFKC", tidy(str(text)))
    cleaned = _BRACKETS.sub("", cleaned)
    cleaned = "".join(cleaned.split()).strip("*:：★").lower()
    return cleaned


@dataclass
class HeaderMap:
    """Where the header row is and what each column means.

    columns maps a 0-based column index to a field name, IGNORE or NOTES; unknown lists the columns whose
    header matched nothing and that no override covered (the mapping step shows them).
    """

    row_number: int  # as Excel shows it
    row_index: int  # index into Table.rows
    headers: list[str]
    columns: dict[int, str] = field(default_factory=dict)
    unknown: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)  # second column mapped to an already-used field
    # What the clerk should know about the header itself (a repeated column, a column recognised by its
    # values, a two-row header): 提示 shown with the row problems of every book.
    notices: list[Problem] = field(default_factory=list)
    header_rows: int = 1  # 2 when a second header row under merged cells was read into this one

    def column_of(self, field_name: str) -> int | None:
        for index, name in self.columns.items():
            if name == field_name:
                return index
        return None

    def header_of(self, index: int) -> str:
        return self.headers[index] if index < len(self.headers) else f"第{index + 1}列"

    def label_of(self, field_name: str, spec: BookSpec) -> str:
        """The file's own header for a field, or the spec's label when the file has no such column."""
        column = self.column_of(field_name)
        return self.header_of(column) if column is not None else spec.field(field_name).label

    @property
    def fields(self) -> set[str]:
        return {n for n in self.columns.values() if n not in (IGNORE, NOTES)}

    def provided(
        self, keep_unmapped: bool, always: Iterable[str], provides: dict[str, tuple[str, ...]]
    ) -> set[str]:
        """The record attributes a file with this header gives values for; an update leaves the others alone.

        provides maps a field to the attributes it fills (default: the attribute of the same name); 备注 is
        provided when columns are kept in it.
        """
        provided = set(always)
        for name in self.fields:
            provided.update(provides.get(name, (name,)))
        if (keep_unmapped and self.unknown) or NOTES in self.columns.values():
            provided.add("notes")
        return provided


def _header_text(value: object) -> str:
    return "" if is_blank(value) else " ".join(tidy(str(value)).split())


def find_header(table: Table, spec: BookSpec, *, scan: int = 30, extra: Iterable[str] = ()) -> HeaderMap:
    """The row among the first `scan` non-blank rows that matches most headers of the spec.

    Titles and merged cells above the header match at most one word, so the best-scoring row wins; a row
    needs two recognised headers (`extra` header texts, e.g. the clerk's --map keys, count too), or one
    when it is a required field.
    """
    known = {normalise_header(text) for text in extra}
    required = {f.name for f in spec.fields if f.required}
    best: tuple[int, int, bool] | None = None  # (score, index, has a required field)
    for index, row in enumerate(table.rows[:scan]):
        texts = [_header_text(v) for v in row.values if not is_blank(v)]
        names = {spec.lookup(t) for t in texts}
        names.discard(None)
        names.discard(IGNORE)
        score = len(names) + sum(1 for t in texts if normalise_header(t) in known)
        if score and (best is None or score > best[0]):
            best = (score, index, bool(names & required))
    if best is None or (best[0] < 2 and not best[2]):
        if not table.rows:
            raise TransferError(msg("“{source}”是空表，没有可导入的内容。", source=table.source))
        words = joined_parts((s.label for s in spec.fields[:6]), "、")
        raise TransferError(
            msg("在“{source}”的前 {scan} 行中找不到表头：应有一行写着 {words} 等列名。", source=table.source, scan=scan, words=words)
        )
    index = best[1]
    row = table.rows[index]
    headers = [_header_text(v) for v in row.values]
    header = HeaderMap(row_number=row.number, row_index=index, headers=headers)
    # A two-row header: the best row is its upper row (with the row below), or its lower row (the sub-headers
    # under merged group titles can name more fields than the row above them).
    for upper in (index, index - 1):
        if upper < 0 or upper + 1 >= len(table.rows):
            continue
        top, below = table.rows[upper], table.rows[upper + 1]
        if below.number != top.number + 1:
            continue
        joined = _two_row_headers([_header_text(v) for v in top.values], below, spec, known)
        if joined is not None:
            header.row_number, header.headers, header.row_index, header.header_rows = (
                top.number,
                joined,
                upper + 1,
                2,
            )
            break
    return header


def _two_row_headers(top: list[str], below: RawRow, spec: BookSpec, known: set[str]) -> list[str] | None:
    """The headers of a two-row header (慰问品 over 名称 | 价值), or None when the row below is data.

    In such a header the upper cells over one column are merged down (read: blank below them) and a group
    title is merged across the columns it covers (read: blank to its right). The row below is a header row
    when it holds only text, sits under at least one merged group title, leaves blank some column the top
    row names, and has a cell the book recognises (alone or with its group title).
    """
    lower = [_header_text(v) for v in below.values]
    if not any(lower) or any(not isinstance(v, str) for v in below.values if not is_blank(v)):
        return None
    width = max(len(top), len(lower))
    top = top + [""] * (width - len(top))
    lower = lower + [""] * (width - len(lower))
    under_group = any(lower[i] and (not top[i] or (i + 1 < width and not top[i + 1])) for i in range(width))
    merged_down = any(top[i] and not lower[i] for i in range(width))
    if not (under_group and merged_down):
        return None
    joined: list[str] = []
    recognised = 0
    group = ""
    for i in range(width):
        if top[i]:
            group = top[i]
        if not lower[i]:
            joined.append(top[i])
            group = ""  # a header merged down ends any group to its left
            continue
        combined = group + lower[i] if group else lower[i]
        if spec.lookup(combined) not in (None, IGNORE) or normalise_header(combined) in known:
            joined.append(combined)
            recognised += 1
        elif spec.lookup(lower[i]) not in (None, IGNORE) or normalise_header(lower[i]) in known:
            joined.append(lower[i])
            recognised += 1
        else:
            joined.append(f"{group}·{lower[i]}" if group else lower[i])
    return joined if recognised else None


def map_columns(header: HeaderMap, spec: BookSpec, overrides: dict[str, str] | None = None) -> HeaderMap:
    """Fill header.columns from the spec's synonyms, with the clerk's overrides (header text -> target) first.

    Override keys are matched against header texts after normalise_header; a key that matches no column is
    an error (a typo in --map should not pass silently).
    """
    overrides = overrides or {}
    wanted = {normalise_header(k): spec.resolve_target(v) for k, v in overrides.items()}
    seen_keys: set[str] = set()
    header.columns, header.unknown, header.duplicates, header.notices = {}, [], [], []
    used: set[str] = set()
    for index, text in enumerate(header.headers):
        key = normalise_header(text)
        if not key:
            continue
        if key in wanted:
            target = wanted[key]
            seen_keys.add(key)
        else:
            found = spec.lookup(text)
            if found is None:
                header.unknown.append(index)
                continue
            target = found
        if target not in (IGNORE, NOTES):
            if target in used:
                header.duplicates.append(index)
                first = header.column_of(target)
                header.notices.append(
                    Problem(
                        header.row_number,
                        header.header_of(index),
                        "",
                        msg(
                            "与第{column}列“{header}”是同一字段（{field}）：只取第{column}列，本列内容记入备注、不计入该字段；如两列都要，请先在表格中合并成一列",
                            column=(first or 0) + 1,
                            header=header.header_of(first or 0),
                            field=spec.field(target).label,
                        ),
                        WARNING,
                    )
                )
                target = NOTES
            used.add(target)
        header.columns[index] = target
    missing = [k for k in wanted if k not in seen_keys]
    if missing:
        present = "、".join(h for h in header.headers if h)
        raise TransferError(f"--map 中的表头“{'、'.join(missing)}”在表头行中不存在。表头行：{present}")
    return header


def parse_map_arguments(items: list[str] | None) -> dict[str, str]:
    """['部门名称=department', '工号=备注'] -> {'部门名称': 'department', '工号': '备注'}."""
    result: dict[str, str] = {}
    for item in items or []:
        source, sep, target = item.rpartition("=")
        if not sep or not source.strip() or not target.strip():
            raise TransferError(f'“{item}”应写成 "表头=字段"，如 "部门名称=department"')
        result[source.strip()] = target.strip()
    return result


_TOTAL_WORDS = ("合计", "总计", "小计", "共计")


def is_total_row(row: RawRow) -> bool:
    """A total line under a table ('合计：78 人'): one filled cell that starts with a total word."""
    found = False
    for value in row.values:
        if value is None:
            continue
        if isinstance(value, str):
            text = value.strip()
            if not text:
                continue
            if found or not text.startswith(_TOTAL_WORDS):
                return False
            found = True
        else:
            return False  # a number, a date: data (a total line has its figures inside the text)
    return found


def data_rows(table: Table, header: HeaderMap) -> list[RawRow]:
    """The rows below the header row, without total lines (a careful person skips them too)."""
    return list(iter_data_rows(table, header))


def iter_data_rows(table: Table, header: HeaderMap) -> Iterator[RawRow]:
    """data_rows one at a time: a streamed table's rows are read from the file as they are needed."""
    rows: Iterable[RawRow] = table.rows[header.row_index + 1 :]
    if table.more is not None:
        rows = itertools.chain(rows, table.more)
    return (row for row in rows if not is_total_row(row))


def book_header(
    table: Table, spec: BookSpec, overrides: dict[str, str] | None, required: Iterable[str]
) -> HeaderMap:
    """The mapped header row of a book's file; TransferError when a required column is missing."""
    header = map_columns(find_header(table, spec, extra=overrides or {}), spec, overrides)
    recognise_by_values(table, header, spec)
    if header.header_rows == 2:
        header.notices.insert(
            0,
            Problem(
                header.row_number,
                "",
                "",
                msg(
                    "第{row}、{next}行是两行表头（合并单元格），已合并读作一行：{headers}",
                    row=header.row_number,
                    next=header.row_number + 1,
                    headers="、".join(h for h in header.headers if h),
                ),
                WARNING,
            ),
        )
    for name in required:
        if name not in header.fields:
            raise TransferError(
                msg(
                    "“{source}”的表头行（第{row}行）中没有“{field}”列，无法导入。",
                    source=table.source,
                    row=header.row_number,
                    field=spec.field(name).label,
                )
            )
    return header


_VALUE_SAMPLE = 200  # data rows looked at to recognise a column


def _column_kind(values: list[object], free: list[FieldSpec]) -> str | None:
    """The one free field every value of a column fits, or None (no values, no fit, or more than one)."""
    if not values:
        return None
    fits: list[str] = []
    for candidate in free:
        if candidate.choices:
            texts = {clean_text(v).replace(" ", "") for v in values}
            if texts <= set(candidate.choices):
                fits.append(candidate.name)
        elif candidate.kind == "date":
            try:
                ok = all(
                    isinstance(v, dt.date)
                    or (isinstance(v, str) and (c := clean_date(v)) is not None and not c.month_only)
                    for v in values
                )
            except CellError:
                ok = False
            if ok:
                fits.append(candidate.name)
        elif candidate.kind == "id_number":
            try:
                for v in values:
                    parse_id_number(narrow(clean_text(v)).upper())
                fits.append(candidate.name)
            except (IdNumberError, ValueError):
                pass
    return fits[0] if len(fits) == 1 else None


def recognise_by_values(table: Table, header: HeaderMap, spec: BookSpec) -> None:
    """Map an unknown column whose values are unambiguous (all 组织层级 words, all dates, all ID numbers) to
    the one field of that kind the file lacks, and say so (a 提示). Ambiguous columns stay unknown.
    """
    if not header.unknown:
        return
    rows = [
        r
        for r in table.rows[header.row_index + 1 : header.row_index + 1 + _VALUE_SAMPLE]
        if not is_total_row(r)
    ]
    for index in list(header.unknown):
        free = [f for f in spec.fields if (f.kind or f.choices) and f.name not in header.fields]
        if not free:
            return
        values = [r.value(index) for r in rows if not is_blank(r.value(index)) and index not in r.formulas]
        name = _column_kind(values, free)
        if name is None:
            continue
        header.unknown.remove(index)
        header.columns[index] = name
        shown = "、".join(dict.fromkeys(clean_text(v) for v in values[:3]))
        header.notices.append(
            Problem(
                header.row_number,
                header.header_of(index),
                "",
                msg(
                    "表头不认识，按内容（{sample}…）当作“{field}”导入；如不对，请改表头或用 --map \"{header}=备注\"",
                    sample=shown,
                    field=spec.field(name).label,
                    header=header.header_of(index),
                ),
                WARNING,
            )
        )


def book_rows(table: Table, header: HeaderMap, nothing: str) -> list[RawRow]:
    """data_rows, or TransferError naming what is missing (nothing: e.g. 没有会员数据)."""
    rows = iter_data_rows(table, header)
    first = next(rows, None)
    if first is None:
        raise TransferError(
            msg("“{source}”只有表头（第{row}行），{nothing}。", source=table.source, row=header.row_number, nothing=nothing)
        )
    if table.more is None:
        return [first, *rows]
    return itertools.chain([first], rows)  # type: ignore[return-value]  # walked once by the book's parser


FORMULA_MESSAGE = msg("是公式，导入不接受公式：请复制该列，用“选择性粘贴→数值”后再导入")


def row_cells(
    raw: RawRow, header: HeaderMap, *, keep_unmapped: bool, max_chars: int
) -> tuple[dict[str, object], list[str], list[Problem]]:
    """(cells by field name, "表头：值" texts for 备注, problems) of one data row.

    A formula or an over-long cell is a problem and gives no value; NOTES columns, and unmapped ones when
    keep_unmapped, go to 备注 (a formula there is left out: the import never takes formulas).
    """
    cells: dict[str, object] = {}
    notes: list[str] = []
    problems: list[Problem] = []
    for index, target in header.columns.items():
        if target == IGNORE:
            continue
        value = raw.value(index)
        if index in raw.formulas:
            problems.append(Problem(raw.number, header.header_of(index), str(value), FORMULA_MESSAGE))
            continue
        try:
            check_length(value, max_chars)
        except CellError as exc:
            problems.append(Problem(raw.number, header.header_of(index), str(value)[:40], reason_of(exc)))
            continue
        if target == NOTES:
            text = clean_text(value)
            if text:
                notes.append(f"{header.header_of(index)}：{text}")
        else:
            cells[target] = value
    if keep_unmapped:
        for index in header.unknown:
            if index not in raw.formulas:
                text = clean_text(raw.value(index))[:max_chars]
                if text:
                    notes.append(f"{header.header_of(index)}：{text}")
    return cells, notes, problems


def join_notes(notes: str, extra: list[str]) -> str:
    """The 备注 cell followed by the texts of the columns kept in 备注."""
    return "；".join([notes, *extra] if notes else extra)


def added_notes(stored: str, extra: str) -> str:
    """Stored 备注 with what a re-import's unmapped columns say, once: they add to 备注, never wipe it."""
    if extra and extra not in stored:
        return f"{stored}；{extra}" if stored else extra
    return stored
