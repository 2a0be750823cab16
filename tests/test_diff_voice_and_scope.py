"""Following a statement that changed its voice, its scope or a word on the
way to another level: the same statement, moved, not one removed and
another added.

Frameworks are written in one voice ("I deliver", "You deliver",
"Delivers"); a statement copied from another framework or rewritten by
another owner may come in another. And a statement moved up a level often
asks at a wider scope ("their team" -> "the organisation"), or with a word
changed, which in a short statement is much of it."""

from __future__ import annotations

import pytest
from diffkit import cell, edited

from ladderlint.diff import Impact, Kind, compare


def _moved(old: tuple[str, str, str], new: tuple[str, str, str]) -> list[tuple[str, str | None, str | None]]:
    before = edited(lambda d: cell(d, old[0], old[1]).append(old[2]))
    after = edited(lambda d: cell(d, new[0], new[1]).append(new[2]))
    return sorted((c.kind.value, c.old_level, c.level) for c in compare(before, after))


@pytest.mark.parametrize(("old", "new"), [
    # Into the third person, in a framework written in the first.
    ("I hold myself and others accountable for our commitments",
     "Holds themselves and others accountable for their commitments"),
    # Into the first person.
    ("Holds themselves and others accountable", "I hold myself and others accountable"),
    # From the second person into the first.
    ("You are interview-trained and share the interview load for your team",
     "I am interview-trained and share the interview load for my team"),
])
def test_a_statement_moved_and_put_in_another_voice_is_one_move(old, new):
    """The pronouns of another voice are rare words of a framework written
    in one: they do not make the statement another."""
    assert _moved(("IC1", "impact", old), ("IC2", "impact", new)) == [("statement-moved", "IC1", "IC2")]


@pytest.mark.parametrize(("old", "new"), [
    ("Bootstraps new teams", "Bootstraps new organisations"),
    ("Grows their team", "Grows their organisation"),
])
def test_a_statement_moved_a_level_up_at_a_wider_scope_is_one_move(old, new):
    before = edited(lambda d: cell(d, "IC2", "impact").append(old))
    after = edited(lambda d: cell(d, "IC3", "impact").append(new))
    [change] = compare(before, after)
    assert (change.kind, change.old_level, change.level) == (Kind.STATEMENT_MOVED, "IC2", "IC3")
    assert change.impact is not Impact.EDITORIAL  # it asks for more where it is now


def test_a_scope_word_in_common_does_not_make_two_statements_one():
    """Another scope is read as the same statement only where the rest of it is the same."""
    before = edited(lambda d: cell(d, "IC2", "impact").append("Reviews the code of their team"))
    after = edited(lambda d: cell(d, "IC3", "impact").append("Hires engineers for the organisation"))
    assert sorted(c.kind.value for c in compare(before, after)) == ["statement-added", "statement-removed"]


@pytest.mark.parametrize(("old", "new"), [
    ("Proactively shares knowledge internally", "Proactively shares understanding internally"),
    ("I write and speak clearly", "I write and speak plainly"),
    ("Mentors new engineers informally", "Coaches new engineers informally"),
])
def test_a_short_statement_moved_to_the_next_level_with_a_word_changed_is_one_move(old, new):
    """One word of four or five is much of a short statement, too much for a
    move anywhere; a move to the level next to it in its competency, keeping
    most of its words, is what the move within a level is."""
    before = edited(lambda d: cell(d, "IC2", "impact").append(old))
    after = edited(lambda d: cell(d, "IC1", "impact").append(new))
    [change] = compare(before, after)
    assert (change.kind, change.old_level, change.level) == (Kind.STATEMENT_MOVED, "IC2", "IC1")


@pytest.mark.parametrize(("old", "new", "to"), [
    # Most of its words changed.
    ("Reviews code changes", "Reviews design changes", "IC2"),
    # Two levels away.
    ("Proactively shares knowledge internally", "Proactively shares understanding internally", "IC3"),
])
def test_a_statement_of_another_level_that_changes_much_of_it_or_is_far_is_no_move(old, new, to):
    before = edited(lambda d: cell(d, "IC1", "impact").append(old))
    after = edited(lambda d: cell(d, to, "impact").append(new))
    assert sorted(c.kind.value for c in compare(before, after)) == ["statement-added", "statement-removed"]
