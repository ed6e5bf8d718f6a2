"""The year plan: its guiding text, goals and numbered items, and the validation of the item form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import joined, msg, reason_of

NOT_STARTED, IN_PROGRESS, DONE, CANCELLED = "未开始", "进行中", "已完成", "取消"
PLAN_STATUSES = (NOT_STARTED, IN_PROGRESS, DONE, CANCELLED)


@dataclass
class PlanYear:
    year: int
    guiding: str = ""  # 指导思想
    goals: str = ""  # 工作目标
    copied_from: int | None = None


@dataclass
class PlanItem:
    year: int
    title: str
    position: int = 0  # 1-based number within the year
    details: str = ""
    category: str = ""
    planned_month: int | None = None
    planned_quarter: int | None = None
    responsible: str = ""
    status: str = NOT_STARTED
    notes: str = ""
    id: int | None = None

    @property
    def planned_label(self) -> str:
        if self.planned_month:
            return f"{self.planned_month}月"
        if self.planned_quarter:
            return f"第{'一二三四'[self.planned_quarter - 1]}季度"
        return ""


_QUARTER_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def parse_planned(text: str) -> tuple[int | None, int | None]:
    """'3月' / '3' -> (3, None); 'Q2' / '第二季度' / '二季度' -> (None, 2); '' -> (None, None)."""
    cleaned = re.sub(r"\s+", "", str(text)).upper()
    if not cleaned or cleaned in ("全年", "常年"):
        return None, None
    match = re.fullmatch(r"(\d{1,2})月?(份)?", cleaned)
    if match:
        month = int(match.group(1))
        if 1 <= month <= 12:
            return month, None
        raise ValueError(msg("月份“{text}”应在1到12之间", text=text))
    match = re.fullmatch(r"(?:Q([1-4])|第?([一二三四1-4])季度?)", cleaned)
    if match:
        return None, _QUARTER_WORDS[match.group(1) or match.group(2)]
    raise ValueError(msg("“{text}”不是月份或季度，应写成“3月”或“第二季度”", text=text))


def validate_plan_item(form: dict[str, str], *, year: int) -> PlanItem:
    """Turn the plan item form into a PlanItem or raise FieldErrors. Keys: title, details, category,
    planned (month or quarter text), responsible, status, notes."""
    errors = FieldErrors()
    text = {k: ("" if v is None else str(v).strip()) for k, v in form.items()}
    title = text.get("title", "")
    if not title:
        errors.add("title", msg("计划项目名称不能为空"))
    elif len(title) > 200:
        errors.add("title", msg("计划项目名称过长（最多200字）"))
    month = quarter = None
    try:
        month, quarter = parse_planned(text.get("planned", ""))
    except ValueError as exc:
        errors.add("planned", msg("计划时间：{reason}", reason=reason_of(exc)))
    status = text.get("status") or NOT_STARTED
    if status not in PLAN_STATUSES:
        errors.add("status", msg("状态应为{choices}之一，不是“{status}”", choices=joined(PLAN_STATUSES, "、"), status=status))
    if not 1900 <= year <= 2999:
        errors.add("year", msg("年份 {year} 无效", year=year))
    if errors.errors:
        raise errors
    return PlanItem(
        year=year,
        title=title,
        details=text.get("details", ""),
        category=text.get("category", ""),
        planned_month=month,
        planned_quarter=quarter,
        responsible=text.get("responsible", ""),
        status=status,
        notes=text.get("notes", ""),
    )
