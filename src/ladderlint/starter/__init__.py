"""`ladderlint init`: the files that start a repository of frameworks.

- ``frameworks/<id>.yaml``: a small framework that passes `check`, to edit;
- ``schemas/framework.schema.json``: the schema, next to the frameworks,
  so the framework's modeline (``$schema=../schemas/...``) lets editors
  validate as you type in any repository, not only in ladderlint's;
- ``.pre-commit-config.yaml``: both hooks (`ladderlint`, `ladderlint-diff`),
  run by the installed ladderlint (``repo: local``: offline, nothing that
  moves), or, given a commit or tag of ladderlint, from its repository
  pinned to it;
- ``.ladderlint.yaml``: every configuration key with its default, commented;
- ``.gitignore``: ignores ``site/``, where the docs render the pages
  (``ladderlint render -o site``). A repository's own ``.gitignore`` is
  kept, and the line added to it if it does not ignore ``site/`` yet.

Nothing is written over an existing file unless asked (``force``), and
every file is written atomically.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from string import Template

from ..atomic import write_atomically
from ..loader import DEFAULT_MAX_BYTES
from ..yaml_scalars import scalar
from ..patterns import lazy

#: Where the hooks come from (pyproject.toml's Homepage).
REPOSITORY = "https://github.com/ladderlint/ladderlint"

_HERE = os.path.dirname(os.path.abspath(__file__))


class StarterError(Exception):
    """Files that would be overwritten, or that cannot be written."""


@dataclass(frozen=True)
class Starter:
    organisation: str = "Acme"
    #: The ladderlint commit (or release tag) the pre-commit hooks are
    #: fetched at; None: they run the ladderlint installed (``repo: local``).
    rev: str | None = None

    @property
    def framework_id(self) -> str:
        from ..text import slug  # the importer's ids: 'Société Générale' -> 'societe-generale'

        return "-".join(filter(None, [slug(self.organisation), "engineering"]))

    def files(self) -> dict[str, bytes]:
        """Every file, by its path relative to the repository, in the order written."""
        from ..schema_file import schema_text

        framework = _template("framework.yaml").substitute(
            id=self.framework_id,
            name=scalar(f"{self.organisation} Engineering Career Framework"),
            organisation=scalar(self.organisation),
        )
        return {
            f"frameworks/{self.framework_id}.yaml": framework.encode("utf-8"),
            "schemas/framework.schema.json": schema_text().encode("utf-8"),
            ".pre-commit-config.yaml": self._pre_commit_config().encode("utf-8"),
            ".ladderlint.yaml": _template("ladderlint.yaml").substitute(max_file_size=DEFAULT_MAX_BYTES).encode("utf-8"),
        }

    def _pre_commit_config(self) -> str:
        if self.rev is None:
            return _template("pre-commit-config.yaml").template
        return _template("pre-commit-config-pinned.yaml").substitute(repository=REPOSITORY, rev=scalar(self.rev))


#: The rendered site, where README and docs/render.md render it: built, not committed.
_GITIGNORE = "# `ladderlint render -o site` writes the pages here: build them, do not commit them.\nsite/\n"
_IGNORES_SITE = lazy(r"^/?site/?[ \t]*$", re.M)


def _ignore_site(directory: str) -> tuple[str, bool] | None:
    """Write ``.gitignore``, or add ``site/`` to the one there; the path
    written and whether it was there before (added to), or None when it
    ignores ``site/`` already."""
    target = os.path.join(directory, ".gitignore")
    try:
        with open(target, "rb") as handle:
            current = handle.read().decode("utf-8", "replace")
    except FileNotFoundError:
        current = None
    if current is not None and _IGNORES_SITE.search(current):
        return None
    text = _GITIGNORE if not current else current + ("" if current.endswith("\n") else "\n") + _GITIGNORE
    write_atomically(target, text.encode("utf-8"))
    return target, current is not None


@dataclass(frozen=True)
class GitState:
    """What a directory still needs for the hooks to run on each commit."""

    repository: bool
    hook_installed: bool

    @classmethod
    def of(cls, directory: str) -> "GitState":
        try:
            found = subprocess.run(["git", "rev-parse", "--git-path", "hooks/pre-commit"], cwd=directory,
                                   capture_output=True)
        except (FileNotFoundError, NotADirectoryError):  # git is not installed
            return cls(False, False)
        if found.returncode != 0:
            return cls(False, False)
        hook = os.path.join(directory, found.stdout.decode("utf-8", "replace").strip())
        return cls(True, os.path.isfile(hook))


def existing(directory: str, starter: Starter) -> list[str]:
    """The files ``starter`` would write that are already in ``directory``;
    the sample framework counts as there when ``frameworks/`` holds one
    (under another name: a re-run of init must not add a second ladder)."""
    found = [path for path in starter.files() if os.path.lexists(os.path.join(directory, *path.split("/")))]
    sample = next(path for path in starter.files() if path.startswith("frameworks/"))
    if sample not in found and _holds_a_framework(os.path.join(directory, "frameworks")):
        found.insert(0, sample)
    return found


def _holds_a_framework(folder: str) -> bool:
    from ..files import is_yaml_name
    from ..loader import declares_format, read_head

    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return False
    heads = (read_head(os.path.join(folder, name)) for name in names if is_yaml_name(name))
    return any(head is not None and declares_format(head) for head in heads)


@dataclass(frozen=True)
class Written:
    """What ``write`` did: the files it wrote, those it kept as they were,
    and those it added to (a .gitignore of one's own)."""

    written: list[str]
    kept: list[str]
    added_to: list[str] = field(default_factory=list)


def write(directory: str, starter: Starter, *, force: bool = False) -> Written:
    """Write the files into ``directory`` (created if needed).

    Without ``force``, a file that exists is kept as it is and the others
    are written: ``init`` in a repository that has a configuration adds
    what is missing.
    """
    taken = set() if force else set(existing(directory, starter))
    files = {path: data for path, data in starter.files().items() if path not in taken}
    kept = [os.path.join(directory, *path.split("/")) for path in starter.files() if path in taken]
    written = []
    for path, data in files.items():
        target = os.path.join(directory, *path.split("/"))
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            write_atomically(target, data)
        except OSError as error:
            raise StarterError(f"cannot write {error.filename or target}: {error.strerror or error}") from None
        written.append(target)
    try:
        ignored = _ignore_site(directory)
    except OSError as error:
        raise StarterError(f"cannot write {error.filename}: {error.strerror or error}") from None
    if ignored is None:
        return Written(written, kept)
    ignore_file, added_to = ignored
    return Written(written, kept, [ignore_file]) if added_to else Written(written + [ignore_file], kept)


def installed_commit() -> str | None:
    """The commit ladderlint was installed from, when pip recorded one
    (``pip install git+https://...@<sha>``); None otherwise."""
    import json
    from importlib import metadata

    try:
        text = metadata.distribution("ladderlint").read_text("direct_url.json")
        commit = json.loads(text or "{}").get("vcs_info", {}).get("commit_id")
    except (metadata.PackageNotFoundError, ValueError, AttributeError, OSError):
        return None
    return commit if isinstance(commit, str) and re.fullmatch(r"[0-9a-f]{40}", commit) else None


def _template(name: str) -> Template:
    with open(os.path.join(_HERE, name), encoding="utf-8") as handle:
        return Template(handle.read())
