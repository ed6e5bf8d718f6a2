"""Mutation testing (mutmut) of the Qt-free code, one target at a time, each with its own fast test selection.

    python -m unionclerk.devtools.mutation                       # every target, one after another
    python -m unionclerk.devtools.mutation core reports-members  # some targets
    python -m unionclerk.devtools.mutation --list                # the targets and their tests
    python -m unionclerk.devtools.mutation store-db --time-limit 600 --max-children 2

Not part of CI: it is slow (minutes per target). Each target runs in a scratch copy of the repository
(--work, default a folder under the system temp) with a [tool.mutmut] section written for it, so the checkout
is never touched and targets do not share results. A run stopped by --time-limit still reports what it
checked. The score is killed (or timed out) / mutants checked; "no tests" mutants (no selected test runs the
function) count as survivors. A survivor that only changes the case of SQL text (SELECT -> select) runs the
same query: it is reported as equivalent and the goal is judged without it. Prints one line per target and the
other surviving mutants (--diffs: with their diffs; `python -m mutmut show NAME` in the target's scratch
folder shows one).
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

    def mutmut_section(self) -> str:
        def toml_list(items: tuple[str, ...] | list[str]) -> str:
            return "[" + ", ".join(f'"{item}"' for item in items) + "]"

        return (
            "\n[tool.mutmut]\n"
            'source_paths = ["unionclerk"]\n'
            f"only_mutate = {toml_list(self.mutate)}\n"
            f"pytest_add_cli_args_test_selection = {toml_list(self.tests)}\n"
            'pytest_add_cli_args = ["-q", "-x", "-p", "no:randomly"]\n'
            'also_copy = ["resources"]\n'
            "use_git_change_detection = false\n"
        )


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
    ),
    Target(
        "reports",
        ("unionclerk/reports/*",),
        ("tests/reports", "tests/test_cli_report.py"),
        90,
        8,
    ),
    Target(
        "reports-activities",
        ("unionclerk/reports/activities.py",),
        ("tests/reports/test_activities_report.py",),
        90,
        4,
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
        ("tests/transfer/test_problems.py", "tests/transfer/test_members_import.py"),
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
        ),
        80,
        10,
    ),
]
BY_NAME = {target.name: target for target in TARGETS}

_RESULT_LINE = re.compile(r"^\s+(\S+): (.+)$")
# A string literal that only changed case, on a line of SQL: SQL keywords and names ignore case.
_SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|FROM|WHERE|AND|OR|IN|LIKE|ESCAPE|SET|ORDER BY|GROUP BY)\b"
)
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


def prepare(target: Target, work: Path) -> Path:
    """A scratch copy of the repository with the target's mutmut settings; its path."""
    folder = work / target.name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "mutants")
    for name in ("unionclerk", "tests", "resources"):
        shutil.copytree(REPO / name, folder / name, ignore=ignore)
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (folder / "pyproject.toml").write_text(text + target.mutmut_section(), encoding="utf-8")
    return folder


def run(folder: Path, max_children: int, time_limit: float) -> bool:
    """mutmut run in the scratch folder; False when the time limit stopped it."""
    # UNIONCLERK_MUTATION: property tests take fewer examples (a mutant runs them again and again).
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "UNIONCLERK_MUTATION": "1",
    }
    with (folder / "mutmut.log").open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(max_children)],
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
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            return False


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
    """The mutant only changed the case of SQL text (keywords, table and column names): the same query."""
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return (
        len(removed) == len(added) > 0
        and all(a != b and a.lower() == b.lower() for a, b in zip(removed, added, strict=True))
        and all(_SQL.search(line) for line in removed)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m unionclerk.devtools.mutation", description=__doc__.split("\n")[0]
    )
    parser.add_argument("targets", nargs="*", help=f"which targets (default all): {', '.join(BY_NAME)}")
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
    args = parser.parse_args(argv)
    if args.list:
        for target in TARGETS:
            print(
                f"{target.name}: {' '.join(target.mutate)}  <- {' '.join(target.tests)}  "
                f"(goal {target.goal}%, {target.minutes} min)"
            )
        return 0
    unknown = [name for name in args.targets if name not in BY_NAME]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; choose from {', '.join(BY_NAME)}")
    chosen = [BY_NAME[name] for name in args.targets] or TARGETS
    scores = []
    for target in chosen:
        started = time.monotonic()
        folder = args.work / target.name
        finished = True
        if not args.report_only:
            folder = prepare(target, args.work)
            finished = run(folder, args.max_children, args.time_limit or target.minutes * 60)
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
    return 0 if all(s.percent_without_equivalent >= s.target.goal for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
