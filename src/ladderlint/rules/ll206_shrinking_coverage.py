"""LL206 shrinking-coverage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from ..model import CELLS, COMPETENCIES, LEVELS, STATEMENTS, Cell, Framework, Level
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import quoted_list


class ShrinkingCoverage(Rule):
    """A level assesses fewer competencies than the level right below it.

    A competency is assessed at a level when its cell there has statements or
    a proficiency; the message names the competencies the lower level
    assesses and this one does not, and why (not applicable, no entry, an
    empty cell). A level whose every such competency is marked
    `not_applicable`, with the reason, narrows on purpose and is not
    reported. One gap, one finding: a level whose unexplained drops all
    lack an entry is left to LL401, which names them and the level below
    that assesses them; a level with an empty entry among them is
    reported here (the empty entry is also LL403). A level with no entries at all (`competencies:
    {}`, a level named but not written yet) is not narrower, only
    unfinished: LL401 names every entry it lacks, and the level above it is
    weighed against the last level that has entries.

    Why this matters:
        People at a higher level are expected to do at least as much as
        those below; a level that stops assessing a competency (Hiring,
        Mentoring) without a word reads as a lower bar, and is usually a
        competency forgotten when the level was written. A track can
        narrow on purpose: a `not_applicable` reason says so, and readers
        see why.

    Example:
        ```yaml
        levels:
          - id: IC3
            competencies: {impact: [...], hiring: [...], mentoring: [...]}
          - id: IC4
            competencies: {impact: [...]}
        ```
        Fix: describe Hiring and Mentoring at IC4, or mark them
        `not_applicable` with the reason.
    """

    code = "LL206"
    name = "shrinking-coverage"
    severity = Severity.WARNING
    needs = frozenset({LEVELS, CELLS, STATEMENTS, COMPETENCIES})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        for narrowed in narrowed_levels(framework):
            level, cells, dropped, unexplained = narrowed.level, narrowed.cells, narrowed.dropped, narrowed.unexplained
            if all(cid not in cells for cid in unexplained):
                continue  # entries missing, which LL401 reports, saying the level below assesses them
            reasons = "; ".join(f"{quoted_list(ids)} {why}" for why, ids in _by_reason(dropped, cells).items())
            yield Violation(
                level.path + ("id",),
                f"level '{level.id}' assesses {_count(narrowed.assessed)}, fewer than the "
                f"{narrowed.assessed_below} of level '{narrowed.below}' below it: {reasons}; describe "
                f"{'it' if len(unexplained) == 1 else 'them'} at this level, or mark "
                f"{'it' if len(unexplained) == 1 else 'them'} not_applicable with the reason",
            )


@dataclass(frozen=True)
class Narrowed:
    """A level that assesses fewer competencies than the level below it,
    with some dropped for no reason given."""

    level: Level
    cells: dict[str, Cell]
    #: How many competencies the level assesses, and the level below.
    assessed: int
    assessed_below: int
    below: str
    #: The competencies the level below assesses and this one does not; those without a not_applicable reason.
    dropped: list[str]
    unexplained: list[str]


def narrowed_levels(framework: Framework) -> Iterator[Narrowed]:
    """The levels that assess fewer competencies than the level below them
    (the last level with entries), some dropped with no reason given."""
    declared = [c.id for c in framework.competencies]
    below = None
    for level in framework.levels:
        if not level.cells:
            continue  # not written yet, which LL401 reports; the next level is weighed against the last written
        cells = {cell.competency_id: cell for cell in level.cells}
        assessed = {cid for cid in declared if _assessed(cells.get(cid))}
        if below is not None and len(assessed) < len(below[1]):
            dropped = [cid for cid in declared if cid in below[1] and cid not in assessed]
            unexplained = [cid for cid in dropped if not (cid in cells and cells[cid].not_applicable)]
            if unexplained:  # else every one was dropped on purpose, with its reason
                yield Narrowed(level, cells, len(assessed), len(below[1]), below[0], dropped, unexplained)
        below = (level.id, assessed)


def _count(n: int) -> str:
    return f"{n} competency" if n == 1 else f"{n} competencies"


def _assessed(cell: Cell | None) -> bool:
    return cell is not None and bool(cell.statements or cell.proficiency)


def _by_reason(dropped: list[str], cells: dict[str, Cell]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for cid in dropped:
        cell = cells.get(cid)
        why = "has no entry" if cell is None else ("is not applicable" if cell.not_applicable else "is empty")
        out.setdefault(why, []).append(cid)
    # "is" reads wrong after a list of several; say it once per group.
    return {
        (why.replace("has ", "have ").replace("is ", "are ") if len(ids) > 1 else why): ids
        for why, ids in out.items()
    }
