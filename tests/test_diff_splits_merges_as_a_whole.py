"""Splits and merges are read as a whole, separate statements as all asked:
the alternatives of an "or" put in statements of their own are all asked
(and statements joined by an "or" ask one of them); a statement merged with
another, a qualifier taken out on the way, is merged, not removed."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.diff import Change, compare
from ladderlint.model import build_framework


def ladder(statements: list[str]) -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "mini", "name": "Mini", "track": "Engineering", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "d", "name": "Craft", "competencies": [{"id": "tech", "name": "Technical"}]}],
        "levels": [
            {"id": "L1", "title": "Engineer", "competencies": {"tech": statements}},
            {"id": "L2", "title": "Senior", "competencies": {"tech": ["Designs services"]}},
        ],
    }


def changes(old: list[str], new: list[str]) -> list[tuple[str, str, Any, Any]]:
    found: list[Change] = compare(build_framework("old.yaml", ladder(old)), build_framework("new.yaml", ladder(new)))
    return [(c.kind.value, c.impact.value, c.old, c.new) for c in found]


@pytest.mark.parametrize("whole, parts", [
    ("Fixes bugs or writes tests", ["Fixes bugs", "Writes tests"]),
    ("Reviews code or designs", ["Reviews code", "Reviews designs"]),
    ("Mentors an intern or a new joiner", ["Mentors an intern", "Mentors a new joiner"]),
    ("Presents at team meetings or guild meetings", ["Presents at team meetings", "Presents at guild meetings"]),
    ("Uses user research or data to inform decisions",
     ["Uses user research to inform decisions", "Uses data to inform decisions"]),
    ("Writes unit or integration tests for their changes",
     ["Writes unit tests for their changes", "Writes integration tests for their changes"]),
])
def test_alternatives_split_into_statements_are_all_asked(whole, parts):
    assert changes([whole], parts) == [("statement-split", "raises-bar", whole, parts)]
    # Merged back into an "or": one of them is asked.
    assert changes(parts, [whole]) == [("statement-merged", "lowers-bar", parts, whole)]


def test_a_split_of_what_is_all_asked_stays_editorial():
    whole, parts = "Reviews code and designs", ["Reviews code", "Reviews designs"]
    assert changes([whole], parts) == [("statement-split", "editorial", whole, parts)]
    assert changes(parts, [whole]) == [("statement-merged", "editorial", parts, whole)]


@pytest.mark.parametrize("olds, new", [
    # Under a negation, "or" asks neither; "little or no" is one amount of help.
    (["Does not break the build", "Does not ship untested code"], "Does not break the build or ship untested code"),
    (["Works with little guidance", "Writes tests"], "Works with little or no guidance and writes tests"),
])
def test_an_or_that_offers_no_choice_is_not_one_of_them_asked(olds, new):
    merged = compare(build_framework("old.yaml", ladder(olds)), build_framework("new.yaml", ladder([new])))
    assert [c.kind.value for c in merged] == ["statement-merged"]
    assert "one of them asked" not in merged[0].reasons and merged[0].also_impact is None


@pytest.mark.parametrize("olds, new, impact", [
    (["Fixes bugs with guidance", "Writes tests"], "Fixes bugs and writes tests", "raises-bar"),
    (["Fixes bugs with guidance", "Writes tests when asked"], "Writes tests and fixes bugs", "raises-bar"),
])
def test_a_merge_that_takes_out_a_qualifier_is_a_merge(olds, new, impact):
    assert changes(olds, [new]) == [("statement-merged", impact, olds, new)]
