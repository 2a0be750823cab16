"""LL502 double-space."""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterable

from ..model import Framework, TextField
from .analysis import Analysis
from .base import Severity, Violation
from ..text import code_spans, plural, table_rows
from .messages import excerpt
from .addresses import inside
from .textscan import TextRule
from ..patterns import lazy

# Two or more spaces between words on one line; indentation after a line
# break and spaces at either end (LL503) are not this rule's.
_RUN = lazy(r"(?<=\S) {2,}(?=\S)")
# Where a sentence ends and the next starts: with one space, or two (as
# typists were taught to).
_ONE_AFTER_SENTENCE = lazy(r"[.!?] (?=[A-Z])")
_TWO_AFTER_SENTENCE = lazy(r"[.!?]  (?=[A-Z])")


class DoubleSpace(TextRule):
    """Two or more spaces in a row between words.

    Spaces at the start or end of a text are LL503's. Indentation after
    a line break (in a literal block) is left alone, and so are the spaces
    of code (`code` spans, fenced and indented code blocks) and the
    padding of a Markdown table's rows, which lines its columns up (LL504
    reports the table itself), nor the spaces of a text of several lines
    (a literal `|` block) that lines its words up by hand: a line indented
    within the text that is not a list item ("  api    -> queue"), and
    lines next to each other that each hold a run of spaces (columns).
    Two spaces between
    sentences are a house style where the framework puts them between
    most of its sentences, as typists were taught to: there they are not
    reported (nor made one), and where most sentences are one space apart,
    they are.

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

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        candidates = self.candidates(analysis.prose)
        if not candidates:
            return

        @functools.cache
        def two_spaced() -> bool:
            # Counted only for two spaces between sentences, over all the texts.
            text = analysis.prose.text
            return len(_TWO_AFTER_SENTENCE.findall(text)) > len(_ONE_AFTER_SENTENCE.findall(text))

        for i in candidates:
            yield from self.check_text(analysis.prose.fields[i], two_spaced=two_spaced)

    def check_text(self, field: TextField, *, two_spaced: Callable[[], bool] = lambda: False) -> Iterable[Violation]:
        """The runs of spaces of one text; ``two_spaced`` tells whether the
        framework puts two spaces between most of its sentences."""
        text = field.text
        runs = [m for m in _RUN.finditer(text) if not (_between_sentences(text, m) and two_spaced())]
        if runs:
            # Code keeps its own spacing, and a table's padding lines its columns up.
            kept = code_spans(text) + table_rows(text) + _laid_out_lines(text)
            runs = [m for m in runs if not inside(kept, *m.span())] if kept else runs
        if not runs:
            return
        first = runs[0]
        where = f" ({plural(len(runs), 'place')})" if len(runs) > 1 else ""
        spans = {m.span() for m in runs}
        yield self.fixed(
            field,
            f"{len(first.group())} spaces in a row{where}: '{excerpt(text, first.start(), first.end(), 16)}'",
            _RUN.sub(lambda m: " " if m.span() in spans else m.group(), text),
            first.span(),
        )


# A line of a text of several lines, without its line break.
_LINE = lazy(r"[^\n]+")
# A line indented inside its text that is not a list item: a line of a
# diagram or of columns, laid out by hand in a literal (|) block.
_INDENTED_NOT_A_LIST_ITEM = lazy(r"[ \t]+(?![-*+•]\s|\d+[.)]\s)\S")


def _laid_out_lines(text: str) -> list[tuple[int, int]]:
    """Where a text of several lines lines its words up by hand, as
    (start, end) pairs: a line indented more than the text that is not a
    list item ("  api    -> queue"), and lines next to each other that both
    hold a run of spaces (columns)."""
    if "\n" not in text:
        return []
    lines = [m.span() for m in _LINE.finditer(text)]
    spaced = [_RUN.search(text, start, end) is not None for start, end in lines]
    out = []
    for i, (start, end) in enumerate(lines):
        beside = (i > 0 and spaced[i - 1] and lines[i - 1][1] == start - 1) or (
            i + 1 < len(lines) and spaced[i + 1] and lines[i + 1][0] == end + 1
        )
        if spaced[i] and (beside or (start > 0 and _INDENTED_NOT_A_LIST_ITEM.match(text, start, end))):
            out.append((start, end))
    return out


def _between_sentences(text: str, run: re.Match[str]) -> bool:
    """Whether a run of spaces is two between a sentence and the next."""
    return len(run.group()) == 2 and _TWO_AFTER_SENTENCE.match(text, run.start() - 1) is not None
