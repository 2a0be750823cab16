"""LL201 level-order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..model import LEVELS, Framework, Level
from ..vocabulary import LevelName, ladder_order
from .analysis import Analysis
from .base import Rule, Severity, Violation


class LevelOrder(Rule):
    """Levels are not listed lowest first, by declared rank, by number, or by
    seniority words in their titles.

    Reported: a declared `rank` that does not increase, a number that goes
    down within a numbered sequence (`IC1, IC3, IC2`; `Engineer II` before
    `Engineer I`), or a seniority word in a title or id that comes before a
    less senior one (Intern < Apprentice < Entry/Graduate <
    Junior/Associate < Mid < Senior < Staff < Principal < Distinguished <
    Fellow; `Senior Staff` is above `Staff`; `Lead`, a role held at several
    seniorities, is above Senior but not compared with Staff, Principal or
    anything above them, which companies put on either side of it;
    `Experienced` is above Junior and not compared with Mid or Senior;
    the titles of the management track: a `Director` where a Principal is,
    above Senior and Staff, a `VP` above it and a `Chief` (CTO) above that;
    a `Head` is above Senior and below a VP, compared with nothing between).
    The proficiencies of a skills matrix, as whole titles (Novice/Beginner
    < Advanced Beginner < Intermediate/Competent < Proficient/Advanced <
    Expert < Leading Expert < Master; a `Practitioner` is above Advanced
    Beginner and below Expert, compared with nothing between), are on a
    scale of their own, compared only with one another: an `Expert` is
    below `Senior` in some ladders (Junior, Expert, Senior) and above it in
    others; `Intermediate` is in the middle of both scales, and `Senior
    Expert` is above `Expert`.

    The words only guess at a company's order; what the owner wrote
    settles it. Two levels that both declare a `rank`, or that are
    numbered in one sequence (ids `L3`, `L4`; titles `E5 ...`, `E6 ...`),
    are judged by those alone, never by their words. Levels whose titles
    name no seniority, or numbers in different sequences, are not
    compared. The importer orders the levels it reads on the same scales,
    a Lead below Principal as most ladders have it. Each level is
    reported once.

    Why this matters:
        Every other progression check (gaps, proficiency, repeated or
        shrinking expectations) reads the levels in the order they are
        listed; readers do too. A level out of place makes a promotion look
        like a step down.

    Example:
        ```yaml
        levels:
          - {id: IC1, title: Engineer I, competencies: {}}
          - {id: IC3, title: Senior Engineer, competencies: {}}
          - {id: IC2, title: Engineer II, competencies: {}}
        ```
        Fix: move IC2 between IC1 and IC3.
    """

    code = "LL201"
    name = "level-order"
    severity = Severity.ERROR
    needs = frozenset({LEVELS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        yield from out_of_order(framework.levels)


def out_of_order(levels: Sequence[Level]) -> list[Violation]:
    """Each level listed above a level it is below, as LL201 reports it."""
    # Levels are few (a dozen at most); comparing each with those before
    # it is cheap, and names the level it clashes with.
    read = [_Read(lv, LevelName.read(lv.title, lv.id)) for lv in levels]
    return [found for index, one in enumerate(read) if (found := _out_of_order(one, read[:index]))]


def lowest_first(levels: Sequence[Level]) -> tuple[Level, ...] | None:
    """The levels lowest first, when LL201 finds them listed out of order
    and their ranks, numbers or titles tell the order; otherwise None (the
    listed order stands). For commands that read the ladder's order, such
    as `diff`, which would take a statement moved up for one moved down."""
    if not out_of_order(levels):
        return None
    if all(level.rank is not None for level in levels):
        ordered = tuple(sorted(levels, key=lambda level: level.rank or 0))
    else:
        ordered = tuple(levels[i] for i in ladder_order([LevelName.read(lv.title, lv.id) for lv in levels]))
    return None if out_of_order(ordered) else ordered


@dataclass(frozen=True)
class _Read:
    level: Level
    name: LevelName


def _out_of_order(read: _Read, before: list[_Read]) -> Violation | None:
    level = read.level
    listed = "list levels lowest first"
    if level.rank is not None:
        for earlier in (b.level for b in before):
            if earlier.rank is not None and earlier.rank >= level.rank:
                how = "the same rank as" if earlier.rank == level.rank else f"lower than the rank {earlier.rank} of"
                return Violation(
                    level.path + ("rank",),
                    f"level '{level.id}' has rank {level.rank}, {how} level '{earlier.id}' listed "
                    f"before it; {listed}, with ranks increasing",
                )
    for other in before:
        if read.name.below_by_number(other.name):
            return Violation(
                level.path + ("id",),
                f"level '{level.id}' ({level.title}) is listed after level '{other.level.id}' "
                f"({other.level.title}), which has a higher number; {listed}",
            )
    if read.name.named:
        for other in before:
            if _owner_orders(read, other):
                continue
            if read.name.below_by_words(other.name):
                return Violation(
                    level.path + ("title",),
                    f"level '{level.id}' ({level.title}) is listed after the more senior level "
                    f"'{other.level.id}' ({other.level.title}); {listed}",
                )
    return None


def _owner_orders(read: _Read, other: _Read) -> bool:
    """Whether the ladder's owner has said how the two levels are ordered:
    both declare a rank, or both are numbered in one sequence. What they
    say outweighs the seniority words, which only guess at a company's
    order: where it is wrong it was reported above."""
    both_ranked = read.level.rank is not None and other.level.rank is not None
    return both_ranked or read.name.below_by_number(other.name) is not None
