"""A level's summary often names its people by the level ("S1 engineers
require very little oversight", "The Senior 2 engineer exhibits
leadership"): a sentence of theirs that says what they do asks it, as
"Engineers at this level ..." does, so put in it raises the bar; one that
only describes them stays structural. A sentence that only described,
reworded so that it asks something, asks as a sentence put in would."""

from __future__ import annotations

import pytest

from diffkit import diff, edited, level
from ladderlint.diff import compare

ASKING = [
    "S1 engineers require very little oversight beyond high level direction.",
    "Senior 2 engineers lead projects across teams.",
    "The Senior 2 (S2) engineer exhibits leadership and influence well beyond themselves.",
    "L4 engineers mentor the engineers on their team.",
]

DESCRIBING = [
    "S1 engineers are the most common level at the company.",
    "The senior engineer role was introduced in 2019.",
    "Senior 2 engineers are still learning the codebase.",
]


def _appended(text: str):
    def edit(document):
        level(document, "IC2")["summary"] = "I deliver features on my own. " + text
    return edit


def _summary(text: str):
    def edit(document):
        level(document, "IC2")["summary"] = text
    return edit


@pytest.mark.parametrize("text", ASKING)
def test_a_sentence_of_the_levels_people_named_by_the_level_raises_the_bar(text):
    [change] = diff(_appended(text))
    assert (change.kind.value, change.impact.value) == ("summary-changed", "raises-bar"), change.reasons


@pytest.mark.parametrize("text", DESCRIBING)
def test_a_sentence_that_describes_them_stays_structural(text):
    [change] = diff(_appended(text))
    assert change.impact.value == "structural", change.reasons


def _graded(was: str, now: str) -> str:
    [change] = compare(edited(_summary(was)), edited(_summary(now)))
    return change.impact.value


def test_a_describing_sentence_reworded_to_ask_raises_the_bar_and_back_is_structural():
    described = "Senior 2 engineers are seen as the go-to person for a particular technology."
    asking = "Senior 2 engineers have a deep understanding of a particular technology and help others with it."
    assert _graded(described, asking) == "raises-bar"
    assert _graded(asking, described) == "structural"


def test_a_describing_sentence_reworded_to_describe_stays_structural():
    assert _graded("Engineers at this level are new to the company.",
                   "Engineers at this level are early in their career.") == "structural"
