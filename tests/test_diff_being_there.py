"""Going to a talk, or visiting a meetup, is being there, as attending it
is: an example or a statement reworded from one to the other asks nothing
more, while running or giving it still does."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.diff import Impact, compare
from ladderlint.model import build_framework


def _ladder(statement: Any) -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "mini", "name": "Mini", "track": "Engineering", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "learning", "name": "Learning"}]}],
        "levels": [{"id": "L1", "title": "Engineer I", "competencies": {"learning": [statement]}}],
    }


def _impact(old: Any, new: Any) -> Impact:
    [change] = compare(build_framework("old.yaml", _ladder(old)), build_framework("new.yaml", _ladder(new)))
    return change.impact


def _examples(*examples: str) -> dict[str, Any]:
    return {"text": "Learns from others", "examples": list(examples)}


@pytest.mark.parametrize("old, new", [
    ("Attending a tech talk", "Going to a tech talk"),
    ("Attending a meetup", "Visiting a meetup"),
    ("Going to the team's retro", "Attending the team's retro"),
])
def test_an_example_of_being_there_reworded_asks_nothing_more(old, new):
    assert _impact(_examples("Reading the tech blog", old), _examples("Reading the tech blog", new)) \
        is not Impact.RAISES_BAR


@pytest.mark.parametrize("old, new", [
    ("Attends a tech talk each month", "Goes to a tech talk each month"),
    ("Attends their team's planning meetings", "Goes to their team's planning meetings"),
    ("Attends a meetup each quarter", "Visits a meetup each quarter"),
])
def test_a_statement_of_being_there_reworded_is_editorial(old, new):
    assert _impact(old, new) is Impact.EDITORIAL


@pytest.mark.parametrize("old, new", [
    ("Goes to a tech talk each month", "Gives a tech talk each month"),
    ("Goes to the planning meeting", "Runs the planning meeting"),
    ("Visits a meetup each quarter", "Organises a meetup each quarter"),
])
def test_running_what_they_went_to_still_raises_the_bar(old, new):
    assert _impact(old, new) is Impact.RAISES_BAR


def test_going_to_do_something_is_not_being_there():
    # "is going to lead" says what they will do: leading is asked as before.
    assert _impact("Helps with the migration", "Is going to lead the migration") is Impact.RAISES_BAR
