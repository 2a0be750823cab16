"""Grades of how good and how defined: a word of quality or intensity
moved down asks less, up more ("of high caliber" -> "of good caliber");
work less defined asks more ("well-scoped tasks" -> "loosely scoped
tasks"). Words that only look alike ("high-level", "high impact",
"outstanding issues") are not read on those scales."""

from __future__ import annotations

import pytest

from diffkit import cell, diff, summary
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Quality lowered, in the words owners use.
        ("to ensure the highest level of quality", "to ensure a reasonable level of quality", "lowers-bar"),
        ("Talks, posts, and demos are of high caliber.", "Talks, posts, and demos are of good caliber.",
         "lowers-bar"),
        ("Holds a high standard for reviews.", "Holds a reasonable standard for reviews.", "lowers-bar"),
        ("Writes high-quality code.", "Writes good-quality code.", "lowers-bar"),
        ("Maintains a high bar for quality.", "Maintains a decent bar for quality.", "lowers-bar"),
        ("Demonstrates a high degree of ownership.", "Demonstrates an acceptable degree of ownership.",
         "lowers-bar"),
        ("Does outstanding work.", "Does good work.", "lowers-bar"),
        ("Writes excellent code.", "Writes good code.", "lowers-bar"),
        # Quality raised.
        ("Writes good code.", "Writes excellent code.", "raises-bar"),
        ("Writes code of acceptable quality.", "Writes code of high quality.", "raises-bar"),
        ("Holds high standards for reviews.", "Holds the highest standards for reviews.", "raises-bar"),
        ("Delivers work of high caliber.", "Delivers work of exceptional caliber.", "raises-bar"),
        # An adverb of intensity moves the word it qualifies.
        ("Highly efficient at storytelling.", "Reasonably good at storytelling.", "lowers-bar"),
        ("Highly skilled at debugging.", "Somewhat skilled at debugging.", "lowers-bar"),
        ("Writes good code.", "Writes reasonably good code.", "lowers-bar"),
        ("Writes reasonably good code.", "Writes good code.", "raises-bar"),
        ("Writes good code.", "Writes very good code.", "raises-bar"),
        ("Is effective.", "Is highly effective.", "raises-bar"),
        ("Is highly effective.", "Is effective.", "lowers-bar"),
    ],
)
def test_a_word_of_quality_or_intensity_moved_moves_the_bar(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # The same rank said another way, or nothing changed.
        ("Writes high-quality code.", "Writes high-quality code.", "editorial"),
        ("Very good at debugging.", "Strong at debugging.", "editorial"),
        ("Writes good code.", "Writes solid code.", "editorial"),
        # Words that only look like quality keep the grade of plain words.
        ("Produces a high-level design.", "Produces a low-level design.", "raises-bar"),
        ("Works on high impact projects.", "Works on visible projects.", "raises-bar"),
        ("Closes outstanding issues.", "Closes open issues.", "raises-bar"),
        ("Picks up good first issues.", "Picks up first issues.", "editorial"),
        # Excellence as a goal is no word of how good the work is.
        ("Champions engineering excellence.", "Champions engineering quality.", "raises-bar"),
        # Beside other words: the rest still counts.
        ("Writes high-quality code.", "Writes high-quality, tested code.", "raises-bar"),
        ("Writes good code.", "Writes excellent code and reviews designs.", "raises-bar"),
    ],
)
def test_nearby_wordings_keep_their_grade(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Toward ambiguity asks more.
        ("can be trusted with well-scoped tasks", "can be trusted with loosely scoped tasks", "raises-bar"),
        ("Works on clearly defined problems.", "Works on loosely defined problems.", "raises-bar"),
        ("Works on well-defined problems.", "Works on ill-defined problems.", "raises-bar"),
        ("Works on scoped tasks.", "Works on poorly scoped tasks.", "raises-bar"),
        ("can be trusted with well-scoped tasks", "can be trusted with ambiguous, open-ended tasks", "raises-bar"),
        # Toward definition asks less.
        ("can be trusted with loosely scoped tasks", "can be trusted with well-scoped tasks", "lowers-bar"),
        ("Works on poorly defined problems.", "Works on clearly defined problems.", "lowers-bar"),
        # The same definition, said another way; "clearly" of a verb is no definition of the work.
        ("Works on well-defined problems.", "Works on clearly defined problems.", "editorial"),
        ("Clearly defines goals for the team.", "Defines goals for the team.", "lowers-bar"),
    ],
)
def test_work_less_defined_asks_more(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


def test_quality_lowered_is_a_lower_expectation_in_the_diff():
    changes = diff(lambda d: cell(d, "IC1", "impact").__setitem__(
        0, "I deliver my tasks on time and to a reasonable standard"))
    assert summary(changes) == [("statement-reworded", "lowers-bar", "IC1", "impact")]
