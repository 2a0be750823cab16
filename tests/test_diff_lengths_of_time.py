"""Lengths of time said in other units are compared on one scale ("for the
next six months" -> "for the next 90 days" is shorter, a lower bar), and
the reading names them; a start or a hedge of becoming taken out is only a
raise; "at least N" put in is a number asked (trial 8 on Codecademy's
engineering competencies)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from diffkit import reworded, statement_revisions
from ladderlint.cli import main

KEEP = "I write documentation that is easy to maintain for the next {}."


@pytest.mark.parametrize(
    ("old", "new", "impact", "reason"),
    [
        # Another unit: the length, not the number, says which way it went.
        ("six months", "90 days", "lowers-bar", "duration shortened"),
        ("six months", "two years", "raises-bar", "duration lengthened"),
        ("six months", "1 year", "raises-bar", "duration lengthened"),
        ("six months", "year", "raises-bar", "duration lengthened"),
        ("six months", "1.5 years", "raises-bar", "duration lengthened"),
        ("six months", "3 wks", "lowers-bar", "duration shortened"),
        ("a year", "2-3 quarters", "lowers-bar", "duration shortened"),
        ("a few months", "year", "raises-bar", "duration lengthened"),
        # A sprint is a week to four, as each team has it: shorter however long, or a reader must say.
        ("six months", "4 sprints", "lowers-bar", "duration shortened"),
        ("six months", "10 sprints", "raises-bar", "duration unclear"),
    ],
)
def test_a_length_of_time_in_another_unit_is_compared_by_its_length(old, new, impact, reason):
    graded = reworded(KEEP.format(old), KEEP.format(new))
    assert graded[0] == impact
    assert graded[2] == [reason]
    assert graded[1] == ("lowers-bar" if reason.endswith("unclear") else None)


@pytest.mark.parametrize(
    ("old", "new", "impact", "reasons"),
    [
        # The same length said another way: the calendar's slack.
        (KEEP.format("six months"), KEEP.format("26 weeks"), "editorial", []),
        ("I have 5+ years of experience.", "I have 60+ months of experience.", "editorial", []),
        ("I have 2 years of experience.", "I have 18 months of experience.", "lowers-bar", ["duration shortened"]),
        ("I was on call for 36 hours.", "I was on call for 2 days.", "raises-bar", ["duration lengthened"]),
        ("I plan the roadmap a quarter ahead.", "I plan the roadmap a year ahead.", "raises-bar",
         ["duration lengthened"]),
        # Under a most, a longer length asks less, as a larger number does.
        ("I keep pull requests open for at most two weeks.", "I keep pull requests open for at most a month.",
         "lowers-bar", ["duration lengthened"]),
        ("I keep pull requests open for no longer than two weeks.",
         "I keep pull requests open for no longer than 10 days.", "raises-bar", ["duration shortened"]),
    ],
)
def test_lengths_of_time_read_wherever_they_stand(old, new, impact, reasons):
    assert reworded(old, new) == (impact, None, reasons)


@pytest.mark.parametrize(
    ("old", "new", "graded"),
    [
        # The same unit: a number, as before.
        (KEEP.format("six months"), KEEP.format("three months"), ("lowers-bar", None, ["number lowered"])),
        (KEEP.format("six months"), KEEP.format("twelve months"), ("raises-bar", None, ["number raised"])),
        ("I have a year of experience.", "I have two years of experience.", ("raises-bar", None, ["number raised"])),
        # Deadlines and frequencies are read as such.
        ("I review changes within 2 days.", "I review changes within 1 week.", ("lowers-bar", None, ["deadline relaxed"])),
        ("I review changes within 48 hours.", "I review changes within 1 day.",
         ("raises-bar", None, ["deadline tightened"])),
        ("I review code every 2 weeks.", "I review code every month.", ("lowers-bar", None, ["frequency lowered"])),
        ("Coach new hires during their first three months.", "Coach new hires during their first 90 days.",
         ("editorial", None, [])),
        # Numbers that are no lengths of time.
        ("I mentor two engineers.", "I mentor three engineers.", ("raises-bar", None, ["number raised"])),
        ("I keep coverage above 80%.", "I keep coverage above 90%.", ("raises-bar", None, ["number raised"])),
        # "next year" is a date, not a length.
        ("I plan for next year.", "I plan for next quarter.", ("raises-bar", None, ["words replaced"])),
    ],
)
def test_near_misses_read_as_before(old, new, graded):
    assert reworded(old, new) == graded


@pytest.mark.parametrize(
    "old",
    [
        "You start becoming a domain resource to engineers outside of your team.",
        "You begin to become a domain resource to engineers outside of your team.",
        "You are becoming a domain resource to engineers outside of your team.",
    ],
)
def test_a_start_of_becoming_taken_out_only_raises(old):
    assert reworded(old, "You are a domain resource to engineers outside of your team.") == (
        "raises-bar", None, ["mastery raised"])


def test_a_start_of_becoming_put_in_only_lowers():
    assert reworded("You are a domain resource.", "You start becoming a domain resource.") == (
        "lowers-bar", None, ["mastery lowered"])


@pytest.mark.parametrize("least", ["at least two", "a minimum of two", "two"])
def test_a_least_count_put_in_is_a_number_asked(least):
    assert reworded("You mentor members of your team.", f"You mentor {least} members of your team.") == (
        "raises-bar", None, ["number raised"])


def test_a_least_said_of_the_same_number_asks_nothing_new():
    assert reworded("You mentor two members of your team.", "You mentor at least two members of your team.") == (
        "editorial", None, [])


def test_the_text_report_names_the_lengths(tmp_path):
    """The reading quotes both lengths, and a shorter one passes the raises-bar gate."""
    paths = statement_revisions(tmp_path, KEEP.format("six months"), KEEP.format("90 days"))
    result = CliRunner().invoke(main, ["diff", "--fail-on", "raises-bar", *paths])
    assert result.exit_code == 0, result.output
    assert "lowers-bar" in result.output
    assert "(read as: duration shortened: 'six months' -> '90 days')" in result.output
