"""The work summary and plan (工会工作总结暨工作计划) written from the records: periods, the document model,
section builders, and the clerk's edits laid over the generated text. No Qt.

A document is a title, an opening paragraph, numbered sections (一、 with （一） points and 1. items), then the
union's name and the date. Every paragraph has a stable key (never its number, which moves when a section is
left out), so the clerk's edits, stored per period and document kind, find their paragraph again after the
records change. A section builder returns None when its book has nothing for the period: the document never
states something that did not happen and never carries a placeholder.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from unionclerk.core.activities import ORGANISED_ABOVE, ORGANISED_HERE, TRAINING_CATEGORY, format_hours
from unionclerk.core.messages import msg
from unionclerk.core.plan import CANCELLED, DONE, IN_PROGRESS
from unionclerk.core.settings import Settings
from unionclerk.core.visits import FESTIVAL_KIND, HOSPITAL_KIND, SURGERY_KIND
from unionclerk.reports.activities import (
    TOTAL_LABEL,
    AwardLine,
    CategoryFigures,
    PlanReport,
    TrainingTotals,
    activities_by_category,
    awards_list,
    plan_report,
    training_totals,
)
from unionclerk.reports.members import REASON_KEYS, MemberFigures, member_figures
from unionclerk.reports.visits import AID_KINDS, visit_figures
from unionclerk.reports.visits import TOTAL_LABEL as VISITS_TOTAL
from unionclerk.store.db import Store
from unionclerk.store.plan import PlanStore
from unionclerk.store.settings import load_settings

T = TypeVar("T")

# -- periods ---------------------------------------------------------------------------------------------

YEAR, FIRST_HALF, SECOND_HALF, RANGE = "year", "h1", "h2", "range"


class PeriodError(ValueError):
    """A period that cannot be reported on; str() says why, in Chinese."""


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates; `kind` says how the title names it."""

    start: str
    end: str
    kind: str = RANGE

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(f"{year:04d}-01-01", f"{year:04d}-12-31", YEAR)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise PeriodError(msg("半年应为1（上半年）或2（下半年），不是“{half}”", half=half))
        if half == 1:
            return cls(f"{year:04d}-01-01", f"{year:04d}-06-30", FIRST_HALF)
        return cls(f"{year:04d}-07-01", f"{year:04d}-12-31", SECOND_HALF)

    @classmethod
    def between(cls, start: str, end: str) -> Period:
        try:
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        except ValueError:
            raise PeriodError(msg("起止日期应写成 2026-03-01，不是“{start}”“{end}”", start=start, end=end)) from None
        if last < first:
            raise PeriodError(msg("结束日期 {end} 早于开始日期 {start}", end=end, start=start))
        if first.year != last.year:
            raise PeriodError(msg("自定义期间应在同一年内（计划按年度制定）"))
        return cls(first.isoformat(), last.isoformat(), RANGE)

    @property
    def year_number(self) -> int:
        return int(self.start[:4])

    @property
    def key(self) -> str:
        """How edits are filed: 2026, 2026-H1, 2026-H2, 2026-03-01~2026-09-30."""
        if self.kind == YEAR:
            return str(self.year_number)
        if self.kind in (FIRST_HALF, SECOND_HALF):
            return f"{self.year_number}-{self.kind.upper()}"
        return f"{self.start}~{self.end}"

    @property
    def label(self) -> str:
        """2026年 / 2026年上半年 / 2026年下半年 / 2026年3月1日至9月30日: label_message's Chinese, as plain text."""
        return str(self.label_message())

    def label_message(self) -> str:
        """The label as a message (core/messages), for the window's notices to say in its language."""
        year = self.year_number
        if self.kind == YEAR:
            return msg("{year}年", year=year)
        if self.kind == FIRST_HALF:
            return msg("{year}年上半年", year=year)
        if self.kind == SECOND_HALF:
            return msg("{year}年下半年", year=year)
        return msg("{year}年{start_month}月{start_day}日至{end_month}月{end_day}日", year=year,
                   start_month=int(self.start[5:7]), start_day=int(self.start[8:]),
                   end_month=int(self.end[5:7]), end_day=int(self.end[8:]))  # fmt: skip

    @property
    def short_label(self) -> str:
        """How a sentence opens on the period: 今年 / 上半年 / 下半年 / 3月至9月."""
        if self.kind == YEAR:
            return "一年来"
        if self.kind == FIRST_HALF:
            return "上半年"
        if self.kind == SECOND_HALF:
            return "下半年"
        first, last = dt.date.fromisoformat(self.start), dt.date.fromisoformat(self.end)
        return f"{first.month}月至{last.month}月"

    def next_plan(self) -> NextPlan:
        """What follows this period: after a year, a second half or a period ending in December the next
        year's plan; after a first half the rest of this year's; after another period its next stage."""
        year = self.year_number
        if self.kind == FIRST_HALF:
            return NextPlan(year, "下半年工作计划", f"{year}年下半年工作计划", "下半年工作安排", "下半年")
        if self.kind == RANGE and not self.end.endswith("-12-31"):
            return NextPlan(
                year, "下一阶段工作计划", f"{year}年下一阶段工作计划", "下一阶段工作安排", "下一阶段"
            )
        return NextPlan(
            year + 1,
            f"{year + 1}年工作计划",
            f"{year + 1}年工作计划",
            f"{year + 1}年工作计划",
            f"{year + 1}年",
        )


