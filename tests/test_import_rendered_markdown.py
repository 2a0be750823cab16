"""The Markdown `ladderlint render --format markdown` writes (a wiki's copy
of the framework) imports back to the same framework: its levels,
competencies, statements with their examples, notes, proficiencies and
reasons a competency is not assessed, the level and dimension texts, the
name, organisation and whether levels build on those below; with render's
first-line comment, or without it, as a wiki that drops comments keeps it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import CORPORA, ROOT

FRAMEWORKS = sorted((ROOT / "frameworks").glob("*.yaml"))
#: Every field the format has, and texts that look like Markdown and HTML.
EVERY_FIELD = ROOT / "tests" / "fixtures" / "render" / "every-field.yaml"
#: Two levels titled alike, two dimensions and two competencies of one name, a competency named "Glossary".
AWKWARD_NAMES = ROOT / "tests" / "fixtures" / "render" / "awkward-names.yaml"


def _cells(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each level (by title) and competency (by name): what its cell says."""
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    found: dict[str, dict[str, Any]] = {}
    for level in data["levels"]:
        cells: dict[str, Any] = {}
        for competency, cell in (level.get("competencies") or {}).items():
            if isinstance(cell, list):
                cell = {"statements": cell}
            # Spaces at a statement's ends are no words a page shows.
            statements = [s.strip() if isinstance(s, str) else (s["text"].strip(), tuple(s.get("examples", ())))
                          for s in cell.get("statements", [])]
            said = {"statements": [(s, ()) if isinstance(s, str) else s for s in statements],
                    "note": cell.get("note"), "proficiency": cell.get("proficiency"),
                    "not_applicable": cell.get("not_applicable")}
            if said["statements"] or any(said[key] for key in ("note", "proficiency", "not_applicable")):
                cells[names.get(competency, competency)] = said
        found[level.get("title", level["id"])] = cells
    return found


def _texts(data: dict[str, Any]) -> dict[str, Any]:
    dimension_names = {d["id"]: d["name"] for d in data["dimensions"]}
    return {
        "name": data["name"], "organisation": data["organisation"]["name"],
        "cumulative": data.get("cumulative", True), "description": data.get("description"),
        "scale": data.get("proficiency_scale"), "glossary": data.get("glossary"),
        "dimensions": [(d["name"], d.get("description"), [(c["name"], c.get("description"))
                                                          for c in d["competencies"]]) for d in data["dimensions"]],
        "levels": [(level.get("title"), level.get("summary"),
                    {dimension_names[k]: v for k, v in (level.get("dimensions") or {}).items()})
                   for level in data["levels"]],
    }


