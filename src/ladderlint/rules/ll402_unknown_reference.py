"""LL402 unknown-reference."""

from __future__ import annotations

from typing import Iterable

from ..model import COMPETENCIES, LEVELS, PROFICIENCY, Framework
from ..vocabulary import Rung, id_rung
from ._levels import gaps, ladder_step, level_rungs
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import shorten, suggest


class UnknownReference(Rule):
    """A level names a competency, dimension or proficiency that the framework
    does not declare; the message suggests the closest declared one.

    Reported: a competency id under a level's `competencies`, a dimension
    id under its `dimensions` summaries, or a `proficiency` that is not on
    the `proficiency_scale` (or with no scale declared). Also an `omitted_levels` id that names no
    level the framework leaves out: one that matches no level sequence but
    is close to a missing one (`IC-2` is fine, `1C2` for IC2 is reported),
    and one of a sequence that is neither in a gap between its levels nor
    continues it from the lowest or highest (`E22` beside levels E1-E3;
    `E4`, or `E4` and `E5`, are fine, as are `L1` and `L2` below levels
    from L3). The message suggests the closest declared id,
    comparing ids and names without case, spacing or punctuation
    (`personal-growh` and `Personal Growth` both point to `personal-growth`).
    A key that is the name of a competency declared with another's id
    (`id: judgment` for Tooling, a line copied) is reported with that
    competency, told to take the id `tooling`, not pointed to the id it
    shares; where LL110 (duplicate-id) runs too, it says so once, at the
    id, and LL402 does not report the levels' `tooling` as well.

    Why this matters:
        A misspelt competency key is a second, unknown competency: its
        statements are not where readers (and every other rule) look for
        them, and the real competency looks missing at that level.

    Example:
        ```yaml
        dimensions:
          - id: talent
            competencies: [{id: personal-growth, name: Personal Growth}]
        levels:
          - id: IC1
            competencies:
              personal-growh: ["I act upon feedback from my manager"]
        ```
        Fix: `personal-growth:`, the declared id.
    """

    code = "LL402"
    name = "unknown-reference"
    severity = Severity.ERROR
    needs = frozenset({COMPETENCIES, PROFICIENCY})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        # A competency with another's id is no id to point to: the levels that name it by its own id are
        # told to give it that id; LL110, where it runs, says so once, at the id.
        meant = {reference: competency for competency, reference in analysis.shadowed_references.items()}
        explained = self.runs("LL110")
        seen: set[str] = set()
        competencies = []
        for c in framework.competencies:
            if c.id not in seen:
                competencies.append((c.id, c.name))
            seen.add(c.id)
        competency_ids = {c.id for c in framework.competencies}
        dimensions = [(d.id, d.name) for d in framework.dimensions]
        dimension_ids = {d.id for d in framework.dimensions}
        scale = framework.proficiency_scale
        for level in framework.levels:
            for cell in level.cells:
                copied = meant.get(cell.competency_id)
                if copied is not None and not explained:
                    yield Violation(
                        cell.path,
                        f"level '{level.id}' names competency '{cell.competency_id}', which is not declared: "
                        f"competency '{shorten(copied.name)}' has the id '{copied.id}', which another competency "
                        f"uses; give it the id '{cell.competency_id}'",
                        on_key=True,
                    )
                elif copied is None and cell.competency_id not in competency_ids:
                    yield Violation(
                        cell.path,
                        f"level '{level.id}' names competency '{cell.competency_id}', which is not "
                        f"declared{suggest(cell.competency_id, competencies)}",
                        on_key=True,
                    )
                if cell.proficiency is not None and cell.proficiency not in scale:
                    where = (
                        f"level '{level.id}' gives competency '{cell.competency_id}' "
                        f"proficiency '{cell.proficiency}'"
                    )
                    yield Violation(
                        cell.path + ("proficiency",),
                        f"{where}, which is not on the proficiency_scale"
                        f"{suggest(cell.proficiency, [(p, None) for p in scale])}"
                        if scale
                        else f"{where}, but the framework declares no proficiency_scale",
                    )
            for dimension_id in level.dimension_summaries:
                if dimension_id not in dimension_ids:
                    yield Violation(
                        level.path + ("dimensions", dimension_id),
                        f"level '{level.id}' has a summary for dimension '{dimension_id}', which is not "
                        f"declared{suggest(dimension_id, dimensions)}",
                        on_key=True,
                    )
        if LEVELS not in framework.incomplete:  # with a level left out, its number would look omitted
            yield from _omitted_typos(framework)


def _omitted_typos(framework: Framework) -> Iterable[Violation]:
    """Omitted level ids that name no level the framework leaves out: in no
    sequence of the levels but close to a missing one (`1C2` for IC2), or
    in a sequence but neither in a gap nor continuing it from its lowest
    or highest level (`E22` beside E1-E3). A typo, which leaves the gap
    unacknowledged, or a leftover."""
    missing = [level_id for gap in gaps(framework) for level_id in gap.missing]
    numbers: dict[str, set[int]] = {}
    for _, level_rung, _ in level_rungs(framework):  # by ids, or by titles where ids number nothing
        numbers.setdefault(level_rung.family, set()).add(level_rung.number)
    omitted = {(r.family, r.number) for r in map(id_rung, framework.omitted_levels) if r is not None}
    for index, omitted_id in enumerate(framework.omitted_levels):
        rung = id_rung(omitted_id)
        if rung is not None and rung.family in numbers:
            if _continues(rung, numbers[rung.family], omitted):
                continue  # it acknowledges a gap, or a level beyond the ends
            levels = [(lv.id, None) for lv in framework.levels]
            yield Violation(
                ("omitted_levels", index, "id"),
                f"omitted level '{omitted_id}' names no level: it is neither between two levels nor next to "
                f"the lowest or highest{suggest(omitted_id, [(i, None) for i in missing] + levels)}",
            )
            continue
        # Level ids are short: one wrong character of three is still close.
        hint = suggest(omitted_id, [(level_id, None) for level_id in missing], cutoff=0.6) if missing else ""
        if hint:
            yield Violation(
                ("omitted_levels", index, "id"),
                f"omitted level '{omitted_id}' is in none of the numbered sequences of the levels{hint}",
            )


def _continues(rung: Rung, described: set[int], omitted: set[tuple[str, int]]) -> bool:
    """Whether an omitted rung is in a gap of its sequence, or continues it:
    every number between it and the lowest or highest level is omitted too
    (L1 and L2 below levels from L3; IC4 above levels up to IC3)."""
    low, high = min(described), max(described)
    if low <= rung.number <= high:
        return True
    step = ladder_step(sorted(described))  # P20 below P30, P40: a ladder numbered in tens
    between = range(rung.number + step, low, step) if rung.number < low else range(high + step, rung.number, step)
    return all((rung.family, n) in omitted for n in between)
