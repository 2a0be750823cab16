"""`ladderlint import` recognises the layout of a ladder, by evidence: each
layout on a small document written for the test (a passing and a failing
case), the steering options, tracks, and the input kinds (HTML, Markdown,
CSV, XLSX, DOCX)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES
from ladderlint.loader import load_document

OFFICE = FIXTURES / "office"


def imported(cli, path: Path, *args: str) -> tuple[dict[str, Any], Any]:
    out = path.parent / f"{path.stem}-out.yaml"
    run = cli("import", str(path), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


def cells(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    return {level["id"]: {k: list(v) for k, v in level["competencies"].items()} for level in data["levels"]}


# --- the document tree -------------------------------------------------------------


def test_html_with_omitted_end_tags_is_one_table_of_three_by_three(cli, write):
    page = ("<h1>Acme Career Framework</h1><table><tr><th>Competency<th>Junior<th>Senior"
            "<tr><td>Delivery<td>Ships tasks<td>Leads projects"
            "<tr><td>Craft &amp; quality<td>Writes tests<td>Designs systems</table>")
    data, run = imported(cli, write("ladder.html", page))
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Senior"]
    assert cells(data)["junior"] == {"delivery": ["Ships tasks"], "craft-and-quality": ["Writes tests"]}
    assert ": layout: levels-as-columns: the table on line 1 names 2 levels in its header row" in run.stderr


def test_markdown_front_matter_gives_name_and_description(cli, write):
    text = ("---\ntitle: Acme Engineering Ladder\ndescription: How we grow\n---\n\n# Ladder\n\nIntro words here.\n\n"
            "## L1\n\n### Coding\n\n- Writes code\n\n## L2\n\n### Coding\n\n- Designs code\n")
    data, run = imported(cli, write("ladder.md", text))
    assert data["organisation"] == {"name": "Acme"} and data["description"] == "How we grow"
    assert "text before the first level: Intro words here." in run.stderr


def test_html_chrome_is_reported_not_read(cli, write):
    page = """<html><head><title>Careers | Acme</title></head><body>
<header><a href="/">Home</a></header>
<div class="cookie-banner">We use cookies</div>
<div class="toc"><a href="a.html">L1 page</a> <a href="b.html">L2 page</a> <a href="c.html">L3 page</a></div>
<main><h1>Platform Ladder</h1><h2>L1</h2><h3>Coding</h3><ul><li>Writes code</li></ul>
<h2>L2</h2><h3>Coding</h3><ul><li>Designs code</li></ul></main>
<footer>&copy; 2024 Acme Inc.</footer></body></html>"""
    data, run = imported(cli, write("ladder.html", page))
    assert data["organisation"] == {"name": "Acme"}  # from the page title
    for reason in ("page header", "cookie banner", "block of links (navigation)", "page footer"):
        assert f"not placed: {reason}, not part of the ladder" in run.stderr
    assert sum(len(v) for lv in data["levels"] for v in lv["competencies"].values()) == 2


# --- layouts ---------------------------------------------------------------------------


def test_level_per_section_bullets_under_a_level_are_one_competency(cli, write):
    text = "# Acme Career Ladder\n\n## D1 - Developer 1\n\n* **Adopts**: learns tools\n* **Learns**: asks\n\n" \
           "## D2 - Developer 2\n\n* **Designs**: designs features\n"
    data, run = imported(cli, write("dev.md", text))
    assert [lv["id"] for lv in data["levels"]] == ["D1", "D2"]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Expectations"]
    # The bold label is structure: the statement reads as a reader sees it.
    assert cells(data)["D1"]["expectations"] == ["Adopts: learns tools", "Learns: asks"]
    assert "layout: level-per-section: 2 headings at depth 2 name levels (D1 - Developer 1, D2 - Developer 2)" in run.stderr


def test_navigation_table_is_not_the_progression_table(cli, write):
    text = ("# Developer\n\n| Level | Senior | Position |\n| --- | --- | --- |\n| 1 | No | [D1](#d1) |\n"
            "| 2 | No | [D2](#d2) |\n| 3 | Yes | [D3](#d3) |\n\n## D1\n\n- writes code\n\n## D2\n\n- designs code\n\n"
            "## D3\n\n- leads\n")
    data, run = imported(cli, write("dev.md", text), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["D1", "D2", "D3"]
    assert "layout: level-per-section: 3 headings at depth 2 name levels" in run.stderr


def test_labelled_paragraphs_are_competencies(cli, write):
    text = ("# Acme Career Framework\n\n## Junior Engineer\n\nDelivers tasks.\n\n"
            "**Technical skills:** writes clean code\n\n**Communication** - shares progress\n\n"
            "## Senior Engineer\n\n**Technical skills:** designs systems\n")
    data, _ = imported(cli, write("l.md", text))
    assert cells(data)["junior-engineer"] == {"technical-skills": ["writes clean code"],
                                              "communication": ["shares progress"]}
    assert data["levels"][0]["summary"] == "Delivers tasks."


def test_sub_levels_are_levels_not_dimensions(cli, write):
    text = ("# Acme Career Framework\n\n## Senior Engineer\n\n"
            "### Senior Engineer I\n\n#### Coding\n\n- designs\n\n### Senior Engineer II\n\n#### Coding\n\n- architects\n")
    data, run = imported(cli, write("sub.md", text))
    assert [lv["title"] for lv in data["levels"]] == ["Senior Engineer I", "Senior Engineer II"]
    assert [d["id"] for d in data["dimensions"]] == ["competencies"]
    assert "Senior Engineer: not placed" not in run.stderr


def test_levels_as_rows(cli, write):
    page = """<h1>Acme Career Framework</h1><table>
