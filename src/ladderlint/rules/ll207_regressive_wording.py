"""LL207 regressive-wording."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..model import DocPath, Framework
from ._words import words
from .base import Rule, Severity, Violation

# Scope phrases, largest first, so that "several teams" is read before
# "team" and a phrase counts once, at its own size.
_SCOPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("industry", re.compile(r"\bindustry\b")),
    ("company", re.compile(r"\b(?:company|company-wide|companywide)\b")),
    ("organisation", re.compile(r"\b(?:organi[sz]ations?|org|department)\b")),
    ("several teams", re.compile(
        r"\b(?:several|multiple|many|other|across|between)\s+(?:\w+\s+)?(?:teams|squads)\b"
        r"|\bcross-(?:team|squad)\b|\bmulti-team\b|\bgroups of (?:teams|squads)\b")),
    ("team", re.compile(r"\b(?:team|squad)\b")),
    ("project", re.compile(r"\bprojects?\b")),
    ("task", re.compile(r"\btasks?\b")),
)
_SIZE = {name: len(_SCOPES) - i for i, (name, _) in enumerate(_SCOPES)}
_GUIDANCE = re.compile(
    r"\b(?:with|under|needs|requires|following)\s+(?:\w+\s+){0,2}?"
    r"(?:guidance|direction|supervision|instruction)\b|\bguided by\b"
)
_INDEPENDENT = re.compile(r"\b(?:independently|autonomously|without (?:\w+\s+)?(?:guidance|supervision|direction))\b")
# Words that say nothing about what the statement is about.
_FILLER = frozenset(
    """
    i me my you your they them their we our us he she his her it its the a an and or but of to in on for
    with without from by at as into within across between is are be been am can will may some any all
    this that these those which who what when where how more most other others own
    """.split()
)


@dataclass(frozen=True)
class _Statement:
    order: int
    level_id: str
    path: DocPath
    topic: frozenset[str]  # what it is about, without scope, autonomy or filler words
    size: int  # the largest scope it names, 0 if none
    scopes: tuple[str, ...]
    guided: str | None
    independent: str | None


class RegressiveWording(Rule):
    """Wording that goes backwards: a higher level asks for the same work as
    a lower one with more guidance, or within a smaller scope.

    Reported: a statement at a higher level that says the same thing as one
    at a lower level of the same competency (or level summary), but asks
    for work "with guidance" (direction, supervision, instruction) where
    the lower one says "independently", or names only smaller scopes than
    the lower one, on the scale task < project < team < several teams <
    organisation < company < industry. Two statements say the same thing when at least
    `overlap` of the words that remain, once scope, autonomy and filler
    words are set aside, are shared. Conservative on purpose: statements
    about different things are never compared.

    Options:
        overlap (0.5): how much two statements must share, from 0 to 1, to be
            compared. Raise it to report fewer.

    Why this matters:
        Scope and autonomy are how most ladders grow from level to level; a
        higher level that asks for the same work with more guidance, or
        within a smaller scope, is usually a statement pasted into the
        wrong level. A warning: words can mislead out of context.

    Example:
        ```yaml
        levels:
          - id: IC2
            competencies: {delivery: ["I deliver features independently"]}
          - id: IC3
            competencies: {delivery: ["I deliver features with guidance from my lead"]}
        ```
        Fix: swap the two statements, or say what IC3 adds: "I deliver
        features independently across several teams".
    """

    code = "LL207"
    name = "regressive-wording"
    severity = Severity.WARNING
    options = {"overlap": 0.5}

    def check(self, framework: Framework) -> Iterable[Violation]:
        overlap = float(self.option("overlap"))
        tracks: dict[str, list[_Statement]] = {}
        for order, level in enumerate(framework.levels):
            if level.summary:
                _add(tracks, "", order, level.id, level.path + ("summary",), level.summary)
            for cell in level.cells:
                for statement in cell.statements:
                    _add(tracks, cell.competency_id, order, level.id, statement.text_path, statement.text)
        for competency_id, statements in tracks.items():
            what = f"competency '{competency_id}'" if competency_id else "the level summary"
            for index, higher in enumerate(statements):
                found = _backwards(higher, statements[:index], overlap)
                if found:
                    yield Violation(higher.path, f"{what} at level '{higher.level_id}' {found}")


def _add(
    tracks: dict[str, list[_Statement]], key: str, order: int, level_id: str, path: DocPath, text: str
) -> None:
    lowered = text.casefold()
    scopes = []
    for name, pattern in _SCOPES:
        if pattern.search(lowered):
            scopes.append(name)
            lowered = pattern.sub(" ", lowered)
    guided = _GUIDANCE.search(lowered)
    independent = _INDEPENDENT.search(lowered)
    if not (scopes or guided or independent):
        return  # nothing to compare: keeps the pairs few
    rest = _INDEPENDENT.sub(" ", _GUIDANCE.sub(" ", lowered))
    topic = frozenset(w for w in words(rest) if w not in _FILLER)
    tracks.setdefault(key, []).append(
        _Statement(
            order, level_id, path, topic, max((_SIZE[s] for s in scopes), default=0), tuple(scopes),
            guided.group(0) if guided else None, independent.group(0) if independent else None,
        )
    )


def _backwards(higher: _Statement, before: list[_Statement], overlap: float) -> str | None:
    for lower in before:
        if lower.order == higher.order or not higher.topic or not lower.topic:
            continue
        if len(higher.topic & lower.topic) / len(higher.topic | lower.topic) < overlap:
            continue
        if higher.guided and lower.independent:
            return f"asks for '{higher.guided}' what level '{lower.level_id}' does '{lower.independent}'"
        if higher.size and lower.scopes and higher.size < min(_SIZE[s] for s in lower.scopes):
            return (
                f"names a smaller scope ({', '.join(higher.scopes)}) than the same statement at level "
                f"'{lower.level_id}' ({', '.join(lower.scopes)})"
            )
    return None
