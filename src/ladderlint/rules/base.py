"""What a rule is: a code, a name, a default severity, options, docs, and a check.

To add a rule, write one module in this package with one :class:`Rule`
subclass, and list it in ``ladderlint/rules/__init__.py``. Its docstring is
its documentation (``ladderlint explain CODE``) and must have three parts:
what the rule does (first paragraph), ``Why this matters:``, and
``Example:`` with a failing snippet and the fix. Its options are declared
with :class:`Option` (type, range or choices, default, a line of docs);
``explain`` prints them from there.

A rule's ``check`` gets the framework (``ladderlint.model``) and its
:class:`~ladderlint.rules.analysis.Analysis`: what rules derive from it
(its texts joined, the words of its statements, its lower-case words), made
on first use and shared, and the run it is checked in (the other
frameworks' names, for the brand rules). It yields violations (:class:`Violation`) at
document paths; the checker turns them into findings at a line and column.
"""

from __future__ import annotations

import enum
import inspect
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Mapping, Sequence

from ..suggestions import value_in_words

if TYPE_CHECKING:
    from ..model import DocPath, Framework
    from ..wordlists import Vocabulary
    from .analysis import Analysis
    from .run_index import RunIndex


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
    """A safe mechanical repair: the text value at ``path`` becomes
    ``replacement``; or, with ``drops_bom``, the file's byte order mark is
    removed (``path`` and ``replacement`` are then empty); or, with
    ``quotes_item``, the list item at ``path`` that YAML read as a key and
    a value (`- Support: I answer in #help`) becomes the text
    ``replacement``, written in quotes in place of the item's text on its
    line (a comment written as one stays)."""

    path: "DocPath"
    replacement: str
    drops_bom: bool = False
    quotes_item: bool = False


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
    #: Where in the text at ``path`` the problem is: (start, end) offsets in
    #: the text's value; the finding then points at those characters in
    #: the file, whatever the scalar's style (quoted, escaped, folded).
    span: tuple[int, int] | None = None


class OptionError(ValueError):
    """A configured option value that the option does not accept; ``index``
    is the item of a list at fault, if one is."""

    def __init__(self, message: str, index: int | None = None) -> None:
        super().__init__(message)
        self.index = index


#: The kinds of value an option takes, as configuration errors name them.
NUMBER, WHOLE_NUMBER, BOOLEAN, TEXT, LIST_OF_TEXT = "number", "whole number", "true or false", "text", "list of text"


@dataclass(frozen=True)
class Option:
    """A setting of a rule that users may change in configuration
    (``rules: {LL205: {similarity: 0.9}}``)."""

    #: As written in configuration: kebab-case.
    name: str
    #: NUMBER, WHOLE_NUMBER, BOOLEAN, TEXT or LIST_OF_TEXT.
    kind: str
    default: Any
    #: One line: what it changes.
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    #: Earlier spellings, still read with a notice to use ``name``.
    old_names: tuple[str, ...] = ()

    def describe(self) -> str:
        """`similarity (a number from 0 to 1; default 0.8): how alike ...`."""
        return f"{self.name} ({self._expected()}; default {_show(self.default)}): {self.doc}"

    def _expected(self) -> str:
        if self.kind == LIST_OF_TEXT:
            return "a list of " + ("any of " + ", ".join(self.choices) if self.choices else "text")
        if self.choices:
            return "one of " + ", ".join(self.choices)
        article = "" if self.kind in (BOOLEAN, TEXT) else "a "
        if self.minimum is not None and self.maximum is not None:
            return f"{article}{self.kind} from {_show(self.minimum)} to {_show(self.maximum)}"
        if self.minimum is not None:
            return f"{article}{self.kind} of at least {_show(self.minimum)}"
        return f"{article}{self.kind}"

    def parse(self, value: Any) -> Any:
        """The value as the rule uses it; OptionError saying what was expected."""
        problem = f"expected {self._expected()}, got {value_in_words(value)}"
        if self.kind == BOOLEAN:
            if not isinstance(value, bool):
                raise OptionError(problem)
            return value
        if self.kind in (NUMBER, WHOLE_NUMBER):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise OptionError(problem)
            if self.kind == WHOLE_NUMBER and not isinstance(value, int):
                raise OptionError(problem)
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise OptionError(problem)
            return float(value) if self.kind == NUMBER else value
        if self.kind == TEXT:
            if not isinstance(value, str) or (self.choices and value not in self.choices):
                raise OptionError(problem)
            return value
        if not isinstance(value, list):
            raise OptionError(problem)
        for i, item in enumerate(value):
            if not isinstance(item, str) or (self.choices and item not in self.choices):
                expected = "one of " + ", ".join(self.choices) if self.choices else "text"
                raise OptionError(f"expected {expected}, got {value_in_words(item)}", i)
        return tuple(value)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(value) + "]"
    return str(value)


def _no_vocabulary() -> "Vocabulary":
    from ..wordlists import Vocabulary

    return Vocabulary()


