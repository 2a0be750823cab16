"""LL501 doubled-word."""

from __future__ import annotations

import re
from itertools import compress, islice, repeat
from operator import eq
from typing import Iterable

from ..model import TextField
from .base import Severity, Violation
from .textscan import Prose, TextRule, excerpt

# A word (letters, with an inner apostrophe) said twice or more in a row,
# in any case and on one line: "team team", "The the", "my team team's".
# Numbers ("2 2") are not words here; a heading and a paragraph that start
# with the same word are on two lines.
_DOUBLED = re.compile(
    r"(?<![\w'’-])([^\W\d_]+(?:['’][^\W\d_]+)?)(?:[ \t\u00a0]+\1)+(?=['’]s\b|(?![\w'’-]))", re.IGNORECASE
)
#: Doublings that are grammatical: "I know that that works", "had had",
#: "what we do do".
_GRAMMATICAL = frozenset({"that", "had", "do"})
_PUNCTUATION = ".,;:!?()[]{}<>\"“”«»*_`/|'’"


class DoubledWord(TextRule):
    """The same word twice in a row ("team team", "the The").

    Case does not matter; the two words must be on one line. Numbers are
    not words here, and "that that", "had had" and "do do", which can be
    correct English, are not reported.

    Why this matters:
        A doubled word is a typo every reader stumbles on, usually left
        where a sentence was edited or two export fragments were joined.
        `ladderlint check --fix` removes the repetition.

    Example:
        ```yaml
        impact:
          - I deliver some of my team team's goals on time
        ```
        Fix: "I deliver some of my team's goals on time".
    """

    code = "LL501"
    name = "doubled-word"
    severity = Severity.ERROR

    def candidates(self, prose: Prose) -> list[int]:
        # Words equal to the next one, compared by C-level string methods
        # (much faster than a back-reference pattern over the whole text);
        # then only the texts holding one of them are read.
        words = " ".join(f.text for f in prose.fields).lower().split()
        left = list(map(str.strip, words, repeat(_PUNCTUATION)))
        right = map(str.removesuffix, map(str.removesuffix, islice(left, 1, None), repeat("'s")), repeat("’s"))
        doubled = {w for w in compress(left, map(eq, left, right)) if w[:1].isalpha() and w not in _GRAMMATICAL}
        if not doubled:
            return []
        words_alternative = "(?:" + "|".join(re.escape(w) for w in sorted(doubled)) + ")"
        return prose.hits(re.compile(rf"{words_alternative}[ \t\u00a0]+{words_alternative}\b", re.IGNORECASE))

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        found = [m for m in _DOUBLED.finditer(text) if m.group(1).casefold() not in _GRAMMATICAL]
        if not found:
            return
        first = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        replacement = _DOUBLED.sub(
            lambda m: m.group() if m.group(1).casefold() in _GRAMMATICAL else m.group(1), text
        )
        yield self.fixed(
            field,
            f"doubled word '{first.group(1)}'{more}: '{excerpt(text, first.start(), first.end())}'",
            replacement,
        )