<tr><th>Level</th><th>Title</th><th>Delivery</th><th>People</th></tr>
<tr><td>M2</td><td>Engineering Manager 1</td><td><ul><li>Runs a team</li></ul></td><td>Hires well</td></tr>
<tr><td>M3</td><td>Engineering Manager 2</td><td>Runs two teams</td><td>Grows leads</td></tr></table>"""
    data, run = imported(cli, write("m.html", page))
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("M2", "Engineering Manager 1"),
                                                                  ("M3", "Engineering Manager 2")]
    assert cells(data)["M2"] == {"delivery": ["Runs a team"], "people": ["Hires well"]}
    assert "layout: levels-as-rows" in run.stderr


def test_proficiency_matrix_levels_are_the_proficiencies(cli, write):
    text = ("# Acme Skills Matrix\n\n| Skill | Beginner | Intermediate | Advanced | Expert |\n|---|---|---|---|---|\n"
            "| Testing | Writes unit tests | Tests services | Designs test strategy | Sets testing standards |\n"
            "| SQL | Reads queries | Writes joins | Tunes queries | Designs schemas |\n")
    data, run = imported(cli, write("m.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Beginner", "Intermediate", "Advanced", "Expert"]
    assert cells(data)["beginner"] == {"testing": ["Writes unit tests"], "sql": ["Reads queries"]}
    assert "layout: proficiency-matrix" in run.stderr


def test_empty_no_break_space_cells_are_not_statements(cli):
    data, _ = imported(cli, OFFICE / "acme-platform.csv", "--org", "Acme")
    assert "operations" not in cells(data)["engineer-i"]


def test_weak_evidence_is_said_and_steering_decides(cli, write):
    text = "# Acme Career Framework\n\n## Alpha\n\n### Coding\n\n- a\n\n## Beta\n\n### Coding\n\n- b\n"
    data, run = imported(cli, write("w.md", text))
    assert [lv["title"] for lv in data["levels"]] == ["Alpha", "Beta"]
    assert "the evidence for layout level-per-section is weak" in run.stderr and "--layout" in run.stderr
    flat = "# Acme Career Framework\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n"
    path = write("flat.md", flat)
    assert cli("import", str(path)).exit_code == 2  # nothing says what the levels are
    data, run = imported(cli, path, "--layout", "level-per-section", "--level-heading", "h2")
    assert [lv["title"] for lv in data["levels"]] == ["Alpha", "Beta"]
    assert "--level-heading h2: 2 headings" in run.stderr


def test_competency_heading_steering(cli, write):
    text = "# Acme Career Framework\n\n## L1\n\n### Craft\n\n- a\n\n## L2\n\n### Craft\n\n- b\n"
    data, _ = imported(cli, write("s.md", text), "--dimension-heading", "h3")
    assert [d["name"] for d in data["dimensions"]] == ["Craft"]


# --- tracks ----------------------------------------------------------------------------


def site_page(title: str, group: str, others: str = "") -> str:
    return f"""<html><head><title>Acme Engineering Career Framework</title></head><body>
