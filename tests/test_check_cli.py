"""`ladderlint check` and the other commands, end to end in-process."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import MINIMAL
from ladderlint.cli import main

BROKEN = MINIMAL.replace("    title: Engineer I\n", "")  # LL101 at levels/0
TWICE = MINIMAL.replace(
    "      - id: impact\n        name: Impact\n",
    "      - id: impact\n        name: Impact\n      - id: impact\n        name: Impact again\n",
)  # LL110


def test_clean_file_exits_zero(cli, write):
    path = write("ok.yaml", MINIMAL)
    run = cli("check", "--format", "concise", str(path))
    assert (run.exit_code, run.output) == (0, "All checks passed (1 framework checked).\n")


def test_findings_exit_one_with_location_and_summary(cli, write):
    path = write("bad.yaml", BROKEN)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert run.lines == [
        f"{path}:15:5: LL101 [error] level 'IC1' has no 'title'",
        "Found 1 problem (1 error); 1 framework checked.",
    ]


def test_a_run_with_only_infos_reports_notes_not_problems(cli, write):
    from conftest import MINIMAL

    path = write("f.yaml", MINIMAL.replace("    summary: Delivers well-scoped tasks\n", ""))
    run = cli("check", "--format", "concise", "--select", "LL4", str(path))
    assert run.exit_code == 0
    assert [line.split(" [")[1].split("]")[0] for line in run.lines[:-1]] == ["info"]
    assert run.lines[-1] == "Found 1 note (1 info); 1 framework checked."


@pytest.mark.parametrize("fail_on", [[], ["--fail-on", "warning"]])
def test_infos_are_counted_as_notes_beside_problems(cli, write, fail_on):
    """An info is a note to read, not a problem, beside warnings too: the
    summary counts it apart (the fifteenth new-user trial read "Found 9
    problems (4 warnings, 5 infos)")."""
    text = MINIMAL.replace("    summary: Delivers well-scoped tasks\n", "").replace(  # LL404, an info
        "        name: Impact\n", "        name: Impact\n      - id: craft\n        name: Craft\n")  # LL401
    path = write("f.yaml", text)
    run = cli("check", "--format", "concise", str(path), *fail_on)
    severities = sorted(line.split(" [")[1].split("]")[0] for line in run.lines[:-1])
    assert severities == ["info", "warning"]
    assert run.lines[-1] == "Found 1 problem (1 warning) and 1 note (1 info); 1 framework checked."
    assert run.exit_code == (1 if fail_on else 0)


def test_rules_run_on_schema_valid_frameworks(cli, write):
    path = write("twice.yaml", TWICE)
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert run.lines[0] == (
        f"{path}:14:13: LL110 [error] competency id 'impact' is used twice "
        "(first by competency 'Impact')"
    )


def test_json_output_has_documented_fields(cli, write):
    path = write("bad.yaml", BROKEN)
    run = cli("check", "--format", "json", str(path))
    assert run.exit_code == 1
    document = run.json()
    assert document["summary"] == {"files_checked": 1, "files_unreadable": 0, "findings": 1, "error": 1, "warning": 0,
                                   "info": 0}
    assert document["findings"] == [
        {
            "file": str(path),
            "line": 15,
            "column": 5,
            "end_line": 20,
            "end_column": 1,
            "code": "LL101",
            "name": "missing-key",
            "severity": "error",
            "message": "level 'IC1' has no 'title'",
            "path": "/levels/0",
            "fix": None,
        }
    ]


def test_json_says_what_fix_would_do(cli, write):
    import json

    path = write("f.yaml", MINIMAL.replace("on time", "on  time"))
    [finding] = json.loads(cli("check", "--format", "json", str(path)).output)["findings"]
    assert finding["code"] == "LL502"
    assert finding["fix"] == {"path": "/levels/0/competencies/impact/0",
                              "replacement": "I deliver my tasks on time"}


def test_output_is_sorted_and_independent_of_argument_order(cli, write):
    a = write("a.yaml", BROKEN)
    b = write("b.yaml", TWICE)
    c = write("sub/c.yaml", BROKEN)
    first = cli("check", "--format", "concise", str(c), str(b), str(a))
    second = cli("check", "--format", "concise", str(a), str(c.parent), str(b), str(a))
    assert first.output == second.output
    files = [line.split(":", 1)[0] for line in first.lines[:-1]]
    assert files == sorted(files) and len(files) == 3


def test_directories_skip_yaml_that_is_not_a_framework(cli, write, tmp_path):
    write("frameworks/ok.yaml", MINIMAL)
    write("frameworks/ci.yml", "on: push\njobs: {}\n")
    write("frameworks/broken-other.yaml", "key: [unclosed\n")
    write("frameworks/notes.txt", "ladderlint: 1\n")
    write("frameworks/.hidden/x.yaml", BROKEN)
    run = cli("check", str(tmp_path / "frameworks"))
    assert (run.exit_code, run.lines) == (0, ["All checks passed (1 framework checked)."])


NOTHING_CHECKED = "No framework found; nothing checked ({} skipped: does not declare `ladderlint: 1`)."


def test_explicit_non_framework_yaml_is_skipped(cli, write):
    path = write("docker-compose.yml", "services: {}\n")
    assert cli("check", str(path)).lines == [NOTHING_CHECKED.format(path)]


def test_the_configuration_named_as_pre_commit_names_it_is_no_framework(cli, write, tmp_path):
    # pre-commit names every staged YAML file: a commit that changes only the
    # configuration names it alone, and that is no framework gone missing.
    write(".ladderlint.yaml", "exclude: [drafts]\n")
    write("frameworks/ok.yaml", MINIMAL)
    alone = cli("check", "--force-exclude", ".ladderlint.yaml", cwd=tmp_path)
    assert (alone.exit_code, alone.lines, alone.stderr) == (0, ["No framework found; nothing checked."], "")
    both = cli("check", "--force-exclude", "frameworks/ok.yaml", ".ladderlint.yaml", cwd=tmp_path)
    assert (both.exit_code, both.lines, both.stderr) == (0, ["All checks passed (1 framework checked)."], "")
    required = cli("check", "--require-frameworks", ".ladderlint.yaml", cwd=tmp_path)
    assert required.exit_code == 2
    assert required.stderr == "ladderlint: error: no framework checked: only ladderlint's configuration was named\n"


def test_modeline_declares_a_framework(cli, write):
    path = write("f.yaml", "# yaml-language-server: $schema=../schemas/framework.schema.json\nid: x\n")
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert ("LL101 [error] the framework has no `ladderlint: 1`, the line that marks a file as a framework; add "
            "`ladderlint: 1` as its first line") in run.output


def _as_json(indent: int | None, sort_keys: bool) -> str:
    import yaml

    return json.dumps(yaml.safe_load(MINIMAL.replace("Engineer I", "Engineer  I")), indent=indent, sort_keys=sort_keys)


@pytest.mark.parametrize(
    "content",
    [
        MINIMAL.replace("Engineer I", "Engineer  I").replace("ladderlint: 1", '"ladderlint": 1'),
        MINIMAL.replace("Engineer I", "Engineer  I").replace("ladderlint: 1", "'ladderlint' : 1"),
        _as_json(None, False),  # json.dump: one line
        _as_json(2, True),  # indented, the marker among the other keys
        "--- {ladderlint: 1, id: a}\n",  # a flow mapping of plain keys (findings: no levels ...)
    ],
    ids=["double-quoted", "single-quoted", "json", "json-indented-sorted", "flow"],
)
def test_a_quoted_or_flow_marker_declares_a_framework(cli, write, content):
    """The marker is recognised however YAML lets it be written: each file is
    checked (a finding), not skipped as other YAML, explicit or in a walk."""
    path = write("dir/f.yaml", content)
    for target in (path, path.parent):
        run = cli("check", "--format", "concise", str(target))
        assert run.lines[-1].startswith("Found ") and run.lines[-1].endswith("; 1 framework checked."), run.output


@pytest.mark.parametrize(
    "content",
    [
        "jobs:\n  ladderlint:\n    runs-on: ubuntu-latest\n",  # a CI job of that name
        '{"jobs": {"ladderlint": {"runs-on": "ubuntu-latest"}}}\n',
        "steps:\n  - run: ladderlint check  # ladderlint: the linter\n",
        "other: 1\n# ladderlint: disable=LL301\n",
    ],
)
def test_the_word_ladderlint_below_the_top_level_declares_nothing(cli, write, content):
    path = write("ci.yaml", content)
    run = cli("check", str(path))
    assert (run.exit_code, run.lines) == (0, [NOTHING_CHECKED.format(path)])


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_threshold(cli, write, fail_on, expected):
    path = write("bom.yaml", b"\xef\xbb\xbf" + MINIMAL.encode())  # one warning
    assert cli("check", "--fail-on", fail_on, str(path)).exit_code == expected


def test_fail_on_never_still_exits_two_on_input_errors(cli, write):
    path = write("bad.yaml", "ladderlint: 1\nid: [\n")
    assert cli("check", "--fail-on", "never", str(path)).exit_code == 2


def test_select_and_ignore(cli, write):
    path = write("twice.yaml", TWICE)
    assert cli("check", "--ignore", "LL110", str(path)).exit_code == 0
    assert cli("check", "--select", "LL1", "--ignore", "LL11", str(path)).exit_code == 0
    assert cli("check", "--select", "LL110", str(path)).exit_code == 1


def test_unknown_code_is_a_usage_error(cli, write):
    path = write("ok.yaml", MINIMAL)
    run = cli("check", "--ignore", "LL999", str(path))
    assert run.exit_code == 2
    assert "no rule code starts with 'LL999'" in run.stderr


def test_input_errors_cannot_be_ignored(cli, write):
    path = write("bad.yaml", "ladderlint: 1\nid: [\n")
    assert cli("check", "--ignore", "LL0", str(path)).exit_code == 2


def test_version(cli):
    from ladderlint import __version__

    run = cli("--version")
    assert (run.exit_code, run.output) == (0, f"ladderlint {__version__}\n")
    assert __version__ != "0.0.0"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(cli, command):
    run = cli(command, "--help")
    assert run.exit_code == 0
    assert run.output.startswith(f"Usage: main {command}") or run.output.startswith("Usage:")
    assert "--help" in run.output


def test_usage_error_exits_two(cli):
    assert cli("check", "--format", "xml").exit_code == 2
    assert cli("no-such-command").exit_code == 2


def test_rules_lists_every_rule_with_json(cli):
    from ladderlint.rules.catalogue import ALL_RULES

    run = cli("rules", "--format", "json")
    listed = run.json()
    assert [r["code"] for r in listed] == [rule.code for rule in ALL_RULES]
    assert {"code", "name", "severity", "summary", "docs"} <= set(listed[0])
    text = cli("rules").lines
    assert len(text) == len(ALL_RULES)
    assert text[0].startswith("LL001  cannot-read")


def test_explain_by_code_or_name(cli):
    by_code = cli("explain", "ll110")
    by_name = cli("explain", "duplicate-id")
    assert by_code.exit_code == 0 and by_code.output == by_name.output
    assert by_code.lines[0] == "LL110 duplicate-id (default severity: error)"
    assert "Why this matters:" in by_code.output and "Example:" in by_code.output
    assert cli("explain", "LL999").exit_code == 2


def test_explain_a_code_prefix_lists_the_rules_it_selects(cli):
    from ladderlint.rules.catalogue import ALL_RULES

    family = cli("explain", "LL5")
    assert family.exit_code == 0
    assert [line.split()[:2] for line in family.lines] == [
        [rule.code, rule.name] for rule in ALL_RULES if rule.code.startswith("LL5")
    ]
    listed = {line.split()[0]: line.split() for line in cli("rules").lines}
    assert all(line.split() == listed[line.split()[0]] for line in family.lines)  # as `rules` prints them
    assert cli("explain", "ll30").lines[0].startswith("LL301  foreign-brand")
    assert cli("explain", "LL9").exit_code == 2  # no rule starts so


def test_every_rule_has_three_part_docs():
    from ladderlint.rules.catalogue import ALL_RULES

    for rule in ALL_RULES:
        docs = rule.docs()
        what, _, rest = docs.partition("\n\n")
        assert what and "Why this matters:" in rest and "Example:" in rest, rule.code
        assert rule.name == rule.name.lower() and " " not in rule.name, rule.code


def test_broken_pipe_is_quiet(tmp_path):
    import subprocess
    import sys

    for i in range(50):
        (tmp_path / f"f{i:02}.yaml").write_text(BROKEN)
    proc = subprocess.run(
        f"'{sys.executable}' -m ladderlint check '{tmp_path}' | head -1",
        shell=True, capture_output=True, text=True,
    )
    assert proc.stderr == ""
    assert proc.stdout.count("\n") == 1


def test_a_file_named_and_found_by_a_walk_is_checked_once(cli, write, tmp_path):
    write("twice.yaml", TWICE)
    run = cli("check", "--format", "concise", ".", "twice.yaml", cwd=tmp_path)
    assert run.lines[0].startswith("twice.yaml:14:13: LL110")
    assert run.lines[-1] == "Found 1 problem (1 error); 1 framework checked."


def test_the_readme_rule_table_is_current():
    import re

    from conftest import ROOT
    from ladderlint.rules import registry

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- rules:start -->\n(.*?)\n<!-- rules:end -->", readme, re.S)
    assert table is not None
    rows = table.group(1).splitlines()[2:]
    expected = [
        f"| {r.code} | `{r.name}` | {r.severity} | {r.summary().replace('|', chr(92) + '|')} |" for r in registry().rules
    ]
    assert rows == expected


def test_explain_documents_every_rule_with_why_and_an_example(cli):
    from ladderlint.rules import registry

    for rule in registry().rules:
        docs = cli("explain", rule.code).output
        assert "Why this matters:" in docs and "Example:" in docs, rule.code


def test_a_check_at_the_root_of_the_repository_checks_the_shipped_frameworks(cli, tmp_path):
    """As the README's Quickstart runs it: the tests' broken fixtures and the
    starter template are excluded by the repository's own configuration.
    Run on the YAML files the repository holds, copied: not on what a user
    has written into their clone (an import's output, a scratch folder)."""
    from conftest import ROOT

    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout: the repository's files are not known")
    for name in tracked.stdout.decode().split("\0"):
        source = ROOT / name
        if name.endswith((".yaml", ".yml")) and source.is_file() and not source.is_symlink():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, tmp_path / name)
    run = cli("check", "--format", "json", cwd=tmp_path)
    assert run.exit_code == 0, run.output
    report = run.json()
    assert report["summary"]["files_checked"] == len(list((tmp_path / "frameworks").glob("*.yaml"))) > 0
    assert {finding["file"].split("/")[0] for finding in report["findings"]} <= {"frameworks"}
