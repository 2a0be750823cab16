"""LL507 duplicate-statement."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..model import Cell, Framework
from ..text import normal
from .analysis import Analysis, WordsByText
from .base import Rule, Severity, Violation
from .ll403_empty_cell import only_not_applicable
from .messages import shorten


class DuplicateStatement(Rule):
    """The same statement twice in one cell (one competency at one level).

    Statements are compared as every rule compares them: ignoring case,
    spacing, quote style, dashes and final punctuation. The repetition is
    reported, pointing back at the first. (The same statement at two levels
    is a progression problem, reported by the LL2xx rules; a cell that
    only says, twice, that its competency does not apply, "N/A", is
    LL403's.) Examples are
    compared the same way: an example given twice to one statement, or to
    two statements of one cell, is reported too; not those of a statement
    that is itself a repetition (its finding says it all), nor one given
    to two statements named alike, steps of one expectation ("Criteria for
    sublevel A", "Criteria for sublevel B"), where it is carried on purpose.

    Why this matters:
        A statement listed twice is a copy-and-paste slip. It makes the
        cell look longer than it is and, in a framework people are assessed
        against, reads as if the behaviour counted twice.

    Example:
        ```yaml
        hiring:
          - I am able to represent my team's initiatives to candidates
          - I contribute to interviewing
          - I am able to represent my team’s initiatives to candidates.
        ```
        Fix: delete the repetition.
    """

    code = "LL507"
    name = "duplicate-statement"
    severity = Severity.ERROR

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        words = analysis.words
        # Most frameworks give no example twice anywhere: found out at once
        # from their texts, without reading them cell by cell.
        examples = [field.text for field in analysis.texts if field.kind == "example"]
        examples_repeat = len({" ".join(words[text]) for text in examples}) < len(examples)
        for index, level in enumerate(framework.levels):
            # Only a level where two statements have the same words may repeat one.
            may_repeat = index in analysis.levels_with_repeats
            if not may_repeat and not examples_repeat:
                continue
            for cell in level.cells:
                # Two texts with one normal form have the same words, which
                # the rules have split already: only a cell with two such
                # needs the normal forms.
                statements = cell.statements
                joined = [" ".join(words[statement.text]) for statement in statements] if may_repeat else []
                repeats = dict(_repeats([s.text for s in statements])) if len(set(joined)) < len(joined) else {}
                if repeats and only_not_applicable(cell):
                    repeats = {}  # "N/A" twice says the competency does not apply: LL403's
                for i, earlier in repeats.items():
                    statement = statements[i]
                    yield Violation(
                        statement.path,
                        f"statement {i + 1} repeats statement {earlier + 1} of {level.id} "
                        f"{cell.competency_id}: '{shorten(statement.text)}'",
                    )
                if examples_repeat:
                    in_cell = [example for statement in statements for example in statement.examples]
                    if len({" ".join(words[example]) for example in in_cell}) < len(in_cell):
                        yield from _repeated_examples(level.id, cell, set(repeats), words)


def _repeats(texts: list[str]) -> Iterator[tuple[int, int]]:
    """(index, index of the first) of each text whose normal form an
    earlier text has."""
    keys = [normal(text) for text in texts]
    if len(set(keys)) == len(keys):
        return
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key in first:
            yield i, first[key]
        else:
            first[key] = i


def _repeated_examples(level_id: str, cell: Cell, repeated: set[int], words: WordsByText) -> Iterator[Violation]:
    """An example given twice in the cell: to one statement, or to two."""
    # (statement, example) of each example, but those of a statement that is a repetition.
    places = [(i, j) for i, statement in enumerate(cell.statements) if i not in repeated
              for j in range(len(statement.examples))]
    texts = [cell.statements[i].examples[j] for i, j in places]
    for k, earlier in _repeats(texts):
        (i, j), (first_i, first_j) = places[k], places[earlier]
        statement = cell.statements[i]
        if first_i != i and _steps(words[cell.statements[first_i].text], words[statement.text]):
            continue
        of = "its" if first_i == i else f"statement {first_i + 1}'s"
        yield Violation(
            statement.path + ("examples", j),
            f"example {j + 1} of statement {i + 1} repeats {of} example {first_j + 1} in {level_id} "
            f"{cell.competency_id}: '{shorten(texts[k])}'",
        )


def _steps(first: list[str], second: list[str]) -> bool:
    """Whether two statements are steps of one expectation, named alike
    ("Criteria for sublevel A", "Criteria for sublevel B"): an example
    carried from one step to the next still holds there, on purpose.
    Three words in four of the shorter are the other's."""
    shorter, longer = sorted((set(first), set(second)), key=len)
    return bool(shorter) and 4 * len(shorter & longer) >= 3 * len(shorter)
