"""Levels followed from one framework to another of the same run.

One file split into two tracks (Level 5 and Level 6 of the backend ladder
moved into a new staff ladder) removes levels from one framework and adds
them to another. Compared framework by framework, the levels would be
removed (their people losing them) and added (nothing compared), and a bar
raised in them on the way would go unseen. A level that leaves one
framework and appears in another of the same organisation, with the same id
or title and most of its statements word for word, is followed there: one
``level-moved`` record where it left (its people keep their level), and its
statements compared with what they were, in the framework it went to.
"""

from __future__ import annotations

import dataclasses

from ..model import Framework, Level
from ..text import normal
from .advice import advise
from .changes import Change, Impact, Kind, level_named, said
from .engine import compare
from .report import FrameworkDiff, LevelCrossing

#: Of a level's statements, the share the level it became must still say
#: word for word: most of them.
KEPT_TO_FOLLOW = 0.5

#: Kinds of the items around the levels (and of the frameworks'
#: metadata): those of the framework a level went to are reported with it,
#: as a new framework's or a revision's are, not against the one it left.
_AROUND = frozenset({
    Kind.FRAMEWORK_CHANGED, Kind.FRAMEWORK_REMOVED, Kind.LEVEL_ADDED, Kind.LEVEL_REMOVED,
    Kind.DIMENSION_ADDED, Kind.DIMENSION_REMOVED, Kind.DIMENSION_RENAMED, Kind.DIMENSION_REORDERED,
    Kind.COMPETENCY_ADDED, Kind.COMPETENCY_REMOVED, Kind.COMPETENCY_RENAMED, Kind.COMPETENCY_MOVED,
    Kind.COMPETENCY_REORDERED,
})


def follow_levels(diffs: list[FrameworkDiff]) -> list[FrameworkDiff]:
    """``diffs`` with each level that left one framework for another of
    them followed there (``LevelCrossing``), in the same order, but for a
    framework that levels went to, which follows the one they left (a new
    track split from a framework is read after it)."""
    moves: dict[tuple[int, int], list[tuple[Level, Level, Change, Change]]] = {}
    taken: set[int] = set()
    for source in diffs:
        if source.old is None or source.new is None:
            continue
        for gone in [c for c in source.changes if c.kind is Kind.LEVEL_REMOVED]:
            level = _level(source.old.framework, gone.level)
            found = _went_to(source, level, diffs, taken) if level is not None else None
            if found is None:
                continue
            target, added, new_level = found
            taken.add(id(added))
            assert level is not None
            moves.setdefault((id(source), id(target)), []).append((level, new_level, gone, added))
    if not moves:
        return diffs
    by_id = {id(diff): diff for diff in diffs}
    after: dict[int, list[FrameworkDiff]] = {}
    for (source_id, target_id), levels in moves.items():
        source, target = by_id[source_id], by_id[target_id]
        _cross(source, target, levels)
        if target.old is None and target not in after.get(source_id, []):
            after.setdefault(source_id, []).append(target)
    moved = {id(diff) for diffs_after in after.values() for diff in diffs_after}
    out: list[FrameworkDiff] = []
    for diff in diffs:
        if id(diff) in moved:
            continue
        out.append(diff)
        out += after.get(id(diff), [])
    return out


def _level(framework: Framework, level_id: str | None) -> Level | None:
    return next((level for level in framework.levels if level.id == level_id), None)


def _texts(level: Level) -> set[str]:
    return {normal(statement.text) for cell in level.cells for statement in cell.statements}


def _went_to(source: FrameworkDiff, level: Level, diffs: list[FrameworkDiff],
             taken: set[int]) -> tuple[FrameworkDiff, Change, Level] | None:
    """Where a level removed from ``source`` went: the level added to
    another framework of the organisation, with its id or title, that still
    says most of its statements word for word (the most of them, the first
    of the best)."""
    assert source.old is not None
    organisation = source.old.framework.organisation.name.casefold()
    before = _texts(level)
    if not before:
        return None
    best: tuple[float, FrameworkDiff, Change, Level] | None = None
    for target in diffs:
        if target is source or target.new is None:
            continue
        framework = target.new.framework
        if framework.organisation.name.casefold() != organisation:
            continue
        for added in target.changes:
            if added.kind is not Kind.LEVEL_ADDED or id(added) in taken:
                continue
            new_level = _level(framework, added.level)
            if new_level is None or (new_level.id != level.id
                                     and new_level.title.casefold() != level.title.casefold()):
                continue
            share = len(before & _texts(new_level)) / len(before)
            if share > KEPT_TO_FOLLOW and (best is None or share > best[0]):
                best = (share, target, added, new_level)
    return best[1:] if best is not None else None


def _cross(source: FrameworkDiff, target: FrameworkDiff, levels: list[tuple[Level, Level, Change, Change]]) -> None:
    """Follow ``levels`` (each as it was in ``source``, as it is in
    ``target``, and their removal and addition) from one framework to the
    other: the removals become ``level-moved``, the additions give way to
    what changed in the levels' statements on the way."""
    assert source.old is not None and source.new is not None and target.new is not None
    framework = target.new.framework
    # The levels alone, as they were and as they are, in the framework they
    # went to: what they ask is compared, not the frameworks around them.
    old_order = {level.id: i for i, level in enumerate(source.old.framework.levels)}
    new_order = {level.id: i for i, level in enumerate(framework.levels)}
    before = dataclasses.replace(framework, dimensions=source.old.framework.dimensions,
                                 levels=tuple(sorted((o for o, *_ in levels), key=lambda o: old_order[o.id])))
    after = dataclasses.replace(framework, levels=tuple(sorted((n for _, n, *_ in levels),
                                                               key=lambda n: new_order[n.id])))
    compared = [c for c in compare(before, after) if c.kind not in _AROUND]
    added = {id(a) for *_, a in levels}
    target.changes = [c for c in target.changes if id(c) not in added] + compared
    went = _name(framework)
    left = _name(source.new.framework)
    moved: dict[int, Change] = {}
    for old_level, new_level, gone, _ in levels:
        change = Change(
            Kind.LEVEL_MOVED, Impact.STRUCTURAL, "",
            parts=said(level_named(old_level.id, old_level.title, removed=True),
                       f" moved to framework '{framework.id}' ({went})",
                       *((" as ", level_named(new_level.id, new_level.title)) if new_level.id != old_level.id else ()),
                       ": the people on it keep their level"),
            framework=gone.framework, level=gone.level, field="framework", old=old_level.title, new=framework.id,
            old_path=gone.old_path, new_path=gone.new_path, level_title=gone.level_title,
        )
        moved[id(gone)] = change
        crossing = LevelCrossing(change, left, went, new_level.id, new_level.title)
        source.crossings.append(crossing)
        target.crossings.append(crossing)
    source.changes = [moved.get(id(c), c) for c in source.changes]
    source.advice = advise(source.old.framework.version, source.new.framework.version, source.changes)
    if target.old is not None:
        target.advice = advise(target.old.framework.version, framework.version, target.changes)


def _name(framework: Framework) -> str:
    """A framework as the notes title it: its name, and its track where the name does not say it."""
    track = framework.distinct_track
    return f"{framework.name} ({track})" if track else framework.name
