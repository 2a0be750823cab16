"""LL403 empty-cell."""

from __future__ import annotations

from typing import Iterable

from ..model import CELLS, STATEMENTS, Framework
from ..vocabulary import only_not_applicable_mark
from .analysis import Analysis
from .base import Rule, Severity, Violation


class EmptyCell(Rule):
    """A level's entry for a competency holds nothing expected.

    Reported: an empty list of statements, or a mapping with no statements, no proficiency and
    no `not_applicable` (a `note` alone is not an expectation). An empty
    statement text is a schema error (LL105). So is an entry whose only
    statement is a mark that the competency does not apply ("N/A", "—",
    "Not applicable", as a table's cell holds): people would be assessed
    against it; `not_applicable` says it, with the reason.

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
                elif len(cell.statements) == 1 and only_not_applicable_mark(cell.statements[0].text):
                    yield Violation(
                        cell.path,
                        f"level '{level.id}' says that competency '{cell.competency_id}' does not apply with a "
                        f"statement, '{cell.statements[0].text}'; write not_applicable with the reason instead",
                    )
