"""GitHub Actions workflow commands, so findings appear on the changed lines:

    ::error file=frameworks/acme.yaml,line=15,col=5,endLine=19,title=LL101 missing-key::level 'IC1' has no 'title'

Severity maps to ``error``, ``warning`` and ``notice``. Values are escaped
as the Actions runner expects: ``%``, CR and LF everywhere, and also ``:``
and ``,`` in properties.
"""

from __future__ import annotations

from typing import Sequence

from ..findings import Finding
from ..rules.base import Severity
from . import RenderContext, display_path, region

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], context: RenderContext) -> str:
    return "".join(_command(f) + "\n" for f in findings)


def _command(finding: Finding) -> str:
    line, column, end_line, end_column = region(finding)
    properties = [("file", display_path(finding.file)), ("line", str(line)), ("col", str(column))]
    if end_line is not None:
        properties.append(("endLine", str(end_line)))
        # GitHub keeps columns only for annotations on one line.
        if end_column is not None and end_line == line:
            properties.append(("endColumn", str(end_column)))
    properties.append(("title", f"{finding.code} {finding.name}"))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(finding.message)}"
