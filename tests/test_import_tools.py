"""`ladderlint import` on documents as the tools frameworks are written in
export them: Google Docs (HTML), Word (DOCX), Confluence, Notion and wikis.
Each document is written here the way the tool writes it: its own markup,
chrome and habits (style classes instead of <b>, a Title paragraph, &nbsp;)."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import cells, imported
from ladderlint.loader import load_document




# --- Google Docs: File > Download > Web page ----------------------------------------------

#: Google Docs' style sheet: bold and italics are classes, never <b> or <i>.
GDOCS_STYLE = (
    '<style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit=abc);'
    'ol.lst-kix_k2b-0{list-style-type:none}.lst-kix_k2b-0>li:before{content:"\\0025cf   "}'
    '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;'
    'font-family:"Arial";font-style:normal}'
    '.c3{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;'
    'font-family:"Arial";font-style:normal}'
    '.c8{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial";font-style:italic}'
    '.c9{color:#000000;font-weight:400;font-size:20pt;font-family:"Arial";font-style:normal}'
    '.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
    '.c4{margin-left:36pt;padding-left:0pt}.c5{background-color:#ffffff;max-width:451.4pt}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial"}'
    'h1{padding-top:20pt;color:#000000;font-size:20pt;font-family:"Arial"}</style>')


def gdocs_page(title: str, body: str) -> str:
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">' + GDOCS_STYLE
            + '</head><body class="c5 doc-content">'
            + f'<p class="c2 title" id="h.q2l3"><span class="c9">{title}</span></p>' + body + '</body></html>')


def gdocs_level(name: str, groups: dict[str, list[str]]) -> str:
    html = f'<h1 class="c2" id="h.{len(name)}"><span class="c9">{name}</span></h1>'
    for group, bullets in groups.items():
        html += f'<p class="c2"><span class="c3">{group}</span></p><ul class="c2 lst-kix_k2b-0 start">'
        html += "".join(f'<li class="c2 c4 li-bullet-0"><span class="c1">{b}</span></li>' for b in bullets)
        html += '</ul><p class="c2 c0"><span class="c1"></span></p>'
    return html


def test_google_docs_bold_classes_title_and_no_break_spaces(cli, write):
    """Bold is a class of the style sheet (.c3{font-weight:700}): a paragraph
    of it names a competency. The Title paragraph names the framework (and
    its organisation). &nbsp; is how the export writes a space."""
    body = ('<p class="c2"><span class="c1">What we expect of engineers at Globex.&nbsp;Ask your manager.</span></p>'
            + gdocs_level("Engineer I", {"Technical skills": ["Writes tested code for small,&nbsp;clear tasks"],
                                         "Collaboration": ["Gives clear updates in stand-up&nbsp;"]})
            + gdocs_level("Engineer II", {"Technical skills": ["Designs features end to end"],
                                          "Collaboration": ["Mentors new joiners&nbsp; on the team"]}))
    data, run = imported(cli, write("ladder.html", gdocs_page("Globex Engineering Ladder", body)))
    assert data["name"] == "Globex Engineering Ladder" and data["organisation"] == {"name": "Globex"}
    assert data["description"] == "What we expect of engineers at Globex. Ask your manager."
    assert cells(data) == {
        "engineer-i": {"technical-skills": ["Writes tested code for small, clear tasks"],
                       "collaboration": ["Gives clear updates in stand-up"]},
        "engineer-ii": {"technical-skills": ["Designs features end to end"],
                        "collaboration": ["Mentors new joiners on the team"]},
    }
    assert ": not placed:" not in run.stderr
    # The export writes the page on one line: how the report counts lines, nothing to check.
    assert ": layout: the page writes several blocks on one line" in run.stderr
    # Nothing to review but the dimension the import names, as no heading groups the competencies.
    assert [line.split(": review: ")[1][:28] for line in run.stderr.splitlines() if ": review: " in line] == [
        "no heading names a dimension"]
    assert "1 notice to review" in run.stderr


def test_google_docs_italic_class_after_a_bold_name_describes_the_competency(cli, write):
    body = ('<h1 class="c2"><span class="c9">Junior Engineer</span></h1>'
            '<p class="c2"><span class="c3">Scope</span><span class="c1">&nbsp;</span>'
            '<span class="c8">Area of ownership</span></p>'
            '<ul class="c2 lst-kix_k2b-0 start"><li class="c2"><span class="c1">Owns small tasks</span></li></ul>'
            '<h1 class="c2"><span class="c9">Senior Engineer</span></h1>'
            '<p class="c2"><span class="c3">Scope</span><span class="c1">&nbsp;</span>'
            '<span class="c8">Area of ownership</span></p>'
            '<ul class="c2 lst-kix_k2b-0 start"><li class="c2"><span class="c1">Owns a system</span></li></ul>')
    data, _ = imported(cli, write("ladder.html", gdocs_page("Engineering Ladder", body)), "--org", "Acme")
    assert cells(data) == {"junior-engineer": {"scope": ["Owns small tasks"]},
                           "senior-engineer": {"scope": ["Owns a system"]}}
    assert data["dimensions"][0]["competencies"][0]["description"] == "Area of ownership"


@pytest.mark.parametrize("group_size", ["12pt", "11pt"])
def test_google_docs_headings_set_as_larger_bold_text_are_headings_by_size(cli, write, group_size):
    """A document written without heading styles: level names in bold 18pt,
    competencies in bold 12pt (or the text's own 11pt), the text in 11pt.
    The larger the bold, the shallower the heading."""
    style = ('<style type="text/css">.c0{font-weight:400;font-size:11pt}.c2{font-weight:700;font-size:18pt}'
             '.c3{font-weight:700;font-size:' + group_size + '}</style>')

    def level(name: str, groups: dict[str, str]) -> str:
        return f'<p class="c1"><span class="c2">{name}</span></p>' + "".join(
            f'<p class="c1"><span class="c3">{group}</span></p><ul class="lst-kix_a-0">'
            f'<li class="c1"><span class="c0">{bullet}</span></li></ul>' for group, bullet in groups.items())

    body = (level("Engineer I", {"Delivery": "Ships small changes.", "Collaboration": "Reviews code kindly."})
            + level("Engineer II", {"Delivery": "Ships features.", "Collaboration": "Mentors interns."}))
    page = f"<html><head>{style}</head><body>{body}</body></html>"
    data, run = imported(cli, write("ladder.html", page), "--org", "Initech")
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes."], "collaboration": ["Reviews code kindly."]},
                           "engineer-ii": {"delivery": ["Ships features."], "collaboration": ["Mentors interns."]}}
    assert "layout: level-per-section: 2 headings at depth 1 name levels (Engineer I, Engineer II)" in run.stderr


def test_google_docs_matrix_on_one_line_keeps_its_description_and_names_its_organisation(cli, write):
    """A Google Docs export of a title, a line about the document and a table
    of levels, all on one line of HTML: the line before the table describes
    the framework, and '... Engineering Matrix' names whose it is."""
    page = ('<html><head><style>.c1{font-weight:700}</style></head><body><p class="title"><span>Globex Engineering '
            'Matrix</span></p><p><span>Updated quarterly by the leadership team.</span></p><table><tr><td><p>'
            '<span class="c1">Area</span></p></td><td><p>Junior</p></td><td><p>Senior</p></td></tr><tr><td><p>Code'
            '</p></td><td><p>Writes readable code</p></td><td><p>Sets code standards</p></td></tr></table></body></html>')
    data, _run = imported(cli, write("matrix.html", page))
    assert (data["name"], data["organisation"]) == ("Globex Engineering Matrix", {"name": "Globex"})
    assert data["description"] == "Updated quarterly by the leadership team."
    assert cells(data) == {"junior": {"code": ["Writes readable code"]}, "senior": {"code": ["Sets code standards"]}}


# --- whose framework, and its name ------------------------------------------------------

LEVELS = "## Junior Engineer\n\n### Delivery\n\n- Ships small fixes\n\n## Senior Engineer\n\n### Delivery\n\n- Leads projects\n"


@pytest.mark.parametrize("title, name, organisation", [
    ("Career framework at Globex", "Career framework at Globex", "Globex"),
    ("Engineering levels @ Globex", "Engineering levels @ Globex", "Globex"),
    ("Engineering Career Framework - Globex", "Engineering Career Framework - Globex", "Globex"),
    ("Globex: Engineering Levels", "Globex: Engineering Levels", "Globex"),
    ("Career Ladder | Initech Corp", "Career Ladder | Initech Corp", "Initech Corp"),
    # A heading's style in capitals: the name in title case, an acronym kept.
    ("GLOBEX ENGINEERING LADDER", "Globex Engineering Ladder", "Globex"),
    ("SRE CAREER LADDER AT GLOBEX", "SRE Career Ladder at Globex", "Globex"),
])
def test_the_title_names_the_organisation_once(cli, write, title, name, organisation):
    data, run = imported(cli, write("ladder.md", f"# {title}\n\n{LEVELS}"))
    assert (data["name"], data["organisation"]) == (name, {"name": organisation})
    assert "⟨organisation⟩" not in run.stderr


@pytest.mark.parametrize("title, name", [
    ("ENGINEERING LADDER", "Engineering Ladder"),
    # A department's ladder names no organisation: the function is no one's name.
    ("Marketing Career Path", "Marketing Career Path"),
    ("Engineering Ladder - Draft", "Engineering Ladder - Draft"),
    ("Engineering Levels: Individual Contributor", "Engineering Levels: Individual Contributor"),
])
def test_a_title_that_names_no_organisation_leaves_it_to_fill_in(cli, write, title, name):
    data, _ = imported(cli, write("ladder.md", f"# {title}\n\n{LEVELS}"))
    assert (data["name"], data["organisation"]) == (f"⟨organisation⟩ {name}", {"name": "⟨organisation⟩"})


def test_a_department_title_names_the_track(cli, write):
    page = "# Marketing Career Path\n\n## Associate\n\n- Runs campaigns\n\n## Senior\n\n- Owns the brand\n"
    data, _ = imported(cli, write("ladder.md", page))
    assert (data["track"], data["organisation"]["name"]) == ("Marketing", "⟨organisation⟩")


SPLIT = """# {title}

## Individual contributor

### Engineer I

#### Delivery

- Ships small fixes

### Senior Engineer

#### Delivery

- Leads projects

## Management

### Engineering Manager

#### People

- Runs one-on-ones

### Director of Engineering

#### People

- Grows managers
"""


@pytest.mark.parametrize("title, organisation, names", [
    ("Engineering Levels", "Globex", ["Engineering Levels: Individual Contributor", "Engineering Levels: Management"]),
    ("Globex Engineering Ladder", None, ["Globex Engineering Ladder: Individual Contributor",
                                         "Globex Engineering Ladder: Management"]),
])
def test_split_tracks_are_named_as_names_are_written(cli, write, tmp_path, title, organisation, names):
    """A track is a name, in title case; each framework is the page's title
    and its track, the organisation said once."""
    out = tmp_path / "split"
    org = ["--org", organisation] if organisation else []
    run = cli("import", str(write("levels.md", SPLIT.format(title=title))), *org, "--split-tracks", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    written = [load_document(str(p), p.read_bytes()).data for p in sorted(out.iterdir())]
    assert [(d["track"], d["name"], d["organisation"]["name"]) for d in written] == [
        ("Individual Contributor", names[0], "Globex"), ("Management", names[1], "Globex")]


def test_a_track_in_lower_case_in_front_matter_is_a_name(cli, write, tmp_path):
    write("site/ic.md", "---\ntitle: Senior Engineer\ntrack: individual contributor\n---\n\n## Craft\n\n- Designs.\n")
    data, run = imported(cli, tmp_path / "site" / "ic.md", "--org", "Acme")
    assert data["track"] == "Individual Contributor"


# --- Word, through mammoth -------------------------------------------------------------


def test_word_title_style_names_the_framework_and_bold_lines_are_headings(cli, tmp_path):
    docx = pytest.importorskip("docx")
    pytest.importorskip("mammoth")
    document = docx.Document()
    document.add_paragraph("Globex Engineering Ladder", style="Title")
    document.add_paragraph("How engineers grow at Globex.", style="Subtitle")
    for level, bullets in (("Engineer I", ["Writes tested code"]), ("Engineer II", ["Designs features"])):
        document.add_paragraph(level, style="Heading 1")
        document.add_paragraph().add_run("Technical skills").bold = True
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.save(tmp_path / "ladder.docx")
    data, run = imported(cli, tmp_path / "ladder.docx")
    assert (data["name"], data["organisation"]) == ("Globex Engineering Ladder", {"name": "Globex"})
    assert data["description"] == "How engineers grow at Globex."
    assert cells(data) == {"engineer-i": {"technical-skills": ["Writes tested code"]},
                           "engineer-ii": {"technical-skills": ["Designs features"]}}
    assert ": not placed:" not in run.stderr


# --- wikis -------------------------------------------------------------------------------


def test_wiki_links_read_as_their_labels(cli, write):
    """'[[Page|label]]' (MediaWiki, Obsidian) and '[[label|Page]]' (GitHub's
    wiki) show the label; '[[Page]]' the page's name."""
    page = ("# Engineering Ladder\n\nSee also [[Hiring Process]] and [[Engineering Values|our values]].\n\n"
            "## Engineer I\n\n### Delivery\n\n- Follows the [[Code Review Guidelines]] on every change\n"
            "- Writes tests as the [[Testing Handbook|testing handbook]] describes\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- Leads [[incident reviews|Incident-Response]] for the team\n"
            "- Mentors others through [[Onboarding/Buddy Program|the buddy program]]\n"
            "- Keeps `[[not a link]]` in code as written\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Globex")
    assert data["description"] == "See also Hiring Process and our values."
    levels = cells(data)
    assert levels["engineer-i"]["delivery"] == ["Follows the Code Review Guidelines on every change",
                                                "Writes tests as the testing handbook describes"]
    assert levels["senior-engineer"]["delivery"] == ["Leads incident reviews for the team",
                                                     "Mentors others through the buddy program",
                                                     "Keeps `[[not a link]]` in code as written"]
    table = ("# Engineering Ladder\n\n| Competency | Engineer I | Senior Engineer |\n| --- | --- | --- |\n"
             "| Design | Reads the [[Architecture Guide]] | Writes [[Design Docs#Template]] |\n")
    data, _ = imported(cli, write("table.md", table), "--org", "Globex")
    assert cells(data) == {"engineer-i": {"design": ["Reads the Architecture Guide"]},
                           "senior-engineer": {"design": ["Writes Design Docs"]}}


def test_a_table_after_a_competencys_bullets_leaves_it_a_competency(cli, write):
    """A Notion page's section of bullets, then a small table (a linked
    database, a table of facts): the bullets are the competency's, not
    statements of no competency under a dimension of its name."""
    page = ("# Engineering Ladder\n\n## Engineer I\n\n### Delivery\n\n- Ships small changes.\n\n"
            "### Collaboration\n\n- Reviews code.\n\n| Property | Value |\n| --- | --- |\n| Experience | 0-2 years |\n\n"
            "## Engineer II\n\n### Delivery\n\n- Ships features.\n\n### Collaboration\n\n- Mentors interns.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["engineer-i"] == {"delivery": ["Ships small changes."], "collaboration": ["Reviews code."]}
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert "not placed: table under competency 'Collaboration': Property | Value | Experience | 0-2 years" \
        in run.stderr


# --- GitHub wiki: a page of one table --------------------------------------------------


@pytest.mark.parametrize("table", [
    "| | Engineer I | Senior Engineer |\n|---|:---:|:---:|\n| **Delivery** | Ships tasks | Leads projects |\n"
    "| **Craft** | Writes tests | Designs services |\n",
    "| Level | Delivery | Craft |\n|---|---|---|\n| Engineer I | Ships tasks | Writes tests |\n"
    "| Senior Engineer | Leads projects | Designs services |\n",
])
def test_a_wiki_page_of_one_table_under_a_levels_heading(cli, write, table):
    """A GitHub wiki page: its name is its file's, which the wiki shows as its
    title; a short table of contents of links to its headings; the table of
    levels under '## Levels', a heading that names the levels, not a group
    of competencies."""
    page = ("Welcome to the engineering ladder.\n\n## Contents\n* [Levels](#levels)\n"
            "* [How to use it](#how-to-use-it)\n\n## Levels\n\n" + table + "\n## How to use it\n\nIn your 1:1s.\n")
    data, run = imported(cli, write("Engineering-Ladder.md", page), "--org", "Initech", "--report", "-")
    assert data["name"] == "Engineering Ladder"
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert cells(data) == {"engineer-i": {"delivery": ["Ships tasks"], "craft": ["Writes tests"]},
                           "senior-engineer": {"delivery": ["Leads projects"], "craft": ["Designs services"]}}
    assert "Engineering-Ladder.md:3: not placed: table of contents: Contents" in run.output
    assert "Engineering-Ladder.md:4: not placed: table of contents: [Levels](#levels)" in run.output


@pytest.mark.parametrize("name", ["ladder.md", "levels.md", "notes.md"])
def test_a_file_name_of_one_word_names_no_framework(cli, write, name):
    page = "| | Engineer I | Senior Engineer |\n|---|---|---|\n| Delivery | Ships tasks | Leads projects |\n"
    data, _run = imported(cli, write(name, page), "--org", "Initech")
    assert data["name"] == "Initech Engineer"


# --- Confluence: Space tools > Export > HTML ---------------------------------------------


def confluence_page(space: str, title: str, content: str) -> str:
    """A page as Confluence's HTML export writes it: breadcrumbs, the title
    after the space's name, who created and edited it, then the content."""
    return f"""<!DOCTYPE html>
<html>
    <head>
        <title>{space} : {title}</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>
    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first"><span><a href="index.html">{space}</a></span></li>
                            <li><span><a href="{space}-Home_65538.html">{space} Home</a></span></li>
                            <li><span><a href="People-and-Careers_98311.html">People and Careers</a></span></li>
                        </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                        <span id="title-text">
                            {space} : {title}
                        </span>
                    </h1>
                </div>
                <div id="content" class="view">
                    <div class="page-metadata">
            Created by <span class='author'> Jane Smith</span>, last modified by <span class='editor'> Tom Jones</span> on Mar 03, 2023
                    </div>
                    <div id="main-content" class="wiki-content group">
{content}
                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Mar 03, 2023 10:15</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>
    </body>
</html>
"""


def lozenge(text: str, colour: str = "current") -> str:
    return f'<span class="status-macro aui-lozenge aui-lozenge-{colour}">{text}</span>'


def test_confluence_page_chrome_is_not_the_ladder(cli, write):
    """The space's name before the page's title, the breadcrumbs and who
    edited the page when are Confluence's, not the framework's."""
    content = ('<p>How engineers grow at Globex.</p>'
               '<h1 id="Ladder-EngineerI">Engineer I</h1><h2 id="Ladder-Delivery">Delivery</h2>'
               '<ul><li>Ships small changes</li></ul>'
               '<h1 id="Ladder-SeniorEngineer">Senior Engineer</h1><h2 id="Ladder-Delivery.1">Delivery</h2>'
               '<ul><li>Leads projects</li></ul>')
    data, run = imported(cli, write("ladder.html", confluence_page("Engineering", "Globex Career Ladder", content)))
    assert (data["name"], data["organisation"]) == ("Globex Career Ladder", {"name": "Globex"})
    assert data["description"] == "How engineers grow at Globex."
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"]},
                           "senior-engineer": {"delivery": ["Leads projects"]}}
    assert "not placed: the page's record of its authors and edits, not part of the ladder: Created by Jane " \
           "Smith, last modified by Tom Jones on Mar 03, 2023" in run.stderr
    assert "Engineering : " not in run.stderr
    # Said as a reader says it, not in ARIA's words ('contentinfo').
    assert "not placed: page footer, not part of the ladder: Document generated by Confluence" in run.stderr


def test_confluence_short_breadcrumbs_and_table_of_contents_are_no_text_of_the_ladder(cli, write):
    """A page two steps from its space's home has two breadcrumbs; the toc
    macro over two levels lists two links: neither is text before the
    first level, each is reported as what it is."""
    content = ("<p>How engineers grow at Globex.</p>"
               "<div class='toc-macro rbtoc1678'><ul class='toc-indentation'>"
               "<li><a href='#Ladder-P1-Engineer'>P1 - Engineer</a></li>"
               "<li><a href='#Ladder-P2-SeniorEngineer'>P2 - Senior Engineer</a></li></ul></div>"
               '<h2 id="Ladder-P1-Engineer">P1 - Engineer</h2><h3>Delivery</h3><ul><li>Ships small changes</li></ul>'
               '<h2 id="Ladder-P2-SeniorEngineer">P2 - Senior Engineer</h2><h3>Delivery</h3>'
               "<ul><li>Leads projects</li></ul>")
    page = confluence_page("Engineering", "Globex Career Ladder", content).replace(
        '<li><span><a href="Engineering-Home_65538.html">Engineering Home</a></span></li>', "")
    data, run = imported(cli, write("ladder.html", page))
    assert cells(data) == {"P1": {"delivery": ["Ships small changes"]}, "P2": {"delivery": ["Leads projects"]}}
    assert "not placed: the page's breadcrumbs (navigation), not part of the ladder: Engineering People and " \
           "Careers" in run.stderr
    assert "not placed: table of contents, not part of the ladder: P1 - Engineer P2 - Senior Engineer" in run.stderr
    assert "text before the first level" not in run.stderr


def test_confluence_status_labels_and_tables_in_cells(cli, write):
    """A status lozenge ('IN PROGRESS') says where the page's work stands:
    reported, never a statement. A table inside a cell gives a line per
    cell, after its column's header."""
    content = (
        '<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col /><col /><col /></colgroup>'
        '<tbody><tr><th class="confluenceTh">Competency</th><th class="confluenceTh">Engineer I</th>'
        '<th class="confluenceTh">Senior Engineer</th></tr>'
        '<tr><td class="confluenceTd"><p><strong>Delivery</strong></p></td>'
        '<td class="confluenceTd"><ul><li>Ships small changes</li></ul></td>'
        '<td class="confluenceTd"><ul><li>Leads projects</li></ul><div class="content-wrapper"><p>'
        + lozenge("NEW", "success") + '</p></div></td></tr>'
        '<tr><td class="confluenceTd"><p><strong>Collaboration</strong></p></td>'
        '<td class="confluenceTd"><div class="content-wrapper"><p>Reviews code with care</p>'
        '<div class="table-wrap"><table class="confluenceTable"><tbody><tr><th class="confluenceTh">Example</th></tr>'
        '<tr><td class="confluenceTd">Leaves actionable comments</td></tr></tbody></table></div></div></td>'
        '<td class="confluenceTd"><p>Mentors engineers&nbsp;' + lozenge("IN PROGRESS") + '</p></td></tr>'
        '</tbody></table></div>')
    data, run = imported(cli, write("ladder.html", confluence_page("ENG", "Engineering Career Ladder", content)),
                         "--org", "Globex")
    assert cells(data) == {
        "engineer-i": {"delivery": ["Ships small changes"],
                       "collaboration": ["Reviews code with care", "Example: Leaves actionable comments"]},
        "senior-engineer": {"delivery": ["Leads projects"], "collaboration": ["Mentors engineers"]}}
    assert "not placed: status label, not part of the ladder: IN PROGRESS" in run.stderr
    assert "not placed: status label, not part of the ladder: NEW" in run.stderr


@pytest.mark.parametrize("name, said", [
    ("<p>Status</p>", "Status | APPROVED | IN REVIEW"),
    ("<p>" + lozenge("DRAFT") + "</p>", "DRAFT | APPROVED | IN REVIEW"),
    ("", "APPROVED | IN REVIEW"),
])
def test_a_table_row_of_status_labels_only_is_reported(cli, write, name, said):
    """A row that holds only status lozenges (where each level's page
    stands) names no competency, nor a group of them: it is reported whole."""
    content = (
        '<div class="table-wrap"><table class="wrapped confluenceTable"><tbody>'
        '<tr><th class="confluenceTh">Competency</th><th class="confluenceTh">Engineer I</th>'
        '<th class="confluenceTh">Senior Engineer</th></tr>'
        f'<tr><td class="confluenceTd">{name}</td>'
        '<td class="confluenceTd"><p>' + lozenge("APPROVED", "success") + '</p></td>'
        '<td class="confluenceTd"><div class="content-wrapper"><p>' + lozenge("IN REVIEW") + '</p></div></td></tr>'
        '<tr><td class="confluenceTd"><p><strong>Delivery</strong></p></td>'
        '<td class="confluenceTd"><ul><li>Ships small changes</li></ul></td>'
        '<td class="confluenceTd"><ul><li>Leads projects</li></ul></td></tr>'
        '</tbody></table></div>')
    data, run = imported(cli, write("ladder.html", confluence_page("ENG", "Engineering Career Ladder", content)),
                         "--org", "Globex")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"]},
                           "senior-engineer": {"delivery": ["Leads projects"]}}
    assert f"not placed: table row of status labels only, not part of the ladder: {said}\n" in run.stderr


