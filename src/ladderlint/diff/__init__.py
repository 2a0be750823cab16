"""`ladderlint diff`: what changed between two revisions of a framework, in its own terms.

Inputs are resolved to loaded frameworks (``inputs``, ``revisions``), the
engine pairs their items and records typed changes (``match``, ``engine``,
``changes``), the version advice and the gate read those records
(``advice``, ``gate``), and a formatter prints them (``formatters``).

The names below are imported on first use: `ladderlint check` grades a
rewording with ``grade`` (LL207) and needs neither the engine nor the
matcher that importing them here would load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .changes import Change, Impact, Kind
    from .engine import DiffError, compare, compare_levels

__all__ = ["Change", "DiffError", "Impact", "Kind", "compare", "compare_levels"]

_MODULE_OF = {"Change": "changes", "Impact": "changes", "Kind": "changes", "DiffError": "engine",
              "compare": "engine", "compare_levels": "engine"}


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
