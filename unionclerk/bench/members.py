"""Benchmark of the members tab on a large roster: first rows shown, and one search keystroke, against raw sqlite3."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from unionclerk.core.idcard import check_char
from unionclerk.core.pinyin import pinyin_initials, pinyin_sort_key
from unionclerk.store.db import Store
from unionclerk.store.demo import FEMALE_GIVEN, MALE_GIVEN
from unionclerk.store.members import MemberQuery, search_predicate

REPEATS = 7
SEARCH = "zs"

# Surnames with their share of the population (per mille, 2020 census order), so that a search such as
# 'zs' matches about as many people as it would in a real federation of 100,000 members.
_SURNAME_WEIGHTS = dict(
    zip(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡",
        (
            71,
            70,
            66,
            54,
            45,
            31,
            25,
            23,
            20,
            19,
            16,
            15,
            14,
            13,
            13,
            11,
            11,
            11,
            11,
            9,
            9,
            8,
            7,
            6,
            6,
            6,
            5,
            5,
            5,
            5,
            5,
            5,
            4,
            4,
            4,
            4,
            4,
            4,
            4,
            4,
        ),
        strict=True,
    )
)
_RARE_SURNAMES = "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_SURNAMES = list(_SURNAME_WEIGHTS) + list(_RARE_SURNAMES)
_WEIGHTS = list(_SURNAME_WEIGHTS.values()) + [2] * len(_RARE_SURNAMES)
_GIVEN = MALE_GIVEN + FEMALE_GIVEN
_DEPARTMENTS = (
    "办公室",
    "人事科",
    "财务科",
    "检验科",
    "疾病预防控制科",
    "免疫规划科",
    "卫生监督科",
    "后勤保障科",
)
_AREAS = ("110105", "310104", "440106", "530102", "510107", "420106", "350102", "320102")
_COLUMNS = (
    "name, name_pinyin, name_initials, id_number, sex, birth_date, ethnicity, political_status, education, "
    "department, position, staff_category, join_date, card_no, phone, wage_base_fen, hardship, hardship_type, "
    "notes, status, status_date"
)


@cache
def _keys(name: str) -> tuple[str, str]:
    return pinyin_sort_key(name), pinyin_initials(name)


def _rows(n: int, seed: int = 20261128) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    rows: list[tuple[object, ...]] = []
    seen: set[str] = set()
    while len(rows) < n:
        surname = rng.choices(_SURNAMES, weights=_WEIGHTS)[0]
        name = surname + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
        year, month, day = rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28)
        first17 = f"{rng.choice(_AREAS)}{year:04d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
        id_number = first17 + check_char(first17)
        if id_number in seen:
            continue
        seen.add(id_number)
        full, initials = _keys(name)
        sex = "男" if int(first17[16]) % 2 else "女"
        join = f"{max(year + 22, 1990)}-{rng.randint(1, 12):02d}-01"
        rows.append(
            (
                name,
                full,
                initials,
                id_number,
                sex,
                f"{year:04d}-{month:02d}-{day:02d}",
                "汉族",
                rng.choice(("中共党员", "群众", "共青团员")),
                rng.choice(("大学本科", "硕士研究生", "大学专科")),
                rng.choice(_DEPARTMENTS),
                "",
                rng.choice(("在编", "合同")),
                join,
                "",
                f"1{rng.randint(3, 9)}{rng.randint(0, 999_999_999):09d}",
                rng.randint(300_000, 1_500_000),
                int(rng.random() < 0.02),
                "",
                "",
                "在会",
                join,
            )
        )
    return rows


def build_database(path: Path, n: int) -> None:
    """n members with real pinyin keys, valid ID numbers and their joining history, in one transaction."""
    store = Store.open(path, daily_backup=False)
    try:
        rows = _rows(n)
        with store.transaction() as conn:
            conn.executemany(f"INSERT INTO members ({_COLUMNS}) VALUES ({', '.join('?' * 21)})", rows)
            conn.execute(
                "INSERT INTO member_status_history (member_id, status, date, reason) "
                "SELECT id, '在会', join_date, '入会' FROM members"
            )
        store.conn.execute("ANALYZE")
    finally:
        store.close()


def _median(action: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(n: int = 100_000) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform reports that it cannot resize native windows; that noise is not a result.
    qInstallMessageHandler(
        lambda _mode, _context, message: None if "propagateSizeHints" in message else print(message)
    )

    from unionclerk.ui.members_tab import MembersTab

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="unionclerk-bench-") as folder:
        path = Path(folder) / "members.db"
        build_database(path, n)

        raw = sqlite3.connect(path)
        raw_all = _median(lambda: raw.execute("SELECT * FROM members").fetchall())
        where, params = search_predicate(SEARCH)
        raw_search = _median(lambda: raw.execute("SELECT * FROM members WHERE " + where, params).fetchall())
        matches = len(raw.execute("SELECT id FROM members WHERE " + where, params).fetchall())
        raw.close()

        store = Store.open(path, daily_backup=False)
        try:

            def first_rows() -> None:
                tab = MembersTab(store)
                tab.resize(1200, 700)
                tab.show()
                app.processEvents()  # the first page is painted
                tab.close()
                tab.deleteLater()

            tab_first = _median(first_rows)
            app.processEvents()

            tab = MembersTab(store)
            tab.resize(1200, 700)
            tab.show()
            app.processEvents()

            def reset() -> None:
                tab.search_edit.setText(SEARCH[:-1])
                app.processEvents()

            # One typed key: textChanged re-queries the model (count + first page) and resets the
            # view; the next turn of the event loop paints the first page.
            requery_times, total_times = [], []
            for _ in range(REPEATS):
                reset()
                start = time.perf_counter()
                tab.search_edit.setText(SEARCH)
                requeried = time.perf_counter()
                app.processEvents()
                shown_at = time.perf_counter()
                requery_times.append(requeried - start)
                total_times.append(shown_at - start)
            tab_requery = statistics.median(requery_times)
            tab_search = statistics.median(total_times)
            shown = tab.model.total
            assert (
                shown
                == matches
                == store.conn.execute(
                    "SELECT count(*) FROM members WHERE " + MemberQuery(text=SEARCH).where()[0][7:],
                    MemberQuery(text=SEARCH).where()[1],
                ).fetchone()[0]
            ), "the tab and the raw query disagree about the matches"
            tab.close()
        finally:
            store.close()

    return [
        f"first rows: {tab_first / raw_all:.2f}x (target <= 1.0)",
        f"search keystroke: {tab_search / raw_search:.2f}x (target <= 1.5)",
        f"absolute (n={n}, median of {REPEATS}): first rows {tab_first * 1000:.1f} ms vs raw fetch of all rows "
        f"{raw_all * 1000:.1f} ms; search '{SEARCH}' ({matches} matches) {tab_search * 1000:.1f} ms "
        f"(re-query and model reset {tab_requery * 1000:.1f} ms, painting the first page "
        f"{(tab_search - tab_requery) * 1000:.1f} ms) vs raw query {raw_search * 1000:.1f} ms",
        f"search keystroke without painting: {tab_requery / raw_search:.2f}x (for information)",
    ]
