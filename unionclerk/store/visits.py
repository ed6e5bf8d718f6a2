"""Visits (慰问) in SQL: add/edit/delete, filtered lists with totals, festival batches, kinds, benefit-rule checks.

Every visit refers to a member (members.delete refuses a member with visits). A festival batch is one record per
person written in one transaction; undoing the batch deletes its records (ON DELETE CASCADE).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from unionclerk.core.benefit_rules import (
    Breach,
    RuleSet,
    RuleSetError,
    check_visit,
    choose_rule_set,
    is_collective,
    rule_set_from_json,
    shipped_rule_sets,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import joined, msg
from unionclerk.core.visits import (
    DEFAULT_KINDS,
    FESTIVAL_KIND,
    FESTIVALS,
    SOURCES,
    UNION_FUND,
    Visit,
    is_cash_like,
)
from unionclerk.store.db import Store
from unionclerk.store.dues import DuesStore
from unionclerk.store.errors import NotFound, RecordInUse
from unionclerk.store.members import search_predicate

_COLUMNS = tuple(name for name in Visit.field_names() if name != "id")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Sortable columns of the visits list: key -> ORDER BY expression over visits v JOIN members m.
SORTS = {
    "date": "v.date",
    "recipient": "m.name_pinyin, v.person_name",
    "department": "m.department",
    "kind": "v.kind, v.festival",
    "cash": "v.cash_fen",
    "goods": "v.goods",
    "goods_value": "v.goods_fen",
    "source": "v.source",
    "visitors": "v.visitors",
    "notes": "v.notes",
}


@dataclass
class VisitQuery:
    """What the visits list shows: period, kind, department, source, typed search, one member or batch."""

    year: int | None = None
    month: int | None = None
    start: str | None = None  # inclusive ISO dates, for reports
    end: str | None = None
    kind: str = ""
    department: str = ""
    source: str = ""
    text: str = ""
    member_id: int | None = None
    batch_id: int | None = None
    sort: str = "date"  # a key of SORTS
    descending: bool = True

    def order_by(self) -> str:
        expression = SORTS.get(self.sort, SORTS["date"])
        direction = " DESC" if self.descending else ""
        tie_break = "" if self.sort == "date" else ", v.date DESC"
        return (
            " ORDER BY "
            + ", ".join(p.strip() + direction for p in expression.split(","))
            + tie_break
            + ", v.id"
            + direction
        )

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.year is not None:
            if self.month:
                following = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
                clauses.append("v.date >= ? AND v.date < ?")
                params += [
                    f"{self.year:04d}-{self.month:02d}-01",
                    f"{following[0]:04d}-{following[1]:02d}-01",
                ]
            else:
                clauses.append("v.date >= ? AND v.date <= ?")
                params += [f"{self.year:04d}-01-01", f"{self.year:04d}-12-31"]
        elif self.month:
            clauses.append("substr(v.date, 6, 2) = ?")
            params.append(f"{self.month:02d}")
        if self.start:
            clauses.append("v.date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("v.date <= ?")
            params.append(self.end)
        for column, value in (
            ("v.kind", self.kind),
            ("m.department", self.department),
            ("v.source", self.source),
        ):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        text = self.text.strip()
        if text:
            # The roster's search (name, pinyin, initials, phone, ID) over the visited member, or the
            # non-member recipient's name, the goods or the notes.
            member_clause, member_params = search_predicate(text)
            like = f"%{_escape_like(text)}%"
            clauses.append(
                f"(v.member_id IN (SELECT id FROM members WHERE {member_clause}) OR v.person_name LIKE ? ESCAPE '\\'"
                " OR v.goods LIKE ? ESCAPE '\\' OR v.notes LIKE ? ESCAPE '\\')"
            )
            params += [*member_params, like, like, like]
        if self.member_id is not None:
            clauses.append("v.member_id = ?")
            params.append(self.member_id)
        if self.batch_id is not None:
            clauses.append("v.batch_id = ?")
            params.append(self.batch_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _from(query: VisitQuery) -> str:
    """The tables a count or sum needs: members only for the department filter (every visit has its member)."""
    return "visits v JOIN members m ON m.id = v.member_id" if query.department else "visits v"


@dataclass
class VisitRow:
    """A line of the visits list: the visit and who it went to."""

    id: int
    date: str
    kind: str
    festival: str
    member_id: int
    member_name: str
    department: str
    member_status: str
    person_name: str
    relation: str
    cash_fen: int
    goods: str
    goods_fen: int
    source: str
    visitors: str
    batch_id: int | None
    breach_reason: str
    notes: str

    @property
    def recipient(self) -> str:
        """'张三', or '李秀英（张三的配偶）' for a non-member recipient (a message, core/messages)."""
        if self.person_name:
            return msg(
                "{person}（{member}的{relation}）",
                person=self.person_name,
                member=self.member_name,
                relation=self.relation or msg("亲属"),
            )
        return self.member_name

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.goods_fen

    @property
    def kind_label(self) -> str:
        """'节日慰问·中秋', or the kind alone (a message, core/messages)."""
        return msg("{kind}·{festival}", kind=self.kind, festival=self.festival) if self.festival else self.kind


_ROW_SELECT = (
    "SELECT v.id, v.date, v.kind, v.festival, v.member_id, m.name, m.department, m.status, v.person_name, "
    "v.relation, v.cash_fen, v.goods, v.goods_fen, v.source, v.visitors, v.batch_id, v.breach_reason, v.notes "
    "FROM visits v JOIN members m ON m.id = v.member_id"
)


@dataclass
class VisitTotals:
    """What the shown visits add up to: 人次 (records), people (distinct members), cash and goods value."""

    person_times: int = 0
    people: int = 0
    cash_fen: int = 0
    goods_fen: int = 0

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.goods_fen


@dataclass
class Batch:
    """A festival distribution: one record per person, kept together."""

    id: int
    date: str
    festival: str
    goods: str
    goods_fen: int  # per person
    source: str
    visitors: str
    notes: str
    count: int = 0

    @property
    def total_fen(self) -> int:
        return self.goods_fen * self.count

    @property
    def label(self) -> str:
        return f"{self.date} {self.festival} {self.goods}（{self.count}人）"


@dataclass
class YearTotals:
    """One member's visits in one year: the sum by kind and in all."""

    year: int
    by_kind: dict[str, int] = field(default_factory=dict)
    count: int = 0

    @property
    def total_fen(self) -> int:
        return sum(self.by_kind.values())


