"""The rule catalogue.

Every rule ladderlint knows is listed in ``ALL_RULES``, in code order; the
CLI's ``rules`` and ``explain`` commands and the checker read it from here.
"""

from __future__ import annotations

from .base import Rule, Severity, Violation
from .input_errors import INPUT_RULES
from .ll110_duplicate_id import DuplicateId
from .schema_errors import SCHEMA_RULES

ALL_RULES: tuple[type[Rule], ...] = tuple(
    sorted((*INPUT_RULES, *SCHEMA_RULES, DuplicateId), key=lambda rule: rule.code)
)

# Findings about `# ladderlint: disable=...` comments (suppressions.py).
from .ll010_unused_suppression import UnusedSuppression  # noqa: E402
from .ll011_suppression_without_reason import SuppressionWithoutReason  # noqa: E402
from .ll012_invalid_suppression import InvalidSuppression  # noqa: E402

ALL_RULES = tuple(
    sorted((*ALL_RULES, UnusedSuppression, SuppressionWithoutReason, InvalidSuppression), key=lambda r: r.code)
)

RULES_BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}
RULES_BY_NAME: dict[str, type[Rule]] = {rule.name: rule for rule in ALL_RULES}


def find_rule(code_or_name: str) -> type[Rule] | None:
    """Look a rule up by code (`LL110`, any case) or name (`duplicate-id`)."""
    return RULES_BY_CODE.get(code_or_name.upper()) or RULES_BY_NAME.get(code_or_name.lower())


__all__ = ["ALL_RULES", "RULES_BY_CODE", "Rule", "Severity", "Violation", "find_rule"]
