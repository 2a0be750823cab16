"""A bracket that names, one by one, the members of the units the work is
done in or for ("collaboration in multi-disciplinary squads (backend,
mobile, data, design, web)") illustrates where the work is done, as "(e.g.
...)" would: taking it out, or putting it in, is wording. A bracket after
what is asked names which kinds are asked ("Writes tests (unit, integration
and end-to-end)"), and stays part of the expectation."""

from __future__ import annotations

import pytest

from ladderlint.diff.changes import Impact
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(("old", "new"), [
    ("Foster effective collaboration in multi-disciplinary squads (backend, mobile, data, design, web)",
     "Foster effective collaboration in multi-disciplinary squads"),
    ("Writes tests for the services (billing, payments)", "Writes tests for the services"),
    ("Shares knowledge across the teams", "Shares knowledge across the teams (web, iOS and Android)"),
])
def test_members_of_the_units_named_in_brackets_are_wording(old, new):
    assert grade(old, new).impact is Impact.EDITORIAL


def test_the_same_rename_is_graded_alike_with_or_without_the_members():
    renamed = "Foster effective collaboration in delivery teams"
    with_members = grade("Foster effective collaboration in multi-disciplinary squads (backend, mobile, data)", renamed)
    without = grade("Foster effective collaboration in multi-disciplinary squads", renamed)
    assert (with_members.impact, with_members.reasons) == (without.impact, without.reasons)


@pytest.mark.parametrize(("old", "new", "impact"), [
    ("Writes tests (unit, integration and end-to-end)", "Writes tests", Impact.LOWERS_BAR),  # kinds asked
    ("Handles incidents (SEV1 and SEV2)", "Handles incidents", Impact.LOWERS_BAR),
    ("Leads the squads (backend, mobile)", "Leads the squads", Impact.LOWERS_BAR),  # what is led, not where
    ("Works in the squad (backend)", "Works in the squad", Impact.LOWERS_BAR),  # one item: which squad
    ("Reviews code in the squads (at least two)", "Reviews code in the squads", Impact.LOWERS_BAR),
    ("Writes unit tests for new code (happy path, edge cases)", "Writes unit tests for new code", Impact.LOWERS_BAR),
])
def test_other_brackets_stay_part_of_the_expectation(old, new, impact):
    assert grade(old, new).impact is impact
