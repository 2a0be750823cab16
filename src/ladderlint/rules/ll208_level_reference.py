"""LL208 inconsistent-level-reference."""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from ..model import DocPath, Framework
from ..vocabulary import NUMBERED_NOT_LEVELS, id_rung
from .analysis import Analysis
from .base import Rule, Severity, Violation
from ..patterns import lazy

# "L4", "IC3", "level 4", "Level 3": a level named in a text.
_REFERENCE = lazy(r"(?<![\w-])(?:(?P<code>[A-Za-z]{1,3})[ -]?(?P<number>\d{1,2})|(?P<word>[Ll]evel)\s+(?P<n>\d{1,2}))(?![\w-])")
# What a code names when a word such as "incidents" follows it, alone or
# after others joined to it ("P1 incidents", "P1/P2 bugs", "P1 and P2
# alerts", "L2 support"): a priority, a severity or a support tier, not a
# level.
_NOT_A_LEVEL = lazy(
    r"(?:\s*(?:[/,&+]|\s(?:and|or|to|through)\s|[-\u2013]\s*)\s*[A-Za-z]{1,3}[ -]?\d{1,2}(?![\w-]))*"
    rf"[\s-]+(?:{'|'.join(sorted(NUMBERED_NOT_LEVELS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


class _Said(NamedTuple):
    order: int
    level_id: str
    path: DocPath
    references: tuple[tuple[str, int], ...]  # (sequence, number), in order
    text: str


class InconsistentLevelReference(Rule):
    """Two levels say the same thing about different levels, and the higher
    level names the lower one ("does not go up beyond L4" at IC6, "beyond
    L3" at IC7).

    Statements and level summaries are compared: two that are the same but
    for the levels they name (`L4`, `IC3`, `Level 2`), where a higher level
    of the framework names a lower level than a level below it. A level is
    named by a sequence the framework's own level ids use (`IC` in a
    framework of `IC1` ... `IC7`), or by `L` or `Level`, so "Q3 goals" (a
    quarter) is not a level here. Nor is a code followed by a word that
    says what else it numbers, alone or with others ("P1 incidents",
    "P1/P2 bugs", "P1 and P2 alerts", "L2 support": a priority, a severity,
    a support tier), even where the levels are `P1` ... `P5`.

    Why this matters:
        A cap or a reference that moves the wrong way up the ladder (IC7
        may go "beyond L3", IC6 "beyond L4") is a contradiction a reader
        cannot resolve: one of the two numbers was not updated when the
        other was. A warning: the statement may mean something this rule
        cannot read.

    Example:
        ```yaml
        levels:
          - id: IC6
            competencies: {hiring: ["Interviews candidates up to L4"]}
          - id: IC7
            competencies: {hiring: ["Interviews candidates up to L3"]}
        ```
        Fix: make the two agree ("up to L5" at IC7), or say why they differ.
    """

    code = "LL208"
    name = "inconsistent-level-reference"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        sequences = {"l", "level"} | {r.family for r in (id_rung(level.id) for level in framework.levels) if r}
        levels = {level.path: (order, level.id) for order, level in enumerate(framework.levels)}
        by_template: dict[str, list[_Said]] = {}
        # A level is named with a number: only the texts where one starts are read.
        prose = analysis.prose
        for i in analysis.numbered:
            field = prose.fields[i]
            if not (field.kind == "statement" or field.path[2:] == ("summary",)):
                continue  # statements and level summaries only (not a dimension's summary at a level)
            template, references = _read(field.text, sequences)
            if references:
                order, level_id = levels[field.path[:2]]
                by_template.setdefault(template, []).append(_Said(order, level_id, field.path, references, field.text))
        for said in by_template.values():
            yield from _contradictions(said)


def _read(text: str, sequences: set[str]) -> tuple[str, tuple[tuple[str, int], ...]]:
    """The text with its level references replaced by '#', and the references."""
    references: list[tuple[str, int]] = []

    def replace(m: re.Match[str]) -> str:
        sequence = (m.group("code") or m.group("word")).casefold()
        if sequence not in sequences or _NOT_A_LEVEL.match(text, m.end()):
            return m.group()
        references.append((sequence, int(m.group("number") or m.group("n"))))
        return "#"

    template = " ".join(_REFERENCE.sub(replace, text).casefold().split())
    return template, tuple(references)


def _contradictions(said: list[_Said]) -> Iterable[Violation]:
    reported: set[DocPath] = set()
    for higher in said:
        for lower in said:
            if lower.order >= higher.order or higher.path in reported:
                continue
            if len(lower.references) != len(higher.references):
                continue
            pairs = list(zip(lower.references, higher.references))
            if all(a[0] == b[0] for a, b in pairs) and any(b[1] < a[1] for a, b in pairs):
                reported.add(higher.path)
                named = ", ".join(f"{_show(b)} where level '{lower.level_id}' names {_show(a)}"
                                  for a, b in pairs if b[1] < a[1])
                yield Violation(
                    higher.path,
                    f"level '{higher.level_id}' names {named} in the same statement: a higher level names a lower "
                    "one; make the two agree",
                )


def _show(reference: tuple[str, int]) -> str:
    sequence, number = reference
    return f"level {number}" if sequence == "level" else f"{sequence.upper()}{number}"
