"""A benefit-rule breach said in the interface language (core/benefit_rules words are the Chinese source)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unionclerk.core.benefit_rules import DUES_RULE, MEMBERS_ONLY_RULE, RETIREE_RULE, Breach
from unionclerk.ui.messages import said_breach
from unionclerk.ui.values import shown, source_label

# The same texts as core.benefit_rules.BREACH_MESSAGES (a test keeps them equal), marked for lupdate.
_MESSAGES = {
    "members_only": QT_TRANSLATE_NOOP(
        "Breach", "慰问对象的会籍状态是“{status}”，已不是会员，不应享受会员福利"
    ),
    "retiree": QT_TRANSLATE_NOOP("Breach", "保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费"),
    "dues": QT_TRANSLATE_NOOP("Breach", "会员欠缴{months}会费 {amount} 元，集体发放的福利应先补缴会费"),
    "per_event": QT_TRANSLATE_NOOP("Breach", "本次{kind} {amount} 元，超过单次上限 {cap} 元"),
    "per_year": QT_TRANSLATE_NOOP("Breach", "{year}年{kinds}合计 {amount} 元，超过全年上限 {cap} 元"),
    "times": QT_TRANSLATE_NOOP("Breach", "{year}年已有 {count} 次{kinds}，每年限 {times} 次"),
}
_RULES = {
    MEMBERS_ONLY_RULE: QT_TRANSLATE_NOOP("Breach", "仅限会员"),
    RETIREE_RULE: QT_TRANSLATE_NOOP("Breach", "退休人员慰问由行政经费开支"),
    DUES_RULE: QT_TRANSLATE_NOOP("Breach", "集体福利限按时缴纳会费的会员"),
}


def breach_line(breach: Breach) -> str:
    """'message（rule，依据：source）' in the interface language: the message in the words above, its kinds,
    statuses and months said as messages are (ui/messages.said_breach); the rule labels and documents of the
    shipped rule files shown translated (ui/values), a clerk's own as written."""
    message = said_breach(breach)
    rule = (
        QCoreApplication.translate("Breach", _RULES[breach.rule])
        if breach.rule in _RULES
        else shown(breach.rule)
    )
    return QCoreApplication.translate("Breach", "{message}（{rule}，依据：{source}）").format(
        message=message, rule=rule, source=source_label(breach.source)
    )
