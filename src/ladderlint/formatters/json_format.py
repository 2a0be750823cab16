"""Machine-readable output, documented in docs/output.md.

A JSON object: ``version`` (of this output format), ``summary`` (counts) and
``findings``, a list of objects with ``file``, ``line``, ``column``,
``end_line``, ``end_column`` (null where unknown), ``code``, ``name``,
``severity``, ``message`` and ``path`` (a JSON Pointer into the document).
A configuration that cannot be followed gives ``configuration_errors``
instead, and no findings (nothing was checked).
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from ..findings import Finding
from . import RenderContext


def render(findings: Sequence[Finding], context: RenderContext) -> str:
    counts = {s: sum(1 for f in findings if str(f.severity) == s) for s in ("error", "warning", "info")}
    document = {
        "version": 1,
        "summary": {"files_checked": context.checked, "files_unreadable": context.unreadable,
                    "findings": len(findings), **counts},
        "findings": [f.to_dict() for f in findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_configuration_errors(errors: Sequence[Any]) -> str:
    """The document for a run stopped by its configuration (ConfigErrors):
    a CI step that reads the report gets the reason, not an empty file."""
    document = {
        "version": 1,
        "summary": {"files_checked": 0, "files_unreadable": 0, "findings": 0, "error": 0, "warning": 0, "info": 0},
        "findings": [],
        "configuration_errors": [
            {
                "file": error.file,
                "line": error.position.line if error.position else None,
                "column": error.position.column if error.position else None,
                "message": error.in_report(),
            }
            for error in errors
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
