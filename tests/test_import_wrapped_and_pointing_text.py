"""`ladderlint import`: text that is not an expectation of its own — a
closing sentence that sends the reader to another document, the second line
of a cell wrapped after a dash or before joining words in brackets — is not
imported as a statement."""

from __future__ import annotations

from import_helpers import cells, imported

_PARAGRAPHS = """\
# Ladder

## Junior

Writes tested code for small tasks.

Asks for help when blocked.

## Senior

Leads the design of projects.

Mentors the engineers of the team.

{closing}

## Next Steps

- [Leveling](./04-leveling.md)
"""


def test_a_closing_pointer_to_another_document_is_no_statement(cli, write):
    text = _PARAGRAPHS.format(closing="For detailed descriptions of each pillar and examples, see the complete "
                                      "Portuguese version.")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--report", "-")
    assert cells(data)["senior"]["expectations"] == ["Leads the design of projects.",
                                                     "Mentors the engineers of the team."]
    assert "not placed: a pointer to another document after the statements of 'Senior'" in run.output


def test_a_closing_pointer_under_a_competency_is_no_statement(cli, write):
    text = ("# Ladder\n\n## Junior\n\n### Craft\n\n- Writes tested code.\n\nSee the full guide for examples of each "
            "expectation.\n\n## Senior\n\n### Craft\n\n- Leads the design of projects.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--report", "-")
    assert cells(data)["junior"]["craft"] == ["Writes tested code."]
    assert "a pointer to another document after the statements of 'Craft'" in run.output


def test_a_closing_statement_about_documents_stays_a_statement(cli, write):
    # Near-miss: work done with a document is an expectation, not a pointer to one.
    text = _PARAGRAPHS.format(closing="Keeps the team's design guide up to date.")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["senior"]["expectations"][-1] == "Keeps the team's design guide up to date."


_SHEET = 'Competency,Engineer I,Engineer II\nProgramming,Javascript - intermediate,"{cell}"\n' \
         'Testing,Writes unit tests,Writes integration tests\n'


def test_a_sheet_cell_wrapped_after_a_dash_is_one_statement(cli, write):
    data, _ = imported(cli, write("ladder.csv", _SHEET.format(cell="Javascript -\nIntermediate")), "--org", "Acme")
    assert cells(data)["engineer-ii"]["programming"] == ["Javascript - Intermediate"]


def test_a_sheet_cell_of_two_lines_stays_two_statements(cli, write):
    # Near-miss: two lines each saying one thing are two statements, as before.
    data, _ = imported(cli, write("ladder.csv", _SHEET.format(cell="Writes Javascript\nReviews React code")),
                       "--org", "Acme")
    assert cells(data)["engineer-ii"]["programming"] == ["Writes Javascript", "Reviews React code"]


_BROKEN = """\
# Acme ladder

## Influence

| Level | Expectations |
|---|---|
| Junior | Team (5-15). Emergent skills across multiple teams
{below} |
| Senior | Leads projects across several teams |
"""


def test_a_markdown_cell_going_on_with_joining_words_in_brackets_is_one_statement(cli, write):
    data, _ = imported(cli, write("ladder.md", _BROKEN.format(below="(AND / OR) You are the tech lead")),
                       "--org", "Acme")
    assert cells(data)["junior"]["expectations"] == [
        "Team (5-15). Emergent skills across multiple teams (AND / OR) You are the tech lead"]


def test_a_markdown_cell_broken_before_a_new_sentence_stays_two(cli, write):
    # Near-miss: the line below starts a sentence of its own (the rule for any break in a cell).
    data, _ = imported(cli, write("ladder.md", _BROKEN.format(below="You are the tech lead.")), "--org", "Acme")
    assert cells(data)["junior"]["expectations"] == ["Team (5-15). Emergent skills across multiple teams",
                                                     "You are the tech lead."]
