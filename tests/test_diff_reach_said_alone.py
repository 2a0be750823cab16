"""Every graded line of the text output says how far its change reaches in
a cumulative ladder ("(at IC2 and above)"); one that reaches its own level
alone, because the level above says the same itself, says so too ("(at L2
only)"), not nothing, which leaves a reviewer to guess whether L3 and
above are asked more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from diffkit import two_competency_ladder

ABOVE = "Proactively gives timely feedback to peers"


def _ladder(l2: str, *, cumulative: bool = True, top: bool = False) -> dict[str, Any]:
    levels = [
        {"id": "L1", "title": "Engineer 1", "competencies": {"delivery": ["Ships small tasks"],
                                                              "craft": ["Writes tests for their code"]}},
        {"id": "L2", "title": "Engineer 2", "competencies": {"delivery": ["Ships features"], "craft": [l2]}},
        {"id": "L3", "title": "Engineer 3", "competencies": {"delivery": ["Ships projects"], "craft": [ABOVE]}},
    ]
    if top:  # the statement at the highest level: nothing above it to leave out
        levels[2]["competencies"]["craft"] = [l2]
        levels[1]["competencies"]["craft"] = ["Reviews code of their team"]
    return two_competency_ladder(levels, cumulative=cumulative)


def _run(cli, tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> str:
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    return cli("diff", "--no-color", *paths).output


def test_a_change_the_level_above_says_itself_is_said_to_reach_its_level_only(cli, tmp_path):
    out = _run(cli, tmp_path, _ladder("Gives feedback to peers when asked"), _ladder("Gives feedback to peers"))
    [line] = [line for line in out.splitlines() if "statement-reworded" in line]
    assert "raises-bar" in line and "(at L2 only)" in line, out


@pytest.mark.parametrize("cumulative, top", [(False, False), (True, True)])
def test_no_only_where_levels_stand_alone_or_at_the_top(cli, tmp_path, cumulative, top):
    old = _ladder("Gives feedback to peers when asked", cumulative=cumulative, top=top)
    new = _ladder("Gives feedback to peers", cumulative=cumulative, top=top)
    out = _run(cli, tmp_path, old, new)
    [line] = [line for line in out.splitlines() if "statement-reworded" in line]
    assert "raises-bar" in line and " only)" not in line, out


def test_a_change_that_reaches_above_still_names_the_levels(cli, tmp_path):
    old, new = _ladder("Gives feedback to peers when asked"), _ladder("Gives feedback to peers when asked")
    old["levels"][2]["competencies"]["craft"] = new["levels"][2]["competencies"]["craft"] = ["Leads design reviews"]
    new["levels"][1]["competencies"]["craft"] = ["Gives feedback to peers"]
    out = _run(cli, tmp_path, old, new)
    [line] = [line for line in out.splitlines() if "statement-reworded" in line]
    assert "(at L2 and L3)" in line and " only)" not in line, out