@dataclass(frozen=True)
class NextPlan:
    year: int  # whose plan items
    after_summary: str  # …工作总结暨{after_summary}
    alone: str  # the title of the plan alone
    heading: str  # the 一、 heading of the plan part
    opening: str  # how its lead sentence opens


# -- document kinds --------------------------------------------------------------------------------------

BOTH, SUMMARY, PLAN = "both", "summary", "plan"
KINDS = {BOTH: "工作总结暨工作计划", SUMMARY: "工作总结", PLAN: "工作计划"}

# -- the document model ----------------------------------------------------------------------------------

TITLE, OPENING, HEADING1, HEADING2, BODY, ITEM, CLOSING, SIGNATURE, DATE = (
    "title",
    "opening",
    "heading1",
    "heading2",
    "body",
    "item",
    "closing",
    "signature",
    "date",
)


@dataclass
class Para:
    key: str
    text: str


@dataclass
class Point:
    """（一） sub-point: a heading line, body paragraphs, then numbered items (1. 2.)."""

    key: str
    heading: str
    paragraphs: list[Para] = field(default_factory=list)
    items: list[Para] = field(default_factory=list)


@dataclass
class Section:
    """一、 section: a heading line, body paragraphs, numbered items (1. 2.), then its points."""

    key: str
    heading: str
    paragraphs: list[Para] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    items: list[Para] = field(default_factory=list)


@dataclass
class Block:
    """One printed paragraph: its style, its number (一、 （一） 1.) and its text (generated or edited)."""

    key: str
    style: str
    text: str
    number: str = ""
    generated: str = ""  # the text the records give; equals text unless the clerk edited it
    edited: bool = False

    @property
    def full_text(self) -> str:
        return self.number + self.text


@dataclass
class Document:
    period: Period
    kind: str
    blocks: list[Block]
    missing: list[str] = field(default_factory=list)  # why a part is not there (e.g. no plan for 2027)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.style == TITLE), "")

    def block(self, key: str) -> Block:
        return next(b for b in self.blocks if b.key == key)

    def text(self) -> str:
        return "\n".join(b.full_text for b in self.blocks)


CN_NUMBERS = "一二三四五六七八九十"


def chinese_number(n: int) -> str:
    """1..99 as 一 … 九十九."""
    if n <= 10:
        return CN_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_NUMBERS[tens - 1]
    return head + "十" + (CN_NUMBERS[ones - 1] if ones else "")


def format_date(day: dt.date, style: str = "arabic") -> str:
    """2026年11月30日, or 二〇二六年十一月三十日 when style is 'chinese'."""
    if style != "chinese":
        return f"{day.year}年{day.month}月{day.day}日"
    digits = "〇一二三四五六七八九"
    year = "".join(digits[int(c)] for c in str(day.year))
    return f"{year}年{chinese_number(day.month)}月{chinese_number(day.day)}日"


def yuan_text(fen: int) -> str:
    """1200元 for whole yuan, 1200.50元 where there are fen (no thousands separators in prose). For the
    visits and ledger sections to come; activity costs are not stated in the summary."""
    whole, cents = divmod(fen, 100)
    return f"{whole}元" if cents == 0 else f"{whole}.{cents:02d}元"


def month_day(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.month}月{day.day}日"


# -- section builders ------------------------------------------------------------------------------------


@dataclass
class Context:
    """What every builder gets: the open store, the period and the unit's settings (read once)."""

    store: Store
    period: Period
    settings: Settings
    on: dt.date = field(default_factory=dt.date.today)  # the document's date
    _figures: dict[str, object] = field(default_factory=dict)

    @property
    def union(self) -> str:
        return union_name(self.settings)

    def once(self, name: str, compute: Callable[[], T]) -> T:
        """A figure the opening and a section both state, computed once per document."""
        if name not in self._figures:
            self._figures[name] = compute()
        return self._figures[name]  # type: ignore[return-value]


def union_name(settings: Settings) -> str:
    if settings.union_name.strip():
        return settings.union_name.strip()
    if settings.unit_name.strip():
        return settings.unit_name.strip() + "工会"
    return "本单位工会"


# How a reason for leaving reads in 减少会员N人（退休1人、转出2人）.
REASON_WORDS = {
    "retired": "退休",
    "retained": "保留会籍",  # kept while out of work, for instance
    "transferred": "转出",
    "resigned": "退会",
    "expelled": "开除会籍",
    "died": "去世",
}
AWARDS_LISTED = 15  # a long list of awards names the first ones and says how many there were

