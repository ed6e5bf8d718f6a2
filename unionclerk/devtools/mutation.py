"""Mutation testing (mutmut) of the Qt-free code, one target at a time, each with its own fast test selection.

    python -m unionclerk.devtools.mutation                       # every file once: the targets not within another
    python -m unionclerk.devtools.mutation core reports-members  # some targets
    python -m unionclerk.devtools.mutation --list                # the targets and their tests
    python -m unionclerk.devtools.mutation store-db --time-limit 600 --max-children 2
    python -m unionclerk.devtools.mutation reports               # a group: reports-summary … reports-cli, summed
    python -m unionclerk.devtools.mutation reports --report-only # the last runs' results again, and the sum
    python -m unionclerk.devtools.mutation reports-summary --again  # after adding tests: re-test the survivors

Not part of CI: it is slow (minutes per target). Each target runs in a scratch copy of the repository
(--work, default a folder under the system temp) with a [tool.mutmut] section written for it, so the checkout
is never touched and targets do not share results. A run stopped by --time-limit still reports what it
checked. The score is killed (or timed out) / mutants checked; "no tests" mutants (no selected test runs the
function) count as survivors. A survivor that only changes the case of SQL text (SELECT -> select) runs the
same query: it is reported as equivalent and the goal is judged without it. Prints one line per target and the
other surviving mutants (--diffs: with their diffs; `python -m mutmut show NAME` in the target's scratch
folder shows one). reports/ is split into one target a file, each with the tests that read that file's output;
the group line sums killed and checked over them, the one figure for the 90% goal of reports/.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Target:
    name: str
    mutate: tuple[str, ...]  # globs of files to mutate, relative to the repository
    tests: tuple[str, ...]  # the Qt-free tests that guard them
    goal: int  # percent of mutants to kill
    minutes: int  # the time limit when --time-limit is not given
    deselect: tuple[str, ...] = ()  # slow tests of the selection that kill nothing the others do not
    group: str = ""  # targets of one group split one folder between them: the group's score is their sum
    # The target whose files include all of these ("core" for one file of core/): such a target runs only when
    # named, so that a run without targets mutates and tests each file once.
    within: str = ""

    def mutmut_section(self) -> str:
        def toml_list(items: tuple[str, ...] | list[str]) -> str:
            return "[" + ", ".join(f'"{item}"' for item in items) + "]"

        deselect = [arg for test in self.deselect for arg in ("--deselect", test)]

        return (
            "\n[tool.mutmut]\n"
            'source_paths = ["unionclerk"]\n'
            f"only_mutate = {toml_list(self.mutate)}\n"
            f"pytest_add_cli_args_test_selection = {toml_list(self.tests)}\n"
            f"pytest_add_cli_args = {toml_list(['-q', '-x', '-p', 'no:randomly', *deselect])}\n"
            'also_copy = ["resources"]\n'
            "use_git_change_detection = false\n"
        )


LIBREOFFICE_TEST = "tests/reports/test_summary.py::test_libreoffice_opens_the_docx"  # a soffice run
TARGETS = [
    Target(
        "core",
        ("unionclerk/core/*",),
        (
            "tests/core",
            "tests/reports/test_member_figures.py",
            "tests/store/test_member_history.py",
            "tests/store/test_members_store.py",
            "tests/store/test_plan_store.py",
            "tests/store/test_activities_store.py",
            "tests/store/test_visits_store.py",
            "tests/store/test_visits_dues_rule.py",
            "tests/reports/test_visits_report.py",
        ),
        90,
        12,
    ),
    Target(
        "core-visits",
        ("unionclerk/core/visits.py",),
        (
            "tests/core/test_visits_core.py",
            "tests/core/test_benefit_rules.py",
            "tests/core/test_visit_form_in_full.py",
            "tests/store/test_visits_store.py",
            "tests/store/test_visits_dues_rule.py",
            "tests/reports/test_visits_report.py",
        ),
        90,
        4,
        within="core",
    ),
    Target(
        "core-benefit-rules",
        ("unionclerk/core/benefit_rules.py",),
        (
            "tests/core/test_visits_core.py",
            "tests/core/test_benefit_rules.py",
            "tests/core/test_visit_form_in_full.py",
            "tests/store/test_visits_store.py",
            "tests/store/test_visits_dues_rule.py",
            "tests/reports/test_visits_report.py",
        ),
        90,
        4,
        within="core",
    ),
    # reports/ one file a target (reports-activities is one of them), each with the tests that read that file's
    # output; the "reports" group runs them all and sums them (the 90% goal is judged on the sum).
    Target(
        "reports-summary",
        ("unionclerk/reports/summary.py",),
        (
            "tests/reports/test_summary_text.py",
            "tests/reports/test_summary.py",
            "tests/reports/test_summary_ledger.py",
            "tests/reports/test_summary_visits.py",
        ),
        90,
        25,
        # The demo's two summaries take seconds each; test_summary_text reads every section word for word.
        deselect=(
            LIBREOFFICE_TEST,
            "tests/reports/test_summary.py::test_the_demo_union_gets_a_whole_summary",
            "tests/reports/test_summary_visits.py::test_demo_year_visits_in_the_summary",
        ),
        group="reports",
    ),
    Target(
        "reports-summary-docx",
        ("unionclerk/reports/summary_docx.py",),
        (
            "tests/reports/test_summary_docx.py",
            "tests/reports/test_summary.py",
            "tests/test_cli_summary.py::test_export_summary_docx",
            "tests/test_cli_summary.py::test_export_summary_refuses_bad_options",
        ),
        90,
        6,
        deselect=(LIBREOFFICE_TEST,),
        group="reports",
    ),
    Target(
        "reports-members",
        ("unionclerk/reports/members.py",),
        ("tests/reports/test_member_figures.py", "tests/test_cli_report.py", "tests/reports/test_summary.py"),
        90,
        8,
        deselect=(LIBREOFFICE_TEST,),
        group="reports",
    ),
    Target(
        "reports-ledger",
        ("unionclerk/reports/ledger.py",),
        (
            "tests/reports/test_ledger_report.py",
            "tests/reports/test_summary_ledger.py",
            "tests/test_cli_ledger.py",
        ),
        90,
        6,
        group="reports",
    ),
    Target(
        "reports-visits",
        ("unionclerk/reports/visits.py",),
        ("tests/reports/test_visits_report.py", "tests/reports/test_summary_visits.py"),
        90,
        6,
        group="reports",
    ),
    Target(
        "reports-life-events",
        ("unionclerk/reports/life_events.py",),
        ("tests/reports/test_life_events.py",),
        90,
        4,
        group="reports",
    ),
    Target(
        "reports-activities",
        ("unionclerk/reports/activities.py",),
        ("tests/reports/test_activities_report.py",),
        90,
        4,
        group="reports",
    ),
    Target(
        "reports-cli",
        ("unionclerk/reports/cli.py", "unionclerk/reports/compliance.py"),
        ("tests/test_cli_report.py", "tests/test_cli_visits.py"),
        90,
        4,
        group="reports",
    ),
    Target(
        "store-members",
        ("unionclerk/store/members.py",),
        (
            "tests/store/test_members_store.py",
            "tests/store/test_member_history.py",
            "tests/store/test_members_queries.py",
            "tests/reports",
        ),
        80,
        8,
    ),
    Target(
        "store-db",
        ("unionclerk/store/db.py",),
        (
            "tests/store/test_open_errors.py",
            "tests/store/test_store_open.py",
            "tests/store/test_opening_in_full.py",
            "tests/store/test_transactions.py",
            "tests/store/test_migrations.py",
            "tests/store/test_backup_restore.py",
            "tests/store/test_review_fixes.py",
            "tests/store/test_reader.py",
            "tests/test_read_only_media.py",
            "tests/test_cli.py",
        ),
        80,
        12,
    ),
    Target(
        "store-backup",
        ("unionclerk/store/backup.py",),
        ("tests/store/test_backup_restore.py", "tests/store/test_open_errors.py", "tests/test_cli.py"),
        80,
        4,
    ),
    Target(
        "transfer-problems",
        ("unionclerk/transfer/problems.py",),
        (
            "tests/transfer/test_problems.py",
            "tests/transfer/test_members_import.py",
            "tests/transfer/test_import_passes.py",  # the checked rows spooled and written back (StreamedRows)
            "tests/transfer/test_import_memory.py",
        ),
        80,
        4,
    ),
    Target(
        "transfer-members",
        ("unionclerk/transfer/members.py",),
        (
            "tests/transfer/test_members_import.py",
            "tests/transfer/test_members_reimport.py",
            "tests/transfer/test_roster_export.py",
            "tests/transfer/test_hostile_files.py",
            "tests/transfer/test_import_passes.py",
        ),
        80,
        10,
    ),
]
BY_NAME = {target.name: target for target in TARGETS}
DEFAULT = [target for target in TARGETS if not target.within]  # a run without targets
GROUPS: dict[str, list[Target]] = {}
for _target in TARGETS:
    if _target.group:
        GROUPS.setdefault(_target.group, []).append(_target)

_RESULT_LINE = re.compile(r"^\s+(\S+): (.+)$")
# A string literal that only changed case, on a line of SQL: SQL keywords and names ignore case.
_SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|FROM|WHERE|AND|OR|IN|LIKE|ESCAPE|SET|ORDER BY|GROUP BY|JOIN)\b"
)
# SQLite reads its date functions' time strings and modifiers in any case: datetime('NOW', 'LOCALTIME').
_SQL_TIME = re.compile(r"datetime\('now'", re.IGNORECASE)
_DIFFS_SCRIPT = """
import json, sys
from mutmut.mutation.diff_apply import find_mutant, get_diff_for_mutant
out = {}
for name in json.load(sys.stdin):
    try:
        out[name] = get_diff_for_mutant(name, path=find_mutant(name).path)
    except Exception as exc:
        out[name] = f"(no diff: {exc})"
