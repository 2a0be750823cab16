"""What a level's id and title say about its place in the ladder: a number in
a numbered sequence (IC3, L4, Engineer II, Software Engineer 2) and
seniority words (Junior, Senior, Staff, Principal ...). Shared by the rules
on level order, gaps and omitted levels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Framework, Level

# An id such as IC3, ic-3, L04, level_2, P3 or 3: letters (the sequence),
# an optional separator, then the number.
_ID_NUMBER = re.compile(r"^(?P<prefix>[A-Za-z]*(?:[-_.][A-Za-z]+)*)(?P<sep>[-_.]?)(?P<number>\d+)$")
# A title word such as IC3 or SDE2.
_TITLE_CODE = re.compile(r"^(?P<prefix>[A-Za-z]{1,4})(?P<number>\d+)$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


@dataclass(frozen=True)
class Rung:
    """A level's number within a sequence (`family` is the sequence's name
    without case: 'ic', 'l', 'software engineer')."""

    family: str
    number: int
    #: How to write another rung of this sequence: prefix and separator as
    #: the id writes them, and the width of a zero-padded number.
    prefix: str = ""
    width: int = 0

    def id_for(self, number: int) -> str:
        return f"{self.prefix}{str(number).zfill(self.width)}"


def id_rung(level_id: str) -> Rung | None:
    """The rung an id names (`IC3` -> ic 3), or None for ids like `senior`."""
    match = _ID_NUMBER.match(level_id)
    if match is None:
        return None
    digits = match["number"]
    width = len(digits) if digits.startswith("0") and len(digits) > 1 else 0
    return Rung(match["prefix"].casefold(), int(digits), match["prefix"] + match["sep"], width)


def title_rung(title: str) -> Rung | None:
    """The rung a title names: a code word (`IC3 Machine Learning Engineer`),
    or a number or Roman numeral as its last word (`Software Engineer 2`,
    `Engineer II`), numbered within the rest of the title."""
    tokens = title.split()
    for token in tokens:
        match = _TITLE_CODE.match(token)
        if match:
            return Rung(match["prefix"].casefold(), int(match["number"]))
    if len(tokens) > 1:
        last = tokens[-1]
        number = int(last) if last.isdigit() else _ROMAN.get(last)
        if number is not None:
            return Rung(" ".join(tokens[:-1]).casefold(), number)
    return None


def level_rung(level: "Level") -> Rung | None:
    return id_rung(level.id) or title_rung(level.title)


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
        for lower, higher in zip(numbers, numbers[1:]):
            if higher - lower > 1:
                below, below_rung = rungs[lower]
                between = range(lower + 1, higher)
                out.append(
                    Gap(
                        below,
                        rungs[higher][0],
                        tuple(below_rung.id_for(n) for n in between),
                        tuple(below_rung.id_for(n) for n in between if (family, n) not in acknowledged),
                    )
                )
    return out


# Seniority words, lowest first. Each maps to a range on one scale: a level
# is definitely below another only when its whole range is, so words whose
# place varies between companies (Lead beside Staff) are never compared with
# the words they may equal.
_BASE = {
    "intern": (0.0, 0.0),
    "apprentice": (1.0, 1.0),
    "trainee": (1.0, 1.0),
    "graduate": (1.0, 2.0),
    "junior": (2.0, 2.0),
    "associate": (2.0, 2.0),
    "mid": (3.0, 3.0),
    "intermediate": (3.0, 3.0),
    "senior": (4.0, 4.0),
}
# Words that head a title, which "senior" raises ("Senior Staff").
_HEADS = {
    "lead": (4.5, 5.5),
    "staff": (5.0, 5.0),
    "principal": (6.0, 6.0),
    "distinguished": (7.0, 7.0),
    "fellow": (8.0, 8.0),
}
_ABBREVIATIONS = {"sr": "senior", "jr": "junior"}
_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Seniority:
    low: float
    high: float
    #: The words it was read from, as a reader would quote them.
    words: tuple[str, ...]

    def below(self, other: "Seniority") -> bool:
        return self.high < other.low


def seniority(level: "Level") -> Seniority | None:
    """The seniority a level's title (and id) names, or None if no word does."""
    found: list[str] = []
    for word in _LETTERS.findall(f"{level.title} {level.id}".casefold()):
        word = _ABBREVIATIONS.get(word, word)
        if (word in _BASE or word in _HEADS) and word not in found:
            found.append(word)
    heads = [w for w in found if w in _HEADS]
    if heads:
        shift = 0.5 if "senior" in found else 0.0
        ranges = [_HEADS[w] for w in heads]
        low, high = min(r[0] for r in ranges) + shift, max(r[1] for r in ranges) + shift
    else:
        ranges = [_BASE[w] for w in found]
        if not ranges:
            return None
        low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    return Seniority(low, high, tuple(found))
