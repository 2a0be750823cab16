"""Names for files and anchors: safe in a URL and on any file system, and
unique without regard to case (two levels 'IC3' and 'ic3' must not share
a file on a system that ignores case)."""

from __future__ import annotations

from ..patterns import lazy

_UNSAFE = lazy(r"[^A-Za-z0-9._-]+")


def safe(text: str, fallback: str = "item") -> str:
    """``text`` with anything but letters, digits, '.', '_' and '-' made a
    hyphen; never empty, and never starting with a dot."""
    name = _UNSAFE.sub("-", text).strip("-.")
    return name or fallback


class UniqueNames:
    """Hands out names that are unique without regard to case, in the order
    asked: the first 'x' is 'x', the next 'x-2', and so on."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._taken: set[str] = {name.casefold() for name in reserved}

    def take(self, text: str, fallback: str = "item") -> str:
        base = safe(text, fallback)
        name, number = base, 1
        while name.casefold() in self._taken:
            number += 1
            name = f"{base}-{number}"
        self._taken.add(name.casefold())
        return name
