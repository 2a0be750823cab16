"""How the differ reads text: formatting aside, what changed in the words."""

from __future__ import annotations

import pytest

from ladderlint.diff.wording import classify, same_words, similarity, whitespace_only, word_diff, words


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("I  deliver some of my team’s goals", "I deliver some of my team's goals"),
        ("I own\u00a0my failures", "I own my failures"),
        ("**_I_** **_independently_**  **_identify_** solutions", "I independently identify solutions"),
        ("**Code** **F****luency**", "Code Fluency"),
        ('![trophy](https://example.com/1f3c6.png?version=6.0.0 "trophy")  Results', "Results"),
        ("I am proficient in ML development lifecycle*.", "I am proficient in ML development lifecycle"),
    ],
)
def test_formatting_is_not_a_change_of_words(old, new):
    assert same_words(old, new)
    assert classify(old, new).edit == "formatting"


def test_underscores_inside_a_word_are_kept():
    assert words("I use snake_case names") == ("i", "use", "snake_case", "names")


@pytest.mark.parametrize(
    ("old", "new", "edit"),
    [
        ("I practice the Dropbox Diversity Commitments on a regular basis",
         "I practice the EscrowTab Diversity Commitments on a regular basis", "small"),
        ("I analyze and organize the data for my team and partners",
         "I analyse and organise the data for my team and partners", "small"),  # spelling, not meaning
        ("I'm gaining self-awareness about my strengths and areas for development",
         "I have self-awareness about my strengths and areas for development", "rewrite"),
        ("I deliver my tasks on time", "I deliver my tasks on time and review my own code first", "additions"),
        ("I deliver my tasks on time and review my own code first", "I deliver my tasks on time", "removals"),
        ("I fix bugs", "I fix all bugs", "additions"),  # one word of four is more than a fifth
    ],
)
def test_classify(old, new, edit):
    assert classify(old, new).edit == edit


def test_similarity_bounds_and_threshold():
    assert similarity("I lead projects", "I lead projects.") == 1.0
    assert similarity("", "I lead") == 0.0
    close = similarity("I lead projects for my team", "I lead projects for two teams")
    assert 0.5 < close < 1.0
    assert similarity("I lead projects", "Nothing alike here at all", threshold=0.5) == 0.0


def test_word_diff_keeps_the_text_as_written():
    assert word_diff("I  deliver some goals", "I deliver most goals on time") == [
        ("=", "I deliver"), ("-", "some"), ("+", "most"), ("=", "goals"), ("+", "on time"),
    ]
    assert whitespace_only("a\u00a0 b", "a b") and not whitespace_only("a, b", "a b")


def test_word_diff_takes_punctuation_at_a_word_s_edge_apart():
    assert word_diff("I adapt quickly and calmly", "I adapt quickly, calmly and openly") == [
        ("=", "I adapt quickly"), ("-", "and"), ("+", ","), ("=", "calmly"), ("+", "and openly"),
    ]
    assert word_diff("for my customer.", "for my customer") == [("=", "for my customer"), ("-", ".")]
    # A word's own dots and a link's address stay whole; the text keeps its spacing.
    assert word_diff("issues (e.g. SEVs), see https://x.io/a.", "issues (e.g., SEVs), see https://x.io/a") == [
        ("=", "issues (e.g."), ("+", ","), ("=", "SEVs), see https://x.io/a"), ("-", "."),
    ]
