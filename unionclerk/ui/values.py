"""Stored values (会籍状态, 性别, categories, levels…) shown in the interface language; the database keeps Chinese.

`shown(value)` translates one value for display (unknown values, such as a category the clerk made up, are
shown as they are). `ValueCombo` is a combo box whose items show translated text while `currentText()`,
`setCurrentText()`, `findText()` and `addItems()` speak the stored Chinese values, so forms keep reading and
writing what the database holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

CONTEXT = "Values"

# Every value the program itself offers, marked so that lupdate collects it into the "Values" context.
KNOWN = (
    # 性别
    QT_TRANSLATE_NOOP("Values", "男"),
    QT_TRANSLATE_NOOP("Values", "女"),
    # 会籍状态
    QT_TRANSLATE_NOOP("Values", "在会"),
    QT_TRANSLATE_NOOP("Values", "保留会籍"),
    QT_TRANSLATE_NOOP("Values", "转出"),
    QT_TRANSLATE_NOOP("Values", "退会"),
    QT_TRANSLATE_NOOP("Values", "自动退会"),
    QT_TRANSLATE_NOOP("Values", "开除会籍"),
    QT_TRANSLATE_NOOP("Values", "已故"),
    # 政治面貌
    QT_TRANSLATE_NOOP("Values", "中共党员"),
    QT_TRANSLATE_NOOP("Values", "中共预备党员"),
    QT_TRANSLATE_NOOP("Values", "共青团员"),
    QT_TRANSLATE_NOOP("Values", "民主党派"),
    QT_TRANSLATE_NOOP("Values", "群众"),
    QT_TRANSLATE_NOOP("Values", "其他"),
    # 学历
    QT_TRANSLATE_NOOP("Values", "博士研究生"),
    QT_TRANSLATE_NOOP("Values", "硕士研究生"),
    QT_TRANSLATE_NOOP("Values", "大学本科"),
    QT_TRANSLATE_NOOP("Values", "大学专科"),
    QT_TRANSLATE_NOOP("Values", "中专"),
    QT_TRANSLATE_NOOP("Values", "高中"),
    QT_TRANSLATE_NOOP("Values", "初中及以下"),
    # 人员类别
    QT_TRANSLATE_NOOP("Values", "在编"),
    QT_TRANSLATE_NOOP("Values", "合同"),
    QT_TRANSLATE_NOOP("Values", "劳务派遣"),
    # 困难类型
    QT_TRANSLATE_NOOP("Values", "因病"),
    QT_TRANSLATE_NOOP("Values", "因残"),
    QT_TRANSLATE_NOOP("Values", "单亲"),
    QT_TRANSLATE_NOOP("Values", "子女教育"),
    # 民族
    QT_TRANSLATE_NOOP("Values", "汉族"),
    QT_TRANSLATE_NOOP("Values", "回族"),
    QT_TRANSLATE_NOOP("Values", "满族"),
    QT_TRANSLATE_NOOP("Values", "壮族"),
    QT_TRANSLATE_NOOP("Values", "苗族"),
    QT_TRANSLATE_NOOP("Values", "维吾尔族"),
    QT_TRANSLATE_NOOP("Values", "彝族"),
    QT_TRANSLATE_NOOP("Values", "土家族"),
    QT_TRANSLATE_NOOP("Values", "藏族"),
    QT_TRANSLATE_NOOP("Values", "蒙古族"),
    # 活动类别 (the defaults; the clerk's own categories show as typed)
    QT_TRANSLATE_NOOP("Values", "文体活动"),
    QT_TRANSLATE_NOOP("Values", "劳动竞赛/技能比武"),
    QT_TRANSLATE_NOOP("Values", "教育培训"),
    QT_TRANSLATE_NOOP("Values", "知识竞赛"),
    QT_TRANSLATE_NOOP("Values", "评先评优/表彰"),
    QT_TRANSLATE_NOOP("Values", "职代会/民主管理"),
    QT_TRANSLATE_NOOP("Values", "帮扶/献爱心/志愿服务"),
    QT_TRANSLATE_NOOP("Values", "参观学习/疗休养"),
    # 组织层级, 获奖级别
    QT_TRANSLATE_NOOP("Values", "本单位组织"),
    QT_TRANSLATE_NOOP("Values", "参加上级组织"),
    QT_TRANSLATE_NOOP("Values", "国家级"),
    QT_TRANSLATE_NOOP("Values", "省级"),
    QT_TRANSLATE_NOOP("Values", "市级"),
    QT_TRANSLATE_NOOP("Values", "县级"),
    QT_TRANSLATE_NOOP("Values", "系统内"),
    QT_TRANSLATE_NOOP("Values", "本单位"),
    # 计划状态
    QT_TRANSLATE_NOOP("Values", "未开始"),
    QT_TRANSLATE_NOOP("Values", "进行中"),
    QT_TRANSLATE_NOOP("Values", "已完成"),
    QT_TRANSLATE_NOOP("Values", "取消"),
    # 计划时间
    QT_TRANSLATE_NOOP("Values", "1月"),
    QT_TRANSLATE_NOOP("Values", "2月"),
    QT_TRANSLATE_NOOP("Values", "3月"),
    QT_TRANSLATE_NOOP("Values", "4月"),
    QT_TRANSLATE_NOOP("Values", "5月"),
    QT_TRANSLATE_NOOP("Values", "6月"),
    QT_TRANSLATE_NOOP("Values", "7月"),
    QT_TRANSLATE_NOOP("Values", "8月"),
    QT_TRANSLATE_NOOP("Values", "9月"),
    QT_TRANSLATE_NOOP("Values", "10月"),
    QT_TRANSLATE_NOOP("Values", "11月"),
    QT_TRANSLATE_NOOP("Values", "12月"),
    QT_TRANSLATE_NOOP("Values", "第一季度"),
    QT_TRANSLATE_NOOP("Values", "第二季度"),
    QT_TRANSLATE_NOOP("Values", "第三季度"),
    QT_TRANSLATE_NOOP("Values", "第四季度"),
    # 获奖者
    QT_TRANSLATE_NOOP("Values", "会员"),
    QT_TRANSLATE_NOOP("Values", "团队"),
    # 省份
    QT_TRANSLATE_NOOP("Values", "北京市"),
    QT_TRANSLATE_NOOP("Values", "天津市"),
    QT_TRANSLATE_NOOP("Values", "河北省"),
    QT_TRANSLATE_NOOP("Values", "山西省"),
    QT_TRANSLATE_NOOP("Values", "内蒙古自治区"),
    QT_TRANSLATE_NOOP("Values", "辽宁省"),
    QT_TRANSLATE_NOOP("Values", "吉林省"),
    QT_TRANSLATE_NOOP("Values", "黑龙江省"),
    QT_TRANSLATE_NOOP("Values", "上海市"),
    QT_TRANSLATE_NOOP("Values", "江苏省"),
    QT_TRANSLATE_NOOP("Values", "浙江省"),
    QT_TRANSLATE_NOOP("Values", "安徽省"),
    QT_TRANSLATE_NOOP("Values", "福建省"),
    QT_TRANSLATE_NOOP("Values", "江西省"),
    QT_TRANSLATE_NOOP("Values", "山东省"),
    QT_TRANSLATE_NOOP("Values", "河南省"),
    QT_TRANSLATE_NOOP("Values", "湖北省"),
    QT_TRANSLATE_NOOP("Values", "湖南省"),
    QT_TRANSLATE_NOOP("Values", "广东省"),
    QT_TRANSLATE_NOOP("Values", "广西壮族自治区"),
    QT_TRANSLATE_NOOP("Values", "海南省"),
    QT_TRANSLATE_NOOP("Values", "重庆市"),
    QT_TRANSLATE_NOOP("Values", "四川省"),
    QT_TRANSLATE_NOOP("Values", "贵州省"),
    QT_TRANSLATE_NOOP("Values", "云南省"),
    QT_TRANSLATE_NOOP("Values", "西藏自治区"),
    QT_TRANSLATE_NOOP("Values", "陕西省"),
    QT_TRANSLATE_NOOP("Values", "甘肃省"),
    QT_TRANSLATE_NOOP("Values", "青海省"),
    QT_TRANSLATE_NOOP("Values", "宁夏回族自治区"),
    QT_TRANSLATE_NOOP("Values", "新疆维吾尔自治区"),
    QT_TRANSLATE_NOOP("Values", "新疆生产建设兵团"),
    QT_TRANSLATE_NOOP("Values", "香港特别行政区"),
    QT_TRANSLATE_NOOP("Values", "澳门特别行政区"),
    # 导入时可对应的字段（各台账的列名）
    QT_TRANSLATE_NOOP("Values", "姓名"),
    QT_TRANSLATE_NOOP("Values", "性别"),
    QT_TRANSLATE_NOOP("Values", "出生日期"),
    QT_TRANSLATE_NOOP("Values", "民族"),
    QT_TRANSLATE_NOOP("Values", "身份证号"),
    QT_TRANSLATE_NOOP("Values", "政治面貌"),
    QT_TRANSLATE_NOOP("Values", "学历"),
    QT_TRANSLATE_NOOP("Values", "部门"),
    QT_TRANSLATE_NOOP("Values", "职务/岗位"),
    QT_TRANSLATE_NOOP("Values", "人员类别"),
    QT_TRANSLATE_NOOP("Values", "入会日期"),
    QT_TRANSLATE_NOOP("Values", "会员证号"),
    QT_TRANSLATE_NOOP("Values", "联系电话"),
    QT_TRANSLATE_NOOP("Values", "月缴费基数"),
    QT_TRANSLATE_NOOP("Values", "困难职工"),
    QT_TRANSLATE_NOOP("Values", "困难类型"),
    QT_TRANSLATE_NOOP("Values", "会籍状态"),
    QT_TRANSLATE_NOOP("Values", "状态变更日期"),
    QT_TRANSLATE_NOOP("Values", "退休时间"),
    QT_TRANSLATE_NOOP("Values", "转出时间"),
    QT_TRANSLATE_NOOP("Values", "备注"),
    QT_TRANSLATE_NOOP("Values", "原姓名"),
    QT_TRANSLATE_NOOP("Values", "日期"),
    QT_TRANSLATE_NOOP("Values", "结束日期"),
    QT_TRANSLATE_NOOP("Values", "活动名称"),
    QT_TRANSLATE_NOOP("Values", "类别"),
    QT_TRANSLATE_NOOP("Values", "组织层级"),
    QT_TRANSLATE_NOOP("Values", "地点"),
    QT_TRANSLATE_NOOP("Values", "组织者"),
    QT_TRANSLATE_NOOP("Values", "参与人次"),
    QT_TRANSLATE_NOOP("Values", "参与会员"),
    QT_TRANSLATE_NOOP("Values", "参与会员身份证号"),
    QT_TRANSLATE_NOOP("Values", "学时"),
    QT_TRANSLATE_NOOP("Values", "费用"),
    QT_TRANSLATE_NOOP("Values", "活动成效"),
    QT_TRANSLATE_NOOP("Values", "获奖情况"),
    QT_TRANSLATE_NOOP("Values", "落实计划项"),
    QT_TRANSLATE_NOOP("Values", "年度"),
    QT_TRANSLATE_NOOP("Values", "计划项目"),
    QT_TRANSLATE_NOOP("Values", "具体内容"),
    QT_TRANSLATE_NOOP("Values", "计划时间"),
    QT_TRANSLATE_NOOP("Values", "负责人"),
    QT_TRANSLATE_NOOP("Values", "状态"),
    QT_TRANSLATE_NOOP("Values", "非会员对象"),
    QT_TRANSLATE_NOOP("Values", "关系"),
    QT_TRANSLATE_NOOP("Values", "慰问类别"),
    QT_TRANSLATE_NOOP("Values", "节日"),
    QT_TRANSLATE_NOOP("Values", "慰问金"),
    QT_TRANSLATE_NOOP("Values", "慰问品"),
    QT_TRANSLATE_NOOP("Values", "物品价值"),
    QT_TRANSLATE_NOOP("Values", "经费来源"),
    QT_TRANSLATE_NOOP("Values", "慰问人"),
    QT_TRANSLATE_NOOP("Values", "超标理由"),
    QT_TRANSLATE_NOOP("Values", "凭证号"),
    QT_TRANSLATE_NOOP("Values", "摘要"),
    QT_TRANSLATE_NOOP("Values", "科目"),
    QT_TRANSLATE_NOOP("Values", "收入"),
    QT_TRANSLATE_NOOP("Values", "支出"),
    QT_TRANSLATE_NOOP("Values", "余额"),
    QT_TRANSLATE_NOOP("Values", "付款人/收款人"),
    # 慰问标准（规则集的名称）
    QT_TRANSLATE_NOOP("Values", "安徽省（2018试行）"),
    QT_TRANSLATE_NOOP("Values", "安徽省（2025）"),
    QT_TRANSLATE_NOOP("Values", "自定义"),
    QT_TRANSLATE_NOOP("Values", "福建省（2018）"),
    QT_TRANSLATE_NOOP("Values", "广东省"),
    QT_TRANSLATE_NOOP("Values", "湖北省"),
    QT_TRANSLATE_NOOP("Values", "四川省"),
    # 会籍变更原因
    QT_TRANSLATE_NOOP("Values", "恢复会籍"),
    QT_TRANSLATE_NOOP("Values", "返聘"),
    QT_TRANSLATE_NOOP("Values", "重新入会"),
    QT_TRANSLATE_NOOP("Values", "退休"),
    QT_TRANSLATE_NOOP("Values", "失业"),
    QT_TRANSLATE_NOOP("Values", "待岗"),
    QT_TRANSLATE_NOOP("Values", "出国"),
    QT_TRANSLATE_NOOP("Values", "调动"),
    QT_TRANSLATE_NOOP("Values", "辞职"),
    QT_TRANSLATE_NOOP("Values", "合同到期"),
    QT_TRANSLATE_NOOP("Values", "解除劳动合同"),
    QT_TRANSLATE_NOOP("Values", "本人申请"),
    QT_TRANSLATE_NOOP("Values", "连续六个月未缴纳会费"),
    QT_TRANSLATE_NOOP("Values", "严重违纪"),
    QT_TRANSLATE_NOOP("Values", "病故"),
    QT_TRANSLATE_NOOP("Values", "因公殉职"),
    # 慰问类别 (the defaults; the clerk's own kinds show as typed)
    QT_TRANSLATE_NOOP("Values", "生病住院"),
    QT_TRANSLATE_NOOP("Values", "住院手术"),
    QT_TRANSLATE_NOOP("Values", "生育"),
    QT_TRANSLATE_NOOP("Values", "结婚"),
    QT_TRANSLATE_NOOP("Values", "生日"),
    QT_TRANSLATE_NOOP("Values", "会员去世"),
    QT_TRANSLATE_NOOP("Values", "直系亲属去世"),
    QT_TRANSLATE_NOOP("Values", "困难帮扶"),
    QT_TRANSLATE_NOOP("Values", "节日慰问"),
    QT_TRANSLATE_NOOP("Values", "夏送清凉"),
    QT_TRANSLATE_NOOP("Values", "冬送温暖"),
    QT_TRANSLATE_NOOP("Values", "金秋助学"),
    # 节日
    QT_TRANSLATE_NOOP("Values", "元旦"),
    QT_TRANSLATE_NOOP("Values", "春节"),
    QT_TRANSLATE_NOOP("Values", "清明"),
    QT_TRANSLATE_NOOP("Values", "劳动节"),
    QT_TRANSLATE_NOOP("Values", "端午"),
    QT_TRANSLATE_NOOP("Values", "中秋"),
    QT_TRANSLATE_NOOP("Values", "国庆"),
    # 经费来源
    QT_TRANSLATE_NOOP("Values", "工会经费"),
    QT_TRANSLATE_NOOP("Values", "行政经费"),
    QT_TRANSLATE_NOOP("Values", "上级帮扶资金"),
    # 与会员关系
    QT_TRANSLATE_NOOP("Values", "配偶"),
    QT_TRANSLATE_NOOP("Values", "父母"),
    QT_TRANSLATE_NOOP("Values", "子女"),
    QT_TRANSLATE_NOOP("Values", "其他亲属"),
    QT_TRANSLATE_NOOP("Values", "亲属"),
    # 慰问标准的规则 (resources/benefit_rules/*.json) and the documents they come from
    QT_TRANSLATE_NOOP("Values", "会员去世慰问上限"),
    QT_TRANSLATE_NOOP("Values", "住院慰问单次上限"),
    QT_TRANSLATE_NOOP("Values", "住院手术慰问单次上限"),
    QT_TRANSLATE_NOOP("Values", "同一疾病住院慰问每年一次"),
    QT_TRANSLATE_NOOP("Values", "困难帮扶每年一次、上限2000元"),
    QT_TRANSLATE_NOOP("Values", "生日慰问上限"),
    QT_TRANSLATE_NOOP("Values", "生育慰问上限"),
    QT_TRANSLATE_NOOP("Values", "直系亲属去世慰问上限"),
    QT_TRANSLATE_NOOP("Values", "结婚慰问上限"),
    QT_TRANSLATE_NOOP("Values", "节日慰问品全年合计上限"),
    QT_TRANSLATE_NOOP("Values", "节日慰问品全年合计上限（经费充裕的可到1500元）"),
    QT_TRANSLATE_NOOP("Values", "退休慰问上限"),
    QT_TRANSLATE_NOOP("Values", "四川省总工会基层工会经费收支管理实施办法"),
    QT_TRANSLATE_NOOP("Values", "安徽省基层工会经费收支管理实施细则（试行，2018年）"),
    QT_TRANSLATE_NOOP("Values", "广东省基层工会经费收支管理实施办法"),
    QT_TRANSLATE_NOOP("Values", "本单位经费管理办法（在“慰问标准”中填写上限）"),
    QT_TRANSLATE_NOOP("Values", "湖北省总工会基层工会经费收支管理实施办法"),
    QT_TRANSLATE_NOOP("Values", "皖工发〔2025〕18号"),
    QT_TRANSLATE_NOOP("Values", "福建省总工会基层工会经费收支管理办法（2018年）"),
    QT_TRANSLATE_NOOP("Values", "数额按公开资料摘录，使用前请对照发文原文核实"),
    # 分录的来源 (core/ledger.SOURCE_LABELS)
    QT_TRANSLATE_NOOP("Values", "活动"),
    QT_TRANSLATE_NOOP("Values", "慰问"),
    QT_TRANSLATE_NOOP("Values", "会费收缴"),
    QT_TRANSLATE_NOOP("Values", "拨缴经费"),
    QT_TRANSLATE_NOOP("Values", "节日慰问发放"),
    # 会计科目 (resources/ledger/chart.json: the 2021 chart, and the 2010 subjects it no longer has)
    QT_TRANSLATE_NOOP("Values", "会费收入"),
    QT_TRANSLATE_NOOP("Values", "拨缴经费收入"),
    QT_TRANSLATE_NOOP("Values", "上级补助收入"),
    QT_TRANSLATE_NOOP("Values", "一般性转移支付补助"),
    QT_TRANSLATE_NOOP("Values", "专项转移支付补助"),
    QT_TRANSLATE_NOOP("Values", "政府补助收入"),
    QT_TRANSLATE_NOOP("Values", "行政补助收入"),
    QT_TRANSLATE_NOOP("Values", "附属单位上缴收入"),
    QT_TRANSLATE_NOOP("Values", "投资收益"),
    QT_TRANSLATE_NOOP("Values", "其他收入"),
    QT_TRANSLATE_NOOP("Values", "职工活动支出"),
    QT_TRANSLATE_NOOP("Values", "职工教育支出"),
    QT_TRANSLATE_NOOP("Values", "文体活动支出"),
    QT_TRANSLATE_NOOP("Values", "宣传活动支出"),
    QT_TRANSLATE_NOOP("Values", "劳模职工疗休养支出"),
    QT_TRANSLATE_NOOP("Values", "会员活动支出"),
    QT_TRANSLATE_NOOP("Values", "其他活动支出"),
    QT_TRANSLATE_NOOP("Values", "职工服务支出"),
    QT_TRANSLATE_NOOP("Values", "劳动和技能竞赛"),
    QT_TRANSLATE_NOOP("Values", "建家活动"),
    QT_TRANSLATE_NOOP("Values", "职工创新活动"),
    QT_TRANSLATE_NOOP("Values", "职工书屋"),
    QT_TRANSLATE_NOOP("Values", "其他服务支出"),
    QT_TRANSLATE_NOOP("Values", "维权支出"),
    QT_TRANSLATE_NOOP("Values", "劳动关系协调"),
    QT_TRANSLATE_NOOP("Values", "劳动保护"),
    QT_TRANSLATE_NOOP("Values", "法律援助"),
    QT_TRANSLATE_NOOP("Values", "困难职工帮扶"),
    QT_TRANSLATE_NOOP("Values", "送温暖"),
    QT_TRANSLATE_NOOP("Values", "其他维权支出"),
    QT_TRANSLATE_NOOP("Values", "业务支出"),
    QT_TRANSLATE_NOOP("Values", "培训"),
    QT_TRANSLATE_NOOP("Values", "会议"),
    QT_TRANSLATE_NOOP("Values", "专项业务"),
    QT_TRANSLATE_NOOP("Values", "其他业务支出"),
    QT_TRANSLATE_NOOP("Values", "行政支出"),
    QT_TRANSLATE_NOOP("Values", "资本性支出"),
    QT_TRANSLATE_NOOP("Values", "补助下级支出"),
    QT_TRANSLATE_NOOP("Values", "对附属单位的支出"),
    QT_TRANSLATE_NOOP("Values", "其他支出"),
    QT_TRANSLATE_NOOP("Values", "事业收入"),
    QT_TRANSLATE_NOOP("Values", "事业支出"),
)


def person_label(name: str, department: str = "", id_number: str | None = None) -> str:
    """A name with what tells namesakes apart: department and the last four characters of the ID number."""
    details = [part for part in (department, id_number[-4:] if id_number else "") if part]
    if not details:
        return name
    return QCoreApplication.translate("Values", "{name}（{details}）").format(
        name=name, details=QCoreApplication.translate("Values", "，").join(details)
    )


def kind_label(kind: str, festival: str = "") -> str:
    """A visit's kind as the interface shows it: 'Festival gift · Mid-Autumn' for 节日慰问·中秋."""
    if not festival:
        return shown(kind)
    return QCoreApplication.translate("Values", "{kind}·{festival}").format(
        kind=shown(kind), festival=shown(festival)
    )


