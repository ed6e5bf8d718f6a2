"""The benefit-rule compliance report: every breach of a year, as text lines (the window, and `unionclerk report
compliance --year Y` in reports/cli)."""

from __future__ import annotations

from unionclerk.core.benefit_rules import RULE_WORDS
from unionclerk.core.messages import msg
from unionclerk.core.money import format_yuan
from unionclerk.store.db import Store
from unionclerk.store.visits import VisitStore


def compliance_lines(store: Store, year: int) -> list[str]:
    """A heading naming the rule set and its source, then one line per breach (or a line saying there is none).

    A line: date, member (and a family recipient), kind, amount, the rule and its source, the reason given.
    Each line is a message (core/messages): Chinese text, said in the interface language by the window.
    """
    visits = VisitStore(store)
    rule_set = visits.rule_set()
    lines = visits.compliance(year, rule_set)
    out = [
        msg(
            "{year}年慰问合规检查 — 标准：{name}（依据：{source}）",
            year=year,
            name=rule_set.name,
            source=rule_set.source,
        )
    ]
    if rule_set.caution:
        out.append(msg("说明：{caution}", caution=rule_set.caution))
    if not lines:
        out.append(msg("未发现超标或不合规的慰问。"))
        return out
    out.append(msg("共 {count} 处：", count=len(lines)))
    for number, line in enumerate(lines, start=1):
        row = line.visit
        out.append(
            msg(
                "{number}. {date}  {recipient}（{department}）  {kind}  {amount} 元 — {message}；规则：{rule}，"
                "依据：{source}；理由：{reason}",
                number=number,
                date=row.date,
                recipient=row.recipient,
                department=row.department or msg("未填部门"),
                kind=row.kind_label,
                amount=format_yuan(row.total_fen),
                message=line.breach,
                rule=RULE_WORDS.get(line.breach.rule, line.breach.rule),
                source=line.breach.source,
                reason=row.breach_reason or msg("（未填写）"),
            )
        )
    return out