def test_status_labels_in_a_markdown_table_as_converters_keep_them(cli, write):
    """A Confluence page converted to Markdown keeps its status lozenges as
    HTML in the table's cells: reported as the page's own are."""
    lozenges = {name: f'<span class="status-macro aui-lozenge aui-lozenge-{colour}">{name}</span>'
                for name, colour in (("APPROVED", "success"), ("IN REVIEW", "current"), ("NEW", "new"))}
    text = ("# Engineering Career Ladder\n\n| Competency | Engineer I | Senior Engineer |\n| --- | --- | --- |\n"
            f"| Status | {lozenges['APPROVED']} | {lozenges['IN REVIEW']} |\n"
            f"| Delivery | Ships small changes | Leads projects {lozenges['NEW']} |\n"
            "| Collaboration | Reviews code with care | Mentors engineers |\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Globex")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert cells(data) == {
        "engineer-i": {"delivery": ["Ships small changes"], "collaboration": ["Reviews code with care"]},
        "senior-engineer": {"delivery": ["Leads projects"], "collaboration": ["Mentors engineers"]}}
    assert "5: not placed: table row of status labels only, not part of the ladder: Status | APPROVED | IN REVIEW\n" \
        in run.stderr
    assert "6: not placed: status label, not part of the ladder: NEW\n" in run.stderr


