"""Compare two revisions of a framework, or two levels of one framework.

The engine works on the framework model (never on the raw YAML), pairs the
items of both sides (see ``match``), and turns every difference into a typed
:class:`~ladderlint.diff.changes.Change` with its impact:

- raises-bar: a statement added or moved to a lower level, a rewording that
  asks for more (see ``grade``), a competency added with statements, a
  proficiency raised, a competency that now applies where it did not, a
  statement of a level added under others in a cumulative framework (the
  levels above it include it), a sentence added to a level's summary (not
  one that asks nothing of anyone: a note about the organisation, a
  pointer elsewhere), and
  one that sets a bar added to a note, an example or a description;
- lowers-bar: the reverse of each; and, with ``compare_levels`` in a
  cumulative framework, nothing the lower level lists and the higher does
  not repeat (it still holds there: editorial);
- both, for a statement moved and reworded where the two pull apart: moved
  up and reworded to ask for more raises the bar where it went and lowers it
  where it was (``old_level_impact``); so does any statement moved between
  levels that stand alone (``cumulative: false``): gained where it went,
  lost where it was;
- editorial: a rewording that keeps the meaning (spelling, word order,
  punctuation, a synonym, a brand name);
- structural: renames, ids, reordering, levels and dimensions added or
  removed, statements that moved into a new level or out of a removed one
  where nobody's expectations change, and other changes to summaries,
  descriptions, notes and examples, which describe a level without being
  expectations themselves.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter, defaultdict
from typing import Any, Callable, Hashable, Iterable, Iterator, Literal, Sequence, TypeVar

from ..model import Cell, Competency, DocPath, Framework, Level, Statement
from ..rules.ll406_placeholder import placeholder_note
from ..text import editors_question, normal, only_links_differ, plural
from ..vocabulary import LevelName, proficiency as proficiency_named, title_rung
from .clauses import Clause, changed_clauses, clause_in, pair_clauses
from .changes import (
    GONE, NEW_ORDER, REMOVED_IMPACTS, REWRITTEN, SENTENCE_PUT_IN, TITLE_LOWERED, TITLE_RAISED, Change, Impact, Kind,
    Message, Named, gone_key, id_is_a_code, level_label,
    level_named, longest_increasing, shared_titles,
    moved_in_order, said, title_identity, titled,
)
from .grade import (
    ANOTHER_THING_ASKED, FUNCTION_WORDS, BrandNames, Grade, Reading, about_the_ladder, actions_put_in, asked_in_summary,
    NOT_READ, asks_nothing, bars, demand, grade, restates, takes_charge_beyond, unread_language,
)
from .grade.words import LADDER_PEOPLE, NEGATING, SUBJECTS, meaning_words, reasons_as_read, said_in_order
from .match import (
    CellPair, Placed, StatementPairing, max_weight_matching, pair_by_id, pair_statements, restated_pairs, retouched,
    rewritten, statements_alike,
    words_key,
)
from .glossary import (
    DEFINITION_ASKED, DEFINITION_NO_LONGER_ASKED, FIELD_PREFIX, levels_marking, marked_terms, marking_revision,
    named_anywhere,
)
from .metadata import metadata_changes, places_among_kept, scale_moved, scale_place
from .wording import REWRITE_SIMILARITY, another_form_named, classify, same_word, similarity, stem, words
from ..patterns import lazy

T = TypeVar("T")


#: Where a trailing clause joined with "and" starts: ", and able to ...", "; and ...".
_AND_CLAUSE = re.compile(r"[,;]\s+and\s+", re.IGNORECASE)


class DiffError(Exception):
    """A comparison that cannot be made (a level that does not exist)."""


def _asks_nothing_yet(text: str) -> bool:
    """Whether a statement asks nothing of anyone yet: a placeholder or an
    editor's note (what LL406 calls a placeholder: "TBD", "TODO: something
    here?"), or an editor's question ("What about views?",
    ``text.editors_question``)."""
    return placeholder_note(text) or editors_question(text)


def compare(old: Framework | None, new: Framework | None) -> list[Change]:
    """Every change from ``old`` to ``new``; either may be None (a framework added or removed)."""
    if old is None and new is None:
        return []
    if new is None:
        assert old is not None
        return [_framework_removed(old)]
    differ = _Differ(old, new)
    changes = differ.run()
    return _titled(changes, old, new, differ.retitled())


def _titled(changes: list[Change], old: Framework | None, new: Framework,
            retitled: dict[str, tuple[str, str]]) -> list[Change]:
    """Each change at a level fingerprinted with that level's title (and the
    title of the level a move left): the level a reader knows, not only its
    id, which a renumbering gives to another level. A level that kept its
    id and was only retitled (``retitled``: its old and new titles, by id)
    is the same level under either title: the change names the other one
    too (``Change.other_titles``), for an approval given under it."""
    old_titles = {level.id: level.title for level in old.levels} if old else {}
    new_titles = {level.id: level.title for level in new.levels}

    def title(level_id: str | None, *, old_side: bool) -> str | None:
        if level_id is None:
            return None
        if level_id.endswith(GONE) or old_side:  # a level removed, or the level a move left
            return old_titles.get(level_id.rstrip(GONE))
        return new_titles[level_id] if level_id in new_titles else old_titles.get(level_id)

    def other(level_id: str | None, *, old_side: bool) -> str | None:
        titles = retitled.get(level_id or "")
        return None if titles is None else titles[0] if not old_side else titles[1]

    return [titled(change, title(change.level, old_side=False), title(change.old_level, old_side=True),
                   (other(change.level, old_side=False), other(change.old_level, old_side=True)))
            if change.level is not None or change.old_level is not None else change for change in changes]


def _framework_removed(old: Framework) -> Change:
    """A framework removed: one change, not one per level, dimension and
    competency. The people on its levels lose them, as when one level is
    removed: raises-bar, and lowers-bar too, as what it asked of them is no
    longer asked (``REMOVED_IMPACTS``), so a gate on either stops it."""
    levels = ", ".join(level.id for level in old.levels)
    impact, also = REMOVED_IMPACTS
    return Change(
        Kind.FRAMEWORK_REMOVED, impact,
        f"framework '{old.id}' removed: the people on its levels ({levels or 'none'}) lose them",
        framework=old.id, old=old.name, old_path=(), also_impact=also,
    )


def compare_levels(framework: Framework, lower: str, higher: str) -> list[Change]:
    """What changes from level ``lower`` to level ``higher`` of one framework.

    Each competency's cell at ``lower`` is compared with its cell at
    ``higher``, as if ``higher`` were a new revision of ``lower``: the
    records' ``level`` is ``higher``, and ``old_level`` is ``lower``.
    """
    levels = {level.id: level for level in framework.levels}
    for wanted in (lower, higher):
        if wanted not in levels:
            known = ", ".join(level.id for level in framework.levels)
            raise DiffError(f"no level '{wanted}' in {framework.file} (its levels: {known})")
    differ = _Differ(framework, framework, levels_only=True)
    changes = differ.run_levels(levels[lower], levels[higher])
    if not framework.cumulative:
        return changes
    return _with_levels_between(framework, lower, higher, changes)


def _with_levels_between(framework: Framework, lower: str, higher: str, changes: list[Change]) -> list[Change]:
    """Of two levels of a cumulative framework compared, what the levels
    between them add: the higher level includes them, so it expects that
    too, though it does not repeat it. Each statement comes in at the first
    level above ``lower`` that says it (``since``, where that is a level
    between); one a level at or below ``lower`` says is no news."""
    order = [level.id for level in framework.levels]
    between = order[order.index(lower) + 1:order.index(higher)]
    if not between:
        return changes

    def said_up_to(level_id: str) -> set[tuple[str, str]]:
        return {(cell.competency_id, normal(s.text)) for level in framework.levels[:order.index(level_id) + 1]
                for cell in level.cells for s in cell.statements}

    came_in: dict[tuple[str | None, str], str] = {}
    extra: list[Change] = []
    for previous, level_id in zip([lower, *between], between):
        known = said_up_to(previous)
        differ = _Differ(framework, framework, levels_only=True)
        step = [levels for levels in framework.levels if levels.id in (previous, level_id)]
        for change in differ.run_levels(step[0], step[1]):
            if change.kind is not Kind.STATEMENT_ADDED or change.impact is not Impact.RAISES_BAR:
                continue
            key = (change.competency, normal(str(change.new)))
            if key in came_in or key in known:
                continue
            came_in[key] = level_id
            extra.append(_with(
                change, level=higher, old_level=lower, since=level_id, message="",
                parts=said("statement added to ", _in(change.competency), " at ", level_named(level_id), ", which ",
                           level_named(higher), " includes (levels are cumulative)"),
            ))
    out = []
    for change in changes:
        key = (change.competency, normal(str(change.new)))
        if change.kind is Kind.STATEMENT_ADDED and key in came_in:
            # Said again at the higher level: it came in below it.
            change = _with(change, since=came_in.pop(key))
            extra = [c for c in extra if (c.competency, normal(str(c.new))) != key]
        out.append(change)
    return _in_order(framework, out + extra)


def _in_order(framework: Framework, changes: list[Change]) -> list[Change]:
    """Changes at one level in the order of the competencies and of the
    kinds, statements added in the order of the levels they came in at (a
    stable sort)."""
    competencies = {c.id: k for k, c in enumerate(framework.competencies)}
    levels = {level.id: k for k, level in enumerate(framework.levels)}
    return sorted(changes, key=lambda c: (competencies.get(c.competency or "", -1), _KIND_ORDER[c.kind],
                                          levels.get(c.since or "", len(levels))))


def _changed(before: str | None, after: str | None) -> bool:
    """Whether a summary or description changed beyond the white space
    around it (the line break that ends a `>` or `|` block is YAML's), as
    statements are compared."""
    from ..rules.ll503_surrounding_whitespace import SPACES

    if before is None or after is None:
        return before is not after
    return before.strip(SPACES) != after.strip(SPACES)


#: What parts a line of examples into the things it shows: one a line, or a list in a line.
_EXAMPLE_PARTS = lazy(r"[\n,;]\s*|\s+(?:or|and)\s+")


def _example_parts(examples: str) -> list[tuple[str, ...]]:
    """The things a statement's examples show, each by its words of
    meaning, in no order: one an example, or one of a list in one."""
    return sorted(found for part in _EXAMPLE_PARTS.split(examples) if (found := meaning_words(part)))


def _description_impact(old: str | None, new: str | None) -> Impact:
    """The impact of changing a summary, description or note where none of
    its sentences asks for more or less (``_Differ._sentences_impact``), or
    of a text added or removed whole: editorial where the meaning is kept,
    else structural."""
    if old is not None and new is not None and classify(old, new).keeps_meaning:
        return Impact.EDITORIAL
    return Impact.STRUCTURAL


def _name_impact(old: str | None, new: str | None) -> Impact:
    """The impact of renaming a level, a competency or a dimension:
    editorial where only its spelling or formatting changed ("Enginer II"
    -> "Engineer II", "Sr. Engineer" -> "Senior Engineer"), structural where it is called something else, and
    so where the number it names changed ("Engineer II" -> "Engineer III",
    a renumbering, however alike the words look)."""
    if old is not None and new is not None:
        if _named_number(old) != _named_number(new) or another_form_named(old, new):
            return Impact.STRUCTURAL  # "Engineer" -> "Engineering": another word of its stem, another name
        if title_identity(old) == title_identity(new):  # "Sr. Staff Engineer" -> "Senior Staff Engineer"
            return Impact.EDITORIAL
    return _description_impact(old, new)


def _title_moved(old: Level, new: Level, places_up: int) -> tuple[Impact, str] | None:
    """The impact of a level's title moved along the scale of level names
    (seniority words, a number in a sequence: ``LevelName``) while it asks
    what it asked and stands no higher in the ladder (``places_up``: how
    many places it moved up): a title raised ("Junior" -> "Mid", "Engineer
    II" -> "Engineer III") gives the higher title for the lower bar, so it
    asks less of whoever holds that title (lowers-bar), and the reverse
    more (raises-bar). None for a title along no scale, or for a level
    that moved up with its title (a level inserted below it, the ones above
    renumbered; the reverse for one removed below it), where the title
    follows the ladder."""
    before, after = LevelName.read(old.title), LevelName.read(new.title)
    up = before.below_by_number(after)
    if up is None:
        up = True if before.below_by_words(after) else False if after.below_by_words(before) else None
    if up is None or (places_up > 0 if up else places_up < 0) or not _asks_the_same(old, new):
        return None
    return (Impact.LOWERS_BAR, TITLE_RAISED) if up else (Impact.RAISES_BAR, TITLE_LOWERED)


def _asks_the_same(old: Level, new: Level) -> bool:
    """Whether a level still says at least half of its statements, in their
    words: its title, not what it asks, is what changed."""
    before = {normal(st.text) for cell in old.cells for st in cell.statements}
    after = {normal(st.text) for cell in new.cells for st in cell.statements}
    return bool(before) and 2 * len(before & after) >= len(before)


def _named_number(name: str) -> int | None:
    """The number of the rung a name names ("Engineer II", "IC3 Engineer", "Level 2"), or None."""
    rung = title_rung(name)
    return rung.number if rung is not None else None


#: The readings of a rewording that says the same in other words ("2-4" -> "two to four", "Usually" ->
#: "Typically", a synonym), or in another layout.
_SAME_WORDING = frozenset({"wording", "formatting"})
#: The impacts that change what is asked of someone.
_BARS = (Impact.RAISES_BAR, Impact.LOWERS_BAR)
#: Why a text that describes asks more, besides a sentence put in that asks something (``SENTENCE_PUT_IN``):
#: a sentence that only described is reworded so that it asks something.
SENTENCE_NOW_ASKS = "a sentence reworded so that it asks something"
#: ... or a sentence takes in a clause that opens with an activity it did not name.
ACTIVITY_PUT_IN = "a clause of a new activity put in"


def _sentences_put_in(sentences: Sequence[str]) -> str:
    """The reading of sentences put in that ask something, naming them: a
    reviewer sees which is the new demand, as "words added" names its words."""
    return Reading(SENTENCE_PUT_IN, tuple(("", sentence) for sentence in sentences))


class _Said:
    """Statements with their words of meaning, found by any of those words."""

    def __init__(self, statements: list[Placed]):
        self._meanings = [(p, meaning_words(p.text)) for p in statements]
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for k, (_p, meaning) in enumerate(self._meanings):
            for word in set(meaning):
                self._by_word[word].append(k)

    def saying(self, meaning: tuple[str, ...]) -> list[tuple[Placed, tuple[str, ...]]]:
        """The statements that have every word of ``meaning`` (a superset of
        those that say them in order): the fewest that have its rarest word."""
        rarest = min((self._by_word.get(word, []) for word in meaning), key=len)
        return [self._meanings[k] for k in rarest]


def _statement_words(items: Sequence[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(words(s.text) for s in items))


def _text_hashes(level: Level) -> frozenset[int]:
    """Hashes of a level's statements as written: cheap, and kept by no
    cache, for telling which levels say mostly the same."""
    return frozenset(hash(s.text) for c in level.cells for s in c.statements)


class _Differ:
    def __init__(self, old: Framework | None, new: Framework | None, levels_only: bool = False):
        self.old = old
        self.new = new
        self.framework_id = (new or old).id  # type: ignore[union-attr]
        self.changes: list[Change] = []
        self.levels_only = levels_only
        #: With ``levels_only``: the lower of the two levels compared.
        self.old_level_of_levels: str | None = None
        self.comp_map: dict[str, str] = {}
        self.dim_map: dict[str, str] = {}
        #: Every competency at every level, in both revisions, for following statements.
        self.cells: list[CellPair] = []
        new_levels = new.levels if new else ()
        self.level_index: dict[str, float] = {level.id: i for i, level in enumerate(new_levels)}
        #: Levels only in the new revision, and only in the old one (by their ids there).
        self.added_levels: set[str] = set()
        self.removed_levels: set[str] = set()
        #: A removed level whose id a level of the new revision now has
        #: (levels renumbered around it: L4 removed, L5 now L4) is followed
        #: under another key, not to be taken for that level; the changes
        #: name it by its id again (``add``).
        self._gone_keys: dict[str, str] = {}
        self.cumulative = bool(new.cumulative) if new is not None else True
        self._one_sided: tuple[list[Level], list[Level]] = ([], [])
        self._new_cells: dict[tuple[str, str | None], DocPath] | None = None
        #: The cells that say the texts of the statements added, removed or
        #: moved, in the old and in the new revision (_index_said), and the
        #: cells by level and competency.
        self._said_at: tuple[dict[str, list[CellPair]], dict[str, list[CellPair]]] = ({}, {})
        self._cell_keys: dict[tuple[str, str], list[CellPair]] = {}
        #: The organisations' names: the old revision's, and with the new one's (see _text_impact).
        self._brands: tuple[BrandNames, BrandNames] | None = None
        #: The statements of each revision whose text changed (reworded, split, merged, added or removed):
        #: where one that was cut ended up, or one added came from; with their words of meaning, and by them.
        self._changed: tuple[_Said, _Said] = (_Said([]), _Said([]))
        #: Each level of the new revision that both have, as it was in the old one (with
        #: ``levels_only``, the lower level of the two).
        self._old_levels: dict[str, Level] = {}
        #: The statements that went into a level added (old revision's paths), and those that came
        #: out of a level removed (new revision's): each is the statement it became, or was, there
        #: (_asked_as_much).
        self._one_sided_moves: tuple[set[DocPath], set[DocPath]] = (set(), set())
        #: Where ``cumulative`` changed: the statements each level asks for through the levels
        #: below it, in the old and the new revision, by (level, text path) (``_as_asked``), and
        #: how many of them the other revision writes out at the level, or says only below it.
        self._inherited: tuple[set[tuple[str, DocPath]], set[tuple[str, DocPath]]] = (set(), set())
        self._copies = 0
        #: The cells marked as not applying, in the old and the new revision, by (level, competency):
        #: where it does not apply, a level asks nothing of the levels below it.
        self._not_applicable: tuple[set[tuple[str, str]], set[tuple[str, str]]] = (set(), set())
        #: The levels whose title changed, old title to new (``run``): a reason a
        #: competency does not apply that names one follows it (``_follows_titles``).
        self._titles_renamed: dict[str, str] = {}
        #: Statements reworded in place that a clause was cut from, or joined to, as it
        #: moved between them (``_clause_moves``): how each is graded, and where the clause went.
        self._clause_moved: dict[Placed, tuple[tuple[Impact, Impact | None, tuple[str, ...]], Message]] = {}
        #: Statements added that took over a clause cut from a statement their level still asks
        #: (``_clauses_into_added``): how each is graded, and where the clause came from.
        #: None where the statement is graded as any added (at a level below the one the clause left).
        self._clause_taken_over: dict[Placed, tuple[tuple[Impact, Impact | None, tuple[str, ...]] | None, Message]] = {}
        #: Sentences put in a level's summary (by ``words_key``, by new level id) that say a clause cut
        #: from one of its statements no more strongly (``_clauses_into_summary``): no new ask.
        self._summary_restates: dict[str, set[str]] = defaultdict(set)
        #: Of those, by new level id, how the ones that say the clause more strongly raise the bar.
        self._summary_raises: dict[str, list[tuple[Impact, Impact | None, tuple[str, ...]]]] = defaultdict(list)

    def retitled(self) -> dict[str, tuple[str, str]]:
        """The levels that kept their id, paired with themselves, whose
        title changed: their old and new titles, by id (after ``run``). A
        level inserted that took the id of another (renumbered) is not one."""
        out = {}
        for new in self.new.levels if self.new else ():
            old = self._old_levels.get(new.id)
            if old is not None and old.id == new.id and old.title != new.title:
                out[new.id] = (old.title, new.title)
        return out

    # -- recording -----------------------------------------------------------

    def add(self, kind: Kind, impact: Impact, message: Message, **where: Any) -> None:
        for key, level_id in self._gone_keys.items():
            message = tuple(part.replace(key, level_id) if isinstance(part, str)
                            else dataclasses.replace(part, id=part.id.replace(key, level_id)) for part in message)
            if where.get("old_level") == key:
                where["old_level_removed"] = True  # its id names another level now: the formats say which
            for field in ("level", "old_level", "reaches"):
                if where.get(field) == key:
                    where[field] = level_id
        self.changes.append(Change(kind=kind, impact=impact, message="", framework=self.framework_id, parts=message,
                                   **where))

    # -- whole frameworks ----------------------------------------------------

    def run(self) -> list[Change]:
        old_competencies = self.old.competencies if self.old else ()
        new_competencies = self.new.competencies if self.new else ()
        if self.old and self.new:
            self.changes.extend(self._described(change) for change in metadata_changes(self.old, self.new))
        competencies = self._pair_competencies(old_competencies, new_competencies)
        dimensions = self._pair_dimensions()
        self._competency_changes(competencies)
        self._dimension_changes(dimensions)
        level_pairs = self._level_changes()
        self._titles_renamed = {o.title: n.title for o, n in level_pairs if o.title and n.title and o.title != n.title}
        for old_level, new_level in level_pairs:
            self._level_pair(old_level, new_level)
        self._one_sided_levels()
        toggled = self.old is not None and self.new is not None and self.old.cumulative != self.new.cumulative
        if toggled:
            self._as_asked()
        self._statement_changes()
        if toggled:
            self._cumulative_graded()
        return self._sorted()

    def _as_asked(self) -> None:
        """Where ``cumulative`` changed, compare what each level asks, not
        what it lists: a level of a cumulative revision asks for its own
        statements and those of every level below it; a level that stands
        alone only for its own. Each cell is given the statements it asks
        for on each side (those of the levels below first, a text it says
        itself once), and the levels are then compared as levels that stand
        alone: a statement written out at a level that asked for it through
        the levels below is no change."""
        assert self.old is not None and self.new is not None
        column: dict[str, list[CellPair]] = defaultdict(list)
        for cell in self.cells:
            column[cell.competency].append(cell)
        # A level that lists nothing of a competency both revisions have still asks, in a
        # cumulative revision, for what the levels below it list.
        positions = {cell.level: cell.position for cell in self.cells}
        for competency in set(self.comp_map.values()):
            listed = {cell.level for cell in column[competency]}
            for level_id, position in positions.items():
                if level_id not in listed:
                    self.cells.append(CellPair(level_id, competency, position))
                    column[competency].append(self.cells[-1])
        asked: dict[int, CellPair] = {}
        for cells in column.values():
            below: tuple[list[Statement], list[Statement]] = ([], [])
            for cell in sorted(cells, key=lambda c: c.position):
                sides: list[tuple[Statement, ...]] = []
                lists = ({normal(st.text) for st in cell.old}, {normal(st.text) for st in cell.new})
                for side, (own, through, framework) in enumerate(
                        ((cell.old, below[0], self.old), (cell.new, below[1], self.new))):
                    if not framework.cumulative or (cell.level, cell.competency) in self._not_applicable[side]:
                        sides.append(own)
                        continue
                    said = {normal(st.text) for st in own}
                    inherited = []
                    for st in through:  # once each: a level that repeats one below it asks for it once
                        if normal(st.text) not in said:
                            said.add(normal(st.text))
                            inherited.append(st)
                    self._inherited[side].update((cell.level, st.text_path) for st in inherited)
                    # Written out at the level by the other revision, or said only below it there.
                    self._copies += sum(normal(st.text) in lists[1 - side] for st in inherited)
                    sides.append((*inherited, *own))
                below[0].extend(cell.old)
                below[1].extend(cell.new)
                asked[id(cell)] = dataclasses.replace(cell, old=sides[0], new=sides[1])
        self.cells = [asked[id(cell)] for cell in self.cells]
        self.cumulative = False

    def _asked_below(self, lower: Level, higher: Level) -> None:
        """Two levels of a cumulative framework compared: ``lower`` asks for
        what the levels below it say too, so a statement ``higher`` repeats
        from one of them is nothing new at it. Each cell's lower side is
        given those statements (``_through_below``), to be followed as the
        lower level's own; only those ``higher`` repeats, so nothing else is
        read otherwise."""
        assert self.new is not None
        below = self.new.levels[:[level.id for level in self.new.levels].index(lower.id)]
        cells = []
        for cell in self.cells:
            repeated = {normal(st.text) for st in cell.new}
            said = {normal(st.text) for st in cell.old}
            inherited = []
            for level in below:
                for st in (s for c in level.cells if c.competency_id == cell.competency for s in c.statements):
                    if normal(st.text) in repeated and normal(st.text) not in said:
                        said.add(normal(st.text))
                        inherited.append(st)
            self._inherited[0].update((higher.id, st.text_path) for st in inherited)
            cells.append(dataclasses.replace(cell, old=(*inherited, *cell.old)) if inherited else cell)
        self.cells = cells

    def _through_below(self, level: str | None, path: DocPath | None, *, old: bool) -> bool:
        """Whether a statement a change names is one its level asks for
        through the levels below it (``_as_asked``), not one it lists."""
        return (level, path) in self._inherited[0 if old else 1]

    def _either_through_below(self, o: Placed, n: Placed) -> bool:
        """Whether either side of a pair of statements is one its level asks
        for through the levels below it (``_through_below``)."""
        return self._through_below(o.level, o.statement.text_path, old=True) \
            or self._through_below(n.level, n.statement.text_path, old=False)

    def _cumulative_graded(self) -> None:
        """``cumulative`` changed: structural where no level asks for more or
        less for it (the statements of the levels below written out at each
        level, or taken out where the levels below say them), else graded as
        the changes to what the levels ask that it brought."""
        brought = [c for c in self.changes if c.kind.value.startswith("statement") and (
            self._through_below(c.old_level or c.level, c.old_path, old=True)
            or self._through_below(c.level, c.new_path, old=False))]
        impacts = {i for c in brought for i in c.impacts}
        raised, lowered = Impact.RAISES_BAR in impacts, Impact.LOWERS_BAR in impacts
        impact = Impact.RAISES_BAR if raised else Impact.LOWERS_BAR if lowered else Impact.STRUCTURAL
        copies = self._copies
        note = (f" ({plural(copies, 'statement')} of the levels below written out at the levels that include them"
                if self.new is not None and not self.new.cumulative else
                f" ({plural(copies, 'copy', 'copies')} of what the levels below say taken out") if copies else ""
        if note:
            note += ": what each level asks is unchanged)" if not brought else ")"
        self.changes = [
            _with(c, impact=impact, also_impact=Impact.LOWERS_BAR if raised and lowered else None,
                  message=c.message + note)
            if c.kind is Kind.FRAMEWORK_CHANGED and c.field == "cumulative" else c
            for c in self.changes]

    def run_levels(self, lower: Level, higher: Level) -> list[Change]:
        assert self.new is not None
        self.comp_map = {c.id: c.id for c in self.new.competencies}
        self.dim_map = {d.id: d.id for d in self.new.dimensions}
        self.old_level_of_levels = lower.id
        self._level_pair(lower, higher)
        if self.new.cumulative:
            self._asked_below(lower, higher)
        self._statement_changes(revisions=False)
        # Every record compares `higher` with `lower`; say so, in the fingerprint too.
        self.changes = [_with(change, old_level=lower.id) for change in self.changes]
        return self._sorted()

    def _described(self, change: Change) -> Change:
        """A change of the framework's metadata, its description graded as a
        competency's is (``_remark_impact``): it holds at every level, so a
        demand written into it asks something of everyone on the ladder."""
        if (change.field or "").startswith(FIELD_PREFIX):
            return self._definition_changed(change)
        if change.field != "description":
            return change
        before, after = (value if isinstance(value, str) else None for value in (change.old, change.new))
        impact, also, reasons = self._remark_impact(before, after)
        everywhere = ", which holds at every level" if impact in _BARS else ""
        return _with(change, impact=impact, also_impact=also, reasons=reasons, message=change.message + everywhere)

    def _definition_changed(self, change: Change) -> Change:
        """A glossary definition changed: a statement that marks the term
        with a star asks for what the definition says, so where statements
        mark it, the definition is graded as their words would be (a
        definition given to a term marked already, or taken from one, as a
        statement's examples added or removed are): a definition taken away,
        or one whose term only the old statements mark, against the old
        revision's statements, which asked for it. Where no statement marks
        it, the definition is graded as the metadata it is where the
        framework's texts use the term unmarked ("the on-call rota": what
        they ask is what the term means); a term no text uses asks nothing
        of anyone: structural, or editorial where its meaning is kept."""
        assert self.old is not None and self.new is not None
        term = str(change.field)[len(FIELD_PREFIX):]
        marking = marking_revision(self.old, self.new, term, removed=change.new is None)
        levels = levels_marking(marking, term)
        if not levels:
            used = named_anywhere(self.new, term) or named_anywhere(self.old, term)
            return _with(change, impact=Impact.STRUCTURAL) if change.impact in _BARS and not used else change
        before, after = (value if isinstance(value, str) else None for value in (change.old, change.new))
        if before is not None and after is not None:
            impact, also = self._text_impacts(before, after)
        else:
            # Given to a term marked already, or taken from one: as a note added or removed.
            definition = after if after is not None else before
            if definition is None:
                return change
            asked = [s.text for _level, _cell, s in marking.statements() if term in self._marks(s.text, marking)]
            applies = self._definition_asks(definition, asked)
            impact = (Impact.LOWERS_BAR if after is None else Impact.RAISES_BAR) if applies else change.impact
            also = None
        marked = f" (a term marked with * at {', '.join(levels)})" if impact in _BARS else ""
        return _with(change, impact=impact, also_impact=also, message=change.message + marked)

    @staticmethod
    def _marks(text: str, framework: Framework) -> dict[str, str]:
        return marked_terms(text, framework.glossary)

    def _definition_asks(self, definition: str, asked: Sequence[str]) -> bool:
        """Whether a definition asks more of a statement that marks its term
        than the statement's own words (``asked``): as a note or an example
        added would, it sets a bar or says what the people do."""
        return self._remark_impact(None, definition, asked)[0] is Impact.RAISES_BAR

    def _marking_impacts(self, old: str, new: str) -> tuple[Impact, Impact] | None:
        """What a statement reworded to mark a glossary term, or to mark it
        no longer, asks: the definition now applies to it (raises-bar where
        it asks more than the statement's words), or no longer does
        (lowers-bar where it asked more); as (raised, lowered), or None where
        no definition came or went. A definition reworded is the glossary's
        own change (``_definition_changed``)."""
        if self.old is None or self.new is None or "*" not in old + new:
            return None
        before, after = self._marks(old, self.old), self._marks(new, self.new)
        came = [d for term, d in after.items() if term not in before]
        went = [d for term, d in before.items() if term not in after]
        raised = any(self._definition_asks(d, [new]) for d in came)
        lowered = any(self._definition_asks(d, [old]) for d in went)
        if not (raised or lowered):
            return None
        return (Impact.RAISES_BAR if raised else Impact.EDITORIAL), (Impact.LOWERS_BAR if lowered else Impact.EDITORIAL)

    # -- competencies and dimensions -----------------------------------------

    def _pair_competencies(
        self, old: Sequence[Competency], new: Sequence[Competency]
    ) -> Any:
        statements: dict[int, dict[str, list[Any]]] = {}
        side = {id(c): self.old for c in old} | {id(c): self.new for c in new}

        def content(competency: Competency) -> tuple[Any, ...]:
            # Only competencies left without a partner by id are looked at.
            framework = side[id(competency)]
            if framework is None:
                return ()
            by_competency = statements.get(id(framework))
            if by_competency is None:
                by_competency = statements[id(framework)] = {}
                for _level, cell, statement in framework.statements():
                    by_competency.setdefault(cell.competency_id, []).append(statement)
            return _statement_words(by_competency.get(competency.id, ()))

        pairing = pair_by_id(
            old,
            new,
            id_of=lambda c: c.id,
            renamed_from=lambda c: c.renamed_from,
            content_of=content,
            name_of=lambda c: words(c.name),
            overlaps=self._shared_statements,
        )
        self._pair_in_slot(old, new, pairing)
        self.comp_map = {o.id: n.id for o, n, _how in pairing.pairs}
        return pairing

    def _pair_in_slot(self, old: Sequence[Competency], new: Sequence[Competency], pairing: Any) -> None:
        """Pair a competency left over with the one left over in its place
        (the same place in the list, between the same neighbours) where at
        least half of its statements are followed into it, level by level,
        as rewordings in one cell are (renamed where it stands, and its
        statements reworded): a competency that only took another's place
        asks for other things and stays removed and added."""
        if self.old is None or self.new is None or len(old) != len(new):
            return
        left_old, left_new = {id(c) for c in pairing.removed}, {id(c) for c in pairing.added}
        partner = {id(o): id(n) for o, n, _how in pairing.pairs}

        def kept(k: int) -> bool:
            # The end of the list, a competency paired in its place, or another slot of one left over each side.
            return not 0 <= k < len(old) or partner.get(id(old[k])) == id(new[k]) \
                or id(old[k]) in left_old and id(new[k]) in left_new

        def cells_of(framework: Framework, competency: Competency) -> dict[str, tuple[Statement, ...]]:
            return {level.id: tuple(cell.statements) for level in framework.levels for cell in level.cells
                    if cell.competency_id == competency.id and cell.statements}

        for k, (o, n) in enumerate(zip(old, new)):
            if id(o) not in left_old or id(n) not in left_new or not (kept(k - 1) and kept(k + 1)):
                continue
            before, after = cells_of(self.old, o), cells_of(self.new, n)
            count = sum(len(statements) for statements in before.values())
            if not count:
                continue
            cells = [CellPair(level, "\0slot", position, before[level], after[level])
                     for position, level in enumerate(before) if level in after]
            # A cell that did not change is skipped by the pairing: all of it is followed.
            followed = sum(len(c.old) for c in cells if [s.text for s in c.old] == [s.text for s in c.new])
            followed += len(pair_statements(cells, revisions=False).pairs) if cells else 0
            if 2 * followed >= count:
                pairing.pairs.append((o, n, "slot"))
                pairing.removed = [c for c in pairing.removed if c is not o]
                pairing.added = [c for c in pairing.added if c is not n]
        order = {id(c): i for i, c in enumerate(new)}
        pairing.pairs.sort(key=lambda pair: order[id(pair[1])])

    def _shared_statements(
        self, old: Sequence[Any], new: Sequence[Any], *, by_level: bool = False
    ) -> dict[tuple[int, int], float]:
        """How much of their statements each left-over new and old item (all
        competencies, or with ``by_level`` all levels) share, each pair on
        its own: the most statements of one that the differ could follow,
        one to one, into the other as statements moved (the same words, or
        reworded and still much alike), of the larger one's statements. So
        a competency or a level renamed as its statements were lightly
        reworded still shares them."""
        cells: list[CellPair] = []
        sizes: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
        index: dict[str, int] = {}
        for side, (framework, items) in enumerate(((self.old, old), (self.new, new))):
            # A tag per item and side: an old and a new item never share a cell.
            tags: dict[str, str] = {}
            for k, item in enumerate(items):
                if item.id not in tags:  # of two with one id, the first
                    tags[item.id] = f"{side} {k}"
                    index[tags[item.id]] = k
            for position, level in enumerate(framework.levels if framework else ()):
                for cell in level.cells:
                    tag = tags.get(level.id if by_level else cell.competency_id)
                    if tag is None or not cell.statements:
                        continue
                    sizes[side][tag] += len(cell.statements)
                    statements = {"new" if side else "old": cell.statements}
                    if by_level:
                        competency = self.comp_map.get(cell.competency_id, cell.competency_id) if side == 0 \
                            else cell.competency_id
                        cells.append(CellPair(tag, competency, position, **statements))
                    else:
                        cells.append(CellPair(level.id, tag, position, **statements))
        if not sizes[0] or not sizes[1]:
            return {}
        edges: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
        for o, n in statements_alike(cells):
            owners = (o.level, n.level) if by_level else (o.competency, n.competency)
            edges[owners].append((n.order, o.order, 1))
        return {
            (index[n_tag], index[o_tag]): len(max_weight_matching(found)) / max(sizes[0][o_tag], sizes[1][n_tag])
            for (o_tag, n_tag), found in edges.items()
        }

    def _pair_dimensions(self) -> Any:
        old = self.old.dimensions if self.old else ()
        new = self.new.dimensions if self.new else ()
        content: dict[int, frozenset[Hashable]] = {}
        for d in old:
            content[id(d)] = frozenset(self.comp_map.get(c.id, "\0" + c.id) for c in d.competencies)
        for d in new:
            content[id(d)] = frozenset(c.id for c in d.competencies)
        pairing = pair_by_id(
            old,
            new,
            id_of=lambda d: d.id,
            renamed_from=lambda d: d.renamed_from,
            content_of=lambda d: content[id(d)],
            name_of=lambda d: words(d.name),
            # A dimension renamed while it gained or lost a competency keeps most of them.
            parts_of=lambda d: content[id(d)],
        )
        self.dim_map = {o.id: n.id for o, n, _how in pairing.pairs}
        return pairing

    def _paired(self, noun: Literal["level", "competency", "dimension"], kind: Kind, old: Any, new: Any, label: str,
                graded: tuple[Impact, str] | None = None, **where: Any) -> None:
        """A paired item's new id, new name (or title), and new description;
        ``graded``: the impact of its new name, and why, where it moves a bar
        (``_title_moved``)."""
        before, after = getattr(old, label), getattr(new, label)
        if old.id != new.id:
            # A rename says both ids, and a name renamed says its values: as they are, not named.
            # Of a bar moved by the new title, both parts have its impact, as one rename.
            moves = graded is not None and before != after
            self.add(kind, graded[0] if graded is not None and moves else Impact.STRUCTURAL,
                     said(f"{noun} '{old.id}' is now '{new.id}'"), field="id", old=old.id, new=new.id, **where)
        if before != after:
            impact = _name_impact(before, after) if graded is None else graded[0]
            reasons: tuple[str, ...] = () if graded is None else (graded[1],)
            if old.id != new.id:
                # Renamed in its id too: one rename for a reader (counted once, see
                # changes.renamed_ids), as strong as its stronger part.
                impact = Impact.strongest(impact, Impact.STRUCTURAL)
            # A level whose id is a key written from words is known by its title alone
            # (changes.id_is_a_code), unless another level has that title too.
            renamed = f"{noun} '{before}' renamed to '{after}'" if noun == "level" and old.id == new.id \
                and not id_is_a_code(new.id) and not {before, after} & self._shared_titles() \
                else f"{noun} '{new.id}' renamed from '{before}' to '{after}'"
            self.add(kind, impact, said(renamed), field=label, old=before, new=after, reasons=reasons, **where)
        # A level's description is compared with its summary (``_level_pair``), in levels mode too.
        before, after = (None, None) if noun == "level" else (old.description, new.description)
        if _changed(before, after):
            # A competency's description holds at every level that has the
            # competency, a dimension's at every level that has one of its competencies.
            impact, also, reasons = self._remark_impact(
                before, after, competency=new.name if noun == "competency" else None)
            everywhere = ", which holds at every level that has it" if impact in _BARS else ""
            self.add(Kind.SUMMARY_CHANGED, impact, said("description of ", Named(noun, new.id), f" changed{everywhere}"),
                     field="description", old=before, new=after, also_impact=also, reasons=reasons, **where)

    def _competency_changes(self, pairing: Any) -> None:
        for old, new, _how in pairing.pairs:
            where = dict(competency=new.id, dimension=new.dimension_id, old_path=old.path, new_path=new.path)
            self._paired("competency", Kind.COMPETENCY_RENAMED, old, new, "name", **where)
            moved_from = self.dim_map.get(old.dimension_id)
            if moved_from != new.dimension_id:
                self.add(
                    Kind.COMPETENCY_MOVED, Impact.STRUCTURAL,
                    said(Named("competency", new.id), " moved from ", Named("dimension", old.dimension_id), " to ",
                         Named("dimension", new.dimension_id, noun=False)),
                    field="dimension", old=old.dimension_id, new=new.dimension_id, **where,
                )
        stayed = [(old, new) for old, new, _how in pairing.pairs if self.dim_map.get(old.dimension_id) == new.dimension_id]
        for dimension in self.new.dimensions if self.new else ():
            inside = [(old, new) for old, new in stayed if new.dimension_id == dimension.id]
            self._reordered(
                Kind.COMPETENCY_REORDERED, Impact.EDITORIAL, said("competencies of ", Named("dimension", dimension.id)),
                [(old.path[-1], new.path[-1], new.id, new.path) for old, new in inside], dimension=dimension.id,
            )
        for new in pairing.added:
            self.add(
                Kind.COMPETENCY_ADDED, Impact.STRUCTURAL, said(Named("competency", new.id, name=new.name), " added"),
                competency=new.id, dimension=new.dimension_id, new=new.name, new_path=new.path,
            )
        for old in pairing.removed:
            self.add(
                Kind.COMPETENCY_REMOVED, Impact.STRUCTURAL,
                said(Named("competency", old.id, name=old.name), " removed"),
                competency=old.id, dimension=old.dimension_id, old=old.name, old_path=old.path,
                new_path=self._new_dimension_path(old.dimension_id),
            )

    def _dimension_changes(self, pairing: Any) -> None:
        for old, new, _how in pairing.pairs:
            self._paired("dimension", Kind.DIMENSION_RENAMED, old, new, "name",
                         dimension=new.id, old_path=old.path, new_path=new.path)
        self._reordered(
            Kind.DIMENSION_REORDERED, Impact.EDITORIAL, said("the dimensions"),
            [(old.path[-1], new.path[-1], new.id, new.path) for old, new, _how in pairing.pairs],
        )
        for new in pairing.added:
            self.add(
                Kind.DIMENSION_ADDED, Impact.STRUCTURAL, said(Named("dimension", new.id, name=new.name), " added"),
                dimension=new.id, new=new.name, new_path=new.path,
            )
        for old in pairing.removed:
            self.add(
                Kind.DIMENSION_REMOVED, Impact.STRUCTURAL, said(Named("dimension", old.id, name=old.name), " removed"),
                dimension=old.id, old=old.name, old_path=old.path, new_path=("dimensions",),
            )

    def _reordered(
        self, kind: Kind, impact: Impact, what: Message, places: list[tuple[int, int, str, DocPath]], **where: Any
    ) -> None:
        """One change where the items kept on both sides are listed in a new
        order (``places``: each one's old and new position, its name and its
        path): ``old`` and ``new`` list them in both orders, the message names
        the fewest that moved, and the change points at the first of them.
        Editorial: the order of a competency's statements, of a dimension's
        competencies or of the dimensions
        changes how the framework reads, not what it asks of anyone (unlike
        the order of the levels)."""
        by_new = sorted(places, key=lambda place: place[1])
        old = [place[2] for place in sorted(places)]
        new = [place[2] for place in by_new]
        moved = moved_in_order(old, new)
        if moved:
            moves = ", ".join(f"'{name}' moved {'up' if after < before else 'down'}" for name, before, after in moved)
            # The items moved are said as written: a statement's text, an id.
            self.add(kind, impact, (*what, NEW_ORDER + moves), field="order", old=old, new=new,
                     new_path=by_new[moved[0][2] - 1][3], **where)

    def _new_dimension_path(self, old_dimension_id: str) -> DocPath:
        new_id = self.dim_map.get(old_dimension_id)
        for dimension in self.new.dimensions if self.new else ():
            if dimension.id == new_id:
                return dimension.path
        return ("dimensions",)

    # -- levels --------------------------------------------------------------

    def _level_changes(self) -> list[tuple[Level, Level]]:
        old = self.old.levels if self.old else ()
        new = self.new.levels if self.new else ()
        pairing = pair_by_id(
            old,
            new,
            id_of=lambda lv: lv.id,
            renamed_from=lambda lv: lv.renamed_from,
            content_of=lambda lv: _statement_words([s for c in lv.cells for s in c.statements]),
            name_of=lambda lv: words(lv.title),
            overlaps=lambda o, n: self._shared_statements(o, n, by_level=True),
            renumbered=_text_hashes,
        )
        pairs = [(o, n) for o, n, _how in pairing.pairs]
        old_index = {id(o): i for i, o in enumerate(old)}
        new_index = {id(n): i for i, n in enumerate(new)}
        for o, n in pairs:
            where = dict(level=n.id, old_path=o.path, new_path=n.path)
            moved = _title_moved(o, n, new_index[id(n)] - old_index[id(o)])
            self._paired("level", Kind.LEVEL_RENAMED, o, n, "title", graded=moved, **where)
            if o.rank != n.rank:
                self.add(
                    Kind.LEVEL_REORDERED, Impact.STRUCTURAL,
                    said("rank of ", level_named(n.id), f" changed from {o.rank} to {n.rank}"),
                    field="rank", old=o.rank, new=n.rank, **where,
                )
        by_old_order = sorted(pairs, key=lambda p: old_index[id(p[0])])
        kept = longest_increasing([new_index[id(n)] for _o, n in by_old_order])
        for (o, n), stays in zip(by_old_order, kept):
            if not stays:
                self.add(
                    Kind.LEVEL_REORDERED, Impact.STRUCTURAL,
                    said(level_named(n.id),
                         f" moved from position {old_index[id(o)] + 1} to {new_index[id(n)] + 1} in the ladder"),
                    level=n.id, field="position", old=old_index[id(o)] + 1, new=new_index[id(n)] + 1,
                    old_path=o.path, new_path=n.path,
                )
        if not all(kept) and self.cumulative and self.old is not None and self.old.cumulative:
            self._levels_reordered_below([(o, n) for o, n in pairs], old_index, new_index)
        self.added_levels = {n.id for n in pairing.added}
        taken = {level.id for level in new}
        self._gone_keys = {gone_key(o.id): o.id for o in pairing.removed if o.id in taken}
        self.removed_levels = {self._key(o) for o in pairing.removed}
        self._one_sided = (list(pairing.removed), list(pairing.added))
        # A removed level sits in the ladder just above the nearest kept level
        # below it; below them all when there is none.
        kept_below = -1.0
        paired_new = {id(o): new_index[id(n)] for o, n in pairs}
        for o in old:
            if id(o) in paired_new:
                kept_below = paired_new[id(o)]
            elif self._key(o) not in self.level_index:
                self.level_index[self._key(o)] = kept_below + 0.5
        for n in pairing.added:
            count = sum(len(c.statements) for c in n.cells)
            self.add(
                Kind.LEVEL_ADDED, Impact.STRUCTURAL,
                said(level_named(n.id, n.title), f" added with {count} statements"),
                level=n.id, new=n.title, new_path=n.path,
            )
        # A removed level is shown at the nearest level still there: the one
        # that followed it, or the one before it if it was the last.
        still_there = [(old_index[id(o)], n.path) for o, n in by_old_order]
        for o in pairing.removed:
            self.add(
                # The people on it lose their level, and what it asked of them:
                # both bars (``REMOVED_IMPACTS``), for a gate on either.
                Kind.LEVEL_REMOVED, REMOVED_IMPACTS[0],
                said(level_named(o.id, o.title, removed=True), " removed: the people on it lose their level"),
                level=o.id, old=o.title, old_path=o.path, also_impact=REMOVED_IMPACTS[1],
                new_path=_next_or_previous(still_there, old_index[id(o)]) or ("levels",),
            )
        return sorted(pairs, key=lambda p: new_index[id(p[1])])

    def _levels_reordered_below(self, pairs: list[tuple[Level, Level]], old_index: dict[int, int],
                                new_index: dict[int, int]) -> None:
        """Levels moved in a cumulative ladder: each level includes the ones
        below it, so a level that now has another below it asks for that
        one's statements too (unless it, or a level that was below it
        already, asked for them), and one that no longer has a level below it
        no longer asks for that one's statements (unless it, or a level still
        below it, does)."""
        def texts_of(levels: Iterable[Level]) -> set[str]:
            return {normal(st.text) for lv in levels for c in lv.cells for st in c.statements}

        def not_asked(levels: Iterable[Level], asked: set[str]) -> Iterator[tuple[Level, Cell, Statement]]:
            """The statements of ``levels`` that ``asked`` does not hold (placeholders aside)."""
            for level in levels:
                for cell in level.cells:
                    for st in cell.statements:
                        if normal(st.text) not in asked and not _asks_nothing_yet(st.text):
                            yield level, cell, st

        for o, n in pairs:
            old_below = [p for p in pairs if old_index[id(p[0])] < old_index[id(o)]]
            new_below = [p for p in pairs if new_index[id(p[1])] < new_index[id(n)]]
            asked_before = texts_of([o, *(p[0] for p in old_below)])
            asked_now = texts_of([n, *(p[1] for p in new_below)])
            where = dict(level=n.id, field="position", new_path=n.path)
            now_below = [p[1] for p in new_below if p not in old_below]
            for below, cell, st in not_asked(now_below, asked_before):
                self.add(
                    Kind.STATEMENT_ADDED, Impact.RAISES_BAR,
                    said("statement of ", _in(cell.competency_id), " at ", level_named(below.id), ", now below ",
                         level_named(n.id), ", which now asks for it too (levels are cumulative)"),
                    competency=cell.competency_id, new=st.text, old_level=below.id, **where,
                )
            no_longer_below = [p[0] for p in old_below if p not in new_below]
            for above, cell, st in not_asked(no_longer_below, asked_now):
                self.add(
                    Kind.STATEMENT_REMOVED, Impact.LOWERS_BAR,
                    said("statement of ", _in(cell.competency_id), " at ", level_named(above.id), ", no longer below ",
                         level_named(n.id), ", which no longer asks for it (levels are cumulative)"),
                    competency=self.comp_map.get(cell.competency_id, cell.competency_id), old=st.text,
                    old_level=above.id, **where,
                )

    def _level_pair(self, old: Level, new: Level) -> None:
        """Summaries, cells and statements of one level in both revisions."""
        self._old_levels[new.id] = old
        if _changed(old.summary, new.summary):
            impact, also, reasons = self._summary_impact(old.summary, new.summary, old, new)
            self.add(
                Kind.SUMMARY_CHANGED, impact,
                said("summary of ", level_named(new.id), " changed"),
                level=new.id, field="summary", old=old.summary, new=new.summary, also_impact=also, reasons=reasons,
                old_path=old.path + ("summary",), new_path=new.path + (("summary",) if new.summary else ()),
            )
        if _changed(old.description, new.description):
            # Read as a competency's description is: it explains the level without being an expectation,
            # but a sentence put in that sets a bar the level's statements do not ("at least 5 years of
            # experience", "must ...") asks more.
            asked = [s.text for level in (old, new) for cell in level.cells for s in cell.statements]
            # Between two levels (``levels_only``) a level's description differs from the one below's by nature:
            # told as a new description, not as a bar moved.
            impact, also, reasons = self._remark_impact(old.description, new.description, asked, old,
                                                        of_the_level=not self.levels_only)
            self.add(
                Kind.SUMMARY_CHANGED, impact,
                said("description of ", level_named(new.id), " changed"),
                level=new.id, field="description", old=old.description, new=new.description, also_impact=also,
                reasons=reasons, old_path=old.path + ("description",),
                new_path=new.path + (("description",) if new.description else ()),
            )
        old_intros = {self.dim_map.get(k, k): (k, v) for k, v in old.dimension_summaries.items()}
        for dimension_id in _union(old_intros, new.dimension_summaries):
            old_key, before = old_intros.get(dimension_id, (dimension_id, None))
            after = new.dimension_summaries.get(dimension_id)
            if _changed(before, after):
                impact, also, reasons = self._summary_impact(before, after, old, new)
                self.add(
                    Kind.SUMMARY_CHANGED, impact,
                    said("introduction of ", Named("dimension", dimension_id), " at ", level_named(new.id), " changed"),
                    level=new.id, dimension=dimension_id, field="summary", old=before, new=after, also_impact=also,
                    reasons=reasons,
                    old_path=old.path + ("dimensions", old_key),
                    new_path=new.path + (("dimensions", dimension_id) if after is not None else ()),
                )
        old_cells = {self.comp_map.get(c.competency_id, c.competency_id): c for c in old.cells}
        new_cells = {c.competency_id: c for c in new.cells}
        position = self.level_index.get(new.id, 0)
        for competency_id in _union(old_cells, new_cells):
            old_cell, new_cell = old_cells.get(competency_id), new_cells.get(competency_id)
            self._cell_pair(new, old_cell, new_cell, competency_id, old)
            self.cells.append(CellPair(
                new.id, competency_id, position,
                old_cell.statements if old_cell else (), new_cell.statements if new_cell else (),
            ))

    def _level_left(self, level: str) -> Message:
        """The level a statement left, in a message: a removed level whose id
        a level of the new revision has now (``_gone_keys``) is said to be
        removed, with its own title, not to be taken for that level."""
        if level not in self._gone_keys:
            return (level_named(level),)
        title = next((lv.title for lv in self.old.levels if lv.id == self._gone_keys[level]), None) if self.old else None
        return ("removed ", level_named(level, title, removed=True))

    def _key(self, removed: Level) -> str:
        """The key a removed level is followed by: its id, unless a level of
        the new revision has it now."""
        key = gone_key(removed.id)
        return key if key in self._gone_keys else removed.id

    def _one_sided_levels(self) -> None:
        """Statements of a removed or added level, which may have moved from or to another level."""
        removed, added = self._one_sided
        for level in removed:
            key = self._key(level)
            for cell in level.cells:
                competency = self.comp_map.get(cell.competency_id, cell.competency_id)
                self.cells.append(CellPair(key, competency, self.level_index[key], old=cell.statements))
        for level in added:
            for cell in level.cells:
                self.cells.append(CellPair(level.id, cell.competency_id, self.level_index[level.id], new=cell.statements))

    def _follows_titles(self, before: str, after: str) -> bool:
        """Whether a reason a competency does not apply changed only in the
        titles of levels retitled in this diff that it names."""
        if not self._titles_renamed:
            return False
        titles = sorted(self._titles_renamed, key=len, reverse=True)  # "Senior Engineer 12" before "... 1"
        named = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in titles) + r")(?!\w)")
        retitled = named.sub(lambda found: self._titles_renamed[found.group()], before)
        return retitled != before and normal(retitled) == normal(after)

    def _cell_pair(self, level: Level, old: Cell | None, new: Cell | None, competency_id: str,
                   old_level: Level) -> None:
        new_anchor = new.path if new else level.path + ("competencies",)
        where = dict(level=level.id, competency=competency_id, new_path=new_anchor, old_path=old.path if old else None)
        before_na = old.not_applicable if old else None
        after_na = new.not_applicable if new else None
        for side, reason in enumerate((before_na, after_na)):
            if reason is not None:
                self._not_applicable[side].add((level.id, competency_id))
        if after_na is not None and self.levels_only and self.cumulative \
                and self.new is not None and self.new.still_holds(old_level.id, competency_id) is not None:
            # A level of a cumulative framework whose competency is not_applicable above statements below
            # it adds nothing to them, and they still hold there (LL401's reading): as a level with no entry.
            self._not_applicable[1].discard((level.id, competency_id))
            return
        if before_na != after_na:
                # A cell that holds only placeholders ("TODO: something here?") asks nothing yet: a competency that
            # starts to apply with one is structural, as with none.
            had = bool(old and any(not _asks_nothing_yet(st.text) for st in old.statements))
            has = bool(new and any(not _asks_nothing_yet(st.text) for st in new.statements))
            impact: Impact | None
            # Above a cumulative ladder's statements the mark says the level adds nothing new: what the
            # level below expects still holds there (``Framework.still_holds``), not "does not apply".
            holder = self.new.still_holds(level.id, competency_id) \
                if before_na is None and self.new is not None else None
            if before_na is None and old is None:
                # A competency new at this level (or new in this version) that
                # does not apply here: nothing is taken from anyone.
                impact = Impact.STRUCTURAL
                message = said(_in(competency_id), " does not apply at ", level_named(level.id)) \
                    if holder is None else \
                    said(_in(competency_id), " adds nothing new at ", level_named(level.id), ": what ",
                         level_named(holder.id), " expects still holds (levels are cumulative)")
            elif before_na is None:
                impact = Impact.LOWERS_BAR if had else Impact.STRUCTURAL
                message = said(_in(competency_id), " no longer applies at ", level_named(level.id)) \
                    if holder is None else \
                    said(_in(competency_id), " adds nothing new at ", level_named(level.id), " any more: what ",
                         level_named(holder.id), " expects still holds (levels are cumulative)")
            elif after_na is None:
                impact = Impact.RAISES_BAR if has else Impact.STRUCTURAL
                message = said(_in(competency_id), " now applies at ", level_named(level.id)) if new is not None else \
                    said(_in(competency_id), " is no longer marked as not applying at ", level_named(level.id),
                         ", which does not describe it")
            elif self._follows_titles(before_na, after_na):
                # "Initiative starts at Senior Engineer 1" -> "... I" (as `import` writes it): the
                # level it names was retitled, and that rename says it.
                impact, message = None, said()
            else:
                # Why nothing is asked here: however it is reworded, nothing more or less is
                # asked, and nothing moves, so commit by commit and over a release it is one grade.
                impact = Impact.EDITORIAL
                # "the reason why": not "reason 'Team leadership'", read as a reason so named.
                message = said("the reason why ", _in(competency_id), " does not apply at ", level_named(level.id),
                               " changed")
            if impact is not None:
                self.add(Kind.NOT_APPLICABLE_CHANGED, impact, message, field="not_applicable",
                         old=before_na, new=after_na, **where)
        before_p = old.proficiency if old else None
        after_p = new.proficiency if new else None
        # Of two levels, a higher one that states no proficiency says nothing of it: not a lower one.
        if before_p != after_p and not (self.levels_only and after_p is None):
            self.add(
                Kind.PROFICIENCY_CHANGED, self._proficiency_impact(before_p, after_p),
                said("proficiency for ", _in(competency_id), " at ", level_named(level.id),
                     f" changed from {before_p} to {after_p}"),
                field="proficiency", old=before_p, new=after_p, **where,
            )
        elif before_p is not None and before_p == after_p:
            self._proficiency_placed(before_p, competency_id, level, where)
        before_note = old.note if old else None
        after_note = new.note if new else None
        if before_note != after_note:
            # What the cell's statements ask is no new demand of its note ("every day", said of the same work).
            asked = [s.text for cell in (old, new) if cell for s in cell.statements]
            impact, also, reasons = self._remark_impact(before_note, after_note, asked, old_level)
            self.add(
                Kind.SUMMARY_CHANGED, impact,
                said("note on ", _in(competency_id), " at ", level_named(level.id), " changed"),
                field="note", old=before_note, new=after_note, also_impact=also, reasons=reasons, **where,
            )

    def _proficiency_placed(self, proficiency: str, competency_id: str, level: Level, where: dict[str, Any]) -> None:
        """A cell's proficiency kept while the scale was reordered around it:
        where it now stands higher among the entries both scales name, more
        is asked of it, as if it had been raised. A rung added or taken out
        elsewhere changes no kept entry's meaning."""
        places = places_among_kept(self.old, self.new, proficiency)
        moved = scale_moved(*places) if places is not None else 0
        if not moved:
            return
        up = moved > 0
        before, after = scale_place(self.old, proficiency), scale_place(self.new, proficiency)
        assert before is not None and after is not None  # both scales name it (places_among_kept)
        self.add(
            Kind.PROFICIENCY_CHANGED, Impact.RAISES_BAR if up else Impact.LOWERS_BAR,
            said("proficiency for ", _in(competency_id), " at ", level_named(level.id),
                 f" {proficiency} now stands {'higher' if up else 'lower'} on the proficiency scale",
                 f" ({_nth(after)}, was {_nth(before)})"),
            field="proficiency", old=proficiency, new=proficiency, **where,
        )

    def _proficiency_impact(self, old: str | None, new: str | None) -> Impact:
        if old is None:
            return Impact.RAISES_BAR
        if new is None:
            return Impact.LOWERS_BAR
        # Each by its place on its own revision's scale: a scale reordered or cut moves it too.
        before, after = scale_place(self.old, old), scale_place(self.new, new)
        if before is not None and after is not None:
            moved = scale_moved(before, after)
            scales = [framework.proficiency_scale if framework else () for framework in (self.old, self.new)]
            if not moved and old not in scales[1] and new not in scales[0]:
                # The scale's entry renamed in its place: a word that names less ("working" -> "exposure") asks
                # less, as the cell keeps its rank; entries put in another order are read by their places.
                moved = _proficiency_word_moved(old, new)
            # Renamed in its place on the scale ("practitioner" -> "proficient"): as the scale's entry.
            return Impact.RAISES_BAR if moved > 0 else Impact.LOWERS_BAR if moved < 0 else Impact.STRUCTURAL
        for framework in (self.new, self.old):
            scale = framework.proficiency_scale if framework else ()
            if old in scale and new in scale:
                return Impact.RAISES_BAR if scale.index(new) > scale.index(old) else Impact.LOWERS_BAR
        # Two proficiencies no declared scale orders: assume more may be asked.
        return Impact.RAISES_BAR

    # -- statements ----------------------------------------------------------

    def _statement_changes(self, revisions: bool = True) -> None:
        pairing = pair_statements(self.cells, revisions=revisions)
        if self.levels_only and not self.cumulative:
            self._pair_restated(pairing)
        moved = [p for o, n, _ in pairing.pairs if o.level != n.level for p in (o, n)]
        self._index_said([*pairing.added, *pairing.removed, *moved])
        self._changed = (
            _Said([o for o, n, _ in pairing.pairs if o.text != n.text] + [o for o, _parts in pairing.splits]
                  + [o for olds, _n in pairing.merges for o in olds] + list(pairing.removed)),
            _Said([n for o, n, _ in pairing.pairs if o.text != n.text] + [n for _o, parts in pairing.splits for n in parts]
                  + [n for _olds, n in pairing.merges] + list(pairing.added)),
        )
        groups = [((o,), (n,)) for o, n, _ in pairing.pairs] + [((o,), parts) for o, parts in pairing.splits] \
            + [(olds, (n,)) for olds, n in pairing.merges]
        for olds, news in groups:
            if any(n.level in self.added_levels for n in news):
                self._one_sided_moves[0].update(o.statement.path for o in olds)
            if any(o.level in self.removed_levels for o in olds):
                self._one_sided_moves[1].update(n.statement.path for n in news)
        if not self.levels_only:
            self._clause_moves([(o, n) for o, n, _ in pairing.pairs if o.cell == n.cell and o.text != n.text],
                               [n for n in pairing.added if n.level not in self.added_levels])
        self._applies_by_moves(pairing)
        for o, n, _how in pairing.pairs:
            self._statement_pair(o, n)
        if revisions:
            self._statements_reordered(pairing.pairs)
        for o, parts in pairing.splits:
            self._split(o, parts)
        for olds, n in pairing.merges:
            self._merge(olds, n)
        for n in pairing.added:
            if n.level in self.added_levels:
                self._with_level_added(n)  # part of the level that was added
                continue
            there = self._in_summary(n, into=False)
            if there is not None:
                impact, also = self._moved_wording(there, n.text)
                self.add(
                    Kind.STATEMENT_ADDED, impact,
                    said("statement of ", _in(n.competency), " at ", level_named(n.level),
                         " moved out of the level's summary", ", reworded" if there != n.text else ""),
                    level=n.level, competency=n.competency, statement=n.statement.id, field="summary",
                    old=there if there != n.text else None, new=n.text, also_impact=also,
                    new_path=n.statement.text_path,
                )
                continue
            impact, note, field, below = self._one_side_impact(n, added=True)
            also = None
            reasons: tuple[str, ...] = ()
            clause: Message = ()
            if n in self._clause_taken_over and impact is Impact.RAISES_BAR:
                # A clause the level still asks, moved here: graded on what the statement adds beyond it.
                grade, clause = self._clause_taken_over[n]
                if grade is not None:
                    impact, also, reasons = grade
                note = (*note, ", ", *clause)
            self.add(
                Kind.STATEMENT_ADDED, impact,
                said("statement added to ", _in(n.competency), " at ", level_named(n.level), *note),
                field=field, level=n.level, competency=n.competency, statement=n.statement.id,
                new=n.text, new_path=n.statement.text_path, added_below=below, also_impact=also,
                reasons=reasons_as_read(reasons) if impact in _BARS else (),
                clause_moved=self._clause_note(clause),
            )
        kept = _kept_in_place(pairing)
        for o in pairing.removed:
            if o.level in self.removed_levels:
                self._with_level_removed(o)  # part of the level that was removed
                continue
            there = self._in_summary(o, into=True)
            if there is not None:
                impact, also = self._moved_wording(o.text, there)
                self.add(
                    Kind.STATEMENT_REMOVED, impact,
                    said("statement of ", _in(o.competency), " at ", level_named(o.level),
                         " moved into the level's summary", ", reworded" if there != o.text else ""),
                    level=o.level, competency=o.competency, statement=o.statement.id, field="summary",
                    old=o.text, new=there if there != o.text else None, also_impact=also,
                    old_path=o.statement.text_path, new_path=self._anchor(o, kept),
                )
                continue
            if self.levels_only and self.cumulative and (o.level, o.competency) not in self._not_applicable[1]:
                # The higher level includes the lower one: what it does not repeat still holds there,
                # a competency not_applicable there too (``Framework.still_holds``).
                lower = self.old_level_of_levels
                self.add(
                    Kind.STATEMENT_REMOVED, Impact.EDITORIAL,
                    said("statement of ", _in(o.competency), " at ", level_named(str(lower)), " not repeated at ",
                         level_named(o.level), ", where it still holds (levels are cumulative)"),
                    level=o.level, competency=o.competency, statement=o.statement.id,
                    old=o.text, old_path=o.statement.text_path, new_path=self._anchor(o, kept),
                )
                continue
            impact, note, field, _below = self._one_side_impact(o, added=False)
            self.add(
                Kind.STATEMENT_REMOVED, impact,
                said("statement removed from ", _in(o.competency), " at ", level_named(o.level), *note),
                field=field, level=o.level, competency=o.competency, statement=o.statement.id,
                old=o.text, old_path=o.statement.text_path, new_path=self._anchor(o, kept),
            )

    def _applies_by_moves(self, pairing: StatementPairing) -> None:
        """A competency that starts (or stops) applying at a level only because
        what the level asks was moved into it from another competency of the
        level (or out of it into another): nothing more (or less) is asked of
        the level, only filed elsewhere, so the change is structural, and says
        where the statements came from (went to). The moves carry any rewording's
        grade. A cell that gains (or keeps) a statement of its own still raises
        (lowers) the bar."""
        moves = [((o,), (n,)) for o, n, _ in pairing.pairs] + [((o,), parts) for o, parts in pairing.splits] \
            + [(olds, (n,)) for olds, n in pairing.merges]
        # Each cell's statements on each side, and the other competencies of the level they moved from (to).
        Where = tuple[str, str]  # (level, competency)
        others: tuple[dict[Where, set[str]], dict[Where, set[str]]] = (defaultdict(set), defaultdict(set))
        own: tuple[Counter[Where], Counter[Where]] = (Counter(), Counter())
        for olds, news in moves:
            within = all(p.level == olds[0].level for p in (*olds, *news))
            for side, here, there in ((0, olds, news), (1, news, olds)):
                for p in here:
                    if within and all(q.competency != p.competency for q in there):
                        others[side][p.cell].update(q.competency for q in there)
                    else:
                        own[side][p.cell] += 1
        for p in pairing.removed:
            own[0][p.cell] += 1
        for p in pairing.added:
            own[1][p.cell] += 1
        for k, change in enumerate(self.changes):
            if change.kind is not Kind.NOT_APPLICABLE_CHANGED or change.level is None or change.competency is None:
                continue
            if change.impact is Impact.RAISES_BAR and change.new is None:
                side, applies = 1, " now applies at "
            elif change.impact is Impact.LOWERS_BAR and change.old is None:
                side, applies = 0, " no longer applies at "
            else:
                continue
            cell = (change.level, change.competency)
            if own[side][cell] or not others[side][cell]:
                continue
            names = sorted(others[side][cell])
            several = sum(1 for olds, news in moves for p in (news if side else olds) if p.cell == cell) > 1
            noun = "statements" if several else "statement"
            whence = f", with the {noun} moved there from " if side else f", its {noun} moved to "
            listed: list[str | Named] = []
            for i, name in enumerate(names):
                listed += [" and " if i else "", _in(name, left=bool(side))]
            self.changes[k] = dataclasses.replace(
                change, impact=Impact.STRUCTURAL, message="", fingerprint="", old_competency=names[0],
                parts=said(_in(change.competency), applies, level_named(change.level), whence, *listed))

    @staticmethod
    def _pair_restated(pairing: StatementPairing) -> None:
        """Of two levels that stand alone (each restates all it expects),
        pair each statement of the higher level with the lower level's one
        it restates in other words, in its competency (``restated_pairs``):
        a rewording at the step up, not a statement new beside one gone."""
        by_competency: dict[str, tuple[list[Placed], list[Placed]]] = {}
        for side, placed in ((0, pairing.removed), (1, pairing.added)):
            for p in placed:
                by_competency.setdefault(p.competency, ([], []))[side].append(p)
        for olds, news in by_competency.values():
            for j, i in restated_pairs([o.text for o in olds], [n.text for n in news]):
                pairing.pairs.append((olds[j], news[i], "restated"))
                pairing.removed.remove(olds[j])
                pairing.added.remove(news[i])

    def _level_above(self, position: float) -> Level | None:
        """The nearest level above ``position`` that both revisions have."""
        for index, level in enumerate(self.new.levels if self.new else ()):
            if index > position and level.id not in self.added_levels:
                return level
        return None

    def _and_above(self, level: Level, one: str, many: str) -> Message:
        """"level 'IC3' and the levels above it now ask", or "level 'IC5'
        now asks" where it is the highest level."""
        if self.new is not None and self.new.levels and self.new.levels[-1].id == level.id:
            return said(level_named(level.id), f" {one}")
        return said(level_named(level.id), f" and the levels above it {many}")

    def _with_level_added(self, n: Placed) -> None:
        """A statement of a level added below others in a cumulative
        framework: nobody is on the new level yet, but the levels above it
        include it, so they now ask for it, unless they or a level below
        already did."""
        above = self._reaching_above(n, added=True)
        if above is not None:
            self.add(
                Kind.STATEMENT_ADDED, Impact.RAISES_BAR,
                said("statement added to ", _in(n.competency), " at new ", level_named(n.level), ", which ",
                     *self._and_above(above, "now asks", "now ask"), " for too (levels are cumulative)"),
                level=n.level, competency=n.competency, statement=n.statement.id, reaches=above.id,
                new=n.text, new_path=n.statement.text_path,
            )

    def _with_level_removed(self, o: Placed) -> None:
        """A statement of a level removed below others in a cumulative
        framework, which did not move: the levels above it asked for it
        through it, and no longer do, unless they or a level below still do."""
        above = self._reaching_above(o, added=False)
        if above is not None:
            self.add(
                Kind.STATEMENT_REMOVED, Impact.LOWERS_BAR,
                said("statement of ", _in(o.competency), " at removed ", level_named(o.level, removed=True), ", which ",
                     *self._and_above(above, "no longer asks", "no longer ask"), " for (levels were cumulative)"),
                level=o.level, competency=o.competency, statement=o.statement.id, reaches=above.id,
                old=o.text, old_path=o.statement.text_path, new_path=above.path,
            )

    def _reaching_above(self, placed: Placed, *, added: bool) -> Level | None:
        """The nearest level above a statement of a level added or removed
        in a cumulative framework, whose bar it changes: None where there is
        none, the statement is a placeholder, or that level (or one below
        it) says it anyway, in its words or in words that ask as much or
        more (the statement as the new level's copy of it says it with
        less: "Fixes simple bugs with guidance" below "Fixes simple bugs")."""
        above = self._level_above(placed.position) if self.cumulative else None
        if above is None or _asks_nothing_yet(placed.text):
            return None
        said_at = self._said_at[0 if added else 1]
        if any(c.position <= self.level_index[above.id] for c in said_at.get(normal(placed.text), [])):
            return None
        if self._asked_as_much(placed, self.level_index[above.id], added=added):
            return None
        return above

    def _asked_as_much(self, placed: Placed, up_to: float, *, added: bool) -> bool:
        """Whether a level that both revisions have, at ``up_to`` or below,
        asks, under the statement's competency, at least what a statement
        of a level added (or removed) asks: a statement alike (as a
        rewording is) from which the added one would be a rewording that
        raises no bar, or into which the removed one would be one that
        lowers none. A statement that moved into the level added (or out of
        the one removed) is the statement it became there, not another one
        of that level."""
        levels = self.added_levels if added else self.removed_levels
        moved = self._one_sided_moves[0 if added else 1]
        for cell in self.cells:
            if cell.competency != placed.competency or cell.position > up_to or cell.level in levels:
                continue
            for st in cell.old if added else cell.new:  # what it asked before, or asks still
                if st.path in moved:
                    continue  # what it became in the level added (or was in the one removed), not this one
                if any(self._asks_as_much(said, placed.text, added=added) for said in self._with_less(st.text)):
                    return True
        return False

    def _asks_as_much(self, said: str, placed: str, *, added: bool) -> bool:
        """Whether ``said``, a statement of a level kept, asks at least what
        ``placed``, a statement of a level added (or removed) below it, asks:
        ``placed`` would be a rewording of it that raises no bar (added), or
        into which ``placed`` would be one that lowers none (removed)."""
        if similarity(said, placed, REWRITE_SIMILARITY) < REWRITE_SIMILARITY:
            return False
        impact, also, reasons = self._text_reading(said, placed) if added else self._text_reading(placed, said)
        if also is Impact.LOWERS_BAR or reasons and ANOTHER_THING_ASKED.issuperset(reasons):
            # Less in one way ("with guidance from a senior engineer"), or only another thing asked
            # ("small tasks" for "features"): it does not ask what the statement asked.
            return False
        return impact in ((Impact.EDITORIAL, Impact.LOWERS_BAR) if added else (Impact.EDITORIAL, Impact.RAISES_BAR))

    def _with_less(self, text: str) -> Iterator[str]:
        """``text``, then what it says without each of its trailing clauses
        joined with "and" (", and able to take PR feedback ..."), longest
        first, where taking the clause out asks less: the statement asks at
        least what each of them asks ("Delivers assigned tasks, working with
        a more senior team member, and able to take PR feedback" covers
        "Delivers small assigned tasks with close guidance")."""
        yield text
        for cut in reversed([m.start() for m in _AND_CLAUSE.finditer(text)]):
            shorter = text[:cut].rstrip(" ,;")
            impact, also, _reasons = self._text_reading(text, shorter)
            if impact is not Impact.LOWERS_BAR or also is not None:
                return  # the clause asked no more (help or a condition): the words before it ask no less
            yield shorter

    def _one_side_impact(self, placed: Placed, *, added: bool) -> tuple[Impact, Message, str | None, bool]:
        """What a statement added (or taken out) means: its impact, what the
        message adds, the field that marks a placeholder, and whether it is
        a copy of one added at a level below (``Change.added_below``). A
        placeholder ("TBD") or an editor's note ("TODO: something here?")
        asks nothing yet; a copy of what is still said asks nothing new and
        takes nothing away."""
        if _asks_nothing_yet(placed.text):
            what = ", a placeholder" if placeholder_note(placed.text) else ", a question, not an expectation"
            return Impact.STRUCTURAL, said(what), "placeholder", False
        repeat = self._still_said(placed, added=added) or self._said_within(placed, added=added)
        if repeat:
            return Impact.EDITORIAL, repeat, None, False
        lower = self._added_below(placed) if added else None
        if lower is not None:
            return Impact.EDITORIAL, said(", which ", level_named(lower), " below it now asks for too (levels are cumulative)"), \
                None, True
        through = self._through_below(placed.level, placed.statement.text_path, old=not added)
        note = said(", which it now asks for through the levels below it (levels are cumulative)" if added else
                    ", which it asked for through the levels below it (levels were cumulative)") if through else ()
        return (Impact.RAISES_BAR if added else Impact.LOWERS_BAR), note, None, False

    def _statements_reordered(self, pairs: list[tuple[Placed, Placed, str]]) -> None:
        """Statements kept in their cell but listed in another order."""
        by_cell: dict[tuple[str, str], list[tuple[Placed, Placed]]] = {}
        for o, n, _how in pairs:
            if self._either_through_below(o, n):
                continue  # asked for through the levels below: listed nowhere at this level
            if o.cell is n.cell:  # one tuple per cell, shared by both sides
                by_cell.setdefault(n.cell, []).append((o, n))
        for (level, competency), kept in by_cell.items():
            self._reordered(
                Kind.STATEMENT_REORDERED, Impact.EDITORIAL,
                said("statements of ", _in(competency), " at ", level_named(level)),
                [(o.order, n.order, n.text, n.statement.text_path) for o, n in kept], level=level, competency=competency,
            )

    def _index_said(self, placed: list[Placed]) -> None:
        """Find, in one pass, the cells that say the texts of ``placed``
        (kept small: the statements that changed, not every statement)."""
        texts = {normal(p.text) for p in placed}
        for cell in self.cells:
            self._cell_keys.setdefault((cell.level, cell.competency), []).append(cell)
            if not texts:
                continue
            for side, statements in zip(self._said_at, (cell.old, cell.new)):
                for s in statements:
                    said = normal(s.text)  # 'I write tests.' is 'I write tests', as LL205 reads it
                    if said in texts:
                        side.setdefault(said, []).append(cell)

    def _still_said(self, placed: Placed, *, added: bool, below: float | None = None) -> Message | None:
        """Why a statement added asks for nothing new, or one taken out is
        still asked for: the other revision (the old one for a statement
        added) says its words in its cell (formatting aside), or its text
        elsewhere at its level or, in a cumulative framework, at a level
        below it. None if it does not.
        ``below``: only a level below that position counts (a statement moved up)."""
        cells = self._said_at[0 if added else 1].get(normal(placed.text), [])
        if not any(c.level == placed.level and c.competency == placed.competency for c in cells):
            # Its own cell, formatting aside (a copy with a full stop more is a copy).
            same = self._cell_keys.get((placed.level, placed.competency), [])
            cells = cells + [c for c in same if any(words_key(s.text) == placed.key
                                                     for s in (c.old if added else c.new))]
        if below is not None:
            cells = [c for c in cells if c.position < below]
        if any(c.level == placed.level and c.competency == placed.competency for c in cells):
            return said(", a second copy of one it already had" if added else ", a second copy of one it still has")
        elsewhere = next((c for c in cells if c.level == placed.level), None)
        if elsewhere is not None:
            return said(f", which the level {'already' if added else 'still'} asks for under ",
                        _in(elsewhere.competency))
        lower_cells = [c for c in cells if c.position < placed.position] if self.cumulative else []
        if lower_cells:
            lower = max(lower_cells, key=lambda c: c.position)
            return said(", which ", level_named(lower.level),
                        f" below it {'already asked' if added else 'still asks'} for (levels are cumulative)")
        return None

    def _added_below(self, placed: Placed) -> str | None:
        """Of a statement added in a cumulative framework: the nearest level
        below it that now says its words too (the same expectation written
        at L3, L4 and L5, "from L3 up"), whose addition raises the bar here
        already; None if none does."""
        if not self.cumulative or self.levels_only:
            return None
        lower = [c for c in self._said_at[1].get(normal(placed.text), []) if c.position < placed.position]
        return max(lower, key=lambda c: c.position).level if lower else None

    def _said_within(self, placed: Placed, *, added: bool) -> Message | None:
        """Why a statement added asks for nothing new, or one taken out is
        still asked for, where the other revision says all its words as
        part of a statement that changed, at its level or, in a cumulative
        framework, a level below: a clause cut from a statement and moved
        up ("I deliver my tasks on time and to a high standard" at IC1 ->
        "I deliver my tasks on time" there and "I deliver to a high
        standard" at IC2), or joined to one below. None if it does not."""
        mine = meaning_words(placed.text)
        if len(mine) < 2:
            return None  # "I deliver" is in too many
        for other, theirs in self._changed[0 if added else 1].saying(mine):
            below = other.position < placed.position if self.cumulative else False
            if (other.level == placed.level or below) and other is not placed and said_in_order(mine, theirs) \
                    and not self._narrowed(placed.text, other.text, added=added):
                where = said("the level") if other.level == placed.level else said(level_named(other.level), " below it")
                # The statement's text is said as it is: words it quotes are not ids to name.
                return said(", which ", *where,
                            f" {'already asked' if added else 'still asks'} for, as part of \"{other.text}\"")
        return None

    def _narrowed(self, text: str, other: str, *, added: bool) -> bool:
        """Whether the statement that says all the words of ``text`` asks
        less than it (for one taken out: "Ships features" -> "Ships features
        when asked by their manager"), or ``text`` more than it (for one
        added): then it is no copy of what is still, or already, asked."""
        impact, also = self._text_impacts(other, text) if added else self._text_impacts(text, other)
        return Impact.RAISES_BAR is impact if added else Impact.LOWERS_BAR in (impact, also)

    def _in_summary(self, placed: Placed, *, into: bool) -> str | None:
        """Where a statement taken out of a cell (``into``) is now said by
        the level's summary, as a sentence (or run of sentences) of its own
        that the old summary did not have, those sentences; or, for one put
        in a cell, where the old summary said it and the new one does not:
        the expectation moved between the level's headline and its cells,
        it is not gone, nor new. A statement of two sentences is said by
        the same two in a row; a typo fixed on the way ("Engineer engineers
        are ..." -> "Engineers are ...") keeps it the same statement."""
        new = next((lv for lv in self.new.levels if lv.id == placed.level), None) if self.new else None
        old = next((lv for lv in self.old.levels if lv.id == placed.level), None) if self.old else None
        gets, loses = (new, old) if into else (old, new)
        if gets is None:
            return None
        there = _sentences_saying(gets.summary, placed.text, placed.key)
        if there is None or loses is not None \
                and _sentences_saying(loses.summary, placed.text, placed.key) is not None:
            return None
        return there

    def _moved_wording(self, old: str, new: str) -> tuple[Impact, Impact | None]:
        """The impact of a statement moved between a level's summary and its
        cells: structural, unless its wording changed on the way to ask more
        or less (a typo fixed asks nothing more)."""
        if old == new:
            return Impact.STRUCTURAL, None
        impact, also = self._text_impacts(old, new)
        return (Impact.STRUCTURAL, None) if impact in (Impact.EDITORIAL, Impact.STRUCTURAL) else (impact, also)

    def _anchor(self, o: Placed, kept: dict[tuple[str, str], list[tuple[Placed, Placed]]]) -> DocPath:
        """Where a statement that is gone from a cell is shown in the new
        file: the nearest place that still exists, that is the statement
        that followed it in its cell (the one before it, if none did), else
        its cell, its level, or the levels."""
        beside = _next_or_previous([(old.order, n) for old, n in kept.get(o.cell, [])], o.order)
        if beside is not None:
            return beside.statement.text_path
        if self._new_cells is None:
            self._new_cells = {}
            for level in self.new.levels if self.new else ():
                for cell in level.cells:
                    self._new_cells[(level.id, cell.competency_id)] = cell.path
                self._new_cells.setdefault((level.id, None), level.path)
        return self._new_cells.get(o.cell) or self._new_cells.get((o.level, None)) or ("levels",)

    def _text_impact(self, old: str, new: str) -> Impact:
        """The impact of rewording an expectation (see ``grade``); one
        reworded into a placeholder ("TBD", "TODO: something here?") is no
        longer asked for, and one placeholder reworded into another asks
        nothing either way."""
        return self._text_impacts(old, new)[0]

    def _text_impacts(self, old: str, new: str) -> tuple[Impact, Impact | None]:
        """``_text_impact``, and lowers-bar beside a raises-bar where the
        rewording also asks less in another way (``Grade.also``). Not of two
        levels compared (``levels_only``): a higher level is no revision
        of a lower one, and asks what the lower one asks besides its own."""
        impact, also, _reasons = self._text_reading(old, new)
        return impact, also

    def _text_reading(self, old: str, new: str) -> tuple[Impact, Impact | None, tuple[str, ...]]:
        """``_text_impacts``, and what the grader read (``Grade.reasons``);
        none for a placeholder, and for a term's mark, what the mark says."""
        if _asks_nothing_yet(new):
            return (Impact.EDITORIAL if _asks_nothing_yet(old) else Impact.LOWERS_BAR), None, ()
        graded = self._grade(old, new)
        impact, also = graded.impact, None if self.levels_only else graded.also
        marking = self._marking_impacts(old, new)
        if marking is not None:
            # A definition that came or went with a term's mark is asked for, or no longer, with the words.
            raised, lowered = marking
            directions = {impact, also, raised, lowered}
            reasons = graded.reasons if impact in _BARS else ()
            reasons += (DEFINITION_ASKED,) * (raised is Impact.RAISES_BAR) \
                + (DEFINITION_NO_LONGER_ASKED,) * (lowered is Impact.LOWERS_BAR)
            if Impact.RAISES_BAR in directions:
                both = Impact.LOWERS_BAR in directions and not self.levels_only
                return Impact.RAISES_BAR, Impact.LOWERS_BAR if both else None, reasons
            return Impact.LOWERS_BAR, None, reasons
        return impact, also, graded.reasons

    @staticmethod
    def _also(impact: Impact, at_old_level: Impact | None, also: Impact | None) -> Impact | None:
        """The second impact a change keeps at its level: that of a rewording
        that pulls both ways, where the change raises the bar and has no
        impact of its own at another level (a move's at the level it left)."""
        return also if impact is Impact.RAISES_BAR and at_old_level is None else None

    def _grade(self, old: str, new: str) -> Grade:
        """``grade``, with the organisations' own names and the ladder's levels."""
        brands, with_new = self._brand_names()
        named = brands.words_in(old)
        if named and not named <= set(words(new)):
            brands = with_new
        levels = [level.id for side in (self.old, self.new) if side is not None for level in side.levels]
        return grade(old, new, brands, levels)

    def _brand_names(self) -> tuple[BrandNames, BrandNames]:
        """The organisations' own names, without and with the new revision's."""
        if self._brands is None:
            # The organisations' own names: a rewording that only swaps them is
            # editorial. Those the old revision knew, the built-in ones, and
            # a new name no dictionary has ("EscrowTab") hold anywhere; a new
            # name of plain words is a brand only where it takes the place of
            # one the old text named (a rebrand): else a revision could
            # declare the words it adds ("daily") to be its name, and raise
            # the bar as wording.
            from ..dictionary import english

            old_names = self._names(self.old)
            new_names = [name for name in self._names(self.new) if name not in old_names]
            coined = [name for name in new_names if not all(map(english().knows, words(name)))]
            self._brands = (BrandNames([*old_names, *coined]), BrandNames([*old_names, *new_names]))
        return self._brands

    def _summary_impact(self, old: str | None, new: str | None, old_level: Level,
                        new_level: Level) -> tuple[Impact, Impact | None, tuple[str, ...]]:
        """The impact of rewording a level's summary, or a dimension's
        introduction at a level, read sentence by sentence: the headline of
        what the level expects. A sentence added may ask for something new
        (unless it is a statement of the level's cells moved there): more
        asked, for the gate to stop until it is agreed. A sentence reworded
        asks for more or less where it moves along a scale of growth, as a
        statement would ("independently" -> "across the organisation", "with
        guidance" -> "on my own"); otherwise, and for a sentence taken out
        (what the level's statements ask still holds), it is structural: a
        summary describes rather than asks word by word. A sentence added
        asks only where it asks something (``grade.asked_in_summary``: a
        bar, what the people do, an activity said without a subject), not
        where it describes who is at the level or what it is ("This level
        is where most engineers join the company"). A sentence that
        asks nothing of anyone (``grade.asks_nothing``: what the
        organisation does, a pointer elsewhere, a note's label) asks nothing
        new where it is added, nor, reworded so that it still asks nothing,
        along a scale. A summary added where there was none is read
        as its sentences added to an empty one (a new demand may be slipped
        in there as well as at the end of an old one); one removed is
        structural; one whose meaning is kept, editorial, unless a word put
        in or taken out is one of a scale ("I deliver features" -> "I always
        deliver features")."""
        if new is None:
            return _description_impact(old, new), None, ()
        in_cells = _said_in(old_level)
        brands = self._brand_names()[1]

        # A note about the organisation ("Roomle does not currently hire Juniors"), the document, or a
        # pointer elsewhere asks nothing of the people on the level.
        def in_their_cells(text: str) -> bool:
            key = words_key(text)
            if key in self._summary_restates.get(new_level.id, ()):
                return True  # a clause cut from a statement here, said again no more strongly
            # A statement of the cells moved here with a typo fixed on the way asks nothing new either.
            return key in in_cells or any(retouched(key, said) for said in in_cells)

        def new_to_them(text: str) -> bool:
            return not in_their_cells(text) and not asks_nothing(text, brands)

        # A sentence put in asks only where it asks something (a bar, or what they do); one that describes
        # ("This level is where most engineers join the company") asks nothing, as in a note. A label
        # ("Organisation-wide leader") names the level's reach, unless the sentences kept say it
        # (``_said_again``), or it names the level itself ("The first level of the ladder").
        # A clause put in a sentence asks where it opens with a new action (``actions_put_in``).
        def asks(text: str) -> bool:
            label = _a_label(text) and _LADDER_NOUNS.isdisjoint(words(text))
            return new_to_them(text) and (label or asked_in_summary(text, brands))

        # A sentence that asks nothing of them, reworded so that it still asks nothing ("... hire Juniors" ->
        # "... hire Juniors (also all current employees already grew out of the role)"), asks no more along a
        # scale: the word of a scale put in ("all") is said of the organisation or of what was.
        def expects(text: str) -> bool:
            return not asks_nothing(text, brands)

        return self._sentences_impact(old or "", new, asks, expects, clause_asks=new_to_them, restated=in_their_cells)

    def _sentences_impact(self, old: str, new: str, asks: Callable[[str], bool],
                          expects: Callable[[str], bool] = lambda text: True,
                          clause_asks: Callable[[str], bool] | None = None,
                          restated: Callable[[str], bool] = lambda text: False,
                          of_the_level: Callable[[str], bool] = lambda text: False,
                          ) -> tuple[Impact, Impact | None, tuple[str, ...]]:
        """A text that describes a level rather than asks word by word, read
        sentence by sentence: a sentence reworded asks for more or less
        where it moves along a scale of growth (``Grade.scale``) and
        ``expects`` says one of its two wordings is an expectation (or
        ``of_the_level`` says one says what the level is, and the scale is
        not how often: a hedge in a sentence that describes says how usual
        it is), or where it takes in (loses) a clause of an action it did
        not name that ``clause_asks`` (else ``asks``) says asks, as the
        clause would as a sentence; a
        sentence added asks for more where ``asks`` says it does; a sentence
        taken out, or reworded along no scale, is structural, or editorial
        where the whole keeps its meaning (``_description_impact``): one
        word put in may be "always". With the impact, lowers-bar where a
        text that raises the bar also lowers it along a scale (one sentence
        asks more, another less; or one asks more in one way and less in
        another), as for a statement (``_also``); and what was read, for a
        text that asks more or less (every such grade says why).

        A sentence put in or reworded in a language the grader does not
        read (``grade.unread_language``) is held as a statement so reworded
        is: raises-bar, read as "not read: Korean", for a reviewer who reads
        it, unless another sentence asks more as read (the gate stops it
        all the same) or it is a statement of the level written in
        (``restated``)."""
        before, after = _sentences(old), _sentences(new)
        added = [text for key, text in after.items() if key not in before]
        gone = [text for key, text in before.items() if key not in after]
        # A sentence whose link is written another way ("Boundaries: [[junior-vs-expert]]" -> "Boundaries:
        # [Junior → Expert](../junior-vs-expert.md)") asks nothing new; where nothing else changed, neither does the text.
        relinked = [(was, now) for was in gone for now in added if only_links_differ(was, now)]
        for was, now in relinked:
            if was in gone and now in added:
                gone.remove(was)
                added.remove(now)
        if relinked and not gone and not added:
            return Impact.EDITORIAL, None, ()
        # What the sentences kept say: a sentence put in, or reworded into, that only says it again
        # ("Independent contributor" over "They solve problems independently ... through their
        # contributions") asks nothing new.
        # Not what a sentence says is not so ("They don't yet work independently").
        # Only a label counts so ("Independent contributor": no one does anything in it); a sentence that
        # says what the people do ("They design features alone") asks it, whatever the others say.
        kept = [w for key, text in after.items() if key in before and not NEGATING & set(found := words(text))
                for w in found if w not in FUNCTION_WORDS]

        def said_again(sentence: str, was: str = "") -> bool:
            return _a_label(sentence) and _said_again(sentence, kept, was)

        directions = []
        reasons: list[str] = []
        unread: list[str] = []  # the languages of sentences put in or reworded that the grader does not read
        along_a_scale = False  # a sentence that is no expectation reworded along a scale: not mere wording
        # Of each sentence reworded: whether it says the same in other words, as a statement's rewording would
        # (not one that names another role or level, "As an Engineer II or Platform Manager, ...": a reader
        # sees a new name).
        meanings_kept = []
        for was, now in _reworded(gone, added):
            graded = self._grade(was, now)
            meanings_kept.append(graded.impact is Impact.EDITORIAL and set(graded.reasons) <= _SAME_WORDING)
            if graded.not_read:
                unread.append(graded.not_read)
            elif (expects(was) or expects(now) or (of_the_level(was) or of_the_level(now)) and graded.scale_reasons
                  and not any(reason.startswith("frequency") for reason in graded.scale_reasons)) \
                    and not said_again(now, was):
                directions += [graded.scale, -1] if graded.scale_lowered else [graded.scale]
                reasons += graded.scale_reasons
                # A clause put in that asks a new action ("..., and leads the on-call rotation") asks as a
                # sentence put in would; one taken out, as a sentence taken out, leaves what the level's
                # statements ask as it was.
                clauses = [1 for clause in actions_put_in(was, now, self._brand_names()[1])
                           if (clause_asks or asks)(clause)]
                directions += clauses
                reasons += [ACTIVITY_PUT_IN] if clauses else []
                if not clauses and not asks(was) and asks(now):
                    # "Senior 2 engineers are seen as the go-to person for ..." -> "... have a deep understanding
                    # and willingness to help others for ...": a sentence that only described now asks something,
                    # as one put in would; the other way, as one taken out, it leaves the level's statements.
                    directions.append(1)
                    reasons.append(SENTENCE_NOW_ASKS)
            elif not said_again(now, was):
                # "Attending an internal tech talk" -> "Giving ..." or "Attending every ...": an example
                # that now shows another thing, though it asks nothing of anyone.
                along_a_scale = along_a_scale or bool(graded.scale or graded.scale_lowered)
            gone.remove(was)
            added.remove(now)
        for text in added:
            # Named from the whole text where it tells more: a sentence alone may not tell Russian from Ukrainian.
            if not (restated(text) or said_again(text)) and unread_language(text):
                unread.append(str(unread_language(text, new, old)))
        asking = [text for text in added if asks(text) and not said_again(text) and not unread_language(text)]
        directions += [1] * len(asking)
        reasons += [_sentences_put_in(asking)] if asking else []
        read = reasons_as_read(reasons)
        also = Impact.LOWERS_BAR if -1 in directions and not self.levels_only else None
        if 1 in directions:
            return Impact.RAISES_BAR, also, read
        if unread:
            # No reading says which way it goes, as for a statement so reworded: held for a reviewer who reads it,
            # as asking more and as asking less.
            return Impact.RAISES_BAR, None if self.levels_only else Impact.LOWERS_BAR, \
                reasons_as_read([NOT_READ + language for language in dict.fromkeys(unread)])
        if -1 in directions:
            return Impact.LOWERS_BAR, None, read
        if along_a_scale:
            return Impact.STRUCTURAL, None, ()
        if meanings_kept and all(meanings_kept) and not gone and not added:
            # Each sentence said another way that the grader reads as the same ("2-4 years" -> "two to four
            # years", "Usually" -> "Typically"), however many words it took.
            return Impact.EDITORIAL, None, ()
        return _description_impact(old, new), None, ()

    def _remark_impact(self, old: str | None, new: str | None, asked: Sequence[str] = (),
                       old_level: Level | None = None, competency: str | None = None,
                       examples: bool = False, of_the_level: bool = False,
                       ) -> tuple[Impact, Impact | None, tuple[str, ...]]:
        """The impact of changing a text that explains or illustrates
        expectations without being one: a cell's note, a statement's
        examples, a competency's or a dimension's description. Read
        sentence by sentence as a level's summary is (``_sentences_impact``),
        where there was none too (a note or an example added is where a new
        demand would be slipped in). Unlike a summary's, a sentence added
        asks for more only where it sets a bar that ``asked`` (what it
        illustrates: the statement of the examples, the statements of the
        note's cell) does not set already: how often, how soon, how many at
        least, without help, or an obligation (``grade.bars``: "I always
        write a design document before any change", "Engineers must ..."),
        or where it says what the people on the ladder do as a statement
        does ("Engineers at this level present their work at the quarterly
        all-hands": ``grade.demand``) and ``asked`` does not ask it already.
        A sentence reworded moves the bar along a scale, as a summary's
        does, only where one of its wordings is such an expectation.
        One that explains ("Measured over a year"), points elsewhere, or
        illustrates ("For example, the billing migration") asks nothing;
        nor does a statement of the level (``old_level``) written into it.
        A text taken out is structural, as a summary's is. ``competency``:
        the name of the competency a description describes, of which a
        sentence may make an activity part (``grade.demand``).

        ``examples``: the text is a statement's examples, one a line, and
        ``asked`` that statement's wordings. An example shows what meeting
        its statement looks like, whether it is a sentence, an activity or
        a thing named ("Services withstand a year's worth of growth in
        load", "Uses caching where appropriate", "Basic CRUD handlers"): one
        reworded along a scale moves the statement's bar, as the statement
        reworded so would. One added asks more, besides, where it has the
        people own, lead or run something the statement asks less of them
        in (``grade.takes_charge_beyond``: "Owns the on-call rota for the
        handlers they write" of "Implements simple RPC handlers").

        ``of_the_level``: the text is a level's own description, which says
        what the level is as its summary does: a sentence of it reworded
        moves the level's bar along a scale as the summary's would (where it
        does not ask nothing, ``grade.asks_nothing``), the subject left
        unsaid being the level's people ("Usually among the top 5% of
        engineers in the company" -> "... top 10% ...", lowers-bar, as in a
        statement); not along how often, where a hedge of a sentence that
        describes says how usual it is ("Usually 2-4 years of experience"
        -> "Often ..."). A sentence put in is still read as a remark's."""
        if new is None:
            return _description_impact(old, new), None, ()
        if examples and _example_parts(old or "") == _example_parts(new):
            # The same things shown, listed apart or joined ("A CRUD service or an API proxy" -> "A CRUD
            # service", "An API proxy"): no alternative taken out, nothing added.
            return _description_impact(old, new), None, ()
        brands = self._brand_names()[1]
        given = bars("\n".join(asked), brands)
        said = _said_in(old_level) if old_level is not None else set()
        meant = [meaning_words(text) for text in asked]

        def asks(text: str) -> bool:
            if words_key(text) in said or about_the_ladder(text, brands):
                return False
            if bars(text, brands) - given:
                return True
            # An example that has them own, lead or run more than its statement does: a duty written in.
            if examples and asked and all(takes_charge_beyond(text, statement, brands) for statement in asked):
                return True
            # Said as a statement is ("Engineers at this level present their work at the all-hands"): a
            # new expectation, unless what it asks is what the statements it explains ask already, in their
            # words or said again in others ("At this level, the engineer designs systems that are ..." under
            # "Designs scalable, robust architectures ...": ``restates``).
            wanted = demand(text, brands, competency)
            return wanted is not None and not any(said_in_order(meaning_words(wanted), theirs) for theirs in meant) \
                and not any(restates(wanted, statement, brands) for statement in asked)

        def expects(text: str) -> bool:
            # A sentence that only describes ("Technical levers typically exercised to achieve business
            # impact") asks nothing however it is reworded: the hedge taken out asks for no more. An example
            # of a statement shows the bar that statement sets.
            # One about the framework itself ("These criteria chiefly examine the work someone tackles
            # independently") says how to read it, whatever bar it quotes.
            return examples or not about_the_ladder(text, brands) and (
                bool(bars(text, brands)) or demand(text, brands, competency) is not None)

        def of_the_level_itself(text: str) -> bool:
            # A level's own description says what the level is, as its summary does.
            return of_the_level and not asks_nothing(text, brands)

        return self._sentences_impact(old or "", new, asks, expects, restated=lambda text: words_key(text) in said,
                                      of_the_level=of_the_level_itself)


    @staticmethod
    def _names(side: Framework | None) -> list[str]:
        return [] if side is None else [side.organisation.name, *side.organisation.aliases]

    def _move_impacts(self, o: Placed, n: Placed) -> tuple[Impact, Impact | None]:
        """What moving a statement from one level to another means for the
        people on them: at the level it reached, and at the level it left
        where that differs. Where levels stand alone, the level it reached
        gains it and the level it left loses it, up or down the ladder."""
        if self.cumulative or o.level == n.level or n.level in self.added_levels or o.level in self.removed_levels:
            return self._move_impact(o, n), None
        gained = not self._already_asked(o, n)
        lost = not self._still_said(o, added=False)
        if gained and lost:
            return Impact.RAISES_BAR, Impact.LOWERS_BAR
        if gained or lost:
            return (Impact.RAISES_BAR if gained else Impact.LOWERS_BAR), None
        return Impact.EDITORIAL, None

    def _move_impact(self, o: Placed, n: Placed) -> Impact:
        """What moving a statement from one level to another means for the people on them."""
        if n.level in self.added_levels or o.level in self.removed_levels:
            if n.level in self.added_levels and o.level in self.removed_levels:
                return Impact.STRUCTURAL
            if n.level in self.added_levels:
                # Nobody is on the new level yet; the level it left no
                # longer lists it, unless that level still asks for it
                # through the new one below it.
                below = n.position < o.position
                return Impact.STRUCTURAL if below and self.cumulative else Impact.LOWERS_BAR
            # From a removed level: the level it reached now lists it,
            # which it already asked for if the removed level was below it.
            return Impact.STRUCTURAL if self._already_asked(o, n) else Impact.RAISES_BAR
        if n.position < o.position:
            # A copy moved down to a level that a level below it already asked it of: nobody gains it.
            if self._already_asked(o, n):
                return Impact.EDITORIAL
            return Impact.RAISES_BAR  # now expected earlier in the ladder
        if n.position > o.position:
            # A copy moved up while a level below the one it left still asks for it: nobody loses it.
            if self._still_said(o, added=False, below=o.position):
                return Impact.EDITORIAL
            return Impact.LOWERS_BAR
        return Impact.STRUCTURAL

    def _already_asked(self, o: Placed, n: Placed) -> bool:
        """Whether the level a statement moved to asked for it before the
        move: in a cumulative framework, through the level it left below it
        (a move up) or another level below it (a copy moved down); where
        levels stand alone, in its words elsewhere at that level. A level
        added asked for nothing; a removed level's statement is asked for
        where it went if that level was above it in a cumulative framework."""
        if n.level in self.added_levels:
            return False
        if o.level in self.removed_levels:
            return self.cumulative and n.position > o.position
        if o.level == n.level:
            return False
        if not self.cumulative:
            return self._still_said(n, added=True) is not None
        return n.position > o.position or self._still_said(n, added=True, below=n.position) is not None

    def _reworded_move_impacts(
        self, o: Placed, n: Placed, moved: Impact, reworded: Impact
    ) -> tuple[Impact, Impact | None]:
        """The impact of a statement moved to another level and reworded, and
        the one at the level it left where the two pull apart. Up the ladder,
        the level it left loses it (the move's impact) and the level it
        reached, which had it from below, gets the new words (the
        rewording's); down the ladder, the level it reached gains it and the
        level it left has the new words from below. So one that raises the
        bar one way and lowers it the other does both, each where it does it."""
        strongest = Impact.strongest(moved, reworded)
        pulls = {moved, reworded} == {Impact.RAISES_BAR, Impact.LOWERS_BAR}
        if not pulls or o.level == n.level:
            return strongest, None
        if o.level in self.removed_levels:
            # The level it left is gone, and said once, with its removal: where
            # it went, the level that gains it gains it in whatever words.
            return moved, None
        return Impact.RAISES_BAR, Impact.LOWERS_BAR

    def _both_ends(self, o: Placed, n: Placed, moved: Impact, reworded: Impact) -> bool:
        """Whether a statement moved between two levels of a cumulative
        ladder and reworded moves the bar the same way at both (see
        ``Change.both_ends``): moved down, the level it reached gains it and
        the level it left has the new words from below; moved up, the level
        it left loses it and the level it reached, which had it from below,
        has the new words."""
        return self.cumulative and o.level != n.level and moved == reworded \
            and moved in (Impact.RAISES_BAR, Impact.LOWERS_BAR) \
            and n.level not in self.added_levels and o.level not in self.removed_levels

    def _statement_pair(self, o: Placed, n: Placed) -> None:
        where = dict(
            level=n.level, competency=n.competency, statement=n.statement.id or o.statement.id,
            old_path=o.statement.text_path, new_path=n.statement.text_path,
        )
        if o.statement.id != n.statement.id and not self._either_through_below(o, n):  # a copy written out is another statement
            before, after = o.statement.id, n.statement.id
            self.add(
                Kind.STATEMENT_ID_CHANGED, Impact.STRUCTURAL,
                said("id of a statement in ", _in(n.competency), " at ", level_named(n.level),
                     f" changed from {_quoted(before)} to {_quoted(after)}"),
                field="id", old=before, new=after,
                **{**where, "new_path": n.statement.path + (("id",) if after else ())},
            )
        reworded = o.text != n.text
        if o.cell != n.cell:
            impact, at_old_level = self._move_impacts(o, n)
            also = None
            both_ends = False
            reasons: tuple[str, ...] = ()
            if _asks_nothing_yet(o.text) and _asks_nothing_yet(n.text):
                impact, at_old_level = Impact.STRUCTURAL, None  # a placeholder asks nothing of either level
            elif reworded and at_old_level is None:
                reworded_impact, also, read = self._text_reading(o.text, n.text)
                both_ends = self._both_ends(o, n, impact, reworded_impact)
                impact, at_old_level = self._reworded_move_impacts(o, n, impact, reworded_impact)
                if impact is reworded_impact and impact in _BARS and at_old_level is None:
                    # The words say why, as for a rewording in place.
                    reasons = reasons_as_read(read)
            self.add(
                Kind.STATEMENT_MOVED, impact,
                said("statement moved from ", _in(o.competency, left=o.competency != n.competency), " at ",
                     *self._level_left(o.level), " to ", _in(n.competency), " at ", level_named(n.level),
                     " and reworded" if reworded else "",
                     *((", which lowers the bar at ", level_named(o.level)) if at_old_level else ())),
                old=o.text, new=n.text, old_level=o.level if o.level != n.level else None,
                old_competency=o.competency if o.competency != n.competency else None,
                old_level_impact=at_old_level, also_impact=self._also(impact, at_old_level, also),
                already_asked=self._already_asked(o, n), both_ends=both_ends, reasons=reasons, **where,
            )
        elif reworded:
            impact, also, reasons = self._text_reading(o.text, n.text)
            clause: Message = ()
            if n in self._clause_moved:
                # A clause moved to (or from) another statement the level asks for: graded without it.
                (impact, also, reasons), clause = self._clause_moved[n]
            elif impact in _BARS and not self.levels_only and not _asks_nothing_yet(o.text) \
                    and not _asks_nothing_yet(n.text) and rewritten(o.text, n.text):
                # Another statement written in its place: what the old one asked is no longer
                # expected, whatever the new one asks; both are said, and both gates see it.
                impact, also, reasons = Impact.RAISES_BAR, Impact.LOWERS_BAR, (REWRITTEN,)
            self.add(
                Kind.STATEMENT_REWORDED, impact,
                said("statement reworded in ", _in(n.competency), " at ", level_named(n.level),
                     *((", ",) + clause if clause else ())),
                field="text", old=o.text, new=n.text, also_impact=also,
                reasons=reasons_as_read(reasons) if impact in _BARS else (),
                clause_moved=self._clause_note(clause), **where,
            )
        if o.statement.examples != n.statement.examples:
            # Each example on a line of its own: read one by one, as the sentences of a note.
            before, after = "\n".join(o.statement.examples), "\n".join(n.statement.examples)
            old_level = self._old_levels.get(n.level)
            impact, also, reasons = self._remark_impact(before, after, [o.text, n.text], old_level, examples=True)
            self.add(
                Kind.STATEMENT_REWORDED, impact,
                said("examples of a statement in ", _in(n.competency), " at ", level_named(n.level), " changed"),
                field="examples", old=list(o.statement.examples), new=list(n.statement.examples), also_impact=also,
                reasons=reasons, **{**where, "new_path": n.statement.path},
            )

    def _clause_moves(self, reworded: list[tuple[Placed, Placed]], added: list[Placed]) -> None:
        """Find the clauses cut from one statement and joined to another
        (each reworded in its cell), and grade each of the two without the
        clause where its level still asks for it: at one level, both (the
        level asks what it asked; a clause moved to another competency is
        structural, as a statement moved there is); in a cumulative
        framework, the statement it was cut from where it went to a level
        below (which this one includes), and the one it was joined to where
        it came from a level below. A clause reworded on the way is graded
        as that rewording."""
        found = [changed_clauses(o.text, n.text) for o, n in reworded]
        cuts = [(k, c) for k, (cut, _joined) in enumerate(found) for c in cut]
        joins = [(k, c) for k, (_cut, joined) in enumerate(found) for c in joined]
        pairs = pair_clauses(cuts, joins) if cuts and joins else []
        paired = {a for a, _b in pairs}
        self._clauses_into_added([(reworded[k], c) for k, c in cuts if k not in paired], added)
        self._clauses_into_summary([(reworded[k], c) for k, c in cuts
                                    if k not in paired and reworded[k][1] not in self._clause_moved])
        for a, b in pairs:
            (o_cut, n_cut), (o_join, n_join) = reworded[a], reworded[b]
            cut = next(c for k, c in cuts if k == a)
            joined = next(c for k, c in joins if k == b)
            same_level = n_cut.level == n_join.level
            still_asked = same_level or self.cumulative and n_join.position < n_cut.position
            asked_before = same_level or self.cumulative and n_cut.position < n_join.position
            moved = Impact.STRUCTURAL if same_level and n_cut.competency != n_join.competency else Impact.EDITORIAL
            if still_asked:
                self._clause_moved[n_cut] = (
                    _joined_readings(self._text_reading(cut.without, n_cut.text), moved),
                    said(f"its clause \"{cut.text}\" moved to ", *self._beside(n_join, n_cut)),
                )
            if asked_before:
                readings = [self._text_reading(o_join.text, joined.without)]
                if normal(cut.text) != normal(joined.text):
                    readings.append(self._text_reading(cut.text, joined.text))
                self._clause_moved[n_join] = (
                    _joined_readings(*readings, moved),
                    said(f"its clause \"{joined.text}\" moved from ", *self._beside(o_cut, n_join)),
                )

    def _clauses_into_added(self, cuts: list[tuple[tuple[Placed, Placed], Clause]], added: list[Placed]) -> None:
        """Find the clauses cut from a statement that became (part of) a
        statement added at its level ("While on rotation, carefully
        documents processes that aren't clear. Makes sure ..." cut to "Makes
        sure ...", and "Creates internal documentation. Carefully documents
        processes that aren't clear." added): the level still asks for the
        clause, so the cut is no lowered bar, and the statement added is
        graded on what it adds beyond the clause (the clause as reworded on
        the way, and any sentence of its own). Added at a level below, in a
        cumulative framework, the level it was cut from still asks for it
        (through the one below), but the level below never did: there the
        statement raises the bar, as a statement moved down does, and only
        says where its clause came from."""
        taken: set[int] = set()
        for (o_cut, n_cut), cut in cuts:
            for k, n_add in enumerate(added):
                still_asked = n_add.level == n_cut.level or self.cumulative and n_add.position < n_cut.position
                if k in taken or not still_asked:
                    continue
                sentence = clause_in(cut.text, [text for _key, text in _keyed_sentences(n_add.text)])
                if sentence is None:
                    continue
                taken.add(k)
                moved = Impact.STRUCTURAL if n_add.competency != n_cut.competency else Impact.EDITORIAL
                self._clause_moved[n_cut] = (
                    _joined_readings(self._text_reading(cut.without, n_cut.text), moved),
                    said(f"its clause \"{cut.text}\" moved to ", *self._beside(n_add, n_cut)),
                )
                if n_add.level != n_cut.level:
                    # New at the level below: graded as any statement added there, with where it came from.
                    self._clause_taken_over[n_add] = (None, said(f"its clause \"{cut.text}\" moved from ",
                                                                 *self._beside(o_cut, n_add)))
                    break
                rest = " ".join(text for _key, text in _keyed_sentences(n_add.text) if text != sentence)
                readings: list[tuple[Impact, Impact | None, tuple[str, ...]] | Impact] = [
                    self._text_reading(cut.text, sentence), moved]
                if len(meaning_words(rest)) >= 2:
                    readings.append((Impact.RAISES_BAR, None, (_sentences_put_in([rest]),)))
                self._clause_taken_over[n_add] = (
                    _joined_readings(*readings),
                    said(f"its clause \"{sentence}\" moved from ", *self._beside(o_cut, n_add)),
                )
                break

    def _clauses_into_summary(self, cuts: list[tuple[tuple[Placed, Placed], Clause]]) -> None:
        """Find the clauses cut from a statement that the level's summary now
        says as a sentence of its own, which the old summary did not have
        ("Leads cross-functional ML initiatives; establishes hiring standards"
        -> "Establishes hiring standards", and the summary "Leads
        cross-functional ML initiatives."): the level still asks for it, as
        for a whole statement moved into its summary, so the cut is no
        lowered bar; the rest of the statement is graded without it. Only
        where the sentence says what the clause did (the clause to the
        sentence reads as editorial or structural): one that says its
        opposite ("Does not yet lead cross-functional ML initiatives"),
        hedges it ("Occasionally leads ...") or narrows it ("Leads ML
        initiatives") asks less, and the cut is graded as any rewording;
        what that sentence asks, the statement asked: no new ask of the
        summary. A sentence that says it more strongly ("Leads all ...",
        "... across the company") still took the clause: the cut is a move,
        and the summary asks more by what it added to the clause. A clause
        joined to a sentence the summary had ("Sets the technical strategy
        and leads cross-functional initiatives") is read against the clause
        put in, not the sentence it was joined to."""
        for (_o_cut, n_cut), cut in cuts:
            levels = [next((lv for lv in side.levels if lv.id == n_cut.level), None) if side else None
                      for side in (self.old, self.new)]
            old_level, new_level = levels
            if new_level is None or not new_level.summary:
                continue
            sentence = clause_in(cut.text, [text for _key, text in _keyed_sentences(new_level.summary)])
            if sentence is None or old_level is not None and clause_in(
                    cut.text, [text for _key, text in _keyed_sentences(old_level.summary or "")]) is not None:
                continue  # not said by the summary, or said by it before: the clause is gone
            said_there = self._text_reading(cut.text, _put_in(old_level.summary if old_level else None, sentence))
            lowered = Impact.LOWERS_BAR in said_there[:2]
            if old_level is not None:
                # Said less (even negated) or as it was, the sentence asks nothing the statement did not;
                # said more strongly, it asks what it added.
                raised = said_there[0] is Impact.RAISES_BAR and not lowered
                self._summary_restated(old_level, new_level, sentence, said_there if raised else None)
            if lowered:
                continue  # said less there (negated, hedged, narrowed): the statement asks less
            self._clause_moved[n_cut] = (
                _joined_readings(self._text_reading(cut.without, n_cut.text), Impact.STRUCTURAL),
                said(f"its clause \"{cut.text}\" moved to the summary of ", level_named(n_cut.level)),
            )

    def _summary_restated(self, old_level: Level, new_level: Level, sentence: str,
                          raised: tuple[Impact, Impact | None, tuple[str, ...]] | None = None) -> None:
        """Grade the summary of ``new_level`` again, its ``sentence`` a clause of a
        statement said again (the summary is graded before the statements are paired),
        with what saying it ``raised`` the bar, if it did."""
        self._summary_restates[new_level.id].add(words_key(sentence))
        if raised is not None:
            self._summary_raises[new_level.id].append(raised)
        for k, change in enumerate(self.changes):
            if change.kind is Kind.SUMMARY_CHANGED and change.field == "summary" and change.dimension is None \
                    and change.level == new_level.id:
                impact, also, reasons = self._summary_impact(old_level.summary, new_level.summary, old_level, new_level)
                if self._summary_raises[new_level.id]:
                    impact, also, reasons = _joined_readings((impact, also, reasons), *self._summary_raises[new_level.id])
                    reasons = tuple(dict.fromkeys(reasons))  # read once, where both readings found it
                self.changes[k] = _with(change, impact=impact, also_impact=also, reasons=reasons)

    def _shared_titles(self) -> frozenset[str]:
        """The titles two levels share, in either revision."""
        return shared_titles(*([level.title for level in side.levels] for side in (self.old, self.new) if side is not None))

    def _clause_note(self, clause: Message) -> str | None:
        """Where a clause went, as the text output says it: competencies by name, levels as its
        headings name them (``level_label``: "IC7 (Staff Engineer)", "Engineer II")."""
        if not clause or self.new is None:
            return None
        names = {c.id: c.name for c in self.new.competencies}
        shared = self._shared_titles()
        levels = {level.id: level_label(level.id, level.title, shared=level.title in shared) for level in self.new.levels}
        return "".join(part if isinstance(part, str) else
                       names.get(part.id, part.id) if part.item == "competency" else levels.get(part.id, part.id)
                       for part in clause)

    def _beside(self, other: Placed, placed: Placed) -> Message:
        """Where the statement a clause went to (or came from) is, said from ``placed``."""
        cell = said("the same competency") if other.cell == placed.cell else said(_in(other.competency))
        level = said() if other.level == placed.level else said(" at ", level_named(other.level))
        return said(f"\"{other.text}\" in ", *cell, *level)

    def _split(self, o: Placed, parts: tuple[Placed, ...]) -> None:
        """One statement became several."""
        self._regrouped(Kind.STATEMENT_SPLIT, (o,), parts, ("statement in ", f" split in {len(parts)}"))

    def _merge(self, olds: tuple[Placed, ...], n: Placed) -> None:
        """Several statements became one."""
        self._regrouped(Kind.STATEMENT_MERGED, olds, (n,), (f"{len(olds)} statements in ", " merged into one"))

    def _regrouped(self, kind: Kind, olds: tuple[Placed, ...], news: tuple[Placed, ...],
                   message: tuple[str, str]) -> None:
        """A split or a merge: graded as the rewording of the old texts, together, into the new ones;
        ``message`` says what before and after where it is."""
        # Parts may come from (or go to) other competencies of the level: the
        # statement that stayed in its cell is the one the others joined or left.
        o = next((p for p in olds if p.cell == news[0].cell), olds[0])
        n = next((p for p in news if p.cell == olds[0].cell), news[0])
        # Parts in other competencies are read in the order their words had in the whole (a heading
        # split in two with its statement, "I share ideas and adapt" -> "I adapt" + "I share ideas
        # with my team"): only the words put in are graded, not the parts' order.
        if len({p.cell for p in olds + news}) > 1:
            olds, news = (_as_in(olds, news[0].text), news) if len(olds) > 1 else (olds, _as_in(news, olds[0].text))
        before, after = [p.text for p in olds], [p.text for p in news]
        impact, also, reasons = self._text_reading(" ".join(before), " ".join(after))
        # Separate statements are all asked: the alternatives of an "or" put in
        # statements of their own are all asked ("Fixes bugs or writes tests" ->
        # "Fixes bugs" + "Writes tests"), and statements joined by an "or" ask
        # one of them. The words alone, read together, do not say so.
        ors = sum(map(_alternatives, before)) - sum(map(_alternatives, after))
        if kind is Kind.STATEMENT_SPLIT and ors > 0 or kind is Kind.STATEMENT_MERGED and ors < 0:
            impact, also, reasons = _with_direction(
                Impact.RAISES_BAR if ors > 0 else Impact.LOWERS_BAR, impact, also, reasons,
                "alternatives all asked" if ors > 0 else "one of them asked")
        at_old_level = None
        if o.cell != n.cell:
            moved, at_old_level = self._move_impacts(o, n)
            if at_old_level is None:
                impact, at_old_level = self._reworded_move_impacts(o, n, moved, impact)
            else:
                impact = moved
        self.add(
            kind, impact,
            said(message[0], _in(n.competency), " at ", level_named(n.level), message[1],
                 *((" (from ", _in(o.competency, left=o.competency != n.competency), " at ", *self._level_left(o.level),
                    ")")
                   if o.cell != n.cell else ()),
                 *(part for competency, c in _other_competencies(olds + news, o, n)
                   for part in (f" (with {c} of ", _in(competency), ")"))),
            level=n.level, competency=n.competency,
            statement=(n.statement.id if kind is Kind.STATEMENT_MERGED else o.statement.id),
            old=before if len(before) > 1 else before[0], new=after if len(after) > 1 else after[0],
            old_level=o.level if o.level != n.level else None,
            old_competency=o.competency if o.competency != n.competency else None,
            old_level_impact=at_old_level, also_impact=self._also(impact, at_old_level, also),
            old_path=o.statement.text_path, new_path=n.statement.text_path,
            # What the words read as, as for a rewording; a part moved to another cell is graded as a move.
            reasons=reasons_as_read(reasons)
            if impact in _BARS and o.cell == n.cell else (),
        )

    # -- order ---------------------------------------------------------------

    def _sorted(self) -> list[Change]:
        new_levels = [lv.id for lv in self.new.levels] if self.new else []
        old_levels = [lv.id for lv in self.old.levels] if self.old else []
        new_comps = [c.id for c in self.new.competencies] if self.new else []
        old_comps = [c.id for c in self.old.competencies] if self.old else []
        level_rank = _ranks(new_levels, old_levels)
        comp_rank = _ranks(new_comps, old_comps)

        def key(change: Change) -> tuple[Any, ...]:
            return (
                level_rank.get(change.level, -1),
                comp_rank.get(change.competency, -1),
                _KIND_ORDER[change.kind],
                _path_key(change.new_path),
                _path_key(change.old_path),
            )

        # sorted() is stable: changes at one place keep the order they were found in.
        return sorted(self.changes, key=key)


_KIND_ORDER = {kind: i for i, kind in enumerate(Kind)}


def _put_in(old_summary: str | None, sentence: str) -> str:
    """What ``sentence`` of a summary adds to the sentence of ``old_summary``
    it extends ("Sets the technical strategy." -> "Sets the technical strategy
    and leads cross-functional initiatives": the clause joined), or the
    whole sentence where it extends none."""
    for _key, before in _keyed_sentences(old_summary or ""):
        cut, joined = changed_clauses(before, sentence)
        if not cut and len(joined) == 1:
            return joined[0].text
    return sentence


def _joined_readings(*readings: tuple[Impact, Impact | None, tuple[str, ...]] | Impact
                     ) -> tuple[Impact, Impact | None, tuple[str, ...]]:
    """Several readings of one change (or impacts it has besides) as one:
    raises-bar where one raises the bar, with lowers-bar beside it where
    another lowers one; else the strongest. The reasons of those that move a
    bar, in order."""
    impacts: list[Impact] = []
    reasons: tuple[str, ...] = ()
    for reading in readings:
        if isinstance(reading, Impact):
            impacts.append(reading)
            continue
        impact, also, read = reading
        impacts += [i for i in (impact, also) if i is not None]
        if impact in _BARS:
            reasons += read
    if Impact.RAISES_BAR in impacts:
        return Impact.RAISES_BAR, Impact.LOWERS_BAR if Impact.LOWERS_BAR in impacts else None, reasons
    return Impact.strongest(*impacts), None, reasons


def _alternatives(text: str) -> int:
    """How many times ``text`` offers a choice with "or": not one under a
    negation ("does not break the build or ship untested code" asks
    neither), nor "or not", "or no" ("with little or no guidance")."""
    said = words(text)
    negated = False
    count = 0
    for i, word in enumerate(said):
        negated = negated or word in NEGATING
        if word == "or" and not negated and said[i + 1:i + 2] not in (("not",), ("no",)):
            count += 1
    return count


def _with_direction(direction: Impact, impact: Impact, also: Impact | None, reasons: tuple[str, ...],
                    reason: str) -> tuple[Impact, Impact | None, tuple[str, ...]]:
    """A grading (impact, also, reasons) with one more way the change pulls:
    raises-bar beside lowers-bar where the two pull apart."""
    if impact is direction or also is direction:
        return impact, also, reasons + (reason,)
    if impact not in _BARS:
        return direction, None, (reason,)
    return Impact.RAISES_BAR, Impact.LOWERS_BAR, (reasons + (reason,) if direction is Impact.LOWERS_BAR
                                                 else (reason,) + reasons)


def _as_in(parts: tuple[Placed, ...], whole: str) -> tuple[Placed, ...]:
    """``parts`` in the order their words come in ``whole``: each where the
    first run of two or more of its words that ``whole`` has starts (a word
    alone, "I", opens any of them)."""
    said = [stem(word) for word in words(whole)]

    def start(part: Placed) -> int:
        own = [stem(word) for word in words(part.text)]
        runs = difflib.SequenceMatcher(None, said, own, autojunk=False).get_matching_blocks()
        return min((run.a for run in runs if run.size >= 2), default=len(said))

    return tuple(sorted(parts, key=start))


def _other_competencies(parts: tuple[Placed, ...], o: Placed, n: Placed) -> list[tuple[str, str]]:
    """(competency, 'a statement' or 'N statements') for the parts of a split
    or merge in competencies other than those of ``o`` and ``n``."""
    found = Counter(p.competency for p in parts if p.competency not in (o.competency, n.competency))
    return [(c, "a statement" if k == 1 else f"{k} statements") for c, k in sorted(found.items())]


def _ranks(primary: list[str], secondary: list[str]) -> dict[str | None, int]:
    ranks: dict[str | None, int] = {}
    for item in primary + secondary:
        ranks.setdefault(item, len(ranks))
    return ranks


def _path_key(path: DocPath | None) -> tuple[tuple[int, Any], ...]:
    if path is None:
        return ()
    return tuple((0, step) if isinstance(step, int) else (1, str(step)) for step in path)


def _union(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    """Keys of both, in the order of ``second`` then the ones only in ``first``."""
    return list(second) + [key for key in first if key not in second]


def _nth(place: tuple[int, int]) -> str:
    """A place on a proficiency scale, as "3 of 4"."""
    return f"{place[0]} of {place[1]}"


def _in(competency_id: str | None, *, left: bool = False) -> Named:
    """A competency a message names by its id alone ("statement added to
    'ownership' at level 'IC2'"); ``left``: the one a statement moved out of."""
    return Named("competency", str(competency_id), noun=False, left=left)


def _quoted(value: str | None) -> str:
    return "(none)" if value is None else f"'{value}'"


def _with(change: Change, **values: Any) -> Change:
    return Change(**{**change.__dict__, **values, "fingerprint": ""})


#: Where a sentence of a summary ends: not after 'e.g.' or 'i.e.'; after the
#: marks that close an emphasis around it too ("**Current organisational note.** Roomle ...").
_SENTENCE_END = lazy(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?;])(?:\*\*?|__?)?\s+|\n+")


def _keyed_sentences(text: str) -> list[tuple[str, str]]:
    """The sentences of a text that have words, each with its words
    (``words_key``, as statements are keyed), in order."""
    return [(key, sentence) for sentence in _SENTENCE_END.split(text) if (key := words_key(sentence))]


def _sentences(text: str) -> dict[str, str]:
    """The sentences of a summary by their words (``words_key``), in order."""
    return dict(_keyed_sentences(text))


def _said_in(level: Level) -> set[str]:
    """The sentences of a level's statements, by their words (``words_key``)."""
    return {key for cell in level.cells for statement in cell.statements for key in _sentences(statement.text)}


def _a_label(sentence: str) -> bool:
    """Whether a sentence of a summary is a label of the level ("Independent
    contributor", "Guided contributor"): a few words, no one said to do
    anything ("They design features alone" is no label)."""
    found = words(sentence)
    return 0 < len(found) <= _LABEL_WORDS and SUBJECTS.isdisjoint(found) and LADDER_PEOPLE.isdisjoint(found)


#: Words of the ladder itself: a label with one names the level ("The first level of the ladder"), not its reach.
_LADDER_NOUNS = frozenset("level ladder rung grade band".split())


#: The most words of a level's label: "Independent contributor", "Trusted technical leader of a team".
_LABEL_WORDS = 6


def _said_again(sentence: str, kept: list[str], was: str = "") -> bool:
    """Whether every word of meaning of ``sentence`` (that ``was``, the
    sentence it rewords, did not have) is one of ``kept`` (the words of the
    sentences a text kept), in another form too: "independent" of
    "independently", "contributor" of "contributions", "guided" of
    "guidance" (a stem of four letters or more that the other's starts with)."""
    before = words(was)
    meant = [w for w in words(sentence) if w not in FUNCTION_WORDS and not any(_one_word(w, b) for b in before)]
    return bool(meant) and all(any(_one_word(w, k) for k in kept) for w in meant)


def _one_word(x: str, y: str) -> bool:
    if same_word(x, y):
        return True
    sx, sy = stem(x), stem(y)
    return len(sx) >= 4 and len(sy) >= 4 and (sy.startswith(sx) or sx.startswith(sy))


def _reworded(gone: list[str], added: list[str]) -> list[tuple[str, str]]:
    """Sentences taken out and put in that are one sentence reworded: the
    most alike pairs first, each sentence in one pair at most."""
    pairs = sorted(((similarity(was, now), i, j) for i, was in enumerate(gone) for j, now in enumerate(added)),
                   reverse=True)
    taken: tuple[set[int], set[int]] = (set(), set())
    found = []
    for alike, i, j in pairs:
        if alike >= REWRITE_SIMILARITY and i not in taken[0] and j not in taken[1]:
            taken[0].add(i)
            taken[1].add(j)
            found.append((gone[i], added[j]))
    return found


def _sentences_saying(text: str | None, statement: str, key: str) -> str | None:
    """The sentence of ``text``, or run of its sentences in a row, that has
    the words ``key`` of ``statement`` (``words_key``, as statements are
    keyed), or the statement's sentences each retouched (a typo fixed);
    None where none does."""
    if not key:
        return None
    found = _keyed_sentences(text or "")
    own = [found_key for found_key, _sentence in _keyed_sentences(statement)]
    for start in range(len(found)):
        run = ""
        for end in range(start, len(found)):
            run = f"{run} {found[end][0]}" if run else found[end][0]
            if run == key:
                return " ".join(sentence.strip() for _key, sentence in found[start : end + 1])
            if not key.startswith(run + " "):
                break
        said = found[start : start + len(own)]
        if own and len(said) == len(own) and all(a == b or retouched(a, b) for (a, _s), b in zip(said, own)):
            return " ".join(sentence.strip() for _key, sentence in said)
    return None


def _next_or_previous(places: Sequence[tuple[float, T]], at: float) -> T | None:
    """Of places in their old order, the first after ``at``, else the last
    before it: where something gone from ``at`` is shown in the new file."""
    after = [place for i, place in places if i > at]
    before = [place for i, place in places if i < at]
    return after[0] if after else before[-1] if before else None


def _kept_in_place(pairing: StatementPairing) -> dict[tuple[str, str], list[tuple[Placed, Placed]]]:
    """The statements of each cell that are still in it, old and new, in
    their old order: the places a removal from the cell is shown near."""
    kept: dict[tuple[str, str], list[tuple[Placed, Placed]]] = defaultdict(list)
    for o, n, _how in pairing.pairs:
        if o.cell == n.cell:
            kept[o.cell].append((o, n))
    for o, parts in pairing.splits:
        if o.cell == parts[0].cell:
            kept[o.cell].append((o, parts[0]))
    for olds, n in pairing.merges:
        kept[n.cell].extend((o, n) for o in olds if o.cell == n.cell)
    for stayed in kept.values():
        stayed.sort(key=lambda pair: pair[0].order)
    return kept


def _proficiency_word_moved(old: str, new: str) -> int:
    """Whether a proficiency's word, put for another in its place on the
    scale, names more (1) or less (-1) on the scales skills matrices use
    (awareness < working < practitioner < expert, ``vocabulary.proficiency``):
    "working" -> "exposure" asks less, as the cell keeps its rank. 0 where
    either is no known word, or neither is certainly below the other
    ("practitioner" -> "proficient", "foundation" -> "awareness"): a rename."""
    before, after = proficiency_named(old), proficiency_named(new)
    if before is None or after is None:
        return 0
    return 1 if before.below(after) else -1 if after.below(before) else 0
