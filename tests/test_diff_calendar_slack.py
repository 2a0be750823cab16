"""The calendar's slack is that of its periods whose days vary (a month is
four weeks to four and a half, a year 52 weeks, six months 26 weeks, three
months 90 days), not a blanket tolerance: between exact units (hours,
days, weeks) a day or an hour less is less (trial 9, finding 9)."""

from __future__ import annotations

import pytest

from diffkit import reworded

WITHIN = "I answer pages within {}."
FOR = "I lead an initiative for {}."


@pytest.mark.parametrize(
    ("old", "new"),
    [("two weeks", "13 days"), ("a week", "6 days"), ("a year", "50 weeks"), ("2 days", "47 hours"),
     ("a month", "3 weeks"), ("six months", "25 weeks"), ("a year", "11 months")],
)
def test_a_shorter_exact_length_is_shorter(old, new):
    assert reworded(WITHIN.format(old), WITHIN.format(new))[::2] == ("raises-bar", ["deadline tightened"])
    assert reworded(FOR.format(old), FOR.format(new))[::2] == ("lowers-bar", ["duration shortened"])


@pytest.mark.parametrize(
    ("old", "new"),
    [("a month", "4 weeks"), ("a year", "52 weeks"), ("3 months", "90 days"), ("six months", "26 weeks"),
     ("six months", "180 days"), ("a quarter", "13 weeks"), ("a month and a half", "six weeks"),
     ("a week", "7 days"), ("a day", "24 hours")],
)
def test_the_same_length_by_the_calendar_is_editorial(old, new):
    assert reworded(WITHIN.format(old), WITHIN.format(new))[::2] == ("editorial", [])
    assert reworded(FOR.format(old), FOR.format(new))[::2] == ("editorial", [])


@pytest.mark.parametrize(
    ("old", "new"),
    [("every four weeks", "monthly"), ("twice a month", "every two weeks"), ("every six months", "twice a year")],
)
def test_how_often_keeps_the_calendars_slack(old, new):
    assert reworded(f"I meet the team {old}.", f"I meet the team {new}.")[::2] == ("editorial", [])
