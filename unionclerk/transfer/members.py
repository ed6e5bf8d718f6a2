"""The member roster (会员花名册) as a spreadsheet: import with a preview of every problem, export, template.

Import is two steps so the window can show a preview: `read_members` reads and checks the file without
touching the database (safe in a worker thread), `import_members` writes the valid rows in one transaction.
Re-importing updates the members it matches (by ID number, else by name and birth date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from unionclerk.core.idcard import IdNumber
from unionclerk.core.members import (
    ACTIVE,
    RETAINED,
    STATUSES,
    FieldErrors,
    Member,
    validate_member,
)
from unionclerk.core.messages import joined, msg, reason_of
from unionclerk.core.money import format_yuan
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer import cleaning
from unionclerk.transfer.cleaning import CellError
from unionclerk.transfer.headers import (
    BookSpec,
    FieldSpec,
    HeaderMap,
    added_notes,
    book_header,
    book_rows,
    join_notes,
    row_cells,
)
from unionclerk.transfer.printing import Column, write_table
from unionclerk.transfer.problems import (
    ERROR,
    WARNING,
    ImportReport,
    Problem,
    RowIn,
    StreamedRows,
    TransferError,
    import_rows,
)
from unionclerk.transfer.reading import DEFAULT_LIMITS, Limits, RawRow, Table, is_blank, read_table
from unionclerk.transfer.workbook import (
    export_heading,
    write_refused_rows,
    write_template,
)

F = FieldSpec
MEMBER_SPEC = BookSpec(
    title="会员花名册",
    fields=(
        F("name", "姓名", ("名字", "职工姓名", "会员姓名"), required=True, help="必填", example="张三"),
        F("sex", "性别", (), help="男/女（也可写 M/F）；有身份证号时可不填", example="女"),
        F(
            "birth_date",
            "出生日期",
            ("出生年月", "出生年月日", "生日"),
            help="2019-03-01、2019/3/1、2019年3月1日、19900301 或 Excel 日期；只写年月（1990.03）时按当月1日记录并提示；有身份证号时可不填",
            example="1949-12-31",
        ),
        F("ethnicity", "民族", (), help="如 汉族", example="汉族"),
        F(
            "id_number",
            "身份证号",
            ("身份证号码", "公民身份号码", "身份证", "证件号码", "身份证件号码"),
            help="18位（旧15位号码自动转换）；请把该列设为文本格式，否则 Excel 会丢掉后几位",
            example="11010519491231002X",
            kind="id_number",
        ),
        F(
            "political_status",
            "政治面貌",
            (),
            help="中共党员/中共预备党员/共青团员/民主党派/群众/其他",
            example="中共党员",
        ),
        F("education", "学历", ("文化程度", "最高学历"), help="如 大学本科", example="大学本科"),
        F(
            "department",
            "部门",
            ("科室", "工会小组", "所在部门", "所在科室", "部门科室", "所在小组"),
            example="办公室",
        ),
        F("position", "职务/岗位", ("职务", "岗位", "职务岗位", "职位"), example="科员"),
        F(
            "staff_category",
            "人员类别",
            ("用工性质", "人员性质", "用工类别"),
            help="在编/合同/劳务派遣/其他",
            example="在编",
        ),
        F(
            "join_date",
            "入会日期",
            ("入会时间", "入会年月"),
            help="日期，写法同出生日期",
            example="2010-07-01",
        ),
        F("card_no", "会员证号", ("会员证编号", "会员卡号")),
        F(
            "phone",
            "联系电话",
            ("手机", "手机号码", "手机号", "电话", "联系方式", "电话号码"),
            help="手机11位，座机如 0871-1234567",
            example="13800138000",
        ),
        F(
            "wage_base",
            "月缴费基数",
            ("缴费基数", "会费基数", "工资基数"),
            help="元，如 5678 或 5678.00",
            example="5678.00",
        ),
        F("hardship", "困难职工", ("是否困难职工",), help="是/否", example="否"),
        F("hardship_type", "困难类型", ("困难职工类型",), help="因病/因残/单亲/子女教育/其他"),
        F(
            "status",
            "会籍状态",
            ("状态", "会员状态"),
            help="在会/保留会籍/转出/退会/自动退会/开除会籍/已故；也认得 在职、退休（=保留会籍）、调出、死亡",
            example="在会",
        ),
        F(
            "status_date",
            "状态变更日期",
            ("变更日期", "状态日期", "离会日期", "退会时间", "退会日期"),
            help="会籍状态开始的日期；不填时记为日期不详（在会的按入会日期）",
        ),
        F("retire_date", "退休时间", ("退休日期",), help="填了而会籍状态为空时，记为 保留会籍（退休）"),
        F("transfer_date", "转出时间", ("转出日期", "调出时间"), help="填了而会籍状态为空时，记为 转出"),
        F("notes", "备注", ("说明",)),
        F(
            "former_name",
            "原姓名",
            ("曾用名", "改名前姓名"),
            help="改名时填写登记的原姓名；身份证号已登记而姓名不同的行，不填原姓名不会导入",
        ),
    ),
    ignored=("序号", "编号", "No", "NO.", "No.", "导入问题", "年龄"),
)

TEXT_FIELDS = ("id_number", "phone", "card_no")
UNKNOWN_JOIN_WARNING = msg("入会日期为空：按日期不详记录，需要入会日期的期间人数不计入此人，并注明人数")
NO_JOIN_COLUMN_WARNING = msg(
    "文件没有“入会日期”列：新会员按入会日期不详记录，需要入会日期的期间人数不计入他们，并注明人数；已有会员的入会日期不变"
)
# Fields taken as text, only trimmed.
_TEXT_FIELDS = (
    "ethnicity",
    "political_status",
    "education",
    "department",
    "position",
    "staff_category",
    "card_no",
    "hardship_type",
    "notes",
)

_STATUS_ALIASES = {
    "在职": ACTIVE,
    "正常": ACTIVE,
    "在册": ACTIVE,
    "退休": RETAINED,
    "保留": RETAINED,
    "调出": "转出",
    "调离": "转出",
    "死亡": "已故",
    "去世": "已故",
    "病故": "已故",
    "开除": "开除会籍",
}

# Member attributes each mapped field supplies (an update changes only what the file provides).
_PROVIDES = {
    "wage_base": ("wage_base_fen",),
    "id_number": ("id_number", "sex", "birth_date"),
    "retire_date": (),
    "transfer_date": (),
    "status": (),
    "status_date": (),
    "former_name": (),
}


@dataclass
class MemberRow(RowIn[Member]):
    """A roster row: record is the member to write."""

    reason: str = ""  # reason recorded with a non-active status (e.g. 退休)
    former_name: str = ""  # 原姓名: the row renames the member registered under this name
    status_given: bool = False  # a status / 退休时间 / 转出时间 cell said something; else keep the stored one


class ParsedMembers(StreamedRows[MemberRow]):
    """A roster as checked. It also keeps the hashes of the name + birth date keys that more than one valid
    row has: the import remembers the new members it adds under those keys only (see _Matcher)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._keys: set[int] = set()
        self.repeated_names: set[int] = set()
        super().__init__(*args, **kwargs)
        self._keys = set()  # the whole file's keys were needed only while checking it

    def _checked(self, row: MemberRow) -> None:
        member = row.record
        if row.ok and member is not None:
            key = hash((member.name, member.birth_date))
            if key in self._keys:
                self.repeated_names.add(key)
            else:
                self._keys.add(key)


