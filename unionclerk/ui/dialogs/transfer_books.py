"""What the import dialog and the tabs' 导入…/导出…/下载模板 need to know about each book (roster, activities, plan):
its fields for the mapping step and the Qt-free transfer functions that read, check, import, export and template it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unionclerk.store.db import Store
from unionclerk.transfer import activities as activities_transfer
from unionclerk.transfer import members as members_transfer
from unionclerk.transfer import plan as plan_transfer
from unionclerk.transfer.headers import BookSpec
from unionclerk.transfer.problems import ImportReport, ParsedRows, StreamedRows
from unionclerk.transfer.reading import read_table
from unionclerk.transfer.workbook import write_refused_rows

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TransferBook:
    """One book as the transfer dialogs see it. `parsed` objects are ParsedRows or StreamedRows (ParsedMembers,
    ParsedActivities, ParsedPlan): row_count, valid_count, problems, error_rows, unknown_headers, header."""

    title: str  # source text marked with QT_TRANSLATE_NOOP("TransferBook", …), e.g. 会员花名册
    spec: BookSpec
    # Worker thread: reads and checks the file (the slow part), never the database: (path, overrides,
    # keep_unmapped, what `prepare` read).
    read: Callable[[Path, dict[str, str], bool, Any], Any]
    import_rows: Callable[[Store, Any, bool, Progress | None], ImportReport]
    write_template: Callable[[Path], None]
    # GUI thread, before the worker starts: what the rows are checked against (the stored roster's keys, the
    # names, categories and plan items), read from the database into plain data for `read`. The Store's
    # connection belongs to the GUI thread, so the worker never uses it.
    prepare: Callable[[Store], Any] | None = None
    # GUI thread, after the worker: a book whose rows are checked against the database as a second step.
    check: Callable[[Any, Store, dict[str, str], bool], Any] | None = None
    # Books kept per year (activities, plan): writes one year's printable workbook, returns the row count.
    export_year: Callable[[Store, Path, int], int] | None = None

    def display_title(self) -> str:
        return QCoreApplication.translate("TransferBook", self.title)

    def write_errors(self, path: Path, parsed: ParsedRows | StreamedRows) -> int:
        """The refused rows as a workbook to fix and import again; returns how many."""
        return write_refused_rows(path, parsed, self.spec)


def _read_members(path: Path, overrides: dict[str, str], keep_unmapped: bool, stored: Any) -> Any:
    return members_transfer.read_members(
        path, overrides=overrides, keep_unmapped=keep_unmapped, stored=stored
    )


def _import_members(store: Store, parsed: Any, skip_invalid: bool, progress: Progress | None) -> ImportReport:
    return members_transfer.import_members(store, parsed, skip_invalid=skip_invalid, progress=progress)


MEMBERS_BOOK = TransferBook(
    title=QT_TRANSLATE_NOOP("TransferBook", "会员花名册"),
    spec=members_transfer.MEMBER_SPEC,
    read=_read_members,
    import_rows=_import_members,
    write_template=members_transfer.write_members_template,
    prepare=members_transfer.StoredMembers.read,
)


def _read_activities(path: Path, overrides: dict[str, str], keep_unmapped: bool, context: Any) -> Any:
    # Streamed like `import activities`: checked as read, only the problems and refused rows kept.
    return activities_transfer.read_activities(
        path, context, overrides=overrides, keep_unmapped=keep_unmapped
    )


def _import_activities(
    store: Store, parsed: Any, skip_invalid: bool, _progress: Progress | None
) -> ImportReport:
    # A year holds a few hundred activities at most: one transaction without a progress callback.
    return activities_transfer.import_activities(store, parsed, skip_invalid=skip_invalid)


def _export_activities(store: Store, path: Path, year: int) -> int:
    return activities_transfer.export_activities(store, path, year=year)


ACTIVITIES_BOOK = TransferBook(
    title=QT_TRANSLATE_NOOP("TransferBook", "活动台账"),
    spec=activities_transfer.ACTIVITY_SPEC,
    read=_read_activities,
    prepare=activities_transfer.ActivityContext,
    import_rows=_import_activities,
    write_template=activities_transfer.write_activities_template,
    export_year=_export_activities,
)


def _import_plan(store: Store, parsed: Any, skip_invalid: bool, _progress: Progress | None) -> ImportReport:
    return plan_transfer.import_plan(store, parsed, skip_invalid=skip_invalid)


def _export_plan(store: Store, path: Path, year: int) -> int:
    return plan_transfer.export_plan(store, path, year=year)


def plan_book(year: int) -> TransferBook:
    """The plan book; rows of a file without a 年度 column belong to `year` (the year the plan tab shows)."""

    def read(path: Path, overrides: dict[str, str], keep_unmapped: bool, _prepared: Any) -> Any:
        return plan_transfer.read_plan(path, year=year, overrides=overrides, keep_unmapped=keep_unmapped)

    return TransferBook(
        title=QT_TRANSLATE_NOOP("TransferBook", "年度工作计划"),
        spec=plan_transfer.PLAN_SPEC,
        read=read,
        import_rows=_import_plan,
        write_template=plan_transfer.write_plan_template,
        export_year=_export_plan,
    )


def _read_ledger_table(path: Path, _overrides: dict[str, str], _keep_unmapped: bool, _prepared: Any) -> Any:
    return read_table(path)


def _check_ledger(table: Any, store: Store, overrides: dict[str, str], keep_unmapped: bool) -> Any:
    from unionclerk.transfer import ledger as ledger_transfer

    return ledger_transfer.parse_ledger(table, store, overrides=overrides, keep_unmapped=keep_unmapped)


def _import_ledger(store: Store, parsed: Any, skip_invalid: bool, _progress: Progress | None) -> ImportReport:
    from unionclerk.transfer import ledger as ledger_transfer

    return ledger_transfer.import_ledger(store, parsed, skip_invalid=skip_invalid)


def _ledger_template(path: Path) -> None:
    from unionclerk.transfer import ledger as ledger_transfer

    ledger_transfer.write_ledger_template(path)


def _export_ledger(store: Store, path: Path, year: int) -> int:
    from unionclerk.transfer import ledger_books

    return ledger_books.export_ledger(store, path, year=year)


def _ledger_spec() -> BookSpec:
    from unionclerk.transfer.ledger import LEDGER_SPEC

    return LEDGER_SPEC


LEDGER_BOOK = TransferBook(
    title=QT_TRANSLATE_NOOP("TransferBook", "经费收支明细账"),
    spec=_ledger_spec(),
    read=_read_ledger_table,
    check=_check_ledger,
    import_rows=_import_ledger,
    write_template=_ledger_template,
    export_year=_export_ledger,
)
