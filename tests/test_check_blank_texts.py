"""A text of white space alone (`- " "`, a lone no-break space) is as blank
as an empty one, and `check` reports it as it reports the empty form: the
new-user trial found `- " "` passing with a warning about a leading space."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT

#: White space as the schema and LL503 count it: a text of these alone is blank.
BLANKS = [" ", "   ", "\t", "\u00a0", "\u200b", "\u3000", "\ufeff", "\u2060", " \u00a0\t", "\u202f"]

#: Every kind of text the schema requires non-empty, as (what replaces what in MINIMAL, the subject of the message).
FIELDS = {
    "statement": ("        - I deliver my tasks on time\n", '        - "{}"\n', "statement 1 of 'impact' at level 'IC1'"),
    "example": ("        - I deliver my tasks on time\n", '        - {{text: I deliver, examples: ["{}"]}}\n',
                "example 1 of statement 1 of 'impact' at level 'IC1'"),
    "statement text": ("        - I deliver my tasks on time\n", '        - {{text: "{}"}}\n',
                       "'text' of statement 1 of 'impact' at level 'IC1'"),
    "summary": ("    summary: Delivers well-scoped tasks\n", '    summary: "{}"\n', "'summary' of level 'IC1'"),
    "reason": ("      impact:\n        - I deliver my tasks on time\n", '      impact:\n        not_applicable: "{}"\n',
               "'not_applicable' of 'impact' at level 'IC1'"),
    "competency name": ("        name: Impact\n", '        name: "{}"\n', "'name' of competency 'impact'"),
    "dimension name": ("    name: Results\n", '    name: "{}"\n', "'name' of dimension 'results'"),
    "description": ("        name: Impact\n", '        name: Impact\n        description: "{}"\n',
                    "'description' of competency 'impact'"),
    "framework name": ("name: Acme Engineering Career Framework\n", 'name: "{}"\n', "'name'"),
    "organisation name": ("  name: Acme\n", '  name: "{}"\n', "'name' of the organisation"),
    "level title": ("    title: Engineer I\n", '    title: "{}"\n', "'title' of level 'IC1'"),
}


def _findings(cli, write, text: str) -> list[tuple[str, str]]:
    path = write("f.yaml", text)
    run = cli("check", "--format", "json", "--no-config", str(path))
    return [(f["code"], f["message"]) for f in run.json()["findings"] if f["code"] != "LL108"]


def _escaped(blank: str) -> str:
    """``blank`` inside YAML double quotes, every character escaped."""
    return "".join(f"\\u{ord(c):04x}" for c in blank)


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_a_blank_text_is_reported_as_the_empty_one_is(cli, write, field):
    old, new, subject = FIELDS[field]
    assert old in MINIMAL
    empty = _findings(cli, write, MINIMAL.replace(old, new.format(""), 1))
    assert ("LL105", f"{subject} must not be empty") in empty
    for blank in BLANKS:
        found = _findings(cli, write, MINIMAL.replace(old, new.format(_escaped(blank)), 1))
        # The same findings as the empty form, the LL105 saying what the blank holds; no LL503 beside it.
        assert [code for code, _ in found] == [code for code, _ in empty], (field, blank, found)
        said = [message for code, message in found if code == "LL105" and message.startswith(subject)]
        assert said and said[0].startswith(f"{subject} must not be empty: it is blank, holding only "), said


def test_the_blank_says_which_white_space_it_holds(cli, write):
    text = MINIMAL.replace("        - I deliver my tasks on time\n", '        - "\\u00a0"\n')
    assert _findings(cli, write, text) == [(
        "LL105",
        "statement 1 of 'impact' at level 'IC1' must not be empty: it is blank, holding only "
        "non-breaking space (U+00A0)",
    )]


def test_a_blank_reason_leaves_an_empty_cell_as_an_empty_reason_does(cli, write):
    text = MINIMAL.replace("        - I deliver my tasks on time\n", '        not_applicable: " "\n')
    assert [code for code, _ in _findings(cli, write, text)] == ["LL405", "LL403", "LL105"]


def test_a_blank_summary_is_a_missing_summary_as_an_empty_one_is(cli, write):
    text = MINIMAL.replace("    summary: Delivers well-scoped tasks\n", '    summary: "\\u00a0"\n')
    assert [code for code, _ in _findings(cli, write, text)] == ["LL404", "LL105"]


@pytest.mark.parametrize("term", ['""', '" "', '"\\u00a0"'])
def test_a_blank_glossary_term(cli, write, term):
    text = MINIMAL + f"glossary:\n  {term}: A term\n"
    found = _findings(cli, write, text)
    assert [code for code, _ in found] == ["LL105"]
    assert found[0][1].startswith("a key of 'glossary' must not be empty")


@pytest.mark.parametrize("near_miss", [" I deliver", "I deliver\u00a0", "\u200bI", "-", "."])
def test_text_with_something_written_is_not_blank(cli, write, near_miss):
    """A text with one character that is not white space is written: LL503
    reports the spaces around it, as before, and LL105 says nothing."""
    text = MINIMAL.replace("        - I deliver my tasks on time\n", f'        - "{_escaped(near_miss)}"\n')
    codes = [code for code, _ in _findings(cli, write, text)]
    assert "LL105" not in codes
    assert ("LL503" in codes) == (near_miss.strip("\u00a0\u200b ") != near_miss)


def test_check_fix_leaves_a_blank_statement_to_the_author(cli, write):
    path = write("f.yaml", MINIMAL.replace("        - I deliver my tasks on time\n", '        - " "\n'))
    run = cli("check", "--fix", "--no-config", str(path))
    assert run.exit_code == 1
    assert '- " "' in path.read_text()


def test_an_independent_validator_refuses_a_blank_text_by_the_schema_alone(write):
    """Editors and other tools read the schema itself, not ladderlint's
    messages: the schema says a text of white space alone is not one."""
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe, "check-jsonschema is a test dependency"
    schema_file = ROOT / "schemas" / "framework.schema.json"
    blank = write("blank.yaml", MINIMAL.replace("        - I deliver my tasks on time\n", '        - "\\u00a0 "\n'))
    written = write("written.yaml", MINIMAL.replace("        - I deliver my tasks on time\n", '        - " I deliver"\n'))
    for path, refused in ((blank, True), (written, False)):
        proc = subprocess.run([exe, "--schemafile", str(schema_file), str(path)], capture_output=True, text=True)
        assert (proc.returncode != 0) == refused, proc.stdout + proc.stderr


@pytest.mark.parametrize("written, said", [
    ('""', "the text after 'impact:' is empty"),
    ('" "', "the text after 'impact:' is blank, white space alone"),
    ("", "nothing is written after 'impact:'"),
])
def test_an_empty_text_for_a_cell_is_told_what_to_write(cli, write, written, said):
    text = MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n", f"      impact: {written}\n")
    found = [message for code, message in _findings(cli, write, text) if code == "LL103"]
    assert len(found) == 1
    assert f"({said}: write its statements on the lines below it, indented, each starting with '- ', or " \
           "`not_applicable:` and the reason it is not assessed here)" in found[0]
