"""Source positions: 1-based line and column, as editors and CI show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Position:
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None

    @classmethod
    def from_marks(cls, start: Any, end: Any = None) -> "Position":
        """Build from PyYAML marks (0-based line and column)."""
        if end is None:
            return cls(start.line + 1, start.column + 1)
        return cls(start.line + 1, start.column + 1, end.line + 1, end.column + 1)
