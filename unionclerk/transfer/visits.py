"""Visits (慰问) to and from Excel: import (members by ID number, else name; never created), the printable
visits book, the 签收表 of a festival distribution, and the import template.

One row per visit. A festival is recognised in the kind or the goods ("春节慰问品", "中秋月饼" → 节日慰问,
春节/中秋); the rows of one festival and one day become one batch. Re-importing a row identical to a stored
visit leaves it unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from unionclerk.core.benefit_rules import check_visit
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import joined, msg, reason_of
from unionclerk.core.money import format_yuan
from unionclerk.core.visits import (
    FESTIVAL_KIND,
    HOSPITAL_KIND,
    SOURCES,
    SURGERY_KIND,
    Visit,
    date_question,
    festival_in_text,
    festival_near,
    validate_visit,
)
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import Batch, VisitQuery, VisitRow, VisitStore
from unionclerk.transfer import cleaning
from unionclerk.transfer.cleaning import CellError
from unionclerk.transfer.headers import (
    BookSpec,
    FieldSpec,
    HeaderMap,
    book_header,
    book_rows,
    join_notes,
    row_cells,
)
from unionclerk.transfer.printing import SAMPLE_ROWS, Column, PrintTable, Row, Signature, write_table
from unionclerk.transfer.problems import (
    ERROR,
    ImportReport,
    ParsedRows,
    Problem,
    RowIn,
    TransferError,
    import_rows,
)
from unionclerk.transfer.reading import DEFAULT_LIMITS, Limits, RawRow, Table, read_table
from unionclerk.transfer.workbook import check_destination, export_heading, save_book, write_refused_rows

F = FieldSpec
VISIT_SPEC = BookSpec(
    title="慰问台账",
    fields=(
        F("date", "日期", ("慰问日期", "发放日期", "时间", "慰问时间"), True, "如 2026-03-02", "2026-03-02"),
        F(
            "name",
            "姓名",
            ("会员姓名", "慰问对象", "受慰问人", "对象", "职工姓名"),
            True,
            "花名册上的会员",
            "张三",
        ),
        F(
            "id_number",
            "身份证号",
            ("身份证号码", "证件号码", "身份证"),
            help="可选：同名会员时必填",
            example="",
        ),
        F(
            "person_name",
            "非会员对象",
            ("家属姓名", "亲属姓名", "实际受慰问人"),
            help="慰问的是会员的家属等非会员时填写；“姓名”列填其相关的会员",
            example="",
        ),
        F("relation", "关系", ("与会员关系", "与会员的关系"), help="配偶/父母/子女/其他亲属", example=""),
        F(
            "kind",
            "慰问类别",
            ("类别", "类型", "事由", "慰问事由", "慰问类型", "慰问项目"),
            True,
            "慰问类别列表中的一项；写“春节慰问品”“中秋月饼”等会认作节日慰问",
            "生病住院",
        ),
        F(
            "festival",
            "节日",
            ("节日名称",),
            help="节日慰问时填：元旦/春节/清明/劳动节/端午/中秋/国庆",
            example="",
        ),
        F(
            "cash",
            "慰问金",
            ("现金", "金额", "慰问金额", "慰问金(元)"),
            help="元；节日慰问不得发现金",
            example="500",
        ),
        F("goods", "慰问品", ("物品", "慰问物品", "实物", "慰问品名称"), example="水果"),
        F(
            "goods_value",
            "物品价值",
            ("价值", "慰问品价值", "物品金额", "物品价值(元)"),
            help="元",
            example="100",
        ),
        F(
            "source",
            "经费来源",
            ("资金来源", "列支渠道", "来源", "开支渠道"),
            help="工会经费/行政经费/上级帮扶资金（空白为工会经费）",
            example="工会经费",
        ),
        F("visitors", "慰问人", ("经办人", "慰问人员", "走访人", "经手人"), example="李建华"),
        F("breach_reason", "超标理由", ("理由",), help="超出慰问标准时说明", example=""),
        F("notes", "备注", ("说明",), example=""),
    ),
    ignored=("序号", "编号", "No", "NO.", "No.", "导入问题", "部门", "科室", "合计金额"),
)

_SOURCE_ALIASES = {"工会": "工会经费", "行政": "行政经费", "上级": "上级帮扶资金", "帮扶资金": "上级帮扶资金"}
# Words a clerk writes for a kind, checked after the kind names themselves.
_KIND_WORDS = (
    ("手术", SURGERY_KIND),
    ("住院", HOSPITAL_KIND),
    ("生病", HOSPITAL_KIND),
    ("探病", HOSPITAL_KIND),
    ("生小孩", "生育"),
    ("分娩", "生育"),
    ("婚", "结婚"),
    ("亲属", "直系亲属去世"),
    ("父亲", "直系亲属去世"),
    ("母亲", "直系亲属去世"),
    ("配偶", "直系亲属去世"),
    ("去世", "会员去世"),
    ("病故", "会员去世"),
    ("困难", "困难帮扶"),
    ("帮扶", "困难帮扶"),
    ("清凉", "夏送清凉"),
    ("防暑", "夏送清凉"),
    ("送温暖", "冬送温暖"),
    ("助学", "金秋助学"),
    ("退休", "退休"),
    ("生日", "生日"),
)


def recognise_kind(kind_text: str, goods_text: str, kinds: list[str]) -> tuple[str, str]:
    """(kind, festival) for the cells as typed; kind '' when nothing fits."""
    text = kind_text.replace(" ", "")
    if text in kinds:
        return text, festival_in_text(goods_text) if text == FESTIVAL_KIND else ""
    festival = festival_in_text(text)
    if festival or (text in ("", "节日", "节日慰问品") and festival_in_text(goods_text)):
        return FESTIVAL_KIND, festival or festival_in_text(goods_text)
    if text:
        for kind in sorted(kinds, key=len, reverse=True):
            if kind in text:
                return kind, ""
        for word, kind in _KIND_WORDS:
            if word in text and kind in kinds:
                return kind, ""
    return "", ""


VisitRowIn = RowIn[Visit]
ParsedVisits = ParsedRows[VisitRowIn]


def read_visits(
    path: str | Path,
    store: Store,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedVisits:
    """Read and check a visits file against the roster and the kinds (nothing is written)."""
    return parse_visits(
        read_table(path, limits=limits),
        store,
        overrides=overrides,
        keep_unmapped=keep_unmapped,
        limits=limits,
    )


class _Context:
    def __init__(self, store: Store) -> None:
        self.members = MemberStore(store)
        self.kinds = VisitStore(store).kinds()

    def member_for(self, name: str, id_number: str) -> tuple[int | None, str, str]:
        """(member id, error, warning): by ID number when given, else by name (namesakes need the ID)."""
        if id_number:
            member = self.members.find_by_id_number(id_number)
            if member is None:
                return None, msg("花名册中没有身份证号为 {id_number} 的会员（导入不会新建会员）", id_number=id_number), ""
            warning = (
                msg("身份证号对应的会员是“{member}”，与姓名“{name}”不一致", member=member.name, name=name)
                if name and member.name != name
                else ""
            )
            return member.id, "", warning
        found = self.members.find_by_name(name)
        if not found:
            return None, msg("花名册中没有会员“{name}”（导入不会新建会员，请先在会员台账中登记）", name=name), ""
        if len(found) > 1:
            return None, msg("花名册中有 {count} 位会员叫“{name}”，请在“身份证号”列写明是哪一位", count=len(found), name=name), ""
        return found[0].id, "", ""


def parse_visits(
    table: Table,
    store: Store,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedVisits:
    header = book_header(table, VISIT_SPEC, overrides, required=("date", "name"))
    rows = book_rows(table, header, msg("没有慰问数据"))
    context = _Context(store)
    parsed = ParsedVisits(table, header, [], keep_unmapped)
    name_column = header.column_of("name")
    for raw in rows:
        if _is_total(raw, name_column):
            continue
        parsed.rows.append(_parse_row(raw, header, context, keep_unmapped, limits))
    _question_rows(parsed, store)
    return parsed


def _question_rows(parsed: ParsedVisits, store: Store) -> None:
    """Warnings (never errors) the form would give: a date more than a month ahead, and the benefit rules a
    row breaks given the stored visits and the file's earlier rows (the 超标理由 column answers them)."""
    visits = VisitStore(store)
    rule_set = visits.rule_set()
    stored: dict[tuple[int, int], list[Visit]] = {}
    # The dues of a year are read once for every member of the file (a grid reads all the status histories).
    dues = visits.collective_dues(
        rule_set, {row.record.member_id for row in parsed.rows if row.record is not None and row.ok}
    )
    for row in parsed.rows:
        visit = row.record
        if visit is None or not row.ok:
            continue
        question = date_question(visit.date)
        if question:
            row.problems.append(
                Problem(row.number, parsed.header.label_of("date", VISIT_SPEC), visit.date, question, "提示")
            )
        key = (visit.member_id, visit.year)
        if key not in stored:
            stored[key] = visits.member_visits_in_year(*key)
        same_year = stored[key]
        if any(_same_visit(visit, v) for v in same_year):
            continue  # already stored: a re-import leaves it unchanged
        status = visits.member_status(visit.member_id, visit.date)
        for breach in check_visit(
            visit, rule_set, member_status=status, same_year=same_year, dues_owing=dues.of(visit)
        ):
            label = parsed.header.label_of("kind", VISIT_SPEC)
            why = (
                msg("超出慰问标准：{breach}", breach=breach.described())
                if visit.breach_reason
                else msg("超出慰问标准：{breach}；可在“超标理由”列说明", breach=breach.described())
            )
            row.problems.append(Problem(row.number, label, visit.kind, why, "提示"))
        same_year.append(visit)


