"""Values and rows shared by the import tests (ID numbers with correct check characters, a messy roster)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

# Valid ID numbers (GB 11643 check characters computed) used across the import tests.
MAN_1990 = "110105199003071239"  # 男, 1990-03-07
WOMAN_1985 = "440304198511200021"  # 女, 1985-11-20
WOMAN_2001 = "110105200101010048"  # 女, 2001-01-01


def messy_roster() -> list[list[object]]:
    """A roster as offices keep it: title rows, a merged unit line, a blank row, odd headers and cells."""
    import datetime as dt

    return [
        ["某某疾病预防控制中心工会会员花名册", None, None, None, None, None, None, None, None],
        ["填报单位：某某疾控中心", None, None, None, None, None, None, None, None],
        [],
        ["序号", "名字", "性别", "公民身份号码", "出生年月", "科室", "手机号码", "入会时间", "工号"],
        [1, "张\u3000三", "男", MAN_1990, "1990.03", "办公室", 13800138000, dt.datetime(2012, 7, 1), "A01"],
        [
            2,
            " 李四\u00a0",
            "F",
            WOMAN_1985[:-1] + "5",
            31371,
            "检验科",
            "１３９００１３９０００",
            "2015年3月",
            None,
        ],
        [3, "王五", "女", "１１０１０５２００１０１０１００４８", None, "办公室", None, "2021/3/1", "C03"],
        [4, "赵六", "男", 1.10105e17, None, "后勤", None, "2019-3-1", None],
    ]


def write_workbook(path: Path, rows: Sequence[Sequence[object]], merge: str | None = None) -> Path:
    """A one-sheet .xlsx at path, each row a list of cell values written as they are."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path
