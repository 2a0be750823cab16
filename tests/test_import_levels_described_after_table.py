"""`ladderlint import`: a table of levels, then a section per level under a
heading that names it ('### IC1 Software Engineer' over a paragraph), as a
docs site writes a role's page: the sections give the levels their titles
and summaries."""

from __future__ import annotations

from import_helpers import imported

_TABLE = """<table>
<thead><tr><th>Level</th><th>Scope</th><th>Impact</th></tr></thead>
<tbody>
<tr><td>IC1</td><td>Individual tasks and features</td><td>Team-level impact</td></tr>
<tr><td>IC2</td><td>Medium-sized projects</td><td>Team-level impact</td></tr>
<tr><td>IC3</td><td>Complex systems</td><td>Multiple team impact</td></tr>
</tbody></table>
"""


def _page(after: str) -> str:
    return ("<!DOCTYPE html><html><head><title>SWE</title></head><body><h1>Software Engineer</h1>"
            f"<h2>Career Levels</h2>\n{_TABLE}{after}</body></html>")


_SECTIONS = """<h3>IC1 Software Engineer</h3>
<p>IC1 Software Engineer is the entry-level position. They learn under guidance.</p>
<h3>IC2 Software Engineer</h3>
<p>IC2 Software Engineer works independently on medium-sized projects.</p>
<h3>IC3 Software Engineer</h3>
<p>IC3 Software Engineer leads the design of complex systems.</p>
"""


def test_sections_after_the_table_give_titles_and_summaries(cli, tmp_path):
    page = tmp_path / "swe.html"
    page.write_text(_page(_SECTIONS), encoding="utf-8")
    data, run = imported(cli, page, "--org", "TTech", "--report", "-")
    levels = data["levels"]
    assert [lv["id"] for lv in levels] == ["IC1", "IC2", "IC3"]
    assert [lv["title"] for lv in levels] == ["IC1 Software Engineer", "IC2 Software Engineer",
                                              "IC3 Software Engineer"]
    assert levels[0]["summary"] == "IC1 Software Engineer is the entry-level position. They learn under guidance."
    assert levels[2]["summary"] == "IC3 Software Engineer leads the design of complex systems."
    assert "not placed: outside the tables of the ladder: IC1" not in run.output
    assert "sums it up: their summaries" in run.output


def test_sections_after_a_markdown_table_too(cli, tmp_path):
    page = tmp_path / "swe.md"
    page.write_text("# Software Engineer\n\n| Level | Scope | Impact |\n|---|---|---|\n"
                    "| IC1 | Individual tasks | Team-level impact |\n| IC2 | Medium projects | Team-level impact |\n\n"
                    "### IC1 Software Engineer\n\nThe entry-level position.\n\n"
                    "### IC2 Software Engineer\n\nThe mid-level position.\n", encoding="utf-8")
    data, _ = imported(cli, page, "--org", "TTech")
    assert [(lv["id"], lv["title"], lv.get("summary")) for lv in data["levels"]] == [
        ("IC1", "IC1 Software Engineer", "The entry-level position."),
        ("IC2", "IC2 Software Engineer", "The mid-level position.")]


def test_one_heading_naming_a_level_is_no_run_of_sections(cli, tmp_path):
    # Near-miss: a lone heading after the table that happens to name a level stays out, as before.
    page = tmp_path / "swe.html"
    page.write_text(_page("<h3>IC1 Software Engineer</h3><p>Ask your manager about IC1.</p>"
                          "<h3>Next steps</h3><p>Talk to your manager.</p>"), encoding="utf-8")
    data, run = imported(cli, page, "--org", "TTech", "--report", "-")
    assert [lv["title"] for lv in data["levels"]] == ["IC1", "IC2", "IC3"]
    assert all("summary" not in lv for lv in data["levels"])
    assert "not placed: outside the tables of the ladder: IC1 Software Engineer" in run.output


def test_sections_with_lists_are_not_summaries(cli, tmp_path):
    # Near-miss: sections that list things under each level are not a paragraph that sums it up.
    page = tmp_path / "swe.html"
    page.write_text(_page("<h3>IC1 Software Engineer</h3><ul><li>Fixes bugs</li></ul>"
                          "<h3>IC2 Software Engineer</h3><ul><li>Designs features</li></ul>"), encoding="utf-8")
    data, _ = imported(cli, page, "--org", "TTech")
    assert all("summary" not in lv for lv in data["levels"])