<div id="toc"><h1>{group}</h1><a href="{title.lower().replace(' ', '_')}.html">{title}</a>
<a href="x.html">one</a> <a href="y.html">two</a> <a href="z.html">three</a>{others}</div>
<div><h1>{title}</h1><p><strong>Delivery</strong></p><ul><li>{title} delivers</li></ul></div></body></html>"""


def test_split_tracks_needs_a_directory(cli, write, tmp_path):
    path = write("a.md", "# Acme Career Ladder\n\n## L1\n\n### A\n\n- x\n")
    run = cli("import", str(path), "--split-tracks")
    assert run.exit_code == 2 and "name their directory with -o DIR" in run.stderr
    run = cli("import", str(path), "--split-tracks", "-o", str(tmp_path / "d"), "--id", "x")
    assert run.exit_code == 2 and "--split-tracks writes one per track" in run.stderr


# --- spreadsheets and Word documents -----------------------------------------------------


LADDER = {
    "engineer-i": {"delivery": ["Ships small, well-tested changes"], "collaboration": ["Asks for help early"]},
    "engineer-ii": {"delivery": ["Plans and ships features", "Breaks work into milestones"],
                    "collaboration": ["Reviews code with care"], "operations": ["Joins the on-call rotation"]},
    "senior-engineer": {"delivery": ["Leads projects across teams"], "collaboration": ["Mentors engineers on the team"],
                        "operations": ["Improves the team's incident process"]},
}


@pytest.mark.parametrize("name, layout", [("acme-platform.csv", "levels-as-columns"),
                                          ("acme-platform.xlsx", "levels-as-rows"),
                                          ("acme-platform.docx", "level-per-section")])
def test_office_ladders_import(cli, tmp_path, name, layout):
    source = tmp_path / name
    source.write_bytes((OFFICE / name).read_bytes())
    data, run = imported(cli, source, "--org", "Acme")
    assert cells(data) == LADDER
    assert f"layout: {layout}" in run.stderr


@pytest.mark.parametrize("name, extra", [("acme-platform.xlsx", "xlsx"), ("acme-platform.docx", "docx")])
def test_missing_extra_is_named(cli, monkeypatch, tmp_path, name, extra):
    module = {"xlsx": "openpyxl", "docx": "mammoth"}[extra]
    monkeypatch.setitem(sys.modules, module, None)  # `import openpyxl` now raises ImportError
    source = tmp_path / name
    source.write_bytes((OFFICE / name).read_bytes())
    run = cli("import", str(source), "--org", "Acme")
    assert run.exit_code == 2 and "Traceback" not in run.stderr
    assert f"pip install 'ladderlint[{extra}]'" in run.stderr


def test_a_damaged_workbook_is_a_clear_failure(cli, write):
    path = write("broken.xlsx", b"PK\x03\x04 not really a workbook")
    run = cli("import", str(path))
    assert run.exit_code == 2 and "cannot read the workbook" in run.stderr


# --- the command line and the library agree ----------------------------------------------


def test_cli_choices_are_the_librarys():
    from ladderlint.cli import import_ as command
    from ladderlint.importers import FORMATS, HEADING_NAMES, LAYOUTS

    assert sorted(command.FORMAT_CHOICES) == sorted(("auto",) + FORMATS)
    assert sorted(command.LAYOUT_CHOICES) == sorted(LAYOUTS)
    assert sorted(command.HEADING_CHOICES) == sorted(HEADING_NAMES)


def test_check_start_up_loads_no_document_parser():
    code = (
        "import sys\nfrom ladderlint.cli import main\nfrom ladderlint.checker import check_paths\n"
        "print(','.join(m for m in ('lxml', 'markdown_it', 'openpyxl', 'mammoth', 'ladderlint.importers')"
        " if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""
