"""Findings of `check` found wrong or unclear by the eighth check trial: a
misspelt required key read as the key it misspells, and said once; what to
do about a statement YAML read as a key, a value in quotes, an odd space,
curly quotes in the configuration; and a report in JSON or SARIF when the
configuration stops the run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

import ladderlint

STARTER = (Path(ladderlint.__file__).parent / "starter" / "framework.yaml").read_text(encoding="utf-8")
BASE = (STARTER.replace("$$schema", "$schema").replace("${id}", "acme-engineering")
        .replace("${name}", "Acme Engineering Career Framework").replace("${organisation}", "Acme"))


def concise(cli, path: Path) -> list[str]:
    run = cli("check", "--isolated", "--format", "concise", str(path))
    return [line.split(": ", 1)[1] for line in run.output.splitlines() if line.startswith(str(path))]


def edited(old: str, new: str, count: int = 1) -> str:
    assert old in BASE
    return BASE.replace(old, new, count)


def test_the_starter_framework_is_clean(cli, write):
    assert concise(cli, write("f.yaml", BASE)) == []


# --- a misspelt required key ------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "key", "meant"), [
    ("levels:", "Levels:", "Levels", "levels"),
    ("levels:", "level:", "level", "levels"),
    ("dimensions:", "Dimensions:", "Dimensions", "dimensions"),
    ("title: Staff Engineer", "titel: Staff Engineer", "titel", "title"),
    ("title: Staff Engineer", "“title”: Staff Engineer", "“title”", "title"),
    ("  name: Acme", "  nam: Acme", "nam", "name"),
])
def test_a_misspelt_required_key_is_said_once_and_read_as_the_key_it_misspells(cli, write, old, new, key, meant):
    found = concise(cli, write("f.yaml", edited(old, new)))
    assert len(found) == 1, found
    assert f"LL102 [error]" in found[0]
    assert f"unknown key '{key}' (did you mean '{meant}'?)" in found[0]


def test_the_rules_run_on_what_a_misspelt_required_key_holds(cli, write):
    # Read as `levels`, the levels are checked: a level out of order is found.
    text = edited("levels:", "Levels:").replace("  - id: E1\n", "  - id: E1\n    rank: 2\n", 1)
    text = text.replace("  - id: E2\n", "  - id: E2\n    rank: 1\n", 1)
    found = concise(cli, write("f.yaml", text))
    assert any(line.startswith("LL201 ") for line in found), found


def test_a_misspelt_organisation_name_is_no_placeholder_alarm(cli, write):
    found = concise(cli, write("f.yaml", edited("  name: Acme", "  nam: Acme")))
    assert not any("LL406" in line or "LL108" in line for line in found), found


def test_a_key_the_mapping_has_already_is_not_suggested(cli, write):
    found = concise(cli, write("f.yaml", edited("  - id: E3\n", "  - title_id: E3\n")))
    unknown = [line for line in found if "LL102" in line]
    assert unknown and "did you mean 'title'" not in unknown[0], found


# A second spelling of a key the mapping has already is left out: what it
# holds (levels, a level's entries, glossary terms) is missing from what the
# rules read, so the rules that need it whole do not run (no false LL405,
# LL401, LL407), whether the first is misspelt too or written right.
_LEVELS_SPLIT = ("  - id: E2\n", "levles:\n  - id: E2\n")
_ENTRIES_SPLIT = ("      mentoring:\n        - I mentor", "    Competencies:\n      mentoring:\n        - I mentor")


@pytest.mark.parametrize(("edits", "second", "not_run"), [
    ([("levels:                   # lowest first", "Levels:"), _LEVELS_SPLIT], "levles", "LL405"),
    ([_LEVELS_SPLIT], "levles", "LL405"),
    ([("    competencies:\n      execution", "    competences:\n      execution"), _ENTRIES_SPLIT],
     "Competencies", "LL401"),
    ([_ENTRIES_SPLIT], "Competencies", "LL401"),
    ([("glossary:\n", "Glossary:\n  pairing: Two people at one keyboard.\nglosary:\n")], "glosary", "LL407"),
])
def test_a_second_spelling_of_a_key_leaves_out_what_it_holds(cli, write, edits, second, not_run):
    text = BASE
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    found = concise(cli, write("f.yaml", text))
    assert not any(line.startswith(f"{not_run} ") for line in found), found
    notice = [line for line in found if line.startswith("LL108 ")]
    assert len(notice) == 1 and f"'{second}'" in notice[0], found
    assert not_run in notice[0].split("rules not run: ")[1], found


# --- a statement YAML read as a key and something -------------------------------------

@pytest.mark.parametrize(("statement", "said"), [
    ("- Owns:", "ends in ':', so YAML read it as a key and a value; put the statement in quotes: - \"Owns:\""),
    ("- Skills: [Go, Python]",
     "holds ': ', so YAML read it as a key and a list; put the statement in quotes: - \"Skills: [Go, Python]\""),
])
def test_a_one_word_lead_in_is_said_to_need_quotes(cli, write, statement, said):
    path = write("f.yaml", edited("- I lead projects that span several teams and unblock them", statement))
    found = concise(cli, path)
    assert [line for line in found if "LL10" in line and "LL108" not in line] == \
        [f"LL103 [error] statement 1 of 'execution' at level 'E3' {said}"]
    cli("check", "--isolated", "--fix", "--select", "LL103", "--fail-on", "never", str(path))
    assert f"- {said.rsplit('- ', 1)[1]}\n" in path.read_text(encoding="utf-8")


def test_labels_on_two_lines_are_said_to_be_statements_of_their_own(cli, write):
    path = write("f.yaml", edited("- I lead projects that span several teams and unblock them",
                                  "- Leadership: I lead\n            Ownership: I own"))
    found = [line for line in concise(cli, path) if "LL108" not in line]
    assert len(found) == 1 and "LL103" in found[0], found
    assert "('Leadership', 'Ownership')" in found[0] and "statement of its own" in found[0]


# --- a true/false or a number in quotes -------------------------------------------------

@pytest.mark.parametrize(("old", "new", "said"), [
    ("cumulative: true", 'cumulative: "yes"', "(the quotes make it text: remove them, and write cumulative: true)"),
    ("cumulative: true", "cumulative: 'false'", "(the quotes make it text: remove them, and write cumulative: false)"),
    ("  - id: E1\n", '  - id: E1\n    rank: "1"\n', "(the quotes make it text: remove them, and write rank: 1)"),
    ("  - id: E1\n", "  - id: E1\n    rank: “2”\n", "(the quotes make it text: remove them, and write rank: 2)"),
])
def test_a_value_in_quotes_is_said_to_lose_them(cli, write, old, new, said):
    found = [line for line in concise(cli, write("f.yaml", edited(old, new))) if "LL103" in line]
    assert len(found) == 1 and found[0].endswith(said), found


def test_text_where_true_or_false_is_expected_gets_no_quotes_advice(cli, write):
    found = [line for line in concise(cli, write("f.yaml", edited("cumulative: true", 'cumulative: "maybe"')))
             if "LL103" in line]
    assert found and "quotes" not in found[0], found


# --- LL509 says what to do --------------------------------------------------------------

@pytest.mark.parametrize(("odd", "advice"), [
    ("\\t", "replace it with a plain space"),
    ("\\u200b", "delete it"),
])
def test_ll509_says_what_to_do(cli, write, odd, advice):
    path = write("f.yaml", edited("- I write tests for the code I change", f'- "I write{odd} tests"'))
    found = [line for line in concise(cli, path) if "LL509" in line]
    assert len(found) == 1 and found[0].endswith(f"; {advice}"), found


# --- configuration --------------------------------------------------------------------

def test_a_rule_in_curly_quotes_in_the_configuration_is_said_so(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [“LL514”]\n")
    path = write("f.yaml", BASE)
    run = cli("check", "--format", "concise", str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert "curly quotes" in run.stderr and '("LL514")' in run.stderr


def test_a_configuration_error_gives_a_json_report(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [LL999]\n")
    path = write("f.yaml", BASE)
    run = cli("check", "--format", "json", str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert "LL999" in run.stderr
    report = json.loads(run.output)
    assert report["findings"] == []
    (error,) = report["configuration_errors"]
    assert error["file"] == ".ladderlint.yaml" and error["line"] == 1 and "LL999" in error["message"]


@pytest.mark.parametrize(("name", "config", "where", "message"), [
    (".ladderlint.yaml", "ignore: [LL999]\n", (1, 10), "ignore[0]: no rule code starts with 'LL999'"),
    ("pyproject.toml", '[tool.ladderlint]\nignore = ["LL999"]\n', (2, 11),
     "tool.ladderlint.ignore[0]: no rule code starts with 'LL999'"),
    (".ladderlint.yaml", "ignore: [LL999\n", (1, 9), "invalid YAML: "),
])
@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_a_configuration_error_in_a_report_is_not_prefixed_with_its_location(
        cli, write, tmp_path, name, config, where, message, output_format):
    # The report gives the file, line and column in fields of their own; the
    # message says what is wrong, and the key it is about.
    write(name, config)
    path = write("f.yaml", BASE)
    run = cli("check", "--format", output_format, str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert f"{name}:{where[0]}:{where[1]}: {message}" in run.stderr  # the line printed keeps them
    report = json.loads(run.output)
    if output_format == "json":
        (error,) = report["configuration_errors"]
        text, line, column = error["message"], error["line"], error["column"]
    else:
        (notification,) = report["runs"][0]["invocations"][0]["toolConfigurationNotifications"]
        region = notification["locations"][0]["physicalLocation"]["region"]
        text, line, column = notification["message"]["text"], region["startLine"], region["startColumn"]
    assert (line, column) == where
    assert text.startswith(message) and name not in text, text


def test_an_option_at_fault_is_named_in_the_reports_message(cli, write, tmp_path):
    path = write("f.yaml", BASE)
    run = cli("check", "--isolated", "--format", "json", "--select", "LL999", str(path), cwd=tmp_path)
    (error,) = json.loads(run.output)["configuration_errors"]
    assert error["file"] is None and error["message"] == "--select: no rule code starts with 'LL999'"


def test_a_configuration_error_gives_a_sarif_log(cli, write, tmp_path):
    write(".ladderlint.yaml", "ignore: [LL999]\n")
    path = write("f.yaml", BASE)
    out = tmp_path / "report.sarif"
    run = cli("check", "--format", "sarif", "--output", str(out), str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert "LL999" in run.stderr
    log = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((Path(__file__).parent / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
    assert list(Draft4Validator(schema).iter_errors(log)) == []
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolConfigurationNotifications"]
    assert notification["message"]["text"] == "ignore[0]: no rule code starts with 'LL999'"
    assert notification["level"] == "error"
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == ".ladderlint.yaml"
    assert log["runs"][0]["results"] == []


def test_an_unknown_rule_in_curly_quotes_is_not_told_to_be_written_plain(cli, write, tmp_path):
    # Written without the quotes it would still name no rule: that is said first.
    write(".ladderlint.yaml", "ignore: [“LL999”]\n")
    path = write("f.yaml", BASE)
    run = cli("check", "--format", "concise", str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert "no rule code starts with 'LL999' (and the curly quotes" in run.stderr
    assert '("LL999")' not in run.stderr


@pytest.mark.parametrize("key", ["level_notes", "organization_notes", "dimension_notes"])
def test_an_unknown_key_holding_a_text_leaves_the_key_it_is_like_whole(cli, write, key):
    # 'level_notes: see the wiki' is no second spelling of 'levels': no level is missing from what the rules read.
    found = concise(cli, write("f.yaml", f"{BASE}{key}: see the wiki\n"))
    notice = [line for line in found if line.startswith("LL108 ")]
    assert len(notice) == 1 and "rules not run" not in notice[0], found
