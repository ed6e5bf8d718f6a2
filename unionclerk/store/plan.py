"""The year plan in SQL: guiding text and goals per year, numbered items, progress, copying, reordering.

"Items of a past year stay as they were" means here: nothing done to one year touches another. Copying a
year reads the source and writes only the new year (items start 未开始, with no linked activities); an item
never moves to another year; reordering renumbers within one year; an activity can only carry out an item of
its own year, so later activities never change an earlier year's progress; and a linked activity only
*proposes* 已完成 — the status changes when the clerk confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg
from unionclerk.core.plan import CANCELLED, DONE, NOT_STARTED, PLAN_STATUSES, PlanItem, PlanYear
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, RecordInUse

_ITEM_COLUMNS = (
    "year",
    "position",
    "title",
    "details",
    "category",
    "planned_month",
    "planned_quarter",
    "responsible",
    "status",
    "notes",
)
_SELECT_ITEM = f"SELECT id, {', '.join(_ITEM_COLUMNS)} FROM plan_items"


def _item(row: tuple) -> PlanItem:
    return PlanItem(**dict(zip(("id", *_ITEM_COLUMNS), row, strict=True)))


@dataclass
class PlanProgress:
    """done/total for a year; cancelled items are not part of the total."""

    year: int
    done: int = 0
    total: int = 0
    cancelled: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.done}/{self.total}"


class PlanStore:
    """All reads and writes of the year plan go through here."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- years ----------------------------------------------------------

    def years(self) -> list[int]:
        """Years that have a plan, newest first."""
        return [r[0] for r in self.conn.execute("SELECT year FROM plan_years ORDER BY year DESC")]

    def get_year(self, year: int) -> PlanYear:
        """The year's texts; an empty PlanYear when none is stored yet."""
        row = self.conn.execute(
            "SELECT year, guiding, goals, copied_from FROM plan_years WHERE year = ?", (year,)
        ).fetchone()
        return PlanYear(*row) if row else PlanYear(year=year)

    def save_year(self, plan_year: PlanYear) -> None:
        if not 1900 <= plan_year.year <= 2999:
            raise FieldErrors({"year": msg("年份 {year} 无效", year=plan_year.year)})
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO plan_years (year, guiding, goals, copied_from) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(year) DO UPDATE SET guiding = excluded.guiding, goals = excluded.goals, "
                "updated_at = datetime('now', 'localtime')",
                (plan_year.year, plan_year.guiding.strip(), plan_year.goals.strip(), plan_year.copied_from),
            )

    def _ensure_year(self, year: int) -> None:
        self.conn.execute("INSERT OR IGNORE INTO plan_years (year) VALUES (?)", (year,))

    # -- items ----------------------------------------------------------

    def items(self, year: int) -> list[PlanItem]:
        return [
            _item(r)
            for r in self.conn.execute(_SELECT_ITEM + " WHERE year = ? ORDER BY position, id", (year,))
        ]

    def get_item(self, item_id: int) -> PlanItem:
        row = self.conn.execute(_SELECT_ITEM + " WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的计划项", id=item_id))
        return _item(row)

    def _check(self, item: PlanItem) -> None:
        errors = FieldErrors()
        if not item.title.strip():
            errors.add("title", msg("计划项目名称不能为空"))
        if item.status not in PLAN_STATUSES:
            errors.add("status", msg("状态“{status}”无效", status=item.status))
        if item.planned_month is not None and item.planned_quarter is not None:
            errors.add("planned", msg("计划时间只能填月份或季度之一"))
        if errors.errors:
            raise errors

    def add_item(self, item: PlanItem) -> int:
        """Append an item at the end of its year's list (its number is the next one)."""
        self._check(item)
        with self.store.transaction() as conn:
            self._ensure_year(item.year)
            position = conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM plan_items WHERE year = ?", (item.year,)
            ).fetchone()[0]
            item.position = int(position)
            cursor = conn.execute(
                f"INSERT INTO plan_items ({', '.join(_ITEM_COLUMNS)}) VALUES ({', '.join('?' * len(_ITEM_COLUMNS))})",
                [getattr(item, c) for c in _ITEM_COLUMNS],
            )
        item.id = int(cursor.lastrowid or 0)
        return item.id

    def update_item(self, item: PlanItem) -> None:
        """Save an edited item. Its year and number stay (use move_item to renumber)."""
        if item.id is None:
            raise ValueError("update_item() needs an item that has an id")
        current = self.get_item(item.id)
        self._check(item)
        item.year, item.position = current.year, current.position
        columns = [c for c in _ITEM_COLUMNS if c not in ("year", "position")]
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE plan_items SET {', '.join(f'{c} = ?' for c in columns)}, "
                "updated_at = datetime('now', 'localtime') WHERE id = ?",
                [*(getattr(item, c) for c in columns), item.id],
            )

    def set_status(self, item_id: int, status: str) -> None:
        if status not in PLAN_STATUSES:
            raise FieldErrors({"status": msg("状态“{status}”无效", status=status)})
        with self.store.transaction() as conn:
            if (
                conn.execute(
                    "UPDATE plan_items SET status = ?, updated_at = datetime('now', 'localtime') WHERE id = ?",
                    (status, item_id),
                ).rowcount
                != 1
            ):
                raise NotFound(msg("没有编号为 {id} 的计划项", id=item_id))

    def linked_activity_count(self, item_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM activities WHERE plan_item_id = ?", (item_id,)
            ).fetchone()[0]
        )

    def delete_item(self, item_id: int) -> None:
        """Delete an item entered by mistake; refused while activities carry it out. Later items move up."""
        item = self.get_item(item_id)
        linked = self.linked_activity_count(item_id)
        if linked:
            raise RecordInUse(
                msg(
                    "计划项“{title}”已有 {linked} 项活动关联，不能删除；不再执行的计划项请把状态改为“取消”。",
                    title=item.title,
                    linked=linked,
                )
            )
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM plan_items WHERE id = ?", (item_id,))
            self._renumber(item.year)

    def _renumber(self, year: int) -> None:
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM plan_items WHERE year = ? ORDER BY position, id", (year,)
            )
        ]
        self.conn.executemany(
            "UPDATE plan_items SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(ids, start=1)]
        )

    def move_item(self, item_id: int, offset: int) -> int:
        """Move an item up (offset < 0) or down within its year; returns its new number."""
        item = self.get_item(item_id)
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM plan_items WHERE year = ? ORDER BY position, id", (item.year,)
            )
        ]
        old = ids.index(item_id)
        new = max(0, min(len(ids) - 1, old + offset))
        if new != old:
            ids.insert(new, ids.pop(old))
            with self.store.transaction() as conn:
                conn.executemany(
                    "UPDATE plan_items SET position = ? WHERE id = ?",
                    [(n, i) for n, i in enumerate(ids, start=1)],
                )
        return new + 1

    # -- progress -------------------------------------------------------

    def progress(self, year: int) -> PlanProgress:
        counts = dict(
            self.conn.execute(
                "SELECT status, count(*) FROM plan_items WHERE year = ? GROUP BY status", (year,)
            ).fetchall()
        )
        by_status = {status: int(counts.get(status, 0)) for status in PLAN_STATUSES}
        total = sum(by_status.values()) - by_status[CANCELLED]
        return PlanProgress(year, by_status[DONE], total, by_status[CANCELLED], by_status)

    def proposed_done(self, year: int) -> list[PlanItem]:
        """Items carried out by at least one activity but not yet marked 已完成 (or 取消): the clerk confirms."""
        sql = _SELECT_ITEM + (
            " WHERE year = ? AND status NOT IN (?, ?) AND EXISTS "
            "(SELECT 1 FROM activities a WHERE a.plan_item_id = plan_items.id) ORDER BY position, id"
        )
        return [_item(r) for r in self.conn.execute(sql, (year, DONE, CANCELLED))]

    # -- copying --------------------------------------------------------

    def copy_year(self, source: int, target: int) -> int:
        """Copy a year's texts and items into a new year as a draft (every item 未开始); returns items copied.

        The source year is only read. Refused when the target year already has items.
        """
        if source == target:
            raise FieldErrors({"year": msg("不能把计划复制到同一年")})
        if (
            not self.items(source)
            and not self.conn.execute("SELECT 1 FROM plan_years WHERE year = ?", (source,)).fetchone()
        ):
            raise NotFound(msg("{year}年还没有工作计划，无从复制", year=source))
        existing = len(self.items(target))
        if existing:
            raise RecordInUse(
                msg(
                    "{year}年计划已有 {existing} 项，不能再复制；请先删除这些项目或换一个年份。",
                    year=target,
                    existing=existing,
                )
            )
        texts = self.get_year(source)
        items = self.items(source)
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO plan_years (year, guiding, goals, copied_from) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(year) DO UPDATE SET guiding = excluded.guiding, goals = excluded.goals, "
                "copied_from = excluded.copied_from, updated_at = datetime('now', 'localtime')",
                (target, texts.guiding, texts.goals, source),
            )
            for number, item in enumerate(items, start=1):
                conn.execute(
                    f"INSERT INTO plan_items ({', '.join(_ITEM_COLUMNS)}) VALUES ({', '.join('?' * len(_ITEM_COLUMNS))})",
                    (
                        target,
                        number,
                        item.title,
                        item.details,
                        item.category,
                        item.planned_month,
                        item.planned_quarter,
                        item.responsible,
                        NOT_STARTED,
                        item.notes,
                    ),
                )
        return len(items)
