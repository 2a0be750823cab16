"""Every output format, with exact output; SARIF against the SARIF 2.1.0
structure, JUnit parsed back, GitHub escaping; --output and --statistics."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import MINIMAL, own_framework
from fixing_rule import collapse_spaces  # noqa: F401  (a fixture)
from ladderlint.findings import Finding
from ladderlint.formatters import FORMATTERS, RenderContext
from ladderlint.formatters.github import escape_data, escape_property
from ladderlint.rules import registry
from ladderlint.rules.base import Severity

BROKEN = MINIMAL.replace("    title: Engineer I\n", "")  # LL101 at 15:5, ends 20:1
TWICE = MINIMAL.replace(
    "      - id: impact\n        name: Impact\n",
    "      - id: impact\n        name: Impact\n      - id: impact\n        name: Impact again\n",
)  # LL110 at 14:13-14:19
BOM = b"\xef\xbb\xbf" + MINIMAL.encode()  # LL009 warning at 1:1
LL009 = ("file starts with a UTF-8 byte order mark (an invisible character some editors add); remove it with "
         "`ladderlint check --fix`, or save the file as UTF-8 without it")
LL101 = "level 'IC1' has no 'title'"
LL110 = "competency id 'impact' is used twice (first by competency 'Impact')"
SARIF_SCHEMA = Path(__file__).parent / "sarif-2.1.0-subset.schema.json"


def _own_id(text, name):
    # Each file a framework of its own, or LL306 and LL307 would report them all.
    return own_framework(text, name)


@pytest.fixture
def tree(write, tmp_path):
    write("a/broken.yaml", BROKEN)
    write("a/twice.yaml", _own_id(TWICE, "twice"))
    write("b/bom.yaml", _own_id(BOM.decode("utf-8"), "bom").encode("utf-8"))
    write("b/clean.yaml", MINIMAL)
    return tmp_path


def run_format(cli, tree, fmt, *extra):
    return cli("check", "--format", fmt, *extra, ".", cwd=tree)


def test_text_is_grouped_by_file(cli, tree):
    run = run_format(cli, tree, "text")
    assert run.exit_code == 1
    assert run.output == (
        "a/broken.yaml\n"
        f"  15:5  error    LL101  {LL101}\n"
        "\n"
        "a/twice.yaml\n"
        f"  14:13  error    LL110  {LL110}\n"
        "\n"
        "b/bom.yaml\n"
        f"  1:1  warning  LL009  {LL009} [fixable]\n"
        "\n"
        "Found 3 problems (2 errors, 1 warning); 4 frameworks checked.\n"
        "1 problem can be fixed with `ladderlint check --fix`.\n"
    )


def test_text_aligns_columns_within_a_file_and_marks_fixable_findings(cli, write, tmp_path, collapse_spaces):
    text = TWICE.replace("Delivers well-scoped tasks", "Delivers  well-scoped tasks")
    write("f.yaml", text)
    run = cli("check", "--select", "LL110,LL990", "f.yaml", cwd=tmp_path)
    assert run.output == (
        "f.yaml\n"
        f"  14:13  error    LL110  {LL110}\n"
        "  19:14  warning  LL990  spaces to collapse [fixable]\n"
        "\n"
        "Found 2 problems (1 error, 1 warning); 1 framework checked.\n"
        "1 problem can be fixed with `ladderlint check --fix`.\n"
    )


def test_text_colours_only_when_asked_or_on_a_terminal(cli, tree):
    plain = run_format(cli, tree, "text")
    assert "\033[" not in plain.output  # not a terminal
    coloured = run_format(cli, tree, "text", "--color")
    assert coloured.output.splitlines()[:2] == [
        "\033[1m\033[4ma/broken.yaml\033[0m",
        f"  \033[2m15:5\033[0m  \033[31merror  \033[0m  \033[1mLL101\033[0m  {LL101}",
    ]
    assert "\033[33mwarning\033[0m" in coloured.output


def test_concise_is_one_line_per_finding(cli, tree):
    assert run_format(cli, tree, "concise").output == (
        f"a/broken.yaml:15:5: LL101 [error] {LL101}\n"
        f"a/twice.yaml:14:13: LL110 [error] {LL110}\n"
        f"b/bom.yaml:1:1: LL009 [warning] {LL009}\n"
        "Found 3 problems (2 errors, 1 warning); 4 frameworks checked.\n"
    )


# --- SARIF ---------------------------------------------------------------------------


def test_sarif_validates_and_carries_rule_metadata(cli, tree):
    from jsonschema import Draft4Validator

    from ladderlint import __version__
    from ladderlint.rules.catalogue import ALL_RULES

    run = run_format(cli, tree, "sarif")
    assert run.exit_code == 1
    log = run.json()
    schema = json.loads(SARIF_SCHEMA.read_text())
    Draft4Validator.check_schema(schema)
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=str)
    assert errors == []

    sarif_run = log["runs"][0]
    driver = sarif_run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("ladderlint", __version__)
    assert [r["id"] for r in driver["rules"]] == [rule.code for rule in ALL_RULES]
    ll110 = driver["rules"][[r["id"] for r in driver["rules"]].index("LL110")]
    assert ll110["name"] == "duplicate-id"
    assert ll110["defaultConfiguration"] == {"level": "error"}
    assert ll110["help"]["text"] == registry()["LL110"].docs()
    assert ll110["shortDescription"]["text"] == registry()["LL110"].summary()
    assert ll110["properties"]["tags"] == ["ladderlint", "structure"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    assert sarif_run["invocations"] == [{"executionSuccessful": True}]
    assert sarif_run["results"] == [
        {
            "ruleId": "LL101",
            "level": "error",
            "message": {"text": LL101},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": "a/broken.yaml", "uriBaseId": "%SRCROOT%"},
                    # The level's mapping ends before line 20: to the end of line 19.
                    "region": {"startLine": 15, "startColumn": 5, "endLine": 19},
                },
                "logicalLocations": [{"fullyQualifiedName": "/levels/0", "kind": "element"}],
            }],
            "ruleIndex": [r["id"] for r in driver["rules"]].index("LL101"),
        },
        {
            "ruleId": "LL110",
            "level": "error",
            "message": {"text": LL110},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": "a/twice.yaml", "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": 14, "startColumn": 13, "endLine": 14, "endColumn": 19},
                },
                "logicalLocations": [{"fullyQualifiedName": "/dimensions/0/competencies/1/id", "kind": "element"}],
            }],
            "ruleIndex": [r["id"] for r in driver["rules"]].index("LL110"),
        },
        {
            "ruleId": "LL009",
            "level": "warning",
            "message": {"text": LL009},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": "b/bom.yaml", "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": 1, "startColumn": 1},
                },
            }],
            "ruleIndex": [r["id"] for r in driver["rules"]].index("LL009"),
        },
    ]


def test_sarif_uris_are_relative_and_escaped_and_input_errors_mark_the_run(cli, write, tmp_path):
    write("my frameworks/bad #1.yaml", "ladderlint: 1\nid: [\n")
    log = cli("check", "--format", "sarif", str(tmp_path / "my frameworks"), cwd=tmp_path).json()
    result = log["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "my%20frameworks/bad%20%231.yaml"
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": False}]


def test_sarif_levels_follow_severity_overrides(cli, write, tmp_path):
    write("twice.yaml", TWICE)
    write(".ladderlint.yaml", "severity:\n  LL110: info\n")
    result = cli("check", "--format", "sarif", "twice.yaml", cwd=tmp_path).json()["runs"][0]["results"][0]
    assert result["level"] == "note"


# --- GitHub ------------------------------------------------------------------------


def test_github_workflow_commands(cli, tree):
    assert run_format(cli, tree, "github").output == (
        f"::error file=a/broken.yaml,line=15,col=5,endLine=19,title=LL101 missing-key::{LL101}\n"
        "::error file=a/twice.yaml,line=14,col=13,endLine=14,endColumn=19,title=LL110 duplicate-id::"
        f"{LL110}\n"
        f"::warning file=b/bom.yaml,line=1,col=1,title=LL009 byte-order-mark::{LL009}\n"
    )


def test_github_escaping():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    finding = Finding("dir,x/a:b.yaml", 3, 4, "LL110", "duplicate-id", Severity.INFO, "50%\nof: it, all")
    output = FORMATTERS["github"]([finding], RenderContext())
    assert output == "::notice file=dir%2Cx/a%3Ab.yaml,line=3,col=4,title=LL110 duplicate-id::50%25%0Aof: it, all\n"


# --- JUnit ---------------------------------------------------------------------------


def test_junit_has_a_test_case_per_checked_file(cli, tree, write):
    write("c/unreadable.yaml", "ladderlint: 1\nid: [\n")
    run = run_format(cli, tree, "junit")
    assert run.output.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    root = ET.fromstring(run.output)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "5", "failures": "3", "errors": "1", "skipped": "0"}
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert sorted(cases) == ["a/broken.yaml", "a/twice.yaml", "b/bom.yaml", "b/clean.yaml", "c/unreadable.yaml"]
    assert list(cases["b/clean.yaml"]) == []
    (failure,) = cases["a/broken.yaml"]
    assert (failure.tag, failure.get("type"), failure.get("message")) == (
        "failure", "LL101 missing-key", f"LL101 {LL101}")
    assert failure.text == f"a/broken.yaml:15:5: LL101 [error] {LL101}"
    assert [e.tag for e in cases["c/unreadable.yaml"]] == ["error"]


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold():
    finding = Finding("a&b.yaml", 1, 2, "LL110", "duplicate-id", Severity.ERROR,
                      "<tag> & \"quotes\" 'single' \x0b\x1b end\nsecond line")
    output = FORMATTERS["junit"]([finding], RenderContext(files=("a&b.yaml",)))
    case = ET.fromstring(output).find("testsuite/testcase")
    assert case is not None and case.get("name") == "a&b.yaml"
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == "LL110 <tag> & \"quotes\" 'single' \\x0b\\x1b end\nsecond line"
    assert failure.text == "a&b.yaml:1:2: LL110 [error] <tag> & \"quotes\" 'single' \\x0b\\x1b end\nsecond line"


# --- statistics, --output, determinism ------------------------------------------------------


def test_statistics_text_and_json(cli, write, tmp_path):
    write("a.yaml", _own_id(TWICE, "a"))
    write("b.yaml", _own_id(TWICE, "b"))
    write("c.yaml", BROKEN)
    write("d.yaml", BOM)
    run = cli("check", "--statistics", ".", cwd=tmp_path)
    assert run.exit_code == 1
    assert run.output == (
        "2  LL110  duplicate-id     error\n"
        "1  LL009  byte-order-mark  warning  (1 fixable)\n"
        "1  LL101  missing-key      error\n"
        "Found 4 problems (3 errors, 1 warning); 4 frameworks checked.\n"
    )
    assert cli("check", "--statistics", "--format", "json", ".", cwd=tmp_path).json() == [
        {"code": "LL110", "name": "duplicate-id", "severity": "error", "count": 2, "fixable": 0},
        {"code": "LL009", "name": "byte-order-mark", "severity": "warning", "count": 1, "fixable": 1},
        {"code": "LL101", "name": "missing-key", "severity": "error", "count": 1, "fixable": 0},
    ]
    refused = cli("check", "--statistics", "--format", "sarif", ".", cwd=tmp_path)
    assert refused.exit_code == 2 and "--statistics works with the text, concise and json formats" in refused.stderr


def test_output_writes_the_report_to_a_file(cli, tree):
    run = cli("check", "--format", "sarif", "--output", "report.sarif", "a", cwd=tree)
    assert (run.exit_code, run.output) == (1, "")
    expected = cli("check", "--format", "sarif", "a", cwd=tree).output
    assert (tree / "report.sarif").read_text() == expected
    assert not [p for p in tree.iterdir() if p.name.endswith(".tmp")]
    colourless = cli("check", "-o", "report.txt", "a", cwd=tree)
    assert colourless.exit_code == 1 and "\033[" not in (tree / "report.txt").read_text()


def test_output_to_an_unwritable_place_is_an_error(cli, tree):
    run = cli("check", "--output", "missing-dir/report.txt", "a", cwd=tree)
    assert run.exit_code == 2
    assert run.stderr == "ladderlint: error: cannot write missing-dir/report.txt: No such file or directory\n"


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_every_format_is_deterministic(cli, tree, fmt):
    first = cli("check", "--format", fmt, "b", "a", cwd=tree).output
    second = cli("check", "--format", fmt, "a/twice.yaml", "b", "a", cwd=tree).output
    assert first == second and first


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_no_format_touches_the_network(cli, tree, fmt, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("ladderlint tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert run_format(cli, tree, fmt).exit_code == 1


def test_the_hook_path_stays_light(tree):
    """A plain `ladderlint check` imports no validator for valid files, no
    TOML parser without a pyproject, and no formatter it does not use."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ladderlint.cli import run\n"
        "try:\n"
        "    run(['check', 'b/clean.yaml'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ['jsonschema', 'tomllib', 'tomli', 'xml.etree.ElementTree', 'ladderlint.fixer',\n"
        "         'ladderlint.formatters.sarif']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"
