"""One `ladderlint diff` run: resolve the inputs, load, compare, advise."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping, Sequence

from ..config import Settings, SettingsSource
from ..files import force_excluded
from ..text import plural
from .advice import advise
from .changes import Change, Impact, approved_as_wording, rewords
from .crossings import follow_levels
from .engine import DiffError, compare, compare_levels
from .gate import read_approvals_for
from .inputs import InputError, Loaded, Loader, Source, best_kept, not_a_framework, said
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
    #: With ``base``: also the framework files deleted since it (see ``Resolver.base``).
    deleted: bool = False
    #: Two frameworks that look unrelated are meant to be compared (a framework whose id changed).
    allow_unrelated: bool = False
    #: --force-exclude (or --no-force-exclude); None: each file's configuration says.
    force_exclude: bool | None = None


def approve_command(request: Request) -> str:
    """The `ladderlint approve` command line that approves what this
    request's gate fails on: what to run to accept them (a hook's or CI's
    operands are not the ones a person typed)."""
    words = ["ladderlint", "approve"]
    if request.base is not None:
        words += ["--base", request.base]
    # The hook's request (the staged files, the deleted ones, less what the
    # configuration excludes) is, to whoever types it, `--base REV` alone:
    # the tree, deletions included, as the configuration walks it.
    as_the_hook = request.base is not None and request.deleted and request.force_exclude is not False
    if not as_the_hook:
        if request.deleted:
            words.append("--deleted")
        if request.force_exclude is not None:
            words.append("--force-exclude" if request.force_exclude else "--no-force-exclude")
        if request.levels is not None:
            words += ["--levels", *request.levels]
        words += list(request.operands)
    if request.fail_on != {Impact.RAISES_BAR}:  # approve's default
        words += ["--fail-on", ",".join(sorted(impact.value for impact in request.fail_on)) or "never"]
    if request.approvals is not None:
        words += ["--approvals", request.approvals]
    if request.allow_unrelated:
        words.append("--allow-unrelated")
    return " ".join(shlex.quote(word) for word in words) + ' --reason "what was agreed, and by whom"'


def usage_problem(request: Request, *, levels_offered: bool = True) -> str | None:
    """Why the operands do not fit the mode, or None; ``levels_offered``:
    whether the command takes --levels (approve does not)."""
    if request.levels is not None:
        if request.base is not None:
            return "--levels and --base cannot be used together"
        if len(request.operands) != 1:
            return "--levels LOWER HIGHER takes one framework file"
        if request.deleted:
            return "--deleted goes with --base REV"
        if request.fail_on:
            # Everything new at the higher level would fail, and nothing could approve it.
            return ("--levels compares two levels of one revision, which is no change to gate: "
                    "--fail-on applies to two revisions (OLD NEW, or --base REV)")
    elif request.base is None and request.deleted:
        return "--deleted goes with --base REV: the framework files deleted since REV"
    elif request.base is None and len(request.operands) != 2:
        levels = ", or --levels LOWER HIGHER FILE" if levels_offered else ""
        return f"give two files or directories (OLD NEW), or --base REV [PATHS...]{levels}"
    if request.base is None and request.force_exclude:
        # OLD NEW are compared as named, as `check` reads a file named.
        return "--force-exclude goes with --base REV: the files named (by a pre-commit hook) that the configuration " \
            "excludes are not compared"
    return None


def run(request: Request, resolver: Resolver | None = None, settings: SettingsSource | None = None) -> Report:
    """Compare what ``request`` names; raises InputError or DiffError (exit 2).

    ``settings`` gives each file's configuration (default: built-in settings);
    the findings shown for a file that cannot be compared follow it."""
    settings = settings or Settings()
    resolver = resolver or Resolver(settings=settings)
    loader = Loader(settings)
    notices: list[str] = []
    excluded: dict[str, str] = {}
    if request.levels is not None:
        source = resolver.single(request.operands[0])
        loaded = _load_explicit(loader, source)
        _check_level_order(loaded, *request.levels)
        diffs = [level_diff(loaded, *request.levels)]
    else:
        if request.base is not None:
            comparisons = _base_comparisons(resolver, request, settings, excluded)
            notices += [notice for comparison in comparisons for notice in comparison.notices]
        else:
            comparisons = [resolver.pair(*request.operands)]
            notices += comparisons[0].notices + _no_framework(comparisons[0])
        diffs = [diff for comparison in comparisons
                 for diff in _compare(loader, comparison, Base(resolver.earlier, notices))]
        diffs.sort(key=_diff_key)
        diffs = follow_levels(diffs)
    sides = [side for diff in diffs for side in (diff.old, diff.new) if side is not None]
    notices += dict.fromkeys(notice for side in sides for notice in side.notices)
    # Each framework's approvals are read beside it, where it is now (where it was, if it was removed).
    compared = [(side.source.path, [key for change in diff.changes for key in change.fingerprints])
                for diff in diffs if (side := diff.new or diff.old) is not None]
    approvals = read_approvals_for(compared, request.approvals, tracked_only=request.base is not None,
                                   notices=notices, git=resolver.git)
    for diff in diffs:
        as_wording(diff, approvals.as_wording)
    return Report(diffs, request.fail_on, approvals, notices,
                  allow_unrelated=request.allow_unrelated, excluded=excluded)


def _base_comparisons(resolver: Resolver, request: Request, settings: SettingsSource,
                      excluded: dict[str, str]) -> list[Comparison]:
    """``--base REV [PATHS...]``: each path against the same path at REV,
    but for the files named that the configuration excludes with
    force-exclude (as `check` skips them, and a pre-commit hook names
    every staged file), and, with --deleted, the files deleted that it
    excludes; each such file goes in ``excluded``, with what excludes it."""
    assert request.base is not None
    paths = []
    for path in _unique(request.operands):
        exclusion = force_excluded(os.path.normpath(path), settings)
        if exclusion is not None and os.path.isfile(path) and _compared_at_base(resolver, request.base, path):
            exclusion = None
        if exclusion is None:
            paths.append(path)
        else:
            excluded[os.path.normpath(path)] = exclusion
    if request.operands and not paths and not request.deleted:
        return []  # every path named is excluded: not the whole tree
    comparisons = resolver.base(request.base, paths, deleted=request.deleted)
    kept = []
    for comparison in comparisons:
        exclusion = None
        if not comparison.new and not comparison.by_id and len(comparison.old) == 1:  # a file deleted
            gone = comparison.old[0].path
            exclusion = force_excluded(gone, settings) if resolver.excluded_at(request.base, gone) else None
            if exclusion is not None:
                excluded[gone] = exclusion
        if exclusion is None:
            kept.append(comparison)
    return kept


def _compared_at_base(resolver: Resolver, base: str, path: str) -> bool:
    """Whether a file named that the configuration excludes now was
    compared at ``base``: at the path it had there (it may have moved into
    what is excluded, `git mv frameworks/acme.yaml drafts/`), which the
    configuration as it was there did not exclude (its `exclude` changed
    in the same commit). Its edits are compared all the same, or they
    would pass unseen."""
    moved_from = resolver.renamed_from(base, path)
    if moved_from is not None:
        return not resolver.left_out(base, moved_from)
    return resolver.exists_at(base, path) and not resolver.excluded_at(base, path)


def _no_framework(comparison: Comparison) -> list[str]:
    """Two directories with no framework in either: most likely the wrong
    paths, as `check` warns. (A hook's commit without one is not warned of.)"""
    if not comparison.by_id or frameworks_only(comparison.old) or frameworks_only(comparison.new):
        return []
    return [f"no framework found in {comparison.old_label} or {comparison.new_label}; frameworks are YAML files "
            "that declare `ladderlint: 1`"]


def _check_level_order(loaded: Loaded, lower: str, higher: str) -> None:
    """--levels LOWER HIGHER names two levels, the lower first: notes that
    compare a level with itself, or upside down, would tell engineers that
    what one level expects still holds below it."""
    order = [level.id for level in loaded.framework.levels]  # lowest first (Loader.load)
    if lower == higher:
        raise DiffError(f"--levels names level '{lower}' twice; name two levels, the lower first")
    if lower in order and higher in order and order.index(lower) > order.index(higher):
        raise DiffError(
            f"--levels names '{lower}' before '{higher}', but '{higher}' is the lower level in {loaded.label}; "
            f"name the lower level first: --levels {higher} {lower}"
        )


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


@dataclass
class Base:
    """How the old side of a comparison is read: a revision of a file at a
    git revision that is not a valid framework (committed past the hooks,
    with `git commit --no-verify`) is not what the change is measured
    against; the last earlier revision of the file that is one is, so that
    a commit that repairs it is not blocked, and what the commits since
    then changed is gated all the same. With no such revision, the file's
    frameworks are compared as added, as a new file's are. Either way, a
    notice says so. Files named explicitly (``diff REV:path NEW``) are
    read as named: one that is not a framework is an input error."""

    earlier: Callable[[Source], Iterable[Source]]
    notices: list[str]
    #: The notice of the last base read as absent (no revision of it is valid).
    last_added: str | None = None

    def load(self, loader: Loader, source: Source, *, positions: bool = True) -> Loaded | None:
        try:
            return loader.load(source, positions=positions)
        except InputError as error:
            if source.revision is None:
                raise
            problem = _first_problem(error, source.label)
        for earlier in self.earlier(source):
            try:
                loaded = loader.load(earlier, positions=positions)
            except InputError:
                continue
            notice = (f"{problem}. Not a valid framework, so compared with {earlier.label}, the last earlier "
                      "revision that is one: a commit repairing it is not blocked, and what changed since is "
                      "still gated")
            return replace(loaded, notices=(notice, *loaded.notices), stands_in=notice)
        self.last_added = (f"{problem}. Not a valid framework, and no earlier revision of the file is one: what "
                           "it holds now is compared as added, as a new file is (no bar is raised against a "
                           "framework nobody could read)")
        self.notices.append(self.last_added)
        return None


def _first_problem(error: InputError, label: str) -> str:
    """Where and what the first problem of an unreadable revision ``label``
    is, in a line: `REV:path:line:column: CODE` and the gist of its message
    (what to write instead is for whoever repairs it, who runs check)."""
    if not error.findings:
        return f"{label}: {_gist(error.message)}"
    first = next((f for f in error.findings if str(f.severity) == "error"), error.findings[0])
    more = f" (and {plural(len(error.findings) - 1, 'more problem')})" if len(error.findings) > 1 else ""
    return f"{first.file}:{first.line}:{first.column}: {first.code} {_gist(first.message)}{more}"


#: The longest gist of a message a warning quotes.
_GIST = 100


def _gist(message: str) -> str:
    """A finding's message to its first remark: messages say what is wrong,
    then, after ' (' or '; ', why or what to write."""
    cut = min((at for at in (message.find(" ("), message.find("; ")) if at > 0), default=len(message))
    gist = message[:cut].rstrip(" .:,")
    return gist if len(gist) <= _GIST else gist[: _GIST - 3].rstrip() + "..."


def _compare(loader: Loader, comparison: Comparison, base: Base) -> list[FrameworkDiff]:
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
            return [revision_diff(before, after)]
        old = old if old is not None and frameworks_only([old]) else None
        # A framework file kept without `ladderlint: 1` is removed as a framework: say why.
        undeclared = new.label if new is not None and old is not None and not frameworks_only([new]) else None
        new = new if new is not None and frameworks_only([new]) else None
        if old is None and new is None:
            return []  # other YAML, passed by a hook
        if old is not None and new is not None and old.data == new.data:
            # Unchanged: read once, and said to be compared, with no change.
            same = loader.load(new, positions=False)
            return [FrameworkDiff(replace(same, source=replace(old, data=b"")), same, [])]
        base.last_added = None
        earlier = base.load(loader, old, positions=new is None) if old is not None else None
        del old
        later = loader.load(new) if new is not None else None
        del new
        if earlier is None and later is None:
            return []  # a revision that was never a valid framework, removed
        diff = revision_diff(earlier, later)
        if base.last_added is not None:
            diff.base_unreadable = base.last_added
        if undeclared is not None:
            diff.undeclared = _undeclared(undeclared)
        return [diff]
    old_by_id = _by_id(loader, comparison.old, comparison.old_label, base)
    new_by_id = _by_id(loader, comparison.new, comparison.new_label)
    pairs = [(old_by_id.get(framework_id), new_by_id.get(framework_id))
             for framework_id in sorted(set(old_by_id) | set(new_by_id))]
    diffs = [revision_diff(old, new) for old, new in _same_files(pairs, comparison)]
    # A framework removed whose file is still there, but no longer declares itself a framework: say why.
    kept = {_place(source.path, comparison.new_root): source.label for source in comparison.new
            if not frameworks_only([source])}
    for diff in diffs:
        label = kept.get(_place(diff.old.source.path, comparison.old_root)) if diff.old and not diff.new else None
        if label is not None:
            diff.undeclared = _undeclared(label)
        if diff.old and diff.new:
            diff.moved = _place(diff.old.source.path, comparison.old_root) != \
                _place(diff.new.source.path, comparison.new_root)
    return diffs


def _undeclared(label: str) -> str:
    """Why a framework whose file is still there is removed."""
    return (f"{label} no longer declares itself a framework (`ladderlint: 1` is gone from it): the framework is "
            "compared as removed, and `ladderlint check` no longer checks the file (LL013); put `ladderlint: 1` back "
            "as its first line to keep it a framework")


def _same_files(pairs: list[tuple[Loaded | None, Loaded | None]],
                comparison: Comparison) -> list[tuple[Loaded | None, Loaded | None]]:
    """Frameworks paired by id, and then a framework found on one side only
    paired with the one on the other side in the same file, in the file git
    says it was renamed from, or, failing those, the one whose statements it
    mostly still says: a framework whose id changed is the same framework,
    compared, not one removed and another added (which would raise no bar
    whatever its new revision asks)."""
    gone = {_place(old.source.path, comparison.old_root): old for old, new in pairs if new is None and old}
    if not gone:
        return pairs
    out: list[tuple[Loaded | None, Loaded | None]] = []
    paired: set[int] = set()
    for old, new in pairs:
        if old is None and new is not None:
            renamed = comparison.renamed.get(new.source.path)
            same = gone.pop(_place(new.source.path, comparison.new_root), None)
            if same is None and renamed is not None:
                same = gone.pop(_place(renamed, comparison.old_root), None)
            if same is None:
                same = _rewritten_from(new, gone)
            if same is not None:
                paired.add(id(same))
                old = same
        out.append((old, new))
    return [(old, new) for old, new in out if new is not None or id(old) not in paired]


def _rewritten_from(new: Loaded, gone: dict[str, Loaded]) -> Loaded | None:
    """The framework gone from the other side whose statements ``new``
    mostly still says (moved, reformatted and given another id at once)."""
    place = best_kept(((place, old.framework) for place, old in sorted(gone.items())), new.framework)
    return gone.pop(place) if place is not None else None


def _place(path: str, root: str) -> str:
    """Where a file is in the directory compared."""
    return os.path.normpath(os.path.relpath(path, root or os.curdir))


def _by_id(loader: Loader, sources: list[Source], where: str, base: Base | None = None) -> dict[str, Loaded]:
    found: dict[str, Loaded] = {}
    for source in frameworks_only(sources):
        loaded = base.load(loader, source) if base is not None else loader.load(source)
        if loaded is None:
            continue
        other = found.get(loaded.framework.id)
        if other is not None:
            raise InputError(
                f"two frameworks in {where} have the id '{loaded.framework.id}' "
                f"({other.label} and {loaded.label}); ids must be unique to be compared"
            )
        found[loaded.framework.id] = loaded
    return found


def level_diff(loaded: Loaded, lower: str, higher: str) -> FrameworkDiff:
    """What is new at level ``higher`` of a framework compared with ``lower``
    (raises DiffError for a level it does not have)."""
    return FrameworkDiff(loaded, loaded, compare_levels(loaded.framework, lower, higher), levels=(lower, higher))


def as_wording(diff: FrameworkDiff, reasons: Mapping[str, str]) -> None:
    """Make the changes of ``diff`` approved as wording only (``reasons``,
    by fingerprint) editorial to every reader, and advise the version as
    for them: the approver's judgement stands over the grader's reading
    (kept in ``Change.graded``). A marker on a change that rewrites no text
    in its place (``rewords``: an addition, a move to another level) is no
    judgement of wording: the change stays approved as it was graded."""
    def reason(change: Change) -> str | None:
        # Under any of its fingerprints: at a level retitled, an approval given under either title.
        key = next((key for key in change.fingerprints if key in reasons), None)
        if key is None or not rewords(change) or change.impacts == (Impact.EDITORIAL,):
            return None
        return reasons[key]

    judged = [(change, reason(change)) for change in diff.changes]
    if all(why is None for _change, why in judged):
        return
    diff.replace_changes([change if why is None else approved_as_wording(change, why) for change, why in judged])
    if diff.advice is not None and diff.old is not None and diff.new is not None:
        diff.advice = advise(diff.old.framework.version, diff.new.framework.version, diff.changes)


def revision_diff(old: Loaded | None, new: Loaded | None) -> FrameworkDiff:
    """The changes from one revision of a framework to another, with the
    version advice; either may be None (a framework added or removed)."""
    changes = compare(old.framework if old else None, new.framework if new else None)
    advice = None
    if old is not None and new is not None:
        advice = advise(old.framework.version, new.framework.version, changes)
    return FrameworkDiff(old, new, changes, advice, unrelated=unrelated(old, new),
                         base_unreadable=old.stands_in if old is not None else None)


#: Below this share of statements in common (word for word), two frameworks
#: with other ids and organisations are not two revisions of one: a
#: rebranded copy keeps nearly all of its statements.
UNRELATED_SHARE = 0.2


def unrelated(old: Loaded | None, new: Loaded | None) -> str | None:
    """Why ``old`` and ``new`` look like two different frameworks, not two
    revisions of one: other ids, other organisations, and few statements in
    common; or None. A framework whose id changed keeps its organisation or
    its statements."""
    if old is None or new is None:
        return None
    before, after = old.framework, new.framework
    if before.id == after.id or before.organisation.name.casefold() == after.organisation.name.casefold():
        return None
    statements = [said(before), said(after)]
    fewer = min(len(statements[0]), len(statements[1]))
    shared = len(statements[0] & statements[1])
    if fewer and shared >= UNRELATED_SHARE * fewer:
        return None
    return (f"{old.label} and {new.label} look like two different frameworks, not two revisions of one: "
            f"ids '{before.id}' and '{after.id}', organisations '{before.organisation.name}' and "
            f"'{after.organisation.name}', and {shared} of {fewer} statements in common")


__all__ = ["DiffError", "InputError", "Request", "level_diff", "revision_diff", "run", "unrelated", "usage_problem"]
