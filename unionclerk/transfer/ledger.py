"""An existing cash book from Excel/WPS/CSV into the 经费 book (all or nothing), and its template.

What clerks' books look like: a subject by code or by name (a name wins; a bare code is read by the chart of
the entry's year, 2010's before 2022, and the translation is shown); no voucher numbers (numbered after the
largest of the year); a 余额 column (checked against the computed balance, never trusted); a first row
上年结转/期初余额 carrying the opening balance; 本月合计/本年累计 rows (recognised and skipped).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from unionclerk.core.ledger import EXPENSE, INCOME, KIND_WORDS, Chart, Entry
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg, reason_of
from unionclerk.core.money import format_yuan
from unionclerk.store.db import Store
from unionclerk.store.ledger import LedgerStore
from unionclerk.transfer import cleaning
from unionclerk.transfer.headers import (
    BookSpec,
    FieldSpec,
    HeaderMap,
    book_header,
    book_rows,
    join_notes,
    row_cells,
)
from unionclerk.transfer.problems import (
    WARNING,
    ImportReport,
    ParsedRows,
    Problem,
    RowIn,
    TransferError,
    import_rows,
)
from unionclerk.transfer.reading import DEFAULT_LIMITS, Limits, RawRow, Table, is_blank, read_table
from unionclerk.transfer.workbook import write_refused_rows, write_template

F = FieldSpec
LEDGER_SPEC = BookSpec(
    title="经费收支明细账",
    fields=(
        F("date", "日期", ("记账日期", "发生日期", "时间", "年月日"), True, "如 2026-03-05", "2026-03-05"),
        F(
            "voucher",
            "凭证号",
            ("凭证编号", "凭证字号", "凭证", "记账凭证号", "凭单号"),
            help="可不填：按年自动编号；同一年内不能重复",
            example="1",
        ),
        F("summary", "摘要", ("内容", "事由", "摘 要", "业务内容", "说明"), True, "", "收3月会费"),
        F(
            "subject",
            "科目",
            ("会计科目", "科目名称", "科目编码", "科目代码", "收支科目", "支出科目", "收入科目"),
            True,
            "编码或名称，如 401、会费收入、文体活动；2022年以前的账按2010年科目表读编码，名称优先",
            "401 会费收入",
        ),
        F(
            "income",
            "收入",
            ("收入金额", "借方", "借方金额", "收入(元)", "收款"),
            help="元，可带千分位",
            example="2,835.00",
        ),
        F("expense", "支出", ("支出金额", "贷方", "贷方金额", "支出(元)", "付款"), help="元", example=""),
        F(
            "balance",
            "余额",
            ("结余", "余额(元)", "账面余额"),
            help="只用来核对，导入时按收支重新计算",
            example="",
        ),
        F(
            "party",
            "付款人/收款人",
            ("收款人", "付款人", "收款单位", "往来单位", "对方单位"),
            example="财务科",
        ),
        F("notes", "备注", (), example=""),
    ),
)

OPENING_WORDS = ("上年结转", "上年结余", "期初余额", "年初余额", "承前页", "上期结转", "期初结余")
TOTAL_WORDS = ("本月合计", "本年累计", "本月小计", "累计", "本期合计", "过次页", "年末余额", "结转下年")

LedgerRowIn = RowIn[Entry]


@dataclass
class ParsedLedger(ParsedRows[LedgerRowIn]):
    """The file as read and checked. opening: (year, fen) from a 上年结转 row; skipped: total rows passed over."""

    opening: tuple[int, int] | None = None
    skipped_totals: int = 0


def read_ledger(
    path: str | Path,
    store: Store,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedLedger:
    return parse_ledger(
        read_table(path, limits=limits),
        store,
        overrides=overrides,
        keep_unmapped=keep_unmapped,
        limits=limits,
    )


def parse_ledger(
    table: Table,
    store: Store,
    *,
    overrides: dict[str, str] | None = None,
    keep_unmapped: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedLedger:
    header = book_header(table, LEDGER_SPEC, overrides, required=("summary", "subject"))
    rows = book_rows(table, header, msg("没有分录"))
    ledger = LedgerStore(store)
    chart = ledger.chart()
    parsed = ParsedLedger(table, header, [], keep_unmapped)
    translations: Counter[str] = Counter()
    seen_vouchers: dict[tuple[int, int], int] = {}
    closed_checked: dict[int, bool] = {}
    balance: int | None = None  # running balance in file order, for the 余额 check
    balance_gap = 0  # the difference already reported
    first_data = True
    for raw in rows:
        cells, extra, problems = row_cells(
            raw, header, keep_unmapped=keep_unmapped, max_chars=limits.max_cell_chars
        )
        summary = cleaning.clean_text(cells.get("summary"))
        plain = summary.replace(" ", "")
        if plain.startswith(TOTAL_WORDS) or plain in ("合计", "总计"):
            parsed.skipped_totals += 1
            continue
        if first_data and plain.startswith(OPENING_WORDS):
            first_data = False
            parsed.opening, opening_problems = _opening(raw, cells, header)
            parsed.file_problems.extend(opening_problems)
            if parsed.opening is not None:
                balance = parsed.opening[1]
            continue
        first_data = False
        row = LedgerRowIn(raw.number, raw.values, problems=problems)
        row.record, notes = _entry(raw, cells, header, chart, row.problems)
        parsed.rows.append(row)
        if row.record is None:
            continue
        entry = row.record
        if extra:
            entry.notes = join_notes(entry.notes, extra)
        for note in notes:
            translations[note] += 1
        if entry.voucher is not None:
            first = seen_vouchers.setdefault((entry.year, entry.voucher), raw.number)
            if first != raw.number:
                row.problems.append(
                    Problem(
                        raw.number,
                        _label(header, "voucher"),
                        str(entry.voucher),
                        msg("与第{first}行的凭证号重复", first=first),
                    )
                )
            elif store.conn.execute(
                "SELECT 1 FROM ledger_entries WHERE year = ? AND voucher = ?", (entry.year, entry.voucher)
            ).fetchone():
                row.problems.append(
                    Problem(
                        raw.number,
                        _label(header, "voucher"),
                        str(entry.voucher),
                        msg("账中{year}年已有凭证号 {voucher}；不填凭证号则自动编号", year=entry.year, voucher=entry.voucher),
                    )
                )
        if entry.year not in closed_checked:
            closed_checked[entry.year] = ledger.is_closed(entry.year)
        if closed_checked[entry.year]:
            row.problems.append(
                Problem(raw.number, _label(header, "date"), entry.date, msg("{year}年已结账，不能再记入", year=entry.year))
            )
        if balance is None:
            balance = ledger.opening_balance(entry.year)
        balance += entry.income_fen - entry.expense_fen
        stated = cells.get("balance")
        if not is_blank(stated):
            try:
                stated_fen = cleaning.clean_money_fen(stated)
            except cleaning.CellError:
                stated_fen = None
            if stated_fen is not None and stated_fen - balance != balance_gap:
                row.problems.append(
                    Problem(
                        raw.number,
                        _label(header, "balance"),
                        cleaning.clean_text(stated),
                        msg(
                            "文件中的余额 {stated} 与按收支计算的 {computed} 不符（相差 {difference}），导入按计算值记账",
                            stated=format_yuan(stated_fen),
                            computed=format_yuan(balance),
                            difference=format_yuan(stated_fen - balance),
                        ),
                        WARNING,
                    )
                )
                balance_gap = stated_fen - balance
    for note, count in translations.items():
        parsed.file_problems.append(
            Problem(None, _label(header, "subject"), "", msg("{note}（{count}行）", note=note, count=count), WARNING)
        )
    if parsed.skipped_totals:
        parsed.file_problems.append(
            Problem(
                None,
                "",
                "",
                msg("跳过了 {count} 行合计（本月合计、本年累计等），由程序重新计算", count=parsed.skipped_totals),
                WARNING,
            )
        )
    return parsed


def _label(header: HeaderMap, name: str) -> str:
    return header.label_of(name, LEDGER_SPEC)


def _money(
    raw: RawRow, cells: dict[str, object], header: HeaderMap, name: str, problems: list[Problem]
) -> int:
    value = cells.get(name)
    try:
        fen = cleaning.clean_money_fen(value)
    except cleaning.CellError as exc:
        problems.append(Problem(raw.number, _label(header, name), cleaning.clean_text(value), reason_of(exc)))
        return 0
    if fen is not None and fen < 0:
        problems.append(
            Problem(
                raw.number,
                _label(header, name),
                cleaning.clean_text(value),
                "金额不能为负数；退款请记入相反方向",
            )
        )
        return 0
    return fen or 0


def _opening(
    raw: RawRow, cells: dict[str, object], header: HeaderMap
) -> tuple[tuple[int, int] | None, list[Problem]]:
    """The 上年结转 row: its year (from its date, or the next rows') and the balance it carries."""
    problems: list[Problem] = []
    fen = None
    for name in ("balance", "income"):
        try:
            fen = cleaning.clean_money_fen(cells.get(name))
        except cleaning.CellError as exc:
            problems.append(
                Problem(raw.number, _label(header, name), cleaning.clean_text(cells.get(name)), reason_of(exc))
            )
        if fen is not None:
            break
    year = None
    try:
        date = cleaning.clean_date(cells.get("date"))
        year = int(date.iso[:4]) if date else None
    except cleaning.CellError:
        year = None
    if fen is None:
        return None, problems
    return (year or 0, fen), problems


def _entry(
    raw: RawRow, cells: dict[str, object], header: HeaderMap, chart: Chart, problems: list[Problem]
) -> tuple[Entry | None, list[str]]:
    notes: list[str] = []
    before = len(problems)
    date_value = cells.get("date")
    iso = ""
    try:
        date = cleaning.clean_date(date_value)
        if date is None:
            problems.append(Problem(raw.number, _label(header, "date"), "", msg("日期不能为空")))
        elif date.month_only:
            problems.append(Problem(raw.number, _label(header, "date"), date.iso[:7], msg("只有年月，没有日")))
        else:
            iso = date.iso
    except cleaning.CellError as exc:
        problems.append(
            Problem(raw.number, _label(header, "date"), cleaning.clean_text(date_value), reason_of(exc))
        )
    summary = cleaning.clean_text(cells.get("summary"))
    if not summary:
        problems.append(Problem(raw.number, _label(header, "summary"), "", msg("摘要不能为空")))
    income = _money(raw, cells, header, "income", problems)
    expense = _money(raw, cells, header, "expense", problems)
    if income and expense:
        problems.append(
            Problem(raw.number, _label(header, "income"), "", msg("一行只能是收入或支出之一，不能两者都填"))
        )
    elif not income and not expense and len(problems) == before:
        problems.append(Problem(raw.number, _label(header, "income"), "", msg("收入和支出都是空的")))
    subject_text = cleaning.clean_text(cells.get("subject"))
    code = ""
    if subject_text:
        try:
            match = chart.find(subject_text, int(iso[:4]) if iso else None)
        except KeyError as exc:
            problems.append(Problem(raw.number, _label(header, "subject"), subject_text, reason_of(exc)))
        else:
            code = match.subject.code
            if match.note:
                notes.append(match.note)
            direction = INCOME if income else EXPENSE if expense else None
            if direction and match.subject.kind != direction:
                problems.append(
                    Problem(
                        raw.number,
                        _label(header, "subject"),
                        subject_text,
                        msg(
                            "{code} {name} 是{kind}科目，金额却在“{column}”栏",
                            code=match.subject.code,
                            name=match.subject.name,
                            kind=KIND_WORDS[match.subject.kind],
                            column=KIND_WORDS[direction],
                        ),
                    )
                )
    else:
        problems.append(Problem(raw.number, _label(header, "subject"), "", msg("科目不能为空")))
    voucher = None
    voucher_text = cleaning.narrow(cleaning.clean_text(cells.get("voucher")))
    if voucher_text:
        digits = "".join(ch for ch in voucher_text if ch.isdigit())
        if digits and int(digits) > 0:
            voucher = int(digits)
        else:
            problems.append(Problem(raw.number, _label(header, "voucher"), voucher_text, msg("凭证号应含正整数")))
    if len(problems) > before or not iso:
        return None, notes
    return (
        Entry(
            date=iso,
            summary=summary,
            subject=code,
            income_fen=income,
            expense_fen=expense,
            voucher=voucher,
            party=cleaning.clean_text(cells.get("party")),
            notes=cleaning.clean_text(cells.get("notes")),
        ),
        notes,
    )


def import_ledger(
    store: Store, parsed: ParsedLedger, *, skip_invalid: bool = False, dry_run: bool = False
) -> ImportReport:
    """All or nothing; a dry run rolls back. Rows with voucher numbers go in first, then the others are
    numbered after the largest of their year, in date order. The 上年结转 row sets the opening balance of
    the first year kept; for a later year it must equal the carried balance (else a warning, nothing set)."""
    ledger = LedgerStore(store)
    numbered = [r for r in parsed.valid_rows if r.record is not None and r.record.voucher is not None]
    unnumbered = sorted(
        (r for r in parsed.valid_rows if r.record is not None and r.record.voucher is None),
        key=lambda r: (r.record.date if r.record else "", r.number),
    )
    ordered = replace(parsed, rows=[*numbered, *unnumbered, *parsed.error_rows])
    opening = parsed.opening
    if opening is not None and opening[0] == 0 and parsed.valid_rows:
        first = parsed.valid_rows[0].record
        opening = (first.year, opening[1]) if first else None
    if opening is not None:
        year, fen = opening
        first_kept = ledger.first_year()
        if first_kept is not None and year > first_kept and ledger.opening_balance(year) != fen:
            parsed.file_problems.append(
                Problem(
                    None,
                    "",
                    "",
                    msg(
                        "文件的上年结转 {file} 元与账中{year}年的期初余额 {book} 元不符（期初由上年结转而来，未改动）",
                        file=format_yuan(fen),
                        year=year,
                        book=format_yuan(ledger.opening_balance(year)),
                    ),
                    WARNING,
                )
            )
            opening = None

    def write(row: LedgerRowIn) -> str:
        assert row.record is not None
        try:
            ledger.add(row.record)
        except FieldErrors as errors:  # the book changed since the file was checked
            raise TransferError(msg("第{row}行：{reason}", row=row.number, reason=reason_of(errors))) from None
        return "added"

    def finish() -> None:
        if opening is not None:
            first_kept = ledger.first_year()
            if first_kept is None or opening[0] <= first_kept:
                ledger.set_opening(*opening)

    return import_rows(store, ordered, write, skip_invalid=skip_invalid, dry_run=dry_run, finish=finish)


def write_ledger_errors(path: str | Path, parsed: ParsedLedger) -> int:
    return write_refused_rows(path, parsed, LEDGER_SPEC)


def write_ledger_template(path: str | Path) -> None:
    write_template(
        path,
        LEDGER_SPEC,
        note=(
            "每行一笔收入或支出。第一行可写“上年结转”并在余额列填期初余额；本月合计、本年累计行会被跳过，由程序重算。"
            "余额列只用于核对。科目可写编码或名称（名称优先）；2022年以前的账按2010年会计科目表读编码。"
        ),
        text_fields=("voucher",),
    )
