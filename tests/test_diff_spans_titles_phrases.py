"""Someone's first weeks as the span of an engagement, not a deadline
("a culture coach for a new team member in their first three months" asks
more than "... in their first month"), whatever the preposition; another
name of the role offered with "or" ("As a Software Engineer IV or Platform
Manager"); and phrases owners swap for one another ("get buy-in" / "win
support")."""

from __future__ import annotations

from typing import Any

import pytest

from diffkit import edited, level, summary
from ladderlint.diff import compare
from ladderlint.diff.grade import grade

@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Advocate and get buy-in for technical solutions.", "Advocate and win support for technical solutions.",
         "editorial"),
        ("Advocate and get buy-in for technical solutions.", "Advocate and gain support for technical solutions.",
         "editorial"),
        ("Gets buy-in from stakeholders", "Won support from stakeholders", "editorial"),
        ("Secures buy-in for designs", "Wins support for designs", "editorial"),
        # Added or taken out, the phrase still asks for what it says.
        ("Ship features", "Ship features and win support for them", "raises-bar"),
        ("Ship features and get buy-in for them", "Ship features", "lowers-bar"),
        # "have" -> "produce": the making asked, which a light verb does not say.
        ("Lead structured meetings that run to time and have tangible outputs",
         "Lead structured meetings that run to time and produce tangible outputs", "raises-bar"),
    ],
)
def test_phrases_owners_swap_for_getting_agreement(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons
