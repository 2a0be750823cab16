"""Change records: what changed between two revisions of a framework.

A :class:`Change` says what kind of change it is, what it means for the
people on a level (its :class:`Impact`), where it is (level, competency,
statement ids), the old and new values, and a fingerprint: a short hash of
the kind, the location and the identity of the old and new values. The
fingerprint never depends on the message or on line numbers, so the same
change diffed again gets the same fingerprint, and a gate can approve it.
"""

from __future__ import annotations

import bisect
import enum
import functools
import hashlib
import json
import re
import dataclasses
from dataclasses import dataclass
from typing import Any, Iterable, Literal

from ..model import DocPath
from ..text import unaccented
from ..vocabulary import Rung, id_rung, level_code, role_noun, roman_numeral, spelt_out, title_rung
from .wording import words
from ..patterns import lazy


class Kind(str, enum.Enum):
    FRAMEWORK_CHANGED = "framework-changed"
    FRAMEWORK_REMOVED = "framework-removed"
    LEVEL_ADDED = "level-added"
    LEVEL_REMOVED = "level-removed"
    #: A level that left its framework for another framework of the same run
    #: (a file split into two tracks): its people keep their level there.
    LEVEL_MOVED = "level-moved"
    LEVEL_RENAMED = "level-renamed"
    LEVEL_REORDERED = "level-reordered"
    DIMENSION_ADDED = "dimension-added"
    DIMENSION_REMOVED = "dimension-removed"
    DIMENSION_RENAMED = "dimension-renamed"
    DIMENSION_REORDERED = "dimension-reordered"
    COMPETENCY_ADDED = "competency-added"
    COMPETENCY_REMOVED = "competency-removed"
    COMPETENCY_RENAMED = "competency-renamed"
    COMPETENCY_MOVED = "competency-moved"
    COMPETENCY_REORDERED = "competency-reordered"
    STATEMENT_ADDED = "statement-added"
    STATEMENT_REMOVED = "statement-removed"
    STATEMENT_REWORDED = "statement-reworded"
    STATEMENT_MOVED = "statement-moved"
    STATEMENT_SPLIT = "statement-split"
    STATEMENT_MERGED = "statement-merged"
    STATEMENT_REORDERED = "statement-reordered"
    STATEMENT_ID_CHANGED = "statement-id-changed"
    NOT_APPLICABLE_CHANGED = "not-applicable-changed"
    PROFICIENCY_CHANGED = "proficiency-changed"
    SUMMARY_CHANGED = "summary-changed"

    def __str__(self) -> str:
        return self.value


class Impact(str, enum.Enum):
    """What a change means for the people on a level, strongest first."""

    #: More is now expected at an existing level, or its people lose it
    #: (the level, or the framework, is removed).
    RAISES_BAR = "raises-bar"
    #: Less is now expected at an existing level (or at one removed, with
    #: raises-bar: ``REMOVED_IMPACTS``).
    LOWERS_BAR = "lowers-bar"
    #: Renames, reordering, ids, added or removed levels: nobody is asked for more or less.
    STRUCTURAL = "structural"
    #: Wording that keeps the meaning: spelling, spacing, formatting, a word or two.
    EDITORIAL = "editorial"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        """Higher is stronger: raises-bar 3, lowers-bar 2, structural 1, editorial 0."""
        return _IMPACT_RANK[self]

    @classmethod
    def strongest(cls, *impacts: "Impact") -> "Impact":
        return max(impacts, key=lambda impact: impact.rank)


_IMPACT_RANK = {Impact.RAISES_BAR: 3, Impact.LOWERS_BAR: 2, Impact.STRUCTURAL: 1, Impact.EDITORIAL: 0}

#: The order impacts are listed in: raised bars first.
IMPACTS = (Impact.RAISES_BAR, Impact.LOWERS_BAR, Impact.STRUCTURAL, Impact.EDITORIAL)

