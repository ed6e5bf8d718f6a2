"""The schema as an ordered list of migrations; PRAGMA user_version is the number applied.

Append a migration to add to the schema; never edit one that has shipped. Each runs inside the
transaction that also sets user_version, so a crash leaves the file at the previous version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x55434C4B  # "UCLK": marks a file as a unionclerk database


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one (executescript would COMMIT the migration's transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


def _v1_members_and_settings(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_pinyin TEXT NOT NULL DEFAULT '',
            name_initials TEXT NOT NULL DEFAULT '',
            id_number TEXT,
            sex TEXT CHECK (sex IN ('男', '女')),
            birth_date TEXT,
            ethnicity TEXT NOT NULL DEFAULT '',
            political_status TEXT NOT NULL DEFAULT '',
            education TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            staff_category TEXT NOT NULL DEFAULT '',
            join_date TEXT,
            card_no TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            wage_base_fen INTEGER CHECK (wage_base_fen IS NULL OR wage_base_fen >= 0),
            hardship INTEGER NOT NULL DEFAULT 0,
            hardship_type TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '在会',
            status_date TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE UNIQUE INDEX idx_members_id_number ON members(id_number) WHERE id_number IS NOT NULL;
        CREATE INDEX idx_members_pinyin ON members(name_pinyin, name);
        CREATE INDEX idx_members_initials ON members(name_initials);
        CREATE INDEX idx_members_department ON members(department);
        CREATE INDEX idx_members_status ON members(status);
        CREATE INDEX idx_members_phone ON members(phone);
        CREATE INDEX idx_members_join_date ON members(join_date);
        CREATE TABLE member_status_history (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX idx_status_history_member ON member_status_history(member_id, date);
        CREATE INDEX idx_status_history_date ON member_status_history(date, status);
        """,
    )


def _v2_activities_and_plan(conn: sqlite3.Connection) -> None:
    """Activities (with participants and awards), their editable categories, and the year plan."""
    run_script(
        conn,
        """
        CREATE TABLE activity_categories (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO activity_categories (name, position) VALUES
            ('文体活动', 1), ('劳动竞赛/技能比武', 2), ('教育培训', 3), ('知识竞赛', 4),
            ('评先评优/表彰', 5), ('职代会/民主管理', 6), ('帮扶/献爱心/志愿服务', 7),
            ('参观学习/疗休养', 8), ('其他', 9);
        CREATE TABLE plan_years (
            year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
            guiding TEXT NOT NULL DEFAULT '',
            goals TEXT NOT NULL DEFAULT '',
            copied_from INTEGER,
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE TABLE plan_items (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES plan_years(year),
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            planned_month INTEGER CHECK (planned_month IS NULL OR planned_month BETWEEN 1 AND 12),
            planned_quarter INTEGER CHECK (planned_quarter IS NULL OR planned_quarter BETWEEN 1 AND 4),
            responsible TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '未开始'
                CHECK (status IN ('未开始', '进行中', '已完成', '取消')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            CHECK (planned_month IS NULL OR planned_quarter IS NULL)
        );
        CREATE INDEX idx_plan_items_year ON plan_items(year, position);
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            end_date TEXT,
            title TEXT NOT NULL,
            category TEXT NOT NULL REFERENCES activity_categories(name) ON UPDATE CASCADE,
            level TEXT NOT NULL DEFAULT '本单位组织' CHECK (level IN ('本单位组织', '参加上级组织')),
            location TEXT NOT NULL DEFAULT '',
            organiser TEXT NOT NULL DEFAULT '',
            headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
            training_tenths INTEGER NOT NULL DEFAULT 0 CHECK (training_tenths >= 0),
            cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
            results TEXT NOT NULL DEFAULT '',
            plan_item_id INTEGER REFERENCES plan_items(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            CHECK (end_date IS NULL OR end_date >= date)
        );
        CREATE INDEX idx_activities_date ON activities(date);
        CREATE INDEX idx_activities_category ON activities(category, date);
        CREATE INDEX idx_activities_plan_item ON activities(plan_item_id);
        CREATE TABLE activity_participants (
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id),
            PRIMARY KEY (activity_id, member_id)
        );
        CREATE INDEX idx_activity_participants_member ON activity_participants(member_id);
        CREATE TABLE activity_awards (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            award TEXT NOT NULL,
            rank TEXT NOT NULL DEFAULT '',
            winner_kind TEXT NOT NULL CHECK (winner_kind IN ('member', 'team', 'unit')),
            winner_member_id INTEGER REFERENCES members(id),
            winner_text TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT '',
            CHECK (winner_kind != 'member' OR winner_member_id IS NOT NULL)
        );
        CREATE INDEX idx_activity_awards_activity ON activity_awards(activity_id, position);
        CREATE INDEX idx_activity_awards_member ON activity_awards(winner_member_id);
        """,
    )


