"""A framework's texts joined into one string, for the rules that scan them all."""

from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_right
from itertools import accumulate
from typing import Iterable, Sequence

from ..model import TextField

#: What joins the texts of a framework in a Prose: no pattern of a rule
#: matches it, and it is neither a word character nor white space.
SEPARATOR = "\x00"


_PUNCTUATION = ".,;:!?()[]{}<>\"'“”‘’«»*_`/|"


class Prose:
    """A framework's texts joined into one string.

    A regular expression call costs about as much as scanning a short
    statement, so rules run each expression once over the joined text
    rather than once per text, and map positions back to texts.
    """

    def __init__(self, fields: Sequence[TextField]) -> None:
        self.fields = list(fields)
        # An array, not a list: a large run keeps a Prose per framework.
        self.starts = array("q", accumulate((len(field.text) + 1 for field in self.fields), initial=0))[:-1]
        self.text = SEPARATOR.join(field.text for field in self.fields)

    def locate(self, position: int) -> tuple[int, int]:
        """(index of the text, offset in it) of a position in the joined text."""
        i = bisect_right(self.starts, position) - 1
        return i, position - self.starts[i]

    @functools.cached_property
    def pieces(self) -> frozenset[str]:
        """The distinct runs of characters between white space in the texts:
        a few thousand where a framework has a hundred thousand words."""
        return frozenset(self.text.replace(SEPARATOR, " ").split())

    @functools.cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word written in lower case somewhere in the texts."""
        # Trimming punctuation off the pieces is much faster than a word
        # pattern over the texts.
        return frozenset(word for word in (piece.strip(_PUNCTUATION) for piece in self.pieces) if word.islower())

    def may_contain(self, text: str) -> bool:
        """Whether ``text`` may be in one of the texts; False if it is in
        none. Each of its parts between white space is looked for in the
        joined pieces, a text a twentieth the length of the texts."""
        return all(part in self._joined_pieces for part in text.split())

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` may match in one of the texts; False if it
        matches in none. Only for a pattern whose every match lies within
        a run of characters between white space (such as one character that
        is not white space): it is tried on the joined pieces."""
        return pattern.search(self._joined_pieces) is not None

    @functools.cached_property
    def _joined_pieces(self) -> str:
        return "\n".join(self.pieces)

    @functools.cached_property
    def lowered(self) -> str | None:
        """The joined text in lower case, made once for the rules that look
        for words in any case; None if lower-casing changed its length (a
        character such as "İ" becomes two), as positions would not match."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def containing(
        self, words: Iterable[str], *, lower_case: bool = False, before_a_capital: bool = False
    ) -> list[int]:
        """Indexes of the texts that contain any of the words, in order;
        with ``lower_case``, of those whose lower case does (every text if
        positions in the lower case would not match); with
        ``before_a_capital``, only where a capital letter follows the word
        (for a name after it: "across Initech", not "across teams"), which
        rules out most texts without a pattern scan."""
        found: set[int] = set()
        text, starts, last = self.text, self.starts, len(self.starts) - 1
        if lower_case:
            if self.lowered is None:
                return list(range(len(self.fields)))
            text = self.lowered
        for word in words:
            if not lower_case and not self.may_contain(word):
                continue  # in none of the texts: found out without reading them all
            position = text.find(word)
            while position != -1:
                if before_a_capital and not self.text[position + len(word) : position + len(word) + 1].isupper():
                    position = text.find(word, position + 1)
                    continue
                i = bisect_right(starts, position) - 1
                found.add(i)
                position = text.find(word, starts[i + 1]) if i < last else -1
        return sorted(found)

    def hits_any(self, patterns: Iterable[re.Pattern[str]]) -> list[int]:
        """Indexes of the texts in which any of the patterns matches, in order."""
        return sorted({i for pattern in patterns for i in self.hits(pattern)})

    def hits(self, pattern: re.Pattern[str]) -> list[int]:
        """Indexes of the texts in which the pattern matches, in order."""
        out: list[int] = []
        position = 0
        while True:
            m = pattern.search(self.text, position)
            if m is None:
                return out
            i = bisect_right(self.starts, m.start()) - 1
            out.append(i)
            if i + 1 >= len(self.starts):
                return out
            position = self.starts[i + 1]  # one hit per text is enough
