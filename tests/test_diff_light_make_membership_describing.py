"""Three rewordings the grader read the wrong way: "make" before what it
makes for a verb of making it ("makes a plan" / "prepares a plan"), being
in a group said another way ("is part of the on-call rotation" / "is on
the on-call rotation"), and a summary sentence that says who holds the
level, with how often it is so ("L4 engineers are usually new to the
company"), read as a bar."""
from __future__ import annotations

import pytest

from diffkit import diff, level
from ladderlint.diff.grade import grade


def _impact(old: str, new: str) -> str:
    return grade(old, new).impact.value


# --- "make" and what it makes ------------------------------------------------

@pytest.mark.parametrize("old, new", [
    ("Makes a plan for the quarter", "Prepares a plan for the quarter"),
    ("Makes a plan for the quarter", "Writes a plan for the quarter"),
    ("Makes a plan for the quarter", "Drafts a plan for the quarter"),
    ("I make a design document for each project", "I write a design document for each project"),
    ("Makes time for mentoring", "Creates time for mentoring"),
])
def test_make_before_what_it_makes_is_a_verb_of_making_it(old, new):
    assert _impact(old, new) == "editorial", grade(old, new)
    assert _impact(new, old) == "editorial", grade(new, old)


@pytest.mark.parametrize("old, new", [
    # Another thing done with the plan, or more of a part in it.
    ("Makes a plan", "Owns the plan"),
    ("Makes a plan for the quarter", "Publishes a plan for the quarter"),
    ("I make the roadmap", "I own the roadmap"),
])
def test_make_for_a_verb_that_asks_more_still_raises(old, new):
    assert _impact(old, new) == "raises-bar", grade(old, new)


@pytest.mark.parametrize("old, new", [
    # "make decisions" says "decide", no thing made.
    ("Makes decisions about architecture", "Drafts decisions about architecture"),
    ("Makes a plan", "Reads a plan"),
])
def test_make_of_another_phrase_or_for_another_verb_is_not_editorial(old, new):
    assert _impact(old, new) != "editorial", grade(old, new)


# --- being in a group, said another way ----------------------------------------

@pytest.mark.parametrize("old, new", [
    ("Is part of the on-call rotation", "Is on the on-call rotation"),
    ("They are part of their team's on-call rotation", "They are on their team's on-call rotation"),
    ("Is part of the hiring panel", "Is on the hiring panel"),
    ("Is a member of the guild", "Belongs to the guild"),
    ("Is part of the rotation", "Is in the rotation"),
])
def test_membership_said_another_way_is_editorial(old, new):
    assert _impact(old, new) == "editorial", grade(old, new)
    assert _impact(new, old) == "editorial", grade(new, old)


@pytest.mark.parametrize("old, new", [
    ("Is part of the on-call rotation", "Sometimes joins the on-call rotation"),
    ("Is part of the on-call rotation", "Leads the on-call rotation"),
    ("Is part of the team", "Is in charge of the team"),
])
def test_membership_made_another_thing_is_not_editorial(old, new):
    assert _impact(old, new) != "editorial", grade(old, new)


# --- a summary sentence that says who holds the level ---------------------------

def _appended(text: str):
    def edit(document):
        level(document, "IC2")["summary"] = "I deliver features on my own. " + text
    return edit


@pytest.mark.parametrize("text", [
    "L4 engineers are usually new to the company.",
    "L4 engineers are new to the company.",
    "L4 engineers often come from a bootcamp.",
    "Engineers here often join from university.",
    "L4 engineers typically have 2-4 years of experience.",
    "L4 engineers are new to the company and the codebase.",
])
def test_a_sentence_describing_who_holds_the_level_is_not_asked(text):
    [change] = diff(_appended(text))
    assert change.impact.value in ("structural", "editorial"), change.reasons


@pytest.mark.parametrize("text", [
    "L4 engineers require very little oversight.",
    "L4 engineers are usually new to the company, and must lead a project.",
    "L4 engineers are usually new to the company and lead a project.",
    "L4 engineers are new to the company but should own a service.",
])
def test_a_sentence_that_asks_beside_describing_raises_the_bar(text):
    [change] = diff(_appended(text))
    assert change.impact.value == "raises-bar", change.reasons
