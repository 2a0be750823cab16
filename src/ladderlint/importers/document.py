"""What an importer reads out of one document, before ids are chosen.

Every reader (markdown, text, html, ...) turns a document into an
:class:`ImportedDocument`: levels, dimensions, competencies and statements
in the document's own words, each with the line it came from, plus the
report of every piece of text it could not place. ``merge`` then turns one
or more of these into a framework.

Competencies and dimensions are compared by identity (``eq=False``): two
headings with the same words in two places of a document are two things
until the merge decides otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..patterns import lazy
from ..rules.ll406_placeholder import only_placeholder
from ..text import plural, strip_markdown
from ..vocabulary import LEVEL_LINE, level_code, only_not_applicable_mark

#: Words that say a level's description is still to be written: 'We haven't yet finalized the
#: description of this level', 'not yet defined', 'yet to be written', 'TBD', 'coming soon'.
_NOT_DESCRIBED_YET = lazy(
    r"\b(?:(?:have|has)(?:\s*n[o’']t|\s+not)\s+yet|(?:we|i)\s+(?:have|has)(?:\s*n[o’']t|\s+not)|not\s+yet|yet\s+to\s+be)"
    r"\s+(?:been\s+)?(?:finali[sz]ed|defined|described|written|documented|decided|agreed|fleshed\s+out)\b"
    r"|\b(?:TBD|TBC)\b|\bcoming\s+soon\b", re.IGNORECASE)


def not_described_yet(text: str) -> bool:
    """Whether a level's text says its description is still to be written."""
    return _NOT_DESCRIBED_YET.search(text) is not None


class ImportFailure(Exception):
    """A document that cannot be imported; ``line``/``column`` are 1-based, 0 when unknown."""

    def __init__(self, path: str, message: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        #: Where it is, where the document names places its own way (a workbook's 'Sheet'!B7).
        self.place = ""

    @classmethod
    def needs_extra(cls, path: str, reading: str, package: str, extra: str) -> ImportFailure:
        """A format read by an optional package that is not installed
        ('reading Word documents needs mammoth'), said with the install
        command of the extra that brings it."""
        return cls(path, f"{reading} needs {package}: install it with pip install 'ladderlint[{extra}]'")

    def __str__(self) -> str:
        if not self.path:
            return self.message
        where = self.path
        if self.place:
            where += f":{self.place}"
        elif self.line:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}"


#: The notice of bullets right under a level, which a page of one
#: competency (merge) explains otherwise.
NO_COMPETENCY_HEADING = "bullets with no competency heading above them"
#: Why a table's header cell over the levels' names or the statements ('Level', 'Expectations') is reported.
COLUMN_HEADER = "table column header, not content"
#: The competency of statements that no heading names.
EXPECTATIONS = "Expectations"


@dataclass(frozen=True)
class ReportEntry:
    """A piece of text that did not become part of the framework, or a guess
    the reader made that a person should confirm."""

    #: The file it is in; for what is said of several files (a track), their
    #: directory and what they are, with ``line`` 0.
    file: str
    line: int
    #: "unplaced" (the text is not in the YAML), "notice" (it is, but check
    #: it) or "layout" (how the document was read, and why).
    kind: str
    reason: str
    text: str = ""
    #: Where it is, where the document names places its own way (a workbook's
    #: 'Sheet'!B7), said instead of the line.
    place: str = ""
    #: The line of the heading of a section left out as a whole (an FAQ after
    #: the levels) that the text is part of, the heading's own entry too; 0
    #: where it is left out alone. The terminal says such a section on one line.
    section: int = 0

    def sort_key(self) -> tuple[str, int]:
        # Entries of one line keep the order they were found in (sorting is stable).
        return (self.file, self.line)


@dataclass
class ImportedStatement:
    text: str
    line: int
    examples: list[str] = field(default_factory=list)
    #: For a bullet that starts with a bold label ('**Ownership**: Drives
    #: ...'): the label and the text after it. The merge makes the label a
    #: competency where the same labels come back at level after level.
    label: str | None = None
    rest: str | None = None
    #: The statement's id where the document gives it (a page ladderlint rendered): the differ follows it.
    id: str | None = None


