"""From the document tree (headings, paragraphs, list items, tables) to a ladder.

The layout of the ladder is recognised on the tree, by evidence, and the
choice and its reasons go into the report:

- ``level-per-page``: the document describes one level; its title (or the
  only heading naming a level, or ``--level``) names it. Under it, group
  headings (dimensions) and competency headings (real headings or
  paragraphs wholly in bold), with bullets or paragraphs as statements.
- ``level-per-section``: a heading per level ('## Senior Engineer', '## D1 -
  Developer 1'); under each, the same as a level page. The level headings are
  the headings that name a level (IC3, Level 2, Engineer II, Senior ...) at
  the shallowest depth where two or more do, or whose sub-headings repeat
  from one to the next; where headings naming levels sit under other ones
  (Senior Engineer > Senior Engineer I, II), the deepest are the levels.
- ``levels-as-columns``: a table whose header row names levels (Competency |
  Junior | Mid | Senior): a row per competency, a cell per level; the
  heading above the table is the dimension.
- ``proficiency-matrix``: the same, with proficiencies for levels
  (Beginner ... Expert).
- ``levels-as-rows``: a table whose first column names levels (M2, M3 ...),
  maybe with a column of titles; the other columns are competencies.
- ``competency-per-section``: the other way round: a heading per
  competency ('## Delivery'), and under each the same levels, as headings
  ('### Beginner') or as list items that are only a level's name, the
  statements nested under them ('- **Beginner**' over '  - You ship ...').
  The text between a competency's heading and its first level describes it.

Inside a level, a heading whose sub-headings hold the statements is a
dimension, a heading over dimensions only groups them (reported). A bold
label at the start of a paragraph ('**Technical skills:** ...') is a
competency with that paragraph's text. Bullets directly under a level are
one competency. In table cells, bullets are statements; a cell without
bullets is one statement per line.

Tables whose levels do not overlap (an IC ladder and a manager ladder in
one page) are different tracks: each becomes its own document; but for a
table right under another, no heading between them, that goes on with its
levels for the same competencies (L1-L3, then L4-L6): a table too large for
the page split in two, one ladder. So do the
levels under headings that set tracks apart ('Management track'; levels of
another role, or a sequence of their own, under each), not bands of one
ladder ('Early career', 'Senior').
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Sequence

from .blocks import (
    BOLD_DEPTH, TITLE_DEPTH, Block, Cell, CellLine, Heading, Item, Other, Outline, Paragraph, Row, Table, block_text,
    is_page_property, lead_of, paragraphs_text,
)
from .common import glossary_from_footnote
from .cells import SAME_AS, after_reference, not_applicable
from .document import (
    COLUMN_HEADER,
    NO_COMPETENCY_HEADING,
    ImportedCell,
    ImportedCompetency,
    ImportedDimension,
    ImportedDocument,
    ImportedLevel,
    ImportedStatement,
    ImportFailure,
)
from .source import BLANK_CHARACTERS, Ledger
from ..text import GOES_ON, THIRD_PERSON_START, ends_a_sentence, name_key, plural, strip_markdown, words
from ..vocabulary import (DISCIPLINES, LEVEL_FACTS, no_behaviour, LEVEL_LINE, RUNG_WORDS, TEXT_KIND_HEADERS, ROLE_NOUNS, LevelName, id_rung, ladder_order, level_code,
                          managed_field, manages, proficiency, seniority)
from .textutil import (ORDER_PREFIX, after_level_title, pointer_line, aside_name, lists_what_to_avoid,
    TITLE_PARTS,
    file_words,
    is_framework_title,
    is_level_name,
    is_title_like,
    normalise,
    numbered_roles,
    organisation_in,
    reads_as_sentence,
    role_keys,
    role_of,
    rung_among,
    shouted,
    title_cased,
    track_key,
    unwrap,
    without_decoration,
    without_site_name,
)

#: The layouts the interpreter recognises, with what each means (for --help and the report).
LAYOUTS = {
    "level-per-page": "the document describes one level, named by its title",
    "level-per-section": "a heading per level, with its competencies under it",
    "levels-as-columns": "a table whose header row names the levels, a row per competency",
    "levels-as-rows": "a table whose first column names the levels, a column per competency",
    "proficiency-matrix": "a table whose header row names proficiencies (Beginner ... Expert), a row per competency",
    "competency-per-section": "a heading per competency, with a heading or a labelled list per level under it",
}

#: What --level-heading and the like accept: h1 ... h6, or 'bold' for paragraphs wholly in bold.
HEADING_NAMES = {**{f"h{n}": n for n in range(1, 7)}, "bold": BOLD_DEPTH}


@dataclass(frozen=True)
class Steering:
    """What the user says about the layout, where the evidence is weak,
    and what the other pages of the import say."""

    layout: str | None = None
    level_heading: int | None = None
    dimension_heading: int | None = None
    competency_heading: int | None = None
    #: The roles the other pages' levels name, as name keys ('engineer' beside
    #: 'Senior Engineer'): a page titled with one alone is a level.
    site_roles: frozenset[str] = frozenset()
    #: The families of the other pages' level codes ('ic' beside IC3): a page
    #: whose file is named with a code of one ('IC4.md') is that level.
    site_families: frozenset[str] = frozenset()
    #: Names of bullets over nested bullets that two pages or more give
    #: ('- Responsibilities:' on each level's page), as name keys.
    site_groups: frozenset[str] = frozenset()
    #: How many pages are read together.
    site_pages: int = 1
    #: The site's name in the pages' own titles ('Acme Careers' of 'Senior
    #: Engineer | Acme Careers'), as name keys: no words of the page's.
    site_title_parts: frozenset[str] = frozenset()
    #: Whether the user asks for a framework per track (--split-tracks): a
    #: page's levels of two roles are then two tracks, not one ladder.
    split_tracks: bool = False


def interpret(
    document: ImportedDocument,
    outline: Outline,
    ledger: Ledger | None,
    level_option: str | None,
    steering: Steering = Steering(),
) -> list[ImportedDocument]:
    """Fill ``document`` from ``outline`` (and return it, or one document per
    track the page holds). Every block is placed or reported; with a
    ``ledger`` (text formats), so is every line outside the blocks."""
    interpreter = _Interpreter(document, outline, ledger or Ledger([]), level_option, steering)
    documents = interpreter.run()
    for block in outline.blocks:
        interpreter.drop(block, block.reason if isinstance(block, Other) else "not recognised as part of the ladder")
    if outline.level_label is not None:
        interpreter.drop(outline.level_label, "front matter key naming a level, on a page that describes several "
                                              "levels or none it can read")
    if ledger is not None:
        ledger.use(*outline.structure)
        ledger.report_rest(document)
    if level_option is not None and len(document.levels) > 1:
        raise ImportFailure(document.path, f"--level applies to a document that describes one level; "
                                           f"this one describes {len(document.levels)}")
    for each in documents:
        each.prune()
    return documents


#: Why a table inside a list item is reported: it details the item's statement.
_IN_ITEM = "table inside a list item (a detail of the statement above it), not part of the ladder's structure"


#: A paragraph that says it sums up what follows: '**tldr;** ...', '**Summary:** ...', 'TL;DR: ...'.
_SUMMARY = re.compile(
    r"^(?:(\*\*|__)\s*(?:tl;?\s?dr|summary|in short|in a nutshell)\s*[;:.,]?\s*\1|tl;?\s?dr\s*[;:])\s*[;:.,-]?\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


_SUMMARY_LABELS = frozenset({"tldr", "tl;dr", "summary", "in short", "in a nutshell"})
#: A line that says a level asks what the ones below it do: 'Same as L1, L2, but also...'.
#: Headings over a level's summary ('### Overview' over a paragraph).
_SUMMARY_HEADINGS = frozenset({"overview", "summary", "level summary", "role summary", "about this level",
                               "description", "in short", "tl;dr", "tldr"})
def _summary(block: Paragraph) -> str | None:
    """What a paragraph labelled as a summary ('**tldr;** ...', '<b>Summary:</b> ...')
    says; None for another paragraph."""
    if block.labelled is not None and block.labelled.label.casefold().strip(" ;:.") in _SUMMARY_LABELS:
        return block.labelled.rest.strip() or None
    match = _SUMMARY.match(block.text)
    return match.group("rest").strip() if match else None


#: The labels of an aside ('**Warning:**', '> **Note:** ...').
_ASIDE_LABELS = ("note", "warning", "tip", "important", "caution", "info", "update")
#: How a quote that is an aside starts: a GitHub alert ('[!NOTE]') or a label ('**Warning:**').
_ASIDE = re.compile(rf"^\s*(?:\[!\w+\]|(?:\*\*|__)?(?:{'|'.join(_ASIDE_LABELS)})\b)", re.IGNORECASE)

#: Labels that set a paragraph apart as a note ('Note: ...', '**NB:** ...', '> **Note:** ...').
_NOTE_LABELS = frozenset({*_ASIDE_LABELS, "notes", "nb", "n.b", "please note", "reminder", "disclaimer"})
#: A paragraph that opens with a note's label, not in bold ('Note: this level is for new graduates.').
_NOTE_LINE = re.compile(r"^(?:\*\*|__)?(?P<label>[a-z. ]{2,12}?)\s*(?:\*\*|__)?\s*[:\u2013\u2014-](?:\*\*|__)?\s+\S",
                        re.IGNORECASE)


def _a_note(block: Paragraph) -> bool:
    """Whether a paragraph opens with a note's label ('Note:', '**NB:**')."""
    label = block.labelled.label if block.labelled is not None else \
        ((said := _NOTE_LINE.match(block.text)) and said.group("label")) or ""
    return label.casefold().strip(" :.") in _NOTE_LABELS


#: What may follow a page's level in bold on its own ('**Level 4** | **Track:** ...'): nothing, or a separator.
_LABEL_SEPARATORS = frozenset(["", "|", "·", "•", "—", "–", "/"])

#: The highest number a level of a ladder has ('Engineer 12' at most).
_HIGHEST_LEVEL_NUMBER = 20

#: Labels that say which level a page describes ('**Level:** M3').
LEVEL_LABELS = frozenset({"level", "grade", "band", "job level"})
#: A line of a list that sums up a level: its name (and code), a colon, a
#: sentence ('Engineer 2 (IC3): Is an effective team member.').
_OVERVIEW_LINE = re.compile(r"^(?P<name>[^:()]{1,60}?)\s*(?:\([^()]{1,20}\))?\s*:\s+(?P<rest>\S.*)$", re.DOTALL)



def _names_a_role(word: str) -> bool:
    """Whether the last word of a numbered title names a role ('Engineer 2',
    'Tech Lead 5', 'Director 2'), not a week, a course or a chapter."""
    return word.casefold() in DISCIPLINES or seniority(word) is not None


def _page_level_in(paragraph: Paragraph) -> str | None:
    """The level code a paragraph names as its page's level ('**Level:** M3
    (Director)', '**Grade:** 7', '**Level 4** | ...'), or the seniority it
    names ('**Level:** Senior'); None if it names none."""
    if paragraph.labelled is not None and paragraph.labelled.label.casefold() in LEVEL_LABELS:
        rest = normalise(paragraph.labelled.rest)
        if _BARE_NUMBER.fullmatch(rest.split(" ")[0]):  # '**Grade:** 7'
            rest = f"{paragraph.labelled.label} {rest}"
        code = level_code(rest)
        if code:
            return code
        if len(rest.split()) <= 3 and is_level_name(rest):
            return rest
    lead, rest, _ = lead_of(paragraph.text)
    if lead is not None and rest[:1] in _LABEL_SEPARATORS and len(lead.split()) <= 3:
        return level_code(normalise(lead))  # '**Level 4** | **Career Path:** Management'
    return None


def _name(heading: Heading) -> str:
    # A heading's own number ('### 2. Designer', '# 01 Junior') is its place, as a list's marker is.
    return ORDER_PREFIX.sub("", unwrap(heading.text))


@dataclass
class _Node:
    """A heading inside a level, with the blocks under it and its sub-headings."""

    heading: Heading
    blocks: list[Block] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)


@dataclass
class _Matrix:
    """A table that is a ladder: which cells name the levels and which the competencies."""

    table: Table
    layout: str
    #: (column or row index, level title)
    levels: list[tuple[int, str]]
    heading: Heading | None
    path: list[Heading]
    #: For levels-as-rows: the column that holds the levels' titles, if any.
    title_column: int | None = None
    #: For levels-as-rows: the column that names the levels.
    level_column: int = 0
    #: Columns read as levels though their headers name none the import
    #: knows ('Trailblazer'), for what their cells hold.
    guessed: tuple[str, ...] = ()
    #: For a table of one statement per row (Level | Competency | Expectation): its columns.
    per_statement: _StatementColumns | None = None
    #: The heading above the table that names its track, not its dimension.
    track_heading: Heading | None = None
    #: The track a column of a table of one statement per row names for these rows.
    track_name: str | None = None
    #: The cells under the levels' columns each name the proficiency the level expects
    #: ('Beginner', 'Expert'): a skills matrix, whose cells are no statements.
    rated: bool = False