SectionBuilder = Callable[[Context], Section | None]

# How a category's point is headed, as the seeds head them. A category the clerk added gets a plain heading.
CATEGORY_HEADINGS = {
    "文体活动": "开展文体活动，丰富职工文化生活",
    "劳动竞赛/技能比武": "开展劳动竞赛和技能比武，提升职工业务水平",
    "知识竞赛": "组织知识竞赛，营造学习氛围",
    "评先评优/表彰": "选树先进典型，弘扬劳模精神",
    "职代会/民主管理": "推进民主管理，维护职工民主权利",
    "帮扶/献爱心/志愿服务": "开展帮扶和志愿服务，传递工会温暖",
    "参观学习/疗休养": "组织参观学习和疗休养，开阔职工视野",
}
# Varied openings for the category paragraphs, taken in turn so neighbouring paragraphs differ.
# (The section's lead sentence opens on the period, so the first point does not.)
OPENINGS = ("围绕中心工作，", "为增强职工凝聚力，", "结合单位实际，", "按照年初计划，", "{p}，")


def _activity_rows(ctx: Context, category: str) -> list[tuple[str, str, str, int, int]]:
    """(date, title, level, 人次, awards) of the period's activities in a category, by date."""
    return [
        (r[0], r[1], r[2], int(r[3]), int(r[4]))
        for r in ctx.store.conn.execute(
            "SELECT a.date, a.title, a.level, coalesce(a.headcount, "
            "(SELECT count(*) FROM activity_participants p WHERE p.activity_id = a.id)), "
            "(SELECT count(*) FROM activity_awards w WHERE w.activity_id = a.id) "
            "FROM activities a WHERE a.date BETWEEN ? AND ? AND a.category = ? ORDER BY a.date, a.id",
            (ctx.period.start, ctx.period.end, category),
        )
    ]


def _named_events(
    rows: list[tuple[str, str, str, int, int]], limit: int = 4
) -> list[tuple[str, str, str, int]]:
    """The notable events of a category: those that won awards, then the largest, kept in date order."""
    ranked = sorted(rows, key=lambda r: (-r[4], -r[3], r[0]))[:limit]
    return [(r[0], r[1], r[2], r[3]) for r in sorted(ranked, key=lambda r: r[0])]


def _event_phrase(date: str, title: str, level: str, person_times: int) -> str:
    verb = "参加了" if level == ORGANISED_ABOVE else "举办了"
    people = f"，参与{person_times}人次" if person_times else ""
    return f"{month_day(date)}{verb}{title}{people}"


def category_noun(category: str) -> str:
    """劳动竞赛/技能比武 -> 劳动竞赛、技能比武: a category as prose names it."""
    return category.replace("/", "、")


def _category_point(ctx: Context, line: CategoryFigures, turn: int) -> Point:
    rows = _activity_rows(ctx, line.category)
    here = sum(1 for r in rows if r[2] == ORGANISED_HERE)
    above = len(rows) - here
    opening = OPENINGS[turn % len(OPENINGS)].format(p=ctx.period.short_label)
    parts = []
    if here:
        parts.append(f"组织{category_noun(line.category)}{here}项")
    if above:
        parts.append(f"参加上级组织的{category_noun(line.category)}{above}项")
    count = "，".join(parts)
    people = f"，参与{line.person_times}人次" if line.person_times else ""
    text = f"{opening}工会共{count}{people}。"
    named = _named_events(rows)
    if named:
        phrases = [_event_phrase(*event) for event in named]
        lead = "其中，" if len(rows) > len(named) else "具体是："
        text += lead + "；".join(phrases) + "。"
    heading = CATEGORY_HEADINGS.get(line.category, f"开展{line.category}")
    return Point(f"activities.{line.category}", heading, [Para(f"activities.{line.category}.text", text)])


def _award_phrase(award: AwardLine) -> str:
    """检验科代表队在职工运动会中获县级团体二等奖 / 张三在表彰会中被评为先进工作者."""
    level = award.level if award.level and award.level != "本单位" and award.level not in award.award else ""
    if not award.rank and not re.search(r"[奖名杯]", award.award):
        return f"{award.winner}在{award.activity}中被评为{level}{award.award}"
    rank = award.rank if award.rank and award.rank not in award.award else ""
    if rank and re.search(r"[奖名]", award.award):
        rank = f"（{rank}）"  # 团体总分第一名（一等奖）; else 技能比武一等奖
    return f"{award.winner}在{award.activity}中获{level}{award.award}{rank}"


def _members(ctx: Context) -> MemberFigures:
    period = ctx.period
    start, end = dt.date.fromisoformat(period.start), dt.date.fromisoformat(period.end)
    return ctx.once("members", lambda: member_figures(ctx.store, start, end))


def _categories(ctx: Context) -> list[CategoryFigures]:
    p = ctx.period
    return ctx.once("categories", lambda: activities_by_category(ctx.store, p.start, p.end))


