"""LL509 odd-space."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import TextField
from .base import Severity, Violation
from .ll503_surrounding_whitespace import SPACES
from .messages import describe_char, excerpt
from .textscan import TextRule
from ..patterns import lazy
from ..text import CJK_PUNCTUATION, CJK_SCRIPT, character_class

# Spaces that look like a space but are not one, and invisible characters
# that split words. Not here: the zero-width joiner and non-joiner, which
# emoji and some scripts need.
_WIDE = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_INVISIBLE = "\u200b\u2060\ufeff"
# Characters that show nothing inside a word, or turn the text round: a variation selector after a letter
# (emoji take one, letters none: "no\ufe0ft" shows as "not"), Unicode's tag characters outside a flag's
# sequence, and the bidirectional embeddings and overrides ("\u202e)deriuqer ton(" shows as "(not required)").
_HIDDEN = lazy("(?<=[A-Za-z])[\ufe00-\ufe0f]|(?<![\U0001f3f4\U000e0020-\U000e007f])[\U000e0000-\U000e007f]"
               "|[\U000e0000-\U000e001f]|[\u202a-\u202e]")
_ODD = lazy(f"[{_WIDE}{_INVISIBLE}]|{_HIDDEN.pattern}")
# Where those hidden characters may be, for the first look at every text: the selectors and bidirectional
# controls found as texts (a plain search), the tag characters by a class (a pattern with lookbehinds
# would cost as much as every other rule's first look).
_MAY_HIDE: tuple[str | re.Pattern[str], ...] = (
    *map(chr, range(0xFE00, 0xFE10)), *map(chr, range(0x202A, 0x202F)), lazy("[\U000e0000-\U000e007f]"))
# French typography puts a (narrow) no-break space before ; : ! ? » and %,
# and after «; a no-break space after a digit keeps "10 000" or "5 km"
# together, one before a digit "Level 2", "niveau 2" or "p. 12", and one
# before a dash keeps the dash off the start of a line ("done – and shipped").
_TYPOGRAPHY_BEFORE = lazy(r"[;:!?»%€$0-9–—]")
# A no-break space either side of a sign of arithmetic keeps what it joins on
# one line, as French typography writes a degree's years of study after the
# baccalauréat ("Bac + 5") and any language a sum ("2 × 3", "n = 5").
_OPERATORS = "+=×÷±−"
# A no-break space after a word of one lower-case letter, or a letter and a
# full stop, keeps it off the end of a line, as Czech, Slovak and Polish
# typography does ("v týmu", "a pomáhá") and German does inside an
# abbreviation ("z. B.", "d. h.", "u. a.").
_ONE_LETTER_BEFORE = lazy(r"(?<!\w)(?:[^\W\d_A-Z]|[^\W\d_]\.)$")
# Japanese, Chinese and Korean text: kana, CJK punctuation and ideographs,
# Hangul, full-width forms. The ideographic space is their own space.
_CJK = lazy(character_class(CJK_SCRIPT + CJK_PUNCTUATION))
# White space that ends a line is LL503's to report.
_LINE_END = lazy(f"[{re.escape(SPACES.replace(chr(10), ''))}]*\\n")


def _deliberate(text: str, i: int) -> bool:
    ch = text[i]
    after = text[i + 1 : i + 2]
    before = text[i - 1 : i]
    if ch == "\u3000":
        return bool(_CJK.match(before) or _CJK.match(after))
    if ch not in "\u00a0\u202f":
        return False
    return bool(_TYPOGRAPHY_BEFORE.match(after)) or before == "«" or before.isdigit() \
        or bool(after) and after in _OPERATORS or bool(before) and before in _OPERATORS \
        or _ONE_LETTER_BEFORE.search(text, max(0, i - 3), i) is not None


class OddSpace(TextRule):
    """A non-breaking, wide or invisible space, or a tab, inside a text.

    Reported: no-break spaces (U+00A0, U+202F), the typographic spaces
    U+2000 to U+200A, U+3000, tabs, and the invisible zero-width space,
    word joiner and U+FEFF; and characters that hide or turn round what is
    read: a variation selector after a letter ("no\ufe0ft" shows "not"),
    Unicode's tag characters outside a flag, and the bidirectional
    embeddings and overrides U+202A to U+202E (an override shows text
    stored backwards as forwards). Not reported: a no-break space where typography
    wants one (before ; : ! ? » % in French, after «, after or before a
    digit: "10 000", "Level 2", before a dash: "done – and shipped", either
    side of a sign of arithmetic: "Bac + 5", "2 × 3", and
    after a word of one lower-case letter or a one-letter abbreviation, as
    Czech, Slovak, Polish and German write them: "v týmu", "z. B."), the
    ideographic space (U+3000) beside Japanese, Chinese or Korean text,
    where it is the script's own space, and spaces at either end of a text
    or of a line (LL503's).

    Why this matters:
        Exports turn spaces into no-break spaces and leave invisible
        characters behind. Nobody sees them, but "I lead" with a no-break
        space and "I lead" with a space then differ for search, `ladderlint
        diff` and the duplicate checks, and a zero-width space splits a
        word in two. `ladderlint check --fix` turns them into plain spaces
        (and drops the invisible ones).

    Example:
        ```yaml
        impact:
          - "I lead\\u00a0projects"
        ```
        Fix: "I lead projects".
    """

    code = "LL509"
    name = "odd-space"
    severity = Severity.WARNING
    trigger = (*_WIDE, *_INVISIBLE, *_MAY_HIDE)

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        # What LL503 strips from either end is LL503's: invisible characters too.
        core_start = len(text) - len(text.lstrip(SPACES))
        core_end = len(text.rstrip(SPACES))
        found = [
            m.start()
            for m in _ODD.finditer(text, core_start, core_end)
            if not _deliberate(text, m.start()) and not _LINE_END.match(text, m.start())
        ]
        if not found:
            return
        chars = sorted({text[i] for i in found})
        named = ", ".join(describe_char(c) for c in chars)
        first = found[0]
        positions = set(found)
        replacement = "".join(
            ("" if _unseen(ch) else " ") if i in positions else ch for i, ch in enumerate(text)
        )
        count = f" ({len(found)} times)" if len(found) > 1 else ""
        yield self.fixed(field, f"{named}{count}: '{excerpt(text, first, first + 1)}'; {_what_to_do(chars, len(found))}",
                         replacement, (first, first + 1))


def _unseen(ch: str) -> bool:
    """Whether a character found shows nothing (deleted by the fix), not a space of another kind."""
    return ch not in _WIDE


def _what_to_do(chars: list[str], count: int) -> str:
    """What the person editing the text does: what `--fix` does."""
    it = "them" if count > 1 else "it"
    if all(map(_unseen, chars)):
        return f"delete {it}"
    if any(map(_unseen, chars)):
        return "replace the spaces with plain ones, and delete the invisible characters"
    return f"replace {it} with a plain space"

