"""Output formats for findings. Each module renders a list of findings to text.

A formatter is a function ``render(findings, context) -> str``; register it
in ``FORMATTERS`` below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..findings import Finding


@dataclass(frozen=True)
class RenderContext:
    #: Files checked as frameworks.
    checked: int = 0
    #: Use ANSI colours (only on a terminal).
    color: bool = False


def _text(findings: Sequence[Finding], context: RenderContext) -> str:
    from .text import render

    return render(findings, context)


def _json(findings: Sequence[Finding], context: RenderContext) -> str:
    from .json_format import render

    return render(findings, context)


FORMATTERS: dict[str, Callable[[Sequence[Finding], RenderContext], str]] = {
    "text": _text,
    "json": _json,
}
