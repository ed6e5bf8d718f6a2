"""The province's benefit rules as data (resources/benefit_rules/*.json) and the check of a visit against them.

A rule set names its source document and year. A rule covers one or more kinds and may give a cap per event,
a cap per member per year (summed over its kinds: festival gifts are capped across all festivals), and a number
of times a year (hospital for the same illness once a year). Beside the rules: members only (a person who has
left the union gets no benefit), and a warning when a retiree's (保留会籍) visit is paid from the union fund.
Amounts in the files are yuan; in Python they are fen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from unionclerk.core.members import ACTIVE, MEMBER_STATUSES, RETAINED
from unionclerk.core.messages import Message, joined, msg
from unionclerk.core.money import format_yuan, yuan_to_fen
from unionclerk.core.visits import FESTIVAL_KIND, MEMBER_DEATH_KIND, RETIREMENT_KIND, UNION_FUND, Visit
from unionclerk.resources_path import resource_path

CUSTOM = "custom"
DECEASED = "已故"


class RuleSetError(ValueError):
    """A rule set file (or an edited one) that cannot be read; str() names what is wrong."""


@dataclass
class Rule:
    label: str
    kinds: tuple[str, ...]
    per_event_fen: int | None = None
    per_year_fen: int | None = None
    times_per_year: int | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"label": self.label, "kinds": list(self.kinds)}
        if self.per_event_fen is not None:
            out["per_event"] = str(format_yuan(self.per_event_fen)).replace(",", "")
        if self.per_year_fen is not None:
            out["per_year"] = str(format_yuan(self.per_year_fen)).replace(",", "")
        if self.times_per_year is not None:
            out["times_per_year"] = self.times_per_year
        return out


@dataclass
class RuleSet:
    id: str
    name: str
    province: str
    year: int
    document: str
    rules: list[Rule] = field(default_factory=list)
    members_only: bool = True
    retiree_union_fund_warning: bool = False
    caution: str = ""
    # Collective benefits (festival gifts, batches, and the kinds listed) only to members whose dues are paid
    # up to the month before, where the union keeps dues in the ledger.
    dues_paid_for_collective: bool = False
    collective_kinds: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """'皖工发〔2025〕18号（2025年）' — how a warning names where a rule comes from."""
        if not self.year or str(self.year) in self.document:
            return self.document
        return f"{self.document}（{self.year}年）"

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "province": self.province,
            "year": self.year,
            "document": self.document,
            "members_only": self.members_only,
            "retiree_union_fund_warning": self.retiree_union_fund_warning,
            "caution": self.caution,
            "dues_paid_for_collective": self.dues_paid_for_collective,
            "collective_kinds": list(self.collective_kinds),
            "rules": [r.to_json() for r in self.rules],
        }


def _fen(value: object, where: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        fen = yuan_to_fen(str(value))
    except ValueError:
        raise RuleSetError(msg("{where}：“{value}”不是金额", where=where, value=value)) from None
    if fen < 0:
        raise RuleSetError(msg("{where}：上限不能为负数", where=where))
    return fen


def rule_set_from_json(data: dict[str, object], default_id: str = "") -> RuleSet:
    """Build a RuleSet from parsed JSON, checking every rule; raises RuleSetError naming the bad one."""
    if not isinstance(data, dict):
        raise RuleSetError(msg("慰问标准应为一个对象"))
    rules: list[Rule] = []
    for number, raw in enumerate(data.get("rules") or [], start=1):  # type: ignore[union-attr]
        if not isinstance(raw, dict):
            raise RuleSetError(msg("第{number}条规则格式不对", number=number))
        label = str(raw.get("label") or "").strip()
        where = msg("第{number}条规则“{label}”", number=number, label=label)
        kinds = tuple(str(k).strip() for k in raw.get("kinds") or [] if str(k).strip())
        if not label:
            raise RuleSetError(msg("第{number}条规则没有名称", number=number))
        if not kinds:
            raise RuleSetError(msg("{where}没有适用的慰问类别", where=where))
        times = raw.get("times_per_year")
        if times not in (None, ""):
            if not str(times).isdigit() or int(str(times)) < 1:
                raise RuleSetError(msg("{where}：每年次数应为正整数，不是“{times}”", where=where, times=times))
            times = int(str(times))
        else:
            times = None
        rule = Rule(label, kinds, _fen(raw.get("per_event"), where), _fen(raw.get("per_year"), where), times)
        if rule.per_event_fen is None and rule.per_year_fen is None and rule.times_per_year is None:
            raise RuleSetError(msg("{where}没有上限，也没有次数限制", where=where))
        rules.append(rule)
    try:
        year = int(str(data.get("year") or 0))
    except ValueError:
        raise RuleSetError(msg("年份“{year}”不是数字", year=data.get("year"))) from None
    return RuleSet(
        id=str(data.get("id") or default_id),
        name=str(data.get("name") or default_id),
        province=str(data.get("province") or ""),
        year=year,
        document=str(data.get("document") or ""),
        rules=rules,
        members_only=bool(data.get("members_only", True)),
        retiree_union_fund_warning=bool(data.get("retiree_union_fund_warning", False)),
        caution=str(data.get("caution") or ""),
        dues_paid_for_collective=bool(data.get("dues_paid_for_collective", False)),
        collective_kinds=tuple(
            str(k).strip()
            for k in data.get("collective_kinds") or []
            if str(k).strip()  # type: ignore[union-attr]
        ),
    )


def rules_folder() -> Path:
    return resource_path("benefit_rules")


def shipped_rule_sets() -> dict[str, RuleSet]:
    """Every rule set shipped in resources/benefit_rules, by id, in file-name order."""
    found: dict[str, RuleSet] = {}
    for path in sorted(rules_folder().glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            rule_set = rule_set_from_json(json.load(handle), path.stem)
        found[rule_set.id] = rule_set
    return found


def choose_rule_set(sets: dict[str, RuleSet], chosen: str, province: str) -> RuleSet:
    """The set named by the 慰问标准 setting; else the newest for the 省份 setting; else 自定义."""
    if chosen in sets:
        return sets[chosen]
    province = province.strip()
    matching = [s for s in sets.values() if province and s.province and province.startswith(s.province)]
    if matching:
        return max(matching, key=lambda s: s.year)
    return sets[CUSTOM]


@dataclass(frozen=True)
class Breach:
    """A visit that breaks a rule: which rule, what happened, and the document the rule comes from.

    `code` and `params` let the window say the message in the interface language: the message is
    BREACH_MESSAGES[code] formatted with params. A param is a plain str (a number, a kind, a status) or a
    message (core/messages: the months owed, the kinds of a rule), translated part by part.
    """

    rule: str
    message: str
    source: str
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:  # a param of a message (core/messages): its own words
        return self.message

    def described(self) -> str:
        """'message（rule，依据：source）' as a message (core/messages), said in the interface language by the
        window."""
        return msg(
            "{message}（{rule}，依据：{source}）",
            message=self,
            rule=RULE_WORDS.get(self.rule, self.rule),
            source=self.source,
        )


MEMBERS_ONLY_RULE = "仅限会员"
RETIREE_RULE = "退休人员慰问由行政经费开支"
DUES_RULE = "集体福利限按时缴纳会费的会员"
# The rules above as messages (core/messages), for lines that name a breach's rule.
RULE_WORDS = {
    MEMBERS_ONLY_RULE: msg("仅限会员"),
    RETIREE_RULE: msg("退休人员慰问由行政经费开支"),
    DUES_RULE: msg("集体福利限按时缴纳会费的会员"),
}
# The messages of check_visit by code; the rule names above and these are the program's words (translated
# in the window), while rule labels from the files are the rule set's own.
BREACH_MESSAGES = {
    "members_only": "慰问对象的会籍状态是“{status}”，已不是会员，不应享受会员福利",
    "retiree": "保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费",
    "dues": "会员欠缴{months}会费 {amount} 元，集体发放的福利应先补缴会费",
    "per_event": "本次{kind} {amount} 元，超过单次上限 {cap} 元",
    "per_year": "{year}年{kinds}合计 {amount} 元，超过全年上限 {cap} 元",
    "times": "{year}年已有 {count} 次{kinds}，每年限 {times} 次",
}


def _breach(rule: str, source: str, code: str, **params: object) -> Breach:
    texts = {key: value if isinstance(value, Message) else str(value) for key, value in params.items()}
    return Breach(rule, BREACH_MESSAGES[code].format(**texts), source, code, tuple(texts.items()))


def check_visit(
    visit: Visit,
    rule_set: RuleSet,
    *,
    member_status: str,
    same_year: list[Visit],
    dues_owing: dict[str, int] | None = None,
) -> list[Breach]:
    """The rules `visit` would break, given the member's status and their other visits in the same year.

    `same_year` must not contain `visit` itself (when editing, leave out the stored copy). `dues_owing` is
    what the member owes by month ('YYYY-MM' -> fen) for the months before the visit's, or None when the
    union keeps no dues in the ledger (then the dues rule says nothing).
    """
    breaches: list[Breach] = []
    source = rule_set.source
    # A deceased member's family is condoled after the death: 已故 is no reason to refuse that visit.
    condolence = member_status == DECEASED and (visit.kind == MEMBER_DEATH_KIND or bool(visit.person_name))
    if rule_set.members_only and member_status not in MEMBER_STATUSES and not condolence:
        breaches.append(_breach(MEMBERS_ONLY_RULE, source, "members_only", status=member_status))
    if (
        rule_set.retiree_union_fund_warning
        and member_status == RETAINED
        and visit.source == UNION_FUND
        and visit.person_name == ""
        and visit.kind != RETIREMENT_KIND  # the keepsake on retiring is the union's to give (50105)
    ):
        breaches.append(_breach(RETIREE_RULE, source, "retiree"))
    if rule_set.dues_paid_for_collective and dues_owing and is_collective(visit, rule_set):
        owed = {month: fen for month, fen in dues_owing.items() if fen > 0 and month < visit.date[:7]}
        if owed:
            breaches.append(
                _breach(
                    DUES_RULE,
                    source,
                    "dues",
                    months=joined(
                        [msg("{year}年{month}月", year=int(m[:4]), month=int(m[5:7])) for m in sorted(owed)], "、"
                    ),
                    amount=format_yuan(sum(owed.values())),
                )
            )
    for rule in rule_set.rules:
        if visit.kind not in rule.kinds:
            continue
        if rule.per_event_fen is not None and visit.total_fen > rule.per_event_fen:
            breaches.append(
                _breach(
                    rule.label,
                    source,
                    "per_event",
                    kind=visit.kind,
                    amount=format_yuan(visit.total_fen),
                    cap=format_yuan(rule.per_event_fen),
                )
            )
        earlier = [v for v in same_year if v.kind in rule.kinds and (v.id is None or v.id != visit.id)]
        if rule.per_year_fen is not None:
            total = sum(v.total_fen for v in earlier) + visit.total_fen
            if total > rule.per_year_fen:
                breaches.append(
                    _breach(
                        rule.label,
                        source,
                        "per_year",
                        year=visit.year,
                        kinds=joined(rule.kinds, "、"),
                        amount=format_yuan(total),
                        cap=format_yuan(rule.per_year_fen),
                    )
                )
        if rule.times_per_year is not None and len(earlier) + 1 > rule.times_per_year:
            breaches.append(
                _breach(
                    rule.label,
                    source,
                    "times",
                    year=visit.year,
                    count=len(earlier),
                    kinds=joined(rule.kinds, "、"),
                    times=rule.times_per_year,
                )
            )
    return breaches


def is_collective(visit: Visit, rule_set: RuleSet) -> bool:
    """A benefit given to everyone alike: a festival gift, a record of a distribution batch, or a kind the
    rule set lists as collective (夏送清凉 …)."""
    return (
        visit.kind == FESTIVAL_KIND or visit.batch_id is not None or visit.kind in rule_set.collective_kinds
    )


def eligible_for_collective(status: str) -> bool:
    """Collective benefits (a festival batch) go to 在会 members by default."""
    return status == ACTIVE
