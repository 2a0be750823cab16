"""A table's first row that only names its columns, though nothing marks it
a header (a Word table, an HTML table of <td> alone): 'Competency |
Expectations' under each level's heading is the table's header, reported,
never a competency whose statement is 'Expectations'."""

from __future__ import annotations

import html
import re

import pytest

from import_helpers import cells, imported, word_package

LEVELS = [("Junior Engineer (L1)", [("Code quality", "Writes readable code."), ("Planning", "Breaks down tasks.")]),
          ("Engineer (L2)", [("Code quality", "Writes maintainable code."), ("Planning", "Estimates own work.")])]

def _run(text: str, bold: bool) -> str:
    return (f'<w:r><w:rPr>{"<w:b/>" if bold else ""}</w:rPr>'
            f'<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>')


def _word_tables(header: tuple[str, str], bold: bool) -> bytes:
    """A .docx: a 'Heading 1' per level over a table whose first row is ``header``."""
    body = ""
    for title, rows in LEVELS:
        body += f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_run(title, False)}</w:p><w:tbl>'
        for row, strong in [(header, bold)] + [(r, False) for r in rows]:
            body += "<w:tr>" + "".join(f"<w:tc><w:p>{_run(text, strong)}</w:p></w:tc>" for text in row) + "</w:tr>"
        body += "</w:tbl>"
    return word_package(body, styles='<w:style w:type="paragraph" w:styleId="Heading1">'
                              '<w:name w:val="heading 1"/></w:style>')


def _html_tables(header: tuple[str, str]) -> str:
    page = "<html><body><h1>Acme Engineering Levels</h1>\n"
    for title, rows in LEVELS:
        page += f"<h2>{title}</h2>\n<table>\n"
        for row in [header] + rows:
            page += "<tr>" + "".join(f"<td>{html.escape(text)}</td>" for text in row) + "</tr>\n"
        page += "</table>\n"
    return page + "</body></html>\n"


TRUTH = {"L1": {"code-quality": ["Writes readable code."], "planning": ["Breaks down tasks."]},
         "L2": {"code-quality": ["Writes maintainable code."], "planning": ["Estimates own work."]}}


def _unplaced(run) -> list[str]:
    return [line.split(": not placed: ")[1] for line in run.stderr.splitlines() if ": not placed: " in line]


_HEADER = re.compile(r"^table column header, not content(?:, in (?P<tables>\d+) tables \(lines [\d, ]+\))?: (?P<text>.*)$")


def _headers(run) -> list[str]:
    """The header cells reported, one per table: the terminal says a cell
    repeated over several tables once, counting them."""
    found = [_HEADER.match(u) for u in _unplaced(run)]
    return [m.group("text") for m in found if m for _ in range(int(m.group("tables") or 1))]


@pytest.mark.parametrize("header, bold", [(("Competency", "Expectations"), False), (("Area", "What we expect"), True)])
def test_a_word_tables_first_row_naming_its_columns_is_its_header(cli, write, header, bold):
    pytest.importorskip("mammoth")
    data, run = imported(cli, write("ladder.docx", _word_tables(header, bold)), "--org", "Acme")
    assert cells(data) == TRUTH
    assert _headers(run).count(header[0]) == 2
    assert _headers(run).count(header[1]) == 2


@pytest.mark.parametrize("header", [("Competency", "Expectations"), ("Skill area", "Behaviours")])
def test_an_html_tables_first_row_of_cells_naming_its_columns_is_its_header(cli, write, header):
    data, run = imported(cli, write("ladder.html", _html_tables(header)), "--org", "Acme")
    assert cells(data) == TRUTH
    assert _headers(run).count(header[0]) == 2


def test_a_first_row_that_names_a_competency_is_content(cli, write):
    """The neighbour: a first row of a competency and what it expects is read as the others are."""
    data, run = imported(cli, write("ladder.html", _html_tables(("Testing", "Writes tests."))), "--org", "Acme")
    assert cells(data)["L1"] == {"testing": ["Writes tests."], **TRUTH["L1"]}
    assert not any("table column header" in u for u in _unplaced(run))


def test_a_first_row_wholly_in_bold_needs_only_a_word_for_a_column(cli, write):
    """In bold, as a header typed by hand is, 'Skill | Level expectations' is the header; the same row
    in plain text, and a first row in bold that names a competency and what it expects, are content."""
    pytest.importorskip("mammoth")
    header = ("Skill", "Level expectations")
    data, run = imported(cli, write("bold.docx", _word_tables(header, True)), "--org", "Acme")
    assert cells(data) == TRUTH
    assert _headers(run).count("Skill") == 2
    data, run = imported(cli, write("plain.docx", _word_tables(header, False)), "--org", "Acme")
    assert cells(data)["L1"]["skill"] == ["Level expectations"]
    data, run = imported(cli, write("named.docx", _word_tables(("Testing", "Writes tests"), True)), "--org", "Acme")
    assert cells(data)["L1"] == {"testing": ["Writes tests"], **TRUTH["L1"]}


def test_a_heading_over_the_levels_columns_table_that_names_no_dimension_is_reported(cli, write):
    """'## The levels at a glance' over the one table of levels as columns
    names no part of the ladder: reported, never dropped silently."""
    page = ("# Kestrel Design Levels\n\nHow we grow product designers at Kestrel.\n\n## The levels at a glance\n\n"
            "| Competency | Junior Designer | Designer |\n|---|---|---|\n"
            "| Visual design | Applies the design system | Extends the design system |\n")
    data, run = imported(cli, write("levels.md", page))
    assert [level["title"] for level in data["levels"]] == ["Junior Designer", "Designer"]
    assert "levels.md:5: not placed: heading over the table of the ladder, naming no dimension: " \
           "The levels at a glance" in run.stderr
