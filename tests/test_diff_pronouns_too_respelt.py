"""Rewordings that ask nothing new and were read as asking more: help asked
for said another way."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Asking for help, however said, is the help "seeking help" is.
        ("Tries to unblock themselves before seeking help", "Tries to unblock themselves before asking for help"),
        ("Seeks help when stuck", "Asks others for help when stuck"),
    ],
)
def test_rewordings_that_ask_nothing_new_are_editorial(old, new):
    result = grade(old, new)
    assert result.impact.value == "editorial", result.reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Help asked for is still help had.
        ("Works independently", "Asks others for help", "lowers-bar"),
        ("Asks for help", "Works independently", "raises-bar"),
    ],
)
def test_numbers_degrees_and_help_are_still_read(old, new, impact):
    result = grade(old, new)
    assert result.impact.value == impact, result.reasons
