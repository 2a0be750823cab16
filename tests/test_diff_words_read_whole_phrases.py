"""The words a reading quotes ("read as: words replaced: 'elicit' -> 'draw
out'") are the whole phrase that was put in or taken out: a phrase the
grader reads as one word ("points of view") and a phrasal verb's particle
("draw out") are quoted with it, not the last word alone, which reads as
another word replaced (the fifteenth new-user trial: "'viewpoints' ->
'view'", "'elicit' -> 'draw'")."""
from __future__ import annotations

import pytest

from diffkit import statement_revisions
from ladderlint.diff.grade import grade, words_read


def _quoted(old: str, new: str) -> list[tuple[str, str]]:
    return [pair for reason in grade(old, new).reasons for pair in words_read(reason)]


@pytest.mark.parametrize(("old", "new", "quoted"), [
    # A phrase the vocabulary reads as one word, quoted whole.
    ("Considers their viewpoints", "Weighs their points of view",
     [("considers", "weighs"), ("viewpoints", "points of view")]),
    # A phrasal verb's particle goes with its verb, either way.
    ("Asks questions that elicit answers", "Asks questions that draw out answers", [("elicit", "draw out")]),
    ("Asks questions that draw out answers", "Asks questions that elicit answers", [("draw out", "elicit")]),
    ("Elicits feedback from peers", "Seeks out feedback from peers", [("elicits", "seeks out")]),
])
def test_a_phrase_is_quoted_whole(old: str, new: str, quoted: list[tuple[str, str]]) -> None:
    assert _quoted(old, new) == quoted


@pytest.mark.parametrize(("old", "new", "quoted"), [
    # Near misses: words put in with nothing of a phrase around them are quoted as they were.
    ("Writes design docs", "Writes design docs and runbooks", [("", "runbooks")]),
    ("Helps the team", "Helps the team and draws out quiet voices", [("", "draws out quiet voices")]),
    # "out of scope": "out" is no particle of a verb there, and nothing is pulled in with it.
    ("Keeps work in scope", "Keeps work out of scope", [("", "out")]),
])
def test_other_words_are_quoted_as_before(old: str, new: str, quoted: list[tuple[str, str]]) -> None:
    assert _quoted(old, new) == quoted


def test_the_read_as_line_quotes_the_whole_phrase(cli, tmp_path) -> None:
    old, new = statement_revisions(tmp_path, "Considers their viewpoints and elicits answers",
                                   "Weighs their points of view and draws out answers")
    result = cli("diff", old, new)
    assert "'viewpoints' -> 'points of view'" in result.output
    assert "'elicits' -> 'draws out'" in result.output
    assert "-> 'view'" not in result.output and "-> 'draws'" not in result.output
