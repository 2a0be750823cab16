"""A sentence that only says a competency has nothing at a level ("Nothing
at this grade", as Capgemini's grade pages write it): what `check` and
`import` make of it."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported
from model_rules_helpers import IMPACT_AND_MENTORING, findings, one_level

_SAID_IN_WORDS = [
    "Nothing at this grade", "Nothing at this level.", "None at this grade", "Not applicable at this grade",
    "Not expected at this level", "No expectations at this level", "N/A at this level", "n/a for this grade",
    "Not required at this band", "Not expected at this level: first expected at L3", "None yet",
    "Not expected until Senior Engineer",
    # What is not expected, then the word that says so; a pointer to a level after a comma.
    "No involvement expected.", "No contribution required", "Nothing at this grade yet, see Senior Engineer 2",
]

#: Sentences that open with the same words and say what is expected: statements.
_STATEMENTS = [
    "Nothing is shipped without tests", "None of the team's incidents go unreviewed",
    "Not afraid to ask for help at this level", "Takes on nothing without a plan",
    "Not expected to lead projects yet, but leads features",
    "Not required in small projects, writes a design doc for large ones",
    "No involvement expected, but welcome in interviews", "Nothing at this grade yet, but mentors juniors",
]


@pytest.mark.parametrize("said", _SAID_IN_WORDS)
def test_a_sentence_that_only_says_the_competency_does_not_apply_is_reported(cli, write, said):
    assert findings(cli, write, one_level(said), "LL403") == [
        f"18:18: level 'L1' says that competency 'mentoring' does not apply with a statement, '{said}'; "
        "write not_applicable with the reason instead",
    ]


@pytest.mark.parametrize("statement", _STATEMENTS)
def test_a_statement_that_opens_with_nothing_none_or_not_is_an_expectation(cli, write, statement):
    assert findings(cli, write, one_level(statement), "LL403") == []


def test_nothing_at_this_grade_under_two_competencies_and_two_levels_is_no_repeat(cli, write):
    """Capgemini's A2 and A3 say "Nothing at this grade" under two
    competencies: LL403 says what to do; the rules on repeats, whose advice
    ('keep it under the one it belongs to') would mislead, are silent."""
    body = IMPACT_AND_MENTORING + (
        "  - id: A2\n"
        "    title: Level A2\n"
        "    competencies:\n"
        "      impact: [Nothing at this grade]\n"                    # 17
        "      mentoring: [Nothing at this grade]\n"                 # 18
        "  - id: A3\n"
        "    title: Level A3\n"
        "    competencies:\n"
        "      impact: [Ships features]\n"
        "      mentoring: [Nothing at this grade, Nothing at this grade]\n"  # 23
    )
    for code in ("LL515", "LL205", "LL507"):
        assert findings(cli, write, body, code) == [], code
    assert [line.split(" ")[0] for line in findings(cli, write, body, "LL403")] == ["17:15:", "18:18:", "23:18:"]


def test_a_statement_repeated_under_two_competencies_is_still_reported(cli, write):
    body = IMPACT_AND_MENTORING + (
        "  - id: A2\n"
        "    title: Level A2\n"
        "    competencies:\n"
        "      impact: [Nothing is shipped without tests]\n"
        "      mentoring: [Nothing is shipped without tests]\n"
    )
    assert len(findings(cli, write, body, "LL515")) == 1


@pytest.mark.parametrize("written, reason", [
    ("Nothing at this grade", "Nothing at this grade"),
    ("None at this level", "None at this level"),
    ("Not expected at this level: first expected at L3", "First expected at L3"),
    ("Not required at this band - mentoring starts at L3", "Mentoring starts at L3"),
])
def test_import_reads_a_sentence_that_says_nothing_applies_as_not_applicable(cli, write, written, reason):
    page = ("# Acme Ladder\n\n| Competency | L1 | L2 | L3 |\n| --- | --- | --- | --- |\n"
            "| Design | Implements small features. | Writes design docs. | Leads design reviews. |\n"
            f"| Mentoring | {written} | Nothing is shipped without tests | Mentors engineers. |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L1"]["mentoring"] == {"not_applicable": reason}
    assert cells(data)["L2"]["mentoring"] == ["Nothing is shipped without tests"]
