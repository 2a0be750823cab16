"""Help needed or asked for "when" something happens: the "when" says when
the help is sought, not what it is with, so taking the condition out asks
for help more often (lowers the bar), and putting it in raises it."""

from __future__ import annotations

import pytest

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Requires guidance when on call.", "Requires guidance.", "lowers-bar"),
        ("Requires guidance.", "Requires guidance when on call.", "raises-bar"),
        ("Requires help when debugging production issues.", "Requires help when debugging issues.", "lowers-bar"),
        ("Requires help when debugging issues.", "Requires help when debugging production issues.", "raises-bar"),
        ("Needs guidance when on call.", "Needs guidance.", "lowers-bar"),
        ("Needs guidance.", "Needs guidance when on call.", "raises-bar"),
        ("Needs help when debugging production issues.", "Needs help when debugging issues.", "lowers-bar"),
        ("Needs help when debugging issues.", "Needs help when debugging production issues.", "raises-bar"),
    ],
)
def test_when_help_is_sought_is_no_help_topic(old, new, impact):
    result = grade(old, new)
    assert result.impact.value == impact, result.reasons
    assert "help asked for" not in " ".join(result.reasons)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # What the help is with is still a limit on it.
        ("Needs help with complex tasks and tasks outside their specialty", "Needs help with complex tasks",
         "raises-bar"),
        ("Needs help with complex tasks", "Needs help with complex tasks and tasks outside their specialty",
         "lowers-bar"),
    ],
)
def test_help_topics_are_still_read(old, new, impact):
    assert grade(old, new).impact.value == impact


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # However the help is had (received, "with", "under", got), "when" or "if" after it is a condition.
        ("Receives guidance when on call.", "Receives guidance.", "lowers-bar"),
        ("Receives guidance.", "Receives guidance when on call.", "raises-bar"),
        ("Works with guidance when on call.", "Works with guidance.", "lowers-bar"),
        ("Works with guidance.", "Works with guidance when on call.", "raises-bar"),
        ("Works under supervision when on call.", "Works under supervision.", "lowers-bar"),
        ("Gets help if stuck.", "Gets help.", "lowers-bar"),
    ],
)
def test_when_help_is_had_is_no_help_topic(old, new, impact):
    result = grade(old, new)
    assert result.impact.value == impact, result.reasons
    assert "help asked for" not in " ".join(result.reasons)


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The last of what the help is with taken out: help with all of it, as a condition taken out is help
        # every time. Read as a topic ("more help asked for"), not as words taken out.
        ("Receives guidance on estimates.", "Receives guidance.", "lowers-bar"),
        ("Works with guidance on estimates.", "Works with guidance.", "lowers-bar"),
    ],
)
def test_what_help_had_is_with_is_still_a_topic(old, new, impact):
    assert grade(old, new).impact.value == impact
    assert grade(old, new).reasons == ("more help asked for",)
