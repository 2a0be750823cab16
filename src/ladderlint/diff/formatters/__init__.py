"""Output formats of `ladderlint diff`: text, json, markdown, github.

Each module has ``render(report, options) -> str``; what they share is in
common.py. ``RENDERERS`` loads a format's module only when it is used.
"""

from __future__ import annotations

from typing import Callable

from ..report import Report
from .common import RenderOptions

__all__ = ["RENDERERS", "RenderOptions"]


def _text(report: Report, options: RenderOptions) -> str:
    from .text import render

    return render(report, options)


def _json(report: Report, options: RenderOptions) -> str:
    from .json_format import render

    return render(report, options)


def _markdown(report: Report, options: RenderOptions) -> str:
    from .markdown import render

    return render(report, options)


def _github(report: Report, options: RenderOptions) -> str:
    from .github import render

    return render(report, options)


RENDERERS: dict[str, Callable[[Report, RenderOptions], str]] = {
    "text": _text,
    "json": _json,
    "markdown": _markdown,
    "github": _github,
}
