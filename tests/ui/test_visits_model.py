"""The visits table model: pages from SQL, sorting in SQL, Qt's model checks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from unionclerk.core.members import Member
from unionclerk.store.db import Store
from unionclerk.store.members import MemberStore
from unionclerk.store.visits import VisitQuery, VisitStore
from unionclerk.ui.models.visits_model import VisitsModel


def _fill(store: Store, members: MemberStore, count: int) -> list[int]:
    ids = [members.add(Member(name=f"会员{n:03d}", join_date="2015-01-01")) for n in range(count)]
    visits = VisitStore(store)
    visits.add_batch(date="2026-02-14", festival="春节", goods="米", goods_fen=30000, member_ids=ids)
    visits.add_batch(date="2026-09-24", festival="中秋", goods="月饼", goods_fen=20000, member_ids=ids[:10])
    return ids


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, store: Store, members: MemberStore) -> None:
    _fill(store, members, 20)
    model = VisitsModel(VisitStore(store))
    qtmodeltester.check(model, force_py=True)
    model.sort(VisitsModel.RECIPIENT, Qt.SortOrder.DescendingOrder)
    model.set_query(VisitQuery(text="hy"))
    qtmodeltester.check(model, force_py=True)


def test_pages_and_sorts_in_sql(store: Store, members: MemberStore) -> None:
    _fill(store, members, 250)
    visits = VisitStore(store)
    model = VisitsModel(visits)
    assert (model.rowCount(), model.total) == (VisitsModel.PAGE_SIZE, 260)
    assert model.data(model.index(0, VisitsModel.DATE)) == "2026-09-24"  # newest first
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 260 and not model.canFetchMore(QModelIndex())

    model.sort(VisitsModel.GOODS_VALUE, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, VisitsModel.GOODS_VALUE)) == "200.00"
    model.set_query(VisitQuery(year=2026, kind="节日慰问"))
    assert model.query.sort == "goods_value"  # a new filter keeps the sort
    assert model.rowCount() == VisitsModel.PAGE_SIZE
    # A record beyond the first page is found by loading further pages.
    last = visits.list(VisitQuery(sort="goods_value", descending=True))[0].id
    assert model.row_of(last) >= VisitsModel.PAGE_SIZE
    assert model.data(model.index(model.row_of(last), 0), VisitsModel.IdRole) == last
