"""Pairing the items of two revisions: levels, dimensions, competencies, statements.

Levels, dimensions and competencies are paired by id; an item whose id
changed is still paired when the new item lists the old id in
``renamed_from``, when it has the same content (or the same name) as exactly
one unpaired old item, or, failing all that, when most of its content is
that of one unpaired old item and of no other (for statements: the same
words, or reworded and still as alike as a move, see ``statements_alike``).

Statements are followed the way a reader follows them through an edit:

1. what is certain: the same stable id, wherever the statement is now; then,
   cell by cell (a competency at a level), the statements whose words did
   not change, in order, as a line diff aligns them. What is left of a cell
   forms "hunks": the runs of statements between unchanged ones, where an
   editor rewrote, inserted or deleted;
2. the same words in another cell: a move (the nearest, when there are
   several);
3. the fewest changes that explain the rest: an optimal assignment over the
   candidate pairs (each pair saves one change, a removal and an addition
   read as one), and among the ways with the fewest changes, the one whose
   pairs are the most alike, what each is about (its words beside its
   opening verb) counting more than its verb. Candidates are: statements in the same hunk
   where one side has a single statement (one statement replaced by
   another in place, however different; or by several, or several by one,
   that share some of its words); statements in the same cell that are
   similar; statements in other cells that are very similar (a move).
   Similarity sees rewordings (the words each text uses, weighted by how
   rare they are in the framework) and cuts or extensions (a text cut to its
   first clause, or extended by one, is the same statement; in its cell, one
   that says every word of the other and more, however much more, whatever
   the weights);
4. in place: where as many old as new statements are left in a hunk, the
   new ones replace the old ones, in order (one replaced by one, however
   different, as in step 3): rewordings. A statement paired in step 3
   within its hunk divides the hunk as an unchanged statement would: the
   runs between such pairs are read by steps 3 and 4 as hunks of their own,
   until nothing more is paired (of two pairs that cross, the one that went
   farther from its place moved, and divides nothing). So a statement is
   read the same whether the statement next to it was unchanged or reworded
   too. Not a part of a merge or split: a statement whose every word a
   statement of its level on the other side says, paired with another that
   lacks some of them, is left for step 5. Not a copy: a new statement
   whose words the old framework has
   elsewhere (one it keeps at another level, put in the place of another)
   is paired in steps 3 and 4 only where it is alike, as in a cell; the
   one it took the place of is taken out;
5. splits and merges: a statement that lost part of its words while other
   new statements in its place took them (or one of them is its first or
   last words, word for word, or opens with them and holds all it lost, a
   qualifier put in on the way) is split in several; several that went
   into one new statement are merged. The "and" or "or" that joined the
   parts is no word a part need hold. A part that stood elsewhere in the cell
   (a statement folded into one four statements above it) counts where it
   is mostly made of what the statement kept lost or gained, and the parts
   hold most of that.

Candidates in other cells are only scored when they share one of their
rarest words, so the cost grows with the number of changed statements, not
with the square of the framework's size; cells whose statements did not
change are skipped without looking at their words.
"""

from __future__ import annotations

import bisect
import difflib
import heapq
import math
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from typing import Callable, Generic, Hashable, Iterable, Sequence, TypeVar

from ..model import Statement
from ..rules.ll503_surrounding_whitespace import SPACES
from ..text import normal, strip_markdown
from ..text import words as text_words
from ..vocabulary import SCOPE_OF, level_code
from .changes import longest_increasing
from .grade.words import meaning_words
from .wording import OTHER_LABEL, clauses, meaning_stems, stem, topic_label, words
from ..patterns import lazy

T = TypeVar("T")


@dataclass
class Pairing(Generic[T]):
    """Old and new items paired up; ``how`` says why each pair was made."""

    pairs: list[tuple[T, T, str]] = field(default_factory=list)
    added: list[T] = field(default_factory=list)
    removed: list[T] = field(default_factory=list)


#: Two items whose contents overlap this much (and no other's as much) are
#: one item renamed.
SIMILAR_CONTENT = 0.5

#: How much the items left over share, given the old ones and the new ones:
#: {(index in new, index in old): share of the larger item's parts that
#: the other has too}, for the pairs that share anything.
Overlaps = Callable[[Sequence[T], Sequence[T]], dict[tuple[int, int], float]]


def pair_by_id(
    old: Sequence[T],
    new: Sequence[T],
    *,
    id_of: Callable[[T], str],
    renamed_from: Callable[[T], Iterable[str]],
    content_of: Callable[[T], Hashable],
    name_of: Callable[[T], Hashable] | None = None,
    parts_of: Callable[[T], frozenset[Hashable]] | None = None,
    overlaps: Overlaps[T] | None = None,
    renumbered: Callable[[T], frozenset[int]] | None = None,
) -> Pairing[T]:
    """Pair items by id, then by ``renamed_from``, then by unique content, then
    by unique name, then by mostly the same parts, then by a name kept
    inside the other's or respelt.

    ``renumbered``, given, says ids are numbers that may all have moved by
    one (levels: a level inserted below others and the ones above it
    renumbered), and gives cheap hashes of an item's parts: an item that
    kept most of its parts under the id of another old item, each the
    other's closest, is paired with it before any is paired by id, where
    the ids moved along a chain
    (L1 -> L2 -> L3, the last a new id or the first a gone one), not in a
    circle (two levels that swapped their statements are still the same
    two levels).

    ``content_of`` returns a hashable summary of an item's content, or an
    empty value when it has none (an empty item is never a rename of another).
    ``parts_of`` returns the set of an item's parts (its statements' words):
    an old and a new item left over are one renamed item when they share at
    least half of their parts and each is the other's only such match.
    ``overlaps``, given instead, says how much the items left over share
    (see :data:`Overlaps`), where sharing is more than having equal parts.
    Results keep the order of ``new`` (pairs, added) and ``old`` (removed).
    """
    old_by_id: dict[str, T] = {}
    for item in old:
        old_by_id.setdefault(id_of(item), item)  # a duplicate id is left unpaired
    matched: dict[int, tuple[T, str]] = {}  # index in new -> (old item, how)
    used: set[int] = set()  # id() of paired old items

    if overlaps is None and parts_of is not None:
        overlaps = _overlaps_of_parts(parts_of)
    if renumbered is not None:
        _pair_renumbered(old, new, id_of, renumbered, overlaps, matched, used)
    for i, item in enumerate(new):
        if i in matched:
            continue
        partner = old_by_id.get(id_of(item))
        if partner is not None and id(partner) not in used:
            matched[i] = (partner, "id")
            used.add(id(partner))
    for i, item in enumerate(new):
        if i in matched:
            continue
        for earlier in renamed_from(item):
            partner = old_by_id.get(earlier)
            if partner is not None and id(partner) not in used:
                matched[i] = (partner, "renamed_from")
                used.add(id(partner))
                break
    for how, key in (("content", content_of), ("name", name_of)):
        if key is None:
            continue
        left_old: dict[Hashable, list[T]] = defaultdict(list)
        for item in old:
            if id(item) not in used:
                value = key(item)
                if value:
                    left_old[value].append(item)
        left_new: dict[Hashable, list[int]] = defaultdict(list)
        for i, item in enumerate(new):
            if i not in matched:
                value = key(item)
                if value:
                    left_new[value].append(i)
        for k, indexes in left_new.items():
            candidates = left_old.get(k, [])
            if len(indexes) == 1 and len(candidates) == 1:  # only an unambiguous rename
                matched[indexes[0]] = (candidates[0], how)
                used.add(id(candidates[0]))
    if overlaps is not None:
        _pair_by_parts(old, new, overlaps, matched, used)
    if name_of is not None:
        _pair_by_name_kept(old, new, name_of, matched, used)

    result: Pairing[T] = Pairing()
    for i, item in enumerate(new):
        if i in matched:
            partner, how = matched[i]
            result.pairs.append((partner, item, how))
        else:
            result.added.append(item)
    result.removed = [item for item in old if id(item) not in used]
    return result


