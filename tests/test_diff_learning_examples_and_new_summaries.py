"""Readings a report-only trial found wrong: the plain verbs of learning
("Learns to", "I start writing", "gets better at") dropped read as words
taken out, so a raised bar passed `--fail-on raises-bar`; "learn" put in read
as more involvement."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(("old", "new"), [
    ("Learns to write correct Go code, following guidance", "Writes correct Go code, following guidance"),
    ("I learn to use Terraform", "I use Terraform"),
    ("I learn how to debug our services", "I debug our services"),
    ("I start writing design documents", "I write design documents"),
    ("I begin reviewing pull requests", "I review pull requests"),
    ("I get better at writing tests", "I write tests"),
    ("I practise writing tests", "I write tests"),
    ("Gains experience in incident response", "Has experience in incident response"),
    ("I learn our deployment process", "I understand our deployment process"),
])
def test_still_learning_taken_out_raises_mastery(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "raises-bar"
    assert "mastery raised" in graded.reasons


@pytest.mark.parametrize(("old", "new"), [
    ("I understand our deployment process", "I learn our deployment process"),
    ("I use Terraform", "I learn to use Terraform"),
    ("I write tests", "I start writing tests"),
])
def test_still_learning_put_in_lowers_mastery(old, new):
    graded = grade(old, new)
    assert graded.impact.value == "lowers-bar"
    assert tuple(graded.reasons) == ("mastery lowered",)


@pytest.mark.parametrize(("old", "new", "impact"), [
    # One way of saying "still learning" for another: the same.
    ("Is learning to write correct Go code", "Learns to write correct Go code", "editorial"),
    ("I am learning to use Terraform", "I learn how to use Terraform", "editorial"),
    # Learning from mistakes is a habit, not a skill still being acquired; others' learning is not the subject's.
    ("I own my mistakes", "I own my mistakes and learn from them", "raises-bar"),
    ("I help new hires learn the codebase", "I help new hires learn the codebase quickly", "raises-bar"),
    # "start" before a noun is no start of learning.
    ("I start meetings on time", "I run meetings on time", "raises-bar"),
])
def test_nearby_readings_stay(old, new, impact):
    graded = grade(old, new)
    assert graded.impact.value == impact
    assert "mastery raised" not in graded.reasons and "mastery lowered" not in graded.reasons or impact == "editorial"
