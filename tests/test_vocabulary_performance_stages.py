"""The levels of proficiency scales common in competency matrices: a
performance scale's stages (Learning < Developing < Performing < Leading)
and a 'Foundational' first step. A stage is an ordinary word of a
competency's name too ('Learning', 'Leading change'): it names a level only
beside other stages, and LL201 judges their order on the importer's ranks."""

from __future__ import annotations

import pytest

from import_helpers import imported
from model_rules_helpers import ONE_DIMENSION, findings

ROWS = [("Ships small tasks with help from the team.", "Writes readable code with tests for their changes."),
        ("Ships features on their own with little help.", "Reviews the code of others carefully."),
        ("Ships projects across the team and unblocks others.", "Designs systems that others build on."),
        ("Leads delivery across several teams.", "Sets the technical standards the group follows.")]


def by_columns(names: list[str]) -> str:
    """A matrix with a column per level named ``names``, a row per competency."""
    rows = [f"| {competency} | " + " | ".join(said[n] for said in ROWS[:len(names)]) + " |"
            for n, competency in enumerate(["Delivery", "Craft"])]
    return "# Ladder\n\n| Competency | " + " | ".join(names) + " |\n|" + " --- |" * (len(names) + 1) + "\n" \
        + "\n".join(rows) + "\n"


def by_rows(names: list[str]) -> str:
    """A table with a row per level named ``names`` in its first column."""
    rows = [f"| {name} | {delivery} | {craft} |" for name, (delivery, craft) in zip(names, ROWS)]
    return "# Ladder\n\n| Level | Delivery | Craft |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"


def by_headings(names: list[str]) -> str:
    """A heading per level named ``names``, its statements under it."""
    return "# Engineer\n\n" + "".join(f"## {name}\n\n- {delivery}\n- {craft}\n\n"
                                      for name, (delivery, craft) in zip(names, ROWS))


STAGES = ["Learning", "Developing", "Performing", "Leading"]
FOUNDATIONAL = ["Foundational", "Intermediate", "Advanced", "Expert"]


@pytest.mark.parametrize("names", [STAGES, STAGES[:3], FOUNDATIONAL])
@pytest.mark.parametrize("layout", [by_columns, by_rows, by_headings])
def test_a_proficiency_scales_levels_import_in_order(cli, write, names, layout):
    data, _ = imported(cli, write("ladder.md", layout(names)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == names


@pytest.mark.parametrize("names", [STAGES, FOUNDATIONAL])
def test_the_imported_ladder_passes_level_order(cli, write, names):
    path = write("ladder.md", by_columns(names))
    out = path.parent / "out.yaml"
    assert cli("import", str(path), "--org", "Acme", "-o", str(out), "--no-check").exit_code == 0
    assert "LL201" not in cli("check", str(out)).output


@pytest.mark.parametrize("text", [
    # A level's page whose competencies are a stage's word, alone or in a name.
    "# Senior Engineer\n\n## Learning\n\n- Reads widely about new tools.\n- Shares what they learn.\n\n"
    "## Leading change\n\n- Proposes improvements to the process.\n- Brings others along.\n\n"
    "## Leading\n\n- Runs the team's planning.\n",
    # Two stages among a level's competencies are no scale.
    "# Senior Engineer\n\n## Learning\n\n- Reads widely about new tools.\n\n"
    "## Leading\n\n- Runs the team's planning.\n\n## Delivery\n\n- Ships projects on time.\n",
])
def test_a_stages_word_as_a_competency_names_no_level(cli, write, text):
    data, _ = imported(cli, write("page.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Senior Engineer"]


def test_two_stages_over_competency_columns_name_no_levels(cli, write):
    text = ("# Ladder\n\n| Level | Learning | Leading | Delivery |\n| --- | --- | --- | --- |\n"
            "| Junior | Reads the team's docs. | Runs a standup. | Ships small tasks with help. |\n"
            "| Senior | Teaches a new tool to others. | Runs the team's planning. | Ships projects on their own. |\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Senior"]


def levels(*titles: str) -> str:
    return ONE_DIMENSION + "levels:\n" + "".join(
        f'  - {{id: x{chr(97 + i)}, title: "{title}", competencies: {{impact: [I deliver]}}}}\n'
        for i, title in enumerate(titles))


@pytest.mark.parametrize("titles, reported", [
    (["Apprentice", "Expert", "Practitioner"], "Practitioner"),
    (["Learning", "Performing", "Developing", "Leading"], "Developing"),
    (["Developing", "Learning", "Performing"], "Learning"),
    (["Foundational", "Advanced", "Intermediate", "Expert"], "Intermediate"),
    (["Intermediate", "Foundational", "Expert"], "Foundational"),
    (["Awareness", "Working", "Expert", "Practitioner", "Leading Expert"], "Practitioner"),
])
def test_level_order_reports_a_proficiency_out_of_order(cli, write, titles, reported):
    result = findings(cli, write, levels(*titles), "LL201")
    assert len(result) == 1 and f"({reported}) is listed after" in result[0]


@pytest.mark.parametrize("titles", [STAGES, FOUNDATIONAL, ["Machine Learning Engineer", "Senior Machine Learning Engineer"]])
def test_level_order_quiet_on_a_proficiency_scale_in_order(cli, write, titles):
    assert findings(cli, write, levels(*titles), "LL201") == []
