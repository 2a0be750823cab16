"""Regular expressions compiled when they are first used.

Compiling a pattern is Python work (the ``re`` module's parser and
compiler are written in Python), and ladderlint holds a few hundred: compiled
at import, they took about a fifth of the start-up of a one-file check, the
run a pre-commit hook makes, and most of them are never used by it (those
for rare texts, behind a cheaper test). A pattern written at module level
as ``lazy(r"...")`` is compiled on its first use; from then on its
methods are the compiled pattern's own, so a call costs what it would on a
pattern compiled at import.

    _DOUBLED = lazy(r"\\b(\\w+) \\1\\b", re.IGNORECASE)
    _DOUBLED.search(text)  # compiled here, once

``pattern`` (the source) is read without compiling, so that a pattern can
be built from another's source. A pattern that is wrong fails on its first
use rather than at import: ``tests/test_patterns.py`` compiles them all.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

#: What a use of the pattern reads: on the first, the compiled pattern's
#: values are put on the instance, where later reads find them directly.
_COMPILED_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "flags", "groups", "groupindex",
)


class LazyPattern:
    """A regular expression compiled on first use (see the module's docstring)."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiled now if it was not yet)."""
        return re.compile(self.pattern, self._flags)  # re keeps it: compiled once

    def __getattr__(self, name: str) -> Any:
        # Python calls this only for a name the instance does not hold, so
        # only on the first use of each instance.
        if name not in _COMPILED_ATTRIBUTES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = self.compiled()
        for attribute in _COMPILED_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self._flags) == (other.pattern, other._flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    # Typed as the compiled pattern it stands for: every attribute of one
    # that ladderlint reads is there (a test holds them to re.Pattern's).
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, flags))

