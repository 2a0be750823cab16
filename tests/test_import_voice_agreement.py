"""`import` declares the voice its statements are written in only where
they agree, as `check` (LL506) reads each statement's person: a framework
mostly of instructions with a first-person sentence repeated as
boilerplate gets no `voice`, and its own check never warns about the
import's choice; a framework written in one person keeps it."""

from __future__ import annotations

from import_helpers import imported

MIXED = """# Engineering progression

# Testing

## 1 - Understand

- Understand the test pyramid and where each kind of test fits
- Write unit tests for new code

## 2 - Follow

- I know the basics of the testing tools we use
- Write integration tests for the services you own
- Understand how mocks differ from stubs

# Coding

## 1 - Understand

- Write idiomatic and clean code
- Understand the core libraries of the language

## 2 - Follow

- I know the basics of the language's tooling
- Review code written by your peers
- Refactor code you touch to keep it simple
"""

FIRST = """# Levels

## Junior Engineer

- I write unit tests for my changes
- I ask for help when I am stuck

## Senior Engineer

- I design services my team relies on
- I mentor the engineers on my team
"""


def test_statements_in_several_persons_get_no_voice(cli, write):
    data, run = imported(cli, write("progression.md", MIXED), "--org", "Acme")
    assert "voice" not in data
    assert "`voice` is left out" in run.stderr


def test_the_import_s_own_check_does_not_warn_about_the_voice(cli, write):
    path = write("progression.md", MIXED)
    run = cli("import", str(path), "--org", "Acme", "-o", str(path.parent / "out.yaml"))
    assert "LL506" not in run.output + run.stderr


def test_statements_in_one_person_keep_their_voice(cli, write):
    data, run = imported(cli, write("ladder.md", FIRST), "--org", "Acme")
    assert data["voice"] == "first-person"
    assert "`voice` is left out" not in run.stderr
