"""Export from the members tab: what the table shows (filter, sort) or everyone, and 下载模板."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.driving import save_as
from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.ui.members_tab import MembersTab

MAN_1990 = "110105199003071239"


@pytest.fixture
def tab(qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> MembersTab:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    members = MemberStore(store)
    members.add(
        Member(name="张三", id_number=MAN_1990, sex="男", department="办公室", join_date="2010-01-01")
    )
    members.add(Member(name="李四", sex="女", department="检验科", join_date="2011-01-01"))
    members.add(Member(name="张小凡", sex="男", department="检验科", join_date="2012-01-01"))
    widget = MembersTab(store)
    qtbot.addWidget(widget)
    return widget


def _names(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path).active
    return [sheet.cell(r, 1).value for r in range(4, sheet.max_row)]


def test_export_what_the_table_shows(
    qtbot, tab: MembersTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "shown.xlsx"
    save_as(monkeypatch, out)
    qtbot.keyClicks(tab.search_edit, "z")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.export_action.trigger()
    dialog = tab.transfer_dialog
    assert "2" in dialog.shown_radio.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert _names(out) == ["张三", "张小凡"]
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(4, 5).value == "110105********1239"  # masked by default


def test_export_everyone_with_full_ids(
    qtbot, tab: MembersTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "all.xlsx"
    save_as(monkeypatch, out)
    qtbot.keyClicks(tab.search_edit, "ls")
    tab.export_action.trigger()
    dialog = tab.transfer_dialog
    # Radio buttons and check boxes react to clicks on their indicator and text, at the left.
    for button in (dialog.all_radio, dialog.full_id_check):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.all_radio.isChecked() and dialog.full_id_check.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert sorted(_names(out)) == sorted(["张三", "李四", "张小凡"])
    assert MAN_1990 in {c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row}


def test_download_template(qtbot, tab: MembersTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "template.xlsx"
    save_as(monkeypatch, out)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    tab.template_action.trigger()
    assert len(said) == 1 and str(out) in said[0]  # it says where the file went
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["会员花名册", "填写说明"]
    cells = {c.value for row in book["会员花名册"].iter_rows() for c in row}
    assert {"姓名", "身份证号", "部门"} <= cells


def test_printable_columns_by_default_all_columns_to_import_again(
    qtbot, tab: MembersTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionclerk.transfer.members import EXPORT_FIELDS, MEMBER_SPEC, PRINT_FIELDS

    def headers(path: Path) -> list[str]:
        return [c.value for c in openpyxl.load_workbook(path).active[3]]

    printed, full = tmp_path / "print.xlsx", tmp_path / "full.xlsx"
    save_as(monkeypatch, printed)
    tab.export_action.trigger()
    assert tab.transfer_dialog.print_columns_radio.isChecked() and tab.transfer_dialog.shown_radio.isChecked()
    qtbot.mouseClick(tab.transfer_dialog.export_button, Qt.MouseButton.LeftButton)
    assert headers(printed) == [MEMBER_SPEC.field(name).label for name in PRINT_FIELDS]

    save_as(monkeypatch, full)
    tab.export_action.trigger()
    dialog = tab.transfer_dialog
    button = dialog.all_columns_radio
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.all_columns_radio.isChecked() and dialog.shown_radio.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert headers(full) == [MEMBER_SPEC.field(name).label for name in EXPORT_FIELDS]
