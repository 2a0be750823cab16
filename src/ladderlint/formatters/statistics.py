"""``--statistics``: how many findings each rule produced, most first."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Sequence

from ..findings import Finding
from . import RenderContext
from .concise import summary


def _rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    counts = Counter(f.code for f in findings)
    first: dict[str, Finding] = {}
    fixable: Counter[str] = Counter()
    for finding in findings:
        first.setdefault(finding.code, finding)
        fixable[finding.code] += finding.fix is not None
    return [
        {
            "code": code,
            "name": first[code].name,
            "severity": str(first[code].severity),
            "count": count,
            "fixable": fixable[code],
        }
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def render_text(findings: Sequence[Finding], context: RenderContext) -> str:
    rows = _rows(findings)
    lines = []
    if rows:
        count_width = max(len(str(r["count"])) for r in rows)
        name_width = max(len(r["name"]) for r in rows)
        for r in rows:
            fixable = f"  ({r['fixable']} fixable)" if r["fixable"] else ""
            lines.append(
                f"{r['count']:>{count_width}}  {r['code']}  {r['name']:<{name_width}}  {r['severity']}{fixable}".rstrip()
            )
    lines.append(summary(findings, context.checked, context.unreadable, context.skipped))
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding], context: RenderContext) -> str:
    return json.dumps(_rows(findings), indent=2, ensure_ascii=False) + "\n"
