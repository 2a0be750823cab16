"""Axes whose steps a page of their own defines: a labelled bullet goes to its axis.

A framework drawn as a radar chart (Engineering Ladders and the many
ladders copied from it) names a few axes on an overview page (Technology,
System, People ...), each with the named steps of its scale::

    ## Technology
    1. **Adopts**: actively learns and adopts the technology ...
    2. **Specializes**: is the go-to person for one or more technologies ...

and each level's page lists one bullet per axis, labelled with the step it
reaches (``* **Specializes**: is the go-to person ...``). The labels change
from level to level, so they name no competency (the merge keeps them in
the statement); the axis whose step a label is, is the competency, and the
label stays in the statement: the step is what people call the level of
an axis ("she specializes"). Without
the overview page among the documents imported, nothing says which axis a
step is on, and the bullets stay as they are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

from ..text import name_key
from .blocks import Heading, Item, Other, Paragraph
from .document import NO_COMPETENCY_HEADING, ImportedDocument, ImportedStatement, ReportEntry

#: A heading defines an axis when its list of steps has at least this many.
_FEWEST_STEPS = 3


@dataclass(frozen=True)
class Axis:
    """One axis of the scale and the names of its steps, lowest first."""

    name: str
    path: str
    line: int
    steps: tuple[str, ...]
    #: What another list of the page says the axis is ('**Technology**: knowledge of the tech stack').
    description: str | None = None


def axes_defined(path: str, blocks: Sequence[object]) -> list[Axis]:
    """The axes a page defines: two or more sibling headings with nothing
    under them but a list of bullets, each a step's name in bold and what it
    means ('1. **Adopts**: ...'), a name given under one heading only."""
    found: list[tuple[tuple[int, int], Heading, list[Item]]] = []  # (parent line, depth), heading, its steps
    parents: list[Heading] = []
    for i, block in enumerate(blocks):
        if not isinstance(block, Heading):
            continue
        while parents and parents[-1].depth >= block.depth:
            parents.pop()
        parent = parents[-1].line if parents else 0
        parents.append(block)
        section: list[object] = []
        for after in blocks[i + 1:]:
            if isinstance(after, Heading):
                if after.depth > block.depth:
                    section = []  # headings under it: a group, not a list of steps
                break
            if not isinstance(after, Other):
                section.append(after)
        items = [b for b in section if isinstance(b, Item)]
        if len(items) >= _FEWEST_STEPS and len(items) == len(section) and all(
                b.depth == 0 and b.labelled is not None and b.labelled.rest.strip() for b in items):
            found.append(((parent, block.depth), block, items))
    groups: dict[tuple[int, int], list[tuple[Heading, list[Item]]]] = {}
    for key, heading, items in found:
        groups.setdefault(key, []).append((heading, items))
    axes = [(heading, items) for group in groups.values() if len(group) >= 2 for heading, items in group]
    names = [name_key(heading.text) for heading, _ in axes]
    described = _descriptions(blocks, set(names), {id(item) for _, items in axes for item in items})
    return [Axis(heading.text, path, heading.line, tuple(item.labelled.label for item in items if item.labelled),
                 described.get(name)) for (heading, items), name in zip(axes, names)]


def _descriptions(blocks: Sequence[object], names: set[str], steps: set[int]) -> dict[str, str]:
    """What a labelled line elsewhere on the page says of an axis
    ('* **Technology**: knowledge of the tech stack and tools')."""
    described: dict[str, str] = {}
    for block in blocks:
        if isinstance(block, (Item, Paragraph)) and block.labelled is not None and id(block) not in steps:
            name = name_key(block.labelled.label)
            if name in names and block.labelled.rest.strip():
                described.setdefault(name, block.labelled.rest.strip())
    return described


def place_steps(documents: Sequence[ImportedDocument], axes: Sequence[Axis]) -> list[ReportEntry]:
    """Put each bullet of a level with no competency heading whose label is
    a step of ``axes`` under its axis, as a competency; the statement keeps
    its label, the name of the step it reaches. A level's bullets move where they name steps of two axes or
    more (one label alone may be a word like any other). What was done is
    said in each document's report and in the entries returned (for the
    pages that define the axes)."""
    axis_of: dict[str, Axis] = {}
    twice: set[str] = set()
    for axis in axes:
        for step in axis.steps:
            key = name_key(step)
            if axis_of.setdefault(key, axis) is not axis:
                twice.add(key)  # a step of two axes says neither
    for key in twice:
        del axis_of[key]
    used: dict[str, Axis] = {}
    for document in documents:
        moved = 0
        pages: set[str] = set()
        for dimension in document.dimensions:
            unnamed = [c for c in dimension.competencies if c.name is None and not c.description]
            for level in document.levels:
                for cell in [c for c in level.cells if c.competency in unnamed]:
                    placed = [(s, axis_of[name_key(s.label)]) for s in cell.statements
                              if s.label and name_key(s.label) in axis_of]
                    if len({axis.name for _, axis in placed}) < 2:
                        continue
                    first_line = cell.statements[0].line
                    for statement, axis in placed:
                        competency = dimension.competency(axis.name, statement.line, axis.description)
                        level.cell(competency).statements.append(
                            ImportedStatement(statement.text, statement.line, statement.examples, statement.label, statement.rest))
                        cell.statements.remove(statement)
                        used[axis.name] = axis
                        pages.add(os.path.basename(axis.path))
                        moved += 1
                    if not cell.statements and not cell.note:
                        level.cells.remove(cell)
                        document.withdraw(NO_COMPETENCY_HEADING, first_line)
            still = {id(cell.competency) for level in document.levels for cell in level.cells}
            dimension.competencies = [c for c in dimension.competencies if c not in unnamed or id(c) in still]
        if moved:
            document.notice(min(s.line for level in document.levels for cell in level.cells for s in cell.statements),
                            f"{moved} bullets are labelled with the steps of the axes {', '.join(sorted(pages))} defines: "
                            "each is under its axis, as a competency", kind="layout")
    by_page: dict[str, list[Axis]] = {}
    for axis in axes:
        if axis.name in used:
            by_page.setdefault(axis.path, []).append(axis)
    return [ReportEntry(path, defined[0].line, "layout",
                        f"defines the steps of {len(defined)} axes ({', '.join(a.name for a in defined)}): the "
                        "levels' bullets labelled with a step are under its axis")
            for path, defined in sorted(by_page.items())]
