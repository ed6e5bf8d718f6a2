"""Import benchmark: importing a generated book of n rows (roster, activities, plan) over openpyxl's read_only
iteration of the same file, with the peak memory of each.

Each measurement runs in a fresh Python process (`python -m unionclerk.bench.importing KIND FILE DB`), so the
peak resident memory it reports is that of the import alone, not of building the file.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from unionclerk.core.idcard import check_char

KINDS = ("members", "activities", "plan")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
_DEPARTMENTS = ("办公室", "检验科", "急性传染病防制科", "免疫规划科", "后勤保障科", "财务科")
ROSTER_FOR_ACTIVITIES = 300  # members the activities file names as participants


def _id_number(number: int, born: dt.date) -> str:
    first17 = f"{110105 + number // 1000}{born:%Y%m%d}{number % 1000:03d}"  # unique per number
    return first17 + check_char(first17)


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
        sex = "男" if (number % 1000) % 2 else "女"
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
        joined = dt.datetime(min(born.year + 22, 2024), rng.randint(1, 12), 1)
        sheet.append(
            [
                number,
                name,
                sex,
                _id_number(number, born),
                born.strftime("%Y.%m.%d"),
                rng.choice(_DEPARTMENTS),
                13800000000 + number,
                joined,
                "群众",
                5000 + number % 3000,
            ]
        )
    book.save(path)


def roster_names(count: int) -> list[str]:
    """count distinct two- and three-character names (so participants resolve to one member each)."""
    names: list[str] = []
    for surname in _SURNAMES:
        for given in _GIVEN:
            names.append(surname + given)
    for surname in _SURNAMES:
        for a in _GIVEN:
            for b in _GIVEN:
                names.append(surname + a + b)
    unique = list(dict.fromkeys(names))
    return unique[:count]


def build_activities(path: Path, n: int, seed: int = 7) -> None:
    """A year of activities, many a day (so a per-day lookup would grow with the file), each naming 1-5 members."""
    rng = random.Random(seed)
    names = roster_names(ROSTER_FOR_ACTIVITIES)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("活动台账")
    sheet.append(["某某单位工会活动台账"])
    sheet.append(
        ["序号", "日期", "活动名称", "类别", "组织层级", "地点", "参与人次", "参与会员", "费用", "备注"]
    )
    start = dt.datetime(2026, 1, 1)
    for number in range(1, n + 1):
        chosen = rng.sample(names, rng.randint(1, 5))
        sheet.append(
            [
                number,
                start + dt.timedelta(days=number % 365),
                f"第{number}次职工活动",
                rng.choice(("文体活动", "教育培训", "知识竞赛", "其他")),
                rng.choice(("本单位组织", "参加上级组织")),
                "职工之家",
                len(chosen) + rng.randint(0, 20),
                "、".join(chosen),
                rng.randint(0, 2000),
                "",
            ]
        )
    book.save(path)


def build_plan(path: Path, n: int, seed: int = 7) -> None:
    """One year's plan of n numbered items with times, people and statuses."""
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("工作计划")
    sheet.append(["某某单位工会2027年工作计划"])
    sheet.append(["序号", "年度", "计划项目", "具体内容", "类别", "计划时间", "负责人", "状态"])
    for number in range(1, n + 1):
        sheet.append(
            [
                number,
                2027,
                f"第{number}项重点工作",
                "组织会员参加，做好记录",
                rng.choice(("文体活动", "教育培训", "帮扶")),
                f"{rng.randint(1, 12)}月",
                rng.choice(_SURNAMES) + rng.choice(_GIVEN),
                rng.choice(("未开始", "进行中", "已完成")),
            ]
        )
    book.save(path)


