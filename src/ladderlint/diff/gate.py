"""The CI gate: which impacts fail a run, and which changes are approved.

An approvals file lists fingerprints of changes that are known and accepted,
one per line, each optionally followed by a ``# comment``. An approved change
is still reported, marked as approved, and does not fail the run.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .changes import Impact
from .inputs import InputError

#: The approvals file read when --approvals is not given, if it exists.
DEFAULT_APPROVALS = ".ladderlint-approvals"

FAIL_ON_CHOICES = ("raises-bar", "lowers-bar", "structural", "editorial", "any", "never")

_FINGERPRINT = re.compile(r"^[0-9a-f]{12}$")


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
    #: The file they were read from, if any.
    path: str | None = None


def read_approvals(path: str | None) -> Approvals:
    """Read ``path``; without one, the default file if it exists."""
    if path is None:
        if not os.path.isfile(DEFAULT_APPROVALS):
            return Approvals()
        path = DEFAULT_APPROVALS
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"{path}: cannot read the approvals file: {reason}") from None
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
    return Approvals(frozenset(found), path)
