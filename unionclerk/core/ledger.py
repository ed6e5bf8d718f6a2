"""The union fund's cash book: the chart of accounts (resources/ledger/chart.json) and the rules of one entry.

Money is integer fen. A subject is a 3-digit code or a 5-digit sub-item of the chart in force
(财会〔2021〕7号 from 2022); a book kept before 2022 names subjects by the 2010 chart, whose codes are read
through the mapping in the chart file. A subject's name always wins over a code.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache

from unionclerk.core.dates import DateError, parse_date
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg, reason_of
from unionclerk.resources_path import resource_path

INCOME, EXPENSE = "income", "expense"
KIND_WORDS = {INCOME: msg("收入"), EXPENSE: msg("支出")}  # said in messages
DUES_SUBJECT = "401"  # 会费收入
ALLOCATION_SUBJECT = "402"  # 拨缴经费收入

# What caused an entry (ledger_entries.source_kind); the id is the source's row in its own book.
SOURCE_ACTIVITY = "activity"
SOURCE_VISIT = "visit"
SOURCE_DUES = "dues"
SOURCE_ALLOCATION = "allocation"
SOURCE_BATCH = "visit_batch"  # a festival distribution of the visits book, posted as one entry
SOURCE_LABELS = {
    SOURCE_ACTIVITY: "活动",
    SOURCE_VISIT: "慰问",
    SOURCE_DUES: "会费收缴",
    SOURCE_ALLOCATION: "拨缴经费",
    SOURCE_BATCH: "节日慰问发放",
}

# The subject an activity of each default category proposes (the clerk may change it).
ACTIVITY_SUBJECTS = {
    "文体活动": "50102",
    "劳动竞赛/技能比武": "50301",
    "教育培训": "50501",
    "知识竞赛": "50103",
    "评先评优/表彰": "50106",
    "职代会/民主管理": "50502",
    "帮扶/献爱心/志愿服务": "50404",
    "参观学习/疗休养": "50104",
    "其他": "50106",
}
DEFAULT_ACTIVITY_SUBJECT = "50106"

# The subject a visit (慰问) of each kind of the visits book proposes: birthdays, 婚丧, childbirth, hospital,
# retirement and festival 慰问 are 会员活动支出; aid to members in difficulty and study aid are 困难职工帮扶;
# summer and winter care is 送温暖.
VISIT_SUBJECTS = {
    "生病住院": "50105",
    "住院手术": "50105",
    "生育": "50105",
    "结婚": "50105",
    "生日": "50105",
    "退休": "50105",
    "会员去世": "50105",
    "直系亲属去世": "50105",
    "节日慰问": "50105",
    "困难帮扶": "50404",
    "金秋助学": "50404",
    "夏送清凉": "50405",
    "冬送温暖": "50405",
}
DEFAULT_VISIT_SUBJECT = "50105"


@dataclass(frozen=True)
class Subject:
    """One subject or sub-item of the chart."""

    code: str
    name: str
    kind: str  # INCOME or EXPENSE
    basic: bool = True  # among the subjects a 基层工会 uses
    custom: bool = False  # a sub-item the clerk added

    @property
    def parent(self) -> str:
        return self.code[:3]

    @property
    def is_sub_item(self) -> bool:
        return len(self.code) > 3

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class ChartFile:
    """The chart file as read: the 2021 subjects, the 2010 ones, the 2010 → 2021 codes, name aliases."""

    subjects: tuple[Subject, ...]
    subjects_2010: dict[str, str]
    map_2010: dict[str, str]
    aliases: dict[str, str]
    from_year: int


@cache
def chart_file() -> ChartFile:
    data = json.loads(resource_path("ledger", "chart.json").read_text(encoding="utf-8"))
    return ChartFile(
        subjects=tuple(
            Subject(s["code"], s["name"], s["kind"], bool(s.get("basic", True)))
            for s in data["subjects_2021"]
        ),
        subjects_2010={s["code"]: s["name"] for s in data["subjects_2010"]},
        map_2010=dict(data["map_2010_to_2021"]),
        aliases=dict(data["name_aliases"]),
        from_year=int(data["chart_2021_from"]),
    )


@dataclass
class SubjectMatch:
    """How a subject as written in a book was understood; `note` says so when a 2010 code was translated."""

    subject: Subject
    note: str = ""


class Chart:
    """The chart in force plus the clerk's own sub-items."""

    def __init__(self, custom: list[tuple[str, str]] | None = None) -> None:
        base = chart_file()
        self._file = base
        self.subjects: dict[str, Subject] = {s.code: s for s in base.subjects}
        for code, name in custom or []:
            parent = self.subjects.get(code[:3])
            if parent is not None:
                self.subjects[code] = Subject(code, name, parent.kind, parent.basic, custom=True)
        self._by_name = {s.name: s for s in self.subjects.values()}

    def get(self, code: str) -> Subject | None:
        return self.subjects.get(code)

    def name(self, code: str) -> str:
        subject = self.subjects.get(code)
        return subject.name if subject else code

    def ordered(self, kind: str | None = None, *, basic_only: bool = False) -> list[Subject]:
        chosen = [s for s in self.subjects.values() if (kind is None or s.kind == kind)]
        if basic_only:
            chosen = [s for s in chosen if s.basic]
        return sorted(chosen, key=lambda s: s.code)

    def top_level(self, kind: str | None = None) -> list[Subject]:
        return [s for s in self.ordered(kind) if not s.is_sub_item]

    def find(self, text: str, year: int | None = None) -> SubjectMatch:
        """A subject from what a book says: '401', '会费收入', '401 会费收入', '职工活动支出', '文体活动'.

        The name wins over the code. A bare code of a year before the 2021 chart is read by the 2010 chart
        and translated (2010's 502 维权支出 is 504 now); the note says so. Raises KeyError with a message.
        """
        cleaned = " ".join(str(text).replace("\u3000", " ").split())
        if not cleaned:
            raise KeyError(msg("科目不能为空"))
        code, _, rest = cleaned.partition(" ")
        if not code.isdigit():
            code, rest = "", cleaned
        name = rest.strip().replace(" ", "")
        if name:
            found = self._find_name(name)
            if found is not None:
                note = ""
                if code and code != found.code:
                    note = msg(
                        "科目按名称“{name}”认作 {found_code} {found_name}（编码 {code} 不一致，以名称为准）",
                        name=name,
                        found_code=found.code,
                        found_name=found.name,
                        code=code,
                    )
                return SubjectMatch(found, note)
            if not code:
                raise KeyError(msg("科目“{subject}”不在会计科目表中", subject=cleaned))
        old_chart = year is not None and year < self._file.from_year
        if old_chart:
            new_code = self._file.map_2010.get(code)
            if new_code is None or new_code not in self.subjects:
                raise KeyError(
                    msg("科目编码“{code}”不在2010年版会计科目表中（{year}年的账按2010年科目表读）", code=code, year=year)
                )
            subject = self.subjects[new_code]
            note = ""
            if new_code != code:
                old_name = self._file.subjects_2010.get(code, "")
                note = msg(
                    "2010年科目 {code} {old_name} → 现行 {new_code} {new_name}",
                    code=code,
                    old_name=old_name,
                    new_code=subject.code,
                    new_name=subject.name,
                )
            return SubjectMatch(subject, note)
        subject = self.subjects.get(code)
        if subject is None:
            raise KeyError(msg("科目编码“{code}”不在会计科目表中", code=code))
        return SubjectMatch(subject)

    def _find_name(self, name: str) -> Subject | None:
        if name in self._by_name:
            return self._by_name[name]
        alias = self._file.aliases.get(name)
        if alias is not None and alias in self.subjects:
            return self.subjects[alias]
        for suffix in ("支出", "收入"):
            if name + suffix in self._by_name:
                return self._by_name[name + suffix]
        old = {v: k for k, v in self._file.subjects_2010.items()}.get(name)
        if old is not None and self._file.map_2010.get(old) in self.subjects:
            return self.subjects[self._file.map_2010[old]]
        return None


