"""Rewordings a report-only trial of the diff gate walked around, each read
by a general reading: a word for "and" in place of "or" asks for both, as
"and" does; a misspelt word of help, a condition or a frequency is read as
the word meant; help qualified by a word of no known amount, or had from
someone less senior, changes the help; "does not always" says how often."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


def _impact(old: str, new: str) -> str:
    return grade(old, new).impact.value


# -- "or" for a word that means "and" ------------------------------------------------------------------


@pytest.mark.parametrize("joined", [
    "&", "+", "plus", "as well as", "and also", "and then", "along with", "together with", "in addition to",
    "alongside",
])
def test_or_replaced_by_a_word_for_and_asks_for_both(joined):
    graded = grade("Writes unit or integration tests for every change",
                   f"Writes unit {joined} integration tests for every change")
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("alternatives all asked",))


@pytest.mark.parametrize("joined", ["&", "as well as", "together with"])
def test_a_word_for_and_replaced_by_or_asks_for_one(joined):
    graded = grade(f"Designs {joined} reviews services", "Designs or reviews services")
    assert (graded.impact.value, graded.reasons) == ("lowers-bar", ("one of them asked",))


@pytest.mark.parametrize(("old", "new"), [
    ("Designs and reviews services", "Designs & reviews services"),
    ("Designs and reviews services", "Designs as well as reviews services"),
    ("Designs and reviews services", "Designs along with reviews services"),
    ("Designs plus reviews services", "Designs and also reviews services"),
    ("Works with the team", "Works alongside the team"),
    ("Runs R&D projects", "Runs R & D projects"),
])
def test_one_word_for_and_for_another_is_editorial(old, new):
    assert _impact(old, new) == "editorial", grade(old, new).reasons


def test_a_sign_inside_a_word_is_no_and():
    assert _impact("Writes C++ code", "Writes C code") == "editorial"
    assert _impact("Mentors 2+ engineers", "Mentors 3+ engineers") == "raises-bar"


