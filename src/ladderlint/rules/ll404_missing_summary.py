"""LL404 missing-summary."""

from __future__ import annotations

from typing import Iterable

from ..model import SUMMARIES, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation


class MissingSummary(Rule):
    """A level has no `summary`: the one line that sums the level up.

    Why this matters:
        The summary is what people read first and quote in promotion cases;
        without it a level is only a list of statements, and the step from
        the level below is left for each reader to infer. Information only:
        many published frameworks (Monzo's, Codecademy's) have no per-level
        summary.

    Example:
        ```yaml
        levels:
          - id: IC3
            title: IC3 Machine Learning Engineer
            competencies: {...}
        ```
        Fix: `summary: I independently deliver projects that span a product area`.
    """

    code = "LL404"
    name = "missing-summary"
    severity = Severity.INFO
    needs = frozenset({SUMMARIES})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        for level in framework.levels:
            if not level.summary:
                yield Violation(level.path + ("id",), f"level '{level.id}' has no summary")
