"""`ladderlint approve`: write the fingerprints of the changes the gate
fails on into the approvals file, with the reason the user gives, so that
nobody copies fingerprints out of JSON by hand.

Each framework's fingerprints go to the approvals file the gate reads for
it (the nearest ``.ladderlint-approvals``; a new one at the top of its git
repository, or beside it outside one), or to the one file ``--approvals``
names. The file keeps its comments at the top, and its entries sorted by
fingerprint, one per line, each with its reason; it is written atomically.

Approved as wording only (``--as-wording``), an entry says ``editorial``
after its fingerprint: the approver's judgement that a rewording the grader
read as a raised (or lowered) bar asks nothing else, which the formats then
show as a wording fix (``session.as_wording``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..atomic import write_atomically
from .changes import GONE, Change, rewords
from .formatters.common import known_as
from .gate import (AS_WORDING, DEFAULT_APPROVALS, Entry, NotAnEntry, existing_directory, find_approvals,
                   parse_entry, repository_top)
from .report import FrameworkDiff, Report


@dataclass(frozen=True)
class Approved:
    """Fingerprints added to one approvals file, and those it lists already
    (which the gate did not count: a file git does not track, with
    ``--base``, approves nothing)."""

    file: str
    changes: tuple[Change, ...]
    listed_already: tuple[Change, ...] = ()


class NotWording(ValueError):
    """Changes the gate fails on that rewrite no text in its place: no
    approval as wording only can be given of them."""


class NotToApprove(ValueError):
    """Fingerprints asked for (``only``) of no change there is to approve:
    ``fingerprints``, and those there are (``offered``)."""

    def __init__(self, fingerprints: list[str], offered: list[str]) -> None:
        super().__init__(", ".join(fingerprints))
        self.fingerprints = fingerprints
        self.offered = offered


def approve(report: Report, reason: str, explicit: str | None = None, as_wording: bool = False,
            only: frozenset[str] = frozenset()) -> list[Approved]:
    """Add the changes ``report`` fails on to their approvals files; what was added, by file.
    ``as_wording``: approve them as wording only, and mark so those approved
    already that the gate would fail on; every one must reword a text in
    its place (``rewords``), else ``NotWording``, and nothing is written.
    ``only``: of those, just the changes with these fingerprints (as the
    diff lists them), for an approver who judges one change and not the
    rest; a fingerprint of none of them is ``NotToApprove``, and nothing is
    written."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("give a reason: what was agreed, and by whom")

    def to_approve(change: Change) -> bool:
        return (report.blocking(change) or as_wording and _wording_to_mark(report, change)) \
            and (not only or not only.isdisjoint(change.fingerprints))

    if only:
        offered = [change for change in report.changes if report.blocking(change)
                   or as_wording and _wording_to_mark(report, change)]
        unknown = sorted(only.difference(key for change in offered for key in change.fingerprints))
        if unknown:
            raise NotToApprove(unknown, sorted({change.fingerprint for change in offered}))
    if as_wording:
        other = [change for change in report.changes if to_approve(change) and not rewords(change)]
        if other:
            raise NotWording("; ".join(f"{change.kind.value} [{change.fingerprint}]" for change in other))
    by_file: dict[str, list[tuple[FrameworkDiff, Change]]] = {}
    for diff in report.diffs:
        chosen = [change for change in diff.changes if to_approve(change)]
        if not chosen:
            continue
        side = diff.new or diff.old
        assert side is not None
        target = explicit or approvals_file_for(side.source.path)
        by_file.setdefault(target, []).extend((diff, change) for change in chosen)
    out = []
    for file, changes in sorted(by_file.items()):
        listed = _add(file, changes, reason, as_wording)
        out.append(Approved(file, tuple(change for _diff, change in changes if change.fingerprint not in listed),
                            tuple(change for _diff, change in changes if change.fingerprint in listed)))
    return out