def _same_visit(a: Visit, b: Visit | VisitRow) -> bool:
    """The same gift on the same day (to the member both belong to): a re-imported row."""
    return (a.date, a.kind, a.festival, a.person_name, a.cash_fen, a.goods, a.goods_fen) == (
        b.date,
        b.kind,
        b.festival,
        b.person_name,
        b.cash_fen,
        b.goods,
        b.goods_fen,
    )


def _is_total(raw: RawRow, name_column: int | None) -> bool:
    """A total line with figures ('合计', '', 500, …): a total word in a cell and no name."""
    if name_column is not None and cleaning.clean_text(raw.value(name_column)):
        return False
    return any(
        isinstance(v, str) and v.strip().startswith(("合计", "总计", "小计", "共计")) for v in raw.values
    )


def _parse_row(
    raw: RawRow, header: HeaderMap, context: _Context, keep_unmapped: bool, limits: Limits
) -> VisitRowIn:
    cells, extra, problems = row_cells(
        raw, header, keep_unmapped=keep_unmapped, max_chars=limits.max_cell_chars
    )
    row = VisitRowIn(raw.number, raw.values, problems=problems)

    def problem(name: str, value: object, message: str, severity: str = ERROR) -> None:
        label = header.label_of(name, VISIT_SPEC)
        row.problems.append(Problem(raw.number, label, cleaning.clean_text(value)[:60], message, severity))

    text = {
        name: cleaning.clean_text(cells.get(name))
        for name in ("person_name", "relation", "goods", "visitors", "notes", "breach_reason")
    }
    if extra:
        text["notes"] = join_notes(text["notes"], extra)
    name = cleaning.clean_name(cells.get("name"))
    form: dict[str, str] = dict(text)

    try:
        cleaned = cleaning.clean_date(cells.get("date"))
    except CellError as exc:
        problem("date", cells.get("date"), reason_of(exc))
        cleaned = None
    if cleaned is not None and cleaned.month_only:
        problem("date", cells.get("date"), msg("只有年月，请写明哪一天"))
    form["date"] = cleaned.iso if cleaned else ""

    for field_name, key in (("cash", "cash"), ("goods_value", "goods_value")):
        try:
            fen = cleaning.clean_money_fen(cells.get(field_name))
        except CellError as exc:
            problem(field_name, cells.get(field_name), reason_of(exc))
            fen = None
        form[key] = "" if fen is None else format_yuan(fen).replace(",", "")

    try:
        form["source"] = cleaning.clean_choice(cells.get("source"), SOURCES, _SOURCE_ALIASES)
    except CellError as exc:
        problem("source", cells.get("source"), reason_of(exc))

    kind_text = cleaning.clean_text(cells.get("kind"))
    kind, festival = recognise_kind(kind_text, text["goods"], context.kinds)
    festival_cell = cleaning.clean_text(cells.get("festival"))
    if festival_cell:
        festival = festival_in_text(festival_cell) or festival_cell
        if not kind:
            kind = FESTIVAL_KIND
    if not kind:
        if kind_text:
            problem("kind", kind_text, msg("慰问类别“{kind}”不在类别列表中（{kinds}）", kind=kind_text, kinds=joined(context.kinds, "、")))
        else:
            problem("kind", "", msg("慰问类别不能为空"))
    if kind == FESTIVAL_KIND and not festival and form["date"]:
        festival = festival_near(form["date"])
        if festival:
            problem("kind", kind_text, msg("没有写明节日，按日期认作{festival}", festival=festival), "提示")
    form["kind"] = kind
    form["festival"] = festival

    member_id = None
    if not name:
        problem("name", "", msg("姓名不能为空"))
    else:
        try:
            id_card = cleaning.clean_id_card(cells.get("id_number"))
        except CellError as exc:
            problem("id_number", cells.get("id_number"), reason_of(exc))
            id_card = None
        member_id, error, warning = context.member_for(name, id_card.number if id_card else "")
        if error:
            problem("name", name, error)
        if warning:
            problem("id_number", cells.get("id_number"), warning, "提示")

    if any(p.is_error for p in row.problems):
        return row
    try:
        visit = validate_visit(form, member_id=member_id, kinds=context.kinds)
    except FieldErrors as errors:
        for key, message in errors.errors.items():
            target = {"member": "name"}.get(key, key)
            field = target if target in {f.name for f in VISIT_SPEC.fields} else "kind"
            problem(field, cells.get(field), message)
        return row
    row.record = visit
    return row