@dataclass
class Entry:
    """One line of the cash book. Exactly one of income_fen / expense_fen is non-zero."""

    date: str
    summary: str
    subject: str
    income_fen: int = 0
    expense_fen: int = 0
    voucher: int | None = None  # None: the store numbers it
    party: str = ""  # 付款人/收款人
    source_kind: str | None = None
    source_id: int | None = None
    notes: str = ""
    id: int | None = None

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def amount_fen(self) -> int:
        return self.income_fen - self.expense_fen


def parse_amount(text: str | None, label: str) -> int:
    """Fen from typed yuan ('1,234.5', '¥28.35'); 0 for blank. Raises ValueError naming the field."""
    cleaned = "" if text is None else str(text).strip()
    for mark in (",", "，", "¥", "￥", "元", " "):
        cleaned = cleaned.replace(mark, "")
    if not cleaned:
        return 0
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(msg("{label}“{text}”不是金额", label=label, text=text)) from None
    if not amount.is_finite():
        raise ValueError(msg("{label}“{text}”不是金额", label=label, text=text))
    if amount < 0:
        raise ValueError(msg("{label}不能为负数（{text}）；退款请记入相反方向", label=label, text=text))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(msg("{label}“{text}”超过两位小数（分）", label=label, text=text))
    return int(amount * 100)