#: The impacts of a level or a framework removed (``impact``, ``also_impact``):
#: its people lose their level, something to agree on with them (raises-bar),
#: and what it asked of them is no longer asked (lowers-bar), so a gate on
#: either stops it. It is counted as before all the same, once (a level
#: apart from the bars, ``Report.counts``' ``levels_removed``): its second
#: impact is for the gate, not a second change.
REMOVED_IMPACTS = (Impact.RAISES_BAR, Impact.LOWERS_BAR)
REMOVALS = frozenset({Kind.LEVEL_REMOVED, Kind.FRAMEWORK_REMOVED})
#: What every format says of a removal's second impact.
NO_LONGER_ASKED_OF_THEM = "what it asked of its people is no longer asked"

#: Length of a fingerprint in hexadecimal digits.
FINGERPRINT_LENGTH = 12


@dataclass(frozen=True)
class Named:
    """A level, competency or dimension a change's message names:
    ``Change.message`` says it by its id ("level 'IC2'", "'ownership'"), the
    diff's formats as readers know it (``formatters.common.named_message``)."""

    item: Literal["level", "competency", "dimension"]
    id: str
    #: Whether the message says what it is before its id ("level 'IC2'"), not
    #: the id alone where the words around it say so ("statement added to 'ownership'").
    noun: bool = True
    #: The name (a level's title) the message says beside the id:
    #: "competency 'ownership' (Ownership)", "level 'IC7' (Staff Engineer)".
    name: str | None = None
    #: A level that was removed: named by its own title, not that of a level that has its id now.
    removed: bool = False
    #: The competency a statement left: named by the name it had then.
    left: bool = False

    def __str__(self) -> str:
        shown = f"{self.item} '{self.id}'" if self.noun else f"'{self.id}'"
        return shown if self.name is None else f"{shown} ({self.name})"


#: A change's message in parts: text said as it is, and the items it names.
Message = tuple[str | Named, ...]


def said(*parts: str | Named) -> Message:
    """A message of ``parts``, its texts (values, statements) said as they are."""
    return tuple(part for part in parts if part != "")


def level_named(level_id: str, title: str | None = None, *, removed: bool = False) -> Named:
    """A level in a change's message: "level 'IC7'", with its title where
    it has one other than its id ("level 'IC7' (Staff Engineer)")."""
    return Named("level", level_id, name=title if title and title != level_id else None, removed=removed)


