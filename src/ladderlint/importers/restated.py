"""Whether a ladder's levels stand on their own, read from how each level
says again what the level below it asks.

A ladder whose levels stand alone restates, at each level, the level
below's expectations in fuller form: the UK government's DDaT skills say
at Working "understand users have different accessibility needs" after
Awareness's "understand accessibility and that users have different
accessibility needs", and at Expert "champion accessibility to internal
and external stakeholders" after Practitioner's "... to internal
stakeholders": the higher statement holds all of the lower one, its act
(its verb) and what it is done to. A cumulative ladder says at each level
what it adds, and where a statement grows from the level below, it grows
by putting other words in the place of the lower one's: another act
("participates in design reviews" to "leads design reviews"), a wider
scope ("on their tasks" to "on their features"), a harder case ("simple
RPC handlers" to "complex RPC handlers"). That is growth, not the lower
statement said again; only a statement the higher one holds whole is.

Word-for-word repeats through three levels are ``Restatements``' (the
model's, shared with ``check``); this reads restatements in other words too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..diff.wording import stem
from ..text import FUNCTION_WORDS, name_key, words
from .document import ImportedDocument

#: Fewer words than this (besides function words) say too little to be told from a new statement.
_FEWEST_WORDS = 3

#: A statement of this many words (besides function words) or more is said
#: again with one of them left out, not its first (its act): rewording
#: a long statement drops a word ("when asked by the team" -> "without
#: being asked"); a shorter one without one of its words says something else.
_LONG = 5


@dataclass(frozen=True)
class SaidAgain:
    """The statements said again at the next level of the same competency."""

    #: Statements the next level of their competency could say again (it has statements).
    compared: int
    #: Of them, those the next level says again: one of its statements holds all their words (``_restates``).
    restated: int
    #: The competencies in which a statement is said again.
    competencies: int
    #: The first one said again: (its text, its level, the text at the next level, that level).
    example: tuple[str, str, str, str] | None = None

    @property
    def levels_stand_alone(self) -> bool:
        """One statement in five or more said again, in two competencies or
        more (one competency's statements growing is no ladder's way of
        writing), and at least four: fewer tell nothing.

        Measured with ``_restates`` on every ladder of the corpora that
        reaches this reading (a ladder repeating statements word for word
        is told by ``Restatements`` first: Dropbox's pages, the Engineering
        Ladders, Codecademy's; Artsy's says it builds on the levels below):
        the cumulative ones say again at most one statement in ten of those
        a level above could (Monzo's 19 tracks: 0 to 0.097, its engineering
        tracks 0.02 to 0.05; a small ladder written by growth, "participates"
        to "leads", "tasks" to "features": 0.10), those whose levels stand
        alone one in four or more (DDaT's skills: 0.29; the tests' ladder
        restating in fuller form: 0.62). One in five lies between, with
        room on both sides. (The former test, two-thirds of the words, read
        growth as said again: Monzo up to 0.27, the growing ladder 0.40.)"""
        return self.restated >= 4 and self.competencies >= 2 and 5 * self.restated >= self.compared


def _content(text: str) -> list[str]:
    return [word for word in words(text) if word not in FUNCTION_WORDS]


def _restates(lower: list[str], higher: set[str]) -> bool:
    """Whether a statement at the next level (the stems of its words) says
    a lower one again, fuller or reworded: it holds all of the lower one's
    words, in any form ("recommendations", "recommend"), or, of a long
    one, all but one that is not its act (its first word: "participates" ->
    "leads" is growth). A lower word that the higher one has put another
    in the place of is what grew ("tasks" -> "features")."""
    missing = [word for word in lower if stem(word) not in higher]
    if not missing:
        return True
    return len(lower) >= _LONG and len(missing) == 1 and missing[0] != lower[0]


def said_again(documents: Sequence[ImportedDocument]) -> SaidAgain:
    """How often the documents' levels (lowest first) say again what the
    level below says, competency by competency; a level with nothing under
    a competency is passed over, the one below compared with the next."""
    below: dict[str, tuple[str, list[tuple[str, list[str]]]]] = {}  # competency: (level, [(text, words)])
    compared = restated = 0
    competencies: set[str] = set()
    example: tuple[str, str, str, str] | None = None
    for document in documents:
        for level in document.levels:
            for cell in level.cells:
                key = name_key(cell.competency.name or cell.competency.key or "")
                here = [(s.text, _content(s.text)) for s in cell.statements]
                here = [(text, content) for text, content in here if len(content) >= _FEWEST_WORDS]
                if not key or not here:
                    continue
                if key in below:
                    lower_level, lower = below[key]
                    stems = [(text, {stem(word) for word in content}) for text, content in here]
                    for text, content in lower:
                        compared += 1
                        again = next((h for h, h_stems in stems if _restates(content, h_stems)), None)
                        if again is not None:
                            restated += 1
                            competencies.add(key)
                            example = example or (text, lower_level, again, level.title)
                below[key] = (level.title, here)
    return SaidAgain(compared, restated, len(competencies), example)
