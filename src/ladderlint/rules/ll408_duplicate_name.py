"""LL408 duplicate-name."""

from __future__ import annotations

from typing import Iterable

from ..model import Competency, DocPath, Framework
from ..text import joined_names, name_key
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import quoted_list


class DuplicateName(Rule):
    """Two competencies, or two dimensions, have the same name, or names that
    differ only in case, spacing or punctuation.

    `Personal growth` and `Personal Growth` are one name to a reader. A
    competency whose name joins the names of two others (`Agility /
    Innovation` beside `Agility` and `Innovation`) is reported too: it is
    the same competencies again, merged. Two levels with one title are
    LL202. A name that every dimension, of three or more, gives one of its
    competencies ('Key Behaviors' under each) is the part of each dimension
    it names, not a duplicate.

    Why this matters:
        Readers see one competency where the framework has two: levels that
        spell the name differently end up describing different ids, so each
        looks missing where the other is used, and statements that should be
        compared across levels are not. It is how two pages exported with
        different capitalisation are merged by mistake.

    Example:
        ```yaml
        competencies:
          - {id: personal-growth, name: Personal Growth}
          - {id: personal-growth-2, name: Personal growth}
        ```
        Fix: keep one competency, move the statements of the other under
        its id, and remove it. For a merged competency, file its statements
        under the competencies it joins.
    """

    code = "LL408"
    name = "duplicate-name"
    severity = Severity.ERROR

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        yield from _clashes("dimension", [(d.id, d.name, d.path) for d in framework.dimensions])
        labels = _section_labels(framework)
        yield from _clashes("competency", [(c.id, c.name, c.path) for c in framework.competencies
                                           if name_key(c.name) not in labels])
        yield from _merged(framework)


#: How many dimensions must give a part one name for it to be the parts' name.
_SECTIONED = 3


def _section_labels(framework: Framework) -> set[str]:
    """Names every dimension gives one of its competencies ('Key Behaviors'
    under Results and under Culture, an SFIA skill's 'Autonomy'): the
    parts of a dimension, read with its name, not one competency twice."""
    dimensions = framework.dimensions
    if len(dimensions) < _SECTIONED:
        return set()  # in two dimensions, one name twice is as likely a copy
    per_dimension = [[name_key(c.name) for c in d.competencies] for d in dimensions]
    shared = set(per_dimension[0]).intersection(*per_dimension[1:])
    return {key for key in shared if all(names.count(key) == 1 for names in per_dimension)}


def _clashes(kind: str, items: list[tuple[str, str, DocPath]]) -> Iterable[Violation]:
    first: dict[str, tuple[str, str]] = {}
    for item_id, name, path in items:
        key = name_key(name)
        if key not in first:
            first[key] = (item_id, name)
            continue
        other_id, other_name = first[key]
        how = (
            "the same name as"
            if name == other_name
            else f"a name ('{name.strip()}') that differs only in case, spacing or punctuation from"
        )
        yield Violation(
            path + ("name",),
            f"{kind} '{item_id}' has {how} {kind} '{other_id}' ('{other_name}'); merge them, or rename one",
        )


def _merged(framework: Framework) -> Iterable[Violation]:
    for competency, joined in joining(framework).items():
        yield Violation(
            competency.path + ("name",),
            f"competency '{competency.id}' ({competency.name}) joins competencies "
            f"{quoted_list(other.id for other in joined)}; file its statements under those, and remove it",
        )


def joining(framework: Framework) -> dict[Competency, list[Competency]]:
    """The competencies whose name joins the names of others the framework
    declares ('Agility / Innovation' beside 'Agility' and 'Innovation'),
    with those others."""
    by_key = {name_key(c.name): c for c in framework.competencies}
    out: dict[Competency, list[Competency]] = {}
    for competency in framework.competencies:
        parts = joined_names(competency.name)
        if not parts:
            continue
        joined = [by_key.get(name_key(part)) for part in parts]
        if all(other is not None and other.id != competency.id for other in joined):
            out[competency] = [other for other in joined if other is not None]
    return out