def read_members(
    path: str | Path,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
    stored: StoredMembers | None = None,
) -> ParsedMembers:
    """Read and check a roster file; no database needed (give `stored` to check it against the stored roster
    too). Raises TransferError when the file is unusable."""
    table = read_table(path, limits=limits, progress=progress, stream=True)
    return parse_members(
        table, overrides=overrides, keep_unmapped=keep_unmapped, limits=limits, today=today, stored=stored
    )


def parse_members(
    table: Table,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    today: dt.date | None = None,
    stored: StoredMembers | None = None,
) -> ParsedMembers:
    header = book_header(table, MEMBER_SPEC, overrides, required=("name",))
    rows = book_rows(table, header, msg("没有会员数据"))
    problems = []
    if "join_date" not in header.fields:
        problems.append(Problem(header.row_number, "", "", NO_JOIN_COLUMN_WARNING, WARNING))
    check = RosterCheck(header, keep_unmapped, limits, today or dt.date.today(), stored)
    return ParsedMembers(table, header, check, rows, keep_unmapped=keep_unmapped, file_problems=problems)


@dataclass(frozen=True)
class StoredMembers:
    """What a roster file is checked against in the stored roster, read in one query before the check: so the
    check runs anywhere (the window's reading thread), and the import can tell whether the roster has changed
    since.

    registered: ID number -> the name it is registered under. namesakes: (name, birth date) -> (ID number,
    department) of each stored member with an ID number.
    """

    registered: dict[str, str]
    namesakes: dict[tuple[str, str], list[tuple[str, str]]]

    @classmethod
    def read(cls, store: Store) -> StoredMembers:
        registered: dict[str, str] = {}
        namesakes: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for id_number, name, birth, department in store.conn.execute(
            "SELECT id_number, name, birth_date, department FROM members WHERE id_number IS NOT NULL ORDER BY id"
        ):
            registered[id_number] = name
            if birth:
                namesakes.setdefault((name, birth), []).append((id_number, department or ""))
        return cls(registered, namesakes)

    def name_problem(self, row: MemberRow, header: HeaderMap) -> Problem | None:
        """A row whose ID number is registered under another name would overwrite someone else's record: an
        error, unless its 原姓名 is the registered name (a rename, said as a 提示)."""
        member = row.record
        registered = (
            self.registered.get(member.id_number) if member is not None and member.id_number else None
        )
        if member is None or registered is None or registered == member.name:
            return None
        if row.former_name == registered:
            return _problem(
                row,
                header,
                "name",
                member.name,
                msg("按改名处理：登记的“{stored}”改为“{name}”", stored=registered, name=member.name),
                WARNING,
            )
        if row.former_name:
            return _problem(
                row,
                header,
                "former_name",
                row.former_name,
                msg(
                    "原姓名与身份证号 {id_number} 登记的姓名“{stored}”不符",
                    id_number=member.id_number,
                    stored=registered,
                ),
            )
        return _problem(
            row,
            header,
            "name",
            member.name,
            msg(
                "身份证号 {id_number} 已登记为“{stored}”，姓名不同：不会覆盖。若是改名，请在“原姓名”列填写“{stored}”；否则请核对身份证号",
                id_number=member.id_number,
                stored=registered,
            ),
        )

    def namesake_warning(self, row: MemberRow, header: HeaderMap) -> Problem | None:
        """A 提示 when a new row's name and birth date are a stored member's but its ID number is another.

        Two people can share both; a mistyped ID number makes a second record of one person. Both are shown.
        """
        member = row.record
        if member is None or not member.id_number or member.id_number in self.registered:
            return None
        others = self.namesakes.get((member.name, member.birth_date or ""), [])
        if not others:
            return None
        shown = joined(
            (
                msg(
                    "身份证号 {id_number}，{department}",
                    id_number=id_number,
                    department=department or msg("未填部门"),
                )
                for id_number, department in others
            ),
            "；",
        )
        return _problem(
            row,
            header,
            "id_number",
            member.id_number,
            msg(
                "花名册中已有同名、同出生日期（{birth_date}）的会员“{name}”（{others}），本行身份证号不同，按另一人新增；如是同一人，请核对身份证号",
                birth_date=member.birth_date,
                name=member.name,
                others=shown,
            ),
            WARNING,
        )


