"""Whether a ladder's levels stand on their own, read from how each level
says again what the level below it asks.

A ladder whose levels stand alone restates, at each level, the level
below's expectations in fuller form: the UK government's DDaT skills say
at Working "understand users have different accessibility needs" after
Awareness's "understand accessibility and that users have different
accessibility needs", and at Expert "champion accessibility to internal
and external stakeholders" after Practitioner's "... to internal
stakeholders". A cumulative ladder says at each level what it adds: now
and then a statement grows from the level below ("with guidance" to
"independently"), but most say something new. Across the corpora, a
cumulative ladder (Monzo's, Artsy's, the FT's) says again at most one
statement in seven of those a level above it could; one whose levels stand
alone (Dropbox's pages, the Engineering Ladders, Codecademy's, DDaT's) one
in three or more.

Word-for-word repeats through three levels are ``Restatements``' (the
model's, shared with ``check``); this reads restatements in other words too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..text import FUNCTION_WORDS, name_key, words
from .document import ImportedDocument

#: Fewer words than this (besides function words) say too little to be told from a new statement.
_FEWEST_WORDS = 3


@dataclass(frozen=True)
class SaidAgain:
    """The statements said again at the next level of the same competency."""

    #: Statements the next level of their competency could say again (it has statements).
    compared: int
    #: Of them, those the next level says again: two-thirds of their words or more in one of its statements.
    restated: int
    #: The competencies in which a statement is said again.
    competencies: int
    #: The first one said again: (its text, its level, the text at the next level, that level).
    example: tuple[str, str, str, str] | None = None

    @property
    def levels_stand_alone(self) -> bool:
        """One statement in three or more said again, in two competencies or
        more (one competency's statements growing is no ladder's way of
        writing), and at least four: fewer tell nothing."""
        return self.restated >= 4 and self.competencies >= 2 and 3 * self.restated >= self.compared


def _content(text: str) -> list[str]:
    return [word for word in words(text) if word not in FUNCTION_WORDS]


def _restates(lower: list[str], higher: set[str]) -> bool:
    """Whether a statement at the next level holds two-thirds or more of a
    lower statement's words: the lower one said again, fuller or reworded."""
    return 3 * sum(1 for word in lower if word in higher) >= 2 * len(lower)


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
                    for text, content in lower:
                        compared += 1
                        again = next((h for h, h_content in here if _restates(content, set(h_content))), None)
                        if again is not None:
                            restated += 1
                            competencies.add(key)
                            example = example or (text, lower_level, again, level.title)
                below[key] = (level.title, here)
    return SaidAgain(compared, restated, len(competencies), example)
