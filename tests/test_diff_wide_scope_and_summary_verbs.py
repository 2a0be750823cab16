"""A wide scope put in with "in" or "within" widens what is asked; a summary's
verb swapped for another is a rewording, not a new activity put in."""

from __future__ import annotations

import copy

import pytest

from diffkit import data, framework, level, reworded
from ladderlint.diff import compare


# --- a scope wider than a team put in with "in"/"within", in one run ------------

@pytest.mark.parametrize("old, new", [
    ("Mentors engineers", "Mentors engineers in the industry"),
    ("Mentors engineers", "Mentors engineers in the organisation"),
    ("Mentors engineers", "Mentors engineers across the company"),
    ("Improves processes", "Improves processes within the company"),
    ("Improves processes", "Improves processes in their organisation"),
])
def test_a_wide_scope_put_in_widens_and_taken_out_narrows(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["scope raised"])
    assert reworded(new, old) == ("lowers-bar", None, ["scope lowered"])


@pytest.mark.parametrize("old, new", [
    # Near misses: a team, one's own or nearest group, one's own patch, or "only" still bound the work.
    ("Mentors engineers", "Mentors engineers on the team"),
    ("Improves processes", "Improves processes within the team"),
    ("Improves processes", "Improves processes within their own group"),
    ("Improves processes", "Improves processes within the immediate organisation"),
    ("Improves processes", "Improves processes within their area"),
    ("Improves processes", "Improves processes only within the company"),
])
def test_a_bound_put_in_still_narrows(old: str, new: str) -> None:
    assert reworded(old, new)[0] == "lowers-bar"


@pytest.mark.parametrize("new", [
    # "the industry" says whom the engineers are, not where the mentoring reaches: words added, for a reviewer.
    "Mentors engineers new to the industry",
    "Mentors engineers with experience in the industry",
])
def test_the_industry_inside_a_noun_is_no_scope(new: str) -> None:
    impact, _also, reasons = reworded("Mentors engineers", new)
    assert impact == "raises-bar" and "scope raised" not in reasons and "scope lowered" not in reasons


def test_a_scope_put_in_in_a_cumulative_ladder_is_read_at_its_own_level() -> None:
    # IC2's statement gains "in the industry"; IC3 above keeps "on the team": the edit widens IC2's.
    def ladder(mentoring: str) -> dict:
        document = data()
        level(document, "IC2")["competencies"]["ownership"] = [mentoring]
        level(document, "IC3")["competencies"]["ownership"] = ["Mentors engineers on the team"]
        return document
    changes = [c for c in compare(framework(ladder("Mentors engineers")),
                                  framework(ladder("Mentors engineers in the industry"))) if c.level == "IC2"]
    assert [(c.impact.value, list(c.reasons)) for c in changes] == [("raises-bar", ["scope raised"])]