# --- Notion: Export > HTML, or Markdown & CSV -----------------------------------------------

NOTION_HEAD = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>{title}</title><style>\n'
    '/* cspell:disable-file */\nhtml {{ -webkit-print-color-adjust: exact; }}\n'
    '.page-title {{ font-size: 2.5rem; font-weight: 700; }}\n</style></head><body>'
    '<article id="4c1e6b58-8d6e-4a5b-9f8e-2b5d1c0a7e11" class="page sans"><header>'
    '<div class="page-header-icon undefined"><span class="icon">🪜</span></div>'
    '<h1 class="page-title">{title}</h1><p class="page-description"></p>'
    '<table class="properties"><tbody>'
    '<tr class="property-row property-row-person"><th><span class="icon property-icon"><svg role="graphics-symbol" '
    'viewBox="0 0 16 16" class="typesPerson"><path d="M10.9 7.9"></path></svg></span>Owner</th>'
    '<td><span class="user"><span class="icon text-icon user-icon"><span class="user-icon-inner">J</span></span>'
    'Jane Smith</span></td></tr>'
    '<tr class="property-row property-row-multi_select"><th><span class="icon property-icon"></span>{tag_name}</th>'
    '<td><span class="selected-value select-value-color-blue">Engineering</span>'
    '<span class="selected-value select-value-color-green">Careers</span></td></tr>'
    '<tr class="property-row property-row-last_edited_time"><th><span class="icon property-icon"></span>Last edited</th>'
    '<td><time>@March 3, 2023 10:15 AM</time></td></tr></tbody></table></header>'
    '<div class="page-body">')