@dataclass(frozen=True)
class RosterCheck:
    """Turns a roster's data rows into checked MemberRows as they are read (again, with the roster as it is
    now, when it changed since: checked_against_stored). What it keeps across rows is only what the checks
    compare: the ID numbers seen, and name + birth date of the rows without one."""

    header: HeaderMap
    keep_unmapped: bool
    limits: Limits
    today: dt.date
    stored: StoredMembers | None = None

    def __call__(self, rows: Iterable[RawRow]) -> Iterator[MemberRow]:
        header = self.header
        seen_ids: dict[str, int] = {}
        seen_names: dict[tuple[str, str | None], int] = {}
        for raw in rows:
            row = _parse_row(raw, header, self.keep_unmapped, self.limits, self.today)
            member = row.record
            if member is not None and row.ok:
                if member.id_number:
                    first = seen_ids.setdefault(member.id_number, raw.number)
                    if first != raw.number:
                        row.problems.append(
                            _problem(
                                row,
                                header,
                                "id_number",
                                member.id_number,
                                msg("与第{first}行的身份证号相同", first=first),
                            )
                        )
                else:
                    key = (member.name, member.birth_date)
                    first = seen_names.setdefault(key, raw.number)
                    if first != raw.number:
                        row.problems.append(
                            _problem(
                                row,
                                header,
                                "name",
                                member.name,
                                msg("与第{first}行姓名、出生日期相同且都没有身份证号，无法区分", first=first),
                            )
                        )
            if self.stored is not None:
                problem = self.stored.name_problem(row, header)
                if problem is not None:
                    row.problems.append(problem)
                warning = self.stored.namesake_warning(row, header) if row.ok else None
                if warning is not None:
                    row.problems.append(warning)
            yield row


