"""LL207 regressive-wording."""

from __future__ import annotations

from typing import Iterable

from ..model import DocPath, Framework
from ..vocabulary import (
    GIVING,
    GUIDANCE_NOUNS,
    GUIDED_BY,
    INDEPENDENT,
    SCOPE_OF,
    scope_rank,
    scope_words,
    scopes_in,
)
from .analysis import Analysis
from .base import NUMBER, Option, Rule, Severity, Violation

_AUTONOMY_WORDS = GUIDANCE_NOUNS | INDEPENDENT | {"guided"}
_MARKER_WORDS = frozenset(SCOPE_OF) | _AUTONOMY_WORDS
# Words that say nothing about what the statement is about.
_FILLER = frozenset(
    """
    i me my you your they them their we our us he she his her it its the a an and or but of to in on for
    with without from by at as into within across between is are be been am can will may some any all
    this that these those which who what when where how more most other others own several multiple
    many under needs requires following guided
    """.split()
)
_NOT_TOPIC = _FILLER | frozenset(SCOPE_OF) | GUIDANCE_NOUNS | INDEPENDENT


class _Statement:
    """A statement (or level summary) that names a scope or an autonomy."""

    # A plain class with slots: one is built for most statements of a large
    # run, and its topic is worked out only if another statement meets it.
    __slots__ = ("order", "level_id", "path", "tokens", "size", "smallest", "guided", "independent", "_topic")

    def __init__(
        self, order: int, level_id: str, path: DocPath, tokens: list[str], size: int, smallest: int,
        guided: str | None, independent: str | None,
    ) -> None:
        self.order = order
        self.level_id = level_id
        self.path = path
        self.tokens = tokens
        self.size = size  # the largest scope it names, 0 if none
        self.smallest = smallest  # the smallest scope it names, 0 if none
        self.guided = guided
        self.independent = independent
        self._topic: frozenset[str] | None = None

    @property
    def topic(self) -> frozenset[str]:
        """What it is about: its words without scope, autonomy or filler words."""
        if self._topic is None:
            self._topic = frozenset(self.tokens).difference(_NOT_TOPIC)
        return self._topic

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes it names, in the order it names them."""
        return scopes_in(self.tokens)


class RegressiveWording(Rule):
    """Wording that goes backwards: a higher level asks for the same work as
    a lower one with more guidance, or within a smaller scope.

    Reported: a statement at a higher level that says the same thing as one
    at a lower level of the same competency (or level summary), but asks
    for work "with guidance" (direction, supervision, instruction) where
    the lower one says "independently", or names only smaller scopes than
    the lower one, on the scale task < project < team < group (several
    teams) < organisation < company < industry (the words of
    `ladderlint.vocabulary`). Two statements say the same thing when at least
    `overlap` of the words that remain, once scope, autonomy and filler
    words are set aside, are shared. Conservative on purpose: statements
    about different things are never compared.

    Why this matters:
        Scope and autonomy are how most ladders grow from level to level; a
        higher level that asks for the same work with more guidance, or
        within a smaller scope, is usually a statement pasted into the
        wrong level. A warning: words can mislead out of context.

    Example:
        ```yaml
        levels:
          - id: IC2
            competencies: {delivery: ["I deliver features independently"]}
          - id: IC3
            competencies: {delivery: ["I deliver features with guidance from my lead"]}
        ```
        Fix: swap the two statements, or say what IC3 adds: "I deliver
        features independently across several teams".
    """

    code = "LL207"
    name = "regressive-wording"
    severity = Severity.WARNING
    options = (
        Option("overlap", NUMBER, 0.5, "how much two statements must share to be compared; raise it to report "
               "fewer", minimum=0, maximum=1),
    )

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        overlap = self.option("overlap")
        tracks: dict[str, list[_Statement]] = {}
        words_of = analysis.words
        for order, level in enumerate(framework.levels):
            if level.summary:
                _add(tracks, "", order, level.id, level.path + ("summary",), words_of[level.summary])
            for cell in level.cells:
                for statement in cell.statements:
                    _add(tracks, cell.competency_id, order, level.id, statement.text_path, words_of[statement.text])
        for competency_id, statements in tracks.items():
            what = f"competency '{competency_id}'" if competency_id else "the level summary"
            lower = _Lower()
            for higher in statements:  # in level order
                if higher.order != lower.order:
                    lower.reach(higher.order)
                pairs = lower.candidates(higher)
                found = _backwards(higher, pairs, overlap) if pairs else None
                if found:
                    yield Violation(higher.path, f"{what} at level '{higher.level_id}' {found}")
                lower.pending.append(higher)


class _Lower:
    """The statements of the levels below the one being read, filed so that a
    statement meets only those it could go backwards from: the independent
    ones, and the scoped ones by their smallest scope."""

    def __init__(self) -> None:
        self.order = -1
        self.pending: list[_Statement] = []  # the current level's, not yet "below"
        self.independent: list[_Statement] = []
        self.by_smallest: dict[int, list[_Statement]] = {}
        self.widest = 0  # the largest of the smallest scopes below

    def reach(self, order: int) -> None:
        for statement in self.pending:
            if statement.independent:
                self.independent.append(statement)
            if statement.smallest:
                self.by_smallest.setdefault(statement.smallest, []).append(statement)
                self.widest = max(self.widest, statement.smallest)
        self.pending, self.order = [], order

    def candidates(self, higher: _Statement) -> list[tuple[_Statement, bool]]:
        """(lower statement, True for autonomy / False for scope), in level order."""
        guided = higher.guided and self.independent
        smaller = 0 < higher.size < self.widest  # most statements name a scope no lower one outgrows
        if not (guided or smaller):
            return []
        found = []
        if guided:
            found += [(lower, True) for lower in self.independent]
        if smaller:
            found += [(lower, False) for size, items in self.by_smallest.items() if size > higher.size
                      for lower in items]
        found.sort(key=lambda pair: pair[0].order)
        return found


def _add(
    tracks: dict[str, list[_Statement]], key: str, order: int, level_id: str, path: DocPath, tokens: list[str]
) -> None:
    # One set operation, rather than a loop over the words, finds the scope
    # and autonomy words: most statements name a scope, few an autonomy.
    marked = _MARKER_WORDS.intersection(tokens)
    if not marked:
        return  # nothing to compare, and the pairs stay few
    guided = independent = None
    if not _AUTONOMY_WORDS.isdisjoint(marked):
        guided, independent = _autonomy(tokens)
    sizes = [scope_rank(word) for word in scope_words(tokens)] if not marked.isdisjoint(SCOPE_OF) else []
    if sizes or guided or independent:
        tracks.setdefault(key, []).append(
            _Statement(order, level_id, path, tokens, max(sizes, default=0), min(sizes, default=0), guided, independent)
        )


def _autonomy(tokens: list[str]) -> tuple[str | None, str | None]:
    """The first phrases asking for guidance ("with guidance") and saying
    the opposite ("independently", "without guidance")."""
    guided = independent = None
    for i, word in enumerate(tokens):
        if word in GUIDANCE_NOUNS:
            # "with (some) guidance", "under the supervision", "without guidance"
            before = tokens[max(0, i - 3) : i]
            for j, qualifier in enumerate(before):
                phrase = " ".join(before[j:] + [word])
                if qualifier == "without":
                    independent = independent or phrase
                    break
                if qualifier in GUIDED_BY:
                    if GIVING.isdisjoint(tokens[max(0, i - 6) : i]):  # not "provides teams with help"
                        guided = guided or phrase
                    break
        elif word in INDEPENDENT:
            independent = independent or word
        elif word == "guided" and tokens[i + 1 : i + 2] == ["by"]:
            guided = guided or "guided by"
    return guided, independent


def _backwards(higher: _Statement, pairs: list[tuple[_Statement, bool]], overlap: float) -> str | None:
    for lower, autonomy in pairs:
        if not higher.topic:
            return None
        if not lower.topic or len(higher.topic & lower.topic) / len(higher.topic | lower.topic) < overlap:
            continue
        if autonomy:
            return f"asks for '{higher.guided}' what level '{lower.level_id}' does '{lower.independent}'"
        return (
            f"names a smaller scope ({', '.join(higher.scopes)}) than the same statement at level "
            f"'{lower.level_id}' ({', '.join(lower.scopes)})"
        )
    return None
