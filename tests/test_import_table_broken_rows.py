"""A Markdown table row whose cell's text goes on to the next line, which
opens with no '|' (typed by hand, or a line wrapped by an editor): GitHub
shows that line as a row of its own; the import reads it as the rest of the
cell it breaks, and says so, never losing the text nor making it a row."""

from __future__ import annotations

from import_helpers import cells, imported

AS_ROWS = """\
# Acme ladder

## Delivery

| Level | Expectations |
|---|---|
| Junior | Ships small tasks with help from the team
and asks for review early |
| Mid | Ships features on their own
and reviews the code of others
| Senior | Leads projects across several teams |
"""

AS_COLUMNS = """\
# Acme ladder

| Competency | Junior | Senior |
|---|---|---|
| Delivery | Ships small tasks with help | Leads projects across several
teams and sets their scope |
| Craft | Writes tests for their code | Designs the test strategy of a service |
"""


def test_a_line_without_an_opening_pipe_goes_on_with_the_cell_above(cli, write):
    data, run = imported(cli, write("ladder.md", AS_ROWS), "--org", "Acme")
    by_level = cells(data)
    assert by_level["junior"]["expectations"] == ["Ships small tasks with help from the team and asks for review early"]
    assert by_level["mid"]["expectations"] == ["Ships features on their own and reviews the code of others"]
    assert "table row that names no level" not in run.stderr
    assert "ladder.md:8: review: this line of the table opens with no '|'" in run.stderr
    assert "ladder.md:10: review: this line of the table opens with no '|'" in run.stderr


def test_the_broken_cell_is_the_last_the_row_wrote_not_a_competency(cli, write):
    data, run = imported(cli, write("ladder.md", AS_COLUMNS), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Delivery", "Craft"]
    assert cells(data)["senior"]["delivery"] == ["Leads projects across several teams and sets their scope"]
    assert cells(data)["junior"]["delivery"] == ["Ships small tasks with help"]


def test_the_rest_of_a_broken_cell_may_go_on_to_the_next_cells(cli, write):
    """'| Delivery | Ships small tasks' then 'with help | Leads projects |': the
    first piece ends the broken cell, the next fills the cell after it."""
    text = AS_COLUMNS.replace("| Delivery | Ships small tasks with help | Leads projects across several\n"
                              "teams and sets their scope |",
                              "| Delivery | Ships small tasks\nwith help | Leads projects across several teams |")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["junior"]["delivery"] == ["Ships small tasks with help"]
    assert cells(data)["senior"]["delivery"] == ["Leads projects across several teams"]


def test_a_new_sentence_on_the_next_line_is_a_statement_of_its_own(cli, write):
    text = AS_ROWS.replace("and asks for review early |", "Asks for review early. |")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["junior"]["expectations"] == ["Ships small tasks with help from the team",
                                                     "Asks for review early."]


def test_rows_typed_without_opening_pipes_are_rows(cli, write):
    """Near-misses: a table none of whose rows opens with a pipe, and a row
    that writes every column of the header, are rows of their own."""
    bare = """\
# Acme ladder

## Delivery

Level | Expectations
---|---
Junior | Ships small tasks with help from the team
Senior | Leads projects across several teams
"""
    data, run = imported(cli, write("ladder.md", bare), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Senior"]
    assert "opens with no '|'" not in run.stderr
    whole = AS_ROWS.replace("| Senior | Leads projects across several teams |",
                            "Senior | Leads projects across several teams |")
    data, run = imported(cli, write("whole.md", whole), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Mid", "Senior"]
    assert cells(data)["senior"]["expectations"] == ["Leads projects across several teams"]