class _Interpreter:
    def __init__(self, document: ImportedDocument, outline: Outline, ledger: Ledger, level_option: str | None,
                 steering: Steering):
        self.document = document
        self.outline = outline
        self.ledger = ledger
        self.level_option = level_option
        self.steering = steering
        self.corpus = "\n".join(ledger.lines) if ledger.lines else "\n".join(block_text(b) for b in outline.blocks)
        self.placed: set[int] = set()
        #: The names of bullets that name groups of bullets, level after level (items).
        self.group_names: set[str] | None = None
        #: How many levels the document describes, once its layout is known.
        self.level_count = 1
        #: Competencies' descriptions written before the levels, by name key (defines_competencies).
        self.descriptions: dict[str, tuple[Heading, list[Paragraph]]] = {}
        #: The roles the level names of the document name ('software engineer'), as name keys.
        self.roles: frozenset[str] = frozenset()
        #: The description is looked for after the title heading, not in the page's chrome before it.
        self.title_line = 0

    # --- bookkeeping -----------------------------------------------------

    def use(self, block: Block) -> None:
        self.placed.add(id(block))
        self.ledger.use_range(block.line, block.last)

    def drop(self, block: Block, reason: str) -> None:
        """Report a block as not placed (once), unless it was placed."""
        if id(block) in self.placed:
            return
        self.document.unplaced(block.line, reason, block_text(block), getattr(block, "place", ""))
        self.use(block)

    def footnote(self, block: Block) -> bool:
        """A paragraph '* term ...' that defines a starred term goes to the glossary."""
        if not isinstance(block, Paragraph) or not block.text.startswith("* "):
            return False
        if glossary_from_footnote(self.document, strip_markdown(block.text[2:]).strip(), self.corpus) is None:
            return False
        self.use(block)
        return True

    def layout(self, name: str, reasons: list[str], weak: bool = False, line: int = 1) -> None:
        """Say which layout the document is read with, and why, at the line
        of the evidence (the first heading or table that names a level)."""
        self.document.layout = name
        self.document.notice(line, f"{name}: " + "; ".join(reasons), kind="layout")
        if weak:
            self.document.notice(line, f"the evidence for layout {name} is weak: check the levels, or steer the "
                                    "import with --layout and --level-heading / --dimension-heading / "
                                    "--competency-heading")

    # --- the whole document ------------------------------------------------

    def run(self) -> list[ImportedDocument]:
        blocks: list[Block] = [b for b in self.outline.blocks if not isinstance(b, Other)]
        chosen = self.steering.layout
        matrices = self.matrices(blocks)
        headings = [b for b in blocks if isinstance(b, Heading)]
        title = self.title_heading(headings)
        if self.steering.level_heading is None and self.steering.competency_heading is None:
            self.bold_under_bold_levels(headings)
            title = self.title_heading(headings)  # a first line in bold may have turned out the title
        level_headings, depth, reasons = self.level_headings(headings, title)
        transposed = self.competency_sections(blocks, headings, title)
        if chosen is None and transposed is not None and not matrices and self.steering.level_heading is None \
                and not (level_headings and _say_tracks([normalise(s.heading.text) for s in transposed])):
            # Headings that say they are tracks ('Backend track') over the same levels are not competencies.
            chosen = "competency-per-section"
        if chosen is None:
            try:
                chosen = self.choose(matrices, level_headings, title, blocks, weak=any("repeat" in r for r in reasons))
            except ImportFailure:
                # No heading or table names a level: the levels may be a list's top items
                # ('- **Junior level engineer**' over its statements).
                # Or lines that each open a level's section ('**L2:** Owns features ...', 'L2 — Engineer').
                if self.levels_as_items(blocks):
                    said = "top-level list items name levels, the statements nested under them"
                elif self.levels_as_lines(blocks):
                    said = "lines name levels ('L2 — Engineer', '**L2:** ...'), each opening its level's section"
                else:
                    raise
                blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
                headings = [b for b in blocks if isinstance(b, Heading)]
                title = self.title_heading(headings)
                level_headings, depth, reasons = self.level_headings(headings, title)
                if not level_headings:
                    raise
                reasons = [f"{len(level_headings)} {said}"]
                chosen = "level-per-section"
        if chosen in ("levels-as-columns", "levels-as-rows", "proficiency-matrix"):
            wanted = matrices
            if self.steering.layout:
                rows = chosen == "levels-as-rows"
                wanted = [m for m in matrices if (m.layout == "levels-as-rows") == rows]
            if not wanted:
                raise ImportFailure(self.document.path, f"--layout {chosen}: no table in the document names "
                                                        "levels in its " + ("first column" if chosen == "levels-as-rows"
                                                                            else "header row"))
            return self.tables(wanted)
        if chosen == "competency-per-section":
            if transposed is None:
                raise ImportFailure(self.document.path, "--layout competency-per-section: no two headings hold the "
                                                        "same levels (as headings or as list items naming a level)")
            return self.by_competency(blocks, title, transposed)
        if chosen == "level-per-section":
            if not level_headings:
                forced = self.steering.level_heading
                if forced is not None:
                    name = next(k for k, v in HEADING_NAMES.items() if v == forced)
                    raise ImportFailure(self.document.path, f"--level-heading {name}: the document has no such "
                                                            "headings (a bold list item is not a heading)")
                raise ImportFailure(self.document.path, "--layout level-per-section: no headings name levels; "
                                                        "say which with --level-heading h2 (or h1 ... h6, bold)")
            weak = any("repeat" in r for r in reasons)
            tracks = self.heading_tracks(blocks, level_headings, title) if self.steering.level_heading is None \
                else None
            if tracks is not None and title is None:
                title = _title_over_tracks(headings, level_headings, [heading for heading, _ in tracks[0]])
            self.set_name(title)
            if tracks is not None:
                return self.track_sections(blocks, level_headings, title, *tracks, weak=weak)
            marked = self.marked_tracks(level_headings) if self.steering.level_heading is None else None
            if marked is not None and self.steering.split_tracks:
                return self.track_sections(blocks, level_headings, title, *marked[:2], weak=weak, names=marked[2])
            roles = self.role_tracks(level_headings) if self.steering.level_heading is None and marked is None \
                else None
            if roles is not None and self.steering.split_tracks:
                return self.track_sections(blocks, level_headings, title, *roles, weak=weak, by_role=True)
            self.layout("level-per-section", reasons, weak=weak, line=level_headings[0].line)
            if marked is not None:
                groups, said, names = marked
                listed = "', '".join(names)
                self.document.notice(groups[1][0].line, f"{said}, {len(groups)} tracks ('{listed}'): read as "
                                     "one ladder; to import each as a track of its own, pass --split-tracks -o DIR")
            elif roles is not None:
                (_, contributors), (_, managers) = roles[0]
                self.document.notice(managers[0].line, f"the levels name two roles, '{role_of(_name(contributors[0]))}' "
                                     f"then '{role_of(_name(managers[0]))}': read as one ladder; to import each "
                                     "as a track of its own, pass --split-tracks -o DIR",
                                     ", ".join(_name(h) for h in managers))
            self.many_levels(blocks, level_headings, title)
            return [self.document]
        # level-per-page
        return self.level_page(blocks, headings, title)

    def bold_under_bold_levels(self, headings: list[Heading]) -> None:
        """Lines wholly in bold of two kinds, as a word processor's document
        written without heading styles has them (Google Docs' export to Word
        keeps no font size): those naming levels ('**Senior Engineer**'), two
        or more, and those naming none right under them ('**Delivery**'). The
        others stand under the levels, as headings one deeper would."""
        bold = [h for h in headings if h.bold and h.depth == BOLD_DEPTH]
        if any(not h.bold and self.names_level(h) for h in headings):
            return
        self.roles = role_keys(h.text for h in bold if is_level_name(normalise(h.text)))
        levels = [h for h in bold if self.names_level(h)]
        if len({name_key(normalise(h.text)) for h in levels}) < 2:
            return
        first = next((b for b in self.outline.blocks if not isinstance(b, Other)), None)
        if bold[0] not in levels and bold[0] is first and len(bold) > 1 and bold[1] in levels:
            # A line in bold over all the others, the first of the document, naming no level: its
            # title, as a document typed without a Title style has it ('**Engineering Ladder**').
            bold[0].bold, bold[0].depth = False, TITLE_DEPTH
            bold = bold[1:]
        if bold[0] not in levels:
            return
        under = [h for h in bold if h not in levels]
        if len(under) < len(levels):
            return
        for heading in under:
            heading.depth = BOLD_DEPTH + 1

    def levels_as_lines(self, blocks: list[Block]) -> bool:
        """Read paragraphs that open with a level's name as the levels'
        headings, the rest of each paragraph its summary: a bold label that
        names a level ('**L2:** Owns features end to end.'), or a first line
        that is a level's code and its title ('L2 — Software Engineer'), two
        or more naming different levels, each followed by its statements.
        Whether it did."""
        made: dict[int, list[Block]] = {}
        for n, block in enumerate(blocks):
            if not isinstance(block, Paragraph):
                continue
            opened = self.level_line(block)
            if opened is None:
                continue
            name, rest = opened
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            if not rest and not isinstance(after, (Item, Table, Paragraph, Heading)):
                continue
            opening: list[Block] = [Heading(BOLD_DEPTH, name, block.line, block.line, bold=True)]
            made[id(block)] = opening + ([Paragraph(rest, block.line, block.last)] if rest else [])
        if len({name_key(heads[0].text) for heads in made.values() if isinstance(heads[0], Heading)}) < 2:
            return False
        replaced: list[Block] = []
        for block in self.outline.blocks:
            replaced.extend(made.get(id(block), [block]))
        self.outline.blocks = replaced
        return True

    def level_line(self, paragraph: Paragraph) -> tuple[str, str] | None:
        """The level a paragraph opens with, and the rest of it."""
        if paragraph.labelled is not None:
            label = normalise(paragraph.labelled.label)
            if len(label.split()) <= 6 and level_code(label) and is_level_name(label):
                return label, paragraph.labelled.rest
            return None
        first = strip_markdown(self.ledger.lines[paragraph.line - 1]).strip() \
            if self.ledger.lines and paragraph.line <= len(self.ledger.lines) else paragraph.text
        first = " ".join(first.split())
        text = " ".join(paragraph.text.split())
        match = LEVEL_LINE.match(first)
        if match is None or not level_code(match.group("code")) or not text.startswith(first):
            return None
        return first, text[len(first):].strip()

    def levels_as_items(self, blocks: list[Block]) -> bool:
        """Read top-level list items that are only a level's name, with the
        statements nested under them, as the levels' headings (the shape a
        competency section holds its levels in, here the whole page's):
        two or more such items naming different levels, and every top-level
        item one of them. Whether it did."""
        marks = _level_marks([b for b in blocks if not isinstance(b, Heading)])
        tops = [b for b in blocks if isinstance(b, Item) and b.depth == 0]
        if len({name_key(_mark_name(m)) for m in marks}) < 2 or any(not isinstance(m, Item) for m in marks) \
                or len(marks) != len(tops):
            return False
        made = {id(m): Heading(BOLD_DEPTH, _mark_name(m), m.line, m.last, bold=True) for m in marks}
        nested = False
        for n, block in enumerate(self.outline.blocks):
            if id(block) in made:
                self.outline.blocks[n] = made[id(block)]
                nested = True
            elif isinstance(block, Item) and nested:
                block.depth -= 1  # a statement of the level above it
            elif not isinstance(block, Other):
                nested = False
        return True

    def choose(self, matrices: list[_Matrix], level_headings: list[Heading], title: Heading | None,
               blocks: list[Block], weak: bool = False) -> str:
        """The layout the evidence supports best: the one that places the most content.
        ``weak``: the level headings are only headings whose sub-headings
        repeat, which a page that says its level ('**Level 4** | ...'), or
        ``--level``, outweighs."""
        in_tables = sum(_content_cells(m) for m in matrices)
        in_sections = sum(1 for b in blocks if isinstance(b, (Item, Paragraph)) and b.line > (level_headings[0].line
                          if level_headings else 10**9))
        if matrices and in_tables >= in_sections:
            kinds = [m.layout for m in matrices]
            return max(set(kinds), key=lambda k: (kinds.count(k), k))
        if level_headings and (len(level_headings) >= 2 or title is None or level_headings[0] is not title):
            one_level = self.level_option is not None or self.level_label(blocks) is not None
            if len(level_headings) >= 2 and not (weak and one_level):
                return "level-per-section"
        headings = [b for b in blocks if isinstance(b, Heading)]
        # A page names its level in its first heading ('IC3 Software Engineer'),
        # or in the one heading with a level code under the page's title.
        names_a_level = any(level_code(normalise(h.text)) or self.names_page_level(h) for h in headings[:1]) or \
            sum(1 for h in headings if not h.bold and level_code(normalise(h.text))) == 1 or \
            self.page_title_level() is not None or self.level_label(blocks) is not None or \
            self.file_level() is not None or self.only_level_heading(headings, title) is not None
        if self.level_option is None and not names_a_level:
            if not level_headings:
                code = self.file_code(strict=True)
                hint = f" (its file's name suggests --level {code})" if code else ""
                tabled = [b for b in blocks if isinstance(b, Table) and len(b.rows) >= 3]
                tables = (", or --layout levels-as-rows (or levels-as-columns) if a table's first column (or "
                          "header) names the levels") if tabled else ""
                if any(_drawn_like_a_ladder(t) for t in tabled):
                    # A table of statements under three columns or more: a ladder whose levels go unnamed,
                    # rather than one level's page.
                    raise ImportFailure(
                        self.document.path,
                        f"{NO_LEVELS}: {_what_it_holds(headings, tabled)}. If a table's header (or first "
                        "column) names the levels, pass --layout levels-as-columns (or levels-as-rows); if the "
                        f"page describes one level, pass --level ID{hint}",
                        tabled[0].line,
                    )
                raise ImportFailure(
                    self.document.path,
                    f"cannot tell which level this document describes: {_what_it_holds(headings, tabled)}; "
                    f"a guide or a comparison of roles has no ladder to import. If it describes one level, "
                    f"pass --level ID{hint}, or --layout with --level-heading{tables}",
                    headings[0].line if headings else tabled[0].line if tabled else 0,
                )
        return "level-per-page"

    def only_level_heading(self, headings: list[Heading], title: Heading | None) -> Heading | None:
        """The one level of a page under its title ('# Ladder' over '##
        Senior Engineer' over its competencies): the first heading under the
        title, the only one naming a level, the others deeper."""
        under = [h for h in headings if not h.bold and h is not title]
        naming = [h for h in under if is_level_name(normalise(h.text))]
        if title is None or len(naming) != 1 or naming[0] is not under[0] \
                or any(h.depth <= naming[0].depth for h in under[1:]):
            return None
        return naming[0]

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
            deeper = [_mark_name(h) for h in headings if h.depth > depth]
            for heading in (h for h in headings if h.depth == depth and h is not title):
                if is_level_name(normalise(heading.text)):
                    break  # levels at this depth: another layout
                body = _section_body(blocks, heading, positions)
                marks = _level_marks(body, deeper)
                if marks:
                    found.append(_CompetencySection(heading, body, marks))
            else:
                sections = [s for s in found if len(s.marks) >= 2]
                names = [{name_key(_mark_name(m)) for m in s.marks} for s in sections]
                # Each shares two levels or more with another: a competency may start above the
                # lowest level, or stop below the highest (Code quality at Engineer 1 and 2 alone).
                if len(sections) >= 2 and all(any(len(mine & theirs) >= 2 for theirs in names[:n] + names[n + 1:])
                                              for n, mine in enumerate(names)):
                    # A competency only one level has ('## Strategy' over '### Staff' alone), beside
                    # those the levels share, is one of them.
                    known = set.union(*names)
                    return [s for s in found if len(s.marks) >= 2 or name_key(_mark_name(s.marks[0])) in known]
        return None

    def by_competency(self, blocks: list[Block], title: Heading | None,
                      sections: list[_CompetencySection]) -> list[ImportedDocument]:
        self.set_name(title)
        shown = ", ".join(normalise(s.heading.text) for s in sections[:4]) + (" ..." if len(sections) > 4 else "")
        self.layout("competency-per-section", [f"{len(sections)} headings ({shown}) each hold the same levels"],
                    line=sections[0].heading.line)
        levels: dict[str, ImportedLevel] = {}

        def level_of(mark: _Mark) -> ImportedLevel:
            name = _mark_name(mark)
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
                        self.drop(block, _AVOIDED.format(normalise(avoided)))
                continue
            if parent is not None:
                self.use(parent)
            dimension = self.document.dimension(_name(parent) if parent is not None else None, section.heading.line)
            first = section.body.index(section.marks[0])
            about = [b for b in section.body[:first] if isinstance(b, Paragraph)]
            competency = dimension.competency(_name(section.heading), section.heading.line,
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

    @property
    def page_title(self) -> str | None:
        """The page's own title (front matter, <title>) without the site's
        name ('Senior Engineer | Acme Careers' is 'Senior Engineer')."""
        if not self.outline.title:
            return self.outline.title
        return without_site_name(self.outline.title, self.steering.site_title_parts)

    def set_name(self, title: Heading | None) -> None:
        """The framework's name: the title heading, else the page's own title
        (front matter, <title>) without the site's name. A page title that
        differs from the heading is reported."""
        page = self.page_title
        if title is not None:
            self.use(title)
            self.title_line = title.line
            self.set_title(_name(title))
            if page and page != _name(title):
                self.document.unplaced(self.outline.title_line or 1,
                                       "page title; the framework is named after its first heading",
                                       self.outline.title or page)
        elif page:
            self.set_title(page)
        elif len((named := " ".join(file_words(self.document.path).split())).split()) >= 2 \
                and is_framework_title(named):
            # A wiki's page is titled by its file's name ('Engineering-Ladder.md'), which it shows over
            # it; a word alone ('ladder.md', 'levels.md') names the file, not a framework.
            self.set_title(" ".join(self.as_written(w) for w in named.split()), by_file=True)

    def as_written(self, word: str) -> str:
        """A word of a file's name as the document writes it: in capitals
        where the text writes it so, as an acronym ('pm' beside levels
        named 'Senior PM'), else with a capital."""
        if not word.islower():
            return word
        upper = word.upper()
        if len(word) <= 4 and re.search(rf"(?<![\w-]){re.escape(upper)}(?![\w-])", self.corpus):
            return upper
        return word.capitalize()

    def set_title(self, text: str, by_file: bool = False) -> None:
        if shouted(text):
            text = title_cased(text)  # 'ENGINEERING LADDER', a heading's style, names the 'Engineering Ladder'
        if self.document.name is None:
            self.document.name = text
            if by_file:
                # Only a guess: the import reports it, naming the file (see organisation.guess).
                self.document.named_by_file = os.path.basename(self.document.path)
            else:
                self.document.organisation = self.document.organisation or organisation_in(text, self.corpus)

    def title_heading(self, headings: list[Heading]) -> Heading | None:
        """The heading that names the document: the only one at the top depth, first."""
        real = [h for h in headings if not h.bold]
        if not real:
            return None
        top = min(h.depth for h in real)
        at_top = [h for h in real if h.depth == top]
        if len(at_top) == 1 and at_top[0] is headings[0] and len(headings) > 1:
            return at_top[0]
        return None

    def level_headings(self, headings: list[Heading], title: Heading | None) -> tuple[list[Heading], int | None, list[str]]:
        """The headings that are levels, their depth, and the evidence."""
        candidates = [h for h in headings if h is not title]
        forced = self.steering.level_heading
        if forced is not None:
            chosen = [h for h in candidates if h.depth == forced]
            name = next(k for k, v in HEADING_NAMES.items() if v == forced)
            return chosen, forced, [f"--level-heading {name}: {len(chosen)} headings"]
        self.roles = role_keys(h.text for h in candidates if is_level_name(normalise(h.text)))
        for depth in sorted({h.depth for h in candidates}):
            at_depth = [h for h in candidates if h.depth == depth]
            named = [h for h in at_depth if self.names_level(h)]
            if _codes_of_different_things(named):
                continue
            # Two names at least: one level's name again and again ('**Level 4
            # Attainment:**' under each skill of a page of one level) labels its parts.
            distinct = {name_key(normalise(h.text)) for h in named}
            if len(distinct) >= 2 and any(is_level_name(normalise(h.text)) for h in named):
                deeper = self.sub_levels(named, candidates)
                if deeper is not None:
                    return deeper
                shown = ", ".join(normalise(h.text) for h in named[:4]) + (" ..." if len(named) > 4 else "")
                said = _headings_at(depth, self.outline.plain_text)
                return at_depth, depth, [f"{len(named)} {said} name levels ({shown})"]
        for depth in sorted({h.depth for h in candidates}):
            at_depth = [h for h in candidates if h.depth == depth]
            repeating = [h for h in at_depth if self.repeats(h, at_depth, candidates)]
            if len(repeating) >= 2:
                said = _headings_at(depth, self.outline.plain_text)
                return at_depth, depth, [f"{len(repeating)} {said} have sub-headings that "
                                         "repeat from one to the next (their names do not say they are levels)"]
        return [], None, []

    def sub_levels(self, named: list[Heading], headings: list[Heading]) -> tuple[list[Heading], int, list[str]] | None:
        """Headings naming levels under headings naming levels (Senior Engineer >
        Senior Engineer I, Senior Engineer II): the deeper ones are the levels."""
        deeper = [h for h in headings if h.depth > named[0].depth and is_level_name(normalise(h.text))
                  and any(p.line < h.line for p in named)]
        # 'Senior Backend Engineer Responsibilities' under 'Senior Backend Engineer' is a part of that level.
        deeper = [h for h in deeper if (p := self.parent(h, named)) is None or after_level_title(p.text, h.text) is None]
        depths = sorted({h.depth for h in deeper})
        for depth in depths:
            at_depth = [h for h in deeper if h.depth == depth]
            parents = {id(self.parent(h, named)) for h in at_depth}
            if len(at_depth) >= 2 and any(sum(1 for h in at_depth if id(self.parent(h, named)) == p) >= 2 for p in parents):
                groups = [h for h in named if any(self.parent(s, named) is h for s in at_depth)]
                leaves = [h for h in named if h not in groups]
                levels = sorted(at_depth + leaves, key=lambda h: h.line)
                beside = f"; so are the headings beside them ({', '.join(normalise(h.text) for h in leaves)})" \
                    if leaves else ""
                return levels, depth, [f"headings naming levels sit under headings naming levels "
                                       f"({', '.join(normalise(g.text) for g in groups)}): the deeper ones are the "
                                       f"levels{beside}"]
        return None

    @staticmethod
    def parent(heading: Heading, candidates: list[Heading]) -> Heading | None:
        above = [c for c in candidates if c.line < heading.line and c.depth < heading.depth]
        return above[-1] if above else None

    def repeats(self, heading: Heading, siblings: list[Heading], headings: list[Heading]) -> bool:
        mine = _children(heading, headings)
        if not mine:
            return False
        for other in siblings:
            if other is heading:
                continue
            theirs = _children(other, headings)
            if len(mine & theirs) * 2 >= len(mine):
                return True
        return False

    # --- one level per page -------------------------------------------------

    def level_page(self, blocks: list[Block], headings: list[Heading], title: Heading | None) -> list[ImportedDocument]:
        named = [h for h in headings if not h.bold and level_code(normalise(h.text))]
        level_heading = title if title is not None and self.names_page_level(title) else None
        if level_heading is None and len(named) == 1:
            level_heading = named[0]
        real = [h for h in headings if not h.bold]
        if level_heading is None and real and real[0] is headings[0] and self.names_page_level(real[0]) \
                and not any(self.names_page_level(h) for h in real[1:]):
            level_heading = real[0]  # the page's first heading, '## Senior', and no other names a level
        if level_heading is None and self.level_option is None:
            level_heading = self.only_level_heading(headings, title)
        labelled = self.level_label(blocks) if self.level_option is None else None
        if labelled is not None and level_code(labelled[1]) is None:
            # '**Level:** Senior' under 'Backend Engineer': the level is the Senior Backend Engineer.
            paragraph, seniority = labelled
            self.use(paragraph)
            if level_heading is None and title is not None:
                self.use(title)
                level_heading = Heading(title.depth, f"{seniority} {_name(title)}", title.line, title.last)
            labelled = None
        elif labelled is not None:  # '**Level:** M3 (Director)' under 'Head of Engineering'
            paragraph, self.level_option = labelled
            self.use(paragraph)
            named_code = level_code(normalise(level_heading.text)) if level_heading is not None else None
            if named_code and named_code != self.level_option:
                self.document.notice(paragraph.line, f"the heading names level {named_code} and this line "
                                                     f"{self.level_option}: the line's is taken")
            level_heading = level_heading or title
        by_page_title = by_file_name = named_freely = False
        if level_heading is None and self.level_option is None:
            level_heading = self.page_title_level()
            by_page_title = level_heading is not None
        if level_heading is None and self.level_option is None:
            level_heading = self.file_level()
            by_file_name = level_heading is not None
        if level_heading is None and self.level_option is None and self.steering.layout == "level-per-page":
            # The user says the page is one level: its title names it, whatever it says ('Builder').
            level_heading = title or self.page_title_level(any_name=True)
            by_page_title = level_heading is not None and level_heading is not title
            named_freely = level_heading is not None and not is_level_name(_name(level_heading))
        if level_heading is None and self.level_option is None:
            raise ImportFailure(
                self.document.path,
                "cannot tell which level this document describes (no heading names IC3, P2, Level 4, Engineer II "
                "... and no headings repeat from level to level); pass --level ID",
            )
        if level_heading is None and title is None and len(real) == 1 and blocks[0] is real[0] \
                and not (self.outline.title and real[0].depth > 1):
            # With --level, the page's one heading, over all its text, is its title
            # (the level's or the framework's), never a competency of its own;
            # unless the page has a title of its own (front matter) and starts
            # at a section ('## Craft').
            title = real[0]
        after: list[Block] = []
        if level_heading is None and title is None and self.level_option is not None and real \
                and blocks and blocks[0] is real[0] and (self.names_page_level(real[0]) or _names_a_role(
                    (_name(real[0]).split() or [""])[-1])):
            # --level gives the id; the page's first heading names the level ('# QA Engineer' over
            # '## Responsibilities'): its title. A heading at its depth after its sub-sections
            # ('# Performance Indicators') is the page's, not the level's.
            at_depth = [h for h in real[1:] if h.depth <= real[0].depth]
            cut = at_depth[0].line if at_depth else None
            if any(h.depth > real[0].depth and (cut is None or h.line < cut) for h in real):
                level_heading = real[0]
                after = [b for b in blocks if cut is not None and b.line >= cut]
        reasons = []
        if labelled is not None:
            reasons.append(f"'{normalise(labelled[0].text)}' on line {labelled[0].line} names its level")
        elif by_file_name and level_heading is not None:
            reasons.append(f"the file's name names one level ({level_heading.text}), and no heading does")
        elif by_page_title and level_heading is not None:
            reasons.append(f"the page's title on line {level_heading.line} names one level "
                           f"({normalise(level_heading.text)}), and no heading does")
        elif level_heading is not None:
            reasons.append(f"the heading on line {level_heading.line} names one level ({normalise(level_heading.text)})")
        if self.level_option is not None and labelled is None:
            reasons.append(f"--level {self.level_option}")
        evidence = labelled[0].line if labelled is not None else \
            level_heading.line if level_heading is not None and not by_file_name else 1
        self.layout("level-per-page", reasons, line=evidence)
        if level_heading is not None:
            if by_page_title or by_file_name:
                # The page's title (or its file's name) names its level, not the framework.
                if title is not None:
                    self.set_name(title)
                self.document.track = None
                self.document.level_by_page_title = _name(level_heading)
            elif level_heading is not title or not self.restates_level(level_heading):
                self.set_name(None if level_heading is title else title)
            self.use(level_heading)
            if not named_freely:  # 'Builder' is a level's name, not a role
                self.set_track(_name(level_heading))
            body = [b for b in blocks if b is not level_heading and b is not title and all(b is not a for a in after)]
            before = [b for b in body if b.line < level_heading.line]
            self.preamble(before)
            for block in after:
                where = next(h for h in after if isinstance(h, Heading) and h.line <= block.line)
                self.drop(block, f"section '{normalise(where.text)}' after the level's sections, at the depth of its "
                                 "heading: not part of the level" if block is where else
                                 f"in section '{normalise(where.text)}', after the level's sections")
            self.one_level(level_heading, [b for b in body if b.line > level_heading.line],
                           self.written_title(level_heading))
        else:
            self.set_name(title)
            self.document.level_by_option = True
            # --level gives the level's id; its title is the one the page or its file's name gives, if
            # any, else the id as the user wrote it.
            given = self.page_title_level() or self.file_level()
            self.one_level(None, [b for b in blocks if b is not title], _name(given) if given is not None else None)
        self.paragraphs_as_statements()
        return [self.document]

    def level_label(self, blocks: list[Block]) -> tuple[Paragraph, str] | None:
        """A line that names the page's level ('**Level:** M3 (Director)',
        '**Grade:** 7', '**Level:** Senior') before any sub-heading, or else
        the front matter's ('level: 3'), and the level's code, or the
        seniority it names."""
        for block in blocks:
            if isinstance(block, Heading) and block is not blocks[0]:
                break
            if isinstance(block, Paragraph) and (found := _page_level_in(block)) is not None:
                return block, found
        label = self.outline.level_label
        found = _page_level_in(label) if label is not None else None
        return (label, found) if label is not None and found is not None else None

    def file_code(self, strict: bool = False) -> str | None:
        """The level code the file's name is, if it is one ('IC3.md', 'm3.md',
        'level-4.md'): a guess, as 'v1.md' or 'week-1.md' look the same;
        ``strict``: only as written ('IC3.md', not 'm3.md')."""
        stem = file_words(self.document.path)
        code = level_code(stem) or (None if strict else level_code(stem.upper()))
        return code if code and (name_key(code) == name_key(stem) or stem.casefold().startswith("level ")) else None

    def file_level(self) -> Heading | None:
        """The file's name as the heading of its level, where it is a level's
        code of a family the other pages' levels use ('IC4.md' beside a page
        of IC3), or says 'level' ('level-4.md'), or is a role and its number
        ('Product Manager 4.md', 'senior-engineer-2.md') or at a seniority
        ('senior-engineer.md'); a page named index or README by its folder."""
        words = " ".join(file_words(self.document.path).split())
        name = LevelName.read(words)
        rung = name.rung
        title = " ".join(w.capitalize() if w.islower() else w for w in words.split())  # 'software engineer IV'
        # A level's number is small: 'engineer-101.md' is a course, 'designer-2024.md' a year.
        if rung is not None and not rung.prefix and _names_a_role(rung.family.split()[-1]) \
                and rung.number <= _HIGHEST_LEVEL_NUMBER and is_level_name(words):
            return Heading(1, title, 0, 0)
        # A role at a seniority ('senior-engineer.md', a site's 'junior-engineer/index.html'); not a page
        # about one ('senior-engineer-faq.md'), nor a seniority alone ('staff.md').
        if name.seniority is not None and len(words.split()) >= 2 and _names_a_role(words.split()[-1]) \
                and is_level_name(words):
            return Heading(1, title, 0, 0)
        code = self.file_code()
        rung = id_rung(code) if code else None
        stem = file_words(self.document.path).casefold()
        if code is None or not (stem.startswith("level") or rung is not None
                                and rung.family in self.steering.site_families):
            return None
        # Line 0: before every block of the page, none of which it is.
        return Heading(1, code, 0, 0)

    def written_title(self, level_heading: Heading) -> str | None:
        """The front matter's title, where it names the level the heading
        names ('title: Senior Engineer' over '# Senior'): the author's name
        for the page, over a heading's or a file's."""
        page = self.page_title
        if not self.outline.title_written or not page or not is_level_name(page):
            return None
        said, heading = set(words(page)), set(words(_name(level_heading)))
        # All the heading's words and perhaps more ('Senior' is the 'Senior Engineer'); never fewer, as a
        # heading 'Senior Engineer II' is not the title 'Senior Engineer' says.
        return page if heading and heading <= said else None

    def page_title_level(self, any_name: bool = False) -> Heading | None:
        """The page's own title (front matter, <title>) as the heading of its
        level, where it names one (``any_name``: where it names anything): a
        page of a site whose headings do not. The site's name after it
        ('Senior Engineer | Acme Careers') is not the level's."""
        line = self.outline.title_line or 1
        for part in TITLE_PARTS.split(self.page_title or ""):
            heading = Heading(1, part.strip(), line, line)
            if part.strip() and (any_name or self.names_page_level(heading)):
                return heading
        return None

    def restates_level(self, level_heading: Heading) -> bool:
        """Whether the page's own title is only a level, one its heading
        names ('title: Junior' over '# 01 Junior'): the level's name, not
        the framework's."""
        page = self.page_title or ""
        if page and name_key(page) == name_key(_name(level_heading)):
            return True  # a wiki's page 'Engineer II' under the title 'Engineer II': the level's name, twice
        return is_level_name(page) and role_of(page) is None and name_key(page) in name_key(_name(level_heading))

    def names_page_level(self, heading: Heading) -> bool:
        """Whether a page's heading names its level: a level name, or the role
        the other pages' levels name with no level of its own (the first rung),
        or a manager's role where other pages name the field's directors."""
        text = normalise(heading.text)
        return is_level_name(text) or name_key(text) in self.steering.site_roles \
            or managed_field(text) is not None and track_key(text) in self.steering.site_roles

    def set_track(self, level_title: str) -> None:
        role = role_of(level_title)
        if role and self.document.track is None:
            self.document.track = role
            self.document.track_evidence = f"the level's title '{normalise(level_title)}' names the role '{role}'"

    # --- one level per section -----------------------------------------------

    def many_levels(self, body: list[Block], levels: list[Heading], title: Heading | None) -> None:
        self.level_count = len(levels)
        level_ids = {id(h) for h in levels}
        # A heading is over the levels when it is over levels that say so; the
        # other headings at their depth are levels only if their sections repeat.
        named = [h for h in levels if self.names_level(h)]
        named_ids = {id(h) for h in named} or level_ids
        depth = min(h.depth for h in levels)
        headings = [b for b in body if isinstance(b, Heading)]
        preamble: list[Block] = []
        current: Heading | None = None
        #: A heading over levels ('Senior Engineer' over 'Senior Engineer I, II'), while its text lasts.
        group: Heading | None = None
        #: That heading's own text, which opens the first level under it.
        carried: list[Block] = []
        #: A heading above the levels' depth after them ('Performance Indicators'), while its text lasts.
        outside: Heading | None = None
        #: The last such heading, while no heading over levels follows: its sub-sections are not
        #: levels unless they name one ('## Specializations' over '### Delivery').
        beyond: Heading | None = None
        section: list[Block] = []

        def close() -> None:
            if current is None:
                return
            if not self.names_level(current) and self.steering.level_heading is None and self.restates(section):
                self.drop(current, f"section '{normalise(current.text)}' restates the levels above (another view of "
                                   "the ladder), not a level")
                for block in section:
                    self.drop(block, f"in section '{normalise(current.text)}', which restates the levels above")
            elif not self.names_level(current) and named and current.line < named[0].line \
                    and self.defines_competencies(current, section, named):
                pass  # 'Required skills' before the levels: what each competency is
            elif self.names_level(current) or self.repeats(current, levels, headings) \
                    or self.steering.level_heading is not None or self.shaped_like_a_level(current, section, named):
                self.use(current)
                self.one_level(current, section)
            else:
                self.drop(current, f"section '{normalise(current.text)}' is not a level")
                for block in section:
                    self.drop(block, f"in section '{normalise(current.text)}', which is not a level")

        for block in body:
            if block is title:
                continue
            if isinstance(block, Heading) and (id(block) in level_ids or block.depth < depth
                                               or (block.depth == depth and not block.bold)):
                close()
                previous_group, previous_text = group, carried
                current, group, outside, section, carried = None, None, None, [], []
                if id(block) in level_ids and previous_text and previous_group is not None \
                        and block.depth > previous_group.depth:
                    # What a group of levels says is said from its first level on (levels are
                    # cumulative): 'Senior Engineer' over 'Senior Engineer I, II'.
                    section = previous_text
                    self.document.notice(previous_text[0].line, f"under '{normalise(previous_group.text)}', which "
                                         f"groups levels: read as the first of them, '{normalise(block.text)}'")
                else:
                    self.drop_all(previous_text, previous_group)
                if beyond is not None and block.depth == depth and not self.names_level(block) \
                        and not self.repeats(block, named, headings):
                    outside = block
                    self.drop(block, f"in section '{normalise(beyond.text)}', after the levels")
                elif id(block) in level_ids:
                    current = block
                    beyond = None if self.names_level(block) else beyond
                elif _over_levels(block, headings, named_ids):
                    self.drop(block, "heading above the levels, not a level itself")
                    # Beside levels, it groups some of them (its text is theirs, reported); above
                    # them all, its text may describe the framework.
                    group = block if block.depth == depth else None
                elif block.depth == depth:
                    current = block  # a level if it names one or its sub-headings repeat (see close)
                elif block.line > levels[0].line:
                    outside = beyond = block
                    self.drop(block, "section after the levels, not a level")
            elif current is not None:
                section.append(block)
            elif group is not None and isinstance(block, Paragraph) and block.labelled is not None and all(
                    is_level_name(normalise(part)) for part in block.labelled.rest.split(",")):
                self.drop(block, f"the levels '{normalise(group.text)}' groups")  # '**Includes:** Senior Engineer I, II'
            elif group is not None:
                carried.append(block)
            elif outside is not None:
                self.drop(block, f"in section '{normalise(outside.text)}', after the levels")
            else:
                preamble.append(block)
        close()
        self.drop_all(carried, group)
        self.overview(preamble)
        self.preamble(preamble)
        self.describe_competencies()
        self.set_roles_track(levels)
        self.paragraphs_as_statements()

    def heading_tracks(self, blocks: list[Block], levels: list[Heading],
                       title: Heading | None) -> tuple[list[tuple[Heading, list[Heading]]], str] | None:
        """The headings over the levels that set apart tracks, each with its
        levels, and the evidence; None where the headings over the levels
        (if any) are bands of one ladder ('Early career' over Engineer I and
        II, 'Senior' over Senior and Staff Engineer). At the shallowest depth
        where two headings or more hold every level between them, they are
        tracks when they say so ('Management track'), when the levels under
        each name another role (Engineer, Engineering Manager), or when each
        holds a level sequence of its own (IC1-IC3, M1-M2; Engineer I again)."""
        headings = [b for b in blocks if isinstance(b, Heading) and b is not title]
        # The levels as many_levels reads them: headings that name a level, or whose
        # sections repeat those of the named ones; not a section after the levels.
        named = [h for h in levels if self.names_level(h)] or levels
        levels = [h for h in levels if any(h is n for n in named) or self.repeats(h, named, headings)]
        level_ids = {id(h) for h in levels}
        paths: dict[int, list[Heading]] = {}
        path: list[Heading] = []
        for heading in headings:
            while path and path[-1].depth >= heading.depth:
                path.pop()
            if id(heading) in level_ids:
                paths[id(heading)] = list(path)
            path.append(heading)
        for depth in sorted({h.depth for p in paths.values() for h in p}):
            over = [next((h for h in paths[id(level)] if h.depth == depth), None) for level in levels]
            if any(h is None or id(h) in level_ids for h in over):
                continue
            groups: dict[int, tuple[Heading, list[Heading]]] = {}
            for above, level in zip(over, levels):
                if above is not None:
                    groups.setdefault(id(above), (above, []))[1].append(level)
            if len(groups) < 2:
                continue
            evidence = _tracks_of_headings(list(groups.values()))
            return (list(groups.values()), evidence) if evidence is not None else None
        return None

    def role_tracks(self, levels: list[Heading]) -> tuple[list[tuple[Heading, list[Heading]]], str] | None:
        """Levels of a contributor's role then of a manager's, each named in
        its titles ('Engineer I' ... 'Staff Engineer', then 'Engineering
        Manager', 'Senior Engineering Manager'), two or more of each: the
        levels of each role, and the evidence; None for one ladder ('Tech
        Lead' and 'Staff Engineer' among engineers are contributors)."""
        if not all(self.names_level(h) for h in levels):
            return None
        roles = [role_of(_name(h)) for h in levels]
        first = next((n for n, r in enumerate(roles) if r is not None and manages(r)), None)
        if first is None or first < 2 or len(levels) - first < 2:
            return None
        below, above = roles[:first], roles[first:]
        if any(r is None or not manages(r) for r in above) or any(r is not None and manages(r) for r in below) \
                or not any(below):
            return None
        evidence = f"the page's levels name two roles, '{next(r for r in below if r)}' then '{above[0]}'"
        return [(levels[0], levels[:first]), (levels[first], levels[first:])], evidence

    def marked_tracks(self, levels: list[Heading]
                      ) -> tuple[list[tuple[Heading, list[Heading]]], str, list[str]] | None:
        """Levels that say where a track starts ('🔀 This role starts the
        Management track.' under 'Lead Engineer'): the levels of each track,
        the evidence and the tracks' names; None where no level past the
        first says so. A track runs to the next level that starts one. The
        levels before the first that says so lead to it, where another
        track starts after it (a ladder that forks: its first branch
        continues it, and every later branch shares them); else they are a
        track of their own, named by their role. The lines that say so are
        the import's evidence, not a summary."""
        starts: dict[int, tuple[str, Paragraph | Other]] = {}
        every = self.outline.blocks  # with the block quotes, which ``blocks`` leaves out
        at = {id(b): n for n, b in enumerate(every)}
        for n, level in enumerate(levels):
            after = at[id(level)] + 1 if id(level) in at else len(every)
            for block in itertools.takewhile(lambda b: not isinstance(b, Heading), every[after:]):
                if not isinstance(block, (Paragraph, Other)):
                    continue
                said = _TRACK_START.match(normalise(block.text))
                if said is not None:
                    starts[n] = (title_cased(said.group("track")) if said.group("track").islower()
                                 else said.group("track"), block)
                    break
        cuts = [n for n in starts if n > 0]
        if not cuts:
            return None
        shared: list[Heading] = []
        if 0 not in starts and len(cuts) >= 2:
            # A ladder that forks: the first branch continues the levels before it, and those rungs
            # are every branch's, as a dual-track ladder is read (a manager was a junior engineer).
            shared = levels[: cuts[0]]
            cuts = cuts[1:]
        bounds = [0] + cuts + [len(levels)]
        groups = [levels[a:b] for a, b in zip(bounds, bounds[1:])]
        names = []
        for group, first in zip(groups, bounds):
            named = next((starts[n][0] for n in range(first, first + len(group)) if n in starts), None)
            names.append(named or next((r for h in group if (r := role_of(_name(h)))), None) or _name(group[0]))
        for _, block in starts.values():
            self.use(block)
        evidence = "; ".join(f"'{normalise(block.text)}' on line {block.line}" for _, block in starts.values())
        return ([(group[0], group if n == 0 else shared + group) for n, group in enumerate(groups)],
                f"the levels say where tracks start ({evidence})", names)

    def track_document(self, documents: list[ImportedDocument], description: str | None = None) -> ImportedDocument:
        """The document of the page's next track, added to ``documents``: the
        page's own for the first, then a new one that shares its report."""
        document = self.document
        if documents:
            document = ImportedDocument(self.document.path, self.document.format, name=self.document.name,
                                        organisation=self.document.organisation, description=description)
            document.report = self.document.report  # one report for the page
        documents.append(document)
        return document

    def track_sections(self, blocks: list[Block], levels: list[Heading], title: Heading | None,
                       groups: list[tuple[Heading, list[Heading]]], evidence: str,
                       weak: bool = False, by_role: bool = False, names: list[str] | None = None
                       ) -> list[ImportedDocument]:
        """One document per track of the page, each read from its heading's
        section (the first with the text before it) as a page of levels of
        its own; the page's first paragraph describes each. ``by_role``: each
        group's heading is its first level, the track the role its levels name."""
        documents: list[ImportedDocument] = []
        starts = [blocks.index(heading) for heading, _ in groups]
        depth = min(h.depth for h in levels)
        intro: str | None = None
        for n, (heading, members) in enumerate(groups):
            document = self.track_document(documents, description=intro)
            shown = ", ".join(normalise(h.text) for h in members[:4]) + (" ..." if len(members) > 4 else "")
            lines = _headings_at(depth, self.outline.plain_text)
            if names is not None:
                name = names[n]
                document.track_evidence = f"{evidence}; these are the levels of '{name}'"
                reason = f"{len(members)} {lines} are the levels of track '{name}' ({shown})"
            elif by_role:
                name = next(r for h in members if (r := role_of(_name(h))))
                document.track_evidence = f"{evidence}; these name '{name}'"
                reason = f"{len(members)} {lines} name the role of track '{name}' ({shown})"
            else:
                name = re.sub(r"(?i)^the\s+", "", _TRACK_WORD.sub("", _name(heading))).strip() or _name(heading)
                name = title_cased(name)  # 'The individual contributor track' is on the track 'Individual Contributor'
                document.track_evidence = f"{evidence}; these are under the heading '{normalise(heading.text)}'"
                reason = f"{len(members)} {lines} under '{normalise(heading.text)}' are the levels of track '{name}' ({shown})"
                self.use(heading)
            document.track = name
            saved, self.document = self.document, document
            self.layout("level-per-section", [reason], weak=weak, line=heading.line)
            section = blocks[0 if n == 0 else starts[n]: starts[n + 1] if n + 1 < len(starts) else len(blocks)]
            below = [h for h in members if blocks.index(h) < starts[n]] if n > 0 else []
            if below:  # the rungs below a fork, which this track shares with the first
                after = levels.index(below[-1]) + 1
                section = blocks[: blocks.index(levels[after]) if after < len(levels) else len(blocks)] + section
            self.many_levels(section, [h for h in levels if any(h is b for b in section)], title)
            self.document = saved
            if n == 0:
                # The page's own description (before its first track) describes each of its tracks.
                said = self.document.description
                intro = said if said is not None and (said == self.outline.description or any(
                    isinstance(b, Paragraph) and b.text == said for b in blocks[: starts[0]])) else None
        return documents

    def defines_competencies(self, heading: Heading, section: list[Block], levels: list[Heading]) -> bool:
        """Read a section before the levels whose sub-headings are the
        competencies the levels have, each over a paragraph or two, as their
        descriptions ('Required skills' > 'Research' > 'You plan, synthesize
        ...'); False, reading nothing, for a section of another shape."""
        said = set(words(normalise(heading.text)))
        if not said & _COMPETENCY_WORDS:
            return False  # 'New Grad' over paragraphs is a level; 'Required skills' describes
        subs = [b for b in section if isinstance(b, Heading)]
        if len(subs) < 2 or len({h.depth for h in subs}) != 1 or not isinstance(section[0], Heading) \
                or not all(isinstance(b, (Heading, Paragraph)) and getattr(b, "labelled", None) is None
                           for b in section):
            return False
        theirs = {name_key(_name(h)) for h in _sub_headings(self.outline.blocks, levels)}
        known = sum(1 for sub in subs if name_key(_name(sub)) in theirs)
        if known < 2 or known * 2 <= len(subs):
            return False
        self.drop(heading, "heading over the competencies' descriptions, not a level")
        for n, sub in enumerate(subs):
            start = section.index(sub) + 1
            end = section.index(subs[n + 1]) if n + 1 < len(subs) else len(section)
            self.descriptions[name_key(_name(sub))] = (sub, [b for b in section[start:end] if isinstance(b, Paragraph)])
        return True

    def describe_competencies(self) -> None:
        """Give the competencies the descriptions a section before the levels
        wrote for them (defines_competencies); report those that describe none."""
        for dimension in self.document.dimensions:
            for competency in dimension.competencies:
                described = self.descriptions.pop(name_key(competency.name or ""), None)
                if described is None:
                    continue
                sub, paragraphs = described
                if competency.description is None and paragraphs:
                    competency.description = " ".join(p.text for p in paragraphs)
                    self.use(sub)
                    for p in paragraphs:
                        self.use(p)
                else:
                    self.descriptions[name_key(competency.name or "")] = described
        for sub, paragraphs in self.descriptions.values():
            self.drop(sub, "a competency's description, which names no competency of the levels")
            for p in paragraphs:
                self.drop(p, f"description of '{normalise(sub.text)}', which names no competency of the levels")
        self.descriptions.clear()

    def shaped_like_a_level(self, heading: Heading, section: list[Block], levels: list[Heading]) -> bool:
        """A section beside the levels titled with a role the vocabulary does
        not rank ('Engineering Manager' after 'Principal Architect'), whose
        sub-headings sit at the depths of the levels' own, or, where levels
        have no sub-headings, which stands between two of them: a level too."""
        words = normalise(_name(heading)).split()
        # A role's title: 'Engineering Manager', not 'Notes for managers' or 'Our managers'.
        if not words or words[-1].casefold() not in ROLE_NOUNS or words[-1].casefold().endswith("s") \
                or not all(w[:1].isupper() for w in words) or reads_as_sentence(heading.text) \
                or any(w.casefold() in _NOT_IN_A_TITLE for w in words):
            return False
        theirs = {h.depth for h in _sub_headings(self.outline.blocks, levels) if not h.bold}
        mine = {b.depth for b in section if isinstance(b, Heading) and not b.bold}
        if not theirs and not mine:
            # Levels of bullets alone: a role's title between two of them, over bullets too, is the
            # rung the role names alone ('Junior', 'Designer', 'Lead').
            lines = [h.line for h in levels]
            return bool(lines) and min(lines) < heading.line < max(lines) and any(isinstance(b, Item) for b in section)
        return bool(mine) and mine <= theirs

    def paragraphs_as_statements(self) -> None:
        """Levels written in paragraphs only, with no bullets, tables or
        competency headings anywhere: each paragraph is a statement of its
        level, in one competency across the levels (not the level's summary,
        which would leave the ladder with nothing to assess)."""
        levels = self.document.levels
        written = [level for level in levels if level.summary_paragraphs]
        if self.document.statement_count or not written or len(written) == 1 < len(levels) \
                or len(written) == 1 and len(written[0].summary_paragraphs) < 2:
            return
        self.document.notice(levels[0].line, "levels written in paragraphs only: each paragraph is read as a "
                                             "statement of its level, and no level has a summary")
        for level in levels:
            if not level.summary_paragraphs:
                continue
            competency = self.document.dimension(None, level.line).competency(None, level.summary_paragraphs[0][0])
            level.cell(competency).statements.extend(ImportedStatement(text, line)
                                                     for line, text in level.summary_paragraphs if text.strip())
            level.summary, level.summary_paragraphs = None, []

    def restates(self, section: list[Block]) -> bool:
        """Whether a section says again what the levels read so far say,
        under their names ('Designers Grouped By Theme': '*Product Designer*'
        and its statements, then '*Senior Product Designer*' and its): most
        of its text is theirs, and it names two of them or more. A level
        that restates the one below it names no levels."""
        said = {normalise(s.text) for level in self.document.levels for cell in level.cells for s in cell.statements}
        said.discard("")
        texts = [normalise(b.text) for b in section if isinstance(b, (Paragraph, Item)) and b.text.strip()]
        again = sum(1 for text in texts if any(s in text for s in said))
        if not texts or again * 2 < len(texts):
            return False
        joined = " ".join(texts).casefold()
        named = {level.title for level in self.document.levels if normalise(level.title).casefold() in joined}
        return len(named) >= 2

    def drop_section(self, node: _Node, reason: str) -> None:
        """Report a section, its sub-sections and their text as not placed."""
        self.drop(node.heading, reason)
        for block in node.blocks:
            self.drop(block, reason)
        for child in node.children:
            self.drop_section(child, reason)

    def drop_all(self, blocks: list[Block], group: Heading | None) -> None:
        """Report the text of a heading over levels that no level took."""
        for block in blocks:
            self.drop(block, f"under '{normalise(group.text) if group else ''}', which groups the levels below it")

    def names_level(self, heading: Heading) -> bool:
        """Whether a heading names a level: a level name (IC3, Engineer II,
        Senior ...), or the role the other levels name with no level of its
        own ('Software Engineer' beside 'Senior Software Engineer',
        'Engineer' beside 'Senior Engineer I'): the first rung."""
        text = normalise(heading.text)
        return is_level_name(text) or name_key(text) in self.roles

    def set_roles_track(self, levels: list[Heading]) -> None:
        """Levels whose titles all name one role ('D1 - Developer 1' ... 'D7 -
        Developer 7') are that role's track."""
        self.roles_track([h.text for h in levels if self.names_level(h)], len(levels))

    def roles_track(self, titles: list[str], count: int) -> None:
        """The track of ``count`` levels, if ``titles`` all name one role (a
        title may name it among others: 'Junior Engineer / Sysadmin')."""
        named = [{role_of(part) or "" for part in title.split("/")} for title in titles]
        roles = set.intersection(*named) - {""} if named else set()
        if count >= 2 and len(roles) == 1 and self.document.track is None:
            self.document.track = roles.pop()
            self.document.track_evidence = f"the titles of its levels name the role '{self.document.track}'"

    def overview(self, blocks: list[Block]) -> None:
        """A list before the levels that sums each up in a line ('- Engineer
        2 (IC3): Is an effective team member.', a 'tl;dr'): the summary of
        the level it names, where the level has none of its own."""
        by_title = {name_key(level.title): level for level in self.document.levels}
        used = []
        for item in blocks:
            said = _OVERVIEW_LINE.match(item.text) if isinstance(item, Item) and item.depth == 0 else None
            level = by_title.get(name_key(normalise(strip_markdown(said.group("name"))))) if said else None
            if said is None or level is None or level.summary is not None:
                continue
            level.summary = said.group("rest").strip()
            level.summary_paragraphs = [(item.line, level.summary)]
            self.use(item)
            used.append(item)
        if used:
            self.document.notice(used[0].line, f"a list before the levels sums up {len(used)} of them in a line "
                                               "each: their summaries")

    def preamble(self, blocks: list[Block]) -> None:
        after_title = self.title_line
        paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.line >= after_title and not self.footnote(b)
                      and b.labelled is None and sum(1 for w in b.text.split() if any(c.isalpha() for c in w)) >= 3]
        if self.outline.description and self.document.description is None:
            self.document.description = self.outline.description
        elif paragraphs and self.document.description is None:
            # The first paragraph says what the framework is; the rest (tables
            # of contents, notes) is reported.
            first = [p for p in paragraphs if p is paragraphs[0] or p.of_paragraph is not None
                     and p.of_paragraph == paragraphs[0].of_paragraph]  # its lines, one sentence each
            self.document.description = paragraphs_text(first)
            for paragraph in first:
                self.use(paragraph)
            if first[-1].text.rstrip().endswith(":"):
                self._list_the_description_opens(first[-1], blocks)
        for block in blocks:
            self.drop(block, "text before the first level")

    def _list_the_description_opens(self, paragraph: Paragraph, blocks: list[Block]) -> None:
        """A description that ends by opening a list ("... broken down into
        four categories:" over "1. Software Engineering & Design", ...): the
        names listed finish its sentence. Where no list of names follows,
        the sentence that opened it is left out, rather than left hanging."""
        after = blocks[next(i for i, b in enumerate(blocks) if b is paragraph) + 1 :]
        items = [b for b in itertools.takewhile(lambda b: isinstance(b, Item) and b.depth == 0, after)
                 if isinstance(b, Item)]
        names = [normalise(strip_markdown(item.text)).rstrip(".;,") for item in items]
        description = self.document.description or ""
        if items and all(0 < len(name.split()) <= 6 and not reads_as_sentence(name) for name in names):
            self.document.description = f"{description.rstrip()} {', '.join(names)}."
            for item in items:
                self.use(item)
            return
        # Where the last sentence starts: after the end of one ("e.g." ends none).
        ends = [m.start() for m in re.finditer(r"(?<=[.!?])\s+", description)
                if ends_a_sentence(description[: m.start()])]
        if ends:
            self.document.description = description[: ends[-1]]

    def one_level(self, heading: Heading | None, blocks: list[Block], named: str | None = None) -> None:
        title = named or (_name(heading) if heading else self.level_option or "")
        level = ImportedLevel(title=title, line=heading.line if heading else 1, id=self.level_option)
        self.document.levels.append(level)
        root = _Node(heading or Heading(0, title, 1, 1))
        stack = [(root, root.heading.depth)]  # each open node, and the depth it stands at
        for block in blocks:
            if isinstance(block, Heading) and heading is not None \
                    and (rest := after_level_title(heading.text, block.text)) is not None:
                # '#### Senior Backend Engineer Responsibilities' under '### Senior Backend Engineer':
                # the section is 'Responsibilities', as at every other level.
                self.document.unplaced(block.line, f"the title of the level before heading '{rest}' (its level "
                                                   "on this page)", normalise(heading.text))
                block.text = rest
            if isinstance(block, Heading):
                above = stack[-1][0].heading
                # 'Examples' right after a competency in bold (a Notion toggle under '**Delivery**') is
                # that competency's, though a toggle's heading is shallower than a line in bold.
                depth = above.depth + 1 if above.bold and block.depth < above.depth and aside_name(block.text) \
                    else block.depth
                while len(stack) > 1 and stack[-1][1] >= depth:
                    stack.pop()
                node = _Node(block)
                stack[-1][0].children.append(node)
                stack.append((node, depth))
            else:
                stack[-1][0].blocks.append(block)
        # A note at the level ('Note: this level is for new graduates.', '**Note:** ...') is set
        # apart from its text as a quoted note ('> **Note:** ...') is: reported, never its summary
        # or a competency.
        for note in [b for b in root.blocks if isinstance(b, Paragraph) and _a_note(b)]:
            self.drop(note, f"a note on level '{normalise(title)}', not its summary: its label sets it apart; "
                            "add it to the summary if it says what the level is")
        # The level's own text: its summary, and what stands directly under it.
        # Paragraphs right after a labelled one go on with its competency.
        going_on = _continuations(root.blocks) | _lead_ins(root.blocks)  # a lead-in goes with its list
        summary: list[Paragraph | Other] = [
            b for b in root.blocks if isinstance(b, Paragraph) and b.labelled is None and not self.footnote(b)
            and id(b) not in going_on and id(b) not in self.placed and b.line < min((c.heading.line for c in root.children), default=10**9)]
        for said in [b for b in summary if SAME_AS.match(strip_markdown(b.text))]:
            # '*Same as L1, L2, but also...*': how the level reads, not what it is.
            self.drop(said, "says that the level includes those below it (see `cumulative`), not what it is")
            summary.remove(said)
        for pointer in [b for b in summary if pointer_line(b.text)]:
            # '_Boundary: [Junior → Expert](...)_', 'Technical position → no management counterpart':
            # where the level stands among pages or roles, set apart as a note is.
            self.drop(pointer, f"{pointer_line(pointer.text)} on level '{normalise(title)}', not its summary; "
                               "add it to the summary if it says what the level is")
            summary.remove(pointer)
        # A summary opens a level: a paragraph after its first statement (a closing note, a call
        # to action, the ladder's last words) sums up nothing that follows it.
        first_statement = _first_statement_line(root)
        for after in [b for b in summary if b.line > first_statement]:
            # The years a level asks for are said so, as wherever else they are written.
            self.drop(after, no_behaviour(strip_markdown(after.text))
                      or "text after the level's statements, not its summary")
            summary.remove(after)
        quoted = self.quoted_summary(heading, root) if heading is not None else []
        if not summary:
            summary, quoted = quoted, []
        if _written_as_a_list(summary[1:]):
            # A list whose bullets an export lost: the first paragraph sums up the level.
            summary, listed = summary[:1], summary[1:]
            self.document.notice(listed[0].line, "paragraphs, most without a full stop, read as the statements "
                                                 "of a list")
            cell = level.cell(self.document.dimension(None, level.line).competency(None, listed[0].line))
            for paragraph in listed:
                cell.statements.append(ImportedStatement(paragraph.text, paragraph.line))
                self.use(paragraph)
        self.summary(level, sorted(summary + quoted, key=lambda b: b.line))
        self.content(level, self.document.dimension(None, level.line), root.blocks)
        for child in root.children:
            self.node(level, child, None)

    def summary(self, level: ImportedLevel, paragraphs: Sequence[Paragraph | Other]) -> None:
        """Make ``paragraphs`` the level's summary."""
        if paragraphs:
            level.summary = paragraphs_text(paragraphs)
            level.summary_paragraphs = [(p.line, p.text) for p in paragraphs]
            for p in paragraphs:
                self.use(p)

    def folded(self, node: _Node, competency: Heading) -> list[Block]:
        """The blocks under a node and under its sub-headings, in order; the
        sub-headings themselves reported."""
        blocks = list(node.blocks)
        for child in node.children:
            self.drop(child.heading, f"heading inside competency '{normalise(competency.text)}' "
                                     "(--competency-heading): its text is the competency's")
            blocks += self.folded(child, competency)
        return blocks

    def quoted_summary(self, heading: Heading, root: _Node) -> list[Paragraph | Other]:
        """The part of a level's (or a dimension's) summary written as block
        quotes ('> A Junior is at the beginning of their career'), alone or
        among its paragraphs: the quotes under its heading before its first
        sub-heading or statement (a bullet, a table, a labelled paragraph);
        a note ('> **Note:** ...') is no summary."""
        end = min([c.heading.line for c in root.children] + [_first_statement_line(root)])
        return [b for b in self.block_quotes if heading.line < b.line < end and b.text.strip()
                and id(b) not in self.placed and not _ASIDE.match(b.text)]

    @cached_property
    def block_quotes(self) -> list[Other]:
        """The document's block quotes, in order (looked up once per level)."""
        return [b for b in self.outline.blocks if isinstance(b, Other) and b.reason == "block quote"]

    def kind(self, node: _Node) -> str:
        """competency, dimension or group (a heading over dimensions)."""
        steering = self.steering
        depth = node.heading.depth
        if steering.competency_heading is not None and depth == steering.competency_heading:
            return "competency"
        if steering.dimension_heading is not None and depth == steering.dimension_heading:
            return "dimension"
        if reads_as_sentence(node.heading.text):
            return "competency"  # 'I am adaptable', 'I write good code.': what is expected, not a group of it
        children = [c for c in node.children if _aside(c) is None]
        if not children:
            texts = [b for b in node.blocks if isinstance(b, (Paragraph, Item))]
            # Labels that name competencies: a labelled paragraph is one; labelled bullets where
            # most of their labels come back ('- **Adopts**: ...' at each level), not where each
            # level gives its own ('- **Tenacity**: ...', then '- **Astute**: ...').
            # Alone (one level's page), nothing says they do not come back.
            bullets = [b for b in texts if isinstance(b, Item)]
            alone = self.level_count == 1 and self.steering.site_pages == 1
            recurring = sum(1 for b in bullets if b.labelled and name_key(b.labelled.label) in self.labels_that_recur)
            labels_competencies = bool(texts) and all(b.labelled for b in texts) and (
                alone or recurring * 2 >= len(bullets))
            # A table under the heading holds its competencies; but for one after the heading's own
            # bullets, which make it a competency and the table a detail of it.
            tables = [b for b in node.blocks if isinstance(b, Table) and not b.in_item]
            listed_first = bool(tables) and any(isinstance(b, Item) and b.line < tables[0].line for b in node.blocks)
            return "dimension" if tables and not listed_first or labels_competencies else "competency"
        if all(self.kind(c) == "competency" for c in children):
            return "dimension"
        return "group"

    @cached_property
    def labels_that_recur(self) -> set[str]:
        """The labels of bullets given twice or more in the document, or on
        half the site's pages or more, by name key."""
        counted = Counter(name_key(b.labelled.label) for b in self.outline.blocks
                          if isinstance(b, Item) and b.labelled is not None)
        return {label for label, count in counted.items() if count >= 2} | set(self.steering.site_groups)

    def node(self, level: ImportedLevel, node: _Node, dimension: ImportedDimension | None) -> None:
        heading = node.heading
        paragraphs = [b for b in node.blocks if isinstance(b, Paragraph) and b.labelled is None]
        if dimension is None and not level.summary and not node.children and paragraphs \
                and all(isinstance(b, Paragraph) for b in node.blocks) \
                and normalise(heading.text).casefold() in _SUMMARY_HEADINGS:
            # '### Overview' over a paragraph or two, right under the level: its summary; a
            # labelled line beside them ('**Typical Experience**: 2-4 years') is read as ever.
            level.summary = paragraphs_text(paragraphs)
            self.use(heading)
            for paragraph in paragraphs:
                self.use(paragraph)
            labelled = [b for b in node.blocks if id(b) not in self.placed]
            if labelled:
                self.content(level, self.document.dimension(None, heading.line), labelled)
            return
        if (what := _aside(node)) is not None and self.steering.competency_heading != heading.depth:
            # 'Examples', 'Notes', 'Description' right under a level (or a dimension) add to it:
            # they name no competency.
            self.level_aside(level, node, dimension, what)
            return
        if LEVEL_FACTS.fullmatch(normalise(heading.text).strip(" :")):
            self.drop_section(node, f"section '{normalise(heading.text)}' says how the level is graded or paid, "
                                    "not what it expects")
            return
        if lists_what_to_avoid(heading.text):
            self.drop_section(node, f"section '{normalise(heading.text)}' lists what to avoid (counter-examples), "
                                    "not what the level expects")
            return
        kind = self.kind(node)
        if kind == "competency":
            target = dimension or self.document.dimension(None, heading.line)
            if self.steering.competency_heading == heading.depth and node.children:
                # Told that these headings are the competencies: what is under their
                # sub-headings ('#### Adopts' under '### Expertise') is theirs.
                self.competency_section(level, target, heading, self.folded(node, heading))
                return
            competency = self.competency_section(level, target, heading, node.blocks)
            for child in node.children:
                if (what := _aside(child)) is not None:
                    self.aside(level, competency, child, what)
                else:
                    self.node(level, child, target)
            return
        if kind == "dimension":
            target = self.document.dimension(_name(heading), heading.line)
            self.use(heading)
            lead_ins = _lead_ins(node.blocks)
            intro: list[Paragraph | Other] = [
                b for b in node.blocks if isinstance(b, Paragraph) and b.labelled is None and id(b) not in lead_ins
                and b.line < min((c.heading.line for c in node.children), default=10**9) and not self.footnote(b)]
            going_on = _continuations(node.blocks)
            for after in [b for b in intro if b.line > _first_statement_line(node)]:
                intro.remove(after)  # a summary opens the dimension (see one_level)
                if id(after) not in going_on:
                    self.drop(after, f"text after the statements of '{normalise(heading.text)}', not its summary")
            intro = sorted(intro + self.quoted_summary(heading, node), key=lambda b: b.line)  # '> Solves tasks ...' (inDrive)
            if intro and (node.children or any(isinstance(b, (Table, Item)) or getattr(b, "labelled", None)
                                               for b in node.blocks)):
                level.dimension_summaries.append((target, paragraphs_text(intro)))
                for p in intro:
                    self.use(p)
            self.content(level, target, node.blocks)
            for child in node.children:
                self.node(level, child, target)
            return
        # A heading that groups dimensions ('Core Responsibilities').
        self.drop(heading, "heading that groups the dimensions below it, not a dimension itself")
        for block in node.blocks:
            if isinstance(block, Paragraph):
                self.drop(block, f"text under '{normalise(heading.text)}', which groups dimensions")
        self.content(level, dimension or self.document.dimension(None, heading.line),
                     [b for b in node.blocks if not isinstance(b, Paragraph)])
        for child in node.children:
            self.node(level, child, None)

    def content(self, level: ImportedLevel, dimension: ImportedDimension, blocks: list[Block]) -> None:
        """What stands directly under a level or a dimension: tables,
        bullets (one competency), labelled paragraphs (a competency each)."""
        items: list[Item] = []
        labelled: ImportedCompetency | None = None  # the competency of the labelled paragraph just read
        going_on = _continuations(blocks)
        lead_ins = _lead_ins(blocks)
        #: The lead-in of the run of bullets being read, when it names them ('Responsibilities:').
        lead_in: Paragraph | None = None
        for block in blocks:
            if id(block) in self.placed:
                continue
            if items and not isinstance(block, Item):  # a run of bullets, read where it stands
                self.items(items, level, dimension, lead_in)
                items, lead_in = [], None
            if id(block) in lead_ins and isinstance(block, Paragraph) and not self.footnote(block):
                # 'Responsibilities:' before a list names its competency, as '**Responsibilities:**'
                # would; a sentence the bullets finish ('Members are expected to:') names nothing.
                if (_a_group_name(block.text) or _title_line(block)) and not is_level_name(_group_text(block.text)):
                    lead_in = block
                    self.use(block)
                else:
                    self.drop(block, "lead-in to the list after it, whose bullets are the statements")
                continue
            if isinstance(block, Table) and block.in_item:
                self.drop(block, _IN_ITEM)
            elif isinstance(block, Table):
                self.table(block, level, dimension)
            elif isinstance(block, Item):
                items.append(block)
            elif isinstance(block, Paragraph) and block.labelled is not None:
                label = block.labelled
                labelled = dimension.competency(unwrap(label.label), block.line)
                level.cell(labelled).statements.extend(
                    ImportedStatement(text, block.line) for text in (label.parts or [label.rest]))
                self.use(block)
                continue
            elif id(block) in going_on and labelled is not None and not self.footnote(block):
                # A paragraph that goes on from a labelled one ('**Mentorship:** ...', then more).
                level.cell(labelled).statements.append(ImportedStatement(block.text, block.line))
                self.use(block)
                continue
            labelled = None
        if items:
            self.items(items, level, dimension, lead_in)

    def competency_section(
        self, level: ImportedLevel, dimension: ImportedDimension, heading: Heading, blocks: list[Block]
    ) -> ImportedCompetency:
        name = _name(heading)
        competency = dimension.competency(name, heading.line, heading.description)
        self.use(heading)
        cell = level.cell(competency)
        cell.headings.append((heading.line, len(cell.statements)))
        listed = any(isinstance(block, Item) for block in blocks)  # a summary sums up bullets
        topics = _topics([b for b in blocks if isinstance(b, Item)])
        for block in blocks:
            if isinstance(block, Item):
                self.use(block)
                if (statement := topics.statement(block)) is not None:
                    cell.statements.append(statement)
            elif isinstance(block, Paragraph) and listed and cell.note is None \
                    and (note := _summary(block)) is not None:
                cell.note = note  # '**tldr;** A Junior applies ...': the bullets in short
                self.use(block)
            elif isinstance(block, Paragraph) and block.labelled is not None:
                # '**Culture Leader** - I act ...' after the bullets: the next competency.
                self.content(level, dimension, [block])
            elif isinstance(block, Paragraph) and listed and block.emphasised \
                    and not any(isinstance(b, Item) and b.line > block.line for b in blocks):
                # '**Everyone progresses at their own pace ...**' after the last bullets: a note
                # set apart from them, not one more expectation.
                self.drop(block, f"a sentence in bold after the statements of '{normalise(name)}', not one of them")
            elif isinstance(block, Paragraph):
                if not self.footnote(block):
                    cell.statements.append(ImportedStatement(block.text, block.line))
                    self.use(block)
            elif isinstance(block, Table):
                self.drop(block, _IN_ITEM if block.in_item else f"table under competency '{normalise(name)}'")
            else:
                self.drop(block, block.reason if isinstance(block, Other) else "not recognised")
        return competency

    def aside(self, level: ImportedLevel, competency: ImportedCompetency, node: _Node, what: str) -> None:
        """A heading under a competency that adds to it ('Examples', 'Notes',
        a Notion toggle so titled): its bullets and paragraphs are the
        examples of the competency's statement before them, the cell's note
        or the competency's description."""
        name, title = normalise(competency.name or ""), normalise(node.heading.text)
        self.use(node.heading)
        texts = [b for b in node.blocks if isinstance(b, (Item, Paragraph))]
        for block in node.blocks:
            if not isinstance(block, (Item, Paragraph)):
                self.drop(block, block.reason if isinstance(block, Other) else f"not text of '{title}'")
        said = [b.text for b in texts]
        cell = level.cell(competency)
        if what == "examples" and cell.statements:
            cell.statements[-1].examples.extend(said)
            if len(cell.statements) > 1:
                self.document.notice(node.heading.line, f"the examples under '{name}' are given to its statement "
                                                        "before them", cell.statements[-1].text)
        elif what == "examples" and said:
            # Examples of nothing said before them ('Example behaviours' alone): what the level expects.
            cell.statements.extend(ImportedStatement(b.text, b.line) for b in texts)
            self.document.notice(node.heading.line, f"'{name}' says nothing at this level but its "
                                                    f"{title.casefold()}: they are its statements")
        elif what == "note" and said:
            cell.note = "\n\n".join(([cell.note] if cell.note else []) + said)
        elif what == "description" and said and competency.description is None:
            competency.description = "\n\n".join(said)
        else:
            for block in texts:
                self.drop(block, f"a second description of '{name}'")
            return
        for block in texts:
            self.use(block)

    def level_aside(self, level: ImportedLevel, node: _Node, dimension: ImportedDimension | None,
                    what: str) -> None:
        """A heading right under a level (or a dimension of it) that adds to
        it ('Examples', 'Notes', 'Description'): its text describes the
        level (its summary) or the dimension at the level; the format has
        no place for a level's examples or notes (a statement has examples,
        a cell a note), so those are reported, never a competency."""
        title = normalise(node.heading.text)
        owner = f"the dimension '{normalise(dimension.name)}' at level '{normalise(level.title)}'" \
            if dimension is not None and dimension.name else f"level '{normalise(level.title)}'"
        self.use(node.heading)
        texts = [b for b in node.blocks if isinstance(b, (Item, Paragraph))]
        for block in node.blocks:
            if not isinstance(block, (Item, Paragraph)):
                self.drop(block, block.reason if isinstance(block, Other) else f"not text of '{title}'")
        said = paragraphs_text(texts)
        if what == "description" and said and dimension is None and not level.summary:
            level.summary = said
            level.summary_paragraphs = [(b.line, b.text) for b in texts]
        elif what == "description" and said and dimension is not None \
                and all(d is not dimension for d, _ in level.dimension_summaries):
            level.dimension_summaries.append((dimension, said))
        else:
            reason = {
                "examples": f"an example for {owner} as a whole, not a competency: a framework keeps examples "
                            "only under the statement they illustrate, so add it there",
                "note": f"a note on {owner}, not a competency: a framework keeps a note only beside one "
                        "competency at a level, so add it there if it belongs to one",
            }.get(what, f"a second description of {owner}, which has one already")
            for block in texts:
                self.drop(block, reason)
            return
        for block in texts:
            self.use(block)

    def items(self, items: list[Item], level: ImportedLevel, dimension: ImportedDimension,
              lead_in: Paragraph | None = None) -> None:
        """Bullets right under a level: one competency (named by the
        ``lead_in`` before them, if any), or one per bullet that names a
        group of the bullets nested under it ('- Requirements:')."""
        if self.group_names is None:
            alone = self.level_count == 1 and self.steering.site_pages == 1
            self.group_names = _group_names(self.outline.blocks, alone) | self.steering.site_groups
        for label, members in _item_groups(items, self.group_names):
            if label is None and lead_in is not None:
                competency = dimension.competency(_group_text(lead_in.text), lead_in.line)
            elif label is None:
                competency = dimension.competency(None, members[0].line)
            elif members == [label] and label.labelled is not None:  # a group said in one labelled bullet
                competency = dimension.competency(label.labelled.label, label.line)
                level.cell(competency).statements.append(ImportedStatement(label.labelled.rest, label.line))
                self.use(label)
                continue
            else:
                competency = dimension.competency(_group_name(label), label.line)
                self.use(label)
            cell = level.cell(competency)
            topics = _topics(members)
            placed = len(cell.statements)
            for item in members:
                self.use(item)
                if (statement := topics.statement(item)) is not None:
                    cell.statements.append(statement)
            if competency.name is None:
                # On the line of the run's first statement (a topic over it is none), where the
                # merge takes it back when the statements' labels turn out to be competencies.
                first = cell.statements[placed].line if len(cell.statements) > placed else members[0].line
                self.document.notice(first, NO_COMPETENCY_HEADING, normalise(level.title))

    # --- tables inside a level -------------------------------------------------

    def table(self, table: Table, level: ImportedLevel, dimension: ImportedDimension) -> None:
        self.use(table)  # every cell is placed below, or reported
        rows = [row for row in table.rows if not all(cell.empty for cell in row.cells)]
        for row in table.rows:
            if all(cell.empty for cell in row.cells):
                self.ledger.use(row.line)
        columns = _column_layout(rows)
        if columns is not None:
            names, bullet_rows = columns
            for index, name_cell in enumerate(names.cells):
                if name_cell.empty:
                    continue
                name, description = _name_and_description(name_cell)
                competency = dimension.competency(name, name_cell.line, description)
                for row in bullet_rows:
                    if index < len(row.cells):
                        level.cell(competency).statements.extend(self.statements(row.cells[index]))
                self.ledger.use(name_cell.line)
            for row in bullet_rows:
                self.ledger.use(row.line)
            return
        header = _header_row(rows)
        named: ImportedCompetency | None = None  # the competency of the row above, whose name may span this one
        for row in rows:
            first, rest = row.cells[0], row.cells[1:]
            if row.header or row is header:
                for cell in row.cells:
                    if not cell.empty:
                        self.document.unplaced(row.line, COLUMN_HEADER, cell.joined())
                self.ledger.use(row.line)
                continue
            if (first.covered or (table.sheet and first.empty and any(not c.empty for c in rest))) \
                    and named is not None:
                # Its name cell spans down from a row above (rowspan, a merged cell), or, in a
                # spreadsheet, the name is written once over its rows and left blank below.
                competency, cells = named, rest
            elif first.bullets or first.empty:
                named = None
                competency = dimension.competency(None, row.line)
                self.document.notice(row.line, "table row with no competency name")
                cells = row.cells
            elif lists_what_to_avoid(first.joined()):
                # A row of 'Red flags' beside the level's competencies: counter-examples.
                named = None
                for cell in rest:
                    if not cell.empty:
                        self.document.unplaced(row.line, _AVOIDED.format(normalise(unwrap(first.joined()))),
                                               cell.joined())
                self.ledger.use(row.line)
                continue
            else:
                name, description = _name_and_description(first)
                competency = named = dimension.competency(name, row.line, description)
                cells = rest
            for cell in cells:
                level.cell(competency).statements.extend(self.statements(cell))
            self.ledger.use(row.line)

    def statements(self, cell: Cell) -> list[ImportedStatement]:
        """A table cell's statements. A cell that only says the competency
        does not apply ('N/A', '—') holds the mark, which the merge
        (``cells``) makes the cell's `not_applicable`."""
        if _says_not_applicable(cell):
            return [ImportedStatement(unwrap(cell.joined()).strip(), cell.line)]
        return _statements(cell)

    # --- tables that are the ladder -------------------------------------------

    def matrices(self, blocks: list[Block]) -> list[_Matrix]:
        """The tables that are the ladder. Where the user says the levels are
        a table's columns or rows, the largest table read so is the ladder,
        with the tables that name its levels or its competencies (a ladder
        too wide for one table), not a glossary or a mapping beside it."""
        found: dict[str | None, list[_Matrix]] = {None: [], self.steering.layout: []}
        path: list[Heading] = []
        for block in blocks:
            if isinstance(block, Heading):
                while path and path[-1].depth >= block.depth:
                    path.pop()
                path.append(block)
            elif isinstance(block, Table) and not block.in_item:
                for layout in found:
                    matrix = _matrix(block, path[-1] if path else None, list(path), layout)
                    if matrix is not None:
                        found[layout].append(matrix)
        forced = found[self.steering.layout]
        if self.steering.layout not in ("levels-as-columns", "levels-as-rows") or not forced:
            return found[None]
        largest = max(forced, key=_content_cells)
        names = {name_key(title) for _, title in largest.levels}
        competencies = _competency_names(largest)
        return [m for m in forced if {name_key(title) for _, title in m.levels} == names
                or len(_competency_names(m) & competencies) * 2 > len(_competency_names(m))]

    def tables(self, matrices: list[_Matrix]) -> list[ImportedDocument]:
        documents: list[ImportedDocument] = []
        headings = [b for b in self.outline.blocks if isinstance(b, Heading)]
        title = self.title_heading(headings)
        real = [h for h in headings if not h.bold]
        if title is None and real and real[0] is headings[0] and \
                sum(1 for h in real if h.depth <= real[0].depth) == 1 and \
                all(self.outline.blocks.index(real[0]) < self.outline.blocks.index(m.table) for m in matrices):
            title = real[0]  # the one heading over the whole page and its tables names the page
        self.set_name(title)
        # The page's title is not the dimension of the table under it.
        matrices = [m if m.heading is not title or title is None else
                    replace(m, heading=None) for m in matrices]
        # A table of several tracks is read in parts, a part per track: the table is read when they are.
        split = [m.table for m in matrices if m.table.track_header is not None]
        matrices = [part for matrix in matrices for part in _by_track(matrix)]
        # Headings the user calls dimensions ('--dimension-heading h2') name no track, whatever their tables repeat.
        tracks = _tracks(matrices, headings_are_dimensions=self.steering.dimension_heading is not None)
        after = 0  # the line of the last table read: the text since then comes before the next group's
        for group, track in tracks:
            document = self.track_document(documents)
            # Tracks of the same levels (Junior, Senior under '## Backend' and '## Frontend'): their
            # tables repeat each other's competencies.
            alike = any({name_key(t) for m in group for _, t in m.levels} & {name_key(t) for m in other for _, t in m.levels}
                        for other, _ in tracks if other is not group)
            apart = ("the page's tables name the same levels and repeat each other's competencies, each under a "
                     "heading of its own" if alike else "the page's tables of levels do not overlap")
            column = _track_column(group[0])
            if len(tracks) > 1:
                document.track = track
                document.track_evidence = f"{apart}; these are under the heading '{track}'" if track else apart
                if column is not None:
                    document.track_evidence = f"the table's column '{column}' names each row's track: '{track}'"
            elif column is not None and track:
                document.track = track  # the one track the column names
                document.track_evidence = f"the table's column '{column}' names it"
            kinds = sorted({m.layout for m in group})
            reasons = []
            for n, matrix in enumerate(group):
                named = list(dict.fromkeys(normalise(t) for _, t in matrix.levels))  # a level of many rows once
                titles = ", ".join(named[:4]) + (" ..." if len(named) > 4 else "")
                where = "header row" if matrix.layout != "levels-as-rows" else (
                    "first column" if matrix.level_column == 0 else "column " + str(matrix.level_column + 1))
                before = {name_key(t) for m in group[:n] for _, t in m.levels}
                goes_on = n and before.isdisjoint(name_key(t) for _, t in matrix.levels)
                reasons.append(f"the table on line {matrix.table.line} names {len(named)} levels in its "
                               f"{where} ({titles})" + (", a statement per row" if matrix.per_statement else "")
                               + (", its cells the proficiency each level expects of a competency (a skills "
                                  "matrix)" if matrix.rated else "")
                               + (", above those of the table before it, as a table too large for the page is "
                                  "split in two: one ladder" if goes_on else ""))
            if len(tracks) > 1 and column is not None:
                reasons.append(f"its rows are those its column '{column}' says are of track '{track}'")
            elif column is not None and track:
                reasons.append(f"its column '{column}' names the track, '{track}'")
            elif len(tracks) > 1:
                reasons.append(("its table repeats the other tables' levels and competencies under a heading of its own"
                                if alike else "its levels do not overlap those of the other tables")
                               + (f": track '{track}'" if track else ""))
            saved, self.document = self.document, document
            self.layout(" + ".join(kinds), reasons, line=group[0].table.line)
            # A table per competency ('## Testing' over 'Level | Expectation'):
            # each table's heading names its one column of statements.
            per_competency = len(group) > 1 and all(
                m.layout == "levels-as-rows" and m.heading is not None and m.per_statement is None
                and (_content_columns(m) == 1 or _text_kinds(m) is not None) for m in group)
            for matrix in group:
                if matrix.track_heading is not None:
                    self.use(matrix.track_heading)
                if matrix.per_statement is not None:
                    self.statement_rows(matrix)
                elif matrix.layout == "levels-as-rows":
                    self.rows_table(matrix, named_by_heading=per_competency)
                else:
                    self.columns_table(matrix)
            # 'Designer L2', 'Designer L3': another track than the pages of programmers beside it.
            level_titles = [level.title for level in document.levels]
            # A table split in two whose second half names no role ('Staff | Principal' under
            # 'Junior Data Engineer | ...') goes on with the role the first half names.
            roleless = {name_key(t) for m in group if not any(role_of(t) for _, t in m.levels) for _, t in m.levels}
            level_titles = [t for t in level_titles if name_key(t) not in roleless] if len(group) > 1 else level_titles
            if all(len((role_of(t) or "").split()) <= 3 for t in level_titles):
                self.roles_track(level_titles, len(document.levels))
            first = min(m.table.line for m in group)
            self.overview([b for b in self.outline.blocks if after < b.line < first and id(b) not in self.placed])
            after = max(m.table.last for m in group)
            self.document = saved
        for table in split:
            self.use(table)
        # Headings the tables sit under, and the text around them: what comes after the tables (a closing
        # line, 'Questions? Ask in #eng-careers.') describes no framework.
        # Before the first table in the page's order: a page written on one line has them all on line 1.
        tables_start = next((n for n, b in enumerate(self.outline.blocks) if isinstance(b, Table) and not b.in_item),
                            0)
        for index, block in enumerate(self.outline.blocks):
            if isinstance(block, Paragraph) and self.document.description is None and not self.footnote(block) \
                    and id(block) not in self.placed and block.labelled is None and index < tables_start:
                self.document.description = self.outline.description or block.text
                if self.outline.description is None:
                    self.use(block)
            if not isinstance(block, Other) and id(block) not in self.placed:
                self.drop(block, "outside the tables of the ladder")
        return documents

    def columns_table(self, matrix: _Matrix) -> None:
        block, heading = matrix.table, matrix.heading
        self.use(block)
        level_columns = {index for index, _ in matrix.levels}
        names = _name_columns(block.rows[1:], min(level_columns), block.rows[0])
        # With no column of names, the heading above the table names its one
        # competency; otherwise it names the dimension of the table's rows.
        competency_name = _name(heading) if heading is not None and names.competency is None else None
        # A heading that names the levels ('## Levels' over the table) groups no competencies.
        dimension_name = _name(heading) if heading is not None and competency_name is None \
            and not _names_the_levels(heading) else None
        about = self.text_between(heading, block) if competency_name is not None else None
        if heading is not None:
            self.use(heading)
        dimension = self.document.dimension(dimension_name, block.line)
        levels = {lv.title: lv for lv in self.document.levels}
        header = block.rows[0]
        self.ledger.use(header.line)
        for index, cell in enumerate(header.cells):
            if index not in level_columns and not cell.empty:
                self.document.unplaced(cell.line or header.line, COLUMN_HEADER, cell.joined())
        if block.over_header is not None:
            self.ledger.use(block.over_header.line)
            for index, cell in enumerate(block.over_header.cells):
                if index >= min(level_columns) and not cell.empty:
                    self.document.unplaced(block.over_header.line, "table header over the levels' columns, "
                                                                   "not content", cell.joined())
        ordered = []
        titles, codes_above = _title_row(block.rows, matrix.levels)
        for index, title in matrix.levels:
            if title not in levels:
                named = titles.get(index)
                levels[title] = ImportedLevel(title=named[0] if named else title, line=header.line,
                                              id=named[1] if named else None)
                self.document.levels.append(levels[title])
            ordered.append((index, levels[title]))
        body = block.rows[1:]
        if titles:
            title_row = next(row for row in body if any(not c.empty for c in row.cells))
            self.ledger.use(title_row.line)
            said = ("the row under the header gives the levels' titles; their codes in the header are their ids"
                    if codes_above else "the row under the header gives the levels' codes, their ids")
            self.document.notice(title_row.line, said, ", ".join(f"{code} {title}" if title != code else code
                                                           for title, code in titles.values()),
                                 kind="layout")
            untitled = [code for title, code in titles.values() if title == code]
            if untitled:
                self.document.notice(title_row.line, "levels with no title beside their codes, titled by their "
                                                     "codes; write their titles", ", ".join(untitled))
            body = [row for row in body if row is not title_row]
        row_count = sum(1 for row in body if any(not c.empty for c in row.cells))
        #: The last row that says more than a name: a group's row after it has nothing to group.
        last_filled = max((row.line for row in body if sum(1 for c in row.cells if not c.empty) >= 2
                           or any(c.bullets for c in row.cells)), default=0)
        above: str | None = None  # the competency the row above named, whose name cell may span this row
        avoided: str | None = None  # the group of the rows, where it lists what to avoid
        for row in body:
            filled = [c for c in row.cells if not c.empty]
            if not filled:
                continue
            counted = [row.cells[i] for i in level_columns if i < len(row.cells) and not row.cells[i].empty]
            if counted and all(_NUMBERS.fullmatch(strip_markdown(c.joined()).strip()) for c in counted):
                # 'Years of Exp | 0-2 | 2-5', 'SCORES | 1 | 2': figures of the levels, not what they do.
                self.document.unplaced(row.line, "table row of numbers, not statements",
                                       " | ".join(c.joined() for c in filled))
                self.ledger.use(row.line)
                continue
            if len(filled) == 1 and not row.cells[0].empty and not row.cells[0].bullets:
                said = unwrap(row.cells[0].joined())
                if row.line > last_filled or reads_as_sentence(said) or said.rstrip().endswith("."):
                    # A line of its own under the competencies ('Notes: levels are cumulative.'),
                    # or a sentence: a note on the table, no group of competencies.
                    self.document.unplaced(row.line, "a note in a row of its own in the table, not a group of "
                                                     "competencies", said)
                    self.ledger.use(row.line)
                    continue
                # A row that only names a group: the competencies below belong to it.
                avoided = said if lists_what_to_avoid(said) else None
                if avoided is None:
                    dimension = self.document.dimension(said, row.line)
                else:
                    self.document.unplaced(row.line, _AVOIDED.format(said), said)
                above = None
                self.ledger.use(row.line)
                continue
            group = _cell(row, names.dimension)
            if group is not None and not group.empty:
                # A column of groups; a blank below a group is the group again (merged cells).
                said = unwrap(group.joined())
                avoided = said if lists_what_to_avoid(said) else None
                if avoided is None:
                    dimension = self.document.dimension(said, row.line)
            name_cell = _cell(row, names.competency) or Cell([], row.line)
            name, description = _name_and_description(name_cell)
            if avoided is not None or (name is not None and lists_what_to_avoid(name)):
                # 'Potential Misalignments | Ownership | Risk of ...': what a level should not do, in
                # its group's rows (or a row so named): counter-examples, none of them expected.
                for cell in filled:
                    self.document.unplaced(row.line, _AVOIDED.format(avoided or name), cell.joined())
                self.ledger.use(row.line)
                continue
            continued = False
            if name is None and above is not None and names.competency is not None and name_cell.empty \
                    and counted and (group is None or group.empty):
                # A name merged over several rows (a spreadsheet's merged cell; blank in its
                # CSV export): each row is more of the competency above.
                if not name_cell.covered:
                    self.document.notice(row.line, f"a row with no competency name under the row of '{above}': "
                                                   "read as more of it, as a name merged over its rows is exported")
                name, description, continued = above, None, True
            if name is None and competency_name is not None:
                name, description = competency_name, description or about
            described = _cell(row, names.description)
            if described is not None and not described.empty:
                description = " ".join(filter(None, (description, unwrap(described.joined()))))
            if (group is None or group.empty) and _names_a_summary(_cell(row, names.competency)) and row_count > 1:
                # 'Summary | Learns the craft | Leads a team': what each level is, not a competency.
                for index, level in ordered:
                    if index < len(row.cells) and not row.cells[index].empty:
                        level.summary = " ".join(filter(None, (level.summary, unwrap(row.cells[index].joined()))))
                for index, cell in enumerate(row.cells):
                    if index not in level_columns and index != names.competency and not cell.empty:
                        self.document.unplaced(row.line, "beside the levels' summaries, in a column that names no "
                                                         "level", cell.joined())
                self.ledger.use(row.line)
                continue
            competency = dimension.competency(name, row.line, description)
            above = name if names.competency is not None else None
            if name is None:
                self.document.notice(row.line, "table row with no competency name")
            for index, level in ordered:
                if index < len(row.cells):
                    rated = _proficiency_named(row.cells[index]) if matrix.rated else None
                    if rated is not None:
                        level.cell(competency).proficiency = rated
                    else:
                        level.cell(competency).statements.extend(self.statements(row.cells[index]))
            if name is not None and not continued:
                # Blank cells before the row's first statements (or after its last): not assessed there.
                written = [level for index, level in ordered if index < len(row.cells)]
                self.document.not_applicable_outside(competency, written, without_decoration(name),
                                                     f"the row of '{name}'")
            for index, cell in enumerate(row.cells):
                if index not in level_columns and index not in names.used and not cell.empty:
                    title = header.cells[index].joined() if index < len(header.cells) else ""
                    self.document.unplaced(row.line, f"in column '{title}', which names no level" if title
                                           else "in a column that names no level", cell.joined())
            self.ledger.use(row.line)
        if matrix.guessed:
            self.document.notice(header.line, "columns read as levels though their headers name no level the import "
                                 "knows: their cells hold statements like the levels' columns, in the same rows",
                                 ", ".join(matrix.guessed))
        left_out = [cell.joined() for index, cell in enumerate(header.cells) if index > min(level_columns)
                    and index not in level_columns and not cell.empty
                    and any(index < len(row.cells) and not row.cells[index].empty for row in block.rows[1:])]
        if left_out:
            self.document.notice(header.line, "columns that name no level are left out (their cells are reported); "
                                 "if they are levels, import with --layout levels-as-columns", ", ".join(left_out))

    def text_between(self, heading: Heading | None, table: Table) -> str | None:
        """The paragraphs right between a heading and its table, which say
        what the heading names ('**Example Skills:** Scoping, Testing')."""
        if heading is None:
            return None
        blocks = self.outline.blocks
        between = blocks[blocks.index(heading) + 1 : blocks.index(table)]
        if not between or not all(isinstance(b, Paragraph) and id(b) not in self.placed for b in between):
            return None
        for block in between:
            self.use(block)
        return " ".join(f"{b.labelled.label}: {b.labelled.rest}" if b.labelled else b.text
                        for b in between if isinstance(b, Paragraph))

    def statement_rows(self, matrix: _Matrix) -> None:
        """A table of one statement per row: each row's statement goes to
        the level and competency (and dimension) its cells name; a cell left
        blank is the one above it again (merged cells)."""
        block, columns = matrix.table, matrix.per_statement
        assert columns is not None
        self.use(block)
        header = block.rows[0]
        self.ledger.use(header.line)
        for index, cell in enumerate(header.cells):
            if not cell.empty and index not in columns.properties:
                self.document.unplaced(header.line, COLUMN_HEADER, cell.joined())
        for column in columns.properties:
            values = [c.joined() for r in block.rows[1:] if (c := _cell(r, column)) is not None and not c.empty]
            self.document.unplaced(header.line, f"column '{header.cells[column].joined()}', a property of each row "
                                                "as a database exports it, not part of the ladder", " | ".join(values))
        named = dict(matrix.levels)
        fallback = self.document.dimension(_name(matrix.heading) if matrix.heading is not None
                                           and not _names_the_levels(matrix.heading) else None, block.line)
        if matrix.heading is not None:
            self.use(matrix.heading)
        levels: dict[str, ImportedLevel] = {lv.title: lv for lv in self.document.levels}
        known = len(self.document.levels)
        level: ImportedLevel | None = None
        rows_levels: list[ImportedLevel] = []  # the level of each statement's row, in the table's order
        dimension, competency_name = fallback, None
        for index, row in enumerate(block.rows[1:], start=1):
            if all(c.empty for c in row.cells):
                self.ledger.use(row.line)
                continue
            if index in named:
                code = normalise(named[index])
                titled = _cell(row, columns.title)
                title = normalise(unwrap(titled.joined())) if titled is not None and not titled.empty else code
                if code not in levels:
                    levels[code] = ImportedLevel(title=title, line=row.line, id=level_code(code) or None)
                    self.document.levels.append(levels[code])
                level = levels[code]
                competency_name = None
            else:
                marker = _cell(row, matrix.level_column)
                if marker is not None and not marker.empty:
                    level = None  # a row that names something else than a level
            group = _cell(row, columns.dimension)
            if group is not None and not group.empty:
                dimension = self.document.dimension(unwrap(group.joined()), row.line)
            name = _cell(row, columns.competency)
            if name is not None and not name.empty:
                competency_name = unwrap(name.joined())
            said = _cell(row, columns.statement)
            avoided = next((n for n in (dimension.name, competency_name) if n and lists_what_to_avoid(n)), None)
            if avoided is not None and said is not None and not said.empty:
                # A statement filed under 'Red flags': a counter-example, not what the level expects.
                self.document.unplaced(row.line, _AVOIDED.format(avoided), said.joined())
                self.ledger.use(row.line)
                continue
            if level is None or competency_name is None or said is None or said.empty:
                self.document.unplaced(row.line, "table row that names no level, competency or statement",
                                       " | ".join(c.joined() for c in row.cells if not c.empty))
                self.ledger.use(row.line)
                continue
            competency = dimension.competency(competency_name, row.line)
            level.cell(competency).statements.extend(self.statements(said))
            rows_levels.append(level)
            self.ledger.use(row.line)
        self.sorted_rows(block, known, rows_levels)

    def sorted_rows(self, block: Table, known: int, rows: list[ImportedLevel]) -> None:
        """The levels of a table of one statement per row in ladder order
        where the table's rows are in another: sorted by another column (the
        competency's, the rows of a level apart), or by the levels' names in
        the alphabet's order ('Senior ...' before 'Software Engineer'), as a
        spreadsheet sorts them; their names (numbers, seniority) tell the
        ladder's order, and a notice says so. ``known``: the levels before the table's."""
        levels = self.document.levels[known:]
        if len(levels) < 2:
            return
        grouped = sum(1 for before, after in zip(rows, rows[1:]) if before is not after) == len(levels) - 1
        titles = [lv.title for lv in levels]
        alphabetical = [t.casefold() for t in titles] == sorted(t.casefold() for t in titles)
        if grouped and not alphabetical:
            return
        roles, numbered = role_keys(titles), numbered_roles(titles)
        order = ladder_order([rung_among(lv.title, lv.id or "", roles, numbered) for lv in levels])
        if order == list(range(len(levels))):
            return
        levels = self.document.levels[known:] = [levels[i] for i in order]
        self.document.notice(block.line, "the table's rows are not in the order of the levels (sorted by " +
                             ("the levels' names" if grouped else "another column") + "); the levels are "
                             "imported in the order their names give: " + ", ".join(lv.title for lv in levels))

    def rows_table(self, matrix: _Matrix, named_by_heading: bool = False) -> None:
        block = matrix.table
        self.use(block)
        header = block.rows[0]
        self.ledger.use(header.line)
        dimension = self.document.dimension(None, block.line)
        skip = _naming_columns(matrix)
        # A database's export (Notion's, Airtable's) adds its rows' properties ('Tags', 'Created'):
        # short values, no competency's statements.
        for index, cell in enumerate(header.cells):
            values = [c.joined() for r in block.rows[1:] if (c := _cell(r, index)) is not None and not c.empty]
            if index not in skip and not cell.empty and lists_what_to_avoid(cell.joined()):
                # 'Level | Delivery | Red flags': each level's counter-examples, none of them expected.
                skip = skip | {index}
                for row in block.rows[1:]:
                    if (counter := _cell(row, index)) is not None and not counter.empty:
                        self.document.unplaced(row.line, _AVOIDED.format(normalise(unwrap(cell.joined()))),
                                               counter.joined())
                continue
            if index not in skip and not cell.empty and is_page_property(normalise(unwrap(cell.joined()))) \
                    and all(len(v.split()) <= 6 for v in values):
                skip = skip | {index}
                self.document.unplaced(header.line, f"column '{cell.joined()}', a property of each row as a "
                                                    "database exports it, not part of the ladder", " | ".join(values))
        # A column headed Summary (Description, Overview) beside columns of statements describes
        # each level, as a row so headed does in a table of levels as columns.
        summaries = set() if named_by_heading or _content_columns(matrix) < 2 else {
            i for i, c in enumerate(header.cells) if i not in skip and _names_a_summary(c)}
        columns: list[ImportedCompetency] = []  # the competencies the header names
        for index, cell in enumerate(header.cells):
            if index in skip and index not in _naming_columns(matrix):
                continue  # a property's column, reported above
            if (index in skip or index in summaries or named_by_heading) and not cell.empty:
                self.document.unplaced(header.line, COLUMN_HEADER, cell.joined())
            elif not cell.empty:  # in the header's order, whichever level first fills it
                group = block.groups.get(index) if block.groups else None
                over = self.document.dimension(group, header.line) if group is not None else dimension
                columns.append(over.competency(unwrap(cell.joined()), header.line))
                if matrix.heading is not None and normalise(cell.joined()) == normalise(_name(matrix.heading)):
                    self.use(matrix.heading)  # the heading that names the column (a table of one column unstacked)
        # A cell across every competency's column is the level's summary.
        content_columns = _content_columns(matrix)
        level_rows = {i for i, _ in matrix.levels}
        # Headings over bullets in the one column of statements are its competencies.
        groups = _cell_group_names([
            cell for index, _ in matrix.levels for part in _level_rows(block.rows, index, matrix.level_column, level_rows)
            for column, cell in enumerate(part.cells) if column not in skip and not cell.empty
        ]) if content_columns == 1 else set()
        heading_name = None
        # 'Milestone | Summary | Signals | Examples' in a table per competency: what each column holds.
        kinds = _text_kinds(matrix) if named_by_heading and content_columns > 1 else None
        if named_by_heading and matrix.heading is not None:
            heading_name = _name(matrix.heading)
            self.use(matrix.heading)
            # The text between the competency's heading and its table describes it.
            about = self.text_between(matrix.heading, block)
            if about is not None:
                described = dimension.competency(heading_name, header.line)
                described.description = described.description or about
        placed: set[int] = set()  # the rows read as a level's
        made: set[int] = set()  # the levels this table adds
        rows_levels: list[ImportedLevel] = []  # the table's levels, in its order
        for index, code in matrix.levels:
            row = block.rows[index]
            title = code
            if matrix.title_column is not None and matrix.title_column < len(row.cells):
                title = row.cells[matrix.title_column].joined() or code
            level = ImportedLevel(title=title, line=row.line, id=level_code(code) or None)
            labelled = _labelled_level(row.cells[matrix.level_column])
            if labelled is not None:
                level.id = labelled.code or level.id
                level.summary = labelled.summary
            # The level another table of the ladder named (never two rows of this one).
            same = next((lv for lv in self.document.levels if id(lv) not in made and normalise(lv.title) == normalise(title)
                         and (lv.id is None or level.id is None or lv.id == level.id)), None)
            if same is not None:
                level = same
            else:
                self.document.levels.append(level)
                made.add(id(level))
            if all(level is not other for other in rows_levels):
                rows_levels.append(level)
            for part in _level_rows(block.rows, index, matrix.level_column, level_rows):
                for column, cell in enumerate(part.cells):
                    if column in skip or cell.empty:
                        continue
                    if column in summaries:
                        level.summary = " ".join(filter(None, (level.summary, unwrap(cell.joined()))))
                        continue
                    if content_columns >= 2 and cell.columns >= content_columns:
                        # Its paragraphs and labelled facts ('Years of experience: 0-2'); its
                        # other bullets, as under a level, are statements of their own.
                        listed = [line for line in cell.bullets if not _FACT.match(line.text)]
                        said = " ".join(unwrap(line.text) for line in cell.lines if line not in listed)
                        level.summary = " ".join(filter(None, (level.summary, said))) or None
                        if listed:
                            competency = dimension.competency(None, part.line)
                            level.cell(competency).statements.extend(
                                ImportedStatement(line.text, cell.line) for line in listed)
                        continue
                    name = heading_name or (header.cells[column].joined() if column < len(header.cells) else "")
                    if heading_name is not None and kinds is not None:
                        self.text_kind_cell(level.cell(dimension.competency(heading_name, header.line)),
                                            kinds[column], cell)
                        continue
                    under = self.document.dimension(block.groups[column], header.line) \
                        if block.groups and column in block.groups else dimension
                    for group, part_cell in _cell_groups(cell, groups):
                        competency = under.competency(unwrap(group or name) if group or name else None, header.line)
                        level.cell(competency).statements.extend(self.statements(part_cell))
                self.ledger.use(part.line)
                placed.add(id(part))
        if not groups:
            for competency in columns:  # blank cells before a column's first statements, or after its last
                self.document.not_applicable_outside(competency, rows_levels, without_decoration(competency.name or ""),
                                                     f"the column of '{competency.name}'")
        for row in block.rows[1:]:
            if id(row) not in placed and any(not cell.empty for cell in row.cells):
                self.document.unplaced(row.line, "table row that names no level",
                                       " | ".join(c.joined() for c in row.cells if not c.empty))



    def text_kind_cell(self, target: ImportedCell, kind: str, cell: Cell) -> None:
        """A cell of a column that says what its text is, in a table per
        competency: a summary is the cell's first statement, examples
        illustrate its last statement, a note is its note."""
        said = self.statements(cell)
        if kind == "summary":
            target.statements[:0] = said
        elif kind == "note":
            target.note = "\n".join(filter(None, [target.note] + [s.text for s in said])) or None
        elif kind == "examples" and target.statements:
            if len(target.statements) > 1 and not any(e.reason.startswith(_EXAMPLES_COLUMN) and e.file == self.document.path
                                                      for e in self.document.report):
                self.document.notice(cell.line, f"{_EXAMPLES_COLUMN}: each cell's examples are put under the last "
                                                "statement of its row; move them to the statement they illustrate")
            target.statements[-1].examples.extend(s.text for s in said)
        else:
            target.statements.extend(said)


