"""The roster table model: Qt's model contract, paging, SQL sort and filter, masked IDs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from unionclerk.core.members import validate_member
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.ui.models.members_model import MembersModel

NAMES = ["张三", "李四", "王五", "赵六", "欧阳娜娜", "阿依古丽", "钱七", "孙八"]


def fill(members: MemberStore, count: int) -> None:
    for i in range(count):
        members.add(
            validate_member(
                {
                    "name": f"{NAMES[i % len(NAMES)]}{i // len(NAMES) or ''}",
                    "department": ("办公室", "检验科", "疾控科")[i % 3],
                    "join_date": "2015-01-01",
                    "phone": f"138{i:08d}",
                }
            )
        )


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, members: MemberStore) -> None:
    fill(members, 30)
    members.add(validate_member({"name": "身份证", "id_number": "11010519491231002X", "hardship": "1"}))
    model = MembersModel(members)
    qtmodeltester.check(model, force_py=True)
    model.sort(MembersModel.DEPARTMENT, Qt.SortOrder.DescendingOrder)
    model.set_query(MemberQuery(text="zs"))
    qtmodeltester.check(model, force_py=True)


def test_model_pages_rows_as_the_view_asks(members: MemberStore) -> None:
    fill(members, 450)
    model = MembersModel(members)
    assert (model.rowCount(), model.total) == (MembersModel.PAGE_SIZE, 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    ids = [model.data(model.index(row, 0), MembersModel.IdRole) for row in range(450)]
    assert len(set(ids)) == 450


def test_sort_by_name_is_pinyin_order(members: MemberStore) -> None:
    fill(members, 8)
    model = MembersModel(members)
    model.sort(MembersModel.NAME, Qt.SortOrder.AscendingOrder)
    shown = [model.data(model.index(row, MembersModel.NAME)) for row in range(model.rowCount())]
    assert shown == ["阿依古丽", "李四", "欧阳娜娜", "钱七", "孙八", "王五", "张三", "赵六"]
    model.sort(MembersModel.NAME, Qt.SortOrder.DescendingOrder)
    shown = [model.data(model.index(row, MembersModel.NAME)) for row in range(model.rowCount())]
    assert shown[0] == "赵六"


def test_filter_in_sql_and_record_role(members: MemberStore) -> None:
    fill(members, 9)
    model = MembersModel(members)
    model.set_query(MemberQuery(department="检验科"))
    assert model.total == 3
    record = model.data(model.index(0, 0), MembersModel.RecordRole)
    assert record["department"] == "检验科"
    assert members.get(record["id"]).name == record["name"]


def test_id_numbers_are_masked_in_the_table(members: MemberStore) -> None:
    members.add(validate_member({"name": "张三", "id_number": "11010519491231002X"}))
    model = MembersModel(members)
    assert model.data(model.index(0, MembersModel.ID_NUMBER)) == "110105********002X"
    assert model.data(model.index(0, MembersModel.SEX)) == "女"
    assert model.headerData(MembersModel.ID_NUMBER, Qt.Orientation.Horizontal) == "身份证号"


def test_shown_text_follows_edits_and_the_full_id_switch(members: MemberStore) -> None:
    """Display strings are kept per row between paints; a re-read or the full-ID switch makes them again."""
    member_id = members.add(validate_member({"name": "张三", "id_number": "11010519491231002X"}))
    model = MembersModel(members)
    id_cell = model.index(0, MembersModel.ID_NUMBER)
    assert model.data(id_cell) == "110105********002X"
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.column(), bottom.column())))
    model.show_full_id = True
    assert model.data(id_cell) == "11010519491231002X"
    assert changed == [(MembersModel.ID_NUMBER, MembersModel.ID_NUMBER)]
    member = members.get(member_id)
    member.name = "张三丰"
    members.update(member)
    assert model.data(model.index(0, MembersModel.NAME)) == "张三"  # not yet re-read
    model.reload()
    assert model.data(model.index(0, MembersModel.NAME)) == "张三丰"
