"""Near-synonyms owners swap when they reword ("clean up" / "tidy up",
"fixes" / "resolves", "uses" / "utilises"): wording, not a higher bar.
Words that only look alike still ask another thing."""

from __future__ import annotations

import pytest

from diffkit import cell, edited, summary
from ladderlint.diff import compare
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Doesn't leave loose ends for others to clean up.", "Doesn't leave loose ends for others to tidy up."),
        ("Fixes bugs in their area.", "Resolves bugs in their area."),
        ("Uses dashboards to find regressions.", "Leverages dashboards to find regressions."),
        ("Uses the tools we have.", "Utilises the tools we have."),
        ("Talks to customers about their needs.", "Speaks to clients about their needs."),
        ("Starts conversations about risk.", "Begins conversations about risk."),
        ("Raises risks early.", "Flags risks early."),
        ("Communicates ideas clearly.", "Conveys ideas clearly."),
        ("Collaborates with other teams.", "Cooperates with other teams."),
        # Already known: kept.
        ("Makes sure tests pass before merging.", "Ensures tests pass before merging."),
        ("Helps teammates debug.", "Assists teammates debug."),
        ("Demonstrates good judgement.", "Shows good judgement."),
    ],
)
def test_a_near_synonym_swapped_is_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Reviews designs.", "Approves designs.", "raises-bar"),
        ("Raises risks early.", "Escalates risks early.", "raises-bar"),
        ("Fixes the cause of incidents.", "Mitigates the cause of incidents.", "raises-bar"),
        # Using, however it is said, is less than building.
        ("Leverages dashboards to find regressions.", "Builds dashboards to find regressions.", "raises-bar"),
        ("Builds dashboards.", "Utilises dashboards.", "lowers-bar"),
    ],
)
def test_words_that_ask_another_thing_keep_their_grade(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Words and phrases ladder writers use for one another when they reword (real statements).
        ("Comes prepared for meetings.", "Arrives prepared for meetings."),
        ("Accepts feedback graciously", "Takes feedback gracefully"),
        ("Seeks feedback and receives it well.", "Seeks feedback and takes it well."),
        ("For more complicated tasks, they leverage the knowledge of their peers to plan and execute their work "
         "on time.", "For more complicated tasks, they use the knowledge of their peers to plan and carry out "
         "their work on time."),
        ("You warn relevant stakeholders of potential issues.", "You alert relevant stakeholders to potential issues."),
        ("Completes well-defined tasks.", "Gets well-defined tasks done."),
        ("Debugs complex production issues at speed", "Debugs complex production issues quickly"),
        ("Proactively unblocks colleagues when they are struggling.",
         "Proactively unblocks coworkers when they are struggling."),
        ("Delivers their work on time.", "Gets their work done on time."),
        ("Can own their small-to-medium features all the way through from technical design to launch.",
         "Can own their small-to-medium features end to end, from technical design to launch."),
        ("Understands the difficulties that the team is going through and helps how they can.",
         "Understands the difficulties that the team is going through and supports them however they can."),
        # One-to-one meetings, however they are written.
        ("Has regular 1-1s with their manager.", "Has regular one-to-ones with their manager."),
        ("Holds 1:1s with their reports.", "Holds one-on-ones with their reports."),
        ("Carries out 1on1s and performance reviews.", "Carries out one to ones and performance reviews."),
        # The same request with grammar put in between what is asked for.
        ("Actively seeks feedback to improve from colleagues and receives it well.",
         "Actively asks colleagues for feedback in order to improve, and takes it well."),
    ],
)
def test_words_ladder_writers_use_interchangeably_are_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A real change beside an interchangeable word is still read.
        ("Helps the team plan the sprint.", "Leads the team in planning the sprint.", "raises-bar"),
        ("Supports the release.", "Owns the release.", "raises-bar"),
        ("Completes well-defined tasks.", "Gets well-defined tasks done with help.", "lowers-bar"),
        ("Warns stakeholders of potential issues.", "Always alerts stakeholders to potential issues.", "raises-bar"),
        ("Accepts feedback graciously", "Seeks out and accepts feedback graciously", "raises-bar"),
        ("Executes the plan.", "Owns the plan.", "raises-bar"),
        ("Debugs production issues at speed", "Debugs production issues within a day", "raises-bar"),
        ("Unblocks coworkers.", "Unblocks junior coworkers.", "lowers-bar"),
        ("Has regular 1-1s with their manager.", "Has regular one-to-ones with their skip-level manager.",
         "raises-bar"),
        # "get" with no "done" gets a thing; "how they can" with more in its clause asks what it says.
        ("Completes well-defined tasks.", "Gets well-defined tasks.", "raises-bar"),
        ("Explains how they can improve.", "Explains they can improve.", "lowers-bar"),
    ],
)
def test_interchangeable_words_beside_a_real_change_keep_its_grade(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A prefix put on a word makes another word, however alike the letters: not a misspelling.
        ("Passes the bar.", "Surpasses the bar."),
        ("Views designs.", "Reviews designs."),
    ],
)
def test_a_word_with_a_prefix_put_on_is_another_word(old, new):
    assert grade(old, new).impact.value != "editorial", grade(old, new).reasons


def test_a_synonym_swap_is_a_wording_fix_in_the_diff():
    def saying(text):
        return edited(lambda d: cell(d, "IC1", "ownership").__setitem__(0, text))

    old = saying("I own my failures and clean up after them")
    new = saying("I own my failures and tidy up after them")
    assert summary(compare(old, new)) == [("statement-reworded", "editorial", "IC1", "ownership")]
