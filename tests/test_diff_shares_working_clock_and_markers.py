"""Review 10 of ``ladderlint diff`` grading: a share is a place in a
ranking only where it is the share of people who arrive at a place of the
ladder ("5% reach this level"), not of people who get or make something
("80% of engineers get training"); working hours and working days are one
working clock (eight hours to a working day); a marker of examples is a
whole word ("likely" leads none) and is named as the reason only where one
changed; "the whole team" inside a bound is the team."""

from __future__ import annotations

import pytest

from diffkit import reworded
from ladderlint.diff.grade import grade
from ladderlint.diff.grade.subject import examples_marked_alike


@pytest.mark.parametrize(("old", "new"), [
    ("Ensures 80% of engineers get training each year", "Ensures 90% of engineers get training each year"),
    ("Ensures 80% of engineers make a promotion case", "Ensures 95% of engineers make a promotion case"),
    ("Ensures 80% of engineers achieve their goals", "Ensures 90% of engineers achieve their goals"),
    ("Makes sure 90% of new hires get a mentor", "Makes sure 95% of new hires get a mentor"),
    ("Ensures 90% of engineers reach proficiency in Go", "Ensures 95% of engineers reach proficiency in Go"),
])
def test_a_share_of_people_who_get_or_do_something_is_a_number(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["number raised"])
    assert reworded(new, old) == ("lowers-bar", None, ["number lowered"])


@pytest.mark.parametrize("arrive", [
    "reach this level", "make it to Staff", "make it", "get to L5", "progress to the next level", "attain it",
    "get promoted each year", "are promoted to Staff", "reach Principal",
])
def test_a_share_of_people_who_arrive_at_a_place_of_the_ladder_is_a_ranking(arrive: str) -> None:
    assert reworded(f"About 5% of engineers {arrive}", f"About 10% of engineers {arrive}") \
        == ("lowers-bar", None, ["number lowered"])
    assert reworded(f"About 10% of engineers {arrive}", f"About 5% of engineers {arrive}") \
        == ("raises-bar", None, ["number raised"])


ANSWERS = "Answers support questions {}."


@pytest.mark.parametrize(("old", "new"), [
    ("within 1 working day", "within 8 working hours"),
    ("within 2 business days", "within 16 business hours"),
    ("within a working week", "within 40 working hours"),
    ("within a week", "within 40 working hours"),
    ("within half a working day", "within 4 working hours"),
])
def test_working_hours_and_working_days_are_one_clock(old: str, new: str) -> None:
    assert reworded(ANSWERS.format(old), ANSWERS.format(new))[0] == "editorial"
    assert reworded(ANSWERS.format(new), ANSWERS.format(old))[0] == "editorial"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # Working time against working time, by the hours worked.
    ("within 1 working day", "within 4 working hours", "raises-bar"),
    ("within 1 working day", "within 9 working hours", "lowers-bar"),
    ("within 2 working days", "within 12 business hours", "raises-bar"),
    # Against the calendar: eight working hours are a working day, a day of a five-day week ...
    ("within 2 days", "within 16 business hours", "lowers-bar"),
    ("within 1 day", "within 8 working hours", "lowers-bar"),
    # ... and the hours left over an hour of a clock that stops out of hours, as the documented readings keep.
    ("within 4 hours", "within 2 working hours", "raises-bar"),
    ("within 4 hours", "within 4 working hours", "lowers-bar"),
    ("within 1 day", "within 7 working hours", "raises-bar"),
])
def test_working_time_against_working_or_calendar_time(old: str, new: str, expected: str) -> None:
    assert reworded(ANSWERS.format(old), ANSWERS.format(new))[0] == expected


@pytest.mark.parametrize("debris", ["&nbsp;", "<br>"])
def test_only_debris_added_is_formatting_not_a_marker(debris: str) -> None:
    assert [str(r) for r in grade("Leads projects", f"Leads projects{debris}").reasons] == ["formatting"]


def test_a_marker_changed_with_debris_is_still_a_marker() -> None:
    assert [str(r) for r in grade("Leads projects, such as X", "Leads projects, e.g. X").reasons] \
        == ["examples led by another marker"]


@pytest.mark.parametrize("word", ["likely", "likes"])
def test_a_word_that_starts_like_a_marker_leads_no_examples(word: str) -> None:
    old, new = "Mentors peers, such as interns", f"Mentors peers, {word} interns"
    assert examples_marked_alike(old, new) == new
    assert examples_marked_alike(old, "Mentors peers, like interns") == old  # the near miss: a marker


def test_likely_after_a_marker_is_read_as_the_word_it_is() -> None:
    assert reworded("Mentors peers, such as interns", "Mentors peers, likely interns") \
        == ("lowers-bar", None, ["certainty lowered"])


@pytest.mark.parametrize(("old", "new"), [
    ("Works within the team", "Works within the whole team"),
    ("Shares designs within my team", "Shares designs within my entire team"),
    ("Works within the company", "Works within the whole company"),
])
def test_the_whole_group_inside_a_bound_is_the_group(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "editorial"
    assert reworded(new, old)[0] == "editorial"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Works within the team", "Works within the wider team", "raises-bar"),
    ("Works across the team", "Works across the whole team", "raises-bar"),
    ("Improves processes", "Improves processes within the whole team", "lowers-bar"),
    ("Works within the team", "Works within the whole organisation", "raises-bar"),
])
def test_a_group_past_the_bound_or_a_widening_bound_keeps_its_reading(old: str, new: str, expected: str) -> None:
    assert reworded(old, new)[0] == expected
