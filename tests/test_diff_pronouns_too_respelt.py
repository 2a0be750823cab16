"""Rewordings that ask nothing new and were read as asking more: the pronoun
"one" read as a number, "too" that says "also", help asked for said another
way, and a typo fixed in the revision that merged two statements."""

from __future__ import annotations

import copy

import pytest

from diffkit import cell, data, framework
from ladderlint.diff import compare
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
        ("Reviews one service", "Reviews two services", "raises-bar"),
        ("Owns one service", "Owns two or more services", "raises-bar"),
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


def _merged(first: str) -> list[tuple[str, str]]:
    """(kind, impact) of the changes when ``first`` and the statement after it are merged into one
    that fixes ``first``'s spelling of "Accepts"."""
    old = data()
    cell(old, "IC2", "ownership").extend([first, "Gives feedback to peers when asked"])
    new = copy.deepcopy(old)
    cell(new, "IC2", "ownership")[-2:] = ["Accepts feedback graciously and gives feedback to peers when asked"]
    return [(c.kind.value, c.impact.value) for c in compare(framework(old), framework(new))]


def test_a_merge_that_fixes_a_typo_is_a_merge():
    # "Acepts" is "Accepts" respelt: the two statements share their words, the typo's too.
    assert _merged("Acepts feedback graciously") == [("statement-merged", "editorial")]


def test_another_word_in_a_merge_is_no_typo():
    # "Welcomes" is no respelling of "Accepts", nor "Excepts" (another first letter): what was asked changed.
    for first in ("Welcomes feedback graciously", "Excepts feedback graciously"):
        assert _merged(first) == [("statement-removed", "lowers-bar"), ("statement-reworded", "raises-bar")]
