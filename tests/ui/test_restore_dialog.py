"""文件 → 恢复: the backups are listed, a chosen one is checked, confirmed, and restored after a safety copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from unionclerk.core.members import Member
from unionclerk.store import backup as backups
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.ui.dialogs.restore_dialog import RestoreDialog


@pytest.fixture
def two_backups(store: Store, members: MemberStore) -> tuple[Path, Path]:
    members.add(Member(name="张三"))
    older = backups.make_backup(store, kind="auto", now=dt.datetime(2026, 3, 1, 8, 30, 0))
    members.add(Member(name="李四"))
    newer = backups.make_backup(store, kind="manual", now=dt.datetime(2026, 3, 2, 17, 5, 0))
    members.add(Member(name="王五"))
    return older, newer


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Patch the message boxes: confirmations say Yes unless the test changes `answers['reply']`."""
    seen: dict[str, list[str]] = {"question": [], "information": [], "warning": [], "reply": ["yes"]}

    def question(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        seen["question"].append(text)
        return QMessageBox.StandardButton.Yes if seen["reply"][-1] == "yes" else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: seen["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen["warning"].append(text))
    return seen


def _dialog(qtbot: QtBot, store: Store) -> RestoreDialog:
    dialog = RestoreDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def _cells(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _names(members: MemberStore) -> list[str]:
    return sorted(m.name for m in members.iter_members())


def test_lists_backups_newest_first(qtbot: QtBot, store: Store, two_backups: tuple[Path, Path]) -> None:
    dialog = _dialog(qtbot, store)
    rows = _cells(dialog)
    assert [row[:2] for row in rows] == [["2026-03-02 17:05:00", "手动"], ["2026-03-01 08:30:00", "每日自动"]]
    assert all(row[2].endswith("KB") for row in rows)
    assert not dialog.restore_button.isEnabled()
    assert dialog.empty_label.isHidden()


def test_no_backups_says_so(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.table.rowCount() == 0
    assert not dialog.empty_label.isHidden() and "还没有备份" in dialog.empty_label.text()


def test_restores_the_chosen_backup_after_a_safety_copy(
    qtbot: QtBot,
    store: Store,
    members: MemberStore,
    two_backups: tuple[Path, Path],
    answers: dict[str, list[str]],
) -> None:
    dialog = _dialog(qtbot, store)
    dialog.table.selectRow(1)  # the older one: only 张三
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert "2026-03-01 08:30" in answers["question"][0]
    assert _names(members) == ["张三"]
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.restored_from == two_backups[0]
    safety = dialog.safety_copy
    assert safety is not None and safety.name.endswith("-before-restore.db")
    assert str(safety) in answers["information"][0]
    with Store.open(safety, daily_backup=False) as saved:
        assert _names(MemberStore(saved)) == ["张三", "李四", "王五"]  # what was replaced is kept


def test_saying_no_changes_nothing(
    qtbot: QtBot,
    store: Store,
    members: MemberStore,
    two_backups: tuple[Path, Path],
    answers: dict[str, list[str]],
) -> None:
    answers["reply"].append("no")
    dialog = _dialog(qtbot, store)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert answers["question"] and _names(members) == ["张三", "李四", "王五"]
    assert len(backups.list_backups(store.path)) == 2
    assert dialog.result() != RestoreDialog.DialogCode.Accepted


def test_damaged_backup_is_refused(
    qtbot: QtBot,
    store: Store,
    members: MemberStore,
    two_backups: tuple[Path, Path],
    answers: dict[str, list[str]],
) -> None:
    newer = two_backups[1]
    data = bytearray(newer.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size : page_size + 200] = b"\xff" * 200
    newer.write_bytes(bytes(data))
    dialog = _dialog(qtbot, store)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert answers["question"] == []  # refused before asking
    assert len(answers["warning"]) == 1 and "未通过检查" in answers["warning"][0]
    assert _names(members) == ["张三", "李四", "王五"]
