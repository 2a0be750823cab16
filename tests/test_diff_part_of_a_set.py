"""A count before "of the/our/these ..." counts some of a set ("one of the
designs", "a few of our services"): fewer than the bare plural, which asks
for nearly all of them, so it is graded as "all" -> "some" is."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Reviews designs", "Reviews one of the designs", "lowers-bar"),
        ("Mentors engineers", "Mentors one of the engineers", "lowers-bar"),
        ("Mentors engineers", "Mentors one of our engineers", "lowers-bar"),
        ("Mentors engineers", "Mentors one of their engineers", "lowers-bar"),
        ("Mentors engineers", "Mentors some of the engineers", "lowers-bar"),
        ("Mentors engineers", "Mentors a few of the engineers", "lowers-bar"),
        ("Mentors engineers", "Mentors one or two of the engineers", "lowers-bar"),
        ("Mentors engineers", "Mentors two of these engineers", "lowers-bar"),
        ("Mentors all of the engineers", "Mentors one of the engineers", "lowers-bar"),
        ("Mentors one of the engineers", "Mentors engineers", "raises-bar"),
    ],
)
def test_some_of_a_set_is_fewer(old, new, impact):
    assert grade(old, new).impact.value == impact


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Declares an incident when needed.", "Declares an incident when one is needed."),
        ("Picks the right tool.", "Picks the right one."),
        ("Nobody is left out.", "No one is left out."),
        # Ranked among the rest, not some of a set.
        ("Is a strong engineer.", "Is one of the strongest engineers."),
    ],
)
def test_one_standing_for_a_noun_is_still_wording(old, new):
    assert grade(old, new).impact.value == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Mentors one engineer.", "Mentors two engineers.", "raises-bar"),
        ("Mentors engineers.", "Mentors one engineer.", "raises-bar"),
        ("Owns one of the services.", "Owns two of the services.", "raises-bar"),
    ],
)
def test_counts_are_still_counts(old, new, impact):
    assert grade(old, new).impact.value == impact
