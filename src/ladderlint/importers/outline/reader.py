"""What every layout reads with: the user's steering and the reader's shared state.

``LAYOUTS`` names the layouts (for --help and the report), ``HEADING_NAMES``
what --level-heading and the like accept, and ``Steering`` what the user and
the other pages of the import say about the layout. ``Reader`` is the base of
the layout readers: the bookkeeping of placed and dropped blocks, the layout
notice and its evidence (``layout``), the framework's name and title, the
description before the levels (``preamble``, ``overview``), a level's summary,
and the statements of a cell.

A new layout's reader is a subclass of ``Reader`` (or of ``LevelReader``,
in ``levels``, to read each level's content as a level page does), in a
module of its own, mixed into ``choice.Interpreter``.
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass, replace
from typing import Sequence

from ..blocks import (
    BOLD_DEPTH, QUOTE, Block, Cell, Heading, Item, Other, Outline, Paragraph, Table, about_the_document, block_text, blocks_after,
    paragraphs_text,
)
from ..common import glossary_from_footnote
from ..document import (
    ImportedCell, ImportedCompetency, ImportedDimension, ImportedDocument, ImportedLevel, ImportedStatement, ReportEntry,
    described_under,
)
from ..source import Ledger
from ...text import ends_a_sentence, name_key, plural, strip_markdown
from ..textutil import (
    SUBJECT_PRONOUNS, asks_everyone, file_words, is_framework_title, is_level_name, lays_out, names_role_fully, normalise,
    organisation_in, reads_as_sentence, role_of, shouted, title_cased, unwrap, without_site_name,
)
from .helpers import (
    SUMMARY_HEADINGS, cell_statements, heading_text, names_a_part, names_a_summary, says_not_applicable,
)
from ...vocabulary import (
    NO_BEHAVIOUR, labels_experience, of_the_level, level_code, no_behaviour, roman_numeral, tells_to_do, title_without_code,
)
from ...patterns import lazy


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


#: What a page ends on besides its text, under a heading of its own: whom it thanks or cites, its licence, its history.
_BACK_MATTER = frozenset({"credits", "acknowledgements", "acknowledgments", "references", "license", "licence",
                          "changelog", "change log", "see also", "further reading", "contributing", "contributors"})


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
#: A line of a list that sums up a level: its name (and code), a colon, a
#: sentence ('Engineer 2 (IC3): Is an effective team member.').
#: A description that opens with its subject in bold, as a wiki's first sentence names the page's:
#: "**Platform Engineering Ladder** describes ...".
_BOLD_SUBJECT = lazy(r"^(?:\*\*|__)(?P<title>[^*_]{3,80}?)(?:\*\*|__)\s+\w")
_OVERVIEW_LINE = lazy(r"^(?P<name>[^:()]{1,60}?)\s*(?:\((?P<code>[^()]{1,20})\))?\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
#: The first line of a page `ladderlint render` wrote.
_RENDERED = lazy(r"<!--\s*Written by ladderlint\b")
#: The heading over the levels of a page `ladderlint render` wrote.
RENDERED_LEVELS = "What each level expects"
#: How to use the page, not what it says: a short sentence that asks the reader to click, tap,
#: select, expand or open ('Click a level to expand it.', 'Select a level to see its expectations.').
_PAGE_INSTRUCTION = lazy(r"(?:click|tap|select|choose|pick|expand|open|hover over|switch to)(?:\s+on)?\s+"
                         r"(?:a|an|the|any|each|one|this|here|below|above)\b[^.!?]{0,80}[.!]?", re.IGNORECASE)
#: The most items, and the most words of one, of a list a description leads into and keeps.
_LISTED_MOST = 8
_LISTED_WORDS = 30
#: The most words such an instruction says.
_INSTRUCTION_WORDS = 12


#: How the report names examples that a table gives in a column of their own.
EXAMPLES_COLUMN = "examples in a column of their own"


class Reader:
    """The reader's state and what every layout's reader shares."""

    def __init__(self, document: ImportedDocument, outline: Outline, ledger: Ledger, level_option: str | None,
                 steering: Steering):
        self.document = document
        self.outline = outline
        self.ledger = ledger
        self.level_option = level_option
        self.steering = steering
        self.corpus = "\n".join(ledger.lines) if ledger.lines else "\n".join(block_text(b) for b in outline.blocks)
        self.placed: set[int] = set()
        #: The blocks reported as not placed, by id: the document (a track's) that reported each, and the entry.
        self.dropped: dict[int, tuple[ImportedDocument, ReportEntry]] = {}
        #: The names of bullets that name groups of bullets, level after level (items).
        self.group_names: set[str] | None = None
        #: How many levels the document describes, once its layout is known.
        self.level_count = 1
        #: Competencies' descriptions written before the levels, by name key (defines_competencies).
        self.descriptions: dict[str, tuple[Heading, list[Paragraph]]] = {}
        #: The roles the level names of the document name ('software engineer'), as name keys.
        self.roles: frozenset[str] = frozenset()
        #: The headings that are stages of a performance scale beside others of them ('Learning',
        #: 'Developing'), which name levels only so (``stages_named``).
        self.stages: frozenset[str] = frozenset()
        #: Headings named like a level, each alone among sibling sections that name none (an
        #: appendix's '### Mid-Quarter Check-Ins' beside '### Annual Reviews'): not levels (``names_level``).
        self.strays: frozenset[int] = frozenset()
        #: The description is looked for after the title heading, not in the page's chrome before it.
        self.title_line = 0

    @property
    def rendered(self) -> bool:
        """Whether the document is a page `ladderlint render` wrote (its first line says so)."""
        return any(isinstance(b, Other) and b.reason == "comment" and _RENDERED.match(b.text)
                   for b in self.outline.blocks[:3])

    def written(self, line: int) -> str | None:
        """Line ``line`` of the file as written, where the reader has the
        file's lines (Markdown, plain text, CSV); None for a page read as a
        tree, whose blocks alone say what it holds (HTML, a Word document),
        or past the file's end."""
        return self.ledger.lines[line - 1] if 0 < line <= len(self.ledger.lines) else None

    # --- bookkeeping -----------------------------------------------------

    def use(self, block: Block) -> None:
        self.placed.add(id(block))
        self.ledger.use_range(block.line, block.last)
        dropped = self.dropped.get(id(block))
        if dropped is not None and dropped[0] is not self.document:
            # A page of tracks reads its introduction for each track ('- Lead Engineer: 8+ years'):
            # a line one track had no place for, another placed. The page's one report unsays it.
            del self.dropped[id(block)]
            self.document.report[:] = [e for e in self.document.report if e is not dropped[1]]

    def drop(self, block: Block, reason: str, section: Heading | None = None) -> None:
        """Report a block as not placed (once), unless it was placed;
        ``section``: the heading of the section it is left out with."""
        if id(block) in self.placed:
            return
        entry = self.document.unplaced(block.line, reason, block_text(block), getattr(block, "place", ""),
                                       section.line if section is not None else 0)
        self.use(block)
        self.dropped[id(block)] = (self.document, entry)

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

    @property
    def page_title(self) -> str | None:
        """The page's own title (front matter, <title>) without the site's
        name ('Senior Engineer | Acme Careers' is 'Senior Engineer')."""
        if not self.outline.title:
            return self.outline.title
        return without_site_name(self.outline.title, self.steering.site_title_parts)

    def set_name(self, title: Heading | None) -> None:
        """The framework's name: the title heading, else the page's own title
        (front matter, <title>) without the site's name, which a heading that
        names a part of a page ('Overview') yields to. A page title that
        differs from the heading is reported."""
        page = self.page_title
        if title is not None and page and names_a_part(heading_text(title)):
            # A page that opens on its first section ('Overview', 'Introduction') is named by its title.
            self.use(title)
            self.title_line = title.line
            self.set_title(page)
        elif title is not None:
            self.use(title)
            self.title_line = title.line
            self.set_title(heading_text(title))
            if page and page != heading_text(title):
                # Which text names it, and which is left out: the report's text after the colon is the
                # page title, which must not read as the name ('The Artsy Engineering Ladder'). The heading
                # is kept even where the title holds it and more (the organisation's name): it is what
                # the page shows its readers, and `organisation` holds the organisation's name apart.
                self.document.unplaced(self.outline.title_line or 1,
                                       f"page title, not used (the framework is named after its first heading, "
                                       f"'{heading_text(title)}')", self.outline.title or page)
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
        # A later heading at the top that opens the page's back matter ('# Credits') is no second title:
        # a revision that drops the credits would rename the framework.
        at_top = [h for n, h in enumerate(real) if h.depth == top
                  and not (n and normalise(unwrap(h.text)).casefold().rstrip(" :") in _BACK_MATTER)]
        if len(at_top) == 1 and at_top[0] is headings[0] and len(headings) > 1:
            return at_top[0]
        return None

    @staticmethod
    def parent(heading: Heading, candidates: list[Heading]) -> Heading | None:
        above = [c for c in candidates if c.line < heading.line and c.depth < heading.depth]
        return above[-1] if above else None

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

    def names_level(self, heading: Heading) -> bool:
        """Whether a heading names a level: a level name (IC3, Engineer II,
        Senior ...), or the role the other levels name with no level of its
        own ('Software Engineer' beside 'Senior Software Engineer',
        'Engineer' beside 'Senior Engineer I'), or named more fully
        ('Software Engineer' beside 'Senior Engineer'): the first rung; or a
        stage of a performance scale beside others at its depth ('Learning',
        'Developing', 'Performing', 'Leading'); not a stray heading of an
        appendix (``strays``)."""
        if id(heading) in self.strays:
            return False
        text = normalise(heading.text)
        return is_level_name(text) or name_key(text) in self.roles or names_role_fully(text, self.roles) \
            or text in self.stages

    def roles_track(self, titles: list[str], count: int) -> None:
        """The track of ``count`` levels, if ``titles`` all name one role (a
        title may name it among others: 'Junior Engineer / Sysadmin'). A
        title of a rung alone ('Trainee/Intern' below 'Junior Engineer')
        names no role, and no other either."""
        named = [{role_of(part) or "" for part in title.split("/")} for title in titles]
        named = [roles for roles in named if roles - {""}]
        roles = set.intersection(*named) - {""} if named else set()
        if count >= 2 and len(named) >= 2 and len(roles) == 1 and self.document.track is None:
            self.document.track = roles.pop()
            self.document.track_evidence = f"the titles of its levels name the role '{self.document.track}'"
            self.document.track_from_titles = True

    def overview(self, blocks: list[Block]) -> None:
        """A list before the levels that sums each up in a line ('- Engineer
        2 (IC3): Is an effective team member.', a 'tl;dr'): the summary of
        the level it names, where the level has none of its own. A line
        that says the experience the level asks ('Relevant experience:' over
        '- Graduate Engineer: Usually less than 2 years of experience') is no
        summary: it goes to the level's description, under the list's lead."""
        by_title = {name_key(level.title): level for level in self.document.levels}
        used = []
        coded: list[tuple[ImportedLevel, str]] = []  # the codes the lines give ('Engineer 1 (IC2): ...')
        described: list[Item] = []
        leads: list[Heading | Paragraph] = []  # the leads of lines of experience, used with them
        lead: Heading | Paragraph | None = None  # what leads into the list being read: a heading, a line ending in ':'
        for item in blocks:
            if not isinstance(item, Item):
                lead = item if isinstance(item, Heading) or isinstance(item, Paragraph) \
                    and item.text.rstrip().endswith(":") else None
                continue
            said = _OVERVIEW_LINE.match(item.text) if item.depth == 0 else None
            level = by_title.get(name_key(normalise(strip_markdown(said.group("name"))))) if said else None
            if said is None or level is None:
                continue
            rest = said.group("rest").strip()
            if (code := self.code_of(level, said.group("code"))) is not None:
                coded.append((level, code))
            label = strip_markdown(lead.text).strip().rstrip(":") if lead is not None else ""
            # Under 'Relevant experience:' a line says it only where it gives a time or a condition.
            labelled = bool(label) and labels_experience(label, rest)
            if labelled or of_the_level(no_behaviour(strip_markdown(rest))):
                level.describe(item.line, described_under(label if labelled else None, [rest]))
                self.use(item)
                described.append(item)
                if labelled and lead is not None and lead not in leads:
                    leads.append(lead)
                continue
            if level.summary is not None:
                continue
            level.summary = said.group("rest").strip()
            level.summary_paragraphs = [(item.line, level.summary)]
            self.use(item)
            used.append(item)
        # A code said of two levels, or one twice, says neither's.
        if len({name_key(code) for _, code in coded}) < len(coded) or len({id(lv) for lv, _ in coded}) < len(coded):
            coded = []
        for level, code in coded:
            level.id = code
        if used:
            self.document.notice(used[0].line, f"a list before the levels sums up {len(used)} of them in a line "
                                               "each: their summaries" + _codes_said([lv for lv, _ in coded]))
        for said_with in leads:
            self.use(said_with)  # 'Relevant experience:' leads into its lines: said with each
        if described:
            self.document.notice(described[0].line, f"a list before the levels gives the experience of "
                                                    f"{len(described)} of them in a line each: their descriptions")
        for table in blocks:
            if isinstance(table, Table) and id(table) not in self.placed:
                self.summaries_table(table)

    def described_before(self, blocks: list[Block], where: str = "before the levels",
                         heading: Heading | None = None) -> None:
        """A section before the levels (or apart from them: ``where`` says
        which, for the notice) that names each dimension (or each
        competency) with words on it ('Evaluation criteria' over '- Impact'
        and its sub-bullets '- Nature and impact of problems solved'; '-
        Impact: what the work changes'; a heading 'Impact' over a
        paragraph): those words are its description, where it has none.
        Two names or more, and most of the list's, make such a section; a
        lone line that names one ('Impact: see below') does not. A section
        under a ``heading`` that does not say it is about them ('Tips for
        managers' over '**Delivery**: ask for examples of shipped work')
        describes them only where its words say what each is, none telling
        the reader what to do: advice is reported, not their description."""
        named: dict[str, ImportedDimension | ImportedCompetency] = {}
        for dimension in self.document.dimensions:
            for competency in dimension.competencies:
                if competency.name:
                    named.setdefault(name_key(competency.name), competency)
        for dimension in self.document.dimensions:
            if dimension.name:
                named[name_key(dimension.name)] = dimension  # a dimension named as a competency is the dimension
        # The lines of one list (at its first depth), or headings of one depth over paragraphs, one right
        # after another: a run, which names the dimensions if most of its lines do.
        runs: list[list[tuple[ImportedDimension | ImportedCompetency | None, list[Block], list[str]]]] = []
        free = [b for b in blocks if id(b) not in self.placed]
        ended, kind = -1, None
        for n, block in enumerate(free):
            if not (isinstance(block, Item) and block.depth == 0 or isinstance(block, Heading)):
                continue
            under: list[Item | Paragraph] = [b for b in itertools.takewhile(
                lambda b: isinstance(b, Item) and b.depth > 0 if isinstance(block, Item)
                else isinstance(b, Paragraph), blocks_after(free, n)) if isinstance(b, (Item, Paragraph))]
            if isinstance(block, Heading) and not under:
                continue
            text = strip_markdown(block.text).strip()
            labelled = _NAMED_LINE.match(text) if not under and isinstance(block, Item) else None
            # '**Execution** *Central question: Do I deliver?*': a bold name, then its words.
            lead = block.lead if not under and isinstance(block, Item) and block.lead is not None \
                and block.lead.rest.strip() else None
            name, words = (lead.label, [normalise(strip_markdown(lead.rest))]) if lead else \
                (labelled["name"], [labelled["rest"]]) if labelled else \
                (text.rstrip(":"), [normalise(strip_markdown(b.text)) for b in under])
            subject = named.get(name_key(name))
            this = "item" if isinstance(block, Item) else block.depth
            if n != ended or this != kind or not runs:
                runs.append([])
            ended, kind = n + 1 + len(under), this
            runs[-1].append((subject if subject is not None and subject.description is None and words else None,
                             [block, *under], words))
        said: list[tuple[ImportedDimension | ImportedCompetency, list[Block], list[str]]] = [
            (subject, used, words)
            for run in runs if sum(1 for subject, _, _ in run if subject is not None) * 2 > len(run)
            for subject, used, words in run if subject is not None]
        if len(said) < 2 or len({id(subject) for subject, _, _ in said}) < len(said):
            return
        if heading is not None and not _ABOUT_THE_COMPETENCIES.search(heading_text(heading)) \
                and any(tells_to_do(w) for _, _, words in said for w in words):
            return
        for subject, used, words in said:
            subject.description = words[0] if len(words) == 1 else "\n".join(f"- {w}" for w in words)
            for block in used:
                self.use(block)
        kinds = {isinstance(subject, ImportedDimension) for subject, _, _ in said}
        what = "dimensions" if kinds == {True} else "competencies" if kinds == {False} else "dimensions and competencies"
        self.document.notice(said[0][1][0].line, f"a section {where} names {len(said)} {what} with words "
                             f"on each ({', '.join(s.name or '' for s, _, _ in said)}): their descriptions")

    def code_of(self, level: ImportedLevel, said: str | None) -> str | None:
        """The code a line names ``level`` with ('Engineer 1 (IC2)'), for its
        id, as a heading 'Engineer 1 (IC2)' gives its level the id IC2:
        where the brackets hold a code and nothing else, the level has no id
        and no other level has that code."""
        code = level_code(said.strip()) if said else None
        if code is None or level.id is not None or name_key(code) != name_key(said or "") \
                or any(name_key(other.id or "") == name_key(code) for other in self.document.levels):
            return None
        return code

    def summaries_table(self, table: Table) -> None:
        """A table before the levels, a row per level, one of its columns
        headed Summary (Description, Overview: 'Level | Title | Summary'):
        each level's summary, where the level has none of its own. Every
        other column names the row's level (its code, its title)."""
        if len(table.rows) < 3:
            return
        header, rows = table.rows[0], table.rows[1:]
        summary = [n for n, cell in enumerate(header.cells) if names_a_summary(cell.joined())]
        if len(summary) != 1:
            return
        column = summary[0]
        by_name: dict[str, ImportedLevel] = {}
        for level in self.document.levels:
            code = level.id or level_code(level.title)
            # 'E1 — Associate Engineer' is named in a row by 'E1', by 'Associate Engineer', or by both.
            for name in (level.title, code, title_without_code(level.title, code) if code else None):
                if name:
                    by_name.setdefault(name_key(name), level)
        found: list[tuple[ImportedLevel, str]] = []
        for row in rows:
            names = [name_key(normalise(strip_markdown(c.joined()))) for n, c in enumerate(row.cells)
                     if n != column and not c.empty]
            levels = {id(by_name[k]): by_name[k] for k in names if k in by_name}
            said = row.cells[column].joined().strip() if column < len(row.cells) else ""
            if len(levels) != 1 or not names or not all(k in by_name for k in names) or not said:
                return
            found.append((next(iter(levels.values())), said))
        if len({id(level) for level, _ in found}) != len(found) or any(lv.summary is not None for lv, _ in found):
            return
        for (level, said), row in zip(found, rows):
            level.summary = said
            level.summary_paragraphs = [(row.line, said)]
        self.use(table)
        self.document.notice(table.line, f"a table before the levels sums up {len(found)} of them in its column "
                                         f"'{header.cells[column].joined()}': their summaries")

    def preamble(self, blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, Paragraph) and len(block.text.split()) <= _INSTRUCTION_WORDS \
                    and _PAGE_INSTRUCTION.fullmatch(strip_markdown(block.text).strip()):
                self.drop(block, "an instruction for using the page, not its description")
        self.asked_of_everyone(blocks)  # before the description, which a lead into them would open
        first = self.introduction(blocks) if self.document.description is None else []
        if first:
            self.document.description = self.with_tagline(paragraphs_text(first))
            for paragraph in first:
                self.use(paragraph)
            subject = _BOLD_SUBJECT.match(first[0].text)
            if subject is not None and is_framework_title(subject["title"]):
                self.set_title(subject["title"].strip())  # a page with no title heading is named by it
            if first[-1].text.rstrip().endswith(":"):
                self._list_the_description_opens(first[-1], blocks)
        elif self.outline.description and self.document.description is None:
            self.document.description = self.outline.description  # the front matter's, where the text has none
        for block in blocks:
            self.drop(block, "text before the first level")

    def with_tagline(self, said: str) -> str:
        """The description ``said`` (the page's introduction), opened by the
        tagline its front matter gives ('description: Career development at
        Acme'), unless the introduction opens with it already: both are the
        owner's words about the framework."""
        tagline = self.outline.description
        if not tagline or name_key(said).startswith(name_key(tagline)):
            return said
        return f"{tagline}\n\n{said}"

    def introduction(self, blocks: list[Block]) -> list[Paragraph]:
        """The paragraphs that introduce the framework among ``blocks`` (the
        text before its levels, or its tables): the first paragraph of
        running text after the title says what the framework is, and so do
        the paragraphs right after it (``_framing_after``); the rest (tables
        of contents, notes, other sections) is not its description. The
        page's own words are its description over its front matter's tagline
        ('description: Career development at Acme'), which opens it
        (``with_tagline``). [] where there is none."""
        paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.line >= self.title_line
                      and not self.footnote(b) and b.labelled is None
                      and sum(1 for w in b.text.split() if any(c.isalpha() for c in w)) >= 3
                      and id(b) not in self.placed]
        if not paragraphs:
            return []
        first = [p for p in paragraphs if p is paragraphs[0] or p.of_paragraph is not None
                 and p.of_paragraph == paragraphs[0].of_paragraph]  # its lines, one sentence each
        return first + self._framing_after(first[-1], blocks, paragraphs)

    def asked_of_everyone(self, blocks: list[Block], heading: Heading | None = None) -> bool:
        """Bullets before the levels that the document asks of every level
        (under a heading or a sentence that says so: 'Expectations for
        everyone', 'All engineers are expected to:'; or saying it
        themselves: 'Everyone is expected to review code') are reported
        apart from the introduction, saying where they could go: the format
        has no place for what every level asks, and a level's would say it
        of that level alone. Other bullets, and the introduction's
        paragraphs, are left as they are. Whether any were."""
        asked: list[tuple[Block | None, list[Item]]] = []
        lead: Block | None = heading if heading is not None and asks_everyone(heading.text, lead=True) else None
        under: list[Item] = []
        for block in blocks:
            if isinstance(block, Item) and id(block) not in self.placed:
                if lead is not None:
                    under.append(block)
                elif block.depth == 0 and asks_everyone(block.text, lead=False):
                    asked.append((None, [block]))
                continue
            if lead is not None and under and not _names_the_lead_lays_out(lead, under):
                asked.append((lead, under))
            under = []
            if lead is not heading or not isinstance(block, Paragraph):
                lead = None
            if isinstance(block, Paragraph) and id(block) not in self.placed \
                    and strip_markdown(block.text).rstrip().endswith(":") and asks_everyone(block.text, lead=True):
                lead, under = block, []
        if lead is not None and under and not _names_the_lead_lays_out(lead, under):
            asked.append((lead, under))
        count = sum(len(items) for _, items in asked)
        if not count:
            return False
        these = "it" if count == 1 else f"these {count} bullets"
        first = self.document.levels[0].title if self.document.levels else "the first level"
        why = (f"asked of every level, as the document says before the levels; the format has no place of its own "
               f"for what every level asks: to keep {these} (and have `diff` follow {'it' if count == 1 else 'them'}),"
               f" add {these} to the lowest level of a cumulative framework, in a competency such as 'General' "
               f"(`not_applicable: As at {first}` above it), or to each level")
        for said, items in asked:
            if said is not None:
                self.drop(said, f"the lead of {plural(len(items), 'bullet')} asked of every level (below)")
            for item in items:
                self.drop(item, why)
        return True

    def track_described(self, track: Heading | None, preamble: list[Block]) -> list[Paragraph]:
        """The paragraphs of running text right under the heading that names
        the levels' track ('## Product Design', then a paragraph on the
        discipline), up to its first level, read as the introduction is
        (``_framing_after``: a list, a table or a heading ends them); [] without
        such a heading, or where something else comes first. A track's heading
        that opens the page ('# Engineering Manager') is its title: the text
        under it is the page's introduction, read as such."""
        if track is None or not any(isinstance(b, Heading) and b.line < track.line for b in self.outline.blocks):
            return []
        after = [b for b in preamble if b.line > track.line
                 and not (isinstance(b, Other) and b.last <= b.line)]  # a line of links, an image: reported apart
        first = after[0] if after else None
        if not isinstance(first, Paragraph) or id(first) in self.placed or first.labelled is not None \
                or self.footnote(first):
            return []
        paragraphs = [b for b in after if isinstance(b, Paragraph) and b.labelled is None and id(b) not in self.placed]
        return [first, *self._framing_after(first, preamble, paragraphs)]

    def describe_track(self, track: Heading | None, described: list[Paragraph]) -> None:
        """End the framework's description with ``described``, the paragraphs
        under its track's heading (``track_described``): one file holds one
        track, and what they say of it describes it. A notice says so."""
        if track is None or not described:
            return
        said = paragraphs_text(described)
        self.document.description = said if self.document.description is None \
            else f"{self.document.description.rstrip()}\n\n{said}"
        for paragraph in described:
            self.use(paragraph)
        self.document.notice(described[0].line, f"the text under '{normalise(heading_text(track))}', the "
                             "heading of the track, describes the track: it ends the framework's description")

    def _framing_after(self, paragraph: Paragraph, blocks: list[Block], paragraphs: list[Paragraph]) -> list[Paragraph]:
        """The paragraphs that go on introducing the framework after the
        description's first ('It is supposed to be aspirational ...'): each
        a paragraph of running text, one right after another, nothing but
        lines reported apart between them (navigation, an image). A heading,
        a list, a table (one of links too), code, a quote, a note with its
        label, a paragraph about the document ('Copyright ...', 'Status:
        Draft', 'Disclaimer: ...'), a thematic break or a line that ends no
        sentence ends the introduction."""
        candidates = {id(p) for p in paragraphs}
        found: list[Paragraph] = []
        # Read in the whole document, whose headings a layout may keep out of ``blocks``.
        within = self.outline.blocks if any(b is paragraph for b in self.outline.blocks) else blocks
        end = paragraph.last
        for block in within[next(i for i, b in enumerate(within) if b is paragraph) + 1:]:
            if any(end < line < block.line for line in self.outline.structure):
                break  # a thematic break ('---') sets what follows apart
            if isinstance(block, Other) and block.last <= block.line and block.reason != QUOTE \
                    or id(block) in self.placed and isinstance(block, Paragraph):
                end = block.last
                continue  # a line of links (navigation), an image, a line of the page's record: reported apart
            if not isinstance(block, Paragraph) or id(block) not in candidates or about_the_document(block.text):
                break  # 'Note: this is a draft', 'Copyright 2023 Acme Inc.': about the document, reported
            said = strip_markdown(block.text).rstrip()
            if not (ends_a_sentence(said) or said.endswith(":")):
                break
            found.append(block)
            end = block.last
        return found

    def _list_the_description_opens(self, paragraph: Paragraph, blocks: list[Block]) -> None:
        """A description that ends by opening a list ("... broken down into
        four categories:" over "1. Software Engineering & Design", ...): the
        names listed finish its sentence. A short list of short sentences
        ("The whole team shares three core values:" over "- We deliver on
        our promises", ...) is kept under it: the lead-in and its list say
        one thing together. Where no such list follows, the sentence that
        opened it is left out, rather than left hanging."""
        after = blocks[next(i for i, b in enumerate(blocks) if b is paragraph) + 1 :]
        items = [b for b in itertools.takewhile(lambda b: isinstance(b, Item) and b.depth == 0, after)
                 if isinstance(b, Item)]
        description = self.document.description or ""
        if items and _names_the_lead_lays_out(paragraph, items):
            self.document.description = f"{description.rstrip()} {', '.join(map(_listed_name, items))}."
            for item in items:
                self.use(item)
            return
        # Where the last sentence starts: after the end of one ("e.g." ends none).
        ends = [m.start() for m in re.finditer(r"(?<=[.!?])\s+", description)
                if ends_a_sentence(description[: m.start()])]
        if items and len(items) <= _LISTED_MOST and all(
                len(item.text.split()) <= _LISTED_WORDS for item in items) \
                and not any(isinstance(b, Item) and b.depth > 0 for b in after[: len(items) + 1]):
            # A description that leads into a list of sentences ('... issues such as:' over the questions
            # people ask, '... shares three core values:' over them) keeps it, rather than hang on its colon.
            self.document.description = description.rstrip() + "\n\n" + "\n".join(
                f"- {normalise(item.text)}" for item in items)
            for item in items:
                self.use(item)
            return
        if ends:
            self.document.description = description[: ends[-1]]
            # Left out of the description, but not lost: said with the list it leads into.
            left = description[ends[-1]:].strip()
            opening = normalise(strip_markdown(left))[:30]
            line = next((n for n in range(paragraph.line, paragraph.last + 1)
                         if opening and opening in normalise(strip_markdown(self.written(n) or ""))), paragraph.line)
            self.document.unplaced(line, "text before the first level", left)

    def summary(self, level: ImportedLevel, paragraphs: Sequence[Paragraph | Other]) -> None:
        """Make ``paragraphs`` the level's summary."""
        if paragraphs:
            for p in paragraphs:
                self.use(p)
            # 'Summary: Learns our stack ...', '**Overview:** ...': the label names the field.
            paragraphs = [replace(p, text=said) if isinstance(p, Paragraph) and (said := _after_summary_label(p))
                          else p for p in paragraphs]
            level.summary = paragraphs_text(paragraphs)
            level.summary_paragraphs = [(p.line, p.text) for p in paragraphs]
            level.summary_heads = run_in_heads(paragraphs)
            level.summary_italics = frozenset(p.line for p in paragraphs if isinstance(p, Paragraph) and p.italic)

    def statements(self, cell: Cell) -> list[ImportedStatement]:
        """A table cell's statements. A cell that only says the competency
        does not apply ('N/A', '—') holds the mark, which the merge
        (``cells``) makes the cell's `not_applicable`."""
        if says_not_applicable(cell):
            return [ImportedStatement(unwrap(cell.joined()).strip(), cell.line)]
        return cell_statements(cell)

    def examples(self, target: ImportedCell, cell: Cell) -> None:
        """A cell of a column of examples ('Examples', 'Evidence') beside a
        row's statements: the examples of the last of them (a notice says to
        move them, once a file, where the row holds several); a cell with no
        statement beside it is reported. A mark of none ('—', 'N/A') is no example."""
        if says_not_applicable(cell):
            return
        said = [s.text for s in self.statements(cell)]
        if not target.statements:
            self.document.unplaced(cell.line, "examples beside no statement", cell.joined())
            return
        if len(target.statements) > 1 and not any(e.reason.startswith(EXAMPLES_COLUMN) and e.file == self.document.path
                                                  for e in self.document.report):
            self.document.notice(cell.line, f"{EXAMPLES_COLUMN}: each cell's examples are put under the last "
                                            "statement of its row; move them to the statement they illustrate")
        target.statements[-1].examples.extend(said)


