"""Four gradings a report-only trial on real revision histories got wrong:
a new duty written in a sentence of its own with help beside it read as
help put in (the bar lowered), a reach widened from "Cross-Team" to a
department read as narrowed, and a statement moved between a level's
summary and its cells, out of the summary or with a typo fixed on the
way, read as a new expectation."""

from __future__ import annotations

import pytest

from diffkit import cell, diff, edited, level, summary
from ladderlint.diff import compare
from ladderlint.diff.grade import grade

OLD = "They get help from others when stuck, but are also capable of helping unstick their peers."


@pytest.mark.parametrize("added", [
    "They are capable of effectively running small to medium-sized projects with regular coaching.",
    "They can develop an initial plan to test their code but may need help completing it.",
    "They run small projects with guidance from their lead.",
    "They run small projects.",
])
def test_a_sentence_put_in_that_asks_a_new_duty_raises_the_bar_whatever_help_it_has(added):
    graded = grade(OLD, f"{OLD} {added}")
    assert graded.impact.value == "raises-bar" and graded.also is None, graded


@pytest.mark.parametrize("added", [
    "They do so only when asked by their manager.",
    "They are still learning to help unstick them.",
])
def test_a_sentence_put_in_that_says_how_the_one_before_is_done_still_lowers_it(added):
    assert grade(OLD, f"{OLD} {added}").impact.value == "lowers-bar"


@pytest.mark.parametrize(("old", "new"), [
    ("Cross-Team", "Department"),
    ("Cross-Team", "Organization"),
    ("Cross-team", "Org-wide"),
    ("Cross-Team", "Company-wide"),
    ("Team", "Cross-Team"),
    ("Multi-team", "Department"),
    ("Runs team meetings", "Runs cross-team meetings"),
])
def test_a_reach_widened_past_several_teams_raises_the_bar(old, new):
    graded = grade(old, new)
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("scope raised",))
    assert grade(new, old).impact.value == "lowers-bar"


def test_a_cross_team_reach_said_another_way_moves_no_scope():
    assert "scope raised" not in grade("Collaborates across teams", "Leads cross-team collaboration").reasons


def test_a_sentence_of_the_summary_moved_into_a_cell_is_not_new():
    def edit(d):
        level(d, "IC1")["summary"] = "I deliver features."
        cell(d, "IC1", "impact").append("I keep my team informed.")

    before = edited(lambda d: level(d, "IC1").__setitem__("summary", "I deliver features. I keep my team informed."))
    changes = compare(before, edited(edit))
    assert summary(changes) == [("summary-changed", "structural", "IC1", None),
                                ("statement-added", "structural", "IC1", "impact")]
    assert changes[1].field == "summary" and "moved out of the level's summary" in changes[1].message
    # A sentence the old summary did not say is new.
    assert ("statement-added", "raises-bar", "IC1", "impact") in summary(compare(edited(
        lambda d: level(d, "IC1").__setitem__("summary", "I deliver features.")), edited(edit)))


def test_a_statement_moved_with_a_typo_fixed_is_still_the_statement():
    def edit(d):
        cell(d, "IC1", "impact").pop(1)
        level(d, "IC1")["summary"] = "Engineers are supported by the team when stuck on a task."

    changes = compare(edited(lambda d: cell(d, "IC1", "impact").__setitem__(
        1, "Engineer engineers are supported by the team when stuck on a task.")), edited(edit))
    assert summary(changes) == [("summary-changed", "structural", "IC1", None),
                                ("statement-removed", "structural", "IC1", "impact")]
    assert "moved into the level's summary, reworded" in changes[1].message


def test_a_statement_moved_into_the_summary_and_reworded_to_ask_more_is_graded():
    def edit(d):
        cell(d, "IC1", "impact").pop(1)
        level(d, "IC1")["summary"] = "Engineers are always supported by the team when stuck on a task."

    changes = compare(edited(lambda d: cell(d, "IC1", "impact").__setitem__(
        1, "Engineers are supported by the team when stuck on a task.")), edited(edit))
    assert ("statement-removed", "structural", "IC1", "impact") not in summary(changes)