class Rule:
    """Base class of all rules. Subclasses set the class attributes."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    #: "load", "schema" and "suppression" rules are enforced by the loader,
    #: the schema validator and the suppression comments, and only carry
    #: documentation; "framework" rules check one framework at a time; "run"
    #: rules also read the run: the other frameworks' names and ids.
    scope: ClassVar[str] = "framework"
    #: Settings a user may change in configuration.
    options: ClassVar[tuple[Option, ...]] = ()
    #: Options of other rules this rule is given too, as (code, option
    #: name), where it leaves out what the other rule reports.
    reads: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: The parts of a framework (ladderlint.model: LEVELS, CELLS, ...) the
    #: rule needs whole: it does not run on a framework built from the
    #: valid parts of a document that lost something of one of them.
    needs: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, values: Mapping[str, Any] | None = None, *, vocabulary: "Vocabulary | None" = None,
                 running: frozenset[str] | None = None) -> None:
        # Configured values, already parsed by their Option (config.py).
        self._values = {option.name: option.default for option in self.options}
        self._values.update(values or {})
        #: The project's accepted and rejected words (the `vocabulary` key).
        self.vocabulary = vocabulary if vocabulary is not None else _no_vocabulary()
        # The codes of the rules that run beside this one (None: every rule, as a check does by default).
        self._running = running

    def runs(self, code: str) -> bool:
        """Whether the rule ``code`` runs beside this one (--select,
        --ignore, configuration): a rule that leaves a problem to another,
        where both would report it, still reports it where the other does
        not run. Never to read another rule's findings: each stands alone."""
        return self._running is None or code in self._running

    def option(self, name: str) -> Any:
        return self._values[name]

    @classmethod
    def declared_option(cls, name: str) -> Option | None:
        """The option called ``name`` (or once called so)."""
        return next((o for o in cls.options if name == o.name or name in o.old_names), None)

    def check(self, framework: "Framework", analysis: "Analysis") -> Iterable[Violation]:
        """Yield violations found in one framework (scopes "framework" and
        "run"); ``analysis.run`` holds the run's other frameworks."""
        return ()

    def check_run(self, run: "RunIndex") -> Iterable[Violation]:
        """Yield violations found by comparing the headers (file, id, names,
        organisation) of every framework of a run (scope "run"); each
        violation names its ``file``."""
        return ()

    def check_frameworks(self, frameworks: Sequence["Framework"]) -> list[Violation]:
        """Every violation in ``frameworks`` checked together as one run, the
        way ``ladderlint check`` would (for tests and library use); each
        violation names its ``file``."""
        from dataclasses import replace

        from .analysis import Analysis
        from .run_index import RunIndex

        run = RunIndex.of(f.header for f in frameworks)
        found = list(self.check_run(run)) if self.scope == "run" else []
        for framework in frameworks:
            found += [
                v if v.file else replace(v, file=framework.file)
                for v in self.check(framework, Analysis(framework, run))
            ]
        return found

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.docs().split("\n\n", 1)[0].replace("\n", " ")

    @classmethod
    def docs_markdown(cls) -> str:
        """The documentation as Markdown (for SARIF viewers): the sections
        become headings and their indented text plain paragraphs, so that
        only the examples' own fences show as code."""
        import re
        import textwrap

        out: list[str] = []
        block: list[str] = []
        in_section = False

        def flush() -> None:
            if block:
                out.append(textwrap.dedent("\n".join(block)).strip("\n"))
                block.clear()

        for line in cls.docs().splitlines():
            indented = line.startswith((" ", "\t"))
            heading = re.fullmatch(r"([A-Z][\w ]+):\s*", line)
            if heading and not indented:
                flush()
                out.append(f"**{heading.group(1)}**")
                in_section = True
            elif in_section and (indented or not line.strip()):
                block.append(line)
            elif not line.strip():
                flush()  # the end of a paragraph
            else:
                if in_section:
                    flush()
                    in_section = False
                block.append(line)
        flush()
        options = [f"- `{o.name}` ({o.describe().split(' (', 1)[1]}" for o in cls.options]
        if options:
            out += ["**Options**", "\n".join(options)]
        return re.sub(r"\n{3,}", "\n\n", "\n\n".join(part for part in out if part.strip())) + "\n"

    @classmethod
    def options_text(cls) -> str:
        """The options as ``explain`` prints them; empty when there are none."""
        if not cls.options:
            return ""
        return "Options:\n" + "\n".join(f"    {option.describe()}" for option in cls.options)

    @classmethod
    def metadata(cls) -> dict[str, Any]:
        return {
            "code": cls.code,
            "name": cls.name,
            "severity": str(cls.severity),
            "scope": cls.scope,
            "options": {
                o.name: {"type": o.kind, "default": list(o.default) if isinstance(o.default, tuple) else o.default,
                         "minimum": o.minimum, "maximum": o.maximum, "choices": list(o.choices) or None,
                         "doc": o.doc}
                for o in cls.options
            },
            "summary": cls.summary(),
            "docs": cls.docs(),
        }
