"""LL111 duplicate-name."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import DocPath, Framework
from .base import Rule, Severity, Violation

_SPACES = re.compile(r"\s+")


def _normalised(name: str) -> str:
    # Case and white space (including the non-breaking kind exports leave)
    # do not make two names different to a reader.
    return _SPACES.sub(" ", name).strip().casefold()


class DuplicateName(Rule):
    """Two dimensions, or two competencies, have the same name, apart from
    case and white space.

    Why this matters:
        Readers tell competencies apart by name. Two that read the same are
        usually one competency declared twice when pages were merged
        ("Personal Growth" at IC3, "Personal growth" at IC1), so each level
        fills in only half of it, or two headings lost in an export.

    Example:
        ```yaml
        competencies:
          - {id: personal-growth, name: Personal Growth}
          - {id: personal-growth-ic1, name: Personal growth}
        ```
        Fix: keep one competency and move the other's statements under its id.
    """

    code = "LL111"
    name = "duplicate-name"
    severity = Severity.ERROR

    def check(self, framework: Framework) -> Iterable[Violation]:
        groups: list[tuple[str, list[tuple[str, str, DocPath]]]] = [
            ("dimension", [(d.id, d.name, d.path + ("name",)) for d in framework.dimensions]),
            ("competency", [(c.id, c.name, c.path + ("name",)) for c in framework.competencies]),
        ]
        for kind, items in groups:
            first: dict[str, tuple[str, str]] = {}
            for item_id, name, path in items:
                key = _normalised(name)
                if key in first:
                    other_id, other_name = first[key]
                    if other_name == name:
                        detail = f"has the same name as '{other_id}': {name!r}"
                    else:
                        detail = (
                            f"is named {name!r}, the same as '{other_id}' ({other_name!r}) "
                            "apart from case and spaces"
                        )
                    yield Violation(path, f"{kind} '{item_id}' {detail}; merge them or rename one")
                else:
                    first[key] = (item_id, name)