def _round_trip(cli, tmp_path: Path, source: Path, keep_comment: bool = True) -> dict[str, Any]:
    run = cli("render", str(source), "--format", "markdown", "-o", str(tmp_path / "md"))
    assert run.exit_code == 0, run.stderr
    (page,) = (tmp_path / "md").rglob("*.md")
    if not keep_comment:
        page.write_text(page.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    out = tmp_path / "back.yaml"
    run = cli("import", str(page), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return yaml.safe_load(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", [*FRAMEWORKS, EVERY_FIELD], ids=lambda p: p.stem)
def test_rendered_markdown_imports_back_to_the_framework(cli, tmp_path, source):
    original = yaml.safe_load(source.read_text(encoding="utf-8"))
    back = _round_trip(cli, tmp_path, source)
    assert _cells(back) == _cells(original)
    assert _texts(back) == _texts(original)


def test_sections_named_alike_are_all_read(cli, tmp_path):
    original = yaml.safe_load(AWKWARD_NAMES.read_text(encoding="utf-8"))
    back = _round_trip(cli, tmp_path, AWKWARD_NAMES)
    said = sorted(s if isinstance(s, str) else s["text"] for level in original["levels"]
                  for cell in level["competencies"].values()
                  for s in (cell if isinstance(cell, list) else cell.get("statements", [])))
    read = sorted(s if isinstance(s, str) else s["text"] for level in back["levels"]
                  for cell in level["competencies"].values()
                  for s in (cell if isinstance(cell, list) else cell.get("statements", [])))
    assert read == said
    assert [level["title"] for level in back["levels"]] == [level["title"] for level in original["levels"]]


def test_without_its_first_line_comment(cli, tmp_path):
    original = yaml.safe_load(EVERY_FIELD.read_text(encoding="utf-8"))
    back = _round_trip(cli, tmp_path, EVERY_FIELD, keep_comment=False)
    assert _cells(back) == _cells(original)
    assert _texts(back) == _texts(original)


def test_a_ladder_of_one_level(cli, tmp_path, write):
    source = write("one.yaml", "ladderlint: 1\nid: one\nname: One\ntrack: Engineering\nversion: 1.0.0\n"
                               "organisation:\n  name: Acme\ndimensions:\n- id: craft\n  name: Craft\n"
                               "  competencies:\n  - id: code\n    name: Code\nlevels:\n- id: L1\n  title: Engineer\n"
                               "  competencies:\n    code:\n    - I write code.\n    - I write tests.\n")
    back = _round_trip(cli, tmp_path, source)
    assert _cells(back) == {"Engineer": {"Code": {"statements": [("I write code.", ()), ("I write tests.", ())],
                                                   "note": None, "proficiency": None, "not_applicable": None}}}
    assert back["organisation"]["name"] == "Acme"


@pytest.mark.parametrize("document", [
    CORPORA / "monzo-progression-framework" / "frameworks" / "engineering" / "backend.md",
    CORPORA / "codecademy-engineering-competencies" / "README.md",
    CORPORA / "engineering-ladders" / "Developer.md",
], ids=lambda p: p.parent.name)
def test_an_imported_framework_round_trips(cli, tmp_path, document):
    """What import made of a company's document (a description with headings
    and lists, examples under statements) reads back from its rendered page."""
    source = tmp_path / "imported.yaml"
    run = cli("import", str(document), "-o", str(source), "--no-check")
    assert run.exit_code == 0, run.stderr
    original = yaml.safe_load(source.read_text(encoding="utf-8"))
    back = _round_trip(cli, tmp_path, source)
    assert _cells(back) == _cells(original)
    assert _texts(back) == _texts(original)


@pytest.mark.parametrize("keep_comment", [True, False], ids=["with comments", "without comments"])
def test_a_frameworks_only_dimension_without_a_heading_reads_back(cli, tmp_path, write, keep_comment):
    """Render gives no heading to a framework's only dimension named as a
    container ('Topics'): its name is in a comment, and its competencies are
    read under each level all the same; a wiki that drops the comments
    gets the name import gives such a dimension."""
    source = write("topics.yaml", "ladderlint: 1\nid: one\nname: One\ntrack: Engineering\nversion: 1.0.0\n"
                                  "organisation:\n  name: Acme\ndimensions:\n- id: topics\n  name: Topics\n"
                                  "  competencies:\n  - id: code\n    name: Code\n  - id: review\n    name: Review\n"
                                  "levels:\n- id: L1\n  title: Engineer\n  summary: Writes code.\n"
                                  "  competencies:\n    code:\n    - I write code.\n"
                                  "    review:\n      not_applicable: Not yet.\n"
                                  "- id: L2\n  title: Senior Engineer\n  competencies:\n    code:\n    - I write tests.\n"
                                  "    review:\n    - I review code.\n")
    original = yaml.safe_load(source.read_text(encoding="utf-8"))
    run = cli("render", str(source), "--format", "markdown", "-o", str(tmp_path / "md"))
    assert run.exit_code == 0, run.stderr
    page = tmp_path / "md" / "one.md"
    if not keep_comment:
        page.write_text(re.sub(r"<!--.*?-->\n?", "", page.read_text(encoding="utf-8")), encoding="utf-8")
    assert "Topics" not in page.read_text(encoding="utf-8").split("## Changelog")[0].replace("<!-- dimension: Topics -->", "")
    run = cli("import", str(page), "-o", str(tmp_path / "back.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    back = yaml.safe_load((tmp_path / "back.yaml").read_text(encoding="utf-8"))
    assert _cells(back) == _cells(original)
    assert [level.get("summary") for level in back["levels"]] == ["Writes code.", None]
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in back["dimensions"]] == \
        [("Topics" if keep_comment else "Competencies", ["Code", "Review"])]
