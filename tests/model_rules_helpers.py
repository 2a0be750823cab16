"""Helpers for the tests of the progression (LL2xx) and completeness (LL4xx) rules."""

from __future__ import annotations

from typing import Callable

#: Six lines; the body of a test document starts on line 7.
HEADER = """\
ladderlint: 1
id: acme
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
organisation: {name: Acme}
"""

ONE_DIMENSION = """\
dimensions:
  - id: results
    name: Results
    competencies:
      - {id: impact, name: Impact}
"""


#: One dimension, Craft, of two competencies, Impact and Mentoring, then the
#: levels' key: lines 7-13 after HEADER, the levels start on line 14.
IMPACT_AND_MENTORING = """\
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: impact, name: Impact}
      - {id: mentoring, name: Mentoring}
levels:
"""


def one_level(mentoring: str) -> str:
    """IMPACT_AND_MENTORING and one level, L1, that asks "Ships small
    features" for Impact and ``mentoring`` for Mentoring (on line 18)."""
    return IMPACT_AND_MENTORING + (
        "  - id: L1\n"
        "    title: Level 1\n"
        "    competencies:\n"
        "      impact: [Ships small features]\n"
        f"      mentoring: [\"{mentoring}\"]\n"
    )


def findings(cli: Callable, write: Callable, body: str, code: str) -> list[str]:
    """Run `check --select CODE` on HEADER + body; the findings as
    `line:col: message` (the file name and code left out)."""
    path = write("framework.yaml", HEADER + body)
    run = cli("check", "--format", "concise", "--select", code, "--fail-on", "never", str(path))
    assert run.exit_code == 0, run.output + run.stderr
    prefix = f"{path}:"
    out = []
    for line in run.lines[:-1]:  # the last line is the summary
        assert line.startswith(prefix), line
        location, _, rest = line[len(prefix):].partition(f" {code} ")
        out.append(f"{location} {rest.split('] ', 1)[1]}")
    return out
