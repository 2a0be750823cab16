"""A deadline of "the same working day" (or business day) is the end of
that day, as "the same day" is: not a working day counted from now, which
can run past a weekend. "Within one day" -> "within the same working day"
asks no less; "within one working day" still counts working days."""

from __future__ import annotations

import pytest

from diffkit import reworded

ONE_DAY = "Reviews pull requests within one day"


@pytest.mark.parametrize("new", [
    "Reviews pull requests the same day",  # control: already read so
    "Reviews pull requests within the same working day",
    "Reviews pull requests the same working day",
    "Reviews pull requests on the same business day",
    "Reviews pull requests by the end of the day",  # control
    "Reviews pull requests by the end of the working day",
    "Reviews pull requests by the end of the business day",
])
def test_the_same_working_day_is_a_deadline_of_that_day(new):
    # Each ends with the day it started in: as "the same day", sooner than "within one day" (trial 11).
    if new != "Reviews pull requests the same day":
        assert reworded("Reviews pull requests the same day", new)[0] == "editorial"
    assert reworded(ONE_DAY, new)[0] == "raises-bar"


@pytest.mark.parametrize("old, new, impact, reason", [
    ("Reviews pull requests within 2 days", "Reviews pull requests the same business day", "raises-bar",
     "deadline tightened"),
    ("Reviews pull requests within 4 hours", "Reviews pull requests the same working day", "lowers-bar",
     "deadline relaxed"),
    # Working days counted keep their length: one may end after a weekend.
    ("Reviews pull requests within 1 day", "Reviews pull requests within 1 working day", "lowers-bar",
     "deadline relaxed"),
    ("Reviews pull requests within one working day", "Reviews pull requests within one day", "raises-bar",
     "deadline tightened"),
])
def test_a_deadline_of_the_same_working_day_against_others(old, new, impact, reason):
    got, _also, reasons = reworded(old, new)
    assert (got, reason in reasons) == (impact, True), reasons


def test_the_same_day_and_the_same_working_day_are_one_deadline():
    assert reworded("Reviews pull requests the same day", "Reviews pull requests the same working day")[0] \
        == "editorial"
    assert reworded("Reviews pull requests within the same day",
                    "Reviews pull requests within the same business day")[0] == "editorial"