@dataclass(frozen=True)
class Change:
    kind: Kind
    impact: Impact
    #: One sentence for people reading JSON or annotations: the text of
    #: ``parts`` where it has them (leave it empty then).
    message: str
    #: Id of the framework (the new revision's, or the old one's if it was removed).
    framework: str
    level: str | None = None
    competency: str | None = None
    dimension: str | None = None
    #: The statement's stable id, where it has one.
    statement: str | None = None
    #: The attribute that changed ("name", "title", "summary", "id", a metadata key ...).
    field: str | None = None
    old: Any = None
    new: Any = None
    #: Where a moved statement or competency was before.
    old_level: str | None = None
    old_competency: str | None = None
    #: What a move means at the level it left, where that is not ``impact``:
    #: a statement moved up the ladder and reworded to ask for more raises
    #: the bar where it went and lowers it where it was.
    old_level_impact: Impact | None = None
    #: For a statement moved to another level: whether that level asked for
    #: it before (itself, or in a cumulative framework through a level below
    #: it), so that it is new to nobody there.
    already_asked: bool = dataclasses.field(default=False, compare=False)
    #: For a statement added in a cumulative framework: whether it is a copy
    #: of one added at a level below it too (the same expectation written at
    #: L3, L4 and L5): it asks nothing new there, and the addition below
    #: reaches this level.
    added_below: bool = dataclasses.field(default=False, compare=False)
    #: A second impact at the same level: lowers-bar beside raises-bar where
    #: a rewording asks more in one way and less in another ("Runs meetings"
    #: -> "Attends all meetings"). A gate on either impact stops it.
    also_impact: Impact | None = None
    #: Of a statement reworded in place that raises or lowers the bar: what
    #: the grader read, in the order found, each once ("frequency raised",
    #: "scope lowered", "words added"), for the formats to say why. Not part of the
    #: change's identity.
    reasons: tuple[str, ...] = dataclasses.field(default=(), compare=False)
    #: Of a statement moved between two levels of a cumulative framework and
    #: reworded, where the move and the new words move the bar the same way
    #: (down and reworded to ask for more, or up and reworded to ask for
    #: less): the higher of its two levels, which includes the lower one, has
    #: the new words, so the change reaches past it, as a rewording does.
    both_ends: bool = False
    #: Of a statement reworded in place that a clause was cut from (or joined to) as it moved
    #: to (or from) another statement the level still asks for: where it went, as the text
    #: output says it; the change is graded without the clause.
    clause_moved: str | None = dataclasses.field(default=None, compare=False)
    #: Of a move: whether ``old_level`` is a removed level whose id a level of
    #: the new revision has now (levels renumbered around it: M4 removed, M5
    #: now M4), which the formats name as the level it was, not as the one
    #: that has its id.
    old_level_removed: bool = dataclasses.field(default=False, compare=False)
    #: For a statement of a level added (or removed) under others in a
    #: cumulative framework: the nearest level above it, which includes it
    #: and whose bar it raises (lowers); its readers are that level's.
    reaches: str | None = None
    #: Of two levels of a cumulative framework compared (``diff --levels``):
    #: for a statement new at the higher level, the level it came in at, where
    #: that is a level between the two (the higher level includes it).
    since: str | None = None
    #: Where it is in the old document, and in the new one (for a removal: the
    #: nearest place that still exists, so an annotation can point at it).
    old_path: DocPath | None = None
    new_path: DocPath | None = None
    #: The titles of ``level`` and ``old_level``, as a reader knows them: a
    #: level id alone is another level's after a renumbering (see ``fingerprint``).
    level_title: str | None = None
    old_level_title: str | None = None
    #: Of ``level`` and of ``old_level``, where it kept its id and the differ
    #: pairs it with itself, but its title changed: its title in the other
    #: revision compared (the old one's for ``level``, the new one's for
    #: ``old_level``); else None. An approval given under that title is of
    #: this change too (``fingerprints``).
    other_titles: tuple[str | None, str | None] = dataclasses.field(default=(None, None), compare=False)
    fingerprint: str = dataclasses.field(default="", compare=False)
    #: Approved as wording only (``ladderlint approve --as-wording``): why,
    #: as the approver said it; the change is then editorial to its readers
    #: (see ``approved_as_wording``). None for any other change.
    wording_approved: str | None = dataclasses.field(default=None, compare=False)
    #: Of a change approved as wording only: the change as the grader read
    #: it (its impacts, its reasons), which JSON keeps.
    graded: "Change | None" = dataclasses.field(default=None, compare=False, repr=False)
    #: The message in parts, with the items it names (``Named``) for the
    #: formats to name as readers know them; none where it names nothing so.
    parts: Message = dataclasses.field(default=(), compare=False)

    def __post_init__(self) -> None:
        if self.parts:
            text = "".join(str(part) for part in self.parts)
            if self.message and self.message != text:
                raise ValueError(f"a change's message is the text of its parts: {self.message!r} is not {text!r}")
            object.__setattr__(self, "message", text)
        if not self.fingerprint:
            object.__setattr__(self, "fingerprint", fingerprint(self))

    @property
    def not_read(self) -> str | None:
        """The language of a rewording the grader did not read (it reads
        English): held as raises-bar for a reviewer who reads it, which is no
        reading of which way it goes; None for any other change."""
        return next((reason.removeprefix(NOT_READ) for reason in self.reasons if reason.startswith(NOT_READ)), None)

    @property
    def rewritten(self) -> bool:
        """Whether a statement was rewritten in its place as another one
        (``REWRITTEN``): the old expectation dropped, a new one asked."""
        return REWRITTEN in self.reasons

    @functools.cached_property  # asked by the gate for each change, in every format; the change is frozen
    def fingerprints(self) -> tuple[str, ...]:
        """Every fingerprint an approval of this change may be listed under:
        its own, then the same change at its level (and the level a move
        left) under the title that level has in the other revision compared,
        where it kept its id and was only retitled (``other_titles``): an
        approval given before "Senior Engineer" became "Senior Software
        Engineer", or after, is of the same change at the same level. A
        level inserted that took another's id is another level, and has
        none (see ``fingerprint``)."""
        if self.other_titles == (None, None):
            return (self.fingerprint,)
        found = dict.fromkeys([self.fingerprint])
        for level_title in dict.fromkeys((self.level_title, self.other_titles[0] or self.level_title)):
            for old_level_title in dict.fromkeys((self.old_level_title, self.other_titles[1] or self.old_level_title)):
                found.setdefault(_fingerprint(self, level_title, old_level_title))
        return tuple(found)

    @property
    def impacts(self) -> tuple[Impact, ...]:
        """Every impact of the change: ``impact``, then the one at the level
        a move left, or the other one of a rewording that pulls both ways."""
        return tuple(dict.fromkeys(i for i in (self.impact, self.old_level_impact, self.also_impact) if i is not None))


