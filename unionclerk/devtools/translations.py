"""Refresh the English translation: lupdate over unionclerk/ into resources/translations/unionclerk_en.ts, then lrelease.

    python -m unionclerk.devtools.translations              # update .ts (keeps existing translations), build .qm
    python -m unionclerk.devtools.translations --untranslated   # list source texts still without English
    python -m unionclerk.devtools.translations --fill en.tsv    # add translations: one "中文<TAB>English" a line

Every run also folds in resources/translations/pending/*.tsv (one "中文<TAB>English" a line), where each
branch leaves the English for the strings it added: after merging, one plain run is enough. Those files stay in
place: they only fill texts still without English, so an edited translation in the .ts is never overwritten,
and a pending line whose text is gone from the program is ignored.

lupdate cannot see the msg("…") templates of core/messages (messages made below ui/, in Qt-free code): every
run collects them by reading the source (message_templates) and hands them to lupdate as QT_TRANSLATE_NOOP
calls in the "messages" context, so they are kept, filled and marked vanished like any other text.

Commit both the .ts and the .qm: a fresh install must work without the Qt build tools.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "unionclerk"
TRANSLATIONS = REPO / "resources" / "translations"
PENDING = TRANSLATIONS / "pending"
LANGUAGES = ["en"]  # Chinese is the source language and needs no file of its own


class ToolError(Exception):
    pass


def find_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise ToolError(f"找不到 {name}（随 PySide6 安装）。请在装有 PySide6 的环境中运行。")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"unionclerk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"unionclerk_{language}.qm"


def run(command: list[str]) -> None:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    if result.returncode:
        raise ToolError(f"{Path(command[0]).name} 失败（退出码 {result.returncode}）")


def message_templates(root: Path = SOURCES) -> dict[str, list[str]]:
    """Every msg("…") template below `root` (core/messages: messages made outside ui/, which lupdate cannot
    see), with the places it is written; the separators core.messages.joined uses come too. A msg() whose
    template is not a literal string is listed under "" so that a test can name it."""
    from unionclerk.core.messages import SEPARATORS

    found: dict[str, list[str]] = {sep: ["core/messages.py"] for sep in SEPARATORS if sep != "\n"}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"):
                continue
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, []).append(where)
            else:
                found.setdefault("", []).append(where)
    return found


def _templates_for_lupdate(folder: Path) -> Path:
    """A Python file lupdate reads: each msg() template as QT_TRANSLATE_NOOP("messages", …)."""
    from unionclerk.core.messages import CONTEXT

    lines = [
        f"QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r})\n" for template in message_templates() if template
    ]
    path = folder / "message_templates.py"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def update(language: str) -> None:
    """lupdate merges: translations already in the .ts are kept; moved texts are matched by their source."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        _lupdate(language, _templates_for_lupdate(Path(folder)))


def _lupdate(language: str, templates: Path) -> None:
    run(
        [
            find_tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-source-language",
            "zh_CN",
            "-target-language",
            language,
            str(SOURCES.relative_to(REPO)),
            str(templates),
            "-ts",
            str(ts_file(language).relative_to(REPO)),
        ]
    )


def release(language: str) -> None:
    run(
        [
            find_tool("pyside6-lrelease"),
            str(ts_file(language).relative_to(REPO)),
            "-qm",
            str(qm_file(language).relative_to(REPO)),
        ]
    )


def _messages(tree: ET.ElementTree) -> list[ET.Element]:
    return [
        message
        for message in tree.getroot().iter("message")
        if (message.find("translation") is not None)
        and message.find("translation").get("type") not in ("vanished", "obsolete")
    ]


def untranslated(language: str) -> list[str]:
    tree = ET.parse(ts_file(language))
    missing = []
    for message in _messages(tree):
        translation = message.find("translation")
        if translation is not None and not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return sorted(set(missing))


def read_table(table: Path) -> dict[str, str]:
    """A "source<TAB>translation" file; \\n stands for a line break, # starts a comment line. A third column
    names the disambiguation of a text written twice (self.tr("出生日期", "short column header")): that line
    fills only that text, and a line without one never fills a disambiguated text."""
    wanted: dict[str, str] = {}
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        source, sep, text = line.partition("\t")
        text, _, comment = text.partition("\t")
        if not sep or not text.strip():
            raise ToolError(f"{table}:{number}: 应为“中文<TAB>译文”")
        wanted[_key(source.replace("\\n", "\n"), comment)] = text.replace("\\n", "\n")
    return wanted


def _key(source: str, comment: str | None) -> str:
    return f"{source}\x04{comment}" if comment else source


def pending_tables() -> list[Path]:
    return sorted(PENDING.glob("*.tsv")) if PENDING.is_dir() else []


def fill(language: str, table: Path | dict[str, str], *, only_missing: bool = False) -> int:
    """Set translations from a "source<TAB>translation" file (or mapping) for every match; with only_missing,
    only where the .ts has no finished translation yet."""
    wanted = table if isinstance(table, dict) else read_table(table)
    tree = ET.parse(ts_file(language))
    filled = 0
    for message in _messages(tree):
        source = _key(message.findtext("source") or "", message.findtext("comment"))
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") != "unfinished"
        if only_missing and finished and (translation.text or "").strip():  # type: ignore[union-attr]
            continue
        if source in wanted and translation is not None:
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file(language).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unionclerk.devtools.translations", description=__doc__)
    parser.add_argument("--untranslated", action="store_true", help="列出还没有译文的源文本")
    parser.add_argument("--fill", type=Path, metavar="TSV", help="从“中文<TAB>译文”文件填入译文")
    args = parser.parse_args(argv)
    try:
        for language in LANGUAGES:
            update(language)
            pending: dict[str, str] = {}
            for table in pending_tables():
                pending.update(read_table(table))
            if pending:
                count = fill(language, pending, only_missing=True)
                print(f"{ts_file(language).name}：从 pending/ 填入 {count} 条译文")
                update(language)
            if args.fill:
                print(f"{ts_file(language).name}：填入 {fill(language, args.fill)} 条译文")
                update(language)  # let lupdate put the file back in its own layout
            if args.untranslated:
                for source in untranslated(language):
                    print(source.replace("\n", "\\n"))
            release(language)
    except ToolError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