print(json.dumps(out))
"""
KILLED = {"killed", "timeout", "caught by type check"}


def prepare(target: Target, work: Path, *, again: bool = False) -> Path:
    """A scratch copy of the repository with the target's mutmut settings; its path.

    again: keep the last run's mutants and verdicts (mutants/), refresh only the copy of the code and tests.
    """
    folder = work / target.name
    if folder.exists() and not again:
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "mutants")
    for name in ("unionclerk", "tests", "resources"):
        if (folder / name).exists():
            shutil.rmtree(folder / name)
        shutil.copytree(REPO / name, folder / name, ignore=ignore)
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (folder / "pyproject.toml").write_text(text + target.mutmut_section(), encoding="utf-8")
    return folder


def run(folder: Path, max_children: int, time_limit: float, names: list[str] | None = None) -> bool:
    """mutmut run in the scratch folder (only the named mutants, if names); False when the time limit stopped it."""
    # UNIONCLERK_MUTATION: property tests take fewer examples (a mutant runs them again and again).
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "UNIONCLERK_MUTATION": "1",
    }
    with (folder / "mutmut.log").open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(max_children), *(names or [])],
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its own process group, so a time limit ends the workers too
        )
        try:
            process.wait(timeout=time_limit)
            return True
        except subprocess.TimeoutExpired:
            _stop(process)
            return False
        except BaseException:  # Ctrl+C or the tool itself stopped: mutmut and its workers stop too
            _stop(process)
            raise


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End mutmut's process group (its own session): TERM, then KILL after 30 s."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def results(folder: Path) -> dict[str, str]:
    """mutant name -> status, as mutmut recorded them (also after an interrupted run)."""
    out = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    found = {}
    for line in out.splitlines():
        match = _RESULT_LINE.match(line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def diffs(folder: Path, names: list[str]) -> dict[str, str]:
    """The diff of each named mutant, read in one process in the scratch folder."""
    import json

    if not names:
        return {}
    done = subprocess.run(
        [sys.executable, "-c", _DIFFS_SCRIPT],
        cwd=folder,
        input=json.dumps(names),
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {}


def equivalent_sql_case(diff: str) -> bool:
    """The mutant only changed the case of SQL text (keywords, table and column names, datetime('now')): the
    same query."""
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return (
        len(removed) == len(added) > 0
        and all(a != b and a.lower() == b.lower() for a, b in zip(removed, added, strict=True))
        and all(_SQL.search(line) or _SQL_TIME.search(line) for line in removed)
    )


@dataclass
class Score:
    target: Target
    statuses: dict[str, str]
    finished: bool
    seconds: float
    equivalent: frozenset[str] = frozenset()  # survivors that only changed the case of SQL text

    @property
    def checked(self) -> dict[str, str]:
        return {name: s for name, s in self.statuses.items() if s not in ("not checked", "skipped")}

    @property
    def killed(self) -> int:
        return sum(status in KILLED for status in self.checked.values())

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / len(self.checked) if self.checked else 0.0

    @property
    def percent_without_equivalent(self) -> float:
        counted = len(self.checked) - len(self.equivalent)
        return 100.0 * self.killed / counted if counted else 0.0

    def line(self) -> str:
        counts = Counter(self.checked.values())
        detail = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
        unfinished = len(self.statuses) - len(self.checked)
        state = "complete" if self.finished and not unfinished else f"STOPPED, {unfinished} not checked"
        verdict = "meets" if self.percent_without_equivalent >= self.target.goal else "BELOW"
        return (
            f"{self.target.name}: {self.percent:.1f}% killed ({self.killed}/{len(self.checked)}; {detail}); "
            f"{self.percent_without_equivalent:.1f}% of the {len(self.checked) - len(self.equivalent)} not "
            f"equivalent ({len(self.equivalent)} only change the case of SQL text) — {verdict} the "
            f"{self.target.goal}% goal; {state}; {self.seconds:.0f} s"
        )

    def by_module(self) -> list[tuple[str, str]]:
        """Per file: killed / checked, and the same without the SQL-case equivalents."""
        modules: dict[str, list[str]] = {}
        for name in self.checked:
            modules.setdefault(name.rsplit(".", 1)[0], []).append(name)
        lines = []
        for module, names in sorted(modules.items()):
            killed = sum(self.checked[n] in KILLED for n in names)
            counted = len(names) - sum(n in self.equivalent for n in names)
            lines.append(
                (
                    module,
                    f"{killed}/{len(names)} killed, {100.0 * killed / counted if counted else 0:.1f}% without equivalents",
                )
            )
        return lines

    def survivors(self) -> list[str]:
        return sorted(
            name
            for name, status in self.checked.items()
            if status not in KILLED and name not in self.equivalent
        )


def group_line(group: str, scores: list[Score]) -> tuple[str, bool]:
    """The group's score: the sums of killed and checked over its targets; whether it meets the goal.

    Targets of the group not in `scores` (not run, no results) are named, and the line says it is partial.
    """
    members = GROUPS[group]
    mine = [score for score in scores if score.target.group == group]
    killed = sum(score.killed for score in mine)
    checked = sum(len(score.checked) for score in mine)
    equivalent = sum(len(score.equivalent) for score in mine)
    unchecked = sum(len(score.statuses) - len(score.checked) for score in mine)
    counted = checked - equivalent
    percent = 100.0 * killed / checked if checked else 0.0
    without = 100.0 * killed / counted if counted else 0.0
    goal = min(target.goal for target in members)
    missing = [target.name for target in members if target not in {score.target for score in mine}]
    state = "complete" if not unchecked and not missing else f"{unchecked} not checked"
    if missing:
        state += f"; PARTIAL, not run: {', '.join(missing)}"
    meets = without >= goal and not unchecked and not missing
    return (
        f"{group}/ ({len(mine)} of {len(members)} targets): {percent:.1f}% killed ({killed}/{checked}); "
        f"{without:.1f}% of the {counted} not equivalent — {'meets' if meets else 'BELOW'} the {goal}% goal; "
        f"{state}",
        meets,
    )


def chosen_targets(names: list[str]) -> list[Target]:
    """The targets (or groups' targets) named, each once in the order named; without names, DEFAULT."""
    chosen: list[Target] = []
    for name in names:
        for target in GROUPS[name] if name in GROUPS else [BY_NAME[name]]:
            if target not in chosen:
                chosen.append(target)
    return chosen or DEFAULT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m unionclerk.devtools.mutation", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "targets",
        nargs="*",
        help=f"which targets (default all but those within another: {', '.join(t.name for t in DEFAULT)}): "
        f"{', '.join(BY_NAME)}; or a group, all its targets: {', '.join(GROUPS)}",
    )
    parser.add_argument("--list", action="store_true", help="list the targets, their files and tests")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "unionclerk-mutation")
    parser.add_argument("--max-children", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    parser.add_argument(
        "--time-limit", type=float, default=None, help="seconds per target (default: its own)"
    )
    parser.add_argument(
        "--report-only", action="store_true", help="report the last run's results, run nothing"
    )
    parser.add_argument("--diffs", action="store_true", help="print the diff of every surviving mutant")
    parser.add_argument(
        "--again",
        action="store_true",
        help="re-test only the mutants the last run left alive or unchecked, with the current tests "
        "(after adding tests; the last run's kills stand)",
    )
    args = parser.parse_args(argv)
    if args.list:
        for target in TARGETS:
            skipped = f", without {' '.join(target.deselect)}" if target.deselect else ""
            within = f"; within {target.within}: run by name only" if target.within else ""
            print(
                f"{target.name}: {' '.join(target.mutate)}  <- {' '.join(target.tests)}  "
                f"(goal {target.goal}%, {target.minutes} min{skipped}{within})"
            )
        for group, members in GROUPS.items():
            print(f"{group}: the sum of {', '.join(target.name for target in members)}")
        return 0
    unknown = [name for name in args.targets if name not in BY_NAME and name not in GROUPS]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; choose from {', '.join([*BY_NAME, *GROUPS])}")
    chosen = chosen_targets(args.targets)
    # `kill` of this tool ends the mutmut run it started too (mutmut runs in its own session).
    signal.signal(signal.SIGTERM, lambda _signal, _frame: sys.exit(128 + signal.SIGTERM))
    scores = []
    for target in chosen:
        started = time.monotonic()
        folder = args.work / target.name
        finished = True
        limit = args.time_limit or target.minutes * 60
        if args.again and (folder / "mutants").is_dir():
            # Only what the last run did not kill, against the current tests; mutmut keeps the other verdicts.
            # A function whose code changed gets new mutants, unchecked: a second pass tests those.
            folder = prepare(target, args.work, again=True)
            # Which tests run which function is learnt afresh (one run of the selection): mutmut would otherwise
            # map only tests with a new name, and a function new in the code would have "no tests".
            (folder / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
            tried: set[str] = set()
            for _ in range(2):
                again = [
                    n for n, status in results(folder).items() if status not in KILLED and n not in tried
                ]
                if not again or not finished:
                    break
                tried.update(again)
                finished = run(folder, args.max_children, limit, again)
        elif not args.report_only:
            folder = prepare(target, args.work)
            finished = run(folder, args.max_children, limit)
        statuses = results(folder)
        survived = [name for name, status in statuses.items() if status in ("survived", "no tests")]
        found = diffs(folder, survived)
        equivalent = frozenset(name for name, diff in found.items() if equivalent_sql_case(diff))
        score = Score(target, statuses, finished, time.monotonic() - started, equivalent)
        scores.append(score)
        print(score.line(), flush=True)
        for module, line in score.by_module():
            print(f"  {module}: {line}")
        for name in score.survivors():
            print(f"    {name}: {score.checked[name]}")
            if args.diffs and name in found:
                print("        " + "\n        ".join(found[name].splitlines()[3:]))
    passed = all(s.percent_without_equivalent >= s.target.goal for s in scores if not s.target.group)
    for group in GROUPS:
        if any(score.target.group == group for score in scores):
            line, meets = group_line(group, scores)
            print(line, flush=True)
            passed = passed and meets
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
