"""GitHub Actions workflow commands: an annotation on each changed line of the new file.

    ::warning file=frameworks/acme.yaml,line=42,col=11,title=raises-bar statement-added::...

Levels are named as the text format names them (by their titles where the
titles spell their ids out). A change that fails the run (--fail-on, not approved) is an error, a change
of the bar a warning, anything else a notice; a version that did not rise
enough is a warning on the `version` line.
"""

from __future__ import annotations

from ...formatters.github import escape_data, escape_property
from ...text import plural
from ..changes import Change, Impact, Kind
from ..report import FrameworkDiff, Report
from .common import RenderOptions, short_level_name


def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for diff in report.diffs:
        lines.extend(_annotation(report, diff, change) for change in diff.changes)
        advice = diff.advice
        if advice is not None and not advice.ok and diff.new is not None:
            file, position = diff.location_of_path(("version",))
            lines.append(_command("warning", file, position.line, position.column, "version advice", advice.message))
    counts = report.counts()
    summary = f"ladderlint diff: {plural(counts['changes'], 'change')}"
    if counts["blocking"]:
        summary += f", {counts['blocking']} failing --fail-on"
    lines.append(summary + ".")
    return "\n".join(lines) + "\n"


def _annotation(report: Report, diff: FrameworkDiff, change: Change) -> str:
    if report.blocking(change):
        level = "error"
    elif change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR) and not report.approved(change):
        level = "warning"
    else:
        level = "notice"
    file, position = diff.location(change)
    title = f"{', '.join(impact.value for impact in change.impacts)} {change.kind.value}"
    text = _levels_named(diff, change)
    if change.kind.value.startswith("statement") and change.kind not in (Kind.STATEMENT_ID_CHANGED, Kind.STATEMENT_REORDERED):
        shown = change.new if change.new is not None else change.old
        text += ": " + (" + ".join(shown) if isinstance(shown, list) else str(shown))
    text += f" [{change.fingerprint}]" + (" (approved)" if report.approved(change) else "")
    return _command(level, file, position.line, position.column, title, text)


def _levels_named(diff: FrameworkDiff, change: Change) -> str:
    """The change's message with its levels named as the other formats name
    them: by their titles where the titles spell their ids out ("at level
    'Senior Engineer'" for senior-engineer); the JSON report keeps the ids."""
    text = change.message
    for level in {change.level, change.old_level} - {None}:
        name = short_level_name(diff, level or "")
        if name != level:
            text = text.replace(f"level '{level}'", f"level '{name}'")
    return text


def _command(level: str, file: str, line: int, column: int, title: str, message: str) -> str:
    properties = f"file={escape_property(file)},line={line},col={column},title={escape_property(title)}"
    return f"::{level} {properties}::{escape_data(message)}"