_EXAMPLES_COLUMN = "examples in a column of their own"


def _text_kinds(matrix: _Matrix) -> dict[int, str] | None:
    """What each column of statements of a table of levels as rows holds,
    where every header says a kind of text rather than a competency
    ('Summary', 'Signals', 'Examples'), one of them statements; else None."""
    header = matrix.table.rows[0].cells if matrix.table.rows else []
    skip = _naming_columns(matrix)
    kinds = {i: TEXT_KIND_HEADERS.get(normalise(unwrap(c.joined())).casefold().rstrip(" :"), "")
             for i, c in enumerate(header) if i not in skip}
    if not kinds or "" in kinds.values() or not {"statements", "summary"} & set(kinds.values()):
        return None
    return kinds


def _title_row(rows: list[Row], levels: list[tuple[int, str]]) -> tuple[dict[int, tuple[str, str]], bool]:
    """The levels' titles and ids, by column, where the header gives their
    codes ('L1 | L2 | L3') and the row under it their titles ('Associate |
    Engineer | Senior'): short names in every level's column, half of them
    or more naming a level, beside no competency's name; or the other way
    round, titles over a row of codes alone. Whether the codes are above."""
    body = [row for row in rows[1:] if any(not c.empty for c in row.cells)]
    if len(body) < 2:
        return {}, False
    row = body[0]
    first = min(index for index, _ in levels)
    label = " ".join(unwrap(c.joined()) for c in row.cells[:first] if not c.empty).strip().casefold().rstrip(":")
    if label and label not in _TITLE_ROW_LABELS:
        return {}, False
    below = {}
    for index, _ in levels:
        cell = _cell(row, index)
        below[index] = normalise(unwrap(cell.joined())) if cell is not None and not cell.bullets else ""
    codes_above = all(level_code(title) for _, title in levels)
    if codes_above:
        # A title left blank here and there ('Junior | Mid | | Staff'): that level's code is its title.
        written = [text for text in below.values() if text]
        if len(written) < 2 or len(written) * 2 <= len(below) or \
                any(not is_title_like(text) or len(text.split()) > 5 for text in written) or \
                sum(1 for text in written if is_level_name(text)) * 2 < len(written):
            return {}, False
        return {index: (below[index] or (level_code(title) or title), level_code(title) or title)
                for index, title in levels}, True
    # Titles above a row of codes alone ('Junior | Mid | Senior' over 'L1 | L2 | L3').
    if all(_CODE_ALONE.fullmatch(text) and level_code(text) for text in below.values()):
        return {index: (title, level_code(below[index]) or below[index]) for index, title in levels}, False
    return {}, False


