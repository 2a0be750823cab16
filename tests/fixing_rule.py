"""A rule that exists only in the tests: it emits Fix objects, so that
--fix, --diff, rule options and suppressions can be tested before the real
rules with fixes exist. The `collapse_spaces` fixture registers it."""

from __future__ import annotations

import re
from typing import Iterable

import pytest

from ladderlint import rules as catalogue
from ladderlint.model import Framework
from ladderlint.rules.base import Fix, Rule, Severity, Violation


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
    options = {"kinds": ["statement", "summary", "description"], "min-run": 2, "strip": True}

    def check(self, framework: Framework) -> Iterable[Violation]:
        run = re.compile(" {%d,}" % self.option("min-run"))
        for field in framework.texts():
            if field.kind not in self.option("kinds"):
                continue
            fixed = run.sub(" ", field.text)
            if self.option("strip"):
                fixed = fixed.strip(" ")
            if fixed != field.text:
                yield Violation(field.path, "spaces to collapse", fix=Fix(field.path, fixed))


def register(monkeypatch: pytest.MonkeyPatch, rule: type[Rule]) -> type[Rule]:
    """Add ``rule`` to the catalogue for one test."""
    monkeypatch.setattr(catalogue, "ALL_RULES", (*catalogue.ALL_RULES, rule))
    monkeypatch.setitem(catalogue.RULES_BY_CODE, rule.code, rule)
    monkeypatch.setitem(catalogue.RULES_BY_NAME, rule.name, rule)
    return rule


@pytest.fixture
def collapse_spaces(monkeypatch: pytest.MonkeyPatch) -> type[Rule]:
    return register(monkeypatch, CollapseSpaces)


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
def same_id_across_files(monkeypatch: pytest.MonkeyPatch) -> type[Rule]:
    return register(monkeypatch, SameIdAcrossFiles)
