"""Words only taken out of a statement: a verb of several, or an "or"
that says how far the work reaches ("the immediate or extended team"),
taken out asks less. One more way to meet a statement ("uses or builds",
"in reviews or in planning") taken out still asks more."""

from __future__ import annotations

import pytest

from diffkit import cell, edited, summary
from ladderlint.diff import compare
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A second verb and the wider reach taken out.
        ("Mentors and actively drives the technical skills of the immediate or extended team.",
         "Mentors the immediate team.", "lowers-bar"),
        ("Mentors the immediate or extended team.", "Mentors the immediate team.", "lowers-bar"),
        ("Improves processes for their team or organisation.", "Improves processes for their team.", "lowers-bar"),
        ("Improves processes for their team or the wider organisation.", "Improves processes for their team.",
         "lowers-bar"),
        # Put in, the reach widens.
        ("Mentors the immediate team.", "Mentors the immediate or extended team.", "raises-bar"),
        ("Improves processes for their team.", "Improves processes for their team or organisation.", "raises-bar"),
        # Of what is to be avoided, a narrower reach leaves less to avoid.
        ("Never breaks the builds of their team or organisation.", "Never breaks the builds of their team.",
         "lowers-bar"),
    ],
)
def test_an_or_of_wider_reach_is_scope(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A narrower reach, another verb or another place offered: one way fewer to meet it.
        ("Improves processes for their organisation or team.", "Improves processes for their organisation.",
         "raises-bar"),
        ("Uses or builds pipelines", "Builds pipelines", "raises-bar"),
        ("Shares knowledge in reviews or in planning sessions.", "Shares knowledge in reviews.", "raises-bar"),
        # A verb of two joined by "and" taken out: less.
        ("Mentors and coaches engineers on the team.", "Mentors engineers on the team.", "lowers-bar"),
    ],
)
def test_other_alternatives_keep_their_grade(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_wider_reach_taken_out_is_a_lower_expectation_in_the_diff():
    def saying(text):
        return edited(lambda d: cell(d, "IC1", "impact").__setitem__(0, text))

    old = saying("I deliver my tasks and help my immediate or extended team deliver theirs")
    new = saying("I deliver my tasks and help my immediate team deliver theirs")
    assert summary(compare(old, new)) == [("statement-reworded", "lowers-bar", "IC1", "impact")]
