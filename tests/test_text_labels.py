"""The label a text opens with ('Code quality: I write ...'), read in one
place (``split_label``) for the differ and the rules (``statement_label``),
the pages (``cjk_label`` beside it) and the importer's competency headings
(a label, then a sentence: ``Labelled.spaced``). Each reader's own
acceptance on top of the one split; near misses stay no label."""

from __future__ import annotations

import pytest

from ladderlint.text import cjk_label, split_label, statement_label


def test_a_latin_label_ended_by_a_colon():
    found = split_label("Code quality: I write tests first")
    assert found is not None
    assert (found.label, found.before, found.mark, found.after, found.rest) == \
        ("Code quality", "", ":", " ", "I write tests first")
    assert found.spaced and not found.dashed
    assert statement_label("Code quality: I write tests first") == ("codequality", "I write tests first")
    assert statement_label("**Code quality:** I write tests first") == ("codequality", "I write tests first")
    assert cjk_label("Code quality: I write tests first") is None  # no Chinese, Japanese or Korean in it


def test_a_dash_ends_a_label_only_for_a_reader_that_takes_dashes():
    assert split_label("Mentorship - I mentor new joiners") is None
    found = split_label("Mentorship - I mentor new joiners", dashes=True)
    assert found is not None and found.dashed and (found.label, found.rest) == ("Mentorship", "I mentor new joiners")
    assert statement_label("Mentorship – I mentor new joiners") == ("mentorship", "I mentor new joiners")
    # A hyphen inside a word is no dash: the colon ends the label, which is no Latin name of words.
    found = split_label("Cross-team work: I align teams", dashes=True)
    assert found is not None and found.label == "Cross-team work" and found.mark == ":"
    assert statement_label("Cross-team work: I align teams") is None


def test_a_cjk_label_ended_by_a_full_width_colon():
    found = split_label("代码质量：编写可维护的代码")
    assert found is not None
    assert (found.label, found.mark, found.after, found.rest) == ("代码质量", "：", "", "编写可维护的代码")
    assert found.spaced  # a full-width colon needs no space after it
    assert cjk_label("代码质量：编写可维护的代码") == "代码质量"
    assert cjk_label("새로운 데이터 과학 기술의 도입: 팀에 소개합니다") == "새로운 데이터 과학 기술의 도입"
    assert statement_label("代码质量：编写可维护的代码") is None
    # An ASCII colon without a space after it: a label for the pages, not spaced as the importer asks.
    found = split_label("代码质量:编写可维护的代码")
    assert found is not None and not found.spaced
    assert cjk_label("代码质量:编写可维护的代码") == "代码质量"
    # A sentence before the colon is no label.
    assert cjk_label("我们写代码。质量：很重要") is None


@pytest.mark.parametrize("text", ["Scope:", "Scope:   ", "代码质量：", "Code quality -"])
def test_a_label_with_no_sentence_after_it(text):
    assert split_label(text, dashes=True) is None
    assert statement_label(text) is None
    assert cjk_label(text) is None


def test_a_web_address_is_no_label():
    found = split_label("https://example.com/ladder")
    assert found is not None and found.label == "https" and not found.spaced
    assert statement_label("https://example.com/ladder") is None
    assert statement_label("Https://example.com/ladder") is None
    assert cjk_label("https://example.com/ladder") is None


def test_a_time_is_no_label():
    assert split_label("10:30 daily standup") is None  # a label starts with a letter
    assert statement_label("10:30 daily standup") is None
    assert cjk_label("10:30 daily standup") is None
    found = split_label("Standup at 10:30 every day")
    assert found is not None and not found.spaced  # the colon of a time, no space after it
    assert statement_label("Standup at 10:30 every day") is None


def test_near_misses_of_a_statement_label():
    assert statement_label("Code quality : I write tests") is None  # a space before the colon
    assert statement_label("I do two things: plan and build") is None  # says, names nothing
    assert statement_label("One two three four five six: too many words") is None
    assert statement_label("Ships. Then: reviews") is None  # a sentence before the colon
    assert statement_label("  Code quality: I write tests") == ("codequality", "I write tests")


def test_a_label_longer_than_asked_is_none():
    text = "A" * 41 + ": the rest"
    assert split_label(text) is not None
    assert split_label(text, longest=40) is None
    assert split_label("A" * 40 + ": the rest", longest=40) is not None