def recipient_label(member_name: str, person_name: str = "", relation: str = "") -> str:
    """Who was visited: the member, or '李秀英（张三的配偶）' for a member's family."""
    if not person_name:
        return member_name
    return QCoreApplication.translate("Values", "{person}（{member}的{relation}）").format(
        person=person_name, member=member_name, relation=shown(relation or "亲属")
    )


def list_label(values: Iterable[str]) -> str:
    """Values as a list, each shown translated: '生病住院、住院手术' or 'Illness in hospital, Surgery'."""
    return QCoreApplication.translate("Values", "、").join(shown(v) for v in values)


def source_label(source: str) -> str:
    """Where a benefit rule comes from ('皖工发〔2025〕18号', or a document with its year added), translated
    when it is one of the shipped rule files' documents."""
    match = re.fullmatch(r"(.+)（(\d{4})年）", source)
    if match and shown(source) == source:
        return QCoreApplication.translate("Values", "{document}（{year}年）").format(
            document=shown(match[1]), year=match[2]
        )
    return shown(source)


def subject_label(code: str, name: str, *, indent: bool = False) -> str:
    """A subject of the chart as the interface shows it: '401 Membership dues income' for 401 会费收入; a
    sub-item the clerk named shows as typed. `indent` sets a sub-item (5-digit code) in under its subject."""
    return ("\u2003\u2003" if indent and len(code) > 3 else "") + f"{code} {shown(name)}"


