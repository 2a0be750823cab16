"""LL502 double-space."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import TextField
from .base import Severity, Violation
from ..text import plural
from .messages import excerpt
from .textscan import TextRule

# Two or more spaces between words on one line; indentation after a line
# break and spaces at either end (LL503) are not this rule's.
_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


class DoubleSpace(TextRule):
    """Two or more spaces in a row between words.

    Spaces at the start or end of a text are LL503's, and indentation after
    a line break (in a literal block) is left alone.

    Why this matters:
        Double spaces are left by exports (bold runs joined back together,
        table cells merged) and by editing. They do not show in most
        renderings, but they make otherwise identical statements differ,
        which defeats search, `ladderlint diff` and the duplicate checks.
        `ladderlint check --fix` makes them single.

    Example:
        ```yaml
        impact:
          - I  deliver some of my team's goals on time
        ```
        Fix: "I deliver some of my team's goals on time".
    """

    code = "LL502"
    name = "double-space"
    severity = Severity.WARNING
    trigger = "  "

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        runs = list(_RUN.finditer(text))
        if not runs:
            return
        first = runs[0]
        where = f" ({plural(len(runs), 'place')})" if len(runs) > 1 else ""
        yield self.fixed(
            field,
            f"{len(first.group())} spaces in a row{where}: '{excerpt(text, first.start(), first.end(), 16)}'",
            _RUN.sub(" ", text),
            first.span(),
        )
