"""One new expectation written at several levels at once ("from L3 up": the
same statement added at L3, L4 and L5): in a cumulative framework the copies
above the lowest ask for nothing new, so it is one raised bar at the lowest
level, reaching it and the levels above; in a standalone one, each level's."""

from __future__ import annotations

import copy
import json
from typing import Any

import yaml

from diffkit import two_competency_ladder

from ladderlint.diff import Impact, compare
from ladderlint.model import build_framework

ON_CALL = "Takes part in the team's on-call rotation"

LADDER: dict[str, Any] = two_competency_ladder([
    {"id": f"L{number}", "title": title, "competencies": {
        "delivery": [f"Delivers work of size {number} on time"], "craft": [f"Writes code of quality {number}"]}}
    for number, title in enumerate(["Associate", "Engineer", "Senior", "Staff", "Principal", "Fellow"], start=1)
])


def _ladder(*, cumulative: bool, on_call_at: tuple[str, ...] = ()) -> dict[str, Any]:
    document = copy.deepcopy(LADDER)
    document["cumulative"] = cumulative
    for level in document["levels"]:
        if level["id"] in on_call_at:
            level["competencies"]["delivery"].append(ON_CALL)
    return document


def _compare(old: dict[str, Any], new: dict[str, Any]) -> list[Any]:
    return compare(build_framework("acme.yaml", old), build_framework("acme.yaml", new))


def test_added_at_three_levels_of_a_cumulative_ladder_is_one_raised_bar_at_the_lowest():
    changes = _compare(_ladder(cumulative=True), _ladder(cumulative=True, on_call_at=("L3", "L4", "L5")))
    assert [(c.level, c.impact) for c in changes] == [
        ("L3", Impact.RAISES_BAR), ("L4", Impact.EDITORIAL), ("L5", Impact.EDITORIAL)]
    assert "which level 'L3' below it now asks for too (levels are cumulative)" in changes[1].message


def test_added_at_three_levels_reaches_the_lowest_and_above_in_every_format(cli, tmp_path):
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(_ladder(cumulative=True)))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(_ladder(cumulative=True, on_call_at=("L3", "L4", "L5"))))
    old, new = str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")
    text = cli("diff", "--no-color", old, new).output
    assert f"+ {ON_CALL} (now asked for at L3 and above)" in text
    assert f"+ {ON_CALL} (added at a level below too)" in text
    assert "3 changes: 1 raises-bar, 2 editorial." in text
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    (raised,) = [c for c in data["frameworks"][0]["changes"] if c["impact"] == "raises-bar"]
    assert raised["levels_reached"] == ["L3", "L4", "L5", "L6"]
    assert cli("diff", "--fail-on", "raises-bar", old, new).exit_code == 1


def test_added_only_at_a_higher_level_still_raises_its_bar():
    changes = _compare(_ladder(cumulative=True), _ladder(cumulative=True, on_call_at=("L4",)))
    assert [(c.level, c.impact) for c in changes] == [("L4", Impact.RAISES_BAR)]


def test_added_at_three_levels_of_a_standalone_ladder_raises_each():
    changes = _compare(_ladder(cumulative=False), _ladder(cumulative=False, on_call_at=("L3", "L4", "L5")))
    assert [(c.level, c.impact) for c in changes] == [
        ("L3", Impact.RAISES_BAR), ("L4", Impact.RAISES_BAR), ("L5", Impact.RAISES_BAR)]
