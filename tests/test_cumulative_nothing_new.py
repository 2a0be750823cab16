"""A cumulative ladder (each level includes those below) whose table leaves
a competency's cells blank above some level adds nothing new there: what
the level below expects still holds. `import` writes that reason (as the
checkmark matrix does, and as LL401 asks), and `render` shows it so, never
"Not assessed" or "no longer applies"; a blank below the competency's first
statements stays "starts at", not assessed yet. Levels that stand on their
own (`cumulative: false`) keep "ends at"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from import_helpers import imported
from render_helpers import parse, squeeze

TABLE = """# Acme Engineering Ladder

{note}

| Competency | Engineer 1 | Engineer 2 | Senior Engineer | Staff Engineer |
| --- | --- | --- | --- | --- |
| Code quality | Writes readable code with tests. | Writes correct code that follows our patterns. | | |
| Delivery | Ships small tasks. | Ships features. | Ships projects. | Ships programmes. |
| Mentoring | | Helps new joiners. | Mentors engineers. | Mentors senior engineers. |
"""
CUMULATIVE = "Each level includes the expectations of the levels below it."


def _levels(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {level["title"]: level["competencies"] for level in data["levels"]}


def test_import_writes_nothing_beyond_above_a_cumulative_ladders_statements(cli, write):
    data, run = imported(cli, write("ladder.md", TABLE.format(note=CUMULATIVE)), "--org", "Acme")
    assert data.get("cumulative", True) is True
    levels = _levels(data)
    assert levels["Senior Engineer"]["code-quality"] == {
        "not_applicable": "Nothing beyond Engineer 2: the document adds no statement of Code quality at Senior Engineer"}
    assert levels["Staff Engineer"]["code-quality"] == {
        "not_applicable": "Nothing beyond Engineer 2: the document adds no statement of Code quality at Staff Engineer"}
    # Below the first statements it is not assessed yet, cumulative or not.
    assert levels["Engineer 1"]["mentoring"] == {"not_applicable": "Mentoring starts at Engineer 2"}
    assert "ends at" not in yaml.safe_dump(data)


def test_import_keeps_ends_at_where_levels_stand_on_their_own(cli, write):
    data, _ = imported(cli, write("ladder.md", TABLE.format(note="")), "--org", "Acme")
    assert data["cumulative"] is False
    levels = _levels(data)
    assert levels["Senior Engineer"]["code-quality"] == {"not_applicable": "Code quality ends at Engineer 2"}
    assert levels["Engineer 1"]["mentoring"] == {"not_applicable": "Mentoring starts at Engineer 2"}


def _framework(cumulative: bool) -> dict[str, Any]:
    return {
        "ladderlint": 1, "id": "acme", "name": "Acme Ladder", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"}, "cumulative": cumulative,
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [
            {"id": "code-quality", "name": "Code quality"}, {"id": "mentoring", "name": "Mentoring"}]}],
        "levels": [
            {"id": "E1", "title": "Engineer 1", "competencies": {
                "code-quality": ["Writes readable code with tests"],
                "mentoring": {"not_applicable": "Mentoring starts at Engineer 2"}}},
            {"id": "E2", "title": "Engineer 2", "competencies": {
                "code-quality": ["Writes correct code that follows our patterns"],
                "mentoring": ["Helps new joiners settle in"]}},
            {"id": "SE", "title": "Senior Engineer", "competencies": {
                "code-quality": {"not_applicable": "Code quality ends at Engineer 2"},
                "mentoring": ["Mentors engineers of the team"]}},
        ],
    }


def _rendered(cli, tmp_path: Path, cumulative: bool, *args: str) -> Path:
    path = tmp_path / "acme.yaml"
    path.write_text(yaml.safe_dump(_framework(cumulative), sort_keys=False), encoding="utf-8")
    site = tmp_path / "site"
    run = cli("render", str(path), "-o", str(site), *args)
    assert run.exit_code == 0, run.output
    return site


def _text(page: Path) -> str:
    return squeeze(parse(page).text)


def test_render_says_what_still_holds_above_a_cumulative_ladders_statements(cli, tmp_path):
    site = _rendered(cli, tmp_path, cumulative=True)
    grid = _text(site / "acme" / "index.html")
    assert "Nothing new at this level: what Engineer 2 expects still holds." in grid
    assert "Not assessed: Code quality" not in grid
    # Below the competency's first statements: not assessed yet.
    assert "Not assessed: Mentoring starts at Engineer 2" in grid
    senior = _text(site / "acme" / "levels" / "SE.html")
    assert "Nothing new at this level: what Engineer 2 expects still holds." in senior
    for wrong in ("no longer applies", "Lower than", "Not assessed: Code quality"):
        assert wrong not in senior, wrong
    every = _text(site / "acme" / "all-levels.html")
    assert "Not assessed: Code quality" not in every and "what Engineer 2 expects still holds" in every


def test_render_keeps_not_assessed_where_levels_stand_on_their_own(cli, tmp_path):
    site = _rendered(cli, tmp_path, cumulative=False)
    grid = _text(site / "acme" / "index.html")
    assert "Not assessed: Code quality ends at Engineer 2" in grid
    assert "Nothing new at this level" not in grid
    senior = _text(site / "acme" / "levels" / "SE.html")
    assert "Not assessed: Code quality ends at Engineer 2" in senior and "Nothing new at this level" not in senior


def test_markdown_render_says_it_and_import_reads_it_back(cli, tmp_path):
    site = _rendered(cli, tmp_path, True, "--format", "markdown")
    page = next(site.rglob("*.md"))
    text = page.read_text(encoding="utf-8")
    assert "*Nothing new at this level; what Engineer 2 expects still holds:* Code quality ends at Engineer 2" in text
    assert "*Not assessed:* Code quality" not in text
    assert "*Not assessed:* Mentoring starts at Engineer 2" in text
    out = tmp_path / "back.yaml"
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.output
    back = {level["id"]: level["competencies"] for level in yaml.safe_load(out.read_text(encoding="utf-8"))["levels"]}
    assert back["SE"]["code-quality"] == {"not_applicable": "Code quality ends at Engineer 2"}


@pytest.mark.parametrize("cumulative, said", [
    (True, "nothing new at this level any more (Code quality ends at Engineer 2); what Engineer 2"),
    (False, "no longer applies at this level (Code quality ends at Engineer 2)"),
])
def test_release_notes_say_what_still_holds(cli, tmp_path, cumulative, said):
    old = _framework(cumulative)
    old["levels"][2]["competencies"]["code-quality"] = ["Sets the team's code standards"]
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", _framework(cumulative))):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    notes = cli("diff", "--format", "markdown", *paths).output
    assert said in notes, notes


@pytest.mark.parametrize("cumulative, said, wrong", [
    (True, "nothing new at this level (Code quality ends at Engineer 2); what Engineer 2 expects still holds.",
     "does not apply at this level (Code quality"),
    (False, "does not apply at this level (Code quality ends at Engineer 2).", "still holds"),
])
def test_release_notes_of_a_new_competency_say_what_still_holds_above_its_statements(
        cli, tmp_path, cumulative, said, wrong):
    """A competency added in this version, with statements up to Engineer 2
    and a mark above them: in a cumulative ladder the mark adds nothing new
    at Senior Engineer, so what Engineer 2 expects holds there (as the level
    pages say), the same as for a competency that was there before."""
    new = _framework(cumulative)
    old = _framework(cumulative)
    old["dimensions"][0]["competencies"] = [{"id": "mentoring", "name": "Mentoring"}]
    for level in old["levels"]:
        del level["competencies"]["code-quality"]
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    notes = cli("diff", "--format", "markdown", *paths).output
    senior = notes.split("## What changes for SE")[1].split("\n## ")[0]
    assert said in senior, notes
    assert wrong not in senior, notes
    messages = [c["message"] for c in json.loads(cli("diff", "--format", "json", *paths).output)["frameworks"][0]["changes"]
                if c["kind"] == "not-applicable-changed" and c["level"] == "SE"]
    assert len(messages) == 1 and ("still holds" in messages[0]) is cumulative, messages