def import_visits(
    store: Store, parsed: ParsedVisits, *, skip_invalid: bool = False, dry_run: bool = False
) -> ImportReport:
    """All or nothing: with errors and without skip_invalid nothing is written; a dry run rolls back.

    Festival rows are gathered by (festival, day) and written as batches at the end, in the same transaction.
    """
    visits = VisitStore(store)
    festival_groups: dict[tuple[str, str], list[Visit]] = {}

    def write(row: VisitRowIn) -> str:
        visit = row.record
        assert visit is not None
        stored = visits.list(VisitQuery(member_id=visit.member_id, start=visit.date, end=visit.date))
        if any(_same_visit(visit, s) for s in stored):
            return "unchanged"
        if visit.kind == FESTIVAL_KIND:
            group = festival_groups.setdefault((visit.festival, visit.date), [])
            if any(v.member_id == visit.member_id and _key(v) == _key(visit) for v in group):
                return "unchanged"  # the same gift twice in one file
            group.append(visit)
            return "added"
        try:
            visits.add(visit)
        except FieldErrors as exc:
            raise TransferError(msg("第{row}行：{reason}。导入中止，未写入任何数据。", row=row.number, reason=reason_of(exc))) from exc
        return "added"

    def finish() -> None:
        for (festival, date), group in festival_groups.items():
            visits.add_imported_batch(date=date, festival=festival, visits=group)

    return import_rows(store, parsed, write, skip_invalid=skip_invalid, dry_run=dry_run, finish=finish)


