"""LL515 statement-in-two-competencies."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import Framework, Statement
from ..patterns import lazy
from ..text import normal
from ..vocabulary import only_a_level_reference
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .ll403_empty_cell import level_names
from .ll406_placeholder import placeholders
from .messages import shorten


class StatementInTwoCompetencies(Rule):
    """The same statement under two competencies at one level.

    Statements are compared as every rule compares them: ignoring case,
    spacing, quote style, dashes and final punctuation. The repetition is
    reported where it comes second in the file, naming the competency
    that has it first. (Twice in one cell is LL507's; the same statement
    at two levels is a progression problem, reported by the LL2xx rules; a
    placeholder, "TBD" in every competency left to write, is LL406's.) Not
    reported either: a pointer to another level, which a cumulative
    framework says in each competency ("All criteria from level one"), nor
    a heading over examples that differ ("Criteria for sublevel A", with
    each competency's own examples).

    Why this matters:
        A statement listed under two competencies was most often pasted
        into the wrong one, or copied to fill a cell: the competency it
        left keeps what it should not, and people assessed at the level
        meet the behaviour twice, as if it counted double. A few
        frameworks do it on purpose, for a behaviour that serves two
        competencies: hence a warning, and the rule may be switched off.

    Example:
        ```yaml
        - id: L4
          competencies:
            leadership:
              - Gets buy-in on technical decisions and proposed designs
            mastery:
              - Gets buy-in on technical decisions and proposed designs
        ```
        Fix: keep it under the competency it belongs to, or say in each
        what that competency asks ("Explains the trade-offs of a design"
        under mastery).
    """

    code = "LL515"
    name = "statement-in-two-competencies"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        names = level_names(framework)
        for index in sorted(analysis.levels_with_repeats):
            # Only a level where two statements have the same words may repeat one.
            level = framework.levels[index]
            statements = [(cell, i, statement) for cell in level.cells for i, statement in enumerate(cell.statements)]
            first: dict[str, tuple[str, int, Statement]] = {}
            seen: set[tuple[str, str]] = set()
            for cell, i, statement in statements:
                key = normal(statement.text)
                if (cell.competency_id, key) in seen:
                    continue  # twice in its own cell: LL507's
                seen.add((cell.competency_id, key))
                where = first.setdefault(key, (cell.competency_id, i, statement))
                if where[0] != cell.competency_id and not _said_on_purpose(statement, where[2], names):
                    yield Violation(
                        statement.path,
                        f"statement {i + 1} of {level.id} {cell.competency_id} repeats statement {where[1] + 1} "
                        f"of {level.id} {where[0]}: '{shorten(statement.text)}'; keep it under one of them, "
                        "or say what each asks",
                    )


# A pointer to another level: "All criteria from level one", "As the previous level".
_TO_A_LEVEL = lazy(
    r"\b(?:levels?|grades?|bands?)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|below|above)\b"
    r"|\b(?:previous|prior|lower|earlier|last)\s+(?:levels?|grades?|bands?)\b",
    re.IGNORECASE,
)


def _said_on_purpose(statement: Statement, first: Statement, level_names: frozenset[str]) -> bool:
    """Whether a statement is carried to another competency on purpose: a
    placeholder ("TBD" in every cell left to write, LL406's), a pointer to
    another level ("All criteria from level one", "See L3", said in each competency
    of a cumulative framework), or a heading over examples that differ
    ("Criteria for sublevel A", with each competency's own)."""
    if placeholders(statement.text) or _TO_A_LEVEL.search(statement.text) \
            or only_a_level_reference(statement.text, level_names):
        return True
    return bool(statement.examples and first.examples) and \
        [normal(e) for e in statement.examples] != [normal(e) for e in first.examples]
