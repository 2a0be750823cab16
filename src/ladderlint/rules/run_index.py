"""What the rules know of the other frameworks of a run: their headers
(file, id, names, organisation) and, built from them once, the index of
every organisation's name the brand rules look for.

It is small on purpose: a run of thousands of files keeps this, never the
frameworks themselves. The checker reads each file's header before any
file is checked, so every framework is checked knowing all the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Sequence

from ..model import FrameworkHeader
from .brands import BrandIndex


@dataclass(frozen=True)
class RunIndex:
    """The frameworks checked together, as their headers, sorted by file."""

    frameworks: tuple[FrameworkHeader, ...]

    @classmethod
    def of(cls, headers: Iterable[FrameworkHeader]) -> "RunIndex":
        return cls(tuple(sorted(headers, key=lambda h: h.file)))

    @cached_property
    def brands(self) -> BrandIndex:
        """The built-in organisations and every framework's own, in one index."""
        return BrandIndex.for_run(self.frameworks)


class WithKnownBrands:
    """The run's names and the names of LL301's `known-brands` option, in
    one index, built once per run: for LL301, which reports them, and for
    LL302, which leaves them to it."""

    def __init__(self, known: Sequence[str]) -> None:
        self.known = tuple(known)
        self._built: tuple[RunIndex, BrandIndex] | None = None

    def index(self, run: RunIndex) -> BrandIndex:
        if not self.known:
            return run.brands
        if self._built is None or self._built[0] is not run:
            self._built = (run, BrandIndex.for_run(run.frameworks, extra=self.known))
        return self._built[1]
