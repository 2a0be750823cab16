"""LL1xx rules that the schema cannot express: unique ids."""

from __future__ import annotations

from conftest import MINIMAL

TWO_COMPETENCIES = MINIMAL.replace(
    "      - id: impact\n        name: Impact\n",
    "      - id: impact\n        name: Impact\n      - id: ownership\n        name: Ownership\n",
).replace("        - I deliver my tasks on time\n", "        - I deliver my tasks on time\n      ownership: [I own it]\n")


def _findings(cli, write, text, code):
    path = write("f.yaml", text)
    run = cli("check", "--select", code, "--format", "json", str(path))
    return [(f["line"], f["column"], f["message"]) for f in run.json()["findings"]]


def test_ll110_passes_distinct_ids(cli, write):
    assert _findings(cli, write, TWO_COMPETENCIES, "LL110") == []


def test_ll110_reports_a_level_id_used_twice(cli, write):
    text = MINIMAL + "  - id: IC1\n    title: Engineer II\n    competencies: {impact: [I lead]}\n"
    assert _findings(cli, write, text, "LL110") == [
        (21, 9, "level id 'IC1' is used twice (first by the 1st level, 'Engineer I')")
    ]


def test_ll110_reports_a_statement_id_used_twice(cli, write):
    text = MINIMAL.replace(
        "        - I deliver my tasks on time\n",
        "        - {id: deliver, text: I deliver}\n        - {id: deliver, text: I deliver more}\n",
    )
    assert _findings(cli, write, text, "LL110") == [
        (21, 16, "statement id 'deliver' is used twice (first by the statement 'I deliver' of level 'IC1')")
    ]
