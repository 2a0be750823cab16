"""LL403 empty-cell."""

from __future__ import annotations

from typing import Iterable

from ..model import CELLS, STATEMENTS, Cell, Framework
from ..vocabulary import not_applicable, only_a_level_reference
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import shorten


class EmptyCell(Rule):
    """A level's entry for a competency holds nothing expected.

    Reported: an empty list of statements, or a mapping with no statements, no proficiency and
    no `not_applicable` (a `note` alone is not an expectation). An empty
    statement text is a schema error (LL105). So is an entry whose only
    statement is a mark that the competency does not apply ("N/A", "—",
    "Not applicable", as a table's cell holds), or a sentence that only
    says so ("Nothing at this grade", "Not expected at this level", "None
    at this level: first expected at L3", "No involvement expected",
    "Nothing at this grade yet, see Senior Engineer 2", or that the level
    is not defined: "This skill level is currently not defined", "Not
    defined for this level", "No description at this level"), also after the label
    of what it is about ("Recruitment: No involvement expected."): people would be assessed
    against it, and other rules would compare it as an expectation;
    `not_applicable` says it, with the reason. (A sentence that goes on to
    a behaviour is a statement: "Nothing is shipped without tests", "Not
    afraid to ask for help at this level", "Recruitment: interviews
    candidates", "Works on problems that are not yet defined". A note that
    the text is still to be written, "To be defined", or "not defined" with
    "yet" anywhere ("Not yet defined", "Not defined yet", "No description
    yet"), is LL406's placeholder.) And one whose
    only statement sends the reader to another level ("see E3", "Same as
    Senior Engineer", "As the previous level"): it says nothing of its own.

    Why this matters:
        An empty entry is an unfinished edit: it claims the competency is
        covered at the level while saying nothing, and readers see a blank
        cell.

    Example:
        ```yaml
        competencies:
          mentoring: []
          hiring: [Nothing at this grade]
        ```
        Fix: write the statements, or `mentoring: {not_applicable: Mentoring
        is first assessed at IC3}`.
    """

    code = "LL403"
    name = "empty-cell"
    severity = Severity.ERROR
    needs = frozenset({CELLS, STATEMENTS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        names = level_names(framework)
        for level in framework.levels:
            for cell in level.cells:
                if not (cell.statements or cell.proficiency or cell.not_applicable):
                    yield Violation(
                        cell.path,
                        f"level '{level.id}' has an empty entry for competency '{cell.competency_id}'; "
                        "write its statements, or not_applicable with the reason",
                    )
                elif only_not_applicable(cell):
                    text = cell.statements[0].text
                    yield Violation(
                        cell.path,
                        f"level '{level.id}' says that competency '{cell.competency_id}' does not apply with "
                        f"a statement, '{shorten(text)}'; write not_applicable with the reason instead",
                    )
                elif len(cell.statements) == 1:
                    text = cell.statements[0].text
                    if only_a_level_reference(text, names):
                        yield Violation(
                            cell.path,
                            f"level '{level.id}' refers to another level for competency '{cell.competency_id}' and "
                            f"says nothing of its own, '{text}'; "
                            + ("levels are cumulative: write what more is expected here" if framework.cumulative
                               else "write the expectations here")
                            + ", or not_applicable with the reason",
                        )


def level_names(framework: Framework) -> frozenset[str]:
    """The framework's level ids and titles, case-folded: what a reference
    to another level names."""
    return frozenset(name.casefold() for level in framework.levels for name in (level.id, level.title) if name)


def only_not_applicable(cell: Cell) -> bool:
    """Whether a cell's statements only say that its competency does not
    apply ("N/A", "Nothing at this grade"), which LL403 reports."""
    for statement in cell.statements:
        if not_applicable(statement.text) is None:
            return False
    return bool(cell.statements)
