"""LL506 and a statement whose first word is a noun that is also a verb,
followed by its own verb: "Work happens ...", "Work doesn't need ...",
"Work tends to ..." describe the work; they are no instructions ("Work
..." to be written "Works ..."), as a design ladder's terse bullets read."""

from __future__ import annotations

import pytest

from rule_helpers import THIRD_PERSON_DESCRIPTIONS as DESCRIPTIONS
from rule_helpers import ll506_messages as messages


@pytest.mark.parametrize("statement", [
    "Work happens completely autonomously within the team",
    "Work doesn't necessarily need a brief to start",
    "Work isn’t reviewed by a lead before release",
    "Work tends to be scoped by the lead",
    "Work seems to flow without a manager's push",
    "Design requires little review from the lead",
])
def test_a_subject_before_its_verb_is_no_instruction(cli, write, statement):
    assert messages(cli, write, [*DESCRIPTIONS, statement]) == []


@pytest.mark.parametrize(("statement", "fix"), [
    # A plural that may be the instruction's object: still read as one.
    ("Test changes before shipping them", "Tests"),
    ("Review designs with peers", "Reviews"),
    ("Mentor engineers on the team", "Mentors"),
])
def test_an_instruction_with_a_plural_object_is_still_one(cli, write, statement, fix):
    found = messages(cli, write, [*DESCRIPTIONS, statement])
    assert len(found) == 1 and f"write '{fix} ...'" in found[0], found


@pytest.mark.parametrize(("statement", "fix"), [
    # A word that is only a verb heads no subject: the verb after its object is a clause's.
    ("Ensure analysis artefacts are of acceptable quality", "Ensures"),
    ("Ensure success can be measured for the feature", "Ensures"),
    # A verb the dictionary knows as nothing else, with a bare object.
    ("Identify risks early in the project", "Identifies"),
    # A verb turning to an object: the plural, or a word of grammar, after "to".
    ("Look to opportunities to support other disciplines", "Looks"),
    ("Look to the data before deciding", "Looks"),
])
def test_an_instruction_whose_first_word_is_only_a_verb_is_one(cli, write, statement, fix):
    found = messages(cli, write, [*DESCRIPTIONS, statement])
    assert len(found) == 1 and f"write '{fix} ...'" in found[0], found


@pytest.mark.parametrize("statement", [
    "Ensures analysis artefacts are of acceptable quality",
    "Ensuring analysis artefacts are of acceptable quality is part of the role",
    "Open to ideas from anyone on the team",
    "Close to the customers the team serves",
    "Go to expert for the squad's services",
    "Further investment in tooling is proposed by them",
])
def test_a_description_or_a_noun_phrase_is_still_no_instruction(cli, write, statement):
    """Near misses: the "-s" form, the "-ing" form, an adjective ("open",
    "close", "further") or a noun ("go-to expert") opening the statement."""
    assert messages(cli, write, [*DESCRIPTIONS, statement]) == []