def _training(ctx: Context) -> TrainingTotals:
    p = ctx.period
    return ctx.once("training", lambda: training_totals(ctx.store, p.start, p.end))


def _awards(ctx: Context) -> list[AwardLine]:
    p = ctx.period
    return ctx.once(
        "awards", lambda: awards_list(ctx.store, p.start, p.end, unit_name=ctx.settings.unit_name)
    )


def _plan(ctx: Context) -> PlanReport:
    return ctx.once("plan", lambda: plan_report(ctx.store, ctx.period.year_number))


def _end_label(ctx: Context) -> str:
    """截至2026年6月30日 once the period is over; 截至目前 for a summary written before its end."""
    day = dt.date.fromisoformat(ctx.period.end)
    return f"{day.year}年{day.month}月{day.day}日" if day <= ctx.on else "目前"


def members_section(ctx: Context) -> Section | None:
    """Members at the end, joined, left by reason, retirees apart, women, 入会率, 困难职工 (reports/members)."""
    figures = _members(ctx)
    if not (figures.members or figures.joined or figures.left_total):
        return None
    text = f"截至{_end_label(ctx)}，{ctx.union}共有会员{figures.members}人"
    if figures.retirees:
        text += f"，其中在职会员{figures.end}人、保留会籍的退休会员{figures.retirees}人"
    changes = []
    if figures.joined:
        changes.append(f"新增会员{figures.joined}人")
    reasons = [
        f"{REASON_WORDS[key]}{figures.left[key]}人"
        for key in REASON_KEYS
        if figures.left.get(key)
    ]
    if reasons:
        changes.append(f"减少会员{figures.left_total}人（{'、'.join(reasons)}）")
    if changes:
        text += f"。{ctx.period.short_label}，" + "，".join(changes)
    text += "。"
    unknown = figures.unknown_sentence()
    if unknown:
        text += unknown.replace(" ", "") + "。"
    items = [Para("members.count", text)]
    if figures.women:
        items.append(
            Para(
                "members.women",
                f"切实维护女职工合法权益，在职会员中有女会员{figures.women}人，按时开展“三八”等女职工活动。"
                if ctx.store.conn.execute(
                    "SELECT 1 FROM activities WHERE date BETWEEN ? AND ? AND title LIKE '%三八%'",
                    (ctx.period.start, ctx.period.end),
                ).fetchone()
                else f"切实维护女职工合法权益，在职会员中有女会员{figures.women}人。",
            )
        )
    rate = figures.join_rate
    if rate is not None:
        items.append(
            Para(
                "members.rate",
                f"单位现有职工{figures.staff}人，在职会员{figures.end}人，入会率为{rate}%，"
                "对新入职职工做到及时发展入会。",
            )
        )
    if figures.hardship:
        items.append(
            Para("members.hardship", f"建立困难职工档案，现有困难职工{figures.hardship}人，实行动态管理。")
        )
    return Section("members", "加强组织建设，做好会员管理", items=items)


def activities_section(ctx: Context) -> Section | None:
    """Activities by category (training apart, in its own section), with the notable ones named."""
    lines = [line for line in _categories(ctx) if line.category not in (TOTAL_LABEL, TRAINING_CATEGORY)]
    if not lines:
        return None
    events = sum(line.events for line in lines)
    people = sum(line.person_times for line in lines)
    lead = (
        f"{ctx.period.short_label}，{ctx.union}围绕单位中心工作，组织和参加各类职工活动{events}项"
        + (f"，参与{people}人次" if people else "")
        + "，职工的获得感和凝聚力不断增强。"
    )
    points = [_category_point(ctx, line, turn) for turn, line in enumerate(lines)]
    return Section(
        "activities", "以活动为抓手，丰富职工精神文化生活", [Para("activities.lead", lead)], points
    )


def training_section(ctx: Context) -> Section | None:
    """Training sessions, hours and 人次, held here and attended above (as 篇4 reports them)."""
    totals = _training(ctx)
    if not totals.total.sessions:
        return None
    here = totals.by_level[ORGANISED_HERE]
    above = totals.by_level[ORGANISED_ABOVE]
    sentences = []
    if here.sessions:
        sentence = f"为提高职工业务素质，单位组织业务培训{here.sessions}次"
        if here.training_tenths:
            sentence += f"，学习{format_hours(here.training_tenths)}学时"
        if here.person_times:
            sentence += f"，参加人员{here.person_times}人次"
        sentences.append(sentence)
    if above.sessions:
        sentence = f"选送职工参加上级组织的培训{above.sessions}次"
        if above.training_tenths:
            sentence += f"，共{format_hours(above.training_tenths)}学时"
        if above.person_times:
            sentence += f"，{above.person_times}人次"
        sentences.append(sentence)
    text = "；".join(sentences) + "。"
    rows = [
        r
        for r in ctx.store.conn.execute(
            "SELECT a.title FROM activities a WHERE a.date BETWEEN ? AND ? "
            "AND (a.category = ? OR a.training_tenths > 0) ORDER BY a.date, a.id",
            (ctx.period.start, ctx.period.end, TRAINING_CATEGORY),
        )
    ]
    titles = list(dict.fromkeys(r[0] for r in rows))
    if titles:
        shown = titles[:6]
        text += "培训内容包括" + "、".join(shown) + ("等" if len(titles) > len(shown) else "")
        text += "，通过强化培训，职工的业务素质不断提高。"
    return Section("training", "创建学习型组织，提高职工素质", [Para("training.text", text)])