def _key(visit: Visit) -> tuple[object, ...]:
    return (visit.goods, visit.goods_fen, visit.person_name)


def write_visit_errors(path: str | Path, parsed: ParsedVisits) -> int:
    return write_refused_rows(path, parsed, VISIT_SPEC)


# -- printing (the shared layout of transfer/printing.py) ------------------------------------------

BOOK_COLUMNS = [
    Column("序号", "int"),
    Column("日期", "date"),
    Column("姓名"),
    Column("部门"),
    Column("非会员对象"),
    Column("慰问类别"),
    Column("节日"),
    Column("慰问金", "money"),
    Column("慰问品"),
    Column("物品价值", "money"),
    Column("经费来源"),
    Column("慰问人"),
    Column("超标理由"),
    Column("备注"),
]
BOOK_SIGNATURES = ("工会主席", "经审", "制表")


def export_visits(store: Store, path: str | Path, *, year: int, today: dt.date | None = None) -> int:
    """A year's visits (oldest first) as a printable A4 book (landscape when its columns need it) with totals
    and signature lines."""
    unit, subtitle = export_heading(store, today)
    visits = VisitStore(store)
    query = VisitQuery(year=year)
    rows = list(reversed(visits.list(query)))
    totals = visits.totals(query)
    data = [
        [
            number,
            dt.date.fromisoformat(r.date),
            r.member_name,
            r.department,
            f"{r.person_name}（{r.relation}）" if r.person_name else None,
            r.kind,
            r.festival,
            r.cash_fen / 100 if r.cash_fen else None,
            r.goods,
            r.goods_fen / 100 if r.goods_fen else None,
            r.source,
            r.visitors,
            r.breach_reason,
            r.notes,
        ]
        for number, r in enumerate(rows, start=1)
    ]
    return write_table(
        path,
        title=f"{unit}{year}年慰问台账",
        subtitle=subtitle,
        columns=BOOK_COLUMNS,
        rows=data,
        total_line=(
            f"合计：{totals.person_times} 人次（{totals.people} 人），慰问金 {format_yuan(totals.cash_fen)} 元，"
            f"慰问品价值 {format_yuan(totals.goods_fen)} 元，共 {format_yuan(totals.total_fen)} 元"
        ),
        signatures=BOOK_SIGNATURES,
        sheet_name=VISIT_SPEC.title,
    )


