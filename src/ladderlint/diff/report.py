"""The result of a diff run: the changes of each framework, the advice and the gate."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from ..model import DocPath, Framework
from ..positions import Position
from ..text import normal, plural
from .advice import Advice
from .changes import (GONE, IMPACTS, REMOVALS, Change, Impact, Kind, gone_key, level_label, said_here, said_together,
                      shared_titles)
from .gate import Approvals
from .glossary import FIELD_PREFIX, levels_marking, marking_revision
from .grade import grade
from .grade.words import meaning_places, opening, unsaid_in_order
from .wording import clauses, stem, words
from .inputs import Loaded
from .metadata import provenance, scale_place

#: Kinds of change to what a level's statements ask, which the levels above
#: a level include in a cumulative framework.
_EXPECTATIONS = frozenset({
    Kind.STATEMENT_ADDED, Kind.STATEMENT_REMOVED, Kind.STATEMENT_REWORDED, Kind.STATEMENT_MOVED,
    Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED,
})


@dataclass(frozen=True)
class LevelCrossing:
    """A level that left one framework for another framework compared in
    the same run (one file split into two tracks): its people keep their
    level, and its statements are compared with what they were."""

    #: The ``level-moved`` record, listed in the framework the level left.
    change: Change
    #: The names (with their tracks, where the name does not say it) of the
    #: framework it left and of the one it went to.
    left: str
    went_to: str
    #: The level's id and title in the framework it went to.
    level: str
    title: str


@dataclass
class FrameworkDiff:
    """The changes between two revisions of one framework (either may be missing)."""

    old: Loaded | None
    new: Loaded | None
    changes: list[Change]
    advice: Advice | None = None
    #: (lower, higher) when two levels of one framework were compared.
    levels: tuple[str, str] | None = None
    #: Why the two sides may not be revisions of one framework (``unrelated``), or None.
    unrelated: str | None = None
    #: The base revision named is not a valid framework: what was compared instead, or None.
    base_unreadable: str | None = None
    #: The framework's file is still there, but no longer declares itself a framework: what to do, or None.
    undeclared: str | None = None
    #: Of two directories compared: the framework's file is at another place in the new one (moved or renamed).
    moved: bool = False
    #: Levels that left this framework for another one compared in the same
    #: run, or came to it from one (``crossings.follow_levels``).
    crossings: list["LevelCrossing"] = field(default_factory=list)
    _located: set[int] = field(default_factory=set, repr=False)
    _name_index: tuple[dict[str | None, str], ...] | None = field(default=None, repr=False)
    _shared: frozenset[str] | None = field(default=None, repr=False)
    _said: dict[str, frozenset[str]] | None = field(default=None, repr=False)
    _copies: frozenset[tuple[str, str]] | None = field(default=None, repr=False)
    _stems: dict[tuple[str, str], tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict, repr=False)
    _level_ids: tuple[frozenset[str], frozenset[str]] | None = field(default=None, repr=False)
    _items: "Items | None" = field(default=None, repr=False)
    _competency_renames: "Renames | None" = field(default=None, repr=False)
    _together: dict[str, Change] | None = field(default=None, repr=False)

    @property
    def framework(self) -> Framework:
        """The framework compared: the new revision, or the old one if it was removed."""
        side = self.new or self.old
        assert side is not None
        return side.framework

    @property
    def framework_id(self) -> str:
        return self.framework.id

    @property
    def frameworks(self) -> tuple[Framework, ...]:
        """The new framework first, for looking names up."""
        return tuple(side.framework for side in (self.new, self.old) if side is not None)

    def location(self, change: Change) -> tuple[str, Position]:
        """The file and position a change is shown at: in the new file where it exists."""
        side: Loaded | None
        if self.new is not None and change.new_path is not None:
            side, path = self.new, change.new_path
        elif self.old is not None and change.old_path is not None:
            side, path = self.old, change.old_path
        else:
            side, path = self.new or self.old, ()
        assert side is not None
        return self._position(side, path)

    def location_of_path(self, path: DocPath) -> tuple[str, Position]:
        """A place in the new file (the old one if the framework was removed)."""
        side = self.new or self.old
        assert side is not None
        return self._position(side, path)

    def _position(self, side: Loaded, path: DocPath) -> tuple[str, Position]:
        if id(side) not in self._located:
            # Every place a change can be shown at, in one pass over the file.
            self._located.add(id(side))
            side.locate(p for change in self.changes for p in (change.new_path, change.old_path) if p is not None)
        return side.source.path, side.position(path)

    def crossing(self, change: Change) -> LevelCrossing | None:
        """Where a level moved to another framework went (``change`` is its ``level-moved`` record)."""
        return next((crossing for crossing in self.crossings if crossing.change is change), None)

    def gone_key(self, level_id: str) -> str | None:
        """The key a removed level is listed under where a level of the new
        revision has its id now (levels renumbered around it: L4 removed, L5
        now L4), not to be taken for that level; None where its id is free."""
        removed = level_id in self._levels_changed()[1]
        taken = self.new is not None and any(level.id == level_id for level in self.new.framework.levels)
        return gone_key(level_id) if removed and taken else None

    def former_name(self, level_id: str) -> str | None:
        """What a level was called before this revision renamed it ("L5
        (Level 5)", said as ``level_label`` says it), or None where its id
        and title did not change."""
        renames = {c.field: c.old for c in self.changes
                   if c.kind is Kind.LEVEL_RENAMED and c.level == level_id and c.field in ("id", "title")}
        if not renames:
            return None
        old_id = str(renames.get("id", level_id))
        title = renames["title"] if "title" in renames else self.level_title(level_id)
        return self.label(old_id, str(title) if title else None)

    def listed_at(self, change: Change) -> str | None:
        """The level whose people a change is for, where the notes list it
        (None: the framework as a whole): a statement moved up the ladder
        lowers the bar where it was, not where it went; one of a level added
        or removed under others changes the bar of the level above it."""
        if self.levels is not None:
            return self.levels[1]
        if change.kind is Kind.LEVEL_REMOVED and change.level:
            return self.gone_key(change.level) or change.level
        if change.kind is Kind.STATEMENT_MOVED and change.impact is Impact.LOWERS_BAR and change.old_level:
            return change.old_level
        return change.reaches or change.level

    def scale_places(self, change: Change) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Of a proficiency kept while the scale changed around it, its places
        on the old and the new scale (rank, length); else None."""
        if change.kind is not Kind.PROFICIENCY_CHANGED or change.old != change.new or not (self.old and self.new):
            return None
        before, after = (scale_place(side.framework, str(change.new)) for side in (self.old, self.new))
        return (before, after) if before is not None and after is not None else None

    def reached(self, change: Change, new_levels: bool = False) -> tuple[str, ...]:
        """The levels whose bar a change raises or lowers, lowest first: in a
        cumulative framework, each level includes the levels below it, so an
        expectation added, reworded or removed at IC1 (in a statement, its
        examples or the cell's note) is one at IC2 and above too, up to a
        level that says it itself (a move, up to the level it left or
        reached, or past it where that level has the move's new words, which
        move its bar the same way: ``Change.both_ends``). A competency's description holds at every level
        that has the competency (``holding``). Elsewhere, and for what asks
        for nothing more or less, the level it is listed at, or none. A level
        new in this revision has nobody on it yet, whose bar could move: it is
        left out, but with ``new_levels``, where the levels a change holds at
        are said ("IC1 and above"), in the revision readers read."""
        if change.level is None and change.field == "description" \
                and change.kind in (Kind.SUMMARY_CHANGED, Kind.FRAMEWORK_CHANGED) \
                and change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR) and self.levels is None:
            return self.holding(change)
        if change.kind is Kind.FRAMEWORK_CHANGED and (change.field or "").startswith(FIELD_PREFIX) \
                and change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR) and self.new is not None:
            return self.marking(change)
        start = self.listed_at(change)
        if start is None:
            return ()
        # A cell's note says what is expected at its level as the cell's statements do: the levels above include it.
        note = change.kind is Kind.SUMMARY_CHANGED and change.field == "note"
        if not (change.kind in _EXPECTATIONS or note) or change.impact not in (Impact.RAISES_BAR, Impact.LOWERS_BAR) \
                or self.levels is not None or self.old is None or self.new is None \
                or not (self.old.framework.cumulative and self.new.framework.cumulative):
            return (start,)
        ladder = [level.id for level in self.new.framework.levels]
        if start not in ladder:
            return (start,)
        text = change.old if change.kind is Kind.STATEMENT_REMOVED else change.new
        asked = _Asked(text) if isinstance(text, str) else None
        said = self._said_at()
        # A level that now has another below it (levels reordered): the
        # levels that had that level below them before already asked for it.
        old_ladder = [level.id for level in self.old.framework.levels]
        had_below = old_ladder[old_ladder.index(change.old_level) + 1:] \
            if change.field == "position" and change.impact is Impact.RAISES_BAR and change.old_level in old_ladder \
            else []
        # Moved from a level removed below others: those above it asked for it already, through it.
        gone_from = change.old_level if change.kind is Kind.STATEMENT_MOVED and change.old_level in old_ladder \
            and change.old_level not in ladder else None
        above_gone = set(old_ladder[old_ladder.index(gone_from) + 1:]) if gone_from else set()
        out = [start]
        for level in ladder[ladder.index(start) + 1:]:
            if self._not_applicable_at(level, change):
                break  # the competency stops applying there: nothing of it is asked there, nor above
            if change.kind is Kind.STATEMENT_MOVED and level in (change.level, change.old_level):
                if not change.both_ends:
                    break  # the other end of the move: it has it (from below, or itself)
                # It had it (from below, or itself) in the old words, and has the new ones now.
                out.append(level)
                continue
            if level in above_gone:
                break
            if level in had_below:
                break  # it had that level below it before: it asked for it already
            if asked is not None and (level, normal(asked.text)) not in self._copies_added() \
                    and (normal(asked.text) in said.get(level, frozenset())
                         or self._says_within(level, change.competency, asked)):
                break  # it says so itself (not as a copy of this addition), and the levels above include that
            if note and self._note_of(level, change.competency) == normal(str(change.new or "")):
                break  # its own note for the competency says the same
            if new_levels or level not in self.added_levels():
                out.append(level)  # a level new in this revision has nobody on it yet: no bar of theirs moves
        return tuple(out)

    def asked_above(self, change: Change) -> str | None:
        """Of a statement added that raises the bar at its level alone in a
        cumulative framework: the level above it that already asks for it
        itself, the same or in stronger words ("Create a database view in
        appropriate circumstances" at L2, where L3 asks for a materialized
        view), which is why it reaches no further; None for any other
        change. Its people are told so, as those above a statement added
        that reaches them are.

        Not ``reached_alone`` with a name: that one says whether a change
        of any expectation reaches its level alone, for whatever reason
        (the level above says it, or no longer asks for the competency);
        this one names the level above only where the reason is that it
        asks for the statement itself, which a level added in this
        revision or one where the competency does not apply cannot."""
        if change.kind is not Kind.STATEMENT_ADDED or change.impact is not Impact.RAISES_BAR \
                or not isinstance(change.new, str) or self.new is None or not self.new.framework.cumulative:
            return None
        above = self._above_the_one_reached(self.reached(change))
        if above is None:
            return None
        asked = _Asked(change.new)
        if self._not_applicable_at(above, change) or above in self.added_levels():
            return None
        says = normal(asked.text) in self._said_at().get(above, frozenset()) \
            or self._says_within(above, change.competency, asked)
        return above if says else None

    def reached_alone(self, change: Change) -> bool:
        """Whether a change to a statement of a cumulative ladder moves the
        bar of the level it is at alone, though the levels above include
        that level: the one above says it itself, or no longer asks for the
        competency (``reached`` stops there). Said so ("at IC2 only"), as
        every other line says how far it reaches (``asked_above`` names
        the level above where it stops because that level asks for it)."""
        if change.kind not in _EXPECTATIONS or change.impact not in (Impact.RAISES_BAR, Impact.LOWERS_BAR) \
                or self.levels is not None or self.old is None or self.new is None \
                or not (self.old.framework.cumulative and self.new.framework.cumulative):
            return False
        return self._above_the_one_reached(self.reached_as_said(change)) is not None

    def _above_the_one_reached(self, reached: tuple[str, ...]) -> str | None:
        """The level of the new revision just above the one level a change
        reaches, where its reach stops; None where it reaches more than one,
        or its level is the top of the ladder (nothing above to stop at)."""
        if self.new is None:
            return None
        ladder = [level.id for level in self.new.framework.levels]
        if len(reached) != 1 or reached[0] not in ladder or reached[0] == ladder[-1]:
            return None
        return ladder[ladder.index(reached[0]) + 1]

    def reached_as_said(self, change: Change) -> tuple[str, ...]:
        """The levels a change reaches as every format says them (the text
        output's "(now asked for at IC1 and above)", the release notes'
        lines and summary, the JSON's ``levels_reached``): those whose bar
        it moves (``reached``) and, for what is now asked, a level added in
        this revision that includes them, which asks for it from the start;
        not for what is no longer asked, which a level added never asked for."""
        return self.reached(change, new_levels=change.impact is Impact.RAISES_BAR)

    def _says_within(self, level_id: str, competency_id: str | None, asked: "_Asked") -> bool:
        """Whether a level of the new revision says a statement (``asked``)
        under its competency as its own ask within one of its statements,
        asking no less: its words of meaning in their order, in a clause or a
        run of clauses that opens with the word the statement asks with
        ("Coordinates work with other teams to unblock delivery" in "Delivers
        large projects, coordinating work with other teams to unblock
        delivery"; not in "Reviews the plans others make to coordinate work
        with other teams", which asks something else), but for fewer than
        half of them whose absence asks no less ("Sometimes", "simple")."""
        if asked.opening is None or competency_id is None:
            return False
        # The cheap test first: a statement without the word it asks with, or without half its words, does not say it.
        candidates = [text for text, stems in self._stems_of(level_id, competency_id) if asked.opening in stems
                      and 2 * sum(w in stems for w in asked.meaning) > len(asked.meaning)]
        if not candidates or len(asked.meaning) < 2:
            return False  # "Delivers" is in too many
        return any(_says_in(tuple(_Clause.of(found) for found in clauses(text)), asked) for text in candidates)

    def _stems_of(self, level_id: str, competency_id: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """A cell's statements, in the new revision, each with the stems of its words."""
        key = (level_id, competency_id)
        if key not in self._stems:
            levels = self.new.framework.levels if self.new is not None else ()
            cell = next((level.cell(competency_id) for level in levels if level.id == level_id), None)
            self._stems[key] = tuple((s.text, frozenset(map(stem, words(s.text))))
                                     for s in (cell.statements if cell is not None else ()))
        return self._stems[key]

    def _not_applicable_at(self, level_id: str, change: Change) -> bool:
        """Whether the competency of a change is marked not applicable at a
        level, in the new revision, or, for what is no longer asked, in the
        old one, where it never asked for it: a change below does not reach
        that level (what the level itself gains or loses with the competency
        is its own change). Not where a cumulative framework's mark stands
        above the competency's statements ("Nothing beyond Engineer 2"):
        the level adds nothing new, and what those ask still holds there
        (``Framework.still_holds``)."""
        sides = (self.new, self.old) if change.impact is Impact.LOWERS_BAR else (self.new,)
        for side in sides:
            if side is None or change.competency is None:
                continue
            cell = next((lv.cell(change.competency) for lv in side.framework.levels if lv.id == level_id), None)
            # Above statements of a cumulative framework the mark says the level adds nothing new: what the
            # levels below ask still holds there, so a change to it does reach it.
            if cell is not None and cell.not_applicable is not None \
                    and side.framework.still_holds(level_id, change.competency) is None:
                return True
        return False

    def _note_of(self, level_id: str, competency_id: str | None) -> str | None:
        """The normal form of a level's note on a competency, in the new revision."""
        levels = self.new.framework.levels if self.new is not None else ()
        cell = next((lv.cell(competency_id or "") for lv in levels if lv.id == level_id), None)
        return normal(cell.note) if cell is not None and cell.note else None

    def replace_changes(self, changes: list[Change]) -> None:
        """Put ``changes`` in place of this diff's changes (read otherwise,
        as ``session.as_wording`` does), and forget what was found of the
        changes as they were."""
        self.changes = changes
        self._together = self._copies = self._level_ids = self._items = None
        self._competency_renames = self._name_index = None

    def together(self) -> dict[str, Change]:
        """The records of this diff said with another as one change
        (``said_together`` of all its changes), found once."""
        if self._together is None:
            self._together = said_together(self.changes)
        return self._together

    def said_with(self, change: Change) -> Change | None:
        """The record said with ``change`` as one change where ``change`` is
        listed (``said_together``, ``said_here``), or None."""
        return said_here(self.together(), change)

    def added_levels(self) -> frozenset[str]:
        """The levels new in this revision (not renumbered ones)."""
        return self._levels_changed()[0]

    def _levels_changed(self) -> tuple[frozenset[str], frozenset[str]]:
        """The ids of the levels added, and of those removed (by their ids in the old revision)."""
        if self._level_ids is None:
            def of(kind: Kind) -> frozenset[str]:
                return frozenset(c.level for c in self.changes if c.kind is kind and c.level)

            self._level_ids = (of(Kind.LEVEL_ADDED), of(Kind.LEVEL_REMOVED))
        return self._level_ids

    def holding(self, change: Change) -> tuple[str, ...]:
        """The levels a competency's description (or a dimension's, or the
        framework's) holds at, lowest first: those of the new revision that
        have the competency (one of the dimension's), and where it applies;
        every level, for the framework's."""
        if self.new is None:
            return ()
        framework = self.new.framework
        if change.kind is Kind.FRAMEWORK_CHANGED:
            return tuple(level.id for level in framework.levels if level.id not in self.added_levels())
        if change.competency is not None:
            wanted = {change.competency}
        else:
            wanted = {c.id for d in framework.dimensions if d.id == change.dimension for c in d.competencies}
        return tuple(level.id for level in framework.levels if level.id not in self.added_levels()
                     and any(c.competency_id in wanted and c.not_applicable is None for c in level.cells))

    def marking(self, change: Change) -> tuple[str, ...]:
        """The levels a glossary definition asks something of, lowest first:
        those whose statements mark its term with a star, and in a
        cumulative framework the levels above them, which include those
        statements (not a level new in this revision: nobody is on it)."""
        framework = self.marking_framework(change)
        if framework is None:
            return ()
        marking = levels_marking(framework, str(change.field)[len(FIELD_PREFIX):])
        ladder = [level.id for level in framework.levels]
        if marking and framework.cumulative:
            marking = ladder[ladder.index(marking[0]):]
        return tuple(level for level in marking if level not in self.added_levels())

    def marking_framework(self, change: Change) -> Framework | None:
        """The revision whose statements' marks a glossary definition's
        change is graded against (``marking_revision``), or None."""
        if self.new is None:
            return None
        old = self.old.framework if self.old is not None else None
        term = str(change.field)[len(FIELD_PREFIX):]
        return marking_revision(old, self.new.framework, term, removed=change.new is None)

    def _copies_added(self) -> frozenset[tuple[str, str]]:
        """(level, normal form) of the statements added as copies of one
        added at a level below (``Change.added_below``): that addition
        reaches their levels."""
        if self._copies is None:
            self._copies = frozenset((c.level, normal(c.new)) for c in self.changes
                                     if c.added_below and c.level is not None and isinstance(c.new, str))
        return self._copies

    def _said_at(self) -> dict[str, frozenset[str]]:
        """The normal forms of each level's statements, in the new revision."""
        if self._said is None:
            levels = self.new.framework.levels if self.new is not None else ()
            self._said = {level.id: frozenset(normal(s.text) for cell in level.cells for s in cell.statements)
                          for level in levels}
        return self._said

    def level_title(self, level_id: str | None) -> str | None:
        return self._names()[0].get(level_id)

    def old_level_title(self, level_id: str | None) -> str | None:
        """A level's title in the old revision (a removed level's own, not
        that of a level that has its id now)."""
        levels = self.old.framework.levels if self.old is not None else ()
        return next((level.title for level in levels if level.id == level_id), self.level_title(level_id))

    def label(self, level_id: str, title: str | None) -> str:
        """A level as the formats' headings and sentences name it
        (``changes.level_label``), with its id where another level of either
        revision has its title too."""
        return level_label(level_id, title, shared=title in self.shared_titles())

    def shared_titles(self) -> frozenset[str]:
        """The titles two levels share, in the old revision or the new one."""
        if self._shared is None:
            self._shared = shared_titles(*([level.title for level in framework.levels] for framework in self.frameworks),
                                         [t for t in self._names()[0].values()])
        return self._shared

    def level_name(self, level_id: str) -> str:
        """A level as people on the ladder know it: its title ("Software
        Engineer 2"), or its id and title where another level has that title
        too ("E2 (Engineer)"), or its id where it has no title."""
        title = self.level_title(level_id)
        if not title:
            return level_id.rstrip(GONE)
        if title in self.shared_titles() and title != level_id.rstrip(GONE):
            return f"{level_id.rstrip(GONE)} ({title})"
        return title

    def competency_name(self, competency_id: str | None) -> str | None:
        return self._names()[1].get(competency_id)

    def old_competency_name(self, competency_id: str) -> str:
        """The name a competency (by its id in the new revision) had in the
        old one: where a statement moved out of it came from ("Collaboration
        and Communication", split into "Collaboration" and "Communication")."""
        old_name = self._renames().names.get(competency_id)
        return old_name if old_name is not None else self.competency_name(competency_id) or competency_id

    def old_competency_id(self, competency_id: str) -> str:
        """The id a competency (by its id in the new revision) had in the old one."""
        return self._renames().ids.get(competency_id, competency_id)

    def dimension_name(self, dimension_id: str | None) -> str | None:
        return self._names()[2].get(dimension_id)

    def _names(self) -> tuple[dict[str | None, str], ...]:
        """Level titles, competency and dimension names by id; the new revision's win."""
        if self._name_index is None:
            levels: dict[str | None, str] = {}
            competencies: dict[str | None, str] = {}
            dimensions: dict[str | None, str] = {}
            for framework in self.frameworks:
                for level in framework.levels:
                    levels.setdefault(level.id, level.title)
                for dimension in framework.dimensions:
                    dimensions.setdefault(dimension.id, dimension.name)
                    for competency in dimension.competencies:
                        competencies.setdefault(competency.id, competency.name)
            for level in self.old.framework.levels if self.old is not None else ():
                key = self.gone_key(level.id)
                if key is not None:
                    levels[key] = level.title  # a removed level, by its own title
            self._name_index = (levels, competencies, dimensions)
        return self._name_index


    def items(self) -> "Items":
        """The ids of either revision's levels, competencies and dimensions,
        and the competency and dimension names two of them hold: made once,
        for naming each change's items (``named_message``)."""
        if self._items is None:
            frameworks = self.frameworks
            self._items = Items(
                levels=frozenset(level.id for f in frameworks for level in f.levels),
                competencies=frozenset(c.id for f in frameworks for c in f.competencies),
                dimensions=frozenset(d.id for f in frameworks for d in f.dimensions),
                shared_competency_names=self._shared_names(
                    Kind.COMPETENCY_RENAMED, lambda f: [(c.id, c.name) for c in f.competencies]),
                shared_dimension_names=self._shared_names(
                    Kind.DIMENSION_RENAMED, lambda f: [(d.id, d.name) for d in f.dimensions]),
            )
        return self._items

    def _shared_names(self, kind: Kind, held: Callable[[Framework], list[tuple[str, str]]]) -> frozenset[str]:
        """The names (of competencies or dimensions, whose ids and names
        ``held`` lists) that two items hold, in one revision ("Capabilities",
        the heading of each dimension's list) or one in each (a competency
        removed, another given its name; one renamed to what another was
        called): "moved here from the competency “Capabilities”" would not
        say which. An item renamed (``kind``) is one item, not two, whatever
        its names: its old and new ids are one."""
        now_called = {c.old: c.competency or c.dimension for c in self.changes
                      if c.kind is kind and c.field == "id" and isinstance(c.old, str)}
        holders: dict[str, set[str | None]] = {}
        sides = [(self.old, now_called), (self.new, {})]
        for side, ids in sides:
            for item, name in held(side.framework) if side is not None else ():
                if name:
                    holders.setdefault(name, set()).add(ids.get(item, item))
        return frozenset(name for name, items in holders.items() if len(items) > 1)

    def competency_named(self, competency_id: str, old: bool = False) -> tuple[str, str | None]:
        """A competency (by its id in the new revision) as readers know it:
        its name (``old``: the one it had in the old revision), and the id
        (then, or now) that tells it from another competency of that name,
        or None where no other has it ("Capabilities", "modeling": of four
        competencies called so, the one under Modeling); its id where it has
        no name. The formats write it (``formatters.common.known_as``) as they
        write a level shared titles name (``label``)."""
        name, item = (self.old_competency_name(competency_id), self.old_competency_id(competency_id)) if old \
            else (self.competency_name(competency_id), competency_id)
        if not name:
            return item, None
        return name, item if name in self.items().shared_competency_names else None

    def dimension_named(self, dimension_id: str) -> tuple[str, str | None]:
        """A dimension as readers know it, as ``competency_named`` says a competency."""
        name = self.dimension_name(dimension_id)
        if not name:
            return dimension_id, None
        return name, dimension_id if name in self.items().shared_dimension_names else None

    def _renames(self) -> "Renames":
        """The old names and ids of the competencies renamed, made once: each
        line that names where a statement came from looks them up."""
        if self._competency_renames is None:
            names: dict[str, str] = {}
            ids: dict[str, str] = {}
            for change in self.changes:
                if change.kind is Kind.COMPETENCY_RENAMED and change.competency is not None \
                        and isinstance(change.old, str) and change.field in ("name", "id"):
                    # The first rename said of a competency wins, as in the order the changes are listed.
                    (names if change.field == "name" else ids).setdefault(change.competency, change.old)
            self._competency_renames = Renames(names=names, ids=ids)
        return self._competency_renames


@dataclass(frozen=True)
class Renames:
    """The competencies renamed, by their ids in the new revision: the name
    and the id each had in the old one."""

    names: dict[str, str]
    ids: dict[str, str]


@dataclass(frozen=True)
class Items:
    """What ``FrameworkDiff.items`` says of a diff's levels, competencies and dimensions."""

    levels: frozenset[str]
    competencies: frozenset[str]
    dimensions: frozenset[str]
    #: The names two competencies (dimensions) hold (``FrameworkDiff._shared_names``).
    shared_competency_names: frozenset[str]
    shared_dimension_names: frozenset[str]


@dataclass
class Report:
    diffs: list[FrameworkDiff]
    fail_on: frozenset[Impact] = frozenset()
    approvals: Approvals = field(default_factory=Approvals)
    #: What the person who ran the comparison should know, beside the
    #: changes ("no framework found in ..."): warnings on stderr.
    notices: list[str] = field(default_factory=list)
    #: Two frameworks that look unrelated are meant to be compared (--allow-unrelated).
    allow_unrelated: bool = False
    #: The files named (or deleted) that the configuration excludes, and
    #: were not compared, with what excludes each (``files.force_excluded``).
    excluded: dict[str, str] = field(default_factory=dict)

    def approved(self, change: Change) -> bool:
        """Whether the approvals list the change, under any of its
        fingerprints (``Change.fingerprints``: at a level retitled, under
        either title)."""
        return self.approved_as(change) is not None

    def approved_as(self, change: Change) -> str | None:
        """The fingerprint the approvals list the change under (its own
        first), or None."""
        return next((key for key in change.fingerprints if key in self.approvals.fingerprints), None)

    def blocking(self, change: Change) -> bool:
        """A change that fails the run: of an impact in --fail-on (at any of
        the levels it touches), and not approved. Where the framework came
        from (``provenance``) is no change of it: it fails nothing."""
        return any(impact in self.fail_on for impact in change.impacts) and not self.approved(change) \
            and not provenance(change)

    @property
    def changes(self) -> list[Change]:
        return [change for diff in self.diffs for change in diff.changes]

    @property
    def failed(self) -> bool:
        """Whether a change fails the gate (exit code 1)."""
        return any(self.blocking(change) for change in self.changes)

    @property
    def refused(self) -> bool:
        """Whether two frameworks that look unrelated were compared without
        --allow-unrelated saying it is meant (exit code 2, whatever the gate says)."""
        return not self.allow_unrelated and any(diff.unrelated for diff in self.diffs)

    def gate_failure(self) -> str | None:
        """What fails the run ("2 changes not approved with --fail-on
        raises-bar"), or None when nothing does."""
        blocking = self.counts()["blocking"]
        if not blocking:
            return None
        impacts = ", ".join(sorted(impact.value for impact in self.fail_on))
        return f"{plural(blocking, 'change')} not approved with --fail-on {impacts}"

    def counts(self, changes: list[Change] | None = None) -> dict[str, Any]:
        """How many changes, and of each impact, as every format counts
        them: a level (competency, dimension) renamed in its id and its
        title (name) is one change, and so is a competency that no longer
        applies at a level beside the statement taken from its cell
        (``said_together``); a move that raises the
        bar where it went and lowers it where it was counts under both (how
        many did so: ``counted_twice``); a level removed is counted apart
        (``levels_removed``), as the release notes count it: its people lose
        the level (the gate stops it as raises-bar and as lowers-bar all
        the same, ``REMOVED_IMPACTS``); a framework removed counts once,
        as raises-bar; where the framework came from is no
        change of it (``provenance``: how many such records are listed)."""
        changes = self.changes if changes is None else changes
        parts = said_together(changes)
        said = {id(part) for part in parts.values()}
        counted = [c for c in changes if id(c) not in said and not provenance(c)]

        def approved(change: Change) -> bool:
            part = parts.get(change.fingerprint)
            return self.approved(change) and (part is None or self.approved(part))

        def blocking(change: Change) -> bool:
            part = parts.get(change.fingerprint)
            return self.blocking(change) or (part is not None and self.blocking(part))

        def impacts(change: Change) -> tuple[Impact, ...]:
            # A removal is counted once: its second impact is for the gate (``REMOVED_IMPACTS``).
            return (change.impact,) if change.kind in REMOVALS else change.impacts

        out: dict[str, Any] = {"changes": len(counted)}
        for impact in IMPACTS:
            out[impact.value] = sum(1 for c in counted if impact in impacts(c) and c.kind is not Kind.LEVEL_REMOVED)
        out["levels_removed"] = sum(1 for c in counted if c.kind is Kind.LEVEL_REMOVED)
        out["counted_twice"] = sum(1 for c in counted if len(impacts(c)) > 1)
        out["approved"] = sum(1 for c in counted if approved(c))
        out["blocking"] = sum(1 for c in counted if blocking(c))
        out["provenance"] = sum(1 for c in changes if provenance(c))
        return out


def _asks_less(old: str, new: str) -> bool:
    """Whether ``new`` asks less than ``old`` in some way, as a rewording is graded."""
    graded = grade(old, new)
    return Impact.LOWERS_BAR in (graded.impact, graded.also)


def _says_in(statement: tuple["_Clause", ...], asked: "_Asked") -> bool:
    """Whether a statement (as its clauses) says ``asked`` as its own ask,
    asking no less (``FrameworkDiff._says_within``): its runs of clauses
    that open with the word ``asked`` asks with, the shortest first."""
    # Only a clause that opens with that word is the level's own ask of it.
    starts = [i for i, clause in enumerate(statement) if clause.opening == asked.opening]
    for size in range(1, len(statement) + 1):
        for run in (statement[i:i + size] for i in starts if i + size <= len(statement)):
            missing = unsaid_in_order(asked.meaning, tuple(w for clause in run for w in clause.meaning))
            if 2 * len(missing) >= len(asked.meaning):
                continue
            if missing and _asks_less(asked.text, asked.without(missing)):
                continue  # what it leaves out was asked ("Coordinates work" without "Coordinates")
            # "sometimes coordinating work ...", and so in its longer runs too
            return not _asks_less(asked.text, " ".join(clause.text for clause in run))
    return False


class _Asked:
    """A statement added or removed, read for the levels above it as far as
    they need: the stem of the word it asks with (``opening``), then its
    words of meaning."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def found(self) -> tuple[str, ...]:
        return words(self.text)

    @cached_property
    def opening(self) -> str | None:
        return _opening_stem(self.found)

    @cached_property
    def places(self) -> tuple[int, ...]:
        """Where its words of meaning are among its words."""
        return meaning_places(self.found)

    @cached_property
    def meaning(self) -> tuple[str, ...]:
        """The stems of its words of meaning."""
        return tuple(stem(self.found[k]) for k in self.places)

    def without(self, missing: tuple[int, ...]) -> str:
        """Its words but the words of meaning at ``missing`` (places in ``meaning``)."""
        gone = {self.places[m] for m in missing}
        return " ".join(w for k, w in enumerate(self.found) if k not in gone)


@dataclass(frozen=True)
class _Clause:
    """A clause of a statement: its words, the stems of those of meaning,
    and the stem of the word it asks with (``opening``), or None."""

    text: str
    meaning: tuple[str, ...]
    opening: str | None

    @classmethod
    def of(cls, found: tuple[str, ...]) -> "_Clause":
        return cls(" ".join(found), tuple(stem(found[k]) for k in meaning_places(found)), _opening_stem(found))


def _opening_stem(found: tuple[str, ...]) -> str | None:
    """The stem of the word a clause (given as its words) asks with (``opening``), or None."""
    first = opening(found)
    return stem(found[first]) if first is not None else None
