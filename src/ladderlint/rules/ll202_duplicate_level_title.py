"""LL202 duplicate-level-title."""

from __future__ import annotations

from typing import Iterable

from ..model import Framework, Level
from ..vocabulary import level_key
from .analysis import Analysis
from .base import Rule, Severity, Violation


class DuplicateLevelTitle(Rule):
    """Two levels have the same title.

    Case, spacing and quote style do not count. Two levels with one id are
    LL110.

    Why this matters:
        Readers, offer letters and promotion cases name levels by title; two
        levels with one title cannot be told apart, and one of them is
        usually a copy that was never renamed.

    Example:
        ```yaml
        levels:
          - {id: IC2, title: Software Engineer, competencies: {}}
          - {id: IC3, title: Software Engineer, competencies: {}}
        ```
        Fix: `title: Senior Software Engineer` for IC3.
    """

    code = "LL202"
    name = "duplicate-level-title"
    severity = Severity.ERROR

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        first: dict[str, Level] = {}
        for level in framework.levels:
            key = level_key(level.title)
            if key in first:
                other = first[key]
                yield Violation(
                    level.path + ("title",),
                    f"level '{level.id}' has the same title as level '{other.id}' ('{other.title}'); "
                    "give each level its own title",
                )
            else:
                first[key] = level