def _problem(
    row: MemberRow, header: HeaderMap, name: str, value: object, message: str, severity: str = ERROR
) -> Problem:
    return Problem(
        row.number, header.label_of(name, MEMBER_SPEC), cleaning.clean_text(value), message, severity
    )


def _vague_date_message(date: cleaning.CleanDate) -> str:
    """'只有年月，按当月1日（1990-03-01）记录' / '只有年份（2019年），按当年1月1日（2019-01-01）记录'."""
    hint = date.reinterpreted or date.vague()
    if date.year_only:
        return msg("{hint}，按当年1月1日（{date}）记录", hint=hint, date=date.iso)
    return msg("{hint}，按当月1日（{date}）记录", hint=hint, date=date.iso)


def _parse_row(
    raw: RawRow, header: HeaderMap, keep_unmapped: bool, limits: Limits, today: dt.date
) -> MemberRow:
    cells, notes_extra, problems = row_cells(
        raw, header, keep_unmapped=keep_unmapped, max_chars=limits.max_cell_chars
    )
    row = MemberRow(raw.number, raw.values, problems=problems)

    form: dict[str, str] = {}
    dates: dict[str, cleaning.CleanDate | None] = {}

    def clean(name: str, cleaner: Callable[[object], object]) -> object:
        value = cells.get(name)
        if value is None:  # no such column, or an empty cell: every cleaner gives nothing for it
            return None
        try:
            return cleaner(value)
        except CellError as exc:
            row.problems.append(_problem(row, header, name, value, reason_of(exc)))
            return None

    form["name"] = cleaning.clean_name(cells.get("name"))
    row.former_name = cleaning.clean_name(cells.get("former_name"))
    for name in _TEXT_FIELDS:
        value = cells.get(name)
        form[name] = "" if value is None else cleaning.clean_text(value)
    if notes_extra:
        form["notes"] = join_notes(form["notes"], notes_extra)
    form["sex"] = str(clean("sex", cleaning.clean_sex) or "")
    id_card = clean("id_number", cleaning.clean_id_card)
    form["id_number"] = id_card.number if isinstance(id_card, IdNumber) else ""
    form["phone"] = str(clean("phone", cleaning.clean_phone) or "")
    fen = clean("wage_base", cleaning.clean_money_fen)
    form["wage_base"] = format_yuan(fen).replace(",", "") if isinstance(fen, int) else ""
    hardship = clean("hardship", cleaning.clean_flag)
    form["hardship"] = "1" if hardship else ""
    for name in ("birth_date", "join_date", "status_date", "retire_date", "transfer_date"):
        cleaned = clean(name, cleaning.clean_date)
        dates[name] = cleaned if isinstance(cleaned, cleaning.CleanDate) else None
        if dates[name] and dates[name].month_only and name != "birth_date":
            row.problems.append(
                _problem(row, header, name, cells.get(name), _vague_date_message(dates[name]), WARNING)
            )

    # A month-only (or year-only) birth date is checked against the ID number to the month (or year); the
    # ID then gives the day.
    birth = dates["birth_date"]
    if birth and birth.month_only and form["id_number"]:
        id_birth = f"{form['id_number'][6:10]}-{form['id_number'][10:12]}"
        if birth.iso[: 4 if birth.year_only else 7] == id_birth[: 4 if birth.year_only else 7]:
            birth = None
    if birth and birth.month_only:
        row.problems.append(
            _problem(row, header, "birth_date", cells.get("birth_date"), _vague_date_message(birth), WARNING)
        )
    form["birth_date"] = birth.iso if birth else ""
    form["join_date"] = dates["join_date"].iso if dates["join_date"] else ""

    status_text = cleaning.clean_text(cells.get("status")).replace(" ", "")
    status, reason = "", ""
    if status_text:
        status = _STATUS_ALIASES.get(status_text, status_text)
        reason = "退休" if status_text == "退休" else ""
        if status not in STATUSES:
            row.problems.append(
                _problem(
                    row,
                    header,
                    "status",
                    status_text,
                    msg("会籍状态应为 {choices} 之一", choices=joined(STATUSES, "/")),
                )
            )
            status = ""
    status_date = dates["status_date"]
    if not status and dates["retire_date"]:
        status, reason, status_date = RETAINED, "退休", status_date or dates["retire_date"]
    elif not status and dates["transfer_date"]:
        status, status_date = "转出", status_date or dates["transfer_date"]
    elif status == RETAINED and not status_date and dates["retire_date"]:
        status_date, reason = dates["retire_date"], "退休"
    elif status == "转出" and not status_date and dates["transfer_date"]:
        status_date = dates["transfer_date"]
    row.status_given = bool(status)
    form["status"] = status or ACTIVE

    if not form["name"]:
        if not any(p.is_error for p in row.problems):
            row.problems.append(_problem(row, header, "name", "", msg("姓名为空")))
        return row
    try:
        cleaning.check_name(form["name"])
    except CellError as exc:
        row.problems.append(_problem(row, header, "name", form["name"], reason_of(exc)))
        return row
    try:
        member = validate_member(
            form, today=today, id_card=id_card if isinstance(id_card, IdNumber) else None
        )
    except FieldErrors as exc:
        for name, message in exc.errors.items():
            source = {"wage_base": "wage_base"}.get(name, name)
            row.problems.append(
                _problem(row, header, source, cells.get(source, form.get(source, "")), message)
            )
        return row
    if "ethnicity" in header.fields:
        member.ethnicity = form[
            "ethnicity"
        ]  # a blank cell stays blank: the form's 汉族 default is for typing
    if status_date:
        iso = status_date.iso
        if iso > today.isoformat():
            row.problems.append(_problem(row, header, "status_date", iso, msg("状态变更日期不能晚于今天")))
        elif member.join_date and iso < member.join_date:
            row.problems.append(
                _problem(
                    row,
                    header,
                    "status_date",
                    iso,
                    msg("状态变更日期早于入会日期 {joined}", joined=member.join_date),
                )
            )
        member.status_date = iso
    elif member.status != ACTIVE:
        row.problems.append(
            _problem(
                row,
                header,
                "status",
                status_text or member.status,
                msg(
                    "“{status}”没有填写日期：按日期不详记录，需要该日期的期间人数不计入此人，并注明人数",
                    status=member.status,
                ),
                WARNING,
            )
        )
    if not member.join_date and "join_date" in header.fields and is_blank(cells.get("join_date")):
        # The store records an unknown joining as before the records began (JOIN_DATE_UNKNOWN).
        row.problems.append(_problem(row, header, "join_date", "", UNKNOWN_JOIN_WARNING, WARNING))
    row.record = member
    row.reason = reason
    return row


