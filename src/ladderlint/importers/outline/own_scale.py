"""A skills matrix rated in the framework's own words.

A proficiency grid need not use the words the import knows (Beginner ...
Expert): WWT's rates each competency Developing, Supporting, Applying,
Leading or Shaping. Such a grid is told by its cells: every one that says
anything is one of a few short words (one or two each, eight at most), each
said again and again across the grid. Their order is the framework's own,
and the grid shows it: along a row the levels rise, lowest first, and so do
the words. The order is the one most rows agree on, pair by pair; a row
that goes down (a real decrease, which ``check`` reports as LL204) does not
change it. Where the rows do not agree on an order, the grid is no scale
the import can read, and it says so (``unordered_scale``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..blocks import Cell, Row
from ..textutil import is_level_name, normalise, unwrap
from .helpers import says_not_applicable

#: At most this many words make a scale; more are a grid of names or statements.
_MOST_STEPS = 8
_FEWEST_STEPS = 3
#: Words a cell holds that say a value, never a step of a scale.
_NO_STEP = frozenset("yes no true false none tbd todo n/a na".split())


@dataclass(frozen=True)
class OwnScale:
    #: The words, lowest first; empty where the rows do not agree on an order.
    steps: tuple[str, ...]
    #: The words as the cells write them, for a report when ``steps`` is empty.
    words: tuple[str, ...]


def _word(cell: Cell) -> str | None:
    """The one or two words a cell holds and nothing else ('Applying', 'Thought leader')."""
    if len(cell.lines) != 1 or cell.bullets:
        return None
    text = normalise(unwrap(cell.joined())).strip().rstrip(".").strip()
    said = text.split()
    if not 1 <= len(said) <= 2 or not all(w.replace("-", "").isalpha() for w in said) \
            or text.casefold() in _NO_STEP or is_level_name(text):
        return None
    return text


def own_scale(rows: Sequence[Row], columns: Sequence[int]) -> OwnScale | None:
    """The scale a grid's cells (under ``columns``, the levels' in the
    order the header writes them, of the ``rows`` below it) rate by, where
    they are the framework's own words (see the module's note); None where
    the cells are anything else."""
    lines: list[list[str]] = []
    for row in rows:
        said: list[str] = []
        for column in columns:
            if column >= len(row.cells) or row.cells[column].empty or says_not_applicable(row.cells[column]):
                continue
            word = _word(row.cells[column])
            if word is None:
                return None
            said.append(word)
        if said:
            lines.append(said)
    counts = Counter(word for line in lines for word in line)
    if not _FEWEST_STEPS <= len(counts) <= _MOST_STEPS or len(lines) < 2 or min(counts.values()) < 2 \
            or sum(counts.values()) < 3 * len(counts):
        return None
    # How often each word comes before each other one along a row.
    before: Counter[tuple[str, str]] = Counter()
    for line in lines:
        for i, low in enumerate(line):
            for high in line[i + 1:]:
                if high != low:
                    before[low, high] += 1
    words = tuple(counts)
    wins = {w: sum(1 for v in words if before[w, v] > before[v, w]) for w in words}
    steps = tuple(sorted(words, key=lambda w: -wins[w]))
    # An order only where each word is below every one after it, and each step is seen below the next.
    agreed = len(set(wins.values())) == len(words) and all(
        before[low, high] >= before[high, low] for i, low in enumerate(steps) for high in steps[i + 1:]) \
        and all(before[low, high] > before[high, low] for low, high in zip(steps, steps[1:]))
    return OwnScale(steps if agreed else (), words)
