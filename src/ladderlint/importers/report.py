"""The import report: what was not placed, and what to check.

One line per entry, sorted by file and line, so it reads like compiler
output and diffs cleanly::

    002.txt:1: not placed: stray symbol, not text: ×
    000.txt:11: check: the export lost the borders of a table ...

Text is printed in full (nothing is dropped, not even from the report);
line breaks inside it are shown as '\\n'.
"""

from __future__ import annotations

from typing import Sequence

from . import ImportResult
from .document import ReportEntry

_LABELS = {"unplaced": "not placed", "notice": "check", "layout": "layout"}


def render(entries: Sequence[ReportEntry]) -> str:
    lines = []
    for entry in entries:
        text = entry.text.replace("\\", "\\\\").replace("\n", "\\n")
        detail = f": {text}" if text else ""
        lines.append(f"{entry.file}:{entry.line}: {_LABELS[entry.kind]}: {entry.reason}{detail}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary(result: ImportResult, destination: str) -> str:
    data = result.data
    competencies = sum(len(d["competencies"]) for d in data["dimensions"])
    statements = sum(
        len(cell if isinstance(cell, list) else cell.get("statements", []))
        for level in data["levels"]
        for cell in level["competencies"].values()
    )
    files = len(result.documents)
    return (
        f"imported {len(data['levels'])} level{'s' * (len(data['levels']) != 1)}, "
        f"{len(data['dimensions'])} dimension{'s' * (len(data['dimensions']) != 1)}, "
        f"{competencies} competenc{'ies' if competencies != 1 else 'y'} and "
        f"{statements} statement{'s' * (statements != 1)} from {files} file{'s' * (files != 1)} "
        f"into {destination}; {len(result.unplaced)} piece{'s' * (len(result.unplaced) != 1)} of text "
        f"not placed, {len(result.notices)} notice{'s' * (len(result.notices) != 1)} to check\n"
    )
