"""Bullets whose text is wholly in bold, each over nested bullets, under a
dimension's heading ('### Results' over '- **Impact:**' over '  - Delivers
small tasks'): each title is a competency of that dimension, its nested
bullets the statements; never statements of their own. Ladderlint's own
`render --format markdown` writes levels so, and imports back to the same
framework."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import by_name, imported
from ladderlint.loader import load_document

ROOT = Path(__file__).resolve().parent.parent


def _page(title: str, html: bool = False) -> str:
    """Two levels, each with dimensions Results (Impact, Ownership) and
    Craft (Code), the competencies written as bullets titled by ``title``
    ('{}' stands for the name)."""
    levels = [("Engineer I", ["Delivers small tasks", "Fixes bugs"], ["Follows through"], ["Writes clean code"]),
              ("Engineer II", ["Delivers features"], ["Owns a service"], ["Reviews code"])]
    if html:
        def group(name: str, statements: list[str]) -> str:
            said = "".join(f"<li>{s}</li>" for s in statements)
            return f"<li><strong>{name}</strong><ul>{said}</ul></li>"
        body = "".join(f"<h2>{level}</h2><h3>Results</h3><ul>{group('Impact', impact)}{group('Ownership', owns)}"
                       f"</ul><h3>Craft</h3><ul>{group('Code', code)}</ul>"
                       for level, impact, owns, code in levels)
        return f"<html><body><h1>Acme Ladder</h1>{body}</body></html>"

    def listed(name: str, statements: list[str]) -> str:
        return title.format(name) + "\n" + "".join(f"  - {s}\n" for s in statements)
    return "# Acme Ladder\n\n" + "".join(
        f"## {level}\n\n### Results\n\n{listed('Impact', impact)}{listed('Ownership', owns)}\n"
        f"### Craft\n\n{listed('Code', code)}\n"
        for level, impact, owns, code in levels)


EXPECTED = {
    "Engineer I": {"Impact": ["Delivers small tasks", "Fixes bugs"], "Ownership": ["Follows through"],
                   "Code": ["Writes clean code"]},
    "Engineer II": {"Impact": ["Delivers features"], "Ownership": ["Owns a service"], "Code": ["Reviews code"]},
}


@pytest.mark.parametrize("title", ["- **{}:**", "- **{}**", "- **{}**:"])
def test_bold_titles_under_a_dimension_heading_are_its_competencies(cli, write, title):
    data, _ = imported(cli, write("ladder.md", _page(title)))
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == \
        [("Results", ["Impact", "Ownership"]), ("Craft", ["Code"])]
    assert by_name(data) == EXPECTED


def test_bold_titles_in_an_html_list_under_a_dimension_heading(cli, write):
    data, _ = imported(cli, write("ladder.html", _page("", html=True)))
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == \
        [("Results", ["Impact", "Ownership"]), ("Craft", ["Code"])]
    assert by_name(data) == EXPECTED


def _cells(data: dict) -> dict:
    """Level id -> competency name -> statements' texts, or the reason it does not apply."""
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    found = {}
    for level in data["levels"]:
        for cid, cell in level["competencies"].items():
            if isinstance(cell, dict) and "not_applicable" in cell:
                said = ("not applicable", cell["not_applicable"].rstrip("."))
            else:
                statements = cell["statements"] if isinstance(cell, dict) else cell
                said = ([s if isinstance(s, str) else s["text"] for s in statements],
                        cell.get("note") if isinstance(cell, dict) else None)
            found[(level["id"], names[cid])] = said
    return found


@pytest.mark.parametrize("framework", sorted((ROOT / "frameworks").glob("*.yaml")), ids=lambda p: p.stem)
def test_a_rendered_markdown_page_imports_back_to_its_framework(cli, tmp_path, framework):
    """Levels, dimensions, competencies, statements, notes and cells that do
    not apply come back; render's own text (the contents, what is new at
    each level, the tables side by side, the changelog) is reported."""
    run = cli("render", str(framework), "--format", "markdown", "-o", str(tmp_path / "site"))
    assert run.exit_code == 0, run.stderr
    page = next((tmp_path / "site").glob("*.md"))
    data, _ = imported(cli, page)
    original = load_document(str(framework), framework.read_bytes()).data
    assert [level["id"] for level in data["levels"]] == [level["id"] for level in original["levels"]]
    for back, level in zip(data["levels"], original["levels"]):
        assert back["title"] in level["title"]
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == \
        [(d["name"], [c["name"] for c in d["competencies"]]) for d in original["dimensions"]]
    assert _cells(data) == _cells(original)
