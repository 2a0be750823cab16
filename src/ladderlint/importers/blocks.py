"""The one document tree every structured input is read into.

Markdown (through markdown-it), HTML (through lxml), Word documents (through
mammoth's HTML) and spreadsheets are all read into these blocks: headings,
paragraphs, list items, tables and text that is none of them. One
interpreter (``outline``) recognises the layout of the ladder on them.

Every block keeps the source lines it came from, for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence, TypeVar
from ..patterns import lazy
from ..vocabulary import names_a_column, note_label
from .textutil import is_level_name, opens_with_a_deed


@dataclass
class Heading:
    depth: int
    text: str
    line: int
    last: int
    #: A heading written as a paragraph wholly in bold ('**Impact**'); its
    #: depth is below every real heading.
    bold: bool = False
    #: The words after a bold heading when they are all in italics
    #: ('**Scope** _Area of ownership_'): the competency's description.
    description: str | None = None


#: The depth of a bold paragraph that stands as a heading: below h6.
BOLD_DEPTH = 7
#: The depth of a word processor's document title (its Title style): above h1.
TITLE_DEPTH = 0


@dataclass
class Labelled:
    """A bold label at the start of a paragraph or item ('**Technical
    skills:** writes clean code'): the label's words and the text after it."""

    label: str
    rest: str
    #: The statements of the text, when it is written as bullet lines.
    parts: list[str] = field(default_factory=list)


@dataclass
class Paragraph:
    text: str
    line: int
    last: int
    labelled: Labelled | None = None
    #: A sentence written wholly in bold: set apart from the text around it (a note).
    emphasised: bool = False
    #: A paragraph written wholly in italics, set apart from the text around it: a level's lead line
    #: ('_At this point, a person is mastering ..._') over its paragraphs is its summary.
    italic: bool = False
    #: Bold words at its start with neither a colon nor a dash after them
    #: ('**Impact** The effect on ...'): their words and the rest, as a
    #: glossary writes a term and its definition.
    lead: Labelled | None = None
    #: For a line of a paragraph read as a list written without bullets: the
    #: line its paragraph starts on. Where the lines are read as prose (a
    #: level's summary, one sentence a line) they are one paragraph again.
    of_paragraph: int | None = None
    #: A run-in heading: a short name in bold ending with a full stop, then the text it heads
    #: ('**Delivery.** You ship ...'). A competency's name where the same comes back level after level.
    run_in: Labelled | None = None


_B = TypeVar("_B")


def blocks_after(blocks: Sequence[_B], n: int) -> Iterator[_B]:
    """The blocks after the n-th, nearest first, read in place: a loop over
    a document's blocks that looks ahead of each (``blocks[n + 1:]``) would
    copy the rest of the document at each block, slow on a long one."""
    return (blocks[i] for i in range(n + 1, len(blocks)))


def blocks_before(blocks: Sequence[_B], n: int) -> Iterator[_B]:
    """The blocks before the n-th, nearest first, read in place (as
    ``reversed(blocks[:n])`` is, without copying them)."""
    return (blocks[i] for i in range(n - 1, -1, -1))


def paragraphs_text(paragraphs: Sequence[Paragraph | Item | Other]) -> str:
    """The text of paragraphs, a blank line apart, but for the lines of one
    paragraph (``of_paragraph``), which a soft line break joins: a space."""
    text = ""
    for n, paragraph in enumerate(paragraphs):
        joined = n > 0 and isinstance(paragraph, Paragraph) and paragraph.of_paragraph is not None \
            and getattr(paragraphs[n - 1], "of_paragraph", None) == paragraph.of_paragraph
        text += (" " if joined else "\n\n" if n else "") + paragraph.text
    return text


@dataclass
class Item:
    """One list item; ``depth`` 0 for a top-level item."""

    text: str
    line: int
    last: int
    depth: int = 0
    labelled: Labelled | None = None
    #: Written wholly in bold ('- **Management**'): a title for what follows.
    bold: bool = False
    #: Bold words at its start with no colon or dash after them (see Paragraph.lead).
    lead: Labelled | None = None
    #: Its number in an ordered list ('2. Advanced Beginner' is 2), which the text no longer holds.
    number: int | None = None
    #: Where paragraphs continue it (a toggle's title, then its text): the text of its first
    #: paragraph alone, which may name a level over them ('🟢 **CS1 · Associate CSM**').
    opening: str | None = None
    #: Those paragraphs, as written (its ``text`` holds them too).
    continued: list[Paragraph] = field(default_factory=list)
    #: A task of a task list (Confluence's): a statement with a check box under a competency's
    #: heading, else a to-do of the page's editors.
    task: bool = False
    #: A definition list's term (HTML's ``<dt>``), a title over its definitions.
    term: bool = False


@dataclass
class CellLine:
    text: str
    bullet: bool
    #: For a statement typed on the same line as the one before, past a bullet ('Ships tasks • Writes
    #: tests'): the bullet and its spaces, which the cell's words keep (a title 'L1 • Junior').
    typed_after: str | None = None


@dataclass
class Cell:
    lines: list[CellLine]
    line: int
    #: How many columns the cell spans (HTML ``colspan``).
    columns: int = 1
    #: A place another cell spans, from the left or from a row above (HTML
    #: ``colspan``, ``rowspan``): it holds nothing of its own.
    covered: bool = False
    #: The cell holds something the import cannot read (a formula with no saved value), reported:
    #: empty here, but no blank of the document's (no sign that a competency is not assessed there).
    unread: bool = False
    #: Where the cell's links point (an HTML cell's ``<a href>``), which its lines, words only, do not keep.
    links: tuple[str, ...] = ()

    @property
    def bullets(self) -> list[CellLine]:
        return [piece for piece in self.lines if piece.bullet]

    @property
    def texts(self) -> list[CellLine]:
        return [piece for piece in self.lines if not piece.bullet]

    @property
    def empty(self) -> bool:
        return not self.lines

    def joined(self) -> str:
        return "".join(piece.text if n == 0 else (piece.typed_after or " ") + piece.text
                       for n, piece in enumerate(self.lines))


@dataclass
class Row:
    cells: list[Cell]
    line: int
    header: bool = False
    #: Every cell that holds text holds it wholly in bold, as a header row typed by hand is.
    bold: bool = False
    #: The track a table's column of tracks names for this row ('Backend'), the column taken out.
    track: str | None = None


@dataclass
class Table:
    rows: list[Row]
    line: int
    last: int
    #: A table inside a list item belongs to that item (a detail of its
    #: statement), never to the ladder's structure.
    in_item: bool = False
    #: The first of a header of two rows that a ladder's table reads as one
    #: (a cell over the levels' columns, 'Levels', over a row of their names).
    over_header: "Row | None" = None
    #: A sheet of a spreadsheet, where a name is written once over the rows
    #: it spans and the cells below it left blank (or merged with it).
    sheet: bool = False
    #: The groups a header of two rows names over the competencies' columns
    #: ('Craft' merged over 'Design | Testing'), by column: their dimensions.
    groups: "dict[int, str] | None" = None
    #: The header of a column that named each row's track ('Track'), taken out of the rows.
    track_header: str | None = None


@dataclass
class Other:
    """Text that is none of the above (code, comments, block quotes, page
    navigation): reported."""

    text: str
    line: int
    last: int
    reason: str
    #: Where it is, where its document names places its own way (a workbook's 'Sheet'!B7).
    place: str = ""


Block = Heading | Paragraph | Item | Table | Other


@dataclass(frozen=True)
class Signal:
    """Something a page says about whose framework it is: a site name, a
    copyright line, the host of a link."""

    kind: str
    text: str
    line: int


@dataclass
class Outline:
    blocks: list[Block] = field(default_factory=list)
    #: The document's title when it comes from outside the blocks (front matter, <title>).
    title: str | None = None
    title_line: int = 0
    #: Whether ``title`` is the front matter's, which its author wrote for the page (not a site's <title>).
    title_written: bool = False
    #: Lines that are pure structure (table separators, rules, underlines).
    structure: list[int] = field(default_factory=list)
    #: The lines of its thematic breaks (Markdown's '---', HTML's <hr>), each setting apart what follows.
    breaks: list[int] = field(default_factory=list)
    #: What the page says about its organisation (see organisation.py).
    signals: list[Signal] = field(default_factory=list)
    #: The page's place in its site's navigation: the heading of the group
    #: of links that holds the link to the page itself.
    navigation_group: str | None = None
    #: A description the document gives outside its body (front matter).
    description: str | None = None
    description_line: int = 0
    #: The page's level as its front matter names it ('level: 3'), read as a
    #: '**Level:** 3' line before the first heading would be.
    level_label: Paragraph | None = None
    #: Whether the lines count each block as a line of its own, not the
    #: file's (a page written on a line or two: minified HTML).
    spread: bool = False
    #: Read from plain text: its headings are lines (text.outline_of_levels).
    plain_text: bool = False
    #: The encoding its bytes were read in, where they are not UTF-8 (a CSV file Excel saved on Windows).
    encoding: str | None = None
    #: Where its lines are, as its own format names places (a workbook's sheets and cells: spreadsheet.Places).
    places: Any = None
    #: What the reader saw that a person should know of, and check: (line, what, place).
    notices: list[tuple[int, str, str]] = field(default_factory=list)
    #: Words the reader took out of a block's text, which are not the document's ladder: (line, why, the words).
    set_aside: list[tuple[int, str, str]] = field(default_factory=list)
    #: A band merged over a sheet's columns above its header ('Individual contributor' over the
    #: levels' columns): (line, its words), the track where nothing else names one.
    band: tuple[int, str] | None = None
    #: The language the page says it is written in (`<html lang="ko">`), as a BCP 47 tag, and its line.
    language: tuple[str, int] | None = None


#: What a quote set apart from the text is (its reason).
QUOTE = "block quote"
#: Why a table of contents is no text of the ladder.
CONTENTS = "table of contents"
#: The title over a table of contents.
CONTENTS_TITLE = lazy(r"^(?:table of )?contents:?$", re.IGNORECASE)


#: What a page's properties are named: Notion's page properties, a wiki's Page Properties
#: (an owner, tags, dates), which its exports print under the title.
_PAGE_PROPERTIES = frozenset({
    "owner", "owners", "tags", "tag", "status", "created", "created by", "created time", "last edited",
    "last edited by", "last edited time", "last updated", "last updated by", "updated", "author", "authors", "date",
    "version", "reviewer", "reviewers", "approver", "approvers", "approved by", "contributors",
})
#: A record's bookkeeping, as databases name it ('Last modified time', 'Created by', 'Date modified',
#: 'Updated at'): when and by whom it was kept, whatever the tool calls it.
_RECORD_KEEPING = lazy(r"(?:(?:date|time)\s+)?(?:last\s+)?(?:created|modified|edited|updated|changed)"
                       r"(?:\s+(?:time|date|by|at|on))?")
_PROPERTY_LINE = lazy(r"^(?P<name>[A-Za-z][A-Za-z ]{0,30}?):\s+\S")


def is_page_property(name: str) -> bool:
    """Whether a name is one of a page's properties ('Owner', 'Last edited',
    'Last modified time')."""
    said = " ".join(name.split()).casefold().rstrip(":")
    return said in _PAGE_PROPERTIES or bool(_RECORD_KEEPING.fullmatch(said))


#: A date or a timestamp as a spreadsheet or a database writes one ('2024-02-01', '2024-02-01T09:30:00Z',
#: '3/2/2024 16:12', 'March 3, 2024 4:12 PM', '3 Mar 2024').
_TIMESTAMP = lazy(r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
                  r"\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
                  r"(?:(?:T|,?\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}))?)?")


def is_timestamp(text: str) -> bool:
    """Whether a cell holds only a date or a timestamp: a record's
    bookkeeping, never a competency's statement or name."""
    return bool(_TIMESTAMP.fullmatch(text.strip()))


