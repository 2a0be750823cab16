"""`ladderlint check -`: a framework read from standard input, as editors
send an unsaved buffer, named and configured by --stdin-filename."""

from __future__ import annotations

from conftest import MINIMAL

SPACED = MINIMAL.replace("on time", "on  time")  # LL502 at 20:32, the two spaces


def test_check_reads_standard_input(cli):
    run = cli("check", "--format", "concise", "-", stdin=SPACED)
    assert run.exit_code == 0
    assert run.lines[0].startswith("-:20:32: LL502 [warning] 2 spaces in a row")


def test_stdin_filename_names_the_findings_and_finds_the_configuration(cli, write, tmp_path):
    write("repo/.ladderlint.yaml", "severity:\n  LL502: error\n")
    (tmp_path / "elsewhere").mkdir()
    name = str(tmp_path / "repo" / "frameworks" / "unsaved.yaml")  # not on disk yet
    run = cli("check", "--format", "concise", "--stdin-filename", name, "-", stdin=SPACED, cwd=tmp_path / "elsewhere")
    assert run.exit_code == 1
    assert run.lines[0].startswith(f"{name}:20:32: LL502 [error]")


def test_stdin_wins_over_the_file_on_disk(cli, write):
    path = write("f.yaml", MINIMAL)
    run = cli("check", "--format", "concise", "--stdin-filename", str(path), "-", stdin=SPACED)
    assert "LL502" in run.output


def test_fix_writes_the_fixed_framework_to_standard_output(cli, write):
    path = write("f.yaml", SPACED)
    run = cli("check", "--fix", "--stdin-filename", str(path), "-", stdin=SPACED)
    assert run.exit_code == 0
    assert run.output == MINIMAL
    assert "All checks passed" in run.stderr
    assert path.read_text() == SPACED  # the file on disk is not touched


def test_an_empty_or_broken_buffer_is_reported(cli):
    assert cli("check", "-", stdin="").exit_code == 2
    broken = cli("check", "--format", "concise", "-", stdin=MINIMAL.replace("    summary:", "\tsummary:"))
    assert broken.exit_code == 2 and "-:17:1: LL003" in broken.output


def test_stdin_is_the_only_path(cli, write):
    run = cli("check", "-", str(write("f.yaml", MINIMAL)), stdin=MINIMAL)
    assert run.exit_code == 2 and "name no other path" in run.stderr
    assert cli("check", "--stdin-filename", "x.yaml", ".").exit_code == 2


def test_other_yaml_on_standard_input_is_said_to_be_no_framework(cli):
    # `-` has no .yaml suffix, but what it reads is given as YAML: it is
    # skipped for not declaring the format, not for not being YAML.
    run = cli("check", "-", stdin="services:\n  web: {image: nginx}\n")
    assert run.exit_code == 0
    assert run.lines == ["No framework found; nothing checked (- skipped: does not declare `ladderlint: 1`)."]
    required = cli("check", "--require-frameworks", "-", stdin="a: 1\n")
    assert required.exit_code == 2 and "not YAML" not in required.stderr
