"""LL503 surrounding-whitespace."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import TextField
from .base import Severity, Violation
from .messages import describe_char, excerpt
from .prose import Prose
from .textscan import TextRule
from ..patterns import lazy

#: White space as readers and exports know it: Python's, and the zero-width
#: characters that str.isspace() does not count.
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u2060\ufeff"
)
_LINE_END = lazy(f"[{re.escape(SPACES.replace(chr(10), ''))}]+(?=\\n)")



def strip(text: str) -> str:
    """The text without surrounding white space, and without white space at
    the end of its lines; one final line break (YAML block scalars end with
    one) is kept."""
    core = _LINE_END.sub("", text.strip(SPACES))
    return core + "\n" if text.endswith("\n") and core else core


class SurroundingWhitespace(TextRule):
    """White space at the start or end of a text, or at the end of one of its lines.

    White space includes tabs, non-breaking spaces (U+00A0) and zero-width
    spaces. The one line break a YAML block scalar (`|`, `>`) ends with is
    not reported. Reported where the run of white space starts, covering it.
    A text of white space alone is blank, and LL105 reports it as it
    reports an empty one: not this rule.

    Why this matters:
        Leading and trailing spaces come from copying out of tables and
        exports. They make equal texts compare different (so duplicate
        checks miss them) and can break the layout of whatever renders the
        framework. `ladderlint check --fix` removes them (`ladderlint diff`
        does not count them around a statement).

    Example:
        ```yaml
        craft: "I have mastered the fundamentals of code fluency.\\u00a0"
        ```
        Fix: "I have mastered the fundamentals of code fluency."
    """

    code = "LL503"
    name = "surrounding-whitespace"
    severity = Severity.WARNING

    def candidates(self, prose: Prose) -> list[int]:
        return [
            i for i, f in enumerate(prose.fields)
            if f.text[:1] in SPACES or f.text[-1:] in SPACES or "\n" in f.text
        ]

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        replacement = strip(text)
        if replacement == text:
            return
        body = text[:-1] if text.endswith("\n") and not text.endswith("\n\n") else text
        # The message names one character (the first leading, the last
        # trailing); the position covers the whole run, from its start.
        if text[0] in SPACES:
            where, at = "leading", 0
            span = (0, len(text) - len(text.lstrip(SPACES)))
        elif body[-1:] in tuple(SPACES):
            where, at = "trailing", len(body) - 1
            start = len(body.rstrip(SPACES))
            if text.endswith("\n") and body[start : start + 1] == "\n":
                start += 1  # the one line break a text may end with stays
            span = (start, len(body))
        else:
            m = _LINE_END.search(text)
            where, at = "line-end", m.start() if m else 0
            span = (m.start(), m.end()) if m else (0, 1)
        yield self.fixed(field, f"{where} {describe_char(text[at])}: '{excerpt(text, at, at + 1)}'", replacement, span)
