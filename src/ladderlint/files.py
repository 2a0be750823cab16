"""Find the files a check runs on."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Sequence

YAML_SUFFIXES = (".yaml", ".yml")

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


def discover(paths: Sequence[str]) -> tuple[list[Candidate], list[PathError]]:
    """Expand files and directories into YAML candidates, sorted and unique."""
    found: dict[str, Candidate] = {}
    errors: list[PathError] = []
    for raw in paths:
        path = os.path.normpath(raw)
        if os.path.isdir(path):
            for file in _walk(path, errors):
                found.setdefault(file, Candidate(file, explicit=False))
        elif os.path.lexists(path):
            found[path] = Candidate(path, explicit=True)
        else:
            errors.append(PathError(path, "no such file or directory"))
    return sorted(found.values(), key=lambda c: c.path), errors


def _walk(top: str, errors: list[PathError]) -> Iterable[str]:
    def on_error(error: OSError) -> None:
        errors.append(PathError(error.filename or top, f"cannot read directory: {error.strerror}"))

    # Symbolic links to directories are not followed, so a link loop cannot
    # make the walk run forever.
    for directory, subdirs, files in os.walk(top, onerror=on_error):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and d not in SKIPPED_DIRECTORIES)
        for name in sorted(files):
            if name.endswith(YAML_SUFFIXES):
                yield os.path.join(directory, name)
