"""Rules that compare frameworks (scope "run") see every framework of a run,
and their findings are located in the right file, at the right place."""

from __future__ import annotations

from typing import Iterable

from conftest import MINIMAL
from ladderlint.checker import check_paths
from ladderlint.config import Selection, Settings
from ladderlint.rules import registered
from ladderlint.rules.base import Rule, Severity, Violation
from ladderlint.rules.run_index import RunIndex


class SameTrack(Rule):
    """Test rule: reports every framework after the first that has the same track."""

    code = "LL992"
    name = "same-track"
    severity = Severity.WARNING
    scope = "run"

    def check_run(self, run: RunIndex) -> Iterable[Violation]:
        seen: set[str] = set()
        for framework in run.frameworks:
            if framework.track in seen:
                yield Violation(("track",), f"track '{framework.track}' again", file=framework.file)
            seen.add(framework.track)


def test_run_rule_findings_are_located_in_their_file(write):
    seen: list[int] = []

    class Counting(SameTrack):
        def check_run(self, run):
            seen.append(len(run.frameworks))
            return super().check_run(run)

    first = write("a.yaml", MINIMAL)
    # The second file starts with a BOM and two comment lines: positions
    # must come from the bytes as read, not from a re-encoded text.
    second = write("b.yaml", b"\xef\xbb\xbf# one\n# two\n" + MINIMAL.replace("id: acme-backend", "id: acme-b").encode())
    with registered(Counting):
        result = check_paths([str(first), str(second)], Settings(selection=(Selection(select=("LL992",)),)))
    assert seen == [2]
    located = [(f.file, f.line, f.column, f.message) for f in result.findings if f.code == "LL992"]
    assert located == [(str(second), 6, 8, "track 'Backend Engineer' again")]
