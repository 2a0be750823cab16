"""The rule catalogue.

Every rule ladderlint has is listed in ``ALL_RULES`` (catalogue.py). The
checker, the configuration and the CLI look rules up through the active
registry (``registry()``, in registry.py), which a test or a plugin can
extend with ``registered(MyRule)``.
"""

from __future__ import annotations

from .base import Rule, Severity, Violation
from .catalogue import ALL_RULES
from .registry import Registry, is_input_error, registered, registry

__all__ = ["ALL_RULES", "Registry", "Rule", "Severity", "Violation", "is_input_error", "registered", "registry"]
