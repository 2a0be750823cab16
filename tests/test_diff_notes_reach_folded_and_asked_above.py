"""Release notes of a cumulative ladder, read by an engineer on it: a level
above a new expectation gets no section of its own just to say it applies
there too, where the expectation's own line already says so; and a new
expectation that reaches its own level alone, because the level above asks
for it already (the same or in stronger words), says so."""

from __future__ import annotations

import copy
import json
from typing import Any

import yaml

from diffkit import two_competency_ladder

LADDER: dict[str, Any] = two_competency_ladder([
    {"id": f"L{number}", "title": title, "competencies": {
        "delivery": [f"Delivers work of size {number} on time"], "craft": [f"Writes code of quality {number}"]}}
    for number, title in enumerate(["Associate", "Engineer", "Senior", "Staff"], start=1)
], cumulative=True)


def _paths(tmp_path, edit, both=lambda document: None) -> tuple[str, str]:
    old = copy.deepcopy(LADDER)
    both(old)
    new = copy.deepcopy(old)
    edit(new)
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    return str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")


def _level(document: dict[str, Any], level_id: str) -> dict[str, Any]:
    return next(lv for lv in document["levels"] if lv["id"] == level_id)


def test_levels_above_an_addition_get_no_section_only_to_repeat_its_reach(cli, tmp_path):
    old, new = _paths(tmp_path, lambda d: _level(d, "L2")["competencies"]["delivery"].append(
        "Takes part in the team's on-call rotation"))
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "Takes part in the team's on-call rotation (now expected at L2 and above)" in notes
    assert "## What changes for L2" in notes
    for above in ("L3", "L4"):
        assert f"What changes for {above}" not in notes
    assert "applies here too" not in notes


def test_a_level_above_with_changes_of_its_own_still_points_down(cli, tmp_path):
    def edit(document: dict[str, Any]) -> None:
        _level(document, "L2")["competencies"]["delivery"].append("Takes part in the team's on-call rotation")
        _level(document, "L3")["competencies"]["craft"].append("Mentors engineers on testing")
    notes = cli("diff", "--format", "markdown", *_paths(tmp_path, edit)).output
    assert "## What changes for L3" in notes
    assert "1 new or higher expectation at L2 applies here too (listed under L2)" in notes
    assert "What changes for L4" not in notes


def test_an_addition_the_level_above_asks_for_in_stronger_words_says_so(cli, tmp_path):
    old, new = _paths(tmp_path, lambda d: _level(d, "L2")["competencies"]["delivery"].append(
        "Creates a database view"), both=lambda d: _level(d, "L3")["competencies"]["delivery"].append(
        "Creates a database view, materialized where reads are heavy"))
    text = cli("diff", "--no-color", old, new).output
    assert "+ Creates a database view (at L2 only: L3 already asks for it, the same or more)" in text
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "Creates a database view (new at L2 only: L3 already asks for it, the same or more)" in notes


def test_an_addition_that_reaches_the_levels_above_has_no_such_hint(cli, tmp_path):
    old, new = _paths(tmp_path, lambda d: _level(d, "L2")["competencies"]["delivery"].append(
        "Creates a database view"))
    text = cli("diff", "--no-color", old, new).output
    assert "+ Creates a database view (now asked for at L2 and above)" in text
    assert "already asks for it" not in text


def test_the_text_summary_says_which_editorial_change_is_the_version(cli, tmp_path):
    """The version bump is counted as every format counts it (editorial), and
    the text summary says it is one of them: it asks nothing of anyone."""
    def edit(document: dict[str, Any]) -> None:
        document["version"] = "1.0.1"
        _level(document, "L2")["competencies"]["delivery"] = ["Delivers work of size 2 on time."]
    old, new = _paths(tmp_path, edit)
    text = cli("diff", "--no-color", old, new).output
    assert "2 changes: 2 editorial (one of them the version number)." in text
    summary = json.loads(cli("diff", "--format", "json", old, new).output)["summary"]
    assert summary["changes"] == 2 and summary["editorial"] == 2


def test_a_version_bump_alone_is_said_as_it(cli, tmp_path):
    old, new = _paths(tmp_path, lambda d: d.update(version="1.0.1"))
    assert "1 change: 1 editorial (the version number)." in cli("diff", "--no-color", old, new).output


def test_editorial_changes_without_a_version_bump_say_nothing_of_it(cli, tmp_path):
    old, new = _paths(tmp_path, lambda d: _level(d, "L2")["competencies"].update(
        delivery=["Delivers work of size 2 on time."]))
    assert "1 change: 1 editorial." in cli("diff", "--no-color", old, new).output