NOTION_TAIL = '</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>'


def notion_toggle(summary: str, inside: str, heading: bool = False) -> str:
    style = ' style="font-weight:600;font-size:1.5em;line-height:1.3;margin:0"' if heading else ""
    return (f'<ul id="{abs(hash(summary)) % 10**8}" class="toggle"><li><details open=""><summary{style}>{summary}'
            f'</summary>{inside}</details></li></ul>')


def notion_bullets(*bullets: str) -> str:
    return "".join(f'<ul class="bulleted-list"><li style="list-style-type:disc">{b}</li></ul>' for b in bullets)


@pytest.mark.parametrize("tag_name", ["Tags", "Level"])
def test_notion_page_properties_are_not_a_level(cli, write, tag_name):
    """The table of a page's properties (Owner, Tags, Last edited) is the
    page's, even where a property's name says 'Level'."""
    body = ('<h3 class="">Delivery</h3>' + notion_bullets("Leads projects across teams")
            + '<h3 class="">Collaboration</h3>' + notion_bullets("Mentors engineers"))
    page = NOTION_HEAD.format(title="Senior Engineer", tag_name=tag_name) + body + NOTION_TAIL
    data, run = imported(cli, write("senior.html", page), "--org", "Globex")
    assert cells(data) == {"senior-engineer": {"delivery": ["Leads projects across teams"],
                                               "collaboration": ["Mentors engineers"]}}
    assert ("not placed: the page's properties (owner, tags, dates), not part of the ladder: Owner: Jane Smith; "
            f"{tag_name}: Engineering, Careers; Last edited: @March 3, 2023 10:15 AM") in run.stderr


def test_notion_toggles_are_headings_over_what_they_fold(cli, write):
    """A toggle's summary is a heading one deeper than the one it is under,
    over what it folds away: toggle headings for levels, toggles for
    competencies, their statements paragraphs or bullets."""
    body = ('<p class="">How engineers grow at Globex.</p>'
            + notion_toggle("Engineer I", notion_toggle("Delivery", '<p class="">Ships small changes</p>'
                                                                    '<p class="">Asks for help</p>')
                            + notion_toggle("Collaboration", notion_bullets("Gives clear updates")), heading=True)
            + '<h2 class="">Senior Engineer</h2>'
            + notion_toggle("Delivery", '<p class="">Leads projects</p>')
            + notion_toggle("Collaboration", notion_bullets("Mentors engineers")))
    data, run = imported(cli, write("ladder.html", NOTION_HEAD.format(title="Engineering Ladder", tag_name="Tags")
                                    + body + NOTION_TAIL), "--org", "Globex")
    assert (data["name"], data["description"]) == ("Engineering Ladder", "How engineers grow at Globex.")
    assert cells(data) == {
        "engineer-i": {"delivery": ["Ships small changes", "Asks for help"], "collaboration": ["Gives clear updates"]},
        "senior-engineer": {"delivery": ["Leads projects"], "collaboration": ["Mentors engineers"]}}


