"""LL110 duplicate-id."""

from __future__ import annotations

from typing import Iterable

from ..model import DocPath, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import ordinal, shorten


class DuplicateId(Rule):
    """Two levels, dimensions, competencies or statements share an id.

    The message names the first by its title or name (and a level by its
    place in the list): "level id 'L4' is used twice (first by the 4th
    level, 'Lead Programmer')". A competency given an id already used,
    usually a copied line, whose statements the levels list under a key
    that no competency declares (its name's: `id: judgment` for Tooling,
    the levels saying `tooling`), is told the id to take; where LL110 runs,
    LL402 does not report those levels' `tooling` as well: the id is what
    is wrong, not the levels.

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
        groups: list[tuple[str, list[tuple[str, DocPath, str]]]] = [
            ("level", [(lv.id, lv.path + ("id",), f"the {ordinal(n)} level, '{shorten(lv.title)}'")
                       for n, lv in enumerate(framework.levels, 1)]),
            ("dimension", [(d.id, d.path + ("id",), f"dimension '{shorten(d.name)}'") for d in framework.dimensions]),
            ("competency", [(c.id, c.path + ("id",), f"competency '{shorten(c.name)}'")
                            for c in framework.competencies]),
            (
                "statement",
                [(st.id, st.path + ("id",), f"the statement '{shorten(st.text)}' of level '{level.id}'")
                 for level, _, st in framework.statements() if st.id],
            ),
        ]
        renamed = {c.path + ("id",): (c, reference) for c, reference in analysis.shadowed_references.items()}
        for kind, items in groups:
            first: dict[str, str] = {}
            for item_id, path, described in items:
                if item_id not in first:
                    first[item_id] = described
                    continue
                fix = ""
                if path in renamed:
                    competency, reference = renamed[path]
                    fix = (f"; the levels list the statements of competency '{shorten(competency.name)}' under "
                           f"the key '{reference}': give it the id '{reference}'")
                yield Violation(path, f"{kind} id '{item_id}' is used twice (first by {first[item_id]}){fix}")

