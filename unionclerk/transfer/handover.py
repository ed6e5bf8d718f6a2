"""The year-end handover pack: one folder with the year's books, the summary as .docx and PDF, the benefit-rule
compliance report, and a checked copy of the database — what the next clerk or the higher union needs. No Qt (the PDF writer is passed in).

The folder is written under a temporary name beside the target and renamed into place only when every file is
written: a cancel or a failure leaves no half-written folder.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unionclerk.core.members import MEMBER_STATUSES
from unionclerk.core.messages import msg, reason_of
from unionclerk.reports.compliance import compliance_lines
from unionclerk.reports.summary import BOTH, Document, Period, build_document, union_name
from unionclerk.reports.summary_docx import write_docx
from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery
from unionclerk.store.plan import PlanStore
from unionclerk.store.settings import load_settings
from unionclerk.store.visits import VisitStore
from unionclerk.transfer.activities import export_activities
from unionclerk.transfer.members import export_members
from unionclerk.transfer.plan import export_plan
from unionclerk.transfer.visits import export_signoff, export_visits

# Progress: (files done, files in all, what is being written) -> False to cancel.
Progress = Callable[[int, int, str], bool]
PdfWriter = Callable[[Document, Path], object]


class HandoverError(Exception):
    """The pack could not be written; str() says why, in Chinese. Nothing is left behind."""


class HandoverCancelled(HandoverError):
    pass


@dataclass(frozen=True)
class Step:
    file_name: str
    title: str  # what the progress dialog says
    write: Callable[[Path], object]


def default_folder_name(store: Store, year: int) -> str:
    return f"{union_name(load_settings(store))}{year}年度台账移交"


def handover_steps(
    store: Store, year: int, *, pdf_writer: PdfWriter | None, today: dt.date | None = None
) -> list[Step]:
    """The files of the pack, in the order they are written."""
    document = build_document(store, Period.year(year), BOTH, on=today)
    plans = PlanStore(store)
    steps = [
        Step(
            "会员花名册.xlsx",
            "会员花名册",
            lambda p: export_members(store, p, query=MemberQuery(statuses=MEMBER_STATUSES), today=today),
        ),
        Step(
            f"{year}年活动台账.xlsx",
            "活动台账",
            lambda p: export_activities(store, p, year=year, today=today),
        ),
        Step(
            f"{year}年慰问台账.xlsx",
            "慰问台账",
            lambda p: export_visits(store, p, year=year, today=today),
        ),
    ]
    for batch in VisitStore(store).batches(year):  # each festival distribution's signed sheet
        steps.append(
            Step(
                f"{batch.date}{batch.festival}签收表.xlsx",
                f"{batch.festival}签收表",
                lambda p, b=batch: export_signoff(store, p, [b], today=today),
            )
        )
    steps += _ledger_steps(store, year, today)
    for plan_year in (year, year + 1):
        if plans.items(plan_year):
            steps.append(
                Step(
                    f"{plan_year}年工作计划.xlsx",
                    f"{plan_year}年工作计划",
                    lambda p, y=plan_year: export_plan(store, p, year=y, today=today),
                )
            )
    steps.append(
        Step(
            f"{year}年慰问合规检查.txt",
            "慰问合规检查",
            lambda p: _write_lines(p, compliance_lines(store, year)),
        )
    )
    steps.append(Step(f"{document.title}.docx", "工作总结（Word）", lambda p: write_docx(document, p)))
    if pdf_writer is not None:
        steps.append(Step(f"{document.title}.pdf", "工作总结（PDF）", lambda p: pdf_writer(document, p)))
    steps.append(
        Step(
            f"{store.path.stem}-{year}年底副本.db",
            "数据文件副本（已检查）",
            lambda p: _checked_copy(store, p),
        )
    )
    return steps


def _ledger_steps(store: Store, year: int, today: dt.date | None) -> list[Step]:
    """The 经费 books of a year that has a cash book: 明细账 and 收入支出表; 会费收缴台账 when dues were collected."""
    from unionclerk.store.dues import DuesStore
    from unionclerk.store.ledger import LedgerStore
    from unionclerk.transfer.ledger_books import export_dues, export_income_statement, export_ledger

    if not LedgerStore(store).state(year).entries:
        return []
    steps = [
        Step(
            f"{year}年经费收支明细账.xlsx",
            "经费收支明细账",
            lambda p: export_ledger(store, p, year=year, today=today),
        ),
        Step(
            f"{year}年收入支出表.xlsx",
            "收入支出表",
            lambda p: export_income_statement(store, p, year=year, today=today),
        ),
    ]
    if DuesStore(store).collections(year):
        steps.append(
            Step(
                f"{year}年会费收缴台账.xlsx",
                "会费收缴台账",
                lambda p: export_dues(store, p, year=year, today=today),
            )
        )
    return steps


def _write_lines(path: Path, lines: list[str]) -> None:
    """Plain text with a UTF-8 byte-order mark and CRLF, so Notepad on an older Windows shows the Chinese."""
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig", newline="")


def _checked_copy(store: Store, target: Path) -> None:
    """A backup through the program's own backup code (so it is also among the backups), copied and checked.
    A file opened read-only (a write-protected stick) gets no backup beside it: it is copied straight in."""
    if store.read_only:
        backups.copy_database(store, target)
    else:
        made = backups.make_backup(store, kind="handover")
        shutil.copy2(made, target)
    problems = backups.check_backup(target)
    if problems:
        raise HandoverError(msg("数据文件副本检查未通过：{problems}", problems="；".join(problems)))


def write_handover(
    store: Store,
    year: int,
    folder: Path,
    *,
    pdf_writer: PdfWriter | None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the pack into `folder` (which must not exist yet); returns the files written."""
    folder = Path(folder)
    if folder.exists():
        raise HandoverError(msg("“{folder}”已存在；移交包只写入新文件夹，请换一个名称或位置。", folder=str(folder)))
    if not folder.parent.is_dir():
        raise HandoverError(msg("文件夹“{folder}”不存在。", folder=str(folder.parent)))
    steps = handover_steps(store, year, pdf_writer=pdf_writer, today=today)
    try:
        partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".partial", dir=folder.parent))
    except OSError as exc:
        raise HandoverError(msg("无法在“{folder}”中写入：{reason}", folder=str(folder.parent), reason=str(exc))) from exc
    try:
        for number, step in enumerate(steps):
            if progress is not None and not progress(number, len(steps), step.title):
                raise HandoverCancelled(msg("已取消，移交包没有写出。"))
            try:
                step.write(partial / step.file_name)
            except HandoverError:
                raise
            except Exception as exc:  # the world's fault (disk full, a locked file): say which file
                raise HandoverError(msg("写“{file}”时出错：{reason}", file=step.file_name, reason=reason_of(exc))) from exc
        if progress is not None and not progress(len(steps), len(steps), ""):
            raise HandoverCancelled(msg("已取消，移交包没有写出。"))
        partial.rename(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return [folder / step.file_name for step in steps]