@pytest.mark.parametrize("competency", ['<h3 class="">{}</h3>', '<p class=""><strong>{}</strong></p>'])
@pytest.mark.parametrize("examples", ["Examples", "Example behaviours", "Examples of this", "For example"])
def test_notion_toggles_of_examples_and_notes_belong_to_the_competency_they_sit_under(cli, write, examples,
                                                                                       competency):
    """A toggle that folds away a competency's examples or notes adds to
    that competency, whether a heading or a line in bold names it: it is no
    competency of its own, nor does it make the competency a dimension."""
    body = ('<h2 class="">Engineer I</h2>'
            + competency.format("Delivery") + notion_bullets("Ships small changes")
            + notion_toggle(examples, notion_bullets("Fixed a flaky test in billing", "Split a large PR in three"))
            + competency.format("Collaboration") + notion_bullets("Gives clear updates")
            + notion_toggle("Notes", '<p class="">Updates go in the team channel.</p>')
            + '<h2 class="">Senior Engineer</h2>'
            + competency.format("Delivery") + notion_bullets("Leads projects", "Plans the work of others")
            + notion_toggle(examples, notion_bullets("Led the queue migration"))
            + competency.format("Collaboration") + notion_bullets("Mentors engineers"))
    data, run = imported(cli, write("ladder.html", NOTION_HEAD.format(title="Engineering Ladder", tag_name="Tags")
                                    + body + NOTION_TAIL), "--org", "Globex")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Competencies", ["Delivery", "Collaboration"])]
    assert cells(data) == {
        "engineer-i": {"delivery": [{"text": "Ships small changes",
                                     "examples": ["Fixed a flaky test in billing", "Split a large PR in three"]}],
                       "collaboration": {"statements": ["Gives clear updates"],
                                         "note": "Updates go in the team channel."}},
        "senior-engineer": {"delivery": ["Leads projects", {"text": "Plans the work of others",
                                                            "examples": ["Led the queue migration"]}],
                            "collaboration": ["Mentors engineers"]}}
    # Of two statements, the examples go to the one right before them: a guess to check.
    assert f"review: the examples under 'Delivery' are given to its statement before them: Plans the work of " \
           "others" in run.stderr


def test_notion_markdown_toggles_of_examples_and_notes_belong_to_the_competency_they_sit_under(cli, write):
    """Notion's Markdown export writes a toggle as a bullet over its
    content, or as HTML ('<details><summary>Notes</summary>'): the same
    examples and notes as in its HTML export."""
    page = ("# Engineering Ladder\n\n## Engineer I\n\n### Delivery\n\n- Ships small changes\n- Examples\n"
            "    - Fixed a flaky test in billing\n    - Split a large PR in three\n\n### Collaboration\n\n"
            "- Gives clear updates\n\n<details>\n<summary>Notes</summary>\n\nUpdates go in the team channel.\n\n"
            "</details>\n\n## Senior Engineer\n\n### Delivery\n\n- Leads projects\n- For example:\n"
            "    - Led the queue migration\n\n### Collaboration\n\n- Mentors engineers\n")
    data, run = imported(cli, write("Engineering Ladder 4c1e6b588d6e4a5b9f8e2b5d1c0a7e11.md", page), "--org", "Globex")
    assert cells(data) == {
        "engineer-i": {"delivery": [{"text": "Ships small changes",
                                     "examples": ["Fixed a flaky test in billing", "Split a large PR in three"]}],
                       "collaboration": {"statements": ["Gives clear updates"],
                                         "note": "Updates go in the team channel."}},
        "senior-engineer": {"delivery": [{"text": "Leads projects", "examples": ["Led the queue migration"]}],
                            "collaboration": ["Mentors engineers"]}}
    assert ": not placed:" not in run.stderr


def test_notion_markdown_page_properties_are_not_the_description(cli, write):
    page = ("# Engineering Ladder\n\nOwner: Jane Smith\nTags: Engineering, Careers\n"
            "Last edited: March 3, 2023 10:15 AM\n\nHow engineers grow at Globex.\n\n"
            "<aside>\n💡 This ladder is a draft: comment in the page.\n\n</aside>\n\n"
            "## Engineer I\n\n### Delivery\n\n- Ships small changes\n\n"
            "## Senior Engineer\n\n### Delivery\n\n- Leads projects\n")
    data, run = imported(cli, write("Engineering Ladder 4c1e6b588d6e4a5b9f8e2b5d1c0a7e11.md", page), "--org", "Globex", "--report", "-")
    assert data["description"] == "How engineers grow at Globex."
    assert "3: not placed: the page's properties (owner, tags, dates), not part of the ladder: Owner: Jane Smith" \
        in run.output
    assert "not placed: page aside (a sidebar or a callout), not part of the ladder: 💡 This ladder is a draft" \
        in run.output


@pytest.mark.parametrize("callout", ["<aside>\n⚠️ New graduates usually join at E3.\n\n</aside>",
                                     "> ⚠️ New graduates usually join at E3."], ids=["aside", "quote"])
def test_a_notion_callout_under_a_levels_heading_is_its_summary(cli, write, callout):
    """A callout between a level's heading and its competencies says
    something of the level: its summary, as a block quote there is; one at
    the top of the page stays an aside, reported."""
    page = ("# Engineering Ladder\n\n<aside>\n💡 This ladder is a guide, not a checklist.\n\n</aside>\n\n"
            f"## E3 — Software Engineer\n\n{callout}\n\n### Craft\n\n- Writes readable code\n\n"
            "## E4 — Software Engineer II\n\n### Craft\n\n- Delivers features end to end\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Globex")
    assert [lv.get("summary") for lv in data["levels"]] == ["⚠️ New graduates usually join at E3.", None]
    assert "New graduates" not in run.stderr
    assert "not placed: page aside (a sidebar or a callout), not part of the ladder: 💡 This ladder is a guide" \
        in run.stderr


@pytest.mark.parametrize("byline", [
    "*Published in Pawnee Labs Engineering · 6 min read · Mar 12, 2024*",
    "*By Leslie Knope · 6 min read · Mar 12, 2024*",
    "Leslie Knope · 6 min read",
    "_Written by Leslie Knope • 12 min read • 3 April 2024_",
])
def test_a_blog_posts_byline_is_not_the_description(cli, write, byline):
    """A post on Medium or a blog has a byline under its title; the
    paragraph after it describes the ladder."""
    page = (f"# How we grow engineers at Pawnee Labs\n\n{byline}\n\nHow engineers grow at Pawnee Labs.\n\n"
            "| Competency | Junior | Senior |\n| --- | --- | --- |\n"
            "| **Delivery** | Delivers small tasks | Delivers projects |\n")
    data, run = imported(cli, write("post.md", page), "--org", "Pawnee Labs")
    assert data["description"] == "How engineers grow at Pawnee Labs."
    assert "3: not placed: the page's byline (author, reading time, date), not part of the ladder: " in run.stderr


def test_a_sentence_with_a_middle_dot_is_no_byline(cli, write):
    page = ("# Pawnee Labs Engineering Ladder\n\nBy design · we read a lot\n\n"
            "| Competency | Junior | Senior |\n| --- | --- | --- |\n"
            "| **Delivery** | Delivers small tasks | Delivers projects |\n")
    data, _ = imported(cli, write("post.md", page), "--org", "Pawnee Labs")
    assert data["description"] == "By design · we read a lot"


def mediawiki_section(depth: int, name: str, section: int) -> str:
    return (f'<h{depth}><span class="mw-headline" id="{name.replace(" ", "_")}">{name}</span>'
            '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            f'<a href="/index.php?title=Engineering_Ladder&amp;action=edit&amp;section={section}" '
            f'title="Edit section: {name}">edit</a><span class="mw-editsection-bracket">]</span></span></h{depth}>\n')