def awards_section(ctx: Context) -> Section | None:
    awards = _awards(ctx)
    if not awards:
        return None
    kinds = Counter(award.winner_kind for award in awards)
    split = [
        f"{label}{kinds[kind]}项"
        for kind, label in (("unit", "集体奖"), ("team", "团队奖"), ("member", "个人奖"))
        if kinds[kind]
    ]
    shown = awards[:AWARDS_LISTED]
    text = f"在各级各类活动中，单位和职工共获得奖项{len(awards)}项（{'、'.join(split)}）"
    text += "，具体如下：" if len(shown) == len(awards) else f"，主要有以下{len(shown)}项："
    items = [Para(f"awards.{n}", _award_phrase(award) + "。") for n, award in enumerate(shown, start=1)]
    return Section("awards", "争先创优，展示职工风采", [Para("awards.text", text)], items=items)


def _gift_text(cash_fen: int, goods_fen: int) -> str:
    """'送去慰问金500元、慰问品价值800元' — the parts that are not zero."""
    parts = []
    if cash_fen:
        parts.append(f"慰问金{yuan_text(cash_fen)}")
    if goods_fen:
        parts.append(f"慰问品价值{yuan_text(goods_fen)}")
    return "、".join(parts)


# How the 慰问 section names each aid kind in a sentence.
AID_WORDS = {
    "困难帮扶": "困难职工帮扶",
    "冬送温暖": "“冬送温暖”",
    "夏送清凉": "“夏送清凉”",
    "金秋助学": "“金秋助学”",
}


def visits_section(ctx: Context) -> Section | None:
    """关心职工生活: visits by kind with 人次 and amounts, festival distributions, aid, retirees (篇4's words)."""
    figures = ctx.once("visits", lambda: visit_figures(ctx.store, ctx.period.start, ctx.period.end))
    total = figures.total
    if not total.person_times:
        return None
    lead = (
        f"{ctx.union}把关心职工生活、帮助困难职工作为工会工作的重要内容，{ctx.period.short_label}共慰问职工"
        f"{total.person_times}人次，发放慰问金和慰问品合计{yuan_text(total.total_fen)}"
    )
    # The retirees are a part of the visits listed below, not another kind: said in the lead with 其中, so no
    # numbered item begins with 其中 and reads as if it were counted twice.
    if figures.retirees_visited:
        lead += (
            f"，其中慰问保留会籍的退休人员{figures.retirees_visited}人，共{yuan_text(figures.retiree_fen)}"
        )
    lead += "。"
    items: list[Para] = []
    for festival in figures.festivals:
        text = f"{festival.festival}前夕，为{festival.people}名会员发放{'、'.join(festival.goods) or '节日慰问品'}"
        if festival.per_person_fen is not None:
            text += f"，每人价值{yuan_text(festival.per_person_fen)}"
        items.append(
            Para(f"visits.festival.{festival.festival}", text + f"，合计{yuan_text(festival.total_fen)}。")
        )
    hospital = [figures.kind(HOSPITAL_KIND), figures.kind(SURGERY_KIND)]
    times = sum(k.person_times for k in hospital)
    if times:
        gifts = _gift_text(sum(k.cash_fen for k in hospital), sum(k.goods_fen for k in hospital))
        items.append(
            Para(
                "visits.hospital", f"探望生病住院职工{times}人次" + (f"，送去{gifts}" if gifts else "") + "。"
            )
        )
    if figures.aid.person_times:
        # Only the kinds that happened are named: 夏送清凉 alone is not 送温暖, 金秋助学 is not 困难帮扶.
        done = [AID_WORDS.get(kind, kind) for kind in AID_KINDS if figures.kind(kind).person_times]
        names = "和".join(done) if len(done) == 2 else "、".join(done)
        paid = [
            *([f"资金{yuan_text(figures.aid.cash_fen)}"] if figures.aid.cash_fen else []),
            *([f"物品价值{yuan_text(figures.aid.goods_fen)}"] if figures.aid.goods_fen else []),
        ]
        items.append(
            Para(
                "visits.aid",
                f"开展{names}{figures.aid.person_times}人次"
                + (f"，发放{'、'.join(paid)}" if paid else "")
                + "。",
            )
        )
    shown = {FESTIVAL_KIND, HOSPITAL_KIND, SURGERY_KIND, *AID_KINDS, VISITS_TOTAL}
    for line in figures.by_kind:
        if line.kind in shown:
            continue
        gifts = _gift_text(line.cash_fen, line.goods_fen)
        items.append(
            Para(
                f"visits.kind.{line.kind}",
                f"{line.kind}慰问{line.person_times}人次" + (f"，{gifts}" if gifts else "") + "。",
            )
        )
    return Section("visits", "关心职工生活，做好慰问帮扶", [Para("visits.lead", lead)], items=items)


