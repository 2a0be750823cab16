"""Output formats of `ladderlint diff`: text, json, markdown, github.

Each module has ``render(report, options) -> str``. The helpers here name
things the way readers know them (competency names, level titles).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..changes import Change
from ..report import FrameworkDiff, Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False


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


def show(value: Any, limit: int | None = None) -> str:
    """A value as a reader sees it: text quoted, lists comma-separated."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        text = value if limit is None or len(value) <= limit else value[: limit - 3] + "..."
        return f"'{text}'"
    return str(value)


def groups(diff: FrameworkDiff) -> list[tuple[str | None, list[Change]]]:
    """Changes grouped by level, framework-wide ones (level None) first, in the engine's order."""
    out: dict[str | None, list[Change]] = {}
    for change in diff.changes:
        out.setdefault(change.level, []).append(change)
    return list(out.items())


def subject(diff: FrameworkDiff, change: Change) -> str:
    """What a change is about, in names: a competency, a dimension, or empty."""
    if change.competency:
        return diff.competency_name(change.competency) or change.competency
    if change.dimension:
        return diff.dimension_name(change.dimension) or change.dimension
    return ""


def side_labels(diff: FrameworkDiff) -> tuple[str, str]:
    old = diff.old.label if diff.old else "(no framework)"
    new = diff.new.label if diff.new else "(removed)"
    return old, new


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
