"""LL401 missing-cell."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Iterator

from ..model import CELLS, Competency, Framework
from ..text import FUNCTION_WORDS, and_list, name_key, words
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .ll206_shrinking_coverage import narrowed_levels
from .ll408_duplicate_name import joining
from .messages import quoted_list


class MissingCell(Rule):
    """A level has no entry for a competency the framework declares: neither
    statements nor a `not_applicable` reason.

    One finding per level names
    every competency it leaves out. A competency no level describes at all
    is LL405 instead. Where the level below assesses a competency this level
    has no entry for, the message says so, and LL206 does not report the
    same gap again (it does where an empty entry narrows the level too).

    One competency named two ways at different levels is one finding, not
    one per level: two competencies of one dimension that never have an
    entry at the same level, that between them have an entry at every level
    from the first either is at to the last, and whose names say the same
    thing (one name's words are all in the other, in any order, with "and"
    or "&": 'Strategy' and 'Strategy and Change Management'), as a document
    that renames a section at one level leaves them. The finding, at the
    competency to merge away, says which to keep (the one more levels
    describe) and how; a level that has an entry for one of them is not
    also reported for lacking the other. Names that only share a word
    ('Technical Leadership', 'People Leadership'; 'Code Quality', 'Code
    Review') are two competencies.

    Why this matters:
        A missing entry cannot be told apart from a forgotten one: readers do
        not know whether nothing is expected, or whether the level below
        still applies, or whether the page lost a section in an export. A
        warning, not an error: in a cumulative framework an absent entry at
        the top of a ladder often means "nothing beyond the level below"
        (Monzo's mobile framework stops Mastery at level 5); say so with
        `not_applicable`. A competency split in two by a rename reads as two
        that each stop and start, and `diff` and `render` show them apart.

    Example:
        ```yaml
        levels:
          - id: IC1
            competencies:
              impact: ["I deliver my tasks on time"]
              # no entry for 'strategy'
        ```
        Fix: describe it, or say why it does not apply:
        `strategy: {not_applicable: Strategy is first assessed at IC3}`.
        Where 'strategy' (IC3, IC4) and 'strategy-and-change-management'
        (IC5) are one competency, move IC5's statements under `strategy`
        and remove `strategy-and-change-management` from its dimension
        (and give `strategy` the other name if that is the one to keep).
    """

    code = "LL401"
    name = "missing-cell"
    severity = Severity.WARNING
    needs = frozenset({CELLS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        used = {cell.competency_id for level in framework.levels for cell in level.cells}
        declared = [c.id for c in framework.competencies if c.id in used]
        twice = list(named_twice(framework))
        other_name = {pair.keep.id: pair.merge.id for pair in twice} | {pair.merge.id: pair.keep.id for pair in twice}
        for pair in twice:
            yield Violation(
                pair.merge.path + ("id",),
                f"competencies '{pair.keep.id}' ({pair.keep.name.strip()}, at {and_list(pair.keep_at)}) and "
                f"'{pair.merge.id}' ({pair.merge.name.strip()}, at {and_list(pair.merge_at)}) never have entries at one "
                f"level: one competency named two ways; merge them into '{pair.keep.id}': move the entries of "
                f"'{pair.merge.id}' under '{pair.keep.id}' at their levels and remove '{pair.merge.id}' (rename "
                f"'{pair.keep.id}' if '{pair.merge.name.strip()}' is the name to keep)",
            )
        # A level that drops what the level below assesses: LL206 leaves the
        # entries it lacks to this rule, which says so (one gap, one finding).
        narrowed = {n.level.id: n for n in narrowed_levels(framework)}
        for level in framework.levels:
            present = {cell.competency_id for cell in level.cells}
            # The entry under the other name of a competency named two ways
            # is its entry: the finding above says so once.
            missing = [cid for cid in declared if cid not in present and other_name.get(cid) not in present]
            if not missing:
                continue
            if len(missing) == 1:
                what, its = f"competency '{missing[0]}'", "its"
            else:
                what, its = f"{len(missing)} competencies: {quoted_list(missing)}", "their"
            below = narrowed.get(level.id)
            dropped = [cid for cid in missing if below is not None and cid in below.dropped]
            if below is None or not dropped or any(cid in below.cells for cid in below.unexplained):
                narrowing = ""  # LL206 reports the narrowing
            else:
                which = ("it" if len(dropped) == 1 else "them") if dropped == missing else quoted_list(dropped)
                narrowing = (f" (level '{below.below}' below it assesses {which}: this level assesses"
                             f" {below.assessed} of its {below.assessed_below})")
            yield Violation(
                level.path + ("competencies",),
                f"level '{level.id}' has no entry for {what}{narrowing}; add {its} statements, "
                "or not_applicable with the reason",
                on_key=True,
            )


@dataclass(frozen=True)
class NamedTwice:
    """Two competencies that read as one named two ways at different levels:
    the one to keep, the one to merge into it, and the levels of each."""

    keep: Competency
    merge: Competency
    keep_at: list[str]
    merge_at: list[str]


def named_twice(framework: Framework) -> Iterator[NamedTwice]:
    """The pairs of competencies of one dimension that are one competency
    named two ways: never an entry at the same level, between them an entry
    at every level (with entries) from the first to the last either is at,
    and names that say the same (``_same_words``). Each competency is in one
    pair at most, the first it makes in the order declared. Not a pair that
    LL408 tells to merge already: one name spelt two ways ('Personal
    growth', 'Personal Growth'), or a name that joins others ('Agility /
    Innovation' beside 'Agility' and 'Innovation', whose statements go
    under both)."""
    written = [level for level in framework.levels if level.cells]
    at: dict[str, set[int]] = {}
    for index, level in enumerate(written):
        for cell in level.cells:
            at.setdefault(cell.competency_id, set()).add(index)
    # LL408's: a name spelt two ways, and a name joining others, which it
    # says to split among them, not to merge into one.
    paired = {competency.id for competency in joining(framework)}
    for dimension in framework.dimensions:
        for one, other in combinations([c for c in dimension.competencies if c.id in at], 2):
            if one.id in paired or other.id in paired or at[one.id] & at[other.id]:
                continue
            together = at[one.id] | at[other.id]
            if len(together) != max(together) - min(together) + 1 or not _same_words(one.name, other.name) \
                    or name_key(one.name) == name_key(other.name):
                continue
            # Keep the one more levels describe; of two as many, the first declared.
            keep, merge = (other, one) if len(at[other.id]) > len(at[one.id]) else (one, other)
            paired |= {one.id, other.id}
            yield NamedTwice(keep, merge, [written[i].id for i in sorted(at[keep.id])],
                             [written[i].id for i in sorted(at[merge.id])])


def _same_words(one: str, other: str) -> bool:
    """Whether one name's words are all in the other, in any order and
    joined by any "and", "&" or "of": 'Strategy' and 'Strategy and Change
    Management', 'Design & Architecture' and 'Architecture and Design'; not
    'Technical Leadership' and 'People Leadership', which only share one."""
    mine, theirs = _name_words(one), _name_words(other)
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(word for word in words(name) if word not in FUNCTION_WORDS)
