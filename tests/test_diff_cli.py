"""`ladderlint diff` end to end: output formats, the gate, approvals, input errors."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml

from conftest import MINIMAL
from diffkit import FIXTURES

TEXT = """\
acme-v1.yaml -> acme-v2.yaml

Framework
  structural  framework-changed       name: Acme [-Engineering-] Career [-Framework-]{+Ladder+}  [30270b9fefa7]
  structural  competency-renamed      Accountability: id: 'ownership' -> 'accountability'; name: 'Ownership' -> \
'Accountability'  [e6b75f4b1168] [5516d19c685d]

IC1 (Engineer I)
  raises-bar  statement-added         Impact: + I write a short plan before I start a task (now asked for at IC1 and above)  [c9e2f865009e]
  lowers-bar  statement-removed       Impact: - I ask for help when I am stuck on a task (no longer asked for at IC1 and above)  [c11a4d6aac59]
  editorial   statement-reworded      Accountability: I own my [-failures-]{+mistakes+} and learn from them  [39ddf9990612]

IC2 (Engineer II)
  raises-bar  statement-moved         Code Fluency: (from IC3) I design components that other teams can build on safely  [a9c56e4c1aa6]

6 changes: 2 raises-bar, 1 lowers-bar, 2 structural, 1 editorial.
warning: the content changed but the version is still 1.0.0; these changes call for a major release \
(something new is expected at an existing level): 2.0.0
"""

MARKDOWN = """\
# What changes in Acme Career Ladder (Backend Engineer)

**In short:** 2 new or higher expectations (reaching IC1 and above), 1 lower expectation (at IC1, IC2 and IC3), 2 changes of structure \
or names and 1 wording fix.

The framework is now called “Acme Career Ladder” (was “Acme Engineering Career Framework”).

## What changes for IC1 (Engineer I)

### New or higher expectations

- **Impact:** I write a short plan before I start a task (now expected at IC1 and above)

### Lower expectations

- **Impact:** no longer expected at IC1 and above: I ask for help when I am stuck on a task

### Wording fixes (what is expected does not change)

- **Accountability:** reworded: I own my ~~failures~~ **mistakes** and learn from them

## What changes for IC2 (Engineer II)

Each level includes the levels below it: 1 new or higher expectation and 1 lower expectation at IC1 apply here \
too (listed under IC1).

### New or higher expectations

- **Code Fluency:** moved here from IC3: I design components that other teams can build on safely

## Across the framework

### Changes of structure and names

- Name: “Acme Engineering Career Framework” → “Acme Career Ladder”.
- The competency “Ownership” is now called “Accountability”.

## For the framework's maintainers

