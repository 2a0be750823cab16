"""Two readings of real revisions: a sentence about the framework itself
(its criteria, levels, titles, this document) or about how to read it asks
nothing of the people on it, whatever words of a bar it quotes; and help
negated with an amount of it allows that little help ("without much
guidance" is "with little guidance")."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.diff import Impact, Kind, compare
from ladderlint.diff.grade import grade
from ladderlint.model import build_framework

SENTENCE_PUT_IN = "a sentence that asks something put in"


def _ladder(description: str, summary: str | None = None) -> dict[str, Any]:
    level: dict[str, Any] = {"id": "junior", "title": "Junior Programmer",
                             "competencies": {"mastery": ["Uses established patterns to implement tasks."]}}
    if summary is not None:
        level["summary"] = summary
    return {
        "ladderlint": 1, "id": "basecamp", "name": "Titles for programmers", "track": "Programming",
        "version": "1.0.0", "organisation": {"name": "Basecamp"}, "description": description,
        "dimensions": [{"id": "d", "name": "Technical", "competencies": [{"id": "mastery", "name": "Mastery"}]}],
        "levels": [level],
    }


def _description_change(old: str, new: str):
    changes = compare(build_framework("old.yaml", _ladder(old)), build_framework("new.yaml", _ladder(new)))
    [change] = [c for c in changes if c.field == "description"]
    return change


def _summary_change(old: str, new: str):
    changes = compare(build_framework("old.yaml", _ladder("A ladder.", old)),
                      build_framework("new.yaml", _ladder("A ladder.", new)))
    [change] = [c for c in changes if c.kind is Kind.SUMMARY_CHANGED]
    return change


BASE = "We use the following criteria to assess the level and title of programmers of Basecamp."

ABOUT_THE_LADDER = [
    # Basecamp's "Titles for programmers", as revised: what the criteria examine.
    "It should also be noted that these criteria chiefly examine the scope of work someone is capable of "
    "tackling independently.",
    "These criteria chiefly examine the scope of work someone is capable of tackling independently.",
    "The titles are meant as a guide, not a contract.",
    "This ladder describes what engineers do independently at each level.",
    "Levels are not promotion checklists.",
    "Each level builds on the one below.",
    "Note that these criteria aren't exhaustive, and they aren't mere checklists.",
    "Keep in mind that the levels must be read as a whole.",
]


@pytest.mark.parametrize("sentence", ABOUT_THE_LADDER)
def test_a_sentence_about_the_framework_put_in_its_description_asks_nothing(sentence):
    change = _description_change(BASE, f"{BASE} {sentence}")
    assert change.impact not in (Impact.RAISES_BAR, Impact.LOWERS_BAR), change.reasons
    assert SENTENCE_PUT_IN not in change.reasons


@pytest.mark.parametrize("sentence", [
    "Levels are not promotion checklists.",
    "These criteria chiefly examine the scope of work someone is capable of tackling independently.",
    "It should be noted that the titles are meant as a guide.",
])
def test_a_sentence_about_the_framework_put_in_a_summary_asks_nothing(sentence):
    change = _summary_change("Delivers well-scoped tasks.", f"Delivers well-scoped tasks. {sentence}")
    assert change.impact is not Impact.RAISES_BAR, change.reasons


# Near misses: the subject is the people, the framework asks with its verb, or a clause after asks.
STILL_ASKS = [
    "Engineers at every level are expected to write tests.",
    "Everyone should review code.",
    "It should be noted that engineers must always write tests.",
    "This ladder expects engineers to write tests independently.",
    "These criteria aren't exhaustive, and engineers must always review code.",
    "A lot of these criteria are about scope, but we expect that engineers always write tests.",
]


@pytest.mark.parametrize("sentence", STILL_ASKS)
def test_a_demand_on_the_people_put_in_a_description_still_asks(sentence):
    change = _description_change(BASE, f"{BASE} {sentence}")
    assert change.impact is Impact.RAISES_BAR, sentence
    assert change.reasons == (SENTENCE_PUT_IN,)


@pytest.mark.parametrize("sentence", [
    "Everyone should review code.",
    "It should be noted that engineers here lead two projects.",
    # A level's own summary of itself says what the level asks.
    "This level is where engineers start to work independently.",
])
def test_a_demand_put_in_a_summary_still_asks(sentence):
    change = _summary_change("Delivers well-scoped tasks.", f"Delivers well-scoped tasks. {sentence}")
    assert change.impact is Impact.RAISES_BAR, sentence


OLD_BASECAMP = (
    "We use the following heuristics to assess the level and title of programmers of Basecamp. These heuristics "
    "aren't exhaustive, and they aren't mere checklists. They're a guidance to having an individualized discussion "
    "about career progression at Basecamp.\n\nIn addition to the heuristics, there's the consideration that as "
    "Basecamp pays in the top 5% of the industry for our comparables, programmers working here should also be at "
    "or neat the top 5% of a certain title within the industry. A lot of the heuristics are centered around the "
    "scope of work that someone is capable of tackling independently, but within that scope of work, we expect "
    "that the execution is at, near, or on a clear trajectory towards that top 5% bar."
)
NEW_BASECAMP = (
    "We use the following criteria to assess the level and title of programmers of Basecamp. These criteria aren't "
    "exhaustive, and they aren't mere checklists. They're a guidance to having an individualized discussion about "
    "career progression.\n\nIt should also be noted that these criteria chiefly examine the scope of work someone "
    "is capable of tackling independently. In addition to that assessment, we also look at the quality of the "
    "execution itself. Basecamp pays in the top 10% of the industry (based on San Francisco rates), so the quality "
    "of the work itself should be commensurate with that target."
)


def test_the_basecamp_description_revised_puts_in_no_demand():
    change = _description_change(OLD_BASECAMP, NEW_BASECAMP)
    assert change.impact is not Impact.RAISES_BAR, change.reasons
    assert SENTENCE_PUT_IN not in change.reasons


@pytest.mark.parametrize(("old", "new", "impact"), [
    # Not much help is little help, however the amount negated is said.
    ("without much guidance", "with little guidance", "editorial"),
    ("with little guidance", "without much guidance", "editorial"),
    ("without much guidance", "with minimal guidance", "editorial"),
    ("without a lot of guidance", "with little guidance", "editorial"),
    ("without significant supervision", "with minimal supervision", "editorial"),
    ("with not much guidance", "with little guidance", "editorial"),
    ("without much help from their lead", "with little help from their lead", "editorial"),
    # No help at all is one rank above it, however said.
    ("without guidance", "with no guidance", "editorial"),
    ("without guidance", "independently", "editorial"),
    ("without guidance", "with little guidance", "lowers-bar"),
    ("with little guidance", "with no guidance", "raises-bar"),
    ("without much guidance", "independently", "raises-bar"),
    ("with no guidance", "without much guidance", "lowers-bar"),
    # Near misses: more help than little, had or negated.
    ("without much guidance", "with some guidance", "lowers-bar"),
    ("without much guidance", "with guidance", "lowers-bar"),
    ("with not much guidance", "with much guidance", "lowers-bar"),
    ("without constant guidance", "with minimal guidance", "raises-bar"),
])
def test_help_negated_with_an_amount_is_that_little_help(old, new, impact):
    graded = grade(f"Delivers features {old}.", f"Delivers features {new}.")
    assert graded.impact.value == impact, graded.reasons