#: The changes an approver may approve as wording only: a text rewritten in
#: its place (a statement, its examples, a summary, a description, why a
#: competency does not apply), split or merged in its cell. Not a text put
#: in or taken out, nor one moved to another level: those ask more or less
#: of someone whatever their words.
_REWORDINGS = frozenset({Kind.STATEMENT_REWORDED, Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED,
                         Kind.SUMMARY_CHANGED, Kind.NOT_APPLICABLE_CHANGED, Kind.FRAMEWORK_CHANGED})


def rewords(change: Change) -> bool:
    """Whether ``change`` rewrites a text where it is (``_REWORDINGS``),
    which an approver can judge to be wording only."""
    graded = change.graded or change
    return graded.kind in _REWORDINGS and isinstance(graded.old, (str, list)) and isinstance(graded.new, (str, list)) \
        and graded.old_level in (None, graded.level) and graded.old_competency in (None, graded.competency)


def approved_as_wording(change: Change, reason: str) -> Change:
    """``change`` as an approver judged it: wording only, editorial to
    every reader (the text output, the release notes, the version advice,
    the pages), the grader's reading kept in ``graded``."""
    return dataclasses.replace(change, impact=Impact.EDITORIAL, old_level_impact=None, also_impact=None,
                               reasons=(), wording_approved=reason, graded=change.graded or change)


#: How a rewording the grader did not read gives its language ("not read:
#: Portuguese"), in ``Change.reasons``.
NOT_READ = "not read: "
#: Why a text that describes (a summary, a note, a description) asks more: a
#: sentence put in asks something. Its reading names the sentences (as a
#: ``grade.Reading``'s words put in), as "words added" names its words.
SENTENCE_PUT_IN = "a sentence that asks something put in"
#: Why a level's new title moves its bar: a title higher on the scale of
#: level names ("Junior" -> "Mid") over what the level asked gives that
#: title for less (lowers-bar); a lower one, for more (raises-bar).
TITLE_RAISED = "title raised over the same expectations"
TITLE_LOWERED = "title lowered over the same expectations"
#: Why a statement reworded in its place both raises and lowers the bar: the
#: new text shares (nearly) none of the old one's words of meaning, so what
#: the old one asked is no longer expected and what the new one asks is
#: (``match.rewritten``). It is still one statement reworded, as a reader of
#: the file sees it, but both of its expectations are said.
REWRITTEN = "rewritten"


