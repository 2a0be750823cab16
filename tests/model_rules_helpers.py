"""Helpers for the tests of the progression (LL2xx) and completeness (LL4xx) rules."""

from __future__ import annotations

import json
from typing import Callable, Sequence, Union

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


#: What a competency of ``one_level`` asks: one statement, or several.
Asks = Union[str, Sequence[str]]


def one_level(mentoring: Asks, *, summary: str | None = None, design: Asks | None = None,
              impact: Asks = "Ships small features") -> str:
    """IMPACT_AND_MENTORING and one level, L1, that asks "Ships small
    features" (or ``impact``) for Impact and ``mentoring`` for Mentoring
    (on line 18); with a ``summary`` (Mentoring then on line 19), and with
    ``design``, a third competency, Design, that asks it (the lines from
    Impact on one further down)."""
    dimensions = IMPACT_AND_MENTORING if design is None else \
        IMPACT_AND_MENTORING.removesuffix("levels:\n") + "      - {id: design, name: Design}\nlevels:\n"
    return dimensions + (
        "  - id: L1\n"
        "    title: Level 1\n"
        + (f"    summary: {_quoted(summary)}\n" if summary is not None else "")
        + "    competencies:\n"
        f"      impact: {_listed(impact)}\n"
        f"      mentoring: {_listed(mentoring)}\n"
        + (f"      design: {_listed(design)}\n" if design is not None else "")
    )


def _listed(asks: Asks) -> str:
    """A competency's statements as a YAML flow list, each in double quotes."""
    return "[" + ", ".join(_quoted(s) for s in ([asks] if isinstance(asks, str) else asks)) + "]"


def _quoted(text: str) -> str:
    """``text`` as a YAML scalar in double quotes (JSON's are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


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
