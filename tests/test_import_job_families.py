"""`ladderlint import` on more of the layouts companies publish their
ladders in: a job family's handbook page (GitLab's style: a section per
level, its 'Responsibilities' and 'Requirements' headed with the level's
title), and a page of a table per competency whose rows are milestones
(Medium's Snowflake: 'Milestone | Summary | Signals | Examples').

The framework's words are Codecademy's engineering competencies (MIT
licence, Copyright (c) 2022 Codecademy LLC), read here from their copy in
tests/fixtures/corpora/codecademy-engineering-competencies/, where the
licence is kept with them.
"""

from __future__ import annotations

from typing import Any

import pytest

from import_helpers import CODECADEMY, CODECADEMY_COMPETENCIES, CODECADEMY_LEVELS, by_name, codecademy, imported

SOURCE = CODECADEMY

pytestmark = pytest.mark.skipif(not SOURCE.is_file(), reason="the corpora are not in tests/fixtures")

LEVELS = CODECADEMY_LEVELS
COMPETENCIES = CODECADEMY_COMPETENCIES


# --- a job family's page: a section per level -------------------------------------------

FAMILY = {"Software Engineering Apprentice": "Associate Backend Engineer",
          "Software Engineer": "Backend Engineer (Intermediate)",
          "Software Engineer 2": "Senior Backend Engineer",
          "Senior Software Engineer": "Staff Backend Engineer"}


def job_family(titled: bool) -> tuple[str, dict[str, dict[str, list[str]]]]:
    """A handbook page of one job family: its intro, then '## Levels', a
    '###' per level and under it '#### Job Grade', '#### Responsibilities'
    and '#### Requirements', each led by the level's title where ``titled``."""
    truth = codecademy()
    lines = ["# Backend Engineer", "",
             "Backend Engineers work on our product, its open source edition and the service we run.", "",
             "## Levels", ""]
    expected = {}
    for level, title in FAMILY.items():
        said = truth[level]
        responsibilities = said["Software Engineering & Design"] + said["Execution & Results"]
        requirements = said["Collaboration & Communication"]
        expected[title] = {"Responsibilities": responsibilities, "Requirements": requirements}
        lead = f"{title} " if titled else ""
        lines += [f"### {title}", "", f"#### {lead}Job Grade", "",
                  f"The {title} is a [grade 7](/handbook/total-rewards/compensation/#job-grades).", "",
                  f"#### {lead}Responsibilities", ""]
        lines += [f"* {s}" for s in responsibilities] + ["", f"#### {lead}Requirements", ""]
        lines += [f"* {s}" for s in requirements] + [""]
    lines += ["## Performance Indicators", "", "* [Merge request rate](/handbook/engineering/#mr-rate)", ""]
    return "\n".join(lines), expected


@pytest.mark.parametrize("titled", [False, True], ids=["plain", "led-by-the-level-title"])
def test_a_job_family_page_gives_each_level_its_responsibilities_and_requirements(cli, write, titled):
    page, expected = job_family(titled)
    data, run = imported(cli, write("backend-engineer.md", page), "--org", "GitLab")
    # '#### Senior Backend Engineer Responsibilities' names no level under the level: it is
    # the level's 'Responsibilities', as on every other level.
    assert by_name(data) == expected
    # The job grade says how the level is graded, not what it expects: said of the level, in its description.
    senior = next(level for level in data["levels"] if level["title"] == "Senior Backend Engineer")
    assert senior["description"].startswith("Job Grade: The Senior Backend Engineer is a grade 7")
    assert "says how the level is graded or paid" not in run.stderr
    if titled:
        assert "not placed: the title of the level before heading 'Responsibilities' (its level on this page): " \
               "Senior Backend Engineer" in run.stderr


def test_levels_under_a_level_stay_levels(cli, write):
    """'Senior Engineer I' and 'Senior Engineer II' under 'Senior Engineer'
    are levels, though their headings start with its title."""
    page = ("# Ladder\n\n## Engineer\n\n- Ships small features.\n\n## Senior Engineer\n\n"
            "### Senior Engineer I\n\n- Ships projects.\n\n### Senior Engineer II\n\n- Leads projects.\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Engineer", "Senior Engineer I", "Senior Engineer II"]


# --- a table per competency, a row per milestone ----------------------------------------


