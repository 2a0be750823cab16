"""LL507 duplicate-statement."""

from __future__ import annotations

from typing import Iterable

from ..model import Framework
from ..text import normal
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import shorten


class DuplicateStatement(Rule):
    """The same statement twice in one cell (one competency at one level).

    Statements are compared as every rule compares them: ignoring case,
    spacing, quote style, dashes and final punctuation. The repetition is
    reported, pointing back at the first. (The same statement at two levels
    is a progression problem, reported by the LL2xx rules.)

    Why this matters:
        A statement listed twice is a copy-and-paste slip. It makes the
        cell look longer than it is and, in a framework people are assessed
        against, reads as if the behaviour counted twice.

    Example:
        ```yaml
        hiring:
          - I am able to represent my team's initiatives to candidates
          - I contribute to interviewing
          - I am able to represent my team’s initiatives to candidates.
        ```
        Fix: delete the repetition.
    """

    code = "LL507"
    name = "duplicate-statement"
    severity = Severity.ERROR

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        words = analysis.words
        for level in framework.levels:
            for cell in level.cells:
                # Two statements with one normal form have the same words,
                # which the rules have split already: only a cell with two
                # such needs the normal forms.
                texts = [" ".join(words[statement.text]) for statement in cell.statements]
                if len(set(texts)) == len(texts):
                    continue
                keys = [normal(statement.text) for statement in cell.statements]
                if len(set(keys)) == len(keys):
                    continue
                first: dict[str, int] = {}
                for i, (statement, key) in enumerate(zip(cell.statements, keys)):
                    if key in first:
                        yield Violation(
                            statement.path,
                            f"statement {i + 1} repeats statement {first[key] + 1} of {level.id} "
                            f"{cell.competency_id}: '{shorten(statement.text)}'",
                        )
                    else:
                        first[key] = i