def entry_source_label(label: str, title: str, source_id: int | None) -> str:
    """What caused a cash book entry: '活动：春季运动会' / 'Activity: Sports day', or '慰问 #12'."""
    if title:
        return QCoreApplication.translate("Values", "{kind}：{title}").format(kind=shown(label), title=title)
    return QCoreApplication.translate("Values", "{kind} #{id}").format(kind=shown(label), id=source_id)


def stored_value(text: str, values: Iterable[str]) -> str:
    """The stored value among `values` that `text` shows (a translated name typed back), else the text."""
    for value in values:
        if text in (value, shown(value)):
            return value
    return text


# A widget (and what it holds) that shows the Chinese document being written — the summary's paragraphs, the
# ways its date can be written — sets this property to True: its text is the document, in Chinese whatever
# the interface language (tests/ui/test_english.py leaves it out).
DOCUMENT_TEXT = "documentText"


def mark_document_text(widget: QWidget) -> QWidget:
    widget.setProperty(DOCUMENT_TEXT, True)
    return widget


def shown(value: str | None) -> str:
    """A stored value as the interface shows it."""
    if not value:
        return ""
    return QCoreApplication.translate(CONTEXT, value)


class ValueCombo(QComboBox):
    """Items show translated values; the text API (currentText, setCurrentText, findText) uses stored ones."""

    def __init__(
        self, values: Iterable[str] = (), *, editable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        self.addItems(values)

    def addItems(self, values: Iterable[str]) -> None:  # noqa: N802 - Qt's name
        for value in values:
            self.addItem(shown(value), value)

    def add_value(self, value: str) -> None:
        self.addItem(shown(value), value)

    def findText(self, value: str, *args: object) -> int:  # noqa: N802 - Qt's name
        return self.findData(value)

    def currentText(self) -> str:  # noqa: N802 - Qt's name
        """The stored value chosen, or (editable) typed: a translated item typed back is its stored value."""
        text = super().currentText()
        if self.isEditable():
            index = super().findText(text)
            if index >= 0 and isinstance(self.itemData(index), str):
                return self.itemData(index)
            return text
        data = self.currentData()
        return data if isinstance(data, str) else text

    def setCurrentText(self, value: str) -> None:  # noqa: N802 - Qt's name
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setEditText(shown(value))
