"""Activities to and from Excel: import (participants by name, never created), printable export, template.

One row per activity. Participants are names separated by 、 , ; or spaces; an optional ID-number column
tells namesakes apart. Awards are written "奖项/名次/获奖者/级别", several separated by ；. A name not on the
roster is reported, never created. Re-importing a file updates the activity with the same date and title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from unionclerk.core.activities import (
    AWARD_LEVELS,
    LEVELS,
    ORGANISED_ABOVE,
    ORGANISED_HERE,
    WINNER_MEMBER,
    WINNER_TEAM,
    WINNER_UNIT,
    Activity,
    Award,
    format_hours,
    validate_activity,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import joined, msg, reason_of
from unionclerk.core.money import format_yuan
from unionclerk.store.activities import ActivityQuery, ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.plan import PlanStore
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
from unionclerk.transfer.reading import DEFAULT_LIMITS, Limits, RawRow, Table, read_table
from unionclerk.transfer.workbook import (
    export_heading,
    write_refused_rows,
    write_template,
)

F = FieldSpec
ACTIVITY_SPEC = BookSpec(
    title="活动台账",
    fields=(
        F(
            "date",
            "日期",
            ("活动日期", "开始日期", "时间", "活动时间"),
            True,
            "如 2026-05-12",
            "2026-05-12",
            kind="date",
        ),
        F("end_date", "结束日期", ("截止日期", "至"), help="多日活动才填", example=""),
        F("title", "活动名称", ("活动", "名称", "活动内容", "项目", "主题"), True, "", "护理知识竞赛"),
        F("category", "类别", ("活动类别", "类型", "活动类型"), True, "活动类别列表中的一项", "知识竞赛"),
        F(
            "level",
            "组织层级",
            ("层级", "组织形式"),
            help=f"{ORGANISED_HERE} 或 {ORGANISED_ABOVE}（可写 本单位/上级）",
            example=ORGANISED_ABOVE,
            choices=(*LEVELS, "单位组织", "上级组织"),  # "本单位" alone could be an organiser
        ),
        F("location", "地点", ("活动地点",), example="县人民医院"),
        F("organiser", "组织者", ("组织单位", "主办", "主办单位", "负责人"), example="县卫健局工会"),
        F(
            "headcount",
            "参与人次",
            ("人次", "参加人次", "参与人数", "人数"),
            help="名单不详时填写；不少于所列会员人数",
            example="3",
        ),
        F(
            "participants",
            "参与会员",
            ("参加人员", "参与人员", "参加会员", "名单"),
            help="姓名，用 、 或 , 分隔；须是花名册上的会员",
            example="张三、李四、王芳",
        ),
        F(
            "participant_ids",
            "参与会员身份证号",
            ("身份证号", "参与人身份证号"),
            help="可选：同名会员时填写其身份证号，用 、 分隔",
            example="",
            kind="id_number",
        ),
        F(
            "training_hours",
            "学时",
            ("培训学时", "小时", "培训时长"),
            help="培训学时，最多一位小数",
            example="",
        ),
        F("cost", "费用", ("费用(元)", "金额", "经费", "支出"), help="元", example="300"),
        F("results", "活动成效", ("成效", "效果", "成果"), example="团体第二名"),
        F(
            "awards",
            "获奖情况",
            ("获奖", "奖项"),
            help="奖项/名次/获奖者/级别，多项用 ；分隔；获奖者写会员姓名、团队名或“本单位”",
            example="团体赛/第二名/疾控中心代表队/县级",
        ),
        F("plan_item", "落实计划项", ("计划项", "关联计划"), help="同年计划的序号或项目名称", example=""),
        F("notes", "备注", ("说明",), example=""),
    ),
)

_LEVEL_ALIASES = {
    "本单位": ORGANISED_HERE,
    "单位组织": ORGANISED_HERE,
    "上级": ORGANISED_ABOVE,
    "上级组织": ORGANISED_ABOVE,
}
_SPLIT = re.compile(r"[、,，;；\s/]+")
_SPLIT_MARKS = re.compile(r"[、,，;；/]+")


def _resolve_participants(
    context: ActivityContext, text: str, ids: list[str]
) -> list[tuple[str, int | None, str]]:
    """(name, member id or None, why) for each participant named in a cell.

    Names are separated by 、 , ; / or spaces. A part with spaces inside is first read as one padded name
    ('王  芳' is 王芳, as clerks align two-character names); if no member has that name, its pieces are read as
    names of their own ('王芳 李四'), each reported alone when unknown.
    """
    resolved: list[tuple[str, int | None, str]] = []
    for part in (p.strip() for p in _SPLIT_MARKS.split(text)):
        if not part:
            continue
        joined = cleaning.clean_name(part)
        member_id, why = context.member_for(joined, ids)
        pieces = part.split()
        if member_id is None and len(pieces) > 1:
            attempts = [(piece, *context.member_for(piece, ids)) for piece in pieces]
            if any(found is not None for _, found, _ in attempts):
                resolved.extend(attempts)
                continue
        resolved.append((joined, member_id, why))
    return resolved


_AWARD_SPLIT = re.compile(r"[；;\n]+")
UNIT_WORDS = ("本单位", "单位", "我单位", "本中心")


ActivityRowIn = RowIn[Activity]
ParsedActivities = StreamedRows[ActivityRowIn]


def read_activities(
    path: str | Path,
    store: Store | ActivityContext,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedActivities:
    """Read and check an activities file against the roster, categories and plan (nothing is written).

    Given an ActivityContext (read from the database beforehand) instead of the store, it touches no database:
    the window reads and checks the file in a worker thread that way.
    """
    return parse_activities(
        read_table(path, limits=limits, stream=True),
        store,
        overrides=overrides,
        keep_unmapped=keep_unmapped,
        limits=limits,
    )


def parse_activities(
    table: Table,
    store: Store | ActivityContext,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedActivities:
    header = book_header(table, ACTIVITY_SPEC, overrides, required=("date", "title"))
    rows = book_rows(table, header, msg("没有活动数据"))
    context = store if isinstance(store, ActivityContext) else ActivityContext(store)
    check = ActivityCheck(header, context, keep_unmapped, limits)
    return ParsedActivities(table, header, check, rows, keep_unmapped=keep_unmapped)


@dataclass(frozen=True)
class ActivityCheck:
    """Turns an activities file's data rows into checked rows as they are read; across rows it keeps only the
    (date, title) of each row, to find repeats. The context it checks against is read before, once."""

    header: HeaderMap
    context: ActivityContext
    keep_unmapped: bool
    limits: Limits

    def __call__(self, rows: Iterable[RawRow]) -> Iterator[ActivityRowIn]:
        seen: dict[tuple[str, str], int] = {}
        for raw in rows:
            row = _parse_row(raw, self.header, self.context, self.keep_unmapped, self.limits)
            if row.record is not None and row.ok:
                key = (row.record.date, row.record.title)
                first = seen.setdefault(key, raw.number)
                if first != raw.number:
                    row.problems.append(
                        Problem(
                            raw.number,
                            "活动名称",
                            row.record.title,
                            msg("与第{first}行日期、活动名称相同", first=first),
                        )
                    )
            yield row


class ActivityContext:
    """What a row is checked against: the roster, the categories, the plan items — each read once, here.

    A file of 50,000 rows asks about names and plan items 100,000 times; one query each would make the
    import slow, and re-reading a year's plan for every row made it quadratic. Read before the check, it lets
    the check run where the database cannot be used (the window's reading thread).
    """

    def __init__(self, store: Store) -> None:
        self.categories = ActivityStore(store).categories()
        self._by_name: dict[str, list[tuple[int, str | None]]] = {}
        for member_id, name, id_number in store.conn.execute(
            "SELECT id, name, id_number FROM members ORDER BY id"
        ):
            self._by_name.setdefault(name, []).append((member_id, id_number))
        # year -> 序号 or title -> item id, each year's items in their order (the first of equal keys wins)
        self._plan_items: dict[int, dict[str, int]] = {}
        for item_id, year, position, title in store.conn.execute(
            "SELECT id, year, position, title FROM plan_items ORDER BY year, position, id"
        ):
            index = self._plan_items.setdefault(year, {})
            index.setdefault(str(position), item_id)
            index.setdefault(title, item_id)

    def has_member(self, name: str) -> bool:
        return name in self._by_name

    def member_for(self, name: str, ids: list[str]) -> tuple[int | None, str]:
        """(member id, '') or (None, why)."""
        found = self._by_name.get(name, [])
        if not found:
            return None, msg("花名册中没有会员“{name}”（导入不会新建会员，请先在会员台账中登记）", name=name)
        if len(found) == 1:
            return found[0][0], ""
        chosen = [member_id for member_id, id_number in found if id_number and id_number in ids]
        if len(chosen) == 1:
            return chosen[0], ""
        return None, msg(
            "花名册中有 {count} 位会员叫“{name}”，请在“参与会员身份证号”列写明是哪一位",
            count=len(found),
            name=name,
        )

    def plan_item_for(self, text: str, year: int) -> tuple[int | None, str]:
        item_id = self._plan_items.get(year, {}).get(text)
        if item_id is not None:
            return item_id, ""
        return None, msg("{year}年计划中没有序号或名称为“{text}”的项目", year=year, text=text)


def _parse_row(
    raw: RawRow, header: HeaderMap, context: ActivityContext, keep_unmapped: bool, limits: Limits
) -> ActivityRowIn:
    cells, extra, problems = row_cells(
        raw, header, keep_unmapped=keep_unmapped, max_chars=limits.max_cell_chars
    )
    row = ActivityRowIn(raw.number, raw.values, problems=problems)

    unreadable: set[str] = set()  # cells already refused as written: one message per cause

    def problem(name: str, value: object, message: str, severity: str = ERROR) -> None:
        label = header.label_of(name, ACTIVITY_SPEC)
        row.problems.append(Problem(raw.number, label, cleaning.clean_text(value)[:60], message, severity))
        if severity == ERROR:
            unreadable.add(name)

    def notice(name: str, value: object, message: str) -> None:
        problem(name, value, message, WARNING)

    form: dict[str, str] = {}
    for name in (
        "title",
        "category",
        "location",
        "organiser",
        "results",
        "notes",
        "headcount",
        "training_hours",
    ):
        form[name] = (
            cleaning.narrow(cleaning.clean_text(cells.get(name)))
            if name in ("headcount", "training_hours")
            else cleaning.clean_text(cells.get(name))
        )
    if extra:
        form["notes"] = join_notes(form["notes"], extra)
    for name in ("date", "end_date"):
        try:
            cleaned = cleaning.clean_date(cells.get(name))
        except CellError as exc:
            problem(name, cells.get(name), reason_of(exc))
            cleaned = None
        if cleaned is not None and cleaned.month_only:
            problem(name, cells.get(name), msg("{vague}，请写明哪一天", vague=cleaned.vague()))
        form[name] = cleaned.iso if cleaned else ""
    try:
        level = cleaning.clean_choice(cells.get("level"), LEVELS, _LEVEL_ALIASES)
    except CellError as exc:
        problem("level", cells.get("level"), reason_of(exc))
        level = ""
    form["level"] = level or ORGANISED_HERE
    try:
        fen = cleaning.clean_money_fen(cells.get("cost"))
    except CellError as exc:
        problem("cost", cells.get("cost"), reason_of(exc))
        fen = None
    form["cost"] = "" if fen is None else format_yuan(fen).replace(",", "")

    ids = [
        cleaning.narrow(t).upper()
        for t in _SPLIT.split(cleaning.clean_text(cells.get("participant_ids")))
        if t
    ]
    participants: list[int] = []
    for name, member_id, why in _resolve_participants(
        context, cleaning.clean_text(cells.get("participants")), ids
    ):
        if member_id is None:
            problem("participants", name, why)
        elif member_id not in participants:
            participants.append(member_id)

    # The export writes the count of listed names as 人次; read back, it adds nothing to the names.
    if participants and form["headcount"].isdigit() and int(form["headcount"]) == len(participants):
        form["headcount"] = ""
    if not form["headcount"] and not participants and not cleaning.clean_text(cells.get("participants")):
        notice(
            "headcount",
            "",
            msg("没有参与人次，也没有列出参与会员：按 0 人次导入；如有人参加，请填写人次或名单"),
        )

    awards: list[Award] = []
    for number, text in enumerate(
        [t for t in _AWARD_SPLIT.split(cleaning.clean_text(cells.get("awards"))) if t.strip()], 1
    ):
        if not re.search(r"[/／]", text):
            # Free text as clerks write it ("团体第二名", "县级二等奖", "3名职工获奖励"): read what can be
            # read, keep the sentence as the award, and say how it was taken.
            award, how = _sentence_award(text, context, ids)
            awards.append(award)
            notice(
                "awards",
                text,
                msg("第{number}项不是“奖项/名次/获奖者/级别”的写法：{how}，请核对", number=number, how=how),
            )
            continue
        parts = [p.strip() for p in re.split(r"[/／]", text)] + ["", "", "", ""]
        award = Award(award=parts[0], rank=parts[1], level=parts[3])
        winner = parts[2]
        if not winner and award.award:
            award.winner_kind = WINNER_UNIT
            notice("awards", text, msg("第{number}项没有写获奖者：按本单位获奖记录，请核对", number=number))
        elif winner in UNIT_WORDS:
            award.winner_kind = WINNER_UNIT
        elif winner and context.has_member(winner):
            member_id, why = context.member_for(winner, ids)
            if member_id is None:
                problem("awards", text, msg("第{number}项：{why}", number=number, why=why))
            award.winner_member_id = member_id
        elif _looks_like_person(winner):
            problem(
                "awards",
                text,
                msg(
                    "第{number}项：花名册中没有会员“{winner}”（获奖者写会员姓名、团队名或“本单位”；团队名请带上 队/组/科/室/部 等字样）",
                    number=number,
                    winner=winner,
                ),
            )
            continue  # one message is enough: validate_activity would add "no winner" too
        else:
            award.winner_kind, award.winner_text = WINNER_TEAM, winner
        awards.append(award)

    try:
        activity = validate_activity(
            form, participant_ids=participants, awards=awards, categories=context.categories
        )
    except FieldErrors as errors:
        for name, message in errors.errors.items():
            if name in unreadable:  # "不是有效日期" said: not "日期不能为空" too for the same cell
                continue
            problem(
                name if name in {f.name for f in ACTIVITY_SPEC.fields} else "title", cells.get(name), message
            )
        return row
    plan_text = cleaning.clean_text(cells.get("plan_item"))
    if plan_text:
        item_id, why = context.plan_item_for(plan_text, int(activity.date[:4]))
        if item_id is None:
            problem("plan_item", plan_text, why)
        activity.plan_item_id = item_id
    row.record = activity
    return row


_RANK = re.compile(
    r"第[一二三四五六七八九十\d]+名|[一二三四五六七八九十\d]+等奖|特等奖|优秀奖|鼓励奖|优胜奖|纪念奖|金奖|银奖|铜奖|冠军|亚军|季军"
)
_LEVEL_WORDS = {
    **{level: level for level in AWARD_LEVELS if level != "本单位"},
    "全国": "国家级",
    "全省": "省级",
    "全市": "市级",
    "地市级": "市级",
    "州级": "市级",
    "全县": "县级",
    "区级": "县级",
}


def _sentence_award(text: str, context: ActivityContext, ids: list[str]) -> tuple[Award, str]:
    """An award written as a sentence: its rank and level when named, a member when exactly one roster name
    appears in it, else the unit as winner; the sentence is kept as the award. Also says how it was read.
    """
    rank = _RANK.search(text)
    level = next((lvl for word, lvl in _LEVEL_WORDS.items() if word in text), "")
    award = Award(award=text, rank=rank.group(0) if rank else "", level=level)
    names = {
        text[i : i + size]
        for size in (4, 3, 2)
        for i in range(len(text) - size + 1)
        if context.has_member(text[i : i + size])
    }
    names = {n for n in names if not any(n != other and n in other for other in names)}
    member_id = context.member_for(next(iter(names)), ids)[0] if len(names) == 1 else None
    if member_id is not None:
        award.winner_member_id = member_id
        who = msg("获奖者为会员{name}", name=next(iter(names)))
    else:
        award.winner_kind = WINNER_UNIT
        who = msg("按本单位获奖记录")
    read = [who]
    if award.rank:
        read.append(msg("名次“{rank}”", rank=award.rank))
    if level:
        read.append(msg("级别“{level}”", level=level))
    read.append(msg("原文记为奖项"))
    return award, joined(read, "，")


_PERSON_NAME = re.compile(r"[\u3400-\u9fff·]{2,4}")
_TEAM_WORDS = ("队", "组", "科", "室", "部", "中心", "团", "班", "会")


def _looks_like_person(text: str) -> bool:
    """2-4 Chinese characters without a team word: a name, so one not on the roster is a mistake."""
    return bool(_PERSON_NAME.fullmatch(text)) and not any(w in text for w in _TEAM_WORDS)


# Which Activity attributes a file column gives; an update leaves the others as stored.
_PROVIDES = {
    "participants": ("participant_ids",),
    "participant_ids": ("participant_ids",),
    "training_hours": ("training_tenths",),
    "cost": ("cost_fen",),
    "plan_item": ("plan_item_id",),
}


def provided_attributes(parsed: ParsedActivities) -> set[str]:
    """The Activity attributes this file gives values for (date and title always)."""
    return parsed.header.provided(parsed.keep_unmapped, {"date", "title"}, _PROVIDES)


def import_activities(
    store: Store, parsed: ParsedActivities, *, skip_invalid: bool = False, dry_run: bool = False
) -> ImportReport:
    """All or nothing: with errors and without skip_invalid nothing is written; a dry run rolls back."""
    acts = ActivityStore(store)
    provided = provided_attributes(parsed)
    # (date, title) -> the stored activity a row updates: the newest of that day and name, read once.
    stored: dict[tuple[str, str], int] = {}
    for activity_id, date, title in store.conn.execute(
        "SELECT id, date, title FROM activities ORDER BY date DESC, id DESC"
    ):
        stored.setdefault((date, title), activity_id)

    def write(row: ActivityRowIn) -> str:
        new = row.record
        assert new is not None
        existing_id = stored.get((new.date, new.title))
        try:
            if existing_id is None:
                # Not remembered: a later row of the same date and title is refused as a repeat by the check.
                acts.add(new)
                return "added"
            new.id = existing_id
            old = acts.get(existing_id)
            merged = replace(old, **{n: getattr(new, n) for n in provided})
            if "notes" in provided and "notes" not in parsed.header.fields:
                # Only unmapped columns speak for 备注: add to what is stored, never wipe it.
                merged.notes = added_notes(old.notes, new.notes)
            if _comparable(old) == _comparable(merged):
                return "unchanged"
            acts.update(merged)
            return "updated"
        except FieldErrors as exc:
            raise TransferError(
                msg(
                    "第{row}行（{name}）：{reason}。导入中止，未写入任何数据。",
                    row=row.number,
                    name=new.title,
                    reason=reason_of(exc),
                )
            ) from exc

    return import_rows(store, parsed, write, skip_invalid=skip_invalid, dry_run=dry_run)


def _comparable(activity: Activity) -> tuple:
    awards = [
        (
            a.award,
            a.rank,
            a.winner_kind,
            a.winner_member_id,
            a.winner_text if a.winner_kind != WINNER_MEMBER else "",
            a.level,
        )
        for a in activity.awards
    ]
    return (
        activity.date,
        activity.end_date,
        activity.title,
        activity.category,
        activity.level,
        activity.location,
        activity.organiser,
        activity.headcount,
        sorted(activity.participant_ids),
        activity.training_tenths,
        activity.cost_fen,
        activity.results,
        awards,
        activity.plan_item_id,
        activity.notes,
    )


def write_activity_errors(path: str | Path, parsed: ParsedActivities) -> int:
    return write_refused_rows(path, parsed, ACTIVITY_SPEC)


# -- export -----------------------------------------------------------------------

EXPORT_COLUMNS = [
    Column("日期", "date"),
    Column("结束日期", "date"),
    Column("活动名称"),
    Column("类别"),
    Column("组织层级"),
    Column("地点"),
    Column("组织者"),
    Column("参与人次", "int"),
    Column("参与会员"),
    Column("学时", "number"),
    Column("费用", "money"),
    Column("活动成效"),
    Column("获奖情况"),
    Column("落实计划项"),
    Column("备注"),
]


def award_text(award: Award, unit_word: str = "本单位") -> str:
    winner = unit_word if award.winner_kind == WINNER_UNIT else award.winner_text
    return "/".join([award.award, award.rank, winner, award.level]).rstrip("/")


def export_activities(store: Store, path: str | Path, *, year: int, today: dt.date | None = None) -> int:
    """A year's activities (oldest first) as a printable workbook with a total line (events, 人次, 学时, 费用)."""
    unit, subtitle = export_heading(store, today)
    acts = ActivityStore(store)
    query = ActivityQuery(year=year)
    rows = list(reversed(acts.list(query)))
    totals = acts.totals(query)
    plan_numbers = {item.id: str(item.position) for item in PlanStore(store).items(year)}

    def lines() -> list[list[object]]:
        out: list[list[object]] = []
        for row in rows:
            activity = acts.get(row.id)
            out.append(
                [
                    dt.date.fromisoformat(activity.date),
                    dt.date.fromisoformat(activity.end_date) if activity.end_date else None,
                    activity.title,
                    activity.category,
                    activity.level,
                    activity.location,
                    activity.organiser,
                    activity.person_times,
                    "、".join(acts.participant_names(row.id)),
                    format_hours(activity.training_tenths) if activity.training_tenths else "",
                    activity.cost_fen / 100 if activity.cost_fen else None,
                    activity.results,
                    "；".join(award_text(a) for a in activity.awards),
                    plan_numbers.get(activity.plan_item_id, "") if activity.plan_item_id else "",
                    activity.notes,
                ]
            )
        return out

    return write_table(
        path,
        title=f"{unit}{year}年活动台账",
        subtitle=subtitle,
        columns=EXPORT_COLUMNS,
        rows=lines(),
        total_line=(
            f"合计：{totals.events} 项活动，参与 {totals.person_times} 人次，培训 {format_hours(totals.training_tenths)} 学时，"
            f"费用 {format_yuan(totals.cost_fen)} 元"
        ),
        sheet_name=ACTIVITY_SPEC.title,
    )


def write_activities_template(path: str | Path) -> None:
    write_template(
        path,
        ACTIVITY_SPEC,
        note="每行一项活动。参与会员须已在会员花名册中；同名会员请在“参与会员身份证号”列写明。类别须是程序中活动类别列表里的一项。",
    )
