"""Pairing the items of two revisions: levels, dimensions, competencies, statements.

Levels, dimensions and competencies are paired by id; an item whose id
changed is still paired when the new item lists the old id in
``renamed_from``, or when it has the same content (or the same name) as
exactly one unpaired old item.

Statements are paired in rounds, cheapest and most certain first, each round
seeing only what the earlier ones left: the same stable id; the same text in
the same cell; the same words (formatting aside) in the same cell; the same
words anywhere (a move); similar words in the same cell (a rewording);
similar words anywhere (a move with a rewording). Similarity is only computed
between candidates that share a rare word, so the cost grows with the number
of changed statements, not with the square of the framework's size.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Callable, Generic, Hashable, Iterable, Sequence, TypeVar

from ..model import Statement
from .wording import word_similarity, words

T = TypeVar("T")


@dataclass
class Pairing(Generic[T]):
    """Old and new items paired up; ``how`` says why each pair was made."""

    pairs: list[tuple[T, T, str]] = field(default_factory=list)
    added: list[T] = field(default_factory=list)
    removed: list[T] = field(default_factory=list)


def pair_by_id(
    old: Sequence[T],
    new: Sequence[T],
    *,
    id_of: Callable[[T], str],
    renamed_from: Callable[[T], Iterable[str]],
    content_of: Callable[[T], Hashable],
    name_of: Callable[[T], Hashable] | None = None,
) -> Pairing[T]:
    """Pair items by id, then by ``renamed_from``, then by unique content, then by unique name.

    ``content_of`` returns a hashable summary of an item's content, or an
    empty value when it has none (an empty item is never a rename of another).
    Results keep the order of ``new`` (pairs, added) and ``old`` (removed).
    """
    old_by_id: dict[str, T] = {}
    for item in old:
        old_by_id.setdefault(id_of(item), item)  # a duplicate id is left unpaired
    matched: dict[int, tuple[T, str]] = {}  # index in new -> (old item, how)
    used: set[int] = set()  # id() of paired old items

    for i, item in enumerate(new):
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

    result: Pairing[T] = Pairing()
    for i, item in enumerate(new):
        if i in matched:
            partner, how = matched[i]
            result.pairs.append((partner, item, how))
        else:
            result.added.append(item)
    result.removed = [item for item in old if id(item) not in used]
    return result


class Placed:
    """A statement and its cell, named in the new revision's ids."""

    __slots__ = ("statement", "level", "competency", "level_index", "order", "text", "cell", "_words")

    def __init__(self, statement: Statement, level: str, competency: str, level_index: int, order: int):
        self.statement = statement
        self.level = level
        self.competency = competency
        #: Position of the level in the new ladder, lowest first.
        self.level_index = level_index
        #: Position in document order on its side, for stable tie-breaks.
        self.order = order
        self.text = statement.text
        self.cell = (level, competency)
        self._words: tuple[str, ...] | None = None

    @property
    def words(self) -> tuple[str, ...]:
        # Computed on first use: most statements are paired by their exact
        # text before any round needs their words.
        if self._words is None:
            self._words = words(self.text)
        return self._words

    def __repr__(self) -> str:
        return f"Placed({self.level}/{self.competency}#{self.order}: {self.text!r})"


#: Pairs in the same cell need this similarity to count as one rewording.
IN_CELL_SIMILARITY = 0.5
#: Pairs in different cells need this much to count as a move.
MOVE_SIMILARITY = 0.75
#: How many rare words of a statement are used to find candidates, and how
#: many candidates are scored at most.
_PROBE_WORDS = 6
_MAX_CANDIDATES = 8


