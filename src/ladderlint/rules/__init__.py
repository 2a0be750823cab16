"""The rule catalogue.

Every rule ladderlint knows is listed in ``ALL_RULES``, in code order; the
CLI's ``rules`` and ``explain`` commands and the checker read it from here.
"""

from __future__ import annotations

from .base import Rule, Severity, Violation
from .input_errors import INPUT_RULES
from .ll110_duplicate_id import DuplicateId
from .ll201_level_order import LevelOrder
from .ll202_duplicate_level_title import DuplicateLevelTitle
from .ll203_level_gap import LevelGap
from .ll204_proficiency_decrease import ProficiencyDecrease
from .ll205_repeated_statement import RepeatedStatement
from .ll206_shrinking_coverage import ShrinkingCoverage
from .ll207_regressive_wording import RegressiveWording
from .ll401_missing_cell import MissingCell
from .ll402_unknown_reference import UnknownReference
from .ll403_empty_cell import EmptyCell
from .ll404_missing_summary import MissingSummary
from .ll405_unused_competency import UnusedCompetency
from .ll406_placeholder import Placeholder
from .ll407_undefined_term import UndefinedTerm
from .ll408_duplicate_name import DuplicateName
from .schema_errors import SCHEMA_RULES

# LL2xx: levels progress (order, gaps, growing expectations).
PROGRESSION_RULES: tuple[type[Rule], ...] = (
    LevelOrder,
    DuplicateLevelTitle,
    LevelGap,
    ProficiencyDecrease,
    RepeatedStatement,
    ShrinkingCoverage,
    RegressiveWording,
)
# LL4xx: every level describes every competency, with nothing left unfinished.
COMPLETENESS_RULES: tuple[type[Rule], ...] = (
    MissingCell,
    UnknownReference,
    EmptyCell,
    MissingSummary,
    UnusedCompetency,
    Placeholder,
    UndefinedTerm,
    DuplicateName,
)

ALL_RULES: tuple[type[Rule], ...] = tuple(
    sorted(
        (*INPUT_RULES, *SCHEMA_RULES, DuplicateId, *PROGRESSION_RULES, *COMPLETENESS_RULES),
        key=lambda rule: rule.code,
    )
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