def test_a_mediawiki_page_saved_from_the_browser(cli, write):
    """MediaWiki's page: its title heading names the framework, its site
    ('Globex Wiki') the organisation; the [edit] links of its headings,
    its tagline, jump links, print footer and categories are the wiki's."""
    page = ('<!DOCTYPE html>\n<html class="client-nojs" lang="en" dir="ltr">\n<head>\n<meta charset="UTF-8"/>\n'
            '<title>Engineering Ladder - Globex Wiki</title>\n<meta name="generator" content="MediaWiki 1.39.3"/>\n'
            '</head>\n<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Engineering_Ladder skin-vector">\n'
            '<div id="content" class="mw-body" role="main">\n<a id="top"></a>\n'
            '<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">'
            'Engineering Ladder</span></h1>\n<div id="bodyContent" class="vector-body">\n'
            '<div id="siteSub" class="noprint">From Globex Wiki</div>\n<div id="contentSub"></div>\n'
            '<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>\n'
            '<a class="mw-jump-link" href="#searchInput">Jump to search</a>\n'
            '<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">\n'
            '<p>What we expect of engineers at Globex.\n</p>\n'
            + mediawiki_section(2, "Engineer I", 1) + mediawiki_section(3, "Delivery", 2)
            + '<ul><li>Follows the <a href="/wiki/Code_Review" title="Code Review">code review guide</a></li></ul>\n'
            + mediawiki_section(2, "Senior Engineer", 3) + mediawiki_section(3, "Delivery", 4)
            + '<ul><li>Leads incident reviews</li></ul>\n</div></div>'
            '<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" '
            'href="https://wiki.globex.com/index.php?title=Engineering_Ladder&amp;oldid=1234">'
            'https://wiki.globex.com/index.php?title=Engineering_Ladder&amp;oldid=1234</a>"</div>\n'
            '<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" '
            'class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Category</a>: '
            '<ul><li><a href="/wiki/Category:Engineering" title="Category:Engineering">Engineering</a></li></ul>'
            '</div></div>\n</div>\n</div>\n<div id="footer" role="contentinfo" class="mw-footer">\n<ul id="footer-info">'
            '<li id="footer-info-lastmod"> This page was last edited on 3 March 2023, at 10:15.</li></ul>\n'
            '</div>\n</body>\n</html>\n')
    data, run = imported(cli, write("Engineering_Ladder.html", page))
    assert (data["name"], data["organisation"]) == ("Engineering Ladder", {"name": "Globex"})
    assert data["description"] == "What we expect of engineers at Globex."
    assert cells(data) == {"engineer-i": {"delivery": ["Follows the code review guide"]},
                           "senior-engineer": {"delivery": ["Leads incident reviews"]}}
    for said in ("the wiki's tagline, not part of the ladder: From Globex Wiki",
                 "the wiki's navigation, not part of the ladder: Jump to navigation",
                 "the wiki's print footer, not part of the ladder: Retrieved from",
                 "the page's categories, not part of the ladder: Category: Engineering"):
        assert said in run.stderr


def test_google_docs_comments_footnotes_and_redirected_links(cli, write):
    """The marks of comments and footnotes ('[a]', '[1]') are no words of a
    statement; the comments and footnotes at the end are reported, not
    read as the last level's statements. Links go through Google's
    redirect: where they go says whose document it is."""
    def link(url: str, text: str) -> str:
        return (f'<span class="c8"><a class="c8" href="https://www.google.com/url?q={url}&amp;sa=D&amp;'
                f'source=editors&amp;ust=1700000000000000&amp;usg=AOvVaw0abc">{text}</a></span>')
    body = ('<p class="c2"><span class="c1">How we grow at Globex: read the </span>'
            + link("https://wiki.globex.com/eng", "wiki") + '<span class="c1"> and the </span>'
            + link("https://jobs.globex.com/", "open roles") + '<span class="c1">.</span></p>'
            + gdocs_level("Engineer I", {"Delivery": ['Ships small changes<sup><a href="#cmnt1" id="cmnt_ref1">'
                                                      '[a]</a></sup>']})
            + gdocs_level("Senior Engineer", {"Delivery": ['Leads projects<sup><a href="#ftnt1" id="ftnt_ref1">'
                                                           '[1]</a></sup>']})
            + '<hr class="c7"><div><p class="c2"><a href="#ftnt_ref1" id="ftnt1">[1]</a>'
              '<span class="c1">&nbsp;Projects of a quarter or more.</span></p></div>'
            + '<div class="c9"><p class="c2"><a href="#cmnt_ref1" id="cmnt1">[a]</a>'
              '<span class="c1">Should this say well-tested?</span></p></div>')
    data, run = imported(cli, write("ladder.html", gdocs_page("Engineering Ladder", body)))
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"]},
                           "senior-engineer": {"delivery": ["Leads projects"]}}
    assert "not placed: a footnote, not part of the ladder: [1] Projects of a quarter or more." in run.stderr
    assert "not placed: a comment on the document, not part of the ladder: [a]Should this say well-tested?" \
        in run.stderr
    assert data["organisation"] == {"name": "Globex"}
    assert "from the links to its own domain (globex, 2 links)" in run.stderr


@pytest.mark.parametrize("page", ["", "\t3"])
def test_a_google_docs_table_of_contents_is_no_statement(cli, write, page):
    """Google Docs' table of contents: a line per heading, each a link to
    the heading in the document (its page number after it, where the
    document shows them), under its title."""
    body = ('<p class="c2"><span class="c3">Table of Contents</span></p>'
            + "".join(f'<p class="c2"><span class="c8"><a class="c8" href="#h.{len(name)}">{name}</a></span>'
                      f'<span class="c1">{page}</span></p>' for name in ("Engineer I", "Senior Engineer"))
            + gdocs_level("Engineer I", {"Delivery": ["Ships small changes"]})
            + gdocs_level("Senior Engineer", {"Delivery": ["Leads projects"]}))
    data, run = imported(cli, write("ladder.html", gdocs_page("Engineering Ladder", body)), "--org", "Globex", "--report", "-")
    assert "description" not in data
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"]},
                           "senior-engineer": {"delivery": ["Leads projects"]}}
    for line in ("Table of Contents", f"Engineer I{page and ' 3'}", f"Senior Engineer{page and ' 3'}"):
        assert f"not placed: table of contents, not part of the ladder: {line}\n" in run.output


def test_confluence_expand_and_info_panels(cli, write):
    """An expand macro is a toggle: its title a heading over what it folds
    (none, for the default 'Click here to expand...'). An info panel is a
    box set apart from the text: reported."""
    def expand(title: str, inside: str) -> str:
        return ('<div class="expand-container"><div class="expand-control" id="expander-control-1">'
                '<span class="expand-control-icon icon">&nbsp;</span>'
                f'<span class="expand-control-text">{title}</span></div>'
                f'<div id="expander-content-1" class="expand-content">{inside}</div></div>')
    content = ('<div class="confluence-information-macro confluence-information-macro-information">'
               '<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
               '<div class="confluence-information-macro-body"><p>This ladder is a draft.</p></div></div>'
               '<h1 id="L-EngineerI">Engineer I</h1>'
               + expand("Delivery", "<ul><li>Ships small changes</li></ul>")
               + expand("Collaboration", "<ul><li>Gives clear updates</li></ul>")
               + '<h1 id="L-SeniorEngineer">Senior Engineer</h1>'
               + expand("Delivery", "<ul><li>Leads projects</li></ul>")
               + expand("Collaboration", "<ul><li>Mentors engineers</li></ul>"))
    page = confluence_page("ENG", "Engineering Career Ladder", content)
    data, run = imported(cli, write("ladder.html", page), "--org", "Globex")
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"], "collaboration": ["Gives clear updates"]},
                           "senior-engineer": {"delivery": ["Leads projects"], "collaboration": ["Mentors engineers"]}}
    assert "not placed: a box set apart from the text (a callout), not part of the ladder: This ladder is a draft." \
        in run.stderr
    untitled = confluence_page("ENG", "Senior Engineer", "<h2>Delivery</h2>" + expand(
        "Click here to expand...", "<ul><li>Leads projects</li></ul>"))
    data, run = imported(cli, write("senior.html", untitled), "--org", "Globex")
    assert cells(data) == {"senior-engineer": {"delivery": ["Leads projects"]}}


def test_a_confluence_space_of_a_page_per_level(cli, write, tmp_path):
    """Each page's title heading names its level (not the framework), under
    breadcrumbs that are links; the page's content, which the export writes
    on one line, is read block by block: its first paragraph the level's summary."""
    for title, bullet in (("Engineer I", "Ships small changes"), ("Senior Engineer", "Leads projects")):
        content = (f"<p>What we expect of an {title} at Globex.</p><h2 id='x-Delivery'>Delivery</h2>"
                   f"<ul><li>{bullet}</li></ul><h2 id='x-Collaboration'>Collaboration</h2><ul><li>Helps</li></ul>")
        write(f"space/{title.replace(' ', '-')}_983.html", confluence_page("Globex Engineering", title, content))
    write("space/index.html", '<html><head><title>Globex Engineering : Globex Engineering Home</title></head><body>'
          '<div id="main-header"><h1 id="title-heading" class="pagetitle"><span id="title-text">Globex Engineering : '
          'Globex Engineering Home</span></h1></div><h2>Available Pages:</h2><ul><li><a href="Engineer-I_983.html">'
          'Engineer I</a></li><li><a href="Senior-Engineer_983.html">Senior Engineer</a></li></ul></body></html>')
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "space"), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["title"], lv.get("summary")) for lv in data["levels"]] == [
        ("Engineer I", "What we expect of an Engineer I at Globex."),
        ("Senior Engineer", "What we expect of an Senior Engineer at Globex.")]
    assert (data["name"], data["organisation"]) == ("Globex Engineer", {"name": "Globex"})
    assert "this document's title" not in run.stderr


