"""Find the files a check runs on."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

if TYPE_CHECKING:
    from .config import SettingsSource

YAML_SUFFIXES = (".yaml", ".yml")


def is_yaml_name(path: str) -> bool:
    """Whether ``path`` is named as a YAML file: `.yaml` or `.yml`, in any
    case (`ladder.YAML` is one on a case-insensitive file system, and one
    to check, compare and gate wherever it is)."""
    return path.lower().endswith(YAML_SUFFIXES)


#: Directories never searched when walking a tree.
SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__", "venv"})


@dataclass(frozen=True)
class Candidate:
    """A file to consider; ``explicit`` when it was named on the command line."""

    path: str
    explicit: bool


@dataclass(frozen=True)
class PathError:
    path: str
    message: str


def discover(paths: Sequence[str], settings: "SettingsSource | None" = None,
             excluded: dict[str, str] | None = None,
             links: list[str] | None = None) -> tuple[list[Candidate], list[PathError]]:
    """Expand files and directories into YAML candidates, sorted and unique.

    Paths that match the ``exclude`` patterns of their settings are skipped
    in directory walks, and also when named explicitly if the settings say
    ``force-exclude`` (each such path is put in ``excluded``, with what
    excludes it). A directory named explicitly that its settings exclude is
    walked without them, as a file named explicitly is checked. The
    symbolic links to directories a walk does not follow go in ``links``.
    """
    found: dict[str, Candidate] = {}
    errors: list[PathError] = []

    def skip(path: str) -> bool:
        return walk_excluded(path, settings)

    for raw in paths:
        path = os.path.normpath(raw)
        exclusion = force_excluded(path, settings) if settings is not None else None
        if exclusion is not None:
            if excluded is not None:
                excluded[path] = exclusion
            continue
        if os.path.isdir(path):
            # A directory named on the command line is checked even where the
            # configuration excludes it, as a file named is (unless
            # force-exclude): `check bench/out/` means those files.
            for file in _walk(path, errors, (lambda _: False) if skip(path) else skip, links):
                found.setdefault(file, Candidate(file, explicit=False))
        elif os.path.lexists(path):
            found[path] = Candidate(path, explicit=True)
        else:
            errors.append(PathError(path, "no such file or directory"))
    return sorted(found.values(), key=lambda c: c.path), errors


def walk_excluded(path: str, settings: "SettingsSource | None") -> bool:
    """Whether a directory walk leaves ``path`` out: its settings' ``exclude``."""
    return settings is not None and settings.for_path(path).excluded(path)


def force_excluded(path: str, settings: "SettingsSource") -> str | None:
    """What excludes ``path``, named explicitly (on the command line, or by
    pre-commit), where its settings say ``force-exclude`` ("`exclude:
    drafts` in .ladderlint.yaml"); None where it is to be read."""
    found = settings.for_path(path)
    return found.exclusion(path) if found.force_exclude and found.excluded(path) else None


def _walk(top: str, errors: list[PathError], skip: Callable[[str], bool],
          links: list[str] | None = None) -> Iterable[str]:
    def on_error(error: OSError) -> None:
        errors.append(PathError(error.filename or top, f"cannot read directory: {error.strerror}"))

    # Symbolic links to directories are not followed, so a link loop cannot
    # make the walk run forever; they are noted, for a run that finds nothing.
    for directory, subdirs, files in os.walk(top, onerror=on_error):
        subdirs[:] = sorted(
            d for d in subdirs
            if not d.startswith(".") and d not in SKIPPED_DIRECTORIES and not skip(os.path.join(directory, d))
        )
        if links is not None:
            links.extend(os.path.normpath(os.path.join(directory, d)) for d in subdirs
                         if os.path.islink(os.path.join(directory, d)))
        for name in sorted(files):
            path = os.path.normpath(os.path.join(directory, name))  # `check .` gives a.yaml, not ./a.yaml
            if is_yaml_name(name) and not skip(path):
                yield path
