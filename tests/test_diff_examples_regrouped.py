"""A statement's examples listed apart that were one example of
alternatives ("A CRUD service or an API proxy" -> "A CRUD service", "An
API proxy"), or joined back, show the same things: no bar moves. An
alternative taken out, or a duty put in as its own example, still does."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.diff import Impact, compare
from ladderlint.model import build_framework


def _ladder(examples: list[str], text: str = "Builds simple services") -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "mini", "name": "Mini", "track": "Engineering", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "delivery", "name": "Delivery"}]}],
        "levels": [{"id": "L1", "title": "Engineer I",
                    "competencies": {"delivery": [{"text": text, "examples": examples}]}}],
    }


def _impact(old: list[str], new: list[str], text: str = "Builds simple services") -> Impact:
    [change] = compare(build_framework("old.yaml", _ladder(old, text)), build_framework("new.yaml", _ladder(new, text)))
    return change.impact


@pytest.mark.parametrize("old, new", [
    (["A CRUD service or an API proxy"], ["A CRUD service", "An API proxy"]),
    (["A CRUD service", "An API proxy"], ["A CRUD service or an API proxy"]),
    (["Caching, batching or retries"], ["Caching", "Batching", "Retries"]),
])
def test_examples_listed_apart_or_joined_move_no_bar(old, new):
    assert _impact(old, new) in (Impact.EDITORIAL, Impact.STRUCTURAL)


def test_a_duty_put_in_as_an_example_still_raises_the_bar():
    assert _impact(["Joining the incident call when asked"], ["Joining the incident call"],
                   "Helps with incidents") is Impact.RAISES_BAR