def plan_done_section(ctx: Context) -> Section | None:
    """How far the year's plan got: done of total, and which."""
    report = _plan(ctx)
    if not report.progress.total:
        return None
    progress = report.progress
    going = progress.by_status.get(IN_PROGRESS, 0)
    text = f"年初制定的{report.year}年工作计划共{progress.total}项，目前已完成{progress.done}项"
    if going:
        text += f"，正在推进{going}项"
    text += "。"
    done = [item for item in PlanStore(ctx.store).items(report.year) if item.status == DONE]
    items = [
        Para(
            f"plan_done.{item.id}",  # the item's id: an edit stays with it when the plan is reordered
            item.title + (f"（{item.planned_label}）" if item.planned_label else "") + "。",
        )
        for item in done
    ]
    if items:
        text += "已完成的项目是："
    return Section("plan_done", "目标责任完成情况", [Para("plan_done.text", text)], items=items)


def problems_section(ctx: Context) -> Section | None:
    """存在问题和不足: only the clerk's own words for this period, never generated."""
    text = SummaryNotes(ctx.store).get(ctx.period, PROBLEMS)
    if not text.strip():
        return None
    return Section("problems", "存在问题和不足", _paras("problems", text))


def ledger_section(ctx: Context) -> Section | None:
    """经费管理: income and expense by subject, dues due and collected, the balance — every figure from
    reports/ledger.ledger_figures for the period (the cash book's own totals)."""
    from unionclerk.reports.ledger import ledger_figures

    end = min(ctx.period.end, ctx.on.isoformat())
    figures = ctx.once("ledger", lambda: ledger_figures(ctx.store, ctx.period.start, end))
    if not (figures.income_total or figures.expense_total or figures.dues_collected_fen):
        return None

    def listed(amounts: dict[str, int]) -> str:
        ordered = sorted(amounts.items(), key=lambda item: (-item[1], item[0]))
        return "、".join(f"{figures.names[code]}{yuan_text(fen)}" for code, fen in ordered)

    text = f"{ctx.period.short_label}，工会经费收入{yuan_text(figures.income_total)}"
    if figures.income:
        text += f"（{listed(figures.income)}）"
    text += f"，支出{yuan_text(figures.expense_total)}"
    if figures.expense:
        text += f"（{listed(figures.expense)}）"
    text += f"；截至{_end_label(ctx)}，经费结余{yuan_text(figures.closing_fen)}。"
    if figures.dues_due_fen or figures.dues_collected_fen:
        text += (
            f"会员会费应缴{yuan_text(figures.dues_due_fen)}，实收{yuan_text(figures.dues_collected_fen)}。"
        )
    return Section("ledger", "加强经费管理，用好工会经费", [Para("ledger.text", text)])


# The sections of the summary part, in order. Each builder takes the Context (store, period, settings) and
# returns a Section, or None when its book has no records for the period.
#
# Still to come, when its book lands (issue 9) — insert it where marked; nothing else changes
# (keys and numbering follow the list; the opening paragraph may then name its totals too):
#   ("ledger", ledger_section)    before "problems": reports/ledger.ledger_figures — income and expense by
#                                 subject, dues due and collected, the balance (经费管理)
SUMMARY_SECTIONS: list[tuple[str, SectionBuilder]] = [
    ("members", members_section),
    ("activities", activities_section),
    ("training", training_section),
    ("awards", awards_section),
    ("visits", visits_section),
    ("plan_done", plan_done_section),
    ("ledger", ledger_section),
    ("problems", problems_section),
]


def plan_section(ctx: Context) -> Section | None:
    """The next period's plan from the year plan: 指导思想, 工作目标, the items still to do."""
    following = ctx.period.next_plan()
    plans = PlanStore(ctx.store)
    texts = plans.get_year(following.year)
    same_year = following.year == ctx.period.year_number
    items = [
        item
        for item in plans.items(following.year)
        if item.status != CANCELLED and not (same_year and item.status == DONE)
    ]
    guiding, goals = texts.guiding.strip(), texts.goals.strip()
    if not (items or guiding or goals):
        return None
    points = []
    if guiding:
        points.append(Point("plan.guiding", "指导思想", _paras("plan.guiding", guiding)))
    if goals:
        points.append(Point("plan.goals", "工作目标", _paras("plan.goals", goals)))
    if items:
        paras = []
        for item in items:
            when = f"（{item.planned_label}）" if item.planned_label else ""
            details = item.details.strip()
            if details and not details.endswith(("。", "！", "；", "？")):
                details += "。"
            paras.append(Para(f"plan.item.{item.id}", f"{item.title}{when}。{details}"))
        points.append(Point("plan.items", "主要工作", [], paras))
    paragraphs = []
    if items:
        paragraphs.append(
            Para(
                "plan.lead",
                f"{following.opening}，{ctx.union}将在总结经验的基础上，紧紧围绕单位中心工作，"
                "认真落实年度工作计划，重点做好以下工作：",
            )
        )
    return Section("plan", following.heading, paragraphs, points)


