"""The competency-per-section layout: a heading per competency, with the
same levels under each, as headings or as list items that name a level.

``CompetencyReader.competency_sections`` finds such sections (the evidence
the layout choice weighs): levels named as levels, or else the same
sub-headings in the same order under each (``same_sub_headings``; lines
written as a scale become such sub-headings first, ``levels_as_lead_lines``),
or the headings the user's --level-heading names. ``by_competency`` reads
them: the text between a competency's heading and its first level describes
it, and each level's part holds its statements.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..blocks import BOLD_DEPTH, Block, Heading, Item, Labelled, Other, Paragraph, block_text
from ..document import ImportedDocument, ImportedLevel, ImportedStatement, competency_description, described_under
from ...text import name_key
from ...vocabulary import ladder_order, level_code
from ..textutil import (
    aside_name, lists_what_to_avoid, is_level_name, normalise, numbered_roles, reads_as_sentence, role_keys,
    rung_among, unwrap,
)
from .helpers import (
    AVOIDED, SUMMARY_HEADINGS, competency_heading, heading_text, items_headed, level_marks, Mark, mark_name,
    names_the_levels, section_body,
)
from .reader import HEADING_NAMES, Reader
from .sections import say_tracks
from .table_shapes import cell_at, overview_columns, overview_facts, Matrix
from ...patterns import lazy


#: A heading's name between runs of the same marks ('--Engineering--', '-- People Culture --', '== Customer =='),
#: as a document typed without styles sets a heading over headings of its own depth apart.
_DECORATED = lazy(r"^\s*(?P<mark>[-=~_*+#·•])(?P=mark)+\s*(?P<name>[^\W_](?:.*?[^\W_])?)\s*(?P=mark){2,}\s*$")


def _decorated_name(text: str) -> str | None:
    """The name a heading sets between marks ('Engineering' of '--Engineering--'), or None."""
    said = _DECORATED.match(unwrap(text))
    return said.group("name") if said is not None else None


#: A word that opens a sentence: a capital, then lower case ('At', 'This'; not 'AWS').
_NOTE_OPENS = lazy(r"^[\"'(*_]*[A-Z][a-z]")


def _deeper(lines: list[str], item: Item) -> bool:
    """Whether the line after an item's first is indented past where the
    item's text starts ('1. Ships' over '    At this level ...'): set
    apart from it, not the same sentence wrapped."""
    first, after = lines[item.line - 1], lines[item.line] if item.line < len(lines) else ""
    marker = first.lstrip().split(maxsplit=1)[0]
    text_at = len(first) - len(first.lstrip()) + len(marker) + 1
    return len(after) - len(after.lstrip()) > text_at


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


def _in_order(names: list[str], sequence: list[str]) -> bool:
    """Whether ``names`` are some of ``sequence``, in its order."""
    rest = iter(sequence)
    return all(name in rest for name in names)


def _names_a_part(line: str) -> bool:
    """Whether a line written on its own may name a level: a few words,
    not a sentence, not columns typed with tabs (a header's row)."""
    return 0 < len(line.split()) <= 6 and "\t" not in line and not reads_as_sentence(line) \
        and not line.rstrip().endswith((".", ",", ";", ":"))


def _names_a_kind_of_text(name: str) -> bool:
    """Whether a sub-heading names a kind of text ('Overview', 'Examples',
    'Anti-patterns'): the parts of a competency, which the same names under
    each do not make levels."""
    text = unwrap(normalise(name)).rstrip(":")
    return aside_name(text) is not None or lists_what_to_avoid(text) or text.casefold() in SUMMARY_HEADINGS


def _level_label(block: Block) -> tuple[Paragraph | Item, Labelled] | None:
    """A paragraph or top-level list item opened by a bold label naming a
    level, then some text ('**P1:** Implements ...'), with its label."""
    if not isinstance(block, (Paragraph, Item)) or isinstance(block, Item) and block.depth > 0:
        return None
    label = block.labelled or block.lead
    if label is None or not label.rest.strip():
        return None
    name = normalise(label.label)
    return (block, label) if len(name.split()) <= 6 and is_level_name(name) else None


def _as_headings(labelled: list[tuple[Paragraph | Item, Labelled]]) -> dict[int, list[Block]]:
    """For each block opened by a level's label, by its id: the level's
    bold heading, then the rest as statements (a paragraph's, or an
    item's)."""
    made: dict[int, list[Block]] = {}
    for block, label in labelled:
        said = label.parts or [label.rest]
        statements: list[Block] = [Item(text, block.line, block.last) if isinstance(block, Item)
                                   else Paragraph(text, block.line, block.last) for text in said]
        made[id(block)] = [Heading(BOLD_DEPTH, normalise(label.label), block.line, block.line, bold=True), *statements]
    return made


def _marked_parts(body: list[Block], marks: list[Mark]) -> list[tuple[Mark, list[Block]]]:
    """Each level mark with the blocks under it, to the next mark (for a
    list item, to the next top-level item; for a lead-in, to the end of
    its list; for a heading, to the next heading as high)."""
    parts = []
    for n, mark in enumerate(marks):
        start = body.index(mark) + 1
        end = body.index(marks[n + 1]) if n + 1 < len(marks) else len(body)
        under = body[start:end]
        if isinstance(mark, Item):
            under = items_headed(mark, under)
        elif isinstance(mark, Paragraph):
            under = list(itertools.takewhile(lambda b: isinstance(b, Item), under))
        else:
            # A sub-heading beside the levels that names none is not this level's: what is under
            # it is reported, never read as this level's statements.
            depth = mark.depth
            under = list(itertools.takewhile(lambda b: not (isinstance(b, Heading) and b.depth <= depth), under))
        parts.append((mark, under))
    return parts


class CompetencyReader(Reader):
    """Reads the competency-per-section layout."""

    #: How the sections were found where their levels' names do not say so: 'order' (the same
    #: sub-headings in the same order under each) or 'steering' (--level-heading).
    sections_by: str | None = None
    #: Whether the levels' names are lines of the text under each competency, not headings.
    levels_in_lines = False
    #: Where the levels are the numbers of a list numbered the same under each competency: how many.
    levels_numbered = 0
    #: The paragraphs under a numbered level's statement (see ``levels_as_numbers``), by id: its cell's note.
    level_notes: frozenset[int] = frozenset()

    # --- one competency per section, the levels inside -------------------------

    def competency_sections(self, blocks: list[Block], headings: list[Heading],
                            title: Heading | None) -> list[_CompetencySection] | None:
        """Headings (at one depth, naming no level) under each of which the
        same levels come again, as headings or as list items naming a level
        over nested items; None unless two or more such headings share two
        levels or more. Where the user says which headings are the levels
        (and the competencies), those."""
        self.sections_by = None
        if self.steering.level_heading is not None:
            self.sections_by = "steering"
            return self.steered_sections(blocks, headings, title) if self.steers_to_competencies() else None
        positions = {id(b): i for i, b in enumerate(blocks)}
        for depth in sorted({h.depth for h in headings if h is not title}):
            found = []
            deeper = [mark_name(h) for h in headings if h.depth > depth]
            for heading in self.beside_levels(depth, headings, title):
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
                    named = [s for s in found if len(s.marks) >= 2 or name_key(mark_name(s.marks[0])) in known]
                    # Where the level words name only some of the sub-headings every competency holds
                    # in the same order (Apprentice, Journeyman, Master), that order names them all.
                    ordered = self.same_sub_headings(blocks, headings, title)
                    marked = {id(m) for s in named for m in s.marks}
                    if ordered is not None and marked < {id(m) for s in ordered for m in s.marks}:
                        return ordered
                    self.sections_by = None
                    return named
        return self.same_sub_headings(blocks, headings, title)

    def beside_levels(self, depth: int, headings: list[Heading], title: Heading | None,
                      tracks: bool = False) -> list[Heading]:
        """The headings at ``depth`` that may be competencies: all but those
        of a heading whose headings there name levels (or, with ``tracks``,
        say they are tracks): a section about the levels after the ladder
        ('Key Questions by Level' over '### For E3') is another layout's, not
        a competency beside the ladder's ('### Project Impact')."""
        siblings = [list(group) for _, group in itertools.groupby(
            (h for h in headings if h.depth == depth and h is not title), key=lambda h: id(self.parent(h, headings)))]
        return [h for group in siblings if not any(is_level_name(normalise(g.text)) for g in group)
                and not (tracks and say_tracks([normalise(g.text) for g in group])) for h in group]

    def steers_to_competencies(self) -> bool:
        """Whether the user says the levels are headings under the
        competencies': --layout competency-per-section with --level-heading,
        or a --competency-heading above the --level-heading."""
        steering = self.steering
        if steering.level_heading is None:
            return False
        return steering.layout == "competency-per-section" or steering.layout is None and \
            steering.competency_heading is not None and steering.competency_heading < steering.level_heading

    def steered_sections(self, blocks: list[Block], headings: list[Heading],
                         title: Heading | None) -> list[_CompetencySection] | None:
        """The sections the user's --level-heading (and --competency-heading)
        say: under each competency's heading, its headings at the levels'
        depth, whatever their words. The competencies' headings are, unless
        said, the deepest above the levels' that hold some."""
        level_depth = self.steering.level_heading
        assert level_depth is not None
        positions = {id(b): i for i, b in enumerate(blocks)}
        depths = [self.steering.competency_heading] if self.steering.competency_heading is not None else \
            sorted({h.depth for h in headings if h.depth < level_depth}, reverse=True)
        for depth in depths:
            found = []
            for heading in (h for h in headings if h.depth == depth):
                body = section_body(blocks, heading, positions)
                marks: list[Mark] = [b for b in body if isinstance(b, Heading) and b.depth == level_depth]
                if marks and (heading is not title or self.steering.competency_heading is not None):
                    found.append(_CompetencySection(heading, body, marks))
            if found:
                return found
        return None

    def levels_as_lead_lines(self, blocks: list[Block], headings: list[Heading], title: Heading | None) -> bool:
        """Read lines that come again, in the same order, in the text under
        each of two or more headings (at one depth, with no sub-headings) as
        the headings of the levels: a scale written as plain lines, each
        over its statements ('1 - Understand', then what it asks, '2 -
        Follow' ...). A line is a level's name only if it is short, not a
        sentence and not a row of columns (a header typed with tabs).
        Whether it did."""
        if not self.ledger.lines:
            return False
        positions = {id(b): i for i, b in enumerate(blocks)}
        for depth in sorted({h.depth for h in headings if h is not title}):
            tops = [h for h in headings if h.depth == depth and h is not title]
            if any(is_level_name(normalise(h.text)) for h in tops):
                continue
            lines: dict[int, list[tuple[Paragraph, list[tuple[int, str]]]]] = {}
            for heading in tops:
                body = section_body(blocks, heading, positions)
                if any(isinstance(b, Heading) for b in body):
                    continue
                written = [(b, self.written_lines(b)) for b in body if isinstance(b, Paragraph)]
                if any(said for _, said in written):
                    lines[id(heading)] = [(b, said) for b, said in written if said]
            names = [[name_key(text) for _, said in paragraphs for _, text in said if _names_a_part(text)]
                     for paragraphs in lines.values()]
            if len(names) < 2:
                continue
            common = [n for n in names[0] if all(n in theirs for theirs in names[1:])]
            if len(common) < 2 or len(set(common)) < len(common) \
                    or any([n for n in theirs if n in common] != common for theirs in names):
                continue
            made: dict[int, list[Block]] = {}
            for paragraphs in lines.values():
                for paragraph, said in paragraphs:
                    made[id(paragraph)] = [
                        Heading(depth + 1, text, n, n) if name_key(text) in common and _names_a_part(text)
                        else Paragraph(text, n, n, of_paragraph=paragraph.line) for n, text in said]
            replaced: list[Block] = []
            for block in self.outline.blocks:
                replaced.extend(made.get(id(block), [block]))
            read: list[Block] = [b for b in replaced if not isinstance(b, Other)]
            if self.same_sub_headings(read, [b for b in read if isinstance(b, Heading)], title) is None:
                continue  # the lines do not make competencies of the headings (see same_sub_headings)
            self.outline.blocks = replaced
            self.levels_in_lines = True
            return True
        return False

    def levels_as_labels(self, blocks: list[Block], headings: list[Heading], title: Heading | None) -> bool:
        """Read bold labels that name a level at the start of paragraphs or
        top-level list items ('**P1:** Implements well-scoped tasks ...'),
        the same labels in the same order under each of two or more headings
        (at one depth, with no sub-headings, naming no level nor saying they
        are tracks; nor those beside headings that do, see ``beside_levels``),
        as the levels' headings under each competency, the rest of each its
        statement. Whether it did."""
        positions = {id(b): i for i, b in enumerate(blocks)}
        for depth in sorted({h.depth for h in headings if h is not title}):
            # The headings at one depth, but for those under a heading whose headings there name levels
            # or tracks: a later section about the levels ('Key Questions by Level' over '### For E3')
            # is no competency of the ladder written before it.
            tops = self.beside_levels(depth, headings, title, tracks=True)
            if len(tops) < 2:
                continue
            made: dict[int, list[Block]] = {}
            sequences = []
            for heading in tops:
                body = section_body(blocks, heading, positions)
                if any(isinstance(b, Heading) for b in body):
                    continue
                labelled = [found for b in body if (found := _level_label(b)) is not None]
                if labelled:
                    sequences.append([name_key(normalise(label.label)) for _, label in labelled])
                    made.update(_as_headings(labelled))
            full = max(sequences, key=len, default=[])
            if len(full) < 2 or len(set(full)) < len(full) or sum(1 for s in sequences if s == full) < 2 \
                    or not all(_in_order(s, full) and len(s) >= 2 for s in sequences):
                continue
            replaced: list[Block] = []
            for block in self.outline.blocks:
                replaced.extend(made.get(id(block), [block]))
            read: list[Block] = [b for b in replaced if not isinstance(b, Other)]
            if self.competency_sections(read, [b for b in read if isinstance(b, Heading)], title) is None:
                continue
            self.outline.blocks = replaced
            return True
        return False

    def levels_as_numbers(self, blocks: list[Block], headings: list[Heading], title: Heading | None) -> bool:
        """Read the numbers of a numbered list that comes again, numbered the
        same from 1 (three items or more), alone under each of two or more
        headings (at one depth, with no sub-headings, naming no level nor
        saying they are tracks) as the levels: '## Code quality' over '1.
        Writes clean code' ... '7. Sets the standard across the company',
        the number the level. The first line of an item is its statement,
        the paragraphs under it (indented, or lines that start a sentence of
        their own under one that ends one) a note on the level. Only where
        nothing else names the levels: a numbered list of statements under a
        level's heading stays statements. Whether it did."""
        positions = {id(b): i for i, b in enumerate(blocks)}
        said = self.steering.competency_heading  # where the user says which headings the competencies are
        for depth in [said] if said is not None else sorted({h.depth for h in headings if h is not title}):
            tops = [h for h in headings if h.depth == depth and h is not title]
            if len(tops) < 2 or any(is_level_name(normalise(h.text)) for h in tops) \
                    or say_tracks([normalise(h.text) for h in tops]):
                continue
            numbered: list[list[Item]] = []
            for heading in tops:
                body = section_body(blocks, heading, positions)
                items = [b for b in body if isinstance(b, Item)]
                if not items or any(isinstance(b, Heading) for b in body):
                    continue
                # The list is all the section holds after what describes the competency.
                if any(b.depth or b.number is None for b in items) or body[-len(items):] != items:
                    break
                numbered.append(items)
            else:
                sequences = [[item.number for item in items] for items in numbered]
                if len(sequences) < 2 or any(s != list(range(1, len(s) + 1)) for s in sequences) \
                        or len({len(s) for s in sequences}) > 1 or len(sequences[0]) < 3:
                    continue
                if all(item.labelled is not None for items in numbered for item in items):
                    # '1. **Adopts**: learns the tools ...': each step has a name of its own, the
                    # steps of an axis a README defines, not levels known only by their numbers.
                    continue
                notes: set[int] = set()
                made = {id(item): self.numbered_level(item, notes) for items in numbered for item in items}
                self.outline.blocks = [b for block in self.outline.blocks for b in made.get(id(block), [block])]
                self.levels_numbered = len(sequences[0])
                self.level_notes = frozenset(notes)
                return True
        return False

    def numbered_level(self, item: Item, notes: set[int]) -> list[Block]:
        """A numbered item as a level's heading ('Level 3'), its statement
        and the paragraphs of its note (their ids added to ``notes``)."""
        first = item.opening if item.continued and item.opening is not None else item.text
        statement, rest = first, ""
        written = (self.written(item.line) or "").split(maxsplit=1)
        if len(written) == 2 and item.last > item.line:
            # '4. Designs scalable architectures.' over '    At this level, the engineer ...', the
            # line after a soft break: a note where it starts a sentence of its own.
            count = len(written[1].split())
            said = first.split()
            following = said[count:count + 1]
            if following and _NOTE_OPENS.match(following[0]) \
                    and (said[count - 1].endswith((".", "!", "?")) or _deeper(self.ledger.lines, item)):
                statement, rest = " ".join(said[:count]), " ".join(said[count:])
        said = [rest] if rest else []
        said += [p.text for p in item.continued]
        made: list[Block] = [Heading(BOLD_DEPTH, f"Level {item.number}", item.line, item.line, bold=True),
                             Item(statement, item.line, item.line if said else item.last)]
        for text in said:
            note = Paragraph(text, item.line, item.last)
            notes.add(id(note))
            made.append(note)
        return made

    def labels_as_bold_headings(self) -> bool:
        """Where the user says the levels are bold headings under the
        competencies' (--level-heading bold), read the bold labels that name
        a level at the start of paragraphs or list items as those headings,
        the rest of each its statement. Whether there were any."""
        labelled = [found for b in self.outline.blocks if (found := _level_label(b)) is not None]
        if not labelled:
            return False
        made = _as_headings(labelled)
        self.outline.blocks = [made_block for block in self.outline.blocks for made_block in made.get(id(block), [block])]
        return True

    def ancestors(self, heading: Heading, headings: list[Heading]) -> list[Heading]:
        """The headings a heading stands under, the nearest first."""
        found = []
        parent = self.parent(heading, headings)
        while parent is not None:
            found.append(parent)
            parent = self.parent(parent, headings)
        return found

    def written_lines(self, paragraph: Paragraph) -> list[tuple[int, str]]:
        """A paragraph's lines as written, each with its line number, where
        they are its text (not a quote's or a list's); none otherwise."""
        if paragraph.last <= paragraph.line or paragraph.last > len(self.ledger.lines):
            return []
        said = [(n, self.ledger.lines[n - 1].strip()) for n in range(paragraph.line, paragraph.last + 1)]
        said = [(n, text) for n, text in said if text]
        if " ".join(" ".join(text for _, text in said).split()) != " ".join(paragraph.text.split()):
            return []
        return said

    def same_sub_headings(self, blocks: list[Block], headings: list[Heading],
                          title: Heading | None) -> list[_CompetencySection] | None:
        """Headings (at one depth, naming no level) under two or more of
        which the same sub-headings, two or more, come in the same order, and
        no others: a scale of proficiencies of a framework's own words
        ('Understand', 'Follow', 'Practice') under each competency. Where
        one is left out (a competency that starts above the lowest), the
        others keep the order. None where the evidence is not as strong."""
        positions = {id(b): i for i, b in enumerate(blocks)}
        for depth in sorted({h.depth for h in headings if h is not title}):
            tops = [h for h in headings if h.depth == depth and h is not title]
            if any(is_level_name(normalise(h.text)) for h in tops):
                continue  # levels at this depth: another layout
            found = []
            for heading in tops:
                body = section_body(blocks, heading, positions)
                under = [b for b in body if isinstance(b, Heading)]
                if not under:
                    continue
                if len({h.depth for h in under}) > 1:
                    break  # sub-headings over sub-headings: levels or dimensions holding competencies
                found.append(_CompetencySection(heading, body, list(under)))
            else:
                sequences = [[name_key(mark_name(m)) for m in s.marks] for s in found]
                full = max(sequences, key=len, default=[])
                if len(full) < 2 or len(set(full)) < len(full) or sum(1 for s in sequences if s == full) < 2:
                    continue
                marks = [m for s in found for m in s.marks]
                # Competencies differ in name ('Skills needed for this level' under each level is not one)
                # and sit under no level.
                if len({name_key(heading_text(s.heading)) for s in found}) < 2 or any(
                        is_level_name(normalise(h.text)) for s in found for h in self.ancestors(s.heading, headings)):
                    continue
                if all(_in_order(s, full) and len(s) >= 2 for s in sequences) \
                        and not {name_key(heading_text(s.heading)) for s in found} & set(full) \
                        and all(_names_a_part(unwrap(normalise(m.text))) and not _names_a_kind_of_text(m.text)
                                for m in marks):
                    self.sections_by = "order"
                    return found
        return None

    def by_competency(self, blocks: list[Block], title: Heading | None,
                      sections: list[_CompetencySection], overview: Matrix | None = None) -> list[ImportedDocument]:
        """Read ``sections``, a heading per competency with the levels
        inside; ``overview``, a table of the levels above them ('Level |
        Title | Focus'), gives the levels' titles and summaries."""
        self.set_name(title)
        shown = ", ".join(normalise(s.heading.text) for s in sections[:4]) + (" ..." if len(sections) > 4 else "")
        line = sections[0].heading.line
        if self.sections_by == "steering":
            depth = next(k for k, v in HEADING_NAMES.items() if v == self.steering.level_heading)
            self.layout("competency-per-section", [f"--level-heading {depth}: the levels are the {depth} headings "
                                                   f"under {len(sections)} headings ({shown})"], line=line)
        elif self.sections_by == "order":
            longest = max((s.marks for s in sections), key=len)
            names = ", ".join(mark_name(m) for m in longest[:5]) + (" ..." if len(longest) > 5 else "")
            written_as = "lines" if self.levels_in_lines else "sub-headings"
            self.layout("competency-per-section", [f"{len(sections)} headings ({shown}) each hold the same "
                                                   f"{written_as} in the same order ({names}): the levels, though "
                                                   "their names do not say so"], line=line)
            depth = next(k for k, v in HEADING_NAMES.items() if v == sections[0].heading.depth)
            if not self.levels_in_lines:
                self.document.notice(line, f"if the headings ({shown}) are the levels and their sub-headings the "
                                           f"competencies, pass --layout level-per-section --level-heading {depth}")
        elif self.levels_numbered:
            self.layout("competency-per-section", [f"{len(sections)} headings ({shown}) each hold a list numbered "
                                                   f"1 to {self.levels_numbered}, and nothing names the levels: the "
                                                   "numbers are the levels, each item's first line its statement, "
                                                   "the paragraphs under it a note"], line=line)
        else:
            self.layout("competency-per-section", [f"{len(sections)} headings ({shown}) each hold the same levels"],
                        line=line)
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
        # A line before the levels that every competency has ('Level  Attainment criteria') heads
        # the levels, as a table's header would: it describes none of them.
        openings = [{name_key(b.text) for b in s.body[:s.body.index(s.marks[0])] if isinstance(b, Paragraph)}
                    for s in sections]
        heads_levels = set.intersection(*openings) if len(openings) >= 2 else set()
        # A decorated heading with nothing under it ('# --Engineering--') at the competencies' depth
        # groups those after it, up to the next: their dimension, as a heading above them would be.
        groups = [h for h in headings if h.depth == sections[0].heading.depth and _decorated_name(h.text) is not None
                  and not section_body(blocks, h)]
        seen: dict[tuple[str, ...], Heading] = {}
        # Each competency's name, line and levels as its section lists them, to weigh against the others'.
        listed: list[tuple[str, int, list[ImportedLevel]]] = []
        for section in sections:
            # The same section twice, word for word (a copy left in): read once.
            written = tuple(name_key(block_text(b)) for b in [section.heading, *section.body])
            if written in seen:
                for block in [section.heading, *section.body]:
                    self.drop(block, f"section '{normalise(section.heading.text)}' repeats the one on line "
                                     f"{seen[written].line} word for word")
                continue
            seen[written] = section.heading
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
            if parent is not None and level_code(normalise(parent.text)) is not None:
                # 'Target Level: Senior Engineer (L3-L4)' over the competencies: which levels they
                # describe, not a group of them.
                self.drop(parent, "heading over the competencies that names the levels they describe, not a dimension")
                parent = None
            if parent is not None:
                self.use(parent)
            group = next((g for g in reversed(groups) if g.line < section.heading.line), None)
            if parent is None and group is not None:
                self.use(group)
                name_of = _decorated_name(heading_text(group))
            else:
                name_of = heading_text(parent) if parent is not None else None
            # The dimension is where its heading is, so a report (and --dimension-heading) points there.
            dimension = self.document.dimension(name_of, (parent or group or section.heading).line)
            first = section.body.index(section.marks[0])
            about = [b for b in section.body[:first] if isinstance(b, Paragraph)]
            for paragraph in [p for p in about if name_key(p.text) in heads_levels]:
                self.drop(paragraph, "the same line before the levels of every competency: it heads them, "
                                     "describing none")
            about = [p for p in about if name_key(p.text) not in heads_levels]
            name, heading_says = competency_heading(section.heading)
            competency = dimension.competency(name, section.heading.line,
                                              competency_description(heading_says, *(p.text for p in about)))
            for paragraph in about:
                self.use(paragraph)
            listed.append((competency.name or name, section.heading.line, [level_of(mark) for mark, _ in parts]))
            for mark, under in parts:
                cell = level_of(mark).cell(competency)
                for said in under:
                    if isinstance(said, Paragraph) and id(said) in self.level_notes:
                        cell.note = "\n\n".join(filter(None, (cell.note, said.text)))
                        self.use(said)
                    elif isinstance(said, (Item, Paragraph)):
                        cell.statements.append(ImportedStatement(said.text, said.line))
                        self.use(said)
        # The levels in the order of the first section to name each, as far as their names
        # do not tell otherwise (a level only a later competency has).
        found = self.document.levels
        roles = role_keys(level.title for level in found)
        numbered = numbered_roles(level.title for level in found)
        found[:] = [found[i] for i in ladder_order([rung_among(level.title, "", roles, numbered) for level in found])]
        self.levels_disagree(listed)
        if overview is not None:
            self.levels_overview(overview)
        self.preamble([b for b in blocks if id(b) not in self.placed and b.line < sections[0].heading.line])
        for block in blocks:
            if not isinstance(block, Other) and id(block) not in self.placed:
                self.drop(block, "outside the competencies' levels")
        return [self.document]

    def levels_disagree(self, listed: list[tuple[str, int, list[ImportedLevel]]]) -> None:
        """Say where a competency's levels do not agree with the
        framework's, the union of all the competencies' in their order: it
        lists them in another order (its statements stay at the levels
        they are written under), or it leaves some out between its first
        and its last, or at either end while most competencies have them
        (an owner's slip, or a level that the document means does not
        apply: either way the YAML has no cell there to check)."""
        order = {id(level): n for n, level in enumerate(self.document.levels)}
        # How many competencies have each level: one that most leave out at an end is the
        # competencies' own range (Strategy from Senior up), not a gap.
        having = {id(level): sum(1 for _, _, own in listed if any(mine is level for mine in own))
                  for level in self.document.levels}
        for name, line, own in listed:
            ranks = [order[id(level)] for level in own]
            if ranks != sorted(ranks) or len(set(ranks)) < len(ranks):
                said = ", ".join(level.title for level in own)
                ladder = ", ".join(level.title for level in self.document.levels)
                self.document.notice(line, f"competency '{name}' lists its levels as {said}, the others as {ladder}: "
                                           "its statements are read at the levels they are written under; check "
                                           "the order")
            if not ranks:
                continue
            missing = [level for n, level in enumerate(self.document.levels) if n not in ranks
                       and (min(ranks) < n < max(ranks) or 2 * having[id(level)] > len(listed))]
            if missing:
                self.document.notice(line, f"competency '{name}' has no part for level"
                                           f"{'s' if len(missing) > 1 else ''} "
                                           f"{', '.join(repr(level.title) for level in missing)}, which the other "
                                           "competencies have: write what it asks there, or that it does not "
                                           "apply (`not_applicable`)")

    def levels_overview(self, matrix: Matrix) -> None:
        """Read a table of the levels ('Level | Title | Focus', a row per
        level) above the competencies' sections: each row's title names the
        level its code names ('L1' is 'Junior Engineer'), and its short
        phrase sums the level up; rows naming no level of the sections are
        reported."""
        columns = overview_columns(matrix) or []
        facts = overview_facts(matrix, columns)
        levels = {name_key(key): level for level in self.document.levels
                  for key in (level.title, level.id or "") if key}
        table = matrix.table
        for index, code in matrix.levels:
            row = table.rows[index]
            titled = cell_at(row, matrix.title_column)
            title = normalise(unwrap(titled.joined())) if titled is not None and not titled.empty else ""
            level = levels.get(name_key(code)) or (levels.get(name_key(title)) if title else None)
            if level is None:
                self.document.unplaced(row.line, "in the table of the levels, a level no competency's section "
                                                 "names", normalise(unwrap(" | ".join(c.joined() for c in row.cells))))
                continue
            if title and name_key(level.title) == name_key(code) and name_key(title) != name_key(code):
                level.id = level.id or level_code(code) or code
                level.title = title
            said = " ".join(normalise(unwrap(c.joined())) for c in (cell_at(row, i) for i in columns if i not in facts)
                            if c is not None and not c.empty)
            if said and not level.summary:
                level.summary = said
            for index in facts:
                # 'Years | 2-4', 'Scope | A team': facts of the level, under their headers, in its description.
                fact = cell_at(row, index)
                if fact is not None and not fact.empty:
                    level.describe(row.line, described_under(normalise(unwrap(table.rows[0].cells[index].joined())),
                                                             [normalise(unwrap(fact.joined()))]))
        self.use(table)
        heading = matrix.heading
        if heading is not None and heading.line < table.line and \
                not any(heading.line < b.line < table.line for b in self.outline.blocks if b is not table):
            self.use(heading)  # 'Career Levels' right over it: the table's own title
        header = " | ".join(normalise(unwrap(c.joined())) for c in table.rows[0].cells if not c.empty)
        described = ", ".join(normalise(unwrap(table.rows[0].cells[i].joined())) for i in facts)
        gives = f"their titles, summaries and, in their descriptions, {described}" if facts else \
            "their titles and summaries"
        self.document.notice(table.line, f"the table of the levels ('{header}') gives {gives}; "
                                         "the competencies are the sections under it", kind="layout")