# -- writing ----------------------------------------------------------------------


_COMPARED = [n for n in Member.field_names() if n not in ("id", "status", "status_date")]


def provided_attributes(header: HeaderMap, keep_unmapped: bool) -> set[str]:
    """The Member attributes this file gives values for; an update leaves the others alone."""
    return header.provided(keep_unmapped, {"name"}, _PROVIDES)


def import_members(
    store: Store,
    parsed: ParsedMembers,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Write the valid rows in one transaction and report what happened.

    With errors and without skip_invalid nothing is written. A dry run does the same work and rolls back,
    so its counts are exactly what an import would do.
    """
    parsed = checked_against_stored(store, parsed)
    matcher = _Matcher(MemberStore(store), parsed.repeated_names)
    provided = provided_attributes(parsed.header, parsed.keep_unmapped)
    notes_from_file = "notes" in parsed.header.fields

    def write(row: MemberRow) -> str:
        try:
            return _write_one(matcher, row, provided, notes_from_file)
        except FieldErrors as exc:  # a conflict with what is already stored, e.g. an earlier join date
            raise _conflict(row, exc) from exc

    return import_rows(
        store,
        parsed,
        write,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        progress=progress,
        finish=matcher.flush,
    )


def checked_against_stored(store: Store, parsed: ParsedMembers) -> ParsedMembers:
    """The file checked against the roster as stored now: each row whose ID number is registered under another
    name is an error (or a rename, a 提示, when its 原姓名 says so), and each new member with a stored member's
    name and birth date but another ID number gets a 提示 showing both.

    `parsed` itself when it was checked against this very roster (checking twice adds nothing); else the file
    is checked again.
    """
    stored = StoredMembers.read(store)
    check = parsed.check
    assert isinstance(check, RosterCheck)
    if check.stored == stored:
        return parsed
    return ParsedMembers(
        parsed.table,
        parsed.header,
        replace(check, stored=stored),
        parsed.data_rows(),
        keep_unmapped=parsed.keep_unmapped,
        file_problems=parsed.file_problems,
    )


def _conflict(row: MemberRow, exc: FieldErrors) -> TransferError:
    name = row.record.name if row.record else ""
    return TransferError(
        msg(
            "第{row}行（{name}）：{reason}。导入中止，未写入任何数据。",
            row=row.number,
            name=name,
            reason=reason_of(exc),
        )
    )


class _Matcher:
    """Finds the stored member a row stands for, from one read of the keys (not a query per row).

    New members wait in `pending` (known by a negative placeholder id) and are written in batches with
    MemberStore.add_many; a later row that matches a waiting member writes the batch first.

    A new member is remembered only when a later row of the file could stand for it: when its name and birth
    date hash into `repeated` (the keys the check saw on more than one row). By ID number it never could: a
    repeated ID number is refused by the check. So the keys kept grow with the stored roster, not the file.
    """

    BATCH = 500  # rows per add_many: few statements, and the progress bar still moves

    def __init__(self, members: MemberStore, repeated: set[int]) -> None:
        self.members = members
        self.repeated = repeated
        self.by_id: dict[str, int] = {}
        self.by_name: dict[tuple[str, str | None], list[tuple[int, bool]]] = {}
        self.pending: list[tuple[MemberRow, Member]] = []
        for member_id, id_number, name, birth in members.conn.execute(
            "SELECT id, id_number, name, birth_date FROM members"
        ):
            self.remember(member_id, id_number, name, birth)

    def remember(self, member_id: int, id_number: str | None, name: str, birth: str | None) -> None:
        if id_number:
            self.by_id[id_number] = member_id
        self.by_name.setdefault((name, birth), []).append((member_id, bool(id_number)))

    def add(self, row: MemberRow, member: Member) -> None:
        self.pending.append((row, member))
        if hash((member.name, member.birth_date)) in self.repeated:
            self.remember(-len(self.pending), member.id_number, member.name, member.birth_date)
        if len(self.pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the waiting members and put their real ids in place of the placeholders."""
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        try:
            ids = self.members.add_many([(member, row.reason) for row, member in pending])
        except FieldErrors:
            # Which row? Add them one by one (the import's transaction rolls all of it back anyway).
            for row, member in pending:
                try:
                    self.members.add(member, reason=row.reason)
                except FieldErrors as exc:
                    raise _conflict(row, exc) from exc
            raise
        real = {-number: member_id for number, member_id in enumerate(ids, start=1)}
        for id_number in {m.id_number for _, m in pending if m.id_number and m.id_number in self.by_id}:
            self.by_id[id_number] = real.get(self.by_id[id_number], self.by_id[id_number])
        for key in {(m.name, m.birth_date) for _, m in pending if (m.name, m.birth_date) in self.by_name}:
            self.by_name[key] = [(real.get(i, i), has_id) for i, has_id in self.by_name[key]]

    def find(self, member: Member) -> Member | None:
        if member.id_number and member.id_number in self.by_id:
            return self._get(self.by_id[member.id_number], member)
        candidates = self.by_name.get((member.name, member.birth_date), [])
        if member.id_number:
            candidates = [
                c for c in candidates if not c[1]
            ]  # a stored namesake with another ID is someone else
        return self._get(candidates[0][0], member) if len(candidates) == 1 else None

    def _get(self, member_id: int, member: Member) -> Member | None:
        if member_id < 0:  # a member of this file still waiting to be written
            self.flush()
            return self.find(member)
        return self.members.get(member_id)


def _write_one(matcher: _Matcher, row: MemberRow, provided: set[str], notes_from_file: bool) -> str:
    new = row.record
    assert new is not None
    members = matcher.members
    existing = matcher.find(new)
    if existing is None:
        matcher.add(row, replace(new))
        return "added"
    merged = replace(existing)
    # The status is never set here (update() keeps it): only a row that states one changes it, below, with
    # its history; a roster without a status says nothing about it and a retired member stays retired.
    for name in provided:
        if name == "notes" and not notes_from_file:
            merged.notes = added_notes(existing.notes, new.notes)
            continue
        setattr(merged, name, getattr(new, name))
    changed = any(getattr(merged, n) != getattr(existing, n) for n in _COMPARED)
    status_changed = row.status_given and new.status != existing.status and existing.id is not None
    if changed:
        members.update(merged)
    if status_changed:
        assert existing.id is not None
        # A status without a date is recorded with an unknown date; an earlier date is a correction of the
        # history the clerk asked for by giving it, recorded in its place.
        members.change_status(existing.id, new.status, new.status_date, row.reason, back_dated=True)
    return "updated" if changed or status_changed else "unchanged"


def write_member_errors(path: str | Path, parsed: ParsedMembers) -> int:
    """The refused rows as a workbook with the file's own headers plus why, to fix and import again."""
    return write_refused_rows(path, parsed, MEMBER_SPEC)


# -- export -----------------------------------------------------------------------

EXPORT_FIELDS = (
    "name",
    "sex",
    "birth_date",
    "ethnicity",
    "id_number",
    "political_status",
    "education",
    "department",
    "position",
    "staff_category",
    "join_date",
    "card_no",
    "phone",
    "wage_base",
    "hardship",
    "hardship_type",
    "status",
    "status_date",
    "notes",
)
_KINDS = {
    "id_number": "id",
    "wage_base": "money",
    "birth_date": "date",
    "join_date": "date",
    "status_date": "date",
}


# The 打印用 column set: what a printed roster shows, narrow enough for landscape A4 at 9 pt or more.
PRINT_FIELDS = (
    "name",
    "sex",
    "birth_date",
    "ethnicity",
    "id_number",
    "political_status",
    "education",
    "department",
    "position",
    "join_date",
    "status",
    "notes",
)
COLUMN_SETS = {"full": EXPORT_FIELDS, "print": PRINT_FIELDS}


def export_columns(fields: Sequence[str] = EXPORT_FIELDS) -> list[Column]:
    return [Column(MEMBER_SPEC.field(name).label, _KINDS.get(name, "text")) for name in fields]


def _export_row(member: Member, fields: Sequence[str] = EXPORT_FIELDS) -> list[object]:
    values: list[object] = []
    for name in fields:
        if name == "wage_base":
            values.append(None if member.wage_base_fen is None else member.wage_base_fen / 100)
        elif name == "hardship":
            values.append("是" if member.hardship else "否")
        elif name in ("birth_date", "join_date", "status_date"):
            value = getattr(member, name)
            values.append(dt.date.fromisoformat(value) if value else None)
        else:
            values.append(getattr(member, name))
    return values


def export_members(
    store: Store,
    path: str | Path,
    *,
    query: MemberQuery | None = None,
    full_ids: bool = False,
    today: dt.date | None = None,
    column_set: str = "full",
) -> int:
    """Write the roster (the query's members in its order, or everyone) as a printable workbook.

    column_set "full" writes every field (the file imports again); "print" the 打印用 columns (PRINT_FIELDS).
    """
    fields = COLUMN_SETS[column_set]
    unit, subtitle = export_heading(store, today)
    counts = {"women": 0}

    def rows() -> Iterator[list[object]]:
        for member in MemberStore(store).iter_members(query):
            counts["women"] += member.sex == "女"
            yield _export_row(member, fields)

    return write_table(
        path,
        title=f"{unit}会员花名册",
        subtitle=subtitle,
        columns=export_columns(fields),
        rows=rows(),
        total_line=lambda count: f"合计：{count} 人，其中女 {counts['women']} 人",
        sheet_name=MEMBER_SPEC.title,
        full_ids=full_ids,
    )


def write_members_template(path: str | Path) -> None:
    write_template(
        path,
        MEMBER_SPEC,
        text_fields=TEXT_FIELDS,
        note="表头可以在第一行，也可以在标题行下面；列的顺序不限，不认识的列导入时可指定对应字段或记入备注。",
    )