def _listed_name(item: Item) -> str:
    return normalise(strip_markdown(item.text)).rstrip(".;,")


def _names_listed(items: Sequence[Item]) -> bool:
    """Whether a list names things rather than says what is asked ("1.
    Software Engineering & Design", "2. Execution & Results"): short, and
    no item reads as a sentence."""
    return all(0 < len(name.split()) <= 6 and not reads_as_sentence(name) for name in map(_listed_name, items))


#: A heading that says its section is about the dimensions or competencies ('Competencies',
#: 'Assessment dimensions', 'Evaluation criteria', 'Overview', 'Definitions', 'Glossary').
_ABOUT_THE_COMPETENCIES = lazy(r"(?i)\b(?:competenc(?:y|ies)|dimensions?|criteri(?:a|on)|overview|definitions?|glossary"
                               r"|areas?|pillars?|categor(?:y|ies)|axes|skills?|what we (?:look for|assess|value))\b")


def _names_the_lead_lays_out(lead: Block, items: Sequence[Item]) -> bool:
    """Whether ``items`` are names that finish their lead's sentence: the
    lead says how the page is laid out ('... broken down into four
    categories:') and they name things. Under a lead that says what is
    expected ('Everyone at every level is expected to:') even short bullets
    ('Review code kindly') are asked."""
    return isinstance(lead, (Paragraph, Heading)) and lays_out(lead.text) and _names_listed(items)


