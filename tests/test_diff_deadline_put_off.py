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


#: Words of no set time besides "eventually": "later", "in due time", "over time", "sometime", "one day".
PUT_OFF_IN_OTHER_WORDS = [
    ("I deliver my tasks on time", "I deliver my tasks later"),
    ("I deliver my tasks on time", "I deliver my tasks in due time"),
    ("I fix broken builds promptly", "I fix broken builds over time"),
    ("I fix broken builds within a day", "I fix broken builds sometime"),
    ("I deliver features on schedule", "I deliver features at a later date"),
]


@pytest.mark.parametrize(("old", "new"), PUT_OFF_IN_OTHER_WORDS)
def test_any_word_of_no_set_time_in_the_place_of_one_of_when_takes_the_deadline_out(old, new):
    graded = grade(old, new)
    assert (graded.impact.value, graded.also) == ("lowers-bar", None), graded.reasons
    assert "deadline taken out" in graded.reasons
    back = grade(new, old)
    assert (back.impact.value, back.also, back.reasons) == ("raises-bar", None, ("deadline put in",))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("I fix broken builds on time", "I fix broken builds on schedule"),
        ("I deliver my tasks by the deadline", "I deliver my tasks on time"),
        ("I deliver my tasks on time", "I deliver my tasks by the deadline"),
        ("I deliver my tasks to schedule", "I deliver my tasks on time"),
        ("I fix broken builds promptly", "I fix broken builds on time"),
    ],
)
def test_one_word_of_a_deed_due_for_another_is_wording(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "editorial", graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact", "also"),
    [
        # Near misses: a deadline taken out with something else asked; "later" of a thing, or of a deadline;
        # a deadline with a time of its own; "over time" where no word of when was.
        ("I deliver my tasks on time", "I deliver my tasks over time and on budget", "raises-bar", "lowers-bar"),
        ("I fix bugs on time", "I fix bugs in later stages of the project", "raises-bar", None),
        ("I fix bugs promptly", "I fix bugs no later than Friday", "raises-bar", None),
        ("I deliver my tasks on time", "I deliver my tasks within a week", "raises-bar", None),
        ("I grow my skills", "I grow my skills over time", "raises-bar", None),
    ],
)
def test_near_misses_of_words_of_when_are_read_as_before(old, new, impact, also):
    graded = grade(old, new)
    assert (graded.impact.value, graded.also) == (impact, also), graded.reasons
