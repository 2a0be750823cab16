"""LL506 findings of the thirteenth check trial (vorcigernix's developer
ladder, terse third-person bullets): a noun phrase whose first word is
also a verb ("Crunch time in the team") read as an instruction, and
instructions missed whose verb is mostly a noun in the dictionary's counts
but which are joined to other verbs ("Interview prospective candidates and
provide ...", "Support, advocate, and sponsor ...")."""

from __future__ import annotations

import pytest

from rule_helpers import THIRD_PERSON_DESCRIPTIONS as DESCRIPTIONS
from rule_helpers import ll506_messages as messages


@pytest.mark.parametrize("statement", [
    "Crunch time in the team",  # the trial's: "crunch" is mostly a verb in the dictionary's counts
    "Test coverage",
    "Build quality across services",
    "Code quality",
    "Team health",
    "Code quality and test coverage",  # "test" joined, but a noun too
    "Core knowledge of the stack and the product",  # "and the", not a verb
])
def test_a_thing_named_is_no_instruction(cli, write, statement):
    assert messages(cli, write, [*DESCRIPTIONS, statement]) == []


@pytest.mark.parametrize(("statement", "fix"), [
    ("Interview prospective candidates and provide thoughtful evaluations and feedback", "Interviews"),
    ("Support, advocate, and sponsor for others to take leadership", "Supports"),
    ("Review pull requests and suggest improvements", "Reviews"),
    # Near-misses read as before: an object a word of grammar opens, a plural object.
    ("Monitor the outcomes of team's actions", "Monitors"),
    ("Enforce his views on solution", "Enforces"),
    ("Mentor engineers on the team", "Mentors"),
    ("Plan, execute and deliver releases", "Plans"),
])
def test_an_instruction_joined_to_other_verbs_is_reported(cli, write, statement, fix):
    found = messages(cli, write, [*DESCRIPTIONS, statement])
    assert len(found) == 1 and found[0].endswith(f"; write '{fix} ...'"), found


def test_your_in_a_framework_of_instructions_stays_the_readers(cli, write):
    """A framework written as instructions: what may be one keeps its "your"."""
    statements = ["Write tests for every change", "Ship small changes", "Take on a stretch assignment",
                  "Review code in your area", "Test coverage in your area"]
    assert messages(cli, write, statements) == []
