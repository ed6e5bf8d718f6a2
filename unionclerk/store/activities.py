"""Activities in SQL: add/edit/delete with participants and awards, filtered lists with totals, categories."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from unionclerk.core.activities import (
    DEFAULT_CATEGORIES,
    LEVELS,
    TRAINING_CATEGORY,
    WINNER_KINDS,
    WINNER_MEMBER,
    WINNER_TEAM,
    Activity,
    Award,
)
from unionclerk.core.members import FieldErrors
from unionclerk.core.messages import msg
from unionclerk.store.db import Store
from unionclerk.store.errors import NotFound, RecordInUse
from unionclerk.store.members import pinyin_predicate

_COLUMNS = (
    "date",
    "end_date",
    "title",
    "category",
    "level",
    "location",
    "organiser",
    "headcount",
    "training_tenths",
    "cost_fen",
    "results",
    "plan_item_id",
    "notes",
)

# 参与人次 of an activity as SQL over alias `a` (same rule as Activity.person_times).
PERSON_TIMES_SQL = (
    "coalesce(a.headcount, (SELECT count(*) FROM activity_participants p WHERE p.activity_id = a.id))"
)
IS_TRAINING_SQL = f"(a.category = '{TRAINING_CATEGORY}' OR a.training_tenths > 0)"


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class ActivityQuery:
    """What the activities list shows: period, category, level, typed search, one member or plan item."""

    year: int | None = None
    month: int | None = None  # with or without a year
    start: str | None = None  # inclusive ISO dates, for reports
    end: str | None = None
    category: str = ""
    level: str = ""
    text: str = ""
    member_id: int | None = None
    plan_item_id: int | None = None
    training_only: bool = False

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.year is not None:
            if self.month:
                clauses.append("a.date >= ? AND a.date < ?")
                following = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
                params += [
                    f"{self.year:04d}-{self.month:02d}-01",
                    f"{following[0]:04d}-{following[1]:02d}-01",
                ]
            else:
                clauses.append("a.date >= ? AND a.date <= ?")
                params += [f"{self.year:04d}-01-01", f"{self.year:04d}-12-31"]
        elif self.month:
            clauses.append("substr(a.date, 6, 2) = ?")
            params.append(f"{self.month:02d}")
        if self.start:
            clauses.append("a.date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("a.date <= ?")
            params.append(self.end)
        if self.category:
            clauses.append("a.category = ?")
            params.append(self.category)
        if self.level:
            clauses.append("a.level = ?")
            params.append(self.level)
        text = self.text.strip()
        if text:
            like = f"%{_escape_like(text)}%"
            clauses.append(
                "(a.title LIKE ? ESCAPE '\\' OR a.location LIKE ? ESCAPE '\\' OR a.organiser LIKE ? ESCAPE '\\'"
                " OR a.results LIKE ? ESCAPE '\\' OR a.notes LIKE ? ESCAPE '\\'"
                " OR EXISTS (SELECT 1 FROM activity_participants p JOIN members m ON m.id = p.member_id"
                " WHERE p.activity_id = a.id AND m.name LIKE ? ESCAPE '\\'))"
            )
            params += [like] * 6
            letters = text.lower().replace(" ", "")
            if letters.isascii() and letters.isalpha():  # participants by pinyin: 'zy', 'zhouyu' -> 周裕
                pinyin_sql, pinyin_params = pinyin_predicate(letters, "m.")
                clauses[-1] = clauses[-1][:-1] + (
                    " OR EXISTS (SELECT 1 FROM activity_participants p JOIN members m ON m.id = p.member_id"
                    f" WHERE p.activity_id = a.id AND {pinyin_sql}))"
                )
                params += pinyin_params
        if self.member_id is not None:
            clauses.append(
                "(EXISTS (SELECT 1 FROM activity_participants p WHERE p.activity_id = a.id AND p.member_id = ?)"
                " OR EXISTS (SELECT 1 FROM activity_awards w WHERE w.activity_id = a.id"
                " AND w.winner_member_id = ?))"
            )
            params += [self.member_id, self.member_id]
        if self.plan_item_id is not None:
            clauses.append("a.plan_item_id = ?")
            params.append(self.plan_item_id)
        if self.training_only:
            clauses.append(IS_TRAINING_SQL)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass
class ActivityRow:
    """A line of the activities list."""

    id: int
    date: str
    end_date: str | None
    title: str
    category: str
    level: str
    location: str
    organiser: str
    person_times: int
    training_tenths: int
    cost_fen: int
    plan_item_id: int | None
    award_count: int
    participant_count: int


@dataclass
class Totals:
    """What the shown activities add up to."""

    events: int = 0
    person_times: int = 0
    training_tenths: int = 0
    cost_fen: int = 0
    by_category: dict[str, int] = field(default_factory=dict)


class ActivityStore:
    """All reads and writes of activities go through here."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- categories -----------------------------------------------------

    def categories(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT name FROM activity_categories ORDER BY position, name")
        ]

    def category_usage(self, name: str) -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM activities WHERE category = ?", (name,)).fetchone()[0]
        )

    def add_category(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise FieldErrors({"category": msg("类别名称不能为空")})
        if name in self.categories():
            raise FieldErrors({"category": msg("类别“{name}”已存在", name=name)})
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO activity_categories (name, position) "
                "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM activity_categories))",
                (name,),
            )

    def rename_category(self, old: str, new: str) -> None:
        """Renaming carries the activities of the old name along (ON UPDATE CASCADE)."""
        new = new.strip()
        if not new:
            raise FieldErrors({"category": msg("类别名称不能为空")})
        if new != old and new in self.categories():
            raise FieldErrors({"category": msg("类别“{name}”已存在", name=new)})
        with self.store.transaction() as conn:
            if (
                conn.execute("UPDATE activity_categories SET name = ? WHERE name = ?", (new, old)).rowcount
                != 1
            ):
                raise NotFound(msg("没有活动类别“{name}”", name=old))

    def delete_category(self, name: str) -> None:
        used = self.category_usage(name)
        if used:
            raise RecordInUse(
                msg(
                    "类别“{name}”下已有 {used} 项活动，不能删除；可以改名，或先把这些活动改到别的类别。",
                    name=name,
                    used=used,
                )
            )
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM activity_categories WHERE name = ?", (name,))

    def reset_missing_default_categories(self) -> None:
        """Put back any of the nine default categories that were deleted."""
        with self.store.transaction() as conn:
            for position, name in enumerate(DEFAULT_CATEGORIES, start=1):
                conn.execute(
                    "INSERT OR IGNORE INTO activity_categories (name, position) VALUES (?, ?)",
                    (name, position),
                )

    # -- single records -------------------------------------------------

    def get(self, activity_id: int) -> Activity:
        row = self.conn.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM activities WHERE id = ?", (activity_id,)
        ).fetchone()
        if row is None:
            raise NotFound(msg("没有编号为 {id} 的活动", id=activity_id))
        values = dict(zip(("id", *_COLUMNS), row, strict=True))
        activity = Activity(**values)
        activity.participant_ids = self.participant_ids(activity_id)
        activity.awards = self.awards(activity_id)
        return activity

    def participant_ids(self, activity_id: int) -> list[int]:
        rows = self.conn.execute(
            "SELECT p.member_id FROM activity_participants p JOIN members m ON m.id = p.member_id "
            "WHERE p.activity_id = ? ORDER BY m.name_pinyin, m.id",
            (activity_id,),
        )
        return [r[0] for r in rows]

    def participant_names(self, activity_id: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT m.name FROM activity_participants p JOIN members m ON m.id = p.member_id "
            "WHERE p.activity_id = ? ORDER BY m.name_pinyin, m.id",
            (activity_id,),
        )
        return [r[0] for r in rows]

    def awards(self, activity_id: int) -> list[Award]:
        rows = self.conn.execute(
            "SELECT w.id, w.award, w.rank, w.winner_kind, w.winner_member_id, "
            "coalesce(m.name, w.winner_text), w.level FROM activity_awards w "
            "LEFT JOIN members m ON m.id = w.winner_member_id WHERE w.activity_id = ? ORDER BY w.position, w.id",
            (activity_id,),
        )
        return [
            Award(
                id=r[0],
                award=r[1],
                rank=r[2],
                winner_kind=r[3],
                winner_member_id=r[4],
                winner_text=r[5],
                level=r[6],
            )
            for r in rows
        ]

    def _check(self, activity: Activity) -> None:
        errors = FieldErrors()
        if activity.category not in self.categories():
            errors.add("category", msg("活动类别“{category}”不在类别列表中", category=activity.category))
        if activity.level not in LEVELS:
            errors.add("level", msg("组织层级“{level}”无效", level=activity.level))
        if activity.end_date and activity.end_date < activity.date:
            errors.add("end_date", msg("结束日期 {end} 早于开始日期 {start}", end=activity.end_date, start=activity.date))
        if activity.cost_fen < 0:
            errors.add("cost", msg("费用不能为负数"))
        chosen = len(set(activity.participant_ids))
        if activity.headcount is not None and activity.headcount < chosen:
            errors.add("headcount", msg("参与人次（{headcount}）少于已选参与会员（{chosen}人）", headcount=activity.headcount, chosen=chosen))
        wanted = set(activity.participant_ids) | {
            a.winner_member_id for a in activity.awards if a.winner_member_id is not None
        }
        if wanted:
            placeholders = ", ".join("?" * len(wanted))
            found = {
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM members WHERE id IN ({placeholders})", list(wanted)
                )
            }
            if wanted - found:
                errors.add("participants", msg("会员编号 {ids} 不存在", ids=sorted(wanted - found)))
        for number, award in enumerate(activity.awards, start=1):
            if not award.award.strip():
                errors.add("awards", msg("获奖情况第{number}行：奖项不能为空", number=number))
            missing_member = award.winner_kind == WINNER_MEMBER and award.winner_member_id is None
            missing_team = award.winner_kind == WINNER_TEAM and not award.winner_text.strip()
            if missing_member or missing_team:
                errors.add("awards", msg("获奖情况第{number}行：“{award}”没有获奖者", number=number, award=award.award))
            if award.winner_kind not in WINNER_KINDS:
                errors.add("awards", msg("获奖情况第{number}行：获奖者类别“{kind}”无效", number=number, kind=award.winner_kind))
        if activity.plan_item_id is not None:
            row = self.conn.execute(
                "SELECT year, title FROM plan_items WHERE id = ?", (activity.plan_item_id,)
            ).fetchone()
            if row is None:
                errors.add("plan_item_id", msg("关联的计划项不存在"))
            elif str(row[0]) != activity.date[:4]:
                errors.add(
                    "plan_item_id",
                    msg(
                        "关联的计划项“{item}”属于{plan_year}年计划，而活动日期在{year}年",
                        item=row[1],
                        plan_year=row[0],
                        year=activity.date[:4],
                    ),
                )
        if errors.errors:
            raise errors

    def _write_children(self, conn: sqlite3.Connection, activity_id: int, activity: Activity) -> None:
        conn.execute("DELETE FROM activity_participants WHERE activity_id = ?", (activity_id,))
        conn.executemany(
            "INSERT INTO activity_participants (activity_id, member_id) VALUES (?, ?)",
            [(activity_id, m) for m in dict.fromkeys(activity.participant_ids)],
        )
        conn.execute("DELETE FROM activity_awards WHERE activity_id = ?", (activity_id,))
        for position, award in enumerate(activity.awards, start=1):
            winner_text = "" if award.winner_kind == WINNER_MEMBER else award.winner_text.strip()
            conn.execute(
                "INSERT INTO activity_awards (activity_id, position, award, rank, winner_kind, winner_member_id, "
                "winner_text, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    activity_id,
                    position,
                    award.award.strip(),
                    award.rank.strip(),
                    award.winner_kind,
                    award.winner_member_id if award.winner_kind == WINNER_MEMBER else None,
                    winner_text,
                    award.level.strip(),
                ),
            )

    def add(self, activity: Activity) -> int:
        self._check(activity)
        with self.store.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO activities ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                [getattr(activity, c) for c in _COLUMNS],
            )
            activity_id = int(cursor.lastrowid or 0)
            self._write_children(conn, activity_id, activity)
        activity.id = activity_id
        return activity_id

    def update(self, activity: Activity) -> None:
        if activity.id is None:
            raise ValueError("update() needs an activity that has an id")
        self.get(activity.id)
        self._check(activity)
        assignments = ", ".join(f"{c} = ?" for c in _COLUMNS)
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE activities SET {assignments}, updated_at = datetime('now', 'localtime') WHERE id = ?",
                [*(getattr(activity, c) for c in _COLUMNS), activity.id],
            )
            self._write_children(conn, activity.id, activity)

    def delete(self, activity_id: int) -> None:
        with self.store.transaction() as conn:
            if conn.execute("DELETE FROM activities WHERE id = ?", (activity_id,)).rowcount != 1:
                raise NotFound(msg("没有编号为 {id} 的活动", id=activity_id))

    # -- lists ----------------------------------------------------------

    def list(self, query: ActivityQuery | None = None) -> list[ActivityRow]:
        """Newest first."""
        where, params = (query or ActivityQuery()).where()
        sql = (
            "SELECT a.id, a.date, a.end_date, a.title, a.category, a.level, a.location, a.organiser, "
            f"{PERSON_TIMES_SQL}, a.training_tenths, a.cost_fen, a.plan_item_id, "
            "(SELECT count(*) FROM activity_awards w WHERE w.activity_id = a.id), "
            "(SELECT count(*) FROM activity_participants p WHERE p.activity_id = a.id) "
            f"FROM activities a{where} ORDER BY a.date DESC, a.id DESC"
        )
        return [ActivityRow(*row) for row in self.conn.execute(sql, params)]

    def totals(self, query: ActivityQuery | None = None) -> Totals:
        where, params = (query or ActivityQuery()).where()
        row = self.conn.execute(
            f"SELECT count(*), coalesce(sum({PERSON_TIMES_SQL}), 0), coalesce(sum(a.training_tenths), 0), "
            f"coalesce(sum(a.cost_fen), 0) FROM activities a{where}",
            params,
        ).fetchone()
        by_category = dict(
            self.conn.execute(
                f"SELECT a.category, count(*) FROM activities a{where} GROUP BY a.category", params
            ).fetchall()
        )
        return Totals(int(row[0]), int(row[1]), int(row[2]), int(row[3]), by_category)

    def of_member(self, member_id: int) -> list[ActivityRow]:
        """Activities a member took part in or won an award at, newest first."""
        return self.list(ActivityQuery(member_id=member_id))

    def years(self) -> list[int]:
        """Years that have activities, newest first."""
        rows = self.conn.execute("SELECT DISTINCT substr(date, 1, 4) FROM activities ORDER BY 1 DESC")
        return [int(r[0]) for r in rows if r[0] and r[0].isdigit()]

    def linked_counts(self, year: int) -> dict[int, int]:
        """Plan item id -> number of activities that carried it out, for the items of one year."""
        rows = self.conn.execute(
            "SELECT a.plan_item_id, count(*) FROM activities a JOIN plan_items i ON i.id = a.plan_item_id "
            "WHERE i.year = ? GROUP BY a.plan_item_id",
            (year,),
        )
        return {int(r[0]): int(r[1]) for r in rows}
