"""A level's people described as helped ("Guided contributor") work with
help: less autonomy, not more asked, whatever word of growth it replaces."""

from __future__ import annotations

import pytest

from diffkit import edited, level, summary
from ladderlint.diff import compare
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Still learning for guided: both ask less than doing it alone; the help said is read.
        ("Learning contributor", "Guided contributor", "lowers-bar"),
        ("Guided contributor", "Learning contributor", "raises-bar"),
        # Help put in or taken out.
        ("Contributor", "Guided contributor", "lowers-bar"),
        ("Is a supported engineer who ships small features.", "Is an engineer who ships small features.",
         "raises-bar"),
        # Not one helped: someone who helped others, said another way.
        ("Has mentored engineers on the team.", "Has coached engineers on the team.", "editorial"),
        ("Mentored engineers on the team.", "Mentored engineers on the team and led a project.", "raises-bar"),
        ("Learning contributor", "Contributor", "raises-bar"),
    ],
)
def test_a_person_described_as_helped_has_less_autonomy(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_a_summary_that_says_guided_for_learning_lowers_the_bar():
    def saying(text):
        return edited(lambda d: level(d, "IC1").__setitem__("summary", text))

    old = saying("Learning contributor. Delivers small tasks.")
    new = saying("Guided contributor. Delivers small tasks.")
    assert [(kind, impact) for kind, impact, *_rest in summary(compare(old, new))] == [
        ("summary-changed", "lowers-bar")]