#: Kinds of rename of an item that has an id and a name (a level: a title).
RENAMES = frozenset({Kind.LEVEL_RENAMED, Kind.DIMENSION_RENAMED, Kind.COMPETENCY_RENAMED})
#: What a reordering's message says before the items it lists, as written.
NEW_ORDER = " in a new order: "


def renamed_ids(changes: list[Change]) -> dict[str, Change]:
    """Of ``changes``, each rename of an id beside a rename of the name (a
    level's title) of the same item, by the fingerprint of the latter: one
    renamed level is one change for a reader, said with both of its parts
    and counted once, in every format. Each part keeps its own record and
    fingerprint (an approval names either)."""
    def item(change: Change) -> tuple[Any, ...]:
        return change.framework, change.kind, change.level, change.dimension, change.competency

    named = {item(c): c for c in changes if c.kind in RENAMES and c.field != "id"}
    out: dict[str, Change] = {}
    for change in changes:
        partner = named.get(item(change))
        if change.kind in RENAMES and change.field == "id" and partner is not None:
            out[partner.fingerprint] = change
    return out


def said_together(changes: list[Change]) -> dict[str, Change]:
    """Of ``changes``, each record said with another as one change, by the
    fingerprint of the other: an id renamed beside its item's name
    (``renamed_ids``), and a competency that no longer applies at a level
    (``not_applicable`` put where its cell had statements) beside a
    statement taken from that cell, removed or moved up (the first, where
    several were): one edit, whose statements are the expectations it
    lowers. Said together and counted once, in every format; each keeps
    its own record and fingerprint (an approval names either). A move
    reworded on its way up raises the bar where it went: the competency
    is said with it where it is listed at the level it left (``said_here``)."""
    out = renamed_ids(changes)
    taken: dict[tuple[Any, ...], Change] = {}
    for change in changes:
        if change.kind is Kind.STATEMENT_REMOVED and change.impact is Impact.LOWERS_BAR:
            taken.setdefault((change.framework, change.level, change.competency), change)
        elif change.kind is Kind.STATEMENT_MOVED and Impact.LOWERS_BAR in (change.impact, change.old_level_impact):
            # The level it left, whose bar it lowers.
            left = (change.framework, change.old_level or change.level, change.old_competency or change.competency)
            taken.setdefault(left, change)
    # A competency that starts to apply at a level (``not_applicable`` taken from its cell) beside a statement
    # added to that cell: one edit, said with that statement (the first), whose grade (a raise, or a
    # placeholder that asks nothing yet) is the cell's; not a raise of its own beside it. (One a statement
    # moved into is said with the move already: the engine's "with the statement moved there".)
    given: dict[tuple[Any, ...], Change] = {}
    for change in changes:
        if change.kind is Kind.STATEMENT_ADDED:
            given.setdefault((change.framework, change.level, change.competency), change)
    for change in changes:
        statement = taken.get((change.framework, change.level, change.competency))
        if change.kind is Kind.NOT_APPLICABLE_CHANGED and change.old is None and change.new is not None \
                and change.impact is Impact.LOWERS_BAR and statement is not None:
            out[statement.fingerprint] = change
        put = given.get((change.framework, change.level, change.competency))
        if change.kind is Kind.NOT_APPLICABLE_CHANGED and change.old is not None and change.new is None \
                and change.impact in (Impact.RAISES_BAR, Impact.STRUCTURAL) and put is not None \
                and put.fingerprint not in out:
            out[put.fingerprint] = change
    return out


def said_here(together: dict[str, Change], change: Change) -> Change | None:
    """The record said with ``change`` (of ``together``: ``said_together``)
    where ``change`` is listed: of a move that raises the bar where it went
    and lowers it where it was, listed at both levels, the competency that
    no longer applies at the level it left is said there, with the move as
    it lowers that level's bar (``impact``), not at the level it went to."""
    part = together.get(change.fingerprint)
    if part is not None and part.kind is Kind.NOT_APPLICABLE_CHANGED and change.kind is Kind.STATEMENT_MOVED \
            and change.impact is not Impact.LOWERS_BAR:
        return None
    return part