@dataclass
class ComplianceLine:
    """One breach of the year for the compliance report."""

    visit: VisitRow
    breach: Breach


class VisitStore:
    """All reads and writes of visits go through here."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- kinds ------------------------------------------------------------

    def kinds(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM visit_kinds ORDER BY position, name")]

    def kind_usage(self, name: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM visits WHERE kind = ?", (name,)).fetchone()[0])

    def add_kind(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise FieldErrors({"kind": msg("类别名称不能为空")})
        if name in self.kinds():
            raise FieldErrors({"kind": msg("类别“{name}”已存在", name=name)})
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO visit_kinds (name, position) "
                "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM visit_kinds))",
                (name,),
            )

    def rename_kind(self, old: str, new: str) -> None:
        """Renaming carries the visits of the old name along (ON UPDATE CASCADE). 节日慰问 keeps its name:
        the festival rules hang on it."""
        new = new.strip()
        if not new:
            raise FieldErrors({"kind": msg("类别名称不能为空")})
        if old == FESTIVAL_KIND and new != old:
            raise FieldErrors({"kind": msg("“{kind}”不能改名（节日慰问的规则依它而定）", kind=FESTIVAL_KIND)})
        if new != old and new in self.kinds():
            raise FieldErrors({"kind": msg("类别“{name}”已存在", name=new)})
        with self.store.transaction() as conn:
            if conn.execute("UPDATE visit_kinds SET name = ? WHERE name = ?", (new, old)).rowcount != 1:
                raise NotFound(msg("没有慰问类别“{name}”", name=old))

    def delete_kind(self, name: str) -> None:
        if name == FESTIVAL_KIND:
            raise RecordInUse(msg("“{kind}”不能删除（节日发放依它而定）", kind=FESTIVAL_KIND))
        used = self.kind_usage(name)
        if used:
            raise RecordInUse(
                msg(
                    "类别“{name}”下已有 {used} 条慰问记录，不能删除；可以改名，或先把这些记录改到别的类别。",
                    name=name,
                    used=used,
                )
            )
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM visit_kinds WHERE name = ?", (name,))

    def reset_missing_default_kinds(self) -> None:
        with self.store.transaction() as conn:
            for position, name in enumerate(DEFAULT_KINDS, start=1):
                conn.execute(
                    "INSERT OR IGNORE INTO visit_kinds (name, position) VALUES (?, ?)", (name, position)
                )

    # -- single records -------------------------------------------------

    def get(self, visit_id: int) -> Visit:
        row = self.conn.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM visits WHERE id = ?", (visit_id,)
        ).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的慰问记录", id=visit_id))
        return Visit(**dict(zip(("id", *_COLUMNS), row, strict=True)))

    def _check(self, visit: Visit) -> None:
        errors = FieldErrors()
        if visit.kind not in self.kinds():
            errors.add("kind", msg("慰问类别“{kind}”不在类别列表中", kind=visit.kind))
        if self.conn.execute("SELECT 1 FROM members WHERE id = ?", (visit.member_id,)).fetchone() is None:
            errors.add("member", msg("会员编号 {ids} 不存在", ids=visit.member_id))
        if visit.cash_fen < 0:
            errors.add("cash", msg("慰问金不能为负数"))
        if visit.goods_fen < 0:
            errors.add("goods_value", msg("物品价值不能为负数"))
        if visit.kind == FESTIVAL_KIND:
            if visit.festival not in FESTIVALS:
                errors.add("festival", msg("节日“{festival}”不是法定节日", festival=visit.festival))
            if visit.cash_fen:
                errors.add("cash", msg("节日慰问不得发放现金或购物卡，只能发实物"))
            if is_cash_like(visit.goods):
                errors.add("goods", msg("节日慰问不得发放现金或购物卡（“{goods}”），只能发实物", goods=visit.goods))
        if visit.source not in SOURCES:
            errors.add("source", msg("经费来源“{source}”无效", source=visit.source))
        if visit.person_name and not visit.relation:
            errors.add("relation", msg("请写明“{person}”与会员的关系", person=visit.person_name))
        if errors.errors:
            raise errors

    def _values(self, visit: Visit) -> list[object]:
        return [getattr(visit, c) for c in _COLUMNS]

    def add(self, visit: Visit) -> int:
        self._check(visit)
        with self.store.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO visits ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                self._values(visit),
            )
        visit.id = int(cursor.lastrowid or 0)
        return visit.id

    def update(self, visit: Visit) -> None:
        if visit.id is None:
            raise ValueError("update() needs a visit that has an id")
        stored = self.get(visit.id)
        self._check(visit)
        # A record stays in its festival batch only while it is that festival's gift: changed to another kind
        # or festival it leaves the batch, so editing or undoing the batch can no longer rewrite or delete it,
        # and it is off that distribution's 签收表. The stored batch is the truth, not what the caller passed.
        visit.batch_id = stored.batch_id
        if stored.batch_id is not None:
            batch_festival = self.conn.execute(
                "SELECT festival FROM visit_batches WHERE id = ?", (stored.batch_id,)
            ).fetchone()
            if visit.kind != FESTIVAL_KIND or batch_festival is None or visit.festival != batch_festival[0]:
                visit.batch_id = None
        assignments = ", ".join(f"{c} = ?" for c in _COLUMNS)
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE visits SET {assignments}, updated_at = datetime('now', 'localtime') WHERE id = ?",
                [*self._values(visit), visit.id],
            )
            if stored.batch_id is not None and visit.batch_id is None:
                self._drop_if_empty(conn, stored.batch_id)

    @staticmethod
    def _drop_if_empty(conn: sqlite3.Connection, batch_id: int) -> None:
        """The last record of a batch takes the batch with it (a 签收表 with nobody on it is no distribution)."""
        conn.execute(
            "DELETE FROM visit_batches WHERE id = ? AND NOT EXISTS (SELECT 1 FROM visits WHERE batch_id = ?)",
            (batch_id, batch_id),
        )

    def delete(self, visit_id: int) -> None:
        with self.store.transaction() as conn:
            batch = conn.execute("SELECT batch_id FROM visits WHERE id = ?", (visit_id,)).fetchone()
            if batch is None:
                raise NotFound(msg("没有编号为 {id} 的慰问记录", id=visit_id))
            conn.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
            if batch[0] is not None:
                self._drop_if_empty(conn, batch[0])

    # -- lists ----------------------------------------------------------

    def list(self, query: VisitQuery | None = None) -> list[VisitRow]:
        """In the query's order (newest first by default)."""
        query = query or VisitQuery()
        where, params = query.where()
        return [
            VisitRow(*row) for row in self.conn.execute(f"{_ROW_SELECT}{where}{query.order_by()}", params)
        ]

    def page(self, query: VisitQuery, offset: int, limit: int) -> list[VisitRow]:
        """One page of list(query), for the paged table."""
        where, params = query.where()
        sql = f"{_ROW_SELECT}{where}{query.order_by()} LIMIT ? OFFSET ?"
        return [VisitRow(*row) for row in self.conn.execute(sql, [*params, limit, offset])]

    def count(self, query: VisitQuery) -> int:
        where, params = query.where()
        return int(
            self.conn.execute(
                f"SELECT count(*) FROM visits v JOIN members m ON m.id = v.member_id{where}", params
            ).fetchone()[0]
        )

    def totals(self, query: VisitQuery | None = None) -> VisitTotals:
        query = query or VisitQuery()
        where, params = query.where()
        row = self.conn.execute(
            "SELECT count(*), count(DISTINCT v.member_id), coalesce(sum(v.cash_fen), 0), coalesce(sum(v.goods_fen), 0) "
            f"FROM {_from(query)}{where}",
            params,
        ).fetchone()
        return VisitTotals(int(row[0]), int(row[1]), int(row[2]), int(row[3]))

    def years(self) -> list[int]:
        rows = self.conn.execute("SELECT DISTINCT substr(date, 1, 4) FROM visits ORDER BY 1 DESC")
        return [int(r[0]) for r in rows if r[0] and r[0].isdigit()]

    def of_member(self, member_id: int) -> list[VisitRow]:
        return self.list(VisitQuery(member_id=member_id))

    def member_visits_in_year(self, member_id: int, year: int) -> list[Visit]:
        rows = self.conn.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM visits WHERE member_id = ? AND date BETWEEN ? AND ? "
            "ORDER BY date, id",
            (member_id, f"{year:04d}-01-01", f"{year:04d}-12-31"),
        )
        return [Visit(**dict(zip(("id", *_COLUMNS), r, strict=True))) for r in rows]

    def member_year_totals(self, member_id: int) -> list[YearTotals]:
        """Per year (newest first): the member's visits summed by kind."""
        years: dict[int, YearTotals] = {}
        rows = self.conn.execute(
            "SELECT substr(date, 1, 4), kind, count(*), sum(cash_fen + goods_fen) FROM visits "
            "WHERE member_id = ? GROUP BY 1, 2 ORDER BY 1 DESC",
            (member_id,),
        )
        for year_text, kind, count, fen in rows:
            totals = years.setdefault(int(year_text), YearTotals(int(year_text)))
            totals.by_kind[kind] = int(fen)
            totals.count += int(count)
        return list(years.values())

    # -- festival batches ---------------------------------------------

    def add_batch(
        self,
        *,
        date: str,
        festival: str,
        goods: str,
        goods_fen: int,
        member_ids: list[int],
        source: str = UNION_FUND,
        visitors: str = "",
        notes: str = "",
        breach_reasons: dict[int, str] | None = None,
    ) -> int:
        """One 节日慰问 record per member, all in one transaction, kept together as a batch; the batch id."""
        errors = FieldErrors()
        if festival not in FESTIVALS:
            errors.add("festival", msg("“{festival}”不是法定节日；可选：{choices}", festival=festival, choices=joined(FESTIVALS, "、")))
        if not goods.strip():
            errors.add("goods", msg("请写明发放的物品"))
        elif is_cash_like(goods):
            errors.add("goods", msg("节日慰问不得发放现金或购物卡（“{goods}”），只能发实物", goods=goods))
        if goods_fen < 0:
            errors.add("goods_value", msg("物品价值不能为负数"))
        if source not in SOURCES:
            errors.add("source", msg("经费来源“{source}”无效", source=source))
        chosen = list(dict.fromkeys(member_ids))
        if not chosen:
            errors.add("members", msg("没有选中任何人"))
        if errors.errors:
            raise errors
        reasons = breach_reasons or {}
        with self.store.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO visit_batches (date, festival, goods, goods_fen, source, visitors, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (date, festival, goods.strip(), goods_fen, source, visitors, notes),
            )
            batch_id = int(cursor.lastrowid or 0)
            try:
                conn.executemany(
                    "INSERT INTO visits (date, kind, member_id, festival, goods, goods_fen, source, visitors, notes, "
                    "batch_id, breach_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            date,
                            FESTIVAL_KIND,
                            m,
                            festival,
                            goods.strip(),
                            goods_fen,
                            source,
                            visitors,
                            notes,
                            batch_id,
                            reasons.get(m, ""),
                        )
                        for m in chosen
                    ],
                )
            except sqlite3.IntegrityError as exc:
                raise FieldErrors({"members": msg("名单中有不存在的会员（{reason}）", reason=str(exc))}) from exc
        return batch_id

    def add_imported_batch(self, *, date: str, festival: str, visits: list[Visit]) -> int:
        """Festival rows of an imported book (one festival, one day) as one batch; each keeps its own goods and
        value (the batch names the commonest). Call inside the import's transaction."""
        if not visits:
            raise ValueError("an imported batch needs visits")
        commonest = max(
            {(v.goods, v.goods_fen) for v in visits},
            key=lambda g: sum((v.goods, v.goods_fen) == g for v in visits),
        )
        for visit in visits:
            visit.kind, visit.festival, visit.date = FESTIVAL_KIND, festival, date
            self._check(visit)
        with self.store.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO visit_batches (date, festival, goods, goods_fen, source, visitors, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (date, festival, commonest[0], commonest[1], visits[0].source, visits[0].visitors, "导入"),
            )
            batch_id = int(cursor.lastrowid or 0)
            for visit in visits:
                visit.batch_id = batch_id
                conn.execute(
                    f"INSERT INTO visits ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                    self._values(visit),
                )
        return batch_id

    def batch(self, batch_id: int) -> Batch:
        row = self.conn.execute(
            "SELECT b.id, b.date, b.festival, b.goods, b.goods_fen, b.source, b.visitors, b.notes, "
            "(SELECT count(*) FROM visits v WHERE v.batch_id = b.id) FROM visit_batches b WHERE b.id = ?",
            (batch_id,),
        ).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的节日发放批次", id=batch_id))
        return Batch(*row)

    def batches(self, year: int | None = None, festival: str = "") -> list[Batch]:
        clauses, params = [], []
        if year is not None:
            clauses.append("b.date BETWEEN ? AND ?")
            params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
        if festival:
            clauses.append("b.festival = ?")
            params.append(festival)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            "SELECT b.id, b.date, b.festival, b.goods, b.goods_fen, b.source, b.visitors, b.notes, "
            f"(SELECT count(*) FROM visits v WHERE v.batch_id = b.id) FROM visit_batches b{where} "
            "ORDER BY b.date, b.id",
            params,
        )
        return [Batch(*r) for r in rows]

    def update_batch(self, batch_id: int, *, goods: str, goods_fen: int, date: str | None = None) -> int:
        """Change the item, value (and date) of a batch and of every record in it; the number of records."""
        batch = self.batch(batch_id)
        errors = FieldErrors()
        if not goods.strip():
            errors.add("goods", msg("请写明发放的物品"))
        elif is_cash_like(goods):
            errors.add("goods", msg("节日慰问不得发放现金或购物卡（“{goods}”），只能发实物", goods=goods))
        if goods_fen < 0:
            errors.add("goods_value", msg("物品价值不能为负数"))
        if errors.errors:
            raise errors
        new_date = date or batch.date
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE visit_batches SET goods = ?, goods_fen = ?, date = ? WHERE id = ?",
                (goods.strip(), goods_fen, new_date, batch_id),
            )
            changed = conn.execute(
                "UPDATE visits SET goods = ?, goods_fen = ?, date = ?, updated_at = datetime('now', 'localtime') "
                "WHERE batch_id = ?",
                (goods.strip(), goods_fen, new_date, batch_id),
            ).rowcount
        return int(changed)

    def delete_batch(self, batch_id: int) -> int:
        """Undo a batch: its records go with it. The number of records deleted."""
        with self.store.transaction() as conn:
            count = int(
                conn.execute("SELECT count(*) FROM visits WHERE batch_id = ?", (batch_id,)).fetchone()[0]
            )
            if conn.execute("DELETE FROM visit_batches WHERE id = ?", (batch_id,)).rowcount != 1:
                raise NotFound(msg("没有编号为 {id} 的节日发放批次", id=batch_id))
        return count

    # -- benefit rules ------------------------------------------------

    def rule_sets(self) -> dict[str, RuleSet]:
        """The shipped rule sets, with any the clerk edited in the window in their place."""
        sets = shipped_rule_sets()
        for rule_set_id, body in self.conn.execute("SELECT rule_set, body FROM benefit_rule_overrides"):
            try:
                sets[rule_set_id] = rule_set_from_json(json.loads(body), rule_set_id)
            except (ValueError, RuleSetError):
                continue  # an unreadable edit falls back to the shipped set
        return sets

    def rule_set(self) -> RuleSet:
        """The set the unit's settings pick (慰问标准, else the newest for the 省份, else 自定义)."""
        from unionclerk.store.settings import load_settings

        settings = load_settings(self.store)
        return choose_rule_set(self.rule_sets(), settings.benefit_rule_set, settings.province)

    def save_rule_set(self, rule_set: RuleSet) -> None:
        """Keep an edited rule set (it replaces the shipped one of the same id for this database)."""
        checked = rule_set_from_json(rule_set.to_json())
        if not checked.id:
            raise RuleSetError("慰问标准没有编号")
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO benefit_rule_overrides (rule_set, body) VALUES (?, ?)",
                (checked.id, json.dumps(checked.to_json(), ensure_ascii=False)),
            )

    def reset_rule_set(self, rule_set_id: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM benefit_rule_overrides WHERE rule_set = ?", (rule_set_id,))

    def member_status(self, member_id: int, on: str | None = None) -> str:
        """The member's status on a day (by the status history), or now; a visit is judged by the status on
        its own day (a member who retires in June was in service at 春节)."""
        row = self.conn.execute("SELECT status FROM members WHERE id = ?", (member_id,)).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的会员", id=member_id))
        if on is None:
            return str(row[0])
        then = self.conn.execute(
            "SELECT status FROM member_status_history WHERE member_id = ? AND date <= ? "
            "ORDER BY date DESC, id DESC LIMIT 1",
            (member_id, on),
        ).fetchone()
        return str(then[0]) if then else str(row[0])

    def collective_dues(self, rule_set: RuleSet, member_ids: Iterable[int]) -> CollectiveDues:
        """What check_visit needs of the dues of these members' visits (see CollectiveDues)."""
        return CollectiveDues(DuesStore(self.store), rule_set, member_ids)

    def breaches_for(self, visit: Visit, rule_set: RuleSet | None = None) -> list[Breach]:
        """The rules saving `visit` (new, or an edit of a stored one) would break."""
        rule_set = rule_set or self.rule_set()
        same_year = [v for v in self.member_visits_in_year(visit.member_id, visit.year) if v.id != visit.id]
        return check_visit(
            visit,
            rule_set,
            member_status=self.member_status(visit.member_id, visit.date),
            same_year=same_year,
            dues_owing=self.collective_dues(rule_set, [visit.member_id]).of(visit),
        )

    def batch_breaches(
        self,
        *,
        date: str,
        festival: str,
        goods_fen: int,
        member_ids: list[int],
        source: str = UNION_FUND,
        rule_set: RuleSet | None = None,
    ) -> dict[int, list[Breach]]:
        """member id -> the rules a festival batch would break for them (members without breaches left out).

        Two set-wide queries (statuses on the day, the year's visits by member and kind) instead of a few per
        member, so a federation-sized batch is checked in about a second.
        """
        rule_set = rule_set or self.rule_set()
        wanted = set(member_ids)
        statuses: dict[int, str] = {}
        for member_id, status in self.conn.execute(
            "SELECT member_id, status FROM member_status_history WHERE date <= ? ORDER BY member_id, date, id",
            (date,),
        ):
            if member_id in wanted:
                statuses[member_id] = status  # the last one on or before the day
        for member_id, status in self.conn.execute("SELECT id, status FROM members"):
            if member_id in wanted:
                statuses.setdefault(member_id, status)
        year = date[:4]
        earlier: dict[int, list[Visit]] = {}
        for member_id, kind, count, fen in self.conn.execute(
            "SELECT member_id, kind, count(*), sum(cash_fen + goods_fen) FROM visits "
            "WHERE date BETWEEN ? AND ? GROUP BY member_id, kind",
            (f"{year}-01-01", f"{year}-12-31"),
        ):
            if member_id not in wanted:
                continue
            # `count` visits of this kind adding up to `fen`: enough for check_visit's sums and counts.
            same = earlier.setdefault(member_id, [])
            same.extend(
                Visit(date=date, kind=kind, member_id=member_id, goods_fen=int(fen) if n == 0 else 0)
                for n in range(int(count))
            )
        dues = self.collective_dues(rule_set, member_ids)
        found: dict[int, list[Breach]] = {}
        for member_id in member_ids:
            visit = Visit(
                date=date,
                kind=FESTIVAL_KIND,
                member_id=member_id,
                festival=festival,
                goods="x",
                goods_fen=goods_fen,
                source=source,
            )
            breaches = check_visit(
                visit,
                rule_set,
                member_status=statuses.get(member_id, ""),
                same_year=earlier.get(member_id, []),
                dues_owing=dues.of(visit),
            )
            if breaches:
                found[member_id] = breaches
        return found

    def compliance(self, year: int, rule_set: RuleSet | None = None) -> list[ComplianceLine]:
        """Every breach of the year under the current rule set, each visit judged against the visits before it
        (in date order) to the same member that year, and by the member's status on its day."""
        rule_set = rule_set or self.rule_set()
        rows = self.list(VisitQuery(year=year, descending=False))
        history: dict[int, list[tuple[str, str]]] = {}
        for member_id, date, status in self.conn.execute(
            "SELECT member_id, date, status FROM member_status_history WHERE member_id IN "
            "(SELECT DISTINCT member_id FROM visits WHERE date BETWEEN ? AND ?) ORDER BY member_id, date, id",
            (f"{year:04d}-01-01", f"{year:04d}-12-31"),
        ):
            history.setdefault(member_id, []).append((date, status))
        dues = self.collective_dues(rule_set, {row.member_id for row in rows})
        by_member: dict[int, list[Visit]] = {}
        lines: list[ComplianceLine] = []
        for row in rows:
            visit = _visit_of(row)
            earlier = by_member.setdefault(row.member_id, [])
            changes = history.get(row.member_id, [])
            status = next((s for d, s in reversed(changes) if d <= row.date), row.member_status)
            for breach in check_visit(
                visit, rule_set, member_status=status, same_year=earlier, dues_owing=dues.of(visit)
            ):
                lines.append(ComplianceLine(row, breach))
            earlier.append(visit)
        return lines


class CollectiveDues:
    """What the collective-benefit dues rule looks at, for the visits of a set of members: for a collective
    visit (core/benefit_rules.is_collective) under a rule set with the rule, what its member owes by month
    that year; else None (check_visit then says nothing of dues). Each year's dues are read once, for all the
    members at a time (a grid of the year reads every member's status history), and only when a collective
    visit of that year is asked about."""

    def __init__(self, dues: DuesStore, rule_set: RuleSet, member_ids: Iterable[int]) -> None:
        self._dues = dues
        self._rule_set = rule_set
        self._member_ids = sorted(set(member_ids))
        self._years: dict[int, dict[int, dict[str, int]] | None] = {}

    def of(self, visit: Visit) -> dict[str, int] | None:
        """check_visit's `dues_owing` for `visit` (its member must be among those given)."""
        if not self._rule_set.dues_paid_for_collective or not is_collective(visit, self._rule_set):
            return None
        year = visit.year
        if year not in self._years:
            self._years[year] = self._dues.owing_by_month(year, self._member_ids)
        owing = self._years[year]
        return None if owing is None else owing.get(visit.member_id, {})


def _visit_of(row: VisitRow) -> Visit:
    return Visit(
        date=row.date,
        kind=row.kind,
        member_id=row.member_id,
        person_name=row.person_name,
        relation=row.relation,
        festival=row.festival,
        cash_fen=row.cash_fen,
        goods=row.goods,
        goods_fen=row.goods_fen,
        source=row.source,
        visitors=row.visitors,
        notes=row.notes,
        batch_id=row.batch_id,
        breach_reason=row.breach_reason,
        id=row.id,
    )
