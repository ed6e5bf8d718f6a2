"""The visits book for the import dialog and the 慰问 tab's 导入…/导出…/下载模板, and the 签收表 export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError
from unionclerk.store.visits import Batch
from unionclerk.transfer import visits as visits_transfer
from unionclerk.transfer.problems import ImportReport, TransferError
from unionclerk.transfer.reading import read_table
from unionclerk.ui.dialogs.transfer_books import Progress, TransferBook
from unionclerk.ui.messages import said
from unionclerk.ui.values import shown
from unionclerk.ui.widgets import confirm


def _read_table(path: Path, _overrides: dict[str, str], _keep_unmapped: bool, _prepared: Any) -> Any:
    return read_table(path)


def _check(table: Any, store: Store, overrides: dict[str, str], keep_unmapped: bool) -> Any:
    return visits_transfer.parse_visits(table, store, overrides=overrides, keep_unmapped=keep_unmapped)


def _import(store: Store, parsed: Any, skip_invalid: bool, _progress: Progress | None) -> ImportReport:
    return visits_transfer.import_visits(store, parsed, skip_invalid=skip_invalid)


def _export(store: Store, path: Path, year: int) -> int:
    return visits_transfer.export_visits(store, path, year=year)


VISITS_BOOK = TransferBook(
    title=QT_TRANSLATE_NOOP("TransferBook", "慰问台账"),
    spec=visits_transfer.VISIT_SPEC,
    read=_read_table,
    check=_check,
    import_rows=_import,
    write_template=visits_transfer.write_visits_template,
    export_year=_export,
)


def export_signoff(parent: QWidget, store: Store, batch: Batch) -> Path | None:
    """Ask where to write a batch's 签收表 (and whether one page per department), write it, say how it went."""
    by_department = confirm(
        parent,
        QCoreApplication.translate("VisitsTab", "签收表"),
        QCoreApplication.translate(
            "VisitsTab", "按部门分页（每个部门一页，各有小计）吗？选“否”则全部人员排在一起。"
        ),
    )
    title = QCoreApplication.translate("VisitsTab", "{year}年{festival}签收表").format(
        year=batch.date[:4], festival=shown(batch.festival)
    )
    # The file is named as the sheet inside it is titled: in Chinese.
    file_name = f"{batch.date[:4]}年{batch.festival}签收表.xlsx"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("VisitsTab", "导出{title}").format(title=title),
        file_name,
        "Excel (*.xlsx)",
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    try:
        count = visits_transfer.export_signoff(store, path, [batch], by_department=by_department)
    except (TransferError, StoreError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("VisitsTab", "导出失败"), said(exc))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("VisitsTab", "导出完成"),
        QCoreApplication.translate(
            "VisitsTab", "已写出{title}（{n} 人）到 {path}，可用 Excel/WPS 打开后打印（A4）。"
        ).format(title=title, n=count, path=path),
    )
    return path


def print_signoff(parent: QWidget, store: Store, batch: Batch) -> QDialog | None:
    """Ask whether one page per department, then open the print preview of the batch's 签收表 (A4)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from unionclerk.ui.signoff_print import render_signoff
    from unionclerk.ui.values import mark_document_text

    by_department = confirm(
        parent,
        QCoreApplication.translate("VisitsTab", "打印签收表"),
        QCoreApplication.translate(
            "VisitsTab", "按部门分页（每个部门一页，各有小计）吗？选“否”则全部人员排在一起。"
        ),
    )
    try:
        sheet = visits_transfer.signoff_sheet(store, [batch], by_department=by_department)
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("VisitsTab", "打印签收表"), said(exc))
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(sheet.title)
    preview = QPrintPreviewDialog(printer, parent)
    mark_document_text(preview)  # its title quotes the sheet's
    preview.setWindowTitle(
        QCoreApplication.translate("VisitsTab", "打印预览：{title}").format(title=sheet.title)
    )
    preview.paintRequested.connect(lambda target: render_signoff(sheet, target))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
