"""Import benchmark: importing a generated roster of n rows, over openpyxl's read_only iteration of the file."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import openpyxl

from unionclerk.core.idcard import check_char
from unionclerk.store.db import Store
from unionclerk.transfer.members import import_members, read_members

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
_DEPARTMENTS = ("办公室", "检验科", "急性传染病防制科", "免疫规划科", "后勤保障科", "财务科")


def build_roster(path: Path, n: int, seed: int = 7) -> None:
    """A roster the way offices keep it: a title row, then n members with IDs, dates, phones, departments."""
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["某某单位工会会员花名册"])
    sheet.append(
        [
            "序号",
            "姓名",
            "性别",
            "身份证号",
            "出生日期",
            "部门",
            "联系电话",
            "入会时间",
            "政治面貌",
            "月缴费基数",
        ]
    )
    for number in range(1, n + 1):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(40 * 365))
        sequence = number % 1000
        first17 = f"{110105 + number // 1000}{born:%Y%m%d}{sequence:03d}"  # unique per row
        sex = "男" if sequence % 2 else "女"
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
        joined = dt.datetime(min(born.year + 22, 2024), rng.randint(1, 12), 1)
        sheet.append(
            [
                number,
                name,
                sex,
                first17 + check_char(first17),
                born.strftime("%Y.%m.%d"),
                rng.choice(_DEPARTMENTS),
                13800000000 + number,
                joined,
                "群众",
                5000 + number % 3000,
            ]
        )
    book.save(path)


def run(n: int = 10000) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="unionclerk-bench-") as folder:
        path = Path(folder) / "roster.xlsx"
        build_roster(path, n)

        start = time.perf_counter()
        book = openpyxl.load_workbook(path, read_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        baseline = time.perf_counter() - start

        with Store.open(Path(folder) / "bench.db", daily_backup=False) as store:
            start = time.perf_counter()
            report = import_members(store, read_members(path))
            elapsed = time.perf_counter() - start
        if report.added != n or rows != n + 2:
            raise RuntimeError(f"benchmark import went wrong: {report.summary()}")
    return [
        f"import: {elapsed / baseline:.2f}x (target <= 2)"
        f"    # {n} rows: import {elapsed:.2f}s, openpyxl read_only iteration {baseline:.2f}s"
    ]