def approvals_file_for(framework_path: str) -> str:
    """Where the gate looks for a framework's approvals (``find_approvals``),
    or where a new file goes: the top of its git repository, or its own
    directory outside one; the gate searches both."""
    found = find_approvals(framework_path)
    if found is not None:
        return os.path.relpath(found)
    directory = existing_directory(os.path.dirname(os.path.abspath(framework_path)))
    return os.path.relpath(os.path.join(repository_top(directory) or directory, DEFAULT_APPROVALS))


def _wording_to_mark(report: Report, change: Change) -> bool:
    """An approved change the gate would fail on otherwise, that rewords a
    text in its place and is not approved as wording only yet."""
    graded = change.graded or change
    return report.approved(change) and change.wording_approved is None and rewords(change) \
        and any(impact in report.fail_on for impact in graded.impacts)


def _add(file: str, changes: list[tuple[FrameworkDiff, Change]], reason: str, as_wording: bool = False) -> set[str]:
    """Add the changes' fingerprints to ``file``; the fingerprints it listed
    already (kept with their first reason; the file is not written when
    nothing is new; a change listed under any of its ``fingerprints``
    counts). ``as_wording``: each with ``editorial``, an entry
    without it replaced by one with it and this reason."""
    try:
        with open(file, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        lines = ["# Changes that raise or lower the bar, agreed on purpose: `ladderlint approve` adds them."]
    header: list[str] = []
    entries: dict[str, tuple[Entry, str]] = {}  # by fingerprint: the entry kept, and its line
    for line in lines:
        entry = _entry(line)
        if entry is not None:
            kept = entries.get(entry.fingerprint)
            # Listed twice (two branches that approved one change, merged), the
            # first line stays; but one approved as wording only, as the gate reads it.
            if kept is None or entry.as_wording and not kept[0].as_wording:
                entries[entry.fingerprint] = (entry, line.strip())
        elif not entries:
            header.append(line)
        elif line.strip():
            header.append(line)  # a comment among the entries stays, above them
    if as_wording:
        # An approval as it was, without the marker, gives way to one as wording only (at a level
        # retitled, one given under its other title too: ``Change.fingerprints``).
        entries = {key: kept for key, kept in entries.items()
                   if key not in {key for _diff, change in changes for key in change.fingerprints}
                   or kept[0].as_wording}
    listed = {change.fingerprint for _diff, change in changes if any(key in entries for key in change.fingerprints)}
    marker = f" {AS_WORDING}" if as_wording else ""
    for diff, change in changes:
        entries.setdefault(change.fingerprint, (Entry(change.fingerprint, as_wording),
                                                f"{change.fingerprint}{marker}  # {reason} ({_what(diff, change)})"))
    if any(change.fingerprint not in listed for _diff, change in changes):
        text = "\n".join([*header, *(entries[key][1] for key in sorted(entries))]) + "\n"
        write_atomically(file, text.encode("utf-8"))
    return listed


def _entry(line: str) -> Entry | None:
    """The entry of a line of the file (``parse_entry``), None for any
    other line, which stays as it is written (the gate says what is wrong
    with one that is neither an entry nor a comment)."""
    try:
        return parse_entry(line)
    except NotAnEntry:
        return None


def _what(diff: FrameworkDiff, change: Change) -> str:
    """The change as `ladderlint diff` lists it: its kind, at the level it is
    listed under, named as there ("E3 (Engineer II)": for a statement of a
    level inserted below others, the level above that now asks for it),
    and its competency's name."""
    level = diff.listed_at(change)
    if level is not None:
        removed = level.endswith(GONE)
        level = diff.label(level.rstrip(GONE), diff.level_title(level)) + (", removed" if removed else "")
    competency = known_as(diff.competency_named(change.competency)) if change.competency else None
    where = ", ".join(part for part in (change.framework, level, competency) if part)
    # A change of two impacts says both: who reads the file sees that a lowered bar was approved too.
    kind = change.kind.value if len(change.impacts) < 2 else \
        f"{change.kind.value} ({' and '.join(impact.value for impact in change.impacts)})"
    return f"{kind} at {where}" if where else kind
