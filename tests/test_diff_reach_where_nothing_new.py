"""In a cumulative framework a change below reaches the levels above it,
also one that marks its competency not_applicable above the statements
("Nothing beyond Engineer 2"): such a level adds nothing new, and what
Engineer 2 asks still holds there (LL401's reading, as `render` shows it).
A change to a competency that applies everywhere reaches up as ever."""

from __future__ import annotations

import copy
import json
from typing import Any

import yaml

ORGANIZES = "Proactively organizes retrospectives and other team discussions"
ALWAYS = "Always organizes retrospectives and other team discussions"


def _ladder() -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "acme", "name": "Acme Ladder", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"}, "cumulative": True,
        "dimensions": [{"id": "people", "name": "People", "competencies": [
            {"id": "team-influence", "name": "Team influence"}, {"id": "delivery", "name": "Delivery"}]}],
        "levels": [
            {"id": "engineer-1", "title": "Engineer 1", "competencies": {
                "team-influence": ["Takes part in the team's rituals"],
                "delivery": ["Ships small features with guidance"]}},
            {"id": "engineer-2", "title": "Engineer 2", "competencies": {
                "team-influence": [ORGANIZES],
                "delivery": ["Ships features on their own"]}},
            {"id": "staff-engineer", "title": "Staff Engineer", "competencies": {
                "team-influence": {"not_applicable": "Nothing beyond Engineer 2"},
                "delivery": ["Ships projects across several teams"]}},
            {"id": "principal-engineer", "title": "Principal Engineer", "competencies": {
                "team-influence": {"not_applicable": "Nothing beyond Engineer 2"},
                "delivery": ["Sets the direction of several teams"]}},
        ],
    }


def _run(cli, tmp_path, new: dict[str, Any], fmt: str) -> str:
    paths = []
    for name, document in (("old.yaml", _ladder()), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    return cli("diff", "--format", fmt, *paths).output


def _json_changes(output: str) -> list[dict[str, Any]]:
    out = json.loads(output)
    return [c for f in out.get("frameworks", [out]) for c in f["changes"]]


def _edited(competency: str, old: str, new: str) -> dict[str, Any]:
    document = copy.deepcopy(_ladder())
    cell = document["levels"][1]["competencies"][competency]
    cell[cell.index(old)] = new
    return document


def test_a_change_reaches_the_levels_that_add_nothing_new_above_it(cli, tmp_path):
    new = _edited("team-influence", ORGANIZES, ALWAYS)
    text = _run(cli, tmp_path, new, "text")
    line = next(line for line in text.splitlines() if "Always" in line)
    assert "raises-bar" in line and "(at Engineer 2 and above)" in line, text
    changes = _json_changes(_run(cli, tmp_path, new, "json"))
    assert [c["levels_reached"] for c in changes if c["kind"] == "statement-reworded"] == [
        ["engineer-2", "staff-engineer", "principal-engineer"]]
    notes = _run(cli, tmp_path, new, "markdown")
    # The line names how far it reaches; no section for Staff Engineer only to say it applies there too.
    assert "for Engineer 2 and above:" in notes and "## What changes for Staff Engineer" not in notes, notes


def test_a_change_to_a_competency_that_applies_everywhere_still_reaches_the_levels_above(cli, tmp_path):
    new = _edited("delivery", "Ships features on their own", "Always ships features on their own")
    text = _run(cli, tmp_path, new, "text")
    line = next(line for line in text.splitlines() if "Always" in line)
    assert "(at Engineer 2 and above)" in line, text
    changes = _json_changes(_run(cli, tmp_path, new, "json"))
    assert [c["levels_reached"] for c in changes if c["kind"] == "statement-reworded"] == [
        ["engineer-2", "staff-engineer", "principal-engineer"]]
    notes = _run(cli, tmp_path, new, "markdown")
    # The line names how far it reaches; no section for Staff Engineer only to say it applies there too.
    assert "for Engineer 2 and above:" in notes and "## What changes for Staff Engineer" not in notes, notes


def test_a_statement_taken_out_reaches_the_levels_that_add_nothing_new_too(cli, tmp_path):
    new = copy.deepcopy(_ladder())
    new["levels"][1]["competencies"]["team-influence"] = []  # ORGANIZES out
    new["levels"][1]["competencies"]["delivery"] = []  # "Ships features on their own" out
    reached = {c["competency"]: c["levels_reached"] for c in _json_changes(_run(cli, tmp_path, new, "json"))
               if c["kind"] == "statement-removed"}
    everywhere = ["engineer-2", "staff-engineer", "principal-engineer"]
    assert reached == {"team-influence": everywhere, "delivery": everywhere}

