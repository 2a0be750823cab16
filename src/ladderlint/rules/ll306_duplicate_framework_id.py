"""LL306 duplicate-framework-id."""

from __future__ import annotations

from typing import Iterable

from .base import Rule, Severity, Violation
from .run_index import RunIndex


class DuplicateFrameworkId(Rule):
    """Two files of one run declare the same framework `id`.

    Every file with the id is reported, naming the others.

    Why this matters:
        `ladderlint diff` matches frameworks across two versions of a
        repository by id; with two files under one id, one of them is
        compared with the wrong framework or not at all. It usually means a
        file was copied to start a new track and its id was not changed.

    Example:
        ```yaml
        # frameworks/escrowtab-mle.yaml
        id: escrowtab-mle
        # frameworks/escrowtab-backend.yaml, copied from it
        id: escrowtab-mle
        ```
        Fix: give the copy its own id: `id: escrowtab-backend`.
    """

    code = "LL306"
    name = "duplicate-framework-id"
    severity = Severity.ERROR
    scope = "run"

    def check_run(self, run: RunIndex) -> Iterable[Violation]:
        files: dict[str, list[str]] = {}
        for framework in run.frameworks:
            files.setdefault(framework.id, []).append(framework.file)
        for framework in run.frameworks:
            others = sorted(f for f in files[framework.id] if f != framework.file)
            if others:
                yield Violation(
                    ("id",),
                    f"framework id '{framework.id}' is also used by {', '.join(others)}",
                    file=framework.file,
                )
