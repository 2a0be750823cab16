"""Resolve what `ladderlint diff` is asked to compare into sources.

- ``OLD NEW``: two files, or two directories (frameworks paired by id); either
  may be ``REV:path``, a file or directory at a git revision. As in
  ``git show``, that path is relative to the top of the repository unless it
  starts with ``./`` or ``../``.
- ``--base REV [PATHS...]``: each path in the working tree against the same
  path at ``REV``. A framework file that does not exist at ``REV`` is paired
  with the file it was renamed or moved from (git's rename detection, then
  the framework's ``id`` anywhere in the repository at ``REV``); only a
  framework found nowhere is new (everything in it is added). A framework
  gone from ``PATHS`` is compared with the file it went to elsewhere in the
  repository, if any, rather than removed.

git is run as a subprocess without a shell; all blobs of one revision are read
through one ``git cat-file --batch``.
"""

from __future__ import annotations

import os
import posixpath
import shlex
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterator, Mapping, Sequence

from ..config import ConfigError, exclude_in
from ..files import discover, force_excluded, is_yaml_name, walk_excluded
from ..loader import DEFAULT_MAX_BYTES, LoadError, declares_format, read_bytes
from ..patterns import lazy
from ..pipeline import read_header
from .inputs import InputError, Source, best_kept, best_went_to, read_framework

if TYPE_CHECKING:
    from ..config import SettingsSource


#: A revision that goes back from another by parents ("HEAD~1", "main^", "v2~3^2"): where it starts.
_ANCESTRY = lazy(r"(?P<start>.+?)(?:[~^][0-9]*)+")
_STEP = lazy(r"([~^])([0-9]*)")


@dataclass
class Comparison:
    """Sources to compare: one pair, or two sets paired by framework id."""

    old: list[Source]
    new: list[Source]
    #: Directories: pair the frameworks found on both sides by id.
    by_id: bool = False
    #: Sources named explicitly must be frameworks; found ones may be other YAML.
    explicit: bool = True
    #: Display names of the two sides, for directories.
    old_label: str = ""
    new_label: str = ""
    #: The two directories, spelt as their sources' paths are: a framework
    #: whose id changed is still the one at the same place in them.
    old_root: str = ""
    new_root: str = ""
    #: Files renamed in between, as git detects them: new path -> old path
    #: (the sources' paths).
    renamed: dict[str, str] = field(default_factory=dict)
    #: What to tell about how the sides were found (a framework followed
    #: out of the paths compared).
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Spec:
    """A command-line operand: a working-tree path, or a path at a revision."""

    path: str
    revision: str | None = None

    @property
    def label(self) -> str:
        return f"{self.revision}:{self.path}" if self.revision is not None else self.path


_PLAIN_REVISION = lazy(r"[\w./~^@-]+")


def range_problem(revision: str, option: str | None = "--base") -> str | None:
    """What to write instead of a range of commits (`main..HEAD`, as git
    log takes), which names no one revision to compare with; or None. No
    branch or tag name holds `..` (git refuses one). ``option``: how the
    revision is given (`--base`, `--since`, the Action's input `base:`;
    None for the REV of a REV:path)."""
    if ".." not in revision:
        return None
    start, end = (part or "HEAD" for part in revision.replace("...", "..").split("..", 1))
    start, end = (part if _PLAIN_REVISION.fullmatch(part) else shlex.quote(part) for part in (start, end))
    unsupported = f"{revision} is a range of commits, and ranges are not supported"
    if option is None:
        return f"{unsupported}: name one revision, as in {start}:path"
    if option == "--since":
        return f"{unsupported}: write `--since {start}` for the changes since {start}"
    instead = f"{unsupported}: write `{option} {start}` to compare the working tree with {start}"
    if start == end:  # "..HEAD": a range from a revision to itself holds no change
        return instead
    return (f"{instead}, or name a file at each revision as REV:path "
            f"(`ladderlint diff {start}:frameworks/ladder.yaml {end}:frameworks/ladder.yaml`)")


def parse_spec(text: str) -> Spec:
    """`path` if it exists in the working tree, else `REV:path`."""
    if os.path.lexists(text) or ":" not in text:
        return Spec(text)
    revision, path = text.split(":", 1)
    if not revision or not path:
        raise InputError(f"'{text}': write a file at a revision as REV:path, for example main:frameworks/acme.yaml")
    return Spec(path, revision)


@dataclass(frozen=True)
class OutsideLink:
    """A file at a revision that is a symbolic link out of the repository:
    what it says is not in the revision."""

    label: str
    target: str

    def error(self) -> InputError:
        return InputError(
            f"{self.label} is a symbolic link to {self.target}, outside the repository: what it says "
            "is not in the revision, and cannot be compared; keep the framework in the repository"
        )


