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
the statement); the axis whose step a label is, is the competency. The
label stays in the statement: the step is what people call a level of
the axis ("she specializes").

Without the overview page among the documents imported, nothing says
which axis a step is on, and the bullets stay as they are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

from ..text import name_key
from .blocks import Block, Heading, Item, Other, Paragraph
from .document import NO_COMPETENCY_HEADING, ImportedDocument, ImportedStatement, ReportEntry

#: A heading defines an axis when its list of steps has at least this many.
_FEWEST_STEPS = 2


@dataclass(frozen=True)
class Axis:
    """One axis of the scale and the names of its steps, lowest first."""

    name: str
    path: str
    line: int
    steps: tuple[str, ...]
    #: What the page says the axis is: a line elsewhere that labels it
    #: ('**Technology**: knowledge of the tech stack'), or the words under
    #: its heading, before its steps.
    description: str | None = None


def axes_defined(path: str, blocks: Sequence[Block]) -> list[Axis]:
    """The axes a page defines: two or more sibling headings with nothing
    under them but a list of steps, each a name in bold and what it means
    ('1. **Adopts**: ...'), perhaps after a few words on the axis."""
    sections: list[tuple[Heading, int, list[Block]]] = []  # heading, the line of its parent heading, its blocks
    parents: list[Heading] = []
    for block in blocks:
        if isinstance(block, Heading):
            while parents and parents[-1].depth >= block.depth:
                parents.pop()
            sections.append((block, parents[-1].line if parents else 0, []))
            parents.append(block)
        elif sections and not isinstance(block, Other):
            sections[-1][2].append(block)
    groups: dict[tuple[int, int], list[tuple[Heading, list[Item], str | None]]] = {}
    for n, (heading, parent, under) in enumerate(sections):
        if n + 1 < len(sections) and sections[n + 1][0].depth > heading.depth:
            continue  # headings under it: a group, not a list of steps
        steps = _steps(under)
        if steps is not None:
            said = " ".join(b.text for b in under if isinstance(b, Paragraph)) or None
            groups.setdefault((parent, heading.depth), []).append((heading, steps, said))
    axes = [axis for group in groups.values() if len(group) >= 2 for axis in group]
    labelled = _labelled_elsewhere(blocks, {name_key(h.text) for h, _, _ in axes},
                                   {id(item) for _, steps, _ in axes for item in steps})
    return [Axis(heading.text, path, heading.line, tuple(item.labelled.label for item in steps if item.labelled),
                 labelled.get(name_key(heading.text)) or said)
            for heading, steps, said in axes]


def _steps(under: list[Block]) -> list[Item] | None:
    """The steps of a section: its list of labelled bullets (with bullets
    nested under them), after the paragraphs that describe it; None if it
    holds anything else."""
    items = [b for b in under if isinstance(b, Item)]
    steps = [b for b in items if b.depth == 0]
    first = next((i for i, b in enumerate(under) if b is steps[0]), 0) if steps else 0
    if len(steps) < _FEWEST_STEPS or any(not isinstance(b, Paragraph) for b in under[:first]) \
            or any(not isinstance(b, Item) for b in under[first:]):
        return None
    if not all(b.labelled is not None and b.labelled.rest.strip() for b in steps):
        return None
    return steps


def _labelled_elsewhere(blocks: Sequence[Block], names: set[str], step_ids: set[int]) -> dict[str, str]:
    """What a labelled line elsewhere on the page says of an axis
    ('* **Technology**: knowledge of the tech stack and tools')."""
    described: dict[str, str] = {}
    for block in blocks:
        if isinstance(block, (Item, Paragraph)) and block.labelled is not None and id(block) not in step_ids:
            name = name_key(block.labelled.label)
            if name in names and block.labelled.rest.strip():
                described.setdefault(name, block.labelled.rest.strip())
    return described


def place_steps(documents: Sequence[ImportedDocument], axes: Sequence[Axis]) -> list[ReportEntry]:
    """Put each bullet of a level with no competency heading whose label is
    a step of ``axes`` under its axis, as a competency; the statement keeps
    its label, the name of the step it reaches. A level's bullets move where
    they name steps of two axes or more, one step of each (a level reaches
    one step of an axis; labels that come back on a level are competencies,
    which the merge reads). What was done is said in each document's report,
    and in the entries returned for the pages that define the axes."""
    axis_of: dict[str, Axis] = {}
    twice: set[str] = set()
    for axis in axes:
        for step in axis.steps:
            key = name_key(step)
            if name_key(axis_of.setdefault(key, axis).name) != name_key(axis.name):
                twice.add(key)  # a step of two axes says neither (one axis on two pages is one)
    for key in twice:
        del axis_of[key]
    # One axis on two pages: what either says it is.
    described: dict[str, str] = {}
    for axis in axes:
        if axis.description:
            described.setdefault(name_key(axis.name), axis.description)
    used: dict[str, Axis] = {}
    for document in documents:
        moved: list[ImportedStatement] = []
        pages: set[str] = set()
        for dimension, level, cell in document.unheaded_cells():
            placed = [(s, axis_of[name_key(s.label)]) for s in cell.statements
                      if s.label and name_key(s.label) in axis_of]
            reached = [name_key(axis.name) for _, axis in placed]
            if len(set(reached)) < 2 or len(set(reached)) < len(reached):
                continue
            first_line = cell.statements[0].line
            for statement, axis in placed:
                competency = dimension.competency(axis.name, statement.line, described.get(name_key(axis.name)))
                level.cell(competency).statements.append(statement)
                cell.statements = [s for s in cell.statements if s is not statement]
                used.setdefault(name_key(axis.name), axis)
                pages.add(_page(axis, axes))
                moved.append(statement)
            if not cell.statements and not cell.note:
                level.cells.remove(cell)
                document.withdraw(NO_COMPETENCY_HEADING, first_line)
                if not any(c.competency is cell.competency for lv in document.levels for c in lv.cells):
                    dimension.competencies.remove(cell.competency)
        if moved:
            document.notice(min(s.line for s in moved), f"{len(moved)} bullets are labelled with the steps of the "
                            f"axes {', '.join(sorted(pages))} defines: each is under its axis, as a competency",
                            kind="layout")
    by_page: dict[str, list[Axis]] = {}
    for axis in axes:
        if used.get(name_key(axis.name)) is axis:
            by_page.setdefault(axis.path, []).append(axis)
    return [ReportEntry(path, defined[0].line, "layout",
                        f"defines the steps of {len(defined)} axes ({', '.join(a.name for a in defined)}): the "
                        "levels' bullets labelled with a step are under its axis")
            for path, defined in sorted(by_page.items())]


def _page(axis: Axis, axes: Sequence[Axis]) -> str:
    """The page that defines ``axis``, by its file name unless another page
    of the axes has the same one."""
    name = os.path.basename(axis.path)
    return axis.path if any(os.path.basename(a.path) == name and a.path != axis.path for a in axes) else name
