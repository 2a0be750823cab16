"""LL401 missing-cell."""

from __future__ import annotations

from typing import Iterable

from ..model import CELLS, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .ll206_shrinking_coverage import narrowed_levels
from .messages import quoted_list


class MissingCell(Rule):
    """A level has no entry for a competency the framework declares: neither
    statements nor a `not_applicable` reason.

    One finding per level names
    every competency it leaves out. A competency no level describes at all
    is LL405 instead. Where the level below assesses a competency this level
    has no entry for, the message says so, and LL206 does not report the
    same gap again (it does where an empty entry narrows the level too).

    Why this matters:
        A missing entry cannot be told apart from a forgotten one: readers do
        not know whether nothing is expected, or whether the level below
        still applies, or whether the page lost a section in an export. A
        warning, not an error: in a cumulative framework an absent entry at
        the top of a ladder often means "nothing beyond the level below"
        (Monzo's mobile framework stops Mastery at level 5); say so with
        `not_applicable`.

    Example:
        ```yaml
        levels:
          - id: IC1
            competencies:
              impact: ["I deliver my tasks on time"]
              # no entry for 'strategy'
        ```
        Fix: describe it, or say why it does not apply:
        `strategy: {not_applicable: Strategy is first assessed at IC3}`.
    """

    code = "LL401"
    name = "missing-cell"
    severity = Severity.WARNING
    needs = frozenset({CELLS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        used = {cell.competency_id for level in framework.levels for cell in level.cells}
        declared = [c.id for c in framework.competencies if c.id in used]
        # A level that drops what the level below assesses: LL206 leaves the
        # entries it lacks to this rule, which says so (one gap, one finding).
        narrowed = {n.level.id: n for n in narrowed_levels(framework)}
        for level in framework.levels:
            present = {cell.competency_id for cell in level.cells}
            missing = [cid for cid in declared if cid not in present]
            if not missing:
                continue
            if len(missing) == 1:
                what, its = f"competency '{missing[0]}'", "its"
            else:
                what, its = f"{len(missing)} competencies: {quoted_list(missing)}", "their"
            below = narrowed.get(level.id)
            dropped = [cid for cid in missing if below is not None and cid in below.dropped]
            if below is None or not dropped or any(cid in below.cells for cid in below.unexplained):
                narrowing = ""  # LL206 reports the narrowing
            else:
                which = ("it" if len(dropped) == 1 else "them") if dropped == missing else quoted_list(dropped)
                narrowing = (f" (level '{below.below}' below it assesses {which}: this level assesses"
                             f" {below.assessed} of its {below.assessed_below})")
            yield Violation(
                level.path + ("competencies",),
                f"level '{level.id}' has no entry for {what}{narrowing}; add {its} statements, "
                "or not_applicable with the reason",
                on_key=True,
            )
