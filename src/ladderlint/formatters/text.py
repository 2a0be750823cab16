"""Human-readable output, grouped by file (the default).

    frameworks/acme.yaml
      15:5   error    LL101  level 'IC1' has no 'title'
      22:11  warning  LL501  doubled word 'team team' [fixable]

    Found 2 problems (1 error, 1 warning); 1 framework checked.
    1 problem can be fixed with `ladderlint check --fix`.

On a terminal the file name is underlined and severities are coloured.
"""

from __future__ import annotations

from itertools import groupby
from typing import Sequence

from ..findings import Finding
from ..text import plural
from . import RenderContext
from .concise import BOLD, COLOURS, DIM, RESET, UNDERLINE, summary


def render(findings: Sequence[Finding], context: RenderContext) -> str:
    out: list[str] = []
    for file, group in groupby(findings, key=lambda f: f.file):
        items = list(group)
        out.append(f"{BOLD}{UNDERLINE}{file}{RESET}" if context.color else file)
        width = max(len(f"{f.line}:{f.column}") for f in items)
        for finding in items:
            out.append(_line(finding, width, context.color))
        out.append("")
    out.append(summary(findings, context.checked, context.unreadable, context.skipped))
    fixable = sum(1 for f in findings if f.fix is not None)
    if fixable:
        out.append(f"{plural(fixable, 'problem')} can be fixed with `ladderlint check --fix`.")
    return "\n".join(out) + "\n"


def _line(finding: Finding, width: int, color: bool) -> str:
    where = f"{finding.line}:{finding.column}".ljust(width)
    severity = str(finding.severity).ljust(7)
    code = finding.code
    fixable = " [fixable]" if finding.fix is not None else ""
    if color:
        where = f"{DIM}{where}{RESET}"
        severity = f"{COLOURS[finding.severity]}{severity}{RESET}"
        code = f"{BOLD}{code}{RESET}"
    return f"  {where}  {severity}  {code}  {finding.message}{fixable}"
