"""Grading classes from the gate13 and diff13 trials: a number in words is
the same number in figures wherever it stands; tidy-ups that say the same
thing (a light verb dropped before its noun, synonyms of foreseeing and of
obstacles) are wording; an opposite by prefix, a statement made a
question, struck through, hidden or given help in an example ask less; and
a rewording whose every reading lowers the bar is headed lowers-bar."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from diffkit import statement_revisions
from ladderlint.cli import main
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Spelt out in a part of a set, a deadline, a bound, above twelve, joined by a hyphen.
        ("I deliver 3 of my team's goals on time", "I deliver three of my team's goals on time"),
        ("I deliver two of my team's goals on time", "I deliver 2 of my team's goals on time"),
        ("I respond to pages within 15 minutes", "I respond to pages within fifteen minutes"),
        ("I respond to pages within 15 minutes", "I respond to pages within a quarter of an hour"),
        ("Keep latency under 5 seconds", "Keep latency under five seconds"),
        ("Mentor 25 engineers", "Mentor twenty-five engineers"),
        ("Handles 15 tickets a week", "Handles fifteen tickets a week"),
        ("Reviews 1 of the designs", "Reviews one of the designs"),
        # As before.
        ("I run 2 interviews a month", "I run two interviews a month"),
    ],
)
def test_a_number_in_words_is_the_same_number(old, new):
    assert grade(old, new).impact.value == "editorial"
    assert grade(new, old).impact.value == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Another number, however written, still moves the bar.
        ("I deliver 3 of my team's goals on time", "I deliver two of my team's goals on time", "lowers-bar"),
        ("I deliver 3 of my team's goals on time", "I deliver four of my team's goals on time", "raises-bar"),
        ("Respond within fifteen minutes", "Respond within twenty minutes", "lowers-bar"),
        ("Respond within 15 minutes", "Respond within half an hour", "lowers-bar"),
        ("Respond within 30 minutes", "Respond within three quarters of an hour", "lowers-bar"),
        # A ranking is no part of a set: a lower place in the top asks more.
        ("Ranks in the top ten of the CTF", "Ranks in the top 3 of the CTF", "raises-bar"),
        # A number joined to a word names a kind, no count: read as words.
        ("Works in two-pizza teams", "Works in teams", "lowers-bar"),
    ],
)
def test_another_number_in_words_still_moves_the_bar(old, new, impact):
    assert grade(old, new).impact.value == impact


def test_a_spelt_number_is_quoted_as_written(tmp_path):
    paths = statement_revisions(tmp_path, "Keeps the logs for half a year", "Keeps the logs for nine months")
    result = CliRunner().invoke(main, ["diff", *paths])
    assert "'half a year' -> 'nine months'" in result.output


def test_a_number_spelt_out_passes_the_lowers_bar_gate(tmp_path):
    paths = statement_revisions(tmp_path, "I deliver 3 of my team's goals on time",
                                "I deliver three of my team's goals on time")
    result = CliRunner().invoke(main, ["diff", "--fail-on", "lowers-bar", *paths])
    assert result.exit_code == 0, result.output
    assert "editorial" in result.output


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Make steady progress on issues.", "Progress steadily on issues."),
        ("Make progress on issues.", "Progress on issues."),
        ("Do a review of the design.", "Review the design."),
        ("Foresee impediments, mitigate them and escalate them.",
         "Anticipate obstacles and mitigate them and escalate them."),
        ("Removes blockers for the team.", "Removes impediments for the team."),
    ],
)
def test_tidy_ups_that_say_the_same_are_wording(old, new):
    assert grade(old, new).impact.value == "editorial"
    assert grade(new, old).impact.value == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The light verb replaced by another verb, or the noun still a noun, or a qualifier dropped with it.
        ("Make progress on issues.", "Track progress on issues.", "raises-bar"),
        ("Make progress reports.", "Progress reports.", "lowers-bar"),
        ("Make steady progress on issues.", "Progress on issues.", "lowers-bar"),
        ("Give feedback to peers.", "Feedback to peers.", "lowers-bar"),
    ],
)
def test_a_light_verb_changed_otherwise_is_read(old, new, impact):
    assert grade(old, new).impact.value == impact


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("I proactively identify new opportunities", "I reactively identify new opportunities", "words taken out"),
        ("I independently identify solutions", "I dependently identify solutions", "autonomy lowered"),
        ("I write secure code", "I write insecure code", "words taken out"),
        ("I independently identify the right solutions", "Do I independently identify the right solutions?",
         "made a question"),
        ("I independently identify the right solutions", "~~I independently identify the right solutions~~",
         "words taken out"),
        ("I independently identify the right solutions", "<!-- I independently identify the right solutions -->",
         "words taken out"),
        ("I write and review code", "I write ~~and review~~ code", "words taken out"),
        ("I independently identify the right solutions",
         "I independently identify the right solutions, e.g. with help from my manager", "autonomy lowered"),
    ],
)
def test_lowerings_that_looked_like_wording_lower_the_bar(old, new, reason):
    graded = grade(old, new)
    assert graded.impact.value == "lowers-bar"
    assert reason in graded.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The other way round asks more.
        ("I reactively fix bugs", "I proactively fix bugs", "raises-bar"),
        ("Do I lead the design reviews?", "I lead the design reviews", "raises-bar"),
        # A question kept, one quoted, emphasis, and examples of things or of whom it is done with.
        ("Do I lead reviews?", "Do I lead the reviews?", "editorial"),
        ("I ask why it failed", "I ask: why did it fail?", "editorial"),
        ("I write **secure** code", "I write secure code", "editorial"),
        ("I identify solutions for problems", "I identify solutions for problems, e.g. data quality issues",
         "editorial"),
        ("I identify solutions", "I identify solutions, e.g. with product managers", "editorial"),
    ],
)
def test_near_misses_of_those_lowerings(old, new, impact):
    assert grade(old, new).impact.value == impact


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("Able to drive and complete new assignments without the need for constant significant guidance.",
         "Able to drive and complete new assignments with guidance.", "autonomy lowered"),
        ("Able to drive and complete new assignments.", "Able to participate in new assignments.",
         "involvement lowered"),
        ("Drives projects and writes docs", "Participates in projects", "involvement lowered"),
    ],
)
def test_a_rewording_whose_readings_all_lower_is_headed_lowers_bar(old, new, reason):
    graded = grade(old, new)
    assert graded.impact.value == "lowers-bar" and graded.also is None
    assert reason in graded.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Helps with design reviews", "Leads and writes design reviews"),
        # A negation reworded alone, or with words put in, still asks a reviewer on the raises side.
        ("I do not ignore failing tests", "I never fix failing tests"),
    ],
)
def test_readings_that_raise_still_head_raises_bar(old, new):
    assert grade(old, new).impact.value == "raises-bar"