def _pair_renumbered(
    old: Sequence[T],
    new: Sequence[T],
    id_of: Callable[[T], str],
    parts_of: Callable[[T], frozenset[int]],
    overlaps: Overlaps[T] | None,
    matched: dict[int, tuple[T, str]],
    used: set[int],
) -> None:
    """Pair items that kept most of their content (by ``parts_of``, cheap
    hashes of their parts) under another id that an old item had, each the
    other's closest, where the ids moved along a chain: renumbered. Then,
    where some were, a new item whose id was an old item's paired so is
    paired with the left-over old item it shares most of its content with
    (the level that gave statements to a level inserted below it, and was
    renumbered)."""
    old_ids, new_ids = {id_of(item) for item in old}, {id_of(item) for item in new}
    if old_ids == new_ids:
        return  # no id is new or gone: nothing was renumbered along a chain
    old_parts = [parts_of(item) for item in old]
    holders: dict[int, list[int]] = defaultdict(list)  # part -> old items that have it
    for j, parts in enumerate(old_parts):
        for part in parts:
            holders[part].append(j)
    # Each item's candidates on the other side: (share of parts, same id, index, share of its own parts
    # the candidate has); of two as close, the one with the same id is the closer.
    of_new: dict[int, list[_Candidate]] = defaultdict(list)
    of_old: dict[int, list[_Candidate]] = defaultdict(list)
    for i, item in enumerate(new):
        mine = parts_of(item)
        for j, count in Counter(j for part in mine for j in holders.get(part, ())).items():
            share, same = count / max(len(mine), len(old_parts[j])), id_of(old[j]) == id_of(item)
            of_new[i].append((share, same, j, count / len(mine)))
            of_old[j].append((share, same, i, count / len(old_parts[j])))
    old_index = {id_of(item): j for j, item in enumerate(old)}
    new_index = {id_of(item): i for i, item in enumerate(new)}
    moves: dict[str, tuple[int, T]] = {}  # old id -> (index in new, old item), for content under another id
    for i, candidates in of_new.items():
        closest = _closest(candidates)
        if closest is None or closest[0] < SIMILAR_CONTENT or closest[1]:
            continue
        j = closest[2]
        if (_closest(of_old[j]) or (0.0, False, -1, 0.0))[2] != i:
            continue
        # Not where the item with either's id has no closer partner than the other: a level that took in
        # another's statements ("Software Engineer 2" folded into "Software Engineer") is still the level it
        # was; in a renumbering, the old level with its id went on up the ladder.
        if _kept_by_id(of_old, old_index.get(id_of(new[i])), i) or _kept_by_id(of_new, new_index.get(id_of(old[j])), j):
            continue
        moves[id_of(old[j])] = (i, old[j])
    back = {id_of(new[i]): start for start, (i, _partner) in moves.items()}
    for start, (i, partner) in moves.items():
        step, seen = id_of(new[i]), {start}
        while step in moves and step not in seen:
            seen.add(step)
            step = id_of(new[moves[step][0]])
        first, behind = start, {start}
        while first in back and back[first] not in behind:
            first = back[first]
            behind.add(first)
        if step not in seen and (step not in old_ids or first not in new_ids):  # a chain from a gone id or to a new one
            matched[i] = (partner, "content")
            used.add(id(partner))
    if not matched or overlaps is None:
        return
    old_by_id = {id_of(item): item for item in old}
    # An old item and the new item with its id that are each the other's closest (each keeps most
    # of the other's parts) are one item still, not a partner for the item displaced: the level
    # that a level inserted above it was copied from.
    kept = {id(item) for j, item in enumerate(old)
            if (namesake := new_index.get(id_of(item))) is not None and namesake not in matched
            and _kept_by_id(of_new, namesake, j) and _kept_by_id(of_old, j, namesake)}
    while True:
        paired = len(matched)
        displaced = {i for i, item in enumerate(new) if i not in matched
                     and id(old_by_id.get(id_of(item))) in used}
        if displaced:
            _pair_by_parts(old, new, overlaps, matched, used, only=displaced, held=kept)
        if len(matched) == paired:
            return


#: A candidate partner: (share of parts, same id, index, share of the item's own parts it has).
_Candidate = tuple[float, bool, int, float]


def _kept_by_id(candidates: dict[int, list[_Candidate]], index: int | None, other: int) -> bool:
    """Whether the item at ``index`` (of the same id as ``other``, on the
    other side) has most of its parts in ``other``, and no closer partner:
    the two are still one item."""
    closest = _closest(candidates.get(index, [])) if index is not None else None
    return closest is not None and closest[2] == other and closest[3] >= SIMILAR_CONTENT


def _closest(candidates: list[_Candidate]) -> _Candidate | None:
    """The closest of (share, same id, index) candidates, or None where two are as close."""
    ranked = sorted(candidates, reverse=True)
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return None
    return ranked[0] if ranked else None


def _pair_by_name_kept(
    old: Sequence[T],
    new: Sequence[T],
    name_of: Callable[[T], Hashable],
    matched: dict[int, tuple[T, str]],
    used: set[int],
) -> None:
    """Pair left-over items where one's name is the other's respelt
    ("Responsibilties" -> "Responsibilities") or with words added around it
    ("Engineer I" -> "Engineer I (IC 2)"), where the match is mutual and
    unique and keeps the order of the items paired already."""
    old_index = {id(item): j for j, item in enumerate(old)}
    left_old = [(item, name_of(item)) for item in old if id(item) not in used]
    left_new = [(i, name_of(item)) for i, item in enumerate(new) if i not in matched]
    pairs = [(old_index[id(partner)], i) for i, (partner, _how) in matched.items()]
    candidates: dict[int, list[int]] = defaultdict(list)  # index in left_old -> indexes in new
    partners: dict[int, list[int]] = defaultdict(list)  # index in new -> indexes in left_old
    for j, (item, theirs) in enumerate(left_old):
        for i, mine in left_new:
            if not isinstance(theirs, tuple) or not isinstance(mine, tuple):
                continue
            if not (_within(theirs, mine) or _within(mine, theirs) or _respelt(theirs, mine)):
                continue
            at = old_index[id(item)]
            if any((other < at) != (their_new < i) for other, their_new in pairs):
                continue  # it would cross an item paired already: another place in the order
            candidates[j].append(i)
            partners[i].append(j)
    for j, found in candidates.items():
        if len(found) == 1 and len(partners[found[0]]) == 1:
            matched[found[0]] = (left_old[j][0], "name")
            used.add(id(left_old[j][0]))


def _within(part: tuple[Hashable, ...], whole: tuple[Hashable, ...]) -> bool:
    """Whether ``part`` is a run of ``whole``, shorter than it."""
    size = len(part)
    return 0 < size < len(whole) and any(whole[k : k + size] == part for k in range(len(whole) - size + 1))


#: Two words this alike, of this many letters at least and with the same
#: first letter, are one word respelt ("responsibilties", "acepts"); "ii"
#: and "iii", "product" and "production", "leadership" and "readership" are not.
RESPELT_SIMILARITY = 0.9
RESPELT_LENGTH = 6


def respelt(old: str, new: str) -> bool:
    """Whether two words are one word spelt two ways, as a typo fixed (or
    made) leaves it: the words of names and of statements."""
    return old != new and old[:1] == new[:1] and min(len(old), len(new)) >= RESPELT_LENGTH \
        and difflib.SequenceMatcher(None, old, new).ratio() >= RESPELT_SIMILARITY


def _respelt(old: tuple[Hashable, ...], new: tuple[Hashable, ...]) -> bool:
    """Whether two names are the same words, some spelt another way."""
    if len(old) != len(new) or old == new:
        return False
    return all(a == b or isinstance(a, str) and isinstance(b, str) and respelt(a, b) for a, b in zip(old, new))


def _respellings(olds: Sequence[Placed], news: Sequence[Placed]) -> dict[str, str]:
    """The words only ``olds`` have, each with the one word only ``news``
    have that is it respelt, where each is the other's only such word
    ("Acepts feedback" -> "Accepts feedback"): a typo fixed is the same word
    when statements are compared, however rare the other words they share."""
    old_words = {w for p in olds for w in p.words}
    new_words = {w for p in news for w in p.words}
    came: dict[tuple[str, int], list[str]] = defaultdict(list)  # (first letter, length) -> words
    for w in sorted(new_words - old_words):
        if len(w) >= RESPELT_LENGTH:
            came[(w[0], len(w))].append(w)
    found: dict[str, list[str]] = {}
    partners: Counter[str] = Counter()
    for w in sorted(old_words - new_words):
        if len(w) < RESPELT_LENGTH:
            continue
        # As alike as RESPELT_SIMILARITY, the longer is at most this much longer than the shorter (a letter
        # more either way, against rounding).
        longest = math.floor(len(w) * (2 - RESPELT_SIMILARITY) / RESPELT_SIMILARITY) + 1
        shortest = math.ceil(len(w) * RESPELT_SIMILARITY / (2 - RESPELT_SIMILARITY)) - 1
        found[w] = [x for size in range(shortest, longest + 1) for x in came.get((w[0], size), ()) if respelt(w, x)]
        partners.update(found[w])
    return {w: xs[0] for w, xs in found.items() if len(xs) == 1 and partners[xs[0]] == 1}


def _overlaps_of_parts(parts_of: Callable[[T], frozenset[Hashable]]) -> Overlaps[T]:
    """Overlaps where the parts two items share are the parts both have."""

    def overlaps(old: Sequence[T], new: Sequence[T]) -> dict[tuple[int, int], float]:
        old_parts = [parts_of(item) for item in old]
        found: dict[tuple[int, int], float] = {}
        for i, item in enumerate(new):
            mine = parts_of(item)
            for j, theirs in enumerate(old_parts):
                if mine and theirs:
                    found[(i, j)] = len(mine & theirs) / max(len(mine), len(theirs))
        return found

    return overlaps