@dataclass(eq=False)
class ImportedCompetency:
    #: None when the document lost the heading (its description may still match).
    name: str | None
    line: int
    description: str | None = None
    #: An identifier the document itself gives (Monzo's topic names).
    key: str | None = None
    #: Named with nothing filled in at any level (a table's empty row): kept, for `check` to
    #: report that no level describes it, rather than left out.
    unfilled: bool = False
    #: Its statements went, under its name, to the levels' descriptions ('Years of experience: 0-2'), or
    #: were all reported as figures with it: a heading whose text is placed, not one with nothing under it.
    said_of_levels: bool = False


@dataclass(eq=False)
class ImportedDimension:
    #: None for competencies that come before any group heading.
    name: str | None
    line: int
    description: str | None = None
    competencies: list[ImportedCompetency] = field(default_factory=list)
    #: The dimension's id where the document gives it (a page ladderlint rendered).
    key: str | None = None

    def competency(self, name: str | None, line: int, description: str | None = None) -> ImportedCompetency:
        """The competency of this name, added if it is new (a heading repeated
        within one dimension is one competency). A heading's closing colon
        ('### Technical Skills:', '### Habilidades Técnicas:', '沟通：') is
        punctuation, in any language, not part of the name."""
        if name is not None:
            if name.rstrip().endswith((":", "：")):  # else the name is as written, its spaces too
                name = name.rstrip().rstrip(":：").rstrip() or name
            for existing in self.competencies:
                if existing.name == name:
                    return existing
        created = ImportedCompetency(name, line, description)
        self.competencies.append(created)
        return created


@dataclass
class ImportedCell:
    competency: ImportedCompetency
    statements: list[ImportedStatement] = field(default_factory=list)
    note: str | None = None
    #: Why the competency is not assessed at this level (the merge reads it from a mark: 'N/A - ...').
    not_applicable: str | None = None
    #: The proficiency the level expects, as the document names it ('Advanced').
    proficiency: str | None = None
    #: Where the competency's heading stands at the level, once or more (a heading written twice
    #: joins one cell; merge says so): each heading's line and how many statements the cell held
    #: before it. Empty where no heading of the level names the competency.
    headings: list[tuple[int, int]] = field(default_factory=list)
    #: What the competency's heading at this level says of it after its name, and the heading's line
    #: ('### Impact: delivers tasks for their own team'). The merge makes it the competency's
    #: description where every level's heading says the same, and this level's first statement
    #: where the levels' headings say different things (``heading_sentences``).
    heading_says: tuple[str, int] | None = None
    #: Where the competency's statements end below this level (a table's row blank from here up):
    #: the reason to write instead of ``not_applicable``'s 'ends at' where the framework is
    #: cumulative, as LL401 asks: nothing beyond the level they end at, whose expectations hold here.
    nothing_beyond: str | None = None


def competency_description(*parts: str | None) -> str | None:
    """A competency's description from its parts, in order: what its heading
    says after its name, then the paragraphs that define it, each a
    paragraph of its own (so that no two run together as one sentence)."""
    return "\n\n".join(part for part in parts if part) or None


