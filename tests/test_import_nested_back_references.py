"""A bullet nested under a statement that refers back to it ('- Participate
in our Engineering community' over '  - Support and encourage others to do
the same.', '  - This includes ...') says nothing without it: it is read
with it, one statement, and the report says so. Nested bullets that say
something of their own ('Helps them grow', an archetype's 'Architect: to
chart a course') stay statements."""

from __future__ import annotations

from import_helpers import cells, imported

PAGE = """\
# Acme Engineering

## Engineer I

- Participate in our Engineering community (SIGs, TAG, etc)
  - Support and encourage others to do the same.
- Writes tested code
  - This includes unit and integration tests.
- Mentors others.
  - Helps them grow their skills.
- I make informed decisions
  - Technical Lead: with my team and stakeholders
  - Architect: to chart a course

## Engineer II

- Leads a project.
"""


def test_a_nested_sentence_that_refers_back_is_read_with_its_statement(cli, write):
    data, run = imported(cli, write("ladder.md", PAGE), "--org", "Acme")
    statements = cells(data)["engineer-i"]["expectations"]
    assert statements[:2] == [
        "Participate in our Engineering community (SIGs, TAG, etc). Support and encourage others to do the same.",
        "Writes tested code. This includes unit and integration tests.",
    ]
    assert "refers back to the bullet over it" in run.stderr
    assert "joined to it: Participate in our Engineering community (SIGs, TAG, etc). Support" in run.stderr


def test_nested_sentences_of_their_own_stay_statements(cli, write):
    data, _ = imported(cli, write("ladder.md", PAGE), "--org", "Acme")
    statements = cells(data)["engineer-i"]["expectations"]
    for own in ("Mentors others.", "Helps them grow their skills.", "I make informed decisions",
                "Technical Lead: with my team and stakeholders", "Architect: to chart a course"):
        assert own in statements
