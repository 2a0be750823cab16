"""LL204 proficiency-decrease."""

from __future__ import annotations

from typing import Iterable

from ..model import CELLS, LEVELS, PROFICIENCY, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation


class ProficiencyDecrease(Rule):
    """A competency's `proficiency` goes down from one level to a higher one.

    Proficiencies are ordered by the framework's `proficiency_scale`,
    lowest first. A proficiency that is not on the scale is LL402.

    Why this matters:
        A higher level that asks for less proficiency than the one below it
        is almost always a slip in a copied cell; left in, it tells people
        that a promotion lowers the bar.

    Example:
        ```yaml
        proficiency_scale: [awareness, working, practitioner, expert]
        levels:
          - id: IC3
            competencies: {ml-fluency: {proficiency: practitioner, statements: [...]}}
          - id: IC4
            competencies: {ml-fluency: {proficiency: working, statements: [...]}}
        ```
        Fix: `proficiency: practitioner` (or `expert`) at IC4.
    """

    code = "LL204"
    name = "proficiency-decrease"
    severity = Severity.ERROR
    needs = frozenset({LEVELS, CELLS, PROFICIENCY})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        scale = {name: rank for rank, name in enumerate(framework.proficiency_scale)}
        if not scale:
            return
        # The highest proficiency seen so far for each competency, and where.
        highest: dict[str, tuple[int, str, str]] = {}
        for level in framework.levels:
            for cell in level.cells:
                rank = scale.get(cell.proficiency) if cell.proficiency is not None else None
                if rank is None:
                    continue
                seen = highest.get(cell.competency_id)
                if seen is not None and rank < seen[0]:
                    yield Violation(
                        cell.path + ("proficiency",),
                        f"competency '{cell.competency_id}' goes down from '{seen[1]}' at level "
                        f"'{seen[2]}' to '{cell.proficiency}' at level '{level.id}'; a higher level "
                        "should ask for at least the same proficiency",
                    )
                elif seen is None or rank > seen[0]:
                    highest[cell.competency_id] = (rank, cell.proficiency or "", level.id)
