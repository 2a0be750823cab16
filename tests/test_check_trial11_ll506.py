"""LL506 findings missed by the eleventh check trial, on real public
frameworks (Monzo's executive support, Artsy's ladders): "your" in a noun
phrase whose first word is also a verb ("Key contributor to ... your
executive"), and instructions pasted among third-person statements whose
verb the framework never writes in "-s" ("Translate product specs ..."),
or whose descriptions start with "Can ..." and "Able to ..." as often as
with a verb in "-s"."""

from __future__ import annotations

import pytest

from rule_helpers import THIRD_PERSON_DESCRIPTIONS as DESCRIPTIONS
from rule_helpers import ll506_messages as messages


@pytest.mark.parametrize("statement", [
    "Key contributor to company goals relevant to your executive",
    "Point of contact for your exec's team",
    "Go to person for your exec's team",
    "Power user of your team's tools",
    "Main contributor to company goals relevant to your executive",
])
def test_your_in_a_noun_phrase_among_descriptions_is_reported(cli, write, statement):
    found = messages(cli, write, [*DESCRIPTIONS, statement])
    assert len(found) == 1 and found[0].startswith("'your' in a third person framework"), found


@pytest.mark.parametrize(("statement", "fix"), [
    ("Translate product/design specs into technical tasks", "Translates"),  # a verb the framework never conjugates
    ("Set up process around communication for the team, and manage implementation", "Sets"),
    ("Effectively push back to others to protect the team's time", "pushes"),  # after an adverb
    ("Help dissolve tension when it arises", "Helps"),
    ("Understand the executive's key responsibilities", "Understands"),  # the framework says "Understands"
])
def test_an_instruction_among_descriptions_is_reported_without_its_s_form_elsewhere(cli, write, statement, fix):
    found = messages(cli, write, [*DESCRIPTIONS, "Understands and adapts to the team's style", statement])
    assert len(found) == 1 and found[0].endswith(f"; write '{fix} ...'"), found


def test_an_instructions_your_is_reported_with_it_once(cli, write):
    found = messages(cli, write, [*DESCRIPTIONS, "Test your changes before they are merged",
                                  "Build knowledge of the teams your exec is responsible for"])
    assert found == [
        "'Test ...' reads as an instruction in a third person framework (\"Delivers ...\"): 'Test your changes "
        "before the…'; write 'Tests ...', and reword 'your' in the third person",
        # "Build knowledge of ...", a verb the framework never conjugates before a phrase that may be a
        # noun's ("Track record of ..."): its "your" is the slip said.
        "'your' in a third person framework (\"Delivers ...\"): '… knowledge of the teams your exec is responsible "
        "for'; reword it in the third person",
    ]


# Monzo's way: a few verbs in "-s", more "Can ..." and "Able to ...", and
# instructions fewer than all of those.
MIXED = ["Understands the executive's style", "Owns projects in the executive's area", "Gives talks on the role",
         "Can organise travel", "Can work across timezones", "Can review expenses", "Can create an inbox system",
         "Able to support several executives", "Able to organise diaries"]


def test_descriptions_with_a_modal_or_able_to_outnumber_instructions(cli, write):
    instructions = ["Translate specs into tasks", "Suggest resource allocation for the team",
                    "Manage and coach engineering managers"]
    found = messages(cli, write, [*MIXED, *instructions])
    assert [m.rsplit("write '", 1)[1].split(" ")[0] for m in found] == ["Translates", "Suggests", "Manages"], found


@pytest.mark.parametrize("statement", [
    "Mature handling of crises",  # an adjective that is also a verb
    "Evidence or feedback exists to prove it",  # a noun that is also a verb
    "Clear communication with stakeholders",
    "Track record of delivering results",
    "Key contributor to company goals",  # a compound noun, a role
    "Power user of all internal tools",
    "Point of contact for the executive's team",
    "Can review expenses",
    "Able to seamlessly organise all travel",
    "Code that is easy to read and change",  # "that" opens a clause, not an object
])
def test_a_noun_phrase_or_a_description_among_descriptions_is_not_reported(cli, write, statement):
    assert messages(cli, write, [*DESCRIPTIONS, statement]) == []


def test_a_framework_written_as_instructions_keeps_their_your(cli, write):
    # Instructions as many as the descriptions: a list of suggestions, whose "your" is the reader's.
    suggestions = ["Take on a stretch assignment in your area", "Run productive team meetings",
                   "Present your work at a demo", "Delivers features alone"]
    assert messages(cli, write, suggestions) == []
    # A noun phrase among them is no suggestion: its "your" is still the slip.
    found = messages(cli, write, [*suggestions, "Key contributor to goals relevant to your executive"])
    assert len(found) == 1 and found[0].startswith("'your' in a third person framework"), found