#: A cell that is only a level's code ('L3', '(IC 2)', 'P4').
_CODE_ALONE = re.compile(r"\(?[A-Za-z]{1,6}[ -]?\d{1,2}\)?")


def _code_row(rows: list[Row], first: int) -> dict[int, str]:
    """The levels' codes by column where the row under the header gives them
    alone ('IC1 | IC2 | IC3 | IC4'), two or more, after a label of such a row
    ('Level') or none, and nothing after the first but codes."""
    if len(rows) < 3:
        return {}
    written = [(i, normalise(unwrap(c.joined())).strip()) for i, c in enumerate(rows[1].cells) if not c.empty]
    codes = {i: level_code(t) or t for i, t in written if i >= first and _CODE_ALONE.fullmatch(t) and level_code(t)}
    if len(codes) < 2:
        return {}
    start = min(codes)
    label = " ".join(t for i, t in written if i < start).casefold().rstrip(":")
    if (label and label not in _TITLE_ROW_LABELS) or any(i > start and i not in codes for i, _ in written):
        return {}
    return codes


def _names_a_summary(cell: Cell | None) -> bool:
    """A table's header or row name that says its cells sum up a level or
    describe a competency: 'Summary', 'Description', 'Overview'."""
    return cell is not None and normalise(unwrap(cell.joined())).casefold() in _SUMMARY_HEADINGS


