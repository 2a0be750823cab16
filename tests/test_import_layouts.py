"""`ladderlint import` recognises the layout of a ladder, by evidence: each
layout on a small document written for the test (a passing and a failing
case), the steering options, tracks, and the input kinds (HTML, Markdown,
CSV, XLSX, DOCX)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPORA, FIXTURES
from import_helpers import cells, imported
from ladderlint.loader import load_document

OFFICE = FIXTURES / "office"




# --- the document tree -------------------------------------------------------------


def test_html_with_omitted_end_tags_is_one_table_of_three_by_three(cli, write):
    page = ("<h1>Acme Career Framework</h1><table><tr><th>Competency<th>Junior<th>Senior"
            "<tr><td>Delivery<td>Ships tasks<td>Leads projects"
            "<tr><td>Craft &amp; quality<td>Writes tests<td>Designs systems</table>")
    data, run = imported(cli, write("ladder.html", page))
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Senior"]
    assert cells(data)["junior"] == {"delivery": ["Ships tasks"], "craft-and-quality": ["Writes tests"]}
    # The page's one heading names the framework; it is not a dimension of the table under it.
    assert (data["name"], data["organisation"]) == ("Acme Career Framework", {"name": "Acme"})
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    # Written on one line, the page is read a block a line, and the report says so.
    assert ": layout: levels-as-columns: the table on line 2 names 2 levels in its header row" in run.stderr
    assert "ladder.html:1: layout: the page writes several blocks on one line (minified, as exports and site " \
           "generators do): the report counts each of its blocks as a line" in run.stderr


def test_html_inside_a_markdown_heading_is_left_out_of_its_text(cli, write):
    text = ('# Acme Design Roles\n\n## <a id="top"></a>\n\n## <a id="designer"></a>Product Designer\n\n### Craft\n'
            'Lays out pages.\n\n'
            '## <a id="senior"></a>Senior Product <span class="x">Designer</span>\n\n### Craft\nTeaches layout.\n')
    data, _ = imported(cli, write("roles.md", text), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("product-designer", "Product Designer"), ("senior-product-designer", "Senior Product Designer")]
    assert data["track"] == "Product Designer"


@pytest.mark.parametrize("mark", ["#", "¶", "§", ""])
def test_a_headings_link_to_itself_is_not_part_of_its_title(cli, write, mark):
    page = (f'<h1>Acme Ladder</h1><h2 id="e1">Engineer I <a href="#e1">{mark}</a></h2><ul><li>Ships tasks</li></ul>'
            f'<h2 id="e2">Engineer II <a class="direct-link" href="#e2"><span>{mark}</span></a></h2>'
            '<ul><li>Leads projects, see <a href="#e1">Engineer I</a></li></ul>')
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Engineer I", "Engineer II"]
    assert cells(data)["engineer-ii"] == {"expectations": ["Leads projects, see Engineer I"]}


def test_a_page_written_on_one_line_is_read_block_by_block(cli, write):
    """A minified page: every block on line 1 is still in its order."""
    page = ("<html><head><title>Acme</title></head><body><h1>Junior Engineer</h1><p>Learns the craft.</p>"
            "<h2>Delivery</h2><ul><li>Ships tasks</li><li>Writes tests</li></ul></body></html>")
    data, run = imported(cli, write("junior.html", page), "--org", "Acme")
    assert data["levels"][0]["summary"] == "Learns the craft."
    assert cells(data) == {"junior-engineer": {"delivery": ["Ships tasks", "Writes tests"]}}
    assert ": not placed:" not in run.stderr and "(minified," in run.stderr


def test_markdown_front_matter_gives_name_and_description(cli, write):
    text = ("---\ntitle: Acme Engineering Ladder\ndescription: How we grow\n---\n\n# Ladder\n\nIntro words here.\n\n"
            "## L1\n\n### Coding\n\n- Writes code\n\n## L2\n\n### Coding\n\n- Designs code\n")
    data, run = imported(cli, write("ladder.md", text))
    # The front matter's tagline opens the description; the page's own introduction goes on with it.
    assert data["organisation"] == {"name": "Acme"} and data["description"] == "How we grow\n\nIntro words here."
    assert "Intro words here." not in run.stderr


def test_a_track_taken_from_the_title_says_what_it_was_taken_to_be(cli, write):
    text = "# Debugging\n\n## Level 1\n\n- Reads stack traces\n\n## Level 2\n\n- Uses a debugger\n"
    data, run = imported(cli, write("d.md", text), "--org", "Acme")
    # 'Debugging' names a skill, no role or discipline: the default track, the word passed over said.
    assert data["track"] == "Engineering"
    assert "review: the documents do not name the track (set it with --track); it is taken to be (the title's " \
           "'Debugging' names no role or discipline): Engineering" in run.stderr
    data, run = imported(cli, write("p.md", text.replace("# Debugging", "# Platform")), "--org", "Acme")
    assert data["track"] == "Platform"
    assert "it is taken to be: Platform" in run.stderr


@pytest.mark.parametrize("title, track", [("Engineer's Path", "Engineer's"), ("Engineer\u2019s Path", "Engineer\u2019s"),
                                          ("Front-end Ladder", "Front-end"), ("SRE Ladder", "SRE")])
def test_a_track_that_names_a_role_in_a_possessive_or_hyphenated_word_is_kept(cli, write, title, track):
    text = f"# {title}\n\n## Level 1\n\n- Reads stack traces\n\n## Level 2\n\n- Uses a debugger\n"
    data, run = imported(cli, write("d.md", text), "--org", "Acme")
    # "Engineer's" is the role's noun, "Front-end" one field: the title names a discipline.
    assert data["track"] == track and f"it is taken to be: {track}" in run.stderr


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


@pytest.mark.parametrize("layout", ["bullets", "paragraphs"])
def test_a_labelled_text_keeps_its_spaces_for_check_to_see(cli, write, layout):
    # inDrive's '* **Delivery Process**: Seeks feedback  from the team.'
    mark = "* " if layout == "bullets" else ""
    text = (f"# Acme Ladder\n\n## Junior Engineer\n\n{mark}**Delivery**: Seeks feedback  from the team.\n\n"
            f"{mark}**Ownership**: Ensures tasks\nare deployed.\n\n## Senior Engineer\n\n"
            f"{mark}**Delivery**: Owns delivery.\n\n{mark}**Ownership**: Ensures features are deployed.\n")
    data, _ = imported(cli, write("l.md", text), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"delivery": ["Seeks feedback  from the team."],
                                              "ownership": ["Ensures tasks are deployed."]}


def test_sub_levels_are_levels_not_dimensions(cli, write):
    text = ("# Acme Career Framework\n\n## Senior Engineer\n\n"
            "### Senior Engineer I\n\n#### Coding\n\n- designs\n\n### Senior Engineer II\n\n#### Coding\n\n- architects\n")
    data, run = imported(cli, write("sub.md", text))
    assert [lv["title"] for lv in data["levels"]] == ["Senior Engineer I", "Senior Engineer II"]
    assert [d["id"] for d in data["dimensions"]] == ["competencies"]
    assert "Senior Engineer: not placed" not in run.stderr


def test_a_column_of_groups_before_the_competencies(cli, write):
    """Area | Competency | levels: the areas are dimensions, a blank area is
    the one above it (merged cells); a column that names no level is reported."""
    text = ("Area,Competency,Engineer I,Notes,Engineer II\nCraft,Coding,Writes code,see the wiki,Writes clean code\n"
            ",Testing,Writes tests,,Designs tests\nPeople,Mentoring,,,Helps peers\n")
    data, run = imported(cli, write("areas.csv", text), "--org", "Acme", "--report", "-")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Coding", "Testing"]), ("People", ["Mentoring"])]
    assert cells(data)["engineer-ii"] == {"coding": ["Writes clean code"], "testing": ["Designs tests"],
                                          "mentoring": ["Helps peers"]}
    for header in ("Area", "Competency", "Notes"):
        assert f"areas.csv:1: not placed: table column header, not content: {header}" in run.output
    assert "areas.csv:2: not placed: in column 'Notes', which names no level: see the wiki" in run.output


@pytest.mark.parametrize("groups", [False, True])
def test_a_competencys_row_left_blank_is_a_competency_no_level_describes(cli, write, groups):
    """Iberia's matrix: rows that only name a competency, between filled
    ones, are competencies not yet filled in (reported, for check's LL405),
    not groups of the rows below; groups, named before their competencies,
    still are."""
    people = "| **People** | | |\n" if groups else ""
    text = ("# Acme Matrix\n\n| Skill | Junior | Senior |\n| --- | --- | --- |\n"
            + ("| **Craft** | | |\n" if groups else "")
            + "| Softskill | Team player | Coaching others |\n| Leadership | | |\n| Stakeholders | | |\n"
            + people + "| SQL | Writes simple queries | Tunes slow queries |\n")
    data, run = imported(cli, write("matrix.md", text), "--org", "Acme")
    if groups:
        assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
            ("Craft", ["Softskill", "Leadership", "Stakeholders"]), ("People", ["SQL"])]
    else:
        assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
            ("Competencies", ["Softskill", "Leadership", "Stakeholders", "SQL"])]
    assert cells(data)["senior"] == {"softskill": ["Coaching others"], "sql": ["Tunes slow queries"]}
    for line, name in ((6 + groups, "Leadership"), (7 + groups, "Stakeholders")):
        assert f"matrix.md:{line}: review: the row of '{name}' fills in no level: a competency no level describes " \
               "yet; fill it in, or leave it out" in run.stderr
    assert run.stderr.count(": not placed: ") == 1  # the header of the column of names


def test_a_column_of_groups_in_merged_cells(cli, write):
    page = """<html><head><title>Career Ladder - Acme</title></head><body><h1>Engineering Ladder</h1>
<table><thead><tr><th>Area<th>Competency<th>Junior<th>Mid<th>Senior</thead><tbody>
<tr><td rowspan="2">Craft<td>Coding<td><ul><li>Writes code</ul><td><ul><li>Writes clean code<li>Refactors</ul><td>Sets standards
<tr><td>Testing<td>Writes tests<td>Designs tests<td>Owns the test strategy
<tr><td>People<td>Mentoring<td>&nbsp;<td>Helps peers<td>Mentors engineers
</tbody></table></body></html>"""
    data, run = imported(cli, write("merged.html", page))
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Coding", "Testing"]), ("People", ["Mentoring"])]
    assert cells(data)["mid"] == {"coding": ["Writes clean code", "Refactors"], "testing": ["Designs tests"],
                                  "mentoring": ["Helps peers"]}
    # A no-break space is no statement: before the row's first one, the competency is not applicable.
    assert cells(data)["junior"]["mentoring"] == {"not_applicable": "Mentoring starts at Mid"}
    assert (data["name"], data["track"], data["organisation"]) == ("Engineering Ladder", "Engineering",
                                                                   {"name": "Acme"})
    assert "the organisation is 'Acme', from the page title 'Career Ladder - Acme'" in run.stderr


_ONE_TABLE = ("<table><tr><th>Competency<th>Junior<th>Senior</tr><tr><td>Coding<td>Writes code<td>Designs code</tr>"
              "<tr><td>Testing<td>Writes tests<td>Designs tests</tr></table>")


@pytest.mark.parametrize("title, org", [
    ("Engineering Levels - Platform Team - Confluence", None),
    ("Engineering Levels - Acme - Confluence", "Acme"),
    ("Engineering Ladder | Notion", None),
    ("Engineering Ladder - Google Docs", None),
    ("Engineering Ladder - Globex SharePoint", "Globex"),
    ("Career Ladder - Acme", "Acme"),
])
def test_the_software_a_page_is_kept_on_names_no_organisation(cli, write, title, org):
    """'... - Confluence', '... | Notion': the software's name in a page's
    title is the site, not whose the framework is; the part before it may
    still name the organisation."""
    page = f"<html><head><title>{title}</title></head><body><h1>Engineering Levels</h1>{_ONE_TABLE}</body></html>"
    data, run = imported(cli, write("levels.html", page), "--no-check")
    said = data["organisation"]["name"]
    assert said == org if org else said == "\u27e8organisation\u27e9"
    for software in ("Confluence", "Notion", "Google Docs", "SharePoint"):
        assert f"the organisation is '{software}'" not in run.stderr


def test_a_title_over_the_tracks_names_the_organisation(cli, write, tmp_path):
    """'# Engineering Levels at Widgetco' over '# Individual Contributor
    Track' and '# Manager Track': the page's title, though not its only
    heading at the top, names the framework and whose it is."""
    page = ("# Engineering Levels at Widgetco\n\nWe have two tracks.\n\n# Individual Contributor Track\n\n"
            "## Engineer I\n\n- Implements tasks.\n\n## Engineer II\n\n- Implements features.\n\n"
            "# Manager Track\n\n## Engineering Manager\n\n- Leads a team.\n\n"
            "## Senior Engineering Manager\n\n- Leads teams.\n")
    out = tmp_path / "out"
    run = cli("import", str(write("levels.md", page)), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    for path in sorted(out.glob("*.yaml")):
        data = load_document(str(path), path.read_bytes()).data
        assert data["organisation"] == {"name": "Widgetco"}
    assert "Engineering Levels at Widgetco" not in run.stderr  # placed: the title


@pytest.mark.parametrize("note", ["Note: this level is for new graduates.", "**Note:** this level is for new graduates.",
                                  "NB - this level is for new graduates.", "> **Note:** this level is for new graduates."])
def test_a_note_at_a_level_is_its_description_never_its_summary(cli, write, note):
    """A paragraph that opens with a note's label, plain, in bold or quoted,
    is set apart from the level's summary: said of the level, in its
    description, never merged into its summary nor made a competency."""
    page = (f"# Backend\n\n## Engineer\n\nWorks on defined problems.\n\n{note}\n\n### Coding\n\n- Writes tests.\n\n"
            "## Senior Engineer\n\n### Coding\n\n- Designs services.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["levels"][0]["summary"] == "Works on defined problems."
    assert cells(data)["engineer"] == {"coding": ["Writes tests."]}
    if note.startswith(">"):  # a quoted note is set apart as the page's aside: reported
        assert "ladder.md:7: not placed: " in run.stderr and "this level is for new graduates." in run.stderr
    else:
        assert data["levels"][0]["description"].endswith("this level is for new graduates.")
        assert "this level is for new graduates." not in run.stderr


@pytest.mark.parametrize("summary", ["Notes every decision in the team's log.", "Tips the balance toward delivery - always.",
                                     "Information flows both ways here."])
def test_a_summary_that_starts_with_a_word_of_a_note_stays_the_summary(cli, write, summary):
    page = (f"# Backend\n\n## Engineer\n\n{summary}\n\n### Coding\n\n- Writes tests.\n\n"
            "## Senior Engineer\n\n### Coding\n\n- Designs services.\n")
    data, _run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["levels"][0].get("summary") == summary


def test_bullets_with_no_competency_heading_are_said_once_naming_the_levels(cli, write):
    page = "# Acme Ladder\n\n" + "".join(f"## {title}\n\n- Does the work of a {title}.\n- Learns.\n\n"
                                          for title in ("Engineer I", "Engineer II", "Senior Engineer"))
    _data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert run.stderr.count("no competency heading") == 1
    assert ("ladder.md:5: review: bullets with no competency heading above them, at 3 levels: Engineer I, "
            "Engineer II, Senior Engineer\n") in run.stderr


def test_the_header_of_a_table_per_competency_is_reported_once(cli, write):
    page = "# Data Ladder\n\n" + "".join(
        f"## {name}\n\n| Level | Expectation |\n|---|---|\n| DE1 | {name} with help. |\n| DE2 | {name} alone. |\n\n"
        for name in ("Modelling", "Pipelines", "Quality"))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert len(data["levels"]) == 2
    assert run.stderr.count("table column header") == 2  # 'Level' and 'Expectation', each once
    assert ("ladder.md:5: not placed: table column header, not content, in 3 tables (lines 5, 12, 19): Level\n"
            in run.stderr)


def test_sections_after_the_levels_are_reported_as_such(cli, write):
    text = ("# Backend Engineer\n\nBackend engineers build our services.\n\n## Levels\n\n"
            "### Junior Backend Engineer\n\n- fixes bugs with help\n\n### Senior Backend Engineer\n\n"
            "- leads features\n\n## Performance Indicators\n\n- merge request rate\n")
    data, run = imported(cli, write("family.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Junior Backend Engineer", "Senior Backend Engineer"]
    assert data["track"] == "Backend Engineer" and data["description"] == "Backend engineers build our services."
    assert "family.md:5: not placed: heading above the levels, not a level itself: Levels" in run.stderr
    assert "family.md:15: not placed: section after the levels, not a level: Performance Indicators" in run.stderr
    assert "family.md:17: not placed: in section 'Performance Indicators', after the levels: merge request rate" \
        in run.stderr


def test_a_column_that_describes_the_competencies(cli, write):
    text = ('Competency,What it means,Engineer I,Engineer II\n'
            'Coding,"The craft of writing code that others can read, change and run",Writes code,Writes clean code\n'
            'Testing,"How we make sure that what we ship works and keeps working",Writes tests,Designs tests\n')
    data, _ = imported(cli, write("described.csv", text), "--org", "Acme")
    competencies = data["dimensions"][0]["competencies"]
    assert [(c["name"], c["description"][:20]) for c in competencies] == [("Coding", "The craft of writing"),
                                                                         ("Testing", "How we make sure tha")]
    assert cells(data)["engineer-i"] == {"coding": ["Writes code"], "testing": ["Writes tests"]}


def test_a_description_column_after_the_group_and_competency_columns(cli, write):
    """Area | Competency | Description | levels: the third column describes the
    competency the second names, in the group the first names, whether its
    header says so or its cells are sentences; a third column of notes is reported."""
    text = ("Dimension,Competency,Description,L1,L2\nCraft,Testing,How you test,Adds unit tests,Designs test plans\n"
            ",Coding,How you write code,Writes code,Writes clean code\nPeople,Mentoring,How you help,Learns,Helps\n")
    data, run = imported(cli, write("described.csv", text), "--org", "Acme", "--report", "-")
    assert [(d["name"], [(c["name"], c.get("description")) for c in d["competencies"]]) for d in data["dimensions"]] \
        == [("Craft", [("Testing", "How you test"), ("Coding", "How you write code")]),
            ("People", [("Mentoring", "How you help")])]
    assert cells(data)["L2"] == {"testing": ["Designs test plans"], "coding": ["Writes clean code"],
                                 "mentoring": ["Helps"]}
    assert "which names no level" not in run.output
    sentences = text.replace("Description", "About")
    for short in ("How you test", "How you write code", "How you help"):
        sentences = sentences.replace(short, f"{short} as the people who work with you every day see it")
    data, _ = imported(cli, write("sentences.csv", sentences), "--org", "Acme", "--report", "-")
    assert data["dimensions"][0]["competencies"][0]["description"] == \
        "How you test as the people who work with you every day see it"
    notes = text.replace("Description", "Notes")
    data, run = imported(cli, write("notes.csv", notes), "--org", "Acme", "--report", "-")
    assert "notes.csv:2: not placed: in column 'Notes', which names no level: How you test" in run.output


def test_a_summary_describes_each_level_in_either_orientation(cli, write):
    """A column headed Summary of a table of levels as rows, like a row so
    named of a table of levels as columns, sums up each level: no competency."""
    rows = ("# Engineering Ladder\n\n| Level | Summary | Technical | Leadership |\n|---|---|---|---|\n"
            "| Junior Engineer | Learning the basics of our craft. | Builds small features with help. | Learns from others. |\n"
            "| Senior Engineer | A dependable member of the team. | Builds features alone. | Helps new hires. |\n")
    columns = ("# Engineering Ladder\n\n| Competency | Junior Engineer | Senior Engineer |\n|---|---|---|\n"
               "| Overview | Learning the basics of our craft. | A dependable member of the team. |\n"
               "| Technical | Builds small features with help. | Builds features alone. |\n"
               "| Leadership | Learns from others. | Helps new hires. |\n")
    for name, page in (("rows.md", rows), ("columns.md", columns)):
        data, run = imported(cli, write(name, page), "--org", "Acme")
        assert [(lv["title"], lv.get("summary")) for lv in data["levels"]] == [
            ("Junior Engineer", "Learning the basics of our craft."),
            ("Senior Engineer", "A dependable member of the team.")]
        assert cells(data)["senior-engineer"] == {"technical": ["Builds features alone."], "leadership": ["Helps new hires."]}
        assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Technical", "Leadership"]
    # Alone, the column is all the table says of each level: its statements.
    alone = ("# Engineering Ladder\n\n| Level | Summary |\n|---|---|\n"
             "| Junior Engineer | Learning the basics of our craft. |\n"
             "| Senior Engineer | A dependable member of the team. |\n")
    data, _ = imported(cli, write("alone.md", alone), "--org", "Acme")
    assert cells(data)["senior-engineer"] == {"summary": ["A dependable member of the team."]}


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


def test_levels_as_rows_with_one_column_of_statements(cli, write):
    page = (
        "# Ladder\n\n| Level | Expectations |\n| --- | --- |\n"
        "| Engineer I | You fix small, well-described defects. |\n"
        "| Engineer II | You own a service end to end. |\n"
        "| Senior Engineer | You set the testing approach for your team. |\n"
    )
    data, run = imported(cli, write("ladder.md", page))
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II", "Senior Engineer"]
    assert cells(data)["engineer-ii"] == {"expectations": ["You own a service end to end."]}
    assert "layout: levels-as-rows" in run.stderr


def test_levels_as_rows_with_labelled_level_cells_and_headed_groups_of_statements(cli, write):
    """Persado's ladder: each row's first cell labels its level ('Level' 1,
    'Title', 'Experience'); the second groups its bullets under headings,
    the competencies."""
    row = (
        "<tr><td><h3>Level</h3><p>{n}</p><h3>Title</h3><p>{title}</p><h3>Experience</h3><p>{years}</p></td>"
        "<td><h3>Scope</h3><ul><li>{scope}</li></ul><h3>Craft</h3><ul><li>{craft}</li><li>I write tests.</li></ul></td></tr>"
    )
    page = (
        "<h1>Platform ladder</h1><table><tr><th>Level / Title / Years</th><th>Role and Competencies</th></tr>"
        + row.format(n=1, title="Platform Engineer", years="0-3 years", scope="I fix small defects.",
                     craft="I write readable code.")
        + row.format(n=2, title="Senior Platform Engineer", years="3-6 years", scope="I own a service.",
                     craft="I set the testing approach.")
        + "</table>"
    )
    data, _run = imported(cli, write("ladder.html", page))
    assert [(lv["id"], lv["title"], lv.get("summary")) for lv in data["levels"]] == [
        ("L1", "Platform Engineer", "Experience: 0-3 years"),
        ("L2", "Senior Platform Engineer", "Experience: 3-6 years"),
    ]
    assert cells(data)["L2"] == {"scope": ["I own a service."], "craft": ["I set the testing approach.", "I write tests."]}


def test_bullets_in_a_levels_summary_cell_are_statements_not_glued_to_the_summary(cli, write):
    """Sourcegraph's design ladder: a cell across the competencies holds the
    level's summary paragraph and a list."""
    level = (
        '<tr><th rowspan="2">{id}</th><td colspan="2"><p>{summary}</p><ul><li>{a}</li><li>{b}</li></ul></td></tr>'
        "<tr><td><ul><li>{craft}</li></ul></td><td><ul><li>{team}</li></ul></td></tr>"
    )
    page = (
        "<h1>Design levels</h1><table><tr><th>Level</th><th>Craft</th><th>Teamwork</th></tr>"
        + level.format(id="IC1", summary="Entry level.", a="Ships small designs with help", b="Learns the system",
                       craft="Uses the system", team="Asks for feedback")
        + level.format(id="IC2", summary="Independent.", a="Works with the team leads", b="Leads small projects",
                       craft="Extends the system", team="Gives feedback")
        + "</table>"
    )
    data, _run = imported(cli, write("ladder.html", page))
    ic2 = data["levels"][1]
    assert ic2["summary"] == "Independent."
    assert cells(data)["IC2"] == {"expectations": ["Works with the team leads", "Leads small projects"],
                                  "craft": ["Extends the system"], "teamwork": ["Gives feedback"]}


def test_a_heading_inside_one_cell_only_stays_a_statement(cli, write):
    page = (
        "<h1>Ladder</h1><table><tr><th>Level</th><th>Delivery</th></tr>"
        "<tr><td>Engineer I</td><td><p>Delivery Basics</p><ul><li>I ship small changes.</li></ul></td></tr>"
        "<tr><td>Engineer II</td><td><ul><li>I ship features.</li></ul></td></tr></table>"
    )
    data, _run = imported(cli, write("ladder.html", page))
    assert cells(data)["engineer-i"] == {"delivery": ["Delivery Basics", "I ship small changes."]}


def test_a_table_per_competency_with_a_column_per_proficiency(cli, write):
    """Etsy's competencies page: a heading per competency, a line of what it
    covers, then a table whose header (a <thead> with no <tr>, which a
    browser reads as a row) names only proficiencies, over one row of bullets."""
    page = "".join(
        f"### {name}\n**Example Skills:** {skills}\n<table>\n<thead><th>Beginner</th><th>Expert</th>"
        f"<th>Leading Expert</th></thead>\n<tbody><tr>" + "".join(
            f"<td><ul><li>{name} {level} one</li><li>{name} {level} two</li></ul></td>"
            for level in ("beginner", "expert", "leading")) + "</tr></tbody>\n</table>\n\n"
        for name, skills in (("Delivery", "Scoping, Testing"), ("Leadership", "Mentorship")))
    data, run = imported(cli, write("competencies.md", "# Acme Engineering Ladder\n\n" + page))
    assert [lv["title"] for lv in data["levels"]] == ["Beginner", "Expert", "Leading Expert"]
    assert [(c["name"], c.get("description")) for c in data["dimensions"][0]["competencies"]] == [
        ("Delivery", "Example Skills: Scoping, Testing"), ("Leadership", "Example Skills: Mentorship")]
    assert cells(data)["leading-expert"] == {"delivery": ["Delivery leading one", "Delivery leading two"],
                                             "leadership": ["Leadership leading one", "Leadership leading two"]}
    assert ": not placed: " not in run.stderr


def test_a_line_of_links_is_navigation_not_the_description(cli, write):
    text = ("# Acme Engineering Ladder\n[Level Progression](index.md) | [Competencies](competencies.md)\n\n"
            "How engineers grow at Acme.\n\n## L1\n\n### Craft\n\n- Writes code\n\n## L2\n\n### Craft\n\n- Designs code\n")
    data, run = imported(cli, write("index.md", text))
    assert data["description"] == "How engineers grow at Acme."
    assert "index.md:2: not placed: line of links (navigation): [Level Progression](index.md)" in run.stderr


@pytest.mark.parametrize("badges", [
    "[![License](https://img.shields.io/badge/License-CC-lightgrey.svg)](LICENSE)",
    "[![Build](https://ci.example.com/badge.svg)](https://ci.example.com) ![Version](https://img.shields.io/v.svg)",
])
@pytest.mark.parametrize("ladder", [
    "| Competency | L1 Junior | L2 Mid |\n|---|---|---|\n| Coding | Writes code that works | Writes maintainable code |\n",
    "## L1\n\n### Craft\n\n- Writes code\n\n## L2\n\n### Craft\n\n- Designs code\n",
])
def test_a_readme_line_of_badges_is_no_description(cli, write, badges, ladder):
    """A README's badges under its title are images: reported, and the
    paragraph after them describes the framework."""
    text = f"# Acme Engineering Ladder\n\n{badges}\n\nThis repository holds the ladder.\n\n{ladder}"
    data, run = imported(cli, write("README.md", text))
    assert data["description"] == "This repository holds the ladder."
    assert "README.md:3: not placed: image: [![" in run.stderr


def test_a_labelled_line_of_links_is_navigation_not_the_summary(cli, write):
    """'Job Descriptions: [A](a.md) · [B](b.md)' under a level's heading is
    the page's navigation, as the same links without the label are."""
    text = ("# Acme Engineering Ladder\n\n## L1\n\nJob Descriptions: [Engineer](job/engineer.md) · "
            "[Platform Manager](job/pm.md) · [Being an L1](being/l1.md)\n\nYou learn the craft.\n\n"
            "### Craft\n\n- Writes code\n\n## L2\n\n### Craft\n\n- Designs code\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == "You learn the craft."
    assert "ladder.md:5: not placed: line of links (navigation): Job Descriptions: [Engineer]" in run.stderr


def test_a_sentence_in_bold_after_the_last_bullets_is_a_note_not_a_statement(cli, write):
    """'**Everyone progresses at their own pace ...**' after a level's last
    bullets is set apart from them: reported, not one more expectation; a
    plain paragraph there is still a statement."""
    text = ("# Software Engineer I\n\nAs an engineer, you learn.\n\n## Impact\n\n- Ship small tasks.\n\n"
            "Fix the bugs you find.\n\n## Leadership\n\n- Be a model engineer.\n- Aim high.\n\n\n"
            "**Everyone progresses at their own pace, but we expect a promotion within two years.**\n")
    data, run = imported(cli, write("se1.md", text), "--org", "Acme")
    assert cells(data)["software-engineer-i"] == {"impact": ["Ship small tasks.", "Fix the bugs you find."],
                                                  "leadership": ["Be a model engineer.", "Aim high."]}
    assert "se1.md:17: not placed: a sentence in bold after the statements of 'Leadership', not one of them: " \
           "Everyone progresses" in run.stderr


def test_a_statement_that_names_two_links_is_a_statement(cli, write):
    text = ("# Acme\n\n## L1\n\nReads [The Pragmatic Programmer](https://a.example), [Clean Code](https://b.example).\n\n"
            "### Craft\n\n- Writes code\n\n## L2\n\n### Craft\n\n- Designs code\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"].startswith("Reads The Pragmatic Programmer (https://a.example)")
    assert "navigation" not in run.stderr


def test_a_matrix_of_proficiencies_beside_pages_of_levels_is_set_aside(cli, write):
    levels = write("index.md", "# Acme Engineering Ladder\n\n## L1\n\n### Craft\n\n- Writes code\n\n"
                               "## L2\n\n### Craft\n\n- Designs code\n")
    matrix = write("skills.md", "### Delivery\n\n| Beginner | Expert |\n| --- | --- |\n"
                                "| Ships small tasks | Sets the bar for shipping |\n")
    out = levels.parent / "ladder.yaml"
    run = cli("import", str(levels), str(matrix), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert [lv["id"] for lv in load_document(str(out), out.read_bytes()).data["levels"]] == ["L1", "L2"]
    assert "skills.md:1: not placed: a matrix of proficiencies, where the other documents describe levels" in run.stderr


MEWS_LIKE = """# Competencies

How we grow, based on a model many companies share.

## Delivery

Planning, prioritization, testing.

- **Beginner**
  - You understand scope of work before taking on tasks.
  - You verify your output by self-testing.
- **Expert**
  - You bring together the work of many teams.

## Leadership

- **Beginner**
  - You own your mistakes.
- **Expert**
  - You set the direction of the department.
  - You grow leaders.
"""


@pytest.mark.parametrize("levels_as", ["list items", "headings"])
def test_a_heading_per_competency_with_the_levels_inside(cli, write, levels_as):
    """Mews' competencies: a heading per competency, and under each the same
    levels, as list items naming a level (or as sub-headings)."""
    text = MEWS_LIKE
    if levels_as == "headings":
        text = re.sub(r"- \*\*(\w+)\*\*\n", r"### \1\n\n", text).replace("\n  - ", "\n- ")
    data, run = imported(cli, write("competencies.md", text), "--org", "Mews")
    assert [lv["title"] for lv in data["levels"]] == ["Beginner", "Expert"]
    assert [(c["name"], c.get("description")) for c in data["dimensions"][0]["competencies"]] == [
        ("Delivery", "Planning, prioritization, testing."), ("Leadership", None)]
    assert cells(data) == {
        "beginner": {"delivery": ["You understand scope of work before taking on tasks.",
                                 "You verify your output by self-testing."],
                     "leadership": ["You own your mistakes."]},
        "expert": {"delivery": ["You bring together the work of many teams."],
                   "leadership": ["You set the direction of the department.", "You grow leaders."]},
    }
    assert data["description"] == "How we grow, based on a model many companies share."
    assert "layout: competency-per-section: 2 headings (Delivery, Leadership) each hold the same levels" in run.stderr
    assert ": not placed: " not in run.stderr


LEAD_INS = """# Engineering Ladder

## Career Levels

### Junior Developer

As a Junior Developer you are learning the Initech Method.

### Senior Developer

As a Senior Developer you lead projects.

# Competencies

## Business Analysis

The ability to model our clients' needs.

### Knowledge

- Event Storming

### Capabilities

A **Junior Developer** is capable of:

- attending discovery sessions
- learning the Initech Method

A __Senior Developer__ is capable of:

- mentoring other developers

## Software Development

A **Junior Developer** is capable of:

- writing tests first

A **Senior Developer** is capable of:

- leading code reviews
"""


def test_a_level_named_in_bold_in_a_lead_in_heads_the_list_after_it(cli, write):
    """CivilCode's ladder: under each competency, 'A **Junior Developer** is
    capable of:' and a list; before them, a section that says in prose what
    each level is: the levels' summaries, not a competency."""
    data, run = imported(cli, write("ladder.md", LEAD_INS), "--org", "Initech", "--report", "-")
    assert [lv["title"] for lv in data["levels"]] == ["Junior Developer", "Senior Developer"]
    assert [lv["summary"] for lv in data["levels"]] == [
        "As a Junior Developer you are learning the Initech Method.", "As a Senior Developer you lead projects."]
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Competencies", ["Business Analysis", "Software Development"])]
    assert cells(data) == {
        "junior-developer": {"business-analysis": ["attending discovery sessions", "learning the Initech Method"],
                             "software-development": ["writing tests first"]},
        "senior-developer": {"business-analysis": ["mentoring other developers"],
                             "software-development": ["leading code reviews"]},
    }
    # The knowledge topics are not expectations: reported, not lost.
    assert "not placed: outside the competencies' levels: Event Storming" in run.output
    # Statements that say what someone is doing are in no person: the
    # summaries' 'you' is not taken for a wrong voice.
    assert "voice" not in data


@pytest.mark.parametrize("lead_in", [
    "A **Junior Developer** and a **Senior Developer** are capable of:",  # two levels: which one?
    "A **Junior Developer** is capable of the following.",  # not a lead-in to a list
    "Everyone, from a **Junior Developer** to the most experienced engineer in the team, is capable of:",
])
def test_a_paragraph_that_does_not_name_one_level_before_its_list_heads_nothing(cli, write, lead_in):
    text = LEAD_INS.replace("A **Junior Developer** is capable of:", lead_in)
    data, run = imported(cli, write("ladder.md", text), "--org", "Initech")
    assert "writing tests first" not in str(data)


def test_competencies_are_the_headings_right_above_the_levels(cli, write):
    """A data-science ladder inside an essay (kramdown markers and all): the
    competencies are the headings whose own sub-headings are the levels,
    not the parts of the essay above them."""
    text = ("# Data Science Career Ladder\n{: .no_toc }\n\nWhy a ladder.\n\n# Scope {#scope}\n\n## Mental models\n\n"
            "### Junior {: #junior}\n{: .no_toc }\nLearns the tools.\n\n### Senior\nOwns the model.\n\n"
            "# Dimensions\n\n## Impact\n\n### Junior\nShips analyses.\n\n### Senior\nChanges decisions.\n\n"
            "## Teamwork\n\n### Junior\nAsks for help.\n\n### Senior\nHelps others.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Scope", ["Mental models"]), ("Dimensions", ["Impact", "Teamwork"])]
    assert cells(data)["junior"] == {"mental-models": ["Learns the tools."], "impact": ["Ships analyses."],
                                     "teamwork": ["Asks for help."]}
    assert "no_toc" not in run.stderr


@pytest.mark.parametrize("title, organisation, track", [
    ("Acme Engineering Levels", "Acme", "Engineering"),
    ("Acme Job Levels", "Acme", "Engineering"),
    ("Acme Data Science Career Progression", "Acme", "Data Science"),
    ("Acme Competency Matrix", "Acme", "Engineering"),
    ("Backend Engineer Career Ladder", None, "Backend Engineer"),
    ("Backend Engineer Levels", None, "Backend Engineer"),
    ("Our Career Ladder", None, "Engineering"),
    # Roles and disciplines are no organisation.
    ("SRE Levels", None, "SRE"),
    ("Engineer Levels", None, "Engineer"),
    ("QA Career Progression", None, "QA"),
    ("Tech Lead Levels", None, "Tech Lead"),
    ("ML Data Science Ladder", None, "ML Data Science"),
    # ... but a discipline or a role before a weak ending names the track after an organisation.
    ("Acme Software Engineer Levels", "Acme", "Software Engineer"),
    ("Acme SRE Levels", "Acme", "SRE"),
    # A name may start with its number.
    ("1Password Software Development Career Ladder", "1Password", "Software Development"),
    ("37signals Career Ladder", "37signals", "Engineering"),
    # The ending in lower case, as a heading is typed.
    ("Acme ladder", "Acme", "Engineering"),
    ("Backend Engineer ladder", None, "Backend Engineer"),
])
def test_the_title_names_the_organisation_and_the_track(cli, write, title, organisation, track):
    text = f"# {title}\n\n## Junior\n\n- Works on tasks\n\n## Senior\n\n- Leads projects\n"
    data, run = imported(cli, write("ladder.md", text))
    assert data["track"] == track
    assert data["organisation"]["name"] == (organisation or "⟨organisation⟩")


@pytest.mark.parametrize("title", ["2024 Engineering Career Ladder", "3rd Engineering Career Ladder",
                                   "10x Engineering Career Ladder"])
def test_a_year_an_ordinal_or_a_size_before_a_title_is_no_organisation(cli, write, title):
    text = f"# {title}\n\n## Junior\n\n- Works on tasks\n\n## Senior\n\n- Leads projects\n"
    data, _run = imported(cli, write("ladder.md", text))
    assert data["organisation"]["name"] == "⟨organisation⟩"


@pytest.mark.parametrize("titles, expected", [
    (["Staff Engineer", "Senior Engineer", "Junior Engineer"], ["Junior Engineer", "Senior Engineer", "Staff Engineer"]),
    (["L3", "L2", "L1"], ["L1", "L2", "L3"]),
    # Only where every level's name says it: an order the names do not tell stays as written.
    (["Staff Engineer", "Platform Specialist", "Junior Engineer"], ["Staff Engineer", "Platform Specialist", "Junior Engineer"]),
])
def test_levels_listed_highest_first_are_imported_lowest_first(cli, write, titles, expected):
    text = "# Acme Ladder\n\n" + "".join(f"## {t}\n\n### Delivery\n\n- Work of {t}\n\n" for t in titles)
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == expected
    assert [level["competencies"]["delivery"] for level in data["levels"]] == [[f"Work of {t}"] for t in expected]
    assert ("ladder.md:3: review: the levels are listed highest first" in run.stderr) == (titles != expected)


def test_a_page_per_level_named_in_portuguese_is_one_ladder_in_order(cli, write, tmp_path):
    """'Júnior', 'Pleno', 'Sênior' are Junior, the middle rung and Senior,
    whatever order the files come in."""
    for name, title in (("a.md", "Sênior"), ("b.md", "Júnior"), ("c.md", "Pleno")):
        write(f"site/{name}", f"# {title}\n\n- Trabalho de {title}.\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [level["title"] for level in data["levels"]] == ["Júnior", "Pleno", "Sênior"]


def test_level_sections_named_in_spanish_are_levels_lowest_first(cli, write):
    titles = ["Desarrollador Sr.", "Desarrollador Semi-Senior", "Desarrollador Júnior"]
    text = "# Acme\n\n" + "".join(f"## {t}\n\n### Entrega\n\n- Trabajo de {t}\n\n" for t in titles)
    data, run = imported(cli, write("niveles.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == list(reversed(titles))
    assert data["track"] == "Desarrollador"
    assert "layout: level-per-section: 3 headings at depth 2 name levels" in run.stderr


def test_a_paragraph_wholly_in_bold_or_italics_is_read_as_its_words(cli, write):
    text = ("# Acme Ladder\n\n## Junior\n\n*Works on tasks with guidance from the team.*\n\n"
            "__Ships small changes safely to production.__\n\n- Writes tests\n\n## Senior\n\n**Owns**\n\n- Leads projects\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == ("Works on tasks with guidance from the team.\n\n"
                                            "Ships small changes safely to production.")
    assert cells(data)["senior"] == {"owns": ["Leads projects"]}  # a short bold line is still a heading
    # One emphasis with another inside is still one: its markers go.
    data, _ = imported(cli, write("inner.md", text.replace("*Works on tasks with guidance from the team.*",
                                                          "*Works on tasks with **clear** guidance.*")), "--org", "Acme")
    assert data["levels"][0]["summary"].startswith("Works on tasks with clear guidance.")
    # Two words in italics at either end are not one emphasis (the paragraph is read as ever), and are
    # written as a reader sees them.
    data, _ = imported(cli, write("two.md", text.replace("*Works on tasks with guidance from the team.*",
                                                        "*Quality* matters more than *speed*")), "--org", "Acme")
    assert data["levels"][0]["summary"].startswith("Quality matters more than speed")


def test_levels_written_in_paragraphs_only_have_a_statement_per_paragraph(cli, write):
    text = ("# Acme Levels\n\n## Junior Engineer\n\nWorks on tasks with guidance.\n\nLearns the codebase.\n\n"
            "## Senior Engineer\n\nLeads projects across the team.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data) == {"junior-engineer": {"expectations": ["Works on tasks with guidance.", "Learns the codebase."]},
                           "senior-engineer": {"expectations": ["Leads projects across the team."]}}
    assert all("summary" not in level for level in data["levels"])
    assert "ladder.md:3: review: levels written in paragraphs only" in run.stderr


def test_a_level_summary_stays_a_summary_where_the_ladder_has_statements(cli, write):
    text = ("# Acme Levels\n\n## Junior Engineer\n\nWorks on tasks with guidance.\n\n"
            "## Senior Engineer\n\nLeads projects.\n\n- Mentors others\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level.get("summary") for level in data["levels"]] == ["Works on tasks with guidance.", "Leads projects."]
    assert "paragraphs only" not in run.stderr


@pytest.mark.parametrize("opening", ['<div class="callout--note" markdown=\'1\'>', '<aside markdown="block">'])
def test_markdown_inside_an_element_marked_markdown_is_read_as_markdown(cli, write, opening):
    """kramdown reads the content of an element written with `markdown="1"`
    as Markdown: a references box after the last level, or a tip inside a
    level, is set apart from the text, reported, not statements of the
    competency before it."""
    tag = opening[1:].split()[0].rstrip(">")
    text = ("# Acme Ladder\n\n### Junior\n\n#### Craft\n\nWrites tests.\n\n### Senior\n\n#### Craft\n\n"
            f"Designs systems.\n\n{opening}\nTip: ask your manager.\n</{tag}>\n\n"
            f"{opening}\n## References\n\n- [A talk](https://example.org/talk)\n</{tag}>\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["senior"] == {"craft": ["Designs systems."]}
    assert "ladder.md:16: not placed: in a box set apart from the text (a callout): Tip: ask your manager." in run.stderr
    assert "ladder.md:20: not placed: in a box set apart from the text (a callout): References" in run.stderr
    assert "markdown=" not in run.stderr and "</" not in run.stderr


def test_the_last_row_of_a_csv_with_line_breaks_in_its_cells_is_placed(cli, write):
    text = 'Competency,Junior,Senior\nA,"one.\ntwo.","three.\nfour."\nB,"five.\nsix.","seven.\neight."\n'
    data, run = imported(cli, write("t.csv", text), "--org", "Acme")
    assert cells(data)["senior"] == {"a": ["three.", "four."], "b": ["seven.", "eight."]}
    unplaced = [line.split(": not placed: ")[1] for line in run.stderr.splitlines() if ": not placed: " in line]
    assert unplaced == ["table column header, not content: Competency"]


@pytest.mark.parametrize("table", [
    "<table>\n<thead><th>Notes</th><th>Links</th></thead>\n</table>",
    "| Notes | Links |\n| --- | --- |",
])
def test_a_dimension_with_text_and_an_empty_table_is_reported_not_a_crash(cli, write, table):
    text = f"# Senior Engineer\n\n## Craft\n\n- Writes clean code.\n\n## Delivery\n\nHow we ship.\n\n{table}\n"
    data, run = imported(cli, write("page.md", text), "--org", "Acme")
    assert cells(data) == {"senior-engineer": {"craft": ["Writes clean code."]}}
    assert "not placed: text of 'Delivery', which has no statements: How we ship." in run.stderr


def test_a_task_lists_boxes_are_not_text(cli, write):
    text = "# Acme\n\n## Junior\n\n### Craft\n\n- [ ] Writes code\n- [x] Reviews code\n- [a link](x) stays\n\n" \
           "## Senior\n\n### Craft\n\n- [ ] Designs code\n"
    data, _ = imported(cli, write("em-ladder.md", text), "--org", "Acme")
    assert cells(data)["junior"] == {"craft": ["Writes code", "Reviews code", "a link stays"]}


def test_steering_to_headings_the_document_does_not_have_says_so(cli, write):
    run = cli("import", str(write("b.md", "# X\n\n- **Beginner**\n  - Ships\n")), "-o", str(write("b.yaml", "")),
              "--layout", "level-per-section", "--level-heading", "bold")
    assert run.exit_code == 2
    # One bold item is no ladder: the message says what --level-heading bold reads.
    assert "--level-heading bold: the document has no such headings (neither lines in bold alone nor top list " \
           "items in bold over nested items)" in run.stderr


def test_a_level_only_a_later_competency_has_takes_its_place_in_the_ladder(cli, write):
    text = ("# Skills\n\n## Delivery\n\n- **Beginner**\n  - Ships\n- **Advanced**\n  - Plans\n\n"
            "## Craft\n\n- **Beginner**\n  - Tests\n- **Intermediate**\n  - Refactors\n- **Advanced**\n  - Designs\n")
    data, _ = imported(cli, write("skills.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Beginner", "Intermediate", "Advanced"]


def test_level_heading_steers_away_from_competency_per_section(cli, write):
    text = ("# Acme\n\n## Backend\n\n### Junior Engineer\n\n- Ships APIs\n\n### Senior Engineer\n\n- Designs APIs\n\n"
            "## Frontend\n\n### Junior Engineer\n\n- Ships pages\n\n### Senior Engineer\n\n- Designs pages\n")
    run = cli("import", str(write("tracks.md", text)), "-o", str(write("t.yaml", "")), "--no-check", "--org", "Acme",
              "--level-heading", "h2")
    assert "competency-per-section" not in run.stderr
    assert "--level-heading h2" in run.stderr


#: hanfak/topics-to-learn's competencies: a scale of the framework's own words under each competency,
#: headed by a line typed with a tab; written as sub-headings or as plain lines.
OWN_SCALE = """# Testing
Testing the right things.

Level\tAttainment Criteria
## 1 - Understand
I know the basics of testing.
## 2 - Follow
Writes tests first.
Keeps the suite fast.
Reviews tests.
## 3 - Drive/Lead
Mentors teams.

# Security
Builds secure systems.

Level\tAttainment Criteria
## 1 - Understand
I know the basics of security.
## 2 - Follow
Follows security practices.
Fixes security issues.
Reviews designs.
## 3 - Drive/Lead
Decides the security strategy.
"""


@pytest.mark.parametrize("levels_as", ["headings", "lines"])
def test_the_same_sub_headings_in_the_same_order_under_each_competency_are_its_levels(cli, write, levels_as):
    text = OWN_SCALE if levels_as == "headings" else OWN_SCALE.replace("## ", "")
    data, run = imported(cli, write("core.md", text), "--org", "Acme")
    # One name of the scale that is a level's word too ('Lead') makes no difference.
    assert [lv["title"] for lv in data["levels"]] == ["1 - Understand", "2 - Follow", "3 - Drive/Lead"]
    assert [(c["name"], c.get("description")) for c in data["dimensions"][0]["competencies"]] == [
        ("Testing", "Testing the right things."), ("Security", "Builds secure systems.")]
    assert cells(data) == {
        "1-understand": {"testing": ["I know the basics of testing."],
                         "security": ["I know the basics of security."]},
        "2-follow": {"testing": ["Writes tests first.", "Keeps the suite fast.", "Reviews tests."],
                     "security": ["Follows security practices.", "Fixes security issues.", "Reviews designs."]},
        "3-drive-lead": {"testing": ["Mentors teams."], "security": ["Decides the security strategy."]},
    }
    parts = "sub-headings" if levels_as == "headings" else "lines"
    assert (f"layout: competency-per-section: 2 headings (Testing, Security) each hold the same {parts} in the same "
            "order (1 - Understand, 2 - Follow, 3 - Drive/Lead): the levels, though their names do not say so") \
        in run.stderr
    # The line over the levels of each competency heads them; it describes none.
    assert run.stderr.count("not placed: the same line before the levels of every competency: it heads them, "
                            "describing none: Level\tAttainment Criteria") == 2


def test_the_same_sub_headings_under_each_competency_are_all_levels_though_some_are_level_words(cli, write):
    """Apprentice and Master are level words, Adept is not: the order
    every competency holds them in makes all three the levels."""
    text = "# Engineering ladder\n\n" + "".join(
        f"## {competency}\n\n### Apprentice\n\n- {low}\n\n### Adept\n\n- {mid}\n\n### Master\n\n- {high}\n\n"
        for competency, low, mid, high in [("Craft", "Writes tests", "Designs tests", "Sets testing strategy"),
                                           ("Delivery", "Ships small changes", "Ships features", "Ships programmes")])
    data, run = imported(cli, write("guild.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Apprentice", "Adept", "Master"]
    assert cells(data)["adept"] == {"craft": ["Designs tests"], "delivery": ["Ships features"]}
    assert cells(data)["apprentice"] == {"craft": ["Writes tests"], "delivery": ["Ships small changes"]}
    assert "not placed:" not in run.stderr
    assert "same sub-headings in the same order (Apprentice, Adept, Master): the levels" in run.stderr


def test_a_sub_heading_beside_the_levels_naming_none_keeps_its_statements_to_itself(cli, write):
    text = ("# Engineering ladder\n\n## Craft\n\n### Apprentice\n\n- Writes tests\n\n### Odds and ends\n\n"
            "- Designs tests\n\n### Master\n\n- Sets testing strategy\n\n## Delivery\n\n### Apprentice\n\n"
            "- Ships small changes\n\n### Master\n\n- Ships programmes\n")
    data, run = imported(cli, write("guild.md", text), "--org", "Acme")
    assert cells(data)["apprentice"] == {"craft": ["Writes tests"], "delivery": ["Ships small changes"]}
    assert "not placed: outside the competencies' levels: Designs tests" in run.stderr


def test_custom_level_headings_under_competencies_whatever_their_words(cli, write):
    text = ("# Testing\n\n## Understand\n\n- Knows basics.\n\n## Follow\n\n- Writes tests first.\n\n"
            "# Security\n\n## Understand\n\n- Knows threats.\n\n## Follow\n\n- Follows practices.\n")
    path = write("scale.md", text)
    data, run = imported(cli, path, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Understand", "Follow"]
    assert cells(data)["follow"] == {"testing": ["Writes tests first."], "security": ["Follows practices."]}
    assert "if the headings (Testing, Security) are the levels and their sub-headings the competencies, pass " \
           "--layout level-per-section --level-heading h1" in run.stderr
    # The user's steering is honoured, whichever way.
    data, run = imported(cli, path, "--org", "Acme", "--layout", "competency-per-section",
                         "--level-heading", "h2", "--competency-heading", "h1")
    assert [lv["title"] for lv in data["levels"]] == ["Understand", "Follow"]
    assert "--level-heading h2: the levels are the h2 headings under 2 headings (Testing, Security)" in run.stderr
    data, _ = imported(cli, path, "--org", "Acme", "--layout", "level-per-section", "--level-heading", "h1")
    assert [lv["title"] for lv in data["levels"]] == ["Testing", "Security"]


def test_steering_to_competency_sections_reads_levels_of_any_name_or_says_why_not(cli, write):
    # One competency, and levels only it has: no evidence, but the user says so.
    text = "# Acme Skills\n\n## Testing\n\n### Aware\n\n- Knows basics.\n\n### Fluent\n\n- Writes tests first.\n"
    path = write("one.md", text)
    data, run = imported(cli, path, "--org", "Acme", "--level-heading", "h3", "--competency-heading", "h2")
    assert [lv["title"] for lv in data["levels"]] == ["Aware", "Fluent"]
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Testing"]
    run = cli("import", str(path), "--layout", "competency-per-section", "--level-heading", "h4")
    assert run.exit_code == 2
    assert "--layout competency-per-section --level-heading h4: the document has no such headings" in run.stderr
    run = cli("import", str(path), "--layout", "competency-per-section", "--level-heading", "h3",
              "--competency-heading", "h3")
    assert run.exit_code == 2
    assert "the competencies' headings (--competency-heading h3) must be above the levels' (--level-heading h3)" \
        in run.stderr
    run = cli("import", str(write("flat.md", "# Acme\n\n## Testing\n\n- Knows basics.\n")),
              "--layout", "competency-per-section")
    assert run.exit_code == 2
    assert "no two headings hold the same levels" in run.stderr and "--level-heading and --competency-heading" \
        in run.stderr


def test_a_competency_section_copied_twice_is_read_once(cli, write):
    section = "## Security\n\n### Aware\n\n- Knows threats.\n\n### Fluent\n\n- Fixes issues.\n\n"
    text = ("# Acme Skills\n\n## Testing\n\n### Aware\n\n- Knows basics.\n\n### Fluent\n\n- Writes tests.\n\n"
            + section + section)
    data, run = imported(cli, write("twice.md", text), "--org", "Acme", "--report", "-")
    assert cells(data)["fluent"] == {"testing": ["Writes tests."], "security": ["Fixes issues."]}
    assert "not placed: section 'Security' repeats the one on line 13 word for word: Security" in run.output


def test_the_same_parts_under_each_heading_of_one_level_are_not_levels(cli, write):
    # 'Overview' and 'Examples' under each competency of a page are its parts, whatever repeats.
    text = ("# Acme Skills\n\n## Testing\n\n### Overview\n\n- Knows basics.\n\n### Examples\n\n- Wrote a test.\n\n"
            "## Security\n\n### Overview\n\n- Knows threats.\n\n### Examples\n\n- Fixed a hole.\n")
    run = cli("import", str(write("parts.md", text)), "--org", "Acme")
    assert "competency-per-section" not in run.stderr


def test_headings_that_share_one_level_are_not_competencies(cli, write):
    text = "# Acme\n\n## Delivery\n\n- **Beginner**\n  - Ships\n- **Expert**\n  - Plans\n\n" \
           "## Leadership\n\n- **Beginner**\n  - Owns\n- **Senior**\n  - Leads\n"
    run = cli("import", str(write("c.md", text)), "-o", str(write("c.yaml", "")), "--no-check")
    assert "competency-per-section" not in run.stderr


def _level_page(title: str, code: int, delivery: str, ownership: str) -> str:
    return (f"# {title}\n\n## Craftsmanship (C{code})\n\n> Delivers value.\n\n"
            f"* **Delivery Process**: {delivery}\n* **Design Process**: Designs {title.lower()} things.\n\n"
            f"## Impact (I{code})\n\n* **Ownership**: {ownership}\n")


def test_a_page_per_level_with_the_same_bold_labels_at_every_level(cli, write):
    """inDrive's ladder: a page per level, dimension headings carrying the
    dimension's own code ('Craftsmanship (C3)'), bullets that start with the
    same bold labels on every page: the labels are the competencies."""
    pages = [write(f"{n}-{slug}.md", _level_page(title, n, f"Ships at {slug}.", f"Owns {slug} work."))
             for n, (title, slug) in enumerate((("Junior Engineer", "junior"), ("Middle Engineer", "middle"),
                                                 ("Senior Engineer", "senior")), start=1)]
    out = pages[0].parent / "ladder.yaml"
    run = cli("import", *map(str, pages), "-o", str(out), "--no-check", "--org", "Acme")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Middle Engineer", "Senior Engineer"]
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craftsmanship", ["Delivery Process", "Design Process"]), ("Impact", ["Ownership"])]
    assert cells(data)["middle-engineer"] == {"delivery-process": ["Ships at middle."],
                                              "design-process": ["Designs middle engineer things."],
                                              "ownership": ["Owns middle work."]}
    assert "2-middle.md:3: not placed: the code after dimension 'Craftsmanship' (its level on this page): C2" in run.stderr


def test_labels_that_change_from_level_to_level_stay_in_the_statements(cli, write):
    text = ("# Developer\n\n## D1\n\n### Technology\n\n* **Adopts**: learns the tools\n* **Learns**: learns fast\n\n"
            "## D2\n\n### Technology\n\n* **Specializes**: knows the tools\n* **Supports**: helps others\n")
    data, _ = imported(cli, write("dev.md", text), "--org", "Acme")
    assert list(cells(data)["D2"].values()) == [["Specializes: knows the tools", "Supports: helps others"]]


def test_a_paragraph_after_a_labelled_one_goes_on_with_its_competency(cli, write):
    """Packback's ladder: '**Mentorship:** ...' then a second paragraph of
    it; before, the second paragraph became the level's summary."""
    text = ("# Technical Path\n\n## Senior Engineer (IC 5)\n\nThe senior engineer masters the core.\n\n"
            "**Mentorship:** Grows other engineers.\n\nMentorship is not a checkbox; they sponsor people.\n\n"
            "**Exploration:** Solves ambiguous problems.\n\n"
            "## Staff Engineer (IC 6)\n\n**Mentorship:** Grows leaders.\n\n**Exploration:** Sets direction.\n")
    data, run = imported(cli, write("technical.md", text), "--org", "Acme")
    senior = data["levels"][0]
    assert senior["summary"] == "The senior engineer masters the core."
    assert cells(data)[senior["id"]] == {
        "mentorship": ["Grows other engineers.", "Mentorship is not a checkbox; they sponsor people."],
        "exploration": ["Solves ambiguous problems."]}
    assert ": not placed: " not in run.stderr


def test_a_levels_closing_paragraph_after_its_bullets_is_reported_not_its_summary(cli, write):
    """A summary opens a level: what follows its statements (a closing
    note, 'Sound cool? Get in touch') is reported, never its summary."""
    text = ("# Acme Ladder\n\n## Junior Engineer\n\n**Delivery:** Ships small changes.\n\n- Writes tests.\n\n"
            "Engineers at this level grow quickly.\n\n## Senior Engineer\n\n**Delivery:** Ships projects.\n\n"
            "Engineers at this level lead by example.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "summary" not in data["levels"][0]
    assert ("ladder.md:9: not placed: text after the level's statements, not its summary: "
            "Engineers at this level grow quickly.") in run.stderr
    # Right after a labelled paragraph, a paragraph goes on with its competency.
    assert cells(data)["senior-engineer"] == {"delivery": ["Ships projects.", "Engineers at this level lead by example."]}


CLOSING_NOTE = "At this point, the career paths split into individual contributor (IC) and manager."


@pytest.mark.parametrize("competency", ["**Communication**\n", "#### Communication\n\n", ""],
                         ids=["bold-heading", "heading", "no-heading"])
def test_a_levels_closing_note_in_italics_is_said_of_the_level(cli, write, competency):
    """A paragraph wholly in italics after a level's last list (a data
    science ladder's '_At this point, the career paths split ..._') is set
    apart from the statements: a note on the level, in its description,
    never one more statement of the competency above it."""
    text = (f"# Data Science Career Ladders\n\n### Data Scientist III\n\n{competency}"
            "- regularly communicates technical decisions through design docs\n\n"
            f"### Data Scientist IV\n\n{competency}- is learning how to get buy-in on solutions\n\n_{CLOSING_NOTE}_\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    top = data["levels"][-1]
    assert top["description"] == CLOSING_NOTE
    assert [s for cell in top["competencies"].values() for s in cell] == ["is learning how to get buy-in on solutions"]
    assert ": not placed:" not in run.stderr


def test_a_closing_paragraph_not_in_italics_stays_a_statement_of_its_competency(cli, write):
    """Near miss: not set apart by italics, the paragraph after the bullets
    under a competency's heading goes on with them, as it always did."""
    text = ("# Data Science Career Ladders\n\n### Data Scientist III\n\n**Communication**\n- writes design docs\n\n"
            f"### Data Scientist IV\n\n**Communication**\n- gets buy-in on solutions\n\n{CLOSING_NOTE}\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "description" not in data["levels"][-1]
    assert data["levels"][-1]["competencies"]["communication"] == ["gets buy-in on solutions", CLOSING_NOTE]


def test_a_closing_credit_in_italics_is_the_pages_not_the_levels(cli, write):
    """Near miss: '_Heavily inspired by the Open-Source Career Ladder_'
    closing the page credits a source: reported, in no level's description."""
    text = ("# Technical Writer Career Ladder\n\n## Junior Technical Writer\n\n- Writes guides.\n\n"
            "## Senior Technical Writer\n\n- Owns the docs.\n\n"
            "*Heavily inspired by the [Open-Source Career Ladder](https://career-ladders.dev/docs/)*\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "description" not in data["levels"][-1]
    assert "not placed: text after the level's statements, not its summary: Heavily inspired by" in run.stderr


def test_a_closing_note_in_italics_that_says_levels_are_cumulative_is_read_so(cli, write):
    """'_These expectations build on the previous level._' closing a level
    says how the levels read, not what this one is: `cumulative: true`, the
    note reported, in no description."""
    text = ("# Acme Ladder\n\n## Engineer I\n\n### Delivery\n- Ships small changes.\n\n"
            "## Engineer II\n\n### Delivery\n- Leads projects.\n\n_These expectations build on the previous level._\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["cumulative"] is True and "description" not in data["levels"][-1]
    assert cells(data)["engineer-ii"] == {"delivery": ["Leads projects."]}
    assert "ladder.md:13: not placed: says that the level includes those below it" in run.stderr


@pytest.mark.parametrize("closing", ["---\n\nThese levels are a guide, not a checklist.",
                                     "Sound cool? [Get in touch](mailto:jobs@acme.example)."])
def test_text_after_the_last_levels_statements_is_reported_not_its_summary(cli, write, closing):
    text = (f"# Acme Levels\n\n## Junior Engineer\n\nNew to the craft.\n\n- Ships small tasks.\n\n"
            f"## Senior Engineer\n\n- Leads projects.\n\n{closing}\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level.get("summary") for level in data["levels"]] == ["New to the craft.", None]
    # Past a thematic break, the page's closing words are said to be the framework's, not the level's.
    why = "after the last level, past a thematic break ('---')" if closing.startswith("---") else \
        "text after the level's statements, not its summary"
    assert f"not placed: {why}" in run.stderr and closing.split(chr(10))[-1] in run.stderr
    page, run = imported(cli, write("senior.md", f"# Senior Engineer\n\n- Ships features.\n\n{closing}\n"))
    assert "summary" not in page["levels"][0] and "1 piece of text not placed" in run.stderr


def test_text_after_a_dimensions_statements_is_not_its_summary(cli, write):
    text = ("# Senior Engineer\n\n## Craft\n\nWhat good work looks like.\n\n**Review:** Reviews code.\n\n"
            "Reviews are where craft is taught.\n\n- Writes tests.\n\nAsk your manager for more.\n\n"
            "### Testing\n\n- Tests well.\n")
    data, run = imported(cli, write("senior.md", text), "--org", "Acme")
    level = data["levels"][0]
    assert level["dimensions"] == {"craft": "What good work looks like."}
    # Right after a labelled paragraph, a paragraph goes on with its competency.
    assert level["competencies"]["review"] == ["Reviews code.", "Reviews are where craft is taught."]
    assert "senior.md:13: not placed: text after the statements of 'Craft', not its summary: Ask your manager" \
        in run.stderr


@pytest.mark.parametrize("label", ["Responsibilities:", "**Responsibilities:**"])
def test_a_label_line_before_a_list_names_its_competency_plain_or_bold(cli, write, label):
    """The job description's 'Responsibilities:' then a list, 'Qualifications:'
    then another: two competencies, in bold or not, and neither label is
    left in the level's summary."""
    qualifications = label.replace("Responsibilities", "Qualifications")
    text = (f"# Senior Engineer\n\nOur Engineers build features.\n\n{label}\n- Ships features.\n- Adds tests.\n\n"
            f"{qualifications}\n- Two years of experience.\n")
    data, run = imported(cli, write("engineer.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == "Our Engineers build features."
    # The years a level asks for are no behaviour: said of the level, in its description; the label
    # with nothing left under it is reported.
    assert cells(data)["senior-engineer"] == {"responsibilities": ["Ships features.", "Adds tests."]}
    assert data["levels"][0]["description"] == "Two years of experience."
    placed = [line.split(": not placed: ")[1] for line in run.stderr.splitlines() if ": not placed: " in line]
    assert placed == ["heading with no statements under it: Qualifications"]


def test_a_sentence_leading_in_to_a_list_is_reported_not_the_summary(cli, write):
    text = ("## Senior Engineer\n\nSeniors lead the team.\n\nMembers are expected to:\n\n- Lead projects.\n"
            "- Mentor others.\n\n## Junior Engineer\n\n- Ships tasks.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    senior = next(level for level in data["levels"] if level["id"] == "senior-engineer")
    assert senior["summary"] == "Seniors lead the team."
    assert cells(data)["senior-engineer"] == {"expectations": ["Lead projects.", "Mentor others."]}
    assert ("ladder.md:5: not placed: lead-in to the list after it, whose bullets are the statements: "
            "Members are expected to:") in run.stderr
    # A paragraph that says more before its lead-in is the level's summary.
    said = "Seniors lead the team. At this level, you are expected to:"
    data, run = imported(cli, write("more.md", text.replace("Seniors lead the team.\n\nMembers are expected to:",
                                                               said)), "--org", "Acme")
    assert next(level for level in data["levels"] if level["id"] == "senior-engineer")["summary"] == said


def test_levels_written_as_a_lists_top_items_are_levels(cli, write):
    """'- **Junior engineer**' over its statements, for the whole page: the
    shape a competency section holds its levels in."""
    text = ("# Acme Seniorities\n\n- **Senior engineer**\n  - Designs solutions\n  - Mentors others\n"
            "- **Junior engineer**\n  - Fixes own bugs\n    - with tests\n")
    data, run = imported(cli, write("levels.md", text), "--org", "Acme")
    assert data["name"] == "Acme Seniorities"
    # 'with tests' goes on with the sentence over it: no statement of its own.
    assert cells(data) == {"junior-engineer": {"expectations": ["Fixes own bugs with tests"]},
                           "senior-engineer": {"expectations": ["Designs solutions", "Mentors others"]}}
    assert "layout: level-per-section: 2 top-level list items name levels" in run.stderr
    assert ": not placed:" not in run.stderr


@pytest.mark.parametrize("title", ["🟢 **{code} · {name}**", "**{code} – {name}**", "{code} {name}"])
def test_a_level_item_opened_by_a_paragraph_has_it_as_its_summary(cli, write, title):
    """A Notion toggle list: each level's toggle ('- 🟢 **CS1 · Associate
    CSM**') opens with a paragraph, then its competencies' bullets: the
    paragraph is the level's summary, the toggles its levels."""
    levels = [("CS1", "Associate CSM", "Supports small accounts."), ("CS2", "Senior CSM", "Owns strategic accounts.")]
    text = "# Acme Customer Success\n\n" + "".join(
        f"- {title.format(code=code, name=name)}\n    \n    {summary}\n    \n"
        f"    - **Customer outcomes**\n        - Runs calls for {code}.\n    - **Commercial**\n"
        f"        - Flags risks for {code}.\n" for code, name, summary in levels)
    data, run = imported(cli, write("toggles.md", text), "--org", "Acme")
    assert [(lv["id"], lv["title"], lv.get("summary")) for lv in data["levels"]] == levels
    assert cells(data) == {code: {"customer-outcomes": [f"Runs calls for {code}."],
                                  "commercial": [f"Flags risks for {code}."]} for code, _, _ in levels}
    assert ": not placed:" not in run.stderr


def test_a_list_whose_top_items_are_not_all_levels_is_no_ladder(cli, write):
    text = "# Acme Notes\n\n- **Senior engineer**\n  - Designs solutions\n- **Junior engineer**\n  - Fixes bugs\n" \
           "- **Hiring**\n  - Ask your manager\n"
    run = cli("import", str(write("notes.md", text)), "--org", "Acme", "--no-check")
    assert run.exit_code == 2 and "cannot tell which level this document describes" in run.stderr


def test_a_page_per_competency_across_the_same_levels(cli, write):
    """A site of one page per competency, each with a section per level
    (Leads.io's progression framework is written so): one framework, a
    competency per page, the levels joined."""
    pages = [
        write("skills/debugging.md", "---\ntitle: 'Debugging & Problem Solving'\n---\n\nFinding causes of problems.\n\n"
              "### Level 1\nNo experience debugging\n\n### Level 2\nFixes simple problems with help.\n"
              " - Recreates issues from bug reports.\n - Reads error logs.\n"),
        write("skills/tooling.md", "How well you use your tools.\n\n### Level 1\nLearning the tools\n"
              "- Uses the editor\n\n### Level 2\n- Uses git daily\n"),
    ]
    out = pages[0].parent / "ladder.yaml"
    run = cli("import", *map(str, pages), "-o", str(out), "--org", "Acme", "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(c["name"], c.get("description")) for c in data["dimensions"][0]["competencies"]] == [
        ("Debugging & Problem Solving", "Finding causes of problems."), ("Tooling", "How well you use your tools.")]
    assert [lv["id"] for lv in data["levels"]] == ["L1", "L2"]
    assert cells(data) == {
        "L1": {"debugging-and-problem-solving": ["No experience debugging"],
               "tooling": ["Learning the tools", "Uses the editor"]},
        "L2": {"debugging-and-problem-solving": ["Fixes simple problems with help.", "Recreates issues from bug reports.",
                                                 "Reads error logs."],
               "tooling": ["Uses git daily"]},
    }
    # A page's title names its competency, not the track, nor the framework.
    assert (data["track"], data["name"]) == ("Engineering", "Acme Engineering")
    assert "layout: a page of one competency, 'Tooling', across levels other pages describe too" in run.stderr
    assert "no competency heading" not in run.stderr


@pytest.mark.parametrize("mark", ["N/A", "n/a", "Not applicable", "—"])
def test_a_mark_alone_under_a_level_is_not_applicable_on_a_page_per_competency_as_in_one_file(cli, write, mark):
    """'N/A' alone under '### Level 1' says the competency is not assessed
    there, whether the competency is a page of its own or a section of one
    file: one reading, `not_applicable`, with the review line asking why."""
    coaching = f"### Level 1\n{mark}\n\n### Level 2\nCoaches a new hire.\n- Pairs with them weekly.\n"
    writing = "### Level 1\nWrites clear notes.\n\n### Level 2\n- Writes design documents.\n"
    pages = [write("site/coaching.md", "Helping others learn.\n\n" + coaching),
             write("site/writing.md", "Writing for others.\n\n" + writing)]
    one_file = write("ladder.md", "# Ladder\n\n## Coaching\n\n" + coaching.replace("### ", "#### ")
                     + "\n## Writing\n\n" + writing.replace("### ", "#### "))
    for paths in ([str(p) for p in pages], [str(one_file)]):
        out = write("out.yaml", "")
        out.unlink()
        run = cli("import", *paths, "-o", str(out), "--org", "Acme", "--no-check")
        assert run.exit_code == 0, run.stderr
        data = load_document(str(out), out.read_bytes()).data
        assert cells(data)["L1"]["coaching"] == {"not_applicable": "Not applicable"}
        assert "'Coaching' at Level 1 is marked not applicable" in run.stderr
        assert "LL403" not in run.stderr


@pytest.mark.parametrize("index", ["# Progression Framework\n\nHow engineers grow at Acme, skill by skill.\n",
                                   "---\ntitle: Progression Framework\n---\n\nHow engineers grow at Acme, skill by "
                                   "skill.\n"], ids=["heading", "front-matter"])
def test_the_index_of_pages_per_competency_names_and_describes_the_framework(cli, write, tmp_path, index):
    """A site of one page per competency with an index page over them
    (Leads.io's): the index names the framework and describes it, and the
    pages are the competencies they are without it, never each named after
    the index (which made two pages one competency, and refused)."""
    for name, intro, first, second in (("mentoring", "Helping others grow.", "Is mentored by a peer.",
                                        "Mentors an intern."),
                                       ("communication", "Sharing what matters in time.", "Asks for help.",
                                        "Writes design docs.")):
        write(f"site/{name}.md", f"{intro}\n\n### Level 1\n{first}\n- Listens well.\n\n### Level 2\n{second}\n")
    write("site/index.md", index)
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert (data["name"], data["description"]) == ("Progression Framework", "How engineers grow at Acme, skill by skill.")
    assert [(c["name"], c["description"]) for c in data["dimensions"][0]["competencies"]] == [
        ("Communication", "Sharing what matters in time."), ("Mentoring", "Helping others grow.")]
    assert cells(data)["L2"] == {"communication": ["Writes design docs."], "mentoring": ["Mentors an intern."]}
    assert "index.md" in run.stderr and "an overview of the framework, no ladder: its title names the framework" \
        in run.stderr and ": not placed:" not in run.stderr


def test_pages_with_headings_of_their_own_are_not_pages_of_one_competency(cli, write):
    """A page whose levels have a sub-heading of their own is not one
    competency: nothing of it may vanish into the page's name."""
    debugging = write("debugging.md", "# Debugging\n\n## Junior\n\n- Reads stack traces.\n\n### Advanced techniques\n\n"
                                      "- **Tools:** Uses a profiler.\n\n## Senior\n\n- Debugs across services.\n")
    tooling = write("tooling.md", "# Tooling\n\n## Junior\n\n- Uses git.\n\n## Senior\n\n- Builds tools.\n")
    out = write("o.yaml", "")
    run = cli("import", str(debugging), str(tooling), "-o", str(out), "--no-check", "--org", "Acme")
    assert "a page of one competency" not in run.stderr
    # Each page is a dimension of its own, and every statement is kept.
    data = load_document(str(out), out.read_bytes()).data
    assert [d["name"] for d in data["dimensions"]] == ["Debugging", "Tooling"]
    assert sorted(s for level in data["levels"] for cell in level["competencies"].values() for s in cell) == [
        "Builds tools.", "Debugs across services.", "Reads stack traces.", "Tools: Uses a profiler.", "Uses git."]


def test_pages_that_describe_one_competency_of_one_level_twice_are_refused(cli, write):
    page = "### Level 1\n\n#### Craft\n\n- Writes code\n"
    run = cli("import", str(write("a.md", page)), str(write("b.md", page)), "-o", str(write("o.yaml", "")))
    assert run.exit_code == 2
    assert "level L1 is also described in" in run.stderr and "with the same competency ('craft')" in run.stderr


MARKDOWN_IN_CELLS = """# Acme Ladder

<table>
<tr><th>Level</th><th>Delivery</th><th>Collaboration</th></tr>
<tr>
<td>Junior</td>
<td>

- Ships small changes with guidance.
- Writes tests for their changes.

</td>
<td>

**Asks** for help when stuck.

</td>
</tr>
<tr>
<td>Senior</td>
<td>

* Ships large projects on their own.
* Designs services.

</td>
<td>

1. Mentors others.
2. Leads reviews.

</td>
</tr>
</table>

After the table.
"""


def test_markdown_written_in_an_html_tables_cells_is_read_as_github_shows_it(cli, write):
    """Between blank lines inside a cell, GitHub renders Markdown: lists are
    lists, bold is bold."""
    data, _ = imported(cli, write("ladder.md", MARKDOWN_IN_CELLS), "--org", "Acme")
    assert cells(data) == {
        "junior": {"delivery": ["Ships small changes with guidance.", "Writes tests for their changes."],
                   "collaboration": ["Asks for help when stuck."]},
        "senior": {"delivery": ["Ships large projects on their own.", "Designs services."],
                   "collaboration": ["Mentors others.", "Leads reviews."]},
    }


def test_html_lists_and_paragraphs_in_a_markdown_tables_cells_are_its_statements(cli, write):
    """GitHub shows '<ul><li>' in a Markdown table's cell as a list: each
    item is a statement, as in an HTML table; so is each '<p>', and each
    run between '<br/>'s."""
    text = ("| Competency | L1 | L2 | L3 |\n|---|---|---|---|\n"
            "| Coding | 1. Writes code.<br>2. Reads code. | <ul><li>Writes tests.</li><li>Refactors.</li></ul> "
            "| <p>Sets standards.</p><p>Reviews designs &amp; plans.</p> |\n"
            "| Delivery | Ships tasks.<br/>Asks for help. | <ol><li>Plans own work.</li></ol> | Leads projects. |\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data) == {
        "L1": {"coding": ["Writes code.", "Reads code."], "delivery": ["Ships tasks.", "Asks for help."]},
        "L2": {"coding": ["Writes tests.", "Refactors."], "delivery": ["Plans own work."]},
        "L3": {"coding": ["Sets standards.", "Reviews designs & plans."], "delivery": ["Leads projects."]},
    }


@pytest.mark.parametrize("name, text", [
    ("ladder.md", "| Competency | L1 | L2 | L3 |\n|---|---|---|---|\n"
                  "| Coding | Writes code. | Writes tests. | Sets standards. |\n"
                  "| Delivery | Ships tasks. | Plans own work. | — |\n"
                  "| On-call | N/A | Joins the rota. | None of the above tasks go unowned. |\n"
                  "| Hiring | - | *Not applicable.* | Interviews. |\n"),
    ("ladder.html", "<table><tr><th>Competency<th>L1<th>L2<th>L3"
                    "<tr><td>Coding<td>Writes code.<td>Writes tests.<td>Sets standards."
                    "<tr><td>Delivery<td>Ships tasks.<td>Plans own work.<td>–"
                    "<tr><td>On-call<td>n/a<td>Joins the rota.<td>None of the above tasks go unowned."
                    "<tr><td>Hiring<td>None<td>(not applicable)<td>Interviews.</table>"),
])
def test_a_cell_that_only_says_not_applicable_holds_no_statement(cli, write, name, text):
    """'N/A', a dash, 'None': nothing is expected there. The cell is
    `not_applicable`, the mark its text (a dash reads as words), and the
    missing reason is a notice; a statement that starts with 'None' is a
    statement."""
    data, run = imported(cli, write(name, text), "--org", "Acme")
    levels = {level["id"]: level["competencies"] for level in data["levels"]}
    assert {level: {k: v for k, v in found.items() if isinstance(v, list)} for level, found in levels.items()} == {
        "L1": {"coding": ["Writes code."], "delivery": ["Ships tasks."]},
        "L2": {"coding": ["Writes tests."], "delivery": ["Plans own work."], "on-call": ["Joins the rota."]},
        "L3": {"coding": ["Sets standards."], "on-call": ["None of the above tasks go unowned."],
               "hiring": ["Interviews."]},
    }
    marked = {(level, key): value["not_applicable"] for level, found in levels.items()
              for key, value in found.items() if isinstance(value, dict)}
    assert set(marked) == {("L1", "on-call"), ("L1", "hiring"), ("L2", "hiring"), ("L3", "delivery")}
    assert marked[("L3", "delivery")] == "Not applicable"
    assert len(re.findall(r"review: '.*' at L\d is marked not applicable \(.*\) without a reason", run.stderr)) == 4


def test_a_cell_spanning_the_rows_of_several_levels_in_another_column(cli, write):
    page = """<table>
<tr><th>Track</th><th>Level</th><th>Title</th><th>Delivery</th><th>Collaboration</th></tr>
<tr><td rowspan="3">Engineering</td><td>L1</td><td>Engineer</td><td>Ships small changes with guidance.</td>
<td>Asks for help when stuck.</td></tr>
<tr><td>L2</td><td>Senior Engineer</td><td>Ships features on their own.</td><td>Helps their peers with reviews.</td></tr>
<tr><td>L3</td><td>Staff Engineer</td><td>Ships projects across the team.</td><td>Mentors others on the team.</td></tr>
</table>"""
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1", "Engineer"), ("L2", "Senior Engineer"), ("L3", "Staff Engineer")]
    assert cells(data)["L1"] == {"delivery": ["Ships small changes with guidance."],
                                 "collaboration": ["Asks for help when stuck."]}


@pytest.mark.parametrize(("header", "titles"), [
    ("Level/Skill", ["Level 1", "Level 2", "Level 3"]),
    ("Grade", ["Grade 1", "Grade 2", "Grade 3"]),
])
def test_levels_as_rows_numbered_under_a_level_header(cli, write, header, titles):
    page = f"""<table>
<tr><th><pre>{header}   </pre></th><th>Scope</th><th>Mentorship</th><th>Security</th></tr>
<tr><td>1</td><td>Takes direction from the team to configure and troubleshoot systems</td><td></td>
<td><ul><li>Asks when unsure</li></ul></td></tr>
<tr><td>2</td><td>Owns small projects from design to release without help</td><td>Mentors interns</td>
<td>Follows guidelines</td></tr>
<tr><td>3</td><td>Owns a service and its reliability for the whole team</td><td>Mentors engineers</td>
<td>Reviews designs</td></tr></table>"""
    data, run = imported(cli, write("sre.md", page))
    assert [lv["title"] for lv in data["levels"]] == titles
    # The competencies keep the header's order, though the first level leaves Mentorship empty.
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Scope", "Mentorship", "Security"]
    first = cells(data)[data["levels"][0]["id"]]
    assert first == {
        "scope": ["Takes direction from the team to configure and troubleshoot systems"],
        "mentorship": {"not_applicable": "Mentorship starts at Level 2" if header != "Grade" else
                       "Mentorship starts at Grade 2"},
        "security": ["Asks when unsure"]}
    assert list(first) == ["scope", "mentorship", "security"]  # in the header's order


@pytest.mark.parametrize("header", ["Priority", "ID"])
def test_bare_numbers_under_another_header_are_not_levels(cli, write, header):
    page = f"""<table>
<tr><th>{header}</th><th>Scope</th><th>Security</th></tr>
<tr><td>1</td><td>Takes direction from the team</td><td>Asks when unsure</td></tr>
<tr><td>2</td><td>Owns small projects</td><td>Follows guidelines</td></tr></table>"""
    run = cli("import", str(write("p.md", page)), "-o", str(write("p.yaml", "")), "--no-check")
    assert run.exit_code == 2 and "no table's header row names levels" in run.stderr


# A level drawn over three rows (its cell spans them): the level, a summary
# across every column, then a cell of statements per competency. In Markdown,
# CommonMark ends the HTML block at a blank line inside a cell; a browser
# reads on, and so does the importer.
SPANNED_LEVELS = """# Acme engineering levels

<style>
.levels { display: flex; }
</style>

## IC levels

<table>
  <thead>
    <tr>
      <th>Level</th>
      <th>Craft</th>
      <th>Delivery</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th rowspan="3">IC1</th>
    </tr>
    <tr>
      <td colspan="2">
        <p>An engineer learning the craft.</p>
        <ul><li><strong>Years of experience:</strong> Typically 0-2</li></ul>
      </td>
    </tr>
    <tr>
      <td><ul><li>Writes tested code with guidance.</li><li>Reviews code by asking questions.</li></ul></td>
      <td><ul>
<li>Delivers small tasks on time.</li>

plus the team's delivery habits

<li>Asks for help when blocked.</li>
      </ul></td>
    </tr>
    <tr>
      <th rowspan="3">IC2</th>
    </tr>
    <tr>
      <td colspan="2"><p>A solid contributor who works on their own.</p></td>
    </tr>
    <tr>
      <td><ul><li>Writes maintainable code alone.</li></ul></td>
      <td><ul><li>Breaks down and estimates tasks.</li><li>Delivers features on time.</li></ul></td>
    </tr>
    <tr>
      <th>IC3</th>
      <td colspan="2"><p>Not yet described.</p></td>
    </tr>
  </tbody>
</table>
"""


@pytest.mark.parametrize("name", ["ladder.md", "ladder.html"])
def test_levels_as_rows_over_spanned_rows(cli, write, name):
    text = SPANNED_LEVELS
    if name.endswith(".html"):
        text = text.replace("# Acme engineering levels", "<h1>Acme engineering levels</h1>")
        text = text.replace("## IC levels", "<h2>IC levels</h2>")
    data, run = imported(cli, write(name, text), "--org", "Acme")
    assert [(lv["id"], lv.get("summary")) for lv in data["levels"]] == [
        ("IC1", "An engineer learning the craft. Years of experience: Typically 0-2"),
        ("IC2", "A solid contributor who works on their own."),
        ("IC3", "Not yet described."),
    ]
    assert cells(data)["IC1"] == {
        "craft": ["Writes tested code with guidance.", "Reviews code by asking questions."],
        "delivery": ["Delivers small tasks on time.", "plus the team's delivery habits", "Asks for help when blocked."],
    }
    assert cells(data)["IC2"] == {"craft": ["Writes maintainable code alone."],
                                  "delivery": ["Breaks down and estimates tasks.", "Delivers features on time."]}
    assert "layout: levels-as-rows: the table on line 9 names 3 levels" in run.stderr
    # Nothing of the table is left unplaced, and a style sheet is not text.
    unplaced = [line.split(": not placed: ")[1] for line in run.stderr.splitlines() if ": not placed: " in line]
    assert unplaced == ["outside the tables of the ladder: IC levels", "table column header, not content: Level"]


def test_proficiency_matrix_levels_are_the_proficiencies(cli, write):
    text = ("# Acme Skills Matrix\n\n| Skill | Beginner | Intermediate | Advanced | Expert |\n|---|---|---|---|---|\n"
            "| Testing | Writes unit tests | Tests services | Designs test strategy | Sets testing standards |\n"
            "| SQL | Reads queries | Writes joins | Tunes queries | Designs schemas |\n")
    data, run = imported(cli, write("m.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Beginner", "Intermediate", "Advanced", "Expert"]
    assert cells(data)["beginner"] == {"testing": ["Writes unit tests"], "sql": ["Reads queries"]}
    assert "layout: proficiency-matrix" in run.stderr


def test_empty_no_break_space_cells_are_not_statements(cli, tmp_path):
    source = tmp_path / "acme-platform.csv"
    source.write_bytes((OFFICE / "acme-platform.csv").read_bytes())
    data, _ = imported(cli, source, "--org", "Acme")
    # A cell of no-break spaces says nothing: before the column's first statement, it is not applicable.
    assert cells(data)["engineer-i"]["operations"] == {"not_applicable": "Operations starts at Engineer II"}


def test_a_plain_role_heading_beside_sub_levels_is_a_level(cli, write):
    """'Engineer' has no level word of its own: beside 'Senior Engineer'
    (over 'Senior Engineer I' and 'II') it is the ladder's first rung, and
    'Senior Engineer' only groups its two levels."""
    text = ("# Acme Career Framework\n\n## Engineer\n\n### Coding\n\n- writes code with help\n\n"
            "## Senior Engineer\n\nSenior engineers lead projects.\n\n"
            "### Senior Engineer I\n\n#### Coding\n\n- designs components\n\n"
            "### Senior Engineer II\n\n#### Coding\n\n- designs systems\n\n"
            "## Staff Engineer\n\n### Coding\n\n- sets technical direction\n\n"
            "## FAQ\n\nAsk your manager.\n")
    data, run = imported(cli, write("sub.md", text))
    assert [lv["title"] for lv in data["levels"]] == ["Engineer", "Senior Engineer I", "Senior Engineer II",
                                                      "Staff Engineer"]
    assert [lv["competencies"]["coding"] for lv in data["levels"]] == [
        ["writes code with help"], ["designs components"], ["designs systems"], ["sets technical direction"]]
    assert data["track"] == "Engineer"
    assert "sub.md:9: not placed: heading above the levels, not a level itself: Senior Engineer" in run.stderr
    # What the group says is said from its first level on (Etsy's ladder puts
    # the Expectations of Senior Engineer I and II there).
    assert data["levels"][1]["summary"] == "Senior engineers lead projects."
    assert "sub.md:11: review: under 'Senior Engineer', which groups levels: read as the first of them, " \
           "'Senior Engineer I'" in run.stderr
    assert "so are the headings beside them (Engineer, Staff Engineer)" in run.stderr
    assert "sub.md:31: not placed: section 'FAQ' is not a level: FAQ" in run.stderr


def test_sections_after_the_levels_whose_sub_headings_repeat_are_not_levels(cli, write):
    """A GitLab job family: '## Levels' names its levels; '## Specializations'
    after them has sub-sections whose headings repeat ('Responsibilities'),
    which made them levels too."""
    text = ("# Site Reliability Engineer\n\n## Levels\n\n### Site Reliability Engineer\n\n#### Technical\n\n"
            "- Runs services\n\n### Senior Site Reliability Engineer\n\n#### Technical\n\n- Designs services\n\n"
            "## Specializations\n\n### Delivery\n\n#### Responsibilities\n\n- Improves deploys\n\n"
            "### Scalability\n\n#### Responsibilities\n\n- Plans capacity\n")
    data, run = imported(cli, write("sre.md", text), "--org", "Acme", "--report", "-")
    assert [lv["title"] for lv in data["levels"]] == ["Site Reliability Engineer", "Senior Site Reliability Engineer"]
    assert "not placed: in section 'Specializations', after the levels: Delivery" in run.output


def test_levels_of_a_second_group_that_repeat_the_named_levels_sections_are_levels(cli, write):
    """'Engineering Manager' names no level, but its section repeats those of
    the named levels: a level, of the managers' track, which the heading
    over it sets apart from the engineers' (their levels name another role)."""
    text = ("# Acme Ladder\n\n## Engineers\n\n### Junior Engineer\n\n#### Delivery\n\n- Ships small changes\n\n"
            "### Senior Engineer\n\n#### Delivery\n\n- Ships projects\n\n## Management\n\n"
            "### Engineering Manager\n\n#### Delivery\n\n- Ships through a team\n\n"
            "### Director\n\n#### Delivery\n\n- Ships through teams\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme", "--track", "Management")
    assert [lv["title"] for lv in data["levels"]] == ["Engineering Manager", "Director"]
    assert cells(data)["engineering-manager"] == {"delivery": ["Ships through a team"]}


def test_a_groups_competencies_open_its_first_level(cli, write):
    """Etsy's ladder: '### Senior Engineer' lists the levels it includes and
    their shared Expectations, then '#### Senior Engineer I' and 'II'."""
    text = ("# Acme Engineering Ladder\n\n### Engineer\n\n##### Expectations\n- You ship tasks.\n\n"
            "### Senior Engineer\n**Includes:** Senior Engineer I, Senior Engineer II\n\n"
            "##### Expectations\n- You lead projects.\n- You grow others.\n\n"
            "#### Senior Engineer I\n##### Track Record\n- Led one project.\n\n"
            "#### Senior Engineer II\n##### Track Record\n- Led many projects.\n")
    data, run = imported(cli, write("index.md", text), "--org", "Acme")
    assert cells(data) == {
        "engineer": {"expectations": ["You ship tasks."]},
        "senior-engineer-i": {"expectations": ["You lead projects.", "You grow others."],
                              "track-record": ["Led one project."]},
        "senior-engineer-ii": {"track-record": ["Led many projects."]},
    }
    assert "not placed: the levels 'Senior Engineer' groups: **Includes:** Senior Engineer I, Senior Engineer II" \
        in run.stderr


def test_the_role_without_a_level_word_is_the_first_rung(cli, write):
    text = ("# Acme Career Framework\n\n## Software Engineer\n\n- writes code\n\n"
            "## Senior Software Engineer\n\n- designs services\n\n## Staff Software Engineer\n\n- leads\n\n"
            "## Hardware Engineer\n\n- solders\n")
    data, run = imported(cli, write("roles.md", text))
    assert [lv["title"] for lv in data["levels"]] == ["Software Engineer", "Senior Software Engineer",
                                                      "Staff Software Engineer"]
    # Another role is not this ladder's first rung.
    assert "not placed: section 'Hardware Engineer' is not a level" in run.stderr


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


def test_headings_of_examples_notes_and_a_description_under_a_competency_are_its_own(cli, write):
    text = ("# Engineering Ladder\n\n## Engineer I\n\n### Delivery\n\n- Ships small changes\n\n#### Description\n\n"
            "Getting work to users.\n\n#### Examples\n\n- Fixed a flaky test\n\n"
            "### Collaboration\n\n- Gives clear updates\n\n#### Notes\n\nWritten in the team channel.\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- Leads projects\n\n#### Examples\n\n"
            "There is none to give yet.\n\n### Collaboration\n\n#### Examples\n\n- Ran a design review\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Globex")
    assert [(c["name"], c.get("description")) for d in data["dimensions"] for c in d["competencies"]] == [
        ("Delivery", "Getting work to users."), ("Collaboration", None)]
    assert cells(data) == {
        "engineer-i": {"delivery": [{"text": "Ships small changes", "examples": ["Fixed a flaky test"]}],
                       "collaboration": {"statements": ["Gives clear updates"],
                                         "note": "Written in the team channel."}},
        "senior-engineer": {"delivery": [{"text": "Leads projects", "examples": ["There is none to give yet."]}],
                            "collaboration": ["Ran a design review"]}}
    # Examples with no statement before them are what the level expects: its statements, to check.
    assert ":37: review: 'Collaboration' says nothing at this level but its examples: they are its statements" \
        in run.stderr


@pytest.mark.parametrize("under", ["level", "dimension"])
def test_headings_of_examples_notes_and_a_description_under_a_level_name_no_competency(cli, write, under):
    deeper = "#" if under == "dimension" else ""
    group = "### Craft\n\n" if under == "dimension" else ""
    text = (f"# Engineering Ladder\n\n## Engineer I\n\nShips with help.\n\n{group}"
            f"###{deeper} Delivery\n\n- Ships small changes\n\n###{deeper} Examples\n\n- Fixed a flaky test\n\n"
            f"###{deeper} Notes\n\nUsually a first job.\n\n###{deeper} Description\n\nLearning the codebase.\n\n"
            f"## Engineer II\n\n{group}###{deeper} Delivery\n\n- Leads projects\n\n"
            f"###{deeper} Description\n\nOwns features end to end.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Globex")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Delivery"]
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"]},
                           "engineer-ii": {"delivery": ["Leads projects"]}}
    levels = {level["id"]: level for level in data["levels"]}
    if under == "level":
        # A level's description is its summary; its examples, notes and a second description are said
        # of it, in the format's description of the level.
        assert [levels[i].get("summary") for i in levels] == ["Ships with help.", "Owns features end to end."]
        assert levels["engineer-i"]["description"] == \
            "Examples: Fixed a flaky test\n\nNotes: Usually a first job.\n\nLearning the codebase."
        assert ": not placed: " not in run.stderr
        return
    assert levels["engineer-i"]["dimensions"] == {"craft": "Learning the codebase."}
    assert levels["engineer-ii"]["dimensions"] == {"craft": "Owns features end to end."}
    # The format has no place for a dimension's examples or notes at a level: they are reported, word for word.
    owner = "the dimension 'Craft' at level 'Engineer I'"
    assert f"not placed: an example for {owner} as a whole, not a competency: " in run.stderr
    assert f"not placed: a note on {owner}, not a competency: " in run.stderr
    assert "Fixed a flaky test" in run.stderr and "Usually a first job." in run.stderr


# --- tracks ----------------------------------------------------------------------------


def _table(levels: list[str], rows: dict[str, list[str]]) -> str:
    return ("| Competency | " + " | ".join(levels) + " |\n|" + " --- |" * (len(levels) + 1) + "\n"
            + "".join(f"| {name} | " + " | ".join(cells) + " |\n" for name, cells in rows.items()))


@pytest.mark.parametrize("low, high, ids", [
    (["L1", "L2", "L3"], ["L4", "L5", "L6"], ["L1", "L2", "L3", "L4", "L5", "L6"]),
    (["Junior Engineer", "Engineer", "Senior Engineer"], ["Staff", "Principal"],
     ["junior-engineer", "engineer", "senior-engineer", "staff", "principal"]),
])
def test_a_wide_table_split_in_two_is_one_ladder(cli, write, tmp_path, low, high, ids):
    """People split a table too wide for the page: the same competencies, the
    first levels in one table, the next right under it with no heading
    between. Its levels go on from the first's: one ladder, one document."""
    scopes = ["a task", "a feature", "a project", "a team's work", "a group's work", "the company's work"]
    text = ("# Acme Engineering Ladder\n\n"
            + _table(low, {"Delivery": [f"Ships {s}." for s in scopes[:len(low)]],
                           "Collaboration": [f"Reviews {s}." for s in scopes[:len(low)]]}) + "\n"
            + _table(high, {"Delivery": [f"Ships {s}." for s in scopes[len(low):][:len(high)]],
                            "Collaboration": [f"Reviews {s}." for s in scopes[len(low):][:len(high)]]}))
    path = write("ladder.md", text)
    data, run = imported(cli, path, "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ids
    assert cells(data)[ids[-1]]["delivery"] == [f"Ships {scopes[len(ids) - 1]}."]
    assert data["source"] == "ladder.md"
    assert "above those of the table before it, as a table too large for the page is split in two: one ladder" \
        in run.stderr
    assert "do not overlap" not in run.stderr
    out = tmp_path / "out"
    run = cli("import", str(path), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0 and len(list(out.glob("*.yaml"))) == 1


@pytest.mark.parametrize("high", [["Staff", "Principal"], ["Lead", "Principal", "Distinguished"]])
def test_the_second_half_of_a_split_table_keeps_the_track_the_first_names(cli, write, high):
    text = ("# Acme Ladder\n\n"
            + _table(["Junior Data Engineer", "Data Engineer", "Senior Data Engineer"],
                     {"Delivery": ["Ships a task.", "Ships a feature.", "Ships a project."]}) + "\n"
            + _table(high, {"Delivery": [f"Ships the work of {n} teams." for n in range(1, len(high) + 1)]}))
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert len(data["levels"]) == 3 + len(high) and "split in two: one ladder" in run.stderr
    assert data["track"] == "Data Engineer"
    assert "do not name the track" not in run.stderr


@pytest.mark.parametrize("text", [
    # Two sequences of their own (IC1 ..., M1 ...): an IC ladder and a manager ladder.
    "# Acme Ladders\n\n" + _table(["IC1", "IC2"], {"Delivery": ["Ships tasks.", "Ships features."]}) + "\n"
    + _table(["M1", "M2"], {"Delivery": ["Runs a team's delivery.", "Runs a group's delivery."]}),
    # Levels above the first table's, but under a heading of their own.
    "# Acme Ladders\n\n## Engineers\n\n" + _table(["L1", "L2"], {"Delivery": ["Ships tasks.", "Ships features."]})
    + "\n## Managers\n\n" + _table(["L3", "L4"], {"Delivery": ["Runs a team.", "Runs a group."]}),
    # Levels above the first table's, of another role.
    "# Acme Ladders\n\n" + _table(["Junior Engineer", "Senior Engineer"], {"Delivery": ["Ships.", "Leads."]})
    + "\n" + _table(["Staff Designer", "Principal Designer"], {"Delivery": ["Designs.", "Sets direction."]}),
])
def test_tables_of_levels_that_do_not_go_on_from_each_other_stay_apart(cli, write, tmp_path, text):
    run = cli("import", str(write("ladders.md", text)), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"),
              "--no-check")
    assert run.exit_code == 0 and run.stderr.count("its levels do not overlap those of the other tables") == 2
    assert "split in two" not in run.stderr


#: Acme's site: the navigation's groups and, for each, its level pages (file, title).
SITE = {
    "Platform Engineer (PE)": [("pe_l1", "L1 Engineer"), ("pe_l2", "L2 Senior Engineer"), ("pe_l3", "L3 Staff Engineer")],
    "Mobile Engineer (ME)": [("me_l1", "L1 Engineer"), ("me_l2", "L2 Senior Engineer")],
    "Engineering Manager (EM)": [("em_m1", "M1 Engineering Manager"), ("em_m2", "M2 Senior Engineering Manager")],
    "About": [("overview", "")],
}


def site_page(name: str, title: str) -> str:
    """One page of Acme's site as a site generator writes it: site header,
    navigation of every group, the page itself, a footer."""
    menu = "".join(f"<h2>{group}</h2><ul>" + "".join(f'<li><a href="{f}.html">{t or "Overview"}</a></li>'
                                                  for f, t in pages) + "</ul>" for group, pages in SITE.items())
    if title:
        track = name.split("_")[0]
        content = f"""<h1>{title}</h1>
<p>At {title} you own the work of your {track} team.</p>
<p><strong>Scope</strong> <em>Area of ownership</em></p>
<ul><li>I own {track} tasks at {title}</li><li>I ask for help early</li></ul>
<h2>Delivery</h2>
<p><strong>Impact</strong></p>
<ul><li>I deliver {track} work at {title}</li><li>I measure what I ship</li></ul>
<p><strong>Quality</strong></p>
<ul><li>I test my {track} changes</li></ul>"""
    else:
        content = "<h1>Overview</h1><p>How engineers grow at Acme, track by track.</p>"
    return f"""<!doctype html>
<html><head><title>Acme Engineering Career Framework</title>
<meta property="og:site_name" content="Acme"></head>
<body><header><a href="index.html">Acme Careers</a></header>
<nav>{menu}</nav>
<main>{content}</main>
<footer>&copy; 2024 Acme Inc. All rights reserved.</footer></body></html>"""


@pytest.fixture
def site(write) -> list[Path]:
    return [write(f"site/{f}.html", site_page(f, t)) for pages in SITE.values() for f, t in pages]


def test_tracks_from_the_sites_navigation(cli, site, tmp_path):
    """Platform and mobile pages have the same titles (L1 Engineer ...): only
    the navigation, which lists each page under its track, tells them apart."""
    out = tmp_path / "frameworks"
    run = cli("import", *map(str, site), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == ["acme-engineering-manager.yaml", "acme-mobile-engineer.yaml", "acme-platform-engineer.yaml"]
    for group, pages in SITE.items():
        if group == "About":
            continue
        track = group.split(" (")[0]
        data = load_document("f.yaml", (out / f"acme-{track.lower().replace(' ', '-')}.yaml").read_bytes()).data
        assert data["track"] == track and data["organisation"] == {"name": "Acme"}
        # 'L2 Senior Engineer': the code is the level's id, the rest its title.
        assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [tuple(t.split(" ", 1)) for _, t in pages]
        assert f"layout: track '{track}': the site's navigation lists its pages under '{group}'" in run.stderr
        prefix = pages[0][0].split("_")[0]
        assert [s for lv in data["levels"] for v in lv["competencies"].values() for s in v] == [
            s for _, t in pages for s in (f"I own {prefix} tasks at {t}", "I ask for help early",
                                          f"I deliver {prefix} work at {t}", "I measure what I ship",
                                          f"I test my {prefix} changes")]
    assert f"{site[-1]}:1: not placed: no ladder in this file" in run.stderr  # the overview
    assert "not placed: page navigation, not part of the ladder" in run.stderr


def test_a_site_of_several_tracks_needs_split_tracks_or_track(cli, site):
    run = cli("import", *map(str, site))
    assert run.exit_code == 2
    assert "the documents hold 3 tracks: 'Engineering Manager' (2 documents); 'Mobile Engineer' (2 documents); " \
           "'Platform Engineer' (3 documents)" in run.stderr
    run = cli("import", *map(str, site), "--track", "Mobile Engineer", "--no-check")
    assert run.exit_code == 0
    assert [line for line in run.output.splitlines() if line.startswith("  - id: L")] == ["  - id: L1", "  - id: L2"]
    assert "a document of another track ('Platform Engineer'); --track chose 'Mobile Engineer'" in run.stderr


def test_tracks_from_the_levels_titles(cli, write, tmp_path):
    """Pages without navigation: each level's title names its role, and a
    ladder that changes its title on the way up (Engineering Manager M3-M4,
    Engineering Director M5) is one track. Files in any order."""
    pages = {"swe2": "IC2 Software Engineer", "de1": "IC1 Data Engineer", "em5": "M5 Engineering Director",
             "swe1": "IC1 Software Engineer", "em3": "M3 Engineering Manager", "de2": "IC2 Data Engineer",
             "em4": "M4 Engineering Manager"}
    paths = [write(f"{name}.md", f"# {title}\n\n{title}s deliver.\n\n## Results\n\n### Impact\n\n"
                                 f"- I deliver as a {title}\n\n### Ownership\n\n- I own my work\n")
             for name, title in pages.items()]
    outputs = []
    for order in (paths, list(reversed(paths))):
        out = tmp_path / f"out{len(outputs)}"
        run = cli("import", *map(str, order), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
        assert run.exit_code == 0, run.stderr
        outputs.append(({p.name: p.read_bytes() for p in out.iterdir()}, run.stderr.replace(str(out), "OUT")))
    assert outputs[0] == outputs[1]  # the frameworks and the report
    written = outputs[0][0]
    levels = {name: [line.split(": ", 1)[1] for line in data.decode().splitlines() if line.startswith("    title: ")]
              for name, data in written.items()}
    assert levels == {
        "acme-data-engineer.yaml": ["IC1 Data Engineer", "IC2 Data Engineer"],
        "acme-software-engineer.yaml": ["IC1 Software Engineer", "IC2 Software Engineer"],
        "acme-engineering-manager.yaml": ["M3 Engineering Manager", "M4 Engineering Manager",
                                          "M5 Engineering Director"],
    }
    assert "layout: track 'Data Engineer': the titles of its levels name the role 'Data Engineer' " \
           "('IC1 Data Engineer', 'IC2 Data Engineer')" in run.stderr
    assert "track 'Engineering Manager': the titles of its levels name the managers of engineering " \
           "('M3 Engineering Manager', 'M4 Engineering Manager', 'M5 Engineering Director')" in run.stderr


@pytest.mark.parametrize("senior", [True, False], ids=["with-senior-manager", "manager-and-director"])
def test_a_directors_page_continues_the_managers_track(cli, write, tmp_path, senior):
    """A page titled 'Director of Engineering' beside the pages of engineering
    managers is the management track's rung above them, never a page with
    no ladder; the engineers' pages are a track of their own."""
    pages = {"director-of-engineering": "Director of Engineering", "engineering-manager": "Engineering Manager",
             "sr-engineering-manager": "Senior Engineering Manager", "software-engineer-i": "Software Engineer I",
             "software-engineer-ii": "Software Engineer II"}
    if not senior:
        del pages["sr-engineering-manager"]
    for name, title in pages.items():
        write(f"site/{name}.md", f"---\ntitle: {title}\n---\n\nAs a {title}, you deliver.\n\n## Impact\n\n"
                                 f"- I deliver what a {title} does\n")
    out = tmp_path / "split"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    tracks = {p.name: load_document(str(p), p.read_bytes()).data for p in out.iterdir()}
    assert {name: [lv["title"] for lv in data["levels"]] for name, data in tracks.items()} == {
        "acme-engineering-manager.yaml": ["Engineering Manager", "Senior Engineering Manager"][: 2 if senior else 1]
        + ["Director of Engineering"],
        "acme-software-engineer.yaml": ["Software Engineer I", "Software Engineer II"]}
    assert "no ladder in this file" not in run.stderr
    assert "track 'Engineering Manager': the titles of its levels name the managers of engineering" in run.stderr


def test_a_numbered_sequence_that_changes_its_title_is_one_track(cli, write, tmp_path):
    for name, title in (("p1", "P1 Developer"), ("p2", "P2 Developer"), ("p3", "P3 Architect")):
        write(f"site/{name}.md", f"# {title}\n\n## Impact\n\n- I deliver as a {title}\n")
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["acme-developer.yaml"]
    assert "'Architect' continues its level sequence (P3 follows P2)" in run.stderr


@pytest.mark.parametrize("data", [False, True], ids=["one-discipline", "two-disciplines"])
def test_staff_and_principal_said_shortly_top_the_one_ladder_of_their_role(cli, write, tmp_path, data):
    """'Staff Engineer' and 'Principal Engineer' pages beside 'Software
    Engineer I, II' pages are the top of the software engineers' ladder: the
    role said without its discipline, above all its levels. Beside two
    disciplines' ladders, they are a track of their own."""
    pages = {"software-engineer-i": "Software Engineer I", "software-engineer-ii": "Software Engineer II",
             "staff-engineer": "Staff Engineer", "principal-engineer": "Principal Engineer"}
    if data:
        pages |= {"data-engineer-i": "Data Engineer I", "data-engineer-ii": "Data Engineer II"}
    for name, title in pages.items():
        write(f"site/{name}.md", f"---\ntitle: {title}\n---\n\n## Impact\n\n- I deliver what a {title} does\n")
    out = tmp_path / "split"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    tracks = {p.name: [lv["title"] for lv in load_document(str(p), p.read_bytes()).data["levels"]]
              for p in out.iterdir()}
    if data:
        assert tracks["acme-engineer.yaml"] == ["Staff Engineer", "Principal Engineer"]
    else:
        assert tracks == {"acme-software-engineer.yaml": ["Software Engineer I", "Software Engineer II",
                                                          "Staff Engineer", "Principal Engineer"]}
        assert "'Engineer' ('Principal Engineer', 'Staff Engineer') is its role said shortly" in run.stderr


def test_a_page_titled_with_the_role_alone_is_the_rung_below_senior(cli, write, tmp_path):
    pages = [write("site/a.md", "# Senior Engineer\n\n## Core\n\n* Owns large features.\n"),
             write("site/b.md", "# Engineer\n\n## Core\n\n* Owns small features.\n"),
             write("site/c.md", "# Junior Engineer\n\n## Core\n\n* Learns the codebase.\n")]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["title"], lv["competencies"]["core"]) for lv in data["levels"]] == [
        ("Junior Engineer", ["Learns the codebase."]), ("Engineer", ["Owns small features."]),
        ("Senior Engineer", ["Owns large features."])]
    assert "no ladder in this file" not in run.stderr and "ordered by file name" not in run.stderr
    # Alone, the page names no level.
    alone = cli("import", str(pages[1]), "--org", "Acme", "-o", str(tmp_path / "alone.yaml"), "--no-check")
    assert alone.exit_code == 2 and "cannot tell which level this document describes" in alone.stderr


def test_pages_whose_front_matter_titles_name_their_levels(cli, write, tmp_path):
    """A static site's pages (Hugo, Jekyll) title themselves in front matter
    and start at their sections: the page's title names its level."""
    pages = [write(f"site/{slug}.md", f'---\ntitle: "{title}"\ndescription: "The ladder - {title} role"\n---\n\n'
                                      f"## Core Competencies\n* You own {size} features.\n")
             for slug, title, size in (("engineer", "Engineer", "small"), ("senior", "Senior Engineer", "large"))]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["title"], lv["competencies"]["core-competencies"]) for lv in data["levels"]] == [
        ("Engineer", ["You own small features."]), ("Senior Engineer", ["You own large features."])]
    assert data["track"] == "Engineer"
    assert "the page's title on line 2 names one level (Senior Engineer), and no heading does" in run.stderr
    # The description each page gives, the same but for its level's title, is the site's: no level's summary.
    assert all("summary" not in lv for lv in data["levels"])
    assert "description" not in data
    assert "senior.md:1: not placed: the page's description, the same on every page but for its level's title" \
        in run.stderr


@pytest.mark.parametrize("heading", ["", "# {n} {title}\n\n"])
def test_front_matter_titles_of_bare_levels_are_one_track(cli, write, tmp_path, heading):
    """Pages titled 'Junior', 'Expert', 'Senior' in their front matter (with
    or without a heading that names the level again) are the levels of one
    track, as the same words as headings are: a title made of level words
    names no role, and no framework."""
    for n, title in enumerate(("Junior", "Expert", "Senior"), 1):
        write(f"site/0{n}-{title.lower()}.md", f"---\ntitle: {title}\n---\n\n" + heading.format(n=f"0{n}", title=title)
              + f"## Craft\n\n- Writes code as a {title.lower()} does.\n")
    out = tmp_path / "split"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    [written] = out.iterdir()
    data = load_document(str(written), written.read_bytes()).data
    assert [lv["title"].split()[-1] for lv in data["levels"]] == ["Junior", "Expert", "Senior"]  # as the pages are numbered
    assert data["name"] == "Acme Engineering"
    assert ": not placed:" not in run.stderr


def test_a_track_declared_in_the_front_matter_names_the_pages_track(cli, write, tmp_path):
    """'track: management' in a page's front matter is the page's track,
    over what its level's title says."""
    pages = {"01-junior": ("Junior", "technical"), "02-senior": ("Senior Engineer", "technical"),
             "03-manager": ("Engineering Manager", "management"), "04-lead": ("Senior Engineering Manager", "management")}
    for name, (title, track) in pages.items():
        write(f"site/{name}.md", f"---\ntitle: {title}\ntrack: {track}\n---\n\n## Craft\n\n- Does the {name} work.\n")
    out = tmp_path / "split"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    tracks = {p.name: load_document(str(p), p.read_bytes()).data for p in out.iterdir()}
    assert {name: (data["track"], [lv["title"] for lv in data["levels"]]) for name, data in tracks.items()} == {
        "acme-technical.yaml": ("Technical", ["Junior", "Senior Engineer"]),
        "acme-management.yaml": ("Management", ["Engineering Manager", "Senior Engineering Manager"])}
    assert "layout: track 'Management': the front matter says 'track: management'" in run.stderr
    assert "track: technical" not in run.stderr.replace("says 'track: technical'", "")


#: One page, two tracks set apart by the headings over their levels.
PAGE_OF_TRACKS = """# Acme Engineering Levels

How engineers grow at Acme.

## Individual contributor track
### Engineer I
- Writes small features with help.
### Engineer II
- Owns medium features.
### Senior Engineer
- Designs systems.
## Management track
### Engineering Manager
- Runs a team of up to eight engineers.
### Senior Engineering Manager
- Runs several teams through their managers.
"""


def html_of(markdown: str) -> str:
    """The same page in HTML: '#' headings as h1 ..., bullets as a list."""
    body = []
    for line in markdown.splitlines():
        hashes = len(line) - len(line.lstrip("#"))
        if hashes:
            body.append(f"<h{hashes}>{line[hashes:].strip()}</h{hashes}>")
        elif line.startswith("- "):
            body.append(f"<ul><li>{line[2:]}</li></ul>")
        elif line:
            body.append(f"<p>{line}</p>")
    return "<!doctype html>\n<html><head><title>Acme Engineering Levels</title></head><body>\n" + \
        "\n".join(body) + "\n</body></html>\n"


@pytest.mark.parametrize("name", ["levels.md", "levels.html"])
def test_headings_that_say_track_set_apart_the_tracks_of_one_page(cli, write, tmp_path, name):
    """Two tracks on one page under '## Individual contributor track' and
    '## Management track' are two ladders, as two tables of a page or two
    groups of a site's pages are: the import stops and lists them."""
    path = write(name, PAGE_OF_TRACKS if name.endswith(".md") else html_of(PAGE_OF_TRACKS))
    run = cli("import", str(path), "--org", "Acme", "-o", str(tmp_path / "one.yaml"))
    assert run.exit_code == 2
    assert "the document holds 2 tracks: 'Individual Contributor' (3 levels); 'Management' (2 levels)" \
        in run.stderr
    out = tmp_path / "split"
    run = cli("import", str(path), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    tracks = {p.name: load_document(str(p), p.read_bytes()).data for p in out.iterdir()}
    assert {file: (data["track"], [lv["title"] for lv in data["levels"]]) for file, data in tracks.items()} == {
        "acme-individual-contributor.yaml": ("Individual Contributor", ["Engineer I", "Engineer II",
                                                                        "Senior Engineer"]),
        "acme-management.yaml": ("Management", ["Engineering Manager", "Senior Engineering Manager"])}
    assert cells(tracks["acme-management.yaml"])["engineering-manager"] == {
        "expectations": ["Runs a team of up to eight engineers."]}
    assert {data["description"] for data in tracks.values()} == {"How engineers grow at Acme."}
    assert "layout: track 'Management': the headings over its levels say they are tracks " \
           "('Individual contributor track', 'Management track')" in run.stderr
    assert "heading above the levels" not in run.stderr
    data, run = imported(cli, path, "--org", "Acme", "--track", "Management")
    assert [lv["title"] for lv in data["levels"]] == ["Engineering Manager", "Senior Engineering Manager"]
    assert "a document of another track ('Individual Contributor'); --track chose 'Management'" in run.stderr


@pytest.mark.parametrize("groups, tracks", [
    # The levels under each heading name another role.
    ({"Individual contributors": ["Engineer I", "Engineer II", "Senior Engineer"],
      "Managers": ["Engineering Manager", "Senior Engineering Manager"]},
     "the levels under each heading name another role ('Engineer'; 'Engineering Manager')"),
    # Each heading holds a level sequence of its own.
    ({"Engineers": ["IC1", "IC2", "IC3"], "Managers": ["M1", "M2"]},
     "the levels under each heading are a sequence of their own, from its own lowest level (IC1 ...; M1 ...)"),
    # The same levels again, under headings that say they are tracks: not competencies.
    ({"Backend track": ["Engineer I", "Engineer II"], "Frontend track": ["Engineer I", "Engineer II"]},
     "the headings over its levels say they are tracks ('Backend track', 'Frontend track')"),
], ids=["roles", "sequences", "same-levels"])
def test_headings_over_levels_of_other_roles_or_sequences_are_tracks(cli, write, tmp_path, groups, tracks):
    text = "# Acme Engineering Levels\n" + "".join(
        f"## {heading}\n" + "".join(f"### {level}\n- Does the work of a {heading} {level}.\n" for level in levels)
        for heading, levels in groups.items())
    out = tmp_path / "split"
    run = cli("import", str(write("levels.md", text)), "--org", "Acme", "--split-tracks", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    written = {load_document(str(p), p.read_bytes()).data["track"]: load_document(str(p), p.read_bytes()).data
               for p in out.iterdir()}
    # A track is a name: in title case ('Individual contributors' is the track 'Individual Contributors').
    assert {track: [lv["title"] for lv in data["levels"]] for track, data in written.items()} == {
        heading.removesuffix(" track").title(): levels for heading, levels in groups.items()}
    assert f"layout: track '{next(iter(groups)).removesuffix(' track').title()}': {tracks}" in run.stderr
    assert "competency-per-section" not in run.stderr


@pytest.mark.parametrize("bands", [
    {"Early career": ["Engineer I", "Engineer II"], "Senior": ["Senior Engineer", "Staff Engineer"]},
    {"Early career": ["Engineer I", "Engineer II"], "Senior": ["Senior Engineer I", "Senior Engineer II"]},
    # The role said shortly at the top of the ladder.
    {"Early career": ["Software Engineer I", "Software Engineer II"],
     "Senior levels": ["Staff Engineer", "Principal Engineer"]},
    # A numbered sequence that changes its title on the way up.
    {"Builders": ["P1 Developer", "P2 Developer"], "Leaders": ["P3 Architect", "P4 Architect"]},
], ids=["seniority", "senior-numbered", "said-shortly", "title-changes"])
def test_headings_over_bands_of_one_ladder_are_not_tracks(cli, write, bands):
    """'Early career' over Engineer I and II, 'Senior' over Senior and Staff
    Engineer: bands of one ladder, its levels in one framework."""
    text = "# Acme Engineering Levels\n" + "".join(
        f"## {heading}\n" + "".join(f"### {level}\n- Does the work of a {level}.\n" for level in levels)
        for heading, levels in bands.items())
    data, run = imported(cli, write("levels.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == [level for levels in bands.values() for level in levels]
    for heading in bands:
        assert f"not placed: heading above the levels, not a level itself: {heading}" in run.stderr


MIXED_ROLES = ["Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer", "Engineering Manager",
               "Senior Engineering Manager"]


def test_sibling_headings_of_engineers_then_managers_are_two_tracks_when_split(cli, write, tmp_path):
    """Levels of one depth whose titles name a contributor's role, then a
    manager's: with --split-tracks, a framework per role; without it, one
    ladder and a notice naming the two roles."""
    text = "# Acme Engineering Levels\n" + "".join(f"## {level}\n- Does the work of a {level}.\n"
                                                   for level in MIXED_ROLES)
    path = write("levels.md", text)
    out = tmp_path / "split"
    run = cli("import", str(path), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    written = [load_document(str(p), p.read_bytes()).data for p in out.iterdir()]
    assert {data["track"]: [lv["title"] for lv in data["levels"]] for data in written} == {
        "Engineer": MIXED_ROLES[:4], "Engineering Manager": MIXED_ROLES[4:]}
    assert "layout: track 'Engineering Manager': the page's levels name two roles, 'Engineer' then " \
           "'Engineering Manager'" in run.stderr
    data, run = imported(cli, path, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == MIXED_ROLES
    assert "levels.md:10: review: the levels name two roles, 'Engineer' then 'Engineering Manager': read as one " \
           "ladder; to import each as a track of its own, pass --split-tracks -o DIR" in run.stderr


CODED_TRACKS = {"by band": ["P1", "P2", "P3", "M1", "P4", "M2"], "one after the other": ["P1", "P2", "P3", "P4", "M1", "M2"]}
CODED_TITLES = {"P1": "Engineer I", "P2": "Engineer II", "P3": "Senior Engineer", "P4": "Staff Engineer",
                "M1": "Engineering Manager", "M2": "Senior Engineering Manager"}


@pytest.mark.parametrize("order", CODED_TRACKS)
@pytest.mark.parametrize("letters", [("P", "M"), ("IC", "EM"), ("E", "M")])
def test_level_codes_of_two_sequences_are_two_tracks(cli, write, tmp_path, order, letters):
    """Sections of levels coded P1-P4 and M1-M2, each sequence from 1,
    whether by band (P3 beside M1) or one after the other: two tracks, as
    headings over them would say: --split-tracks writes one framework each
    with its own levels and statements; without it the import says so."""
    def code(key: str) -> str:
        return {"P": letters[0], "M": letters[1]}[key[0]] + key[1:]

    text = "# Acme Career Paths\n\nTwo parallel paths.\n\n" + "".join(
        f"## {code(key)} — {CODED_TITLES[key]}\n\n- Does the work of {code(key)}.\n\n" for key in CODED_TRACKS[order])
    path = write("paths.md", text)
    out = tmp_path / "split"
    run = cli("import", str(path), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    written = {data["track"]: data for data in (load_document(str(p), p.read_bytes()).data for p in out.iterdir())}
    assert {track: [lv["id"] for lv in data["levels"]] for track, data in written.items()} == {
        "Engineer": [code(k) for k in ("P1", "P2", "P3", "P4")], "Engineering Manager": [code("M1"), code("M2")]}
    for data in written.values():
        assert all(cell == {"expectations": [f"Does the work of {lv['id']}."]} for lv in data["levels"]
                   for cell in [lv["competencies"]])
    assert f"the levels' codes are 2 sequences, each numbered from 1 ({code('P1')}-{code('P4')}; " \
           f"{code('M1')}-{code('M2')})" in run.stderr
    run = cli("import", str(path), "-o", str(tmp_path / "one.yaml"), "--no-check")
    assert run.exit_code == 2
    assert "the document holds 2 tracks: 'Engineer' (4 levels); 'Engineering Manager' (2 levels). Import one " \
           "framework per track with --split-tracks -o DIR" in run.stderr


@pytest.mark.parametrize("codes", [["E1", "E2", "E3", "E4"], ["P1", "P2", "P3", "M3", "M4"], ["P1", "P2", "M1"]])
def test_level_codes_of_one_sequence_or_of_no_second_from_1_are_one_ladder(cli, write, codes):
    """One sequence, a sequence that continues another (M3 after P3) or a
    lone code of another letter: one ladder, as before."""
    text = "# Acme Levels\n\n" + "".join(f"## {c}\n\n- Does the work of {c}.\n\n" for c in codes)
    data, _ = imported(cli, write("levels.md", text), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == codes


@pytest.mark.parametrize("first", ["Team Lead", "Tech Lead Manager"])
def test_a_manager_track_from_its_lead_up_is_no_level_order_to_report(cli, write, first):
    """'Senior' ranks the Engineering Manager, not the Team Lead before it:
    the import does not say LL201 will report the order it keeps."""
    text = "".join(f"## {title}\n\n- Coaches {who}.\n\n" for title, who in (
        (first, "the engineers on their team"), ("Engineering Manager", "team leads"),
        ("Senior Engineering Manager", "managers across several teams")))
    data, run = imported(cli, write("ladder.md", "# Engineering Manager Ladder\n\n" + text), "--org", "Initech")
    assert [level["title"] for level in data["levels"]] == [first, "Engineering Manager", "Senior Engineering Manager"]
    assert "LL201" not in run.stderr


@pytest.mark.parametrize("levels", [
    ["Engineer I", "Engineer II", "Senior Engineer", "Tech Lead", "Staff Engineer"],
    ["Engineer I", "Engineer II", "Senior Engineer", "Team Lead", "Staff Engineer", "Principal Engineer"],
], ids=["tech-lead", "team-lead"])
def test_a_contributors_ladder_with_a_lead_or_one_manager_stays_one_track(cli, write, tmp_path, levels):
    text = "# Acme Engineering Levels\n" + "".join(f"## {level}\n- Does the work of a {level}.\n" for level in levels)
    out = tmp_path / "split"
    run = cli("import", str(write("levels.md", text)), "--org", "Acme", "--split-tracks", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    [written] = list(out.iterdir())
    assert [lv["title"] for lv in load_document(str(written), written.read_bytes()).data["levels"]] == levels
    assert "two roles" not in run.stderr


def test_front_matter_level_names_and_orders_each_pages_level(cli, write, tmp_path):
    """'level: 2' in a page's front matter says which level the page
    describes, as a '**Level:** 2' line would: a page titled with the role
    alone ('Software Engineer') is a level, and the numbers order the pages,
    whatever their file names."""
    titles = {"engineer": (2, "Software Engineer"), "principal": (4, "Principal Software Engineer"),
              "senior": (3, "Senior Software Engineer"), "associate": (1, "Associate Software Engineer")}
    for slug, (number, title) in titles.items():
        write(f"site/{slug}.md", f"---\ntitle: {title}\nlevel: {number}\nlayout: page\n---\n\n"
                                 f"## Craft\n\n- Writes code as level {number} does.\n")
    data, run = imported(cli, tmp_path / "site", "--org", "Acme")
    assert [(lv["id"], lv["title"], lv["competencies"]["craft"]) for lv in data["levels"]] == [
        (f"L{n}", title, [f"Writes code as level {n} does."]) for n, title in sorted(titles.values())]
    assert data["track"] == "Software Engineer"
    # The layout the four pages are read with is said once on the terminal; each page's evidence in the report.
    assert "site/: on 4 pages (line 3 of each: associate.md, engineer.md, principal.md, senior.md): layout: " \
           "level-per-page" in run.stderr
    whole = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(tmp_path / "again.yaml"), "--no-check",
                "--report", "-")
    assert "engineer.md:3: layout: level-per-page: 'level: 2' on line 3 names its level" in whole.output
    # The same setting on every page is said once, for them all.
    assert [line.split(": not placed: ")[1] for line in run.stderr.splitlines() if ": not placed: " in line] == [
        "site setting in the front matter, not part of the framework: layout: page"]
    assert "site/: on 4 pages (line 4 of each: associate.md, engineer.md, principal.md, senior.md): not placed: " \
        in run.stderr


def test_front_matter_level_on_a_page_of_several_levels_is_reported_not_taken(cli, write, tmp_path):
    """A page whose headings name several levels is read by them; its
    front matter 'level' is reported, not forced on the page."""
    page = write("ladder.md", "---\ntitle: Engineering Ladder\nlevel: 3\n---\n\n"
                              "## Engineer I\n\n- Writes code.\n\n## Engineer II\n\n- Designs features.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II"]
    assert "ladder.md:3: not placed: front matter key naming a level, on a page that describes several levels or " \
           "none it can read: level: 3" in run.stderr


@pytest.mark.parametrize("key", ["weight", "nav_order", "sidebar_position"])
def test_pages_whose_level_names_do_not_tell_keep_their_sites_order(cli, write, tmp_path, key):
    """Levels named without a seniority ('Builder', 'Architect') are in the
    order the site lists its pages (Hugo's 'weight', Jekyll's 'nav_order'),
    not by file name; with --layout level-per-page, each page's title names
    its level, whatever it says, and names no track."""
    for slug, title, place in (("a-builder", "Builder", 30), ("b-apprentice", "Apprentice", 10),
                               ("c-architect", "Architect", 40), ("d-maker", "Maker", 20)):
        write(f"site/{slug}.md", f"---\ntitle: {title}\n{key}: {place}\n---\n\n## Craft\n\n- Works as a {slug}.\n")
    data, run = imported(cli, tmp_path / "site", "--org", "Acme", "--layout", "level-per-page")
    assert [lv["title"] for lv in data["levels"]] == ["Apprentice", "Maker", "Builder", "Architect"]
    assert data["track"] == "Engineering"  # the default: no page names a role
    assert ": not placed:" not in run.stderr


def test_pages_without_a_site_order_keep_their_file_names_order(cli, write, tmp_path):
    for slug, title in (("a-builder", "Builder"), ("b-apprentice", "Apprentice"), ("c-architect", "Architect")):
        write(f"site/{slug}.md", f"---\ntitle: {title}\n---\n\n## Craft\n\n- Works as a {slug}.\n")
    data, _run = imported(cli, tmp_path / "site", "--org", "Acme", "--layout", "level-per-page")
    assert [lv["title"] for lv in data["levels"]] == ["Apprentice", "Builder", "Architect"]


def test_pages_whose_titles_name_no_rung_are_in_the_order_of_their_paths_in_any_order_of_arguments(cli, write, tmp_path):
    paths = [str(write(f"site/{slug}.md", f"---\ntitle: {title}\n---\n\n## Craft\n\n- Works as a {slug}.\n"))
             for slug, title in (("pioneer", "Pioneer"), ("explorer", "Explorer"), ("voyager", "Voyager"))]
    outputs = []
    for order in (paths, paths[::-1]):
        run = cli("import", *order, "--org", "Acme", "--layout", "level-per-page", "--no-check")
        assert run.exit_code == 0, run.stderr
        outputs.append(run.output)
        assert [lv["title"] for lv in load_document("x.yaml", run.output.encode()).data["levels"]] == \
            ["Explorer", "Pioneer", "Voyager"]
        # The paths' order is nobody's choice: the report asks to check it.
        assert "review: the levels' titles do not tell the order of every level: 'Explorer' before 'Pioneer', the " \
               "order of their files' paths; 'Pioneer' before 'Voyager', the order of their files' paths: check the " \
               "order of 'levels' (where it is wrong, put the levels in the ladder's order in the file written)" \
               in " ".join(run.stderr.split())
    assert outputs[0] == outputs[1]  # the same bytes, whatever order the arguments name the files in


_MANAGERS = (("engineering-manager", "Engineering Manager"), ("senior-engineering-manager", "Senior Engineering Manager"),
             ("head-of-engineering", "Head of Engineering"), ("director-of-engineering", "Director of Engineering"))


def test_levels_the_titles_do_not_order_go_where_ladders_usually_place_them_in_any_order_of_arguments(cli, write, tmp_path):
    """Head of Engineering and Director of Engineering: where ladders
    usually place them, whatever order the files are named in, and a line
    of the report says which levels that placed."""
    paths = [str(write(f"site/{slug}.md", f"# {title}\n\n## Craft\n\n- Leads as a {title}.\n"))
             for slug, title in _MANAGERS]
    for order in (paths, [paths[1], paths[0], paths[3], paths[2]], tmp_path / "site"):
        run = cli("import", *(order if isinstance(order, list) else [str(order)]), "--org", "Acme", "--no-check")
        assert run.exit_code == 0, run.stderr
        assert [lv["title"] for lv in load_document("x.yaml", run.output.encode()).data["levels"]] == \
            ["Engineering Manager", "Senior Engineering Manager", "Director of Engineering", "Head of Engineering"]
        assert "'Director of Engineering' before 'Head of Engineering', where ladders usually place them" \
            in " ".join(run.stderr.split())


@pytest.mark.parametrize("ladder", [
    "## Engineer 1\n\n### Craft\n\n- Writes code.\n\n## Engineer 2\n\n### Craft\n\n- Designs features.\n",
    "| Competency | Engineer 1 | Engineer 2 |\n|---|---|---|\n| Craft | Writes code. | Designs features. |\n",
])
def test_a_list_that_sums_up_each_level_before_them_gives_their_summaries(cli, write, ladder):
    """A 'tl;dr' list before the levels, a line per level ('Engineer 2
    (IC3): Is an effective team member.'), sums each up, in headings or a table."""
    page = write("ladder.md", "# Ladder\n\n### tl;dr\n\n- Intern: learns the basics\n"
                              "- Engineer 1 (IC2): Focuses on being an effective individual contributor.\n"
                              "- Engineer 2 (IC3): Is an effective\n  team member.\n\n" + ladder)
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["title"], lv.get("summary")) for lv in data["levels"]] == [
        ("Engineer 1", "Focuses on being an effective individual contributor."),
        ("Engineer 2", "Is an effective team member.")]
    assert "a list before the levels sums up 2 of them" in run.stderr
    assert "not placed: text before the first level: Intern: learns the basics" in run.stderr or \
           "not placed: outside the tables of the ladder: Intern: learns the basics" in run.stderr


def test_a_competency_name_spanning_rows_of_a_table_in_a_level_names_them_all(cli, write):
    text = ("# Senior Engineer\n\n## Core\n* You own large features.\n\n## Broad indicators\n<table>\n<tbody>\n"
            '  <tr>\n    <td rowspan="2">Split of the role</td>\n    <td><b>Core</b>: ~50%</td>\n  </tr>\n'
            "  <tr>\n    <td><b>Management</b>: ~10%</td>\n  </tr>\n"
            "  <tr>\n    <td>Tenure</td>\n    <td>3 years</td>\n  </tr>\n</tbody>\n</table>\n")
    data, run = imported(cli, write("senior.md", text), "--org", "Acme")
    # Its cells are figures ('Core: ~50%', '3 years'): reported, no statements.
    assert cells(data)["senior-engineer"] == {"core": ["You own large features."]}
    assert "no competency name" not in run.stderr
    assert "not placed: a figure, not a behaviour the level expects (how much, not what it does): Core: ~50%" \
        in run.stderr
    # A name cell spans only rows below a named one: a row with no name is not the row above's.
    unnamed = text.replace("<td>Tenure</td>", '<td rowspan="2"></td>').replace(
        "  </tr>\n</tbody>", "  </tr>\n  <tr>\n    <td>Unnamed two</td>\n  </tr>\n</tbody>")
    data, run = imported(cli, write("unnamed.md", unnamed.replace("~50%", "owns a feature").replace(
        "~10%", "leads a team")), "--org", "Acme")
    assert cells(data)["senior-engineer"]["split-of-the-role"] == ["Core: owns a feature", "Management: leads a team"]


def test_a_plus_sign_is_part_of_an_id(cli, write):
    text = ("# Acme Ladder\n\n## Principal Engineer\n\n### C++ craft\n\n- Leads the direction.\n\n"
            "## Principal+ Engineer\n\n### C++ craft\n\n- Leads the company's direction.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["principal-engineer", "principal-plus-engineer"]
    assert [c["id"] for c in data["dimensions"][0]["competencies"]] == ["c-plus-plus-craft"]
    assert "a second section for level" not in run.stderr


def test_a_picture_is_not_an_expectation(cli, write):
    text = ("# Junior Engineer\n\n## Delivery\n\n- Ships tasks\n\n## Skill radar\n\n"
            "![Junior skill radar](https://example.org/radar.png)\n")
    data, run = imported(cli, write("junior.md", text), "--org", "Acme")
    assert cells(data) == {"junior-engineer": {"delivery": ["Ships tasks"]}}
    assert [c["id"] for c in data["dimensions"][0]["competencies"]] == ["delivery"]
    assert "junior.md:9: not placed: image: ![Junior skill radar](https://example.org/radar.png)" in run.stderr
    assert "junior.md:7: not placed: heading with no statements under it: Skill radar" in run.stderr


@pytest.mark.parametrize("summary", ["**tldr;** Applies known patterns.", "**Summary:** Applies known patterns.",
                                     "TL;DR: Applies known patterns."])
def test_a_competencys_summary_at_a_level_is_its_note(cli, write, summary):
    text = (f"# Junior Engineer\n\n## Technical mastery\n\n{summary}\n\n* Uses established patterns\n"
            "* Reads code\n\n## Learning\n\nAsks why, not only how.\n")
    data, run = imported(cli, write("junior.md", text), "--org", "Acme")
    assert data["levels"][0]["competencies"] == {
        "technical-mastery": {"statements": ["Uses established patterns", "Reads code"], "note": "Applies known patterns."},
        "learning": ["Asks why, not only how."],  # a paragraph that says nothing of itself is a statement
    }
    page = ("<h1>Junior Engineer</h1><h2>Technical mastery</h2><p><strong>Summary:</strong> Applies known patterns.</p>"
            "<ul><li>Uses established patterns</li></ul>")
    data, _ = imported(cli, write("junior.html", page), "--org", "Acme")
    assert data["levels"][0]["competencies"] == {
        "technical-mastery": {"statements": ["Uses established patterns"], "note": "Applies known patterns."}}
    # With no bullets to sum up, what it says is the statement.
    alone = text.replace("* Uses established patterns\n* Reads code\n", "")
    data, _ = imported(cli, write("alone.md", alone), "--org", "Acme")
    found = data["levels"][0]["competencies"]
    assert all(isinstance(cell, list) for cell in found.values())  # no note
    assert any("Applies known patterns." in statement for cell in found.values() for statement in cell)


def test_a_heading_that_is_a_sentence_is_an_expectation_not_a_dimension(cli, write):
    """Loan Market's ladder heads each expectation with a sentence (h4), and
    one was typed a level too high (h3): it is still an expectation, not a
    dimension holding the ones after it."""
    text = ("# Roles\n\n## Junior Engineer\n\n#### I write good code.\n\n- Tests it\n\n"
            "## Senior Engineer\n\n#### I lead projects.\n\n- Plans them\n\n### I am adaptable\n\n- Changes course\n\n"
            "#### I mentor others.\n\n- Pairs often\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    # Each sentence is said at one level only: an expectation of it, its bullets its examples.
    assert cells(data)["senior-engineer"] == {"expectations": [
        {"text": "I lead projects.", "examples": ["Plans them"]},
        {"text": "I am adaptable", "examples": ["Changes course"]},
        {"text": "I mentor others.", "examples": ["Pairs often"]}]}
    assert "ladder.md:5: review: headings that are sentences, most at one level only" in run.stderr


def test_sentence_headings_of_a_site_of_level_pages_are_expectations(cli, write):
    """A page per level, each expectation a heading of its own that no other
    level says ('You can lead on simpler tasks'), the bullets under it what
    shows it: one competency of expectations, not a competency per sentence
    that every other level lacks (LL401 at each)."""
    junior = ("---\ntitle: Junior Engineer\n---\n\n### You can lead on simpler tasks\n\n"
              "- You drive a ticket to done.\n- You ask for help early.\n\n"
              "### You learn the tools your team uses\n\n- You [read the guide](guide.md).\n")
    senior = ("---\ntitle: Senior Engineer\n---\n\n### You lead the design of complex features\n\n"
              "- Running white-boarding sessions.\n\n### You mentor others in your team\n\nYou pair with juniors.\n")
    site = write("site/junior.md", junior).parent
    write("site/senior.md", senior)
    data, _ = imported(cli, site, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Expectations"]
    assert cells(data) == {
        "junior-engineer": {"expectations": [
            {"text": "You can lead on simpler tasks",
             "examples": ["You drive a ticket to done.", "You ask for help early."]},
            {"text": "You learn the tools your team uses", "examples": ["You read the guide."]}]},
        "senior-engineer": {"expectations": [
            {"text": "You lead the design of complex features", "examples": ["Running white-boarding sessions."]},
            {"text": "You mentor others in your team", "examples": ["You pair with juniors."]}]}}


def test_sentence_headings_said_at_every_level_stay_competencies(cli, write):
    """The same sentence heading at each level, saying how at each: a
    competency, as a name would be."""
    text = ("# Ladder\n\n## Junior Engineer\n\n### I am adaptable\n\n- Changes course when told\n\n"
            "### I write good code.\n\n- Tests it\n\n"
            "## Senior Engineer\n\n### I am adaptable\n\n- Changes course before being told\n\n"
            "### I write good code.\n\n- Designs it\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["senior-engineer"] == {"i-am-adaptable": ["Changes course before being told"],
                                              "i-write-good-code": ["Designs it"]}


def test_a_table_of_levels_as_rows_keeps_every_row(cli, write):
    """The role alone ('Engineer' beside 'Senior Engineer') is a level; short
    statements beside the levels are not their titles; a row naming no
    level is reported, never dropped."""
    text = ("# Acme Ladder\n\n| Title | Ownership | Delivery |\n| --- | --- | --- |\n"
            "| Junior Engineer | Learning; no ownership yet. | Ships tasks with help. |\n"
            "| Engineer | Owns small areas. | Ships features. |\n"
            "| Senior Engineer | Owns a product area. | Ships projects. |\n"
            "| Notes | Reviewed yearly. | |\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Engineer", "Senior Engineer"]
    assert cells(data)["engineer"] == {"ownership": ["Owns small areas."], "delivery": ["Ships features."]}
    assert "ladder.md:8: not placed: table row that names no level: Notes | Reviewed yearly." in run.stderr


def test_page_titles_name_levels_without_the_sites_name(cli, write, tmp_path):
    """Pages titled 'Senior Engineer | Acme Careers' with no heading naming
    their level; a page whose title alone mentions one ('Staff Engineer FAQ')
    is not a level of theirs."""
    for slug, title in (("a", "Junior Engineer"), ("b", "Senior Engineer"), ("c", "Staff Engineer")):
        write(f"site/{slug}.html", f"<html><head><title>{title} | Acme Careers</title></head><body>\n"
                                   f"<h2>Craft</h2>\n<ul><li>Writes code as a {title}.</li></ul>\n</body></html>\n")
    write("site/faq.html", "<html><head><title>Staff Engineer FAQ</title></head><body>\n<h2>Questions</h2>\n"
                           "<ul><li>How long does promotion take?</li></ul>\n</body></html>\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Senior Engineer", "Staff Engineer"]
    assert "faq.html:1: not placed: no ladder in this file: only its title ('Staff Engineer FAQ') names a level" \
        in run.stderr


@pytest.mark.parametrize("site, org", [("Acme Careers", []), ("Globex", ["--org", "Globex"])])
def test_the_sites_name_in_page_titles_names_no_framework(cli, write, tmp_path, site, org):
    """Pages each headed by their level, titled 'Senior Engineer | Acme
    Careers': the site's name, which the titles share (or which says it is
    a site's), is not the framework's name, and the rest restates the level."""
    for slug, title in (("a", "Junior Engineer"), ("b", "Engineer"), ("c", "Senior Engineer")):
        write(f"site/{slug}.html", f"<html><head><title>{title} · {site}</title></head><body>\n<h1>{title}</h1>\n"
                                   f"<h2>Craft</h2>\n<ul><li>Writes code as a {title}.</li></ul>\n</body></html>\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), *org, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    # Named as a framework that no page titles is: its organisation and track.
    assert (data["name"], data["track"], len(data["levels"])) == (f"{site.split()[0]} Engineer", "Engineer", 3)


@pytest.mark.parametrize("title", ["Backend Ladder – Acme Engineering Handbook", "Acme Careers | Backend Ladder"])
def test_a_pages_own_title_names_the_framework_without_the_sites_name(cli, write, title):
    page = (f"<html><head><title>{title}</title></head><body>\n<h2>Junior Engineer</h2>\n"
            "<ul><li>Ships tasks.</li></ul>\n<h2>Senior Engineer</h2>\n<ul><li>Leads projects.</li></ul>\n</body></html>\n")
    data, _run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert data["name"] == "Backend Ladder"


def test_a_page_read_again_loses_the_sites_repeated_text_too(cli, write, tmp_path):
    for slug, title in (("a", "Engineer"), ("b", "Senior Engineer"), ("c", "Staff Engineer"), ("d", "Principal Engineer")):
        write(f"site/{slug}.html", f"<html><body>\n<h1>{title}</h1>\n<p>Questions? Ask on Slack.</p>\n<h2>Craft</h2>\n"
                                   f"<ul><li>Writes code as a {title}.</li></ul>\n</body></html>\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [level["title"] for level in data["levels"]][:2] == ["Engineer", "Senior Engineer"]
    assert "Slack" not in out.read_text()
    assert "site/: on 4 pages (line 3 of each: a.html, b.html, c.html, d.html): not placed: text repeated on all " \
        "4 pages" in run.stderr


def test_a_level_named_by_a_level_line_or_by_the_files_name(cli, write, tmp_path):
    """'**Level:** M3 (Director)' under 'Head of Engineering' names the
    page's level, and so does a file named after one ('IC3.md')."""
    pages = [write(f"mgmt/{code}.md", f"# {title}\n\n**Level:** {code} ({rank})\n\n## Outcomes\n\n### Delivery\n\n"
                                      f"- Delivers as {title}\n")
             for code, title, rank in (("M1", "Engineering Manager", "Team lead"), ("M2", "Senior Engineering Manager",
                                                                                     "Manager of managers"),
                                       ("M3", "Head of Engineering", "Director"))]
    out = tmp_path / "mgmt.yaml"
    # The whole report: on the terminal, a layout three pages are read with is said once, by its name.
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check", "--report", "-")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("M1", "Engineering Manager"), ("M2", "Senior Engineering Manager"),
                                                                        ("M3", "Head of Engineering")]
    assert "M3.md:3: layout: level-per-page: 'Level: M3 (Director)' on line 3 names its level" in run.output
    assert "Level" not in [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    # A file named with a code of the family the other pages' levels use names its level;
    # 'v1.md' or 'week-1.md' beside them is no level.
    files = [write(f"ic/{code}.md", f"### Delivery\n\n- Ships as {code}\n") for code in ("IC3", "IC4", "v1")]
    files.append(write("ic/ic5.md", "# IC5\n\n### Delivery\n\n- Ships as IC5\n"))
    out = tmp_path / "ic.yaml"
    run = cli("import", *map(str, files), "--org", "Acme", "-o", str(out), "--no-check", "--report", "-")
    assert run.exit_code == 0, run.stderr
    assert cells(load_document(str(out), out.read_bytes()).data) == {
        "IC3": {"delivery": ["Ships as IC3"]}, "IC4": {"delivery": ["Ships as IC4"]}, "IC5": {"delivery": ["Ships as IC5"]}}
    assert "IC3.md:1: layout: level-per-page: the file's name names one level (IC3), and no heading does" in run.output
    assert "v1.md:1: not placed: no ladder in this file" in run.output
    # Alone, the file's name is only a hint.
    alone = cli("import", str(files[0]), "--org", "Acme", "-o", str(tmp_path / "alone.yaml"), "--no-check")
    assert alone.exit_code == 2 and "(its file's name suggests --level IC3)" in alone.stderr
    # ... unless it is a role and its number, a level's whole title ('Product Manager 4.md', Techtaka).
    for name in ("Product Manager 4", "Tech Lead 5"):  # a role's last word may be its seniority word ('Lead')
        page = write(f"pm/{name}.md", "### Expertise\n\n- Specialises in one product area\n")
        run = cli("import", str(page), "--org", "Acme", "-o", str(tmp_path / "pm.yaml"), "--no-check")
        assert run.exit_code == 0, run.stderr
        assert f"the file's name names one level ({name}), and no heading does" in run.stderr
    for name in ("weeks/week-1.md", "courses/engineer-101.md"):
        page = write(name, "### Expertise\n\n- Specialises in one product area\n")
        assert cli("import", str(page), "--org", "Acme", "-o", str(tmp_path / "w.yaml"), "--no-check").exit_code == 2


def test_a_levels_summary_written_as_a_quote(cli, write):
    text = ("# Acme Ladder\n\n## Engineer\n\n> I am a valuable member of the team.\n>\n> I start the expert track.\n\n"
            "#### Delivery\n\n- I ship small features.\n\n## Senior Engineer\n\nI lead.\n\n> A quote beside the summary.\n\n"
            "#### Delivery\n\n- I ship large features.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level.get("summary") for level in data["levels"]] == [
        "I am a valuable member of the team.\n\nI start the expert track.", "I lead.\n\nA quote beside the summary."]
    # A quote beside a plain summary is part of it; a line that is only '>' is no text.
    assert "not placed" not in run.stderr.replace(" not placed,", "")
    assert "ladder.md:6:" not in run.stderr


def test_a_levels_quoted_description_after_a_line_above_it_is_its_summary_and_its_rewrite_a_change(cli, write, tmp_path):
    """A level page: a short label line, the level's description as a block
    quote, a link line, then its competencies. The summary is the label
    and the quote in the order written; rewriting the quote is a change
    `diff` reports. A note in a quote, a line that is only a link, or a
    quote after the level's bullets, is no summary."""
    page = ("# Senior Engineer\n\nTechnical position\n\n> A senior engineer {scope}.\n\n_See also: [Staff](staff.md)._\n\n"
            "> **Note:** this page is being reviewed.\n\n## Craft\n\n- Writes code that sets the standard.\n")
    runs = []
    for version, scope in (("v1", "designs systems across teams"), ("v2", "designs features in one area")):
        out = tmp_path / f"{version}.yaml"
        runs.append(cli("import", str(write(f"{version}/senior.md", page.format(scope=scope))), "--org", "Acme",
                        "--id", "acme", "-o", str(out), "--no-check"))
        assert runs[-1].exit_code == 0, runs[-1].stderr
    data = load_document("v1.yaml", (tmp_path / "v1.yaml").read_bytes()).data
    assert data["levels"][0]["summary"] == "Technical position\n\nA senior engineer designs systems across teams."
    assert "senior.md:7: not placed: a link to another page on level 'Senior Engineer'" in runs[0].stderr
    assert "senior.md:9: not placed: block quote: **Note:** this page is being reviewed." in runs[0].stderr
    changes = cli("diff", str(tmp_path / "v1.yaml"), str(tmp_path / "v2.yaml"))
    assert "summary-changed" in changes.output and "[-systems across teams-]{+features in one area+}." in changes.output


def test_a_bold_label_on_a_line_of_its_own_labels_the_lines_after_it(cli, write):
    text = ("# Acme Roles\n\n## Product Designer\n\n### Craft\nLays out pages.\n\n### Toolkit\nUses design tools.\n\n"
            "## Senior Product Designer\n\n### Craft\nTeaches layout.\n\n**Toolkit**  \nChooses the right tools.\n")
    data, _ = imported(cli, write("roles.md", text), "--org", "Acme")
    assert cells(data)["senior-product-designer"] == {"craft": ["Teaches layout."], "toolkit": ["Chooses the right tools."]}


def test_competency_heading_takes_in_the_sub_headings_under_it(cli, write):
    text = "# PM 3\n\n### Expertise\n\n#### Adopts\n\n* Uses the tools\n\n### Problem solving\n\n#### Understands\n\n* Solves\n"
    data, run = imported(cli, write("pm3.md", text), "--org", "Acme", "--competency-heading", "h3")
    assert cells(data) == {"PM3": {"expertise": ["Uses the tools"], "problem-solving": ["Solves"]}}
    assert "pm3.md:5: not placed: heading inside competency 'Expertise' (--competency-heading): its text is the " \
           "competency's: Adopts" in run.stderr


def test_a_section_that_regroups_the_levels_is_not_a_level(cli, write):
    text = ("# Acme Roles\n\n## Product Designer\n\n### Craft\nLays out pages.\n\n## Senior Product Designer\n\n"
            "### Craft\nTeaches layout.\n\n## Designers Grouped By Theme\n\n### Craft\n\n*Product Designer*  \n"
            "Lays out pages.\n\n*Senior Product Designer*  \nTeaches layout.\n")
    data, run = imported(cli, write("roles.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Product Designer", "Senior Product Designer"]
    assert "roles.md:13: not placed: section 'Designers Grouped By Theme' restates the levels above" in run.stderr
    # Levels that stand alone and say again what the one below says are levels.
    alone = ("# Acme Roles\n\n## Explorer\n\n### Craft\n\n- Lays out pages.\n\n## Builder\n\n### Craft\n\n"
             "- Lays out pages.\n- Teaches layout.\n")
    data, _ = imported(cli, write("alone.md", alone), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Explorer", "Builder"]


def test_a_column_of_titles_may_hold_a_title_in_lower_case(cli, write):
    text = ("# Acme Ladder\n\n| Level | Title | Delivery | Craft |\n| --- | --- | --- | --- |\n"
            "| L1 | iOS Engineer I | Ships small features to the app store. | Writes tests for views. |\n"
            "| L2 | iOS Engineer II | Ships features across screens. | Designs modules. |\n"
            "| L3 | Staff Eng. | Ships programmes of work. | Sets the architecture. |\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1", "iOS Engineer I"), ("L2", "iOS Engineer II"), ("L3", "Staff Eng.")]


@pytest.mark.parametrize("level_line, expected", [
    ("**Level:** Senior", ("senior-backend-engineer", "Senior Backend Engineer")),
    ("**Grade:** 7", ("G7", "Backend Engineer")),
])
def test_a_level_line_with_a_seniority_or_a_grade(cli, write, level_line, expected):
    text = f"# Backend Engineer\n\n{level_line}\n\n## Delivery\n\n- Plans across teams.\n"
    data, run = imported(cli, write("page.md", text), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [expected]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Delivery"]


SKILLS_OF_ONE_LEVEL = """# Engineering Manager

**Level 4** | **Career Path:** Management

## Required Skills

### Sourcing

**Overall Description:**

Managing the procurement of products and services.

**Level 4 Attainment:**

Reviews business cases and determines procurement routes.

### Supplier management

**Overall Description:**

Aligning the organisation's supplier performance objectives.

**Level 4 Attainment:**

Collects supplier performance data and investigates problems.
"""


def test_a_page_that_says_its_level_in_bold_is_one_level_whatever_repeats_under_it(cli, write):
    """A page of one level (SFIA-based): '**Level 4** | ...' says which,
    and the same bold labels under each skill, one of them naming the level
    again and again, are the skills' parts, not levels."""
    data, run = imported(cli, write("page.md", SKILLS_OF_ONE_LEVEL), "--org", "Acme")
    assert [(lv["id"], lv["title"], lv.get("summary")) for lv in data["levels"]] == [
        ("L4", "Engineering Manager", None)]
    assert "layout: level-per-page: 'Level 4 | Career Path: Management' on line 3 names its level" in run.stderr
    statements = [s for c in data["levels"][0]["competencies"].values() for s in c]
    assert "Reviews business cases and determines procurement routes." in statements
    assert "Collects supplier performance data and investigates problems." in statements


def test_one_levels_name_under_every_heading_is_not_a_ladder_of_levels(cli, write):
    text = SKILLS_OF_ONE_LEVEL.replace("**Level 4** | **Career Path:** Management\n\n", "")
    data, run = imported(cli, write("page.md", text), "--org", "Acme", "--level", "L4")
    assert [lv["id"] for lv in data["levels"]] == ["L4"]
    assert "bold lines name levels" not in run.stderr


def test_a_level_line_that_disagrees_with_the_heading_is_noticed(cli, write):
    data, run = imported(cli, write("page.md", "# IC3\n\n**Level:** IC4\n\n## Delivery\n\n- Plans.\n"), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["IC4"]
    assert "page.md:3: review: the heading names level IC3 and this line IC4: the line's is taken" in run.stderr


def test_asides_are_not_summaries_and_short_person_headings_are_names(cli, write):
    text = ("# Acme Ladder\n\n## Junior Engineer\n\n> [!NOTE] This level is being retired.\n\n### Our values\n\n"
            "#### Ownership\n\n- Owns tasks\n\n## Senior Engineer\n\n> **Warning:** under review.\n\n### Our values\n\n"
            "#### Ownership\n\n- Owns projects\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert all("summary" not in level for level in data["levels"])
    assert [d["name"] for d in data["dimensions"]] == ["Our values"]
    assert "not placed: block quote: [!NOTE] This level is being retired." in run.stderr


def test_a_bold_sentence_on_its_own_line_is_not_a_label(cli, write):
    text = ("# Acme Ladder\n\n## Junior Engineer\n\n### Ownership\n\n**Owns outcomes, not just tasks.**\n"
            "Follows through.\n\n## Senior Engineer\n\n### Ownership\n\n**Owns the outcomes of a team.**\n"
            "Follows through for others.\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [c["id"] for d in data["dimensions"] for c in d["competencies"]] == ["ownership"]


def test_a_minified_page_with_preformatted_text(cli, write):
    page = ("<html><body><h1>Senior Engineer</h1><h2>Delivery</h2><ul><li>Ships projects</li></ul>"
            "<pre>make test\nmake ship</pre><h2>Craft</h2><ul><li>Designs modules</li></ul></body></html>")
    data, _ = imported(cli, write("senior.html", page), "--org", "Acme")
    assert cells(data)["senior-engineer"] == {"delivery": ["Ships projects"], "craft": ["Designs modules"]}


def test_a_layout_wrapper_marked_markdown_is_read_as_the_page(cli, write):
    text = ('# Acme Ladder\n\n<section class="level" markdown="1">\n## Junior Engineer\n\n### Craft\n\n- Writes tests\n'
            '</section>\n\n<section class="level" markdown="1">\n## Senior Engineer\n\n### Craft\n\n- Designs systems\n'
            "</section>\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data) == {"junior-engineer": {"craft": ["Writes tests"]}, "senior-engineer": {"craft": ["Designs systems"]}}


def test_a_sentence_that_says_lead_or_level_names_no_level(cli, write):
    page = ("<h3>You can lead a team confidently through a project.</h3><ul><li>You drive decisions.</li></ul>"
            "<h3>You can spot problems at an organisational level and take a lead role.</h3>"
            "<ul><li>You work with the owning team.</li></ul>")
    run = cli("import", str(write("principal.html", page)), "--org", "Acme", "-o", "-", "--no-check")
    assert run.exit_code == 2 and "cannot tell which level this document describes" in run.stderr
    data, _ = imported(cli, write("p.html", page), "--org", "Acme", "--level", "principal")
    assert [level["id"] for level in data["levels"]] == ["principal"]


def test_statements_that_address_the_reader_are_in_the_second_person(cli, write):
    text = ("# Acme Ladder\n\n## Engineer I\n\nAs an Engineer I, you learn the tools.\n\n### Impact\n\n"
            "- Work on small tasks to support your team.\n- Ask for help early when you are blocked.\n\n"
            "## Engineer II\n\n### Impact\n\n- Review your teammates' pull requests.\n- Plans the work.\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["voice"] == "second-person"


@pytest.mark.parametrize(("bullets", "voice"), [
    # A verb said to the reader shows no person; the one "you" decides.
    (["Write exemplary code", "Leave code better than it was", "You're operating at this level when ..."],
     "second-person"),
    # ... and statements of no person added never change it.
    (["Write exemplary code", "Leave code better than it was", "You're operating at this level when ...",
      "Writing design docs", "Leading reviews", "Publishing talks"], "second-person"),
    (["Capable of owning subsystems", "Delivers features", "Recognized in the industry", "Follows patterns"],
     "third-person"),
    (["Write exemplary code", "Leave code better than it was"], None),
    # 'your' alone among verbs said to the reader names the reader's things, as suggestions do: no person ...
    (["Solve problems of high scope", "Advocate for quality", "Exert influence on the goals of your team"], None),
    # ... unless another statement says 'you'.
    (["Advocate for quality", "Exert influence on the goals of your team", "You own your services"],
     "second-person"),
    (["Delivers features", "Reviews designs", "Grows your team"], "third-person"),
])
def test_the_voice_is_that_of_the_statements_that_show_a_person(cli, write, bullets, voice):
    text = "# L3\n\n## Craft\n\n" + "".join(f"- {b}\n" for b in bullets)
    data, _ = imported(cli, write("l3.md", text), "--org", "Acme")
    assert data.get("voice") == voice


def test_pages_of_one_name_in_their_own_folders(cli, write, tmp_path):
    """A site of 'senior/index.html', 'staff/index.html', each on a line:
    `source` tells them apart, and each is read block by block."""
    write("site/senior/index.html", "<h1>Senior Engineer</h1><h2>Craft</h2><ul><li>Writes code</li></ul>\n")
    write("site/staff/index.html", "<h1>Staff Engineer</h1><h2>Craft</h2><ul><li>Designs code</li></ul>\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["source"] == "senior/index.html, staff/index.html"
    assert cells(data) == {"senior-engineer": {"craft": ["Writes code"]}, "staff-engineer": {"craft": ["Designs code"]}}


def test_titles_with_abbreviations_and_headings_that_ask_or_say_your_are_names(cli, write):
    table = ("# Acme Ladder\n\n| Competency | Software Engineer, Jr. | Software Engineer | Senior Software Eng. |\n"
             "| --- | --- | --- | --- |\n| Delivery | Ships tasks. | Ships features. | Ships projects. |\n"
             "| Craft | Writes tests. | Designs modules. | Designs systems. |\n")
    data, _ = imported(cli, write("table.md", table), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [
        "Software Engineer, Jr.", "Software Engineer", "Senior Software Eng."]
    text = ("# Acme Ladder\n\n## Junior Engineer\n\n### What do you deliver?\n\n#### Delivery\n\n- Ships tasks\n\n"
            "### Your impact\n\n#### Ownership\n\n- Owns tasks\n\n## Senior Engineer\n\n### What do you deliver?\n\n"
            "#### Delivery\n\n- Ships projects\n\n### Your impact\n\n#### Ownership\n\n- Owns projects\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["What do you deliver?", "Your impact"]


def test_a_minified_body_under_a_long_head(cli, write):
    page = ("<html><head>\n" + "".join(f'<meta name="m{i}" content="{"x" * 40}">\n' for i in range(60)) +
            "</head><body><h1>Senior Engineer</h1><h2>Craft</h2><ul><li>Designs systems</li></ul></body></html>\n")
    data, _ = imported(cli, write("senior.html", page), "--org", "Acme")
    assert cells(data) == {"senior-engineer": {"craft": ["Designs systems"]}}


def test_split_tracks_needs_a_directory(cli, write, tmp_path):
    path = write("a.md", "# Acme Career Ladder\n\n## L1\n\n### A\n\n- x\n")
    run = cli("import", str(path), "--split-tracks")
    assert run.exit_code == 2 and "name their directory with -o DIR" in run.stderr
    run = cli("import", str(path), "--split-tracks", "-o", str(tmp_path / "d"), "--id", "x")
    assert run.exit_code == 2 and "--split-tracks writes one per track" in run.stderr
    # A name that says "file" makes no directory of that name.
    run = cli("import", str(path), "--split-tracks", "-o", str(tmp_path / "out.yaml"))
    assert run.exit_code == 2 and "names a YAML file" in run.stderr and not (tmp_path / "out.yaml").exists()


@pytest.mark.parametrize("args, written", [((), "acme-data"), (("--track", "Data Engineer"), "acme-data-engineer")])
def test_split_tracks_names_the_one_tracks_file_after_the_framework(cli, write, tmp_path, args, written):
    """A page of one track that names no track of its own: written into the
    directory as <id>.yaml, the id the framework's, not the directory's."""
    table = "| Level | Expectation |\n| --- | --- |\n| DE1 | {} |\n| DE2 | {} |\n"
    page = ("# Data Ladder\n\n## Modelling\n\n" + table.format("Builds tables.", "Designs tables.")
            + "\n## Quality\n\n" + table.format("Adds tests.", "Defines checks."))
    out = tmp_path / "frameworks"
    run = cli("import", str(write("ladder.md", page)), "--org", "Acme", "--split-tracks", "-o", str(out),
              "--no-check", *args)
    assert run.exit_code == 0, run.stderr
    assert [p.name for p in out.iterdir()] == [f"{written}.yaml"]
    assert load_document(str(out / f"{written}.yaml"), (out / f"{written}.yaml").read_bytes()).data["id"] == written


# --- lists ------------------------------------------------------------------------------


NESTED_HTML = """<html><head><title>Acme Engineering Career Framework</title></head><body>
<h1>Acme Engineering Career Framework</h1>
<h2>Engineer I</h2>
<h3>Delivery</h3>
<ul>
<li>I deliver features end to end
  <ul>
    <li>I break large features into small changes
      <ol><li>each one reviewed</li></ol>
    <li>I write tests before asking for review
  </ul>
<li>I estimate my work
  <table><tr><th>Task<th>Estimate<tr><td>Bug fix<td>1 day<tr><td>Small feature<td>1 week</table>
<li>I ask for review early
</ul>
<h3>Collaboration</h3>
<ul><li>I pair with my team &amp; others</ul>
<h2>Engineer II</h2>
<h3>Delivery</h3>
<ul><li>I lead features</ul>
<h3>Collaboration</h3>
<ul><li>I mentor new joiners</ul>
</body></html>"""

NESTED_MARKDOWN = """# Acme Engineering Career Framework

## Engineer I

### Delivery

- I deliver features end to end
  - I break large features into small changes
    1. each one reviewed
  - I write tests before asking for review
- I estimate my work

  | Task | Estimate |
  | --- | --- |
  | Bug fix | 1 day |
  | Small feature | 1 week |

- I ask for review early

### Collaboration

- I pair with my team & others

## Engineer II

### Delivery

- I lead features

### Collaboration

- I mentor new joiners
"""


@pytest.mark.parametrize("name, text", [("nested.html", NESTED_HTML), ("nested.md", NESTED_MARKDOWN)])
def test_nested_lists_and_a_table_inside_a_list_item(cli, write, name, text):
    """Every list item is a statement, nested ones in document order; a table
    inside an item details that statement: it is reported, and neither turns
    the competency into a dimension nor makes competencies of its rows."""
    data, run = imported(cli, write(name, text), "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Delivery", "Collaboration"]
    assert cells(data)["engineer-i"] == {
        "delivery": ["I deliver features end to end", "I break large features into small changes",
                     "each one reviewed", "I write tests before asking for review", "I estimate my work",
                     "I ask for review early"],
        "collaboration": ["I pair with my team & others"],
    }
    assert cells(data)["engineer-ii"] == {"delivery": ["I lead features"], "collaboration": ["I mentor new joiners"]}
    assert re.search(r"not placed: table inside a list item \(a detail of the statement above it\), not part of "
                     r"the ladder's structure: Task \| Estimate \| Bug fix \| 1 day \| Small feature \| 1 week", run.stderr)


# --- spreadsheets and Word documents -----------------------------------------------------


def test_office_fixtures_are_what_make_py_builds(tmp_path):
    """make.py says what the workbook and the Word document hold: rebuilt,
    they are the committed files byte for byte (times fixed, zip and all)."""
    spec = importlib.util.spec_from_file_location("make_office_fixtures", OFFICE / "make.py")
    assert spec is not None and spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    make.build(tmp_path)
    for name in ("acme-platform.csv", "acme-platform.xlsx", "acme-platform.docx"):
        assert (tmp_path / name).read_bytes() == (OFFICE / name).read_bytes(), \
            f"{name} differs from what make.py builds: run python tests/fixtures/office/make.py"
    # Python's bytecode cache of make.py, when written, is no fixture.
    assert sorted(p.name for p in OFFICE.iterdir() if p.name != "__pycache__") == ["acme-platform.csv", "acme-platform.docx",
                                                        "acme-platform.xlsx", "make.py"]


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
    # A table's blank cell before a competency's first statements says it starts later: not applicable
    # there. Sections say nothing of a competency they leave out: no cell.
    expected = {level: dict(competencies) for level, competencies in LADDER.items()}
    if layout != "level-per-section":
        expected["engineer-i"]["operations"] = {"not_applicable": "Operations starts at Engineer II"}
    assert cells(data) == expected
    assert f"layout: {layout}" in run.stderr


SHEET = [("Dimension", "Competency", "L1", "L2"), ("Craft", "Coding", "Writes code with help.", "Writes clean code."),
         (None, "Testing", "Adds unit tests.", "Designs test plans."), ("People", "Mentoring", "Learns from peers.",
                                                                          "Helps new hires.")]
SHEET_CELLS = {"L1": {"coding": ["Writes code with help."], "testing": ["Adds unit tests."],
                      "mentoring": ["Learns from peers."]},
               "L2": {"coding": ["Writes clean code."], "testing": ["Designs test plans."],
                      "mentoring": ["Helps new hires."]}}


def _csv(rows: list[tuple[str | None, ...]]) -> str:
    return "".join(",".join(cell or "" for cell in row) + "\n" for row in rows)


@pytest.mark.parametrize("above", ["Engineering Ladder 2024,,,\n", "Engineering Ladder 2024\n",
                                   ",,,\n\n,Engineering Ladder 2024,,\n,,,\n"])
@pytest.mark.parametrize("layout", [(), ("--layout", "levels-as-columns")])
def test_a_title_row_above_a_spreadsheets_header_names_the_framework(cli, write, above, layout):
    """Rows above the header that hold one cell or none are not the header:
    the first names the framework, as a page's title does; a second is its description."""
    path = write("ladder.csv", above + "Last updated in March\n" + _csv(SHEET))
    data, run = imported(cli, path, "--org", "Acme", *layout)
    assert cells(data) == SHEET_CELLS
    assert (data["name"], data["description"]) == ("Engineering Ladder 2024", "Last updated in March")
    header = above.count("\n") + 2
    assert f"ladder.csv:{header}: not placed: table column header, not content: Dimension" in run.stderr
    assert "not placed: outside" not in run.stderr and "Engineering Ladder 2024" not in run.stderr


def test_a_title_row_above_a_workbooks_header_names_the_framework(cli, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for row in [("Engineering Ladder 2024",), (), *SHEET]:
        workbook.active.append(row)
    workbook.save(tmp_path / "one.xlsx")
    data, run = imported(cli, tmp_path / "one.xlsx", "--org", "Acme")
    assert cells(data) == SHEET_CELLS and data["name"] == "Engineering Ladder 2024"
    assert "one.xlsx:'Sheet'!A3: not placed: table column header, not content: Dimension" in run.stderr
    # Over sheets of several, the first title names the workbook; where another sheet repeats it, it is reported.
    workbook = openpyxl.Workbook()
    workbook.active.title = "Craft"
    for row in [("Engineering Ladder 2024",), ("Competency", "L1", "L2"), ("Coding", "Writes code.", "Leads code.")]:
        workbook.active.append(row)
    people = workbook.create_sheet("People")
    for row in [("Engineering Ladder 2024",), ("Competency", "L1", "L2"), ("Mentoring", "Learns.", "Mentors.")]:
        people.append(row)
    workbook.save(tmp_path / "two.xlsx")
    data, run = imported(cli, tmp_path / "two.xlsx", "--org", "Acme")
    assert data["name"] == "Engineering Ladder 2024" and "description" not in data
    assert [d["name"] for d in data["dimensions"]] == ["Craft", "People"]
    assert cells(data)["L2"] == {"coding": ["Leads code."], "mentoring": ["Mentors."]}
    assert "not placed: the workbook's title again, over another sheet: Engineering Ladder 2024" in run.stderr


@pytest.mark.parametrize("beside", ["Delivery", "Title"])
def test_a_column_beside_the_levels_gives_their_titles_only_under_a_header_that_says_so(cli, write, beside):
    """'Level | Delivery | Craft': short cells under a competency's name are
    its statements, however like titles they look ('Ships tasks'); under
    'Title' they are the levels' titles."""
    text = (f"| Level | {beside} | Craft |\n|---|---|---|\n| Engineer I | Ships tasks | Writes tests |\n"
            "| Senior Engineer | Leads projects | Designs services |\n")
    data, _run = imported(cli, write("ladder.md", text), "--org", "Acme")
    if beside == "Delivery":
        assert cells(data) == {"engineer-i": {"delivery": ["Ships tasks"], "craft": ["Writes tests"]},
                               "senior-engineer": {"delivery": ["Leads projects"], "craft": ["Designs services"]}}
    else:
        assert [level["title"] for level in data["levels"]] == ["Ships tasks", "Leads projects"]


LEVEL_ROWS = [("Level", "Technical Skill", "Impact", "Notes"),
              ("E0", "Writes clean code with help", "Knows the basic features of the app", "http://example.com/guide"),
              ("E1", "Writes correct code on their own\nRefactors with care", "Changes existing features safely", None)]
LEGEND = [(), ("How to read the ladder",), ("Pro tips",), ("Recommend reading: http://example.com/senior",)]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_legend_under_a_sheets_levels_and_a_column_of_links_are_no_ladder(cli, write, tmp_path, kind):
    """MarcoBeduschi's engineering ladder: levels as rows, a 'Notes' column
    of links, then, after a blank row, a legend of rows of one cell each:
    notes on the table, reported, neither levels nor a competency."""
    rows = LEVEL_ROWS + LEGEND
    if kind == "csv":
        text = "".join(",".join(f'"{c}"' if c and "\n" in c else c or "" for c in row + ("",) * (4 - len(row)))
                       + "\n" for row in rows)
        path = write("ladder.csv", text)
    else:
        openpyxl = pytest.importorskip("openpyxl")
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        path = tmp_path / "ladder.xlsx"
        workbook.save(path)
    data, run = imported(cli, path, "--org", "Acme", "--report", "-")
    assert [lv["title"] for lv in data["levels"]] == ["E0", "E1"]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Technical Skill", "Impact"]
    assert cells(data)["E1"] == {"technical-skill": ["Writes correct code on their own", "Refactors with care"],
                                 "impact": ["Changes existing features safely"]}
    assert "layout: levels-as-rows" in run.output
    assert "not placed: in column 'Notes', which holds only links (references), not a competency: " \
           "http://example.com/guide" in run.output
    for n, said in enumerate(["How to read the ladder", "Pro tips", "Recommend reading: http://example.com/senior"]):
        # The CSV's quoted line break spans a line; a workbook names its cells.
        where = f"ladder.csv:{6 + n}" if kind == "csv" else f"ladder.xlsx:'Sheet'!A{5 + n}"
        assert f"{where}: not placed: a note under the table, after a blank row: not part of the ladder: {said}" \
            in run.output
    assert "not recognised" not in run.output


REFERENCE_ROWS = ("| Level | How they impact projects | Useful links |\n| --- | --- | --- |\n"
                  "| Junior Engineer | Completes clearly defined tasks | Professional expectations |\n"
                  "| Senior Engineer | Plans and runs projects on the team's roadmap | Project planning, Design docs |\n")


@pytest.mark.parametrize("kind", ["md", "html"])
def test_a_column_headed_as_links_to_read_is_no_competency(cli, write, kind):
    """manager138's levels by projects: a 'Useful links' column beside the
    competencies holds the titles of pages to read (an HTML page's links
    keep only their words), references, reported, never a competency whose
    statements run several titles together."""
    if kind == "md":
        path = write("ladder.md", "# Levels\n\n" + REFERENCE_ROWS)
    else:
        path = write("ladder.html", "<h1>Levels</h1><table><tr><th>Level</th><th>How they impact projects</th>"
                     "<th>Further reading</th></tr><tr><td>Junior Engineer</td><td>Completes clearly defined tasks"
                     "</td><td><a href='/p.html'>Professional expectations</a></td></tr><tr><td>Senior Engineer"
                     "</td><td>Plans and runs projects on the team's roadmap</td><td><a href='/plan.html'>Project "
                     "planning</a> <a href='/docs.html'>Design docs</a></td></tr></table>")
    data, run = imported(cli, path, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["How they impact projects"]
    column = "Useful links" if kind == "md" else "Further reading"
    said = "Project planning, Design docs" if kind == "md" else "Project planning Design docs (/plan.html, /docs.html)"
    assert f"not placed: in column '{column}', whose header says it holds links (references), not a " \
           f"competency: {said}" in run.stderr


def test_a_column_of_statements_that_link_to_a_page_is_a_competency(cli, write):
    """The near miss: a competency's statements that link to a page ('see
    the template') are statements, and a header that names no links keeps
    the column a competency."""
    path = write("ladder.md", "# Levels\n\n| Level | Impact | Design docs |\n| --- | --- | --- |\n"
                 "| Junior Engineer | Completes clearly defined tasks | Writes design docs (see [template](https://x.io/t)) |\n"
                 "| Senior Engineer | Plans and runs projects | Reviews others' design docs |\n")
    data, run = imported(cli, path, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Impact", "Design docs"]
    assert "holds links" not in run.stderr and "holds only links" not in run.stderr


def test_a_level_row_after_a_blank_row_is_no_note(cli, write):
    text = "Level,Delivery,Craft\nE0,Ships tasks,Writes tests\nE1,Ships features,Designs modules\n,,\nE2\n"
    data, run = imported(cli, write("ladder.csv", text), "--org", "Acme")
    assert "a note under the table" not in run.stderr
    assert [lv["title"] for lv in data["levels"]][:2] == ["E0", "E1"]


def test_a_spreadsheets_properties_blank_rows_and_closing_note_are_no_ladder(cli, write, tmp_path):
    """As people keep a ladder in a sheet: its title, who owns it, a blank
    row, the table (groups in merged cells), a note in a row of its own
    under it. The owner is the sheet's property, not the framework's
    description; a blank row is no text; the note is reported, never a
    group of competencies nor dropped unsaid."""
    rows = [("Globex Engineering Ladder",), ("Owner: People team",), (), *SHEET, ("Notes: levels are cumulative.",)]
    path = write("ladder.csv", "".join(",".join(c or "" for c in row + ("",) * (4 - len(row))) + "\n" for row in rows))
    data, run = imported(cli, path)
    assert cells(data) == SHEET_CELLS and "description" not in data
    assert [d["name"] for d in data["dimensions"]] == ["Craft", "People"]
    assert "ladder.csv:2: not placed: the sheet's properties (owner, tags, dates), not part of the ladder: Owner: " \
           "People team" in run.stderr
    assert "ladder.csv:3:" not in run.stderr  # the blank row
    last = len(rows)
    # The note is said once, where it went: the framework's `cumulative`.
    assert f"ladder.csv:{last}: layout: the document says each level includes those below it, so the framework " \
           "says `cumulative: true`: Notes: levels are cumulative." in run.stderr
    assert run.stderr.count("Notes: levels are cumulative.") == 1
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.active.merge_cells("A1:D1")
    workbook.save(tmp_path / "ladder.xlsx")
    data, run = imported(cli, tmp_path / "ladder.xlsx")
    assert cells(data) == SHEET_CELLS and "description" not in data
    assert run.stderr.count("Notes: levels are cumulative.") == 1 and data["cumulative"] is True


@pytest.mark.parametrize("blank", [(), ((),)])
def test_a_footnote_row_opened_by_an_asterisk_under_a_sheets_table_is_reported(cli, write, blank):
    """Google Sheets keeps a footnote in a row of its own under the table,
    opened by '*' (read as a bullet): a note, reported with its words as a
    'Note:' row is, never dropped unsaid."""
    rows = [*SHEET, *blank, ("* Lead Engineer is a new level from April 2024.",)]
    data, run = imported(cli, write("ladder.csv", _csv(rows)))
    assert cells(data) == SHEET_CELLS
    assert f"ladder.csv:{len(rows)}: not placed: a note in a row of its own in the table, not a group of " \
           "competencies: Lead Engineer is a new level from April 2024." in run.stderr
    assert "no competency name" not in run.stderr


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


def test_bullets_that_name_the_bullets_under_them_are_competencies(cli, write):
    """Copacetic's ladder: '- Responsibilities include:' and '- Requirements:'
    over nested bullets, level after level, are the levels' groups, not
    statements; a bullet that starts a sentence its bullets finish is no
    group, even when it is short ('- Writes tested code:'): each of them
    finishes it."""
    text = ("# Acme Ladder\n\n## Junior Engineer\n\n- Ships small fixes\n- Responsibilities include:\n"
            "  - Follow the coding guide\n  - Fix small bugs\n- Requirements:\n  - Two years of experience\n\n"
            "## Senior Engineer\n\n- Helps the team by:\n  - reviewing pull requests\n- Writes tested code:\n"
            "  - with unit tests\n- Responsibilities include:\n  - Review pull requests\n- Requirements:\n"
            "  - Five years of experience\n")
    data, run = imported(cli, write("l.md", text), "--org", "Acme")
    assert cells(data) == {
        "junior-engineer": {"expectations": ["Ships small fixes"],
                            "responsibilities": ["Follow the coding guide", "Fix small bugs"]},
        "senior-engineer": {"expectations": ["Helps the team by: reviewing pull requests",
                                             "Writes tested code: with unit tests"],
                            "responsibilities": ["Review pull requests"]},
    }  # the years of experience under 'Requirements' are no behaviour: said of the level, in its description
    assert data["levels"][1]["description"] == "Five years of experience"
    # Placed, not 'not placed'; the report says where it went, so that nothing moves silently.
    said = [line for line in run.stderr.splitlines() if "Five years of experience" in line]
    assert said and all("went to the level's description" in line for line in said), said


CONTRIBUTOR_LADDER = """# Contributor Ladder

| Name | Prerequisites | Expectations |
| - | - | - |
| Contributors | Regular pull requests for code or docs. | Follows the contributing guide. |
| Maintainers | Regular pull requests of substantial impact. | Reviews pull requests within 3 business days. |
| Leaders | Consistently drives the project. | Makes final decisions on large proposals. |
"""


def test_a_table_of_levels_no_vocabulary_names_imports_when_the_layout_is_given(cli, write):
    """A CNCF contributor ladder: 'Contributors', 'Maintainers', 'Leaders' are
    levels only this project has. Unsteered, the import says how to steer it;
    steered, the first column names the levels."""
    path = write("ladder.md", CONTRIBUTOR_LADDER)
    run = cli("import", str(path), "-o", str(path.with_suffix(".yaml")))
    assert run.exit_code == 2
    assert "If a table's header (or first column) names the levels, pass --layout levels-as-columns (or " \
        "levels-as-rows)" in run.stderr
    data, _ = imported(cli, path, "--org", "Acme", "--layout", "levels-as-rows")
    assert [lv["title"] for lv in data["levels"]] == ["Contributors", "Maintainers", "Leaders"]
    assert cells(data)["maintainers"] == {"prerequisites": ["Regular pull requests of substantial impact."],
                                          "expectations": ["Reviews pull requests within 3 business days."]}


def test_a_table_of_levels_as_columns_no_vocabulary_names_imports_when_the_layout_is_given(cli, write):
    text = ("# Contributor Ladder\n\n| | Contributors | Maintainers |\n| - | - | - |\n"
            "| Reviews | Comments on pull requests. | Approves pull requests. |\n"
            "| Releases | Tests release candidates. | Cuts releases. |\n\n## Glossary\n\n"
            "| Term | Meaning | Where it is used |\n| - | - | - |\n"
            "| Triage | Sorting new issues by urgency. | In the weekly meeting. |\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--layout", "levels-as-columns")
    assert [lv["title"] for lv in data["levels"]] == ["Contributors", "Maintainers"]
    assert "not placed: outside the tables of the ladder: Term | Meaning" in run.stderr  # a glossary beside it
    assert cells(data)["maintainers"] == {"reviews": ["Approves pull requests."], "releases": ["Cuts releases."]}


def test_columns_that_read_as_the_named_levels_columns_are_levels_in_the_written_order(cli, write):
    """Most of the header names levels; the columns between and after them
    hold statements in the same rows: levels too, whatever their names, and
    the report asks to check them."""
    text = ("# Ladder\n\n| Competency | Associate | Trailblazer | Senior | Pathfinder |\n|---|---|---|---|---|\n"
            "| Coding | Writes simple code. | Writes robust code. | Designs systems. | Shapes the whole platform. |\n"
            "| Teamwork | Asks for help. | Reviews code. | Mentors others. | Grows leaders. |\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Associate", "Trailblazer", "Senior", "Pathfinder"]
    assert cells(data)["pathfinder"] == {"coding": ["Shapes the whole platform."], "teamwork": ["Grows leaders."]}
    assert "ladder.md:3: review: columns read as levels though their headers name no level the import knows: " \
        "their cells hold statements like the levels' columns, in the same rows: Trailblazer, Pathfinder" in run.stderr
    assert "which names no level" not in run.stderr


@pytest.mark.parametrize("extra, cells_of", [
    ("Notes", ["Our stack is Go and TypeScript.", "See the team charter."]),  # a header of notes
    ("Owner", ["Platform team", "People team"]),  # values, not sentences like the levels'
    ("Trailblazer", ["Writes robust code for others.", ""]),  # not in every row the levels fill
])
def test_a_column_beside_the_levels_that_does_not_read_as_one_is_left_out_with_a_notice(cli, write, extra,
                                                                                       cells_of):
    text = (f"| Competency | Junior | Senior | {extra} |\n|---|---|---|---|\n"
            f"| Coding | Writes simple code with help. | Designs whole systems alone. | {cells_of[0]} |\n"
            f"| Teamwork | Asks for help when stuck. | Mentors others on the team. | {cells_of[1]} |\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Senior"]
    # A column of notes is never a level: no hint to read it as one (see test_import_trial10_fixes).
    hint = f"ladder.md:1: review: columns that name no level are left out (their cells are reported); if they are " \
        f"levels too, import with --layout levels-as-columns, which reads every column from the first level's on " \
        f"as a level: {extra}"
    assert (hint in run.stderr) == (extra != "Notes")
    assert f"not placed: in column '{extra}', which names no level: {cells_of[0]}" in run.stderr


def test_practitioner_and_master_name_proficiencies(cli, write):
    text = ("| Skill | Novice | Practitioner | Expert | Master |\n|---|---|---|---|---|\n"
            "| Testing | Runs tests. | Writes tests. | Designs test suites. | Sets the testing strategy. |\n")
    data, run = imported(cli, write("skills.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Novice", "Practitioner", "Expert", "Master"]
    assert "layout: proficiency-matrix" in run.stderr
    assert "review: columns read as levels" not in run.stderr


def test_a_table_of_one_roles_levels_is_that_roles_track(cli, write, tmp_path):
    """Basecamp's titles: designers in a table, programmers in sections. The
    table's levels ('Designer L2', 'Designer L3') name their own role."""
    designers = write("designers.md", "# Titles for Designers\n\n| Category | Designer L2 | Designer L3 |\n"
                                      "| - | - | - |\n| *Scope* | You run point on small projects. | You run point "
                                      "on big projects. |\n| *Trust* | Your approach may need guidance. | Work happens "
                                      "autonomously. |\n")
    programmers = write("programmers.md", "# Titles for programmers\n\n## Junior Programmer\n\n### Scope\n\n"
                                          "- Works on tightly scoped problems.\n\n## Programmer\n\n### Scope\n\n"
                                          "- Works on clearly defined features.\n")
    run = cli("import", str(designers), str(programmers), "--org", "Basecamp", "-o", str(tmp_path / "one.yaml"))
    assert run.exit_code == 2
    assert "the documents hold 2 tracks: 'Designer' (1 document); 'Programmer' (1 document)" in run.stderr
    out = tmp_path / "out"
    run = cli("import", str(designers), str(programmers), "--org", "Basecamp", "--split-tracks", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    tracks = {p.name: load_document(str(p), p.read_bytes()).data for p in out.glob("*.yaml")}
    assert {name: [lv["title"] for lv in data["levels"]] for name, data in tracks.items()} == {
        "basecamp-designer.yaml": ["Designer L2", "Designer L3"],
        "basecamp-programmer.yaml": ["Junior Programmer", "Programmer"],
    }


def test_a_site_include_and_an_unread_front_matter_key_are_reported_not_lost(cli, write):
    """Skylight's designer page: a Jekyll include under each level pulls its
    text from another file, and the front matter lists the levels."""
    text = ("---\ntitle: Product designer\nlevels:\n  - I\n  - II\n---\n\n## Product designer I\n\n"
            "{% include role_level.html level='I' %}\n\n### Research\n\n* You lead research sessions with support.\n\n"
            "## Product designer II\n\n{% include role_level.html level='II' %}\n\n### Research\n\n"
            "* You lead research without guidance.\n")
    data, run = imported(cli, write("designer.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Product designer I", "Product designer II"]
    assert "designer.md:3: not placed: front matter key that is not part of the framework: levels: ['I', 'II']" \
        in run.stderr
    assert ("designer.md:10: not placed: a site include: its text is in another file, not in this one: "
            "{% include role_level.html level='I' %}") in run.stderr
    assert "{% include role_level.html level='II' %}" in run.stderr
    assert "{%" not in str(data)


def test_a_dimensions_summary_written_as_a_block_quote_is_read(cli, write):
    # inDrive's pages: a quote under each dimension says what it asks at the page's level.
    text = ("# Junior Engineer\n\n## Craftsmanship (C1)\n\n> Solves specific tasks with fixed scope.\n\n"
            "* **Delivery Process**: Seeks feedback from other team members.\n"
            "* **Design Process**: Supports the solution design process.\n")
    data, run = imported(cli, write("junior.md", text), "--org", "Acme")
    assert data["levels"][0]["dimensions"] == {"craftsmanship": "Solves specific tasks with fixed scope."}
    assert "block quote" not in run.stderr
    # After a paragraph, the quote is part of the dimension's summary still.
    text = ("# Junior Engineer\n\n## Craftsmanship\n\nCore skills.\n\n> Solves specific tasks with fixed scope.\n\n"
            "### Delivery\n\n- Seeks feedback from other team members.\n")
    data, run = imported(cli, write("junior.md", text), "--org", "Acme")
    assert data["levels"][0]["dimensions"] == {"craftsmanship": "Core skills.\n\nSolves specific tasks with fixed scope."}
    assert "block quote" not in run.stderr


def test_a_paragraph_of_no_break_spaces_is_no_statement(cli, write):
    text = "# Acme Ladder\n\n## Junior Engineer\n\n### Delivery\n\n\u00a0\n\n- Ships fixes\n\n## Senior Engineer\n\n" \
           "### Delivery\n\n\u00a0\u200b\n\n- Ships features\n"
    data, _ = imported(cli, write("l.md", text), "--org", "Acme")
    assert cells(data) == {"junior-engineer": {"delivery": ["Ships fixes"]},
                           "senior-engineer": {"delivery": ["Ships features"]}}


def test_a_section_titled_with_a_role_and_shaped_like_the_levels_is_a_level(cli, write):
    """Loan Market's ladder ends with 'Engineering Manager', written as its
    levels are; a section of another shape, or a discipline's, is not one."""
    level = "## {title}\n\n#### I {verb} code.\n\n- I {verb} code every day.\n\n"
    text = ("# Acme Engineering Roles\n\n" + level.format(title="Engineer", verb="write")
            + level.format(title="Senior Engineer", verb="review")
            + level.format(title="Engineering Manager", verb="coach people who write")
            + "## Data Engineering\n\n#### Pipelines\n\n- Our pipelines run nightly.\n\n"
            + "## Notes for managers\n\n#### Calibration\n\n- Compare against the level above.\n\n"
            + "## Working With Your Manager\n\n#### One to ones\n\n- Meet every week.\n\n"
            + "## Hiring Manager\n\nThe hiring manager runs the loop.\n")
    data, run = imported(cli, write("roles.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer", "Senior Engineer", "Engineering Manager"]
    assert "section 'Data Engineering' is not a level" in run.stderr
    assert "section 'Notes for managers' is not a level" in run.stderr
    assert "section 'Working With Your Manager' is not a level" in run.stderr
    assert "section 'Hiring Manager' is not a level" in run.stderr


@pytest.mark.parametrize("skills_depth", ["####", "#####"])
def test_a_section_before_the_levels_that_describes_their_competencies(cli, write, skills_depth):
    """Skylight's designer page: 'Required skills' says what each competency
    is, then each level says what it asks of it (at the same depth or under
    a 'Skills needed' heading). Descriptions, not a level; one that names no
    competency is reported, not lost."""
    under = "#### Skills needed for this level\n\n" if skills_depth == "#####" else ""
    level = "### Product designer {n}\n\n" + under + f"{skills_depth} Research\n\nYou lead research {{how}}.\n\n" \
            f"{skills_depth} Visual design\n\nYou use {{what}}.\n\n"
    text = ("# Product designer\n\n### Required skills\n\n#### Research\n\nYou plan user research.\n\n"
            "#### Visual design\n\nYou create simple designs.\n\n#### Typography\n\nYou set type.\n\n"
            + level.format(n="I", how="with support", what="existing components")
            + level.format(n="II", how="without guidance", what="new components"))
    data, run = imported(cli, write("designer.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Product designer I", "Product designer II"]
    described = {c["name"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}
    assert described == {"Research": "You plan user research.", "Visual design": "You create simple designs."}
    assert "not placed: heading over the competencies' descriptions, not a level: Required skills" in run.stderr
    assert "which names no competency of the levels: You set type." in run.stderr


@pytest.mark.parametrize("marks", ["items", "lead-ins"])
def test_dimension_headings_over_competency_sections_stay_dimensions(cli, write, marks):
    def level(name, statement):
        return f"- **{name}**\n  - {statement}\n" if marks == "items" else \
            f"A **{name} Developer** is capable of:\n\n- {statement}\n\n"
    text = "# Acme Ladder\n\n"
    for dimension, competencies in (("Technical", ("Code quality", "Testing")), ("Collaboration", ("Mentoring",))):
        text += f"## {dimension}\n\n"
        for competency in competencies:
            text += f"### {competency}\n\n" + level("Junior", f"Learns {competency.lower()}") + "\n" \
                + level("Senior", f"Leads {competency.lower()}") + "\n"
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Technical", ["Code quality", "Testing"]), ("Collaboration", ["Mentoring"])]
    assert ": not placed: " not in run.stderr


def test_an_html_labelled_text_reads_as_the_browser_shows_it(cli, write):
    # Runs of spaces and line breaks in HTML source are one space on the page.
    text = ("<h1>IC1</h1><h2>Delivery</h2><p><strong>Quality:</strong> Reviews   code\n      daily.</p>"
            "<ul><li><strong>Craft:</strong> Writes\ttests.</li></ul>")
    data, _ = imported(cli, write("page.html", text), "--org", "Acme")
    statements = [s for c in data["levels"][0]["competencies"].values() for s in c]
    assert "Reviews code daily." in statements
    assert not any("  " in s or "\t" in s for s in statements)


def test_a_first_level_no_vocabulary_names_is_a_level_not_descriptions(cli, write):
    level = "## {t}\n\n### Craft\n\n{c}\n\n### Delivery\n\n{d}\n\n"
    text = "# Acme Ladder\n\n" + level.format(t="New Grad", c="Writes small changes with a mentor.",
                                              d="Ships fixes.") \
        + level.format(t="Engineer I", c="Writes readable changes.", d="Ships features.") \
        + level.format(t="Engineer II", c="Sets the team's style.", d="Ships projects.")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["New Grad", "Engineer I", "Engineer II"]
    assert all("description" not in c for d in data["dimensions"] for c in d["competencies"])


def test_a_forced_table_layout_wins_over_a_small_table_and_keeps_a_continued_ladder(cli, write):
    ladder = ("| Area | Contributor | Reviewer |\n| - | - | - |\n| Code | Sends fixes. | Reviews fixes. |\n"
              "| Docs | Fixes typos. | Reviews docs. |\n\n")
    more = ("| Area | Maintainer | Emeritus |\n| - | - | - |\n| Code | Merges fixes. | Advises. |\n"
            "| Docs | Publishes docs. | Advises on docs. |\n\n")
    mapping = "| Role | L3 | L4 | L5 |\n| - | - | - | - |\n| Typical | Contributor | Reviewer | Maintainer |\n"
    data, run = imported(cli, write("ladder.md", "# Contributor Ladder\n\n" + ladder + more + mapping), "--org", "CNCF",
                         "--layout", "levels-as-columns")
    assert [lv["title"] for lv in data["levels"]] == ["Contributor", "Reviewer", "Maintainer", "Emeritus"]
    assert "not placed: outside the tables of the ladder: Role | L3 | L4 | L5" in run.stderr
    assert "from 1 file into" in run.stderr and "track 'None'" not in run.stderr


@pytest.mark.parametrize("front_matter", ["", "---\ndescription: A level of the ladder.\n---\n\n"])
def test_bullets_naming_groups_on_every_levels_page_are_competencies(cli, write, front_matter):
    """Cal.com's level pages: '**Responsibilities**:' over nested bullets on
    each page, '**Learning:**' over bullets on one and with its text on
    another, '**Role**: ...' on every page."""
    write("site/ic1.md", front_matter + "# IC1 Engineer\n\n* **Role**: Fixes bugs under guidance.\n"
          "* **Responsibilities**:\n  * Reviews pull requests.\n  * Writes tests for their changes.\n"
          "* **Learning:**\n  * Asks questions early.\n")
    page = write("site/ic2.md", front_matter + "# IC2 Engineer\n\n* **Role**: Builds features on their own.\n"
                 "* **Responsibilities**:\n  * Designs components.\n* **Learning:** Studies design patterns.\n")
    data, _run = imported(cli, page.parent, "--org", "Acme")
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Role", "Responsibilities", "Learning"]
    assert cells(data)["IC1"] == {
        "role": ["Fixes bugs under guidance."],
        "responsibilities": ["Reviews pull requests.", "Writes tests for their changes."],
        "learning": ["Asks questions early."],
    }
    assert cells(data)["IC2"]["learning"] == ["Studies design patterns."]


def test_a_group_on_one_page_only_stays_in_its_statements(cli, write):
    write("site/ic1.md", "# IC1 Engineer\n\n* Fixes bugs under guidance.\n* **Extras**:\n  * Runs the demo.\n")
    page = write("site/ic2.md", "# IC2 Engineer\n\n* Builds features on their own.\n")
    data, _run = imported(cli, page.parent, "--org", "Acme")
    assert list(cells(data)["IC1"]) == ["expectations"]
    assert cells(data)["IC1"]["expectations"][-1] == "Extras: Runs the demo."  # as a topic's bullets read


def test_a_level_titled_with_alternatives_still_names_its_track(cli, write):
    """Niteo's handbook: 'Junior Engineer / Sysadmin' on the engineering
    page, beside a design page; the two pages are two tracks."""
    write("site/career-design.md", "# Design Career\n\n## Junior Designer\n\n* Follows the patterns.\n\n"
          "## Designer\n\n* Designs small features.\n")
    page = write("site/career-engineering.md", "# Engineering Career\n\n## Junior Engineer / Sysadmin\n\n"
                 "* Fixes small bugs.\n\n## Engineer\n\n* Builds features.\n\n## Senior Engineer\n\n* Owns a service.\n")
    out = page.parent.parent / "split"
    run = cli("import", str(page.parent), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["designer.yaml", "engineer.yaml"]
    merged = cli("import", str(page.parent), "--no-check")
    assert merged.exit_code == 2 and "2 tracks: 'Designer' (1 document); 'Engineer' (1 document)" in merged.stderr


@pytest.mark.parametrize(("title", "org", "track"), [
    ("# Initech design career development framework", "Initech", "Design"),
    ("# New engineering career ladder", "⟨organisation⟩", None),
    ("---\ntitle: Software Developer Roles\n---", None, "Software Developer"),
    ("---\ntitle: The Data Science Career Ladder\n---", None, "Data Science"),
])
def test_the_track_a_title_names_without_the_words_of_a_framework(cli, write, title, org, track):
    page = f"{title}\n\n## IC1\n\n* Works on routine tasks.\n\n## IC2\n\n* Works alone.\n"
    data, _run = imported(cli, write("ladder.md", page))
    if track:
        assert data["track"] == track
    if org:
        assert data["organisation"]["name"] == org


def test_sections_naming_the_level_above_are_kept_in_each_levels_description(cli, write):
    """Cal.com's IC4 and IC5 pages end with 'Path to IC5 Engineer' and 'Path
    to IC6 Engineer' (no page describes IC6): what reaching the next level
    takes, not what the level expects; kept in the level's description and
    reported, never a competency of its own."""
    write("site/ic4.md", "# IC4 Engineer\n\n## Expertise\n\n- Knows the stack deeply.\n\n"
          "## Path to IC5 Engineer\n\n- Become a force multiplier.\n")
    page = write("site/ic5.md", "# IC5 Engineer\n\n## Expertise\n\n- Knows several areas deeply.\n\n"
                 "## Path to IC6 Engineer\n\n- Set the vision for two years out.\n")
    data, run = imported(cli, page.parent, "--org", "Acme")
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Expertise"]
    assert data["levels"][1]["description"] == "Path to IC6 Engineer: Set the vision for two years out."
    assert "'Path to IC6 Engineer' at IC5 Engineer says what reaching the next level takes" in run.stderr


def test_a_section_naming_another_level_once_is_kept_in_its_description(cli, write):
    write("site/ic4.md", "# IC4 Engineer\n\n## Expertise\n\n- Knows the stack deeply.\n\n"
          "## Path to IC5 Engineer\n\n- Become a force multiplier.\n")
    page = write("site/ic5.md", "# IC5 Engineer\n\n## Expertise\n\n- Knows several areas deeply.\n")
    data, _run = imported(cli, page.parent, "--org", "Acme")
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Expertise"]
    assert data["levels"][0]["description"] == "Path to IC5 Engineer: Become a force multiplier."


def test_a_level_keeps_bullets_and_labelled_paragraphs_in_the_pages_order(cli, write):
    page = ("# IC6 Engineer\n\n* Holds the team to a high bar.\n* Knows every part of the stack.\n\n"
            "**A note on the ceiling**: IC6 is the top of the ladder.\n")
    data, _run = imported(cli, write("ic6.md", page), "--org", "Acme")
    assert list(cells(data)["IC6"]) == ["expectations", "a-note-on-the-ceiling"]
    assert [c["id"] for c in data["dimensions"][0]["competencies"]] == ["expectations", "a-note-on-the-ceiling"]


def test_each_level_pages_own_description_is_its_summary_and_the_track_drops_emoji_and_nickname(cli, write):
    """Cal.com's level pages: a front-matter tagline each, and titles such as
    '🕵 IC1 Engineer (Code Cadet)'."""
    write("site/ic1.md", "---\ndescription: I learn something every day.\n---\n\n# 🕵 IC1 Engineer (Code Cadet)\n\n"
          "* Fixes bugs under guidance.\n")
    page = write("site/ic2.md", "---\ndescription: I design features that solve real problems.\n---\n\n"
                 "# 🧙 IC2 Engineer (Code Wizard)\n\n* Builds features on their own.\n")
    data, run = imported(cli, page.parent, "--org", "Acme")
    assert data["track"] == "Engineer"
    assert "description" not in data
    assert [lv["summary"] for lv in data["levels"]] == ["I learn something every day.",
                                                        "I design features that solve real problems."]
    assert "each page describes its own level" in run.stderr


@pytest.mark.parametrize("heading", ["Overview", "Summary"])
def test_an_overview_section_over_paragraphs_is_the_levels_summary(cli, write, heading):
    page = (f"# L2\n\n### {heading}\n\nAn L2 has shipped production software before.\n\n"
            "### Impact\n\n* Mentors new hires.\n")
    data, _run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert data["levels"][0]["summary"] == "An L2 has shipped production software before."
    assert cells(data)["L2"] == {"impact": ["Mentors new hires."]}


def test_an_overview_section_with_a_labelled_line_is_still_the_summary(cli, write):
    # One labelled line more or less must not move the paragraph out of the summary.
    page = ("# L2\n\n## In Short\n\nAn L2 owns features.\n\n**Typical Experience**: 2-4 years\n\n"
            "## Craft\n\n* Writes clean code.\n")
    data, _run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert data["levels"][0]["summary"] == "An L2 owns features."
    assert cells(data)["L2"] == {"craft": ["Writes clean code."]}  # the years asked for are reported


def test_a_code_within_each_seniority_is_a_rung_not_a_level(cli, write):
    page = "".join(f"# {title}\n\n- Does {n}.\n\n" for n, title in enumerate(
        ["Engineer L1", "Engineer L2", "Senior Engineer L1", "Senior Engineer L2"]))
    path = write("ladder.md", page)
    data, run = imported(cli, path, "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["engineer-l1", "engineer-l2", "senior-engineer-l1",
                                                    "senior-engineer-l2"]
    assert "a second section" not in run.stderr
    assert cli("check", str(path.parent / "ladder-out.yaml"), "--select", "LL201").exit_code == 0


def test_two_sections_of_one_level_stay_apart(cli, write):
    page = "# Engineer L1\n\n- Does one.\n\n# Engineer L2\n\n- Does two.\n\n# Engineer L1\n\n- Does more.\n"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["L1", "L2", "L1-2"]
    assert "a second section for level L1" in run.stderr


def test_labels_each_level_gives_its_own_leave_the_heading_a_competency(cli, write):
    level = "# {}\n\n## Craft\n\n### Coding\n* You write {}.\n\n## Behaviours\n\n### Traits\n* **{}**: You {}.\n\n"
    page = level.format("Engineer", "tests", "Tenacity", "dig deep") + \
        level.format("Senior Engineer", "modules", "Astute", "find the real problem")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Coding"]), ("Behaviours", ["Traits"])]
    assert cells(data)["senior-engineer"]["traits"] == ["Astute: You find the real problem."]
    assert "not placed:" not in run.stderr


def test_labels_that_come_back_at_each_level_are_its_competencies(cli, write):
    level = "# {}\n\n## Craft\n\n### Technology\n* **Adopts**: {}.\n* **Specializes**: {}.\n\n"
    page = level.format("Engineer", "uses tools", "knows one area") + \
        level.format("Senior Engineer", "picks tools", "knows two areas")
    data, _run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["senior-engineer"] == {"adopts": ["picks tools."], "specializes": ["knows two areas."]}


def test_a_page_all_in_a_template_is_read_as_its_markup(cli, write):
    page = ("<template>\n  <div>\n    <h2>Engineer I</h2>\n    <ul><li>Writes well-scoped code.</li></ul>\n"
            "    <h2>Engineer II</h2>\n    <ul><li>Designs small modules.</li></ul>\n  </div>\n</template>\n\n"
            "<script>\nexport default { name: 'Ladder' }\n</script>\n")
    data, _run = imported(cli, write("ladder.vue", page), "--org", "Acme")
    assert cells(data) == {"engineer-i": {"expectations": ["Writes well-scoped code."]},
                           "engineer-ii": {"expectations": ["Designs small modules."]}}


def test_a_template_beside_the_text_of_a_page_is_not_read(cli, write):
    page = ("<html><body><h2>Engineer I</h2><ul><li>Writes code.</li></ul><h2>Engineer II</h2>"
            "<ul><li>Designs modules.</li></ul><template><li>{{ item }}</li></template></body></html>")
    data, _run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert cells(data)["engineer-ii"] == {"expectations": ["Designs modules."]}


def test_links_in_descriptions_are_written_as_statements_write_them(cli, write):
    page = ("# Acme Ladder\n\nAdapted from [the Example matrix](https://example.org/m).\n\n"
            "## Junior\n\n- Ships [small fixes](https://example.org/f).\n\n## Senior\n\n- Ships features.\n")
    data, _run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == "Adapted from the Example matrix (https://example.org/m)."
    assert cells(data)["junior"] == {"expectations": ["Ships small fixes (https://example.org/f)."]}


def test_labels_come_back_as_competencies_beside_a_level_of_plain_bullets(cli, write):
    level = "## {}\n\n- **Technical Skills:**\n  - {}\n- **Expected Experience:** {}\n\n"
    page = ("# QA Ladder\n\n## QA Trainee\n\n- You are new to testing.\n\n"
            + level.format("QA Junior", "Writes test cases.", "1 to 3 years.")
            + level.format("QA Senior", "Designs test strategies.", "At least 5 years."))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    # The years asked for are no behaviour, nor a competency of their own: said of the level, in its description.
    assert cells(data)["qa-senior"] == {"technical-skills": ["Designs test strategies."]}
    assert data["levels"][-1]["description"] == "Expected Experience: At least 5 years."
    said = [line for line in run.stderr.splitlines() if "At least 5 years." in line]
    assert said and all("went to the level's description" in line for line in said), said
    assert cells(data)["qa-trainee"] == {"expectations": ["You are new to testing."]}


@pytest.mark.parametrize("number", ["", "{n}. ", "{n}) "])
def test_a_rung_named_by_the_role_alone_between_levels_is_a_level(cli, write, number):
    titles = ["Junior", "Designer", "Lead"]
    page = "# Designer levels\n\n" + "".join(
        f"### {number.format(n=n)}{title}\n\n- Does the work of a {title.lower()}.\n\n" for n, title in enumerate(titles, 1))
    path = write("ladder.md", page)
    data, run = imported(cli, path, "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("junior", "Junior"), ("designer", "Designer"),
                                                                  ("lead", "Lead")]
    assert "not placed:" not in run.stderr
    assert cli("check", str(path.parent / "ladder-out.yaml"), "--select", "LL504").exit_code == 0


def test_a_role_section_after_the_levels_is_still_not_a_level(cli, write):
    page = "# Ladder\n\n### Junior\n\n- Fixes bugs.\n\n### Senior\n\n- Leads projects.\n\n### Designer\n\n- Draws.\n"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Senior"]
    assert "section 'Designer' is not a level" in run.stderr


def test_a_sentence_that_starts_with_this_names_no_organisation(cli, write):
    page = ("# Engineering Career Ladder\n\nThis ladder describes expectations.\n\n## L1: Engineer I\n\n"
            "- Delivers tasks\n\n## L2: Engineer II\n\n- Owns features\n\nThis ladder is a living document.\n")
    run = cli("import", str(write("ladder.md", page)), "-o", "-", "--no-check")
    assert "name: ⟨organisation⟩" in run.output and "name: This" not in run.output


def test_a_bullet_that_names_a_topic_labels_the_bullets_under_it(cli, write):
    level = "## {}\n\n### Technical skills\n\n- Networking\n  - {}\n- Relational databases\n  - {}\n\n"
    page = "# Acme Levels\n\n" + level.format("Junior", "knows HTTP", "writes queries") + \
        level.format("Senior", "knows the TCP/IP stack", "tunes queries")
    data, _run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["senior"] == {"technical-skills": ["Networking: knows the TCP/IP stack",
                                                          "Relational databases: tunes queries"]}


_SKILLS = {"junior": ["Writes small features.", "Fixes bugs."], "senior": ["Designs systems."]}
_TALKS = {"junior": ["Asks for help."], "senior": ["Presents plans."]}


def _titled_groups(item: str, nested: str, numbered: bool = False) -> str:
    """A page of two levels whose bullets are titles over nested bullets."""
    page = "# Acme Levels\n\n"
    for level in ("Junior", "Senior"):
        page += f"## {level}\n\n"
        for n, (name, said) in enumerate((("Technical skills", _SKILLS), ("Communication", _TALKS)), start=1):
            page += item.format(name=name, n=n) + "\n" + "".join(
                nested.format(text) + "\n" for text in said[level.lower()])
        page += "\n"
    return page


def _titled_groups_html(title: str) -> str:
    page = "<html><body><h1>Acme Levels</h1>\n"
    for level in ("Junior", "Senior"):
        page += f"<h2>{level}</h2>\n<ul>\n"
        for name, said in (("Technical skills", _SKILLS), ("Communication", _TALKS)):
            page += f" <li>{title.format(name)}\n  <ul>" + "".join(
                f"<li>{text}</li>" for text in said[level.lower()]) + "</ul></li>\n"
        page += "</ul>\n"
    return page + "</body></html>\n"


@pytest.mark.parametrize("name, page", [
    ("ladder.md", _titled_groups("- **{name}**", "  - {}")),
    ("ladder.md", _titled_groups("* __{name}__", "  * {}")),
    ("ladder.md", _titled_groups("{n}. **{name}**", "   1. {}")),
    ("ladder.html", _titled_groups_html("<strong>{}:</strong>")),
    ("ladder.html", _titled_groups_html("<b>{}</b>:")),
])
def test_a_title_in_bold_over_nested_bullets_is_a_competency(cli, write, name, page):
    """The way handbook pages write a level's competencies: each a bullet
    wholly in bold, its statements nested under it, in Markdown as in HTML."""
    data, run = imported(cli, write(name, page), "--org", "Acme")
    assert cells(data) == {level: {"technical-skills": _SKILLS[level], "communication": _TALKS[level]}
                           for level in ("junior", "senior")}
    assert "cumulative" not in data  # no name repeated as a statement at every level
    assert "no competency heading" not in run.stderr


def test_a_title_in_bold_over_nested_bullets_on_a_level_page_alone_is_a_competency(cli, write):
    page = "# Engineer 1\n\n- **Technical skills**\n  - Writes small features.\n- **Communication**\n  - Asks for help.\n"
    data, _run = imported(cli, write("engineer-1.md", page), "--org", "Acme")
    assert cells(data) == {"engineer-1": {"technical-skills": ["Writes small features."],
                                          "communication": ["Asks for help."]}}


def test_a_definition_list_reads_each_term_as_a_competency(cli, write):
    """'<dt>Technical skills</dt><dd>...</dd>' under each level: the term over
    its definitions, as a title in bold over nested bullets; each paragraph
    or list item of a definition one statement."""
    page = ("<html><body><h1>Acme Levels</h1>\n<h2>Junior</h2>\n<dl>\n"
            " <dt>Technical skills</dt><dd>Writes small features.</dd>\n"
            " <div><dt>Communication</dt><dd><p>Asks for help.</p>\n <p>Says what they do.</p></dd></div>\n"
            "</dl>\n<h2>Senior</h2>\n<dl>\n"
            " <dt>Technical skills</dt><dd><ul><li>Designs systems.</li>\n <li>Reviews designs.</li></ul></dd>\n"
            " <dt>Communication</dt><dd>Presents plans.</dd><dd>Writes updates.</dd>\n</dl>\n</body></html>\n")
    data, run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert cells(data) == {
        "junior": {"technical-skills": ["Writes small features."],
                   "communication": ["Asks for help.", "Says what they do."]},
        "senior": {"technical-skills": ["Designs systems.", "Reviews designs."],
                   "communication": ["Presents plans.", "Writes updates."]},
    }
    assert "0 pieces of text not placed" in run.stderr


def test_plain_bullets_over_nested_bullets_are_labels_said_without_bold(cli, write):
    """'- Technical skills' over nested bullets at every level: their labels
    are the competencies, and the report calls them labels (nothing is in
    bold) and takes back its notice of bullets with no competency heading."""
    data, run = imported(cli, write("ladder.md", _titled_groups("- {name}", "  - {}")), "--org", "Acme")
    assert cells(data)["senior"] == {"technical-skills": ["Designs systems."], "communication": ["Presents plans."]}
    assert "bullets carry the same labels at level after level" in run.stderr
    assert "bold" not in run.stderr and "no competency heading" not in run.stderr


@pytest.mark.parametrize("toggle, reason", [
    ("- Examples", None),
    ("- Notes", None),
    ("- Red flags", "'Red flags' lists what to avoid"),
])
def test_a_toggle_beside_the_labels_at_one_level_is_no_competency(cli, write, toggle, reason):
    """A Notion toggle 'Examples' (or 'Notes', 'Red flags') beside the
    labels that are competencies adds to its level, never a competency of
    one level: examples and notes are said of the level, in its
    description; what to avoid is reported. The report names the labels,
    all of them."""
    page = _titled_groups("- {name}", "  - {}").replace(
        "## Senior", f"{toggle}\n  - Fixed a flaky test.\n\n## Senior")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["junior"] == {"technical-skills": _SKILLS["junior"], "communication": _TALKS["junior"]}
    if reason is None:
        junior = next(level for level in data["levels"] if level["id"] == "junior")
        assert junior["description"] == f"{toggle[2:]}: Fixed a flaky test."
        assert "Fixed a flaky test." not in run.stderr
    else:
        assert f"{reason}" in run.stderr and "Fixed a flaky test." in run.stderr
    assert "each label is a competency (Communication, Technical skills)\n" in run.stderr


def test_a_bullet_that_says_something_stays_a_statement_over_its_bullets(cli, write):
    page = ("# Acme Levels\n\n## Junior\n\n### Delivery\n\n- Ships small features.\n  - with tests\n"
            "- Writes tests\n  - unit tests\n\n## Senior\n\n### Delivery\n\n- Leads projects.\n")
    data, _run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["junior"] == {"delivery": ["Ships small features.", "with tests", "Writes tests", "unit tests"]}


def test_an_overview_section_of_bullets_stays_a_competency(cli, write):
    page = "# L2\n\n### Overview\n\n* Ships production software.\n\n### Impact\n\n* Mentors new hires.\n"
    data, _run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert "summary" not in data["levels"][0] and "overview" in cells(data)["L2"]


@pytest.mark.parametrize("heading", ["Anti-patterns", "Red flags", "Behaviours to avoid", "Common pitfalls",
                                     "Behaviours we don't want to see", "What we don’t want to see",
                                     "Negative indicators", "Ineffective behaviours", "Counter-examples",
                                     "What not to do", "Warning signs", "Derailers"])
def test_a_section_of_what_to_avoid_is_no_expectation(cli, write, heading):
    page = (f"# L2\n\n### Impact\n\n* Mentors new hires.\n\n### {heading}\n\n* Skips code review.\n\n"
            "#### Hero culture\n\nWorks nights alone.\n")
    data, run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert cells(data)["L2"] == {"impact": ["Mentors new hires."]}
    assert f"section '{heading}' lists what to avoid" in run.stderr
    assert "Skips code review." in run.stderr and "Works nights alone." in run.stderr


def test_a_section_that_names_patterns_to_follow_stays_a_competency(cli, write):
    page = "# L2\n\n### Design patterns\n\n* Applies design patterns.\n"
    data, _run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert cells(data)["L2"] == {"design-patterns": ["Applies design patterns."]}


@pytest.mark.parametrize("heading", ["Handling negative feedback", "Dealing with ambiguity", "Anti-money laundering",
                                     "Conflict avoidance", "Managing poor performance", "Do the right thing"])
def test_a_competency_whose_name_has_a_word_of_avoiding_stays_a_competency(cli, write, heading):
    """Words that say what not to do elsewhere ('negative', 'anti-', 'avoid')
    name a competency where they do not head what the section lists."""
    page = f"# L2\n\n### Impact\n\n* Mentors new hires.\n\n### {heading}\n\n* Stays calm.\n"
    data, run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert list(cells(data)["L2"].values()) == [["Mentors new hires."], ["Stays calm."]]
    assert "lists what to avoid" not in run.stderr


def test_a_level_page_written_in_paragraphs_keeps_its_level(cli, write):
    # The page's first heading names its level; another heading names none.
    page = ("## Senior\n\nOwns services end to end. Widely visible.\n\nLeading on complex stories\n\n"
            "Acting as a technical lead or line manager\n\nAssessing services for operational readiness.\n\n"
            "Designing systems for a project\n\n## Role specific\n\n- Developer: knows HTTP\n")
    data, run = imported(cli, write("senior.md", page), "--org", "Acme")
    level = data["levels"][0]
    assert level["title"] == "Senior" and level["summary"] == "Owns services end to end. Widely visible."
    assert level["competencies"]["expectations"] == [
        "Leading on complex stories", "Acting as a technical lead or line manager",
        "Assessing services for operational readiness.", "Designing systems for a project"]
    assert level["competencies"]["role-specific"] == ["Developer: knows HTTP"]
    assert "read as the statements of a list" in run.stderr


def test_a_level_page_of_prose_paragraphs_keeps_them_as_its_summary(cli, write):
    page = ("## Senior\n\nOwns services end to end.\n\nLeads incidents calmly.\n\nMentors others well.\n\n"
            "Plans for the long term.\n\n## Delivery\n\n- Ships features.\n")
    data, _run = imported(cli, write("senior.md", page), "--org", "Acme")
    assert data["levels"][0]["summary"].count("\n\n") == 3
    assert cells(data)["senior"] == {"delivery": ["Ships features."]}


def test_a_level_page_of_paragraphs_only_is_read_as_statements(cli, write):
    page = "Lead\n\nPlans work across several teams.\n\nSets long term goals.\n"
    data, _run = imported(cli, write("lead.md", page), "--org", "Acme", "--level", "lead")
    assert cells(data)["lead"] == {"expectations": ["Lead", "Plans work across several teams.", "Sets long term goals."]}


def test_a_heading_that_compares_roles_names_no_level(cli, write):
    page = "# Tech Lead vs Engineering Manager\n\nThe two roles differ.\n\n## Delivery\n\n- Plans work.\n"
    run = cli("import", str(write("compare.md", page)), "-o", "-", "--no-check")
    assert run.exit_code == 2 and "cannot tell which level" in run.stderr


def test_a_table_per_competency_of_one_column_is_one_ladder(cli, write):
    table = "| Level | Expectation |\n| --- | --- |\n| Junior | {} |\n| Mid | {} |\n| Senior | {} |\n"
    page = ("# Acme Engineering Ladder\n\n## Testing\n\n" + table.format("Writes unit tests.", "Writes integration tests.",
                                                                      "Sets the testing strategy.")
            + "\n## Delivery\n\n" + table.format("Delivers small tasks.", "Delivers features.", "Leads projects."))
    data, _run = imported(cli, write("ladder.md", page))
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Mid", "Senior"]
    assert cells(data)["mid"] == {"testing": ["Writes integration tests."], "delivery": ["Delivers features."]}


def test_the_text_between_a_competencys_heading_and_its_table_describes_it(cli, write):
    """A paragraph under each competency's heading, over its table, says what
    the competency is; the text under the page's title describes the ladder."""
    table = "| Level | Expectation |\n| --- | --- |\n| Junior | {} |\n| Senior | {} |\n"
    page = ("# Acme Engineering Ladder\n\nWhat we expect at each level.\n\n"
            "## Testing\n\nMaking sure the code works.\n\n" + table.format("Writes unit tests.", "Sets the strategy.")
            + "\n## Delivery\n\nGetting work to users.\n\n" + table.format("Ships tasks.", "Leads projects."))
    data, run = imported(cli, write("ladder.md", page))
    assert data["description"] == "What we expect at each level."
    assert [(c["name"], c.get("description")) for c in data["dimensions"][0]["competencies"]] == [
        ("Testing", "Making sure the code works."), ("Delivery", "Getting work to users.")]
    assert cells(data)["senior"] == {"testing": ["Sets the strategy."], "delivery": ["Leads projects."]}
    assert "not placed: outside the tables" not in run.stderr


def test_a_line_over_bullets_in_cells_of_several_columns_stays_in_its_column(cli, write):
    cell = "<td><p>{}</p><p>Examples</p><ul><li>{}</li></ul></td>"
    page = ("<h1>Ladder</h1><table><tr><th>Level</th><th>Technical</th><th>Collaboration</th></tr>"
            "<tr><td>Engineer I</td>" + cell.format("Fixes bugs.", "Fixes a reported bug.")
            + cell.format("Asks for help.", "Posts a daily update.") + "</tr>"
            "<tr><td>Engineer II</td>" + cell.format("Delivers features.", "Builds an endpoint.")
            + cell.format("Communicates clearly.", "Writes a project update.") + "</tr></table>")
    data, _run = imported(cli, write("ladder.html", page))
    assert list(cells(data)["engineer-i"]) == ["technical", "collaboration"]
    assert cells(data)["engineer-i"]["technical"][-1] == "Fixes a reported bug."


@pytest.mark.parametrize("title", ["Intern&Probation", "Intern & Probation"])
def test_a_first_page_titled_as_a_stage_joins_the_ladder(cli, write, title):
    """Socialbakers' ladder starts with an 'Intern&Probation' page."""
    write("site/0-intern.md", f"# {title}\n\n## Craft\n\n- Learns the codebase.\n")
    write("site/1-engineer-l1.md", "# Engineer L1\n\n## Craft\n\n- Ships small features.\n")
    page = write("site/2-engineer-l2.md", "# Engineer L2\n\n## Craft\n\n- Ships features alone.\n")
    data, _run = imported(cli, page.parent, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == [title, "Engineer L1", "Engineer L2"]
    assert data["track"] == "Engineer"


def test_a_levels_as_columns_table_sets_aside_rows_of_numbers_and_unwraps_bold_cells(cli, write):
    """dobromir's ladders: 'Years of Exp' and 'SCORES' rows, and a row in bold. The years each level asks
    for are said of it, in its description; the scores are reported."""
    page = ("# Architecture Ladder\n\n| Level | SWE I | SWE II | Senior |\n| --- | --- | --- | --- |\n"
            "| Years of Exp | 0-2 | 2-5 | 4-8 |\n| **SCORES** | **1** | **2** | **3** |\n"
            "| **Overall** | **Knows one system.** | **Changes designs.** | **Proposes designs.** |\n"
            "| Reliability | Knows what an outage is. | Spots issues. | Anticipates issues. |\n")
    data, run = imported(cli, write("arch.md", page), "--org", "Acme")
    assert cells(data)["swe-i"] == {"overall": ["Knows one system."], "reliability": ["Knows what an outage is."]}
    assert [level["description"] for level in data["levels"]] == [
        "Years of Exp: 0-2", "Years of Exp: 2-5", "Years of Exp: 4-8"]
    assert "table row of numbers, not statements: **SCORES** | **1** | **2** | **3**" in run.stderr


def test_a_same_as_line_is_no_summary_and_the_quote_above_it_is(cli, write):
    """Socialbakers' level pages: a block quote, then '*Same as L1, L2, but also...*'."""
    page = ("# Engineer L3\n> Level 3 is the most needed team member.\n\n*Same as L1, L2, but also...*\n\n"
            "### Should have\n* Proposes solutions\n")
    data, run = imported(cli, write("level3.md", page), "--org", "Acme")
    assert data["levels"][0]["summary"] == "Level 3 is the most needed team member."
    assert "not placed: says that the level includes those below it" in run.stderr


def test_pages_of_one_table_each_over_the_same_levels_are_dimensions(cli, write):
    """dobromir's ladders: a page per dimension, each a table of the same levels."""
    table = "| Level | SWE I | SWE II |\n| --- | --- | --- |\n| Correctness | {} | {} |\n| {} | {} | {} |\n"
    write("site/coding.md", "# Coding Skills\n\n" + table.format("Solves small problems.", "Solves most problems.",
                                                                  "Testing", "Writes unit tests.", "Writes suites."))
    page = write("site/architecture.md", "# Architecture Skills\n\n" + table.format(
        "Spots design flaws.", "Catches consistency issues.", "Reliability", "Knows what an SLO is.", "Mitigates outages."))
    data, run = imported(cli, page.parent, "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Architecture Skills", ["Correctness", "Reliability"]), ("Coding Skills", ["Correctness", "Testing"])]
    assert cells(data)["swe-i"]["correctness-2"] == ["Solves small problems."]
    assert "its title names its dimension" in run.stderr


def test_a_one_column_table_of_level_rows_over_their_statements(cli, write):
    """Beyond's pages: a table whose rows name a level, then hold its bullets."""
    page = ("<html><body><h1>Software Engineer 2</h1><h3>Scope of action</h3>"
            "<table><tr><td>Software Engineer 1<td>Software Engineer 2<td>Software Engineer 3"
            "<tr><td><p>Story / Task</p><td><p>Story / Task</p><td><p>Epic / Project</p></table>"
            "<h3>Responsibilities</h3><table>"
            "<tr><td>Software Engineer 1<tr><td><ul><li>Asks questions.<li>Delivers small PRs.</ul>"
            "<tr><td>Software Engineer 2<tr><td><ul><li>Troubleshoots issues.</ul>"
            "<tr><td>Software Engineer 3<tr><td><ul><li>Breaks down initiatives.</ul></table></body></html>")
    data, run = imported(cli, write("se2.html", page), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Software Engineer 1", "Software Engineer 2", "Software Engineer 3"]
    assert cells(data)["software-engineer-1"] == {"scope-of-action": ["Story / Task"],
                                                  "responsibilities": ["Asks questions.", "Delivers small PRs."]}
    assert not [line for line in run.stderr.splitlines() if "Responsibilities" in line and "not placed" in line]


def test_two_rows_of_one_table_with_one_title_stay_two_levels(cli, write):
    """Persado's ladder titles its first two levels alike, told apart by number."""
    row = ("<tr><td><h3>Level</h3><p>{n}</p><h3>Title</h3><p>{title}</p></td>"
           "<td><h3>Scope</h3><ul><li>{s}</li></ul><h3>Craft</h3><ul><li>I write tests.</li></ul></td></tr>")
    page = ("<h1>Ladder</h1><table><tr><th>Level / Title</th><th>Role</th></tr>"
            + row.format(n=1, title="Software Engineer", s="I fix defects.")
            + row.format(n=2, title="Software Engineer", s="I own a service.")
            + row.format(n=3, title="Senior Software Engineer", s="I lead a project.") + "</table>")
    data, run = imported(cli, write("ladder.html", page))
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1", "Software Engineer"), ("L2", "Software Engineer"), ("L3", "Senior Software Engineer")]
    # The layout line counts the levels imported, and the header over the competencies' headings
    # ('Role', above 'Scope' and 'Craft' in each cell) is a column's header, as its neighbour's is.
    assert "names 3 levels in its first column (Software Engineer, Software Engineer, Senior Software Engineer)" \
        in run.stderr
    assert "not placed: table column header, not content: Role\n" in run.stderr
    assert "heading with no statements under it" not in run.stderr


def test_a_tables_header_over_the_headings_in_its_cells_is_said_once_for_the_tables_of_a_page(cli, write):
    row = ("<tr><td><h3>Level</h3><p>{n}</p><h3>Title</h3><p>{title}</p></td>"
           "<td><h3>Scope</h3><ul><li>{s}</li></ul><h3>Craft</h3><ul><li>I write tests.</li></ul></td></tr>")
    table = ("<table><tr><th>Level / Title</th><th>Role and Competencies</th></tr>"
             + row.format(n=1, title="{role}", s="I fix defects.")
             + row.format(n=2, title="Senior {role}", s="I own a service.") + "</table>\n")
    page = ("# Ladder\n\n## Software Engineer\n\n" + table.format(role="Software Engineer")
            + "\n## Reliability Engineer\n\n" + table.format(role="Reliability Engineer"))
    run = cli("import", str(write("ladder.md", page)), "--org", "Acme", "--split-tracks", "-o",
              str(write("out/.keep", "").parent), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "table column header, not content, in 2 tables (lines 5, 9): Role and Competencies" in run.stderr
    assert "heading with no statements under it" not in run.stderr


def test_text_loose_in_an_html_block_is_reported_once_at_its_own_lines(cli, write):
    """A credit under the tables ('<div>' over a line of text and a link):
    one piece of text not placed, on the line it is written on, not also
    that line again as raw HTML."""
    page = ("# Acme Ladder\n\n| Level | Delivery |\n| --- | --- |\n| L1 | Ships small tasks. |\n"
            "| L2 | Ships projects. |\n\n<div class=\"small-font\">\n  This ladder is based on the ladder by "
            "<a href=\"https://example.org/ladder.html\">Globex</a>\n</div>\n")
    _data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    credit = [line for line in run.stderr.splitlines() if "This ladder is based on" in line]
    assert len(credit) == 1 and credit[0].startswith(f"{write('ladder.md', page)}:9: not placed:"), credit


@pytest.mark.parametrize("title", ["Sr. Head of Design / VP Product Design", "Senior Head of Design / VP Product Design"])
def test_a_row_whose_title_names_two_roles_rungs_and_a_range_of_codes_is_a_level(cli, write, title):
    """A level's cell labelled 'Level' over '3/4' and 'Title' over two roles'
    titles, one of them longer than a title alone is: one level, the range
    its id, its title as written."""
    row = ("<tr><td><h3>Level</h3><p>{n}</p><h3>Title</h3><p>{title}</p></td>"
           "<td><h3>Craft</h3><ul><li>{s}</li></ul></td></tr>")
    page = ("<h2>Design leadership</h2><table><tr><th>Level / Title</th><th>Role and Competencies</th></tr>"
            + row.format(n=1, title="Design Lead", s="You review the work of your team.")
            + row.format(n=2, title="Head of Design", s="You set the standards of each design team.")
            + row.format(n="3/4", title=title, s="You plan the design budget with Finance.") + "</table>")
    data, run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1", "Design Lead"), ("L2", "Head of Design"), ("L3-L4", title)]
    assert cells(data)["L3-L4"] == {"craft": ["You plan the design budget with Finance."]}
    assert "names no level" not in run.stderr


@pytest.mark.parametrize("table", [
    "| Level | Title | Delivery |\n| --- | --- | --- |\n| 1 | Engineer | {a} |\n| 2 | Senior Engineer | {b} |\n"
    "| 3/4 | {long} | {c} |\n",
    "| Level | Delivery |\n| --- | --- |\n| L1 Engineer | {a} |\n| L2 Senior Engineer | {b} |\n| L3-L4 {long} | {c} |\n",
], ids=["title-column", "code-before-title"])
def test_a_row_that_gives_its_levels_code_is_a_level_however_long_its_title(cli, write, table):
    """A long title ('Head of ... and ...') is a level's where its row gives
    the level's code apart from it, or a column headed 'Title' holds it."""
    long = "Head of Platform Engineering and Site Reliability Operations"
    page = "# Acme Ladder\n\n" + table.format(a="You ship small tasks on time.", b="You ship projects across the team.",
                                              c="You set the delivery strategy.", long=long)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]][-1] == "L3-L4"
    assert data["levels"][-1]["title"] == long
    assert cells(data)["L3-L4"] == {"delivery": ["You set the delivery strategy."]}
    assert "names no level" not in run.stderr


def test_a_row_that_names_a_level_left_out_of_a_table_is_said_aloud(cli, write):
    """A row whose title names a level but is too long to be read as one
    is a level lost: a notice says so and how to import it, not only a
    piece of text not placed."""
    page = ("# Acme Ladder\n\n| Level | Delivery |\n| --- | --- |\n| Engineer | You ship small tasks on time. |\n"
            "| Senior Engineer | You ship projects across the team. |\n"
            "| Principal Engineer and Head of the Platform Architecture Guild | You set the delivery strategy. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert len(data["levels"]) == 2
    assert "ladder.md:7: review: the row of 'Principal Engineer and Head of the Platform Architecture Guild' names a " \
           "level, but its title is too long to be read as one: the level is not imported" in run.stderr
    assert "ladder.md:7: not placed: table row that names no level" in run.stderr


@pytest.mark.parametrize("link", ["*[Voltar ao início](/README.md#levels)*", "[Voltar ao início](jobs/{slug}.md)"],
                         ids=["same-address", "own-address"])
@pytest.mark.parametrize("body", ["You ship tasks.\n\nYou ask for help.\n", "- You ship tasks.\n- You ask for help.\n"])
def test_a_link_alone_repeated_on_the_sites_pages_is_navigation(cli, write, tmp_path, body, link):
    """A back-link at the foot of every level page, in whatever language
    ('*[Voltar](../README.md)*'), is neither a statement nor a summary; so
    is a link that says the same on every page but goes to each page's own
    ('[Job Description](jobs/senior.md)')."""
    for slug, title in (("junior", "Junior"), ("senior", "Senior")):
        write(f"site/{slug}.md", f"# {title}\n\n{body.replace('You', title)}\n{link.format(slug=slug)}\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert "Voltar" not in out.read_text()
    assert [s for cell in data["levels"][1]["competencies"].values() for s in cell] == [
        "Senior ship tasks.", "Senior ask for help."]
    assert run.stderr.count("not placed: link repeated on the site's pages (navigation)") == 2


def test_a_bullet_that_leads_in_to_the_bullets_under_it_is_finished_by_each(cli, write):
    """A bullet ending in a colon over nested bullets is a sentence each of
    them finishes ('Understand the tools of your team:' over '- What they
    are for'), so each is read whole, not as a fragment; one whose last
    sentence opens examples ('... Examples:') is a statement with them."""
    text = ("# Ladder\n\n## Junior Engineer\n\n### Knowledge\n\n- Understand the core tools of your team:\n"
            "  - What they are for\n  - How to use them well\n- Follow our conventions.\n\n"
            "## Senior Engineer\n\n### Knowledge\n\n- Improve the flow of work for your team. Examples:\n"
            "  - Pair up to help.\n  - Review PRs quickly.\n- Be involved with our community by:\n"
            "  - Bringing up issues\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data) == {
        "junior-engineer": {"knowledge": ["Understand the core tools of your team: What they are for",
                                          "Understand the core tools of your team: How to use them well",
                                          "Follow our conventions."]},
        "senior-engineer": {"knowledge": [
            {"text": "Improve the flow of work for your team.", "examples": ["Pair up to help.", "Review PRs quickly."]},
            "Be involved with our community by: Bringing up issues"]}}


@pytest.mark.parametrize(("opening", "kept"), [
    ("Some examples:", False), ("An indicative list of activities:", False), ("For instance:", False),
    ("Such as:", False), ("e.g.:", False), ("This includes:", False), ("You are responsible for:", True),
])
def test_a_bullets_last_sentence_that_leads_in_to_nested_bullets_gives_its_examples(cli, write, opening, kept):
    """A bullet of a whole sentence, then one ending in a colon over nested
    bullets, is that statement with the nested bullets as its examples,
    as '... Examples:' is: never the whole bullet copied in front of each.
    A last sentence that only says a list follows ('Some examples:', 'An
    indicative list of activities:') is dropped; one that asks something
    ('You are responsible for:') is kept. A bullet of one sentence ending
    in a colon ('You can:', 'Understand the tools of your team:') is still
    finished by each nested bullet."""
    said = "You weigh several ways to build a change, and talk them over with your lead."
    text = ("# Ladder\n\n## Junior Engineer\n\n### Delivery\n\n"
            f"- {said} {opening}\n    - A quick fix that needs cleaning up later\n"
            "    - Reworking the code around the change\n- You can:\n    - ship small fixes\n"
            "- Understand the tools of your team:\n    - what they are for\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- You plan the work of the team.\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"delivery": [
        {"text": f"{said} {opening}" if kept else said,
         "examples": ["A quick fix that needs cleaning up later", "Reworking the code around the change"]},
        "You can: ship small fixes", "Understand the tools of your team: what they are for"]}


def test_a_level_page_titled_with_alternatives_is_numbered_by_the_first(cli, write):
    """'Software Engineer IV / Cloud Platform Manager': one rung held under two
    titles, numbered like the pages beside it, is the fourth level, not a
    page with no ladder."""
    for number, title in [("i", "Software Engineer I"), ("ii", "Software Engineer II"),
                          ("iv", "Software Engineer IV / Cloud Platform Manager")]:
        write(f"site/se-{number}.md", f"---\ntitle: {title}\n---\n\n## Impact\n\n- Ships work of rung {number}.\n")
    data, run = imported(cli, write("site/se-iii.md", "---\ntitle: Software Engineer III\n---\n\n## Impact\n\n"
                                    "- Ships work of rung iii.\n").parent, "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [
        "Software Engineer I", "Software Engineer II", "Software Engineer III",
        "Software Engineer IV / Cloud Platform Manager"]
    assert data["track"] == "Software Engineer"
    assert "no ladder in this file" not in run.stderr


def test_a_dimension_led_by_its_pages_level_title_is_one_across_the_pages(cli, write):
    """'Senior Engineer – Job Profile' on the Senior Engineer page, 'Engineer
    – Job Profile' on the Engineer page: one dimension, 'Job Profile', and
    the level's title in its heading is reported, not a dimension per
    page with the same competencies in each (LL408)."""
    pages = [write(f"site/{title.lower().replace(' ', '-')}.md",
                   f"# {title}\n\n## {title} – Job Profile\n\n### Core Competencies\n\n- Works as a {title.lower()}.\n"
                   f"\n### Key Responsibilities\n\n- Ships as a {title.lower()}.\n")
             for title in ("Engineer", "Senior Engineer")]
    data, run = imported(cli, pages[0].parent, "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Job Profile", ["Core Competencies", "Key Responsibilities"])]
    assert "engineer.md:3: not placed: the title of the level before heading 'Job Profile' (its level on this page): " \
           "Engineer" in run.stderr


def test_decoration_emoji_leave_every_name_alike_and_meaningful_symbols_stay(cli, write):
    """Notion and Monzo-style pages decorate headings with emoji ('🏆
    Results'): no name keeps them, whether the framework's, a level's, a
    dimension's or a competency's, so pages with and without them match;
    signs that are words of a name ('C++', '#', '™') are kept."""
    write("site/ic1.md", "# 🚀 IC1 Engineer\n\n## 🏆 Results\n\n### 💬 Communication\n\n- Asks for help.\n\n"
          "### C++ & #Tooling\n\n- Builds with CMake.\n\n### 🕵🏽‍♂️ Debugging\n\n- Reads stack traces.\n\n"
          "### 🎵 C♯ Interop\n\n- Calls C♯ libraries.\n")
    page = write("site/ic2.md", "# IC2 Engineer 🌟\n\n## Results\n\n### Communication\n\n- Writes design docs.\n\n"
                 "### C++ & #Tooling\n\n- Profiles builds.\n\n### Debugging ✨\n\n- Finds root causes.\n\n"
                 "### C♯ Interop\n\n- Wraps C♯ libraries.\n")
    data, run = imported(cli, page.parent, "--org", "Acme")
    names = [data["name"], data["track"], *(lv["title"] for lv in data["levels"])]
    for dimension in data["dimensions"]:
        names += [dimension["name"], *(c["name"] for c in dimension["competencies"])]
    assert names == ["Acme Engineer", "Engineer", "IC1 Engineer", "IC2 Engineer", "Results", "Communication",
                     "C++ & #Tooling", "Debugging", "C♯ Interop"]
    assert "another spelling" not in run.stderr


def test_a_track_its_pages_decorate_is_named_without_the_emoji(cli, write, tmp_path):
    for track in ("🛠 Backend", "🎨 Design"):
        for n in (1, 2):
            write(f"site/{track[2:].lower()}{n}.md",
                  f"---\ntitle: Level {n}\ntrack: {track}\n---\n\n## Craft\n\n- Does things at level {n}.\n")
    out = tmp_path / "out"
    run = cli("import", str(tmp_path / "site"), "--split-tracks", "-o", str(out), "--org", "Acme", "--no-check")
    assert run.exit_code == 0, run.stderr
    found = {(d["name"], d["track"]) for d in (load_document(str(p), p.read_bytes()).data for p in out.iterdir())}
    assert found == {("Acme Backend", "Backend"), ("Acme Design", "Design")}


def test_the_layout_is_reported_at_the_line_of_its_evidence(cli, write):
    """The report's location of a layout is the line its evidence is on (the
    first heading or table that names a level), as its text says, not the
    file's first line."""
    text = ("# Acme Engineering Ladder\n\nHow we grow.\n\n"
            "## Engineer I\n\n- Writes tests for their changes\n\n"
            "## Engineer II\n\n- Designs the tests of a feature\n")
    _, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "ladder.md:5: layout: level-per-section: " in run.stderr
    page = "<!-- Acme's ladder -->\n\n# IC3 Software Engineer\n\n## Craft\n\n- Designs the tests of a feature\n"
    _, run = imported(cli, write("about.md", page), "--org", "Acme")
    assert "about.md:3: layout: level-per-page: the heading on line 3 names one level (IC3 Software Engineer)" in run.stderr
    table = ("# Acme\n\nOur ladder.\n\n| | Engineer I | Engineer II |\n| --- | --- | --- |\n"
             "| Craft | Writes tests for their changes | Designs the tests of a feature |\n")
    _, run = imported(cli, write("table.md", table), "--org", "Acme")
    assert "table.md:5: layout: levels-as-columns: the table on line 5 " in run.stderr


def test_what_check_would_find_in_the_import_s_own_structure_is_reported(cli, write):
    """The import runs the rules that judge its own structure (ids, names,
    references) on the framework it writes, and the report says what they
    still find: here two dimensions each name a competency 'Testing'."""
    text = "# Acme Engineering Ladder\n\n" + "".join(
        f"## Engineer {n}\n\n### Craft\n\n#### Testing\n\n- Writes the tests of level {n}\n\n"
        f"### Delivery\n\n#### Testing\n\n- Tests the releases of level {n}\n\n" for n in ("I", "II"))
    _, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "ladder.md:1: review: `ladderlint check` will report LL408 (duplicate-name) on line " in run.stderr
    assert "competency 'testing-2' has the same name as competency 'testing'" in run.stderr
    plain = "# Acme Engineering Ladder\n\n## Engineer I\n\n- Writes tests\n\n## Engineer II\n\n- Designs tests\n"
    _, run = imported(cli, write("plain.md", plain), "--org", "Acme")
    assert "will report" not in run.stderr


def test_a_joined_competency_most_levels_write_apart_is_filed_under_the_first_name(cli, write):
    """'Agility / Innovation' at one level, 'Agility' and 'Innovation' at the
    two above: the separate names win; the joined statements go under the
    first, and the report says to sort them. `check` then finds no LL408."""
    def level(n: int, competencies: dict[str, str]) -> str:
        return f"## Engineer {n}\n\n" + "".join(f"**{name}**\n\n- {text}\n\n" for name, text in competencies.items())

    text = "# Acme Engineering Ladder\n\n" + level(1, {"Agility / Innovation": "Adapts to change"}) + "".join(
        level(n, {"Agility": f"Leads change at level {n}", "Innovation": f"Tries new ideas at level {n}"})
        for n in (2, 3))
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Agility", "Innovation"]
    assert data["levels"][0]["competencies"] == {"agility": ["Adapts to change"]}
    assert "review: competency 'Agility / Innovation' joins competencies 'Agility' and 'Innovation', which 2 " \
           "levels write apart: its statements (Engineer 1) are filed under 'Agility'; move those that belong to " \
           "'Innovation' there" in run.stderr
    assert "will report LL408" not in run.stderr


def test_a_table_row_that_starts_later_is_not_applicable_before(cli, write):
    """A row whose first level cells are blank (a competency that starts at
    a later level) is not applicable there, with the reason; a blank cell
    between two filled ones is left for `check` (LL401)."""
    table = ("# Acme Ladder\n\n| Competency | Engineer I | Engineer II | Engineer III |\n| --- | --- | --- | --- |\n"
             "| Craft | Writes tests | Designs tests | Leads the testing of a team |\n"
             "| Mentoring | | Mentors new joiners | Mentors the team's mentors |\n"
             "| Delivery | Ships small changes | | Ships projects across teams |\n")
    data, run = imported(cli, write("table.md", table), "--org", "Acme")
    by_level = cells(data)
    assert by_level["engineer-i"]["mentoring"] == {"not_applicable": "Mentoring starts at Engineer II"}
    assert "delivery" not in by_level["engineer-ii"]
    assert "review: the row of 'Mentoring' has no entry at Engineer I: not_applicable there ('Mentoring starts at " \
           "Engineer II')" in run.stderr


def test_the_report_says_a_monzo_pages_title_names_its_track(cli, tmp_path):
    """Monzo's frameworks (MIT) are titled '💬 Customer Operations
    Framework' over levels titled 'Level 1', 'Level 2': the title names the
    track, not the levels' titles."""
    pages = CORPORA / "monzo-progression-framework" / "frameworks"
    run = cli("import", str(pages), "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "layout: track 'Customer Operations': the front matter's title is '💬 Customer Operations " \
           "Framework'" in run.stderr
    assert "the titles of its levels name the role" not in run.stderr


@pytest.mark.parametrize("listed, description", [
    # Codecademy's engineering competencies (MIT): the categories the sentence announces finish it.
    ("1. Software Engineering & Design\n2. Execution & Results\n",
     "How we level engineers. Each level is broken down into two categories: Software Engineering & Design, "
     "Execution & Results."),
    # A short list of sentences is not the end of the description's sentence: it is kept under it.
    ("- You read the levels below yours first.\n- You talk to your manager about them.\n",
     "How we level engineers. Each level is broken down into two categories:\n\n"
     "- You read the levels below yours first.\n- You talk to your manager about them."),
    # A long list is no part of the description: the sentence that opened it goes, reported with it.
    ("".join(f"- You read the levels below yours, part {n}.\n" for n in range(1, 11)), "How we level engineers."),
])
def test_a_description_that_opens_a_list(cli, write, listed, description):
    text = ("# Acme Engineering Ladder\n\nHow we level engineers. Each level is broken down into two categories:\n\n"
            f"{listed}\n## Junior Engineer\n\n### Delivery\n\n- Ships small tasks\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- Leads projects\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["description"] == description


def test_a_description_that_opens_a_list_of_sentences_keeps_its_abbreviations(cli, write):
    # "e.g." ends no sentence: the one that opened the list is what goes, where the list is too long to keep.
    listed = "".join(f"- You read the levels below yours, part {n}.\n" for n in range(1, 11))
    text = ("# Acme Engineering Ladder\n\nWe level engineers with our rubric. Read these, e.g. first:\n\n"
            f"{listed}\n"
            "## Junior Engineer\n\n### Delivery\n\n- Ships small tasks\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- Leads projects\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["description"] == "We level engineers with our rubric."


@pytest.mark.parametrize("ladder", [
    "## Junior Engineer\n\n### Delivery\n\n- Ships small tasks\n\n## Senior Engineer\n\n### Delivery\n\n"
    "- Leads projects\n",
    "## Levels\n\n| Level | Delivery |\n| --- | --- |\n| Junior Engineer | Ships small tasks |\n"
    "| Senior Engineer | Leads projects |\n",
], ids=["sections", "table"])
def test_a_description_that_leads_in_to_a_list_of_values_keeps_them(cli, write, ladder):
    """'The whole team shares three core values:' over the values, after a
    paragraph on the company: the lead-in and its list say one thing, in
    the description, never the lead-in alone with its list left over."""
    text = ("# Acme Engineering Ladder\n\nAcme makes software for transit agencies.\n\n"
            "The whole Acme team shares three core values:\n\n* We deliver on our promises\n* We solve problems\n"
            "* We share knowledge\n\n" + ladder)
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["description"] == ("Acme makes software for transit agencies.\n\nThe whole Acme team shares three "
                                   "core values:\n\n- We deliver on our promises\n- We solve problems\n"
                                   "- We share knowledge")
    assert "We share knowledge" not in run.stderr


@pytest.mark.parametrize("lead_sentence, examples", [("This means:", True), ("Some examples:", True),
                                                     ("You are also expected to:", False)])
def test_a_paragraphs_last_sentence_that_leads_in_to_a_list(cli, write, lead_sentence, examples):
    """'... deliver on your tasks. This means:' over '- Writing code', '-
    With quality': the sentences are the statement, the bullets that show
    what they mean its examples, as under a bullet that ends so; never a
    statement ending in a colon over bare bullets ('With quality'). A
    lead-in that asks something ('You are also expected to:') leads in to
    statements: the sentences before it are one, each bullet one more."""
    said = "You make a positive business impact. To do so, you deliver on your tasks."
    text = ("# Ladder\n\n## Junior Engineer\n\n### Impact\n\n"
            f"{said} {lead_sentence}\n\n- Writing code\n- With quality\n\n"
            "## Senior Engineer\n\n### Impact\n\n- You plan the work of the team.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"impact": [{"text": said, "examples": ["Writing code", "With quality"]}]
                                              if examples else [said, "Writing code", "With quality"]}
    assert (f"not placed: lead-in to the list after it, whose bullets are the statements: {lead_sentence}"
            in run.stderr) != examples


@pytest.mark.parametrize("word", ["Competency", "Area", "Skill", "Dimension", "Pillar"])
def test_numbered_competency_headings_are_no_levels(cli, write, tmp_path, word):
    """'### Competency 1: Code Quality' (or 'Area 01') under each level's
    heading numbers a competency, as '### 1. Code Quality' does: no rung of
    a ladder, so the levels' headings are no tracks."""
    levels = ("Junior Engineer", "Engineer", "Senior Engineer")
    page = "# Acme Engineering Ladder\n\n" + "".join(
        f"## {level}\n\n### {word} 1: Code Quality\n\n- Writes code at scope {n}.\n\n"
        f"### {word} 02\n\n- Tests code at scope {n}.\n\n" for n, level in enumerate(levels, start=1))
    out = tmp_path / "out.yaml"
    run = cli("import", str(write("ladder.md", page)), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [level["title"] for level in data["levels"]] == list(levels)
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == [f"{word} 1: Code Quality",
                                                                                  f"{word} 02"]


def test_bold_titles_three_deep_are_dimension_competency_statement(cli, write, tmp_path):
    """'- **Technical**' over '  - **Code quality**' over '    - Writes
    readable code': the outer title names a dimension, the inner titles its
    competencies (as two-deep titles are read), the leaves the statements."""
    page = "# Initrode Engineering Levels\n\n" + "".join(
        f"## {level}\n\n- **Technical**\n  - **Code quality**\n    - {code}\n  - **Debugging**\n    - {debug}\n"
        f"- **People**\n  - **Communication**\n    - {talk}\n\n"
        for level, code, debug, talk in (
            ("Engineer I", "Writes readable code", "Fixes bugs with help", "Gives status updates"),
            ("Engineer II", "Reviews code for readability", "Debugs production alone", "Writes design docs")))
    out = tmp_path / "out.yaml"
    run = cli("import", str(write("ladder.md", page)), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert {d["name"]: [c["name"] for c in d["competencies"]] for d in data["dimensions"]} == {
        "Technical": ["Code quality", "Debugging"], "People": ["Communication"]}
    assert data["levels"][0]["competencies"] == {"code-quality": ["Writes readable code"],
                                                 "debugging": ["Fixes bugs with help"],
                                                 "communication": ["Gives status updates"]}


GROUPED_ROWS = [("E3", "Engineer I", "Writes tested code for small tasks.", "Designs small components.",
                 "Ships small tasks each sprint.", "Helps teammates with questions."),
                ("E4", "Engineer II", "Writes idiomatic code.", "Designs services.", "Ships features end to end.",
                 "Influences the team's technical choices.")]


@pytest.mark.parametrize("mark", [": ", " - ", " / "])
def test_a_header_of_one_row_naming_each_competencys_group_first_gives_its_dimension(cli, write, mark):
    """'Craft: Code | Craft: Architecture | Impact: Delivery' says in one
    row what a header of two rows says with 'Craft' over 'Code |
    Architecture': the group is the dimension, the rest the competency."""
    names = [("Craft", "Code"), ("Craft", "Architecture"), ("Impact", "Delivery"), ("Impact", "Influence")]
    two_rows = [("Level", "Title", "Craft", "", "Impact", ""), ("", "", *(name for _, name in names)), *GROUPED_ROWS]
    one_row = [("Level", "Title", *(f"{group}{mark}{name}" for group, name in names)), *GROUPED_ROWS]
    expected, _ = imported(cli, write("two.csv", _csv(two_rows)), "--org", "Acme")
    data, _ = imported(cli, write("one.csv", _csv(one_row)), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Code", "Architecture"]), ("Impact", ["Delivery", "Influence"])]
    assert data["dimensions"] == expected["dimensions"] and cells(data) == cells(expected)


@pytest.mark.parametrize("header", [("Scope: what you own", "Craft: Code", "Impact: Delivery", "People"),
                                    ("Craft: Code", "Craft: Architecture", "Impact: Delivery", "People")])
def test_a_header_whose_groups_are_not_each_columns_is_not_split(cli, write, header):
    """'Scope: what you own' names one column, no group of several; a column
    named otherwise ('People') says the names are no groups' either."""
    rows = [("Level", "Title", *header), *GROUPED_ROWS]
    data, _ = imported(cli, write("one.csv", _csv(rows)), "--org", "Acme")
    assert [[c["name"] for c in d["competencies"]] for d in data["dimensions"]] == [list(header)]


def _labelled_competencies(as_items: bool, headings: tuple[str, str] = ("Technical execution", "Collaboration"),
                           labels: tuple[list[str], list[str]] = (["P1", "P2", "P3", "P4"], ["P1", "P2", "P3", "P4"])
                           ) -> str:
    bullet = "- " if as_items else ""
    gap = "\n" if as_items else "\n\n"
    text = "# Engineering Expectations by Competency\n\nEach section below describes one competency.\n\n"
    for heading, levels in zip(headings, labels):
        text += f"## {heading}\n\nWhat {heading.lower()} means here.\n\n" + gap.join(
            f"{bullet}**{level}:** Shows {heading.lower()} at {level}. Grows others." for level in levels) + "\n\n"
    return text


@pytest.mark.parametrize("as_items, options", [
    (False, []), (True, []), (False, ["--layout", "competency-per-section"]),
    (False, ["--competency-heading", "h2", "--level-heading", "bold"]),
], ids=["paragraphs", "items", "layout", "headings"])
def test_bold_level_labels_under_each_competency_heading_are_its_levels(cli, write, as_items, options):
    """'## Technical execution', a line that describes it, then '**P1:** ...'
    to '**P4:** ...', and the same labels under '## Collaboration': one
    framework whose competencies are the headings, not two tracks (nor, as
    the user says so, the labels of one competency's)."""
    data, run = imported(cli, write("labels.md", _labelled_competencies(as_items)), "--org", "Acme", *options)
    assert [lv["title"] for lv in data["levels"]] == ["P1", "P2", "P3", "P4"]
    competencies = data["dimensions"][0]["competencies"]
    assert [(c["name"], c["description"]) for c in competencies] == [
        ("Technical execution", "What technical execution means here."), ("Collaboration", "What collaboration means here.")]
    assert cells(data)["P3"] == {"technical-execution": ["Shows technical execution at P3. Grows others."],
                                 "collaboration": ["Shows collaboration at P3. Grows others."]}
    assert "layout: competency-per-section: " in run.stderr


@pytest.mark.parametrize("headings, labels, said", [
    # The same labels under headings that say they are tracks.
    (("Individual contributor track", "Management track"), (["L1", "L2", "L3"], ["L1", "L2", "L3"]),
     "the document holds 2 tracks"),
    # Each heading's labels a sequence of its own.
    (("Engineers", "Managers"), (["IC1", "IC2", "IC3"], ["M1", "M2"]), "the document holds 2 tracks"),
], ids=["say-tracks", "own-sequences"])
def test_bold_level_labels_under_track_headings_are_still_tracks(cli, write, tmp_path, headings, labels, said):
    path = write("labels.md", _labelled_competencies(False, headings, labels))
    run = cli("import", str(path), "--org", "Acme", "-o", str(tmp_path / "one.yaml"), "--no-check")
    assert run.exit_code == 2 and said in run.stderr and "--split-tracks" in run.stderr


#: A ladder in one Markdown file as some teams keep one for an app to read (sameera/osem-ladders
#: writes its so): '# Dimension', '## Competency', then a list numbered 1 to N, the item's number
#: its level, the paragraphs indented under an item a note on the level.
_NUMBERED_LEVELS = """# Technical Execution
## Code & Implementation
1. Implements product features with maintainable code
2. Delivers technical solutions with minimal guidance.
3. Raises the quality bar through craftsmanship.
    At this level, the engineer improves the standards of the team.

    This goes beyond level 2 by showing care for the code of others.
4. Builds improvements in large, complex, team-critical systems
    Complex systems are those with meaningful architectural depth.

## System Design
1. Translates solutions defined by senior engineers into
   efficient, well-tested code.
2. Scopes and estimates assigned tasks independently.
3. Designs scalable architectures for the team.
4. Leads architectural decisions across several systems.

# Impact
## Delivery
1. Completes deliverables on time.
2. Provides estimates and meets them.
3. Owns significant features end to end.
4. Leads cross-cutting initiatives.
"""


@pytest.mark.parametrize("options", [
    [], ["--layout", "competency-per-section", "--dimension-heading", "h1", "--competency-heading", "h2"],
], ids=["recognised", "steered"])
def test_the_same_numbered_list_under_each_competency_numbers_its_levels(cli, write, options):
    data, run = imported(cli, write("config.md", _NUMBERED_LEVELS), "--org", "Acme", *options)
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1", "Level 1"), ("L2", "Level 2"), ("L3", "Level 3"), ("L4", "Level 4")]
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Technical Execution", ["Code & Implementation", "System Design"]), ("Impact", ["Delivery"])]
    found = cells(data)
    # The item's first line is the statement; what is indented under it, the level's note.
    assert found["L3"]["code-and-implementation"] == {
        "statements": ["Raises the quality bar through craftsmanship."],
        "note": "At this level, the engineer improves the standards of the team.\n\n"
                "This goes beyond level 2 by showing care for the code of others."}
    assert found["L4"]["code-and-implementation"] == {
        "statements": ["Builds improvements in large, complex, team-critical systems"],
        "note": "Complex systems are those with meaningful architectural depth."}
    # A statement wrapped onto a second line is still one statement.
    assert found["L1"]["system-design"] == ["Translates solutions defined by senior engineers into efficient, "
                                            "well-tested code."]
    assert found["L2"]["delivery"] == ["Provides estimates and meets them."]
    assert "each hold a list numbered 1 to 4, and nothing names the levels: the numbers are the levels" in run.stderr
    assert "not applied" not in run.stderr


@pytest.mark.parametrize("text", [
    # A numbered list of statements under each level's heading: statements, the headings the levels.
    "# Acme Ladder\n## Engineer I\n1. Ships tasks.\n2. Writes tests.\n3. Fixes bugs.\n"
    "## Engineer II\n1. Ships features.\n2. Reviews code.\n3. Mentors interns.\n",
    # One level's page (its title names it), a numbered list of the same length under each competency.
    "# Senior Engineer\n## Delivery\n1. Ships features.\n2. Writes tests.\n3. Fixes bugs.\n"
    "## Craft\n1. Designs systems.\n2. Reviews code.\n3. Mentors others.\n",
], ids=["level-headings", "level-page"])
def test_numbered_statements_under_levels_stay_statements(cli, write, text):
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "numbered 1 to" not in run.stderr
    assert all(not lv["title"].startswith("Level ") for lv in data["levels"])
    statements = [s for lv in data["levels"] for cell in lv["competencies"].values() for s in cell]
    assert "Writes tests." in statements


@pytest.mark.parametrize("text", [
    # Numbered differently under each competency: no shared scale.
    "# Competencies\n## Delivery\n1. Ships tasks.\n2. Writes tests.\n3. Fixes bugs.\n"
    "## Craft\n1. Designs systems.\n2. Reviews code.\n",
    # Two items only: too little to say a scale.
    "# Competencies\n## Delivery\n1. Ships tasks.\n2. Writes tests.\n## Craft\n1. Designs systems.\n2. Reviews code.\n",
], ids=["different-lengths", "two-items"])
def test_numbered_lists_that_are_no_scale_name_no_levels(cli, write, tmp_path, text):
    run = cli("import", str(write("guide.md", text)), "--org", "Acme", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 2 and "numbered 1 to" not in run.stderr


def test_dimension_heading_over_competency_sections_is_said_applied(cli, write):
    """'## Delivery' over '### Shipping' over '#### Junior': --dimension-heading
    h2 names the dimensions the competencies' sections are read under, and
    the report does not say it was not applied."""
    text = ("# Acme Ladder\n## Delivery\n### Shipping\n#### Junior\n- Ships tasks\n#### Senior\n- Ships projects\n"
            "### Quality\n#### Junior\n- Writes tests\n#### Senior\n- Designs tests\n"
            "## People\n### Mentoring\n#### Junior\n- Asks for help\n#### Senior\n- Mentors others\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--dimension-heading", "h2")
    assert [d["name"] for d in data["dimensions"]] == ["Delivery", "People"]
    assert "not applied" not in run.stderr


@pytest.mark.parametrize("wrapper, dimension", [
    ("Skills needed for this level", "Competencies"),  # Skylight's career pathways
    ("What we expect at this level", "Competencies"),
    ("Technical skills", "Technical skills"),  # a group's name, even alone under each level
])
def test_a_heading_that_only_wraps_each_levels_competencies_names_no_dimension(cli, write, wrapper, dimension):
    """'### Senior engineer' > '#### Skills needed for this level' > '#####
    Research': the one heading over the competencies at each level speaks
    of the level, not of a group of them; the default dimension holds them,
    as where no heading groups them, and a layout line says so."""
    page = "# Acme Security Engineer Ladder\n\n" + "".join(
        f"### {title}\n\nA {title.lower()} protects the products.\n\n#### {wrapper}\n\n##### Research\n\n"
        f"Researches threats at scope {n}.\n\n##### Compliance\n\nChecks controls at scope {n}.\n\n"
        for n, title in enumerate(("Associate security engineer", "Senior security engineer"), start=1))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == [dimension]
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Research", "Compliance"]
    assert ("layout: the one heading over the competencies at each level speaks of the level, not a group of its "
            f"competencies: it names no dimension: {wrapper}" in run.stderr) == (dimension == "Competencies")
