"""A list after 'Promotion to Level 2 requires:' under a level says what
promotion to the next level takes, not what this level expects: it is kept
in the level's description, lead-in and all, and a `check` entry asks a
person where it goes. A lead-in that opens with a verb ('Demonstrates:',
'Consistently shows:') starts the sentence of each bullet under it: no
competency of its own. Near misses keep their reading: a lead-in that names
the bullets ('Responsibilities:'), and a statement that speaks of others'
promotions."""

from __future__ import annotations

import pytest

from import_helpers import imported

PAGE = """# Acme Engineering Levels

## Level 1 - Guided Contributor

Scope: well-defined tasks within a team.

{lead}

- Delivers assigned work reliably with guidance.
- Produces maintainable work aligned with standards.

{promotion}
- Owns moderately complex work on their own.
- Needs less step-by-step direction.

## Level 2 - Independent Owner

Scope: features and services.

{lead}

- Scopes and delivers moderately complex work.
- Anticipates and mitigates local risks.
"""


def _statements(level) -> list[str]:
    return [s for cell in level["competencies"].values() for s in cell]


@pytest.mark.parametrize("promotion", [
    "Promotion to Level 2 requires:",
    "To be promoted to Level 2:",
    "Moving to Level 2:",
    "Criteria for promotion to Level 2:",
    "To progress to the next level:",
    "Promotion criteria:",
])
def test_what_promotion_takes_is_described_not_expected(cli, write, promotion):
    page = PAGE.format(lead="Demonstrates:", promotion=promotion)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    first = data["levels"][0]
    assert "Owns moderately complex work on their own." not in _statements(first)
    said = promotion.rstrip(":")
    assert first["description"] == (f"{said}:\n- Owns moderately complex work on their own.\n"
                                    "- Needs less step-by-step direction.")
    assert f"review: the list after '{promotion}' says what promotion takes" in run.stderr
    assert "Owns moderately" not in "".join(_statements(data["levels"][1]))


@pytest.mark.parametrize("lead", ["Demonstrates:", "Consistently shows:", "Exhibits:", "Can:"])
def test_a_verb_lead_in_is_no_competency(cli, write, lead):
    page = PAGE.format(lead=lead, promotion="Promotion to Level 2 requires:")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Expectations"]
    assert _statements(data["levels"][0]) == ["Delivers assigned work reliably with guidance.",
                                              "Produces maintainable work aligned with standards."]
    assert f"not placed: lead-in to the list after it, whose bullets are the statements: {lead}" in run.stderr


@pytest.mark.parametrize("lead", ["Responsibilities:", "Demonstrated skills:", "Results:"])
def test_a_lead_in_that_names_the_bullets_is_their_competency(cli, write, lead):
    """Near miss: a name over the bullets is their competency, as before."""
    page = PAGE.format(lead=lead, promotion="")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == [lead.rstrip(":")]


@pytest.mark.parametrize("promotion", ["Supports the promotion of their reports by:", "Advocates for:"])
def test_a_statement_about_others_promotions_is_no_promotion_list(cli, write, promotion):
    """Near miss: a lead-in about others' promotion is not one about this level's."""
    page = PAGE.format(lead="Responsibilities:", promotion=promotion)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert "says what promotion takes" not in run.stderr
    assert "description" not in data["levels"][0]


def test_what_promotion_takes_under_a_competency_is_described(cli, write):
    page = """# Acme Engineering Levels

## Level 1 - Guided Contributor

### Delivery

- Delivers assigned work reliably with guidance.

Promotion to Level 2 requires:

- Owns moderately complex work on their own.

## Level 2 - Independent Owner

### Delivery

- Scopes and delivers moderately complex work.
"""
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    first = data["levels"][0]
    assert _statements(first) == ["Delivers assigned work reliably with guidance."]
    assert first["description"] == "Promotion to Level 2 requires: Owns moderately complex work on their own."
    assert "says what promotion takes" in run.stderr
