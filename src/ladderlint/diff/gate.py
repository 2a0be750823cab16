"""The CI gate: which impacts fail a run, and which changes are approved.

An approvals file lists fingerprints of changes that are known and accepted,
one per line, each optionally followed by a ``# comment``. An approved change
is still reported, marked as approved, and does not fail the run.

Each framework's approvals are found as its configuration is: the
``.ladderlint-approvals`` nearest to the framework's file (its directory,
then upwards), wherever the command is run from. A fingerprint names its
framework, so the approvals of every framework compared are read together.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

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
    """The approvals file nearest to a framework file: its directory, then upwards."""
    directory = os.path.dirname(os.path.abspath(framework_path))
    while True:
        candidate = os.path.join(directory, DEFAULT_APPROVALS)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def read_approvals_for(framework_paths: list[str], explicit: str | None = None) -> Approvals:
    """The approvals of the frameworks compared: the file ``explicit`` names
    (--approvals), else the nearest to each framework."""
    if explicit is not None:
        return read_approvals(explicit)
    found = sorted({path for path in map(find_approvals, framework_paths) if path is not None})
    shown = tuple(os.path.relpath(path) for path in found)
    fingerprints: set[str] = set()
    for path in shown:  # by the path shown, in an error too, as the frameworks' paths are
        fingerprints |= read_approvals(path).fingerprints
    return Approvals(frozenset(fingerprints), shown)


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
