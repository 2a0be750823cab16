"""A word of when a deed is due ("on time", "promptly", "within a week")
replaced by one that puts it off to no time set ("eventually", "in due
course", "at some point") takes the deadline out: less is asked. The
other way, a deadline is put in."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade

PUT_OFF = [
    ("Delivers projects on time", "Delivers projects eventually"),
    ("Delivers projects on schedule", "Delivers projects eventually"),
    ("Fixes bugs promptly", "Fixes bugs eventually"),
    ("Fixes bugs within a week", "Fixes bugs in due course"),
    ("Fixes bugs immediately", "Fixes bugs at some point"),
    ("Escalates issues without delay", "Escalates issues eventually"),
]


@pytest.mark.parametrize(("old", "new"), PUT_OFF)
def test_a_deadline_put_off_to_no_time_lowers_the_bar(old, new):
    graded = grade(old, new)
    assert (graded.impact.value, graded.also) == ("lowers-bar", None), graded.reasons
    assert "deadline taken out" in graded.reasons


@pytest.mark.parametrize(("old", "new"), PUT_OFF)
def test_a_deadline_in_the_place_of_eventually_raises_the_bar(old, new):
    graded = grade(new, old)
    assert (graded.impact.value, graded.also) == ("raises-bar", None), graded.reasons
    assert "deadline put in" in graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Near misses: no word of time on one side, one word of soon for another, "eventually" said of
        # what is still learnt or of a property of the work.
        ("Delivers projects on time", "Delivers projects", "lowers-bar"),
        ("Delivers projects", "Delivers projects on time", "raises-bar"),
        ("Fixes bugs promptly", "Fixes bugs quickly", "editorial"),
        ("Leads projects on time", "Will eventually lead projects", "lowers-bar"),
        ("Builds systems that are eventually consistent", "Builds systems that are strongly consistent",
         "raises-bar"),
    ],
)
def test_near_misses_are_read_as_before(old, new, impact):
    graded = grade(old, new)
    assert graded.impact.value == impact, graded.reasons
    assert "deadline taken out" not in graded.reasons and "deadline put in" not in graded.reasons
