"""What an import found wrong, row by row, and the report a finished (or refused) import gives back."""

from __future__ import annotations

import pickle
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from unionclerk.core.messages import msg
from unionclerk.transfer.base import ERROR, WARNING, Problem, RawRow, TransferError, shorten

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
                "未导入任何数据 — 发现 {errors} 个错误（{rows} 行）",
                errors=len(self.errors),
                rows=len(self.error_rows),
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

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def valid_count(self) -> int:
        return len(self.valid_rows)

    def rows_to_write(self) -> Iterator[Row]:
        """The rows an import writes, in the order it writes them."""
        return iter(self.valid_rows)


class StreamedRows(Generic[Row]):
    """A book's file checked row by row, keeping in memory what the preview and the all-or-nothing decision
    need — every problem, the refused rows (for the error workbook), the counts — but not the rows that will be
    written: those are spooled, pickled, to a temporary file and read back one by one by the import.

    So a 50,000-row roster costs its problems and the keys the checks across rows compare (ID numbers, names),
    not 50,000 records; and the rows written are exactly the rows checked, whatever happens to the file
    meanwhile. `check` turns data rows into checked rows; it holds whatever the rows are checked against (the
    stored roster, the categories), read before the check.
    """

    def __init__(
        self,
        table: Table,
        header: HeaderMap,
        check: Callable[[Iterable[RawRow]], Iterator[Row]],
        data: Iterable[RawRow],
        *,
        keep_unmapped: bool = True,
        file_problems: list[Problem] | None = None,
    ) -> None:
        self.table, self.header, self.check = table, header, check
        self.keep_unmapped = keep_unmapped
        self.file_problems = file_problems or []
        self.row_count = 0
        self.valid_count = 0
        self.error_rows: list[Row] = []  # with their cells as read, for the error workbook
        self._row_problems: list[Problem] = []
        try:
            # Open as long as this object lives (closed, and so deleted, when it goes).
            self._spool = tempfile.TemporaryFile(prefix="unionclerk-import-")  # noqa: SIM115
        except OSError as exc:
            raise _spool_error(exc) from None
        weakref.finalize(self, self._spool.close)
        try:
            for row in check(data):
                self.row_count += 1
                self._row_problems.extend(row.problems)
                if row.ok:
                    self.valid_count += 1
                    # A row that will be written drops its cells as read: only refused rows go to the error
                    # workbook, so the spool holds records, not their cells as well.
                    row.values = []
                    pickle.dump(row, self._spool, pickle.HIGHEST_PROTOCOL)
                else:
                    self.error_rows.append(row)
                self._checked(row)
            self._spool.flush()
        except OSError as exc:
            raise _spool_error(exc) from None

    def _checked(self, row: Row) -> None:
        """Called with each row as it is checked: a book that needs a figure of the whole file keeps it."""

    @property
    def problems(self) -> list[Problem]:
        return [*self.header.notices, *self.file_problems, *self._row_problems]

    @property
    def unknown_headers(self) -> list[str]:
        return [self.header.header_of(i) for i in self.header.unknown]

    def error_workbook_rows(self) -> list[tuple[list[object], str]]:
        """(cells as read, why) for each refused row: what write_error_rows writes."""
        return [(row.values, row.error_text()) for row in self.error_rows]

    def data_rows(self) -> Iterator[RawRow]:
        """The file's data rows again, to check them anew (against a roster changed since): from memory when
        the reader kept them all (a CSV, an .xls, a small sheet), else read again from the file, which must not
        have changed since it was first read."""
        from unionclerk.transfer.headers import iter_data_rows

        table = self.table
        if table.more is not None:
            if table.reopen is None:
                raise RuntimeError("a streamed table that cannot be read again")
            table = table.reopen()
            if table.stamp != self.table.stamp or table.more is None:
                raise TransferError(
                    msg(
                        "“{name}”在检查之后被改动过：导入中止，未写入任何数据。请重新检查该文件后再导入。",
                        name=self.table.source,
                    )
                )
        return iter_data_rows(table, self.header)

    def rows_to_write(self) -> Iterator[Row]:
        """The rows an import writes, in file order, read back from the spool one at a time."""
        spool = self._spool
        position = 0
        for _ in range(self.valid_count):
            spool.seek(position)  # another walk in between may have moved the file's position
            row = pickle.load(spool)
            position = spool.tell()
            yield row

    @property
    def valid_rows(self) -> list[Row]:
        return list(self.rows_to_write())

    @property
    def rows(self) -> list[Row]:
        """Every row, records included, in file order: for a small file or a test (an import walks the valid
        rows once, from the spool)."""
        return sorted([*self.rows_to_write(), *self.error_rows], key=lambda row: row.number)


def _spool_error(exc: OSError) -> TransferError:
    return TransferError(
        msg("无法写入检查用的临时文件（{reason}）：请检查磁盘空间后再导入。", reason=str(exc.strerror or exc))
    )


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that everything is rolled back."""


def import_rows(
    store: Store,
    parsed: ParsedRows[Row] | StreamedRows[Row],
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
    report = ImportReport(rows=parsed.row_count, problems=parsed.problems, dry_run=dry_run)
    errors = parsed.error_rows
    if errors and not skip_invalid:
        report.skipped = parsed.row_count
        return report
    report.skipped = len(errors)
    total = parsed.valid_count
    try:
        with store.transaction():
            for done, row in enumerate(parsed.rows_to_write(), start=1):
                outcome = write_row(row)
                setattr(report, outcome, getattr(report, outcome) + 1)
                if progress and (done % 200 == 0 or done == total):
                    progress(done, total)
            if finish:
                finish()
            if dry_run:
                raise _DryRun
    except _DryRun:
        return report
    report.written = True
    return report
