"""The command line: ``main`` is the click group, ``run`` the entry point.

Each command is a module of this package that registers itself on ``main``;
importing them here is what adds them to the group.
"""

from __future__ import annotations

from . import approve, check, diff, import_, info, init, render  # noqa: F401  (each registers its command)
from .app import main, run

__all__ = ["main", "run"]
