"""How far the work reaches is read on its scale (team < group <
organisation < company < industry) where the rest of the statement is
rewritten too, and where the old and the new scope stand apart from each
other: a narrower scope never reads as a plain raise."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize("old, new", [
    # The trial's edit: the industry becomes other teams, the rest rewritten around it.
    ("Partners with other key people or platforms in the industry to drive awareness, adoption, and "
     "effectiveness of our tools.", "Partners with other teams to improve the effectiveness of our internal tooling."),
    ("Partners with people in the industry to improve our tools.", "Partners with other teams to improve our tools."),
    ("Shares knowledge with engineers across the company.", "Shares knowledge with people on the team."),
])
def test_a_narrower_scope_is_read_as_lowering_the_bar(old, new):
    got = grade(old, new)
    assert "scope lowered" in got.reasons, got
    assert _lowers(got), got


@pytest.mark.parametrize("old, new", [
    ("Partners with other teams to improve our tools.", "Partners with people in the industry to improve our tools."),
    ("Leads projects for the team and writes docs.", "Leads projects and writes docs for the whole company."),
])
def test_a_wider_scope_still_raises_it(old, new):
    got = grade(old, new)
    assert got.impact.value == "raises-bar" and "scope raised" in got.reasons and got.also is None, got


def _lowers(got) -> bool:
    return "lowers-bar" in (got.impact.value, got.also.value if got.also else None)


@pytest.mark.parametrize("old, new", [
    ("Keeps the organisation informed of the team's progress.", "Keeps the team informed of the organisation's progress."),
])
def test_scopes_that_only_trade_places_are_read_both_ways(old, new):
    """Near miss: the same scopes, in other roles: no reach narrowed, a reviewer says which way it goes."""
    got = grade(old, new)
    assert got.impact.value == "raises-bar" and got.also is not None, got


def test_a_reading_found_in_two_places_is_said_once():
    got = grade("Collaborates with teams across the organisation on incidents",
                "Collaborates with the team on incidents affecting the organisation")
    assert len(got.reasons) == len(set(got.reasons)), got