def _run_in_head(paragraph: Paragraph | Other) -> tuple[str, str] | None:
    """A paragraph's run-in heading and the text it heads: '**Delivery.**
    You ship ...', or with no stop where a sentence follows ('**Delivery**
    You ship ...', not '**Always** test'); a head alone ('**Delivery.**'
    over the paragraphs it heads) heads an empty text."""
    if not isinstance(paragraph, Paragraph):
        return None
    if paragraph.run_in is not None:
        head = paragraph.run_in
    elif paragraph.lead is not None and paragraph.lead.rest[:1].isupper() and paragraph.lead.label[-1:].isalnum():
        head = paragraph.lead
    elif paragraph.emphasised and paragraph.text.endswith(".") and 0 < len(paragraph.text.split()) <= 4 \
            and paragraph.text[:1].isupper():
        return (paragraph.text[:-1].strip(), "") if names_a_competency(paragraph.text[:-1].strip()) else None
    else:
        return None
    return (head.label, head.rest) if names_a_competency(head.label) else None


def run_in_heads(paragraphs: Sequence[Paragraph | Other]) -> dict[int, tuple[str, str]]:
    """The run-in headings of a level's paragraphs, by line: each
    paragraph's (label, the text it heads). A paragraph with none after
    a head goes on under it, as a second paragraph under a heading does;
    a head with nothing after it heads the paragraphs that follow it."""
    heads: dict[int, tuple[str, str]] = {}
    label: str | None = None
    for n, paragraph in enumerate(paragraphs):
        head = _run_in_head(paragraph)
        if head is not None and not head[1]:
            following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if following is None or _run_in_head(following) is not None:
                head = None  # a head alone over nothing of its own: words in bold, as written
        if head is not None:
            label = head[0]
            heads[paragraph.line] = head
        elif label is not None and paragraph.text.strip():
            heads[paragraph.line] = (label, paragraph.text)
    return heads