def _paras(prefix: str, text: str) -> list[Para]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [Para(f"{prefix}.{n}", line) for n, line in enumerate(lines, start=1)]


# -- the clerk's own text per period (存在问题和不足) ---------------------------------------------------------

PROBLEMS = "problems"


class SummaryNotes:
    """Text only the clerk writes, kept per period: 存在问题和不足."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, period: Period, name: str) -> str:
        row = self.store.conn.execute(
            "SELECT text FROM summary_notes WHERE period = ? AND name = ?", (period.key, name)
        ).fetchone()
        return row[0] if row else ""

    def set(self, period: Period, name: str, text: str) -> None:
        with self.store.transaction() as conn:
            if text.strip():
                conn.execute(
                    "INSERT INTO summary_notes (period, name, text) VALUES (?, ?, ?) "
                    "ON CONFLICT(period, name) DO UPDATE SET text = excluded.text, "
                    "updated_at = datetime('now', 'localtime')",
                    (period.key, name, text.strip()),
                )
            else:
                conn.execute("DELETE FROM summary_notes WHERE period = ? AND name = ?", (period.key, name))


# -- the clerk's edits of generated paragraphs -----------------------------------------------------------


@dataclass
class Edit:
    key: str
    text: str
    based_on: str  # the generated text the clerk edited


@dataclass
class ChangedUnderEdit:
    """A generated paragraph whose records changed after the clerk edited it: both texts, for the clerk to choose."""

    key: str
    edited: str
    was: str
    now: str


class SummaryEdits:
    """The clerk's edits, per period and document kind. An edit remembers the generated text it replaced."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self, period: Period, kind: str) -> dict[str, Edit]:
        rows = self.store.conn.execute(
            "SELECT key, text, based_on FROM summary_edits WHERE period = ? AND kind = ?", (period.key, kind)
        ).fetchall()
        return {r[0]: Edit(r[0], r[1], r[2]) for r in rows}

    def save(self, period: Period, kind: str, key: str, text: str, based_on: str) -> None:
        """Keep the clerk's text for a paragraph; text equal to the generated one removes the edit."""
        with self.store.transaction() as conn:
            if text == based_on:
                conn.execute(
                    "DELETE FROM summary_edits WHERE period = ? AND kind = ? AND key = ?",
                    (period.key, kind, key),
                )
                return
            conn.execute(
                "INSERT INTO summary_edits (period, kind, key, text, based_on) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(period, kind, key) DO UPDATE SET text = excluded.text, based_on = excluded.based_on, "
                "updated_at = datetime('now', 'localtime')",
                (period.key, kind, key, text, based_on),
            )

    def discard(self, period: Period, kind: str, key: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "DELETE FROM summary_edits WHERE period = ? AND kind = ? AND key = ?", (period.key, kind, key)
            )

    def accept_current(self, period: Period, kind: str, key: str, generated: str) -> None:
        """Keep the edit but mark it as made over the current generated text (the clerk saw the change)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE summary_edits SET based_on = ? WHERE period = ? AND kind = ? AND key = ?",
                (generated, period.key, kind, key),
            )


# -- putting it together ---------------------------------------------------------------------------------


def document_title(union: str, period: Period, kind: str, *, has_summary: bool, has_plan: bool) -> str:
    """「{union}2026年工作总结暨2027年工作计划」, 「…2026年上半年工作总结」, 「…2027年工作计划」: what is in it."""
    following = period.next_plan()
    summary = f"{period.label}工作总结"
    if kind == PLAN or (has_plan and not has_summary):
        return union + following.alone
    if kind == BOTH and has_plan:
        return f"{union}{summary}暨{following.after_summary}"
    return union + summary


def _opening(ctx: Context) -> str:
    """The opening paragraph: who, under whom, and the period's key figures that exist."""
    period = ctx.period
    lines = _categories(ctx)
    total = lines[-1]
    training = _training(ctx).total
    awards = _awards(ctx)
    plan = _plan(ctx).progress
    members = _members(ctx)
    parent = ctx.settings.parent_union.strip()
    guide = f"在{parent}的关心指导和单位党政的正确领导下，" if parent else "在单位党政的正确领导下，"
    text = (
        f"{period.label}，{ctx.union}{guide}认真贯彻《中华人民共和国工会法》和上级工会的工作部署，"
        "紧紧围绕单位中心工作，全面履行工会各项职能，积极维护职工合法权益"
    )
    figures = []
    if members.members:
        figures.append(
            f"现有会员{members.members}人" + (f"、新增会员{members.joined}人" if members.joined else "")
        )
    if total.events:
        figures.append(
            f"组织和参加各类活动{total.events}项"
            + (f"、参与{total.person_times}人次" if total.person_times else "")
        )
    if training.sessions:
        figures.append(f"其中开展培训{training.sessions}次")
    if awards:
        figures.append(f"获得各类奖项{len(awards)}项")
    if plan.total:
        figures.append(f"完成年度计划{plan.done}项（共{plan.total}项）")
    if figures:
        text += "，" + "，".join(figures)
    text += "，各项工作取得了新的成效。现将" + period.label + "工作情况总结如下："
    return text


