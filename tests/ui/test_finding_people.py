"""Finding people as Chinese readers do: pinyin and initials in every search for people, names in surname
order, search examples that find someone in the demo, and namesakes told apart wherever a person is chosen."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from tests.ui.driving import type_text
from unionclerk.core.activities import Activity
from unionclerk.core.members import Member
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.demo import build_demo
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.ui.activities_tab import ActivitiesTab
from unionclerk.ui.dialogs.activity_dialog import MemberPicker
from unionclerk.ui.dialogs.status_dialog import StatusDialog
from unionclerk.ui.members_tab import MembersTab
from unionclerk.ui.models.activities_model import ActivitiesModel
from unionclerk.ui.models.members_model import MembersModel

ID_A = "11010519491231002X"
ID_B = "110105199003071239"


def test_activities_search_understands_pinyin_and_initials(qtbot: QtBot, store: Store) -> None:
    members = MemberStore(store)
    zhou = members.add(Member(name="周裕", join_date="2010-01-01"))
    zhang = members.add(Member(name="张三", join_date="2010-01-01"))
    acts = ActivityStore(store)
    acts.add(Activity(date="2026-03-01", title="登山", category="文体活动", participant_ids=[zhou]))
    acts.add(Activity(date="2026-04-01", title="拔河", category="文体活动", participant_ids=[zhang]))
    tab = ActivitiesTab(store)
    qtbot.addWidget(tab)
    for typed in ("zy", "zhouyu", "周裕", "ZhouY"):
        tab.search_edit.clear()
        type_text(qtbot, tab.search_edit, typed)
        titles = [
            tab.model.data(tab.model.index(r, ActivitiesModel.TITLE)) for r in range(tab.model.rowCount())
        ]
        assert titles == ["登山"], typed


def test_search_examples_find_someone_in_the_demo(qtbot: QtBot, store: Store) -> None:
    build_demo(store, year=2026)
    tab = MembersTab(store)
    picker = MemberPicker(MemberStore(store))
    for widget in (tab, picker):
        qtbot.addWidget(widget)
        example = re.search(r"如 ([a-z]+)", widget.search_edit.placeholderText())
        assert example is not None
        assert MemberStore(store).count(MemberQuery(text=example.group(1))) > 0


def test_roster_sorts_by_surname_then_given_name(qtbot: QtBot, store: Store) -> None:
    members = MemberStore(store)
    for name in ("方薇飘", "范锦贞", "范策榕", "贾云蓓", "姜家会", "贾茗", "曾裕", "仇明", "陈一"):
        members.add(Member(name=name, join_date="2010-01-01"))
    tab = MembersTab(store)
    qtbot.addWidget(tab)
    names = [tab.model.data(tab.model.index(r, MembersModel.NAME)) for r in range(tab.model.rowCount())]
    assert names == ["陈一", "范策榕", "范锦贞", "方薇飘", "贾茗", "贾云蓓", "姜家会", "仇明", "曾裕"]


def test_namesakes_are_told_apart_in_the_status_dialog_and_the_picker(qtbot: QtBot, store: Store) -> None:
    members = MemberStore(store)
    first = members.add(Member(name="曹宁", id_number=ID_A, department="办公室", join_date="2010-01-01"))
    second = members.add(Member(name="曹宁", id_number=ID_B, department="检验科", join_date="2011-01-01"))
    labels = []
    for member_id in (first, second):
        dialog = StatusDialog(members, member_id)
        qtbot.addWidget(dialog)
        labels.append(dialog.member_label.text())
    assert labels[0] != labels[1]
    assert "办公室" in labels[0] and "002X" in labels[0] and "检验科" in labels[1] and "1239" in labels[1]

    picker = MemberPicker(members)
    qtbot.addWidget(picker)
    type_text(qtbot, picker.search_edit, "cn")
    results = [picker.results.item(r).text() for r in range(picker.results.count())]
    assert len(results) == 2 and len(set(results)) == 2 and any("1239" in text for text in results)
    picker.results.item(0).setSelected(True)
    picker.add_selected()
    chosen = picker.chosen.item(0).text()
    assert "曹宁" in chosen and ("002X" in chosen or "1239" in chosen)
    # The one chosen is ticked in the results; the other is not; removing unticks.
    marks = [picker.results.item(r).text().startswith("✓ ") for r in range(2)]
    assert marks == [True, False]
    picker.add_selected()  # adding the same person again does nothing
    assert picker.chosen_ids() == [picker.results.item(0).data(256)]
    picker.chosen.item(0).setSelected(True)
    picker.remove_selected()
    assert not any(picker.results.item(r).text().startswith("✓") for r in range(2))
