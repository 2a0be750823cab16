"""LL515 statement-in-two-competencies."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import Framework, Statement
from ..patterns import lazy
from ..text import normal
from ..vocabulary import not_applicable, only_a_level_reference
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .ll403_empty_cell import level_names
from .ll406_placeholder import placeholders
from .ll504_export_debris import without_debris
from .messages import quoted_list, shorten


class StatementInTwoCompetencies(Rule):
    """The same statement under two competencies or more at one level.

    Statements are compared as every rule compares them: ignoring case,
    spacing, quote style, dashes and final punctuation. Each statement
    repeated at a level is reported once, where it comes second in the
    file, naming every competency it is under. One under three
    competencies or more, and under more than half of those the level
    assesses, reads as said of every competency on purpose (boilerplate:
    "I identify the next generation of experts and foster them" under each
    competency of the top level): the finding says so, and points to the
    level's summary, the place of an expectation of the whole level.
    (Twice in one cell is LL507's; the same statement at two levels is a
    progression problem, reported by the LL2xx rules; a placeholder, "TBD"
    in every competency left to write, is LL406's, and a text that is
    nothing but an export's debris, "{} {}" or a site's include, is
    LL504's: it asks nothing.) Not reported either: a
    pointer to another level, which a cumulative framework says in each
    competency ("All criteria from level one"), nor a heading over
    examples that differ ("Criteria for sublevel A", with each
    competency's own examples), nor a statement that only says the
    competency does not apply ("N/A", "Nothing at this grade"), which
    belongs to none: LL403 reports it.

    Why this matters:
        A statement listed under two competencies was most often pasted
        into the wrong one, or copied to fill a cell: the competency it
        left keeps what it should not, and people assessed at the level
        meet the behaviour twice, as if it counted double. Said under
        every competency, it is one expectation of the level, which a
        reader finds once in the summary rather than in every cell. A few
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
        - id: L5
          summary: I am an expert others seek out
          competencies:
            design: [I identify the next generation of experts and foster them]
            testing: [I identify the next generation of experts and foster them]
            security: [I identify the next generation of experts and foster them]
        ```
        Fix: keep it under the competency it belongs to, or say in each
        what that competency asks ("Explains the trade-offs of a design"
        under mastery). A statement said of every competency at a level
        goes once into the level's summary ("I am an expert others seek
        out, and I identify the next generation of experts and foster
        them"), or each competency says what it asks ("I grow the next
        testers" under testing).
    """

    code = "LL515"
    name = "statement-in-two-competencies"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        names = level_names(framework)
        for index in sorted(analysis.levels_with_repeats):
            # Only a level where two statements have the same words may repeat one.
            level = framework.levels[index]
            # Each statement's places, in the order read: one per competency
            # (twice in its own cell is LL507's).
            places: dict[str, dict[str, Statement]] = {}
            for cell in level.cells:
                for statement in cell.statements:
                    places.setdefault(normal(statement.text), {}).setdefault(cell.competency_id, statement)
            assessed = sum(1 for cell in level.cells if cell.statements)
            for where in places.values():
                repeated = _repeated(where, names)
                if len(repeated) < 2:
                    continue
                competencies = list(repeated)
                second = repeated[competencies[1]]
                yield Violation(second.path, _message(level.id, second.text, competencies, assessed))


def _repeated(where: dict[str, Statement], level_names: frozenset[str]) -> dict[str, Statement]:
    """Of one statement's places (competency -> the statement there), those
    that repeat another place, in the order read."""
    if len(where) < 2:
        return {}
    first = next(iter(where.values()))
    if placeholders(first.text) or _TO_A_LEVEL.search(first.text) or only_a_level_reference(first.text, level_names) \
            or not_applicable(first.text) is not None or not any(ch.isalpha() for ch in without_debris(first.text)):
        # Said in each competency on purpose: a placeholder, a pointer to another level (LL403's), or
        # that the competency does not apply ("Nothing at this grade", LL403's); or no words at all
        # once an export's debris is out ("{} {}", a site's include: LL504's), which asks nothing.
        return {}
    return {competency: statement for competency, statement in where.items()
            if any(other is not statement and not _own_examples(statement, other) for other in where.values())}


def _own_examples(statement: Statement, other: Statement) -> bool:
    """Whether two statements alike are a heading over examples that differ
    ("Criteria for sublevel A", with each competency's own): not a repetition."""
    return bool(statement.examples and other.examples) and \
        [normal(e) for e in statement.examples] != [normal(e) for e in other.examples]


# A statement under more than this share of the competencies a level
# assesses, and under three or more, is said of every competency on purpose.
_MOST = 0.5


def _message(level_id: str, text: str, competencies: list[str], assessed: int) -> str:
    quoted = f"'{shorten(text)}'"
    count = len(competencies)
    if count >= 3 and count > _MOST * assessed:
        # Boilerplate: the framework says it of (nearly) every competency at the level.
        share = f"all {count}" if count == assessed else f"{count} of the {assessed}"
        return (f"{quoted} is under {share} competencies of level '{level_id}' ({quoted_list(competencies)}): "
                "a level-wide expectation; say it once, in the level's summary, or say under each competency "
                "what that competency asks")
    return (f"{quoted} is under {count} competencies of level '{level_id}': {quoted_list(competencies)}; "
            "keep it under the one it belongs to, or say in each what that competency asks")


# A pointer to another level: "All criteria from level one", "As the previous level".
_TO_A_LEVEL = lazy(
    r"\b(?:levels?|grades?|bands?)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|below|above)\b"
    r"|\b(?:previous|prior|lower|earlier|last)\s+(?:levels?|grades?|bands?)\b",
    re.IGNORECASE,
)
