"""A heading that is a competency at the other levels, over bullets, and
holds a table of two columns at one level ('### Craft' over '| Area |
Expectation |'): still that competency there, the table's rows its
statements, each labelled by its first cell; never a dimension of its own
at that level."""

from __future__ import annotations

import pytest

from import_helpers import by_name, imported

LEVELS = {
    "IC1 — Engineer I": "### Craft\n\n- Writes code that is easy to read\n\n### Collaboration\n\n- Asks for help\n",
    "IC2 — Engineer II": "### Craft\n\n- Designs small components\n\n### Collaboration\n\n- Onboards new members\n",
    "IC3 — Senior Engineer": ("### Craft\n\n| Area | Expectation |\n|------|-------------|\n"
                              "| Design | Designs services and their interfaces |\n"
                              "| Quality | Sets the testing strategy for the team |\n\n"
                              "### Collaboration\n\n- Mentors IC1 and IC2 engineers\n"),
}


@pytest.mark.parametrize("order", [list(LEVELS), [*LEVELS][::-1]], ids=["table-last", "table-first"])
def test_a_competency_written_as_a_table_at_one_level(cli, write, order):
    page = "# Engineering Ladder\n\n" + "".join(f"## {title}\n\n{LEVELS[title]}\n" for title in order)
    data, run = imported(cli, write("ladder.md", page))
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == \
        [("Competencies", ["Craft", "Collaboration"])]
    assert by_name(data)["Senior Engineer"]["Craft"] == [
        "Design: Designs services and their interfaces",
        "Quality: Sets the testing strategy for the team",
    ]
    assert "'Craft' is a competency at other levels" in run.stderr


def test_a_heading_over_a_table_at_every_level_stays_a_dimension(cli, write):
    """Where the heading holds a table at each level, its rows are its competencies, as ever."""
    table = "### Craft\n\n| Area | Expectation |\n|---|---|\n| Design | {} |\n| Quality | {} |\n\n"
    page = ("# Engineering Ladder\n\n## IC1 — Engineer I\n\n" + table.format("Designs parts", "Writes tests")
            + "## IC2 — Engineer II\n\n" + table.format("Designs services", "Sets the testing strategy"))
    data, _ = imported(cli, write("ladder.md", page))
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == \
        [("Craft", ["Design", "Quality"])]
