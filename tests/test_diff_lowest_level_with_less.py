"""A new lowest level in a cumulative ladder whose statements are those of
the level above said with less: the level above may say more than its copy,
in a clause joined with "and", and still ask at least what it asks."""

from __future__ import annotations

import copy
from typing import Any

from diffkit import two_competency_ladder

from ladderlint.diff import Impact, Kind, compare
from ladderlint.model import build_framework

ENGINEER = ("Delivers assigned tasks, working with a more senior team member, "
            "and able to take PR feedback to improve their work")
INTERN = "Delivers small assigned tasks with close guidance from a senior engineer"


def _ladder(first: str) -> dict[str, Any]:
    return two_competency_ladder([
        {"id": "L1", "title": "Engineer", "competencies": {"delivery": [first], "craft": ["Writes readable code"]}},
        {"id": "L2", "title": "Senior", "competencies": {"delivery": ["Delivers projects"], "craft": ["Designs services"]}},
    ])


def _with_intern(ladder: dict[str, Any], statement: str) -> dict[str, Any]:
    new = copy.deepcopy(ladder)
    new["levels"].insert(0, {"id": "L0", "title": "Intern", "competencies": {"delivery": [statement]}})
    return new


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[Kind, Impact, str | None]]:
    return [(c.kind, c.impact, c.level)
            for c in compare(build_framework("acme.yaml", old), build_framework("acme.yaml", new))]


def test_a_softer_statement_of_a_new_lowest_level_asks_nothing_new_of_the_level_above():
    old = _ladder(ENGINEER)
    assert _changes(old, _with_intern(old, INTERN)) == [(Kind.LEVEL_ADDED, Impact.STRUCTURAL, "L0")]


def test_the_lowest_level_removed_takes_nothing_from_the_level_above():
    old = _ladder(ENGINEER)
    assert _changes(_with_intern(old, INTERN), old) == [(Kind.LEVEL_REMOVED, Impact.RAISES_BAR, "L0")]


def test_a_clause_that_gave_help_is_not_taken_out_to_cover_the_new_statement():
    # Without ", and asks for help when stuck" the level above would ask more than it does.
    old = _ladder("Delivers assigned tasks on time, and asks for help when stuck")
    new = _with_intern(old, "Delivers small assigned tasks on time without help")
    assert (Kind.STATEMENT_ADDED, Impact.RAISES_BAR, "L0") in _changes(old, new)


def test_a_new_thing_asked_at_the_new_level_still_reaches_the_level_above():
    old = _ladder(ENGINEER)
    new = _with_intern(old, "Delivers small assigned tasks and writes their release notes")
    assert (Kind.STATEMENT_ADDED, Impact.RAISES_BAR, "L0") in _changes(old, new)