def _level_cell_name(cell: Cell) -> str:
    labelled = _labelled_level(cell)
    return labelled.title if labelled is not None else _cell_name(cell)


def _cell_name(cell: Cell) -> str:
    """A cell that names a level, as one line. A line break between a
    level's code and its title ('L1⏎Junior Engineer', 'Junior Engineer⏎L1',
    as Alt+Enter writes them in a spreadsheet's header) parts them as a
    dash or brackets do ('L1 - Junior Engineer', 'Junior Engineer (L1)'),
    so that the code becomes the level's id and the words its title."""
    texts = [unwrap(line.text).strip() for line in cell.lines]
    if len(texts) == 2 and not cell.bullets:
        first, second = texts
        if _CODE_ALONE.fullmatch(first) and level_code(first) and not level_code(second):
            return f"{first} - {second}"
        if _CODE_ALONE.fullmatch(second) and level_code(second) and not level_code(first):
            return f"{first} {second}" if second.startswith("(") else f"{first} ({second})"
    return unwrap(cell.joined()).strip()


#: A labelled fact about a level ('Years of experience: Typically 0-2').
_FACT = re.compile(r"[^:.!?]{1,40}:\s")


def _cell_heads(cell: Cell) -> list[int]:
    """The lines of a cell that head the bullets after them: short, not
    bullets, followed by a bullet ('Domain Expertise' over its list)."""
    lines = cell.lines
    return [i for i, line in enumerate(lines) if not line.bullet and i + 1 < len(lines) and lines[i + 1].bullet
            and is_title_like(unwrap(line.text))]


