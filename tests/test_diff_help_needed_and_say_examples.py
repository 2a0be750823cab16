"""How often help is needed, said in the passive or as a noun, read as an
amount of help; and "say," marking examples as "e.g." does. From a trial of
`diff --fail-on raises-bar` on real revisions of published frameworks."""
from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade

JUNIOR = "Work is thoroughly reviewed with substantial back'n'forth needed before merging."


@pytest.mark.parametrize("old, new, impact", [
    # The help needed, said in the passive: needed more often, less autonomy.
    (JUNIOR, JUNIOR.replace("needed", "frequently needed"), "lowers-bar"),
    ("Ships features; review is needed before merging.", "Ships features; review is frequently needed before merging.",
     "lowers-bar"),
    ("Ships features; guidance is occasionally needed.", "Ships features; guidance is frequently needed.", "lowers-bar"),
    ("Ships features; supervision is sometimes required.", "Ships features; supervision is often required.",
     "lowers-bar"),
    ("Ships features with corrections needed.", "Ships features with corrections often needed.", "lowers-bar"),
    ("Ships features with guidance needed.", "Ships features with guidance frequently needed.", "lowers-bar"),
    ("Ships features; review is frequently needed.", "Ships features; review is rarely needed.", "raises-bar"),
    ("Ships features; review is needed.", "Ships features; review is not needed.", "raises-bar"),
    # ... and as a noun after a verb of needing.
    ("Ships features and needs review.", "Ships features and needs frequent review.", "lowers-bar"),
    ("Ships features and needs frequent review.", "Ships features and needs occasional review.", "raises-bar"),
    ("Ships features and needs back-and-forth before merging.",
     "Ships features and often needs back-and-forth before merging.", "lowers-bar"),
    ("Ships features and requires check-ins.", "Ships features and requires regular check-ins.", "lowers-bar"),
    # Work overseen more often: more help.
    ("Work is reviewed by a senior engineer.", "Work is frequently reviewed by a senior engineer.", "lowers-bar"),
    ("Work is often reviewed by a senior engineer.", "Work is rarely reviewed by a senior engineer.", "raises-bar"),
])
def test_help_needed_more_often_is_less_autonomy(old, new, impact):
    got = grade(old, new)
    assert got.impact.value == impact, got.reasons
    assert any(reason.startswith("autonomy") for reason in got.reasons), got.reasons


@pytest.mark.parametrize("old, new, impact", [
    # A plain word of how often put in before help stresses how often it is needed, as before a duty
    # ("Writes tests" -> "Often writes tests"); a hedge says not every time, and asks more.
    ("Ships features and needs help", "Ships features and often needs help", "lowers-bar"),
    ("Ships features and needs help", "Ships features and constantly needs help", "lowers-bar"),
    ("Ships features and needs help", "Ships features and usually needs help", "raises-bar"),
    ("Ships features and needs help", "Ships features and sometimes needs help", "raises-bar"),
    ("Ships features with guidance", "Ships features, usually with guidance", "raises-bar"),
])
def test_a_hedge_on_help_asks_more_and_a_plain_frequency_less(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize("old, new", [
    # Help someone else needs, help given, or a condition: no help had.
    ("Provides the guidance needed by the team", "Frequently provides the guidance needed by the team"),
    ("Reviews code.", "Frequently reviews code."),
])
def test_help_given_or_needed_by_others_is_no_help_had(old, new):
    got = grade(old, new)
    assert (got.impact.value, got.reasons) == ("raises-bar", ("frequency raised",)), got.reasons


@pytest.mark.parametrize("old, new", [
    ("Debugs production issues", "Debugs production issues (say, multi-region outages)"),
    ("Capable of executing projects across multiple domains.",
     "Capable of executing projects across multiple domains, say, a native app that needs an API backend."),
    ("Capable of executing projects across multiple domains (e.g. native app that needs API backend or "
     "JavaScript front-end).",
     "Capable of executing projects across multiple domains (say, native app that needs API backend)."),
    ("Capable of executing projects across multiple domains (say, native app that needs API backend or "
     "JavaScript front-end).",
     "Capable of executing projects across multiple domains (say, native app that needs API backend)."),
])
def test_say_marks_examples(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


def test_an_unmarked_bracket_made_examples_asks_less():
    # The bracket without a marker is part of what is asked; marked as examples, it only illustrates.
    old = "Capable of executing projects across multiple domains (native app that needs API backend or JavaScript front-end)."
    new = "Capable of executing projects across multiple domains (say, native app that needs API backend)."
    assert grade(old, new).impact.value == "lowers-bar", grade(old, new).reasons


@pytest.mark.parametrize("old, new", [
    # An example that has them run what the statement only asks them to help with is a duty, however marked.
    ("Contributes to hiring", "Contributes to hiring (say, runs hiring committees)"),
    ("Contributes to hiring", "Contributes to hiring, say, runs hiring committees"),
    # "say" that marks nothing: its words are asked.
    ("Manages the budget", "Manages the budget (say no to scope creep)"),
])
def test_say_marks_no_duty_as_an_example(old, new):
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons
