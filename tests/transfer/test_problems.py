"""The import loop and its report on their own: counts, all-or-nothing, skipping, dry runs, progress, words."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.transfer.base import RawRow
from unionclerk.transfer.headers import HeaderMap
from unionclerk.transfer.problems import (
    ERROR,
    WARNING,
    ImportReport,
    ParsedRows,
    Problem,
    RowIn,
    StreamedRows,
    import_rows,
    shorten,
)
from unionclerk.transfer.reading import Table


def parsed_of(*rows: RowIn[str]) -> ParsedRows[RowIn[str]]:
    return ParsedRows(Table("t.xlsx", []), HeaderMap(1, 0, ["姓名"]), list(rows))


def good(number: int, name: str) -> RowIn[str]:
    return RowIn(number, [name], record=name)


def bad(number: int) -> RowIn[str]:
    return RowIn(number, ["?"], record="?", problems=[Problem(number, "姓名", "?", "不是姓名")])


def writer(store: Store, outcomes: dict[str, str] | None = None):
    members = MemberStore(store)

    def write(row: RowIn[str]) -> str:
        members.add(Member(name=str(row.record)))
        return (outcomes or {}).get(str(row.record), "added")

    return write


def names(store: Store) -> list[str]:
    return sorted(m.name for m in MemberStore(store).iter_members(MemberQuery()))


def test_problem_words_and_shortening() -> None:
    problem = Problem(5, "身份证号", "110105199003071230", "校验位错误：最后一位应为 9，不是 0")
    assert (
        problem.describe() == "[错误] 第5行 身份证号 “110105199003071230”：校验位错误：最后一位应为 9，不是 0"
    )
    assert problem.is_error
    warning = Problem(None, "", "", "没有“入会日期”列", WARNING)
    assert warning.describe() == "[提示] 文件：没有“入会日期”列" and not warning.is_error
    assert shorten("甲" * 60) == "甲" * 60
    assert shorten("甲" * 61) == "甲" * 59 + "…"
    assert shorten("abcdef", 4) == "abc…"
    row = RowIn(
        3, [], record=None, problems=[Problem(3, "姓名", "", "姓名为空"), Problem(3, "", "", "整行无效")]
    )
    row.problems.append(Problem(3, "部门", "x", "看一看", WARNING))
    assert row.error_text() == "姓名：姓名为空；整行无效"
    assert not row.ok and not bad(4).ok and good(5, "甲").ok


def test_report_words() -> None:
    report = ImportReport(rows=4, added=1, updated=1, unchanged=1, skipped=1, written=True)
    assert report.summary() == "导入完成 — 共 4 行：新增 1，更新 1，未变 1，跳过 1"
    report.problems = [Problem(2, "姓名", "", "姓名为空"), Problem(3, "部门", "", "提示一下", WARNING)]
    assert report.lines() == [
        "导入完成 — 共 4 行：新增 1，更新 1，未变 1，跳过 1",
        "问题 2 个（错误 1，提示 1）：",
        "  [错误] 第2行 姓名：姓名为空",
        "  [提示] 第3行 部门：提示一下",
    ]
    assert report.error_rows == [2] and len(report.warnings) == 1 and len(report.errors) == 1
    dry = ImportReport(rows=2, added=2, dry_run=True)
    assert dry.summary() == "试导入（未写入）— 共 2 行：新增 2，更新 0，未变 0，跳过 0"
    refused = ImportReport(
        rows=2, problems=[Problem(2, "a", "", "x"), Problem(2, "b", "", "y"), Problem(None, "", "", "z")]
    )
    assert refused.summary() == "未导入任何数据 — 发现 3 个错误（1 行）"
    assert ImportReport().lines() == ["未导入任何数据 — 发现 0 个错误（0 行）"]


def test_all_or_nothing_and_skipping(store: Store) -> None:
    parsed = parsed_of(good(2, "甲"), bad(3), good(4, "乙"))
    assert [r.number for r in parsed.valid_rows] == [2, 4] and [r.number for r in parsed.error_rows] == [3]
    assert parsed.error_workbook_rows() == [(["?"], "姓名：不是姓名")]
    refused = import_rows(store, parsed, writer(store))
    assert (refused.written, refused.skipped, refused.added, refused.rows) == (False, 3, 0, 3)
    assert names(store) == []
    skipped = import_rows(store, parsed, writer(store, {"乙": "updated"}), skip_invalid=True)
    assert (skipped.written, skipped.skipped, skipped.added, skipped.updated) == (True, 1, 1, 1)
    assert names(store) == ["乙", "甲"]


def test_dry_run_counts_and_rolls_back_even_the_finish(store: Store) -> None:
    finished: list[int] = []

    def finish() -> None:
        MemberStore(store).add(Member(name="收尾"))
        finished.append(1)

    report = import_rows(
        store, parsed_of(good(2, "甲"), good(3, "乙")), writer(store), dry_run=True, finish=finish
    )
    assert (report.added, report.written, report.dry_run, finished) == (2, False, True, [1])
    assert names(store) == []
    report = import_rows(store, parsed_of(good(2, "甲")), writer(store), finish=finish)
    assert report.written and names(store) == ["收尾", "甲"]


def test_progress_every_200_rows_and_at_the_end(store: Store) -> None:
    seen: list[tuple[int, int]] = []
    rows = [good(n + 2, f"会员{n}") for n in range(450)]
    report = import_rows(
        store, parsed_of(*rows), lambda row: "unchanged", progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(200, 450), (400, 450), (450, 450)] and report.unchanged == 450


def test_a_failing_write_rolls_everything_back(store: Store) -> None:
    members = MemberStore(store)

    def write(row: RowIn[str]) -> str:
        if row.record == "坏":
            raise RuntimeError("写入失败")
        members.add(Member(name=str(row.record)))
        return "added"

    with pytest.raises(RuntimeError, match="写入失败"):
        import_rows(store, parsed_of(good(2, "甲"), good(3, "坏")), write)
    assert names(store) == []
    assert ERROR == "错误" and WARNING == "提示"


def test_the_report_carries_the_files_problems_and_counts_rows_from_one(store: Store) -> None:
    parsed = parsed_of(good(2, "甲"), bad(3))
    report = import_rows(store, parsed, writer(store), skip_invalid=True)
    assert report.problems == [Problem(3, "姓名", "?", "不是姓名")] and report.errors == report.problems
    seen: list[tuple[int, int]] = []
    rows = [good(n + 2, f"会员{n}") for n in range(199)]
    import_rows(store, parsed_of(*rows), lambda row: "unchanged", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(199, 199)]


def test_a_failing_finish_rolls_the_rows_back(store: Store) -> None:
    """A writer that flushes at the end (festival batches) fails there: the rows before it go too."""

    def finish() -> None:
        raise RuntimeError("收尾失败")

    with pytest.raises(RuntimeError, match="收尾失败"):
        import_rows(store, parsed_of(good(2, "甲"), good(3, "乙")), writer(store), finish=finish)
    assert names(store) == []


def test_a_streamed_row_to_be_written_drops_its_cells_and_a_refused_one_keeps_them() -> None:
    """The rule lives in StreamedRows, once for every book: a check hands over rows with their cells."""

    def check(data: Iterable[RawRow]) -> Iterator[RowIn[str]]:
        for raw in data:
            name = str(raw.values[0])
            yield good(raw.number, name) if name != "?" else bad(raw.number)

    data = [RawRow(2, ["张三"]), RawRow(3, ["?"]), RawRow(4, ["李四"])]
    parsed = StreamedRows(Table("t.xlsx", []), HeaderMap(1, 0, ["姓名"]), check, data)
    assert [(row.number, row.values) for row in parsed.rows_to_write()] == [(2, []), (4, [])]
    assert [row.record for row in parsed.rows_to_write()] == ["张三", "李四"]
    assert parsed.error_workbook_rows() == [(["?"], "姓名：不是姓名")]
    assert (parsed.row_count, parsed.valid_count) == (3, 2)