Version 1.0.0 (unchanged). These changes call for a major release: version 2.0.0.
"""

GITHUB = """\
::notice file=acme-v2.yaml,line=4,col=7,title=structural framework-changed::name changed from \
'Acme Engineering Career Framework' to 'Acme Career Ladder' [30270b9fefa7]
::notice file=acme-v2.yaml,line=17,col=9,title=structural competency-renamed::competency renamed: \
id 'ownership' -> 'accountability', name 'Ownership' -> 'Accountability' [e6b75f4b1168] [5516d19c685d]
::error file=acme-v2.yaml,line=32,col=11,title=raises-bar statement-added::statement added to 'Impact' \
at level 'IC1': I write a short plan before I start a task [c9e2f865009e]
::warning file=acme-v2.yaml,line=33,col=11,title=lowers-bar statement-removed::statement removed from \
'Impact' at level 'IC1': I ask for help when I am stuck on a task [c11a4d6aac59]
::notice file=acme-v2.yaml,line=35,col=11,title=editorial statement-reworded::statement reworded in \
'Accountability' at level 'IC1': I own my [-failures-]{+mistakes+} and learn from them [39ddf9990612]
::notice file=acme-v2.yaml,line=54,col=13,title=raises-bar statement-moved::statement moved from 'Code Fluency' \
at level 'IC3' to 'Code Fluency' at level 'IC2': I design components that other teams can build on safely \
[a9c56e4c1aa6] (approved)
::warning file=acme-v2.yaml,line=6,col=10,title=version advice::the content changed but the version is \
still 1.0.0; these changes call for a major release (something new is expected at an existing level): 2.0.0
ladderlint diff: 6 changes, 1 failing --fail-on.
"""


@pytest.fixture
def acme(tmp_path, monkeypatch):
    """The two acme revisions in the current directory."""
    for name in ("acme-v1.yaml", "acme-v2.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_text_output(cli, acme):
    run = cli("diff", "acme-v1.yaml", "acme-v2.yaml")
    assert (run.exit_code, run.output) == (0, TEXT)


def test_text_output_in_colour_marks_words_and_impacts(cli, acme):
    run = cli("diff", "--color", "acme-v1.yaml", "acme-v2.yaml")
    assert "I own my \033[31mfailures\033[0m \033[32mmistakes\033[0m and learn" in run.output
    assert "\033[31mraises-bar\033[0m" in run.output
    assert "[-" not in run.output


def test_markdown_release_notes(cli, acme):
    run = cli("diff", "--format", "markdown", "acme-v1.yaml", "acme-v2.yaml")
    assert (run.exit_code, run.output) == (0, MARKDOWN)


def test_github_annotations_point_at_the_new_file(cli, acme):
    (acme / "approvals").write_text("a9c56e4c1aa6  # the move to IC2 was agreed\n")
    run = cli(
        "diff", "--format", "github", "--fail-on", "raises-bar", "--approvals", "approvals",
        "acme-v1.yaml", "acme-v2.yaml",
    )
    assert (run.exit_code, run.output) == (1, GITHUB)
    new_lines = (acme / "acme-v2.yaml").read_text().splitlines()
    assert new_lines[31].strip().startswith("- I write a short plan")  # line 32 of the annotation
    # The removed last statement of the cell is shown at the one before it, which is still there.
    assert new_lines[32].strip().startswith("- I deliver my tasks")


def test_json_output(cli, acme):
    run = cli("diff", "--format", "json", "acme-v1.yaml", "acme-v2.yaml")
    assert run.exit_code == 0
    document = run.json()
    assert document["version"] == 1
    assert document["summary"] == {
        "frameworks": 1, "changes": 6, "raises-bar": 2, "lowers-bar": 1, "structural": 2, "editorial": 1,
        "levels_removed": 0, "counted_twice": 0, "approved": 0, "blocking": 0, "provenance": 0, "fail_on": [],
        "failed": False,
    }
    [framework] = document["frameworks"]
    assert framework["old"] == {
        "file": "acme-v1.yaml", "label": "acme-v1.yaml", "revision": None, "id": "acme-backend", "version": "1.0.0",
    }
    assert framework["levels"] is None
    assert framework["version_advice"] == {
        "old": "1.0.0", "new": "1.0.0", "required": "major", "actual": "none", "suggested": "2.0.0", "ok": False,
        "message": "the content changed but the version is still 1.0.0; these changes call for a major release "
        "(something new is expected at an existing level): 2.0.0",
    }
    assert [(c["kind"], c["impact"], c["level"], c["competency"], c["line"]) for c in framework["changes"]] == [
        ("framework-changed", "structural", None, None, 4),
        ("competency-renamed", "structural", None, "accountability", 17),
        ("competency-renamed", "structural", None, "accountability", 17),
        ("statement-added", "raises-bar", "IC1", "impact", 32),
        ("statement-removed", "lowers-bar", "IC1", "impact", 33),
        ("statement-reworded", "editorial", "IC1", "accountability", 35),
        ("statement-moved", "raises-bar", "IC2", "code", 54),
    ]
    # Each level includes the ones below it: what changes at IC1 reaches IC2 and IC3.
    assert [c["levels_reached"] for c in framework["changes"][:6]] == [[], [], [], ["IC1", "IC2", "IC3"],
                                                                      ["IC1", "IC2", "IC3"], ["IC1"]]
    assert framework["changes"][6] == {
        "kind": "statement-moved",
        "impact": "raises-bar",
        "old_level_impact": None,
        "also_impact": None,
        "reasons": [],
        "reason_words": [],
        "approved_as": None,
        "approval_reason": None,
        "framework": "acme-backend",
        "level": "IC2",
        "competency": "code",
        "dimension": None,
        "statement": None,
        "field": None,
        "old": "I design components that other teams can build on safely",
        "new": "I design components that other teams can build on safely",
        "old_level": "IC3",
        "old_competency": None,
        "since": None,
        "levels_reached": ["IC2"],  # IC3 asked for it already
        "message": "statement moved from 'Code Fluency' at level 'IC3' to 'Code Fluency' at level 'IC2'",
        "fingerprint": "a9c56e4c1aa6",
        "approved": False,
        "approved_under": None,
        "blocking": False,
        "provenance": False,
        "counted_with": None,
        "file": "acme-v2.yaml",
        "line": 54,
        "column": 13,
    }


def test_output_is_deterministic(cli, acme):
    for output_format in ("text", "json", "markdown", "github"):
        first = cli("diff", "--format", output_format, "acme-v1.yaml", "acme-v2.yaml").output
        again = cli("diff", "--format", output_format, "acme-v1.yaml", "acme-v2.yaml").output
        assert first == again


# -- the gate ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "exit_code"),
    [
        ("never", 0),
        ("raises-bar", 1),
        ("lowers-bar", 1),
        ("editorial", 1),
        ("any", 1),
        ("raises-bar,lowers-bar", 1),
    ],
)
def test_fail_on(cli, acme, fail_on, exit_code):
    assert cli("diff", "--fail-on", fail_on, "acme-v1.yaml", "acme-v2.yaml").exit_code == exit_code


def test_fail_on_only_counts_the_impacts_named(cli, acme, write):
    before = write("a.yaml", MINIMAL)
    after = write("b.yaml", MINIMAL.replace("I deliver my tasks", "I deliver  my tasks"))  # spacing only: editorial
    assert cli("diff", "--fail-on", "raises-bar,lowers-bar", str(before), str(after)).exit_code == 0
    assert cli("diff", "--fail-on", "editorial", str(before), str(after)).exit_code == 1


def test_a_release_date_changed_with_the_version_passes_a_structural_gate(cli, write):
    """`effective` says from when the version applies: a release moves it,
    and it asks nothing of anyone either."""
    before = write("a.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "1.0.0"\neffective: "2026-01-31"'))
    after = write("b.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"\neffective: "2026-07-01"'))
    run = cli("diff", "--fail-on", "structural,raises-bar,lowers-bar", str(before), str(after))
    assert run.exit_code == 0, run.output
    assert run.output.count("editorial   framework-changed") == 2


def test_a_release_that_only_changes_the_version_passes_a_structural_gate(cli, acme, write):
    """The version asks nothing of anyone on the ladder: editorial, listed,
    and no gate on structural changes stops every release commit."""
    before = write("a.yaml", MINIMAL)
    after = write("b.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"'))
    run = cli("diff", "--fail-on", "structural,raises-bar,lowers-bar", str(before), str(after))
    assert run.exit_code == 0
    assert "editorial   framework-changed" in run.output and "1.0.0" in run.output and "1.1.0" in run.output
    # The track renamed beside it is still a change of names.
    renamed = write("c.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"').replace(
        "track: Backend Engineer", "track: Platform Engineer"))
    assert cli("diff", "--fail-on", "structural", str(before), str(renamed)).exit_code == 1


def test_fail_on_given_twice_adds_up(cli, acme, write):
    # A hook's entry says --fail-on raises-bar, its args add another: both hold.
    before = write("a.yaml", MINIMAL)
    after = write("b.yaml", MINIMAL.replace("I deliver my tasks", "I deliver  my tasks"))  # editorial
    assert cli("diff", "--fail-on", "editorial", "--fail-on", "lowers-bar", str(before), str(after)).exit_code == 1
    assert cli("diff", "--fail-on", "lowers-bar", "--fail-on", "editorial", str(before), str(after)).exit_code == 1
    assert cli("diff", "--fail-on", "lowers-bar", "--fail-on", "never", str(before), str(after)).exit_code == 0


def test_unknown_fail_on_value_is_a_usage_error(cli, acme):
    run = cli("diff", "--fail-on", "raises", "acme-v1.yaml", "acme-v2.yaml")
    assert run.exit_code == 2
    assert "'raises' is not one of raises-bar, lowers-bar, structural, editorial, any, never" in run.stderr


def test_approved_changes_pass_the_gate(cli, acme):
    (acme / ".ladderlint-approvals").write_text(
        "# agreed in the March review\nc9e2f865009e\na9c56e4c1aa6  # moved to IC2\n"
    )
    run = cli("diff", "--fail-on", "raises-bar", "acme-v1.yaml", "acme-v2.yaml")
    assert run.exit_code == 0
    assert "[c9e2f865009e] (approved)" in run.output
    assert "2 approved." in run.output
    blocked = cli("diff", "--fail-on", "raises-bar,lowers-bar", "acme-v1.yaml", "acme-v2.yaml")
    assert blocked.exit_code == 1
    assert blocked.lines[-4:] == [
        "1 change not approved with --fail-on lowers-bar, raises-bar. To accept it, run:",
        '    ladderlint approve acme-v1.yaml acme-v2.yaml --fail-on lowers-bar,raises-bar --reason "what was agreed, '
        'and by whom"',
        "    git add .ladderlint-approvals",
        "approve adds its fingerprint to .ladderlint-approvals, and git add stages it to be committed with the change: "
        "the gate reads only what is staged.",
    ]


def test_a_failing_gate_says_which_approve_command_accepts_the_changes(cli, acme):
    """The hook's operands (--base HEAD and the staged files) are not typed
    by whoever reads its failure: the message names the command to run."""
    import shlex

    blocked = cli("diff", "--fail-on", "lowers-bar", "--fail-on", "raises-bar", "acme-v1.yaml", "acme-v2.yaml")
    assert blocked.exit_code == 1
    [command] = [line.strip() for line in blocked.lines if line.startswith("    ladderlint approve ")]
    assert command.startswith("ladderlint approve acme-v1.yaml acme-v2.yaml --fail-on lowers-bar,raises-bar ")
    words = shlex.split(command)
    assert cli(*words[1:]).exit_code == 0
    assert cli("diff", "--fail-on", "lowers-bar,raises-bar", "acme-v1.yaml", "acme-v2.yaml").exit_code == 0
    assert "what was agreed, and by whom" in (acme / ".ladderlint-approvals").read_text()


def test_before_1_0_0_a_raised_bar_calls_for_a_minor_release(cli, acme):
    """Semantic Versioning's initial development (0.y.z): what breaks bumps
    the minor version, as `ladderlint init`'s 0.1.0 starter will."""
    import json

    for name, version in (("acme-v1.yaml", "0.1.0"), ("acme-v2.yaml", "0.1.0")):
        text = (acme / name).read_text()
        (acme / name).write_text(text.replace('version: "1.0.0"', f'version: "{version}"'))
    advice = json.loads(cli("diff", "--format", "json", "acme-v1.yaml", "acme-v2.yaml").output)
    [framework] = advice["frameworks"]
    assert framework["version_advice"]["required"] == "minor"
    assert framework["version_advice"]["suggested"] == "0.2.0"
    assert "these changes call for a minor release (something new is expected at an existing level; before " \
        "1.0.0, that is a minor release): 0.2.0" in framework["version_advice"]["message"]
    notes = cli("diff", "--format", "markdown", "acme-v1.yaml", "acme-v2.yaml").output
    assert notes.endswith("These changes call for a minor release: version 0.2.0.\n")
    (acme / "acme-v2.yaml").write_text((acme / "acme-v2.yaml").read_text().replace('"0.1.0"', '"0.2.0"'))
    text = cli("diff", "acme-v1.yaml", "acme-v2.yaml").output
    assert "Version: 0.1.0 -> 0.2.0 is a minor release, as these changes call for" in text
    assert "warning" not in text


