"""LL110 duplicate-id."""

from __future__ import annotations

from typing import Iterable

from ..model import DocPath, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation


class DuplicateId(Rule):
    """Two levels, dimensions, competencies or statements share an id.

    Why this matters:
        Levels refer to competencies by id, and `ladderlint diff` follows
        every item across versions by its id; two items with one id make
        both ambiguous, and one of them is silently shadowed.

    Example:
        ```yaml
        dimensions:
          - id: results
            competencies: [{id: impact, name: Impact}]
          - id: craft
            competencies: [{id: impact, name: Impact on code}]
        ```
        Fix: give the second competency its own id, such as `code-impact`.
    """

    code = "LL110"
    name = "duplicate-id"
    severity = Severity.ERROR

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        groups: list[tuple[str, list[tuple[str, DocPath]]]] = [
            ("level", [(lv.id, lv.path + ("id",)) for lv in framework.levels]),
            ("dimension", [(d.id, d.path + ("id",)) for d in framework.dimensions]),
            ("competency", [(c.id, c.path + ("id",)) for c in framework.competencies]),
            (
                "statement",
                [(st.id, st.path + ("id",)) for _, _, st in framework.statements() if st.id],
            ),
        ]
        for kind, items in groups:
            first: dict[str, DocPath] = {}
            for item_id, path in items:
                if item_id in first:
                    yield Violation(path, f"{kind} id '{item_id}' is used twice (first at {_where(first[item_id])})")
                else:
                    first[item_id] = path


def _where(path: DocPath) -> str:
    return "/".join(str(step) for step in path)
