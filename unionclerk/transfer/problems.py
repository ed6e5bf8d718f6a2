"""What an import found wrong, row by row, and the report a finished (or refused) import gives back."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "错误"  # the row cannot be imported as it is
WARNING = "提示"  # imported, but the clerk should look (e.g. a month-only date)


class TransferError(Exception):
    """The file as a whole cannot be imported (not a workbook, too big, no header…); str() is a Chinese message."""


@dataclass(frozen=True)
class Problem:
    """One problem in one cell (or row, when column is empty) of the file being imported.

    row is the row number as Excel shows it (1-based; for CSV the line number); None for the file itself.
    """

    row: int | None
    column: str
    value: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def describe(self) -> str:
        """'第5行 身份证号 “110105…”：校验位错误…' — one line for a report or a terminal."""
        where = f"第{self.row}行" if self.row is not None else "文件"
        column = f" {self.column}" if self.column else ""
        value = f" “{shorten(self.value)}”" if self.value else ""
        return f"[{self.severity}] {where}{column}{value}：{self.message}"


def shorten(text: str, limit: int = 60) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        counts = (
            f"共 {self.rows} 行：新增 {self.added}，更新 {self.updated}，"
            f"未变 {self.unchanged}，跳过 {self.skipped}"
        )
        if self.dry_run:
            return f"试导入（未写入）— {counts}"
        if not self.written:
            return f"未导入任何数据 — 发现 {len(self.errors)} 个错误（{len(self.error_rows)} 行）"
        return f"导入完成 — {counts}"

    def lines(self) -> list[str]:
        """The report as text lines: summary first, then every problem."""
        out = [self.summary()]
        if self.problems:
            out.append(
                f"问题 {len(self.problems)} 个（错误 {len(self.errors)}，提示 {len(self.warnings)}）："
            )
            out.extend("  " + p.describe() for p in self.problems)
        return out
