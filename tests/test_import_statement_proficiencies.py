"""A proficiency written inside a cell's statement ('Working (3)',
'Practitioner: explains ...', '[Expert] designs ...') is the cell's
proficiency where the framework has a proficiency_scale naming it; the
statement keeps what follows it. Without a scale, or with a word that is
no step of it, the statements stay as written (and the report says so
where the word is a proficiency)."""

from __future__ import annotations

from import_helpers import cells, imported

_HEADER = ("# Data Competencies\n\n| Competency | Associate | Analyst | Senior | Principal |\n"
           "|---|---|---|---|---|\n| Delivery | Ships small tasks with help. | Ships features on their own. "
           "| Leads projects. | Leads programmes. |\n")
_SCALE = "| Research | Awareness | Working | Practitioner | Expert |\n"


def test_ratings_inside_statements_are_the_cells_proficiencies(cli, write):
    row = ("| Modelling | Awareness (1): knows what a model is | Working (2) "
           "| Practitioner: explains model choices to the team | [Expert] designs the modelling approach |\n")
    data, run = imported(cli, write("data.md", _HEADER + _SCALE + row), "--org", "Acme")
    assert data["proficiency_scale"] == ["awareness", "working", "practitioner", "expert"]
    rated = [by_competency["modelling"] for by_competency in cells(data).values()]
    assert rated == [
        {"statements": ["knows what a model is"], "proficiency": "awareness"},
        {"proficiency": "working"},
        {"statements": ["explains model choices to the team"], "proficiency": "practitioner"},
        {"statements": ["designs the modelling approach"], "proficiency": "expert"},
    ]
    assert "4 statements open with a step of the proficiency scale" in run.stderr


def test_words_that_are_no_step_or_no_mark_stay_statements(cli, write):
    # Near-misses: a label that is no step of the scale, a step word going on without a mark
    # ('Working with ...'), 'Expert in' a subject.
    row = ("| Modelling | Communication: explains models | Working with the team on models "
           "| Expert in forecasting | Leads modelling |\n")
    data, run = imported(cli, write("data.md", _HEADER + _SCALE + row), "--org", "Acme")
    assert [by_competency["modelling"] for by_competency in cells(data).values()] == [
        ["Communication: explains models"], ["Working with the team on models"], ["Expert in forecasting"],
        ["Leads modelling"]]
    assert "open with a step of the proficiency scale" not in run.stderr


def test_without_a_scale_ratings_are_reported_not_read(cli, write):
    row = "| Modelling | Awareness (1) | Working: builds models | Practitioner (3) | [Expert] designs models |\n"
    data, run = imported(cli, write("data.md", _HEADER + row), "--org", "Acme")
    assert "proficiency_scale" not in data
    assert cells(data)["analyst"]["modelling"] == ["Working: builds models"]
    assert "4 statements open with a proficiency word, but the framework has no proficiency_scale" in run.stderr


def test_one_cell_naming_two_steps_is_kept(cli, write):
    page = _HEADER + _SCALE + "| Modelling | Awareness: reads models<br>Working: builds models | x | y | z |\n"
    data, run = imported(cli, write("data.md", page), "--org", "Acme")
    assert "proficiency" not in str(cells(data)["associate"]["modelling"])
    assert "different steps of the proficiency scale" in run.stderr


def test_a_rated_statement_keeps_its_links_as_an_unrated_one_does(cli, write):
    """The rating is cut from the statement as written, not from its plain
    words: a link after it is kept (as the import writes a table's links),
    whether the rating is plain, bold (its mark a dash), or bracketed, and a link or emphasis
    opening what follows it is not taken for the rating's markup."""
    row = ("| Modelling | Awareness: reads the [modelling guide](https://example.com/guide) "
           "| **Working** - builds models from [our data](https://example.com/data) "
           "| [Practitioner] *explains* model choices in [reviews](https://example.com/reviews) "
           "| Expert: [designs](https://example.com/approach) the approach |\n")
    unrated = "| Delivery | Reads the [modelling guide](https://example.com/guide) | x | y | z |\n"
    data, _ = imported(cli, write("data.md", _HEADER.replace("| Delivery | Ships small tasks with help. | Ships "
                                                             "features on their own. | Leads projects. | Leads "
                                                             "programmes. |\n", unrated) + _SCALE + row),
                       "--org", "Acme")
    by_level = cells(data)
    as_written = by_level["associate"]["delivery"][0]
    assert as_written.startswith("Reads the modelling guide") and "https://example.com/guide" in as_written
    rated = [by_competency["modelling"] for by_competency in by_level.values()]
    assert rated == [
        {"statements": [as_written.replace("Reads", "reads")], "proficiency": "awareness"},
        {"statements": ["builds models from our data (https://example.com/data)"], "proficiency": "working"},
        {"statements": ["explains model choices in reviews (https://example.com/reviews)"],
         "proficiency": "practitioner"},
        {"statements": ["designs (https://example.com/approach) the approach"], "proficiency": "expert"},
    ]