def _v3_unknown_status_dates(conn: sqlite3.Connection) -> None:
    """A status change whose date the clerk did not give is recorded as unknown, never as today.

    date_unknown = 1: `date` then only keeps the entry in its place in the history (it is the date of the
    entry before it) and is the date of nothing; readers take the date as unknown (MemberStore.history gives
    None, the figures leave the person out of any period that needs it).
    """
    conn.execute(
        "ALTER TABLE member_status_history ADD COLUMN date_unknown INTEGER NOT NULL DEFAULT 0 "
        "CHECK (date_unknown IN (0, 1))"
    )


def _summary_edits_and_notes(conn: sqlite3.Connection) -> None:
    """The clerk's edits of the generated summary, per period and document kind, and the text only the clerk
    writes (存在问题和不足) per period. `based_on` is the generated text an edit replaced: when the records
    later generate something else, the program shows both and asks."""
    run_script(
        conn,
        """
        CREATE TABLE summary_edits (
            period TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            text TEXT NOT NULL,
            based_on TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            PRIMARY KEY (period, kind, key)
        );
        CREATE TABLE summary_notes (
            period TEXT NOT NULL,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            PRIMARY KEY (period, name)
        );
        """,
    )


def _visits_book(conn: sqlite3.Connection) -> None:
    """慰问: visits (each tied to a member), their editable kinds, festival batches, edited benefit rules."""
    run_script(
        conn,
        """
        CREATE TABLE visit_kinds (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO visit_kinds (name, position) VALUES
            ('生病住院', 1), ('住院手术', 2), ('生育', 3), ('结婚', 4), ('生日', 5), ('退休', 6),
            ('会员去世', 7), ('直系亲属去世', 8), ('困难帮扶', 9), ('节日慰问', 10), ('夏送清凉', 11),
            ('冬送温暖', 12), ('金秋助学', 13), ('其他', 14);
        CREATE TABLE visit_batches (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            festival TEXT NOT NULL,
            goods TEXT NOT NULL,
            goods_fen INTEGER NOT NULL CHECK (goods_fen >= 0),
            source TEXT NOT NULL DEFAULT '工会经费',
            visitors TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX idx_visit_batches_date ON visit_batches(date);
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            kind TEXT NOT NULL REFERENCES visit_kinds(name) ON UPDATE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id),
            person_name TEXT NOT NULL DEFAULT '',
            relation TEXT NOT NULL DEFAULT '',
            festival TEXT NOT NULL DEFAULT '',
            cash_fen INTEGER NOT NULL DEFAULT 0 CHECK (cash_fen >= 0),
            goods TEXT NOT NULL DEFAULT '',
            goods_fen INTEGER NOT NULL DEFAULT 0 CHECK (goods_fen >= 0),
            source TEXT NOT NULL DEFAULT '工会经费' CHECK (source IN ('工会经费', '行政经费', '上级帮扶资金')),
            visitors TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            batch_id INTEGER REFERENCES visit_batches(id) ON DELETE CASCADE,
            breach_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            CHECK (kind != '节日慰问' OR cash_fen = 0)
        );
        CREATE INDEX idx_visits_date ON visits(date);
        CREATE INDEX idx_visits_member ON visits(member_id, date);
        CREATE INDEX idx_visits_kind ON visits(kind, date);
        CREATE INDEX idx_visits_batch ON visits(batch_id);
        CREATE TABLE benefit_rule_overrides (
            rule_set TEXT PRIMARY KEY,
            body TEXT NOT NULL
        );
        """,
    )