@pytest.mark.parametrize("output_format", ["markdown", "json"])
def test_a_failing_gate_says_so_beside_notes_and_json(cli, acme, output_format):
    # The notes are for people on the ladder and the JSON for programs: the
    # failure is said on standard error, where whoever ran the gate reads it.
    run = cli("diff", "--format", output_format, "--fail-on", "raises-bar", "acme-v1.yaml", "acme-v2.yaml")
    assert run.exit_code == 1
    assert "not approved" not in run.output
    assert run.stderr == (
        "ladderlint diff: 2 changes not approved with --fail-on raises-bar. To accept them, run:\n"
        '    ladderlint approve acme-v1.yaml acme-v2.yaml --reason "what was agreed, and by whom"\n'
        "    git add .ladderlint-approvals\n"
        "approve adds their fingerprints to .ladderlint-approvals, and git add stages it to be committed with the "
        "change: the gate reads only what is staged.\n")
    passing = cli("diff", "--format", output_format, "acme-v1.yaml", "acme-v2.yaml")
    assert (passing.exit_code, passing.stderr) == (0, "")


def test_a_bad_approvals_file_is_an_input_error(cli, acme):
    (acme / "approvals").write_text("c9e2f865009e\nnot-a-fingerprint\n")
    run = cli("diff", "--approvals", "approvals", "acme-v1.yaml", "acme-v2.yaml")
    assert run.exit_code == 2
    assert "approvals:2: 'not-a-fingerprint' is not a fingerprint" in run.stderr
    missing = cli("diff", "--approvals", "nowhere", "acme-v1.yaml", "acme-v2.yaml")
    assert missing.exit_code == 2 and "nowhere: cannot read the approvals file" in missing.stderr
    (acme / "approvals").write_bytes("c9e2f865009e  # agreed with Jos\u00e9\n".encode("cp1252"))
    latin = cli("diff", "--approvals", "approvals", "acme-v1.yaml", "acme-v2.yaml")
    assert (latin.exit_code, latin.stderr) == (2, (
        "ladderlint: error: approvals:1:32: approvals file is not valid UTF-8: byte 0xe9 cannot be decoded; "
        "save it as UTF-8 (it is probably in an older encoding such as Windows-1252 or Latin-1)\n"))


def test_a_bad_approvals_file_found_beside_the_frameworks_is_named_as_they_are(cli, acme):
    (acme / ".ladderlint-approvals").write_text("c9e2f865009e\nnot-a-fingerprint\n")
    run = cli("diff", "acme-v1.yaml", "acme-v2.yaml")
    assert run.exit_code == 2
    assert run.stderr.startswith("ladderlint: error: .ladderlint-approvals:2: 'not-a-fingerprint' is not a fingerprint")


# -- levels --------------------------------------------------------------------


def test_levels_of_one_file(cli, acme):
    run = cli("diff", "--levels", "IC2", "IC3", "acme-v1.yaml")
    assert run.exit_code == 0
    assert run.lines[0] == "What changes from Engineer II to Engineer III in acme-v1.yaml"
    assert "  raises-bar  statement-added         Impact: + I deliver projects that span several quarters" in run.output
    assert "proficiency-changed     Code Fluency: proficiency: 'working' -> 'expert'" in run.output
    assert "Version" not in run.output  # no version advice between two levels


def _out_of_order(path, ic2: list[str], ic3: list[str], *, ranks: bool = False) -> None:
    """A framework that lists IC3 before IC2 (or, with ``ranks``, levels
    named by no number, ranked IC1 < IC2 < IC3)."""
    def level(level_id: str, title: str, rank: int, statements: list[str]) -> str:
        ranked = f"    rank: {rank}\n" if ranks else ""
        items = "".join(f"        - {text}\n" for text in statements)
        return f"  - id: {level_id}\n    title: {title}\n{ranked}    competencies:\n      impact:\n{items}"

    names = ("Apprentice", "Journeyman", "Master") if ranks else ("Engineer I", "Engineer II", "Engineer III")
    path.write_text(
        MINIMAL.split("levels:")[0] + "levels:\n"
        + level("IC1", names[0], 1, ["I deliver my tasks on time"])
        + level("IC3", names[2], 3, ["I lead the design of systems across my group", *ic3])
        + level("IC2", names[1], 2, ["I review code", *ic2])
    )


