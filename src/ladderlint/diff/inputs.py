"""Turn the bytes of one revision of a file into a framework, as `check` would.

The differ reads through the same pipeline as ``ladderlint check`` (loader,
schema, model). A revision that is not a valid framework cannot be compared:
its findings are kept in :class:`InputError`, printed, and the run exits 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..findings import Finding
from ..loader import Document, LoadError, load_document
from ..model import Framework, build_framework

if TYPE_CHECKING:
    from ..schema import SchemaValidator


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
    """Loads sources, compiling the schema validator once for all of them."""

    _validator: "SchemaValidator | None" = field(default=None, repr=False)

    def load(self, source: Source) -> Loaded:
        from ..rules import RULES_BY_CODE

        try:
            document = load_document(source.label, source.data)
        except LoadError as error:
            finding = Finding.at(source.label, error.position, RULES_BY_CODE[error.code], error.message)
            raise InputError(f"{source.label} cannot be read as a framework", [finding]) from None
        if self._validator is None:
            from ..schema import SchemaValidator

            self._validator = SchemaValidator()
        violations = self._validator.violations(document.data)
        if violations:
            findings = [
                Finding.at(
                    source.label,
                    document.position(v.path, key=v.on_key),
                    RULES_BY_CODE[v.code],
                    v.message,
                    v.path,
                )
                for v in violations
            ]
            findings.sort(key=Finding.sort_key)
            raise InputError(f"{source.label} is not a valid framework", findings)
        return Loaded(source, document, build_framework(source.label, document.data))


def not_a_framework(source: Source) -> InputError:
    return InputError(f"{source.label} is not a ladderlint framework (it does not declare `ladderlint: 1`)")