def prepare_db(path: Path, kind: str) -> None:
    """An empty data file; for activities, with the roster its participants are named from."""
    from unionclerk.core.members import Member
    from unionclerk.store.db import Store
    from unionclerk.store.members import MemberStore

    with Store.open(path, daily_backup=False) as store:
        if kind == "activities":
            members = [
                Member(name=name, join_date="2010-01-01", sex="女")
                for name in roster_names(ROSTER_FOR_ACTIVITIES)
            ]
            with store.transaction():
                MemberStore(store).add_many([(m, "") for m in members])


# -- the measured part, in a child process ----------------------------------------------


def _peak_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, which starts afresh at exec: ru_maxrss keeps the
    peak of the process it was forked from (the benchmark that built the file), hiding a smaller one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def _measure(kind: str, file: Path, db: Path) -> dict[str, float]:
    """Import file into db (or, for kind 'openpyxl', iterate it read_only); seconds, rows and peak MB."""
    if kind == "openpyxl":
        start = time.perf_counter()
        book = openpyxl.load_workbook(file, read_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        return {"seconds": time.perf_counter() - start, "rows": rows, "added": rows, "peak_mb": _peak_mb()}
    # The modules (and the pinyin tables they load) are imported before the clock starts: a one-time cost of
    # the process, paid before the first import whatever the file.
    from unionclerk.store.db import Store
    from unionclerk.transfer.activities import import_activities, read_activities
    from unionclerk.transfer.members import StoredMembers, import_members, read_members
    from unionclerk.transfer.plan import import_plan, read_plan

    with Store.open(db, daily_backup=False) as store:
        ready_mb = _peak_mb()
        start = time.perf_counter()
        if kind == "members":
            report = import_members(store, read_members(file, stored=StoredMembers.read(store)))
        elif kind == "activities":
            report = import_activities(store, read_activities(file, store))
        else:
            report = import_plan(store, read_plan(file))
    seconds = time.perf_counter() - start
    if report.errors:
        raise RuntimeError(f"benchmark import went wrong: {report.lines()[:5]}")
    return {
        "seconds": seconds,
        "rows": report.rows,
        "added": report.added,
        "peak_mb": _peak_mb(),
        "ready_mb": ready_mb,
    }


def _child(kind: str, file: Path, db: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "unionclerk.bench.importing", kind, str(file), str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


_BUILDERS = {"members": build_roster, "activities": build_activities, "plan": build_plan}


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run with the median time (its memory figures too)."""
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def run(n: int = 10000, kind: str | None = None, repeats: int = 3) -> list[str]:
    if kind is not None and kind not in KINDS:
        raise SystemExit(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}")
    lines: list[str] = []
    for each in [kind] if kind else KINDS:
        with tempfile.TemporaryDirectory(prefix="unionclerk-bench-") as folder:
            file, db = Path(folder) / f"{each}.xlsx", Path(folder) / "bench.db"
            _BUILDERS[each](file, n)
            prepare_db(db, each)
            # Alternate the two, fresh data file each time, and take the medians: on a shared machine one
            # run of either can be slowed by others' work.
            baselines, results = [], []
            for _ in range(repeats):
                baselines.append(_child("openpyxl", file, db))
                copy = Path(folder) / "run.db"
                shutil.copy(db, copy)
                results.append(_child(each, file, copy))
                copy.unlink()
            baseline = _median(baselines)
            result = _median(results)
        if result["added"] != n or baseline["rows"] != n + 2:
            raise RuntimeError(f"benchmark import of {each} went wrong: {result}")
        ratio = result["seconds"] / baseline["seconds"]
        lines.append(
            f"import-{each}: {ratio:.2f}x (target <= 2)"
            f"    # {n} rows, median of {repeats}: import {result['seconds']:.2f}s, openpyxl read_only iteration "
            f"{baseline['seconds']:.2f}s; peak memory import {result['peak_mb']:.0f} MB "
            f"({result['ready_mb']:.0f} MB before the first row), openpyxl {baseline['peak_mb']:.0f} MB"
        )
    return lines


if __name__ == "__main__":
    print(json.dumps(_measure(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))))
