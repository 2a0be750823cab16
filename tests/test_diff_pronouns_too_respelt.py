"""Rewordings that ask nothing new and were read as asking more: the pronoun
"one" read as a number, "too" that says "also", help asked for said another
way."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "one" with no noun after it that it counts is a pronoun, as "it" is.
        ("Declares an incident when needed", "Declares an incident when one is needed"),
        ("Picks the right tool", "Picks the right one"),  # "one" stands for the word it replaced
        ("Picks the right one", "Picks the right tool"),
        ("Picks the right tools for the job", "Picks the right ones for the job"),
        ("Makes sure no one is blocked", "Makes sure nobody is blocked"),
        # "too" closing a clause says what "also" and "as well" say.
        ("Writes tests", "Writes tests too"),
        ("Writes tests", "Writes tests, too"),
        ("Writes tests and reviews code", "Writes tests too and reviews code"),
        ("Writes tests too", "Writes tests"),
        # Asking for help, however said, is the help "seeking help" is.
        ("Tries to unblock themselves before seeking help", "Tries to unblock themselves before asking for help"),
        ("Seeks help when stuck", "Asks others for help when stuck"),
    ],
)
def test_rewordings_that_ask_nothing_new_are_editorial(old, new):
    result = grade(old, new)
    assert result.impact.value == "editorial", result.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # "one" before a noun it counts, or bounded, is a number.
        ("Reviews a service", "Reviews one service", "raises-bar"),
        ("Owns one service", "Owns one or more services", "raises-bar"),
        ("Mentors one or two engineers", "Mentors three engineers", "raises-bar"),
        ("Reviews at least one design", "Reviews at least two designs", "raises-bar"),
        ("Picks the tool", "Picks one", "raises-bar"),
        ("Is on call one week in four", "Is on call one week in six", "lowers-bar"),
        # "too" before the word it says a degree of asks something.
        ("Writes tests", "Writes too many tests", "raises-bar"),
        ("Ships late", "Ships too late", "raises-bar"),
        ("Scopes work", "Scopes work that is too large", "raises-bar"),
        # Help asked for is still help had.
        ("Works independently", "Asks others for help", "lowers-bar"),
        ("Asks for help", "Works independently", "raises-bar"),
    ],
)
def test_numbers_degrees_and_help_are_still_read(old, new, impact):
    result = grade(old, new)
    assert result.impact.value == impact, result.reasons
