"""LL307 duplicate-framework-name."""

from __future__ import annotations

from typing import Iterable

from ..model import FrameworkHeader
from ..text import normal
from .base import Rule, Severity, Violation
from .brands import organisation_key
from .messages import first_few
from .run_index import RunIndex


class DuplicateFrameworkName(Rule):
    """Two files of one run declare the same organisation, name and track.

    Names and tracks are compared as a reader sees them: case, spacing
    and quote style do not count ("Backend Engineer", "backend  engineer"),
    and an organisation spelt two ways is one organisation (LL305 says so).
    Every file is reported, naming the others. Frameworks whose tracks
    differ are not reported: one name for every track of a ladder is the
    usual way; nor are those whose `version` differs: a repository may
    keep the version a framework replaced beside it. Two files with one `id` are LL306, not this rule. A long
    list of files names the first few.

    Why this matters:
        A reader tells an organisation's frameworks apart by name and
        track: the rendered site lists two entries with one title, and
        whoever follows one of them cannot know which ladder is theirs. It
        usually means a file was copied to start a new track, and only its
        id was changed.

    Example:
        ```yaml
        # frameworks/escrowtab-mle.yaml
        id: escrowtab-mle
        name: EscrowTab Engineering Career Framework
        track: Machine Learning Engineer
        # frameworks/escrowtab-backend.yaml, copied from it
        id: escrowtab-backend
        name: EscrowTab Engineering Career Framework
        track: Machine Learning Engineer
        ```
        Fix: give the copy the track it describes: `track: Backend
        Engineer` (and its own name, if the name says the track).
    """

    code = "LL307"
    name = "duplicate-framework-name"
    severity = Severity.WARNING
    scope = "run"

    def check_run(self, run: RunIndex) -> Iterable[Violation]:
        alike: dict[tuple[str, str, str, str], list[FrameworkHeader]] = {}
        for framework in run.frameworks:
            key = (organisation_key(framework.organisation.name), normal(framework.name), normal(framework.track),
                   framework.version.strip())
            alike.setdefault(key, []).append(framework)
        for frameworks in alike.values():
            for framework in frameworks:
                # A file with the same id is the same framework to LL306, which says so.
                others = sorted(f.file for f in frameworks if f.id != framework.id)
                if others:
                    yield Violation(
                        ("track",),
                        f"framework name '{framework.name}' and track '{framework.track}' are also used by "
                        f"{first_few(others)}; readers cannot tell the frameworks apart: give each its own track, "
                        "or its own name",
                        file=framework.file,
                    )
