"""What an import found wrong, row by row, and the report a finished (or refused) import gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from unionclerk.core.messages import msg
from unionclerk.transfer.base import ERROR, WARNING, Problem, TransferError, shorten

if TYPE_CHECKING:
    from unionclerk.store.db import Store
    from unionclerk.transfer.base import Table
    from unionclerk.transfer.headers import HeaderMap

__all__ = ["ERROR", "WARNING", "Problem", "TransferError", "shorten"]  # kept here for older imports


@dataclass
class ImportReport:
    """The outcome of an import (or of a dry run): counts and every problem found."""

    rows: int = 0  # data rows read from the file
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows not imported because of errors
    problems: list[Problem] = field(default_factory=list)
    written: bool = False  # True once the transaction committed
    dry_run: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def error_rows(self) -> list[int]:
        return sorted({p.row for p in self.errors if p.row is not None})

    def summary(self) -> str:
        counts = msg(
            "共 {rows} 行：新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}",
            rows=self.rows,
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )
        if self.dry_run:
            return msg("试导入（未写入）— {counts}", counts=counts)
        if not self.written:
            return msg(
                "未导入任何数据 — 发现 {errors} 个错误（{rows} 行）", errors=len(self.errors), rows=len(self.error_rows)
            )
        return msg("导入完成 — {counts}", counts=counts)

    def lines(self) -> list[str]:
        """The report as text lines: summary first, then every problem."""
        out = [self.summary()]
        if self.problems:
            out.append(
                f"问题 {len(self.problems)} 个（错误 {len(self.errors)}，提示 {len(self.warnings)}）："
            )
            out.extend("  " + p.describe() for p in self.problems)
        return out


# -- the rows of a book as read and checked, before anything is written -------------

Record = TypeVar("Record")


@dataclass
class RowIn(Generic[Record]):
    """One data row of a file after cleaning: the record to write, or the problems that stop it."""

    number: int  # as Excel shows it
    values: list[object]  # the cells as read, for the error workbook
    record: Record | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.record is not None and not any(p.is_error for p in self.problems)

    def error_text(self) -> str:
        """Why the row was refused, for the 导入问题 column of the error workbook."""
        return "；".join(
            f"{p.column}：{p.message}" if p.column else p.message for p in self.problems if p.is_error
        )


Row = TypeVar("Row", bound=RowIn)


@dataclass
class ParsedRows(Generic[Row]):
    """A book's file as read and checked (roster, activities, plan), before anything is written."""

    table: Table
    header: HeaderMap
    rows: list[Row]
    keep_unmapped: bool = True
    file_problems: list[Problem] = field(default_factory=list)  # about the header row, not a data row

    def add(self, row: Row) -> None:
        """Keep a checked row. A row that will be written drops its cells as read (only refused rows go to
        the error workbook), so a large file costs its records, not its cells twice over."""
        if row.ok:
            row.values = []
        self.rows.append(row)

    @property
    def problems(self) -> list[Problem]:
        return [*self.header.notices, *self.file_problems, *(p for row in self.rows for p in row.problems)]

    @property
    def valid_rows(self) -> list[Row]:
        return [r for r in self.rows if r.ok]

    @property
    def error_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.ok]

    @property
    def unknown_headers(self) -> list[str]:
        return [self.header.header_of(i) for i in self.header.unknown]

    def error_workbook_rows(self) -> list[tuple[list[object], str]]:
        """(cells as read, why) for each refused row: what write_error_rows writes."""
        return [(row.values, row.error_text()) for row in self.error_rows]


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that everything is rolled back."""


def import_rows(
    store: Store,
    parsed: ParsedRows[Row],
    write_row: Callable[[Row], str],
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    finish: Callable[[], None] | None = None,
) -> ImportReport:
    """Write the valid rows in one transaction; write_row returns "added", "updated" or "unchanged".

    finish runs after the last row, inside the transaction (a writer that batches its rows flushes there).

    With errors and without skip_invalid nothing is written. A dry run does the same work and rolls back, so
    its counts are exactly what an import would do.
    """
    report = ImportReport(rows=len(parsed.rows), problems=parsed.problems, dry_run=dry_run)
    errors = parsed.error_rows
    if errors and not skip_invalid:
        report.skipped = len(parsed.rows)
        return report
    report.skipped = len(errors)
    valid = parsed.valid_rows
    try:
        with store.transaction():
            for done, row in enumerate(valid, start=1):
                outcome = write_row(row)
                setattr(report, outcome, getattr(report, outcome) + 1)
                if progress and (done % 200 == 0 or done == len(valid)):
                    progress(done, len(valid))
            if finish:
                finish()
            if dry_run:
                raise _DryRun
    except _DryRun:
        return report
    report.written = True
    return report