#: A blog post's byline parts: who wrote it or where it is published ('By Leslie Knope', 'Published in
#: Pawnee Labs Engineering'), how long it takes to read ('6 min read') and its date ('Mar 12, 2024').
_BYLINE_WHO = lazy(r"(?:by|written by|posted by|published in|posted in|published by)\s+\S.{0,80}", re.IGNORECASE)
_BYLINE_READ = lazy(r"\d{1,3}\s*(?:min(?:ute)?s?|m)\.?\s+read", re.IGNORECASE)
#: A date, maybe after what was done on it ('Last updated 14 March 2025', 'Updated 2025-03-14', 'Published on Mar 12, 2024').
_BYLINE_DATE = lazy(r"(?:(?P<done>(?:last\s+)?(?:updated|published|posted|modified|edited)):?\s+(?:on\s+)?)?"
                    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})",
                    re.IGNORECASE)
_BYLINE_PARTS = lazy(r"\s+[·•|]\s+")
#: An author's name alone before the reading time ('Leslie Knope · 6 min read', as Medium writes it).
_AUTHOR = lazy(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*")


def is_byline(text: str) -> bool:
    """Whether a line is a blog post's byline ('Published in Pawnee Labs
    Engineering · 6 min read · Mar 12, 2024', 'By Leslie Knope · 6 min
    read', 'Last updated 14 March 2025 · 6 min read'): who wrote it or
    where, then how long it reads or its date, parted by middle dots; or
    only when it was last changed ('Updated 2025-03-14'). No text of the ladder."""
    parts = _BYLINE_PARTS.split(text.strip().strip("*_").strip())
    if len(parts) == 1:
        dated = _BYLINE_DATE.fullmatch(parts[0])
        return dated is not None and dated.group("done") is not None
    rest = parts[1:] if _BYLINE_WHO.fullmatch(parts[0]) or _AUTHOR.fullmatch(parts[0]) else parts
    return len(parts) >= 2 and bool(rest) and any(_BYLINE_READ.fullmatch(part) for part in parts) \
        and all(_BYLINE_READ.fullmatch(part) or _BYLINE_DATE.fullmatch(part) for part in rest)


#: A document's record line ('Possum Networks · Internal · Last reviewed 12/02/2025', as a policy
#: template's header has it): its classification, when it was last reviewed or changed, its version,
#: its owner, and who it belongs to, parted by middle dots or bars.
_CLASSIFICATION = lazy(r"(?:(?:company|strictly|highly)\s+)?(?:internal(?:\s+(?:use\s+)?only)?|for\s+internal\s+use"
                       r"(?:\s+only)?|confidential|restricted|public|draft|final|approved)", re.IGNORECASE)
_RECORD_DATE = lazy(r"(?:last\s+)?(?:reviewed|updated|published|modified|edited|approved|revised|created)(?::|\s+on)?"
                    r"\s+(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
                    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\s+\d{4})", re.IGNORECASE)
_RECORD_OWNER = lazy(r"(?:owner|owned\s+by|maintained\s+by|author|approved\s+by)(?::\s*|\s+)\S.{0,60}", re.IGNORECASE)


#: A paragraph that says what the framework is: 'This framework sets out ...', 'Our career ladder describes ...'.
DESCRIBES_THE_FRAMEWORK = lazy(
    r"^(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?(?:framework|ladder|document|guide|matrix|rubric)\s+"
    r"(?:\w+\s+)?(?:is|sets|describes|defines|outlines|explains|lays|shows|covers|helps|gives|lists|captures)\b",
    re.IGNORECASE)


#: A version as documents write it: 'Version 3.0', 'ver. 2.1', 'Ver 2', 'v2.1', 'v 2.1'; its number of
#: one to three parts.
_VERSION = r"(?<!\w)(?:version|ver\.?|v)\s*(?P<number>\d+(?:\.\d+){0,2})(?!\.?\d)"
#: A part of a record line that is its version ('v 2.1').
_RECORD_VERSION = lazy(_VERSION, re.IGNORECASE)
#: A line of a document's record that opens with its version ('Version 3.0 – Approved by ...', 'v2.1 | Draft',
#: 'Version 2.0 · Approved by ...').
VERSION_LINE = lazy(rf"^\W*{_VERSION}\s*(?:$|[-\u2013\u2014|,(\u00b7\u2022])", re.IGNORECASE)
#: A version at the end of a title: 'Competency Matrix (v2.1)', 'Ladder v3', 'Ladder (Version 2.0)'.
_TITLE_VERSION = lazy(rf"\s*(?:[-\u2013\u2014]\s*)?(?P<open>[(\[])?{_VERSION}(?(open)[)\]])\s*$", re.IGNORECASE)


def _semantic(number: str) -> str:
    """A version's number as a semantic version: '2.1' is '2.1.0'."""
    parts = number.split(".")
    return ".".join(str(int(part)) for part in parts + ["0"] * (3 - len(parts)))


def version_in(text: str) -> str | None:
    """The semantic version the first version in a text gives ('Version 3.0
    – Approved by ...' and 'ver. 3' give '3.0.0', a title's '(v2.1)' '2.1.0')."""
    found = _RECORD_VERSION.search(text)
    return _semantic(found["number"]) if found else None


#: A version written alone, as a front matter's 'version:' gives it: '4.0', '2', 'v1.2.3'.
_VERSION_ALONE = lazy(r"v?(?P<number>\d+(?:\.\d+){0,2})", re.IGNORECASE)


def version_alone(text: str) -> str | None:
    """The semantic version a text that is a version number and nothing
    else gives ('4.0' gives '4.0.0'); None for any other text ('draft',
    '2024-06-10', '4.0-beta')."""
    found = _VERSION_ALONE.fullmatch(text.strip())
    return _semantic(found["number"]) if found else None


def title_version(title: str) -> tuple[str, str | None]:
    """A title less the version at its end ('Security Engineering Competency
    Matrix (v2.1)'), and that version as a semantic version ('2.1.0')."""
    found = _TITLE_VERSION.search(title)
    if found is None or not title[:found.start()].strip():
        return title, None
    return title[:found.start()].rstrip(), _semantic(found["number"])


#: What a paragraph about the document's keeping says: who may read it, who owns its words, when it
#: changed ('Copyright 2023 Acme Inc.', 'All rights reserved', 'confidential', 'for internal use
#: only', 'This document was last updated in March 2023').
_KEEPING = lazy(r"\b(?:copyright\b|all rights reserved|(?:strictly |highly )?confidential\b|internal use only"
                r"|(?:was |is )?last (?:updated|reviewed|edited|modified|revised)\b)|©", re.IGNORECASE)


def about_the_document(text: str) -> bool:
    """Whether a paragraph is about the document rather than the framework:
    a note under its label ('Note: this is a draft', 'How to use this
    document: ...', 'Disclaimer: ...'), a line of its properties ('Status:
    Draft'), or its keeping (a copyright, that it is confidential, when it
    was last updated)."""
    plain = text.strip().strip("*_").strip()
    property_line = _PROPERTY_LINE.match(plain)
    return note_label(plain) is not None or bool(property_line and is_page_property(property_line.group("name"))) \
        or _KEEPING.search(plain) is not None


def is_record_line(text: str) -> bool:
    """Whether a line is a document's record line: two parts or more,
    parted by middle dots or bars, one of them its classification
    ('Internal', 'Confidential') or the date it was last reviewed or
    changed, the others its version, owner or a name ('Possum Networks ·
    Internal · Last reviewed 12/02/2025'). No text of the ladder."""
    parts = [part.strip() for part in _BYLINE_PARTS.split(text.strip().strip("*_").strip())]
    if len(parts) < 2 or not any(_CLASSIFICATION.fullmatch(p) or _RECORD_DATE.fullmatch(p) for p in parts):
        return False
    return all(_CLASSIFICATION.fullmatch(p) or _RECORD_DATE.fullmatch(p) or _RECORD_VERSION.fullmatch(p)
               or _RECORD_OWNER.fullmatch(p) or _AUTHOR.fullmatch(p) for p in parts)


def set_aside_page_properties(outline: Outline, what: str = "page") -> None:
    """The lines of page properties right under a page's title
    ('Owner: Jane Smith', 'Tags: ...', 'Last edited: ...', as Notion's
    Markdown export writes them) are the page's, not the ladder's: reported
    as ``what``'s ('page', a spreadsheet's 'sheet'); so is a blog post's byline."""
    blocks = outline.blocks
    at = next((n for n, b in enumerate(blocks) if not isinstance(b, Other)), len(blocks))
    at += 1 if at < len(blocks) and isinstance(blocks[at], Heading) else 0
    while at < len(blocks):
        block = blocks[at]
        if isinstance(block, Paragraph) and all(
                (line := _PROPERTY_LINE.match(part.strip())) and is_page_property(line.group("name"))
                for part in block.text.split("\n")):
            blocks[at] = Other(block.text, block.line, block.last,
                               f"the {what}'s properties (owner, tags, dates), not part of the ladder")
        elif isinstance(block, Paragraph) and "\n" not in block.text.strip() and is_byline(block.text):
            blocks[at] = Other(block.text, block.line, block.last,
                               f"the {what}'s byline (author, reading time, date), not part of the ladder")
        elif not isinstance(block, Other):  # what the page says besides (a version line, chrome) is passed over
            break
        at += 1
    # A record line at the top, before the page's first section (under a title typed as a paragraph);
    # a line of it in bold is no heading.
    headings = [n for n, b in enumerate(blocks) if isinstance(b, Heading) and not b.bold]
    top = headings[1] if len(headings) > 1 and headings[0] == 0 else headings[0] if headings else len(blocks)
    for n, block in enumerate(blocks[:top]):
        if not isinstance(block, (Paragraph, Heading)) or isinstance(block, Heading) and not block.bold \
                or "\n" in block.text.strip() or len(block.text) > 200:
            continue
        said = block.text.strip("*_ ")
        record = is_record_line(said)
        versioned = VERSION_LINE.match(said) is not None
        if not record and not versioned:
            continue
        version = said if versioned else next(
            (part for part in _BYLINE_PARTS.split(said) if _RECORD_VERSION.fullmatch(part.strip())), None)
        if version is not None:  # 'Version 3.0 – Approved by ...': the framework's version
            outline.signals.append(Signal("version", version.strip(), block.line))
        blocks[n] = Other(block.text, block.line, block.last,
                          f"the {what}'s record line (classification, review date, owner), not its description"
                          if record else f"the {what}'s record of its authors and edits, not part of the ladder")


def block_text(block: Block) -> str:
    """A block's text as the report quotes it: a table's cells joined by ' | '."""
    if isinstance(block, Table):
        return " | ".join(cell.joined() for row in block.rows for cell in row.cells if not cell.empty)
    return block.text


#: Text set apart from the rest that still says what the text says.
KEPT_AS_TEXT = (QUOTE, "code block")
#: What an ``<aside>`` is called (a page's sidebar, or a callout as Notion exports one) ...
ASIDE = "aside (a sidebar or a callout)"
#: ... and why it is reported: not the ladder's where it stands beside the text. Under a level's
#: heading, before its statements, it is the level's own, as a block quote there is.
PAGE_ASIDE = f"page {ASIDE}, not part of the ladder"
#: A panel of one paragraph (Confluence's panel or info macro): under a level's heading, before its
#: statements, the level's summary, as an aside there is.
PANEL = "a panel of one paragraph set apart from the text (a callout)"
PAGE_PANEL = f"{PANEL}, not part of the ladder"
#: Why a task list (Confluence's) is reported: its tasks are the page's editors' to-dos.
TASK_LIST = "the page's task list (its editors' to-dos)"


def as_plain_text(blocks: list[Block]) -> tuple[str, list[Other]]:
    """Blocks as the format's plain text (a description): a paragraph for
    each heading, paragraph, quote or table row, a line for each list item
    ('- ', indented by its depth), paragraphs apart by a blank line; and
    what is no text of it (an image, a comment, navigation), to report.
    Headings lose their markers: the format's texts hold no Markdown."""
    chunks: list[str] = []
    left: list[Other] = []
    items: list[str] = []
    for block in blocks:
        if isinstance(block, Item):
            items.append("  " * block.depth + "- " + " ".join(block.text.split()))
            continue
        if items:
            chunks.append("\n".join(items))
            items = []
        if isinstance(block, Other) and block.reason not in KEPT_AS_TEXT:
            left.append(block)
        elif isinstance(block, Table):
            chunks.extend(" | ".join(c.joined() for c in row.cells if not c.empty) for row in block.rows)
        else:
            chunks.append(" ".join(block.text.split()))
    if items:
        chunks.append("\n".join(items))
    return "\n\n".join(chunk for chunk in chunks if chunk.strip()), left


def _short_name(text: str) -> bool:
    """Words that can name a competency: short, not a sentence."""
    words = text.split()
    return 0 < len(words) <= 8 and text.rstrip()[-1:] not in ".!?;," and any(ch.isalpha() for ch in text)


_LINE_BREAK = lazy(r"[ \t]*\n[ \t]*")


# A text that starts in bold ('**Level 4** | ...', '**Adopts**: learns'), and one wholly in italics.
_LEAD = lazy(r"^(\*\*|__)(?P<lead>(?:(?!\1).)+?)\1(?P<rest>.*)$", re.DOTALL)
_ITALICS = lazy(r"^(\*|_)(?![*_\s]).*(?<![*_\s])\1$", re.DOTALL)
_ITALIC_LABEL = lazy(r"^([*_])(?P<lead>(?![*_\s])[^*_\n]{1,40}(?<![*_\s]))\1(?P<rest>:\s.*)$", re.DOTALL)


#: A footnote's mark before the bold words that start a paragraph ('\\* **ML
#: lifecycle** refers to ...', '† **Impact** means ...'): they still lead it.
FOOTNOTE_MARK = lazy(r"(?:(?:\*{1,3}|\\\*)[ \t]+|[\u2020\u2021\u00a7][ \t]*|\[\d{1,2}\][ \t]*"
                           r"|[\u00b9\u00b2\u00b3\u2074-\u2079][ \t]*)")


def lead_of(text: str, *, after_a_footnote_mark: bool = False) -> tuple[str | None, str, bool]:
    """The bold text a paragraph starts with, the rest, and whether the rest
    is all in italics (inline markup as Markdown writes it, whatever the
    document was written in); with ``after_a_footnote_mark``, after a
    footnote's mark too (FOOTNOTE_MARK)."""
    mark = FOOTNOTE_MARK.match(text) if after_a_footnote_mark else None
    match = _LEAD.match(text[mark.end():] if mark else text)
    if match is None:
        return None, "", False
    rest = match.group("rest").strip()
    return match.group("lead"), rest, in_italics(rest)


def without_lead_markers(text: str) -> str:
    """The text with the bold markers of what it starts with removed
    ('**Adopts**: learns' -> 'Adopts: learns', '**Staying in your lane**.
    Waiting ...'), and those of a label in italics ('_Example_: mentors'),
    as a reader sees it."""
    match = _LEAD.match(text) or _ITALIC_LABEL.match(text)
    return match.group("lead") + match.group("rest") if match else text


def in_italics(text: str) -> bool:
    """Whether a text is wholly in italics ('*I lead*', '_Senior_')."""
    return _ITALICS.match(text) is not None


def _names_a_level_first(label: str) -> bool:
    """Whether a bold line names a level in its first sentence and says more
    of it after ('Professional lead level. Years in role: 3-5.'): a level's
    heading, as its sibling lines that end without a full stop are ('Senior
    level. Years in role: 2-4'); the full stop does not make it a sentence
    of the ladder. A bold sentence that names no level ('Always writes
    tests. Every day.') is not one."""
    name, stop, more = label.partition(". ")
    return bool(stop) and bool(more.strip()) and _short_name(name) and is_level_name(name)


def lead_block(text: str, line: int, last: int, lead: str | None, rest: str, rest_emphasised: bool) -> Block:
    """A paragraph, given the bold text it starts with (``lead``) and what
    follows: a bold heading when the bold is all there is (or is followed by
    a description in italics), a labelled paragraph when a colon or a dash
    follows the bold, else a plain paragraph. Bullets written as lines of
    the paragraph ('**Culture Leader**\\n- I act ...\\n- I help ...') are
    each a statement of the label."""
    if lead is not None:
        label = " ".join(lead.split())
        after = " ".join(rest.split())
        lines = [piece.strip() for piece in re.split(r"\n[ \t]*[-\u2013\u2022*][ \t]+", "\n" + rest.lstrip(" \t"))]
        if len(lines) > 2 and not lines[0] and _short_name(label):
            parts = [" ".join(piece.split()) for piece in lines[1:] if piece.strip()]
            return Paragraph(text, line, last, Labelled(label.rstrip(":").strip(), " ".join(parts), parts))
        if label.endswith(":") or after[:1] in (":", "-", "\u2013", "\u2014") and after[1:2] in (" ", ""):
            name = label.rstrip(":").strip()
            # The text as written, spaces and all (LL502 reports a double one); a line break reads as a space.
            written = _LINE_BREAK.sub(" ", rest).strip()
            body = written.lstrip(":-\u2013\u2014").strip() if not label.endswith(":") else written
            if name and body:
                return Paragraph(text, line, last, Labelled(name, body))
        if _short_name(label.rstrip(":")):
            if not after:
                return Heading(BOLD_DEPTH, label.rstrip(":"), line, last, bold=True)
            if rest_emphasised:
                return Heading(BOLD_DEPTH, label, line, last, bold=True, description=after)
        if not after:
            if _names_a_level_first(label):
                # Named as its siblings are: the words as written, less the full stop that ends them.
                return Heading(BOLD_DEPTH, label[:-1] if label.endswith(".") else label, line, last, bold=True)
            return Paragraph(label, line, last, emphasised=True)  # a sentence wholly in bold: its words
        if label.endswith(".") and not label.endswith("..") and 0 < len(label.split()) <= 4 \
                and _short_name(label[:-1]) and label[:1].isupper():
            return Paragraph(text, line, last, run_in=Labelled(label[:-1].strip(), after))
        if _short_name(label):
            return Paragraph(text, line, last, lead=Labelled(label, after))
    return Paragraph(text, line, last)


def labelled_item(item: Item, lead: str | None, rest: str, plain: str | None = None) -> Item:
    """The item with its bold label read ('**Adopts**: learns the tools').

    The label's bold is structure, not text: the item's text is what a
    reader sees (``plain``, 'Adopts: learns the tools'), label included,
    for the label says something of its own ('Subsystem: makes an impact
    on one or more subsystems')."""
    block = lead_block(item.text, item.line, item.last, lead, rest, False)
    if isinstance(block, Paragraph) and block.labelled is not None:
        item.labelled = block.labelled
    if isinstance(block, Paragraph):
        item.lead = block.lead
    item.bold = lead is not None and not rest.strip()
    if plain is not None:
        item.text = plain  # the markers of what it starts with are structure, labelled or not
    return item


#: The most words a cell of a header row typed as a plain row holds ('Category', 'Key behaviours').
_HEADER_CELL_WORDS = 4
#: How many times longer, in words, the text below a header cell is than the cell, in some column.
_LONGER_BELOW = 2


def mark_repeated_headers(outline: Outline) -> None:
    """Mark as its header the first row of a table that the document does
    not mark (Word's default table style writes no header row, nor bold),
    where it is one: the same first row opens two tables or more of the
    document (a table per level, each 'Category | Criteria'), its cells are
    short labels, and some column below holds longer text. A pipe table's
    header is marked by its syntax; so, read this way, a document says the
    same in Word as in Markdown. A first row that differs from table to
    table is data (a competency and its statement), as ever."""
    tables = [b for b in outline.blocks if isinstance(b, Table) and not b.in_item and len(b.rows) >= 2]
    keys = [tuple(" ".join(cell.joined().split()).casefold() for cell in t.rows[0].cells) for t in tables]
    for table, key in zip(tables, keys):
        first = table.rows[0]
        if first.header or keys.count(key) < 2 or not _label_row(first):
            continue
        if any(_longer_below(table.rows[1:], column, cell) for column, cell in enumerate(first.cells)):
            first.header = True


def _label_row(row: Row) -> bool:
    """Whether a row's cells are the labels of a header: two or more hold
    text, each a few words, no bullet and no sentence, and one names what a
    column holds ('Category', 'Criteria'). A ladder with a table per level
    may open each with the same short row of content ('Values | Lives our
    values'): no cell names a column there, and one says what the person does."""
    texts = [" ".join(cell.joined().split()) for cell in row.cells if not cell.empty]
    return len(texts) >= 2 and not any(cell.bullets for cell in row.cells) and all(
        len(text.split()) <= _HEADER_CELL_WORDS and not text.endswith((".", "!", "?", ";"))
        and not text[:1].islower() and (names_a_column(text) or not opens_with_a_deed(text)) for text in texts) \
        and any(names_a_column(text) for text in texts)


def _longer_below(rows: Sequence[Row], column: int, header: Cell) -> bool:
    """Whether the cells of ``column`` below hold, on average, text some
    times longer than ``header``'s."""
    below = [len(row.cells[column].joined().split()) for row in rows
             if column < len(row.cells) and not row.cells[column].empty]
    said = len(header.joined().split())
    return bool(below) and said > 0 and sum(below) >= _LONGER_BELOW * said * len(below)
