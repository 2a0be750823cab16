"""Gaps in the numbered sequences of a framework's level ids, shared by the
rules on gaps (LL203) and omitted levels (LL402). What a level id says is
read with the shared vocabulary (ladderlint.vocabulary)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..vocabulary import Rung, id_rung

if TYPE_CHECKING:
    from ..model import Framework, Level


@dataclass(frozen=True)
class Gap:
    """Numbers missing between two levels of one sequence of level ids."""

    below: "Level"
    above: "Level"
    #: The missing ids, spelt like the level below's (IC2, L-03).
    missing: tuple[str, ...]
    #: Of those, the ones not listed in omitted_levels.
    unacknowledged: tuple[str, ...]


def gaps(framework: "Framework") -> list[Gap]:
    """Every gap in the numbered sequences of level ids, lowest first."""
    acknowledged = {(r.family, r.number) for r in map(id_rung, framework.omitted_levels) if r is not None}
    families: dict[str, dict[int, tuple[Level, Rung]]] = {}
    for level in framework.levels:
        rung = id_rung(level.id)
        if rung is not None:
            families.setdefault(rung.family, {}).setdefault(rung.number, (level, rung))
    out = []
    for family, rungs in families.items():
        numbers = sorted(rungs)
        step = ladder_step(numbers)
        for lower, higher in zip(numbers, numbers[1:]):
            if higher - lower > step:
                below, below_rung = rungs[lower]
                between = range(lower + step, higher, step)
                out.append(
                    Gap(
                        below,
                        rungs[higher][0],
                        tuple(below_rung.id_for(n) for n in between),
                        tuple(below_rung.id_for(n) for n in between if (family, n) not in acknowledged),
                    )
                )
    return out


def ladder_step(numbers: list[int]) -> int:
    """How far apart a sequence's levels are numbered: 10 for P30, P40, P60
    (whose gap is P50), 5 for L5, L10, L20; 1 for most ladders. The
    largest of 5, 10, 50, 100 ... that every difference between the
    numbers is a multiple of, where the lowest level is numbered at least
    that: IC1 and IC6 miss IC2 to IC5, not a step of 5."""
    step = 1
    if len(numbers) < 2:
        return step
    differences = math.gcd(*(higher - lower for lower, higher in zip(numbers, numbers[1:])))
    for candidate in (5, 10, 50, 100, 500, 1000):
        if differences % candidate == 0 and numbers[0] >= candidate:
            step = candidate
    return step
