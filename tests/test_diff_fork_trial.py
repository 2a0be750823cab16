"""Grades a trial on forks of a public progression framework found wrong,
each read by a general rule of how people edit: a sentence taken out whole
takes its help with it, and asks less."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # A sentence taken out whole, help and all: what it asked is no longer asked.
        ("Pulls knowledge from well defined processes and procedures. Has development goals they've set with "
         "their manager and makes progress on these. Owns and drives their own development.",
         "Pulls knowledge from well defined processes and procedures.", "lowers-bar"),
        ("Writes tests. Pairs with a senior engineer on designs.", "Writes tests.", "lowers-bar"),
        ("Ships features. Plans work with guidance from their lead.", "Ships features.", "lowers-bar"),
        # Put in whole, it is one more thing asked.
        ("Writes tests.", "Writes tests. Pairs with a senior engineer on designs.", "raises-bar"),
        # Help taken out of a sentence that stays is still more autonomy.
        ("Plans work with guidance from their lead.", "Plans work.", "raises-bar"),
        ("Ships features. Plans work with guidance from their lead.", "Ships features. Plans work.", "raises-bar"),
    ],
)
def test_a_sentence_taken_out_whole_takes_its_help_with_it(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons
