"""A condition said as the occasion it holds on ("during on call", "in an
incident") is still a condition: reworded from "when ...", it is made no
duty. Said as what is asked ("is on call", "takes part in the on-call
rotation"), it is."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.diff import Impact, compare
from ladderlint.model import build_framework


def _ladder(statement: str) -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "mini", "name": "Mini", "track": "Engineering", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "ops", "name": "Operations"}]}],
        "levels": [{"id": "L1", "title": "Engineer I", "competencies": {"ops": [statement]}}],
    }


def _change(old: str, new: str):
    [change] = compare(build_framework("old.yaml", _ladder(old)), build_framework("new.yaml", _ladder(new)))
    return change


@pytest.mark.parametrize("old, new", [
    ("Follows runbooks when on call", "Follows runbooks during on call"),
    ("Follows runbooks when on the on-call rotation", "Follows runbooks during the on-call rotation"),
    ("Follows runbooks when there is an incident", "Follows runbooks in an incident"),
    ("Communicates status when there is an outage", "Communicates status during an outage"),
])
def test_a_condition_said_as_its_occasion_is_editorial(old, new):
    change = _change(old, new)
    assert change.impact is Impact.EDITORIAL
    assert "condition made a duty" not in change.reasons


@pytest.mark.parametrize("new", [
    "Is on call and follows runbooks",
    "Is in the on-call rotation and follows runbooks",
    "Takes part in the on-call rotation and follows runbooks",
])
def test_a_condition_made_a_duty_still_raises_the_bar(new):
    change = _change("Follows runbooks when on call", new)
    assert change.impact is Impact.RAISES_BAR
