"""A document's title typed as a line wholly in bold at its top, rather
than as a heading ('**Vandelay Industries – SRE Levels**', a Word paragraph
in bold, a wiki's '''Stark Security Ladder'''): it names the framework and
its organisation as a heading there does, and is no dimension of the table
under it nor text before the first level."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import cells, imported

TABLE = """
| Skill | SRE I | SRE II | Senior SRE |
|---|---|---|---|
| Incident response | Joins incident calls | Acts as incident commander | Leads postmortems |
| Automation | Automates personal tasks | Automates team toil | Removes toil across the org |
"""

WIKI_SECTIONS = """
== Security Engineer I ==
Works on well-scoped security tasks.
=== Threat modelling ===
* Takes part in threat modelling sessions

== Security Engineer II ==
Owns security for a product area.
=== Threat modelling ===
* Leads threat modelling for new features
"""


def _without_source(data: dict) -> dict:
    return {key: value for key, value in data.items() if key != "source"}


def test_a_bold_line_over_a_markdown_table_is_the_title_not_its_dimension(cli, write):
    """The bold line names the framework and its organisation, as '# ...'
    does, and the table's competencies are in no dimension named after it."""
    bold, _ = imported(cli, write("bold/levels.md", "**Vandelay Industries – SRE Levels**\n" + TABLE))
    heading, _ = imported(cli, write("heading/levels.md", "# Vandelay Industries – SRE Levels\n" + TABLE))
    assert (bold["name"], bold["organisation"]) == ("Vandelay Industries – SRE Levels",
                                                   {"name": "Vandelay Industries"})
    assert [d["name"] for d in bold["dimensions"]] == ["Competencies"]
    assert _without_source(bold) == _without_source(heading)


def test_a_bold_paragraph_over_a_word_table_is_the_title(cli, tmp_path: Path):
    """A Word document whose title is a paragraph in bold, not in the Title
    style, over a table of the levels."""
    docx = pytest.importorskip("docx")
    pytest.importorskip("mammoth")
    document = docx.Document()
    document.add_paragraph().add_run("Vandelay Industries – SRE Levels").bold = True
    table = document.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, [("Skill", "SRE I", "SRE II"),
                                       ("Incident response", "Joins incident calls", "Acts as incident commander"),
                                       ("Automation", "Automates personal tasks", "Automates team toil")]):
        for cell, text in zip(row.cells, texts):
            cell.paragraphs[0].add_run(text).bold = row is table.rows[0]
    document.save(tmp_path / "levels.docx")
    data, run = imported(cli, tmp_path / "levels.docx")
    assert (data["name"], data["organisation"]) == ("Vandelay Industries – SRE Levels",
                                                   {"name": "Vandelay Industries"})
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert cells(data)["sre-ii"] == {"incident-response": ["Acts as incident commander"],
                                     "automation": ["Automates team toil"]}
    assert "set it with --org" not in run.stderr


def test_a_bold_line_atop_a_wiki_page_is_its_title(cli, write):
    """MediaWiki's '''...''' at the top of the page, over its level sections:
    the framework's name, as '= ... =' would be, not text before the first
    level."""
    bold, run = imported(cli, write("bold/ladder.wiki", "'''Stark Industries Security Engineering Ladder'''\n\n"
                                                         "__TOC__\n" + WIKI_SECTIONS))
    heading, _ = imported(cli, write("heading/ladder.wiki", "= Stark Industries Security Engineering Ladder =\n\n"
                                                            "__TOC__\n" + WIKI_SECTIONS))
    assert bold["name"] == "Stark Industries Security Engineering Ladder"
    assert _without_source(bold) == _without_source(heading)
    assert "text before the first level" not in run.stderr


def test_the_first_of_bold_competency_lines_on_a_level_page_stays_a_competency(cli, write):
    """Bold lines that head a level's competencies, with no heading above
    them: the first is one of them, not the title."""
    page = write("ic3.md", "**Delivery**\n\n- Ships small changes\n\n**Craft**\n\n- Writes tests\n")
    data, _ = imported(cli, page, "--level", "IC3", "--org", "Acme")
    assert cells(data) == {"IC3": {"delivery": ["Ships small changes"], "craft": ["Writes tests"]}}


def test_a_bold_line_naming_a_level_over_level_headings_stays_a_level(cli, write):
    """A first bold line that names a level is a level's heading, never the
    title, though real headings follow it."""
    page = write("levels.md", "**Engineer I**\n\n- Fixes small bugs\n\n**Engineer II**\n\n- Owns features\n\n"
                              "## Notes\n\nLevels are cumulative.\n")
    data, _ = imported(cli, page, "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Engineer I", "Engineer II"]
