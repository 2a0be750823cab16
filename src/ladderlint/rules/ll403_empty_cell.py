"""LL403 empty-cell."""

from __future__ import annotations

from typing import Iterable

from ..model import CELLS, STATEMENTS, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation


class EmptyCell(Rule):
    """A level's entry for a competency holds nothing expected.

    Reported: an empty list of statements, or a mapping with no statements, no proficiency and
    no `not_applicable` (a `note` alone is not an expectation). An empty
    statement text is a schema error (LL105).

    Why this matters:
        An empty entry is an unfinished edit: it claims the competency is
        covered at the level while saying nothing, and readers see a blank
        cell.

    Example:
        ```yaml
        competencies:
          mentoring: []
        ```
        Fix: write the statements, or `mentoring: {not_applicable: Mentoring
        is first assessed at IC3}`.
    """

    code = "LL403"
    name = "empty-cell"
    severity = Severity.ERROR
    needs = frozenset({CELLS, STATEMENTS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        for level in framework.levels:
            for cell in level.cells:
                if not (cell.statements or cell.proficiency or cell.not_applicable):
                    yield Violation(
                        cell.path,
                        f"level '{level.id}' has an empty entry for competency '{cell.competency_id}'; "
                        "write its statements, or not_applicable with the reason",
                    )
