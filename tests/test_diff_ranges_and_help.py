"""A number read as a range, its least and its most each compared ("1-2"
-> "2+" raises the least asked)."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The least raised, the most not lowered: someone mentoring one met the old bar and misses the new.
        ("Mentors one or two engineers", "Mentors at least two engineers", "raises-bar"),
        ("Mentors 1-2 engineers", "Mentors 2+ engineers", "raises-bar"),
        ("Mentors 2-3 engineers", "Mentors 3+ engineers", "raises-bar"),
        ("Mentors 2-3 engineers", "Mentors 3 engineers", "raises-bar"),
        ("Mentors one or two engineers", "Mentors two or more engineers", "raises-bar"),
        ("Mentors 1-2 engineers", "Mentors at least 2 engineers", "raises-bar"),
        # And back: the least lowered.
        ("Mentors 2+ engineers", "Mentors 1-2 engineers", "lowers-bar"),
        ("Mentors 3 engineers", "Mentors 2-3 engineers", "lowers-bar"),
        # The ends moved apart: a reader must say (read as asking more, with "also lowers-bar").
        ("Mentors 2-3 engineers", "Mentors 1-4 engineers", "raises-bar"),
        # A deadline runs the other way: a longer one asks less, a shorter one more.
        ("Resolves incidents within 2-3 days", "Resolves incidents within 3 days", "lowers-bar"),
        ("Resolves incidents within 2-3 days", "Resolves incidents within 2 days", "raises-bar"),
        ("Resolves incidents within 3 days", "Resolves incidents within 2-3 days", "raises-bar"),
        # A period too: every three weeks is less often than every two to three.
        ("Runs a retro every 2-3 weeks", "Runs a retro every 3 weeks", "lowers-bar"),
        ("Runs a retro 2-3 times a year", "Runs a retro 3 times a year", "raises-bar"),
        # A scale that runs the other way, under a most: fewer asks more.
        ("Keeps fewer than five open bugs", "Keeps fewer than three open bugs", "raises-bar"),
        ("Leads SEV2 incidents", "Leads SEV1 incidents", "raises-bar"),
    ],
)
def test_a_range_is_read_by_both_ends(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_ends_moved_apart_also_lower_the_bar():
    assert grade("Mentors 2-3 engineers", "Mentors 1-4 engineers").also is not None