@dataclass
class ImportedLevel:
    title: str
    line: int
    #: The level id as the document gives it (IC3, P3); None to derive it.
    id: str | None = None
    summary: str | None = None
    #: The paragraphs the summary joins: (line, text).
    summary_paragraphs: list[tuple[int, str]] = field(default_factory=list)
    #: The run-in headings of those paragraphs ('**Delivery.** You ship ...'), by line: (name, the rest).
    summary_heads: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: The lines of those paragraphs written wholly in italics ('_At this point, ..._').
    summary_italics: frozenset[int] = frozenset()
    dimension_summaries: list[tuple[ImportedDimension, str]] = field(default_factory=list)
    cells: list[ImportedCell] = field(default_factory=list)
    #: What else the document says of the level, neither its summary nor what a competency
    #: expects (the experience it asks, who holds it, a note on it): (line, text), the
    #: framework's `description` of the level.
    described: list[tuple[int, str]] = field(default_factory=list)
    #: The level's page leads in to the list of what it expects and lists nothing ('The following
    #: skills define this level:', then no skill): a level of the ladder with nothing to assess yet.
    lists_nothing: bool = False

    def describe(self, line: int, text: str) -> None:
        """Add ``text`` (at ``line``) to what is said of the level."""
        if text.strip() and (line, text) not in self.described:
            self.described.append((line, text))

    @property
    def description(self) -> str | None:
        """What is said of the level, in the document's order, a paragraph each."""
        return "\n\n".join(text for _line, text in sorted(self.described, key=lambda said: said[0])) or None

    def cell(self, competency: ImportedCompetency) -> ImportedCell:
        for cell in self.cells:
            if cell.competency is competency:
                return cell
        created = ImportedCell(competency)
        self.cells.append(created)
        return created

    @property
    def statement_count(self) -> int:
        return sum(len(cell.statements) for cell in self.cells)


def described_under(label: str | None, texts: Sequence[str]) -> str:
    """Texts said of a level under a label ('Examples', 'Typical
    experience'), as one paragraph of its description, the label kept:
    'Examples: Javan, Pratik'; several texts, a list under the label."""
    texts = [" ".join(text.split()) for text in texts if text.strip()]
    name = " ".join(strip_markdown(label or "").split()).rstrip(" :")
    if not name:
        return "\n".join(texts)
    if len(texts) == 1:
        return f"{name}: {texts[0]}"
    return "\n".join([f"{name}:", *(f"- {text}" for text in texts)])


#: The layouts of a table, a cell (or a row) for every level: each cell says what its level asks, on its own.
TABLE_LAYOUTS = frozenset({"levels-as-columns", "levels-as-rows", "proficiency-matrix"})


