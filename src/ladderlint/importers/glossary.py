"""A framework's glossary as its documents write it: a page, or a section,
under a heading that says so ('Glossary', 'Definitions', 'Key terms',
'Glossaire', 'Begriffe').

Its entries are written the ways people write glossaries:

- a paragraph or a list item 'Term: definition' (or 'Term - definition'),
  the term in bold or not ('**Impact**: The effect on ...');
- a bold term and its definition after it, with no colon between them
  ('**Impact** The effect on ...');
- a definition list (``<dl>``: each ``<dt>`` a term, its ``<dd>`` the
  definition), or a bold item over the items of its definition;
- a heading under the glossary's, or a line wholly in bold, over the
  paragraphs of its definition;
- a table of two columns, term and definition (its header row, 'Term |
  Definition', is none).

What defines no term (an introduction: 'We use these words as follows:')
is no entry. The entries go to the framework's ``glossary``, never to its
statements or competencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import strip_markdown, unaccented
from ..vocabulary import LevelName, note_label
from .blocks import BOLD_DEPTH, Block, Heading, Item, Other, Outline, Paragraph, Row, Table, block_text
from .textutil import normalise, unwrap, without_decoration
from ..patterns import lazy

#: What a glossary's heading says, without accents, in the languages whose
#: ladders the import reads (English, French, German).
GLOSSARY_HEADINGS = frozenset({
    "glossary", "glossary of terms", "definitions", "definitions of terms", "definition of terms", "terms",
    "terminology", "key terms", "key definitions", "terms and definitions", "terms used", "terms we use",
    "glossaire", "lexique", "terminologie", "termes", "termes cles", "vocabulaire", "definitions des termes",
    "glossar", "begriffe", "begriffserklarung", "begriffserklarungen", "begriffsdefinitionen", "definitionen",
    "wichtige begriffe", "schlusselbegriffe", "legend", "key to terms",
})
#: A numbering before a heading's words ('5.', 'A)', 'IV.').
_NUMBERING = lazy(r"^(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,4})[.)]?\s+")
#: 'Term: definition', 'Term - definition' (a dash with spaces around it).
_TERM_LINE = lazy(r"^(?P<term>[^:\n]{1,60}?)\s*(?::|\s[-\u2013\u2014])\s+(?P<definition>\S.*)$", re.DOTALL)
#: 'Systems Fluency. The ability to ...': a term of words in title case, a full stop, its definition.
_TITLED_TERM = lazy(r"^(?P<term>[A-Z][\w'’&/-]*(?: (?:[A-Z][\w'’&/-]*|and|of|&)){0,3})\.\s+"
                          r"(?P<definition>[A-Z]\S*(?:\s+\S+){2,}.*)$", re.DOTALL)
#: The most words a term has that neither bold nor a heading sets apart:
#: more are a sentence ('These are the words we use - each below').
_PLAIN_TERM_WORDS = 4
#: Words a label has that say the text is no entry: an aside ('Note: ...').
_NOT_TERMS = frozenset({"note", "notes", "tip", "warning", "important", "example", "examples", "see also", "nb",
                        "remarque", "hinweis", "beispiel"})
#: What the header row of a glossary's table says ('Term | Definition').
_TABLE_HEADERS = frozenset({"term", "terms", "word", "name", "concept", "definition", "definitions", "meaning",
                            "description", "what it means", "terme", "mot", "signification", "begriff",
                            "bedeutung", "beschreibung", "definition"})
#: Why a text of a glossary that defines no term is not in the framework.
NO_TERM = "in the glossary, but defines no term"


def is_glossary_heading(text: str) -> bool:
    """Whether a heading names a glossary ('Glossary', '5. Key Terms:', 'Glossaire')."""
    words = _NUMBERING.sub("", without_decoration(normalise(unwrap(text))))
    return unaccented(words).casefold().strip(" :.") in GLOSSARY_HEADINGS


@dataclass
class Entry:
    term: str
    definition: str
    line: int


@dataclass
class Section:
    """A glossary the page holds: its heading, its entries, and the texts
    of it that define no term."""

    heading: Heading
    entries: list[Entry] = field(default_factory=list)
    left: list[Block] = field(default_factory=list)
    #: The blocks taken out of the page: the heading and the entries'.
    taken: list[Block] = field(default_factory=list)


def take(outline: Outline) -> list[Section]:
    """The glossaries of a page, each the blocks under a glossary's heading
    down to the next heading as high: taken out of ``outline``. What in
    them defines no term stays, set aside (``NO_TERM``), for the report."""
    sections: list[Section] = []
    blocks = outline.blocks
    kept: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        if not (isinstance(block, Heading) and is_glossary_heading(block.text)):
            kept.append(block)
            at += 1
            continue
        end = at + 1
        while end < len(blocks) and not _ends(block, blocks[end]):
            end += 1
        section = Section(block, taken=[block])
        others = _read(blocks[at + 1:end], section)
        if not section.entries:  # a heading so named over no entries: the page's, as it was
            kept.extend(blocks[at:end])
        else:
            sections.append(section)
            kept.extend(others)
        at = end
    if sections:
        outline.blocks = kept
    return sections


def _ends(glossary: Heading, block: Block) -> bool:
    """Whether a block ends a glossary: a heading as high as its own (any
    real heading, for a glossary under a line in bold, whose terms are in
    bold too)."""
    if not isinstance(block, Heading):
        return False
    if glossary.bold or glossary.depth >= BOLD_DEPTH:
        return not block.bold
    return not block.bold and block.depth <= glossary.depth


def _read(blocks: list[Block], section: Section) -> list[Block]:
    """The entries of a glossary's blocks into ``section``; returns the
    blocks that stay on the page: what is not the glossary's (an export's
    comments, the site's navigation) as it was, and its texts that define
    no term, set aside."""
    stay: list[Block] = []

    def aside(block: Block) -> None:
        if isinstance(block, Other):
            stay.append(block)
            return
        section.left.append(block)
        stay.append(Other(block_text(block), block.line, block.last, NO_TERM))

    at = 0
    while at < len(blocks):
        block = blocks[at]
        if isinstance(block, Heading) or (isinstance(block, Item) and block.bold):
            # A term over the paragraphs (or the items) of its definition.
            under = at + 1
            while under < len(blocks) and _under(block, blocks[under]):
                under += 1
            texts = [b.text for b in blocks[at + 1:under] if isinstance(b, (Paragraph, Item))]
            term = _term(block.text)
            # A level's heading over its bullets is a ladder under a heading such as 'Definitions'.
            ladder = isinstance(block, Heading) and _names_a_level(term or "") \
                and all(isinstance(b, Item) for b in blocks[at + 1:under])
            # Text that ends in a colon introduces what follows: the heading is over a part of the glossary.
            if term and texts and not ladder and not any(t.rstrip().endswith(":") for t in texts):
                section.entries.append(Entry(term, " ".join(" ".join(t.split()) for t in texts), block.line))
                section.taken.extend(blocks[at:under])
                at = under
                continue
            aside(block)
            at += 1
            continue
        if isinstance(block, Table):
            entries, notes = _table(block)
            if entries:
                section.entries.extend(entries)
                section.taken.append(block)
                for row in notes:  # 'Instructions | Add a term ...': no term, reported
                    aside(Paragraph(" | ".join(c.joined() for c in row.cells if not c.empty), row.line, row.line))
            else:
                aside(block)
            at += 1
            continue
        entry = _entry(block) if isinstance(block, (Paragraph, Item)) else None
        if entry is not None:
            section.entries.append(entry)
            section.taken.append(block)
        else:
            aside(block)
        at += 1
    return stay


def _under(term: Heading | Item, block: Block) -> bool:
    """Whether a block is of the definition of the term above it."""
    if isinstance(term, Item):
        return isinstance(block, Item) and block.depth > term.depth
    return isinstance(block, Paragraph) and block.labelled is None and block.lead is None \
        or isinstance(block, Item) and block.labelled is None and block.lead is None and not block.bold


def _entry(block: Paragraph | Item) -> Entry | None:
    """'Term: definition', 'Term. Definition', '**Term** definition' in one
    paragraph or item."""
    plain = " ".join(strip_markdown(block.text).split())
    # A term in title case ended by a full stop ('Systems Fluency. The ability ...'), which says
    # better than bold that stops short of it ('**Code** Fluency. The ability ...').
    line = None if block.labelled is not None else _TITLED_TERM.match(plain)
    for said in (block.labelled, None if line else block.lead):
        if said is not None:
            term = _term(said.label)
            definition = " ".join(said.rest.split())
            return Entry(term, definition, block.line) if term and _says(definition) else None
    line = line or _TERM_LINE.match(plain)
    if line is None:
        return None
    term = _term(line.group("term"))
    if term is None or len(term.split()) > _PLAIN_TERM_WORDS:
        return None
    definition = line.group("definition")
    # The definition as written, its markup kept (as a statement's is): what follows the term's separator.
    written = " ".join(block.text.split())
    at = written.find(definition[:20]) if definition else -1
    if at > 0:
        definition = written[at:]
    return Entry(term, definition, block.line) if term and _says(definition) else None


def _term(text: str) -> str | None:
    """The words of a term: a short name, not a sentence, not an aside's label."""
    term = " ".join(strip_markdown(unwrap(text.strip())).split()).strip(" :")
    words = term.split()
    if not 0 < len(words) <= 6 or len(term) > 60 or not term[0].isalnum():
        return None
    if any(mark in term for mark in ",;!?") or term.endswith(".") or term.casefold() in _NOT_TERMS \
            or note_label(term) is not None:
        return None
    return term


