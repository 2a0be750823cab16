"""Someone's first weeks as the span of an engagement, not a deadline
("a culture coach for a new team member in their first three months" asks
more than "... in their first month"), whatever the preposition; another
name of the role offered with "or" ("As a Software Engineer IV or Platform
Manager"); and phrases owners swap for one another ("get buy-in" / "win
support")."""

from __future__ import annotations

from typing import Any

import pytest

from diffkit import edited, level, summary
from ladderlint.diff import compare
from ladderlint.diff.grade import grade

COACH = "Act as a culture coach for a new team member {} their first {}."


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Longer asks more, however the span is introduced.
        (COACH.format("in", "month"), COACH.format("in", "three months"), "raises-bar"),
        (COACH.format("in", "month"), COACH.format("during", "three months"), "raises-bar"),
        (COACH.format("during", "month"), COACH.format("during", "three months"), "raises-bar"),
        (COACH.format("over", "month"), COACH.format("over", "three months"), "raises-bar"),
        (COACH.format("in", "month"), COACH.format("for", "three months"), "raises-bar"),
        ("Mentor new hires in their first month", "Mentor new hires in their first three months", "raises-bar"),
        ("Pair with every onboardee in their first week", "Pair with every onboardee in their first two weeks",
         "raises-bar"),
        # Shorter asks less, whichever preposition it is said with.
        (COACH.format("in", "month"), COACH.format("in", "two weeks"), "lowers-bar"),
        (COACH.format("in", "month"), COACH.format("during", "two weeks"), "lowers-bar"),
        (COACH.format("for", "month"), COACH.format("for", "two weeks"), "lowers-bar"),
        # The same span, said with another preposition or in weeks.
        (COACH.format("in", "month"), COACH.format("during", "month"), "editorial"),
        (COACH.format("in", "month"), COACH.format("in", "4 weeks"), "editorial"),
    ],
)
def test_someone_elses_first_weeks_are_a_span_longer_asks_more(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Deadlines keep their reading: more time asks less.
        ("Reply within one day", "Reply within three days", "lowers-bar"),
        ("Deliver the design in two weeks", "Deliver the design in three weeks", "lowers-bar"),
        ("Deliver the design in two weeks", "Deliver the design in one week", "raises-bar"),
        # One's own first weeks: the time to get somewhere.
        ("I ship a change in my first week", "I ship a change in my first two weeks", "lowers-bar"),
        ("I become productive in my first month", "I become productive in my first week", "raises-bar"),
        ("New hires ship a change in their first two weeks", "New hires ship a change in their first month",
         "lowers-bar"),
        ("Meet every teammate in your first month", "Meet every teammate in your first two months", "lowers-bar"),
    ],
)
def test_a_deadline_keeps_its_grade(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_deadline_turned_into_a_span_needs_a_reader():
    graded = grade("I ship a change in my first week", "I ship a change during my first two weeks")
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("deadline unclear",))


def _statement(text: str) -> Any:
    return lambda d: level(d, "IC2")["competencies"]["impact"].__setitem__(0, text)


def test_a_longer_engagement_is_a_higher_expectation_in_the_diff():
    changes = compare(edited(_statement(COACH.format("in", "month"))),
                      edited(_statement(COACH.format("in", "three months"))))
    assert summary(changes) == [("statement-reworded", "raises-bar", "IC2", "impact")]


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Another name of the role held: no way of meeting the bar added.
        ("As a Software Engineer IV, you are the premier team role",
         "As a Software Engineer IV or Salesforce Platform Manager, you are the premier team role", "editorial"),
        ("As a Software Engineer IV, you are the premier team role",
         "As a Salesforce Platform Manager or Software Engineer IV, you are the premier team role", "editorial"),
        ("You are a Staff Engineer who sets direction", "You are a Staff Engineer or Tech Lead who sets direction",
         "editorial"),
        # Whom to work with, or another thing to be: one more way to meet it.
        ("Pair with a designer on features", "Pair with a designer or analyst on features", "lowers-bar"),
        ("Act as a mentor for juniors", "Act as a mentor or coach for juniors", "lowers-bar"),
    ],
)
def test_another_title_for_the_role_is_a_name_not_an_alternative(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_summary_naming_the_renamed_level_is_no_lower_bar():
    def titled(title: str, summary_text: str) -> Any:
        def edit(d: dict[str, Any]) -> None:
            level(d, "IC2")["title"] = title
            level(d, "IC2")["summary"] = summary_text
        return edit

    changes = compare(
        edited(titled("Engineer II", "As an Engineer II, I deliver features on my own")),
        edited(titled("Engineer II / Platform Manager",
                      "As an Engineer II or Platform Manager, I deliver features on my own")))
    summaries = [c for c in summary(changes) if c[0] == "summary-changed"]
    assert summaries == [("summary-changed", "structural", "IC2", None)]


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Advocate and get buy-in for technical solutions.", "Advocate and win support for technical solutions.",
         "editorial"),
        ("Advocate and get buy-in for technical solutions.", "Advocate and gain support for technical solutions.",
         "editorial"),
        ("Gets buy-in from stakeholders", "Won support from stakeholders", "editorial"),
        ("Secures buy-in for designs", "Wins support for designs", "editorial"),
        # Added or taken out, the phrase still asks for what it says.
        ("Ship features", "Ship features and win support for them", "raises-bar"),
        ("Ship features and get buy-in for them", "Ship features", "lowers-bar"),
        # "have" -> "produce": what is made is what is had, one thing asked (a verb of making for "have").
        ("Lead structured meetings that run to time and have tangible outputs",
         "Lead structured meetings that run to time and produce tangible outputs", "editorial"),
        # A verb that does something with it once made asks more.
        ("Lead structured meetings that run to time and have tangible outputs",
         "Lead structured meetings that run to time and publish tangible outputs", "raises-bar"),
    ],
)
def test_phrases_owners_swap_for_getting_agreement(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons
