"""LL203 level-gap."""

from __future__ import annotations

from typing import Iterable

from ..model import LEVEL_IDS, LEVELS, Framework
from ._levels import gaps
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import quoted_list


class LevelGap(Rule):
    """A numbered sequence of level ids skips a number (IC1 and IC3 but no
    IC2) that `omitted_levels` does not acknowledge.

    Sequences are read from level ids (`IC3`, `L4`, `level-2`, and Roman
    numerals after a separator: `ic-iv`, `SWE-II`), so an acknowledgement
    names the missing id; a sequence may start above 1. A sequence that
    counts in fives, tens or hundreds, every level numbered apart by a
    multiple of it from at least that (P30, P40, P60), is read by that
    step: only P50 is missing there, not P31 to P39. Where a level's id
    numbers nothing (`mid`), its title is read as LL201 reads it
    (`Engineer II`, `Software Engineer 2`): `Engineer III` is missing
    between `Engineer II` and `Engineer IV`, listed under omitted_levels
    as `engineer-iii`, as the finding says. An
    `omitted_levels` entry for a level the framework does describe is
    reported too. Not run while a level id is invalid (LL104): the level it
    names may be the one that looks missing.

    Why this matters:
        A missing level is either an unfinished framework or a deliberate
        choice (the level is described elsewhere, or not used). Readers
        cannot tell which; `omitted_levels` says it, with the reason. A
        warning, because a gap can be right.

    Example:
        ```yaml
        levels:
          - {id: IC1, title: IC1 Machine Learning Engineer, competencies: {}}
          - {id: IC3, title: IC3 Machine Learning Engineer, competencies: {}}
        ```
        Fix: describe IC2, or acknowledge the gap:
        ```yaml
        omitted_levels:
          - {id: IC2, reason: IC2 is described in the general engineering framework.}
        ```
    """

    code = "LL203"
    name = "level-gap"
    severity = Severity.WARNING
    needs = frozenset({LEVELS, LEVEL_IDS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        for index, omitted_id in enumerate(framework.omitted_levels):
            described = [lv for lv in framework.levels if lv.id.casefold() == omitted_id.casefold()]
            if described:
                yield Violation(
                    ("omitted_levels", index, "id"),
                    f"level '{omitted_id}' is listed under omitted_levels but is described "
                    f"(level '{described[0].id}'); remove it from omitted_levels",
                )
        for gap in gaps(framework):
            missing = gap.unacknowledged
            if not missing:
                continue
            verb, it = ("is", "it") if len(missing) == 1 else ("are", "them")
            if gap.titles:  # numbered by titles: say the titles, and the ids to list
                yield Violation(
                    gap.above.path + ("title",),
                    f"levels go from '{gap.below.title}' to '{gap.above.title}': {quoted_list(gap.titles)} {verb} "
                    f"missing; describe {it}, or list {it} under omitted_levels (as {quoted_list(missing)}) "
                    "with the reason",
                )
                continue
            yield Violation(
                gap.above.path + ("id",),
                f"levels go from '{gap.below.id}' to '{gap.above.id}': {quoted_list(missing)} {verb} "
                f"missing; describe {it}, or list {it} under omitted_levels with the reason",
            )
