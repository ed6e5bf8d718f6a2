"""`unionclerk report members`: the period options, Chinese text and JSON read back, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from unionclerk.cli import main
from unionclerk.core.members import Member
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.demo import demo_year
from unionclerk.store.members import MemberStore
from unionclerk.store.settings import save_settings


@pytest.fixture
def union(tmp_path: Path) -> Path:
    """Five in service at the start of 2025; one retires in March, one transfers in September; two join
    (one in May, one in October); one joins without a join date."""
    path = tmp_path / "union.db"
    with Store.open(path, daily_backup=False) as store:
        members = MemberStore(store)
        ids = [
            members.add(Member(name=f"会员{n}", sex="女" if n % 2 else "男", join_date="2015-01-01"))
            for n in range(5)
        ]
        members.change_status(ids[0], "保留会籍", "2025-03-31", "退休")
        members.change_status(ids[1], "转出", "2025-09-01", "调动")
        members.add(Member(name="五月", sex="女", join_date="2025-05-10", hardship=True))
        members.add(Member(name="十月", sex="男", join_date="2025-10-10"))
        members.add(Member(name="不详", sex="男"))
        save_settings(store, Settings(staff_count=7))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_year_as_json(union: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "members", "--year", "2025", "--json", "--db", str(union))
    assert code == 0
    data = json.loads(out)
    assert (data["from"], data["to"]) == ("2025-01-01", "2025-12-31")
    assert (data["start"], data["joined"], data["end"]) == (5, 2, 5)
    assert data["left"] == {
        "retired": 1, "retained": 0, "transferred": 1, "resigned": 0, "expelled": 0, "died": 0
    }  # fmt: skip
    assert (data["retirees"], data["women"], data["hardship"], data["staff"]) == (1, 2, 1, 7)
    assert data["join_rate"] == 71.4  # 5 / 7
    assert data["unknown_dates"] == {"join_date": 1, "status_date": 0}
    assert data == {
        "from": "2025-01-01",
        "to": "2025-12-31",
        "start": 5,
        "joined": 2,
        "left": {"retired": 1, "retained": 0, "transferred": 1, "resigned": 0, "expelled": 0, "died": 0},
        "end": 5,
        "retirees": 1,
        "members": 6,
        "women": 2,
        "hardship": 1,
        "staff": 7,
        "join_rate": 71.4,
        "unknown_dates": {"join_date": 1, "status_date": 0},
    }


def test_halves_and_a_chosen_period(union: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = json.loads(
        run(capsys, "report", "members", "--year", "2025", "--half", "1", "--json", "--db", str(union))[1]
    )
    assert (first["start"], first["joined"], first["end"], first["left"]["retired"]) == (5, 1, 5, 1)
    second = json.loads(
        run(capsys, "report", "members", "--year", "2025", "--half", "2", "--json", "--db", str(union))[1]
    )
    assert (second["from"], second["start"], second["joined"], second["end"]) == ("2025-07-01", 5, 1, 5)
    assert second["left"]["transferred"] == 1
    chosen = json.loads(
        run(
            capsys,
            "report",
            "members",
            "--from",
            "2025-04-01",
            "--to",
            "2025-09-30",
            "--json",
            "--db",
            str(union),
        )[1]
    )
    assert (chosen["start"], chosen["joined"], chosen["left"]["transferred"], chosen["end"]) == (4, 1, 1, 4)


def test_chinese_text(union: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "members", "--year", "2025", "--db", str(union))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "会员情况 2025年"
    assert "期初在职会员：5 人" in lines
    assert "本期入会（含重新入会）：2 人" in lines
    assert "本期减少：2 人（退休（保留会籍） 1，转出 1）" in lines
    assert "期末在职会员：5 人（期初 5 + 入会 2 − 减少 2）" in lines
    assert "入会率：71.4%" in lines
    assert lines[-1] == "另有 1 人入会日期不详，未计入以上人数。"
    half = run(capsys, "report", "members", "--year", "2025", "--half", "2", "--db", str(union))[1]
    assert half.splitlines()[0] == "会员情况 2025年下半年"


def test_chinese_text_in_full(union: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "members", "--year", "2025", "--db", str(union))
    assert (code, err) == (0, "")
    assert out == (
        "会员情况 2025年\n"
        "期间：2025-01-01 至 2025-12-31\n"
        "期初在职会员：5 人\n"
        "本期入会（含重新入会）：2 人\n"
        "本期减少：2 人（退休（保留会籍） 1，转出 1）\n"
        "期末在职会员：5 人（期初 5 + 入会 2 − 减少 2）\n"
        "保留会籍（退休等）：1 人；会员合计 6 人\n"
        "女会员：2 人\n"
        "困难职工：1 人\n"
        "职工总数：7\n"
        "入会率：71.4%\n"
        "另有 1 人入会日期不详，未计入以上人数。\n"
    )
    # Nobody left, no staff count set, no unknown date: said so, nothing left blank.
    plain = tmp_path / "plain.db"
    with Store.open(plain, daily_backup=False) as store:
        MemberStore(store).add(Member(name="张三", sex="男", join_date="2020-01-01"))
    code, out, _ = run(capsys, "report", "members", "--year", "2025", "--half", "2", "--db", str(plain))
    assert out == (
        "会员情况 2025年下半年\n"
        "期间：2025-07-01 至 2025-12-31\n"
        "期初在职会员：1 人\n"
        "本期入会（含重新入会）：0 人\n"
        "本期减少：0 人（无）\n"
        "期末在职会员：1 人（期初 1 + 入会 0 − 减少 0）\n"
        "保留会籍（退休等）：0 人；会员合计 1 人\n"
        "女会员：0 人\n"
        "困难职工：0 人\n"
        "职工总数：未设置\n"
        "入会率：未设置职工总数，无法计算\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "请用 --year 指定年度（可加 --half 1|2），或用 --from/--to 指定期间"),
        (
            ("--year", "2025", "--half", "1", "--from", "2025-01-01", "--to", "2025-02-01"),
            "--half 与 --from/--to 不能同时使用",
        ),
        (("--from", "2025-01-01"), "--from 和 --to 要一起给出"),
        (("--to", "2025-01-01"), "--from 和 --to 要一起给出"),
        (("--from", "2025-02-30", "--to", "2025-03-01"), "--from 的日期“2025-02-30”无效，应写成 2026-03-01"),
        (("--from", "2025-01-01", "--to", "2025-3-1"), "--to 的日期“2025-3-1”无效，应写成 2026-03-01"),
        (("--from", "20250101", "--to", "2025-03-01"), "--from 的日期“20250101”无效，应写成 2026-03-01"),
        (("--from", "2025-05-01", "--to", "2025-03-01"), "--to 2025-03-01 早于 --from 2025-05-01"),
        (("--year", "2024", "--from", "2025-01-01", "--to", "2025-03-01"), "--from/--to 不在 2024 年内"),
        (("--year", "2025", "--from", "2024-12-01", "--to", "2025-03-01"), "--from/--to 不在 2025 年内"),
        (("--year", "2025", "--from", "2025-12-01", "--to", "2026-01-01"), "--from/--to 不在 2025 年内"),
        (("--year", "20250"), "年度 20250 不对"),
        (("--year", "1899"), "年度 1899 不对"),
        (("--year", "3000"), "年度 3000 不对"),
    ],
)
def test_bad_periods_are_one_line(
    union: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "report", "members", *argv, "--db", str(union))
    assert (code, out, err) == (1, "", f"错误：{message}\n")


@pytest.mark.parametrize(
    ("argv", "title", "period"),
    [
        (("--year", "1900"), "会员情况 1900年", ("1900-01-01", "1900-12-31")),
        (("--year", "2999", "--half", "1"), "会员情况 2999年上半年", ("2999-01-01", "2999-06-30")),
        (
            ("--from", "2025-03-01", "--to", "2025-03-01"),
            "会员情况 2025-03-01 至 2025-03-01",
            ("2025-03-01",) * 2,
        ),
        (
            ("--year", "2025", "--from", "2025-02-01", "--to", "2025-11-30"),
            "会员情况 2025-02-01 至 2025-11-30",
            ("2025-02-01", "2025-11-30"),
        ),
    ],
)
def test_period_titles(
    union: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    title: str,
    period: tuple[str, str],
) -> None:
    code, out, _ = run(capsys, "report", "members", *argv, "--db", str(union))
    assert code == 0
    assert out.splitlines()[:2] == [title, f"期间：{period[0]} 至 {period[1]}"]


def test_json_is_indented_and_readable_chinese_free(union: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "report", "members", "--year", "2025", "--json", "--db", str(union))[1]
    assert out.startswith('{\n  "from": "2025-01-01",\n  "to": "2025-12-31",\n  "start": 5,')
    assert '\n  "left": {\n    "retired": 1,' in out


def test_a_report_takes_no_backup(union: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "report", "members", "--year", "2025", "--db", str(union))[0] == 0
    from unionclerk.store.backup import backup_dir

    # The backups of union.db go to union.backups (the test used to look for union.db.backups, where none is
    # ever written, so a report that took one passed it).
    assert backup_dir(union) == union.with_name("union.backups")
    assert not backup_dir(union).exists()


def test_the_default_database_is_used_without_db(capsys: pytest.CaptureFixture[str]) -> None:
    from unionclerk.store.db import default_db_path

    path = default_db_path()
    assert not path.exists()
    code, _, err = run(capsys, "report", "members", "--year", "2025")
    assert (code, err) == (1, f"错误：找不到数据文件“{path}”：请检查 --db 的路径。\n")
    assert not path.exists()


def test_help_names_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert (
        "会员人数：期初、入会、减少（按原因）、期末、保留会籍、女会员、困难职工、入会率"
        in capsys.readouterr().out
    )


def test_a_missing_database_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.db"
    code, _, err = run(capsys, "report", "members", "--year", "2025", "--db", str(missing))
    assert (code, err) == (1, f"错误：找不到数据文件“{missing}”：请检查 --db 的路径。\n")
    assert not missing.exists()


def test_the_demo_union(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.db"
    assert main(["demo", "--out", str(demo)]) == 0
    capsys.readouterr()
    year = str(demo_year(dt.date.today()))
    data = json.loads(run(capsys, "report", "members", "--year", year, "--json", "--db", str(demo))[1])
    assert (data["start"], data["joined"], data["end"], data["retirees"], data["members"]) == (
        74,
        4,
        77,
        1,
        78,
    )


def test_the_options_are_explained(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "members", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in (
        "--year YEAR 年度，如 2026",
        "--half {1,2} 1 = 上半年，2 = 下半年",
        "--from 日期 期间开始，如 2026-01-01",
        "--to 日期 期间结束（含），如 2026-06-30",
        "--json 输出 JSON（英文键名，供其他程序读取）",
        "--db DB 数据文件（默认：用户数据目录中的 unionclerk.db）",
    ):
        assert words in text


def test_a_half_other_than_1_or_2_is_refused_by_the_parser(
    union: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["report", "members", "--year", "2025", "--half", "3", "--db", str(union)])
    assert stopped.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_the_report_verb_is_listed_and_needs_a_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "按期间统计（会员人数等），输出中文或 JSON" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit) as stopped:
        main(["report"])
    assert stopped.value.code == 2 and "类别" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "类别" in capsys.readouterr().out


def test_the_help_lines_read_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    with pytest.raises(SystemExit):
        main(["--help"])
    assert re.search(r"\n\s+report\s+按期间统计（会员人数等），输出中文或 JSON\n", capsys.readouterr().out)
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: unionclerk report [-h] 类别 ...\n")
    assert re.search(
        r"\n\s+members\s+会员人数：期初、入会、减少（按原因）、期末、保留会籍、女会员、困难职工、入会率\n",
        out,
    )
    with pytest.raises(SystemExit) as stopped:
        main(["report"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.endswith("error: the following arguments are required: 类别\n")
