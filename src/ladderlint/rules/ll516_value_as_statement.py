"""LL516 value-as-statement."""

from __future__ import annotations

from typing import Iterable

from ..model import PROFICIENCY, Framework
from ..text import name_key
from ..vocabulary import what_value
from .analysis import Analysis
from .base import Rule, Severity, Violation


class ValueAsStatement(Rule):
    """A statement that is only a value, not a behaviour: a rating ("High",
    "Very high", "Baixa", "Muito alta"), a yes or no, a tick ("✓", "x"), or
    a number ("3", "30%").

    Such a statement is what a table's cell held: a column that rates a
    level ('Autonomy': Low, Medium, High) or ticks what it has, imported
    as if it were an expectation, or typed in by hand. Not reported: a word
    of the framework's own `proficiency_scale` (a statement "High" where
    the scale is low, medium, high), a proficiency word ("Expert",
    "Proficient"), an abbreviation ("SQL"), a statement that says more
    ("High quality code", "Low to medium"), and a mark that the
    competency does not apply ("N/A", "—"), which LL403 reports.

    Why this matters:
        People are assessed against statements: "High" under Autonomy
        says how much, but not what someone at the level does, and a
        reader cannot tell it from the level above's "Very high". A
        warning: the value may be what the organisation means, and the
        behaviour behind it is for its owners to write.

    Example:
        ```yaml
        competencies:
          autonomy: [High]
        ```
        Fix: write what the value stands for at this level ("I decide how
        to deliver my team's projects without guidance"), or, where the
        competency is rated on a scale, declare the scale in
        `proficiency_scale` and write `autonomy: {proficiency: high}`.
    """

    code = "LL516"
    name = "value-as-statement"
    severity = Severity.WARNING
    needs = frozenset({PROFICIENCY})  # a word of its own scale is no stray value

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        own_scale = {name_key(step) for step in framework.proficiency_scale}
        for level, cell, statement in framework.statements():
            kind = what_value(statement.text)
            if kind is None or name_key(statement.text) in own_scale:
                continue
            yield Violation(
                statement.path,
                f"statement '{statement.text.strip()}' at level '{level.id}' (competency '{cell.competency_id}') is "
                f"{kind}, not a behaviour: write what people at this level do, or remove it",
            )