@pytest.mark.parametrize("ranks", [False, True])
def test_levels_listed_out_of_order_are_compared_lowest_first(cli, tmp_path, ranks):
    """IC3 listed before IC2: a statement moved from IC2 to IC3 moved up
    (IC2 is asked for less), not down; the warning says how it was read."""
    _out_of_order(tmp_path / "old.yaml", ["I write tests for my code"], [], ranks=ranks)
    _out_of_order(tmp_path / "new.yaml", [], ["I write tests for my code"], ranks=ranks)
    run = cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--fail-on", "raises-bar")
    assert run.exit_code == 0, run.output
    assert "lowers-bar  statement-moved         Impact: (moved up to IC3) I write tests for my code" in run.output
    assert f"ladderlint: warning: {tmp_path / 'old.yaml'} lists its levels out of order (IC1, IC3, IC2); they are " \
           "read lowest first (IC1, IC2, IC3); `ladderlint check` reports where (LL201)" in run.stderr
    # Moved the other way, it raises the bar at IC2, and fails the gate.
    back = cli("diff", str(tmp_path / "new.yaml"), str(tmp_path / "old.yaml"), "--fail-on", "raises-bar")
    assert back.exit_code == 1
    assert "raises-bar  statement-moved         Impact: (from IC3) I write tests for my code" in back.output


def test_levels_of_a_file_listed_out_of_order(cli, tmp_path):
    _out_of_order(tmp_path / "f.yaml", [], [])
    run = cli("diff", "--levels", "IC2", "IC3", str(tmp_path / "f.yaml"))
    assert run.exit_code == 0, run.stderr
    assert "raises-bar  statement-added         Impact: + I lead the design of systems across my group" in run.output
    upside_down = cli("diff", "--levels", "IC3", "IC2", str(tmp_path / "f.yaml"))
    assert upside_down.exit_code == 2
    assert "name the lower level first: --levels IC2 IC3" in upside_down.stderr


def test_levels_in_order_are_read_as_listed(cli, acme):
    run = cli("diff", "acme-v1.yaml", "acme-v2.yaml")
    assert "out of order" not in run.stderr


def test_levels_a_higher_level_that_states_no_proficiency_lowers_nothing(cli, acme):
    """What the level below expects still holds above it: a proficiency the
    higher level leaves unsaid is not "(none)", a lower bar."""
    text = (acme / "acme-v1.yaml").read_text(encoding="utf-8")
    assert text.count("        proficiency: expert\n") == 1
    (acme / "unsaid.yaml").write_text(text.replace("        proficiency: expert\n", ""), encoding="utf-8")
    run = cli("diff", "--levels", "IC2", "IC3", "unsaid.yaml")
    assert run.exit_code == 0, run.stderr
    assert "proficiency-changed" not in run.output


def test_levels_unknown_level(cli, acme):
    run = cli("diff", "--levels", "IC1", "IC7", "acme-v1.yaml")
    assert run.exit_code == 2
    assert "no level 'IC7' in acme-v1.yaml (its levels: IC1, IC2, IC3)" in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("acme-v1.yaml",),
        ("acme-v1.yaml", "acme-v2.yaml", "acme-v1.yaml"),
        ("--levels", "IC1", "IC2", "acme-v1.yaml", "acme-v2.yaml"),
        ("--levels", "IC1", "IC2", "--base", "HEAD", "acme-v1.yaml"),
        ("--force-exclude", "acme-v1.yaml", "acme-v2.yaml"),  # it would be silently ignored: OLD NEW are compared
        ("--deleted", "acme-v1.yaml", "acme-v2.yaml"),
    ],
)
def test_usage_errors(cli, acme, args):
    run = cli("diff", *args)
    assert run.exit_code == 2
    assert run.stderr.startswith("ladderlint: error: ")
    assert run.stderr.endswith("Run `ladderlint diff --help` for what each option does.\n")


# -- inputs --------------------------------------------------------------------


def test_invalid_framework_is_exit_two_with_its_findings(cli, acme):
    (acme / "broken.yaml").write_text(MINIMAL.replace("    title: Engineer I\n", ""))
    run = cli("diff", "acme-v1.yaml", "broken.yaml")
    assert run.exit_code == 2
    assert run.output == ""
    assert run.stderr.splitlines()[0] == "ladderlint: error: broken.yaml is not a valid framework"
    # The findings, as `ladderlint check` prints them (whatever its text format).
    assert _finding_shown(run.stderr, "broken.yaml", 15, 5, "LL101", "level 'IC1' has no 'title'")


def _finding_shown(output: str, file: str, line: int, column: int, code: str, message: str) -> bool:
    """Whether a finding is printed with its file, position, code and message."""
    return (
        file in output
        and code in output
        and message in output
        and any(f"{line}:{column}" in row and code in row for row in output.splitlines())
    )


def test_unreadable_yaml_is_exit_two(cli, acme):
    (acme / "bad.yaml").write_text("ladderlint: 1\nid: [\n")
    run = cli("diff", "bad.yaml", "acme-v2.yaml")
    assert run.exit_code == 2
    assert _finding_shown(run.stderr, "bad.yaml", 2, 6, "LL003", "invalid YAML")


def test_other_yaml_named_explicitly_is_an_input_error(cli, acme):
    (acme / "ci.yml").write_text("on: push\n")
    run = cli("diff", "ci.yml", "acme-v2.yaml")
    assert run.exit_code == 2
    assert "ci.yml is not a ladderlint framework" in run.stderr
    assert "import each first" not in run.stderr  # YAML of another kind: no document to import


@pytest.mark.parametrize("name", ["ladder.md", "ladder.html", "ladder.csv"])
def test_a_document_named_to_diff_is_sent_to_import_first(cli, acme, name):
    """Two versions of the document a framework lives in are compared
    through their imports: the error says how."""
    (acme / name).write_text("# Acme\n\n## L1 Engineer\n\n- Ships small changes\n")
    run = cli("diff", name, "acme-v2.yaml")
    assert run.exit_code == 2
    assert f"{name} is not a ladderlint framework (it does not declare `ladderlint: 1`); to compare versions " \
           f"of a document, import each first (`ladderlint import {name} -o FILE.yaml`)" in run.stderr
    assert "Traceback" not in run.stderr


def test_missing_file(cli, acme):
    run = cli("diff", "acme-v1.yaml", "nowhere.yaml")
    assert run.exit_code == 2
    assert "nowhere.yaml: no such file or directory" in run.stderr