def _pair_by_parts(
    old: Sequence[T],
    new: Sequence[T],
    overlaps: Overlaps[T],
    matched: dict[int, tuple[T, str]],
    used: set[int],
    only: set[int] | None = None,
    held: set[int] | frozenset[int] = frozenset(),
) -> None:
    """Pair left-over items that share most of their parts, where the match
    is mutual and unique; ``only``: of the new items, those at these indexes;
    ``held``: old items (by ``id()``) left for another step to pair."""
    left_old = [item for item in old if id(item) not in used and id(item) not in held]
    left_new = [(i, item) for i, item in enumerate(new) if i not in matched and (only is None or i in only)]
    if not left_old or not left_new:
        return
    scores: dict[tuple[int, int], float] = {}
    for (k, j), overlap in overlaps(left_old, [item for _i, item in left_new]).items():
        if overlap >= SIMILAR_CONTENT:
            scores[(left_new[k][0], j)] = overlap
    for (i, j), _score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        rivals_of_new = [s for (a, b), s in scores.items() if a == i and b != j]
        rivals_of_old = [s for (a, b), s in scores.items() if b == j and a != i]
        if rivals_of_new or rivals_of_old or i in matched or id(left_old[j]) in used:
            continue
        matched[i] = (left_old[j], "similar")
        used.add(id(left_old[j]))


# --- statements -----------------------------------------------------------------


@dataclass(frozen=True)
class CellPair:
    """One competency at one level, in both revisions (either side may be empty).

    ``level`` and ``competency`` are the new revision's ids (the old ones for
    a level or competency that was removed); ``position`` is the level's
    place in the ladder, lowest first (a removed level sits between its
    neighbours)."""

    level: str
    competency: str
    position: float
    old: tuple[Statement, ...] = ()
    new: tuple[Statement, ...] = ()


#: The bag of a statement not compared: shared, never changed.
_NOTHING: dict[str, float] = {}


def words_key(text: str) -> str:
    """A statement's words, joined: two statements with one key say the
    same words, formatting aside. A level's code is one word however it is
    spaced ('IC 4' is 'IC4')."""
    text = strip_markdown(text)
    if not _DIGIT.search(text):
        return " ".join(text_words(text))
    found: list[str] = []
    for word in text_words(text, keep_case=True):
        if found and word.isdigit() and found[-1].isalpha() and level_code(f"{found[-1]} {word}") == \
                f"{found[-1]}{word}".upper():
            found[-1] += word
        else:
            found.append(word)
    return " ".join(word.casefold() for word in found)


_DIGIT = lazy(r"\d")


class Placed:
    """A statement and where it is: its cell, its hunk, its order."""

    __slots__ = (
        "statement", "level", "competency", "position", "order", "text", "cell", "hunk", "run", "_key", "bag",
        "weight", "parts",
    )

    def __init__(self, statement: Statement, cell: CellPair, where: tuple[str, str], order: int):
        self.statement = statement
        self.level = cell.level
        self.competency = cell.competency
        #: Position of the level in the ladder, lowest first.
        self.position = cell.position
        #: Position in document order on its side, for stable tie-breaks.
        self.order = order
        # White space around a statement is none of its text: a block scalar
        # (`>`, `|`) ends with YAML's line break, and the spaces LL503 reports
        # are what `check --fix` takes away.
        self.text = statement.text.strip(SPACES)
        #: (level, competency), one tuple shared by the cell's statements.
        self.cell = where
        #: The run of changed statements of its cell it belongs to (see the module's docstring).
        self.hunk = -1
        #: The part of its hunk it is read in place with: the hunk, or a run
        #: of it between statements paired within it (see the module's docstring).
        self.run = -1
        self._key: str | None = None
        #: Weighted stems of the whole text and of each run of its clauses,
        #: set (not changed in place) when it is compared.
        self.bag: dict[str, float] = _NOTHING
        self.weight = 0.0
        self.parts: tuple[tuple[dict[str, float], float], ...] = ()

    @property
    def key(self) -> str:
        """Its words, joined: "the same words" in one compact string (made when first asked for)."""
        if self._key is None:
            self._key = words_key(self.text)
        return self._key

    @property
    def words(self) -> list[str]:
        return self.key.split(" ") if self.key else []

    def __repr__(self) -> str:
        return f"Placed({self.level}/{self.competency}#{self.order}: {self.text!r})"


@dataclass
class StatementPairing:
    """How the statements of two revisions are related.

    ``how`` of a pair: id, text, words (formatting aside), moved (the same
    words elsewhere), similar (in its cell), moved-similar (elsewhere),
    in-place (replaced in its place by a different text), or restated (a
    higher level's statement that restates a lower one's, where levels
    stand alone: ``restated_pairs``)."""

    pairs: list[tuple[Placed, Placed, str]] = field(default_factory=list)
    #: One old statement and the new statements it became.
    splits: list[tuple[Placed, tuple[Placed, ...]]] = field(default_factory=list)
    #: Old statements and the one new statement they became.
    merges: list[tuple[tuple[Placed, ...], Placed]] = field(default_factory=list)
    added: list[Placed] = field(default_factory=list)
    removed: list[Placed] = field(default_factory=list)


#: A statement's words in the third person, the voice most frameworks use:
#: "I hold myself", "You hold yourself" and "Holds themselves" ask the same.
#: In a framework written in one voice, a pronoun of another is among its
#: rarest words, so a statement whose voice changed would otherwise look
#: like another statement by its pronouns alone. A subject pronoun goes
#: (the third person leaves it out), the others and the verbs that agree
#: with them become the third person's.
THIRD_PERSON: dict[str, str] = {
    **dict.fromkeys("i you we they he she".split(), ""),
    **dict.fromkeys("my your our his her their".split(), "their"),
    **dict.fromkeys("mine yours ours hers theirs".split(), "theirs"),
    **dict.fromkeys("me us him them".split(), "them"),
    **dict.fromkeys("myself yourself yourselves ourselves himself herself themselves".split(), "themselves"),
    **dict.fromkeys("am are is i'm you're we're they're he's she's".split(), "is"),
    **dict.fromkeys("have has i've you've we've they've".split(), "has"),
    **dict.fromkeys("was were".split(), "was"),
    **dict.fromkeys("i'll you'll we'll they'll".split(), "will"),
    **dict.fromkeys("i'd you'd we'd they'd".split(), "would"),
}


def third_person(found: Sequence[str]) -> tuple[str, ...]:
    """Words (as :func:`words` gives them) as the third person says them (see :data:`THIRD_PERSON`)."""
    # Each word looked up, and the subject pronouns (now empty) dropped, without a loop in Python.
    return tuple(filter(None, map(THIRD_PERSON.get, found, found)))


#: The stems of the words of the scale of scope ("team", "organisation",
#: "company"): a statement moved to another level often asks at another
#: scope, and is still the statement it was.
_SCOPE_STEMS = frozenset(stem(word) for word in SCOPE_OF)
#: The one stem scope words stand for when two statements are compared at another scope.
_SCOPE = "\0scope"

#: Pairs in the same cell need this similarity to count as one rewording
#: (unless one replaced the other in place).
IN_CELL_SIMILARITY = 0.5
#: In its own place (a hunk where one side is a single statement), a
#: statement replaced by several, or several by one, needs only some words
#: in common with the one it replaced; replaced one for one, none.
IN_PLACE_SIMILARITY = IN_CELL_SIMILARITY / 2
#: Pairs in different cells need this much to count as a move.
MOVE_SIMILARITY = 0.75
#: Within one level, a statement moved to another competency and reworded
#: on the way needs less, where it keeps most of its words (KEPT_WORDS): what
#: a level asks for stays at the level. 'Reviews code changes' under Code
#: and 'Reviews design changes' under Design are two statements. So does a
#: statement moved to the level next to its own in its competency: what a
#: competency asks for climbs its ladder a rung at a time ('Proactively
#: shares knowledge internally' at L5, '... shares understanding ...' at L4).
LEVEL_MOVE_SIMILARITY = 0.6
KEPT_WORDS = 0.75
#: A text that is one clause (or a run of clauses) of another counts a
#: little less than the same text: a cut or an extension is still an edit.
CLAUSE_MATCH = 0.9
#: A split or merge: each part takes at least PART_SHARE of its words from
#: the whole, and the statement kept as the whole lost (or gained) at least
#: PART_CHANGE of the whole's words, or the parts hold PART_SHARE of them.
PART_SHARE = 0.5
PART_CHANGE = 1 / 3
#: The weight of a statement's opening word (its verb: how much is asked)
#: beside the rest (what it is about) when pairs are chosen among candidates.
OPENING_WEIGHT = 0.5
#: How many rare words of a statement are used to find candidates in other
#: cells, and how many candidates are scored at most.
_PROBE_WORDS = 6
_MAX_CANDIDATES = 8
#: Pairs within one cell scored all against all, up to this many.
_CELL_PAIRS = 144
#: Statements read to learn how common each word is in the framework.
_SAMPLE = 1000
#: Weights are compared as integers (exact, the same on every machine).
_SCALE = 10_000
#: How much likelier a rewording in place is than a move, as a share of
#: the similarity scale: a move must be a tenth more alike to win.
_IN_PLACE_BONUS = _SCALE // 10


def pair_statements(cells: Sequence[CellPair], *, revisions: bool = True) -> StatementPairing:
    """Pair the statements of ``cells`` (see the module's docstring).

    ``revisions``: the two sides are revisions of one framework, so a text
    replaced in place is a rewording and splits and merges are looked for.
    Without it (two levels of one framework compared), statements are only
    paired by their words.
    """
    return _StatementMatcher(cells, revisions).run()


