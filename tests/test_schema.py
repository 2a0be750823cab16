"""The schema itself, and how its violations are reported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FRAMEWORKS, MINIMAL, ROOT
from ladderlint.schema import SchemaValidator, explain
from ladderlint.schema_file import schema, schema_text

SCHEMA_FILE = ROOT / "schemas" / "framework.schema.json"


def _check_jsonschema() -> list[str]:
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe, "check-jsonschema is a test dependency"
    return [exe]


def test_schema_is_valid_draft_2020_12():
    from jsonschema import Draft202012Validator

    document = json.loads(SCHEMA_FILE.read_text())
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(document)


def test_schema_passes_check_jsonschema_metaschema():
    proc = subprocess.run(
        [*_check_jsonschema(), "--check-metaschema", str(SCHEMA_FILE)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_shipped_framework_passes_an_independent_validator():
    files = sorted(str(p) for p in FRAMEWORKS.glob("*.yaml"))
    assert files, "frameworks/ must hold the seed frameworks"
    proc = subprocess.run(
        [*_check_jsonschema(), "--schemafile", str(SCHEMA_FILE), *files], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_packaged_schema_is_the_schema_file():
    assert schema_text() == SCHEMA_FILE.read_text()


def _walk(node, path=()):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, path + (i,))


def test_every_property_has_a_title_and_description():
    document = schema()
    missing = []
    for path, node in _walk(document):
        if path and path[-1] == "properties":
            for name, prop in node.items():
                has_title = "title" in prop or "$ref" in prop and "title" in _deref(document, prop["$ref"])
                if not (has_title and ("description" in prop)):
                    missing.append("/".join(map(str, path + (name,))))
    assert missing == []


def _deref(document, ref):
    node = document
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def test_cli_schema_prints_the_schema(cli):
    run = cli("schema")
    assert run.exit_code == 0
    assert json.loads(run.output) == json.loads(SCHEMA_FILE.read_text())


def _violations(text: str):
    return [(v.code, v.message) for v in explain(schema(), yaml.safe_load(text))]


def test_minimal_document_is_valid():
    assert SchemaValidator().violations(yaml.safe_load(MINIMAL)) == []


def test_missing_level_id_names_the_level_by_title():
    text = MINIMAL.replace("  - id: IC1\n    title: Engineer I\n", "  - title: Engineer I\n")
    assert _violations(text) == [("LL101", "level #1 ('Engineer I') has no 'id'")]


def test_missing_key_names_the_level_by_id():
    text = MINIMAL.replace("    title: Engineer I\n", "")
    assert _violations(text) == [("LL101", "level 'IC1' has no 'title'")]


def test_a_level_declared_before_it_is_written_is_told_how_to_commit_it():
    """A ladder growing a rung: the level's id and title written, nothing
    under it yet. The message says what makes it valid, and that is so."""
    text = MINIMAL + "  - id: IC2\n    title: Engineer II\n"
    assert _violations(text) == [("LL101", "level 'IC2' has no 'competencies'; for a level not written yet, write "
                                           "`competencies: {}` (LL401 then lists what it lacks)")]
    assert _violations(text + "    competencies: {}\n") == []


def test_unknown_key_suggests_the_right_one():
    text = MINIMAL.replace("    summary:", "    sumary:")
    assert _violations(text) == [("LL102", "level 'IC1' has an unknown key 'sumary' (did you mean 'summary'?)")]


def test_extension_keys_are_allowed():
    assert _violations(MINIMAL + "x-owner-team: people-ops\n") == []


def test_number_where_text_is_expected_says_quote_it():
    text = MINIMAL.replace('version: "1.0.0"', "version: 1.0")
    assert _violations(text) == [("LL103", "'version' must be text, not a number (put the value in quotes)")]


def test_dates_stay_text():
    from ladderlint.loader import load_document

    document = load_document("f.yaml", (MINIMAL + "effective: 2026-01-31\n").encode())
    assert document.data["effective"] == "2026-01-31"
    assert SchemaValidator().violations(document.data) == []


def test_invalid_id_suggests_a_slug():
    text = MINIMAL.replace("      impact:\n", "      Personal growth:\n")
    assert _violations(text) == [
        (
            "LL104",
            "'Personal growth' in 'competencies' of level 'IC1' is not a valid identifier; "
            "use lower-case letters, digits and hyphens, as in 'personal-growth'",
        )
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("id: IC1", "id: Senior Engineer",
         "'Senior Engineer' is not a valid level id for 'id' of level 'Senior Engineer'; use letters, digits, '.', "
         "'_' and '-' (no spaces), starting with a letter or a digit, as in 'Senior-Engineer'"),
        # Nothing of the id can be kept: one made from the level's title.
        ("id: IC1", "id: '#'", "'#' is not a valid level id for 'id' of level '#'; use letters, digits, '.', '_' "
         "and '-' (no spaces), starting with a letter or a digit, as in 'Engineer-I'"),
        # Letters are spelt in ASCII, as the importer makes ids.
        ("id: IC1", "id: Ünïcode Level ✓", "'Ünïcode Level ✓' is not a valid level id for 'id' of level 'Ünïcode "
         "Level ✓'; use letters, digits, '.', '_' and '-' (no spaces), starting with a letter or a digit, as in "
         "'Unicode-Level'"),
        ("- id: impact", "- id: Ünï Café & Co", "'Ünï Café & Co' is not a valid identifier for 'id' of competency "
         "'Ünï Café & Co'; use lower-case letters, digits and hyphens, as in 'uni-cafe-and-co'"),
        ('version: "1.0.0"', 'version: "1.0"', "'1.0' is not a valid framework version for 'version'; use three "
         "numbers joined by dots (MAJOR.MINOR.PATCH), as in '1.0.0'"),
        ('version: "1.0.0"', 'version: "v1"', "'v1' is not a valid framework version for 'version'; use three "
         "numbers joined by dots (MAJOR.MINOR.PATCH), as in '1.0.0'"),
    ],
)
def test_a_value_out_of_form_is_told_the_form_and_a_value_in_it(old, new, message):
    assert _violations(MINIMAL.replace(old, new)) == [("LL104", message)]


def test_one_of_failure_names_the_alternative_meant():
    # A mapping cell is the "details" alternative; its own error is the useful one.
    text = MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n", "      impact:\n        statments: [x]\n")
    assert _violations(text) == [
        ("LL102", "'impact' at level 'IC1' has an unknown key 'statments' (did you mean 'statements'?)")
    ]


def test_one_of_failure_with_no_alternative_lists_them():
    text = MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n", "      impact: 3\n")
    assert _violations(text) == [
        (
            "LL103",
            "'impact' at level 'IC1' must be a list (statements) or a mapping (expectation details), "
            "not a whole number",
        )
    ]


def test_statement_object_errors_are_located_inside_it():
    text = MINIMAL.replace("        - I deliver my tasks on time\n", "        - {text: x, exmaples: [a]}\n")
    assert _violations(text) == [
        ("LL102", "statement 1 of 'impact' at level 'IC1' has an unknown key 'exmaples' (did you mean 'examples'?)")
    ]


def test_empty_statement():
    text = MINIMAL.replace("        - I deliver my tasks on time\n", '        - ""\n')
    assert _violations(text) == [("LL105", "statement 1 of 'impact' at level 'IC1' must not be empty")]


def test_statements_and_not_applicable_conflict():
    text = MINIMAL.replace(
        "      impact:\n        - I deliver my tasks on time\n",
        "      impact:\n        statements: [x]\n        not_applicable: n/a\n",
    )
    assert _violations(text) == [
        ("LL107", "'impact' at level 'IC1' cannot have both 'not_applicable' and 'statements'")
    ]


def test_wrong_format_version():
    text = MINIMAL.replace("ladderlint: 1", "ladderlint: 2")
    assert _violations(text) == [("LL104", "'ladderlint' must be 1, not 2")]


def test_the_format_version_in_quotes_is_told_to_drop_them():
    text = MINIMAL.replace("ladderlint: 1", 'ladderlint: "1"')
    assert _violations(text) == [("LL104", "'ladderlint' must be 1, not '1' (without quotes: ladderlint: 1)")]


def test_one_statement_written_as_text_is_told_to_be_a_list_of_one():
    text = MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n",
                           "      impact: I deliver my tasks on time\n")
    assert _violations(text) == [(
        "LL103", "'impact' at level 'IC1' must be a list (statements) or a mapping (expectation details), not text "
                 "(one statement is a list of one: write it on the next line, indented, as '- I deliver my tasks "
                 "on time')")]


def test_enum_suggests_a_value():
    text = MINIMAL + "voice: first-persn\n"
    assert _violations(text) == [
        (
            "LL104",
            "'voice' must be one of first-person, second-person, third-person, not 'first-persn' "
            "(did you mean 'first-person'?)",
        )
    ]


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: t,
        lambda t: t.replace("ladderlint: 1", "ladderlint: 2"),
        lambda t: t.replace("    title: Engineer I\n", ""),
        lambda t: t.replace("      impact:\n", "      Impact:\n"),
        lambda t: t + "voice: first\n",
        lambda t: t + "owners: [a, a]\n",
        lambda t: t.replace('"1.0.0"', '"1.0"'),
        lambda t: t + "effective: '2026-13-01'\n",
        lambda t: t.replace("        - I deliver my tasks on time\n", "        - {text: x}\n"),
        lambda t: t.replace("        - I deliver my tasks on time\n", "        - {id: Bad Id, text: x}\n"),
    ],
)
def test_fast_validator_agrees_with_jsonschema(edit):
    data = yaml.safe_load(edit(MINIMAL))
    fast_valid = SchemaValidator().violations(data) == []
    assert fast_valid == (explain(schema(), data) == [])


def test_annotated_example_in_the_docs_is_a_clean_framework(cli, tmp_path):
    text = (ROOT / "docs" / "format.md").read_text()
    example = text.split("## A complete annotated example", 1)[1].split("```yaml\n", 1)[1].split("\n```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(example + "\n")
    run = cli("check", "--fail-on", "warning", str(path))
    assert run.exit_code == 0, run.output


def test_generated_validator_matches_the_schema():
    """Regenerate with `python -m ladderlint.schema > src/ladderlint/_schema_validator.py`."""
    import ladderlint
    from ladderlint.schema import validator_source

    # The shipped file, read as text (its checksum of the schema included): a
    # hand edit or a stale generator shows.
    generated = Path(ladderlint.__file__).parent / "_schema_validator.py"
    assert generated.read_text(encoding="utf-8") == validator_source()


def test_validation_does_not_need_fastjsonschema_at_run_time():
    code = (
        "import sys, yaml; from ladderlint.schema import SchemaValidator; "
        f"assert SchemaValidator().violations(yaml.safe_load({MINIMAL!r})) == []; "
        "print('fastjsonschema' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_a_schema_changed_since_the_validator_was_generated_is_the_one_held_to(monkeypatch):
    """The generated validator is used only while its schema is the current
    one: documents are held to a schema changed since (here, to format 2)."""
    from ladderlint import schema_file

    changed = schema()
    changed["properties"]["ladderlint"]["const"] = 2
    monkeypatch.setattr(schema_file, "schema_text", lambda: json.dumps(changed))
    version_1 = yaml.safe_load(MINIMAL)
    version_2 = {**version_1, "ladderlint": 2}
    assert SchemaValidator().violations(version_2) == []
    assert [problem.path for problem in SchemaValidator().violations(version_1)] == [("ladderlint",)]


def test_validation_does_not_change_the_document():
    data = yaml.safe_load(MINIMAL)
    before = json.dumps(data, sort_keys=True)
    assert SchemaValidator().violations(data) == []
    assert json.dumps(data, sort_keys=True) == before  # no defaults written in


def test_alternatives_are_told_apart_by_type():
    """Every anyOf in the schema lists branches of different JSON types, so
    at most one can match and anyOf means exactly what oneOf would. (anyOf
    lets the fast validator stop at the first match: oneOf must try every
    branch, which cost a fifth of a corpus check.)"""
    document = schema()

    def branch_type(branch):
        target = _deref(document, branch["$ref"]) if "$ref" in branch else branch
        assert "type" in target, f"an alternative without a type: {branch}"
        return target["type"]

    found = 0
    for path, node in _walk(document):
        for keyword in ("anyOf", "oneOf"):
            if keyword in node:
                types = [branch_type(b) for b in node[keyword]]
                assert len(set(types)) == len(types), f"{'/'.join(map(str, path))}: {types}"
                found += 1
    assert found >= 2


@pytest.mark.parametrize("tag", ["en", "pt-BR", "ko", "zh-Hans", "zh-Hant-TW", "es-419"])
def test_a_language_is_a_bcp_47_tag(tag):
    assert _violations(MINIMAL + f"language: {tag}\n") == []
    assert SchemaValidator().violations(yaml.safe_load(MINIMAL + f"language: {tag}\n")) == []


@pytest.mark.parametrize("written", ["Portuguese", "pt_BR", "português", "x", "'ko '"])
def test_a_language_not_written_as_a_tag_is_told_the_form(written):
    [(code, message)] = _violations(MINIMAL + f"language: {written}\n")
    assert code == "LL104" and "is not a valid language for 'language'; use a BCP 47 language tag" in message
    assert SchemaValidator().violations(yaml.safe_load(MINIMAL + f"language: {written}\n")) != []
