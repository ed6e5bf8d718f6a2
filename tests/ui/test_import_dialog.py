"""The import dialog driven as a clerk would: pick a file, map a column, read the preview, import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.driving import pick_file, save_as, workbook
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.ui.dialogs.import_dialog import ImportDialog
from unionclerk.ui.members_tab import MembersTab

MAN_1990 = "110105199003071239"
WOMAN_1985 = "440304198511200021"


def _wait_parsed(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.parsed is not None and not dialog.busy, timeout=10000)


def test_preview_then_valid_rows_only_and_error_workbook(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    path = workbook(
        tmp_path / "r.xlsx",
        [
            ["工会会员名单"],
            ["姓名", "身份证号", "班组"],
            ["张三", MAN_1990, "一组"],
            ["赵六", 1.10105e17, "二组"],
        ],
    )
    pick_file(monkeypatch, path)
    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _wait_parsed(qtbot, dialog)

    # The preview names the Excel row, the column, the value and why.
    cells = [
        [dialog.problems_table.item(r, c).text() for c in range(5)]
        for r in range(dialog.problems_table.rowCount())
    ]
    assert "没有“入会日期”列" in cells[0][3]  # the file as a whole first: a warning
    assert cells[1][:2] == ["4", "身份证号"] and "丢失" in cells[1][3]
    assert not dialog.import_button.isEnabled()  # all-or-nothing with an error: nothing to do

    # Map the unknown column 班组 to 部门 and check again.
    assert dialog.mapping_table.item(0, 0).text() == "班组"
    combo = dialog.mapping_table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("department"))
    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    _wait_parsed(qtbot, dialog)
    assert dialog.parsed.header.column_of("department") == 2

    errors = tmp_path / "errors.xlsx"
    save_as(monkeypatch, errors)
    qtbot.mouseClick(dialog.errors_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(errors).active.cell(2, 1).value == "赵六"

    qtbot.mouseClick(dialog.valid_radio, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    # The option promises the refused rows as a workbook: after the import it asks where and writes it.
    refused = tmp_path / "refused.xlsx"
    save_as(monkeypatch, refused)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (member,) = MemberStore(store).iter_members()
    assert (member.name, member.department) == ("张三", "一组")
    assert "新增 1" in boxes[-2] and "跳过 1" in boxes[-2]
    assert str(refused) in boxes[-1] and openpyxl.load_workbook(refused).active.cell(2, 1).value == "赵六"


def test_hostile_file_message_and_nothing_written(qtbot, store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "r.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    dialog = ImportDialog(store, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "损坏" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert MemberStore(store).count(MemberQuery()) == 0


def test_members_tab_import_action_refreshes_the_roster(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    rows = [["序号", "姓名", "身份证号", "部门"]] + [[i, f"会员{i}", None, "办公室"] for i in range(1, 2001)]
    rows[1][2] = MAN_1990
    path = workbook(tmp_path / "big.xlsx", rows)
    pick_file(monkeypatch, path)
    tab = MembersTab(store)
    qtbot.addWidget(tab)
    tab.import_action.trigger()
    dialog = tab.transfer_dialog
    _wait_parsed(qtbot, dialog)
    with qtbot.waitSignal(tab.membersChanged):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() > 0 and tab.model.total == 2000
    assert tab.counts_label.text().startswith("在职会员 2000 人")
    assert MemberStore(store).count(MemberQuery()) == 2000


def test_header_notices_shown_and_password_explained(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    path = workbook(
        tmp_path / "r.xlsx",
        [
            ["姓名", "联系方式", None, "部门", "科室"],
            [None, "手机", "办公电话", None, None],
            ["张三", "13800138000", "0871-1234567", "办公室", "检验科"],
        ],
    )
    pick_file(monkeypatch, path)
    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _wait_parsed(qtbot, dialog)
    shown = [
        " ".join(dialog.problems_table.item(r, c).text() for c in range(5))
        for r in range(dialog.problems_table.rowCount())
    ]
    assert any("两行表头" in line for line in shown)
    assert any("科室" in line and "同一字段（部门）" in line for line in shown)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (member,) = MemberStore(store).iter_members()
    assert (member.phone, member.department) == ("13800138000", "办公室")
    assert "科室：检验科" in member.notes

    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    locked = tmp_path / "locked.xlsx"
    with path.open("rb") as source, locked.open("wb") as out:
        ooxml.OOXMLFile(source).encrypt("secret", out)
    second = ImportDialog(store, locked)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: not second.busy, timeout=10000)
    assert "设有打开密码" in second.summary_label.text()
    assert not second.import_button.isEnabled()
    assert MemberStore(store).count(MemberQuery()) == 1


def test_namesake_with_another_id_shown_in_the_preview(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    from unionclerk.core.idcard import check_char
    from unionclerk.core.members import Member

    MemberStore(store).add(
        Member(name="张三", id_number=MAN_1990, birth_date="1990-03-07", sex="男", join_date="2015-01-01")
    )
    other = "11010519900307457"
    path = workbook(
        tmp_path / "r.xlsx",
        [["姓名", "身份证号", "入会日期"], ["张三", other + check_char(other), "2020-01-01"]],
    )
    pick_file(monkeypatch, path)
    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _wait_parsed(qtbot, dialog)
    # The preview already checks the file against the roster: both ID numbers are shown before importing.
    assert dialog.problems_table.rowCount() == 1
    assert "同名、同出生日期" in dialog.problems_table.item(0, 3).text()
    assert MAN_1990 in dialog.problems_table.item(0, 3).text()
    assert dialog.problems_table.item(0, 4).text() == "提示"
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(MemberStore(store).find_by_name("张三")) == 2
    assert [p.message for p in dialog.report.problems] == [dialog.problems_table.item(0, 3).text()]


def test_password_protected_xls_is_named_in_the_window(qtbot, store: Store, tmp_path: Path) -> None:
    """The legacy .xls saved with an opening password (tests/fixtures/make_encrypted_xls.py)."""
    locked = tmp_path / "花名册.xls"
    locked.write_bytes(
        (Path(__file__).resolve().parents[1] / "fixtures" / "roster_encrypted.xls").read_bytes()
    )
    dialog = ImportDialog(store, locked)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    text = dialog.summary_label.text()
    assert "“花名册.xls”设有打开密码（文件已加密），无法读取" in text and "另存为 .xlsx 后再导入" in text
    assert "encrypted" not in text.lower()
    assert not dialog.import_button.isEnabled()
    assert MemberStore(store).count(MemberQuery()) == 0
