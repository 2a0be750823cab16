"""Machine-readable output, documented in docs/output.md.

A JSON object: ``version`` (of this output format), ``summary`` (counts) and
``findings``, a list of objects with ``file``, ``line``, ``column``,
``end_line``, ``end_column`` (null where unknown), ``code``, ``name``,
``severity``, ``message`` and ``path`` (a JSON Pointer into the document).
"""

from __future__ import annotations

import json
from typing import Sequence

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
