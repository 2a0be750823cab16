"""The CI gate: which impacts fail a run, and which changes are approved.

An approvals file lists fingerprints of changes that are known and accepted,
one per line, each optionally followed by a ``# comment``. An approved change
is still reported, marked as approved, and does not fail the run.

Each framework's approvals are the ``.ladderlint-approvals`` nearest to
the framework's file (its directory, then upwards), wherever the command is
run from, and they approve that framework's changes only: a file approves
the frameworks of its directory and below it, as a configuration file
applies. The search stops at the top of the git repository the framework is
in (a file above it is in no pull request), and outside a repository at the
current directory (at the framework's own directory when it is not below
it). With ``--base REV``, a file git does not track (neither staged nor
committed) approves nothing: a clone in CI would not have it.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from typing import Collection, Sequence

from .changes import Impact
from .inputs import InputError
from ..patterns import lazy

#: The approvals file read when --approvals is not given, if it exists.
DEFAULT_APPROVALS = ".ladderlint-approvals"

FAIL_ON_CHOICES = ("raises-bar", "lowers-bar", "structural", "editorial", "any", "never")

_FINGERPRINT = lazy(r"^[0-9a-f]{12}$")


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

    @property
    def path(self) -> str | None:
        """The file to add a fingerprint to, if one was read."""
        return self.paths[0] if self.paths else None


def find_approvals(framework_path: str) -> str | None:
    """The approvals file nearest to a framework file: its directory, then
    upwards, as far as the top of its repository (see the module's docs)."""
    found = _approvals_files(framework_path)
    return found[0] if found else None


def _approvals_files(framework_path: str) -> list[str]:
    """The approvals files that may apply to a framework file, the nearest first."""
    directory = os.path.dirname(os.path.abspath(framework_path))
    top = _search_top(directory)
    found = []
    while True:
        candidate = os.path.join(directory, DEFAULT_APPROVALS)
        if os.path.isfile(candidate):
            found.append(candidate)
        parent = os.path.dirname(directory)
        if parent == directory or _same_directory(directory, top):
            return found
        directory = parent


def _search_top(directory: str) -> str:
    """Where the search for approvals stops: the top of the git work tree
    around ``directory``; outside one, the current directory if
    ``directory`` is below it, else ``directory`` itself."""
    existing = directory
    while not os.path.isdir(existing) and os.path.dirname(existing) != existing:
        existing = os.path.dirname(existing)  # a deleted framework's folder may have gone with it
    try:
        result = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=existing, capture_output=True,
                                text=True, check=False)
    except OSError:
        result = None
    if result is not None and result.returncode == 0 and result.stdout.strip():
        return result.stdout.strip()
    here = os.getcwd()
    below = os.path.commonpath([here, directory]) == here
    return here if below else directory


def _same_directory(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _tracked(path: str) -> bool:
    """Whether git tracks ``path`` (staged or committed)."""
    try:
        result = subprocess.run(["git", "ls-files", "--error-unmatch", "--", os.path.basename(path)],
                                cwd=os.path.dirname(path), capture_output=True, check=False)
    except OSError:
        return False
    return result.returncode == 0


def read_approvals_for(frameworks: Sequence[tuple[str, Collection[str]]], explicit: str | None = None, *,
                       tracked_only: bool = False, notices: list[str] | None = None) -> Approvals:
    """The approvals of the frameworks compared, each given as its file and
    the fingerprints of its changes: the file ``explicit`` names
    (--approvals) approves every framework; else each framework's nearest
    approvals file approves its own changes only. ``tracked_only``
    (``--base REV``): a file git does not track is passed over, with a
    warning in ``notices``."""
    if explicit is not None:
        return read_approvals(explicit)
    nearest: dict[str, str | None] = {}  # by framework directory: the approvals that apply there
    untracked: list[str] = []
    for path, _fingerprints in frameworks:
        directory = os.path.dirname(os.path.abspath(path))
        if directory in nearest:
            continue
        nearest[directory] = None
        for candidate in _approvals_files(path):
            if not tracked_only or _tracked(candidate):
                nearest[directory] = candidate
                break
            untracked.append(candidate)
    # By the path shown, in an error too, as the frameworks' paths are.
    read = {found: read_approvals(os.path.relpath(found)).fingerprints
            for found in sorted({found for found in nearest.values() if found is not None})}
    approved: set[str] = set()
    for path, fingerprints in frameworks:
        found = nearest[os.path.dirname(os.path.abspath(path))]
        if found is not None:
            approved |= read[found] & set(fingerprints)
    for skipped in dict.fromkeys(untracked):
        shown = os.path.relpath(skipped)
        if notices is not None:
            notices.append(f"{shown} is not tracked by git, and approves nothing: a clone in CI would not have it; "
                           f"stage it to commit it with the change (git add {shown})")
    return Approvals(frozenset(approved), tuple(os.path.relpath(found) for found in read))


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
    for number, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip().lower()
        if not text:
            continue
        if not _FINGERPRINT.match(text):
            raise InputError(
                f"{path}:{number}: '{text}' is not a fingerprint (12 hexadecimal digits, "
                "optionally followed by # and a comment)"
            )
        found.add(text)
    return Approvals(frozenset(found), (path,))
