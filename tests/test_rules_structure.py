"""LL1xx rules that the schema cannot express: ids and names."""

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
        (21, 9, "level id 'IC1' is used twice (first at levels/0/id)")
    ]


def test_ll110_reports_a_statement_id_used_twice(cli, write):
    text = MINIMAL.replace(
        "        - I deliver my tasks on time\n",
        "        - {id: deliver, text: I deliver}\n        - {id: deliver, text: I deliver more}\n",
    )
    assert _findings(cli, write, text, "LL110") == [
        (21, 16, "statement id 'deliver' is used twice (first at levels/0/competencies/impact/0/id)")
    ]


def test_ll111_passes_distinct_names(cli, write):
    assert _findings(cli, write, TWO_COMPETENCIES, "LL111") == []


def test_ll111_reports_names_equal_but_for_case_and_spaces(cli, write):
    text = TWO_COMPETENCIES.replace("name: Ownership", 'name: "impact\\u00a0"')
    assert _findings(cli, write, text, "LL111") == [
        (
            15,
            15,
            "competency 'ownership' is named 'impact\\xa0', the same as 'impact' ('Impact') "
            "apart from case and spaces; merge them or rename one",
        )
    ]


def test_ll111_reports_identical_dimension_names(cli, write):
    text = MINIMAL.replace(
        "levels:\n",
        "  - id: results-2\n    name: Results\n    competencies: [{id: other, name: Other}]\nlevels:\n",
    )
    assert _findings(cli, write, text, "LL111") == [
        (15, 11, "dimension 'results-2' has the same name as 'results': 'Results'; merge them or rename one")
    ]
