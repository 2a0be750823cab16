"""A legend under a sheet's table that defines the proficiencies its cells
name ('Beginner - Needs help ...' under 'React - Beginner'): the meaning of
the cells' words, read into the framework's glossary, not a note left out."""

from __future__ import annotations

from import_helpers import imported

_TABLE = ("Competency,Engineer I,Engineer II,Engineer III\n"
          "Programming,React - Beginner,React - Intermediate,React - Advanced\n"
          "Delivery,Ships small tasks with help,Ships features on their own,Leads projects across teams\n"
          "\n")


def test_a_legend_of_the_cells_proficiencies_goes_to_the_glossary(cli, write):
    sheet = write("ladder.csv", _TABLE + "Beginner - Needs help to apply it.\n"
                                         "Intermediate - Applies it without support.\n"
                                         "Advanced - Guides others in applying it.\n")
    data, run = imported(cli, sheet, "--org", "Acme")
    assert data["glossary"] == {"Beginner": "Needs help to apply it.",
                                "Intermediate": "Applies it without support.",
                                "Advanced": "Guides others in applying it."}
    assert "not part of the ladder" not in run.stderr


def test_notes_that_define_no_proficiency_stay_notes(cli, write):
    """Near miss: 'Tip - ...' lines under the table name nothing the cells
    rate by: notes, reported as before."""
    sheet = write("ladder.csv", _TABLE + "Tip - Read the guide first.\nOwner - The engineering managers.\n")
    data, run = imported(cli, sheet, "--org", "Acme")
    assert "glossary" not in data
    assert run.stderr.count("a note under the table, after a blank row: not part of the ladder") == 2
