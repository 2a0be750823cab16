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

from ..text import plural
from . import ImportResult
from .document import ReportEntry

_LABELS = {"unplaced": "not placed", "notice": "check", "layout": "layout"}


def render(entries: Sequence[ReportEntry]) -> str:
    lines = []
    for entry in entries:
        text = entry.text.replace("\\", "\\\\").replace("\n", "\\n")
        detail = f": {text}" if text else ""
        where = f"{entry.file}:{entry.line}" if entry.line else entry.file  # no line: about several files
        lines.append(f"{where}: {_LABELS[entry.kind]}: {entry.reason}{detail}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary(result: ImportResult, destination: str) -> str:
    data = result.data
    competencies = sum(len(d["competencies"]) for d in data["dimensions"])
    statements = sum(
        len(cell if isinstance(cell, list) else cell.get("statements", []))
        for level in data["levels"]
        for cell in level["competencies"].values()
    )
    files = len({document.path for document in result.documents})  # a page of two tables is one file
    marked = sum(1 for level in data["levels"] for cell in level["competencies"].values()
                 if isinstance(cell, dict) and "not_applicable" in cell)
    return (
        f"imported {plural(len(data['levels']), 'level')}, {plural(len(data['dimensions']), 'dimension')}, "
        f"{plural(competencies, 'competency', 'competencies')} and {plural(statements, 'statement')} "
        + (f"({plural(marked, 'cell')} not applicable) " if marked else "") +
        f"from {plural(files, 'file')} into {destination}; {plural(len(result.unplaced), 'piece')} of text "
        f"not placed, {plural(len(result.notices), 'notice')} to check\n"
    )
