"""Competencies written as parent bullets, a name and a colon over nested
bullets ('- Technical skills:', '- Quality of the code produced:'): sibling
parent bullets of one form are all competencies, however long the name;
none is glued onto each statement under it ('Quality of the code produced:
Fixes bugs') in a competency 'Expectations'. A parent bullet that is a
statement ('Designs systems, such as:') keeps its bullets as examples."""

from __future__ import annotations

from import_helpers import by_name, imported

LADDER = """# Levels

## Junior Developer

- Technical skills:
  - Needs help to write modular code
- {name}
  - Keeps the code as it is or improves it slightly
  - Needs prompting to fix bugs
- Communication:
  - Needs help to manage time

## Senior Developer

- Technical skills:
  - Writes modular, tested code
- {name}
  - Fixes bugs quickly
- Communication:
  - Communicates clearly on technical topics
"""


def test_a_longer_name_among_parent_bullet_names_is_a_competency(cli, write):
    data, _ = imported(cli, write("ladder.md", LADDER.format(name="Quality of the code produced:")), "--org", "Acme")
    said = by_name(data)
    assert said["Junior Developer"]["Quality of the code produced"] == [
        "Keeps the code as it is or improves it slightly", "Needs prompting to fix bugs"]
    assert said["Senior Developer"]["Quality of the code produced"] == ["Fixes bugs quickly"]
    assert not any(c["name"] == "Expectations" for d in data["dimensions"] for c in d["competencies"])


def test_the_same_in_french_with_a_space_before_the_colon(cli, write):
    page = LADDER.replace("Technical skills:", "Compétences techniques :").replace("Communication:", "Communication :")
    data, _ = imported(cli, write("niveaux.md", page.format(name="Qualité du code produit :")), "--org", "Acme")
    said = by_name(data)
    assert said["Junior Developer"]["Qualité du code produit"] == [
        "Keeps the code as it is or improves it slightly", "Needs prompting to fix bugs"]
    assert all(":" not in s for level in said.values() for cell in level.values() for s in cell
               if isinstance(s, str))


def test_a_statement_that_introduces_instances_keeps_them_as_its_examples(cli, write):
    # Near-miss: a sentence ending in ':' among the names is a statement, its bullets its examples.
    data, _ = imported(cli, write("ladder.md", LADDER.format(name="Designs systems, such as:")), "--org", "Acme")
    said = by_name(data)
    cell = next(cell for cell in said["Junior Developer"].values()
                if any(isinstance(s, dict) for s in cell))
    assert {"text": "Designs systems, such as:",
            "examples": ["Keeps the code as it is or improves it slightly", "Needs prompting to fix bugs"]} in cell
    assert "Designs systems" not in said["Junior Developer"]


def test_a_sentence_its_bullets_finish_is_no_competency(cli, write):
    # Near-miss: 'Is expected to:' starts a sentence; it names no competency.
    data, _ = imported(cli, write("ladder.md", LADDER.format(name="Is expected to:")), "--org", "Acme")
    assert not any(c["name"].startswith("Is expected") for d in data["dimensions"] for c in d["competencies"])
