"""`ladderlint import` on a skills matrix whose column beside the levels'
describes each competency, and whose rows under a competency's row fill in
no level but name and describe an example of it (a behaviour, level apart):
the examples are kept in the competency's description, under their names."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported, workbook_file


def described(data) -> dict[str, str | None]:
    return {c["id"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}


@pytest.mark.parametrize("header", ["Description", "What it means", "Definition", "Example behaviours",
                                    "Description / Example Behaviour (draft)"])
def test_example_rows_under_a_competency_go_to_its_description(cli, write, header):
    page = (f"Skill,{header},Junior,Mid,Senior\n"
            "Research,Finding out what users need from the product,Takes notes in interviews,"
            "Runs interviews alone,Plans the research of a whole area\n"
            "Usability sessions,Watches people use a prototype and writes down where they get stuck,,,\n"
            "Survey design,Writes short surveys whose answers can be compared over time,,,\n"
            "Visual craft,Making screens that look and read well,Uses the component library,"
            "Adds components to the library,Owns the library\n")
    data, run = imported(cli, write("skills.csv", page), "--org", "A")
    assert described(data) == {
        "research": "Finding out what users need from the product\n\n"
                    "Usability sessions: Watches people use a prototype and writes down where they get stuck\n\n"
                    "Survey design: Writes short surveys whose answers can be compared over time",
        "visual-craft": "Making screens that look and read well"}
    assert cells(data)["junior"] == {"research": ["Takes notes in interviews"],
                                     "visual-craft": ["Uses the component library"]}
    assert "heading with no statements" not in run.stderr
    assert "'Usability sessions' fills in no level under the row of 'Research'" in run.stderr


def test_example_rows_in_a_workbook(cli, tmp_path):
    path = workbook_file(tmp_path / "matrix.xlsx", ("Skills", [
        ["Competency", "Description / Example behaviour", "Associate", "Senior", "Principal"],
        ["Interaction design", "Designing how a product responds to people", "Follows the patterns in use",
         "Designs new patterns for a product area", "Sets the patterns of every product"],
        ["Prototyping", "Builds clickable prototypes to test a flow before it is specified"],
        [],
        ["Writing", "Making words in the product clear", "Writes labels that fit the style guide",
         "Writes the words of whole flows", "Keeps the style guide"],
        ["Error messages", "Writes error messages that say what happened and what to do next"],
    ]))
    data, _ = imported(cli, path, "--org", "A")
    assert described(data) == {
        "interaction-design": "Designing how a product responds to people\n\n"
                              "Prototyping: Builds clickable prototypes to test a flow before it is specified",
        "writing": "Making words in the product clear\n\n"
                   "Error messages: Writes error messages that say what happened and what to do next"}


def test_described_rows_before_any_competency_are_not_examples(cli, write):
    # Near miss: the first described row with no level's cell comes before any competency's row; such
    # rows are not examples of the competency above them (there is none), and none is invented.
    page = ("Skill,Description,Junior,Mid,Senior\n"
            "Planning and delivery,How work gets from an idea to production,,,\n"
            "Estimation,Saying how long work takes,Estimates own tasks,Estimates a feature,Estimates a project\n"
            "Communication and teamwork,How people work together every day,,,\n"
            "Feedback,Giving and taking feedback,Asks for feedback,Gives feedback,Coaches others on it\n")
    data, _ = imported(cli, write("groups.csv", page), "--org", "A")
    assert described(data)["estimation"] == "Saying how long work takes"
    assert described(data)["feedback"] == "Giving and taking feedback"


@pytest.mark.parametrize("described_as", ["How they grow and manage the people who report to them",
                                          "Growing and managing the people who report to them",
                                          "The people who report to them"])
def test_a_competency_row_left_blank_at_every_level_is_no_example_of_the_row_above(cli, write, described_as):
    """A manager's competency in an IC sheet, left blank: its description
    says what it is about, not what someone does. It stays a competency no
    level describes (reported), and the row above keeps its description."""
    page = ("Competency,Description,Engineer I,Engineer II\n"
            "Delivery,How they ship their work,Delivers tasks with guidance,Delivers features on their own\n"
            f"People management,{described_as},,\n"
            "Craft,The quality of their work,Writes tests for their changes,Designs services for the team\n")
    data, run = imported(cli, write("sheet.csv", page), "--org", "A")
    assert described(data)["delivery"] == "How they ship their work"
    assert "fills in no level under the row of" not in run.stderr
    assert "heading with no statements under it: People management" in run.stderr


@pytest.mark.parametrize("header, example", [
    ("Description", "Conducts user interviews and shares the notes"),
    ("Description", "Regularly runs usability sessions"),
    ("Description / Example behaviour", "Interview notes that others on the team can reuse"),
])
def test_a_row_that_reads_as_an_example_under_a_competency_is_still_one(cli, write, header, example):
    """The near-misses: what the person does, or any text under a column
    whose header names examples, is an example of the competency above."""
    page = (f"Competency,{header},Engineer I,Engineer II\n"
            "Research,Finding out what users need,Takes notes in interviews,Plans the research of an area\n"
            f"Discover user needs,{example},,\n")
    data, run = imported(cli, write("sheet.csv", page), "--org", "A")
    assert described(data) == {"research": f"Finding out what users need\n\nDiscover user needs: {example}"}
    assert "'Discover user needs' fills in no level under the row of 'Research'" in run.stderr
