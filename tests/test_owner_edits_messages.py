"""What a framework owner who edits YAML by hand, or in a word processor,
is told when an edit goes wrong: what is wrong, where, and what to write
instead, in their words rather than YAML's."""

from __future__ import annotations

import pytest

from conftest import MINIMAL

ITEM = "      impact:\n        - I deliver my tasks on time\n"


def _finding(run) -> str:
    found = [line for line in run.lines if " LL103 " in line]
    assert len(found) == 1, run.output
    return found[0]


@pytest.mark.parametrize("bullet", ["•", "–", "—", "◦"])
def test_a_bullet_from_a_word_processor_is_told_to_be_a_hyphen(cli, write, bullet):
    path = write("f.yaml", MINIMAL.replace(ITEM, f"      impact:\n        {bullet} I deliver my tasks on time\n"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert _finding(run) == (
        f"{path}:20:9: LL103 [error] 'impact' at level 'IC1' must be a list (statements) or a mapping "
        f"(expectation details), not text (an item of a list starts with '- ', a hyphen and a space; '{bullet}' "
        "is a bullet from a word processor, which YAML reads as text: write each item on a line of its own as "
        "'- I deliver my tasks on time')"
    )


def test_a_cell_left_empty_is_told_what_to_write_there(cli, write):
    path = write("f.yaml", MINIMAL.replace(ITEM, "      impact:\n"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert _finding(run) == (
        f"{path}:19:14: LL103 [error] 'impact' at level 'IC1' must be a list (statements) or a mapping "
        "(expectation details), not empty (nothing is written after 'impact:': write its statements on the "
        "lines below it, indented, each starting with '- ', or `not_applicable:` and the reason it is not "
        "assessed here)"
    )


@pytest.mark.parametrize("spelt", ["206", "0206", "shrinking coverage", "Shrinking_Coverage"])
def test_explain_takes_a_rule_by_its_number_or_its_name_in_words(cli, spelt):
    run = cli("explain", spelt)
    assert run.exit_code == 0
    assert run.lines[0] == "LL206 shrinking-coverage (default severity: warning)"


@pytest.mark.parametrize(("typed", "meant"), [("foriegn-brand", "LL301 (foreign-brand)"),
                                              ("LL2O6", "LL206 (shrinking-coverage)")])
def test_explain_of_a_rule_mistyped_says_which_was_meant(cli, typed, meant):
    run = cli("explain", typed)
    assert run.exit_code == 2
    assert f"no rule '{typed}'; did you mean {meant}? run `ladderlint rules` for the list" in run.stderr


def test_a_statement_in_curly_quotes_with_a_colon_is_told_to_use_straight_ones(cli, write):
    # Typed in a word processor: its quotes are not YAML's, and ': ' splits the statement.
    path = write("f.yaml", MINIMAL.replace("- I deliver my tasks on time", "- \u201cDelivery: I deliver on time\u201d"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 1
    assert (f"{path}:20:11: LL103 [error] statement 1 of 'impact' at level 'IC1' holds ': ', so YAML read it as a "
            "key and a value; put the statement in quotes: - \"Delivery: I deliver on time\"") in run.lines


def test_a_summary_in_curly_quotes_with_a_colon_is_told_to_use_straight_ones(cli, write):
    path = write("f.yaml", MINIMAL.replace("summary: Delivers well-scoped tasks",
                                           "summary: \u201cDelivers: well-scoped tasks\u201d"))
    run = cli("check", "--format", "concise", str(path))
    assert run.exit_code == 2
    assert run.lines[0] == (
        f"{path}:17:14: LL003 [error] invalid YAML: the text on line 17 holds ': ', which YAML reads as the end of a "
        "key; put the text in quotes: summary: \"Delivers: well-scoped tasks\"")


def test_check_fix_takes_a_word_processors_quotes_off_a_whole_statement(cli, write):
    path = write("f.yaml", MINIMAL.replace("- I deliver my tasks on time", "- \u201cI deliver my tasks on time\u201d"))
    run = cli("check", "--fix", str(path))
    assert run.exit_code == 0
    assert path.read_text(encoding="utf-8") == MINIMAL


WARNED = MINIMAL.replace("- I deliver my tasks on time", "- I deliver my  tasks on time")  # LL502, a warning


def test_a_check_failed_by_warnings_says_which_setting_made_it_fail(cli, write, tmp_path):
    write(".ladderlint.yaml", "fail-on: warning\n")
    write("f.yaml", WARNED)
    run = cli("check", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 1
    assert run.stderr == (
        "ladderlint: note: the check fails on 1 warning and no error, as `fail-on: warning` in .ladderlint.yaml "
        "asks; with `fail-on: error`, the default, only errors fail it\n")
    run = cli("check", "--fail-on", "info", "f.yaml", cwd=tmp_path)
    assert run.exit_code == 1
    assert "as --fail-on info asks" in run.stderr


def test_a_check_failed_by_an_error_or_passed_says_nothing_of_its_setting(cli, write, tmp_path):
    write(".ladderlint.yaml", "fail-on: warning\n")
    write("f.yaml", WARNED.replace("- I deliver", "- I I deliver"))  # LL501, an error
    run = cli("check", "f.yaml", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (1, "")
    run = cli("check", "--fail-on", "error", "f.yaml", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (1, "")
    write("f.yaml", WARNED)
    run = cli("check", "--fail-on", "error", "f.yaml", cwd=tmp_path)
    assert (run.exit_code, run.stderr) == (0, "")


def test_the_format_version_in_curly_quotes_is_told_to_drop_them(cli, write):
    path = write("f.yaml", MINIMAL.replace("ladderlint: 1", "ladderlint: \u201c1\u201d"))
    run = cli("check", "--format", "concise", str(path))
    assert f"{path}:1:13: LL104 [error] 'ladderlint' must be 1, not '\u201c1\u201d' (without quotes: ladderlint: 1)" \
        in run.lines


NOT_READ = ("is not read: ladderlint reads its configuration from .ladderlint.yaml (with the dot; YAML), or from "
            "[tool.ladderlint] in pyproject.toml\n")


@pytest.mark.parametrize(("name", "text"), [("ladderlint.toml", 'fail-on = "warning"\n'),
                                            ("ladderlint.yaml", "fail-on: warning\n"),
                                            (".ladderlint.toml", "ignore = []\n")])
def test_a_configuration_under_a_name_ladderlint_does_not_read_is_said_to_be_ignored(cli, write, tmp_path, name,
                                                                                    text):
    write(name, text)
    write("frameworks/f.yaml", WARNED)
    run = cli("check", "frameworks/f.yaml", cwd=tmp_path)
    assert run.exit_code == 0  # its fail-on is not applied
    assert run.stderr == f"ladderlint: warning: {name} {NOT_READ}"


def test_yaml_named_ladderlint_that_is_no_configuration_is_not_spoken_of(cli, write, tmp_path):
    # The GitHub workflow the README shows, and a framework saved as ladderlint.yaml.
    write(".github/workflows/ladderlint.yml", "name: ladderlint\non: [pull_request]\njobs: {}\n")
    write("ladderlint.yaml", WARNED)
    write(".ladderlint.yaml", "fail-on: error\n")
    run = cli("check", "ladderlint.yaml", ".github/workflows/ladderlint.yml", cwd=tmp_path)
    assert "is not read" not in run.stderr