def validate_entry(form: dict[str, str], chart: Chart, *, year: int | None = None) -> Entry:
    """An Entry from the text of the entry form, or FieldErrors naming every bad field.

    Form keys: date, voucher, summary, subject (code, name or 'code name'), income, expense (yuan), party,
    notes. `year`: the year being kept; a date outside it is refused.
    """
    errors = FieldErrors()
    text = {k: ("" if v is None else str(v).strip()) for k, v in form.items()}
    date = ""
    try:
        date = parse_date(text["date"]).isoformat() if text.get("date") else ""
    except DateError as exc:
        errors.add("date", msg("日期：{reason}", reason=reason_of(exc)))
    else:
        if not date:
            errors.add("date", msg("日期不能为空"))
        elif year is not None and int(date[:4]) != year:
            errors.add("date", msg("日期 {date} 不在正在记的 {year} 年内", date=date, year=year))
    voucher: int | None = None
    if text.get("voucher"):
        digits = "".join(ch for ch in text["voucher"] if ch.isdigit())
        if not digits or int(digits) <= 0:
            errors.add("voucher", msg("凭证号“{voucher}”应为正整数", voucher=text["voucher"]))
        else:
            voucher = int(digits)
    summary = text.get("summary", "")
    if not summary:
        errors.add("summary", msg("摘要不能为空"))
    elif len(summary) > 200:
        errors.add("summary", msg("摘要不能超过200字"))
    subject_code = ""
    subject: Subject | None = None
    try:
        subject = chart.find(text.get("subject", ""), int(date[:4]) if date else None).subject
        subject_code = subject.code
    except KeyError as exc:
        errors.add("subject", reason_of(exc))
    amounts: dict[str, int] = {}
    for key, label in (("income", KIND_WORDS[INCOME]), ("expense", KIND_WORDS[EXPENSE])):
        try:
            amounts[key] = parse_amount(text.get(key), label)
        except ValueError as exc:
            errors.add(key, reason_of(exc))
    if "income" in amounts and "expense" in amounts:
        if amounts["income"] and amounts["expense"]:
            errors.add("income", msg("一笔分录只能是收入或支出之一，不能两者都填"))
        elif not amounts["income"] and not amounts["expense"]:
            errors.add("income", msg("收入或支出须填写一项（大于0）"))
        elif subject is not None:
            direction = INCOME if amounts["income"] else EXPENSE
            if subject.kind != direction:
                errors.add(
                    "subject",
                    msg(
                        "科目 {code} {name} 是{kind}科目，金额却填在“{column}”栏",
                        code=subject.code,
                        name=subject.name,
                        kind=KIND_WORDS[subject.kind],
                        column=KIND_WORDS[direction],
                    ),
                )
    if errors.errors:
        raise errors
    return Entry(
        date=date,
        summary=summary,
        subject=subject_code,
        income_fen=amounts["income"],
        expense_fen=amounts["expense"],
        voucher=voucher,
        party=text.get("party", ""),
        notes=text.get("notes", ""),
    )


# -- dues ---------------------------------------------------------------------------------------


def dues_due_for(wage_base_fen: int | None, rate: Decimal, ignore_below_fen: int) -> int:
    """Monthly dues in fen: the wage base without its part below `ignore_below_fen`, times the rate.

    5,678 yuan at 0.5% ignoring the part below 10 yuan: 5,670 × 0.5% = 28.35. Rounded half up to the fen.
    """
    if not wage_base_fen or wage_base_fen <= 0:
        return 0
    counted = wage_base_fen - (wage_base_fen % ignore_below_fen if ignore_below_fen > 0 else 0)
    amount = Decimal(counted) * rate
    return int(amount.quantize(Decimal(1), rounding="ROUND_HALF_UP"))


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_end(year: int, month: int) -> str:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()


PERIOD_MONTHS = {"monthly": 1, "quarterly": 3, "half-yearly": 6, "yearly": 12}


def period_months(period: str, year: int, month: int) -> list[str]:
    """The months collected together with `month` under the collection period setting."""
    size = PERIOD_MONTHS.get(period, 1)
    first = (month - 1) // size * size + 1
    return [month_key(year, m) for m in range(first, first + size)]


@dataclass
class AllocationSplit:
    """拨缴经费: the employer's 2% of payroll, the share the grassroots union keeps, and what goes up (上解)."""

    payroll_fen: int
    allocation_fen: int
    kept_fen: int
    remitted_fen: int = field(init=False)

    def __post_init__(self) -> None:
        self.remitted_fen = self.allocation_fen - self.kept_fen


def split_allocation(
    payroll_fen: int, kept_share: Decimal, rate: Decimal = Decimal("0.02")
) -> AllocationSplit:
    allocation = int((Decimal(payroll_fen) * rate).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    kept = int((Decimal(allocation) * kept_share).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    return AllocationSplit(payroll_fen, allocation, kept)


def format_share(share: Decimal) -> str:
    """Decimal('0.6') -> '60%'."""
    return f"{(share * 100).normalize():f}%"
