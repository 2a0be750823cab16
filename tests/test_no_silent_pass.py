"""No silent pass: a file that looks like a framework but does not say it is
one, and a run that finds no framework at all, are never "All checks passed"."""

from __future__ import annotations

import pytest

from conftest import MINIMAL

#: LL013 for a framework without its marker line, after "file:1:1: ".
NO_MARKER = ("LL013 [error] not checked: it has `levels` and `dimensions` like a framework, but no "
             "`ladderlint: 1` to mark it as one; add `ladderlint: 1` as its first line")


def test_a_named_file_with_levels_and_dimensions_but_no_marker_is_reported(cli, write, tmp_path):
    write("f.yaml", MINIMAL.replace("ladderlint: 1\n", ""))
    run = cli("check", "--format", "concise", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.lines == [f"f.yaml:1:1: {NO_MARKER}", "Found 1 problem (1 error); 0 frameworks checked."]


def test_a_framework_marked_by_the_modeline_alone_is_told_to_add_the_marker(cli, write, tmp_path):
    """The modeline makes it a framework, checked: its missing marker is
    explained as LL013 explains it, not as a missing key of the schema."""
    modeline = "# yaml-language-server: $schema=../schemas/framework.schema.json\n"
    write("f.yaml", modeline + MINIMAL.replace("ladderlint: 1\n", ""))
    run = cli("check", "--format", "concise", "f.yaml", cwd=tmp_path)
    assert run.lines[0] == (
        "f.yaml:2:1: LL101 [error] the framework has no `ladderlint: 1`, the line that marks a file as a framework; "
        "add `ladderlint: 1` as its first line"
    )
    assert len(run.lines) == 2  # and nothing else: the rest is checked


def test_a_misspelt_marker_is_reported_even_in_a_directory_walk(cli, write, tmp_path):
    write("dir/f.yaml", MINIMAL.replace("ladderlint: 1\n", "ladderlnt: 1\n"))
    write("dir/other.yaml", "name: not a framework\nlevels: [1, 2]\n")  # other YAML: skipped in a walk
    run = cli("check", "--format", "concise", "dir", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.lines[0] == (
        "dir/f.yaml:1:1: LL013 [error] not checked: 'ladderlnt' looks like a misspelling of `ladderlint`, "
        "the key that marks a framework; add `ladderlint: 1` as its first line"
    )
    assert len(run.lines) == 2


def test_a_quoted_misspelt_marker_is_reported_in_a_directory_walk(cli, write, tmp_path):
    write("dir/f.yaml", MINIMAL.replace("ladderlint: 1\n", '"ladder-lint": 1\n'))
    run = cli("check", "--format", "concise", "dir", cwd=tmp_path)
    assert run.exit_code == 2
    assert "LL013 [error] not checked: 'ladder-lint' looks like a misspelling of `ladderlint`" in run.lines[0]


def test_other_yaml_named_on_the_command_line_is_still_skipped(cli, write, tmp_path):
    write("ci.yaml", "jobs:\n  test:\n    runs-on: ubuntu-latest\n")
    run = cli("check", "ci.yaml", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.output == "No framework found; nothing checked (ci.yaml skipped: does not declare `ladderlint: 1`).\n"
    assert run.stderr == (
        "ladderlint: warning: no framework found in ci.yaml (1 file skipped: does not declare `ladderlint: 1`); "
        "frameworks are YAML files that declare `ladderlint: 1`\n"
    )


def test_require_frameworks_fails_a_run_that_finds_none(cli, write, tmp_path):
    write("docs/ci.yaml", "jobs: {}\n")
    run = cli("check", "--require-frameworks", "docs", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr.startswith("ladderlint: error: no framework found in docs (1 other YAML file skipped)")
    write("docs/f.yaml", MINIMAL)
    run = cli("check", "--require-frameworks", "docs", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (0, "")


@pytest.mark.parametrize("options", [(), ("--format", "concise"), ("--statistics",), ("--fix",)])
def test_a_run_that_fails_for_want_of_a_framework_does_not_say_all_checks_passed(cli, write, tmp_path, options):
    write("notfw.yaml", "plain: yaml\n")
    run = cli("check", "--require-frameworks", *options, "notfw.yaml", cwd=tmp_path)
    assert run.exit_code == 2
    assert "passed" not in run.output
    assert run.lines == ["No framework found; nothing checked (notfw.yaml skipped: does not declare `ladderlint: 1`)."]


@pytest.mark.parametrize("options", [(), ("--format", "concise"), ("--statistics",), ("--fix",)])
def test_an_empty_directory_is_said_too(cli, tmp_path, options):
    """Exit code 0 (pre-commit runs the hook on commits without a
    framework), but no "All checks passed": nothing was checked."""
    (tmp_path / "empty").mkdir()
    run = cli("check", *options, "empty", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.lines == ["No framework found; nothing checked."]
    assert run.stderr == (
        "ladderlint: warning: no framework found in empty; frameworks are YAML files that declare `ladderlint: 1`\n"
    )


def test_undeclared_frameworks_cannot_be_ignored_away(cli, write, tmp_path):
    write("f.yaml", MINIMAL.replace("ladderlint: 1\n", "LadderLint: 1\n"))
    run = cli("check", "--ignore", "LL013", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 2


def test_a_framework_that_lost_its_marker_is_reported_in_a_directory_walk(cli, write, tmp_path):
    """A framework whose first line was deleted is not passed over by a
    check of its folder (nor left out of a rendered site in silence)."""
    write("frameworks/good.yaml", MINIMAL)
    write("frameworks/lost.yaml", MINIMAL.replace("ladderlint: 1\n", ""))
    write("frameworks/other.yaml", "name: not a framework\nlevels: [1, 2]\n")  # other YAML: still skipped
    run = cli("check", "--format", "concise", "frameworks", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.lines == [f"frameworks/lost.yaml:1:1: {NO_MARKER}", "Found 1 problem (1 error); 1 framework checked."]


def test_the_summary_names_the_files_skipped_and_counts_the_rest(cli, write, tmp_path):
    # pre-commit names every staged YAML file: which of them were not frameworks?
    write("frameworks/ok.yaml", MINIMAL)
    write(".github/ci.yml", "on: push\n")
    run = cli("check", "--format", "concise", ".github/ci.yml", "frameworks/ok.yaml", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.lines == ["All checks passed (1 framework checked; .github/ci.yml skipped: does not declare "
                         "`ladderlint: 1`)."]
    for name in ("a", "b", "c", "d"):
        write(f"{name}.yml", "on: push\n")
    many = cli("check", "--format", "concise", "a.yml", "b.yml", "c.yml", "d.yml", ".github/ci.yml",
               "frameworks/ok.yaml", cwd=tmp_path)
    assert many.lines == ["All checks passed (1 framework checked; .github/ci.yml, a.yml, b.yml and 2 more files "
                          "skipped: does not declare `ladderlint: 1`)."]
