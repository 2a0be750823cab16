"""A clause taken out of one statement and joined to another.

"Delivers large tasks and solves small ambiguous problems" cut to
"Delivers large tasks", and "Breaks down problems into steps" extended to
"Breaks down problems into steps and solves small ambiguous problems": read
one statement at a time, the first asks less and the second more, where
the level asks exactly what it asked. The engine pairs such a cut with such
a join (``clause_moves``) and grades what else changed.
"""

from __future__ import annotations

import dataclasses
import difflib
from typing import Sequence

from ..text import normal, word_spans, words
from .grade.words import meaning_words, said_in_order
from .wording import similarity

#: Words that join a clause to the rest of its statement, not part of what it asks.
_JOINS = frozenset(("and",))
#: How alike a clause's words must be to the one cut to be that clause, reworded on the way
#: (as a statement moved to another competency is; the rewording is then graded).
_ALIKE = 0.6


@dataclasses.dataclass(frozen=True)
class Clause:
    """A clause one side of a rewording has and the other lacks, the rest
    of its words kept in their order."""

    #: The clause as written, without the "and" or the comma that joined it.
    text: str
    #: The statement's text (on the side that has the clause) with the clause taken out.
    without: str


def _spans(text: str) -> list[tuple[str, int, int]] | None:
    """Each word of ``text``, lower-cased, with where it starts and ends; None
    where these are not the words ``words`` reads (text it reads otherwise)."""
    found = [(word, start, end) for start, end, word in word_spans(text)]
    return found if [w for w, _s, _e in found] == words(text) else None


def _clause(text: str, spans: list[tuple[str, int, int]], start: int, end: int) -> Clause | None:
    """The clause of the words ``start`` to ``end`` of ``text``, without the
    "and" that joined it; None where it is too small to say anything of its own."""
    first, last = start, end
    while first < last and spans[first][0] in _JOINS:
        first += 1
    while last > first and spans[last - 1][0] in _JOINS:
        last -= 1
    said = text[spans[first][1]:spans[last - 1][2]] if first < last else ""
    if len(meaning_words(said)) < 2:
        return None  # "and tests" is in too many statements
    cut_from = spans[start][1]
    cut_to = spans[end - 1][2]
    before = text[:cut_from].rstrip().rstrip(",;").rstrip()
    after = text[cut_to:]
    if not before:
        after = after.lstrip(" ,;")
        after = after[:1].upper() + after[1:]
    return Clause(said, before + after)


def changed_clauses(old: str, new: str) -> tuple[list[Clause], list[Clause]]:
    """The clauses ``old`` has that ``new`` lacks (cut), and those ``new``
    has that ``old`` lacks (joined), each a run of words the other side does
    not have anywhere between the words it kept."""
    old_spans, new_spans = _spans(old), _spans(new)
    if old_spans is None or new_spans is None:
        return [], []
    matcher = difflib.SequenceMatcher(
        None, [w for w, _s, _e in old_spans], [w for w, _s, _e in new_spans], autojunk=False)
    cut: list[Clause] = []
    joined: list[Clause] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "delete" and (found := _clause(old, old_spans, i1, i2)) is not None:
            cut.append(found)
        elif op == "insert" and (found := _clause(new, new_spans, j1, j2)) is not None:
            joined.append(found)
    return cut, joined


def same_clause(cut: str, joined: str) -> bool:
    """Whether ``joined`` is the clause ``cut``, in its words (the normal form of a
    statement) or reworded on the way."""
    return normal(cut) == normal(joined) or similarity(cut, joined, _ALIKE) >= _ALIKE


def pair_clauses(cuts: Sequence[tuple[int, Clause]], joins: Sequence[tuple[int, Clause]]) -> list[tuple[int, int]]:
    """Each cut paired with the join that is its clause (a clause in its own
    words before one reworded), each used once, never a rewording with itself;
    the numbers say whose the clauses are."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for exact in (True, False):
        for a, cut in cuts:
            if a in used:
                continue
            for b, join in joins:
                if b in used or b == a:
                    continue
                if normal(cut.text) == normal(join.text) if exact else same_clause(cut.text, join.text):
                    pairs.append((a, b))
                    used.update((a, b))
                    break
    return pairs


#: How many words that carry meaning a clause and a sentence must share, in order, for the
#: sentence to be the clause with words taken out or put in ("While on rotation, carefully
#: documents processes that aren't clear" and "Carefully documents processes that aren't clear").
_SHARED = 3


def clause_in(cut: str, sentences: Sequence[str]) -> str | None:
    """The sentence of ``sentences`` that is the clause ``cut``: in its
    words, reworded on the way (``same_clause``), or with words taken out or
    put in around the ones it keeps, in their order (a condition dropped, a
    qualifier added: what that changes is then graded); None where none is."""
    mine = meaning_words(cut)
    for sentence in sentences:
        if same_clause(cut, sentence):
            return sentence
    for sentence in sentences:
        theirs = meaning_words(sentence)
        shorter, longer = sorted((mine, theirs), key=len)
        if len(shorter) >= _SHARED and said_in_order(shorter, longer):
            return sentence
    return None
