"""Trial 10 of ``ladderlint diff`` on real histories: a deadline in working,
business or calendar hours and days is a length of time ("within 4 hours"
-> "within 2 working hours" is tighter, in an example too); examples led by
another marker, the items kept, are wording ("such as" -> "for example");
a known synonym of a word on a scale is wording, not a step along it
("Understand" -> "Grasp")."""

from __future__ import annotations

import pytest

from diffkit import cell, diff, reworded
from ladderlint.diff.grade import grade

ESCALATE = "I escalate issues {} when help is needed."


@pytest.mark.parametrize(
    ("old", "new", "impact", "also"),
    [
        # A working hour is an hour of a clock that stops out of hours: fewer of them is tighter ...
        ("within 4 hours", "within 2 working hours", "raises-bar", None),
        ("within 4 hours", "within 2 business hours", "raises-bar", None),
        # ... as many or more is looser; eight of them are a working day, longer than a day.
        ("within 1 day", "within 8 working hours", "lowers-bar", None),
        ("within 4 hours", "within 8 working hours", "lowers-bar", None),
        ("within 4 hours", "within 4 working hours", "lowers-bar", None),
        ("within 4 hours", "within 4 business hours", "lowers-bar", None),
        # Calendar days are the days unsaid; working days are longer.
        ("within 3 working days", "within 3 calendar days", "raises-bar", None),
        ("within 10 calendar days", "within 2 weeks", "lowers-bar", None),
    ],
)
def test_a_deadline_in_working_or_calendar_time_is_a_length_of_time(old, new, impact, also):
    got = reworded(ESCALATE.format(old), ESCALATE.format(new))
    assert got[:2] == (impact, also), got


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("within 4 working hours", "within 4 business hours"),
        ("within 3 days", "within 3 calendar days"),
        ("within 5 working days", "within a week"),
        # A window of working time is no deadline, however named.
        ("during working hours", "during business hours"),
    ],
)
def test_working_time_said_another_way_is_wording(old, new):
    assert reworded(ESCALATE.format(old), ESCALATE.format(new))[0] == "editorial"


def test_an_example_given_a_deadline_in_working_hours_raises_the_bar():
    def example(text):
        return lambda d: cell(d, "IC2", "code")["statements"][0].__setitem__("examples", [text])

    for deadline in ("within 4 hours", "within 4 working hours", "within 1 business day"):
        changes = diff(example(f"Reviews PRs {deadline}"))
        assert [c.impact.value for c in changes if c.level == "IC2"] == ["raises-bar"], (deadline, changes)


ONBOARDING = "I assist with onboarding, {} being a culture coach for a new team member in their first month."
MENTORING = "I mentor junior engineers where possible, {} helping find tasks, pairing on tickets, or giving context."


@pytest.mark.parametrize("text", [ONBOARDING, MENTORING])
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("such as", "for example"),
        ("such as", "e.g."),
        ("such as", "e.g.,"),
        ("such as", "for instance by"),
        ("such as", "like"),
        ("such as", "including"),
        ("e.g.", "such as"),
        ("for example", "such as"),
        ("for instance,", "e.g."),
        # The Scandinavian short forms of "for example", kept by ladders written in Denmark or Norway.
        ("fx", "e.g."),
        ("such as", "f.eks."),
    ],
)
def test_examples_led_by_another_marker_are_wording(text, old, new):
    assert reworded(text.format(old), text.format(new))[0] == "editorial"
    assert [str(r) for r in grade(text.format(old), text.format(new)).reasons] == ["examples led by another marker"]


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The examples taken out, or their items changed, are read as they were with the marker kept.
        (ONBOARDING.format("such as"), "I assist with onboarding.", "lowers-bar"),
        (MENTORING.format("such as"),
         "I mentor junior engineers where possible, for example helping find tasks or pairing on tickets.",
         "lowers-bar"),
        (MENTORING.format("such as"),
         "I mentor junior engineers where possible, such as helping find tasks or pairing on tickets.",
         "lowers-bar"),
        # A marker that leads something else where the other text has one ("Leads incidents like an SRE
        # would" is no example): at another place, so read as words.
        ("I lead incidents, such as outages.", "I lead incidents like an SRE, such as outages.", "raises-bar"),
    ],
)
def test_examples_changed_beside_the_marker_keep_their_reading(old, new, impact):
    assert reworded(old, new)[0] == impact


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A known synonym of a word of scale stands where that word stands on it.
        ("I understand where my project fits in the business.", "I grasp where my project fits in the business."),
        ("I apply design patterns.", "I use design patterns."),
        # Words owners swap when they reword (trial 10).
        ("I give feedback that is clear, kind, and actionable.",
         "I give feedback that is clear, considerate, and actionable."),
        ("I give feedback that is clear, kind, and actionable.",
         "I give feedback that is clear, respectful, and actionable."),
        ("I gather input and ask clarifying questions.", "I collect input and ask clarifying questions."),
        ("I provide context and guidance.", "I share context and guidance."),
    ],
)
def test_a_synonym_swapped_one_for_one_is_wording(old, new):
    assert reworded(old, new)[0] == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("I understand where my project fits in the business.", "I lead where my project fits in the business.",
         "raises-bar"),
        ("I share context with the team.", "I own context with the team.", "raises-bar"),
        ("I review designs.", "I approve designs.", "raises-bar"),
        ("I build dashboards.", "I utilise dashboards.", "lowers-bar"),
        ("I give feedback that is clear, kind, and actionable.",
         "I give feedback that is clear, honest, and actionable.", "raises-bar"),
        ("I gather input and ask clarifying questions.", "I analyse input and ask clarifying questions.",
         "raises-bar"),
        ("I provide context to the team.", "I present context to the team.", "raises-bar"),
    ],
)
def test_a_word_that_asks_another_thing_keeps_its_reading(old, new, impact):
    assert reworded(old, new)[0] == impact


def test_fx_leading_examples_after_a_colon_is_a_marker_of_examples():
    old = "Go to expert in one area of technology: fx browser rendering or TDD."
    new = "Go-to expert in one area of technology: e.g. browser rendering or TDD."
    assert reworded(old, new)[0] == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # In capitals it is foreign exchange or effects: a word of what is built, taken out.
        ("Builds FX pricing services.", "Builds pricing services.", "lowers-bar"),
        # A marker for a marker, and an example put in: read as the examples are.
        ("Knows our tools, fx Grafana.", "Knows our tools, fx Grafana and always Honeycomb.", "raises-bar"),
    ],
)
def test_fx_as_a_word_keeps_its_reading(old, new, impact):
    assert reworded(old, new)[0] == impact