def names_a_competency(label: str) -> bool:
    """Whether a paragraph's run-in heading ('**Delivery.** You ship ...')
    can name a competency: not the level's summary or an overview
    ('**Summary.**'), a numeral ('**II.**'), a title with a stop inside
    ('**Mr. Delivery.**'), or a sentence of its own ('**You ship it.**')."""
    words = label.split()
    return bool(words) and label.casefold() not in SUMMARY_HEADINGS and "." not in label \
        and not all(roman_numeral(word.casefold()) for word in words) and not reads_as_sentence(label) \
        and words[0].casefold() not in SUBJECT_PRONOUNS


#: A plain label at the start of a paragraph: 'Summary: ...', 'Role description - ...'.
_PLAIN_LABEL = lazy(r"([^\W\d][^:.!?]{0,38}?)\s*(?::|\s[-\u2013\u2014])\s+(\S.*)", re.DOTALL)


#: A line that names something, then says what it is: 'Impact: what the work changes'.
_NAMED_LINE = lazy(r"^(?P<name>[^:]{1,60}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)


def _codes_said(levels: list[ImportedLevel]) -> str:
    """What the notice of a list of levels adds of the codes it gave them as their ids."""
    if not levels:
        return ""
    return f", and the codes of {plural(len(levels), 'level')} in brackets ({', '.join(lv.id or '' for lv in levels)}): " \
        "their ids"


def _after_summary_label(paragraph: Paragraph) -> str | None:
    """The text of a level's summary paragraph after a label that names the
    summary ('Summary:', '**Overview:**', 'Role description -'), or None
    where it has no such label."""
    if paragraph.labelled is not None:
        label, rest = paragraph.labelled.label, paragraph.labelled.rest
    elif (plain := _PLAIN_LABEL.fullmatch(paragraph.text)) is not None:
        label, rest = plain.group(1), plain.group(2)
    else:
        return None
    return rest.strip() if rest.strip() and names_a_summary(label.strip().rstrip(":")) else None
