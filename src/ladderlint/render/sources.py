"""How `ladderlint render` reads frameworks: the pipeline `check` and `diff`
use (files -> loaded document -> schema -> model), called from this one
module so that it can follow that pipeline wherever it moves.

A path that is not a valid framework cannot be rendered: every such file's
findings are gathered into one :class:`InputError` (exit code 2), so a user
sees all that is wrong at once.
"""

from __future__ import annotations

from typing import Sequence

from ..config import Settings, SettingsSource
from ..diff.inputs import InputError, Loaded, Loader, Source, not_a_framework
from ..files import discover
from ..findings import Finding
from ..loader import LoadError, declares_format, read_bytes
from ..pipeline import located, undeclared_framework

__all__ = ["InputError", "Loaded", "Loader", "Source", "declared_version", "read_frameworks", "read_revision"]


def read_frameworks(paths: Sequence[str], settings: SettingsSource | None = None) -> list[Loaded]:
    """The frameworks in ``paths`` (files, or directories searched as
    `check` does, with each file's configuration), sorted by file; other
    YAML found in a directory is skipped, but not a framework without its
    marker (what `check` reports as LL013)."""
    source_settings: SettingsSource = settings if settings is not None else Settings()
    candidates, path_errors = discover(paths, source_settings)
    if path_errors:
        error = path_errors[0]
        raise InputError(f"{error.path}: {error.message}")
    loader = Loader(source_settings)
    frameworks: list[Loaded] = []
    problems: list[InputError] = []
    for candidate in candidates:
        file_settings = source_settings.for_path(candidate.path)
        try:
            data = read_bytes(candidate.path, file_settings.max_file_size)
        except LoadError as error:
            finding = located(file_settings, candidate.path, error.position, error.rule, error.message)
            problems.append(InputError(f"{candidate.path} cannot be read as a framework", [finding], unreadable=True))
            continue
        source = Source(candidate.path, candidate.path, data)
        if not declares_format(data):
            # Other YAML of a directory is skipped; a framework that lost
            # its marker is not left out of the site in silence.
            if candidate.explicit or undeclared_framework(data, explicit=False) is not None:
                problems.append(not_a_framework(source))
            continue
        try:
            frameworks.append(loader.load(source))
        except InputError as error:
            problems.append(error)
    if problems:
        # Counted as `check` counts them: the frameworks read (valid or not), and the files that could not be.
        invalid = sum(1 for problem in problems if problem.findings and not problem.unreadable)
        raise _together(problems, (len(frameworks) + invalid, sum(1 for problem in problems if problem.unreadable)))
    if not frameworks:
        raise InputError(f"no framework found in {', '.join(paths)} (a framework declares `ladderlint: 1`)")
    return frameworks


def read_revision(loader: Loader, label: str, path: str, data: bytes, revision: str) -> Loaded:
    """One revision of a framework from git, as the differ reads it."""
    return loader.load(Source(label, path, data, revision))


def declared_version(data: bytes) -> str | None:
    """The ``version`` one revision of a file declares, read without checking
    the rest; None if the file cannot be read as YAML or declares none."""
    from ..loader import load_document

    try:
        document = load_document("", data)
    except LoadError:
        return None
    version = document.data.get("version") if isinstance(document.data, dict) else None
    return version if isinstance(version, str) else None


def _together(problems: list[InputError], counted: tuple[int, int]) -> InputError:
    if len(problems) == 1:
        (problem,) = problems
        return InputError(problem.message, problem.findings, unreadable=problem.unreadable, counted=counted)
    findings = sorted((f for p in problems for f in p.findings), key=Finding.sort_key)
    plain = [p.message for p in problems if not p.findings]
    message = f"{len(problems)} files cannot be rendered"
    if plain:
        message += ": " + "; ".join(plain)
    return InputError(message, findings, counted=counted)
