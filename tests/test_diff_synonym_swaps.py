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


def test_a_synonym_swap_is_a_wording_fix_in_the_diff():
    def saying(text):
        return edited(lambda d: cell(d, "IC1", "ownership").__setitem__(0, text))

    old = saying("I own my failures and clean up after them")
    new = saying("I own my failures and tidy up after them")
    assert summary(compare(old, new)) == [("statement-reworded", "editorial", "IC1", "ownership")]
