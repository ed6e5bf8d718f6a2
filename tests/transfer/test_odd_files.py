"""Odd encodings, invisible characters and files that cannot be read: imported right, or refused in words.

Every refusal leaves the database as it was.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from transfer_files import MAN_1990, WOMAN_1985, write_workbook

from unionclerk.cli import main
from unionclerk.core.members import Member
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "u.db"
    with Store.open(path, daily_backup=False) as store:
        MemberStore(store).add(Member(name="王芳", join_date="2010-01-01", sex="女"))
    return path


def _names(db: Path) -> list[str]:
    with Store.open(db, daily_backup=False) as store:
        return sorted(m.name for m in MemberStore(store).iter_members(MemberQuery()))


def _state(db: Path) -> tuple[list[str], int, int]:
    names = _names(db)
    with Store.open(db, daily_backup=False) as store:
        return names, len(ActivityStore(store).list()), len(PlanStore(store).items(2027))


ROSTER_CSV = f"姓名,身份证号,部门\n张三,{MAN_1990},办公室\n李四,{WOMAN_1985},检验科\n"
ROSTER_KEYS_CSV = f"name,id_number,department\n张三,{MAN_1990},办公室\n李四,{WOMAN_1985},检验科\n"
ACTIVITIES_CSV = "日期,活动名称,类别,参与会员\n2026-05-12,护理知识竞赛,知识竞赛,王芳\n"
PLAN_CSV = "年度,计划项目,负责人\n2027,举办职工运动会,王芳\n2027,开展读书活动,王芳\n"


@pytest.mark.parametrize(
    ("bom", "text"),
    [
        (b"\xff\xfe", ROSTER_CSV),  # a UTF-16 byte-order mark on GBK text (crashed with UnicodeDecodeError)
        (b"\xff\xfe", ROSTER_CSV + "王五,,\n"),  # the same with an even number of GBK bytes
        (b"\xef\xbb\xbf", ROSTER_CSV),  # a UTF-8 mark on GBK text: Chinese headers were "not found"
        (b"\xef\xbb\xbf", ROSTER_KEYS_CSV),  # …and with field-key headers stored '����' as names
        (b"", ROSTER_CSV),
    ],
)
def test_gbk_roster_with_a_wrong_bom_imports_right(tmp_path: Path, bom: bytes, text: str) -> None:
    db = _db(tmp_path)
    path = tmp_path / "roster.csv"
    path.write_bytes(bom + text.encode("gbk"))
    assert main(["import", "members", str(path), "--db", str(db)]) == 0
    assert {"张三", "李四"} <= set(_names(db))


def test_gbk_activities_and_plan_with_a_utf16_bom(tmp_path: Path) -> None:
    db = _db(tmp_path)
    activities, plan = tmp_path / "a.csv", tmp_path / "p.csv"
    activities.write_bytes(b"\xff\xfe" + ACTIVITIES_CSV.encode("gbk"))
    plan.write_bytes(b"\xff\xfe" + PLAN_CSV.encode("gbk"))
    assert main(["import", "activities", str(activities), "--db", str(db)]) == 0
    assert main(["import", "plan", str(plan), "--db", str(db)]) == 0
    with Store.open(db, daily_backup=False) as store:
        assert [a.title for a in ActivityStore(store).list()] == ["护理知识竞赛"]
        assert [i.title for i in PlanStore(store).items(2027)] == ["举办职工运动会", "开展读书活动"]


def test_real_utf16_still_reads(tmp_path: Path) -> None:
    db = _db(tmp_path)
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER_CSV.replace(",", "\t").encode("utf-16"))
    assert main(["import", "members", str(path), "--db", str(db)]) == 0
    assert {"张三", "李四"} <= set(_names(db))


@pytest.mark.parametrize(
    ("data", "said"),
    [
        # A file once decoded wrongly and saved: the names became replacement characters.
        ("姓名,身份证号\n����,\n李四,\n".encode(), "无法识别的字符"),
        # UTF-8 read as Latin-1 and saved again ('张三' -> 'å¼ ä¸‰').
        ("姓名,部门\n张三,办公室\n".encode().decode("latin-1").encode(), "乱码"),
        # GBK's rendering of replaced characters.
        ("姓名,部门\n锟斤拷,办公室\n".encode("gbk"), "锟斤拷"),
    ],
)
@pytest.mark.parametrize("kind", ["members", "activities", "plan"])
def test_mojibake_is_refused_not_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, said: str, kind: str
) -> None:
    db = _db(tmp_path)
    before = _state(db)
    path = tmp_path / "garbled.csv"
    path.write_bytes(data)
    assert (
        main(
            ["import", kind, str(path), "--db", str(db), "--year", "2027"]
            if kind == "plan"
            else ["import", kind, str(path), "--db", str(db)]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert said in err and "garbled.csv" in err and "Traceback" not in err
    assert _state(db) == before


def test_invisible_characters_are_stripped_from_names_and_ids(tmp_path: Path) -> None:
    db = _db(tmp_path)
    path = write_workbook(
        tmp_path / "r.xlsx",
        [
            ["姓名", "身份证号", "部门"],
            ["张\u2060三", "\u200e" + MAN_1990 + "\u00ad", "办\u202e公室"],
            ["\u200d李四\u2066", MAN_1990[:0] + WOMAN_1985 + "\u2069", "检验科"],
        ],
    )
    assert main(["import", "members", str(path), "--db", str(db)]) == 0
    with Store.open(db, daily_backup=False) as store:
        members = MemberStore(store)
        zhang = members.find_by_name("张三")
        assert len(zhang) == 1 and zhang[0].id_number == MAN_1990 and zhang[0].department == "办公室"
        assert members.find_by_id_number(WOMAN_1985).name == "李四"  # type: ignore[union-attr]


def test_invisible_characters_in_headers_and_garbled_names_in_a_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    path = write_workbook(
        tmp_path / "r.xlsx", [["姓\u2060名", "部\u00ad门"], ["张三", "办公室"], ["锟斤拷", "办公室"]]
    )
    assert main(["import", "members", str(path), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "第3行 姓名 “锟斤拷”" in out and "是乱码" in out
    assert _names(db) == ["王芳"]
    assert main(["import", "members", str(path), "--db", str(db), "--skip-invalid"]) == 0
    with Store.open(db, daily_backup=False) as store:
        assert [m.department for m in MemberStore(store).find_by_name("张三")] == ["办公室"]


def test_a_name_without_a_letter_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(tmp_path)
    path = write_workbook(tmp_path / "r.xlsx", [["姓名", "部门"], ["😀😀", "办公室"], ["张三", "办公室"]])
    assert main(["import", "members", str(path), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "第2行 姓名 “😀😀”" in out and "应有汉字或字母" in out
    assert _names(db) == ["王芳"]


def test_password_protected_xlsx_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    db = _db(tmp_path)
    plain = write_workbook(tmp_path / "plain.xlsx", [["姓名", "身份证号"], ["张三", MAN_1990]])
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as out:
        ooxml.OOXMLFile(source).encrypt("secret", out)
    for kind in ("members", "activities"):
        assert main(["import", kind, str(locked), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "设有打开密码" in err and "另存为" in err
        assert ".xls 文件" not in err and "OLE2" not in err
    assert _names(db) == ["王芳"]


def _set_encrypted_flag(path: Path) -> None:
    """Mark every member of a zip as encrypted (the 'password' bit), as a zip made with a password has it."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    for info in infos:
        data[info.header_offset + 6] |= 0x1  # local header: general purpose flags
    central = data.find(b"PK\x01\x02")
    while central != -1:
        data[central + 8] |= 0x1  # central directory entry: general purpose flags
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_zip_with_a_password_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(tmp_path)
    path = write_workbook(tmp_path / "r.xlsx", [["姓名", "身份证号"], ["张三", MAN_1990]])
    _set_encrypted_flag(path)
    assert main(["import", "members", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "设有密码的压缩包" in err and "RuntimeError" not in err
    assert _names(db) == ["王芳"]


def test_damaged_stream_is_explained_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(tmp_path)
    rows = [["姓名", "身份证号", "部门"]] + [[f"张{i}", "", f"部门{i}" * 5] for i in range(400)]
    path = write_workbook(tmp_path / "r.xlsx", rows)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + info.compress_size // 3, start + info.compress_size // 3 + 40):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    assert main(["import", "members", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err and ("压缩数据" in err or "XML" in err)
    assert "（error）" not in err and "RuntimeError" not in err
    assert _names(db) == ["王芳"]


def test_accented_latin_names_are_not_mojibake(tmp_path: Path) -> None:
    db = _db(tmp_path)
    path = tmp_path / "roster.csv"
    path.write_bytes(
        "姓名,部门,备注\nRenée Müller,外事办,“naïve” — déjà vu…\n张三,办公室,√\n".encode("utf-8-sig")
    )
    assert main(["import", "members", str(path), "--db", str(db)]) == 0
    assert {"Renée Müller", "张三"} <= set(_names(db))


ENCRYPTED_XLS = Path(__file__).resolve().parents[1] / "fixtures" / "roster_encrypted.xls"


def test_password_protected_xls_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A legacy .xls saved with an opening password (made by LibreOffice: tests/fixtures/make_encrypted_xls.py)."""
    db = _db(tmp_path)
    locked = tmp_path / "花名册.xls"
    locked.write_bytes(ENCRYPTED_XLS.read_bytes())
    before = _state(db)
    for kind in ("members", "activities", "plan"):
        assert main(["import", kind, str(locked), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "“花名册.xls”设有打开密码（文件已加密），无法读取" in err, kind
        assert "取消密码" in err and "另存为 .xlsx 后再导入" in err, kind
        assert "encrypted" not in err.lower() and "不是有效的" not in err, kind
    assert _state(db) == before


def test_the_encrypted_xls_fixture_is_a_real_roster(tmp_path: Path) -> None:
    """Opened with its password, the fixture is an ordinary roster that imports: the refusal above is the
    password's, not a broken file's."""
    import io

    msoffcrypto = pytest.importorskip("msoffcrypto")
    with ENCRYPTED_XLS.open("rb") as source:
        office = msoffcrypto.OfficeFile(source)
        assert office.is_encrypted()
        office.load_key(password="secret")
        plain = io.BytesIO()
        office.decrypt(plain)
    opened = tmp_path / "花名册.xls"
    opened.write_bytes(plain.getvalue())
    db = _db(tmp_path)
    assert main(["import", "members", str(opened), "--db", str(db)]) == 0
    assert _names(db) == ["张三", "李四", "王芳"]