def test_a_github_wikis_pages_sidebar_and_footer(cli, write, tmp_path):
    """A wiki's home page, sidebar and footer have no ladder: reported as
    such, without the advice meant for a ladder's page (--level)."""
    write("wiki/Engineer-I.md", "# Engineer I\n\n## Delivery\n\n- Follows the [[Code Review Guidelines]]\n")
    write("wiki/Senior-Engineer.md", "# Senior Engineer\n\n## Delivery\n\n- Leads [[incident reviews|Incident-Response]]\n")
    write("wiki/_Sidebar.md", "**Career ladder**\n\n* [[Home]]\n* [[Engineer I|Engineer-I]]\n")
    write("wiki/Home.md", "Welcome to the Globex engineering wiki.\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "wiki"), "--org", "Globex", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert cells(data) == {"engineer-i": {"delivery": ["Follows the Code Review Guidelines"]},
                           "senior-engineer": {"delivery": ["Leads incident reviews"]}}
    assert "_Sidebar.md:1: not placed: no ladder in this file" in run.stderr
    assert "--level" not in run.stderr


WIKITEXT = """= Globex Engineering Ladder =
__TOC__
This page sets out what we expect at each level. See [[Engineering Values|our values]].

== Engineer I ==

=== Delivery ===
* Follows the [[Code Review Guidelines]] on every change
* Writes tests as the [[Testing Handbook|testing handbook]] describes

=== Collaboration ===
* Asks for help '''early''', in [https://chat.globex.com/eng the team's channel]

== Senior Engineer ==

=== Delivery ===
* Leads [[Incident Response|incident reviews]] for the team
** Writes the postmortem within a week

=== Collaboration ===
* Mentors others through the [[Onboarding/Buddy Program|buddy program]]

{| class="wikitable"
|+ Examples
! Competency !! Engineer I !! Senior Engineer
|-
| '''Design''' || Reads the design docs || Writes them
|}

[[Category:Engineering]]
"""


def test_mediawiki_markup_is_read_as_its_page_shows(cli, write, tmp_path):
    """A wiki page's source (MediaWiki's markup, a .wiki file of a Gollum
    or GitHub wiki): headings, bullets, links and tables as the wiki shows
    them; the page's categories are no text."""
    data, run = imported(cli, write("Engineering-Ladder.wiki", WIKITEXT))
    assert (data["name"], data["organisation"]) == ("Globex Engineering Ladder", {"name": "Globex"})
    assert data["description"] == "This page sets out what we expect at each level. See our values."
    levels = cells(data)
    assert levels["engineer-i"]["delivery"] == ["Follows the Code Review Guidelines on every change",
                                                "Writes tests as the testing handbook describes"]
    assert levels["engineer-i"]["collaboration"] == [
        "Asks for help early, in the team's channel (https://chat.globex.com/eng)"]
    assert levels["senior-engineer"]["delivery"] == ["Leads incident reviews for the team",
                                                     "Writes the postmortem within a week"]
    assert "Category" not in run.stderr and "__TOC__" not in run.stderr
    # The same page, named so that nothing but its markup says it is a wiki's.
    data, _ = imported(cli, write("ladder.txt", WIKITEXT.split("{|")[0]))
    assert cells(data)["senior-engineer"]["collaboration"] == ["Mentors others through the buddy program"]


def test_mediawiki_templates_are_reported_not_read_as_text(cli, write):
    """A template's text is the wiki's ('{{Infobox ...}}', '{{Draft}}', a
    '{{citation needed}}' after a sentence): reported, and no part of the
    text around it; a template that formats the words given it
    ('{{nowrap|...}}') shows those words."""
    page = ("{{Infobox career level\n| track = Engineering\n| owner = Jane Smith\n}}\n{{Draft}}\n"
            "= Globex Engineering Ladder =\nWhat we expect at each level.\n\n"
            "== Engineer I ==\n=== Delivery ===\n* Ships small changes{{citation needed|date=May 2024}}\n"
            "* Writes tests for {{nowrap|every change}}\n\n"
            "== Senior Engineer ==\n{{Main|Senior engineering}}\n=== Delivery ===\n"
            "* Leads projects across {{abbr|EMEA|Europe, the Middle East and Africa}} {{Tick}}\n"
            "* Works with {{SITENAME}} designers\n")
    data, run = imported(cli, write("Engineering-Ladder.wiki", page), "--report", "-")
    assert (data["name"], data["description"]) == ("Globex Engineering Ladder", "What we expect at each level.")
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes", "Writes tests for every change"]},
                           "senior-engineer": {"delivery": ["Leads projects across EMEA", "Works with designers"]}}
    assert "summary" not in data["levels"][1]
    said = "not placed: a template: its text is the wiki's, not in this page's source: "
    for line, template in ((1, "{{Infobox career level\\n| track = Engineering\\n| owner = Jane Smith\\n}}"),
                           (5, "{{Draft}}"), (11, "{{citation needed|date=May 2024}}"),
                           (15, "{{Main|Senior engineering}}"), (17, "{{Tick}}")):
        assert f"Engineering-Ladder.wiki:{line}: {said}{template}\n" in run.output


def test_mediawiki_footnotes_are_reported_not_read_as_text(cli, write):
    page = ("= Globex Engineering Ladder =\n\n== Engineer I ==\n=== Delivery ===\n"
            "* Ships small changes<ref>As the [[Testing Handbook]] says, {{cite web|url=x}}.</ref>\n"
            "* Writes tests<ref name=\"tests\" />\n\n== Senior Engineer ==\n=== Delivery ===\n"
            "* Leads projects<ref name=\"tests\">Unit tests\nand integration tests.</ref> across teams\n\n"
            "== References ==\n<references />\n")
    data, run = imported(cli, write("Engineering-Ladder.wiki", page))
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes", "Writes tests"]},
                           "senior-engineer": {"delivery": ["Leads projects across teams"]}}
    assert "Engineering-Ladder.wiki:5: not placed: a footnote, not part of the ladder: As the [[Testing Handbook]] " \
           "says, {{cite web|url=x}}.\n" in run.stderr
    assert "Engineering-Ladder.wiki:10: not placed: a footnote, not part of the ladder: Unit tests\\nand " \
           "integration tests.\n" in run.stderr
    assert "<ref" not in run.stderr and "<references" not in run.stderr


def test_a_mediawiki_table_is_read_as_a_table(cli, write):
    page = ("= Globex Engineering Ladder =\n\n{| class=\"wikitable\"\n! Competency !! Engineer I !! Senior Engineer\n"
            "|-\n| '''Delivery''' || Ships small changes || Leads projects\n|-\n| Collaboration\n|\n"
            "* Gives updates\n* Asks for [[Help Desk|help]]\n| Mentors engineers\n|}\n")
    data, run = imported(cli, write("ladder.wiki", page))
    assert cells(data) == {
        "engineer-i": {"delivery": ["Ships small changes"], "collaboration": ["Gives updates", "Asks for help"]},
        "senior-engineer": {"delivery": ["Leads projects"], "collaboration": ["Mentors engineers"]}}
    assert "layout: levels-as-columns" in run.stderr


def test_html_in_a_markdown_cell_reads_no_break_spaces_as_spaces(cli, write):
    page = ("# Engineering Ladder\n\n| Competency | Engineer I | Senior Engineer |\n| --- | --- | --- |\n"
            "| Delivery | <ul><li>Writes&nbsp;tests</li></ul> | <ul><li>Leads&nbsp;projects&nbsp;</li></ul> |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Globex")
    assert cells(data) == {"engineer-i": {"delivery": ["Writes tests"]},
                           "senior-engineer": {"delivery": ["Leads projects"]}}


