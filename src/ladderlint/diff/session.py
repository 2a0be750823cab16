"""One `ladderlint diff` run: resolve the inputs, load, compare, advise."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Sequence

from .advice import advise
from .changes import Impact
from .engine import DiffError, compare, compare_levels
from .gate import read_approvals
from .inputs import InputError, Loaded, Loader, Source, not_a_framework
from .report import FrameworkDiff, Report
from .revisions import Comparison, Resolver, frameworks_only


@dataclass(frozen=True)
class Request:
    """What the command line asked for; exactly one of the three modes."""

    operands: tuple[str, ...] = ()
    base: str | None = None
    levels: tuple[str, str] | None = None
    fail_on: frozenset[Impact] = frozenset()
    approvals: str | None = None


def usage_problem(request: Request) -> str | None:
    """Why the operands do not fit the mode, or None."""
    if request.levels is not None:
        if request.base is not None:
            return "--levels and --base cannot be used together"
        if len(request.operands) != 1:
            return "--levels LOWER HIGHER takes one framework file"
    elif request.base is None and len(request.operands) != 2:
        return "give two files or directories (OLD NEW), or --base REV [PATHS...], or --levels LOWER HIGHER FILE"
    return None


def run(request: Request, resolver: Resolver | None = None) -> Report:
    """Compare what ``request`` names; raises InputError or DiffError (exit 2)."""
    # The cyclic collector would walk every loaded document and model again at
    # each pass, which is most of the time on large frameworks; what a run
    # builds is freed by reference counting.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(request, resolver or Resolver())
    finally:
        if was_enabled:
            gc.enable()


def _run(request: Request, resolver: Resolver) -> Report:
    approvals = read_approvals(request.approvals)
    loader = Loader()
    if request.levels is not None:
        source = resolver.single(request.operands[0])
        loaded = _load_explicit(loader, source)
        lower, higher = request.levels
        changes = compare_levels(loaded.framework, lower, higher)
        diffs = [FrameworkDiff(loaded, loaded, changes, levels=(lower, higher))]
    else:
        if request.base is not None:
            comparisons = resolver.base(request.base, _unique(request.operands))
        else:
            comparisons = [resolver.pair(*request.operands)]
        diffs = [diff for comparison in comparisons for diff in _compare(loader, comparison)]
        diffs.sort(key=_diff_key)
    return Report(diffs, request.fail_on, approvals)


def _unique(paths: Sequence[str]) -> list[str]:
    # Any order of the same paths gives the same output.
    return sorted(set(paths))


def _diff_key(diff: FrameworkDiff) -> tuple[str, str]:
    new = diff.new.source.path if diff.new else ""
    old = diff.old.source.path if diff.old else ""
    return (new or old, old)


def _load_explicit(loader: Loader, source: Source, positions: bool = True) -> Loaded:
    from ..loader import declares_format

    if not declares_format(source.data):
        raise not_a_framework(source)
    return loader.load(source, positions=positions)


def _compare(loader: Loader, comparison: Comparison) -> list[FrameworkDiff]:
    if not comparison.by_id:
        # Taken out of the comparison, so that each revision's bytes are
        # held once, and the old one's not at all once it is read: with a
        # new revision, every change is shown in the new file.
        old = comparison.old.pop() if comparison.old else None
        new = comparison.new.pop() if comparison.new else None
        if comparison.explicit:
            assert old is not None and new is not None
            before = _load_explicit(loader, old, positions=False)
            del old
            after = _load_explicit(loader, new)
            del new
            return [_pair(before, after)]
        old = old if old is not None and frameworks_only([old]) else None
        new = new if new is not None and frameworks_only([new]) else None
        if old is None and new is None:
            return []  # other YAML, passed by a hook
        if old is not None and new is not None and old.data == new.data:
            return []  # unchanged: nothing to load
        earlier = old and loader.load(old, positions=new is None)
        del old
        later = new and loader.load(new)
        del new
        return [_pair(earlier, later)]
    old_by_id = _by_id(loader, comparison.old, comparison.old_label)
    new_by_id = _by_id(loader, comparison.new, comparison.new_label)
    return [
        _pair(old_by_id.get(framework_id), new_by_id.get(framework_id))
        for framework_id in sorted(set(old_by_id) | set(new_by_id))
    ]


def _by_id(loader: Loader, sources: list[Source], where: str) -> dict[str, Loaded]:
    found: dict[str, Loaded] = {}
    for source in frameworks_only(sources):
        loaded = loader.load(source)
        other = found.get(loaded.framework.id)
        if other is not None:
            raise InputError(
                f"two frameworks in {where} have the id '{loaded.framework.id}' "
                f"({other.label} and {loaded.label}); ids must be unique to be compared"
            )
        found[loaded.framework.id] = loaded
    return found


def _pair(old: Loaded | None, new: Loaded | None) -> FrameworkDiff:
    changes = compare(old.framework if old else None, new.framework if new else None)
    advice = None
    if old is not None and new is not None:
        advice = advise(old.framework.version, new.framework.version, changes)
    return FrameworkDiff(old, new, changes, advice)


__all__ = ["DiffError", "InputError", "Request", "run", "usage_problem"]
