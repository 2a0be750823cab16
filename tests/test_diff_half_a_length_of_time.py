"""Half a period in a length of time is half its length, as a deadline
reads it ("for half a year" -> "for 9 months" lengthens it, a raise, and
must fail ``--fail-on raises-bar``); "half" elsewhere ("half the team") is
not a length (trial 9, finding 1 and 10)."""

from __future__ import annotations

import pytest

from diffkit import reworded

FOR = "I lead an initiative for {}."


@pytest.mark.parametrize(
    ("old", "new", "impact", "reasons"),
    [
        ("half a year", "9 months", "raises-bar", ["duration lengthened"]),
        ("half a year", "a year", "raises-bar", ["duration lengthened"]),
        ("half a day", "20 hours", "raises-bar", ["duration lengthened"]),
        ("half a month", "3 weeks", "raises-bar", ["duration lengthened"]),
        ("a year", "half a year", "lowers-bar", ["duration shortened"]),
        ("a year", "a year and a half", "raises-bar", ["duration lengthened"]),
        # The same length said another way.
        ("6 months", "half a year", "editorial", []),
        ("12 hours", "half a day", "editorial", []),
        ("the next six months", "the next half year", "editorial", []),
        ("six months", "a half-year", "editorial", []),
        ("six months", "a semester", "editorial", []),
        ("12 hours", "a half-day", "editorial", []),
        ("18 months", "a year and a half", "editorial", []),
        ("18 months", "one and a half years", "editorial", []),
        ("18 months", "1.5 years", "editorial", []),
        ("two weeks", "a fortnight", "editorial", []),
    ],
)
def test_half_a_period_is_half_its_length(old, new, impact, reasons):
    graded = reworded(FOR.format(old), FOR.format(new))
    assert (graded[0], graded[1], graded[2]) == (impact, None, reasons)


@pytest.mark.parametrize(
    ("old", "new", "impact", "reasons"),
    [
        # Deadlines already read "half": unchanged.
        ("I answer pages within half a year.", "I answer pages within 9 months.", "lowers-bar", ["deadline relaxed"]),
        # The same unit: a number.
        (FOR.format("six months"), FOR.format("three months"), "lowers-bar", ["number lowered"]),
    ],
)
def test_near_misses_are_read_as_before(old, new, impact, reasons):
    graded = reworded(old, new)
    assert (graded[0], graded[2]) == (impact, reasons)


def test_half_of_people_is_no_length_of_time():
    graded = reworded("I mentor half the team for a year.", "I mentor the team for a year.")
    assert not any(reason.startswith("duration") for reason in graded[2])


def test_half_a_year_made_nine_months_fails_the_raises_bar_gate(tmp_path):
    """The walk around the gate: a longer engagement written in another unit."""
    from click.testing import CliRunner

    from diffkit import statement_revisions
    from ladderlint.cli import main

    paths = statement_revisions(tmp_path, FOR.format("half a year"), FOR.format("nine months"))
    result = CliRunner().invoke(main, ["diff", "--fail-on", "raises-bar", *paths])
    assert result.exit_code == 1, result.output
    assert "(read as: duration lengthened: 'half a year' -> 'nine months')" in result.output