def test_word_document_of_a_table_with_its_record_and_a_closing_line(cli, tmp_path):
    """A Word ladder as people write one: a title in capitals, a version
    line and its owner under it, the table, and a closing line. The record
    and the owner are the document's, the closing line describes nothing."""
    docx = pytest.importorskip("docx")
    pytest.importorskip("mammoth")
    document = docx.Document()
    document.add_paragraph("GLOBEX ENGINEERING CAREER FRAMEWORK", style="Title")
    document.add_paragraph("Version 2.1 \u2013 Last updated: March 2024")
    owner = document.add_paragraph()
    owner.add_run("Owner: ").bold = True
    owner.add_run("Jane Smith, VP Engineering")
    table = document.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, [("Competency", "Engineer I", "Senior Engineer"),
                                       ("Delivery", "Ships small changes", "Leads projects"),
                                       ("Collaboration", "Gives updates", "Mentors engineers")]):
        for cell, text in zip(row.cells, texts):
            cell.paragraphs[0].add_run(text).bold = text in ("Competency", "Engineer I", "Senior Engineer")
    document.add_paragraph("Questions? Ask in #eng-careers.")
    document.save(tmp_path / "framework.docx")
    data, run = imported(cli, tmp_path / "framework.docx")
    assert (data["name"], data["organisation"]) == ("Globex Engineering Career Framework", {"name": "Globex"})
    assert "description" not in data
    assert cells(data) == {"engineer-i": {"delivery": ["Ships small changes"], "collaboration": ["Gives updates"]},
                           "senior-engineer": {"delivery": ["Leads projects"],
                                               "collaboration": ["Mentors engineers"]}}
    assert "not placed: the page's record of its authors and edits, not part of the ladder: Version 2.1" in run.stderr
    assert "not placed: the page's properties (owner, tags, dates), not part of the ladder: Owner: Jane Smith" \
        in run.stderr
    assert "not placed: outside the tables of the ladder: Questions? Ask in #eng-careers." in run.stderr


def _word_document(path: Path, title: str, sections: list[tuple[str, list[str]]], footnote: str,
                   linked: bool = True) -> None:
    """A Word document as Word saves one: a title, a table of contents (Word's
    field, each line a link to a heading's bookmark, or without links, its
    page after a tab), a heading per section over bullets, and a footnote on
    the first bullet."""
    import io
    import re
    import zipfile

    docx = pytest.importorskip("docx")
    pytest.importorskip("mammoth")
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Contents")
    for n, (heading, _) in enumerate(sections):
        document.add_paragraph(f"TOC{n}")
    for heading, bullets in sections:
        document.add_paragraph(heading, style="Heading 1")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    saved = io.BytesIO()
    document.save(saved)
    main = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w") as word:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode()
                for n, (heading, _) in enumerate(sections):
                    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                             'TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                             if n == 0 else "")
                    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(sections) - 1 else ""
                    runs = f'<w:r><w:t>{heading}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{n + 2}</w:t></w:r>'
                    if linked:
                        runs = f'<w:hyperlink w:anchor="_Toc{140 + n}" w:history="1">{runs}</w:hyperlink>'
                    line = field + runs + end
                    xml = re.sub(rf"<w:r>(?:(?!<w:r>).)*?<w:t>TOC{n}</w:t></w:r>", lambda _: line, xml)
                first = sections[0][1][0]
                data = xml.replace(f"<w:t>{first}</w:t></w:r>", f'<w:t>{first}</w:t></w:r><w:r><w:rPr><w:rStyle '
                                   'w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>').encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlform'
                                    b'ats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                                    b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="applicat'
                                    b'ion/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            word.writestr(item, data)
        word.writestr("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {main}>'
                      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                      '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
                      f'<w:r><w:t xml:space="preserve"> {footnote}</w:t></w:r></w:p></w:footnote></w:footnotes>')


@pytest.mark.parametrize("linked", [True, False])
def test_a_word_documents_table_of_contents_and_footnotes_are_no_statements(cli, tmp_path, linked):
    path = tmp_path / "senior.docx"
    _word_document(path, "Senior Engineer", [("Delivery", ["Leads projects", "Plans the work"]),
                                             ("Collaboration", ["Mentors engineers"])],
                   "Projects of a quarter or more.", linked)
    data, run = imported(cli, path, "--org", "Globex", "--report", "-")
    assert [(lv["title"], lv.get("summary")) for lv in data["levels"]] == [("Senior Engineer", None)]
    assert cells(data) == {"senior-engineer": {"delivery": ["Leads projects", "Plans the work"],
                                               "collaboration": ["Mentors engineers"]}}
    assert "not placed: a footnote, not part of the ladder: Projects of a quarter or more.\n" in run.output
    assert "not placed: table of contents, not part of the ladder: Contents\n" in run.output
    assert "not placed: table of contents, not part of the ladder: Delivery 2\n" in run.output
    assert "not placed: table of contents, not part of the ladder: Collaboration 3\n" in run.output


def test_the_organisation_before_every_levels_title_is_said_once(cli, write):
    page = ("# Globex Engineering Ladder\n\n## Globex Engineer I\n\n### Delivery\n\n- Ships fixes\n\n"
            "## Globex Senior Engineer\n\n### Delivery\n\n- Leads projects\n")
    data, run = imported(cli, write("ladder.md", page))
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("engineer-i", "Engineer I"),
                                                                   ("senior-engineer", "Senior Engineer")]
    assert (data["track"], data["organisation"]) == ("Engineer", {"name": "Globex"})
    assert "every level's title starts with the organisation's name, 'Globex'" in run.stderr
    # A name that only some titles start with is theirs ('Globex Fellow' is a level of its own).
    page = "# Globex Engineering Ladder\n\n## Engineer I\n\n- Ships fixes\n\n## Globex Fellow\n\n- Sets direction\n"
    data, _ = imported(cli, write("fellow.md", page))
    assert [lv["title"] for lv in data["levels"]][-1] == "Globex Fellow"


def test_an_overview_page_names_and_describes_the_framework_of_its_pages(cli, write, tmp_path):
    """Notion exports a page over its sub-pages: 'Engineering Ladder' over
    a page per level. The overview has no ladder: its title names the
    framework, its first paragraph describes it."""
    for title, bullet in (("Engineer I", "Ships small changes"), ("Senior Engineer", "Leads projects")):
        body = f'<h3 class="">Delivery</h3>' + notion_bullets(bullet)
        write(f"export/Engineering Ladder/{title} 8a1b2c3d4e5f60718293a4b5c6d7e8f9.html",
              NOTION_HEAD.format(title=title, tag_name="Tags") + body + NOTION_TAIL)
    overview = ('<p class="">How engineers grow at Globex.</p>'
                + "".join(f'<figure class="link-to-page"><a href="Engineering%20Ladder/{t}.html">'
                          f'<span class="icon">📄</span>{t}</a></figure>' for t in ("Engineer I", "Senior Engineer")))
    write("export/Engineering Ladder 4c1e6b588d6e4a5b9f8e2b5d1c0a7e11.html",
          NOTION_HEAD.format(title="Engineering Ladder", tag_name="Tags") + overview + NOTION_TAIL)
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "export"), "--org", "Globex", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert (data["name"], data["description"]) == ("Engineering Ladder", "How engineers grow at Globex.")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Senior Engineer"]
    assert "layout: an overview of the framework, no ladder: its title names the framework" in run.stderr


@pytest.mark.parametrize("name", ["IC3 8a1b2c3d4e5f60718293a4b5c6d7e8f9.md", "IC3_98312.md"])
def test_the_page_id_an_export_adds_to_a_file_name_is_no_part_of_it(cli, write, tmp_path, name):
    """Notion's Markdown export names a page's file after it and its id, Confluence after it and its number."""
    write(f"site/{name}", "## Delivery\n\n- Ships small changes\n")
    write("site/IC4.md", "# IC4\n\n## Delivery\n\n- Leads projects\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Globex", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [lv["id"] for lv in data["levels"]] == ["IC3", "IC4"]
