"""Turn the bytes of one revision of a file into a framework, as `check` would.

The differ reads through the same pipeline as ``ladderlint check``
(ladderlint.pipeline), with the configuration of each file applied. A
revision that is not a valid framework cannot be compared: its findings are
kept in :class:`InputError`, printed, and the run exits 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Settings, SettingsSource
from ..findings import Finding
from ..model import Framework
from ..pipeline import Reader
from ..positions import Document


@dataclass(frozen=True)
class Source:
    """One revision of one file: what to call it, where it lives, and its bytes."""

    #: Shown to users: a path, or `REV:path` for a file at a git revision.
    label: str
    #: The path in the working tree (for annotations), relative as given.
    path: str
    data: bytes
    #: The git revision the bytes come from; None for the working tree.
    revision: str | None = None


@dataclass
class Loaded:
    source: Source
    document: Document
    framework: Framework

    @property
    def label(self) -> str:
        return self.source.label


class InputError(Exception):
    """Inputs that cannot be compared; ``findings`` locate the problems where known."""

    def __init__(self, message: str, findings: list[Finding] | None = None):
        super().__init__(message)
        self.message = message
        self.findings = findings or []


@dataclass
class Loader:
    """Reads sources through the one read pipeline (as `check` reads files),
    with each file's configuration applied to the findings it shows."""

    settings: SettingsSource = field(default_factory=Settings)
    _reader: Reader = field(default_factory=Reader, repr=False)

    def load(self, source: Source) -> Loaded:
        read = self._reader.read(source.label, source.data, self.settings.for_path(source.path))
        if read.framework is None or read.document is None:
            findings = sorted(read.findings, key=Finding.sort_key)
            if read.document is None:
                raise InputError(f"{source.label} cannot be read as a framework", findings)
            raise InputError(f"{source.label} is not a valid framework", findings)
        return Loaded(source, read.document, read.framework)


def not_a_framework(source: Source) -> InputError:
    return InputError(f"{source.label} is not a ladderlint framework (it does not declare `ladderlint: 1`)")
