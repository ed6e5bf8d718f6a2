"""A benefit-rule breach said in the interface language (core/benefit_rules words are the Chinese source)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unionclerk.core.benefit_rules import MEMBERS_ONLY_RULE, RETIREE_RULE, Breach

# The same texts as core.benefit_rules.BREACH_MESSAGES (a test keeps them equal), marked for lupdate.
_MESSAGES = {
    "members_only": QT_TRANSLATE_NOOP(
        "Breach", "慰问对象的会籍状态是“{status}”，已不是会员，不应享受会员福利"
    ),
    "retiree": QT_TRANSLATE_NOOP("Breach", "保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费"),
    "per_event": QT_TRANSLATE_NOOP("Breach", "本次{kind} {amount} 元，超过单次上限 {cap} 元"),
    "per_year": QT_TRANSLATE_NOOP("Breach", "{year}年{kinds}合计 {amount} 元，超过全年上限 {cap} 元"),
    "times": QT_TRANSLATE_NOOP("Breach", "{year}年已有 {count} 次{kinds}，每年限 {times} 次"),
}
_RULES = {
    MEMBERS_ONLY_RULE: QT_TRANSLATE_NOOP("Breach", "仅限会员"),
    RETIREE_RULE: QT_TRANSLATE_NOOP("Breach", "退休人员慰问由行政经费开支"),
}


def breach_line(breach: Breach) -> str:
    """'message（rule，依据：source）' translated; rule labels and documents from a rule file stay as written."""
    tr = QCoreApplication.translate
    params = dict(breach.params)
    message = (
        tr("Breach", _MESSAGES[breach.code]).format(**params) if breach.code in _MESSAGES else breach.message
    )
    rule = tr("Breach", _RULES[breach.rule]) if breach.rule in _RULES else breach.rule
    return tr("Breach", "{message}（{rule}，依据：{source}）").format(
        message=message, rule=rule, source=breach.source
    )
