"""One line per finding: ``path:line:col: CODE [severity] message``, then a
summary line. Editors and CI problem matchers read this form."""

from __future__ import annotations

from typing import Sequence

from ..findings import Finding
from ..rules.base import Severity
from ..text import and_list, plural
from . import RenderContext

COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD, DIM, UNDERLINE, RESET = "\033[1m", "\033[2m", "\033[4m", "\033[0m"


def render(findings: Sequence[Finding], context: RenderContext) -> str:
    lines = [_line(f, context.color) for f in findings]
    lines.append(summary(findings, context.checked, context.unreadable, context.skipped))
    return "\n".join(lines) + "\n"


def _line(finding: Finding, color: bool) -> str:
    where = f"{finding.file}:{finding.line}:{finding.column}:"
    severity = f"[{finding.severity}]"
    if color:
        where = f"{BOLD}{where}{RESET}"
        severity = f"{COLOURS[finding.severity]}{severity}{RESET}"
    return f"{where} {finding.code} {severity} {finding.message}"


#: Up to how many files skipped for one reason the summary names.
NAMED_SKIPPED = 3


def summary(findings: Sequence[Finding], checked: int, unreadable: int = 0,
            skipped: Sequence[tuple[str, Sequence[str]]] = ()) -> str:
    """The last line of a report. A run that checked no framework is not
    said to pass: nothing was checked (its exit code is 0 all the same,
    unless --require-frameworks: pre-commit runs it on any YAML file).
    Files that could not be read are counted apart from the frameworks
    checked, and files named but skipped are said by why, named when they
    are few (pre-commit names every staged YAML file)."""
    files = f"{plural(checked, 'framework')} checked"
    if unreadable:
        files += f", {plural(unreadable, 'file')} could not be read as a framework"
    files += "".join(f"; {_skipped(why, paths)}" for why, paths in skipped)
    if not findings:
        if not checked:
            reasons = "; ".join(_skipped(why, paths) for why, paths in skipped)
            return f"No framework found; nothing checked{f' ({reasons})' if reasons else ''}."
        return f"All checks passed ({files})."
    def counted(noun: str, severities: tuple[Severity, ...]) -> str:
        counts = [plural(n, str(severity)) for severity in severities
                  if (n := sum(1 for f in findings if f.severity is severity))]
        total = sum(1 for f in findings if f.severity in severities)
        return f"{plural(total, noun)} ({', '.join(counts)})" if total else ""

    # An info is a note to read ("level has no summary"), not a problem: counted apart.
    said = [part for part in (counted("problem", (Severity.ERROR, Severity.WARNING)),
                              counted("note", (Severity.INFO,))) if part]
    return f"Found {' and '.join(said)}; {files}."


def _skipped(why: str, paths: Sequence[str]) -> str:
    """'ci.yaml skipped: not YAML'; 'a.yaml, b.yaml, c.yaml and 2 more files skipped: not YAML'."""
    if len(paths) <= NAMED_SKIPPED:
        return f"{and_list(list(paths))} skipped: {why}"
    more = len(paths) - NAMED_SKIPPED
    return f"{', '.join(paths[:NAMED_SKIPPED])} and {more} more {'file' if more == 1 else 'files'} skipped: {why}"