def statements_alike(cells: Sequence[CellPair]) -> list[tuple[Placed, Placed]]:
    """Every old and new statement of ``cells`` in different cells that the
    differ could follow from one to the other as one statement moved: the
    same id, the same words, or reworded and still much alike (as step 3
    weighs a move). A statement may be in several pairs: these are what
    two cells could share, not a pairing."""
    return _StatementMatcher(cells, revisions=False).alike()


class _StatementMatcher:
    def __init__(self, cells: Sequence[CellPair], revisions: bool):
        self.cells = cells
        self.revisions = revisions
        #: The positions of the levels in the ladder, lowest first.
        self.positions = sorted({cell.position for cell in cells})
        self.old: list[Placed] = []
        self.new: list[Placed] = []
        self.old_of: dict[int, Placed] = {}  # partner of each paired new statement, by order
        self.new_of: dict[int, Placed] = {}  # partner of each paired old statement, by order
        self.pairs: list[tuple[Placed, Placed, str]] = []
        self.idf: dict[str, float] = {}
        self.default_idf = 1.0
        #: Words of the old statements compared, each with the word of the new ones that is it respelt.
        self.respelt: dict[str, str] = {}
        # Leftovers by hunk: hunk id -> (old statements, new statements).
        self.hunks: dict[int, tuple[list[Placed], list[Placed]]] = {}
        # The runs statements are read in place in: run id -> (old, new);
        # at first the hunks, then the runs between pairs made within them.
        self.runs: dict[int, tuple[list[Placed], list[Placed]]] = {}
        self.next_run = 0
        # Each side's statements by cell (old, new), for splits and merges across a cell.
        self._cells: tuple[dict[tuple[str, str], list[Placed]], dict[tuple[str, str], list[Placed]]] = ({}, {})
        self._new_alone: set[str] = set()
        # The orders of the new statements left over whose words the old
        # framework has elsewhere: copies, never put in place of another.
        self.copies: set[int] = set()
        # The levels new in this revision: nothing of theirs on the old side.
        had = {cell.level for cell in cells if cell.old}
        self.new_levels = {cell.level for cell in cells if cell.level not in had}

    # -- bookkeeping ---------------------------------------------------------

    def take(self, o: Placed, n: Placed, how: str) -> None:
        self.new_of[o.order] = n
        self.old_of[n.order] = o
        self.pairs.append((o, n, how))

    def free_old(self, o: Placed) -> bool:
        return o.order not in self.new_of

    def free_new(self, n: Placed) -> bool:
        return n.order not in self.old_of

    # -- the rounds ----------------------------------------------------------

    def run(self) -> StatementPairing:
        by_cell = self._place()
        self._same_ids()
        for olds, news in by_cell:
            self._align(olds, news)
        self._same_words_elsewhere()
        left_old = [o for o in self.old if self.free_old(o)]
        left_new = [n for n in self.new if self.free_new(n)]
        if self.revisions and left_old and left_new:
            self.copies = self._copies(left_new)
        splits: list[tuple[Placed, tuple[Placed, ...]]] = []
        merges: list[tuple[tuple[Placed, ...], Placed]] = []
        if left_old or left_new:
            self._learn_weights(left_old, left_new)
            if left_old and left_new:
                self._assign(left_old, left_new)
                if self.revisions:
                    self._in_place()
            if self.revisions:
                splits, merges = self._splits_and_merges()
        in_parts = {p.order for _o, parts in splits for p in parts} | {n.order for _o, n in merges}
        old_in_parts = {o.order for o, _parts in splits} | {o.order for parts, _n in merges for o in parts}
        pairs = [
            (o, n, how) for o, n, how in self.pairs if n.order not in in_parts and o.order not in old_in_parts
        ]
        pairs.sort(key=lambda p: p[1].order)
        return StatementPairing(
            pairs=pairs,
            splits=sorted(splits, key=lambda s: s[1][0].order),
            merges=sorted(merges, key=lambda m: m[1].order),
            added=[n for n in self.new if self.free_new(n) and n.order not in in_parts],
            removed=[o for o in self.old if self.free_old(o) and o.order not in old_in_parts],
        )

    def _place(self) -> list[tuple[list[Placed], list[Placed]]]:
        """Placed statements of every cell that changed; unchanged cells are skipped."""
        out = []
        for cell in self.cells:
            if _unchanged(cell.old, cell.new):
                continue
            where = (cell.level, cell.competency)
            olds = [Placed(s, cell, where, len(self.old) + i) for i, s in enumerate(cell.old)]
            news = [Placed(s, cell, where, len(self.new) + i) for i, s in enumerate(cell.new)]
            self.old.extend(olds)
            self.new.extend(news)
            out.append((olds, news))
        return out

    def _same_ids(self) -> None:
        """1. The same stable id, wherever the statement is now."""
        old_ids: dict[str, deque[Placed]] = defaultdict(deque)
        for o in self.old:
            if o.statement.id:
                old_ids[o.statement.id].append(o)
        for n in self.new:
            queue = old_ids.get(n.statement.id or "")
            if queue:
                self.take(queue.popleft(), n, "id")

    def _align(self, olds: list[Placed], news: list[Placed]) -> None:
        """1. A cell's unchanged statements, aligned as a line diff aligns
        lines; the runs between them are its hunks."""
        olds = [o for o in olds if self.free_old(o)]
        news = [n for n in news if self.free_new(n)]
        # Texts as written first (most of a changed cell did not change),
        # then, between them, the words of the rest (formatting aside).
        for tag, i1, i2, j1, j2 in _opcodes([o.text for o in olds], [n.text for n in news]):
            if tag == "equal":
                for o, n in zip(olds[i1:i2], news[j1:j2]):
                    self.take(o, n, "text")
                continue
            some_old, some_new = olds[i1:i2], news[j1:j2]
            for tag2, k1, k2, l1, l2 in _opcodes([o.key for o in some_old], [n.key for n in some_new]):
                if tag2 == "equal":
                    for o, n in zip(some_old[k1:k2], some_new[l1:l2]):
                        self.take(o, n, "text" if o.text == n.text else "words")
                    continue
                hunk = len(self.hunks)
                self.hunks[hunk] = (some_old[k1:k2], some_new[l1:l2])
                self.runs[hunk] = self.hunks[hunk]
                self.next_run = hunk + 1
                for p in some_old[k1:k2] + some_new[l1:l2]:
                    p.hunk = p.run = hunk
        # The same words out of order: a statement moved within its cell.
        index: dict[str, deque[Placed]] = defaultdict(deque)
        for o in olds:
            if self.free_old(o) and o.key:
                index[o.key].append(o)
        for n in news:
            if self.free_new(n):
                queue = index.get(n.key)
                if queue:
                    o = queue.popleft()
                    self.take(o, n, "text" if o.text == n.text else "words")

    def _same_words_elsewhere(self) -> None:
        """2. The same words in another cell: a move; the nearest when there are several."""
        by_words: dict[str, list[Placed]] = defaultdict(list)
        for o in self.old:
            if self.free_old(o) and o.key:
                by_words[o.key].append(o)
        wanted: dict[str, list[Placed]] = defaultdict(list)
        for n in self.new:
            if self.free_new(n) and n.key in by_words:
                wanted[n.key].append(n)
        for key, news in wanted.items():
            olds = by_words[key]
            edges = [
                (r, c, _SCALE * 4 - _distance(o, n))
                for r, n in enumerate(news)
                for c, o in enumerate(olds)
                if not self._both_reworded_in_place(o, n)
            ]
            for r, c in max_weight_matching(edges):
                self.take(olds[c], news[r], "moved")

    def _copies(self, left_new: list[Placed]) -> set[int]:
        """The new statements left over whose words the old framework has
        elsewhere, where they were already followed (kept, or moved): one put
        in the place of another as a copy of a statement the framework keeps
        at another level is that statement asked here too, not the other one
        reworded into it. (Not the other way: an old statement a framework
        repeats at several levels, replaced in one of them, is replaced.)
        Statements are compared in their normal form, as the differ says a
        text is still said elsewhere: a copy is what a reader sees as one."""
        old_said = {normal(s.text) for cell in self.cells for s in cell.old}
        return {n.order for n in left_new if n.key and normal(n.text) in old_said}

    def _both_reworded_in_place(self, o: Placed, n: Placed) -> bool:
        """Whether the words of ``o`` came back elsewhere only because two
        statements were reworded where they stand: ``o`` into a statement
        much like it in its own place, and the one ``n`` replaced was much
        like ``n`` ('for your team' -> 'for your organisation' at L2, a typo
        fixed at L3 into L2's old words). Fewer changes explain it so."""
        if o.cell == n.cell:
            return False
        o_news = [x for x in self.hunks.get(o.hunk, ((), ()))[1] if self.free_new(x)]
        n_olds = [x for x in self.hunks.get(n.hunk, ((), ()))[0] if self.free_old(x)]
        if len(o_news) == 1 and len(n_olds) == 1 and _alike(o.key, o_news[0].key) and _alike(n.key, n_olds[0].key):
            return True
        # One side alone, where its statement stands in its place nearly word
        # for word (a typo fixed at L4 as L3's copy is deleted; L3's typo
        # fixed as it is copied to L4): one change in place, not a move that
        # leaves the statement in that place removed (or added).
        if self._retouched(n, n_olds, self.hunks.get(n.hunk, ((), ()))[1], new_side=True) \
                or self._retouched(o, o_news, self.hunks.get(o.hunk, ((), ()))[0], new_side=False):
            return True
        # A level new in this revision that copied the old words of a statement reworded in its place
        # (a rung added by copying the bullets of the one below, as that one was tightened): the
        # rewording in place, and the copy is the new level's own; nothing left the level for it.
        return n.level in self.new_levels and self._retouched(
            o, o_news, self.hunks.get(o.hunk, ((), ()))[0], new_side=False, alike=_alike)

    def _reworded_in_place(self, o: Placed, n: Placed) -> bool:
        """Whether either end of a move of ``o`` to ``n`` (reworded on the
        way) stands in its place reworded: the one statement left on the
        other side of its hunk keeps most of its words (``_mostly_kept``, as
        a move within a level must). A statement sharpened where it stands
        ("Transparent about mistakes, early" -> "..., informs the people
        concerned at once") as a softer copy is put a level below is the
        statement reworded in its place and the copy added: nothing left the
        level, and its bar did not drop. A place left empty, or filled by
        an unrelated statement, leaves the move as it is."""
        o_news = [x for x in self.hunks.get(o.hunk, ((), ()))[1] if self.free_new(x)]
        n_olds = [x for x in self.hunks.get(n.hunk, ((), ()))[0] if self.free_old(x)]
        return self._retouched(n, n_olds, self.hunks.get(n.hunk, ((), ()))[1], new_side=True,
                               alike=_mostly_kept) \
            or self._retouched(o, o_news, self.hunks.get(o.hunk, ((), ()))[0], new_side=False,
                               alike=lambda new, old: _mostly_kept(old, new))

    def _retouched(self, p: Placed, partners: list[Placed], own_side: Sequence[Placed], *, new_side: bool,
                   alike: Callable[[str, str], bool] | None = None) -> bool:
        """Whether ``p`` is the only statement left on its side of its hunk,
        and the one statement left on the other side is ``p`` retouched: its
        words nearly letter for letter (or, with ``alike``, as alike as it says)."""
        free = self.free_new if new_side else self.free_old
        return len(partners) == 1 and [x for x in own_side if free(x)] == [p] \
            and (alike or retouched)(partners[0].key, p.key)

    def _learn_weights(self, olds: list[Placed], news: list[Placed]) -> None:
        """How rare each word stem is in the framework (a sample of its
        statements and all those compared), and the weighted stems of the
        statements to compare, a word respelt as the word it was
        (``_respellings``)."""
        self.respelt = _respellings(olds, news)
        compared = olds + news
        everything = [s for cell in self.cells for side in (cell.old, cell.new) for s in side]
        step = max(1, len(everything) // _SAMPLE)
        documents: Counter[str] = Counter()
        count = 0
        for statement in everything[::step]:
            # Split without the cache of words: these are read once.
            documents.update(set(meaning_stems(third_person(words_key(statement.text).split()))))
            count += 1
        for p in compared:
            documents.update(set(meaning_stems(self._spelt(p.words))))
            count += 1
        # A word in every statement weighs little; one seen once, the most.
        self.idf = {w: math.log(1 + count / df) for w, df in documents.items()}
        self.default_idf = math.log(1 + count)
        for p in compared:
            p.bag = self._bag(p.words)
            p.weight = sum(p.bag.values())
            found = [self._bag(c) for c in clauses(p.text)] if p.text else []
            runs: list[tuple[dict[str, float], float]] = []
            if len(found) > 1:
                for i in range(len(found)):
                    merged: Counter[str] = Counter()
                    for j in range(i, len(found)):
                        merged.update(found[j])
                        if j - i + 1 < len(found):
                            runs.append((dict(merged), sum(merged.values())))
            p.parts = tuple(runs)

    def _bag(self, found: Sequence[str]) -> dict[str, float]:
        """Weighted stems of words in the third person (:func:`third_person`),
        an idiom of the vocabulary as its one word."""
        out: dict[str, float] = defaultdict(float)
        for s in meaning_stems(self._spelt(found)):
            out[s] += self.idf.get(s, self.default_idf)
        return dict(out)

    def _spelt(self, found: Sequence[str]) -> tuple[str, ...]:
        """Words in the third person, each respelt word as the other side spells it."""
        if self.respelt:
            found = [self.respelt.get(w, w) for w in found]
        return third_person(found)

    def similarity(self, o: Placed, n: Placed, *, cut_only: bool = False) -> float:
        """How alike two statements are, in [0, 1]: the rare words they share,
        or one being a clause (or run of clauses) of the other, reworded
        (or, with ``cut_only``, word for word)."""
        best = _cosine(o.bag, o.weight, n.bag, n.weight)
        for runs, other, other_weight in ((o.parts, n.bag, n.weight), (n.parts, o.bag, o.weight)):
            for bag, weight in runs:
                # Dice is at most 2 * min / sum of the weights: skip runs that cannot do better.
                if CLAUSE_MATCH * 2 * min(weight, other_weight) / (weight + other_weight or 1) > best:
                    best = max(best, CLAUSE_MATCH * _clause(bag, weight, other, other_weight, cut_only))
        return best

    def _about(self, p: Placed) -> tuple[dict[str, float], float]:
        """``p``'s weighted stems, its opening word's (its verb's, "I" and
        the like aside) weighed at OPENING_WEIGHT, and their total weight."""
        opening = meaning_stems(self._spelt(p.words))[:1]
        bag = {s: weight * OPENING_WEIGHT if (s,) == opening else weight for s, weight in p.bag.items()}
        return bag, sum(bag.values())

    def _neighbours(self, a: float, b: float) -> bool:
        """Whether two levels (by position) are next to each other in the ladder."""
        low, high = min(a, b), max(a, b)
        at = bisect.bisect_right(self.positions, low)
        return at < len(self.positions) and self.positions[at] == high

    def rescoped_similarity(self, o: Placed, n: Placed) -> float:
        """:meth:`similarity` of two statements whose scope changed ("in their
        team" -> "across the organisation"), their scope words read as one
        word; 0.0 where no scope word of one is missing from the other."""
        if _SCOPE_STEMS.isdisjoint(o.bag) or _SCOPE_STEMS.isdisjoint(n.bag):
            return 0.0
        gone = [s for s in o.bag if s in _SCOPE_STEMS and s not in n.bag]
        came = [s for s in n.bag if s in _SCOPE_STEMS and s not in o.bag]
        if not gone or not came:
            return 0.0
        a, b = _rescoped(o.bag, gone), _rescoped(n.bag, came)
        return _cosine(a, sum(a.values()), b, sum(b.values()))

    def _assign(self, left_old: list[Placed], left_new: list[Placed], *, in_runs: bool = False) -> None:
        """3. The fewest changes, then the most alike pairs, over all candidates
        (``in_runs``: only pairs in one run, all others having been weighed)."""
        scores = self._candidates(left_old, left_new, in_runs=in_runs)
        about_old = {j: self._about(left_old[j]) for _i, j in scores}
        about_new = {i: self._about(left_new[i]) for i, _j in scores}
        edges = []
        for (i, j), (sim, _in_place) in sorted(scores.items()):
            o, n = left_old[j], left_new[i]
            # What a statement is about is more of it than how much it is
            # asked: two that swapped their verbs ("Leads incident reviews",
            # "Attends design reviews" -> "Attends incident reviews", "Leads
            # design reviews") are each the one about the same thing.
            sim = min(1.0, max(0.0, sim - _owed_to_verbs(o, n, about_old[j], about_new[i])))
            # Each pair saves a change; then the most alike; then, between
            # equals, the one where a line diff puts it (the same offset in its run).
            aligned = o.cell == n.cell and o.run == n.run and self._offset(o) == self._offset(n)
            # A rewording where the statement stands is a smaller claim than a move:
            # between two readings as alike, the one that keeps statements in place.
            here = _IN_PLACE_BONUS if o.cell == n.cell else 0
            edges.append((i, j, _SCALE + round(sim * (_SCALE - 10)) + here + (1 if aligned else 0)))
        for i, j in max_weight_matching(edges):
            o, n = left_old[j], left_new[i]
            sim, in_place = scores[(i, j)]
            if o.cell != n.cell:
                how = "moved-similar"
            else:
                how = "similar" if sim >= IN_CELL_SIMILARITY or not in_place else "in-place"
            self.take(o, n, how)

    def alike(self) -> list[tuple[Placed, Placed]]:
        """Every old and new statement of different cells that could be one
        statement moved from one to the other (see :func:`statements_alike`)."""
        self._place()
        if not self.old or not self.new:
            return []
        self._learn_weights(self.old, self.new)
        found = set(self._candidates(self.old, self.new))
        by_id: dict[str, list[int]] = defaultdict(list)
        by_key: dict[str, list[int]] = defaultdict(list)
        for j, o in enumerate(self.old):
            if o.statement.id:
                by_id[o.statement.id].append(j)
            elif o.key:  # one with an id is followed by it, not by its words
                by_key[o.key].append(j)
        for i, n in enumerate(self.new):
            found.update((i, j) for j in by_id.get(n.statement.id or "", ()))
            found.update((i, j) for j in by_key.get(n.key, ()) if self.old[j].cell != n.cell)
        return [(self.old[j], self.new[i]) for i, j in sorted(found)]

    def _candidates(
        self, left_old: list[Placed], left_new: list[Placed], *, in_runs: bool = False
    ) -> dict[tuple[int, int], tuple[float, bool]]:
        """The pairs that step 3 weighs: {(new i, old j): (similarity, in place)}."""
        scores: dict[tuple[int, int], tuple[float, bool]] = {}  # (new i, old j) -> (similarity, in place)
        old_index = {o.order: j for j, o in enumerate(left_old)}

        def consider(i: int, j: int) -> None:
            if (i, j) in scores:
                return
            n, o = left_new[i], left_old[j]
            if in_runs and o.run != n.run:
                return
            same_cell = o.cell == n.cell
            same_level = o.level == n.level
            if not same_cell and o.statement.id and o.statement.id != n.statement.id:
                return  # a statement with an id is followed by it, not by its words elsewhere
            if not same_cell and o.key == n.key and self._both_reworded_in_place(o, n):
                return  # not taken as a move in step 2, for the same reason
            if not same_cell and self._reworded_in_place(o, n):
                return  # either end stands in its place reworded: a rewording there, not a move
            # At another level, a clause counts only as it was: a cut or an
            # extension that also moved up or down is not also reworded.
            sim = self.similarity(o, n, cut_only=not same_level)
            in_place = self.revisions and same_cell and o.run == n.run and self._single_sided(o.run) \
                and n.order not in self.copies
            if in_place and self._one_for_one(o.run):
                wanted = 0.0
            elif in_place:
                wanted = IN_PLACE_SIMILARITY
            elif same_cell:
                wanted = IN_CELL_SIMILARITY
            elif (same_level or o.competency == n.competency and self._neighbours(o.position, n.position)) \
                    and _mostly_kept(o.text, n.text):
                wanted = LEVEL_MOVE_SIMILARITY
            else:
                wanted = MOVE_SIMILARITY
            if sim < wanted and not same_cell:
                # Moved to another level or competency and asking at another scope.
                sim = max(sim, self.rescoped_similarity(o, n))
            if same_cell and (_holds(n, o) or _holds(o, n)):
                # One says all the other says, and more: the statement grown
                # (or cut) where it stands, however much was added (or taken
                # out), as alike as a clause added or cut.
                sim = max(sim, CLAUSE_MATCH)
            if same_cell and wanted and _labelled_apart(o.text, n.text):
                # "Testing: I write tests ..." and "Code quality: I write tests ...":
                # the framework names them two things, whatever words they share.
                sim /= OTHER_LABEL
            if sim >= wanted:
                scores[(i, j)] = (sim, in_place)

        # Within a cell, all against all (cells are small).
        cells_old: dict[tuple[str, str], list[int]] = defaultdict(list)
        for j, o in enumerate(left_old):
            cells_old[o.cell].append(j)
        cells_new: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, n in enumerate(left_new):
            cells_new[n.cell].append(i)
        for cell, news in cells_new.items():
            olds = cells_old.get(cell, [])
            if olds and len(olds) * len(news) <= _CELL_PAIRS:
                for i in news:
                    for j in olds:
                        consider(i, j)
        # Elsewhere (and in large cells), candidates that share a rare word.
        postings: dict[str, list[int]] = defaultdict(list)
        for j, o in enumerate(left_old):
            for s in o.bag:
                postings[s].append(j)
        common = max(32, len(left_old) // 50)
        for i, n in enumerate(left_new):
            probe = sorted(
                (s for s in n.bag if s in postings and len(postings[s]) <= common),
                key=lambda s: (len(postings[s]), s),
            )[:_PROBE_WORDS]
            hits: Counter[int] = Counter()
            for s in probe:
                hits.update(postings[s])
            for j in sorted(hits, key=lambda j: (-hits[j], j))[:_MAX_CANDIDATES]:
                consider(i, j)
        del old_index
        return scores

    def _single_sided(self, run: int) -> bool:
        """A run where one side is a single statement (one replaced by one or several, or several by one)."""
        olds, news = self.runs.get(run, ((), ()))
        left_old = [o for o in olds if self.free_old(o)]
        left_new = [n for n in news if self.free_new(n)]
        return len(left_old) == 1 or len(left_new) == 1

    def _one_for_one(self, run: int) -> bool:
        olds, news = self.runs.get(run, ((), ()))
        return sum(map(self.free_old, olds)) == 1 and sum(map(self.free_new, news)) == 1

    def _offset(self, p: Placed) -> int:
        olds, news = self.runs.get(p.run, ((), ()))
        side = olds if p in olds else news
        return side.index(p)

    def _in_place(self) -> None:
        """4. Statements replaced in place, run by run, until nothing more is paired."""
        while True:
            held = self._held_whole()
            self._replaced_in_place(held)
            runs = self._divide_runs()
            if not runs:
                return
            held = self._held_whole()
            left_old = [o for run in runs for o in self.runs[run][0]
                        if self.free_old(o) and (False, o.order) not in held]
            left_new = [n for run in runs for n in self.runs[run][1]
                        if self.free_new(n) and (True, n.order) not in held]
            # Only pairs within a run are new: all others were weighed already.
            self._assign(left_old, left_new, in_runs=True)

    def _held_whole(self) -> set[tuple[bool, int]]:
        """(new side, order) of the statements left over whose words are all
        in a statement of their level on the other side, paired with another
        that lacks some of them: a part of a merge ("I work well with other
        teams" + "I lift up those around me" -> "I work well with other teams
        and lift up those around me") or of a split, for step 5 to read, not
        a statement replaced in its place by another."""
        wholes: dict[tuple[bool, str], list[tuple[Placed, Placed]]] = defaultdict(list)
        for o, n, how in self.pairs:
            if how not in ("text", "words", "moved") and o.level == n.level and o.bag and n.bag:
                wholes[(False, n.level)].append((n, o))  # the old statements merged into n with o
                wholes[(True, o.level)].append((o, n))  # the new statements split from o with n
        held: set[tuple[bool, int]] = set()
        for side, placed, free in ((False, self.old, self.free_old), (True, self.new, self.free_new)):
            for p in placed:
                if p.run < 0 or not free(p) or (side, p.level) not in wholes:
                    continue
                if any(_holds(whole, p) and not p.bag.keys() <= kept.bag.keys()
                       for whole, kept in wholes[(side, p.level)]):
                    held.add((side, p.order))
        return held

    def _replaced_in_place(self, held: set[tuple[bool, int]]) -> None:
        """As many old as new statements left in a run: each replaced in place
        by the one in its place (but for parts ``held`` whole by a statement
        paired with another)."""
        for olds, news in self.runs.values():
            left_old = [o for o in olds if self.free_old(o) and (False, o.order) not in held]
            left_new = [n for n in news if self.free_new(n) and n.order not in self.copies
                        and (True, n.order) not in held]
            if left_old and len(left_old) == len(left_new):
                for o, n in zip(left_old, left_new):
                    self.take(o, n, "in-place")

    def _divide_runs(self) -> list[int]:
        """Divide each run where statements are left on both sides at the
        pairs made within it, as unchanged statements divide a cell into
        hunks; the new runs with statements left on both sides."""
        made: list[int] = []
        for run, (olds, news) in list(self.runs.items()):
            left_old = [o for o in olds if self.free_old(o)]
            left_new = [n for n in news if self.free_new(n)]
            if not left_old or not left_new:
                continue
            # The pairs within the run that keep their order divide it (one
            # that does not is a statement moved within it, which divides
            # nothing; of two that cross, the one that went farther moved).
            new_at = {id(n): k for k, n in enumerate(news)}
            within = [(i, new_at[id(self.new_of[o.order])]) for i, o in enumerate(olds)
                      if not self.free_old(o) and id(self.new_of[o.order]) in new_at]
            kept = longest_increasing([b for _a, b in within], [abs(a - b) for a, b in within])
            cuts = [pair for pair, stays in zip(within, kept) if stays]
            if not cuts:
                continue
            bounds = [(-1, -1), *cuts, (len(olds), len(news))]
            parts = [
                ([o for o in olds[a + 1 : c] if self.free_old(o)], [n for n in news[b + 1 : d] if self.free_new(n)])
                for (a, b), (c, d) in zip(bounds, bounds[1:])
            ]
            if sum(1 for part_old, part_new in parts if part_old or part_new) < 2:
                continue  # all that is left is in one run: nothing new to read
            del self.runs[run]
            for part_old, part_new in parts:
                if not part_old and not part_new:
                    continue
                new_run = self.next_run
                self.next_run += 1
                self.runs[new_run] = (part_old, part_new)
                for p in part_old + part_new:
                    p.run = new_run
                if part_old and part_new:
                    made.append(new_run)
        return made

    def _splits_and_merges(self) -> tuple[list[tuple[Placed, tuple[Placed, ...]]], list[tuple[tuple[Placed, ...], Placed]]]:
        """5. Statements left over beside a pair, made of its words: parts of a split or a merge."""
        splits: list[tuple[Placed, tuple[Placed, ...]]] = []
        merges: list[tuple[tuple[Placed, ...], Placed]] = []
        used: set[tuple[bool, int]] = set()  # (new side, order) of statements already in one
        self._cells = (defaultdict(list), defaultdict(list))
        for side, placed in ((False, self.old), (True, self.new)):
            for p in placed:
                self._cells[side][p.cell].append(p)
        # The competencies with statements only in the new revision: a heading split off.
        self._new_alone = {cell[1] for cell in self._cells[True]} - {cell[1] for cell in self._cells[False]}
        for o, n, how in sorted(self.pairs, key=lambda p: p[1].order):
            if how in ("text", "words", "moved") or not o.bag or not n.bag:
                continue
            # A split: statements beside the new one, made of the old one's
            # words, where the new one lost much of them or they hold what it lost.
            parts = self._pieces(o, n, new_side=True, used=used)
            if parts:
                splits.append((o, parts))
                continue
            # A merge: the same, the other way round.
            parts = self._pieces(n, o, new_side=False, used=used)
            if parts:
                merges.append((parts, n))
        return splits, merges

    def _pieces(
        self, whole: Placed, kept: Placed, *, new_side: bool, used: set[tuple[bool, int]]
    ) -> tuple[Placed, ...]:
        """``kept`` and the statements beside it that ``whole`` went into with it, in order; () if none."""
        parts = [p for p in self._beside(kept, new_side=new_side)
                 if (new_side, p.order) not in used and p.bag and (_part_of(p, whole) or _opens(p, whole, kept))]
        if not parts or not _parted(whole, kept, parts):
            # Elsewhere in the cell: a statement folded into one that stood
            # apart from it, or split off to another place in the cell. Only
            # where it is mostly what ``kept`` lost (or gained) of ``whole``,
            # and together they hold most of that: a statement that only
            # shares some words with a rewording is another statement.
            lost = _lost(whole, kept)
            parts = [p for p in self._elsewhere_in_cell(kept, new_side=new_side)
                     if (new_side, p.order) not in used and p.bag and _part_of(p, whole) and _mostly_of(p, lost)]
            if not parts or not _held(lost, parts):
                # In another competency of the level: what a level asks for
                # stays at the level, but only with the evidence a move across
                # competencies needs (the part keeps most of its words in the
                # whole), so that statements that merely share a theme stay apart;
                # a part in a competency the old revision does not have (a heading
                # split in two with its statement): nothing else can have gone
                # there, so a part with words of its own will do.
                parts = [p for p in self._elsewhere_at_level(whole, kept, new_side=new_side)
                         if (new_side, p.order) not in used and p.bag and _part_of(p, whole)
                         and _mostly_of(p, lost) and (new_side and p.competency in self._new_alone or _mostly_kept(p.text, whole.text))]
                if not parts or not _held(lost, parts):
                    return ()
        pieces = tuple(sorted([kept, *parts], key=lambda p: p.order))
        used.update((new_side, p.order) for p in pieces)
        return pieces

    def _beside(self, p: Placed, *, new_side: bool) -> list[Placed]:
        """Statements of ``p``'s hunk that nothing else explains."""
        olds, news = self.hunks.get(p.hunk, ((), ()))
        if new_side:
            return [q for q in news if q is not p and self.free_new(q)]
        return [q for q in olds if q is not p and self.free_old(q)]

    def _elsewhere_at_level(self, whole: Placed, kept: Placed, *, new_side: bool) -> list[Placed]:
        """Statements of the other competencies of the level of ``whole`` and
        ``kept`` (both at one level, ``kept``'s cell aside: that is searched
        first) that nothing else explains."""
        if whole.level != kept.level:
            return []
        free = self.free_new if new_side else self.free_old
        return [q for cell, placed in sorted(self._cells[new_side].items()) if cell[0] == kept.level
                and cell != kept.cell for q in placed if free(q)]

    def _elsewhere_in_cell(self, p: Placed, *, new_side: bool) -> list[Placed]:
        """Statements of ``p``'s cell outside its hunk that nothing else explains."""
        free = self.free_new if new_side else self.free_old
        return [q for q in self._cells[new_side].get(p.cell, ()) if q.hunk != p.hunk and free(q)]


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    if not a or not b:
        return [("replace", 0, len(a), 0, len(b))] if a or b else []
    return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


def _unchanged(old: Sequence[Statement], new: Sequence[Statement]) -> bool:
    if len(old) != len(new):
        return False
    for a, b in zip(old, new):
        if a.text != b.text or a.id != b.id or a.examples != b.examples:
            return False
    return True


def _owed_to_verbs(o: Placed, n: Placed, about_o: tuple[dict[str, float], float],
                   about_n: tuple[dict[str, float], float]) -> float:
    """How much more alike ``o`` and ``n`` are by their words than by what
    they are about (``_StatementMatcher._about``): above zero for two that
    share their verb more than the rest, below for two that share the rest
    more than their verb."""
    return _cosine(o.bag, o.weight, n.bag, n.weight) - _cosine(*about_o, *about_n)


def _mostly_kept(old: str, new: str) -> bool:
    """Whether ``new`` keeps KEPT_WORDS of the words of ``old`` (as many times),
    in any inflection: "the services" said as "every service" keeps "service";
    or KEPT_WORDS of its words of meaning: a rewording trades the small words
    of grammar freely ("Participates in the improvement of the community
    through ..." -> "contributing to the community through ..."), and a long
    statement's "the", "of" and "in" are not what it asks. (Not those alone:
    in a short one, "I write and speak clearly" -> "I author and speak
    clearly", one word of three is a word of five.)"""
    return _keeps(_stems(old), _stems(new)) or _keeps(meaning_words(old), meaning_words(new))


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in words(text))


def _keeps(old: Sequence[str], new: Sequence[str]) -> bool:
    """Whether ``new`` has KEPT_WORDS of the stems of ``old``, as many times."""
    before = Counter(old)
    return sum((before & Counter(new)).values()) >= KEPT_WORDS * max(1, len(old))


def _distance(o: Placed, n: Placed) -> int:
    """How far a statement moved: another competency counts more than any number of levels."""
    return (_SCALE if o.competency != n.competency else 0) + round(abs(o.position - n.position) * 10)


def _shared(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(min(weight, b[s]) for s, weight in a.items() if s in b)


def _cosine(a: dict[str, float], wa: float, b: dict[str, float], wb: float) -> float:
    if not wa or not wb:
        return 0.0
    return _shared(a, b) / math.sqrt(wa * wb)


def _dice(a: dict[str, float], wa: float, b: dict[str, float], wb: float) -> float:
    if not wa or not wb:
        return 0.0
    return 2 * _shared(a, b) / (wa + wb)


def _rescoped(bag: dict[str, float], scopes: list[str]) -> dict[str, float]:
    """``bag`` with the stems ``scopes`` as one stem, of their weight."""
    out = {s: weight for s, weight in bag.items() if s not in scopes}
    out[_SCOPE] = sum(bag[s] for s in scopes)
    return out


#: The words that join what a split puts apart ("A or B" -> "A" + "B"): no
#: part holds them, and no part need.
_JOINING = frozenset({"and", "or"})


def _lost(whole: Placed, kept: Placed) -> dict[str, float]:
    """The words of ``whole`` that ``kept`` does not have, with their weights,
    but for the words that joined the parts."""
    return {s: weight for s, weight in whole.bag.items() if s not in kept.bag and s not in _JOINING}


def _part_of(part: Placed, whole: Placed) -> bool:
    """Whether ``part`` is a piece of ``whole``: made mostly of its words."""
    return _cover(part, whole) >= PART_SHARE


def _parted(whole: Placed, kept: Placed, parts: list[Placed]) -> bool:
    """Whether ``whole`` went into ``kept`` and ``parts`` together: ``kept``
    lost some of it and a part is its first or last words as they were;
    or ``kept`` lost much of it (PART_CHANGE), or the parts hold at least
    half of what ``kept`` lost."""
    lost = _lost(whole, kept)
    lost_weight = sum(lost.values())
    if not lost_weight:
        return False  # nothing was lost: the parts are new statements
    # A part cut from either end word for word is a piece, however rare its
    # words: how much they weigh depends on the rest of the framework.
    if any(_cut_from(p, whole) for p in parts):
        return True
    if lost_weight >= PART_CHANGE * whole.weight:
        return True
    held = {s for p in parts for s in p.bag}
    return sum(weight for s, weight in lost.items() if s in held) >= PART_SHARE * lost_weight


def _opens(part: Placed, whole: Placed, kept: Placed) -> bool:
    """Whether ``part`` opens with an end of ``whole``, word for word, in at
    least half its words, and holds all that ``kept`` does not have of it:
    a piece whose qualifier the split or merge put in or took out ("Fixes
    bugs with guidance" + "Writes tests" -> "Fixes bugs and writes tests")."""
    cut, full = part.words, whole.words
    lost = _lost(whole, kept)
    opening = next((n for n in range(min(len(cut), len(full)), 1, -1)
                    if cut[:n] == full[:n] or cut[:n] == full[-n:]), 0)
    return 2 * opening >= len(cut) and bool(lost) and all(s in part.bag for s in lost)


def _mostly_of(part: Placed, lost: dict[str, float]) -> bool:
    """Whether most of ``part``'s words (by weight) are among ``lost``."""
    return sum(weight for s, weight in part.bag.items() if s in lost) >= PART_SHARE * part.weight


def _held(lost: dict[str, float], parts: list[Placed]) -> bool:
    """Whether ``parts`` hold most of the words ``lost`` (by weight)."""
    held = {s for p in parts for s in p.bag}
    total = sum(lost.values())
    return bool(total) and sum(weight for s, weight in lost.items() if s in held) >= PART_SHARE * total


def _holds(whole: Placed, part: Placed) -> bool:
    """Whether ``whole`` says every word of ``part`` (as the differ reads
    words: stems, in the third person), ``part`` being at least two words
    and ``whole`` more than ``part``: "I know our codebase well" in "I know
    our codebase well and how it serves the wider business (showing strong
    commercial awareness)". How much the words weigh does not matter, so
    the reading does not depend on the rest of the framework."""
    return len(part.bag) > 1 and len(whole.bag) > len(part.bag) and part.bag.keys() <= whole.bag.keys()


def _cut_from(part: Placed, whole: Placed) -> bool:
    """Whether ``part`` is the first or last words of ``whole``, as they were
    ("Receives feedback" of "Receives feedback and acts upon it")."""
    cut, full = part.words, whole.words
    return 1 < len(cut) < len(full) and (full[: len(cut)] == cut or full[-len(cut):] == cut)


def _clause(a: dict[str, float], wa: float, b: dict[str, float], wb: float, same_words: bool) -> float:
    if same_words and a.keys() != b.keys():
        return 0.0
    return _dice(a, wa, b, wb)


def _cover(part: Placed, whole: Placed) -> float:
    """The share of ``part``'s words (by weight) that ``whole`` has too."""
    return _shared(part.bag, whole.bag) / part.weight if part.weight else 0.0


# --- optimal assignment -----------------------------------------------------------


def max_weight_matching(edges: Sequence[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The pairs (row, column) of largest total weight, each row and column used once.

    ``edges`` are (row, column, weight) with integer weights above zero;
    rows and columns may stay unmatched. Solved per connected component of
    the edges with the Hungarian method on the sparse graph (a shortest
    augmenting path per row, Dijkstra with potentials, each row free to
    stay unmatched at no cost), so a component of k rows and e edges costs
    about k * e log e, and components are small when candidates are few.
    The result is sorted, and the same for the same edges in any order.
    """
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r, c, _w in edges:
        a, b = find((0, r)), find((1, c))
        if a != b:
            parent[max(a, b)] = min(a, b)
    components: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for edge in sorted(edges):
        components[find((0, edge[0]))].append(edge)
    out: list[tuple[int, int]] = []
    for component in components.values():
        if len(component) == 1:
            out.append(component[0][:2])
        else:
            out.extend(_hungarian(component))
    return sorted(out)


def _hungarian(edges: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    adjacency: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for r, c, w in edges:
        adjacency[r].append((c, -w))  # costs: the assignment minimises
    rows = sorted(adjacency)
    # Each row has its own "unmatched" column, -1 - row, at cost 0.
    for r in rows:
        adjacency[r].append((-1 - r, 0))
    # Reduced costs (cost - u[row] - v[column]) start at >= 0, and every
    # column that is still free keeps v = 0, so that comparing distances to
    # free columns compares the costs of the paths.
    u = {r: min(cost for _c, cost in adjacency[r]) for r in rows}
    v: dict[int, int] = defaultdict(int)
    row_of: dict[int, int] = {}
    column_of: dict[int, int] = {}
    for source in rows:
        distance: dict[int, int] = {}
        reached_from: dict[int, int] = {}
        done: dict[int, int] = {}
        heap: list[tuple[int, int]] = []

        def relax(row: int, base: int) -> None:
            for c, cost in adjacency[row]:
                if c in done:
                    continue
                d = base + cost - u[row] - v[c]
                if d < distance.get(c, d + 1):
                    distance[c] = d
                    reached_from[c] = row
                    heapq.heappush(heap, (d, c))

        relax(source, 0)
        end, total = -1, 0
        while heap:
            d, c = heapq.heappop(heap)
            if c in done or d != distance[c]:
                continue
            done[c] = d
            row = row_of.get(c)
            if row is None:
                end, total = c, d
                break
            relax(row, d)
        # Potentials that keep every reduced cost >= 0 and make the path's edges tight.
        u[source] += total
        for c, d in done.items():
            if c != end:
                v[c] -= total - d
                u[row_of[c]] += total - d
        c = end
        while True:
            row = reached_from[c]
            previous = column_of.get(row)
            column_of[row] = c
            row_of[c] = row
            if row == source:
                break
            assert previous is not None
            c = previous
    return [(r, c) for r, c in column_of.items() if c >= 0]


#: Two statements' words this alike letter for letter are one statement
#: retouched (a typo fixed, a word's ending changed).
RETOUCHED = 0.9


def retouched(a: str, b: str) -> bool:
    """Whether two statements' words (``words_key``) differ only by a few
    letters: one statement retouched in its place, not another statement."""
    return a != b and _alike(a, b) and difflib.SequenceMatcher(None, a, b).ratio() >= RETOUCHED


def _labelled_apart(a: str, b: str) -> bool:
    """Whether two statements open with different labels ("Testing: ...",
    "Code quality: ..."): evidence that they are about different things."""
    first, second = topic_label(a), topic_label(b)
    return first is not None and second is not None and first[0] != second[0]


def _alike(a: str, b: str) -> bool:
    """Whether two statements' words (``words_key``) are mostly the same:
    a rewording, not another statement."""
    x, y = set(a.split()), set(b.split())
    return bool(x | y) and len(x & y) / len(x | y) >= IN_CELL_SIMILARITY


#: Where levels stand alone, a statement of the higher level that shares
#: this much of its words of meaning (``meaning_overlap``) with one of the
#: lower level's, in the same competency, is read as that statement
#: restated for the level: below the differ's rewordings, which keep most
#: of the words, as a level's step up rewrites more than a revision does.
#: Where both open with a label ("Mentorship - ..."), the label is evidence
#: for or against (``restatement``).
RESTATED_OVERLAP = 0.25


#: A statement put in the place of another that keeps less than this share
#: of its words of meaning is another statement: the converse of the three
#: quarters (KEPT_WORDS) a statement moved and reworded must keep.
REWRITTEN_KEPT = 1 - KEPT_WORDS


def rewritten(old: str, new: str) -> bool:
    """Whether ``new``, written in the place of ``old``, is another statement
    rather than ``old`` in other words: it keeps (nearly) none of the old
    one's words of meaning, less than REWRITTEN_KEPT of them by their stems
    or their synonyms (``meaning_kept``), and the
    two are no restatement of each other either (``restatement``: idioms as
    their one word, "makes decisions" as "decides"; the same label).
    "I read PRs from my peers, and provide detailed feedback." -> "I write
    clean code." keeps none: the old expectation is gone and a new one
    asked. "Is the go-to person for a technology or system" -> "Has a deep
    understanding ... for a particular technology or product" keeps a
    quarter; "Makes decisions" -> "Leads decisions", half."""
    from .wording import meaning_kept, restatement

    if restatement(old, new, RESTATED_OVERLAP):
        return False
    # Kept by stem or by a synonym the grader knows: "Fixes bugs" -> "Resolves issues" is the same statement.
    return meaning_kept(old, new) < REWRITTEN_KEPT


def restated_pairs(olds: Sequence[str], news: Sequence[str]) -> list[tuple[int, int]]:
    """Of a lower level's statements and a higher level's in one competency,
    where each level stands alone (restates all it expects), each higher
    statement paired with the lower one it restates, as (old index, new
    index), in the order of ``news``: one that restates it in other words
    (``restatement``), or says it whole, with more ("I join the on-call
    rotation" -> "I join the on-call rotation and find root causes"). Each
    pairs once at most, the pairs most alike first. The one pairing of two
    levels, for ``diff --levels`` and a level's page alike."""
    from .grade.words import said_in_order
    from .wording import restatement

    # Each text's meaning words once, not once for every text it is weighed against.
    old_words = [meaning_words(old) for old in olds]
    new_words = [meaning_words(new) for new in news]

    def weight(j: int, i: int) -> float:
        found = restatement(olds[j], news[i], RESTATED_OVERLAP)
        if found:
            return found
        mine = old_words[j]
        # Said whole, with more: as sure as the least restatement.
        return RESTATED_OVERLAP if len(mine) >= 2 and said_in_order(mine, new_words[i]) else 0.0

    edges = [(i, j, round(w * 1000)) for i in range(len(news)) for j in range(len(olds)) if (w := weight(j, i))]
    return sorted(((j, i) for i, j in max_weight_matching(edges)), key=lambda pair: pair[1])
