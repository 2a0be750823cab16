"""Paraphrases that keep what a statement asks: the same words of meaning,
reordered, with a verb and its preposition said by another verb ("comes to
their manager with problems" / "brings problems to their manager"), the
people of one's team named by where they are ("team members" / "the people
on the team"), a near-synonym of equal strength ("potential" / "likely")
and a word that says a thing is as it should be before its noun
("healthy relationships"). And where a raise is read only from words of
meaning, the text and JSON outputs name the words that carried it."""

from __future__ import annotations

import json

import pytest

from ladderlint.diff.changes import Impact
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(("old", "new"), [
    # A new user's rewordings, graded raises-bar before.
    ("Comes to manager with problems and potential causes.",
     "Brings problems and their likely causes to their manager."),
    ("Builds relationships with team members", "Builds good working relationships with the people on the team"),
    # The class: the verb and its preposition for one verb, either way round.
    ("Goes to their manager with problems", "Takes problems to their manager"),
    ("Takes problems to their manager", "Goes to their manager with problems"),
    ("Approaches the team with ideas", "Brings ideas to the team"),
    # The people of one's team named another way.
    ("Builds relationships with team members", "Builds relationships with people in the team"),
    ("Builds relationships with team members", "Builds relationships with people on my team"),
    ("Builds relationships with teammates", "Builds relationships with members of the team"),
    # A near-synonym of equal strength.
    ("Comes to manager with problems and potential causes.", "Comes to manager with problems and possible causes."),
    # A word that says the thing is as it should be.
    ("Builds relationships with team members", "Builds healthy relationships with teammates"),
])
def test_paraphrases_are_editorial(old, new):
    graded = grade(old, new)
    assert graded.impact is Impact.EDITORIAL, graded.reasons


@pytest.mark.parametrize(("old", "new"), [
    # New reach, a new ask, a new action: still more asked.
    ("Builds relationships with team members", "Builds relationships with other teams' leads"),
    ("Comes to manager with problems", "Comes to manager with problems and proposed solutions"),
    ("Comes to manager with problems", "Brings problems and solutions to manager"),
    ("Raises problems with their manager", "Resolves problems before raising them with their manager"),
    # How good, graded on its scale.
    ("Builds good relationships with team members", "Builds excellent relationships with team members"),
    ("Builds healthy relationships with team members", "Builds excellent relationships with team members"),
    # The people of a team by where they are, for nobody's teammates: "in their team" narrowed the scope.
    ("Contributes to the growth of more junior people in their team", "Contributes to the growth of more junior people"),
    ("Builds relationships with the people on the team", "Builds relationships with people"),
    ("Builds relationships with teammates", "Builds relationships with people in other teams"),
    # After its noun, "healthy" is what is asked.
    ("Keeps the build green", "Keeps the build healthy"),
    # Another verb with no preposition that goes with it.
    ("Works on problems with their manager", "Brings problems to their manager"),
])
def test_near_misses_still_raise(old, new):
    graded = grade(old, new)
    assert graded.impact is Impact.RAISES_BAR, graded.reasons


_LADDER = """\
ladderlint: 1
id: globex
name: Globex Ladder
track: Engineer
version: "1.0.0"
organisation: {name: Globex}
dimensions:
  - id: work
    name: Work
    competencies:
      - {id: teamwork, name: Teamwork}
levels:
  - id: L1
    title: Engineer
    competencies:
      teamwork:
        - STATEMENT
"""


def _pair(tmp_path, old: str, new: str):
    paths = tmp_path / "old.yaml", tmp_path / "new.yaml"
    for path, statement in zip(paths, (old, new)):
        path.write_text(_LADDER.replace("STATEMENT", statement), encoding="utf-8")
    return [str(path) for path in paths]


def test_the_words_that_carried_a_raise_are_named(cli, tmp_path):
    files = _pair(tmp_path, "Knows how to get unblocked.", "Knows how to get unblocked quickly.")
    assert "(read as: words added: 'quickly')" in cli("diff", *files).output
    assert "(read as: words added: 'quickly')" in cli("diff", "--format", "github", *files).output
    [change] = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert change["reasons"] == ["words added"]
    assert change["reason_words"] == [{"reason": "words added", "old": None, "new": "quickly"}]


def test_words_replaced_are_named_in_pairs(cli, tmp_path):
    files = _pair(tmp_path, "Reviews designs and writes tests", "Approves designs and writes docs")
    output = cli("diff", *files).output
    assert "(read as: words replaced: 'reviews' -> 'approves', 'tests' -> 'docs')" in output, output
    [change] = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert change["reason_words"] == [
        {"reason": "words replaced", "old": "reviews", "new": "approves"},
        {"reason": "words replaced", "old": "tests", "new": "docs"},
    ]


def test_the_release_notes_name_no_reading_nor_its_words(cli, tmp_path):
    # The engineers on the ladder see the words marked; the grader's readings are the reviewers'.
    files = _pair(tmp_path, "Knows how to get unblocked.", "Knows how to get unblocked quickly.")
    notes = cli("diff", "--format", "markdown", *files).output
    assert "quickly" in notes and "read as" not in notes and "words added" not in notes, notes


def test_a_reading_on_a_scale_names_no_words(cli, tmp_path):
    files = _pair(tmp_path, "Writes tests weekly", "Writes tests daily")
    [change] = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert change["reasons"] == ["frequency raised"] and change["reason_words"] == []
