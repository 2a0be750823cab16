"""Trial gate13, finding 3 (homoglyphs): Cyrillic or Greek letters that look
like Latin ones, pasted into English words ("nееd hеlp", "nоt"), spell the
word they look like to a reader, and the grader reads that word, however
many such letters it has and whatever word it is: help added that way
lowers the bar as the same words in ASCII do. A word of another script
keeps its letters."""

from __future__ import annotations

import pytest

from diffkit import reworded
from ladderlint.text import as_latin

_OLD = "I identify the right solutions and do not need help from my manager"


@pytest.mark.parametrize("new", [
    "I identify the right solutions and nееd hеlp from my manager",  # two Cyrillic "е" in "need", one in "help"
    "I identify the right solutions and need hеlp from my manager",
    "I identify the right solutions and nееd help from my manager",
])
def test_look_alike_letters_read_as_the_word_they_spell(new: str) -> None:
    assert reworded(_OLD, new) == reworded(_OLD, "I identify the right solutions and need help from my manager")
    assert reworded(_OLD, new)[0] == "lowers-bar"


def test_a_negation_spelt_with_a_look_alike_is_a_negation() -> None:
    old = "I independently identify the right solutions"
    assert reworded(old, "I do nоt independently identify the right solutions") \
        == reworded(old, "I do not independently identify the right solutions")


@pytest.mark.parametrize(("word", "latin"), [
    ("nоt", "not"), ("nееd", "need"), ("hеlp", "help"), ("ɡuide", None), ("тесты", None), ("not", None), ("Δt", None),
])
def test_as_latin(word: str, latin: str | None) -> None:
    assert as_latin(word) == latin
