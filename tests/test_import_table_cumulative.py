"""A table ladder has a cell for every level, each saying what its level
asks on its own: the import writes `cumulative: false`, so that `check`
does not advise leaving a repeated cell empty; but where the document says
its levels build on those below (a note, or a cell 'Same as Intern, plus'),
it keeps what the document says."""

from __future__ import annotations

import pytest

from import_helpers import imported

TABLE = """# Acme Engineering Ladder

| Title | Scope of Influence | Ownership |
| --- | --- | --- |
| Intern | Works on tasks within the team. | Owns their tasks. |
| Associate | Works on tasks within the team. | Owns their tasks. |
| Engineer | {engineer} | Owns features end to end. |
| Senior Engineer | Leads projects across the team. | Owns a service. |
{after}"""


def test_a_table_of_a_row_per_level_stands_on_its_own(cli, write):
    data, run = imported(cli, write("ladder.md", TABLE.format(engineer="Works across two teams.", after="")),
                         "--org", "Acme")
    assert data["cumulative"] is False
    assert "`cumulative: false`" in run.stderr


def test_a_table_of_a_column_per_level_stands_on_its_own(cli, write):
    page = """# Acme Engineering Ladder

| Competency | Junior | Mid | Senior |
| --- | --- | --- | --- |
| Delivery | Ships small tasks. | Ships features. | Ships projects. |
| Ownership | Owns their tasks. | Owns their tasks. | Owns a service. |
"""
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["cumulative"] is False


@pytest.mark.parametrize("engineer, after", [
    ("Same as Associate, plus works across two teams.", ""),
    ("Works across two teams.", "\nNotes: levels are cumulative.\n"),
    ("Works across two teams.", "\nEach level includes the expectations of the levels below it.\n"),
    ("Works across two teams.", "\nWe wanted to show that each level\nencompasses the previous levels.\n"),
])
def test_a_table_whose_document_says_its_levels_build_up_keeps_it(cli, write, engineer, after):
    data, _ = imported(cli, write("ladder.md", TABLE.format(engineer=engineer, after=after)), "--org", "Acme")
    assert data.get("cumulative", True) is True


def test_a_ladder_of_sections_is_left_to_its_default(cli, write):
    page = """# Acme Engineering Ladder

## Junior Engineer

### Delivery

- Ships small tasks.

## Senior Engineer

### Delivery

- Ships projects.
"""
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert "cumulative" not in data


@pytest.mark.parametrize("after", [
    "Expectations at each level are in addition to the level below.",
    "All expectations of lower levels apply.",
    "Higher levels include the expectations of lower levels.",
    "Each level inherits the expectations of the level below it.",
    "Every level builds on the previous one.",
    "Expectations stack: each row adds to the rows above it.",
])
def test_other_words_for_levels_that_build_up_say_it_in_so_many_words(cli, write, after):
    data, run = imported(cli, write("ladder.md", TABLE.format(engineer="Works across two teams.", after=f"\n{after}\n")),
                         "--org", "Acme")
    assert data["cumulative"] is True
    assert "the document says each level includes those below it" in run.stderr


@pytest.mark.parametrize("after", [
    "In addition to shipping, every engineer mentors.",
    "Higher levels of quality are expected over time.",
    "Each level has its own expectations; nothing carries over from the level below.",
])
def test_words_that_only_look_alike_say_nothing_of_the_levels_building_up(cli, write, after):
    data, _ = imported(cli, write("ladder.md", TABLE.format(engineer="Works across two teams.", after=f"\n{after}\n")),
                       "--org", "Acme")
    assert data["cumulative"] is False


def test_a_note_that_levels_are_cumulative_wins_over_rows_repeated_through_three_levels(cli, write):
    page = TABLE.format(engineer="Works on tasks within the team.", after="\nNotes: levels are cumulative.\n")
    data, _ = imported(cli, write("ladder.md", page.replace("Owns features end to end.", "Owns their tasks.")),
                       "--org", "Acme")
    assert data["cumulative"] is True


def test_a_ladder_of_sections_that_says_its_levels_build_up_is_cumulative(cli, write):
    page = """# Acme Engineering Ladder

Each level includes the expectations of the levels below it.

## Junior Engineer

### Delivery

- Ships small tasks.

## Senior Engineer

### Delivery

- Ships projects.
"""
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["cumulative"] is True
