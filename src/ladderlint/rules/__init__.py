"""The rule catalogue.

Every rule ladderlint knows is listed in ``ALL_RULES``, in code order; the
CLI's ``rules`` and ``explain`` commands and the checker read it from here.
"""

from __future__ import annotations

from .base import Rule, Severity, Violation
from .input_errors import INPUT_RULES
from .ll110_duplicate_id import DuplicateId
from .schema_errors import SCHEMA_RULES

# Brand leftovers (LL3xx) and clean text (LL5xx).
from .ll301_foreign_brand import ForeignBrand
from .ll302_brand_by_shape import BrandByShape
from .ll303_foreign_domain import ForeignDomain
from .ll304_brand_misspelt import BrandMisspelt
from .ll305_organisation_spelling import OrganisationSpelling
from .ll306_duplicate_framework_id import DuplicateFrameworkId
from .ll501_doubled_word import DoubledWord
from .ll502_double_space import DoubleSpace
from .ll503_surrounding_whitespace import SurroundingWhitespace
from .ll504_export_debris import ExportDebris
from .ll505_unbalanced_brackets import UnbalancedBrackets
from .ll506_wrong_voice import WrongVoice
from .ll507_duplicate_statement import DuplicateStatement
from .ll508_packed_statements import PackedStatements
from .ll509_odd_space import OddSpace
from .ll510_markdown_markup import MarkdownMarkup

BRAND_AND_TEXT_RULES: tuple[type[Rule], ...] = (
    ForeignBrand,
    BrandByShape,
    ForeignDomain,
    BrandMisspelt,
    OrganisationSpelling,
    DuplicateFrameworkId,
    DoubledWord,
    DoubleSpace,
    SurroundingWhitespace,
    ExportDebris,
    UnbalancedBrackets,
    WrongVoice,
    DuplicateStatement,
    PackedStatements,
    OddSpace,
    MarkdownMarkup,
)

ALL_RULES: tuple[type[Rule], ...] = tuple(
    sorted((*INPUT_RULES, *SCHEMA_RULES, DuplicateId, *BRAND_AND_TEXT_RULES), key=lambda rule: rule.code)
)

RULES_BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}
RULES_BY_NAME: dict[str, type[Rule]] = {rule.name: rule for rule in ALL_RULES}


def find_rule(code_or_name: str) -> type[Rule] | None:
    """Look a rule up by code (`LL110`, any case) or name (`duplicate-id`)."""
    return RULES_BY_CODE.get(code_or_name.upper()) or RULES_BY_NAME.get(code_or_name.lower())


__all__ = ["ALL_RULES", "RULES_BY_CODE", "Rule", "Severity", "Violation", "find_rule"]
