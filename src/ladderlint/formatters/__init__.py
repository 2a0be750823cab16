"""Output formats for findings. Each module renders a list of findings to text.

A formatter is a function ``render(findings, context) -> str``, in a module
of its own that is imported only when its format is chosen; register it in
``FORMATTERS`` below. Every format is deterministic: findings come sorted by
file, line, column and code, and no format writes times or host names.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from ..findings import Finding

if TYPE_CHECKING:
    from ..checker import CheckResult


@dataclass(frozen=True)
class RenderContext:
    #: Frameworks checked.
    checked: int = 0
    #: Files that could not be read (each has its finding).
    unreadable: int = 0
    #: Files named on the command line and skipped: (why, the files).
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Use ANSI colours (only on a terminal).
    color: bool = False
    #: The files checked as frameworks, sorted (JUnit has a test case for each).
    files: tuple[str, ...] = ()

    @classmethod
    def of_check(cls, result: "CheckResult", *, color: bool = False) -> "RenderContext":
        """What a check run counts, as every command that shows one says it."""
        return cls(checked=len(result.checked), color=color, files=tuple(sorted(result.checked)),
                   unreadable=len(result.unreadable), skipped=tuple(result.skipped_named()))

    @classmethod
    def of_input_error(cls, findings: Sequence[Finding], *, unreadable: bool) -> "RenderContext":
        """What the findings of inputs that cannot be compared count: their
        files, each one that could not be read (``unreadable``) or one read
        and found invalid, as ``check`` counts them."""
        files = len({finding.file for finding in findings})
        return cls(unreadable=files) if unreadable else cls(checked=files)


Formatter = Callable[[Sequence[Finding], RenderContext], str]

#: Format name -> module in this package whose ``render`` writes it.
_MODULES = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def _lazy(module: str, function: str = "render") -> Formatter:
    def render(findings: Sequence[Finding], context: RenderContext) -> str:
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)(findings, context)

    return render


FORMATTERS: dict[str, Formatter] = {name: _lazy(module) for name, module in _MODULES.items()}

#: ``--statistics``: counts per rule, as a table or (for json) a list.
STATISTICS: dict[str, Formatter] = {
    "text": _lazy("statistics", "render_text"),
    "concise": _lazy("statistics", "render_text"),
    "json": _lazy("statistics", "render_json"),
}


def display_path(file: str) -> str:
    """A path as CI tools want it: relative to the current directory when
    inside it, with ``/`` separators."""
    if os.path.isabs(file):
        try:
            relative = os.path.relpath(file)
        except ValueError:  # another drive on Windows
            return file.replace(os.sep, "/")
        if not relative.startswith(".."):
            file = relative
    return file.replace(os.sep, "/")


def region(finding: Finding) -> tuple[int, int, int | None, int | None]:
    """Start line and column, and the line of the last character and the
    column after it (None where unknown).

    A finding's end is exclusive; one that ends at column 1 ends with the
    line before, whose length is not known here, so its end column is left
    out (meaning: to the end of that line).
    """
    end_line, end_column = finding.end_line, finding.end_column
    if end_line is None or end_column is None or (end_line, end_column) <= (finding.line, finding.column):
        return finding.line, finding.column, None, None
    if end_column == 1 and end_line > finding.line:
        return finding.line, finding.column, end_line - 1, None
    return finding.line, finding.column, end_line, end_column
