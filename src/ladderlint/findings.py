"""Findings: what a check reports, located in a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .positions import Position
from .rules.base import Fix, Rule, Severity


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    column: int
    code: str
    name: str
    severity: Severity
    message: str
    end_line: int | None = None
    end_column: int | None = None
    #: Where in the document, as keys and indexes from the top.
    doc_path: tuple[Any, ...] = ()
    #: A safe repair that `check --fix` applies.
    fix: Fix | None = field(default=None, compare=False)
    #: The line where the value the finding is about starts, when the
    #: finding points inside it (a word on the third line of a block):
    #: a suppression comment on that line applies too.
    anchor_line: int | None = field(default=None, compare=False)

    @classmethod
    def at(
        cls,
        file: str,
        position: Position,
        rule: type[Rule],
        message: str,
        doc_path: tuple[Any, ...] = (),
        severity: Severity | None = None,
        fix: Fix | None = None,
        anchor_line: int | None = None,
    ) -> "Finding":
        return cls(
            file=file,
            line=position.line,
            column=position.column,
            code=rule.code,
            name=rule.name,
            severity=rule.severity if severity is None else severity,
            message=message,
            end_line=position.end_line,
            end_column=position.end_column,
            doc_path=doc_path,
            fix=fix,
            anchor_line=anchor_line if anchor_line != position.line else None,
        )

    def sort_key(self) -> tuple[Any, ...]:
        return (self.file, self.line, self.column, self.code, self.message)

    @property
    def rule(self) -> type[Rule]:
        """The rule that found it."""
        from .rules.registry import registry

        return registry()[self.code]

    @property
    def is_input_error(self) -> bool:
        """An unreadable file: exit code 2 whatever --fail-on says."""
        from .rules.registry import is_input_error, registry

        rule = registry().find(self.code)
        return rule is not None and is_input_error(rule)

    def to_dict(self) -> dict[str, Any]:
        fix = None
        if self.fix is not None and self.fix.drops_bom:
            # What `check --fix` would do: remove the file's byte order mark.
            fix = {"path": None, "replacement": None, "removes": "byte order mark"}
        elif self.fix is not None:
            # What `check --fix` would do: the text value at `path` becomes `replacement`.
            fix = {"path": _pointer(self.fix.path), "replacement": self.fix.replacement}
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "path": _pointer(self.doc_path),
            "fix": fix,
        }


def _pointer(doc_path: tuple[Any, ...]) -> str:
    """A document path as a JSON Pointer."""
    return "".join("/" + str(step).replace("~", "~0").replace("/", "~1") for step in doc_path)