SIGNOFF_COLUMNS = [
    Column("序号", "int"),
    Column("部门"),
    Column("姓名"),
    Column("物品/金额"),
    Column("签名", width=9),  # left blank: room for a signature
    Column("日期", width=6),
]
SIGNOFF_ROW_PT = 26.0  # a row tall enough to sign in by hand


def signoff_batches(
    store: Store, *, batch_id: int | None = None, festival: str = "", year: int | None = None
) -> list[Batch]:
    """The batches a 签收表 covers: one by id, or every batch of a festival in a year."""
    visits = VisitStore(store)
    if batch_id is not None:
        return [visits.batch(batch_id)]
    if not festival or year is None:
        raise TransferError("请用 --batch 指定批次，或用 --festival 和 --year 指定节日和年份")
    found = visits.batches(year, festival)
    if not found:
        raise TransferError(f"{year}年没有{festival}的节日发放批次")
    return found


@dataclass
class SignoffGroup:
    """One department's people (or everyone, department ''): rows of 序号, 部门, 姓名, 物品/金额, 签名, 日期."""

    department: str
    rows: list[list[object]]
    subtotal: list[object] | None  # the 小计 row when grouped by department


@dataclass
class SignoffSheet:
    """What a 签收表 says, whatever it is written on (the .xlsx, or a printer through the window)."""

    title: str
    subtitle: str
    groups: list[SignoffGroup]
    count: int
    total: list[object]
    signatures: tuple[Signature, ...]
    festival: str