def _cell_group_names(cells: list[Cell]) -> set[str]:
    """The names that head groups of bullets inside the cells, in two cells
    or more (every level's cell groups its statements by competency), as
    name keys."""
    counts: Counter[str] = Counter()
    for cell in cells:
        counts.update({name_key(unwrap(cell.lines[i].text)) for i in _cell_heads(cell)})
    return {name for name, n in counts.items() if n >= 2 and name}


def _cell_groups(cell: Cell, names: set[str]) -> list[tuple[str | None, Cell]]:
    """A cell cut at the lines that head a group of its bullets (``names``):
    (the group's name, or None before the first, and its lines)."""
    heads = [i for i in _cell_heads(cell) if name_key(unwrap(cell.lines[i].text)) in names]
    if not heads:
        return [(None, cell)]
    out: list[tuple[str | None, Cell]] = []
    if heads[0] > 0:
        out.append((None, Cell(cell.lines[: heads[0]], cell.line)))
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(cell.lines)
        out.append((cell.lines[i].text, Cell(cell.lines[i + 1 : end], cell.line)))
    return out


#: Labels of a level's cell that give its title ('Title' above 'Software
#: Engineer I'), and its number ('Level' above '1').
_TITLE_LABELS = frozenset({"title", "job title", "role", "name", "position"})
_NUMBER_LABELS = frozenset({"level", "grade", "band"})
#: What the first column of a row of levels' titles (or codes) may say.
_TITLE_ROW_LABELS = _TITLE_LABELS | _NUMBER_LABELS | {"titles", "roles", "job titles", "names", "levels", "code",
                                                     "level code", "level title", "level name"}


@dataclass(frozen=True)
class _LabelledLevel:
    """A level's cell written as labels above values ('Level', '1', 'Title',
    'Software Engineer I', 'Experience', '0-2 years')."""

    title: str
    code: str | None  # 'L1' from 'Level' above '1'
    summary: str | None  # the other labels and values: 'Experience: 0-2 years'


def _labelled_level(cell: Cell) -> _LabelledLevel | None:
    lines = [line.text.strip() for line in cell.lines]
    if len(lines) < 4 or len(lines) % 2 or any(line.bullet for line in cell.lines):
        return None
    pairs = [(lines[i].rstrip(":").strip(), lines[i + 1]) for i in range(0, len(lines), 2)]
    if not all(is_title_like(label) and len(label.split()) <= 3 for label, _value in pairs):
        return None
    title = next((value for label, value in pairs if label.casefold() in _TITLE_LABELS), None)
    if title is None:
        return None
    number = next((value for label, value in pairs if label.casefold() in _NUMBER_LABELS
                   and _BARE_NUMBER.fullmatch(value)), None)
    rest = [f"{label}: {value}" for label, value in pairs
            if label.casefold() not in _TITLE_LABELS and not (label.casefold() in _NUMBER_LABELS and value == number)]
    return _LabelledLevel(title, f"L{number}" if number else None, ". ".join(rest) or None)


@dataclass
class _Topics:
    """Bullets that only name the topic of the bullets nested under them
    ('- Networking' over '  - knows HTTP'), and each nested bullet's topic."""

    names: set[int] = field(default_factory=set)
    of: dict[int, str] = field(default_factory=dict)
    #: Bullets that finish the sentence of the bullet over them ('Be involved by:'), and that sentence.
    finishing: dict[int, str] = field(default_factory=dict)
    #: Bullets that give examples of the one over them ('Improve the flow of work. Examples:'):
    #: its statement, without the word that opens the examples, and theirs.
    shown: dict[int, tuple[str, list[str]]] = field(default_factory=dict)
    #: Examples given in a bullet of their own after a bullet ('- Examples' over '  - Fixed a flaky
    #: test', as Notion exports a toggle): of that bullet.
    more_examples: dict[int, list[str]] = field(default_factory=dict)

    def statement(self, item: Item) -> ImportedStatement | None:
        """The statement a bullet says, under its topic ('Networking: knows
        HTTP'), finishing the sentence of the bullet over it ('Understand
        the tools of your team: what they are for'), with its examples, or
        under its bold label; None for a bullet said in another's
        statement."""
        said = self.said(item)
        if said is not None:
            said.examples.extend(self.more_examples.get(id(item), []))
        return said

    def said(self, item: Item) -> ImportedStatement | None:
        if id(item) in self.names:
            return None
        if id(item) in self.shown:
            text, examples = self.shown[id(item)]
            return ImportedStatement(text, item.line, list(examples))
        if id(item) in self.finishing:
            return ImportedStatement(f"{self.finishing[id(item)]} {item.text}", item.line)
        topic = self.of.get(id(item))
        if topic is not None:
            return ImportedStatement(f"{topic}: {item.text}", item.line, label=topic, rest=item.text)
        tag = item.labelled
        return ImportedStatement(item.text, item.line, label=tag.label if tag else None, rest=tag.rest if tag else None)


def _topics(items: list[Item]) -> _Topics:
    """A bullet of a few words, in plain text, that is no sentence ('-
    Networking', '- Relational databases') over nested bullets names their
    topic: each of them is read 'Networking: knows HTTP', and the topic is
    no statement of its own (it would repeat at every level, apart from
    what it is about)."""
    found = _Topics()
    open_topics: dict[int, tuple[str, bool]] = {}  # depth -> the topic, or the sentence its bullets finish
    for n, item in enumerate(items):
        open_topics = {depth: name for depth, name in open_topics.items() if depth < item.depth}
        following = items[n + 1] if n + 1 < len(items) else None
        if id(item) in found.names:
            continue
        nested = following is not None and following.depth > item.depth
        before = next((b for b in reversed(items[:n]) if b.depth <= item.depth), None)
        if nested and before is not None and before.depth == item.depth and id(before) not in found.names \
                and aside_name(item.text) == "examples":
            # '- Examples' (a Notion toggle, as its Markdown export writes it) after a bullet, over its examples.
            under = list(itertools.takewhile(lambda after: after.depth > item.depth, items[n + 1:]))
            found.more_examples.setdefault(id(before), []).extend(after.text for after in under)
            found.names.update([id(item), *(id(after) for after in under)])
            continue
        if nested and _names_a_topic(item):
            open_topics[item.depth] = (unwrap(item.text).strip(), False)
            found.names.add(id(item))
            continue
        if nested and item.labelled is None and not item.bold and _leads_into(item.text):
            under = list(itertools.takewhile(lambda after: after.depth > item.depth, items[n + 1:]))
            opening = _EXAMPLES_OPENING.search(item.text)
            if opening is not None and opening.start() > 0:
                # 'Improve the flow of work for your team. Examples:' over what shows it.
                found.shown[id(item)] = (item.text[: opening.start()].rstrip(), [after.text for after in under])
                found.names.update(id(after) for after in under)
                continue
            # 'Understand the core tools of your team:' over '- What they are for': each finishes it. Written
            # with its colon or without ('Be involved by' over '- Encouraging others'), it reads the same, so
            # that a revision that adds or drops the colon says the same statements.
            lead = item.text.strip()
            open_topics[item.depth] = (lead if lead.endswith(":") else f"{lead}:", True)
            found.names.add(id(item))
            continue
        if open_topics:
            name, finishes = open_topics[max(open_topics)]
            (found.finishing if finishes else found.of)[id(item)] = name
    return found


#: The words that open a bullet's examples, written as its last sentence ('... for your team. Examples:'),
#: with a colon or not.
_EXAMPLES_OPENING = re.compile(r"(?:^|(?<=[.!?]))\s*(?:examples?|for (?:example|instance)|e\.g\.?)\s*:?\s*$",
                               re.IGNORECASE)
#: Words a bullet ends on when its sentence goes on in the bullets nested under it ('Help your team by', '... such as').
_GOES_ON_BELOW = GOES_ON | {"including", "like", "via", "through"}


def _leads_into(text: str) -> bool:
    """Whether a bullet over nested bullets starts a sentence they finish:
    it ends in a colon ('Be involved with the community by:'), or on a word
    no sentence ends on, its colon left out ('Be involved with the
    community by'), or opens examples ('... Examples', 'For example:')."""
    plain = strip_markdown(text).rstrip()
    if plain.endswith(":"):
        return True
    said = words(plain)
    if plain[-1:].isalnum() and said and said[-1].casefold() in _GOES_ON_BELOW:
        return True
    opening = _EXAMPLES_OPENING.search(text)
    return opening is not None and opening.start() > 0


def _names_a_topic(item: Item) -> bool:
    text = item.text.strip()
    said = text.split()
    return not item.bold and item.labelled is None and 0 < len(said) <= 4 and not any(ch in text for ch in ".!?;:,*_[`") \
        and said[0].casefold() not in _PRONOUNS and not (len(said) > 1 and THIRD_PERSON_START.match(text)) \
        and not is_level_name(text)


def _item_groups(items: list[Item], names: set[str]) -> list[tuple[Item | None, list[Item]]]:
    """Bullets in groups: those under a top-level bullet that only names
    them ('- Responsibilities include:' over nested bullets, one of the
    group ``names``), and the rest (None) in one group."""
    groups: list[tuple[Item | None, list[Item]]] = []
    group: tuple[Item | None, list[Item]] | None = None  # where the bullet being read goes
    # Beside bullets that head groups, a labelled bullet of a group's name is
    # that group ('- **Learning:** reads a book'); bullets that are all
    # labelled are left whole, for the labels to be read across the levels.
    heads = any(item.depth == 0 and _names_a_group(item) and name_key(_group_name(item)) in names for item in items)
    rest: tuple[Item | None, list[Item]] | None = None
    for n, item in enumerate(items):
        if item.depth == 0:
            following = items[n + 1] if n + 1 < len(items) else None
            if _names_a_group(item) and name_key(_group_name(item)) in names and following is not None \
                    and following.depth > 0:
                group = (item, [])
                groups.append(group)
                continue
            group = None
            if heads and item.labelled is not None and name_key(item.labelled.label) in names:
                groups.append((item, [item]))  # '**Learning:** reads a book', where other levels list it
                continue
        if group is None:
            if rest is None:
                rest = (None, [])
                groups.append(rest)
            rest[1].append(item)
        else:
            group[1].append(item)
    return groups


def _group_names(blocks: list[Block], alone: bool = False) -> set[str]:
    """The names of bullets that name the bullets under them, level after
    level ('- Requirements:' at each): given twice or more in a document.
    A sentence its bullets finish ('- Writes well-tested code:') is said
    once. On a level's page alone, a title in bold ('- **Technical
    skills**') is one given once: nothing says it does not come back. So is
    a title in bold over nested bullets at one level of several, where two
    or more such titles come back level after level: the document writes
    its competencies so, and one only some level has is one still."""
    groups = bullet_groups(blocks)
    titles = {name_key(_group_name(b)) for b in blocks
              if alone and isinstance(b, Item) and b.bold and _names_a_group(b)}
    items = [b for b in blocks if isinstance(b, Item)]
    bold = {name_key(_group_name(item)) for item, after in zip(items, items[1:])
            if item.depth == 0 and after.depth > 0 and item.bold and _names_a_group(item)}
    if sum(1 for name in bold if groups[name] >= 2) >= 2:
        titles |= bold
    return {name for name, count in groups.items() if count >= 2 or name in titles}


def bullet_groups(blocks: list[Block]) -> Counter[str]:
    """How often each name of a bullet over nested bullets ('- Requirements:')
    is given in the blocks, by name key."""
    items = [b for b in blocks if isinstance(b, Item)]
    return Counter(name_key(_group_name(item)) for item, after in zip(items, items[1:])
                   if item.depth == 0 and after.depth > 0 and _names_a_group(item))


def bullet_labels(blocks: list[Block]) -> set[str]:
    """The labels that start top-level bullets ('- **Learning:** reads a
    book'), by name key."""
    return {name_key(b.labelled.label) for b in blocks if isinstance(b, Item) and b.depth == 0 and b.labelled}


def _names_a_group(item: Item) -> bool:
    """A bullet that may name what the bullets under it are ('Requirements:',
    or a title wholly in bold: '**Technical skills**'), not one that starts
    a sentence they finish ('You will:', 'Helps the team by:')."""
    if item.labelled is not None and item.labelled.rest.strip():
        return False
    return _a_group_name(item.text) or item.bold and _a_title(item.text)


def _a_title(text: str) -> bool:
    """Whether a bullet's text in bold names something ('Technical skills',
    'Communication:') rather than saying it ('Always writes tests.')."""
    name = _group_text(text)
    return 0 < len(name.split()) <= 6 and name[-1:] not in ".!?;," and not reads_as_sentence(name)


def _a_group_name(text: str) -> bool:
    """Whether a lead-in ending in a colon names what follows it
    ('Requirements:', 'Responsibilities include:'), rather than starting a
    sentence it finishes ('You will:', 'Members are expected to:'): up to
    three words, or a name in title case ('Software Engineering & Design:')."""
    if not strip_markdown(text).strip().endswith(":"):
        return False
    name = _group_text(text)
    words = name.casefold().split()
    return 0 < len(words) and (len(words) <= 3 or is_title_like(strip_markdown(name).strip())) \
        and words[0] not in _PRONOUNS and words[-1] not in GOES_ON


def _lead_ins(blocks: list[Block]) -> set[int]:
    """The plain paragraphs that lead in to the list right after them
    ('Responsibilities:', 'Members are expected to:'): one sentence, which a
    colon ends. A paragraph that says more first ('A designer I is embedded
    in a team. At this level, you are expected to:') is a summary."""
    before_lists = [block for block, after in zip(blocks, blocks[1:])
                    if isinstance(block, Paragraph) and block.labelled is None and isinstance(after, Item)
                    and after.depth == 0]
    titles = [block for block in before_lists if _title_line(block)]
    return {id(block) for block in before_lists if strip_markdown(block.text).strip().endswith(":")
            and not _SENTENCE_END.search(strip_markdown(block.text))} | \
        ({id(block) for block in titles} if len(titles) >= 2 else set())


def _title_line(block: Paragraph) -> bool:
    """A paragraph that is a name, not a sentence ('Execution & Results',
    in italics or plain, as a document typed without styles names the list
    after it)."""
    text = strip_markdown(block.text).strip()
    return is_title_like(text) and not is_level_name(normalise(text))


#: The end of a sentence inside a text: a stop, then more.
_SENTENCE_END = re.compile(r"[.!?]\s+\S")


_PRONOUNS = frozenset("i you we they he she it this these".split())
#: What a bullet naming a group says after its name: '- Responsibilities include:'.
_GROUP_FILLER = re.compile(r"\s+(?:include|includes|including|are|is|the following)?\s*:$", re.IGNORECASE)


def _group_name(item: Item) -> str:
    return _group_text(item.text)


def _group_text(text: str) -> str:
    return _GROUP_FILLER.sub("", strip_markdown(unwrap(text.strip()))).rstrip(":").strip()


def _competency_names(matrix: _Matrix) -> set[str]:
    """What a table of levels names its competencies: its header (levels as
    rows) or its first column (levels as columns), as name keys."""
    rows = matrix.table.rows
    if matrix.per_statement is not None:  # a statement per row: the column of competencies
        column = matrix.per_statement.competency
        cells = [row.cells[column] for row in rows[1:] if column < len(row.cells)]
    elif matrix.layout == "levels-as-rows":
        cells = [c for i, c in enumerate(rows[0].cells) if i != matrix.level_column] if rows else []
    else:
        cells = [row.cells[0] for row in rows[1:] if row.cells]
    return {name_key(c.joined()) for c in cells if not c.empty} - {""}


def _level_rows(rows: list[Row], first: int, column: int, level_rows: set[int]) -> list[Row]:
    """The rows of the level whose row is ``first``: that row, and those
    below it that its level's cell spans (a summary row, then a row of
    statements, as HTML ``rowspan`` draws one level), up to the next level."""
    end = first + 1
    while end < len(rows) and end not in level_rows and column < len(rows[end].cells) \
            and rows[end].cells[column].covered:
        end += 1
    return rows[first:end]


def _aside(node: _Node) -> str | None:
    """What a heading with nothing under it but text adds to the competency
    it is under ('examples', 'note', 'description'), or None when it is a
    heading of its own."""
    return None if node.children else aside_name(node.heading.text)


def _title_over_tracks(headings: list[Heading], levels: list[Heading], tracks: list[Heading]) -> Heading | None:
    """The page's first heading where it stands over its tracks' headings
    at their depth ('# Engineering Levels at Widgetco' before '# Individual
    Contributor Track' and '# Manager Track'): the page's title, which
    names the framework (and may say whose it is), though not the only
    heading at the top; None where the first heading is a track or a level."""
    real = [h for h in headings if not h.bold]
    if not real or not tracks:
        return None
    first = real[0]
    if first is not headings[0] or any(first is h for h in tracks) or first.line >= tracks[0].line \
            or first.depth > tracks[0].depth or any(h.line <= first.line for h in levels):
        return None
    return first


def _first_statement_line(node: _Node) -> int:
    """The line of the first statement right under a node (a bullet, a
    table, a labelled paragraph), where its summary ends; past the end of
    any document when it has none."""
    return min((b.line for b in node.blocks if not isinstance(b, (Paragraph, Other)) or getattr(b, "labelled", None)),
               default=10**9)


def _continuations(blocks: list[Block]) -> set[int]:
    """The plain paragraphs right after a labelled one (or after one of
    these): they go on with its competency ('**Mentorship:** ...', then a
    second paragraph), where other paragraphs of a level are its summary."""
    found: set[int] = set()
    going_on = False
    for block in blocks:
        if isinstance(block, Paragraph) and block.labelled is not None:
            going_on = True
        elif isinstance(block, Paragraph) and going_on:
            found.add(id(block))
        else:
            going_on = False
    return found


def _codes_of_different_things(headings: list[Heading]) -> bool:
    """Whether headings name levels only by codes of a family each, with
    no seniority word ('Craftsmanship (C3)', 'Impact (I3)', 'Behavior (B2)'):
    the levels of one ladder share their family (IC1, IC2; L3, L4)."""
    names = [LevelName.read(normalise(h.text)) for h in headings]
    if len(names) < 2 or any(n.rung is None or n.named for n in names):
        return False
    families = [n.rung.family for n in names if n.rung is not None]
    return len(set(families)) == len(families)


