"""单位设置: typed values are saved in the database; a bad value is named and nothing is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.driving import type_text
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.settings import load_settings, save_settings
from unionclerk.ui.dialogs.settings_dialog import SettingsDialog


def _dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def test_shows_the_defaults(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.dues_rate_edit.text() == "0.5%"
    assert dialog.dues_ignore_edit.text() == "10.00"
    assert dialog.period_combo.currentText() == "按月"
    assert dialog.language_combo.currentText() == "简体中文"
    assert dialog.backups_kept_spin.value() == 10
    assert dialog.staff_count_edit.text() == ""


def test_typed_settings_are_saved(qtbot: QtBot, store: Store, boxes: list[str]) -> None:
    dialog = _dialog(qtbot, store)
    _type(qtbot, dialog.unit_name_edit, "某市疾病预防控制中心")
    _type(qtbot, dialog.union_name_edit, "某市疾病预防控制中心工会委员会")
    _type(qtbot, dialog.parent_union_edit, "某市卫生健康委员会工会")
    _type(qtbot, dialog.chair_edit, "李建华")
    _type(qtbot, dialog.clerk_edit, "周晓梅")
    dialog.province_combo.setCurrentText("福建省")
    _type(qtbot, dialog.staff_count_edit, "82")
    _type(qtbot, dialog.dues_rate_edit, "0.5%")
    _type(qtbot, dialog.dues_ignore_edit, "100")
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findText("按季度"))
    dialog.backups_kept_spin.setValue(20)
    _save(qtbot, dialog)

    assert boxes == []
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = load_settings(store)
    assert saved == Settings(
        unit_name="某市疾病预防控制中心",
        union_name="某市疾病预防控制中心工会委员会",
        parent_union="某市卫生健康委员会工会",
        chair="李建华",
        clerk="周晓梅",
        province="福建省",
        staff_count=82,
        dues_rate=Decimal("0.005"),
        dues_ignore_below_fen=10000,
        collection_period="quarterly",
        language="zh_CN",
        backups_kept=20,
    )
    assert not dialog.language_changed


def test_bad_staff_count_is_named_and_nothing_saved(qtbot: QtBot, store: Store, boxes: list[str]) -> None:
    dialog = _dialog(qtbot, store)
    _type(qtbot, dialog.unit_name_edit, "第一中学")
    _type(qtbot, dialog.staff_count_edit, "八十二")
    _save(qtbot, dialog)

    assert len(boxes) == 1 and "职工总数" in boxes[0] and "八十二" in boxes[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert load_settings(store) == Settings()  # not even the good unit name
    assert dialog.unit_name_edit.text() == "第一中学"  # what was typed is kept

    _type(qtbot, dialog.staff_count_edit, "82")
    _save(qtbot, dialog)
    assert load_settings(store).staff_count == 82
    assert load_settings(store).unit_name == "第一中学"


@pytest.mark.parametrize(
    "field,text,named",
    [
        ("dues_rate_edit", "千分之五", "会费比例"),
        ("dues_rate_edit", "15%", "会费比例"),
        ("dues_ignore_edit", "-5", "不计缴"),
    ],
)
def test_bad_dues_settings_are_named(
    qtbot: QtBot, store: Store, boxes: list[str], field: str, text: str, named: str
) -> None:
    dialog = _dialog(qtbot, store)
    _type(qtbot, dialog.unit_name_edit, "第一中学")
    _type(qtbot, getattr(dialog, field), text)
    _save(qtbot, dialog)
    assert len(boxes) == 1 and named in boxes[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert load_settings(store) == Settings()  # nothing saved, not even the good unit name
    assert load_settings(store) == Settings()


def test_language_change_is_saved_and_reported(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    _save(qtbot, dialog)
    assert load_settings(store).language == "en"
    assert dialog.language_changed


def test_existing_settings_are_shown(qtbot: QtBot, store: Store) -> None:
    save_settings(
        store, Settings(unit_name="实验幼儿园", staff_count=35, dues_rate=Decimal("0.01"), province="四川省")
    )
    dialog = _dialog(qtbot, store)
    assert dialog.unit_name_edit.text() == "实验幼儿园"
    assert dialog.staff_count_edit.text() == "35"
    assert dialog.dues_rate_edit.text() == "1%"
    assert dialog.province_combo.currentText() == "四川省"


def test_ledger_settings_are_edited_here_too(qtbot: QtBot, store: Store, boxes: list[str]) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.fund_share_edit.text() == "60%" and not dialog.auto_post_check.isChecked()
    _type(qtbot, dialog.fund_share_edit, "75%")
    check = dialog.auto_post_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on the box
    _save(qtbot, dialog)
    assert boxes == []
    saved = load_settings(store)
    assert (saved.fund_kept_share, saved.ledger_auto_post) == (Decimal("0.75"), True)

    again = _dialog(qtbot, store)
    assert again.fund_share_edit.text() == "75%" and again.auto_post_check.isChecked()
    _type(qtbot, again.fund_share_edit, "150%")
    _save(qtbot, again)
    assert len(boxes) == 1 and "经费留成比例" in boxes[0]
    assert load_settings(store).fund_kept_share == Decimal("0.75")  # nothing saved


def test_auto_post_turned_on_in_the_settings_shows_on_the_ledger_toolbar(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionclerk.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    assert not window.ledger_tab.auto_post_action.isChecked()

    def exec_saving(dialog: SettingsDialog) -> int:
        dialog.auto_post_check.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_saving)
    window.settings_action.trigger()
    assert load_settings(store).ledger_auto_post
    assert window.ledger_tab.auto_post_action.isChecked()
