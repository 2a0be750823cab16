"""LL110 duplicate-id."""

from __future__ import annotations

from typing import Iterable

from ..model import Competency, DocPath, Framework
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import closest, ordinal, shorten


class DuplicateId(Rule):
    """Two levels, dimensions, competencies or statements share an id.

    The message names the first by its title or name (and a level by its
    place in the list): "level id 'L4' is used twice (first by the 4th
    level, 'Lead Programmer')". A competency given an id already used,
    usually a copied line, whose levels file its statements under
    another id that no competency declares (its name's: `id: judgment`
    for Tooling, the levels saying `tooling`), is told the id to take;
    those levels' `tooling` is then not reported as undeclared (LL402):
    the id is what is wrong, not the levels.

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
        renamed = {c.path + ("id",): (c, reference) for c, reference in shadowed_references(framework).items()}
        for kind, items in groups:
            first: dict[str, str] = {}
            for item_id, path, described in items:
                if item_id not in first:
                    first[item_id] = described
                    continue
                fix = ""
                if path in renamed:
                    competency, reference = renamed[path]
                    fix = (f"; the levels file competency '{shorten(competency.name)}' under '{reference}': "
                           f"give it the id '{reference}'")
                yield Violation(path, f"{kind} id '{item_id}' is used twice (first by {first[item_id]}){fix}")


def shadowed_references(framework: Framework) -> dict[Competency, str]:
    """The competencies whose id another declared before them has (a line
    copied, its id left), each with the id the levels file its statements
    under, which no competency declares and which is closest to it (its
    name's, as `tooling` for Tooling): the id it was meant to have."""
    seen: set[str] = set()
    shadowed: list[Competency] = []
    for competency in framework.competencies:
        if competency.id in seen:
            shadowed.append(competency)
        seen.add(competency.id)
    if not shadowed:
        return {}
    candidates = [(c.id, c.name) for c in framework.competencies]
    found: dict[Competency, str] = {}
    for level in framework.levels:
        for cell in level.cells:
            if cell.competency_id in seen:
                continue
            match = closest(cell.competency_id, candidates)
            meant = next((c for c in shadowed if match == (c.id, c.name)), None)
            if meant is not None:
                found.setdefault(meant, cell.competency_id)
    return found