def _says(definition: str) -> bool:
    return any(ch.isalpha() for ch in definition) and not _ABOUT_THE_GLOSSARY.match(definition)


#: A sentence about the glossary itself ('These definitions apply to every track'): an introduction.
_ABOUT_THE_GLOSSARY = lazy(r"(?i)(?:these|the following|this glossary|the terms|the words)\b[^.]*?"
                                 r"\b(?:definitions?|terms|words|glossary|apply|are used)\b")


def _names_a_level(term: str) -> bool:
    """Whether a term names a level by a number in a sequence or a
    seniority ('Engineer II', 'Senior Engineer'), as a ladder's headings do."""
    name = LevelName.read(term)
    return name.rung is not None or name.seniority is not None


def _table(table: Table) -> tuple[list[Entry], list[Row]]:
    """The rows of a table of two columns, term and definition; and its
    rows that are notes, no terms: a row that opens with a note's label
    ('Instructions | Add a term and its meaning below', 'How to use this
    sheet: ...'), or of one cell (a note written across the table), or one
    whose cells do not fit the two columns, fewer than the terms."""
    entries: list[Entry] = []
    notes: list[Row] = []
    odd = 0  # rows of neither one cell nor two
    headed = False  # the header row ('Term | Definition') read
    for row in table.rows:
        cells = [c for c in row.cells if not c.covered]
        texts = [" ".join(c.joined().split()) for c in cells]
        written = [t for t in texts if t]
        if not written:
            continue
        if note_label(strip_markdown(written[0])) is not None or len(written) == 1 and len(cells) != 2:
            notes.append(row)
            continue
        if len(cells) != 2:
            notes.append(row)
            odd += 1
            continue
        term, definition = texts
        if not headed and not entries and _is_header(term, definition):
            headed = True
            continue
        if row.header:
            return [], []  # headed otherwise ('Level | Years of experience'): a table of something else
        named = _term(term)
        if named is None or not _says(definition) or _names_a_level(named):
            return [], []
        entries.append(Entry(named, definition, row.line))
    if odd >= len(entries):
        return [], []
    return entries, notes


def _is_header(*texts: str) -> bool:
    return all(unaccented(strip_markdown(t)).casefold().strip(" :") in _TABLE_HEADERS for t in texts)
