"""Every rule ladderlint has, by family; ``ALL_RULES`` in code order.

To add a rule, write its module and list its class in its family below.
"""

from __future__ import annotations

from .base import Rule
from .input_errors import INPUT_RULES
from .ll010_unused_suppression import UnusedSuppression
from .ll011_suppression_without_reason import SuppressionWithoutReason
from .ll012_invalid_suppression import InvalidSuppression
from .ll110_duplicate_id import DuplicateId
from .ll201_level_order import LevelOrder
from .ll202_duplicate_level_title import DuplicateLevelTitle
from .ll203_level_gap import LevelGap
from .ll204_proficiency_decrease import ProficiencyDecrease
from .ll205_repeated_statement import RepeatedStatement
from .ll206_shrinking_coverage import ShrinkingCoverage
from .ll207_regressive_wording import RegressiveWording
from .ll208_level_reference import InconsistentLevelReference
from .ll301_foreign_brand import ForeignBrand
from .ll302_brand_by_shape import BrandByShape
from .ll303_foreign_domain import ForeignDomain
from .ll304_brand_misspelt import BrandMisspelt
from .ll305_organisation_spelling import OrganisationSpelling
from .ll306_duplicate_framework_id import DuplicateFrameworkId
from .ll307_duplicate_framework_name import DuplicateFrameworkName
from .ll401_missing_cell import MissingCell
from .ll402_unknown_reference import UnknownReference
from .ll403_empty_cell import EmptyCell
from .ll404_missing_summary import MissingSummary
from .ll405_unused_competency import UnusedCompetency
from .ll406_placeholder import Placeholder
from .ll407_undefined_term import UndefinedTerm
from .ll408_duplicate_name import DuplicateName
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
from .ll511_repeated_phrase import RepeatedPhrase
from .ll512_spelling import Spelling
from .ll513_missing_space import MissingSpace
from .ll514_curly_quoted_text import CurlyQuotedText
from .ll515_statement_in_two_competencies import StatementInTwoCompetencies
from .ll516_value_as_statement import ValueAsStatement
from .ll517_wrong_verb_form import WrongVerbForm
from .ll518_unfinished_sentence import UnfinishedSentence
from .ll519_not_read_as_english import NotReadAsEnglish
from .schema_errors import SCHEMA_RULES

# LL01x: findings about `# ladderlint: disable=...` comments (suppressions.py).
SUPPRESSION_RULES: tuple[type[Rule], ...] = (UnusedSuppression, SuppressionWithoutReason, InvalidSuppression)
# LL2xx: levels progress (order, gaps, growing expectations).
PROGRESSION_RULES: tuple[type[Rule], ...] = (
    LevelOrder,
    DuplicateLevelTitle,
    LevelGap,
    ProficiencyDecrease,
    RepeatedStatement,
    ShrinkingCoverage,
    RegressiveWording,
    InconsistentLevelReference,
)
# LL3xx: the framework's own organisation is the only brand in it.
BRAND_RULES: tuple[type[Rule], ...] = (
    ForeignBrand,
    BrandByShape,
    ForeignDomain,
    BrandMisspelt,
    OrganisationSpelling,
    DuplicateFrameworkId,
    DuplicateFrameworkName,
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
# LL5xx: clean text.
TEXT_RULES: tuple[type[Rule], ...] = (
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
    RepeatedPhrase,
    Spelling,
    MissingSpace,
    CurlyQuotedText,
    StatementInTwoCompetencies,
    ValueAsStatement,
    WrongVerbForm,
    UnfinishedSentence,
    NotReadAsEnglish,
)

ALL_RULES: tuple[type[Rule], ...] = tuple(
    sorted(
        (
            *INPUT_RULES,
            *SUPPRESSION_RULES,
            *SCHEMA_RULES,
            DuplicateId,
            *PROGRESSION_RULES,
            *BRAND_RULES,
            *COMPLETENESS_RULES,
            *TEXT_RULES,
        ),
        key=lambda rule: rule.code,
    )
)