def _identity(value: Any, *, texts: bool = False) -> Any:
    # Text is identified by its words, so re-diffing a file whose spacing
    # was tidied since does not change the fingerprint of a real change.
    if isinstance(value, str):
        return " ".join(words(value)) or value
    if texts and isinstance(value, list):  # the parts of a split or a merge
        return [_identity(item) for item in value]
    return value


def title_identity(title: str | None) -> str | None:
    """A level's title as its changes are identified: its words, short forms
    spelt out, so that an approval given before "Sr. Staff Engineer" was
    written "Senior Staff Engineer" still holds after."""
    return " ".join(spelt_out(words(title))) or title if title else title


#: Kinds whose old or new value is a list of statement texts.
_TEXT_LISTS = frozenset({Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED, Kind.STATEMENT_REORDERED})


def fingerprint(change: Change) -> str:
    """A short, stable hash of the kind, the location and the old/new identity.

    The location names a level by its title too (``title_identity``): a
    level id alone does not say which level a reader means. After a level is inserted and the ones
    above it renumbered, "statement added at SRE3" at the new SRE3 is
    another change than one approved at the former SRE3, and needs its own
    approval. (A level only retitled is the same level: ``Change.fingerprints``.)"""
    return _fingerprint(change, change.level_title, change.old_level_title)


