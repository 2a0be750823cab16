"""LL405 unused-competency."""

from __future__ import annotations

from typing import Iterable

from ..model import CELLS, LEVELS, STATEMENTS, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation


class UnusedCompetency(Rule):
    """A declared competency that no level describes.

    No level has statements or a proficiency for it (it has no entry anywhere, or every
    level marks it not applicable).

    Why this matters:
        Readers see the competency in the framework's outline and find
        nothing expected of anyone; usually its statements were filed under
        another id, or it was dropped from the levels and not from the
        outline. A warning: LL401 does not also report it at every level.

    Example:
        ```yaml
        dimensions:
          - id: direction
            competencies: [{id: strategy, name: Strategy}]
        levels:
          - {id: IC1, title: IC1, competencies: {impact: [...]}}
        ```
        Fix: describe Strategy at the levels where it is expected, or remove
        it from the dimension.
    """

    code = "LL405"
    name = "unused-competency"
    severity = Severity.WARNING
    needs = frozenset({LEVELS, CELLS, STATEMENTS})  # a cell described only by statements left out

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        not_applicable: dict[str, int] = {}
        described: set[str] = set()
        for level in framework.levels:
            for cell in level.cells:
                if cell.statements or cell.proficiency:
                    described.add(cell.competency_id)
                elif cell.not_applicable:
                    not_applicable[cell.competency_id] = not_applicable.get(cell.competency_id, 0) + 1
        for competency in framework.competencies:
            if competency.id in described:
                continue
            everywhere = not_applicable.get(competency.id) == len(framework.levels)
            why = "every level marks it not applicable" if everywhere else "no level describes it"
            yield Violation(
                competency.path + ("id",),
                f"competency '{competency.id}' ({competency.name}) is declared but {why}",
            )
