"""Machine-readable diff, documented in docs/diff.md.

    {"version": 1,
     "summary": {"frameworks": 1, "changes": 3, "raises-bar": 1, ..., "failed": false},
     "frameworks": [{"old": {...}, "new": {...}, "levels": null, "summary": {...},
                     "version_advice": {...}, "changes": [{"kind": ..., ...}]}]}
"""

from __future__ import annotations

import json
from typing import Any

from ..changes import Change
from ..inputs import Loaded
from ..metadata import provenance
from ..report import FrameworkDiff, Report
from ..grade import words_read
from .common import RenderOptions, at_level_left, level_order, named_message

FORMAT_VERSION = 1


def render(report: Report, options: RenderOptions) -> str:
    document = {
        "version": FORMAT_VERSION,
        "summary": {
            "frameworks": len(report.diffs),
            **report.counts(),
            "fail_on": sorted(impact.value for impact in report.fail_on),
            # The run fails with exit code 2 for unrelated frameworks, whatever the gate says.
            "failed": report.failed or report.refused,
        },
        "frameworks": [_diff(report, diff) for diff in report.diffs],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _side(loaded: Loaded | None) -> dict[str, Any] | None:
    if loaded is None:
        return None
    return {
        "file": loaded.source.path,
        "label": loaded.label,
        "revision": loaded.source.revision,
        "id": loaded.framework.id,
        "version": loaded.framework.version,
    }


def _diff(report: Report, diff: FrameworkDiff) -> dict[str, Any]:
    # A rename of an id beside that of its item's name: one change, counted with the latter (and so on:
    # said_together).
    with_name = {id(part): fingerprint for fingerprint, part in diff.together().items()}
    return {
        "old": _side(diff.old),
        "new": _side(diff.new),
        "levels": list(diff.levels) if diff.levels else None,
        "warnings": [warning for warning in (diff.unrelated, diff.base_unreadable, diff.undeclared)
                     if warning],
        "summary": report.counts(diff.changes),
        "version_advice": diff.advice.to_dict() if diff.advice else None,
        "changes": [_change(report, diff, change, with_name) for change in diff.changes],
    }


def _change(report: Report, diff: FrameworkDiff, change: Change, with_name: dict[int, str]) -> dict[str, Any]:
    file, position = diff.location(change)
    # The grader's reading, where an approver judged the change to be wording only (approved_as).
    graded = change.graded or change
    return {
        "kind": change.kind.value,
        "impact": graded.impact.value,
        "old_level_impact": graded.old_level_impact.value if graded.old_level_impact else None,
        "also_impact": graded.also_impact.value if graded.also_impact else None,
        "reasons": list(graded.reasons),
        # The words that carried each reading of words of meaning ("words replaced"): what a reviewer judges by.
        "reason_words": [{"reason": str(reason), "old": old or None, "new": new or None}
                         for reason in dict.fromkeys(graded.reasons) for old, new in words_read(reason)],
        # Approved as wording only (`ladderlint approve --as-wording`): the impact every reader is shown, and why.
        "approved_as": change.impact.value if change.wording_approved is not None else None,
        "approval_reason": change.wording_approved,
        "framework": change.framework,
        "level": change.level,
        "competency": change.competency,
        "dimension": change.dimension,
        "statement": change.statement,
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "old_level": change.old_level,
        "old_competency": change.old_competency,
        "since": change.since,
        "levels_reached": _levels_reached(diff, change),
        "message": named_message(diff, change),
        "fingerprint": change.fingerprint,
        "approved": report.approved(change),
        # The fingerprint the approvals list it under: its own, or at a level only retitled, the one it has
        # under the level's other title (``Change.fingerprints``).
        "approved_under": report.approved_as(change),
        "blocking": report.blocking(change),
        # Where the framework was taken from: listed, not counted, never blocking.
        "provenance": provenance(change),
        # The rename of an item's id beside that of its name, or a competency no longer applying beside the
        # statement taken from its cell: one change, counted as the other (its fingerprint).
        "counted_with": with_name.get(id(change)),
        "file": file,
        "line": position.line,
        "column": position.column,
    }


def _levels_reached(diff: FrameworkDiff, change: Change) -> list[str]:
    """The levels a change reaches, lowest first, as the other formats say
    them (``reached_as_said``: a level added for what is now asked): of a
    move that raises the bar where it went and lowers it where it was, both
    ends."""
    left = at_level_left(change)
    levels = set(diff.reached_as_said(change)) | (set(diff.reached(left)) if left is not None else set())
    return sorted(levels, key=level_order(diff))