def test_a_table_per_competency_whose_rows_are_numbered_milestones(cli, write):
    truth = codecademy()
    lines = ["# Engineering Growth Framework", ""]
    for competency in COMPETENCIES:
        lines += [f"## {competency}", "", "| Milestone | Summary | Signals | Examples |", "| --- | --- | --- | --- |"]
        for number, level in enumerate(LEVELS, start=1):
            said = truth[level][competency]
            lines.append(f"| {number} | {said[0]} | {'<br>'.join(said[1:])} | Wrote the design of feature {number} |")
        lines.append("")
    data, run = imported(cli, write("growth.md", "\n".join(lines)), "--org", "Medium")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        (f"milestone-{n}", f"Milestone {n}") for n in range(1, len(LEVELS) + 1)]
    got = by_name(data)
    for number, level in enumerate(LEVELS, start=1):
        for competency in COMPETENCIES:
            said = truth[level][competency]
            # The summary is the first statement, the signals the others; the examples
            # illustrate the last, with a notice to move them where they belong.
            assert got[f"Milestone {number}"][competency] == said[:-1] + [
                {"text": said[-1], "examples": [f"Wrote the design of feature {number}"]}]
    assert run.stderr.count("examples in a column of their own") == 1


def test_a_milestone_column_of_bare_numbers_names_the_levels(cli, write):
    """'Milestone' over 1, 2, 3 names Milestone 1, 2, 3, as 'Level' over them does."""
    lines = []
    for competency in ("Delivery", "Craft"):
        lines += [f"## {competency}", "", "| Milestone | Signals |", "| --- | --- |",
                  f"| 1 | Ships small {competency.lower()} tasks with help. |",
                  f"| 2 | Ships {competency.lower()} tasks on their own. |",
                  f"| 3 | Leads {competency.lower()} projects for the team. |", ""]
    data, _ = imported(cli, write("snowflake.md", "\n".join(lines)), "--org", "Medium")
    assert [level["title"] for level in data["levels"]] == ["Milestone 1", "Milestone 2", "Milestone 3"]
    assert by_name(data)["Milestone 2"] == {"Delivery": ["Ships delivery tasks on their own."],
                                            "Craft": ["Ships craft tasks on their own."]}


# --- Confluence's storage format -----------------------------------------------------------


def test_a_confluence_page_in_storage_format(cli, write):
    """A page as Confluence's REST API and space exports give it: 'ac:'
    macros and 'ri:' links. Panels and status labels are reported, the
    toc macro draws nothing, a link reads as its words (else the page it
    names, whose title Confluence shows), an expand macro is a heading
    over what it folds, and a task list's tasks are bullets."""
    truth = codecademy()
    page = ['<ac:structured-macro ac:name="toc" ac:schema-version="1" ac:macro-id="a1"/>',
            "<h1>Engineering Career Ladder</h1>",
            '<ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Read me</ac:parameter>'
            "<ac:rich-text-body><p>This page is owned by the People team.</p></ac:rich-text-body></ac:structured-macro>",
            '<p>Levels build on each other. See <ac:link><ri:page ri:content-title="Promotion process" /></ac:link> '
            'and <ac:link><ri:page ri:content-title="FAQ"/><ac:plain-text-link-body><![CDATA[the questions we '
            "get]]></ac:plain-text-link-body></ac:link>.</p>",
            '<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>']
    for level in LEVELS:
        page.append(f'<h2>{level} <ac:structured-macro ac:name="status"><ac:parameter ac:name="title">APPROVED'
                    "</ac:parameter></ac:structured-macro></h2>")
        for competency in COMPETENCIES[:2]:
            page.append(f'<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">'
                        f"{competency.replace('&', '&amp;')}</ac:parameter><ac:rich-text-body><ul>"
                        + "".join(f"<li>{s}</li>" for s in truth[level][competency])
                        + "</ul></ac:rich-text-body></ac:structured-macro>")
        page.append("<h3>Collaboration &amp; Communication</h3><ac:task-list>" + "".join(
            f"<ac:task><ac:task-id>{n}</ac:task-id><ac:task-status>incomplete</ac:task-status>"
            f"<ac:task-body>{s}</ac:task-body></ac:task>" for n, s in enumerate(truth[level][COMPETENCIES[2]]))
            + "</ac:task-list>")
    page.append("</ac:layout-cell></ac:layout-section></ac:layout>")
    page.append('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[levels: 4]]>'
                "</ac:plain-text-body></ac:structured-macro>")
    data, run = imported(cli, write("ladder.html", "\n".join(page)), "--org", "Acme")
    assert by_name(data) == truth
    assert data["description"] == "Levels build on each other. See Promotion process and the questions we get."
    assert "ladder.html:3: not placed: a box set apart from the text (a callout), not part of the ladder: Read me " \
           "This page is owned by the People team." in run.stderr
    assert "not placed: status label, not part of the ladder: APPROVED" in run.stderr
    assert "not placed: preformatted text: levels: 4" in run.stderr


# --- a document written without heading styles --------------------------------------------