def _names_sorted_by_syllable(conn: sqlite3.Connection) -> None:
    """name_pinyin becomes 'fan ce rong' (was 'fancerong'), so 范 sorts before 方 whatever the given names."""
    from unionclerk.core.pinyin import pinyin_sort_key

    rows = conn.execute("SELECT id, name FROM members").fetchall()
    conn.executemany(
        "UPDATE members SET name_pinyin = ? WHERE id = ?", [(pinyin_sort_key(n), i) for i, n in rows]
    )
    # Search-as-you-type reads the pinyin run together ('zhangs' -> 张三): an index on that expression
    # keeps a keystroke on a 100,000 roster an index lookup.
    conn.execute("CREATE INDEX idx_members_pinyin_run ON members(replace(name_pinyin, ' ', ''))")


def _ledger_and_dues(conn: sqlite3.Connection) -> None:
    """The 经费 book: cash book entries (voucher unique in its year, a generic link to what caused them),
    the clerk's own sub-items, opening balances and year closings with their reopen log, dues collected
    member by month, and 拨缴经费 allocations."""
    run_script(
        conn,
        """
        CREATE TABLE ledger_subjects (
            code TEXT PRIMARY KEY CHECK (length(code) = 5),
            name TEXT NOT NULL
        );
        CREATE TABLE ledger_entries (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL CHECK (year = CAST(substr(date, 1, 4) AS INTEGER)),
            date TEXT NOT NULL,
            voucher INTEGER NOT NULL CHECK (voucher > 0),
            summary TEXT NOT NULL,
            subject TEXT NOT NULL,
            income_fen INTEGER NOT NULL DEFAULT 0 CHECK (income_fen >= 0),
            expense_fen INTEGER NOT NULL DEFAULT 0 CHECK (expense_fen >= 0),
            party TEXT NOT NULL DEFAULT '',
            source_kind TEXT,
            source_id INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            CHECK (income_fen = 0 OR expense_fen = 0),
            CHECK ((source_kind IS NULL) = (source_id IS NULL)),
            UNIQUE (year, voucher)
        );
        CREATE INDEX idx_ledger_entries_order ON ledger_entries(date, voucher, id);
        CREATE INDEX idx_ledger_entries_subject ON ledger_entries(subject, date);
        CREATE UNIQUE INDEX idx_ledger_entries_source ON ledger_entries(source_kind, source_id)
            WHERE source_kind IS NOT NULL;
        CREATE TABLE ledger_years (
            year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
            opening_fen INTEGER,
            closed_on TEXT,
            closing_fen INTEGER
        );
        CREATE TABLE ledger_year_log (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('结账', '反结账')),
            date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE TABLE dues_collections (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE dues_payments (
            id INTEGER PRIMARY KEY,
            collection_id INTEGER NOT NULL REFERENCES dues_collections(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id),
            month TEXT NOT NULL CHECK (length(month) = 7),
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0)
        );
        CREATE INDEX idx_dues_payments_member ON dues_payments(member_id, month);
        CREATE INDEX idx_dues_payments_month ON dues_payments(month);
        CREATE INDEX idx_dues_payments_collection ON dues_payments(collection_id);
        CREATE TABLE fund_allocations (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            period TEXT NOT NULL DEFAULT '',
            payroll_fen INTEGER NOT NULL CHECK (payroll_fen >= 0),
            allocation_fen INTEGER NOT NULL CHECK (allocation_fen >= 0),
            kept_fen INTEGER NOT NULL CHECK (kept_fen >= 0),
            remitted_fen INTEGER NOT NULL CHECK (remitted_fen >= 0),
            notes TEXT NOT NULL DEFAULT ''
        );
        """,
    )


Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[i] takes a file from version i to version i + 1.
MIGRATIONS: list[Migration] = [
    _v1_members_and_settings,
    _v2_activities_and_plan,
    _v3_unknown_status_dates,
    _summary_edits_and_notes,
    _visits_book,
    _names_sorted_by_syllable,
    _ledger_and_dues,
]

LATEST_VERSION = len(MIGRATIONS)
