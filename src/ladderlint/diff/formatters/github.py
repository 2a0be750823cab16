"""GitHub Actions workflow commands: an annotation on each changed line of the new file.

    ::warning file=frameworks/acme.yaml,line=42,col=11,title=raises-bar statement-added::...

Each annotation says what changed, as the text format does: a rewording
as a word diff ("I [-conduct-]{+lead+} interviews"), a statement added or
removed by its text, a value by its old and new. Levels, competencies and
dimensions are named as the other formats name them (``named_message``). A
level renamed in its id and its title is one annotation, as it is one
change. A change that fails the run (--fail-on, not approved) is an error,
a change of the bar a warning, anything else a notice; a version that did
not rise enough is a warning on the `version` line.
"""

from __future__ import annotations

from ...formatters.github import escape_data, escape_property
from ...text import plural
from ..changes import RENAMES, Change, Impact, Kind
from ..report import FrameworkDiff, Report
from .common import REORDERINGS, RenderOptions, both_ways, listed_as, named_message, read_as, show, wording_approved
from .text import examples_said, words_changed

#: Words kept on either side of a change in a long text (a summary, a note).
_CONTEXT = 6


def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for diff in report.diffs:
        parts = diff.together()
        said = {id(part) for part in parts.values()}
        lines.extend(_annotation(report, diff, change, parts.get(change.fingerprint))
                     for change in diff.changes if id(change) not in said)
        advice = diff.advice
        if advice is not None and not advice.ok and diff.new is not None:
            file, position = diff.location_of_path(("version",))
            lines.append(_command("warning", file, position.line, position.column, "version advice", advice.message))
    counts = report.counts()
    summary = f"ladderlint diff: {plural(counts['changes'], 'change')}"
    if counts["blocking"]:
        summary += f", {counts['blocking']} failing --fail-on"
    if counts["provenance"]:  # listed, but no change of the framework
        summary += f" ({plural(counts['provenance'], 'record')} of where a framework was taken from " \
                   f"{'differs' if counts['provenance'] == 1 else 'differ'})"
    lines.append(summary + ".")
    return "\n".join(lines) + "\n"


def _annotation(report: Report, diff: FrameworkDiff, change: Change, part: Change | None) -> str:
    """One change as an annotation; ``part``: the record said with it (the rename of its item's id, or
    its competency no longer applying at its level)."""
    both = [change] if part is None else [part, change]
    if any(report.blocking(c) for c in both):
        level = "error"
    elif change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR) and not all(report.approved(c) for c in both):
        level = "warning"
    else:
        level = "notice"
    file, position = diff.location(change)
    title = f"{', '.join(impact.value for impact in change.impacts)} {change.kind.value}"
    if part is not None and part.kind in RENAMES:
        noun = change.kind.value.split("-")[0]
        text = f"{noun} renamed: id {show(part.old)} -> {show(part.new)}, {change.field} {show(change.old)} -> {show(change.new)}"
        text += read_as(change)  # a title moved along the scale of level names
    else:
        text = named_message(diff, change)
        detail = _detail(change)
        text += f": {detail}" if detail else ""
        if part is not None:  # the competency no longer applies: said first, as the edit was made
            part_detail = _detail(part)
            text = named_message(diff, part) + (f": {part_detail}" if part_detail else "") + "; " + text
        text += f" ({both_ways(change)})" if change.also_impact is not None else ""
        text += read_as(change, words=True)
    text += " " + " ".join(f"[{c.fingerprint}]" for c in both)
    text += f" ({wording_approved(change, graded=True) or 'approved'}{listed_as(report, both)})" \
        if all(report.approved(c) for c in both) else ""
    return _command(level, file, position.line, position.column, title, text)


#: Kinds whose message says their values already (names, positions, proficiencies).
_SAID = frozenset({
    Kind.FRAMEWORK_CHANGED, Kind.FRAMEWORK_REMOVED, Kind.LEVEL_ADDED, Kind.LEVEL_REMOVED, Kind.LEVEL_MOVED, Kind.LEVEL_REORDERED,
    Kind.DIMENSION_ADDED, Kind.DIMENSION_REMOVED, Kind.COMPETENCY_ADDED, Kind.COMPETENCY_REMOVED,
    Kind.COMPETENCY_MOVED, Kind.STATEMENT_ID_CHANGED, Kind.PROFICIENCY_CHANGED, *RENAMES, *REORDERINGS,
})


def _detail(change: Change) -> str:
    """What changed, where the message does not say it: a statement's
    text, a rewording as a word diff (a long text, a summary or a note, cut
    to the words around each change), a split or a merge as its texts."""
    kind, old, new = change.kind, change.old, change.new
    if kind in _SAID:
        return ""
    if kind in (Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED):
        olds = old if isinstance(old, list) else [old]
        news = new if isinstance(new, list) else [new]
        return f"{' + '.join(show(text) for text in olds)} -> {' + '.join(show(text) for text in news)}"
    statement = kind.value.startswith("statement")
    if isinstance(old, str) and isinstance(new, str):
        return words_changed(old, new, None if statement else _CONTEXT)
    if isinstance(new, str):
        return " ".join(new.split())
    if isinstance(old, str):
        return ("" if statement else "was ") + " ".join(old.split())
    if change.field == "examples":  # each example put in, reworded or taken out, as the text format says
        return examples_said(old, new)
    if old is not None or new is not None:
        return f"{show(old)} -> {show(new)}"
    return ""


def _command(level: str, file: str, line: int, column: int, title: str, message: str) -> str:
    properties = f"file={escape_property(file)},line={line},col={column},title={escape_property(title)}"
    return f"::{level} {properties}::{escape_data(message)}"
