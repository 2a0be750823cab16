"""A framework's releases, from the git history of its file.

A release is a commit where the framework's ``version`` changed (on the
first-parent line of history, so that a merged pull request counts once,
following renames of the file). Its notes are what the differ writes for
the change from the previous release to it. Changes made since the last
release, not yet committed or committed under the same version, are listed
apart as unreleased.

``since`` (a git revision) keeps only the releases after it; each is
compared with the release before it, as in the whole history (the file as
it was at ``since`` may hold changes made after that release, which the
next release's notes list too). Readers are told the version and the date
the list starts from, not the revision, which is git's word.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Mapping

from ..diff.inputs import InputError
from ..diff.report import FrameworkDiff
from ..diff.revisions import Git
from ..diff.gate import approved_as_wording
from ..diff.session import as_wording, revision_diff
from .sources import Loaded, Loader, declared_version, read_revision

#: Separators of `git log` records and fields (they cannot occur in either).
_RECORD, _FIELD = "\x1e", "\x1f"


@dataclass(frozen=True)
class Commit:
    sha: str
    #: Committer date, YYYY-MM-DD.
    date: str
    subject: str
    #: The file's path at this commit, from the top of the repository.
    path: str

    @property
    def short(self) -> str:
        return self.sha[:12]


@dataclass(frozen=True)
class Release:
    version: str
    #: None for a version not committed yet (the working tree's).
    commit: Commit | None
    #: The differ's view of the change from the previous release; None for
    #: the first release in the history, or where it cannot be compared.
    notes: FrameworkDiff | None = None
    #: Why there are no notes, where that is not obvious.
    problem: str | None = None


@dataclass(frozen=True)
class Changelog:
    """Releases newest first, and the changes made since the last one."""

    releases: tuple[Release, ...] = ()
    unreleased: FrameworkDiff | None = None
    #: The version the unreleased changes are made on.
    unreleased_since: str | None = None
    since: str | None = None
    #: The version of the file at ``since`` (None where it did not exist
    #: yet), and the date of that revision: what the list starts from, as
    #: readers know it.
    since_version: str | None = None
    since_date: str | None = None
    #: Why there is no history to read (not in git, not committed yet).
    missing: str | None = None
    #: What to tell of how the notes were read (an approvals file passed over: ``approved_as_wording``).
    notices: tuple[str, ...] = ()


def changelog(current: Loaded, since: str | None = None, loader: Loader | None = None) -> Changelog:
    """The releases of the framework ``current`` was read from.

    Raises InputError only for a ``since`` revision that cannot be used; a
    file without history gets a changelog that says why.
    """
    loader = loader or Loader()
    path = os.path.abspath(current.source.path)
    try:
        git = Git(os.path.dirname(path))
        top = git.toplevel
    except InputError as error:
        if since is not None:
            raise InputError(f"--since {since}: {current.source.path}: {error.message}") from None
        return Changelog(since=since, missing="This file is not in a git repository, so it has no history to read.")
    git = Git(top)
    relative = git.top_relative(path, from_cwd=True)
    commits = _commits(git, relative)
    in_range: set[str] | None = None
    since_date = None
    if since is not None:
        if not git.verify(since, option="--since"):
            raise InputError(f"--since {since}: the repository has no commits yet")
        in_range = set(git.run("rev-list", "--first-parent", f"{since}..HEAD").stdout.decode().split())
        since_date = git.run("log", "-1", "--format=%cs", "--end-of-options", since).stdout.decode().strip() or None
    if not commits:
        return Changelog(since=since, since_date=since_date,
                         missing="This file has not been committed yet, so it has no history to read.")
    # Every revision is read, those before ``since`` too: a release's notes
    # compare it with the release before it, which may be older than ``since``.
    contents = git.read_objects([(c.sha, c.path) for c in commits])
    versions = [_version(data) for data in contents]
    notices: list[str] = []
    history = _History(loader, current, since, in_range, since_date, wording=approved_as_wording(path, notices))
    return replace(history.build(commits, contents, versions), notices=tuple(notices))


@dataclass
class _History:
    loader: Loader
    current: Loaded
    since: str | None
    #: The commits after ``since`` (None: the whole history).
    in_range: set[str] | None = None
    since_date: str | None = None
    #: Each revision read, by commit: a release is the newer side of one
    #: comparison and the older side of the next.
    read: dict[str, Loaded | None] = field(default_factory=dict)
    #: The changes approved as wording only (``ladderlint approve --as-wording``), by fingerprint, with why.
    wording: Mapping[str, str] = field(default_factory=dict)

    def build(self, commits: list[Commit], contents: list[bytes | None], versions: list[str | None]) -> Changelog:
        previous: tuple[Commit, bytes] | None = None
        previous_version: str | None = None
        since_version: str | None = None
        releases: list[Release] = []
        for commit, data, version in zip(commits, contents, versions):
            shown = self.in_range is None or commit.sha in self.in_range
            if not shown and version is not None:
                since_version = version  # the file as it was at ``since``
            if version is None or data is None or version == previous_version:
                continue
            if shown:
                releases.append(self._release(version, commit, data, previous))
            previous, previous_version = (commit, data), version
        current = self.current.framework
        unreleased = None
        unreleased_since = None
        if previous is None or current.version != previous_version:
            releases.append(self._release(current.version, None, self.current.source.data, previous))
        else:
            older = self._load(*previous)
            if older is not None:
                notes = self._notes(older, self.current)
                if notes.changes:
                    unreleased, unreleased_since = notes, previous_version
        return Changelog(tuple(reversed(releases)), unreleased, unreleased_since, self.since,
                         since_version if self.since is not None else None, self.since_date)

    def _release(self, version: str, commit: Commit | None, data: bytes, previous: tuple[Commit, bytes] | None) -> Release:
        if previous is None:
            return Release(version, commit)
        older = self._load(*previous)
        newer = self.current if commit is None else self._load(commit, data)
        if older is None or newer is None:
            broken = previous[0] if older is None else commit
            assert broken is not None
            return Release(
                version, commit,
                problem=f"The file at commit {broken.short} is not a valid framework, so this release cannot be compared.",
            )
        return Release(version, commit, self._notes(older, newer))

    def _notes(self, older: Loaded, newer: Loaded) -> FrameworkDiff:
        """The changes from one release to the next, as the approver judged them (``as_wording``)."""
        notes = revision_diff(older, newer)
        as_wording(notes, self.wording)
        return notes

    def _load(self, commit: Commit, data: bytes) -> Loaded | None:
        if commit.sha not in self.read:
            label = f"{commit.short}:{commit.path}"
            try:
                self.read[commit.sha] = read_revision(self.loader, label, self.current.source.path, data, commit.sha)
            except InputError:
                self.read[commit.sha] = None
        return self.read[commit.sha]


def _commits(git: Git, path: str) -> list[Commit]:
    """The commits that changed ``path`` on the first-parent line, oldest first."""
    result = git.run(
        "log", "--first-parent", "-m", "--follow", "--name-only",
        f"--format={_RECORD}%H{_FIELD}%cs{_FIELD}%s", "--", path,
        check=False,
    )
    if result.returncode != 0:  # no commits yet, or the file is unknown to git
        return []
    commits = []
    for record in result.stdout.decode("utf-8", "replace").split(_RECORD)[1:]:
        header, _, names = record.partition("\n")
        sha, date, subject = header.split(_FIELD, 2)
        files = [name for name in names.splitlines() if name.strip()]
        if files:  # a merge that did not change the file has no name
            commits.append(Commit(sha, date, subject, files[0]))
    return commits[::-1]


def _version(data: bytes | None) -> str | None:
    return None if data is None else declared_version(data)