class Git:
    """The git repository around the current directory."""

    def __init__(self, cwd: str | None = None):
        self.cwd = cwd or os.getcwd()

    def run(self, *args: str, data: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        try:
            result = subprocess.run(
                ["git", "-c", "core.quotepath=off", *args],
                cwd=self.cwd,
                input=data,
                capture_output=True,
            )
        except FileNotFoundError:
            raise InputError("git is not installed; it is needed to read files at a revision") from None
        if check and result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise InputError(f"git {args[0]} failed: {message[-1] if message else 'unknown error'}")
        return result

    @cached_property
    def toplevel(self) -> str:
        result = self.run("rev-parse", "--show-toplevel", check=False)
        if result.returncode != 0:
            raise InputError("not a git repository: comparing with a revision needs one")
        return os.path.normpath(result.stdout.decode("utf-8").strip())

    def has_commits(self) -> bool:
        return bool(self.run("rev-list", "-n", "1", "--all", check=False).stdout.strip())

    def is_shallow(self) -> bool:
        """Whether this is a shallow clone (its history cut short)."""
        return self.run("rev-parse", "--is-shallow-repository", check=False).stdout.strip() == b"true"

    def names_commit(self, text: str) -> bool:
        """Whether ``text`` names a commit of the repository around the
        current directory (False outside one)."""
        found = self.run("rev-parse", "--verify", "--quiet", "--end-of-options", f"{text}^{{commit}}", check=False)
        return found.returncode == 0

    def past_first_commit(self, revision: str) -> str | None:
        """Why ``revision`` names no commit where it goes back from one that
        exists past the first commit of its history ("HEAD~1" in a
        repository of one commit: a first commit has no parent); None for any
        other revision. A misspelt branch's hint would mislead there."""
        found = _ANCESTRY.fullmatch(revision)
        if found is None or not self.names_commit(found["start"]):
            return None
        steps = 0
        for mark, number in _STEP.findall(revision[len(found["start"]):]):
            if mark == "^" and number not in ("", "1"):
                return None  # another parent than the first: a merge's, not a history too short
            steps += int(number or 1) if mark == "~" else 1
        count = self.run("rev-list", "--count", "--first-parent", "--end-of-options", found["start"],
                         check=False).stdout.strip()
        commits = int(count) if count.isdigit() else 0
        if not commits or steps < commits:
            return None
        history = f"{commits} commit{'' if commits == 1 else 's'}"
        return (f"revision {revision} goes back past the first commit: {found['start']} has {history} in its "
                "history, and a first commit has no parent to compare with; name a commit that exists "
                "(`git log --oneline`)")

    def verify(self, revision: str, option: str | None = "--base") -> bool:
        """Check that ``revision`` exists; False for HEAD in a repository with
        no commits yet. ``option``: how it was given, for the advice on a
        range of commits (``range_problem``)."""
        self.toplevel  # noqa: B018 - fails first, with its own message, outside a repository
        found = self.run("rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}", check=False)
        if found.returncode == 0:
            return True  # also a revision with ".." in it that is no range: "HEAD^{/fix..}"
        problem = range_problem(revision, option)
        if problem is not None:
            raise InputError(problem)
        if revision == "HEAD" and not self.has_commits():
            return False  # the first commit: every framework is new
        if self.is_shallow():
            raise InputError(f"revision {revision} not found; fetch full history (this is a shallow clone: "
                             "run `git fetch --unshallow`, or check out with fetch-depth: 0)")
        past = self.past_first_commit(revision)
        if past is not None:
            raise InputError(past)
        # With the whole history at hand, a revision not found is most likely misspelt.
        raise InputError(f"revision {revision} does not exist in this repository; check the name "
                         "(a branch fetched from GitHub is origin/NAME)")

    def top_relative(self, path: str, *, from_cwd: bool) -> str:
        """``path`` relative to the top of the repository, in git's spelling."""
        if from_cwd:
            absolute = os.path.abspath(os.path.join(self.cwd, path))
            relative = os.path.relpath(absolute, self.toplevel)
            if relative == os.pardir or relative.startswith(os.pardir + os.sep):
                raise InputError(f"{path} is outside the git repository at {self.toplevel}")
            return "" if relative == "." else relative.replace(os.sep, "/")
        return posixpath.normpath(path).lstrip("/") if path not in ("", ".") else ""

    def display_path(self, top_relative: str) -> str:
        """A top-relative path as the user would type it from the current directory."""
        return os.path.relpath(os.path.join(self.toplevel, top_relative), self.cwd)

    def object_type(self, revision: str, path: str) -> str | None:
        """'blob', 'tree', or None when ``path`` does not exist at ``revision``."""
        result = self.run("cat-file", "-t", f"{revision}:{path}", check=False)
        return result.stdout.decode().strip() if result.returncode == 0 else None

    def tree_files(self, revision: str, path: str) -> list[str]:
        """Top-relative paths of the YAML files under ``path`` at ``revision``."""
        spec = f"{revision}:{path}" if path else f"{revision}^{{tree}}"
        # --full-tree: from a subdirectory, ls-tree would otherwise list only
        # the part of the tree under the current directory's own path.
        listing = self.run("ls-tree", "-r", "-z", "--full-tree", spec).stdout.decode("utf-8", "replace")
        entries = [entry.split("\t", 1) for entry in listing.split("\0") if "\t" in entry]
        hidden = lambda name: any(part.startswith(".") for part in name.split("/")[:-1])  # noqa: E731
        found = {posixpath.join(path, name) if path else name: info.split(" ") for info, name in entries
                 if is_yaml_name(name) and not hidden(name)}
        # A link to a file also listed is that file, read once at its own
        # path, as a walk of the working tree reads it (``_one_path_per_file``).
        # A link out of the repository is unreadable there: no framework of the
        # tree (it may be other YAML, excluded, or ignored), left out as other
        # YAML is; a framework named or paired at its path is refused (``read``).
        links = [name for name, (mode, _type, _id) in found.items() if mode == "120000"]
        if links:
            files = {object_id for mode, _type, object_id in found.values() if mode != "120000"}
            for name, blob in zip(links, self._blobs([(revision, name) for name in links])):
                if isinstance(blob, OutsideLink) or blob is not None and blob[0].decode() in files:
                    del found[name]
        return sorted(found)

    def renames(self, revision: str, to: str | None = None) -> dict[str, str]:
        """Files renamed since ``revision`` (in the index or the working
        tree; or, given ``to``, at that revision), as git detects them: new
        top-relative path -> old."""
        output = self.run("diff", "-M", "--name-status", "-z", revision, *([to] if to else []), "--",
                          check=False).stdout
        fields = output.decode("utf-8", "replace").split("\0")
        found: dict[str, str] = {}
        i = 0
        while i < len(fields) - 1:
            status = fields[i]
            if status.startswith(("R", "C")) and i + 2 < len(fields):
                if status.startswith("R"):
                    found[fields[i + 2]] = fields[i + 1]
                i += 3
            else:
                i += 2
        return found

    def changed_since(self, revision: str) -> bool:
        """Whether the index or the working tree differs from ``revision``
        (untracked files aside)."""
        return self.run("diff", "--quiet", revision, "--", check=False).returncode != 0

    def deleted(self, revision: str) -> list[str]:
        """Top-relative paths of the YAML files at ``revision`` that are gone
        from the working tree, not renamed or moved (as git detects it) to
        another YAML file: one renamed to ``acme.yaml.off`` or ``acme.txt`` is
        no framework any more, and no hook is given it."""
        output = self.run("diff", "-M", "--name-only", "--diff-filter=D", "-z", revision, "--", check=False).stdout
        gone = {name for name in output.decode("utf-8", "replace").split("\0") if is_yaml_name(name)}
        gone.update(old for new, old in self.renames(revision).items()
                    if is_yaml_name(old) and not is_yaml_name(new))
        return sorted(gone)

    def read(self, revision: str, paths: Sequence[str]) -> dict[str, bytes | None]:
        """The content of each top-relative path at ``revision`` (None where
        missing). A link out of the repository: InputError, naming it."""
        return dict(zip(paths, self.read_objects([(revision, path) for path in paths])))

    def read_found(self, revision: str, paths: Sequence[str]) -> tuple[dict[str, bytes | None], list[OutsideLink]]:
        """As ``read``, but a link out of the repository reads as missing, and
        is returned apart: it is refused only where a framework is paired with it."""
        found: dict[str, bytes | None] = {}
        outside: list[OutsideLink] = []
        for path, blob in zip(paths, self._blobs([(revision, path) for path in paths])):
            if isinstance(blob, OutsideLink):
                outside.append(blob)
            found[path] = blob[1] if isinstance(blob, tuple) else None
        return found, outside

    def read_objects(self, objects: Sequence[tuple[str, str]]) -> list[bytes | None]:
        """The content of each (revision, top-relative path), in order (None
        where missing): many revisions of one file read in one process. A
        link out of the repository: InputError, naming it."""
        contents: list[bytes | None] = []
        for blob in self._blobs(objects):
            if isinstance(blob, OutsideLink):
                raise blob.error()
            contents.append(blob[1] if blob is not None else None)
        return contents

    def _blobs(self, objects: Sequence[tuple[str, str]]) -> list[tuple[bytes, bytes] | OutsideLink | None]:
        """The object id and content of each (revision, top-relative path),
        in order (None where missing). A symbolic link is followed within
        its revision's tree, as the working tree's is (its target relative
        to its directory, chains followed, git's limit on their length): a
        framework path that is a link reads as the framework it points to,
        not as the text of the link; one that dangles, loops or goes through
        a file is missing. One that leaves the repository cannot be read at
        a revision: an ``OutsideLink``."""
        if not objects:
            return []
        request = "".join(f"{revision}:{path}\n" for revision, path in objects).encode("utf-8")
        output = self.run("cat-file", "--batch", "--follow-symlinks", data=request).stdout
        contents: list[tuple[bytes, bytes] | OutsideLink | None] = []
        offset = 0
        for revision, path in objects:
            end = output.index(b"\n", offset)
            header = output[offset:end].split(b" ")
            offset = end + 1
            if len(header) == 2 and header[0] in (b"dangling", b"loop", b"notdir", b"symlink"):
                # "<what> <size>", then the link's path or target of that size.
                size = int(header[1])
                target = output[offset:offset + size].decode("utf-8", "replace")
                offset += size + 1
                contents.append(OutsideLink(f"{revision}:{path}", target) if header[0] == b"symlink" else None)
                continue
            if len(header) != 3 or header[1] != b"blob":
                contents.append(None)
                if len(header) == 3:  # a tree or another object: skip its body
                    offset += int(header[2]) + 1
                continue
            size = int(header[2])
            if size > DEFAULT_MAX_BYTES:
                raise InputError(
                    f"{revision}:{path}: file is {size:,} bytes, over the limit of {DEFAULT_MAX_BYTES:,} bytes"
                )
            contents.append((header[0], output[offset : offset + size]))
            offset += size + 1
        return contents


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() not in ("", "0", "false", "no", "off")


def hook_base(revision: str, environ: Mapping[str, str], git: Git | None = None) -> str:
    """The revision a pre-commit hook's ``--base HEAD`` stands for.

    At a commit, HEAD is the last commit and the staged files the change.
    But ``pre-commit run --from-ref A --to-ref B`` (and the pre-push stage)
    passes the files changed from A to B, and the working tree is B: HEAD
    would compare B with itself and pass whatever B asks. There the change
    is B against the commit where it left A (what pre-commit diffs, and
    what a pull request shows). ``pre-commit run --all-files`` in CI (the
    ``CI`` variable set) compares a checkout with itself: nothing there says
    what to compare with, so it is refused (exit 2), rather than passed."""
    if revision != "HEAD" or environ.get("PRE_COMMIT") != "1":
        return revision
    git = git or Git()
    start = environ.get("PRE_COMMIT_FROM_REF") or environ.get("PRE_COMMIT_ORIGIN")
    end = environ.get("PRE_COMMIT_TO_REF") or environ.get("PRE_COMMIT_SOURCE")
    if start and end:
        for ref in (start, end):
            git.verify(ref)
        found = git.run("merge-base", "--end-of-options", start, end, check=False)
        return found.stdout.decode().strip() if found.returncode == 0 and found.stdout.strip() else start
    if _truthy(environ.get("CI")) and not git.changed_since(revision):
        raise InputError(
            "the ladderlint-diff hook compares the working tree with HEAD, and in this CI checkout nothing "
            "changed since HEAD: it would pass any change. Run the hook on the commits of the change, "
            "`pre-commit run --from-ref origin/main --to-ref HEAD` (the branch it goes into), or run "
            "`ladderlint diff --base origin/main --fail-on raises-bar` instead; "
            "to leave the hook out of this job, set SKIP=ladderlint-diff"
        )
    return revision


@dataclass
class Resolver:
    """Builds comparisons from command-line operands."""

    git: Git = field(default_factory=Git)
    #: Each file's configuration: a directory's walk leaves out what it
    #: excludes, as `check` does (None: nothing is excluded).
    settings: SettingsSource | None = None
    #: Per revision: renamed files, and the framework files by framework id.
    _renames: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _by_id: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def pair(self, old_text: str, new_text: str) -> Comparison:
        old, new = parse_spec(old_text), parse_spec(new_text)
        old_kind, new_kind = self._kind(old, new), self._kind(new, old)
        if old_kind != new_kind:
            raise InputError(f"cannot compare a {old_kind} ({old.label}) with a {new_kind} ({new.label})")
        if old_kind == "file":
            return Comparison([self._file(old)], [self._file(new)])
        at_old, at_new = self._directory(old), self._directory(new)
        notices: list[str] = []
        if old.revision is not None and new.revision is not None:
            at_old, at_new = self._followed(old, new, at_old, at_new, notices)
        return Comparison(
            at_old, at_new, by_id=True, explicit=False,
            old_label=old.label, new_label=new.label, old_root=self._root(old), new_root=self._root(new),
            notices=notices,
        )

    def _followed(self, old: Spec, new: Spec, at_old: list[Source], at_new: list[Source],
                  notices: list[str]) -> tuple[list[Source], list[Source]]:
        """Two directories at two revisions, with each framework moved out of
        one of them, or into it from elsewhere, followed to where it is at
        the other revision (the file git says it was renamed to or from,
        else a file of the other revision only with its id), as ``base``
        follows one: a framework moved out of the directory is compared
        where it went, not removed. A notice says where it went."""
        assert old.revision is not None and new.revision is not None
        old_ids, new_ids = (_ids(sources) for sources in (at_old, at_new))
        if old_ids.keys() == new_ids.keys():
            return at_old, at_new  # nothing to follow
        renamed = self.git.renames(old.revision, new.revision)  # new path -> old path
        went_to = {was: now for now, was in sorted(renamed.items(), reverse=True) if is_yaml_name(now)}

        def followed(ids: dict[str, Source], others: dict[str, Source], revision: str, other: Spec,
                     moves: dict[str, str], said: Callable[[str, str], str]) -> list[Source]:
            """The frameworks of ``ids`` that ``others`` lacks, found at the other side's revision."""
            found_all: list[Source] = []
            for framework_id, source in sorted(ids.items()):
                if framework_id in others:
                    continue
                found = self._moved_between(source, revision, other, moves, framework_id)
                if found is not None and found.label not in {s.label for s in found_all}:
                    found_all.append(found)
                    notices.append(said(source.label, found.label))
            return found_all

        added_new = followed(old_ids, new_ids, old.revision, new, went_to, lambda gone, found: (
            f"{gone} moved out of the directory compared ({new.label}) to {found}; compared with it there"))
        added_old = followed(new_ids, old_ids, new.revision, old, renamed, lambda came, found: (
            f"{came} moved into the directory compared ({new.label}) from {found}; compared with it there"))
        return at_old + added_old, at_new + added_new

    def _moved_between(self, source: Source, revision: str, other: Spec, moves: dict[str, str],
                       framework_id: str) -> Source | None:
        """The framework file at the revision of ``other``, outside its
        directory, that the framework of ``source`` (a file at ``revision``
        whose directory at ``other`` has no framework of its id) was moved
        to (or from): the file ``moves`` pairs with it, else the one with
        its id that only ``other``'s revision has."""
        assert other.revision is not None
        top = source.label[len(revision) + 1:]
        there = moves.get(top)
        if there is None:
            there = self._frameworks_by_id(other.revision).get(framework_id)
            if there is not None and self.git.object_type(revision, there) is not None:
                return None  # at both revisions: another copy, not where this one went
        directory = self._top(other)
        if there is None or not directory or there == directory or there.startswith(directory + "/"):
            return None  # in the directory compared: paired there
        data = self.git.read(other.revision, [there]).get(there)
        if data is None or not declares_format(data):
            return None
        return Source(f"{other.revision}:{there}", self.git.display_path(there), data, other.revision)

    def single(self, text: str) -> Source:
        spec = parse_spec(text)
        if self._kind(spec) != "file":
            raise InputError(f"{spec.label} is a directory; name one framework file")
        return self._file(spec)

    def base(self, revision: str, paths: Sequence[str], deleted: bool = False) -> list[Comparison]:
        """Each working-tree path against the same path at ``revision``;
        ``deleted``: also each framework file deleted since ``revision``
        that no directory of ``paths`` holds (a pre-commit hook is given
        the files staged, never one deleted), and with no ``paths``, only those."""
        exists = self.git.verify(revision)
        comparisons: list[Comparison] = []
        files: list[str] = []
        for path in paths or (() if deleted else (".",)):
            if os.path.isdir(path):
                top = self.git.top_relative(path, from_cwd=True)
                at_base = self._tree_sources(revision, top) if exists else []
                working = _working_sources(path, self.settings)
                # A framework the configuration excludes now that was compared at `revision` is compared still.
                walked = {os.path.normpath(source.path) for source in working}
                working += [_read_working(source.path) for source in at_base
                            if os.path.normpath(source.path) not in walked and os.path.isfile(source.path)
                            and self._excluded(source.path)]
                notices: list[str] = []
                if exists:
                    at_base += self._moved_into(revision, at_base, working)
                    working += self._moved_out(revision, at_base, paths, notices)
                renamed = {
                    self.git.display_path(new_top): self.git.display_path(old_top)
                    for new_top, old_top in (self._renamed(revision) if exists else {}).items()
                }
                self._refuse_links_out(revision, exists, at_base, working)
                comparisons.append(
                    Comparison(
                        at_base, working, by_id=True, explicit=False,
                        old_label=f"{revision}:{path}", new_label=path, old_root=path, new_root=path,
                        renamed=renamed, notices=notices,
                    )
                )
            else:
                files.append(path)
        tops = [self.git.top_relative(path, from_cwd=True) for path in files]
        blobs, outside = self.git.read_found(revision, tops) if exists else ({}, [])
        links_out = {link.label: link for link in outside}
        for path, top in zip(files, tops):
            new = _read_working(path) if os.path.lexists(path) else None
            old_data = blobs.get(top)
            link = links_out.get(f"{revision}:{top}")
            if new is not None and declares_format(new.data) and link is not None:
                raise link.error()  # a framework paired with what is in no commit
            if new is not None and (declares_format(new.data) or old_data is not None and declares_format(old_data)):
                self._in_repository(path, revision)
            if new is None and old_data is None:
                if link is not None:
                    continue  # a link out of the repository, deleted: no framework either side
                raise InputError(f"{path}: no such file, in the working tree or at {revision}")
            old = Source(f"{revision}:{top}", path, old_data, revision) if old_data is not None else None
            if old is None and new is not None and exists:
                old = self.moved_from(revision, top, new)
            notices = []
            if new is None and old is not None:
                went = self._moved_out(revision, [old], paths, notices)
                new = went[0] if went else None
            # Files a hook passes that are not frameworks (other YAML) are skipped.
            comparisons.append(Comparison([old] if old else [], [new] if new else [], explicit=False, notices=notices))
        comparisons = _without_moved_away(comparisons)
        if deleted and exists:
            comparisons += self._deleted(revision, paths, tops, comparisons)
        return comparisons

    def _refuse_links_out(self, revision: str, exists: bool, at_base: list[Source], working: list[Source]) -> None:
        """Refuse to compare what no commit holds: a framework of the working
        tree that is a symbolic link out of the repository, a link out there
        at the path of a framework at ``revision``, or a link out at
        ``revision`` at the path of a framework here. A link out that is no
        framework (other YAML, ignored or excluded) is left out, as other YAML is."""
        old_paths = {os.path.abspath(source.path): declares_format(source.data) for source in at_base}
        for source in working:
            if declares_format(source.data) or old_paths.get(os.path.abspath(source.path)):
                self._in_repository(source.path, revision)
        new = [self.git.top_relative(source.path, from_cwd=True) for source in frameworks_only(working)
               if os.path.abspath(source.path) not in old_paths]
        if exists and new:
            self.git.read(revision, new)  # raises on a link out there

    def _in_repository(self, path: str, revision: str) -> None:
        """Raise InputError where the working-tree file ``path`` is a
        symbolic link out of the repository: what it says is in no commit
        (a clone has no such file, or another), so comparing it with
        ``revision`` would gate what is not being committed."""
        target = os.path.realpath(path)
        top = os.path.realpath(self.git.toplevel)
        if os.path.commonpath([target, top]) != top:
            raise InputError(
                f"{path} is a symbolic link to {target}, outside the repository: what it says is not committed, "
                f"and cannot be compared with {revision}; keep the framework in the repository"
            )

    def _deleted(self, revision: str, paths: Sequence[str], tops: list[str],
                 comparisons: list[Comparison]) -> list[Comparison]:
        """The files deleted since ``revision`` that ``comparisons`` do not
        compare already: not named, not in a directory named, not the old
        file of a framework moved elsewhere; a link out of the repository
        deleted is skipped, as other YAML is."""
        held = [self.git.top_relative(path, from_cwd=True) for path in paths if os.path.isdir(path)]
        used = {source.label for comparison in comparisons for source in comparison.old}
        gone = [top for top in self.git.deleted(revision)
                if top not in tops and f"{revision}:{top}" not in used
                and not any(d == "" or top.startswith(d + "/") for d in held)]
        return [Comparison([Source(f"{revision}:{top}", self.git.display_path(top), data, revision)], [], explicit=False)
                for top, data in self.git.read_found(revision, gone)[0].items() if data is not None]

    def moved_from(self, revision: str, top: str, new: Source) -> Source | None:
        """The framework file at ``revision`` that the new file ``top`` was
        renamed or moved from: by git's rename detection, else by its
        framework ``id`` (a file whose old path is still a framework in the
        working tree was copied, not moved, and is compared on its own)."""
        if not declares_format(new.data):
            return None
        old_top = self._renamed(revision).get(top)
        if old_top is None:
            header = read_header(new.path, new.data)
            if header is None:
                return None
            old_top = self._frameworks_by_id(revision).get(header.id)
            if old_top is not None and self._still_there(old_top, new):
                return None
            if old_top is None:
                old_top = self._rewritten_from(revision, new)
            if old_top is None:
                return None
        data = self.git.read(revision, [old_top]).get(old_top)
        if data is None:
            return None
        return Source(f"{revision}:{old_top}", new.path, data, revision)

    def _still_there(self, old_top: str, new: Source) -> bool:
        """Whether the old file of a framework is still in the working tree
        (it was copied, not moved): not where it is a link to the new file."""
        there = os.path.join(self.git.toplevel, old_top)
        if not os.path.lexists(there):
            return False
        try:
            return not os.path.samefile(there, new.path)
        except OSError:
            return True

    def _rewritten_from(self, revision: str, new: Source) -> str | None:
        """The framework file at ``revision``, gone from the working tree,
        whose statements the new framework mostly still says: a framework
        moved, reformatted and given another id at once is the same one."""
        later = read_framework(new)
        if later is None:
            return None
        gone = [path for path in sorted(self._frameworks_by_id(revision).values())
                if not self._still_there(path, new)]
        return best_kept(((path, read_framework(Source(f"{revision}:{path}", path, data, revision)) if data else None)
                          for path, data in self.git.read(revision, gone).items()), later)

    def renamed_from(self, revision: str, path: str) -> str | None:
        """The file ``path`` (as given, from the current directory) was
        renamed or moved from since ``revision``, as git detects it, spelt
        the same way; None if it was not."""
        old = self._renamed(revision).get(self.git.top_relative(path, from_cwd=True))
        return self.git.display_path(old) if old is not None else None

    def _renamed(self, revision: str) -> dict[str, str]:
        """Files renamed since ``revision``, by git: new top-relative path -> old."""
        if revision not in self._renames:
            self._renames[revision] = self.git.renames(revision)
        return self._renames[revision]

    def _moved_into(self, revision: str, at_base: list[Source], working: list[Source]) -> list[Source]:
        """The old files of frameworks moved into a directory from elsewhere
        since ``revision``, so that they are paired by id, not new."""
        known = {h.id for h in (read_header(s.path, s.data) for s in at_base if declares_format(s.data)) if h}
        moved: list[Source] = []
        for source in working:
            header = read_header(source.path, source.data) if declares_format(source.data) else None
            if header is not None and header.id not in known:
                top = self.git.top_relative(source.path, from_cwd=True)
                old = self.moved_from(revision, top, source)
                if old is not None and old.label not in {s.label for s in (*at_base, *moved)}:
                    moved.append(old)
        return moved

    def _moved_out(self, revision: str, at_base: list[Source], paths: Sequence[str],
                   notices: list[str]) -> list[Source]:
        """The working-tree files that the frameworks of ``at_base`` gone
        from the working tree went to, outside every one of ``paths``: a
        framework moved out of the paths compared (`git mv frameworks/a.yaml
        ladders/a.yaml`) is compared where it went, not removed (which says
        nothing of the bars its move raised), and so is one moved into what
        the configuration excludes (`git mv frameworks/a.yaml drafts/`, and
        `exclude: ["drafts"]`), which the walk of a directory leaves out. A
        notice says where it went."""
        held = [self.git.top_relative(path, from_cwd=True) for path in paths or (".",)]
        found: list[Source] = []
        for old in frameworks_only(at_base):
            if os.path.lexists(old.path):
                continue
            top = self._moved_to(revision, old)
            if top is None:
                continue
            inside = [d for d in held if d == "" or top == d or top.startswith(d + "/")]
            if any(top == d or self._walked(d, top) for d in inside):
                continue  # compared where the paths hold it
            new = _read_working(self.git.display_path(top))
            if new.path in {source.path for source in found}:
                continue
            found.append(new)
            where = "into what the configuration excludes" if inside else \
                f"out of the paths compared ({', '.join(paths) or '.'})"
            notices.append(f"{old.label} moved {where} to {new.path}; compared with it there")
        return found

    def _walked(self, directory: str, top: str) -> bool:
        """Whether the walk of ``directory`` reaches the file ``top`` (both
        top-relative): the configuration excludes neither the file nor a
        directory on the way to it, or it excludes the directory named,
        which is walked without it (as ``discover`` does)."""
        if directory and self._excluded(self.git.display_path(directory)):
            return self.settings is None or force_excluded(self.git.display_path(directory), self.settings) is None
        path = directory
        for part in top[len(directory):].strip("/").split("/"):
            path = posixpath.join(path, part) if path else part
            if self._excluded(self.git.display_path(path)):
                return False
        return True

    def _moved_to(self, revision: str, old: Source) -> str | None:
        """Where in the working tree the framework of ``old`` (a file at
        ``revision`` gone from the working tree) went: the file git says it
        was renamed to, else a framework file new since ``revision`` with its
        id, else the one that is the same ladder (``same_ladder``)."""
        old_top = old.label[len(revision) + 1:]
        for new_top, was in sorted(self._renamed(revision).items()):
            if was == old_top and is_yaml_name(new_top) \
                    and os.path.exists(os.path.join(self.git.toplevel, new_top)):
                return new_top
        at_revision = set(self.git.tree_files(revision, ""))
        candidates, _errors = discover([self.git.display_path("")])
        new: list[tuple[str, Source]] = []
        for candidate in candidates:
            top = self.git.top_relative(candidate.path, from_cwd=True)
            if top not in at_revision:
                source = _read_working(candidate.path)
                if declares_format(source.data):
                    new.append((top, source))
        header = read_header(old.path, old.data)
        for top, source in new:
            found = read_header(source.path, source.data)
            if header is not None and found is not None and found.id == header.id:
                return top
        before = read_framework(old)
        return best_went_to(before, ((top, read_framework(source)) for top, source in new)) if before else None

    def _frameworks_by_id(self, revision: str) -> dict[str, str]:
        """Every framework file of the repository at ``revision``, by id."""
        if revision not in self._by_id:
            paths = self.git.tree_files(revision, "")
            found: dict[str, str] = {}
            for path, data in self.git.read(revision, paths).items():
                if data is not None and declares_format(data):
                    header = read_header(path, data)
                    if header is not None:
                        found.setdefault(header.id, path)
            self._by_id[revision] = found
        return self._by_id[revision]

    def earlier(self, source: Source) -> Iterator[Source]:
        """The earlier revisions of the file ``source`` is at a git revision
        of, newest first, each with other content than ``source`` (the
        commits that changed that path, as ``git log REV -- path`` lists
        them, renames not followed); they stop where the file did not exist."""
        if source.revision is None or not source.label.startswith(f"{source.revision}:"):
            return
        top = source.label[len(source.revision) + 1:]
        listing = self.git.run("rev-list", source.revision, "--", top, check=False).stdout.decode().split()
        batch = 16
        for start in range(0, len(listing), batch):
            commits = listing[start:start + batch]
            for commit, data in zip(commits, self.git.read_objects([(commit, top) for commit in commits])):
                if data is None:
                    return
                if data != source.data:
                    yield Source(f"{commit[:12]}:{top}", source.path, data, commit)

    # -- helpers ---------------------------------------------------------------

    def _kind(self, spec: Spec, other: Spec | None = None) -> str:
        """'file' or 'directory'; ``other``, the operand compared with it,
        makes the advice for a revision named without a path (`diff HEAD~1
        HEAD`) name both."""
        if spec.revision is None:
            if os.path.isdir(spec.path):
                return "directory"
            if not os.path.lexists(spec.path):
                raise InputError(f"{spec.path}: no such file or directory{self._revision_hint(spec.path, other)}")
            return "file"
        if not self.git.verify(spec.revision, option=None):
            raise InputError(f"revision {spec.revision} not found: the repository has no commits yet")
        found = self.git.object_type(spec.revision, self._top(spec))
        if found is None:
            raise InputError(f"{spec.path} does not exist at revision {spec.revision}")
        return "directory" if found == "tree" else "file"

    def _revision_hint(self, operand: str, other: Spec | None = None) -> str:
        """For an operand that is no file but names a commit (`diff HEAD~1
        HEAD`, as one compares revisions with git): how to say it, with a
        framework of this repository as the example."""
        try:
            if not self.git.names_commit(operand):
                return ""
        except InputError:  # no git to ask (not installed): the missing file is what to say
            return ""
        # HEAD~1 and main^ need no quotes in a shell; a name with spaces does.
        rev = _as_typed(operand)
        # `diff HEAD~1 HEAD`: the other operand a revision too, also missing as a file.
        then = other.path if other is not None and other.revision is None and not os.path.lexists(other.path) \
            and self.git.names_commit(other.path) else None
        example = self._example_framework(operand, then)
        path = example or "PATH"
        since = f"compare every framework changed since {operand} with the working tree: `ladderlint diff --base {rev}`"
        if then is None:
            here = self.git.display_path(example) if example else "PATH"
            return (f"; {operand} is a git revision: name a framework file at it as {rev}:PATH "
                    f"(`ladderlint diff {rev}:{_as_typed(path)} {_as_typed(here)}`), or {since}")
        end = _as_typed(then)
        directory = posixpath.dirname(path) if example else "DIRECTORY"
        both = (f"a directory of frameworks at each, `ladderlint diff {rev}:{_as_typed(directory)} "
                f"{end}:{_as_typed(directory)}`, or " if directory else "")
        return (f"; {operand} and {then} are git revisions: compare {both}one framework file at each, "
                f"`ladderlint diff {rev}:{_as_typed(path)} {end}:{_as_typed(path)}`; or {since}")

    def _example_framework(self, revision: str, then: str | None) -> str | None:
        """A framework of the repository to name in advice, top-relative: one
        changed since ``revision`` (up to ``then``, else in the working
        tree), else the first one there; None if there is none."""
        changed = self.git.run("diff", "--name-only", "-z", revision, *([then] if then else []), "--",
                               check=False).stdout.decode("utf-8", "replace").split("\0")
        at = then or "HEAD"
        everything = self.git.tree_files(at, "") if self.git.names_commit(at) else []
        candidates = [name for name in changed if is_yaml_name(name)] + everything
        for name in dict.fromkeys(candidates[:_EXAMPLES_READ]):
            if then is None:
                try:
                    data: bytes | None = read_bytes(os.path.join(self.git.toplevel, name))
                except LoadError:
                    data = None
            else:
                data = self.git.read(then, [name])[name]
            if data is not None and declares_format(data):
                return name
        return None

    def _top(self, spec: Spec) -> str:
        relative = spec.path.startswith(("./", "../")) or spec.path in (".", "..")
        return self.git.top_relative(spec.path, from_cwd=relative)

    def _file(self, spec: Spec) -> Source:
        if spec.revision is None:
            return _read_working(spec.path)
        top = self._top(spec)
        data = self.git.read(spec.revision, [top])[top]
        if data is None:
            raise InputError(f"{spec.path} is not a file at revision {spec.revision}")
        return Source(spec.label, self.git.display_path(top), data, spec.revision)

    def _root(self, spec: Spec) -> str:
        """A directory operand, spelt as the paths of its sources are."""
        return spec.path if spec.revision is None else self.git.display_path(self._top(spec))

    def _directory(self, spec: Spec) -> list[Source]:
        if spec.revision is None:
            return _working_sources(spec.path, self.settings)
        return self._tree_sources(spec.revision, self._top(spec))

    def _excluded(self, path: str) -> bool:
        """Whether the configuration excludes ``path`` from a walk (as ``discover`` skips it)."""
        return walk_excluded(path, self.settings)

    def exists_at(self, revision: str, path: str) -> bool:
        """Whether the file ``path`` (as given, from the current directory) was at ``revision``."""
        return self.git.object_type(revision, self.git.top_relative(path, from_cwd=True)) == "blob"

    def left_out(self, revision: str, path: str) -> bool:
        """Whether ``path`` (as given, from the current directory) is left
        out of what is compared with ``revision``: the configuration
        excludes it now, and its configuration as it was at ``revision``
        excluded it then. A framework that was compared then is compared
        still: excluding its path in the commit that raises its bar would
        otherwise pass the raise unseen, as moving it into an excluded
        directory would."""
        return self._excluded(path) and self.excluded_at(revision, path)

    def excluded_at(self, revision: str, path: str) -> bool:
        """Whether the configuration file that applies to ``path`` now, as
        it was at ``revision``, excluded it (none there, or one that is no
        valid configuration, excluded nothing)."""
        if self.settings is None:
            return False
        now = self.settings.for_path(path)
        if now.config_file is None:
            return False
        top = self.git.top_relative(now.config_file, from_cwd=True)
        data = self.git.read(revision, [top]).get(top)
        if data is None:
            return False
        try:
            return exclude_in(now.config_file, data, now.root).matches(path)
        except ConfigError:
            return False

    def _tree_sources(self, revision: str, top: str) -> list[Source]:
        if top and self.git.object_type(revision, top) != "tree":
            return []  # the directory is new
        paths = self.git.tree_files(revision, top)
        if self.settings is not None and not self._excluded(self.git.display_path(top)):
            # As the working tree's walk: what the configuration excludes now
            # was not compared then either, unless the configuration of then
            # did not exclude it (``left_out``; a directory named that it
            # excludes is walked whole, as `check` walks it).
            paths = [path for path in paths if not self.left_out(revision, self.git.display_path(path))]
        contents = self.git.read(revision, paths)
        return [
            Source(f"{revision}:{path}", self.git.display_path(path), data, revision)
            for path, data in contents.items()
            if data is not None
        ]


#: How many files advice reads, at most, to find a framework to name.
_EXAMPLES_READ = 50


def _as_typed(text: str) -> str:
    """``text`` as a shell reads it: plain, or in quotes (a name with a space)."""
    return text if _PLAIN_REVISION.fullmatch(text) else shlex.quote(text)


def _ids(sources: list[Source]) -> dict[str, Source]:
    """The frameworks of ``sources`` by id."""
    found: dict[str, Source] = {}
    for source in frameworks_only(sources):
        header = read_header(source.path, source.data)
        if header is not None:
            found.setdefault(header.id, source)
    return found


def _without_moved_away(comparisons: list[Comparison]) -> list[Comparison]:
    """Leave out a file named that is gone from the working tree (as the
    Action names the files git lists as changed, without following renames)
    where another comparison follows its framework to where it went: it
    moved, and is compared there, not removed as well."""
    elsewhere = {source.label for comparison in comparisons if comparison.new for source in comparison.old}
    return [comparison for comparison in comparisons
            if comparison.new or comparison.by_id or len(comparison.old) != 1
            or comparison.old[0].label not in elsewhere]


def _read_working(path: str) -> Source:
    try:
        data = read_bytes(path)
    except LoadError as error:
        raise InputError(f"{path}: {error.message}") from None
    return Source(path, path, data)


def _working_sources(directory: str, settings: SettingsSource | None = None) -> list[Source]:
    candidates, errors = discover([directory], settings)
    if errors:
        raise InputError(f"{errors[0].path}: {errors[0].message}")
    return [_read_working(path) for path in _one_path_per_file([c.path for c in candidates])]


def _one_path_per_file(paths: list[str]) -> list[str]:
    """A file found in a walk both as itself and through a symbolic link to
    it is one framework, read once, at its own path (git keeps the link as
    the path it points to, and a revision's tree has no framework there)."""
    by_file: dict[str, list[str]] = {}
    for path in paths:
        by_file.setdefault(os.path.realpath(path), []).append(path)
    kept = {min(found, key=lambda path: (os.path.islink(path), path)) for found in by_file.values()}
    return [path for path in paths if path in kept]


def frameworks_only(sources: Sequence[Source]) -> list[Source]:
    """The sources that declare the format; other YAML is not ours to compare."""
    return [source for source in sources if declares_format(source.data)]
