"""`ladderlint import`: a sheet's row that only names a group ('Technical,,,')
after rows of no group groups the filled rows below it; a run of blank rows,
or one over a single row, are competencies not filled in yet, as before."""

from __future__ import annotations

from import_helpers import imported

_HEADER = "Competency,Engineer I,Engineer II,Senior Engineer\n"
_SCOPE = "Scope of Influence,Self,Project,Team\n"
_GROUP = "Technical,,,\n"
_ROWS = ("Code quality,Writes readable code with help,Writes readable code unaided,Sets the code standards\n"
         "Testing,Writes unit tests when asked,Writes tests for all changes,Designs the test strategy\n")


def _dimensions(data):
    return [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]]


def test_a_group_row_after_ungrouped_rows_is_a_dimension(cli, write):
    data, run = imported(cli, write("ladder.csv", _HEADER + _SCOPE + _GROUP + _ROWS), "--org", "Acme")
    assert _dimensions(data) == [("Competencies", ["Scope of Influence"]), ("Technical", ["Code quality", "Testing"])]
    assert "fills in no level" not in run.stderr


def test_a_group_row_first_is_a_dimension_as_before(cli, write):
    data, _ = imported(cli, write("ladder.csv", _HEADER + _GROUP + _ROWS), "--org", "Acme")
    assert _dimensions(data) == [("Technical", ["Code quality", "Testing"])]


def test_a_blank_row_over_one_filled_row_stays_a_competency(cli, write):
    # Near-miss: a competency not filled in yet, between filled ones.
    rows = _HEADER + _SCOPE + "Leadership,,,\n" + _ROWS.splitlines(keepends=True)[0]
    data, run = imported(cli, write("ladder.csv", rows), "--org", "Acme")
    assert _dimensions(data) == [("Competencies", ["Scope of Influence", "Leadership", "Code quality"])]
    assert "the row of 'Leadership' fills in no level" in run.stderr


def test_a_run_of_blank_rows_stays_competencies(cli, write):
    # Near-miss: two blank rows one after the other are competencies not filled in yet.
    rows = _HEADER + _SCOPE + "Leadership,,,\nStakeholders,,,\n" + _ROWS
    data, _ = imported(cli, write("ladder.csv", rows), "--org", "Acme")
    assert _dimensions(data) == [("Competencies", ["Scope of Influence", "Leadership", "Stakeholders",
                                                   "Code quality", "Testing"])]