#: A block that names a level in a competency's section.
_Mark = Heading | Item | Paragraph


@dataclass
class _CompetencySection:
    """A competency's heading, the blocks under it, and the blocks that
    name its levels (headings, or list items naming a level)."""

    heading: Heading
    body: list[Block]
    marks: list[_Mark]


def _sub_headings(blocks: list[Block], levels: list[Heading]) -> list[Heading]:
    """The headings inside the levels' sections, in order."""
    return [b for level in levels for b in _section_body(blocks, level) if isinstance(b, Heading)]


def _section_body(blocks: list[Block], heading: Heading, positions: dict[int, int] | None = None) -> list[Block]:
    """The blocks under a heading, to the next heading as high or higher
    (``positions``: each block's index in ``blocks`` by its id, for a
    caller that asks of many headings of a long document)."""
    start = (positions[id(heading)] if positions is not None else next(
        i for i, b in enumerate(blocks) if b is heading)) + 1
    for end in range(start, len(blocks)):
        below = blocks[end]
        if isinstance(below, Heading) and below.depth <= heading.depth:
            return blocks[start:end]
    return blocks[start:]


#: Words of a heading about a role, not of a role's title ('Working With Your Manager').
_NOT_IN_A_TITLE = frozenset("with for the a an your our my their to of on about and or in at how becoming working "
                            "tips notes guide guidance".split())
#: What a heading over the competencies' descriptions says ('Required skills', 'Our competencies').
_COMPETENCY_WORDS = frozenset("skill skills competency competencies area areas definition definitions dimension "
                              "dimensions capability capabilities attribute attributes".split())
#: What a heading over the levels' descriptions says besides 'levels' ('Career Levels', 'Our roles').
_ABOUT_LEVELS = frozenset("career careers engineering job our the of at a glance overview summary summaries "
                          "descriptions definitions".split())
_LEVELS = frozenset("level levels role roles title titles grade grades band bands ladder".split())
#: Words of a header over the levels' titles besides those ('Job title', 'Level name', 'Position').
_TITLE_WORDS = frozenset("job name names position positions".split())


def _describes_levels(heading: Heading, parts: list[tuple[_Mark, list[Block]]]) -> bool:
    """Whether a section says in prose what each level is ('Career Levels',
    a paragraph or two under each level), rather than being a competency:
    its heading names the levels and it holds no list."""
    if not _names_the_levels(heading):
        return False
    return all(under and all(isinstance(b, Paragraph) for b in under) for _, under in parts)


def _names_the_levels(heading: Heading) -> bool:
    """Whether a heading names the levels as a whole ('Levels', 'Career
    Levels', 'The ladder'), not a group of what they expect."""
    said = set(words(normalise(heading.text)))
    return bool(said & _LEVELS) and said <= _LEVELS | _ABOUT_LEVELS


def _mark_name(block: _Mark) -> str:
    if isinstance(block, Paragraph):
        return _introduced_level(block) or ""
    return unwrap(normalise(block.text)).strip().rstrip(":")


#: Words in bold or italics.
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?![\s*_])(.+?)(?<![\s*_])\1")


def _written_as_a_list(paragraphs: Sequence[Paragraph | Other]) -> bool:
    """Paragraphs that are the items of a list written without bullets:
    three or more, and most not ending as a sentence does ('Acting as a
    technical lead or line manager'), where prose ends with a full stop."""
    if len(paragraphs) < 3 or not all(isinstance(p, Paragraph) for p in paragraphs):
        return False
    fragments = sum(1 for p in paragraphs if not p.text.rstrip().endswith((".", "!", "?", ":", '"', "”")))
    return fragments * 3 >= len(paragraphs) * 2


def _introduced_level(paragraph: Paragraph) -> str | None:
    """The level a short lead-in names in bold or italics before its list
    ('A **Junior Developer** is capable of:', '_Senior_ engineers:'); None
    for another paragraph."""
    text = paragraph.text.strip()
    if not text.endswith(":") or len(text.split()) > 12:
        return None
    named = [normalise(m.group(2)).strip().rstrip(":") for m in _EMPHASIS.finditer(text)]
    return named[0] if len(named) == 1 and is_level_name(named[0]) else None


def _level_marks(body: list[Block], beside: Sequence[str] = ()) -> list[_Mark]:
    """The blocks of a section that name a level: its own sub-headings
    (the shallowest under it) that do, when none has sub-headings of its
    own (levels holding competencies are another layout); else its
    top-level list items that are only a level's name with items nested
    under them, or its lead-ins that name a level before a list ('A
    **Junior Developer** is capable of:'). ``beside``: the names of the
    other sections' sub-headings, among which a role alone is a level."""
    headings = [b for b in body if isinstance(b, Heading)]
    if headings:
        top = min(h.depth for h in headings)
        if any(h.depth > top for h in headings):
            return []
        # The role alone beside its levels is one too ('Engineer' beside 'Senior Engineer'), in
        # this section or another ('Engineer' beside 'Apprentice' here, 'Senior Engineer' there).
        at_top = [h for h in headings if h.depth == top]
        titled = [(i, _mark_name(h)) for i, h in enumerate(at_top)]
        titled += [(len(at_top) + n, name) for n, name in enumerate(beside)]
        levels = {i for i, _ in _levels_named(titled) if i < len(at_top)}
        named: list[_Mark] = [h for i, h in enumerate(at_top) if i in levels]
        if any(is_level_name(_mark_name(h)) for h in named):
            return named
    over = [block for block, after in zip(body, body[1:]) if isinstance(block, Item) and block.depth == 0
            and len(block.text.split()) <= 6 and isinstance(after, Item) and after.depth > 0]
    levels = {i for i, _ in _levels_named([(i, _mark_name(item)) for i, item in enumerate(over)])}
    items = {id(item) for i, item in enumerate(over) if i in levels} \
        if any(is_level_name(_mark_name(item)) for item in over) else set()
    marks: list[_Mark] = []
    for block, after in zip(body, body[1:]):
        if isinstance(block, Item) and id(block) in items:
            marks.append(block)
        elif isinstance(block, Paragraph) and isinstance(after, Item) and _introduced_level(block):
            marks.append(block)
    names = [name_key(_mark_name(m)) for m in marks]
    if headings and len(set(names)) < len(names):
        return []  # the levels again under each sub-heading: those are the competencies ('Technical' > 'Testing')
    return marks


def _marked_parts(body: list[Block], marks: list[_Mark]) -> list[tuple[_Mark, list[Block]]]:
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


#: How a heading over a track ends ('Management track', 'Individual contributor path (IC1-IC6)'); what is
#: before it names the track.
#: A line that says its level starts a track ('🔀 This role starts the Domain Expert track.', 'This level
#: is the start of the Management track', 'Start of the management track').
_TRACK_START = re.compile(
    r"^\W*(?:(?:this|the)\s+(?:role|level|position|rung|grade|title|step)\s+(?:starts|begins|opens|is\s+the\s+"
    r"(?:start|beginning|first\s+(?:role|level|step))\s+(?:of|on|in))|(?:start|beginning)\s+of)\s+(?:the\s+)?"
    r"(?P<track>[A-Za-z][\w/&' -]{0,40}?)\s+(?:career\s+)?track\W*$", re.IGNORECASE)
_TRACK_WORD = re.compile(r"(?i)[\s:–—-]*\b(?:career\s+)?(?:track|path|pathway|ladder)s?(?:\s*\([^()]*\))?\s*$")


def _say_tracks(headings: list[str]) -> bool:
    """Whether headings each say they are over a track ('Management track')."""
    return all(_TRACK_WORD.search(text) for text in headings)


def _tracks_of_headings(groups: list[tuple[Heading, list[Heading]]]) -> str | None:
    """Why headings over a page's levels set apart tracks, not bands of one
    ladder; None where nothing says so. Bands name one role, or a role
    said shortly at the top (Software Engineer I, II; Staff Engineer), or
    roles whose levels each band continues above (or, written from the top
    down, below) the last (P1 Developer, P2 Developer; P3 Architect)."""
    headings = [normalise(heading.text) for heading, _ in groups]
    if _say_tracks(headings):
        return "the headings over its levels say they are tracks (" + ", ".join(f"'{t}'" for t in headings) + ")"
    titles = [[normalise(level.text) for level in members] for _, members in groups]
    names = [[LevelName.read(t) for t in group] for group in titles]
    roles = [{track_key(role): role for role in map(role_of, group) if role} for group in titles]
    if all(roles) and all(set(a).isdisjoint(b) for a, b in itertools.combinations(roles, 2)):
        said = [[r.casefold().split() for r in group.values()] for group in roles]
        shortly = any(mine[-len(theirs):] == theirs or theirs[-len(mine):] == mine
                      for a, b in itertools.combinations(said, 2) for mine in a for theirs in b)
        continued = all(any(all(low.before(high) is True for low in lower for high in higher)
                            for lower, higher in ((earlier, later), (later, earlier)))
                        for earlier, later in zip(names, names[1:]))
        if not shortly and not continued:
            return "the levels under each heading name another role (" + "; ".join(
                ", ".join(f"'{r}'" for r in group.values()) for group in roles) + ")"
    # A level named again under another heading, or codes of one family under each (IC1 ..., M1 ...).
    keys = [{name_key(t) for t in group} for group in titles]
    again = any(a & b for a, b in itertools.combinations(keys, 2))
    families = [{n.rung.family for n in group if n.rung is not None and n.rung.prefix} for group in names]
    own = all(len(f) == 1 for f in families) and len(set.union(*families)) == len(families)
    if again or own:
        return "the levels under each heading are a sequence of their own, from its own lowest level (" + "; ".join(
            f"{group[0]} ..." if len(group) > 1 else group[0] for group in titles) + ")"
    return None


def _over_levels(heading: Heading, headings: list[Heading], level_ids: set[int]) -> bool:
    """Whether level headings sit under ``heading`` (in its section)."""
    start = headings.index(heading)
    for other in headings[start + 1 :]:
        if other.depth <= heading.depth:
            return False
        if id(other) in level_ids:
            return True
    return False


def _children(heading: Heading, headings: list[Heading]) -> set[str]:
    """Normalised names of the headings one level below ``heading``, in its section."""
    names: set[str] = set()
    start = headings.index(heading)
    child_depth = None
    for other in headings[start + 1 :]:
        if other.depth <= heading.depth:
            break
        if child_depth is None:
            child_depth = other.depth
        if other.depth == child_depth:
            names.add(normalise(other.text).lower())
    return names


_VALUES = frozenset("yes no y n true false x n/a na - tbd ✓ ✔ ✗ ✘ •".split())
def _says_not_applicable(cell: Cell) -> bool:
    """Whether a cell only says that the competency does not apply there
    ('N/A', '—', 'None', 'N/A – first expected at L3'): no statement. A
    statement that starts with such a word ('None of the above ...') is one."""
    return not cell.bullets and not_applicable(cell.joined().strip(" []")) is not None


def _proficiency_named(cell: Cell) -> str | None:
    """The proficiency a cell names and nothing else ('Advanced', 'Expert.'), as written."""
    if len(cell.lines) != 1 or cell.bullets:
        return None
    text = normalise(unwrap(cell.joined())).strip().rstrip(".").strip()
    return text if len(text.split()) <= 3 and proficiency(text) is not None else None


def _statement_like(cell: Cell) -> bool:
    """A cell that says what someone does, not a value ('Yes', '3', '✓', a link)."""
    if cell.bullets:
        return True
    text = normalise(cell.joined())
    text = after_reference(text) or text  # 'Same as L1, plus: ...' says what the level adds
    if not any(ch.isalpha() for ch in text) or text.casefold() in _VALUES or _says_not_applicable(cell):
        return False
    if len(text.split()) <= 6 and is_level_name(text):
        return False  # a table that maps levels to levels ('Engineer 1 | IC2 | M2')
    return not re.fullmatch(r"\W*\[[^\]]*\]\([^)]*\)\W*", cell.joined().strip())


def _naming_columns(matrix: _Matrix) -> set[int]:
    """The columns of a levels-as-rows table that name its levels (the
    first, the levels', their titles'): the others hold statements."""
    return {0, matrix.level_column} | ({matrix.title_column} if matrix.title_column is not None else set())


def _content_columns(matrix: _Matrix) -> int:
    """How many columns of a levels-as-rows table hold statements."""
    header = matrix.table.rows[0].cells if matrix.table.rows else []
    return sum(1 for i in range(len(header)) if i not in _naming_columns(matrix))


def _content_cells(matrix: _Matrix) -> int:
    return sum(len(_statements(c)) for r in matrix.table.rows[1:] for c in r.cells[1:] if not c.empty)


def _unstack(table: Table, heading: Heading | None) -> None:
    """A table of one column whose rows name a level and then hold its
    statements, level after level (Beyond's 'Software Engineer 1' row over
    a row of bullets), read as the table of levels it draws: a row per
    level, the heading above it naming its column of statements."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 4 or len(rows) % 2 or any(sum(1 for c in r.cells if not c.empty) != 1 for r in rows):
        return
    cells = [next(c for c in r.cells if not c.empty) for r in rows]
    names, contents = cells[0::2], cells[1::2]
    if not all(is_level_name(normalise(unwrap(c.joined()))) for c in names) \
            or any(is_level_name(normalise(unwrap(c.joined()))) for c in contents):
        return
    title = _name(heading) if heading is not None else ""
    # The levels' column has no header of the document's to report.
    header = Row([Cell([], rows[0].line), Cell([CellLine(title, False)], rows[0].line)], rows[0].line, header=True)
    table.rows = [header] + [Row([name, content], row.line) for name, content, row in zip(names, contents, rows[0::2])]


def _what_it_holds(headings: list[Heading], tables: list[Table]) -> str:
    """What a document that names no level holds instead: its headings and
    its tables' headers, some of each, as a reader would look for levels."""
    def some(names: list[str], count: int) -> str:
        return ", ".join(f"'{n}'" for n in names[:count]) + (" ..." if len(names) > count else "")

    said = []
    if headings:
        said.append(f"none of its {plural(len(headings), 'heading')} ({some([_name(h) for h in headings], 5)}) "
                    "names a level such as IC3, P2, Level 4 or Engineer II, nor do they repeat from level to level")
    else:
        said.append("it has no heading that names a level such as IC3, P2, Level 4 or Engineer II")
    if tables:
        # Every row of a header drawn over two (a group's cell over the columns it spans).
        headers = [" over ".join("'" + " | ".join(strip_markdown(unwrap(c.joined())).strip()
                                                  for c in row.cells if not c.empty) + "'"
                                 for row in _header_rows(t)) for t in tables]
        shown = ", ".join(headers[:2]) + (" ..." if len(headers) > 2 else "")
        rows = "header rows" if " over " in headers[0] else "header"
        said.append(f"no table's header row names levels (its table's {rows}: {shown})" if len(tables) == 1 else
                    f"no table's header row names levels (its {len(tables)} tables' headers: {shown})")
    return ", and ".join(said)


#: What a page whose table of statements names no levels says.
NO_LEVELS = "cannot tell which levels this document's table names"


def _drawn_like_a_ladder(table: Table) -> bool:
    """A table drawn as a ladder is, whatever its header says: three
    columns named or more, and half its other cells or more sentences of
    three words or more (statements, not a list of owners and dates)."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    header = _header_rows(table)
    if not header or sum(1 for c in header[-1].cells if not c.empty) < 3:
        return False
    below = next((n + 1 for n, r in enumerate(rows) if r is header[-1]), len(header))
    body = [c for r in rows[below:] for c in r.cells[1:] if not c.empty]
    said = [c for c in body if _statement_like(c) and len(c.joined().split()) >= 3]
    return bool(body) and len(said) * 2 >= len(body)


def _header_rows(table: Table) -> list[Row]:
    """The rows of a table's header: its first, and the row under it where
    the header is two rows deep, read as one (``over_header``) or a cell of
    the first spanning both ('Competency' beside a group's cell over the
    levels' names)."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if not rows:
        return []
    if table.over_header is not None:
        return [table.over_header, rows[0]]
    if len(rows) >= 2 and any(c.covered and not _spanned_from_left(rows[1], i) for i, c in enumerate(rows[1].cells)):
        return rows[:2]
    return rows[:1]


def _spanned_from_left(row: Row, index: int) -> bool:
    """Whether a cell of the row to the left of ``index`` spans it."""
    return any(i < index < i + c.columns for i, c in enumerate(row.cells[:index]) if not c.covered)


def _stack_header(table: Table, layout: str | None = None) -> None:
    """A header of two rows read as one: a first row that names no level,
    its cells over the levels' columns a group's name across them ('Levels',
    merged over them, or written once and the rest left empty, as a
    spreadsheet exports merged cells) or blank, over a row that names two
    levels or more. The names of the lower row, and the upper row's where
    the lower is blank (a cell spanning both rows: 'Competency'), are the
    header; the upper row is kept aside, its names over the levels reported.
    Where the user says the levels are the columns (``layout``), the lower
    row names them under cells merged over groups of them, whatever their names."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 3 or table.over_header is not None:
        return
    top, below = rows[0], rows[1]
    names = [(i, unwrap(c.joined()).strip()) for i, c in enumerate(below.cells) if not c.empty]
    named = _levels_named(names)
    merged_over = [i for i, c in enumerate(top.cells) if not c.empty and c.columns > 1]
    if layout == "levels-as-columns" and len(named) < 2 and merged_over:
        named = [(i, t) for i, t in names if i >= merged_over[0] and len(t.split()) <= 6]
    # A cell merged over two levels' columns or more (in a sheet, written once and the next left
    # blank, or the row ending there) names a group of them, whatever its words ('Senior IC' over
    # P3 and P4); a cell over one column that names a level makes a row of levels.
    def spans(index: int, cell: Cell) -> bool:
        following = _cell(top, index + 1)
        return cell.columns > 1 or (table.sheet and (following is None or following.empty)
                                    and index + 1 in dict(named))
    if len(named) < 2 or any(is_level_name(normalise(unwrap(c.joined()).strip()))
                             for i, c in enumerate(top.cells) if not c.empty and not spans(i, c)):
        return
    # Below the header, the rows hold statements, not another row of names.
    if not any(_statement_like(c) for r in rows[2:] for i, c in _named_cells(r, named)):
        return
    over = [_cell(top, i) for i, _ in named]
    written = [c for c in over if c is not None and not c.empty]
    if len(written) * 2 > len(named):
        return  # a cell of its own over each level: a row of the table, not a group's name
    merged = [below.cells[i] if i < len(below.cells) and not below.cells[i].empty
              else top.cells[i] if i < len(top.cells) and all(i != j for j, _ in named) else Cell([], below.line)
              for i in range(max(len(top.cells), len(below.cells)))]
    table.over_header = top
    table.rows = [Row(merged, below.line, header=True)] + [r for r in table.rows if r is not top and r is not below]


def _stack_group_header(table: Table) -> None:
    """A header of two rows over a table of levels as rows: the first names
    groups over the competencies' columns ('Craft' merged over two columns,
    or written once and the next left blank, as a spreadsheet exports it),
    the second names each column ('Design | Testing'); the first column's
    header spans both rows ('Level'), and the rows below it name levels.
    The second row is the header, the first kept aside, its groups the
    dimensions of the columns under them."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 4 or table.over_header is not None or not rows[0].cells or len(rows[1].cells) < 3:
        return
    top, below = rows[0], rows[1]
    if not (below.cells[0].empty or below.cells[0].covered):
        return
    names = [(i, unwrap(c.joined()).strip()) for i, c in enumerate(below.cells) if i > 0 and not c.empty]
    if len(names) < 2 or any(is_level_name(normalise(t)) or len(t.split()) > 6 for _, t in names):
        return
    # The rows below name levels in their first column.
    firsts = [(i, _level_cell_name(r.cells[0])) for i, r in enumerate(rows[2:]) if r.cells and not r.cells[0].empty]
    if len(_levels_named(firsts)) < 2:
        return
    groups: dict[int, str] = {}
    group = None
    for i in range(1, len(below.cells)):
        cell = _cell(top, i)
        if cell is not None and not cell.empty:
            group = unwrap(cell.joined()).strip()
        elif cell is not None and not cell.covered and not table.sheet and cell.columns == 1:
            group = None  # a blank cell of its own in a page's table: no group over this column
        if group is not None and not below.cells[i].empty:
            groups[i] = group
    # Some group spans two columns or more: else the first row is the header, the second a row.
    if len(groups) < 2 or len(set(groups.values())) == len(groups):
        return
    merged = [top.cells[0]] + below.cells[1:]
    table.over_header = top
    table.groups = groups
    table.rows = [Row(merged, top.line, header=True)] + [r for r in table.rows if r is not top and r is not below]


def _named_cells(row: Row, named: list[tuple[int, str]]) -> list[tuple[int, Cell]]:
    """The cells of ``row`` in the columns ``named`` gives."""
    return [(i, row.cells[i]) for i, _ in named if i < len(row.cells) and not row.cells[i].empty]


def _matrix(table: Table, heading: Heading | None, path: list[Heading], layout: str | None = None) -> _Matrix | None:
    """The table as a ladder, if a row or column names the levels and its
    other cells read as statements. Where the user says the levels are the
    table's columns or rows (``layout``), its header or first column names
    them, whatever their names ('Contributors', 'Maintainers'). A column
    that names each row's track is set aside first (``_set_tracks_aside``);
    where the rest is no ladder, the table is left as it was."""
    _unstack(table, heading)
    _stack_header(table, layout)
    _stack_group_header(table)
    before = [(row, row.cells) for row in table.rows + [table.over_header] if row is not None], table.groups
    if not _set_tracks_aside(table):
        return _ladder(table, heading, path, layout)
    matrix = _ladder(table, heading, path, layout)
    if matrix is None:
        for row, kept in before[0]:
            row.cells, row.track = kept, None
        table.groups, table.track_header = before[1], None
    return matrix


