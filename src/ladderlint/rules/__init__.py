"""The rule catalogue.

Every rule ladderlint has is listed in ``ALL_RULES`` (catalogue.py). The
checker, the configuration and the CLI look rules up through the active
registry (``registry()``, in registry.py), which a test or a plugin can
extend with ``registered(MyRule)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Rule, Severity, Violation
from .registry import Registry, is_input_error, registered, registry

if TYPE_CHECKING:
    from .catalogue import ALL_RULES


def __getattr__(name: str) -> Any:
    # The catalogue imports every rule: a run that uses one rule's helpers
    # (a diff) imports this package, and should not pay for them all.
    if name == "ALL_RULES":
        from .catalogue import ALL_RULES
        return ALL_RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["ALL_RULES", "Registry", "Rule", "Severity", "Violation", "is_input_error", "registered", "registry"]
