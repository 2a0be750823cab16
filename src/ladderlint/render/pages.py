"""What the pages show, built from the model: plain data for the templates.

The templates only lay this out; every decision about content (which cells
are missing, where a finding belongs, what is new at a level, which
release notes there are) is taken here, so that a user's own templates
show the same content.

The grid is one row per competency, grouped by dimension, and one column
per level in the framework's order (lowest first). A level's cell for a
competency that no dimension lists still shows, in a group of its own, so
that every statement of a valid framework is on the page.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..diff.changes import Change, Impact, Kind, named_by_title
from ..diff.formatters.common import moved_up, taken_out
from ..diff.formatters.markdown import PageLinks
from ..diff.report import FrameworkDiff
from ..diff.wording import same_words
from ..findings import Finding
from ..model import Cell, DocPath, Framework, Level, Statement, distinct_track
from ..rules.ll406_placeholder import unnamed_organisation
from ..text import normal
from ..vocabulary import level_key, names_only_a_container
from .history import Changelog
from .names import UniqueNames
from .notes import Notes
from .prose import Glossary, Prose, Term
from ..patterns import lazy

#: What the facts say of levels where the framework does not say whether
#: each includes those below it: the format's default, said as one (what
#: is new at a level is worked out from it), not as the framework's word.
CUMULATIVE_NOT_SAID = ("the framework does not say whether each level includes what the levels below it expect; "
                       "what is new at each level is worked out as if it does (the default)")

#: The label before a competency's description wherever a page shows it
#: beside what levels expect: a description written as a list would read
#: as more expectations (`import` reads the Markdown's back as the label).
ABOUT_COMPETENCY = "About this competency:"

#: Cell states, as the templates name them.
STATEMENTS, NOT_APPLICABLE, MISSING, EMPTY = "statements", "not-applicable", "missing", "empty"


@dataclass(frozen=True)
class FindingView:
    severity: str
    code: str
    name: str
    message: str
    file: str
    line: int
    column: int
    #: Where on the framework's page it is shown ("" for the framework as a whole).
    anchor: str = ""
    #: What it is about, in the framework's words ("Impact at Senior Engineer").
    where: str = ""
    #: The page that shows it, when not the framework's (a level's page,
    #: relative to the framework's directory); ``anchor`` is on that page.
    page: str = ""


@dataclass
class StatementView:
    anchor: str
    text: Prose
    id: str | None
    examples: tuple[Prose, ...]
    findings: list[FindingView] = field(default_factory=list)
    #: One of ``MARKS`` where the latest release added, changed or moved it
    #: (``release`` is its version); the grid and the level pages mark it.
    release_mark: str | None = None
    release: str | None = None
    #: The level it was moved here from by that release, as readers call it
    #: ("Engineer II"), and whether this level asked for it before (itself,
    #: or through a level below it): a move down is new here.
    moved_from: str | None = None
    asked_before: bool = True

    @property
    def release_label(self) -> str:
        """What its mark says to everyone ("reworded", "moved from
        Engineer II", "new here, moved from Engineer II"): the mark's words,
        and where it came from, where the release moved it from another
        level (new here where this level did not ask for it before)."""
        if self.release_mark is None:
            return ""
        said = mark_words(self.release_mark)
        if self.moved_from is None:
            return said
        if self.release_mark == "moved":
            return f"moved from {self.moved_from}"
        if self.release_mark == "new":
            # Moved to a level that did not ask for it: the bar there went up.
            return f"new here, moved from {self.moved_from}"
        return f"{said}, moved from {self.moved_from}"

    @property
    def release_said(self) -> str:
        """What a screen reader hears after the mark: the version, and for a
        statement moved here that the level did not ask for, that it is new
        at this level where the mark does not say it."""
        if self.moved_from is not None and not self.asked_before and self.release_mark != "new":
            return f"in version {self.release}, new at this level:"
        return f"in version {self.release}:"


@dataclass
class CellView:
    anchor: str
    level_id: str
    competency_id: str
    state: str
    statements: tuple[StatementView, ...] = ()
    proficiency: str | None = None
    #: "2 of 4" where the framework has a scale that holds the proficiency.
    proficiency_step: str | None = None
    reason: Prose | None = None
    #: Of a cell not_applicable above the competency's statements in a cumulative framework: the
    #: title of the level whose expectations still hold here (the level adds nothing new to them).
    holds: str | None = None
    note: Prose | None = None
    findings: list[FindingView] = field(default_factory=list)


@dataclass
class CompetencyRow:
    id: str
    anchor: str
    name: str
    description: Prose | None
    #: One per level, in the order of the levels.
    cells: tuple[CellView, ...]
    #: Where the description (and findings) under the name are.
    about_anchor: str = ""
    findings: list[FindingView] = field(default_factory=list)


@dataclass
class DimensionGroup:
    id: str | None
    anchor: str
    name: str
    description: Prose | None
    rows: list[CompetencyRow]
    findings: list[FindingView] = field(default_factory=list)
    #: Each level's introduction of the dimension (none where a level has
    #: none), in the order of the levels; empty where no level has one.
    intros: tuple[Prose | None, ...] = ()
    #: Where the introductions are shown, where there are any.
    intro_anchor: str = ""


@dataclass
class Comparison:
    """What is new at a level compared with the one below it."""

    lower_id: str
    lower_title: str
    notes: Notes


@dataclass
class MovedAway:
    """Statements a release moved from a level to another one."""

    #: The level they went to, as readers call it.
    to: str
    count: int
    #: Whether the level they left still asks for them: moved down a
    #: cumulative ladder, it asks for them through the level they reached.
    still_asked: bool


@dataclass
class LevelView:
    id: str
    title: str
    index: int
    anchor: str
    #: The level's page, relative to the framework's directory.
    page: str
    summary: Prose | None
    rank: int | None
    #: Per-level introductions of dimensions: (dimension name, text).
    intros: dict[str, Prose]
    #: What else is said of the level (typical experience, who holds it):
    #: shown under its summary, smaller.
    description: Prose | None = None
    comparison: Comparison | None = None
    findings: list[FindingView] = field(default_factory=list)
    #: Where what is new at the level (its comparison) is.
    new_anchor: str = ""
    #: How many of its statements the latest release marks.
    marked: int = 0
    #: Those statements by their mark ("new", "changed", "moved"), each kind
    #: shown at the level only: what the level page's legend names.
    marks: dict[str, int] = field(default_factory=dict)
    #: Of those marked new, how many the release moved here from a level
    #: that did not ask for them before ("new here, moved from Engineer
    #: II"): the legend says they were moved, not added.
    new_here: int = 0
    #: How many expectations the latest release took out of the level
    #: (statements removed), as its notes list them.
    removed: int = 0
    #: The statements the latest release moved from this level to another
    #: (each other level once, in the framework's order): the level's page
    #: says where they went, not leaving readers to miss them.
    moved_away: list["MovedAway"] = field(default_factory=list)
    #: Whether another level of the framework has this title (LL202 reports
    #: it): the title alone would not say which of the two is meant.
    title_shared: bool = False

    @property
    def label(self) -> str:
        """What readers call the level: its title; with its id after it
        ("Engineer (IC3)") where another level has the title too, as
        `ladderlint diff` names such levels, so that every heading, link
        and breadcrumb that names it tells the two apart."""
        if self.title_shared:
            return f"{self.title} ({self.id})"
        return self.title or self.id

    @property
    def code(self) -> str | None:
        """The id, where it is a code people read the ladder by that the
        title does not say ("IC3" for "Senior Engineer"): shown small beside
        the title. None where the level is known by its title alone, as
        `ladderlint diff` names it (``named_by_title``: the id spells the
        title out, or is a key written from words, maybe from a title the
        level no longer has: "staff-engineer" for "Staff Software
        Engineer"), and where the label says it already (a title two levels
        share)."""
        return None if self.title_shared or not self.title or named_by_title(self.title, self.id) else self.id


@dataclass
class ReleaseView:
    version: str
    anchor: str
    commit: str | None
    date: str | None
    subject: str | None
    notes: Notes | None
    problem: str | None


@dataclass(frozen=True)
class GlossaryEntry:
    """A glossary entry as its section shows it: the definition is prose,
    with its paragraphs, lists and terms, as every text of the framework."""

    name: str
    anchor: str
    definition: Prose


@dataclass(frozen=True)
class CreditView:
    """A credit or reference: its text, and where it links to (if anywhere)."""

    text: str
    url: str | None


@dataclass
class ChangelogView:
    releases: list[ReleaseView]
    unreleased: Notes | None
    unreleased_since: str | None
    since: str | None
    missing: str | None
    #: The version of the file at ``since`` and that revision's date.
    since_version: str | None = None
    since_date: str | None = None

    @property
    def since_words(self) -> str | None:
        """Where a ``--since`` list starts, as readers know it ("after
        version 1.1.0, as the file stood on 2026-03-02"), not as the git
        revision it was asked by ("HEAD~1"); None for the whole history."""
        if self.since is None:
            return None
        if self.since_version is not None:
            on = f", as the file stood on {self.since_date}" if self.since_date else ""
            return f"after version {self.since_version}{on}"
        return f"since {self.since_date}" if self.since_date else "since the revision asked for"


#: A web address, as the schema has a credit's link.
_WEB_ADDRESS = lazy(r"https?://\S+")


@dataclass
class FrameworkView:
    slug: str
    file: str
    id: str
    name: str
    track: str
    version: str
    organisation: str
    description: Prose | None
    cumulative: bool
    voice: str | None
    owners: tuple[str, ...]
    licence: str | None
    effective: str | None
    source: str | None
    credits: tuple[CreditView, ...]
    proficiency_scale: tuple[str, ...]
    glossary: list[GlossaryEntry]
    omitted_levels: list[tuple[str, Prose]]
    levels: list[LevelView]
    dimensions: list[DimensionGroup]
    statement_count: int
    changelog: ChangelogView | None
    #: Whether the framework says `cumulative`, rather than leaving it to
    #: the format's default (true): the pages say the default as one, and
    #: tell no reader of a level that it includes those below on the
    #: strength of a default.
    cumulative_declared: bool = True
    #: The BCP 47 tag of the language the text is written in: the
    #: framework's own `language`, else English (nothing guesses).
    language: str = "en"
    #: Findings not about one place in the grid, and every finding, when shown.
    findings: list[FindingView] = field(default_factory=list)
    all_findings: list[FindingView] = field(default_factory=list)
    with_findings: bool = False
    #: The organisation's web domains (not shown: the Markdown keeps them in a comment for `import`).
    domains: tuple[str, ...] = ()
    #: Where the site's index lists the organisation's frameworks, and the
    #: organisation's other frameworks (its other tracks), in the index's
    #: order: set by ``organisations``.
    organisation_anchor: str = ""
    siblings: list["FrameworkView"] = field(default_factory=list)
    #: The framework as its organisation's list names it: its track, where
    #: the organisation has several ("Software Engineer"); else its title.
    listed_as: str = ""
    #: The framework as its other tracks' pages link to it: ``listed_as``,
    #: and where the organisation has two frameworks of its track (two
    #: revisions or copies), its version, or where they share one, its file.
    sibling_name: str = ""
    #: The framework's title, told apart from another of the same title on
    #: the site (two revisions or copies) by its version or, where they
    #: share one, its file: what the index's links to its pages say to a
    #: screen reader, so that no two of its links have one name.
    distinct_title: str = ""
    #: What tells it apart from another of its track in its organisation's
    #: list (" (version 2.0.0)"), where there is one: the list shows both
    #: under one name; its link says which to a screen reader.
    told_apart: str = ""
    #: The latest release, where it marks statements or takes expectations
    #: out of a level, and its anchor on the changelog page.
    marked_release: str | None = None
    marked_release_anchor: str = ""
    #: The page that shows two levels side by side, by their ids (lower
    #: first), relative to the framework's directory: one per two levels.
    side_by_side_pages: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def dimension_bands(self) -> bool:
        """Whether the grid heads each dimension's rows with a band: not for
        a framework's only dimension where the band would say nothing but
        its name, a container's ('Competencies', as `ladderlint import`
        names the columns of one table): the rows are the competencies."""
        if len(self.dimensions) != 1:
            return True
        [group] = self.dimensions
        return group.description is not None or bool(group.findings) or not names_only_a_container(group.name)

    @property
    def unreleased(self) -> bool:
        """Whether the framework differs from its last release, committed or
        not under the same version: the pages then say the version with
        changes not yet released (the changelog lists them)."""
        return self.changelog is not None and self.changelog.unreleased is not None

    @property
    def organisation_named(self) -> bool:
        """Whether the organisation has a name: not while it is still a
        placeholder (``⟨organisation⟩``, as `ladderlint import` leaves it
        where the pages do not say it), which names no organisation."""
        return not unnamed_organisation(self.organisation)

    @property
    def distinct_track(self) -> str | None:
        """The track, where the name does not already say it."""
        return distinct_track(self.name, self.track)

    @property
    def source_url(self) -> str | None:
        """The source, when it is one web address (as a credit's link is):
        the pages link it."""
        return self.source if self.source is not None and _WEB_ADDRESS.fullmatch(self.source) else None

    @property
    def source_items(self) -> tuple[CreditView, ...]:
        """The source as the documents it lists, each once, in its order: a
        `source` of names or web addresses apart by commas (as `ladderlint
        import` writes it: "ic1.html, ic2.html") is that list; any other
        text is one item. Each is a web address's link where it is one."""
        if self.source is None:
            return ()
        parts = [part.strip() for part in self.source.split(",")]
        if len(parts) < 2 or not all(part and not any(c.isspace() for c in part) for part in parts):
            parts = [self.source.strip()]
        return tuple(CreditView(part, part if _WEB_ADDRESS.fullmatch(part) else None) for part in _unique(parts))

    @property
    def title(self) -> str:
        """The name and the track, as a page title."""
        return f"{self.name}: {self.distinct_track}" if self.distinct_track else self.name

    @property
    def marks(self) -> dict[str, int]:
        """The statements marked on the grid, by their mark ("new",
        "changed", "moved"), each kind the grid shows: what its legend names."""
        return self.marks_of(self.levels)

    def marks_of(self, levels: Sequence[LevelView]) -> dict[str, int]:
        """The statements marked at these levels (a page that shows them),
        by their mark, each kind they show."""
        return {kind: count for kind in MARKS if (count := sum(level.marks.get(kind, 0) for level in levels))}

    @property
    def new_here(self) -> int:
        """Of the statements marked new on the grid, those moved to a level
        that did not ask for them before: what its legend says of them."""
        return self.new_here_of(self.levels)

    def new_here_of(self, levels: Sequence[LevelView]) -> int:
        """Of the statements marked new at these levels, those moved to a
        level that did not ask for them before."""
        return sum(level.new_here for level in levels)

    def level_in(self, level_id: str) -> LevelView | None:
        """The level of this id, if the framework has one."""
        return next((level for level in self.levels if level.id == level_id), None)

    def other_tracks_at(self, level_id: str) -> tuple[list[tuple["FrameworkView", LevelView]], list["FrameworkView"]]:
        """The organisation's other tracks that have a level of this id
        (each with it: a level page links to it, to compare the tracks), and
        those that have none."""
        having = [(other, level) for other in self.siblings if (level := other.level_in(level_id)) is not None]
        return having, [other for other in self.siblings if other.level_in(level_id) is None]

    def side_by_side(self, level: LevelView, other: LevelView) -> str | None:
        """The page that shows two levels side by side, either way round
        (relative to the framework's directory); None for a level and itself."""
        lower, higher = sorted((level, other), key=lambda lv: lv.index)
        return self.side_by_side_pages.get((lower.id, higher.id))

    def level_after(self, level: LevelView) -> LevelView | None:
        return self.levels[level.index + 1] if level.index + 1 < len(self.levels) else None

    def level_before(self, level: LevelView) -> LevelView | None:
        return self.levels[level.index - 1] if level.index > 0 else None

    @property
    def statements(self) -> list[StatementView]:
        return [s for group in self.dimensions for row in group.rows for cell in row.cells for s in cell.statements]


@dataclass
class OrganisationView:
    """An organisation as the site's index shows it: its frameworks, and
    the name they share (said once, above them), if any. Where it has
    several, each is listed by its track, with its name where they do not
    share one."""

    name: str
    anchor: str
    frameworks: list[FrameworkView]
    shared_name: str | None
    #: False for the frameworks whose organisation is still a placeholder
    #: (``organisation_named``): listed together, each by its title, but
    #: not one organisation.
    named: bool = True

    @property
    def language(self) -> str:
        """The language its name is written in: its frameworks' where they
        share one, else English (the index's own)."""
        languages = {view.language.casefold() for view in self.frameworks}
        return self.frameworks[0].language if len(languages) == 1 else "en"


#: What the index heads the frameworks whose organisation has no name with.
UNNAMED_ORGANISATION = "Organisation not named"

def organisations(views: Sequence[FrameworkView]) -> list[OrganisationView]:
    """The frameworks by organisation, A to Z (names that differ only in
    case are one organisation), each organisation's by track, A to Z
    (frameworks of one track in the order given: by file);
    and each framework told its organisation's anchor, its other tracks
    and how the list names it. Frameworks whose organisation is still a
    placeholder are no organisation's: listed last, each by its title, none
    another's other track."""
    groups: dict[str, list[FrameworkView]] = {}
    unnamed = []
    for view in views:
        if view.organisation_named:
            groups.setdefault(view.organisation.casefold(), []).append(view)
        else:
            unnamed.append(view)
    anchors = UniqueNames(reserved=("content",))
    out = []
    for key in sorted(groups, key=lambda key: (key, groups[key][0].organisation)):
        group = sorted(groups[key], key=lambda view: view.track.casefold())
        families = {_without_track(view.name, view.track) for view in group}
        shared = families.pop() if len(group) > 1 and len(families) == 1 else None
        organisation = OrganisationView(group[0].organisation, anchors.take(f"organisation-{group[0].organisation}"),
                                        group, shared)
        for view in group:
            view.organisation_anchor = organisation.anchor
            view.siblings = [other for other in group if other is not view]
            view.listed_as = view.sibling_name = view.track if len(group) > 1 else view.title
            # The index says each one's version and file; a link says only its name.
            twins = [other for other in group if other.track.casefold() == view.track.casefold()]
            view.told_apart = _told_apart(view, twins)
            view.sibling_name += view.told_apart
        out.append(organisation)
    if unnamed:
        alone = OrganisationView(UNNAMED_ORGANISATION, anchors.take("organisation-not-named"),
                                 sorted(unnamed, key=lambda view: view.title.casefold()), None, named=False)
        for view in alone.frameworks:
            view.organisation_anchor = alone.anchor
            view.siblings = []
            view.listed_as = view.sibling_name = view.title
        out.append(alone)
    for view in views:
        view.distinct_title = view.title + _told_apart(
            view, [other for other in views if other.title.casefold() == view.title.casefold()])
    return out


def _told_apart(view: FrameworkView, twins: Sequence[FrameworkView]) -> str:
    """What tells a framework apart from its twins (those of its name, it
    among them): its version, or where two share one, its file; nothing
    where it has none."""
    if len(twins) < 2:
        return ""
    versions = {other.version for other in twins}
    return f" (version {view.version})" if len(versions) == len(twins) else f" ({view.file})"


def _without_track(name: str, track: str) -> str:
    """A framework's name without its track, where it says it ("Dropbox
    Engineering Career Framework: Software Engineer" -> "Dropbox
    Engineering Career Framework"): the name the tracks of one framework share."""
    at = name.casefold().rfind(track.casefold())
    if at < 0 or not track:
        return name
    rest = (name[:at] + name[at + len(track):]).strip(" :;,|-\u2013\u2014()")
    return rest or name


@dataclass(frozen=True)
class Inputs:
    """What one framework's pages are made from."""

    framework: Framework
    #: The differ's comparison of each level with the one below it (None for the first).
    comparisons: Sequence[FrameworkDiff | None]
    changelog: Changelog | None
    #: The check's findings in this file, when they are shown.
    findings: Sequence[Finding] | None = None
    #: The file as the pages name it (default: the path it was read from).
    file: str | None = None


@dataclass(frozen=True)
class Place:
    """Where the findings about one place in the document are shown: the
    list they join, the anchor (on ``page``, or on the framework's page)
    and what the place is, in words."""

    findings: list[FindingView]
    anchor: str
    where: str
    page: str = ""


def framework_view(slug: str, inputs: Inputs) -> FrameworkView:
    return _Builder(slug, inputs).build()


class _Builder:
    def __init__(self, slug: str, inputs: Inputs) -> None:
        self.slug = slug
        self.inputs = inputs
        self.framework = inputs.framework
        self.file = inputs.file if inputs.file is not None else inputs.framework.file
        self.anchors = UniqueNames(reserved=("grid", "glossary", "credits", "findings", "levels", "content", "filter"))
        self.glossary = Glossary(
            [Term(term, self.anchors.take(f"term-{term}"), text) for term, text in self.framework.glossary.items()]
        )
        #: Where each place in the document is shown, for findings: path -> (list, anchor, where).
        self.places: dict[DocPath, Place] = {}
        #: Each cell's statements with their views, by (level id, competency id).
        self.statements: dict[tuple[str, str], list[tuple[Statement, StatementView]]] = {}
        #: Each competency's row and dimension, and each dimension, by id.
        self.rows: dict[str, tuple[CompetencyRow, DimensionGroup]] = {}
        self.groups: dict[str, DimensionGroup] = {}
        self.levels: dict[str, LevelView] = {}

    def prose(self, text: str | None) -> Prose | None:
        return None if text is None else self.glossary.prose(text)

    def build(self) -> FrameworkView:
        fw = self.framework
        level_files = UniqueNames(reserved=("index",))
        # Titles two levels share, as LL202 compares them (case, spacing and
        # quotes do not count): each such level is named with its id too.
        titles = Counter(level_key(level.title) for level in fw.levels if level.title)
        levels = [self._level(i, level, level_files.take(level.id, "level"), titles[level_key(level.title)] > 1)
                  for i, level in enumerate(fw.levels)]
        self.levels = {level.id: level for level in levels}
        dimensions = self._dimensions(fw.levels)
        view = FrameworkView(
            slug=self.slug,
            file=self.file,
            id=fw.id,
            name=fw.name,
            track=fw.track,
            version=fw.version,
            organisation=fw.organisation.name,
            description=self.prose(fw.description),
            cumulative=fw.cumulative,
            cumulative_declared=fw.cumulative_declared,
            voice=fw.voice,
            owners=fw.owners,
            licence=fw.licence,
            effective=fw.effective,
            source=fw.source,
            credits=tuple(CreditView(credit.text, credit.url) for credit in fw.credits),
            proficiency_scale=fw.proficiency_scale,
            glossary=[GlossaryEntry(t.name, t.anchor, self.glossary.prose(t.definition)) for t in self.glossary.terms],
            omitted_levels=[(level_id, self.glossary.prose(reason)) for level_id, reason in fw.omitted_levels.items()],
            levels=levels,
            dimensions=dimensions,
            statement_count=sum(len(c.statements) for lv in fw.levels for c in lv.cells),
            changelog=self._changelog(levels),
            domains=fw.organisation.domains,
            language=fw.language or "en",
        )
        # A page for each two levels, named by their pages ("compare/IC2-IC3.html").
        pairs = UniqueNames()
        view.side_by_side_pages = {
            (lower.id, higher.id): f"compare/{pairs.take(f'{_stem(lower.page)}-{_stem(higher.page)}', 'levels')}.html"
            for i, lower in enumerate(levels) for higher in levels[i + 1:]
        }
        for term in self.glossary.terms:
            self.places[("glossary", term.name)] = Place(view.findings, term.anchor, f"glossary entry “{term.name}”")
        if self.inputs.findings is not None:
            view.with_findings = True
            self._place_findings(view)
        self._mark_latest_release(view)
        return view

    # -- levels -------------------------------------------------------------------

    def _level(self, index: int, level: Level, file_name: str, title_shared: bool = False) -> LevelView:
        view = LevelView(
            id=level.id,
            title=level.title,
            title_shared=title_shared,
            index=index,
            anchor=self.anchors.take(f"level-{level.id}"),
            new_anchor=self.anchors.take(f"level-{level.id}-new"),
            page=f"levels/{file_name}.html",
            summary=self.prose(level.summary),
            description=self.prose(level.description),
            rank=level.rank,
            intros={},
        )
        names = {d.id: d.name for d in self.framework.dimensions}
        for dimension_id, text in level.dimension_summaries.items():
            view.intros[names.get(dimension_id, dimension_id)] = self.glossary.prose(text)
            self.places[level.path + ("dimensions", dimension_id)] = Place(
                view.findings, view.anchor, f"introduction of {names.get(dimension_id, dimension_id)} at {view.label}",
                view.page)
        # A level's findings are shown on its page (the grid's columns hold cells).
        self.places[level.path] = Place(view.findings, view.anchor, f"level {view.label}", view.page)
        comparisons = self.inputs.comparisons
        compared = comparisons[index] if index < len(comparisons) else None
        if compared is not None and index > 0:
            lower = self.framework.levels[index - 1]
            view.comparison = Comparison(lower.id, lower.title, Notes.of(compared))
        return view

    # -- the grid -----------------------------------------------------------------

    def _dimensions(self, levels: Sequence[Level]) -> list[DimensionGroup]:
        groups = []
        listed: set[str] = set()
        for dimension in self.framework.dimensions:
            group = DimensionGroup(
                dimension.id, self.anchors.take(f"dimension-{dimension.id}"), dimension.name,
                self.prose(dimension.description), [],
            )
            self.places[dimension.path] = Place(group.findings, group.anchor, f"dimension {dimension.name}")
            self.groups[dimension.id] = group
            # The pages that compare levels show each level's introduction
            # too: in a framework such as Dropbox's it says what is expected.
            intros = tuple(self.prose(level.dimension_summaries.get(dimension.id)) for level in levels)
            if any(intro is not None for intro in intros):
                group.intros = intros
                group.intro_anchor = self.anchors.take(f"dimension-{dimension.id}-intro")
            for competency in dimension.competencies:
                listed.add(competency.id)
                group.rows.append(self._row(competency.id, competency.name, competency.description, levels,
                                            competency.path))
                self.rows.setdefault(competency.id, (group.rows[-1], group))
            groups.append(group)
        unlisted = _unique(c.competency_id for lv in levels for c in lv.cells if c.competency_id not in listed)
        if unlisted:
            group = DimensionGroup(None, self.anchors.take("dimension-unlisted"), "Not in any dimension", None, [])
            group.rows = [self._row(cid, cid, None, levels, None) for cid in unlisted]
            for row in group.rows:
                self.rows.setdefault(row.id, (row, group))
            groups.append(group)
        return groups

    def _row(self, competency_id: str, name: str, description: str | None, levels: Sequence[Level],
             path: DocPath | None) -> CompetencyRow:
        anchor = self.anchors.take(f"competency-{competency_id}")
        found = [level.cell(competency_id) for level in levels]
        # A cell's only statement is weighed beside the row's others: whether it opens with a label as they do.
        said = [[s.text for s in cell.statements] if cell is not None else [] for cell in found]
        cells = tuple(
            self._cell(level, cell, competency_id, name, [t for j, texts in enumerate(said) if j != i for t in texts])
            for i, (level, cell) in enumerate(zip(levels, found)))
        row = CompetencyRow(competency_id, anchor, name, self.prose(description), cells,
                            about_anchor=self.anchors.take(f"competency-{competency_id}-about"))
        if path is not None:
            self.places[path] = Place(row.findings, anchor, f"competency {name}")
        return row

    def _cell(self, level: Level, cell: Cell | None, competency_id: str, name: str,
              elsewhere: Sequence[str] = ()) -> CellView:
        """A level's cell; ``elsewhere``: what the row's other cells say."""
        anchor = self.anchors.take(f"cell-{level.id}-{competency_id}")
        where = f"{name} at {level.title or level.id}"
        if cell is None:
            return CellView(anchor, level.id, competency_id, MISSING)
        holder = None
        if cell.not_applicable is not None:
            state = NOT_APPLICABLE
            holder = self.framework.still_holds(level.id, competency_id)
        elif cell.statements:
            state = STATEMENTS
        else:
            state = EMPTY if cell.proficiency is None and cell.note is None else STATEMENTS
        view = CellView(
            anchor, level.id, competency_id, state,
            proficiency=cell.proficiency,
            proficiency_step=self._step(cell.proficiency),
            reason=self.prose(cell.not_applicable),
            holds=(holder.title or holder.id) if holder is not None else None,
            note=self.prose(cell.note),
        )
        statements = []
        for i, statement in enumerate(cell.statements):
            view_anchor = self.anchors.take(f"statement-{statement.id}" if statement.id else f"{anchor}-{i + 1}")
            siblings = [s.text for j, s in enumerate(cell.statements) if j != i] or elsewhere
            item = StatementView(view_anchor, self.glossary.statement(statement.text, siblings), statement.id,
                                 tuple(self.glossary.prose(e) for e in statement.examples))
            self.places[statement.path] = Place(item.findings, view_anchor, f"a statement of {where}")
            self.statements.setdefault((level.id, competency_id), []).append((statement, item))
            statements.append(item)
        view.statements = tuple(statements)
        self.places[cell.path] = Place(view.findings, anchor, where)
        return view

    def _step(self, proficiency: str | None) -> str | None:
        scale = self.framework.proficiency_scale
        if proficiency is None or proficiency not in scale:
            return None
        return f"{scale.index(proficiency) + 1} of {len(scale)}"

    # -- the changelog ------------------------------------------------------------

    def _changelog(self, levels: list[LevelView]) -> ChangelogView | None:
        log = self.inputs.changelog
        if log is None:
            return None
        # A release's notes point to what is new at a level on its page (from
        # the changelog's page, beside the levels' folder), not to a command.
        shown = tuple((level.id, level.label, f"{level.page}#{level.new_anchor}") for level in levels[1:])
        anchors = UniqueNames()
        # Each release's notes, and those not released yet, link to what they are about, as the pages show it now.
        links = {id(diff): PageLinks(change=functools.partial(self._shown_at, diff=diff), level=self._level_page)
                 for diff in [release.notes for release in log.releases] + [log.unreleased] if diff is not None}
        releases = [
            ReleaseView(
                version=release.version,
                anchor=anchors.take(f"version-{release.version}"),
                commit=release.commit.short if release.commit else None,
                date=release.commit.date if release.commit else None,
                subject=release.commit.subject if release.commit else None,
                notes=Notes.of(release.notes, shown, links[id(release.notes)]) if release.notes is not None else None,
                problem=release.problem,
            )
            for release in log.releases
        ]
        unreleased = Notes.of(log.unreleased, shown, links[id(log.unreleased)]) if log.unreleased is not None else None
        return ChangelogView(releases, unreleased, log.unreleased_since, log.since, log.missing,
                             log.since_version, log.since_date)

    # -- what a change is about ---------------------------------------------------

    def _level_page(self, level_id: str) -> str | None:
        """A level's page (from the framework's folder), if it has one now."""
        level = self.levels.get(level_id)
        return level.page if level is not None else None

    def _shown_at(self, change: Change, diff: FrameworkDiff) -> str | None:
        """Where the pages show what a change is about, now (from the
        framework's folder): the statement on its level's page, where it is
        still there as the change left it; else the competency's section of
        that level's page, the level's page, or the competency's row (or the
        dimension) in the grid. None for what the pages do not show (a
        level, competency or dimension no longer there)."""
        found = self._statements_of(change, diff)
        level = self.levels.get(change.level or "")
        if found:
            statement, at = found[0]
            return f"{at.page}#{statement.anchor}"
        row = self.rows.get(change.competency or "")
        if level is not None and row is not None:
            return f"{level.page}#{level.anchor}-{row[1].anchor}"
        if level is not None:
            return level.page
        if row is not None:
            return f"index.html#{row[0].anchor}"
        group = self.groups.get(change.dimension or "")
        return f"index.html#{group.anchor}" if group is not None else None

    def _statements_of(self, change: Change, diff: FrameworkDiff) -> list[tuple[StatementView, LevelView]]:
        """The statements a change added or left changed, as the framework
        has them now (found by their id, or by their words at the change's
        level and competency), each with its level."""
        if change.kind not in _STATEMENT_KINDS or change.level is None or change.competency is None:
            return []
        level = self.levels.get(change.level)
        if level is None:
            return []
        texts = {normal(text) for text in _texts_after(change, diff)}
        found = []
        for statement, view in self.statements.get((change.level, change.competency), []):
            if (change.statement is not None and statement.id == change.statement) or normal(statement.text) in texts:
                found.append((view, level))
        return found

    def _mark_latest_release(self, view: FrameworkView) -> None:
        """Mark the statements the latest release added ("new"), changed
        ("changed") or moved from another level that asked for them already
        ("moved"), where the framework still has them as it left them, and
        count the expectations it took out of each level: a reader of the
        grid or of a level sees what is new without reading the changelog.
        What is new is what the release notes call new: the differ's
        reading. The first release in the history marks none (every
        statement is new); wording that only changes spacing or capitals,
        none either."""
        log = self.inputs.changelog
        latest = log.releases[0] if log is not None and log.releases else None
        if latest is None or latest.notes is None:
            return
        # A statement changed again since (not released yet) is no longer as
        # the release left it: its mark would put today's words in that version.
        changed_since: set[int] = set()
        if log is not None and log.unreleased is not None:
            for change in log.unreleased.changes:
                changed_since.update(id(statement) for statement, _level in self._statements_of(change, log.unreleased))
        labels = {level.id: level.label for level in view.levels}
        old, new = latest.notes.old, latest.notes.new
        # Down a ladder whose levels include those below, a statement is still asked for where it was.
        cumulative = old is not None and new is not None and old.framework.cumulative and new.framework.cumulative
        moved_away: dict[str, Counter[tuple[str, bool]]] = {}
        for change in latest.notes.changes:
            mark = _mark(change)
            if mark is None:
                continue
            moved_from = change.old_level if _moved_between_levels(change) else None
            if moved_from is not None:
                # The level it left says where it went; moved down a cumulative ladder, it still asks for it.
                still_asked = cumulative and not moved_up(latest.notes, change)
                moved_away.setdefault(moved_from, Counter())[(change.level or "", still_asked)] += 1
            for statement, level in self._statements_of(change, latest.notes):
                if id(statement) in changed_since:
                    continue
                if statement.release_mark is None:
                    level.marked += 1
                # The strongest of its changes' marks: moved and its examples changed is "changed".
                if statement.release_mark is None or MARKS.index(mark) < MARKS.index(statement.release_mark):
                    statement.release_mark, statement.release = mark, latest.version
                if moved_from is not None:
                    statement.moved_from = labels.get(moved_from, moved_from)
                    statement.asked_before = change.already_asked
        # Counted once all are marked: a statement a change left "changed"
        # may be "new" by another of the release's changes.
        kinds: dict[str, list[str]] = {}
        new_here: Counter[str] = Counter()
        for (level_id, _competency), found in self.statements.items():
            kinds.setdefault(level_id, []).extend(item.release_mark for _s, item in found if item.release_mark)
            new_here[level_id] += sum(item.release_mark == "new" and item.moved_from is not None for _s, item in found)
        removed = taken_out(latest.notes)
        for level in view.levels:
            level.marks = {kind: count for kind in MARKS if (count := kinds.get(level.id, []).count(kind))}
            level.new_here = new_here[level.id]
            # A move is said as one ("moved to Engineer II"), not as a removal.
            level.removed = sum(1 for change in removed.get(level.id, ()) if not _moved_between_levels(change))
            order = list(labels)
            level.moved_away = [MovedAway(labels.get(to, to), count, still) for (to, still), count in sorted(
                moved_away.get(level.id, Counter()).items(),
                key=lambda item: order.index(item[0][0]) if item[0][0] in order else len(order))]
        if any(level.marked or level.removed or level.moved_away for level in view.levels):
            view.marked_release = latest.version
            release = next((r for r in view.changelog.releases if r.version == latest.version), None) \
                if view.changelog is not None else None
            view.marked_release_anchor = release.anchor if release is not None else ""

    # -- findings -----------------------------------------------------------------

    def _place_findings(self, view: FrameworkView) -> None:
        for finding in self.inputs.findings or ():
            place = Place(view.findings, "", "")
            path = tuple(finding.doc_path)
            while True:
                if path in self.places:
                    place = self.places[path]
                    break
                if not path:
                    break
                path = path[:-1]
            item = FindingView(
                severity=str(finding.severity), code=finding.code, name=finding.name, message=finding.message,
                file=self.file if finding.file == self.framework.file else finding.file,
                line=finding.line, column=finding.column, anchor=place.anchor, where=place.where, page=place.page,
            )
            place.findings.append(item)
            view.all_findings.append(item)


#: The changes about one statement (a new order is about the cell).
_STATEMENT_KINDS = frozenset({
    Kind.STATEMENT_ADDED, Kind.STATEMENT_REWORDED, Kind.STATEMENT_MOVED, Kind.STATEMENT_SPLIT,
    Kind.STATEMENT_MERGED, Kind.STATEMENT_REMOVED, Kind.STATEMENT_ID_CHANGED,
})


#: The marks of the latest release's statements, strongest first (a
#: statement two changes mark takes the first), in the order a legend names
#: them. A statement changed in place is marked by what the change means
#: for the people on its level, as the differ reads it (its impact): asking
#: for more ("raised"), for less ("lowered"), more in one way and less in
#: another ("raised-and-lowered": the differ's impact and its also_impact),
#: the same in other words ("reworded"), or another shape that is neither
#: (split, merged: "changed"); a reader needs to know whether the bar moved.
#: A mark is a CSS class too: its words are ``mark_words``.
MARKS = ("new", "raised-and-lowered", "raised", "lowered", "changed", "reworded", "moved")

#: The mark of a statement changed in place, by the change's impact.
_CHANGED_MARK = {Impact.RAISES_BAR: "raised", Impact.LOWERS_BAR: "lowered", Impact.STRUCTURAL: "changed",
                 Impact.EDITORIAL: "reworded"}


def mark_words(mark: str) -> str:
    """What a mark says on the page ("raised and lowered" for
    "raised-and-lowered")."""
    return mark.replace("-", " ")


def _moved_between_levels(change: Change) -> bool:
    return change.kind is Kind.STATEMENT_MOVED and change.old_level is not None and change.old_level != change.level


def _mark(change: Change) -> str | None:
    """How the pages mark the statement a change leaves, as the differ reads
    the change: "new" (added, or moved here from another level that the
    level did not ask for before: down the ladder, or where levels stand
    alone), "moved" (moved here from another level that asked for it
    already: up a cumulative ladder; the page says from which), by its
    impact where its words changed ("raised", "lowered",
    "raised-and-lowered", "reworded", "changed": reworded,
    examples changed, split, merged, moved within its level or in other
    words), or not at all (removed, put in another order, a placeholder, a
    copy of what the level asked for already, added or moved there,
    spacing or capitals only). Words the grader could not read
    (``Change.not_read``) are "changed": which way they go, a reviewer says."""
    if change.field == "placeholder":
        return None
    if change.kind is Kind.STATEMENT_ADDED:
        return None if change.impact is Impact.EDITORIAL else "new"
    moved_here = _moved_between_levels(change)
    if change.kind in (Kind.STATEMENT_REWORDED, Kind.STATEMENT_MOVED) and isinstance(change.old, str) \
            and isinstance(change.new, str) and same_words(change.old, change.new):
        # A copy moved where a lower level asks for it anyway is editorial: new to nobody, moved for nobody.
        if not moved_here or change.impact is Impact.EDITORIAL:
            return None
        return "moved" if change.already_asked else "new"
    if moved_here and not change.already_asked and change.impact is not Impact.EDITORIAL:
        # To a level that did not ask for it (down the ladder, or where levels stand alone): all of it is
        # new there, in any words; its label says where it came from.
        return "new"
    if change.kind in (Kind.STATEMENT_REWORDED, Kind.STATEMENT_MOVED, Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED):
        if change.not_read:
            return "changed"  # in a language the grader does not read: which way, a reviewer says, not the page
        if {change.impact, change.also_impact} == {Impact.RAISES_BAR, Impact.LOWERS_BAR}:
            return "raised-and-lowered"
        return _CHANGED_MARK[change.impact]
    return None


def _texts_after(change: Change, diff: FrameworkDiff) -> list[str]:
    """The words of the statements a change leaves (none for a removal):
    its new text, those it was split into or merged into, or the statement
    whose examples it changed."""
    if change.kind is Kind.STATEMENT_REMOVED:
        return []
    if change.field == "examples" or not isinstance(change.new, (str, list)):
        statement = _statement_at(diff, change.new_path)
        return [statement.text] if statement is not None else []
    if isinstance(change.new, list):
        return [str(text) for text in change.new]
    return [change.new]


def _statement_at(diff: FrameworkDiff, path: DocPath | None) -> Statement | None:
    """The statement of the newer revision at ``path`` (or holding it: an example's)."""
    if path is None or diff.new is None:
        return None
    for level in diff.new.framework.levels:
        for cell in level.cells:
            for statement in cell.statements:
                if tuple(path[:len(statement.path)]) == tuple(statement.path):
                    return statement
    return None


def _stem(page: str) -> str:
    """A page's file name without its folder and ".html"."""
    return page.rsplit("/", 1)[-1].removesuffix(".html")


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))