def test_file_against_directory_is_an_input_error(cli, acme):
    (acme / "dir").mkdir()
    run = cli("diff", "acme-v1.yaml", "dir")
    assert run.exit_code == 2
    assert "cannot compare a file (acme-v1.yaml) with a directory (dir)" in run.stderr


def test_no_changes(cli, acme):
    run = cli("diff", "acme-v1.yaml", "acme-v1.yaml")
    # Said once (it used to be printed twice).
    assert (run.exit_code, run.lines) == (0, ["acme-v1.yaml -> acme-v1.yaml", "", "No changes."])


# -- directories ---------------------------------------------------------------


def test_directories_pair_frameworks_by_id(cli, acme, write):
    old, new = acme / "old", acme / "new"
    old.mkdir(), new.mkdir()
    shutil.copy(acme / "acme-v1.yaml", old / "acme.yaml")
    shutil.copy(acme / "acme-v2.yaml", new / "renamed-file.yaml")  # same id, other file name
    (old / "gone.yaml").write_text(MINIMAL.replace("id: acme-backend", "id: gone"))
    (new / "fresh.yaml").write_text(
        MINIMAL.replace("id: acme-backend", "id: fresh").replace("my tasks on time", "the features I own")
        .replace("track: Backend Engineer", "track: Frontend Engineer")  # another ladder, not gone.yaml renamed
    )
    (new / "ci.yml").write_text("on: push\n")  # other YAML: skipped
    run = cli("diff", "--format", "json", "old", "new")
    assert run.exit_code == 0
    frameworks = run.json()["frameworks"]
    pairs = [
        ((f["old"] or {}).get("file"), (f["new"] or {}).get("file"), len(f["changes"])) for f in frameworks
    ]
    assert pairs == [
        (None, "new/fresh.yaml", 3),  # level, dimension, competency added
        ("old/acme.yaml", "new/renamed-file.yaml", 7),
        ("old/gone.yaml", None, 1),  # the framework removed, once
    ]
    assert frameworks[2]["changes"][0]["kind"] == "framework-removed"
    text = cli("diff", "old", "new")
    assert text.lines[-1] == "10 changes in 3 frameworks (3 frameworks compared)."


def test_directories_without_a_framework_are_warned_of(cli, acme):
    """Two directories with no framework in either are most likely the wrong
    paths: a warning, as `check` gives, and nothing to gate."""
    (acme / "old").mkdir(), (acme / "new").mkdir()
    (acme / "new" / "ci.yml").write_text("on: push\n")
    run = cli("diff", "old", "new")
    assert run.exit_code == 0
    assert run.stderr == ("ladderlint: warning: no framework found in old or new; frameworks are YAML files that "
                          "declare `ladderlint: 1`\n")
    shutil.copy(acme / "acme-v1.yaml", acme / "new" / "acme.yaml")
    assert cli("diff", "old", "new").stderr == ""


def test_directories_with_a_duplicate_id_are_an_input_error(cli, acme):
    (acme / "old").mkdir(), (acme / "new").mkdir()
    shutil.copy(acme / "acme-v1.yaml", acme / "new" / "a.yaml")
    shutil.copy(acme / "acme-v2.yaml", acme / "new" / "b.yaml")
    run = cli("diff", "old", "new")
    assert run.exit_code == 2
    assert "two frameworks in new have the id 'acme-backend'" in run.stderr


def test_fingerprints_are_stable_across_releases():
    """Approvals files hold fingerprints: changing how they are computed breaks every gate."""
    from ladderlint.diff import Change, Impact, Kind

    change = Change(
        kind=Kind.STATEMENT_ADDED, impact=Impact.RAISES_BAR, message="any", framework="acme-backend",
        level="IC1", competency="impact", new="I write a short plan before I start a task",
    )
    assert change.fingerprint == "61b0f19d5009"


