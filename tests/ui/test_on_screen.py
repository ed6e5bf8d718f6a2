"""On screen at the first-run size (1100×720) with the demo: every column as wide as its header and the values
shown, the useful text column taking what is left, numbers right-aligned, import messages wrapped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo
from unionclerk.ui.i18n import Translators
from unionclerk.ui.main_window import MainWindow
from unionclerk.ui.models.activities_model import ActivitiesModel
from unionclerk.ui.models.plan_model import PlanModel

pytestmark = pytest.mark.usefixtures("clean_preferences")


@pytest.fixture(params=["zh_CN", "en"])
def window(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot, store: Store
) -> Iterator[MainWindow]:
    """The demo at the first-run size, in Chinese and in English (whose headers are longer)."""
    translators = Translators(qapp)
    translators.install(request.param)
    build_demo(store, year=2026)
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    translators.remove()


def _cut_columns(view: QTableView) -> list[str]:
    """Columns narrower than their header or one of their first rows needs."""
    header = view.horizontalHeader()
    cut = []
    for column in range(view.model().columnCount()):
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        if header.sectionSize(column) < needed:
            cut.append(str(view.model().headerData(column, Qt.Orientation.Horizontal)))
    return cut


def test_no_column_is_cut_and_the_roster_fits_the_window(
    qtbot: QtBot, window: MainWindow, request: pytest.FixtureRequest
) -> None:
    for index in (0, 1, 4):
        window.tabs.setCurrentIndex(index)
        view = window.tabs.currentWidget().view
        qtbot.wait(10)
        assert _cut_columns(view) == [], window.tabs.tabText(index)
        # The table fills its width: the text column that stretches takes what is left, nothing is spare.
        header = view.horizontalHeader()
        assert header.length() >= view.viewport().width()
    roster = window.members_tab.view
    # All twelve columns on screen at 1100 px, in English too (short headers, the full name as their tooltip).
    assert not roster.horizontalScrollBar().isVisible()
    assert roster.horizontalHeader().length() <= roster.viewport().width()
    model = roster.model()
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(12)]
    if request.node.callspec.params["window"] == "en":
        department = model.headerData(3, Qt.Orientation.Horizontal)
        assert (department, tips[3]) == ("Dept.", "Department / union group")
        assert tips[8] == "Membership status"
    else:
        assert tips == [model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]  # the same words
    # The last column (困难职工, a 是 or nothing) is not stretched over the spare width.
    last = roster.model().columnCount() - 1
    assert roster.horizontalHeader().sectionSize(last) < 120


def test_numbers_are_right_aligned(window: MainWindow) -> None:
    right = Qt.AlignmentFlag.AlignRight
    acts = window.activities_tab.model
    for column in (ActivitiesModel.PERSON_TIMES, ActivitiesModel.COST, ActivitiesModel.AWARDS):
        assert Qt.AlignmentFlag(acts.data(acts.index(0, column), Qt.ItemDataRole.TextAlignmentRole)) & right
    plan = window.plan_tab.model
    for column in (PlanModel.NUMBER, PlanModel.ACTIVITIES):
        assert Qt.AlignmentFlag(plan.data(plan.index(0, column), Qt.ItemDataRole.TextAlignmentRole)) & right