def pair_statements(
    old: Sequence[Placed],
    new: Sequence[Placed],
    *,
    in_cell: float = IN_CELL_SIMILARITY,
    across: float = MOVE_SIMILARITY,
) -> Pairing[Placed]:
    """Pair statements of two revisions; ``how`` is id, text, words, moved, similar or moved-similar."""
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs: list[tuple[Placed, Placed, str]] = []

    def take(o: Placed, n: Placed, how: str) -> None:
        taken_old.add(o.order)
        taken_new.add(n.order)
        pairs.append((o, n, how))

    # 1. The same stable id, wherever the statement is now.
    old_ids: dict[str, deque[Placed]] = defaultdict(deque)
    for o in old:
        if o.statement.id:
            old_ids[o.statement.id].append(o)
    for n in new:
        queue = old_ids.get(n.statement.id or "")
        if queue:
            take(queue.popleft(), n, "id")

    # 2, 3. The same text, then the same words, in the same cell.
    for how, key in (("text", _text_key), ("words", _words_key)):
        index: dict[Hashable, deque[Placed]] = defaultdict(deque)
        for o in old:
            if o.order not in taken_old:
                index[(o.cell, key(o))].append(o)
        for n in new:
            if n.order not in taken_new:
                queue = index.get((n.cell, key(n)))
                if queue:
                    take(queue.popleft(), n, how)

    # 4. The same words in another cell: a move. The nearest candidate wins.
    by_words: dict[tuple[str, ...], list[Placed]] = defaultdict(list)
    for o in old:
        if o.order not in taken_old and _words_key(o):
            by_words[_words_key(o)].append(o)
    for n in new:
        if n.order in taken_new:
            continue
        candidates = [o for o in by_words.get(_words_key(n), ()) if o.order not in taken_old]
        if candidates:
            take(min(candidates, key=lambda o: _distance(o, n)), n, "moved")

    # 5. Similar words in the same cell: a rewording.
    old_cells: dict[tuple[str, str], list[Placed]] = defaultdict(list)
    new_cells: dict[tuple[str, str], list[Placed]] = defaultdict(list)
    for o in old:
        if o.order not in taken_old:
            old_cells[o.cell].append(o)
    for n in new:
        if n.order not in taken_new:
            new_cells[n.cell].append(n)
    for cell in sorted(set(old_cells) & set(new_cells)):
        for o, n in _best_pairs(old_cells[cell], new_cells[cell], in_cell):
            take(o, n, "similar")

    # 6. Similar words in another cell: a move with a rewording.
    left_old = [o for o in old if o.order not in taken_old]
    left_new = [n for n in new if n.order not in taken_new]
    if left_old and left_new:
        for o, n in _best_pairs(left_old, left_new, across):
            take(o, n, "moved-similar")

    pairs.sort(key=lambda p: p[1].order)
    return Pairing(
        pairs=pairs,
        added=[n for n in new if n.order not in taken_new],
        removed=[o for o in old if o.order not in taken_old],
    )


def _text_key(p: Placed) -> str:
    return p.text


def _words_key(p: Placed) -> tuple[str, ...]:
    return p.words


def _distance(o: Placed, n: Placed) -> tuple[int, int, int]:
    return (o.competency != n.competency, abs(o.level_index - n.level_index), o.order)


def _best_pairs(old: list[Placed], new: list[Placed], threshold: float) -> list[tuple[Placed, Placed]]:
    """The most similar pairs at or above ``threshold``, each statement used once.

    Candidates share at least one of a statement's rarest words; a word found
    in many statements (`I`, `the`, `team`) finds nothing on its own.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(old):
        for word in set(o.words):
            postings[word].append(i)
    common = max(32, len(old) // 50)
    scored: list[tuple[float, int, int, int]] = []
    for n in new:
        probe = sorted(
            (w for w in set(n.words) if w in postings and len(postings[w]) <= common),
            key=lambda w: (len(postings[w]), w),
        )[:_PROBE_WORDS]
        hits: dict[int, int] = defaultdict(int)
        for word in probe:
            for i in postings[word]:
                hits[i] += 1
        best = sorted(hits, key=lambda i: (-hits[i], i))[:_MAX_CANDIDATES]
        for i in best:
            score = word_similarity(old[i].words, n.words, threshold)
            if score >= threshold:
                scored.append((score, n.order, old[i].order, i))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    by_order = {n.order: n for n in new}
    used_old: set[int] = set()
    used_new: set[int] = set()
    out = []
    for _score, new_order, _old_order, i in scored:
        if new_order in used_new or i in used_old:
            continue
        used_new.add(new_order)
        used_old.add(i)
        out.append((old[i], by_order[new_order]))
    return out
