"""The CI gate: which impacts fail a run, and which changes are approved.

An approvals file lists fingerprints of changes that are known and accepted,
one per line, each optionally followed by ``editorial`` (approved as wording
only: ``ladderlint approve --as-wording``) and a ``# comment``. An approved
change is still reported, marked as approved, and does not fail the run.

Each framework's approvals are the ``.ladderlint-approvals`` nearest to
the framework's file (its directory, then upwards), wherever the command is
run from, and they approve that framework's changes only: a file approves
the frameworks of its directory and below it, as a configuration file
applies. The search stops at the top of the git repository the framework is
in (a file above it is in no pull request), and outside a repository at the
current directory (at the framework's own directory when it is not below
it). With ``--base REV``, a file git does not track (neither staged nor
committed) in the repository the diff reads approves nothing: a clone in CI
would not have it; nor does a tracked link to a file outside the repository
or to one git does not track.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Collection, Mapping, Sequence

from .changes import Impact, Kind
from .inputs import InputError
from .revisions import Git
from ..patterns import lazy

#: The approvals file read when --approvals is not given, if it exists.
DEFAULT_APPROVALS = ".ladderlint-approvals"

FAIL_ON_CHOICES = ("raises-bar", "lowers-bar", "structural", "editorial", "any", "never")

#: The word after a fingerprint that says it was approved as wording only.
AS_WORDING = "editorial"
#: An entry: a fingerprint, and ``editorial`` where it was approved as wording only.
_ENTRY = lazy(r"^([0-9a-f]{12})(?:\s+(" + AS_WORDING + r"))?$")
#: What `ladderlint approve` writes in parentheses after the reason (``approve._what``): the change as listed,
#: its kind, its impacts where it has two, and where it is ("statement-reworded at acme, IC2 (Engineer II),
#: Ownership"), which is no part of the reason an approval as wording gives. Only that shape: a reason may hold
#: brackets of its own ("agreed (statement-reworded by jane)").
_LISTED_AS = lazy(r"(?:" + "|".join(kind.value for kind in Kind) + r")"
                  r"(?: \((?:" + "|".join(impact.value for impact in Impact) + r")"
                  r"(?: and (?:" + "|".join(impact.value for impact in Impact) + r"))*\))?(?: at .+)?")


@dataclass(frozen=True)
class Entry:
    """One line of an approvals file that approves a change."""

    fingerprint: str
    #: Approved as wording only (``editorial`` after the fingerprint).
    as_wording: bool = False
    #: What follows the ``#``, as written.
    comment: str = ""


class NotAnEntry(ValueError):
    """A line of an approvals file that is neither an entry, nor blank, nor a comment."""


def parse_fail_on(values: str) -> frozenset[Impact]:
    """Impacts that fail the run, from a comma-separated list of FAIL_ON_CHOICES."""
    chosen: set[Impact] = set()
    for value in (part.strip().lower() for part in values.split(",")):
        if not value:
            continue
        if value not in FAIL_ON_CHOICES:
            raise ValueError(f"'{value}' is not one of {', '.join(FAIL_ON_CHOICES)}")
        if value == "any":
            chosen.update(Impact)
        elif value != "never":
            chosen.add(Impact(value))
    return frozenset(chosen)


@dataclass(frozen=True)
class Approvals:
    fingerprints: frozenset[str] = frozenset()
    #: The files they were read from.
    paths: tuple[str, ...] = ()
    #: Of ``fingerprints``, those approved as wording only, with the reason given ("" where none is).
    as_wording: Mapping[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str | None:
        """The file to add a fingerprint to, if one was read."""
        return self.paths[0] if self.paths else None


def find_approvals(framework_path: str, git: Git | None = None) -> str | None:
    """The approvals file nearest to a framework file: its directory, then
    upwards, as far as the top of its repository (see the module's docs)."""
    found = _approvals_files(framework_path, git)
    return found[0] if found else None


def _approvals_files(framework_path: str, git: Git | None = None) -> list[str]:
    """The approvals files that may apply to a framework file, the nearest first."""
    directory = os.path.dirname(os.path.abspath(framework_path))
    top = repository_top(directory, git)
    if top is None:
        here = os.getcwd()
        top = here if os.path.commonpath([here, directory]) == here else directory
    found = []
    while True:
        candidate = os.path.join(directory, DEFAULT_APPROVALS)
        if os.path.isfile(candidate):
            found.append(candidate)
        parent = os.path.dirname(directory)
        if parent == directory or _same_directory(directory, top):
            return found
        directory = parent


def repository_top(directory: str, git: Git | None = None) -> str | None:
    """The top of the git work tree that holds ``directory`` (or the
    nearest existing directory above it): that of ``git``, the repository the diff reads
    (default: the current directory's), when it holds it, else the one
    around ``directory``; None outside any. Asked of ``git`` first, so that
    GIT_DIR (set without GIT_WORK_TREE in a linked worktree's hooks) names
    the same work tree as the diff's."""
    existing = existing_directory(directory)
    for repository in (git or Git(), Git(existing)):
        try:
            top = repository.toplevel
        except InputError:  # not in a repository, or git not installed
            continue
        if _holds(top, existing):
            return top
    return None


def existing_directory(directory: str) -> str:
    """``directory``, or the nearest directory above it that exists: a
    deleted framework's folder may have gone with it."""
    while not os.path.isdir(directory) and os.path.dirname(directory) != directory:
        directory = os.path.dirname(directory)
    return directory


def _holds(top: str, directory: str) -> bool:
    """Whether ``directory`` is ``top`` or below it (through symbolic links too)."""
    top, directory = os.path.realpath(top), os.path.realpath(directory)
    return os.path.commonpath([top, directory]) == top


def _same_directory(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _not_tracked(path: str, git: Git) -> str | None:
    """Why the approvals file ``path`` approves nothing with ``--base``, or
    None: git must track it (staged or committed) in the repository the
    diff reads, and, if it is a symbolic link, the file it points to, in
    that repository too (a clone in CI reads neither an untracked file nor
    one outside the repository)."""
    shown = os.path.relpath(path)
    if not _tracked(path, git):
        return (f"{shown} is not tracked by git, and approves nothing: a clone in CI would not have it; "
                f"stage it to commit it with the change (git add {shown})")
    if os.path.islink(path):
        target = os.path.realpath(path)
        if not _holds(git.toplevel, os.path.dirname(target)):
            return (f"{shown} is a symbolic link to {target}, outside the repository, and approves nothing: "
                    "a clone in CI would not have what it points to; keep the approvals in the repository")
        if not _tracked(target, git):
            return (f"{shown} is a symbolic link to {os.path.relpath(target)}, which git does not track, "
                    "and approves nothing: "
                    "a clone in CI would not have it; stage it to commit it with the change")
    return None


def _tracked(path: str, git: Git) -> bool:
    """Whether git tracks ``path`` (staged or committed) in ``git``'s repository."""
    try:
        top = os.path.realpath(git.toplevel)
    except InputError:
        return False
    directory = os.path.realpath(os.path.dirname(os.path.abspath(path)))
    if os.path.commonpath([top, directory]) != top:
        return False
    relative = os.path.relpath(os.path.join(directory, os.path.basename(path)), top).replace(os.sep, "/")
    try:
        found = git.run("ls-files", "--error-unmatch", "--full-name", "--", f":(top,literal){relative}", check=False)
    except InputError:
        return False
    return found.returncode == 0


def read_approvals_for(frameworks: Sequence[tuple[str, Collection[str]]], explicit: str | None = None, *,
                       tracked_only: bool = False, notices: list[str] | None = None,
                       git: Git | None = None) -> Approvals:
    """The approvals of the frameworks compared, each given as its file and
    the fingerprints of its changes: the file ``explicit`` names
    (--approvals) approves every framework; else each framework's nearest
    approvals file approves its own changes only. ``tracked_only``
    (``--base REV``): a file git does not track in ``git``'s repository
    (the one the diff reads; default: the current directory's), or a link
    to one or out of the repository, is passed over, with a warning in
    ``notices``."""
    if explicit is not None:
        return read_approvals(explicit)
    git = git or Git()
    nearest: dict[str, str | None] = {}  # by framework directory: the approvals that apply there
    # Each approvals file asked about once (a file at the top serves every
    # framework's directory): None where it counts, else why it is passed over.
    verdicts: dict[str, str | None] = {}
    for path, _fingerprints in frameworks:
        directory = os.path.dirname(os.path.abspath(path))
        if directory in nearest:
            continue
        nearest[directory] = None
        for candidate in _approvals_files(path, git):
            if candidate not in verdicts:
                verdicts[candidate] = _not_tracked(candidate, git) if tracked_only else None
            if verdicts[candidate] is None:
                nearest[directory] = candidate
                break
    # By the path shown, in an error too, as the frameworks' paths are.
    read = {found: read_approvals(os.path.relpath(found))
            for found in sorted({found for found in nearest.values() if found is not None})}
    approved: set[str] = set()
    as_wording: dict[str, str] = {}
    for path, fingerprints in frameworks:
        found = nearest[os.path.dirname(os.path.abspath(path))]
        if found is not None:
            approved |= read[found].fingerprints & set(fingerprints)
            as_wording.update((key, why) for key, why in read[found].as_wording.items() if key in fingerprints)
    if notices is not None:
        notices.extend(why for why in verdicts.values() if why is not None)
    return Approvals(frozenset(approved), tuple(os.path.relpath(found) for found in read), as_wording)


def approved_as_wording(framework_path: str, notices: list[str]) -> Mapping[str, str]:
    """The changes approved as wording only for a framework (by fingerprint,
    with their reasons), for the pages `render` makes of its releases: they
    follow the approver's judgement as the release notes do. Read as the
    gate reads them with ``--base``: the nearest approvals file git tracks
    in the framework's repository. What passes a file over, or a file that
    cannot be read (a line that is no entry), is told in ``notices``, and
    the pages are made as the grader reads the changes: an approvals file
    is no part of a framework, and does not stop its site."""
    git = Git(existing_directory(os.path.dirname(os.path.abspath(framework_path))))
    for candidate in _approvals_files(framework_path, git):
        why = _not_tracked(candidate, git)
        if why is not None:
            notices.append(why)
            continue
        try:
            return read_approvals(os.path.relpath(candidate)).as_wording
        except InputError as error:
            notices.append(f"{error.message}; the release notes are rendered as if it approved nothing "
                           "as wording only")
            return {}
    return {}


def read_approvals(path: str) -> Approvals:
    """Read one approvals file."""
    from ..encoding import NotUtf8Text, read_utf8

    try:
        lines = read_utf8(path).splitlines()
    except OSError as error:
        raise InputError(f"{path}: cannot read the approvals file: {error.strerror or error}") from None
    except NotUtf8Text as error:
        where = error.position
        raise InputError(f"{path}:{where.line}:{where.column}: approvals {error.message}") from None
    found: set[str] = set()
    as_wording: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        try:
            entry = parse_entry(line)
        except NotAnEntry as error:
            raise InputError(f"{path}:{number}: {error}") from None
        if entry is None:
            continue
        found.add(entry.fingerprint)
        if entry.as_wording:
            as_wording.setdefault(entry.fingerprint, wording_reason(entry.comment))
    return Approvals(frozenset(found), (path,), as_wording)


def parse_entry(line: str) -> Entry | None:
    """The entry a line of an approvals file holds; None for a blank line
    or a comment; ``NotAnEntry`` for anything else. The one reading of a
    line, for the gate and for `ladderlint approve`, which rewrites the file."""
    text, _, comment = line.partition("#")
    text = " ".join(text.split()).lower()
    if not text:
        return None
    entry = _ENTRY.match(text)
    if not entry:
        raise NotAnEntry(f"'{text}' is not a fingerprint (12 hexadecimal digits, "
                         f"optionally followed by '{AS_WORDING}' and by # and a comment)")
    return Entry(entry.group(1), entry.group(2) is not None, comment)


def wording_reason(comment: str) -> str:
    """The reason of an approval as wording only, from its comment: what
    `ladderlint approve` wrote there before the change as listed (the
    bracketed group that ends the comment, in the shape it writes)."""
    comment = " ".join(comment.split())
    opening = _last_group(comment)
    if opening is not None and _LISTED_AS.fullmatch(comment[opening + 1:-1]):
        return comment[:opening].rstrip()
    return comment


def _last_group(text: str) -> int | None:
    """Where the bracketed group that ends ``text`` opens (brackets nested
    in it count: "(... IC2 (Engineer II), Ownership)"), or None."""
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None
