"""`ladderlint diff`: what changed between two revisions of a framework, in its own terms.

Inputs are resolved to loaded frameworks (``inputs``, ``revisions``), the
engine pairs their items and records typed changes (``match``, ``engine``,
``changes``), the version advice and the gate read those records
(``advice``, ``gate``), and a formatter prints them (``formatters``).
"""

from __future__ import annotations

from .changes import Change, Impact, Kind
from .engine import DiffError, compare, compare_levels

__all__ = ["Change", "DiffError", "Impact", "Kind", "compare", "compare_levels"]
