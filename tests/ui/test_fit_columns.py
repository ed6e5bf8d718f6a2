"""Columns fitted from the models' display strings come out as wide as Qt's own resizeColumnToContents makes
them (the header, or the widest of the first rows plus the item margins), in Chinese and in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo
from unionclerk.ui.activities_tab import ActivitiesTab
from unionclerk.ui.i18n import Translators
from unionclerk.ui.members_tab import MembersTab
from unionclerk.ui.plan_tab import PlanTab
from unionclerk.ui.widgets import FIT_ROWS, fit_columns


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = Translators(qapp)
    translators.install(request.param)
    yield request.param
    translators.remove()


def _qt_widths(view: QTableView) -> list[int]:
    """What the view's own measuring gives (asking the delegate for every cell)."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    return [
        max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        for column in range(view.model().columnCount())
    ]


@pytest.mark.parametrize("tab_class", [MembersTab, ActivitiesTab, PlanTab])
def test_fitted_widths_are_qts_own(
    qtbot: QtBot, store: Store, language: str, tab_class: type[MembersTab | ActivitiesTab | PlanTab]
) -> None:
    build_demo(store, year=2026)
    tab = tab_class(store)
    qtbot.addWidget(tab)
    tab.resize(400, 500)  # narrower than the columns: no column takes spare width
    tab.show()
    qtbot.waitExposed(tab)
    view = tab.view
    assert view.model().rowCount() > 0
    fit_columns(view, 0)
    header = view.horizontalHeader()
    fitted = [header.sectionSize(column) - 6 for column in range(view.model().columnCount())]
    assert fitted == _qt_widths(view), language