def test_docs_show_what_ladderlint_writes():
    from conftest import ROOT

    assert TEXT in (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")


def test_markdown_lists_a_lowering_move_at_the_level_it_left(cli, write):
    from diffkit import BASE

    old = write("old.yaml", BASE)
    new = write("new.yaml", BASE.replace(
        "        - I ask for help when I am stuck on a task\n", ""
    ).replace(
        "        - I deliver projects that span several quarters\n",
        "        - I deliver projects that span several quarters\n        - I ask for help when I am stuck on a task\n",
    ))
    run = cli("diff", "--format", "markdown", str(old), str(new))
    assert run.exit_code == 0
    section = run.output.split("## What changes for IC1 (Engineer I)\n", 1)[1]
    assert section.startswith(
        "\n### Lower expectations\n\n- **Impact:** no longer expected at IC1 and IC2, moved up to IC3: I ask for help when I am stuck on a task\n"
    )
    assert "What changes for IC3" not in run.output


def test_markdown_for_two_levels(cli, acme):
    run = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", "acme-v1.yaml")
    lines = run.output.splitlines()
    assert lines[:4] == [
        "# What is new at Engineer II compared with Engineer I",
        "",
        "Acme Engineering Career Framework, Backend Engineer.",
        "Each level includes what the levels below it expect, so what Engineer I asks for still holds at Engineer II unless it is replaced.",
    ]
    assert "### New or higher at Engineer II" in lines
    # Levels are cumulative: what IC1 lists and IC2 does not still holds at IC2.
    assert not any(line.startswith("### Listed at") or line.startswith("### Lower at") for line in lines)
    assert "4 statements of Engineer I are not repeated at Engineer II; they still hold there." in lines
    assert "- **Code Fluency:** the expected proficiency changes from “awareness” to “working”." in lines
    assert ("- The summary at Engineer II: “I deliver features on my own” (at Engineer I: “I deliver well-scoped tasks "
            "with guidance”)") in lines


def test_markdown_for_two_levels_apart_lists_what_the_levels_between_add(cli, acme):
    """Engineer III includes Engineer II: what it adds is new at Engineer III
    compared with Engineer I, and says where it came in; titles as they are now."""
    text = (acme / "acme-v1.yaml").read_text(encoding="utf-8").replace("title: Engineer III\n", "title: Staff Engineer\n")
    (acme / "acme-v1.yaml").write_text(text, encoding="utf-8")
    lines = cli("diff", "--levels", "IC1", "IC3", "--format", "markdown", "acme-v1.yaml").output.splitlines()
    assert lines[0] == "# What is new at Staff Engineer compared with Engineer I"
    assert "- **Code Fluency:** I review code from my teammates within a day (since Engineer II)" in lines
    assert "- **Code Fluency:** I design components that other teams can build on safely" in lines
    text = cli("diff", "--levels", "IC1", "IC3", "acme-v1.yaml").output
    assert "+ I review code from my teammates within a day (since IC2)" in text
    # Next to each other, nothing comes in between.
    assert "(since" not in cli("diff", "--levels", "IC2", "IC3", "--format", "markdown", "acme-v1.yaml").output


def test_titles_that_read_as_part_of_a_sentence_are_quoted_in_it(cli, acme):
    # Titles like the FT's "Junior to Mid" hold the words the sentences join levels with.
    text = (acme / "acme-v1.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Engineer I\n", "title: Junior to Mid\n").replace(
        "title: Engineer II\n", "title: Mid to Senior\n")
    (acme / "acme-v1.yaml").write_text(text, encoding="utf-8")
    run = cli("diff", "--levels", "IC1", "IC2", "acme-v1.yaml")
    assert run.output.splitlines()[0] == "What changes from 'Junior to Mid' to 'Mid to Senior' in acme-v1.yaml"
    lines = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", "acme-v1.yaml").output.splitlines()
    assert lines[0] == "# What is new at “Mid to Senior” compared with “Junior to Mid”"
    assert "Each level includes what the levels below it expect, so what “Junior to Mid” asks for still holds at " \
           "“Mid to Senior” unless it is replaced." in lines
    assert "## What changes for “Mid to Senior”" in lines
    assert "4 statements of “Junior to Mid” are not repeated at “Mid to Senior”; they still hold there." in lines
    # A title without such words is said as it is; one in brackets is set off already.
    lines = cli("diff", "--levels", "IC2", "IC3", "--format", "markdown", "acme-v1.yaml").output.splitlines()
    assert lines[0] == "# What is new at Engineer III compared with “Mid to Senior”"


def test_markdown_for_two_levels_that_stand_on_their_own(cli, acme):
    # Where each level stands on its own, what IC1 lists and IC2 does not is
    # no longer expected at IC2: the notes list it.
    text = (acme / "acme-v1.yaml").read_text(encoding="utf-8")
    (acme / "acme-v1.yaml").write_text(text.replace("\nlevels:", "\ncumulative: false\nlevels:", 1), encoding="utf-8")
    run = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", "acme-v1.yaml")
    lines = run.output.splitlines()
    assert "Each level includes" not in run.output
    assert "### Listed at Engineer I but not at Engineer II" in lines
    assert "still hold" not in run.output
    assert "4 listed at Engineer I but not at Engineer II" in run.output


def test_two_levels_that_stand_alone_tell_what_is_not_listed_from_what_is_asked_less(cli, acme):
    """A statement of IC1 that IC2 does not list is "listed at IC1 but not
    at IC2"; one IC2 says, asking less, is "lower at IC2 than at IC1"."""
    text = (acme / "acme-v1.yaml").read_text(encoding="utf-8")
    text = text.replace("\nlevels:", "\ncumulative: false\nlevels:", 1)
    # IC1 writes tests for the main paths; IC2, for some of them.
    text = text.replace("        - I follow through on my commitments and keep my team informed\n",
                        "        - I follow through on my commitments and keep my team informed\n"
                        "        - I own my failures and sometimes learn from them\n", 1)
    (acme / "alone.yaml").write_text(text, encoding="utf-8")
    run = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", "alone.yaml")
    sections = run.output.split("\n### ")
    listed = next(s for s in sections if s.startswith("Listed at Engineer I but not at Engineer II"))
    lower = next(s for s in sections if s.startswith("Lower at Engineer II than at Engineer I"))
    assert "learn from them" not in listed and "reworded: I own my failures and **sometimes** learn from them" in lower
    assert "3 listed at Engineer I but not at Engineer II and 1 lower at Engineer II than at Engineer I." in run.output


def test_a_placeholder_reads_as_one_in_every_format(cli, tmp_path):
    import yaml

    from diffkit import cell, data

    old = data()
    new = data()
    cell(new, "IC1", "impact").append("TBD")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(old, sort_keys=False), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    text = cli("diff", "--fail-on", "raises-bar", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert text.exit_code == 0 and "+ TBD (a placeholder)" in text.output
    notes = cli("diff", "--format", "markdown", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).output
    assert "- **Impact:** a placeholder, not yet an expectation: TBD" in notes
    assert "New or higher expectations" not in notes
    back = cli("diff", "--format", "markdown", str(tmp_path / "b.yaml"), str(tmp_path / "a.yaml")).output
    assert "- **Impact:** a placeholder taken out: TBD" in back and "Lower expectations" not in back


def test_an_editors_note_passes_the_gate(cli, tmp_path):
    # trial-17: 'TODO: something here?' added failed --fail-on raises-bar.
    import yaml

    from diffkit import cell, data

    new = data()
    cell(new, "IC1", "impact").append("TODO: something here?")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(data(), sort_keys=False), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    run = cli("diff", "--fail-on", "raises-bar", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert run.exit_code == 0 and "+ TODO: something here? (a placeholder)" in run.output
    notes = cli("diff", "--format", "markdown", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).output
    assert "New or higher expectations" not in notes


def _revisions(tmp_path, edit):
    """a.yaml, the base framework, and b.yaml, the base after ``edit``."""
    import yaml

    from diffkit import data

    new = data()
    edit(new)
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(data(), sort_keys=False), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    return str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")


def test_a_move_up_reworded_to_ask_for_more_reads_as_lowered_where_it_was_in_every_format(cli, tmp_path):
    from diffkit import cell

    def edit(d):
        cell(d, "IC1", "impact").remove("I ask for help when I am stuck on a task")
        cell(d, "IC2", "impact").append("I always ask for help when I am stuck on a task")

    old, new = _revisions(tmp_path, edit)
    for gate in ("lowers-bar", "raises-bar"):
        assert cli("diff", "--fail-on", gate, old, new).exit_code == 1
    text = cli("diff", old, new).output
    assert "(from IC1) I {+always+} ask for help when I am stuck on a task (lowers-bar at IC1, listed under that level too)" in text
    # ... and under IC1, as the notes list it there too.
    ic1 = text.split("IC1 (Engineer I)\n")[1].split("\n\n")[0]
    assert "(moved up to IC2) I {+always+} ask for help when I am stuck on a task (no longer asked for at IC1; " \
           "listed under IC2 too)" in ic1
    assert "1 change: 1 raises-bar, 1 lowers-bar; 1 move counted at each of its two levels." in text
    (change,) = json.loads(cli("diff", "--format", "json", old, new).output)["frameworks"][0]["changes"]
    assert (change["impact"], change["old_level_impact"]) == ("raises-bar", "lowers-bar")
    notes = cli("diff", "--format", "markdown", old, new).output
    ic1 = notes.split("## What changes for IC1")[1].split("## What changes for IC2")[0]
    assert "### Lower expectations" in ic1
    assert "- **Impact:** no longer expected here, moved up to IC2 (listed under that level too): I **always** ask for help" in ic1
    assert "- **Impact:** moved here from IC1 (listed under that level too); now expected at IC2 and IC3: " \
           "I **always** ask for help" in notes
    assert "**In short:** 1 new or higher expectation (at IC2 and IC3) and 1 lower expectation (at IC1)." in notes


def test_a_plain_move_up_says_in_text_which_level_it_lowers(cli, tmp_path):
    # Listed under the level it went to, the lowered bar is the level's it left.
    from diffkit import cell

    def edit(d):
        cell(d, "IC1", "impact").remove("I ask for help when I am stuck on a task")
        cell(d, "IC2", "impact").append("I ask for help when I am stuck on a task")

    text = cli("diff", *_revisions(tmp_path, edit)).output
    # Listed, as in the notes, under the level it left, whose bar it lowers; IC2 had it from IC1 already.
    ic1 = text.split("IC1 (Engineer I)\n")[1].split("\n\n")[0]
    assert "lowers-bar  statement-moved         Impact: (moved up to IC2) I ask for help when I am stuck on a task " \
           "(no longer asked for at IC1; still asked for at IC2)" in ic1
    assert "IC2 (Engineer II)\n" not in text


def test_two_levels_of_a_cumulative_framework_read_alike_in_every_format(cli, acme):
    # What IC1 lists and IC2 does not repeat still holds at IC2: not lowered, in any format.
    args = ("diff", "--levels", "IC1", "IC2", "acme-v1.yaml")
    changes = json.loads(cli(*args, "--format", "json").output)["frameworks"][0]["changes"]
    removed = [c for c in changes if c["kind"] == "statement-removed"]
    assert len(removed) == 4 and {c["impact"] for c in removed} == {"editorial"}
    # No difference: counted on one line, not listed one by one among the real differences (the JSON keeps them).
    text = cli(*args).output
    assert "I ask for help when I am stuck on a task" not in text and "(still asked for)" not in text, text
    assert "4 statements of IC1 are not repeated at IC2; they still hold there" in text, text
    assert "4 statements of Engineer I are not repeated at Engineer II" in cli(*args, "--format", "markdown").output
    counted = [line for line in text.splitlines() if line.endswith(".") and "change" in line]
    assert counted and "editorial" not in counted[-1], text


def test_two_levels_that_stand_alone_still_list_what_the_higher_one_leaves_out(cli, acme, tmp_path):
    # Near miss: where each level stands alone, what the higher one does not say is not asked there.
    document = yaml.safe_load(open("acme-v1.yaml", encoding="utf-8"))
    document["cumulative"] = False
    path = tmp_path / "alone.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    text = cli("diff", "--levels", "IC1", "IC2", str(path)).output
    assert "not repeated" not in text and "- I ask for help when I am stuck on a task" in text, text


def test_a_level_added_below_others_raises_their_bar_in_every_format(cli, tmp_path):
    def edit(d):
        d["levels"].insert(2, {"id": "IC2b", "title": "Engineer II+",
                               "competencies": {"impact": ["I am on call for my team's services"]}})

    old, new = _revisions(tmp_path, edit)
    assert cli("diff", "--fail-on", "raises-bar", old, new).exit_code == 1
    text = cli("diff", old, new).output
    assert "raises-bar  statement-added         Impact: + I am on call for my team's services " \
           "(now asked for at IC3)" in text  # the highest level: none above it
    notes = cli("diff", "--format", "markdown", old, new).output
    ic3 = notes.split("## What changes for IC3")[1].split("\n## ")[0]
    assert ("- **Impact:** now expected here, from the new level IC2b (Engineer II+) below, which IC3 "
            "(Engineer III) includes: I am on call for my team's services") in ic3
    assert "**In short:** 1 new or higher expectation (at IC3)" in notes
    assert "a major release" in notes
    # Removed again: IC3 no longer asks for it.
    back = cli("diff", "--fail-on", "lowers-bar", new, old)
    assert back.exit_code == 1 and "- I am on call for my team's services (no longer asked for at IC3)" in back.output


@pytest.mark.parametrize("style", [">", "|", ">-", "|-"])
def test_a_statement_written_as_a_block_scalar_is_no_change(cli, write, style):
    before = write("a.yaml", MINIMAL)
    block = f"- {style}\n          I deliver my tasks\n          on time\n" if style[0] == ">" else \
        f"- {style}\n          I deliver my tasks on time\n"
    after = write("b.yaml", MINIMAL.replace("- I deliver my tasks on time\n", block))
    run = cli("diff", "--fail-on", "any", str(before), str(after))
    assert (run.exit_code, run.lines[-1]) == (0, "No changes.")


@pytest.mark.parametrize("style", [">", "|"])
def test_a_summary_or_description_written_as_a_block_scalar_is_no_change(cli, write, style):
    before = write("a.yaml", MINIMAL.replace("        name: Impact\n",
                                             "        name: Impact\n        description: What we deliver\n"))
    after = write("b.yaml", before.read_text().replace(
        "    summary: Delivers well-scoped tasks\n", f"    summary: {style}\n      Delivers well-scoped tasks\n").replace(
        "        description: What we deliver\n", f"        description: {style}\n          What we deliver\n"))
    run = cli("diff", "--fail-on", "any", str(before), str(after))
    assert (run.exit_code, run.lines[-1]) == (0, "No changes.")


STATEMENTS = """\
levels:
  - id: IC1
    title: Engineer I
    competencies:
      impact:
        - I deliver my tasks on time
        - I ask for help when I am stuck
        - I write a short plan before I start
  - id: IC2
    title: Engineer II
    competencies:
      impact:
        - I deliver projects of several weeks
  - id: IC3
    title: Engineer III
    competencies:
      impact:
        - I set the direction of my team's work
"""


def _annotated_lines(output: str) -> dict[str, int]:
    """The line of each annotation, by the kind of change in its title (after its impacts: "raises-bar%2C
    lowers-bar level-removed")."""
    found = re.findall(r"^::\w+ file=[^,]+,line=(\d+),col=\d+,title=(?:[\w-]+%2C )*[\w-]+ ([\w-]+)::", output, re.M)
    return {kind: int(line) for line, kind in found}


@pytest.mark.parametrize(
    ("removed", "shown_at"),
    [
        ("        - I write a short plan before I start\n", "        - I ask for help when I am stuck\n"),
        ("        - I ask for help when I am stuck\n", "        - I write a short plan before I start\n"),
        ("        - I deliver my tasks on time\n", "        - I ask for help when I am stuck\n"),
    ],
    ids=["last", "middle", "first"],
)
def test_github_shows_a_removed_statement_at_its_neighbour_in_the_cell(cli, write, removed, shown_at):
    framework = MINIMAL.split("levels:\n")[0] + STATEMENTS
    before = write("a.yaml", framework)
    after = write("b.yaml", framework.replace(removed, ""))
    run = cli("diff", "--format", "github", str(before), str(after))
    line = after.read_text().splitlines(keepends=True).index(shown_at) + 1
    assert _annotated_lines(run.output)["statement-removed"] == line


@pytest.mark.parametrize(("removed", "shown_at"), [("IC2", "IC3"), ("IC3", "IC2"), ("IC1", "IC2")])
def test_github_shows_a_removed_level_at_the_level_that_followed_it(cli, write, removed, shown_at):
    framework = MINIMAL.split("levels:\n")[0] + STATEMENTS
    before = write("a.yaml", framework)
    kept = [part for part in re.split(r"(?m)^(?=  - id: )", framework) if not part.startswith(f"  - id: {removed}\n")]
    after = write("b.yaml", "".join(kept))
    run = cli("diff", "--format", "github", str(before), str(after))
    line = after.read_text().splitlines().index(f"  - id: {shown_at}") + 1
    assert _annotated_lines(run.output)["level-removed"] == line


def test_two_unrelated_frameworks_are_not_compared_without_a_word(cli, acme):
    from conftest import ROOT

    other = str(ROOT / "frameworks" / "dropbox-mle.yaml")
    run = cli("diff", "--format", "json", "acme-v1.yaml", other)
    assert run.exit_code == 2
    assert run.stderr.startswith(f"ladderlint: error: acme-v1.yaml and {other} look like two different frameworks, "
                                 "not two revisions of one: ids 'acme-backend' and 'dropbox-mle', organisations "
                                 "'Acme' and 'Dropbox', and ")
    assert "pass --allow-unrelated" in run.stderr
    [framework] = run.json()["frameworks"]
    assert framework["warnings"] == [run.stderr.splitlines()[0].removeprefix("ladderlint: error: ")]
    # A program reading the JSON learns that the run failed, as the exit code says.
    assert run.json()["summary"]["failed"] is True
    text = cli("diff", "acme-v1.yaml", other).output
    assert text.splitlines()[1].startswith("warning: acme-v1.yaml and ")
    # Meant: one became the other. The JSON still says so; the exit code is the gate's.
    meant = cli("diff", "--allow-unrelated", "--format", "json", "acme-v1.yaml", other)
    assert (meant.exit_code, meant.stderr) == (0, "")
    assert meant.json()["frameworks"][0]["warnings"] == framework["warnings"]
    assert meant.json()["summary"]["failed"] is False
    assert cli("approve", "--reason", "r", "acme-v1.yaml", other).exit_code == 2
    assert not (acme / ".ladderlint-approvals").exists()


def test_a_framework_rebranded_is_no_unrelated_one(cli):
    # Another id and another organisation, but the same statements: one revision of the other.
    from conftest import ROOT

    run = cli("diff", "--format", "json", str(ROOT / "frameworks" / "dropbox-mle.yaml"),
              str(ROOT / "frameworks" / "escrowtab-mle.yaml"))
    assert (run.exit_code, run.stderr) == (0, "") and run.json()["frameworks"][0]["warnings"] == []


def test_a_long_description_changed_is_one_line_in_text(cli, tmp_path):
    import yaml

    from diffkit import data

    para = "Our framework describes what we expect of engineers at each level. " * 6
    old, new = data(), data()
    old["description"] = f"{para}\n\nIt is reviewed every year by the leadership team.\n\n{para}"
    new["description"] = f"{para}\n\nIt is reviewed every year by the whole leadership team.\n\n{para}"
    for name, document in (("a.yaml", old), ("b.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    text = cli("diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).output
    (line,) = [line for line in text.splitlines() if "framework-changed" in line]
    # Six words either side of what changed, not the paragraphs around it.
    assert line.endswith("description: ... is reviewed every year by the {+whole+} leadership team. Our framework "
                         "describes what ...  [1f1796220930]")


@pytest.mark.parametrize(
    ("old", "new", "exit_code"),
    [
        # A number changed beside another the change left alone: the gate stops it.
        ("I mentor two engineers and review 5 designs a quarter",
         "I mentor four engineers and review 5 designs a quarter", 1),
        ("I mentor four engineers and review 5 designs a quarter",
         "I mentor two engineers and review 5 designs a quarter", 0),
        # More often, said by a share of the periods.
        ("I join the on-call rota one week in six", "I join the on-call rota one week in four", 1),
        ("I join the on-call rota one week in four", "I join the on-call rota one week in six", 0),
        # Less time allowed.
        ("I ship the feature in six weeks", "I ship the feature in four weeks", 1),
        ("I ship the feature in four weeks", "I ship the feature in six weeks", 0),
        # More often than daily; the same period, said another way.
        ("I deploy to production daily", "I deploy to production twice a day", 1),
        ("I give a tech talk twice a year", "I give a tech talk every six months", 0),
        ("I join the on-call rota one week in four", "I join the on-call rota every three weeks", 1),
        ("I join the on-call rota one week in four", "I join the on-call rota every four weeks", 0),
        ("I deploy to production weekly", "I deploy to production twice weekly", 1),
        ("I deploy to production quarterly", "I deploy to production at least once a quarter", 0),
        ("I ship a change in my first two weeks", "I ship a change in my first week", 1),
        ("I lead one project a year", "I lead one project a quarter", 1),
    ],
)
def test_fail_on_raises_bar_stops_a_raised_bar(cli, write, old, new, exit_code):
    before = write("a.yaml", MINIMAL.replace("I deliver my tasks", old))
    after = write("b.yaml", MINIMAL.replace("I deliver my tasks", new))
    assert cli("diff", "--fail-on", "raises-bar", str(before), str(after)).exit_code == exit_code


def test_a_revision_that_cannot_be_read_is_counted_as_check_counts_it(cli, write):
    """Beside `check`'s hook, the diff's says the same of a file that does
    not read as YAML: no framework checked, one file that could not be read."""
    before = write("a.yaml", MINIMAL)
    broken = write("b.yaml", "ladderlint: 1\nid: [\n")
    run = cli("diff", str(before), str(broken))
    assert run.exit_code == 2
    assert "0 frameworks checked, 1 file could not be read as a framework." in run.output + run.stderr
    invalid = write("c.yaml", MINIMAL.replace('version: "1.0.0"', "version: 1.0"))
    run = cli("diff", str(before), str(invalid))
    assert run.exit_code == 2 and "1 framework checked." in run.output + run.stderr
