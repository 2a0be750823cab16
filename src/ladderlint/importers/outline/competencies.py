"""The competency-per-section layout: a heading per competency, with the
same levels under each, as headings or as list items that name a level.

``CompetencyReader.competency_sections`` finds such sections (the evidence
the layout choice weighs) and ``by_competency`` reads them: the text between
a competency's heading and its first level describes it, and each level's
part holds its statements.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..blocks import Block, Heading, Item, Other, Paragraph
from ..document import ImportedDocument, ImportedLevel, ImportedStatement
from ...text import name_key
from ...vocabulary import ladder_order, level_code
from ..textutil import lists_what_to_avoid, is_level_name, normalise, numbered_roles, role_keys, rung_among
from .helpers import AVOIDED, heading_text, level_marks, Mark, mark_name, names_the_levels, section_body
from .reader import Reader


@dataclass
class _CompetencySection:
    """A competency's heading, the blocks under it, and the blocks that
    name its levels (headings, or list items naming a level)."""

    heading: Heading
    body: list[Block]
    marks: list[Mark]


def _describes_levels(heading: Heading, parts: list[tuple[Mark, list[Block]]]) -> bool:
    """Whether a section says in prose what each level is ('Career Levels',
    a paragraph or two under each level), rather than being a competency:
    its heading names the levels and it holds no list."""
    if not names_the_levels(heading):
        return False
    return all(under and all(isinstance(b, Paragraph) for b in under) for _, under in parts)


def _marked_parts(body: list[Block], marks: list[Mark]) -> list[tuple[Mark, list[Block]]]:
    """Each level mark with the blocks under it, to the next mark (for a
    list item, to the next top-level item; for a lead-in, to the end of
    its list)."""
    parts = []
    for n, mark in enumerate(marks):
        start = body.index(mark) + 1
        end = body.index(marks[n + 1]) if n + 1 < len(marks) else len(body)
        under = body[start:end]
        if isinstance(mark, Item):
            under = list(itertools.takewhile(lambda b: isinstance(b, Item) and b.depth > 0, under))
        elif isinstance(mark, Paragraph):
            under = list(itertools.takewhile(lambda b: isinstance(b, Item), under))
        parts.append((mark, under))
    return parts


class CompetencyReader(Reader):
    """Reads the competency-per-section layout."""

    # --- one competency per section, the levels inside -------------------------

    def competency_sections(self, blocks: list[Block], headings: list[Heading],
                            title: Heading | None) -> list[_CompetencySection] | None:
        """Headings (at one depth, naming no level) under each of which the
        same levels come again, as headings or as list items naming a level
        over nested items; None unless two or more such headings share two
        levels or more."""
        positions = {id(b): i for i, b in enumerate(blocks)}
        for depth in sorted({h.depth for h in headings if h is not title}):
            found = []
            deeper = [mark_name(h) for h in headings if h.depth > depth]
            for heading in (h for h in headings if h.depth == depth and h is not title):
                if is_level_name(normalise(heading.text)):
                    break  # levels at this depth: another layout
                body = section_body(blocks, heading, positions)
                marks = level_marks(body, deeper)
                if marks:
                    found.append(_CompetencySection(heading, body, marks))
            else:
                sections = [s for s in found if len(s.marks) >= 2]
                names = [{name_key(mark_name(m)) for m in s.marks} for s in sections]
                # Each shares two levels or more with another: a competency may start above the
                # lowest level, or stop below the highest (Code quality at Engineer 1 and 2 alone).
                if len(sections) >= 2 and all(any(len(mine & theirs) >= 2 for theirs in names[:n] + names[n + 1:])
                                              for n, mine in enumerate(names)):
                    # A competency only one level has ('## Strategy' over '### Staff' alone), beside
                    # those the levels share, is one of them.
                    known = set.union(*names)
                    return [s for s in found if len(s.marks) >= 2 or name_key(mark_name(s.marks[0])) in known]
        return None

    def by_competency(self, blocks: list[Block], title: Heading | None,
                      sections: list[_CompetencySection]) -> list[ImportedDocument]:
        self.set_name(title)
        shown = ", ".join(normalise(s.heading.text) for s in sections[:4]) + (" ..." if len(sections) > 4 else "")
        self.layout("competency-per-section", [f"{len(sections)} headings ({shown}) each hold the same levels"],
                    line=sections[0].heading.line)
        levels: dict[str, ImportedLevel] = {}

        def level_of(mark: Mark) -> ImportedLevel:
            name = mark_name(mark)
            level = levels.get(name_key(name))
            if level is None:
                level = levels[name_key(name)] = ImportedLevel(title=name, line=mark.line, id=level_code(name) or None)
                self.document.levels.append(level)
            self.use(mark)
            return level

        headings = [b for b in blocks if isinstance(b, Heading) and b is not title]
        for section in sections:
            self.use(section.heading)
            parts = _marked_parts(section.body, section.marks)
            if _describes_levels(section.heading, parts):
                for mark, under in parts:
                    self.summary(level_of(mark), [b for b in under if isinstance(b, Paragraph)])
                continue
            parent = self.parent(section.heading, headings)
            avoided = next((h.text for h in (section.heading, parent) if h is not None and lists_what_to_avoid(h.text)),
                           None)
            if avoided is not None:
                # '## Red flags' over the same levels as the competencies: counter-examples at each.
                for block in section.body:
                    if any(block is mark for mark in section.marks):
                        self.use(block)  # a level's name, said of the level's statements
                    else:
                        self.drop(block, AVOIDED.format(normalise(avoided)))
                continue
            if parent is not None:
                self.use(parent)
            dimension = self.document.dimension(heading_text(parent) if parent is not None else None, section.heading.line)
            first = section.body.index(section.marks[0])
            about = [b for b in section.body[:first] if isinstance(b, Paragraph)]
            competency = dimension.competency(heading_text(section.heading), section.heading.line,
                                              " ".join(p.text for p in about) or None)
            for paragraph in about:
                self.use(paragraph)
            for mark, under in parts:
                cell = level_of(mark).cell(competency)
                for said in under:
                    if isinstance(said, (Item, Paragraph)):
                        cell.statements.append(ImportedStatement(said.text, said.line))
                        self.use(said)
        # The levels in the order of the first section to name each, as far as their names
        # do not tell otherwise (a level only a later competency has).
        found = self.document.levels
        roles = role_keys(level.title for level in found)
        numbered = numbered_roles(level.title for level in found)
        found[:] = [found[i] for i in ladder_order([rung_among(level.title, "", roles, numbered) for level in found])]
        self.preamble([b for b in blocks if id(b) not in self.placed and b.line < sections[0].heading.line])
        for block in blocks:
            if not isinstance(block, Other) and id(block) not in self.placed:
                self.drop(block, "outside the competencies' levels")
        return [self.document]