def _fingerprint(change: Change, level_title: str | None, old_level_title: str | None) -> str:
    """``fingerprint``, naming the change's levels by the titles given."""
    key = [
        change.kind.value,
        change.framework,
        change.level,
        change.old_level,
        change.dimension,
        change.competency,
        change.old_competency,
        change.statement,
        change.field,
        _identity(change.old, texts=change.kind in _TEXT_LISTS),
        _identity(change.new, texts=change.kind in _TEXT_LISTS),
    ]
    if level_title or old_level_title:  # only at a level: the others keep their fingerprints
        key.append([title_identity(level_title), title_identity(old_level_title)])
    blob = json.dumps(key, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def titled(change: Change, level_title: str | None, old_level_title: str | None,
           other_titles: tuple[str | None, str | None] = (None, None)) -> Change:
    """``change`` with its fingerprint naming its levels by their titles
    too; ``other_titles``: see ``Change.other_titles``."""
    return dataclasses.replace(change, level_title=level_title, old_level_title=old_level_title,
                               other_titles=other_titles, fingerprint="")


#: What the key of a removed level ends with where a level of the new
#: revision has its id (levels renumbered around it: L4 removed, L5 now
#: L4), not to be taken for that level: no id has a NUL in it.
GONE = "\0"


def gone_key(level_id: str) -> str:
    """The key a removed level is followed and listed under where a level
    of the new revision has its id."""
    return level_id + GONE


def level_label(level_id: str, title: str | None, shared: bool = False) -> str:
    """A level as the formats name it: "IC7 (Staff Engineer)", or "IC7"
    alone where its title is its id. A title that names the id already
    ("IC3 Senior Engineer", "Engineer (IC 3)") is said alone, not "IC3 (IC3
    Senior Engineer)", and so is the title of a level whose id is no code
    ("Sênior" for senior: ``named_by_title``), unless another level has
    that title too (``shared``): then the id says which. (A change's
    message says it as ``level_named`` does; ``FrameworkDiff.label`` knows
    which titles are shared.)"""
    if not title or title == level_id:
        return level_id
    if named_by_title(title, level_id) and not shared:
        return title
    return f"{level_id} ({title})"


def shared_titles(*ladders: Iterable[str | None]) -> frozenset[str]:
    """The titles two levels of one ladder both have (each ladder a revision's titles)."""
    out: set[str] = set()
    for titles in ladders:
        seen: set[str] = set()
        for title in titles:
            if title and title in seen:
                out.add(title)
            seen.add(title or "")
    return frozenset(out)


#: Words sentences join the names of levels with ("from A to B", "at A and
#: B", "statements of A"): in a title ("Junior to Mid"), they would read as
#: the sentence's own.
_JOINING_WORDS = frozenset("to from at in with for of and or than vs versus".split())
_BRACKETED = lazy(r"\([^()]*\)")


def in_sentence(name: str, quotes: tuple[str, str] = ("'", "'")) -> str:
    """A level's name as a sentence says it: in quotes where one of its
    words would read as part of the sentence ("What changes from 'Junior to
    Mid' to 'Mid to Senior 1'"), as it is otherwise ("from Engineer I to
    Engineer II"); words in brackets are set off already ("L2 (Junior to
    Mid)")."""
    if _JOINING_WORDS.isdisjoint(words(_BRACKETED.sub(" ", name))):
        return name
    return f"{quotes[0]}{name}{quotes[1]}"


def title_names_id(title: str, level_id: str) -> bool:
    """Whether a level's title spells out its id: "IC3 Senior Engineer" for
    IC3, "Engineer (IC 3)" for IC3, "Level 2" for L2, "Mid to Senior 1" for
    the id written from it, mid-to-senior1, "Senior Engineer II" for the id
    written with a number for its numeral, senior-engineer-2."""
    code = level_code(title)
    return code is not None and code.casefold() == level_id.casefold() \
        or re.search(rf"(?<!\w){re.escape(level_id)}(?!\w)", title, re.IGNORECASE) is not None \
        or _letters_and_digits(title) == _letters_and_digits(level_id) \
        or _same_rung(title_rung(title), id_rung(level_id)) \
        or _spelt_out(unaccented(title), level_id)


def _spelt_out(title: str, level_id: str) -> bool:
    """Whether the title holds the id's numbers and letters, in its order:
    each number of the id is a number of the title, and each run of letters
    a word of it or the first letters of its words that follow ("L1" of
    "Level 1", "SE-2" of "Senior Engineer 2", "level-1" of "Level 1 (junior)").
    An id without a number must be in the title as it is: "TL" is a code
    people say for "Tech Lead", "L1" a level's number written short."""
    pieces = _RUNS.findall(level_id.casefold())
    found_words = _RUNS.findall(title.casefold())
    if not any(piece.isdigit() for piece in pieces):
        return False
    at = 0
    for piece in pieces:
        if piece.isdigit():
            found = next((i for i in range(at, len(found_words))
                          if found_words[i].isdigit() and int(found_words[i]) == int(piece)), None)
            if found is None:
                return False
            at = found + 1
            continue
        whole = next((i for i in range(at, len(found_words)) if found_words[i] == piece), None)
        if whole is not None:
            at = whole + 1
            continue
        starts = next((i for i in range(at, len(found_words) - len(piece) + 1)
                       if all(not found_words[i + k].isdigit() and found_words[i + k][0] == letter
                              for k, letter in enumerate(piece))), None)
        if starts is None:
            return False
        at = starts + len(piece)
    return True


#: Runs of letters, and of digits, in an id or a title.
_RUNS = lazy(r"[^\W\d_]+|\d+")


def id_is_a_code(level_id: str) -> bool:
    """Whether a level's id is a code people read the ladder by ("IC3",
    "L2", "E5", "IC3a", "ic3", "IC-3", "SDE-II", "grade-7", "em_1"): any id
    with a number or a roman numeral in it, however written, not a key
    written from words alone ("senior" for "Sênior",
    "senior-developer-experience-engineer", which may still spell a title
    the level no longer has), nor a key written from a title that names a
    role ("software-engineer-iii" for "Software Engineer III", now "Senior
    Software Engineer"; "engineer-2"; not "backend-engineer-l3", which holds
    a code): nobody on the ladder knows a level
    by such a key, so it is named by its title."""
    parts = [part for part in _ID_PARTS.split(level_id) if part]
    # A title's words with a rung's number or numeral ('engineer-2'); not a code among them ('backend-engineer-l3').
    if len(parts) > 1 and any(role_noun(part) for part in parts) and all(part.isalpha() or part.isdigit() for part in parts):
        return False
    if len(parts) == 1 and _INITIALS.fullmatch(level_id):
        return True  # "TL" for Tech Lead, "EM", "SWE": capitals people say, no word
    return not parts or any(not part.isalpha() or roman_numeral(part) for part in parts)


#: What separates the parts of an id ("sde-ii", "ic_3", "IC 3", "level.3").
_ID_PARTS = lazy(r"[\s\-_./]+")
#: An id of a few capitals alone: initials people say ("TL", "EM", "SWE").
_INITIALS = lazy(r"[A-Z]{2,4}")


def named_by_title(title: str | None, level_id: str) -> bool:
    """Whether a level is said by its title alone: the title spells its id
    out, or its id is no code people read (``id_is_a_code``)."""
    return bool(title) and (title_names_id(str(title), level_id) or not id_is_a_code(level_id))


def _same_rung(title: Rung | None, level_id: Rung | None) -> bool:
    return title is not None and level_id is not None and title.number == level_id.number \
        and _letters_and_digits(title.family) == _letters_and_digits(level_id.family)


def _letters_and_digits(text: str) -> str:
    # Accents folded: "Nível 2" spells nivel-2.
    return "".join(ch for ch in unaccented(text).casefold() if ch.isalnum())


def longest_increasing(values: list[int], costs: list[int] | None = None) -> list[bool]:
    """Which of ``values`` belong to one longest strictly increasing subsequence;
    with ``costs`` (one per value), the one of least total cost among the
    longest, or the usual one where it costs as little ("of two items
    that cross, keep the one that stayed nearer its place")."""
    keep = _longest_increasing(values)
    if not costs or not any(costs):
        return keep
    # Each value: the longest run ending there, and its least cost (quadratic: for short lists).
    best: list[tuple[int, int]] = []
    parent = [-1] * len(values)
    for i, value in enumerate(values):
        best.append((1, -costs[i]))
        for j in range(i):
            if values[j] < value and (best[j][0] + 1, best[j][1] - costs[i]) > best[i]:
                best[i] = (best[j][0] + 1, best[j][1] - costs[i])
                parent[i] = j
    end = max(range(len(values)), key=lambda i: (best[i], -i))
    if -best[end][1] >= sum(cost for cost, kept in zip(costs, keep) if kept):
        return keep  # as good: the usual choice
    cheaper = [False] * len(values)
    while end >= 0:
        cheaper[end] = True
        end = parent[end]
    return cheaper


def _longest_increasing(values: list[int]) -> list[bool]:
    tails: list[int] = []  # index into values of the smallest tail of each length
    parent: list[int] = [-1] * len(values)
    for i, value in enumerate(values):
        position = bisect.bisect_left([values[t] for t in tails], value)
        if position > 0:
            parent[i] = tails[position - 1]
        if position == len(tails):
            tails.append(i)
        else:
            tails[position] = i
    keep = [False] * len(values)
    i = tails[-1] if tails else -1
    while i >= 0:
        keep[i] = True
        i = parent[i]
    return keep


def moved_in_order(old: list[str], new: list[str]) -> list[tuple[str, int, int]]:
    """Of the same items listed in an ``old`` and a ``new`` order, the fewest
    that moved to explain the new order: (item, old position, new position),
    positions from 1, in the new order. An item listed twice is followed in
    order (its first copy to its first copy)."""
    places: dict[str, list[int]] = {}
    for position, item in enumerate(new):
        places.setdefault(item, []).append(position)
    taken = [places[item].pop(0) for item in old]  # where each old item is now
    stays = longest_increasing(taken)
    moved = [(old[i], i + 1, taken[i] + 1) for i, kept in enumerate(stays) if not kept]
    return sorted(moved, key=lambda item: item[2])
