"""What a rule is: a code, a name, a default severity, docs, and a check.

To add a rule, write one module in this package with one :class:`Rule`
subclass, and list it in ``ladderlint.rules.ALL_RULES``. Its docstring is its
documentation (``ladderlint explain CODE``) and must have three parts: what
the rule does (first paragraph), ``Why this matters:``, and ``Example:``
with a failing snippet and the fix.
"""

from __future__ import annotations

import enum
import inspect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Sequence

if TYPE_CHECKING:
    from ..model import DocPath, Framework, Run


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown severity '{text}' (use error, warning or info)") from None


@dataclass(frozen=True)
class Fix:
    """A safe mechanical repair: the text value at ``path`` becomes ``replacement``."""

    path: "DocPath"
    replacement: str


@dataclass(frozen=True)
class Violation:
    """A problem a rule found, at ``path`` in one framework's document."""

    path: "DocPath"
    message: str
    #: Point at the key of the last path step rather than at its value.
    on_key: bool = False
    #: The framework the path belongs to; None means the one being checked.
    file: str | None = None
    #: A repair `ladderlint check --fix` may apply, where one is safe.
    fix: Fix | None = None


class Rule:
    """Base class of all rules. Subclasses set the class attributes."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    #: "load" and "schema" rules are enforced by the loader and the schema
    #: validator and only carry documentation; "framework" rules check one
    #: framework at a time; "run" rules compare the frameworks of a run.
    scope: ClassVar[str] = "framework"
    #: Settings a user may change in configuration, with their defaults
    #: (for example a similarity threshold). Document each in the docstring.
    options: ClassVar[dict[str, Any]] = {}

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        # Configured values, already validated against `options` by config.py.
        self._options = {**self.options, **(options or {})}

    def option(self, name: str) -> Any:
        return self._options[name]

    def check(self, framework: "Framework") -> Iterable[Violation]:
        """Yield violations found in one framework (scope "framework")."""
        return ()

    def check_run(self, run: "Run") -> Iterable[Violation]:
        """Yield violations found by comparing the headers (file, id, names,
        organisation) of every framework of a run (scope "run"); each
        violation names its ``file``."""
        return ()

    def check_in_run(self, framework: "Framework", run: "Run") -> Iterable[Violation]:
        """Yield violations in one framework that depend on the others of
        its run (scope "run"): another framework's organisation named in
        this one's text. A large run checks its frameworks in several
        processes, so this sees one whole framework and only the others'
        headers."""
        return ()

    def check_frameworks(self, frameworks: Sequence["Framework"]) -> list[Violation]:
        """Every violation in ``frameworks`` checked together as one run, the
        way ``ladderlint check`` would (for tests and library use)."""
        from ..model import Run

        if self.scope != "run":
            return [v for framework in frameworks for v in self.check(framework)]
        run = Run.of(frameworks)
        found = list(self.check_run(run))
        for framework in frameworks:
            found += [v if v.file else replace(v, file=framework.file) for v in self.check_in_run(framework, run)]
        return found

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.docs().split("\n\n", 1)[0].replace("\n", " ")

    @classmethod
    def metadata(cls) -> dict[str, Any]:
        return {
            "code": cls.code,
            "name": cls.name,
            "severity": str(cls.severity),
            "scope": cls.scope,
            "options": dict(cls.options),
            "summary": cls.summary(),
            "docs": cls.docs(),
        }
