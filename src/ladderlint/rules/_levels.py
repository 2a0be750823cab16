"""Gaps in the numbered sequences of a framework's levels (by their ids, or
their titles where the ids number nothing), shared by the rules on gaps
(LL203) and omitted levels (LL402). What a level id or title says is read
with the shared vocabulary (ladderlint.vocabulary)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..vocabulary import Rung, id_rung, title_rung

if TYPE_CHECKING:
    from ..model import Framework, Level


@dataclass(frozen=True)
class Gap:
    """Numbers missing between two levels of one sequence."""

    below: "Level"
    above: "Level"
    #: The missing ids, spelt like the level below's (IC2, L-03).
    missing: tuple[str, ...]
    #: Of those, the ones not listed in omitted_levels.
    unacknowledged: tuple[str, ...]
    #: For a sequence numbered by titles, the titles of the unacknowledged
    #: ones, spelt like the level below's ("Engineer III"); else empty.
    titles: tuple[str, ...] = ()


def level_rungs(framework: "Framework") -> list[tuple["Level", Rung, bool]]:
    """Each level's rung, with whether it is read from its title: from its id
    (IC3, ic-iv), or, for an id that numbers nothing (`mid`), from its
    title, as LL201 reads it ("Engineer II"). A title's number after the
    role makes a sequence spelt as ids would be (`engineer-iii`), as
    omitted_levels names its gaps."""
    out = []
    for level in framework.levels:
        rung = id_rung(level.id)
        if rung is not None:
            out.append((level, rung, False))
            continue
        titled = title_rung(level.title)
        if titled is None:
            continue
        if not titled.prefix:  # "Engineer II": the role's words, then a number or a Roman numeral
            slug = "-".join(titled.family.split())
            roman = "" if str(titled.number) in re.findall(r"\d+", level.title) else "lower"
            titled = Rung(slug, titled.number, slug + "-", roman=roman)
        out.append((level, titled, True))
    return out


def _title_for(title: str, rung: Rung, number: int) -> str:
    """A level's title with its number changed ("Engineer II" -> "Engineer
    III", "Engineer 2 (Backend)" -> "Engineer 3 (Backend)"); the id where
    the title does not write the number apart (IC4 for "IC3 Engineer")."""

    def spelt(n: int) -> str:
        return Rung("", n, roman="upper" if rung.roman else "").id_for(n)

    written = list(re.finditer(rf"(?<!\w){re.escape(spelt(rung.number))}(?!\w)", title))
    if not written:
        return rung.id_for(number)
    start, end = written[-1].span()
    return title[:start] + spelt(number) + title[end:]


def gaps(framework: "Framework") -> list[Gap]:
    """Every gap in the numbered sequences of levels, lowest first."""
    acknowledged = {(r.family, r.number) for r in map(id_rung, framework.omitted_levels) if r is not None}
    families: dict[str, dict[int, tuple[Level, Rung, bool]]] = {}
    for level, rung, by_title in level_rungs(framework):
        families.setdefault(rung.family, {}).setdefault(rung.number, (level, rung, by_title))
    out = []
    for family, rungs in families.items():
        numbers = sorted(rungs)
        step = ladder_step(numbers)
        for lower, higher in zip(numbers, numbers[1:]):
            if higher - lower > step:
                below, below_rung, by_title = rungs[lower]
                between = range(lower + step, higher, step)
                unacknowledged = [n for n in between if (family, n) not in acknowledged]
                out.append(
                    Gap(
                        below,
                        rungs[higher][0],
                        tuple(below_rung.id_for(n) for n in between),
                        tuple(below_rung.id_for(n) for n in unacknowledged),
                        tuple(_title_for(below.title, below_rung, n) for n in unacknowledged) if by_title else (),
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