def signoff_sheet(
    store: Store, batches: list[Batch], *, by_department: bool = False, today: dt.date | None = None
) -> SignoffSheet:
    """The content of the 签收表 of festival batches: title, unit, festival, item and value; 序号, 部门, 姓名,
    物品/金额, 签名 (blank), 日期; totals; 经办人 and 工会主席. With by_department each department has its own
    numbering and subtotal."""
    from unionclerk.store.settings import load_settings

    settings = load_settings(store)
    unit, _subtitle = export_heading(store, today)
    visits = VisitStore(store)
    first = batches[0]
    people: list[VisitRow] = []
    for batch in batches:
        people.extend(visits.list(VisitQuery(batch_id=batch.id)))
    people.sort(
        key=lambda r: (
            (r.department, _pinyin(r.member_name), r.id) if by_department else (_pinyin(r.member_name), r.id)
        )
    )
    goods = "、".join(dict.fromkeys(b.goods for b in batches))
    values = Counter(r.goods_fen for r in people)
    value_text = "、".join(f"{format_yuan(v)} 元" for v in values) if values else ""
    title = f"{unit}{first.date[:4]}年{first.festival}慰问品签收表"
    subtitle = (
        f"单位：{settings.unit_name or '（未设置单位名称）'}　　节日：{first.festival}\n物品：{goods}　　"
        f"每人价值：{value_text}　　发放日期：{'、'.join(dict.fromkeys(b.date for b in batches))}"
    )

    def line(number: int, r: VisitRow) -> list[object]:
        return [
            number,
            r.department,
            r.member_name,
            f"{r.goods}（{format_yuan(r.goods_fen)} 元）",
            None,
            None,
        ]

    grouped: dict[str, list[VisitRow]] = {}
    if by_department:
        for r in people:
            grouped.setdefault(r.department or "未填部门", []).append(r)
    else:
        grouped[""] = people
    groups: list[SignoffGroup] = []
    for department, members in grouped.items():
        subtotal: list[object] | None = None
        if by_department:
            fen = sum(r.goods_fen for r in members)
            subtotal = [None, department, "小计", f"{len(members)} 人，{format_yuan(fen)} 元", None, None]
        groups.append(
            SignoffGroup(department, [line(n, r) for n, r in enumerate(members, start=1)], subtotal)
        )
    total = sum(r.goods_fen for r in people)
    return SignoffSheet(
        title=title,
        subtitle=subtitle,
        groups=groups,
        count=len(people),
        total=[None, None, "合计", f"{len(people)} 人，共 {format_yuan(total)} 元", None, None],
        signatures=(Signature("经办人", settings.clerk), Signature("工会主席", settings.chair)),
        festival=first.festival,
    )


def export_signoff(
    store: Store,
    path: str | Path,
    batches: list[Batch],
    *,
    by_department: bool = False,
    today: dt.date | None = None,
) -> int:
    """The 签收表 of festival batches (signoff_sheet) as an A4 .xlsx. With by_department each department starts
    a new page with its own numbering and subtotal. Each page repeats the title, to be signed on its own.
    Returns the number of people listed."""
    check_destination(Path(path))
    sheet = signoff_sheet(store, batches, by_department=by_department, today=today)
    book = Workbook(write_only=True)
    table = PrintTable(
        book,
        title=sheet.title,
        subtitle=sheet.subtitle,
        columns=SIGNOFF_COLUMNS,
        sheet_name=f"{sheet.festival}签收表",
        # The total line is sized for too: it is the widest text of its column.
        samples=[*[row for group in sheet.groups for row in group.rows][:SAMPLE_ROWS], sheet.total],
        repeat_title=True,
        min_row_pt=SIGNOFF_ROW_PT,
    )
    for number, group in enumerate(sheet.groups):
        for index, values_row in enumerate(group.rows):
            # Each department on its own page, under the repeated title and header row.
            table.append(Row(values_row, page_break_before=by_department and number > 0 and index == 0))
        if group.subtotal is not None:
            table.append(Row(group.subtotal, bold=True), counted=False)
    table.append(Row(sheet.total, bold=True), counted=False)
    table.finish(signatures=sheet.signatures)
    save_book(book, path)
    return sheet.count


def _pinyin(name: str) -> str:
    from unionclerk.core.pinyin import pinyin_sort_key  # surname first, then the given name by syllable

    return pinyin_sort_key(name)


def write_visits_template(path: str | Path) -> None:
    from unionclerk.transfer.workbook import write_template

    write_template(
        path,
        VISIT_SPEC,
        note="每行一次慰问。姓名须已在会员花名册中（同名会员请填身份证号）；慰问会员家属时，“姓名”填会员，"
        "“非会员对象”填家属姓名。节日慰问只能发实物；同一节日同一天的各行会合为一个发放批次。",
        text_fields=("id_number",),
    )