def test_bold_lines_naming_levels_over_bold_lines_naming_competencies(cli, write):
    """'**Junior Engineer**' over '**Delivery**' over a numbered list, as a
    document typed without heading styles has them: the lines naming levels
    are the levels, the others their competencies."""
    page = ("# Ladder\n\n**Junior Engineer**\n\n**Delivery**\n\n1. Ships small tasks.\n2. Asks for help.\n\n"
            "**Craft**\n\n1. Writes tests.\n\n**Senior Engineer**\n\n**Delivery**\n\n1. Ships projects.\n\n"
            "**Craft**\n\n1. Reviews designs.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert by_name(data) == {"Junior Engineer": {"Delivery": ["Ships small tasks.", "Asks for help."],
                                                 "Craft": ["Writes tests."]},
                             "Senior Engineer": {"Delivery": ["Ships projects."], "Craft": ["Reviews designs."]}}
    assert "layout: level-per-section: 2 bold lines name levels (Junior Engineer, Senior Engineer)" in run.stderr


def test_a_word_document_exported_from_google_docs_with_bold_lines_for_headings(cli, tmp_path):
    """Google Docs' export to Word keeps a heading typed as large bold text
    as bold text alone (mammoth reads no font size): the levels' lines and
    the competencies' lines are both bold, and the levels' name levels."""
    docx = pytest.importorskip("docx")
    pytest.importorskip("mammoth")
    from docx.shared import Pt

    truth = codecademy()
    document = docx.Document()
    document.add_paragraph("Engineering Competencies", style="Title")
    document.add_paragraph("What we expect at each level.")
    for level in LEVELS:
        run = document.add_paragraph().add_run(level)
        run.bold, run.font.size = True, Pt(16)
        for competency in COMPETENCIES:
            document.add_paragraph().add_run(competency).bold = True
            for statement in truth[level][competency]:
                document.add_paragraph(statement, style="List Number")
    document.save(tmp_path / "ladder.docx")
    data, run = imported(cli, tmp_path / "ladder.docx", "--org", "Codecademy")
    assert by_name(data) == truth
    assert (data["name"], data["description"]) == ("Engineering Competencies", "What we expect at each level.")
    assert ": not placed:" not in run.stderr


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize("name, said", [
    ("ladder.rst", "reStructuredText is not a format `ladderlint import` reads; convert it to Markdown first "
                   "(`pandoc ladder.rst -t gfm -o ladder.md`), and import that (or pass --format markdown"),
    ("ladder.adoc", "AsciiDoc is not a format `ladderlint import` reads; convert it to HTML first "
                    "(`asciidoctor ladder.adoc`)"),
    ("ladder.odt", "An OpenDocument text is not a format `ladderlint import` reads; save it as a Word document "
                   "(.docx) first, and import that"),
    ("ladder.pdf", "PDF is not a format `ladderlint import` reads"),
])
def test_a_format_the_import_does_not_read_says_how_to_get_one_it_does(cli, write, name, said):
    page = write(name, "Engineering Ladder\n==================\n\nJunior Engineer\n---------------\n\n"
                       "Delivery\n~~~~~~~~\n\n* Ships small tasks.\n")
    run = cli("import", str(page), "--no-check")
    assert run.exit_code == 2
    assert said in run.stderr and "Traceback" not in run.stderr


def test_a_page_of_one_level_under_the_frameworks_title(cli, write):
    """'# Ladder' over '## Senior Engineer' over its competencies: the page's
    one level, named by a seniority and no code."""
    data, run = imported(cli, write("senior.md", "# Ladder\n\n## Senior Engineer\n\n### Delivery\n\n"
                                                 "- Leads projects end to end.\n- Mentors others.\n"), "--org", "Acme")
    assert data["name"] == "Ladder"
    assert by_name(data) == {"Senior Engineer": {"Delivery": ["Leads projects end to end.", "Mentors others."]}}


def test_french_and_german_ladders_are_ordered_and_named_by_their_own_words(cli, write):
    levels = ["Ingénieur principal", "Ingénieur senior", "Ingénieur confirmé", "Ingénieur débutant"]  # highest first
    page = "# Grille de progression\n\n" + "".join(
        f"## {level}\n\n### Livraison\n\n- Livre ce qu'un {level.lower()} livre.\n\n" for level in levels)
    data, _ = imported(cli, write("grille.md", page), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [
        "Ingénieur débutant", "Ingénieur confirmé", "Ingénieur senior", "Ingénieur principal"]
    page = "# Karrierestufen\n\n" + "".join(
        f"## {level}\n\n### Umsetzung\n\n- Setzt um, was {level} umsetzt.\n\n"
        for level in ("Junior-Entwickler:in", "Entwickler:in", "Senior-Entwickler:in"))
    data, _ = imported(cli, write("stufen.md", page), "--org", "Acme")
    # The colon of 'Entwickler:in' is part of the word, not a mark between a code and a title.
    assert data["track"] == "Entwickler:in"
