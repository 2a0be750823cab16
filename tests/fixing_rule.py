"""A rule that exists only in the tests: it emits Fix objects, so that
--fix, --diff, rule options and suppressions can be tested before the real
rules with fixes exist. The `collapse_spaces` fixture registers it."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

import pytest

from ladderlint.model import Framework
from ladderlint.rules import registered
from ladderlint.rules.analysis import Analysis
from ladderlint.rules.base import BOOLEAN, LIST_OF_TEXT, WHOLE_NUMBER, Fix, Option, Rule, Severity, Violation


class CollapseSpaces(Rule):
    """Text with runs of spaces, or space at either end.

    Why this matters:
        Export debris; it shows in diffs and in rendered pages.

    Example:
        ```yaml
        - "I  deliver my tasks "
        ```
        Fix: `- "I deliver my tasks"`.
    """

    code = "LL990"
    name = "collapse-spaces"
    severity = Severity.WARNING
    options = (
        Option("kinds", LIST_OF_TEXT, ("statement", "summary", "description"), "the kinds of text to look at"),
        Option("min-run", WHOLE_NUMBER, 2, "the shortest run of spaces to collapse", minimum=2),
        Option("strip", BOOLEAN, True, "also remove spaces at either end"),
    )

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        run = re.compile(" {%d,}" % self.option("min-run"))
        for field in analysis.texts:
            if field.kind not in self.option("kinds"):
                continue
            fixed = run.sub(" ", field.text)
            if self.option("strip"):
                fixed = fixed.strip(" ")
            if fixed != field.text:
                yield Violation(field.path, "spaces to collapse", fix=Fix(field.path, fixed))


@pytest.fixture
def collapse_spaces() -> Iterator[type[Rule]]:
    """CollapseSpaces, registered for one test."""
    with registered(CollapseSpaces):
        yield CollapseSpaces


class SameIdAcrossFiles(Rule):
    """Two frameworks of one run share an id (a run-scope rule, for tests).

    Why this matters:
        Tests of suppressions need findings from a rule that compares files.

    Example:
        Two files with `id: acme-backend`.
        Fix: give each its own id.
    """

    code = "LL991"
    name = "same-id-across-files"
    severity = Severity.ERROR
    scope = "run"

    def check_run(self, run):  # type: ignore[no-untyped-def]
        seen: dict[str, str] = {}
        for framework in run.frameworks:
            if framework.id in seen:
                yield Violation(("id",), f"id also used by {seen[framework.id]}", file=framework.file)
            else:
                seen[framework.id] = framework.file


@pytest.fixture
def same_id_across_files() -> Iterator[type[Rule]]:
    """SameIdAcrossFiles, registered for one test."""
    with registered(SameIdAcrossFiles):
        yield SameIdAcrossFiles