def build_document(
    store: Store,
    period: Period,
    kind: str = BOTH,
    *,
    on: dt.date | None = None,
    settings: Settings | None = None,
    sections: list[tuple[str, SectionBuilder]] | None = None,
    apply_edits: bool = True,
) -> Document:
    """The document for a period and kind, generated from the records, with the clerk's edits laid over it."""
    if kind not in KINDS:
        raise PeriodError(f"文档类型应为 {'/'.join(KINDS)} 之一，不是“{kind}”")
    day = on or dt.date.today()
    ctx = Context(store, period, settings or load_settings(store), day)
    missing: list[str] = []
    summary_sections: list[Section] = []
    if kind in (BOTH, SUMMARY):
        for _name, builder in sections if sections is not None else SUMMARY_SECTIONS:
            section = builder(ctx)
            if section is not None:
                summary_sections.append(section)
    plan = plan_section(ctx) if kind in (BOTH, PLAN) else None
    if kind in (BOTH, PLAN) and plan is None:
        missing.append(msg("{year}年工作计划还没有填写（计划页），文档中没有计划部分", year=period.next_plan().year))
    if kind in (BOTH, SUMMARY) and not summary_sections:
        missing.append(msg("{period}没有活动、计划等记录，总结部分没有内容可写", period=period.label_message()))
    has_summary, has_plan = bool(summary_sections), plan is not None

    blocks: list[Block] = [
        Block(
            "title",
            TITLE,
            document_title(ctx.union, period, kind, has_summary=has_summary, has_plan=has_plan),
        )
    ]
    if has_summary:
        blocks.append(Block("opening", OPENING, _opening(ctx)))
    numbered = [*summary_sections, *([plan] if plan is not None else [])]
    for n, section in enumerate(numbered, start=1):
        blocks.append(Block(f"{section.key}.heading", HEADING1, section.heading, f"{chinese_number(n)}、"))
        blocks.extend(Block(p.key, BODY, p.text) for p in section.paragraphs)
        blocks.extend(Block(p.key, ITEM, p.text, f"{i}.") for i, p in enumerate(section.items, start=1))
        for m, point in enumerate(section.points, start=1):
            blocks.append(Block(f"{point.key}.heading", HEADING2, point.heading, f"（{chinese_number(m)}）"))
            blocks.extend(Block(p.key, BODY, p.text) for p in point.paragraphs)
            blocks.extend(Block(p.key, ITEM, p.text, f"{i}.") for i, p in enumerate(point.items, start=1))
    blocks.append(Block("signature", SIGNATURE, ctx.union))
    blocks.append(Block("date", DATE, format_date(day, ctx.settings.summary_date_style)))
    for block in blocks:
        block.generated = block.text
    document = Document(period, kind, blocks, missing)
    if apply_edits:
        apply_saved_edits(store, document)
    return document


def apply_saved_edits(store: Store, document: Document) -> list[ChangedUnderEdit]:
    """Lay the clerk's edits over the generated text; returns the edited paragraphs whose generated text
    changed since the edit (the edit is kept — the clerk decides)."""
    edits = SummaryEdits(store).all(document.period, document.kind)
    changed = []
    for block in document.blocks:
        edit = edits.get(block.key)
        if edit is None:
            continue
        block.text = edit.text
        block.edited = True
        if edit.based_on != block.generated:
            changed.append(ChangedUnderEdit(block.key, edit.text, edit.based_on, block.generated))
    return changed


def changed_under_edits(store: Store, document: Document) -> list[ChangedUnderEdit]:
    """The edited paragraphs whose generated text is no longer what the clerk edited."""
    edits = SummaryEdits(store).all(document.period, document.kind)
    return [
        ChangedUnderEdit(b.key, edits[b.key].text, edits[b.key].based_on, b.generated)
        for b in document.blocks
        if b.key in edits and edits[b.key].based_on != b.generated
    ]


def orphan_edits(store: Store, document: Document) -> list[Edit]:
    """Edits whose paragraph the records no longer produce (an activity category that is gone, say)."""
    keys = {b.key for b in document.blocks}
    return [e for k, e in SummaryEdits(store).all(document.period, document.kind).items() if k not in keys]