def _set_tracks_aside(table: Table) -> bool:
    """Take out of the table a column that names each row's track, headed
    'Track' ('Job family', 'Career path'), its cells short names ('Backend'
    down the rows, or written once over the rows it spans, the cells below
    it blank): it says which ladder a row is of, neither a competency nor a
    group of them. Each row keeps its track (a blank cell is the name above
    again), the table the column's header. Whether there was such a column."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if table.track_header is not None or len(rows) < 2:
        return False
    header = rows[0]
    column = next((i for i, c in enumerate(header.cells)
                   if normalise(unwrap(c.joined())).casefold() in _TRACK_HEADERS), None)
    if column is None or sum(1 for c in header.cells if not c.empty) < 3:
        return False
    first = _cell(rows[1], column)
    names = [unwrap(c.joined()).strip() for r in rows[1:] if (c := _cell(r, column)) is not None and not c.empty]
    if first is None or first.empty or any(len(t.split()) > 4 or ends_a_sentence(t) or level_code(t) for t in names):
        return False
    # Names of tracks hold for several rows each; short statements under a competency 'Discipline' do not.
    if len({normalise(t).casefold() for t in names}) * 2 > len(rows) - 1:
        return False
    table.track_header = unwrap(header.cells[column].joined()).strip()
    current = None
    for row in table.rows:
        if row is not header:
            cell = _cell(row, column)
            if cell is not None and not cell.empty:
                current = unwrap(cell.joined()).strip()
            row.track = current
        row.cells = row.cells[:column] + row.cells[column + 1:]
    if table.over_header is not None:
        table.over_header.cells = table.over_header.cells[:column] + table.over_header.cells[column + 1:]
    if table.groups is not None:
        table.groups = {i - (i > column): group for i, group in table.groups.items() if i != column}
    return True


def _ladder(table: Table, heading: Heading | None, path: list[Heading], layout: str | None = None) -> _Matrix | None:
    """``_matrix`` of a table whose headers are read."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 2:
        return None
    header = rows[0]
    # The first column names the rows, unless its header names a level too
    # (Beginner | Intermediate | Expert over one row of bullets).
    first = 0 if header.cells and is_level_name(normalise(unwrap(header.cells[0].joined()).strip())) else 1
    titles = [(i, _cell_name(c)) for i, c in enumerate(header.cells) if i >= first and not c.empty]
    # A row of codes alone under the header (IC1 | IC2 | IC3) names a level in each of its columns,
    # whatever the header says there: a title the import does not know ('Engineer' between
    # 'Associate' and 'Senior'), or nothing (a title left blank, the code its name).
    coded = _code_row(rows, first)
    if coded:
        written = dict(titles)
        titles = sorted({**written, **{i: code for i, code in coded.items() if i not in written}}.items())
    # Cells that mark a competency not applicable where it starts higher up are neither statements nor values.
    body = [c for r in rows[1:] for c in r.cells[first:] if not c.empty and not _says_not_applicable(c)]
    rated = bool(body) and all(_proficiency_named(c) is not None for c in body)
    if len(titles) >= 2 and body and (rated or sum(1 for c in body if _statement_like(c)) * 2 >= len(body)):
        levels = _levels_named(titles)  # the role alone beside its levels is one too
        levels = sorted(set(levels) | {(i, t) for i, t in titles if i in coded})
        if layout == "levels-as-columns":
            # Whatever their names, from the first column that names a level, if one does: the
            # columns before it name the rows (Area | Competency | L1 | L2).
            start = levels[0][0] if levels else first
            levels = [(i, t) for i, t in titles if i >= start and len(t.split()) <= 6]
        if len(levels) >= 2 and len(levels) * 2 >= len(titles):
            guessed = _columns_like_levels(rows, titles, levels) if layout is None else []
            levels = sorted(levels + guessed)
            kind = "proficiency-matrix" if all(proficiency(normalise(t)) is not None for _, t in levels) \
                else "levels-as-columns"
            return _Matrix(table, kind, levels, heading, path, guessed=tuple(t for _, t in guessed),
                           rated=rated and kind == "levels-as-columns")
    # Levels as rows: a column naming levels; the header names the competencies. A table of
    # one statement per row may name its levels in any column (Area | Band | Expectation).
    for column in range(len(header.cells)):
        numbered_by = _numbered_by(header.cells[column]) if column < len(header.cells) else None
        cells = [(table.rows.index(r), _level_cell_name(r.cells[column])) for r in rows[1:]
                 if column < len(r.cells) and not r.cells[column].empty]
        if numbered_by:  # 'Level' above 1, 2, 3: the levels are Level 1, Level 2, Level 3
            cells = [(i, f"{numbered_by} {t.strip()}" if _BARE_NUMBER.fullmatch(t.strip()) else t) for i, t in cells]
        named = cells if layout == "levels-as-rows" and column == 0 else _levels_named(cells)
        in_column = [(i, t) for i, t in named if len(t.split()) <= 6]
        # A level's cell may span the rows of its summary and its statements.
        own_rows = [r for r in rows[1:] if not (column < len(r.cells) and r.cells[column].covered)]
        # A level's name left blank below it (merged cells) or said again: it names several rows.
        named_rows = {i for i, _ in in_column}
        blank = [r for r in rows[1:] if column < len(r.cells) and r.cells[column].empty]
        unnamed = [r for r in own_rows if table.rows.index(r) not in named_rows and r not in blank]
        several = bool(blank) or len({normalise(t).casefold() for _, t in in_column}) < len(in_column)
        per_statement = _statement_columns(header, rows[1:], column, several) if len(in_column) >= 2 else None
        if per_statement is not None and len(unnamed) * 2 < len(own_rows) and \
                table.rows.index(rows[1]) in named_rows:
            return _Matrix(table, "levels-as-rows", in_column, heading, path, None, column, per_statement=per_statement)
        if column <= 1 and len(in_column) >= 2 and len(in_column) * 2 > len(own_rows):
            # A column of titles beside the levels' codes ('L3 | Senior Engineer'), not of short statements.
            beside = [r.cells[column + 1].joined() for r in rows[1:]
                      if column + 1 < len(r.cells) and not r.cells[column + 1].empty]
            titled = sum(1 for t in beside if is_title_like(t) or is_level_name(normalise(t)))
            # Under a header that names a competency ('Level | Delivery | Craft'), short cells are
            # its statements ('Ships tasks'), however like titles they look.
            over = header.cells[column + 1] if column + 1 < len(header.cells) else None
            headed = over is not None and (over.empty or _names_titles(over.joined()))
            title_column = column + 1 if headed and beside and titled * 2 > len(beside) \
                and all(len(t.split()) <= 6 for t in beside) else None
            # The statements: every column after the levels (and their titles), one column or more.
            last_named = column if title_column is None else title_column
            others = [c for r in rows[1:] for i, c in enumerate(r.cells) if i > last_named and not c.empty]
            if not others or sum(1 for c in others if _statement_like(c)) * 2 < len(others):
                continue
            return _Matrix(table, "levels-as-rows", in_column, heading, path, title_column, column)
    return None


def _names_titles(header: str) -> bool:
    """Whether a column's header says it holds the levels' titles ('Title',
    'Job title', 'Role', 'Level name'), or the levels themselves ('Level')."""
    said = set(words(normalise(unwrap(header))))
    return bool(said) and (normalise(unwrap(header)).casefold() in _TITLE_LABELS
                           or said <= _LEVELS | _TITLE_WORDS | _ABOUT_LEVELS)


_BARE_NUMBER = re.compile(r"\d{1,2}")
#: Words of a column's header that say it holds something beside the levels.
_BESIDE_LEVELS = frozenset("note notes comment comments example examples evidence resource resources description "
                           "descriptions detail details summary context rationale reference references link links "
                           "question questions tip tips why how".split()) | _COMPETENCY_WORDS | _LEVELS


def _columns_like_levels(rows: list[Row], titles: list[tuple[int, str]],
                         levels: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header's columns after the first level's that name no level the
    import knows ('Associate | Trailblazer | Expert') but read as levels:
    a short name, not a word of notes or examples, over cells that hold
    statements as long as the levels' (half their words or more) in the
    rows the levels' columns fill, and in no other row, as fully as the
    emptiest level's column. At least half the header's columns name
    levels, so the others after the first that hold the same are levels
    too, in the written order."""
    named = {i for i, _ in levels}
    body = [r for r in rows[1:] if not r.header]

    def filled(row: Row, column: int) -> bool:
        return column < len(row.cells) and not row.cells[column].empty

    def length(cells: list[Cell]) -> float:
        return sum(len(c.joined().split()) for c in cells) / max(len(cells), 1)

    described = [r for r in body if any(filled(r, i) for i in named)]
    fewest = min(sum(1 for r in described if filled(r, i)) for i in named)
    # A column of short values ('Platform team') beside sentences holds something else.
    wordy = length([r.cells[i] for r in described for i in named if filled(r, i)]) / 2
    out = []
    for index, title in titles:
        words = {w.casefold() for w in re.findall(r"\w+", title)}
        if index in named or index < min(named) or not words or words & _BESIDE_LEVELS \
                or len(title.split()) > 4 or title.rstrip()[-1:] in ".!?:;,":
            continue
        cells = [r.cells[index] for r in described if filled(r, index)]
        if len(cells) < max(fewest, 1) or any(filled(r, index) for r in body if r not in described):
            continue
        if all(_statement_like(c) or _says_not_applicable(c) for c in cells) and length(cells) >= wordy:
            out.append((index, title))
    return out


def _headings_at(depth: int, plain_text: bool = False) -> str:
    """Headings of a depth as the report names them: 'headings at depth 2',
    'bold lines'; in plain text, which has no headings, the lines read as them."""
    if plain_text:
        return "lines that open a section (after a blank line)" if depth == 2 else "lines right before bullets"
    return "bold lines" if depth == BOLD_DEPTH else f"headings at depth {depth}"


def _levels_named(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (index, text) pairs that name a level: a level name, or the role
    the others name with no level word of its own ('Engineer' beside
    'Senior Engineer'), as among headings."""
    named = [(i, t) for i, t in cells if is_level_name(normalise(t))]
    roles = role_keys(t for _, t in named)
    return [(i, t) for i, t in cells if (i, t) in named or name_key(normalise(t)) in roles]


def _numbered_by(header: Cell) -> str | None:
    """The word a column's header names levels by ('Level', 'Grade'), for
    a column that gives them as bare numbers ('Level/Skill' above 1, 2, 3)."""
    word = re.match(r"\W*([A-Za-z]+)", header.joined())
    # A word of levels reads as its initial and the number ('Level 1' is L1);
    # a code of its own ('ID 1' is ID1) is something else that is numbered.
    if word is None:
        return None
    if word.group(1).casefold() in RUNG_WORDS and normalise(unwrap(header.joined())).casefold() == word.group(1).casefold():
        return word.group(1).title().removesuffix("s")  # 'Milestone' over 1, 2, 3: Milestone 1 ...
    if level_code(f"{word.group(1)} 1") != f"{word.group(1)[0].upper()}1":
        return None
    return word.group(1).title()


def _goes_on(earlier: _Matrix, later: _Matrix) -> bool:
    """Whether ``later`` goes on with the levels of the table right before it,
    as a table too large for the page is split in two (L1-L3, then L4-L6): no
    heading between them, the same competencies, and levels of the same role
    (or of none) that their names place above the earlier table's (L4 above L3;
    Staff and Principal above Senior), never beside them (an IC ladder and a
    manager ladder: IC1 ..., M1 ...)."""
    if later.path != earlier.path or later.layout != earlier.layout:
        return False
    mine, theirs = _competency_names(earlier), _competency_names(later)
    if not theirs or len(mine & theirs) * 2 < len(theirs):
        return False
    lower, higher = ([normalise(t) for _, t in m.levels] for m in (earlier, later))
    # The later half may leave the role out ('Staff', 'Principal' after 'Senior Engineer'), never name another.
    if not {track_key(r) for r in map(role_of, higher) if r} <= {track_key(r) for r in map(role_of, lower) if r}:
        return False
    roles = role_keys(lower + higher)
    return all(rung_among(low, "", roles).before(rung_among(high, "", roles)) is True
               for low in lower for high in higher)


def _track_column(matrix: _Matrix) -> str | None:
    """The header of the column that names the rows' tracks, if the table has one."""
    return matrix.table.track_header if matrix.track_name is not None else None


def _by_track(matrix: _Matrix) -> list[_Matrix]:
    """A table whose column names each row's track ('Track | Level |
    Competency | Expectation', 'Track | Competency | L1 | L2'): a table per
    track, of the header and that track's rows."""
    table = matrix.table
    if table.track_header is None:
        return [matrix]
    named = dict(matrix.levels)
    parts: dict[str, list[int]] = {}  # track -> the indexes of its rows in the table
    for index, row in enumerate(table.rows[1:], start=1):
        if row.track is not None and not all(c.empty for c in row.cells):
            parts.setdefault(row.track, []).append(index)
    if len(parts) < 2:
        return [replace(matrix, track_name=next(iter(parts), None))]
    out = []
    for name, indexes in parts.items():
        rows = [table.rows[0]] + [table.rows[i] for i in indexes]
        # The levels of a table of levels as rows are its rows; of levels as columns, its columns.
        levels = [(n, named[i]) for n, i in enumerate(indexes, start=1) if i in named] \
            if matrix.layout == "levels-as-rows" else matrix.levels
        part = replace(table, rows=rows, line=rows[1].line, last=rows[-1].line)
        out.append(replace(matrix, table=part, levels=levels, track_name=name))
    return out


def _another_track(earlier: _Matrix, later: _Matrix) -> bool:
    """Whether two tables under headings of their own ('## Backend', '##
    Frontend') are the ladders of two tracks, though they name the same
    levels (Junior, Mid, Senior): they name the same competencies too, half
    or more of them, and one framework's dimensions never share a competency."""
    if earlier.heading is None or later.heading is None or earlier.heading is later.heading:
        return False
    if name_key(earlier.heading.text) == name_key(later.heading.text):
        return False  # one heading said again: the same section of the ladder, split
    if any(m.layout == "levels-as-rows" and m.per_statement is None
           and (_content_columns(m) == 1 or _text_kinds(m) is not None) for m in (earlier, later)):
        return False  # a table per competency: its columns say what their text is (Summary | Signals), alike
    mine, theirs = _competency_names(earlier), _competency_names(later)
    return len(mine) >= 2 and len(theirs) >= 2 and len(mine & theirs) * 2 >= min(len(mine), len(theirs))


def _tracks(matrices: list[_Matrix], headings_are_dimensions: bool = False) -> list[tuple[list[_Matrix], str | None]]:
    """Tables whose levels overlap are one track, unless they repeat each
    other's competencies under headings of their own (``_another_track``)
    that the user does not call dimensions;
    tables that share no level are different tracks, named after the
    shallowest heading above them that the others do not share."""
    if any(m.track_name is not None for m in matrices):
        named: dict[str | None, list[_Matrix]] = {}
        for matrix in matrices:  # a table's column of tracks: a ladder per name, in the table's order
            named.setdefault(matrix.track_name, []).append(matrix)
        return [(members, name) for name, members in named.items()]
    groups: list[tuple[list[_Matrix], set[str]]] = []
    for n, matrix in enumerate(matrices):
        titles = {normalise(t).lower() for _, t in matrix.levels}
        for members, seen in groups:
            if not headings_are_dimensions and any(_another_track(member, matrix) for member in members):
                continue
            if titles & seen or n and members[-1] is matrices[n - 1] and _goes_on(matrices[n - 1], matrix):
                members.append(matrix)
                seen |= titles
                break
        else:
            groups.append(([matrix], set(titles)))
    if len(groups) == 1:
        return [(groups[0][0], None)]
    out: list[tuple[list[_Matrix], str | None]] = []
    for members, _ in groups:
        common = [h for h in members[0].path if all(h in m.path for m in members)]
        others = [h for g, _ in groups if g is not members for m in g for h in m.path]
        own = [h for h in common if h not in others and not any(h is m.heading for m in members if m.layout != "levels-as-rows")]
        name = _name(own[0]) if own else None
        if own:
            members = [replace(m, track_heading=own[0]) for m in members]
        if name is None and len(members) == 1 and members[0].heading is not None and members[0].heading not in others:
            # A track's one table under its heading (## Individual Contributor, ## Manager; a
            # workbook's sheet per track): the heading names the track, not a dimension.
            name = _name(members[0].heading)
            members = [replace(members[0], heading=None, track_heading=members[0].heading)]
        out.append((members, name))
    return out


@dataclass(frozen=True)
class _StatementColumns:
    """The columns of a table of one statement per row: which holds the
    statement, which names its competency, and which its dimension."""

    statement: int
    competency: int
    dimension: int | None = None
    #: A column of the levels' titles beside their codes (Level | Title | Competency | Expectation).
    title: int | None = None
    #: Columns of the rows' properties, as a database's export writes them ('Tags', 'Created time').
    properties: tuple[int, ...] = ()


def _statement_columns(header: Row, rows: list[Row], level_column: int, several: bool) -> _StatementColumns | None:
    """Read a table of one statement per row (Level | Competency |
    Expectation, Level | Dimension | Competency | Behaviour): a level names
    several rows (``several``), or the header names a column of competencies; the last
    column of sentences holds the statements, the one or two columns of
    short names beside the level's name their competency and dimension."""
    # A database's export (Notion's, Airtable's) adds its rows' properties: no part of the ladder.
    properties = tuple(i for i, c in enumerate(header.cells)
                       if i != level_column and not c.empty and is_page_property(normalise(unwrap(c.joined()))))
    others = [i for i, c in enumerate(header.cells) if i != level_column and not c.empty and i not in properties]
    return _statement_columns_of(header, rows, others, several, properties)


#: A column's header that says it names each row's track.
_TRACK_HEADERS = frozenset({"track", "tracks", "career track", "career path", "path", "job family", "role family",
                            "family", "ladder", "discipline"})


def _statement_columns_of(header: Row, rows: list[Row], others: list[int], several: bool,
                          properties: tuple[int, ...]) -> _StatementColumns | None:
    """``_statement_columns`` among the columns ``others``."""

    def cells(column: int) -> list[Cell]:
        return [r.cells[column] for r in rows if column < len(r.cells) and not r.cells[column].empty]

    def words(column: int) -> float:
        found = cells(column)
        return sum(len(c.joined().split()) for c in found) / max(len(found), 1)

    def sentences(column: int) -> bool:
        return bool(cells(column)) and sum(1 for c in cells(column) if _statement_like(c)) * 2 >= len(cells(column))

    def repeats(column: int) -> bool:
        """Whether the column's cells repeat as names do (each said over several rows), not as
        statements do (a level's statement said again at the next level, now and then)."""
        return len({normalise(c.joined()) for c in cells(column)}) * 2 <= len(cells(column))

    # The statements are the last column of sentences; but where its cells repeat (names: a
    # database's export names each row by its statement in its 'Name' column, first), the column
    # of longer sentences that do not.
    statement = others[-1] if others and sentences(others[-1]) else None
    if statement is None or repeats(statement):
        shortest = words(statement) if statement is not None else 0.0
        longer = [i for i in others if sentences(i) and not repeats(i) and words(i) > shortest]
        statement = max(longer, key=lambda i: (words(i), i)) if longer else statement
    if statement is None:
        return None
    titled = next((i for i in others if i < statement and {w.casefold() for w in re.findall(
        r"\w+", header.cells[i].joined())} & {"title", "titles", "role", "roles", "name"}), None)
    others = [i for i in others if i != titled]
    if not 2 <= len(others) <= 3:
        return None
    names = [i for i in others if i != statement]
    if any(not cells(i) or words(i) > 5 or words(i) * 2 > words(statement) for i in names):
        return None
    header_words = {w.casefold() for i in names for w in re.findall(r"\w+", header.cells[i].joined())}
    repeated = any(len({normalise(c.joined()) for c in cells(i)}) < len(cells(i)) for i in names)
    if not several and not (header_words & _COMPETENCY_WORDS and repeated):
        return None  # a row per level, its columns competencies ('Level | Area | Impact' of scopes, not names)
    if len(names) == 1:
        return _StatementColumns(statement, names[0], title=titled, properties=properties)
    # Of two, the dimension is the one with fewer names (its names repeat over its competencies').
    first, second = (len({normalise(c.joined()) for c in cells(i)}) for i in names)
    if first > second:
        return _StatementColumns(statement, names[0], dimension=names[1], title=titled, properties=properties)
    return _StatementColumns(statement, names[1], dimension=names[0], title=titled, properties=properties)


@dataclass(frozen=True)
class _NameColumns:
    """The columns before the levels' columns: which holds the competency,
    which the dimension (group) it belongs to, which a description of it."""

    competency: int | None
    dimension: int | None = None
    description: int | None = None

    @property
    def used(self) -> set[int]:
        return {c for c in (self.competency, self.dimension, self.description) if c is not None}


def _name_columns(rows: list[Row], first_level: int, header: Row | None = None) -> _NameColumns:
    """Read the columns before the levels' (Area | Competency | L1 | L2 ...).

    One column names the competency. Of two, the second is a description
    when its header says so (*Description*, *Summary*, *Overview*) or it holds
    sentences rather than names; else the first is a group when its names
    repeat or are left blank below a name (merged cells) while the second's
    do not. Of three, the third so described describes the competency the
    second names, in the group the first names (Area | Competency |
    Description). Further columns are reported."""
    if first_level <= 0:
        return _NameColumns(None)
    if first_level == 1:
        return _NameColumns(0)

    def texts(column: int) -> list[str]:
        return [row.cells[column].joined() if column < len(row.cells) else "" for row in rows
                if any(not c.empty for c in row.cells)]

    def describes(column: int) -> bool:
        if header is not None and _names_a_summary(_cell(header, column)):
            return True
        described = [t for t in texts(column) if t]
        return bool(described) and sum(len(t.split()) for t in described) / len(described) > 8

    if first_level >= 3 and describes(2) and not describes(1):
        return _NameColumns(1, dimension=0, description=2)
    first, second = texts(0), texts(1)
    if describes(1):
        return _NameColumns(0, description=1)
    named = [t for t in first if t]
    if len(set(named)) < len(first) and len(set(second)) >= len(set(named)):
        return _NameColumns(1, dimension=0)
    if len(set(named)) == len(first):
        return _NameColumns(0, description=1)
    return _NameColumns(1, dimension=0)


def _cell(row: Row, column: int | None) -> Cell | None:
    return row.cells[column] if column is not None and column < len(row.cells) else None


def _column_layout(rows: list) -> tuple | None:
    """A row of names followed by rows of bullets, one competency per column."""
    for index, row in enumerate(rows[:-1]):
        if len(row.cells) < 2:
            return None
        if all(not cell.bullets for cell in row.cells) and sum(1 for c in row.cells if not c.empty) >= 2:
            below = rows[index + 1 :]
            if below and all(row2.cells and row2.cells[0].bullets for row2 in below):
                return row, below
    return None


def _header_row(rows: list) -> Row | None:
    """The first row, when it only names the columns: exports often leave
    the table's own header empty and put the column names in the first row
    ('Responsibility | Key Behaviors' above rows whose cells hold bullets)."""
    if len(rows) < 2 or rows[0].header:
        return None
    first, below = rows[0], rows[1:]
    if any(cell.bullets for cell in first.cells):
        return None
    if all(any(cell.bullets for cell in row.cells[1:]) for row in below) or _names_the_columns(first):
        return first
    return None


def _names_the_columns(row: Row) -> bool:
    """Whether a row only names a table's columns, as a spreadsheet's first
    row does, though the table marks no header ('Competency | Expectations',
    'Area | What we expect' in a Word table): its first cell says the
    column holds the competencies, every other one the kind of text it
    holds (``TEXT_KIND_HEADERS``). A row wholly in bold, as a header typed
    by hand is, needs only one of the two ('Skill | Level expectations')."""
    texts = [normalise(unwrap(cell.joined())).casefold().rstrip(" :") for cell in row.cells if not cell.empty]
    if len(texts) < 2:
        return False
    said = set(words(texts[0]))
    names = bool(said & _COMPETENCY_WORDS) and said <= _COMPETENCY_WORDS | _NAME_FILLER
    kinds = all(text in TEXT_KIND_HEADERS for text in texts[1:])
    if names and kinds:
        return True
    short = all(len(words(text)) <= 4 and not text.endswith((".", "!", "?")) for text in texts)
    return row.bold and short and (names or kinds)


#: Words beside a competency word in a header over the competencies' names ('Competency name', 'Skill area').
_NAME_FILLER = frozenset("name names the focus key".split())


def _name_and_description(cell: Cell) -> tuple[str | None, str | None]:
    texts = [piece.text for piece in cell.texts]
    if not texts:
        return None, None
    name = unwrap(texts[0])
    description = " ".join(unwrap(t) for t in texts[1:]) or None
    return name, description


def _statements(cell: Cell) -> list[ImportedStatement]:
    if _says_not_applicable(cell):
        return []
    if cell.bullets:
        pieces = cell.lines  # text between bullets is kept as its own statement
    else:
        pieces = cell.texts
    # A cell holding only a no-break space is empty, not a statement; one
    # wholly in bold is its words, as a reader sees them.
    return [ImportedStatement(unwrap(piece.text), cell.line) for piece in pieces if piece.text.strip(BLANK_CHARACTERS)]


#: Why the rows of a group of what to avoid ('Red flags', 'Potential misalignments') are reported.
_AVOIDED = "'{}' lists what to avoid (counter-examples), not what the level expects"


#: A cell of figures: '0-2', '4+', '1', '2-5 years', '~3 yrs'.
_NUMBERS = re.compile(r"[~<>≥≤]?\s*\d+(?:\.\d+)?\s*(?:[-–+/]\s*(?:\d+(?:\.\d+)?)?)?\s*(?:years?|yrs?|y|%)?\+?")


__all__ = ["HEADING_NAMES", "LAYOUTS", "Steering", "interpret", "LevelName"]
