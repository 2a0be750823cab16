"""What makes a file unreadable as a framework."""

from __future__ import annotations

from ..positions import Position
from ..rules.base import Rule


class LoadError(Exception):
    """A file that cannot be loaded as a framework: the input-error rule it
    breaks (LL001-LL008), a message, and where; and the further mistakes
    found line by line (tabs, `title: a: b`), each with its place."""

    def __init__(self, rule: type[Rule], message: str, position: Position = Position(1, 1),
                 more: tuple[tuple[str, Position], ...] = ()):
        super().__init__(message)
        self.rule = rule
        self.message = message
        self.position = position
        #: Further mistakes of the same rule, found once this one is mended
        #: as its message says: (message, position).
        self.more = more

    @property
    def code(self) -> str:
        return self.rule.code
