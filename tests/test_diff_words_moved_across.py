"""Words a rewording takes from one place of a statement to another, or
says again where the statement already has them: word order only where
they keep their place in what is asked. Moved across a negation or a
contrast, onto another verb, from under another verb to one of their own,
or a quantifier swapped for another, they ask something else, which the
gate on raises-bar must stop. A merge that says the words of one
statement once and points back at them ("do the same"), and a word the
next one says again ("first before"), keep the meaning."""

from __future__ import annotations

import json

import pytest
import yaml

from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Across a negation or a contrast.
        ("Debugs their own code, not code written by others", "Debugs code written by others, not their own code"),
        ("Works on team projects, not on cross-team projects", "Works on cross-team projects, not on team projects"),
        ("Contributes to the roadmap rather than owning it", "Owns the roadmap rather than contributing to it"),
        ("Is on call during working hours, not at night", "Is on call at night, not during working hours"),
        ("Reviews designs instead of writing them", "Writes designs instead of reviewing them"),
        # A condition moved onto another verb.
        ("Fixes bugs when asked and writes tests", "Fixes bugs and writes tests when asked"),
        # Quantifiers swapped between two verbs.
        ("Writes tests for most changes and documents some of them",
         "Writes tests for some changes and documents most of them"),
        # Who does it swapped: the engineer now reviews.
        ("Asks a senior engineer to review their designs", "Reviews the designs of a senior engineer"),
    ],
)
def test_words_moved_to_another_place_in_what_is_asked_read_both_ways(old, new):
    graded = grade(old, new)
    assert (graded.impact.value, graded.also and graded.also.value) == ("raises-bar", "lowers-bar"), graded.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A word the statement has only under its negation, now asked.
        ("Uses monitoring (but doesn't necessarily implement monitoring)",
         "Uses and implements monitoring (but doesn't necessarily implement monitoring)"),
        ("Reviews code rather than writing code", "Reviews and writes code rather than writing code"),
    ],
)
def test_a_word_said_again_out_of_its_negation_is_asked(old, new):
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Writes and reviews code", "Reviews and writes code"),
        ("For their team, writes docs", "Writes docs for their team"),
        ("When asked, writes tests and fixes bugs", "Writes tests when asked and fixes bugs"),
        ("Doesn't wait to be asked and fixes bugs", "Fixes bugs and doesn't wait to be asked"),
        ("Reviews code, not designs, for their team", "For their team, reviews code, not designs"),
        ("Writes docs and reviews docs", "Writes and reviews docs"),
    ],
)
def test_word_order_is_still_wording(old, new):
    assert grade(old, new).impact.value == "editorial", grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Tries to unblock themselves first before seeking help",
         "Tries to unblock themselves before seeking help", "editorial"),
        ("Tests changes before merging", "Tests changes first before merging", "editorial"),
        # "first" of a noun says which one.
        ("Writes the first draft before the review", "Writes the draft before the review", "lowers-bar"),
        ("Tries to unblock themselves first", "Tries to unblock themselves", "lowers-bar"),
    ],
)
def test_a_word_the_next_one_says_again(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def _ladder(statements: list[str]) -> str:
    return yaml.safe_dump({
        "ladderlint": 1, "id": "mini", "name": "Mini", "track": "Engineering", "version": "1.0.0", "organisation": {"name": "Acme"},
        "dimensions": [{"id": "d", "name": "Craft", "competencies": [{"id": "tech", "name": "Technical"}]}],
        "levels": [{"id": "L1", "title": "Engineer", "competencies": {"tech": statements}},
                   {"id": "L2", "title": "Senior", "competencies": {"tech": ["Designs services"]}}],
    })


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        (["Delivers high quality code and solutions", "Encourages others to deliver high quality code and solutions"],
         ["Delivers high quality code and solutions and encourages others to do the same"], "editorial"),
        (["Delivers high quality code", "Encourages others to deliver high quality code"],
         ["Delivers high quality code and encourages others to do so"], "editorial"),
        (["Writes design docs", "Shares design docs with the team"],
         ["Writes design docs and shares them with the team"], "editorial"),
        # "Do the same" stands for all the verb before asks: more than was asked of the others.
        (["Delivers code and docs", "Encourages others to deliver code"],
         ["Delivers code and docs and encourages others to do the same"], "raises-bar"),
    ],
)
def test_a_merge_that_points_back_at_what_it_said(cli, write, old, new, impact):
    before, after = write("old.yaml", _ladder(old)), write("new.yaml", _ladder(new))
    run = cli("diff", "--format", "json", str(before), str(after))
    changes = [c for fw in json.loads(run.output)["frameworks"] for c in fw["changes"]]
    assert [(c["kind"], c["impact"]) for c in changes] == [("statement-merged", impact)], run.output
