"""LL406 on a template's variable in braces ("{Discriminator}", as
Carvago's career-track pages write it) and on a statement still to write
("Coming soon")."""

from __future__ import annotations

import pytest

from model_rules_helpers import findings, one_level

@pytest.mark.parametrize("statement, slot", [
    ("Mentors engineers in the {Discriminator} guild", "{Discriminator}"),
    ("Represents {team_name} in planning", "{team_name}"),
    ("Speaks for { Company } at conferences", "{ Company }"),
    ("Owns the {productArea} roadmap", "{productArea}"),
    ("Coming soon", "Coming soon"),
    ("To be added.", "To be added"),
    ("(Examples to come)", "Examples to come"),
])
def test_a_template_variable_or_a_statement_still_to_write_is_a_placeholder(cli, write, statement, slot):
    found = findings(cli, write, one_level(statement), "LL406")
    assert len(found) == 1 and f"placeholder '{slot}' left in level 'L1'" in found[0], found


@pytest.mark.parametrize("statement", [
    "Knows when a set such as {a, b} is enough",
    "Writes formulas such as \\frac{a}{b} in LaTeX",
    "Logs `user={name}` in every request",
    "Writes format strings like {name} safely",
    "Sees problems coming soon enough to act",
    "Decides which features are to be added",
])
def test_braces_and_words_of_other_kinds_are_no_placeholder(cli, write, statement):
    assert findings(cli, write, one_level(statement), "LL406") == []
