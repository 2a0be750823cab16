"""A bracket that names, one by one, the members of the units the work is
done in or for ("collaboration in multi-disciplinary squads (backend,
mobile, data, design, web)") illustrates where the work is done, as "(e.g.
...)" would: taking it out, or putting it in, is wording. Where both texts
list the members of the same unit, a member put in or taken out is graded
("for the services (billing, payments)" -> "(billing, payments, ledger)"
raises the bar). A bracket after
what is asked names which kinds are asked ("Writes tests (unit, integration
and end-to-end)"), and stays part of the expectation."""

from __future__ import annotations

import copy

import pytest
import yaml
from click.testing import CliRunner

from diffkit import data, level
from ladderlint.cli import main
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


# A list of members is an illustration only as a whole, taken out or put in. Where both texts list the
# members of the same unit, which are named is part of the expectation: a member put in asks more, one
# taken out less (review of round 12, H1).
@pytest.mark.parametrize(("old", "new", "impact"), [
    ("Is on call for the services (billing, payments)", "Is on call for the services (billing, payments, ledger)",
     Impact.RAISES_BAR),
    ("Works with the teams (payments, risk)", "Works with the teams (payments, risk, fraud, ledger)",
     Impact.RAISES_BAR),
    ("Leads work across squads (backend, mobile)", "Leads work across squads (backend, mobile, data, web)",
     Impact.RAISES_BAR),
    ("Is on call for the services (Billing, Payments)", "Is on call for the services (Billing, Payments, Ledger)",
     Impact.RAISES_BAR),
    ("Handles incidents in the services (billing, payments)", "Handles incidents in the services (billing)",
     Impact.LOWERS_BAR),
    # Another number of squads, and more of them named: never read as the bar lowered alone.
    ("Leads work across two squads (backend, mobile)", "Leads work across squads (backend, mobile, data, web)",
     Impact.RAISES_BAR),
    # Near-misses: the same members in another order, and the list taken out or put in whole.
    ("Leads work across squads (backend, mobile)", "Leads work across squads (mobile, backend)", Impact.EDITORIAL),
    ("Is on call for the services (billing, payments)", "Is on call for the services", Impact.EDITORIAL),
    ("Is on call for the services", "Is on call for the services (billing, payments)", Impact.EDITORIAL),
])
def test_members_listed_on_both_sides_are_graded(old, new, impact):
    assert grade(old, new).impact is impact


def test_the_gate_fails_on_a_member_added_to_the_list(tmp_path):
    paths = []
    for name, text in (("old.yaml", "Is on call for the services (billing, payments)"),
                       ("new.yaml", "Is on call for the services (billing, payments, ledger)")):
        document = copy.deepcopy(data())
        level(document, "IC1")["competencies"]["ownership"] = [text]
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    assert CliRunner().invoke(main, ["diff", "--fail-on", "raises-bar", *paths]).exit_code == 1
