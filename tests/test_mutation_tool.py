"""devtools/mutation (no mutmut run): the reports/ targets cover every file of reports/ once, a run without targets
mutates each file once, the group's line is the sum of its targets, and only a change of case in SQL text is taken
as equivalent."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

from unionclerk.devtools.mutation import (
    BY_NAME,
    GROUPS,
    TARGETS,
    Score,
    chosen_targets,
    equivalent_sql_case,
    group_line,
)

ROOT = Path(__file__).resolve().parent.parent


def test_the_reports_targets_share_out_every_file_of_reports() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "unionclerk" / "reports").glob("*.py"))
    files.remove("unionclerk/reports/__init__.py")
    owners = {
        f: [t.name for t in GROUPS["reports"] if any(fnmatch(f, glob) for glob in t.mutate)] for f in files
    }
    assert {f: len(names) for f, names in owners.items()} == dict.fromkeys(files, 1)
    for target in GROUPS["reports"]:
        for test in target.tests:
            assert (ROOT / test.split("::")[0]).is_file(), (target.name, test)


def _files(globs: tuple[str, ...]) -> set[str]:
    every = (str(p.relative_to(ROOT)) for p in (ROOT / "unionclerk").rglob("*.py"))
    return {f for f in every if any(fnmatch(f, glob) for glob in globs)}


def test_a_run_without_targets_mutates_each_file_once() -> None:
    default = chosen_targets([])
    assert [t.name for t in TARGETS if t not in default] == ["core-visits", "core-benefit-rules"]
    owners: dict[str, list[str]] = {}
    for target in default:
        assert _files(target.mutate), target.name  # a glob that matches nothing would hide a double
        for f in _files(target.mutate):
            owners.setdefault(f, []).append(target.name)
    assert {f: names for f, names in owners.items() if len(names) > 1} == {}


def test_a_target_within_another_is_covered_by_it_and_runs_when_named() -> None:
    for target in TARGETS:
        if target.within:
            assert _files(target.mutate) <= _files(BY_NAME[target.within].mutate), target.name
    assert chosen_targets(["core-visits"]) == [BY_NAME["core-visits"]]
    assert chosen_targets(["core-benefit-rules", "core", "core-benefit-rules"]) == [
        BY_NAME["core-benefit-rules"],
        BY_NAME["core"],
    ]
    assert chosen_targets(["reports"]) == GROUPS["reports"]


def _score(name: str, statuses: dict[str, str], equivalent: frozenset[str] = frozenset()) -> Score:
    target = next(t for t in GROUPS["reports"] if t.name == name)
    return Score(target, statuses, True, 1.0, equivalent)


def test_the_group_line_sums_its_targets() -> None:
    everything = [
        _score(
            target.name,
            {f"{target.name}.m{n}": "killed" for n in range(9)} | {f"{target.name}.s": "survived"},
        )
        for target in GROUPS["reports"]
    ]
    n = len(everything)
    line, meets = group_line("reports", everything)
    assert line == (
        f"reports/ ({n} of {n} targets): 90.0% killed ({9 * n}/{10 * n}); 90.0% of the {10 * n} not equivalent"
        " — meets the 90% goal; complete"
    )
    assert meets
    # One survivor more, one target not run, a mutant not checked: below, and said why.
    first = _score(
        "reports-summary",
        {"a": "killed", "b": "survived", "c": "no tests", "d": "not checked", "e": "survived"},
        frozenset({"e"}),
    )
    line, meets = group_line("reports", [first])
    assert line == (
        f"reports/ (1 of {n} targets): 25.0% killed (1/4); 33.3% of the 3 not equivalent — BELOW the 90% goal; "
        f"1 not checked; PARTIAL, not run: {', '.join(t.name for t in GROUPS['reports'][1:])}"
    )
    assert not meets


def _diff(before: str, after: str) -> str:
    return f"--- a\n+++ b\n@@ -1 +1 @@\n-{before}\n+{after}\n"


def test_only_the_case_of_sql_text_is_equivalent() -> None:
    assert equivalent_sql_case(
        _diff('"SELECT a.date FROM activities a"', '"select a.date from activities a"')
    )
    assert equivalent_sql_case(
        _diff(
            "\"updated_at = datetime('now', 'localtime')\"", "\"UPDATED_AT = DATETIME('NOW', 'LOCALTIME')\""
        )
    )
    assert not equivalent_sql_case(_diff('"会员 SELECT"', '"XX会员 SELECTXX"'))  # not only case
    assert not equivalent_sql_case(_diff('"Retired"', '"RETIRED"'))  # a value, not SQL
    assert not equivalent_sql_case(_diff("\"WHERE status = '在会'\"", "\"WHERE status = '在会'\" or True"))


def test_a_join_line_in_another_case_is_equivalent() -> None:
    assert equivalent_sql_case(
        _diff(
            '"LEFT JOIN members m ON m.id = w.winner_member_id "',
            '"left join members m on m.id = w.winner_member_id "',
        )
    )