@dataclass
class ImportedDocument:
    path: str
    format: str
    name: str | None = None
    organisation: str | None = None
    track: str | None = None
    #: What in the document names its track, for the report.
    track_evidence: str | None = None
    #: The track is the role its levels' titles name, which renaming a level changes.
    track_from_titles: bool = False
    #: The heading over all the levels that names the track ('## Product Design'): its line and words.
    track_heading: tuple[int, str] | None = None
    #: Of a page of several tracks, the line of the heading that starts this one's part (0: none).
    track_line: int = 0
    description: str | None = None
    dimensions: list[ImportedDimension] = field(default_factory=list)
    levels: list[ImportedLevel] = field(default_factory=list)
    glossary: dict[str, str] = field(default_factory=dict)
    report: list[ReportEntry] = field(default_factory=list)
    #: Of a page of several tracks, the report's entries said while reading this track's part (``report``
    #: is the page's, shared): where --track chooses another track, what they say was done was not.
    track_entries: list[ReportEntry] = field(default_factory=list)
    #: The layout the document was read with (see outline.LAYOUTS; TABLE_LAYOUTS those of a table).
    layout: str | None = None
    #: The page's own title (front matter, <title>) named its level, and no heading did.
    level_by_page_title: str | None = None
    #: Only --level named the page's one level: no heading did, and the page's
    #: title (``name``) may be its level's, which the merge decides.
    level_by_option: bool = False
    #: --competency-heading named the depth of the competencies' headings: they stay competencies,
    #: even where they read as sentences.
    competencies_by_option: bool = False
    #: The group of the site's navigation that lists this page (a track).
    navigation_group: str | None = None
    #: The front-matter line that gave the page's one level its id ('id: staff-engineer'), and its number.
    level_id_line: tuple[str, int] | None = None
    #: Where the page's site lists it (front matter 'nav_order: 3',
    #: 'weight: 30'): the order of pages whose levels' names do not tell it.
    site_order: float | None = None
    #: Who the document's words say the organisation is, when no title names it.
    organisation_guess: Any = None
    #: The file whose name is the framework's name, when nothing in the document names it.
    named_by_file: str | None = None
    #: The framework's name from a page with no ladder (the vault's index page) or from the folder
    #: of the pages, where each page's own title names its level.
    framework_name: str | None = None
    #: The paragraph that describes the framework on its overview page (see overview.py): its file, line and
    #: text; the framework's description where no document of the ladder gives one.
    overview_description: tuple[str, int, str] | None = None
    #: A line of the document's record that gives its version ('Version 3.0 – Approved by ...'), and its line.
    version_line: tuple[str, int] | None = None
    #: Whether that line is the front matter's 'version:' key (a number alone), not a line of the text.
    version_in_front_matter: bool = False
    #: Where its lines are, as its own format names places (a workbook's sheets and cells: spreadsheet.Places).
    places: Any = None
    #: Whether each level includes what the levels below it expect, where the document says so
    #: in so many words (a page ladderlint rendered); None to work it out.
    cumulative: bool | None = None
    #: The proficiencies, lowest first, where the document lists them (a page ladderlint rendered).
    proficiency_scale: list[str] = field(default_factory=list)
    #: Its texts are the words a reader sees, with no Markdown left in them to read (a page
    #: ladderlint rendered escapes every mark): a star in them is a star.
    plain_text: bool = False
    #: The framework's facts a page ladderlint rendered states: who approves changes, the licence,
    #: from when the version applies, and the credits (each a text, or a text with its url).
    owners: list[str] = field(default_factory=list)
    licence: str | None = None
    effective: str | None = None
    credits: list[str | dict[str, str]] = field(default_factory=list)
    #: The framework's id and voice, where a page ladderlint rendered gives them (``voice_said``:
    #: the page says which voice, none included, so that none is worked out from the statements).
    framework_id: str | None = None
    voice: str | None = None
    voice_said: bool = False
    #: The organisation's web domains, where a page ladderlint rendered gives them.
    domains: list[str] = field(default_factory=list)
    #: Levels the framework leaves out on purpose (id -> reason), as a page ladderlint rendered says.
    omitted_levels: dict[str, str] = field(default_factory=dict)
    #: The language the document says it is written in (`<html lang="ko">`, front matter
    #: 'lang: pt-BR'), as a BCP 47 tag, and the line that says it.
    language: tuple[str, int] | None = None

    def dimension(self, name: str | None, line: int) -> ImportedDimension:
        """The dimension of this name, added if it is new."""
        for existing in self.dimensions:
            if existing.name == name:
                return existing
        created = ImportedDimension(name, line)
        self.dimensions.append(created)
        return created

    def unheaded_cells(self) -> list[tuple[ImportedDimension, ImportedLevel, ImportedCell]]:
        """The cells of the competencies that no heading named (bullets right
        under a level), with their dimension and level, in level order."""
        found = []
        for dimension in self.dimensions:
            unnamed = [c for c in dimension.competencies if c.name is None and not c.description]
            for level in self.levels:
                found += [(dimension, level, cell) for cell in level.cells if cell.competency in unnamed]
        return found

    def unplaced(self, line: int, reason: str, text: str, place: str = "", section: int = 0) -> ReportEntry:
        entry = ReportEntry(self.path, line, "unplaced", reason, text, place, section)
        self.report.append(entry)
        return entry

    def notice(self, line: int, reason: str, text: str = "", kind: str = "notice") -> None:
        self.report.append(ReportEntry(self.path, line, kind, reason, text))

    def not_applicable_outside(self, competency: ImportedCompetency, levels: list[ImportedLevel], name: str,
                               where: str, unread: Sequence[ImportedLevel] = ()) -> None:
        """``levels`` (lowest first) each give ``competency`` a place of its
        own (a Monzo topic's entries, a table's row): where its statements
        start above the first of them (Leadership from level 3) or end
        below the last, the source says it is not assessed at the others,
        each ``not_applicable`` with the reason, and a notice says so. A
        gap between its statements says nothing: it stays for `check`
        (LL401). ``name`` is the competency as the reason writes it,
        ``where`` what gives it its places ("topic 'leadership'"). ``unread``:
        the levels whose place holds something the import could not read (a
        formula with no saved value, reported), which is no blank either."""
        def says(level: ImportedLevel) -> bool:
            return any(level is other for other in unread) or any(
                cell.competency is competency and (cell.statements or cell.proficiency) for cell in level.cells)

        having = [n for n, level in enumerate(levels) if says(level)]
        if not having:
            return  # a gap between its first and last statements leaves the ends as said (LL401 reports the gap)
        if any(says(level) for level in self.levels if all(level is not given for given in levels)):
            return  # said at levels elsewhere (a table split in two): where it starts is not told here
        first, last = levels[having[0]], levels[having[-1]]
        # A level the document says it has not described yet ('We haven't yet finalized the
        # description of this level') says nothing of where a competency ends: its cells stay empty.
        unwritten = [level for level in levels if level.summary and not_described_yet(level.summary)
                     and not any(cell.statements for cell in level.cells)]
        for level in unwritten:
            said = f"level {level.id or _named(level)} says it is not described yet"
            if not any(entry.reason.startswith(said) for entry in self.report):
                self.notice(level.line or competency.line, f"{said} ('{level.summary}'): its cells are left empty, "
                            "not marked not applicable; write them when the document does")
        order = {id(c): n for n, c in enumerate(c for d in self.dimensions for c in d.competencies)}
        for outside, reason, above in ((levels[: having[0]], f"{name} starts at {_named(first)}", False),
                                       (levels[having[-1] + 1 :], f"{name} ends at {_named(last)}", True)):
            outside = [level for level in outside if all(level is not other for other in unwritten)]
            for level in outside:
                cell = level.cell(competency)
                cell.not_applicable = reason
                if above:  # above its last statements, which a cumulative ladder's level still holds
                    cell.nothing_beyond = f"Nothing beyond {_named(last)}: the document adds no statement of " \
                                          f"{name} at {_named(level)}"
                # In the level's order of competencies, as a cell the document had written would be.
                level.cells.remove(cell)
                at = next((n for n, other in enumerate(level.cells)
                           if order.get(id(other.competency), 0) > order.get(id(competency), 0)), len(level.cells))
                level.cells.insert(at, cell)
            if outside:
                ids = ", ".join(level.id or _named(level) for level in outside)
                # Above its last statements a cumulative framework reads the blank otherwise (the merge decides).
                cumulative = f"; or, where each level includes those below, '{outside[0].cell(competency).nothing_beyond}'" \
                    if above else ""
                self.notice(competency.line, f"{where} has no entry at {ids}: not_applicable there ('{reason}'{cumulative})")

    def withdraw(self, reason: str, line: int | None = None) -> None:
        """Take back the report's entries for ``reason`` (on ``line`` only,
        if given): what the merge learnt explains them otherwise."""
        self.report[:] = [e for e in self.report if not (e.reason == reason and line in (None, e.line))]

    @property
    def statement_count(self) -> int:
        return sum(level.statement_count for level in self.levels)

    def prune(self) -> None:
        """Drop competencies no level uses, and dimensions left empty; a
        heading with no statements anywhere is reported, not invented."""
        for level in self.levels:  # a heading with nothing under it at a level (an image, a note) is no cell
            level.cells = [cell for cell in level.cells
                           if cell.statements or cell.note or cell.not_applicable or cell.proficiency]
        # A proficiency scale's point that says it holds nothing ('0 - None', 'N/A'), at its bottom or
        # top, and holds nothing at any competency: a mark of the scale, not a level anyone is at.
        for level in [self.levels[0], self.levels[-1]] if len(self.levels) >= 3 else []:
            said = _NUMBERED.sub("", level.title, count=1)
            if not level.cells and level.summary is None and not level.dimension_summaries \
                    and any(ch.isalpha() for ch in said) and only_not_applicable_mark(said) and level in self.levels:
                self.levels.remove(level)
                self.unplaced(level.line, f"the scale's '{said.strip()}' point holds nothing", level.title)
        unwritten = self._drop_unwritten_competencies()
        used = {id(cell.competency) for level in self.levels for cell in level.cells}
        for dimension in self.dimensions:
            for competency in dimension.competencies:
                if id(competency) not in used and competency.name is not None and not competency.unfilled \
                        and not competency.said_of_levels and id(competency) not in unwritten:
                    self.unplaced(competency.line, "heading with no statements under it", competency.name)
                    if competency.description:
                        # Its description (a spreadsheet's 'Example behaviour' beside it) goes with it, said.
                        self.unplaced(competency.line, f"the description of '{competency.name}', a heading with "
                                                       "no statements under it", competency.description)
            dimension.competencies = [c for c in dimension.competencies if id(c) in used or c.unfilled]
            if not dimension.competencies and dimension.name is not None and not any(
                    entry.line == dimension.line for entry in self.report if entry.kind == "unplaced"):
                # A group named with nothing in it (a table's row alone under its last competency).
                self.unplaced(dimension.line, "heading with no statements under it", dimension.name)
        self.dimensions = [d for d in self.dimensions if d.competencies]
        # What a level says of a dimension that was dropped is reported with it.
        kept = {id(d) for d in self.dimensions}
        for level in self.levels:
            for dimension, text in level.dimension_summaries:
                if id(dimension) not in kept:
                    self.unplaced(dimension.line, f"text of '{dimension.name}', which has no statements", text)
            level.dimension_summaries = [(d, text) for d, text in level.dimension_summaries if id(d) in kept]


    def _drop_unwritten_competencies(self) -> set[int]:
        """Take out the competencies whose every statement, at every level,
        only says it is still to be written ('TBD', 'To be defined', 'Coming
        soon'): a section the document has yet to write, nothing to assess,
        reported once (as a level whose text says so keeps its cells empty).
        Their ids."""
        dropped: set[int] = set()
        for dimension in self.dimensions:
            for competency in dimension.competencies:
                cells = [cell for level in self.levels for cell in level.cells if cell.competency is competency]
                said = [s for cell in cells for s in cell.statements]
                if not said or any(cell.note or cell.proficiency for cell in cells) \
                        or not all(only_placeholder(strip_markdown(s.text).strip()) for s in said):
                    continue
                dropped.add(id(competency))
                for level in self.levels:
                    level.cells = [cell for cell in level.cells if cell.competency is not competency]
                name = competency.name or "the competency"
                notes = "', '".join(dict.fromkeys(strip_markdown(s.text).strip() for s in said))
                self.notice(competency.line, f"'{name}' only says it is still to be written, at "
                            f"{plural(len(cells), 'level')} ('{notes}'): no competency is imported for it; add it "
                            "when the document describes it")
        return dropped


#: The number a scale's point opens with ('0 - None', '0. N/A', '(0) None').
_NUMBERED = lazy(r"^\s*\(?\d{1,2}\)?\s*[-–—:.)]?\s*")


def _named(level: ImportedLevel) -> str:
    """How a reason names a level: by its title, but for a level whose code
    the document gives apart from its name, by that code, the level's id
    once imported: in the title ('IC2 - Engineer', as a header of two lines
    reads), or beside it (a Level column's 'L2' beside a Title column's
    'Developer'; 'IC2' in a header over 'Engineer')."""
    line = LEVEL_LINE.fullmatch(level.title)
    code = level_code(line.group("code")) if line is not None else None
    if code is None and level.id is not None and level_code(level.title) is None:
        code = level.id  # a code the title does not spell out ('Level 3' is L3's own)
    return code or level.title
