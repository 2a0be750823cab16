"""`ladderlint import` on one framework laid out as companies publish theirs:
a table of levels with a header of two rows (merged cells) in HTML, Excel
and CSV, and a page per level exported from Notion, whose file names carry
a page id and so sort in no order of the ladder.

The framework's words are Codecademy's engineering competencies (MIT
licence, Copyright (c) 2022 Codecademy LLC), read here from their copy in
tests/fixtures/corpora/codecademy-engineering-competencies/, where the
licence is kept with them.
"""

from __future__ import annotations

import csv
import html
import io
import random
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPORA
from import_helpers import CODECADEMY, CODECADEMY_COMPETENCIES, CODECADEMY_LEVELS, by_name, codecademy, imported

SOURCE = CODECADEMY

pytestmark = pytest.mark.skipif(not SOURCE.is_file(), reason="the corpora are not in tests/fixtures")

LEVELS = CODECADEMY_LEVELS
COMPETENCIES = CODECADEMY_COMPETENCIES


# --- a table of levels under a header of two rows -------------------------------------


def test_an_html_table_whose_levels_sit_under_a_merged_header_cell(cli, write):
    truth = codecademy(most=3)
    rows = ['<table><thead><tr><th rowspan="2">Area</th><th rowspan="2">Competency</th>'
            f'<th colspan="{len(LEVELS)}">Levels</th></tr>',
            "<tr>" + "".join(f"<th>{html.escape(lv)}</th>" for lv in LEVELS) + "</tr></thead><tbody>"]
    for n, competency in enumerate(COMPETENCIES):
        area = f'<td rowspan="{len(COMPETENCIES)}">Craft</td>' if n == 0 else ""
        rows.append(f"<tr>{area}<td>{html.escape(competency)}</td>" + "".join(
            "<td><ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in truth[lv][competency]) + "</ul></td>"
            for lv in LEVELS) + "</tr>")
    page = "<h1>Engineering Ladder</h1>\n" + "\n".join(rows) + "\n</tbody></table>\n"
    data, run = imported(cli, write("ladder.html", page), "--org", "Codecademy")
    assert by_name(data) == truth
    assert [d["name"] for d in data["dimensions"]] == ["Craft"]
    # The merged cell over the levels names no level and is no statement: it is reported.
    assert "ladder.html:2: not placed: table header over the levels' columns, not content: Levels" in run.stderr
    assert "ladder.html:2: not placed: table column header, not content: Competency" in run.stderr


def test_a_workbook_whose_header_merges_cells_over_the_levels(cli, write):
    openpyxl = pytest.importorskip("openpyxl")
    truth = codecademy(most=3)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Competency", "Levels"] + [None] * (len(LEVELS) - 1))
    sheet.merge_cells(start_row=1, start_column=2, end_row=1, end_column=len(LEVELS) + 1)
    sheet.merge_cells(start_row=1, start_column=1, end_row=2, end_column=1)
    sheet.append([None] + LEVELS)
    for competency in COMPETENCIES:
        sheet.append([competency] + ["\n".join(f"• {s}" for s in truth[lv][competency]) for lv in LEVELS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    data, run = imported(cli, write("ladder.xlsx", buffer.getvalue()), "--org", "Codecademy")
    assert by_name(data) == truth
    assert "ladder.xlsx:'Sheet'!B1: not placed: table header over the levels' columns, not content: Levels" in run.stderr


def test_a_csv_export_of_a_header_of_two_rows(cli, write):
    truth = codecademy(most=3)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Competency", "Levels"] + [""] * (len(LEVELS) - 1))
    writer.writerow([""] + LEVELS)
    for competency in COMPETENCIES:
        writer.writerow([competency] + ["\n".join(truth[lv][competency]) for lv in LEVELS])
    data, _ = imported(cli, write("ladder.csv", out.getvalue()), "--org", "Codecademy")
    assert by_name(data) == truth


# Groups of levels over their names, one cell merged over each group's columns, the
# competencies' header spanning both rows: the groups may read like a level ('Senior IC').
GROUPS = [("Individual Contributor", 2), ("Senior IC", 2)]


def test_an_html_table_whose_levels_sit_under_cells_merged_over_groups_of_them(cli, write):
    truth = codecademy(most=2)
    rows = ['<table><tr><th rowspan="2">Competency</th>'
            + "".join(f'<th colspan="{n}">{html.escape(g)}</th>' for g, n in GROUPS) + "</tr>",
            "<tr>" + "".join(f"<th>{html.escape(lv)}</th>" for lv in LEVELS) + "</tr>"]
    for competency in COMPETENCIES:
        rows.append(f"<tr><td>{html.escape(competency)}</td>" + "".join(
            "<td><ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in truth[lv][competency]) + "</ul></td>"
            for lv in LEVELS) + "</tr>")
    page = "<h1>Engineering Levels</h1>\n" + "\n".join(rows) + "\n</table>\n"
    data, run = imported(cli, write("ladder.html", page), "--org", "Codecademy")
    assert by_name(data) == truth
    for group, _ in GROUPS:  # the groups' names are reported, not taken for levels
        assert f"ladder.html:2: not placed: table header over the levels' columns, not content: {group}" \
            in run.stderr


def test_a_csv_export_of_groups_written_once_over_the_levels(cli, write):
    truth = codecademy(most=2)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Competency"] + [cell for g, n in GROUPS for cell in [g] + [""] * (n - 1)])
    writer.writerow([""] + LEVELS)
    for competency in COMPETENCIES:
        writer.writerow([competency] + ["\n".join(truth[lv][competency]) for lv in LEVELS])
    data, _ = imported(cli, write("ladder.csv", out.getvalue()), "--org", "Codecademy")
    assert by_name(data) == truth


def test_a_table_whose_header_rows_name_no_level_says_so_showing_them(cli, write):
    """The page holds a table of several columns: the import says that no
    row of its header names levels, and shows both rows; told the levels
    are its columns, it reads them from the row under the groups."""
    page = ('<h1>Engineering Levels</h1><table><tr><th rowspan="2">Competency</th><th colspan="2">Foundations'
            '</th><th colspan="2">Leadership</th></tr><tr><th>Apprentice</th><th>Adept</th><th>Artisan</th>'
            "<th>Grandmaster</th></tr>" + "".join(
                f"<tr><td>{c}</td>" + "<td>Writes clear design documents for the team.</td>" * 4 + "</tr>"
                for c in ("Ownership", "Communication")) + "</table>")
    run = cli("import", str(write("ladder.html", page)), "-o", str(write("out.yaml", "")), "--no-check")
    assert run.exit_code == 2 and "Traceback" not in run.stderr
    assert "ladder.html:2:1: cannot tell which levels this document's table names: " in run.stderr
    assert ("no table's header row names levels (its table's header rows: 'Competency | Foundations | "
            "Leadership' over 'Apprentice | Adept | Artisan | Grandmaster'). If a table's header (or first "
            "column) names the levels, pass --layout levels-as-columns (or levels-as-rows); if the page describes "
            "one level, pass --level ID") in run.stderr
    # As the message advises, --layout levels-as-columns reads the levels under the groups.
    data, run = imported(cli, write("ladder.html", page), "--layout", "levels-as-columns")
    assert [lv["title"] for lv in data["levels"]] == ["Apprentice", "Adept", "Artisan", "Grandmaster"]
    assert "not content: Foundations" in run.stderr


def test_a_table_headed_by_the_guilds_levels_is_read_as_levels(cli, write):
    """Apprentice, Journeyman and Master name the levels of the guild's scale: the header row names levels."""
    page = ("<h1>Engineering Levels</h1><table><tr><th>Competency</th><th>Apprentice</th><th>Journeyman</th>"
            "<th>Master</th></tr>" + "".join(
                f"<tr><td>{c}</td>" + "<td>Writes clear design documents for the team.</td>" * 3 + "</tr>"
                for c in ("Ownership", "Communication")) + "</table>")
    data, _ = imported(cli, write("ladder.html", page))
    assert [lv["title"] for lv in data["levels"]] == ["Apprentice", "Journeyman", "Master"]


def test_a_header_row_left_blank_over_the_levels_names(cli, write):
    """The row that names the columns before the levels ('Competency') is
    blank over the levels, whose names are in the row under it."""
    page = ("<table><tr><th>Competency</th><th></th><th></th></tr>"
            "<tr><td></td><th>Junior Engineer</th><th>Senior Engineer</th></tr>"
            "<tr><td>Delivery</td><td>Ships small tasks.</td><td>Leads projects.</td></tr></table>")
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert by_name(data) == {"Junior Engineer": {"Delivery": ["Ships small tasks."]},
                             "Senior Engineer": {"Delivery": ["Leads projects."]}}


# --- footnotes ----------------------------------------------------------------------


def test_markdown_footnotes_are_reported_and_their_marks_left_out_of_the_statements(cli, write):
    """GitHub's footnotes: a mark after a statement ('...[^1]') is no words
    of it, and the definitions at the end of the page are no statements of
    the last competency."""
    truth = codecademy(most=3)
    text = "# Engineering Competencies\n\nWhat we expect at each level.[^why]\n\n"
    for level in LEVELS:
        text += f"## {level}\n\n" + "".join(
            f"### {competency}\n\n" + "".join(f"- {s}[^{n}]\n" if n == 0 else f"- {s}\n"
                                               for n, s in enumerate(statements)) + "\n"
            for competency, statements in truth[level].items())
    text += "[^why]: Written by the engineering leads,\n    reviewed every year.\n[^0]: See the handbook.\n"
    path = write("competencies.md", text)
    data, run = imported(cli, path, "--org", "Codecademy")
    assert by_name(data) == truth
    last = len(text.splitlines())
    assert f"competencies.md:{last - 2}: not placed: a footnote: [^why]: Written by the engineering leads, " \
           "reviewed every year." in run.stderr
    assert f"competencies.md:{last}: not placed: a footnote: [^0]: See the handbook." in run.stderr
    assert "[^" not in path.with_name("competencies-out.yaml").read_text(encoding="utf-8")


# --- definition lists in Markdown ------------------------------------------------------


@pytest.mark.parametrize("between, after", [("", "\n"), ("\n", "\n")])
def test_a_markdown_definition_list_gives_a_statement_per_definition(cli, write, between, after):
    """kramdown's (GitHub Pages') definition lists: the competency on a line
    of its own, then a line per statement starting with ': ', read as an
    HTML definition list is, never one statement of them all joined."""
    truth = codecademy(most=3)
    text = "# Engineering Competencies\n\n" + "".join(
        f"## {level}\n\n" + "".join(f"{competency}\n{between}" + "".join(f": {s}\n" for s in statements) + after
                                     for competency, statements in truth[level].items()) + "\n"
        for level in LEVELS)
    data, run = imported(cli, write("competencies.md", text), "--org", "Codecademy")
    assert by_name(data) == truth
    assert "not placed:" not in run.stderr


def test_a_line_after_a_definition_goes_on_with_it(cli, write):
    """kramdown's lazy lines: a definition wrapped onto a line of its own
    before the next definition is one statement, not a term."""
    text = ("# Engineering Ladder\n\n## Engineer I\n\nDelivery\n: Ships small tasks that a senior\nengineer "
            "scoped.\n: Asks for help early.\n\n## Engineer II\n\nDelivery\n: Ships features end to end.\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships small tasks that a senior engineer scoped.", "Asks for help early."]},
        {"delivery": ["Ships features end to end."]}]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_wiki_definition_list_gives_a_competency_per_term(cli, write, one_line):
    """MediaWiki's definition list ('; Operations' over ': Leads ...' lines,
    or '; Operations : Leads ...' on one line) is read as kramdown's is:
    each term a competency, each definition a statement."""
    truth = codecademy(most=3)

    def competency(name: str, statements: list[str]) -> str:
        if one_line:
            return "".join(f"; {name} : {s}\n" for s in statements)
        return f"; {name}\n" + "".join(f": {s}\n" for s in statements)

    text = "Engineering Competencies describes what we expect.\n\n" + "".join(
        f"== {level} ==\n" + "".join(competency(name, statements) for name, statements in truth[level].items()) + "\n"
        for level in LEVELS)
    data, run = imported(cli, write("competencies.wiki", text), "--org", "Codecademy")
    assert by_name(data) == truth
    assert "Expectations" not in run.stderr


# --- competencies named by a line over their bullets ------------------------------------


@pytest.mark.parametrize("name", ["{}\n\n", "*{}*\n\n", "{}:\n"])
def test_a_line_naming_each_competency_over_its_bullets(cli, write, name):
    """A document typed without heading styles names each competency on a
    line of its own, plain, in italics or with a colon, its bullets right
    under it: 'Software Engineering & Design' is a name of four words, not a
    summary of the level nor a sentence leading in to the list."""
    truth = codecademy(most=3)
    text = "# Engineering Competencies\n\n" + "".join(
        f"**{level}**\n\n" + "".join(name.format(competency) + "".join(f"- {s}\n" for s in statements) + "\n"
                                       for competency, statements in truth[level].items())
        for level in LEVELS)
    data, run = imported(cli, write("competencies.md", text), "--org", "Codecademy")
    assert by_name(data) == truth
    assert not any("summary" in level for level in data["levels"])
    assert "not placed:" not in run.stderr


# --- a section per competency, the levels inside it ------------------------------------


@pytest.mark.parametrize("level", ["### {}\n\n", "- **{}**\n"])
def test_the_role_alone_is_a_level_in_each_competencys_section(cli, write, level):
    """'Software Engineer' beside 'Software Engineer 2' and 'Senior Software
    Engineer' under each competency's heading is a level of its own, as a
    heading or as a bullet over the statements, not more statements of the
    level before it."""
    truth = codecademy(most=3)
    nested = "  " if level.startswith("-") else ""
    text = "# Engineering Competencies\n\n" + "".join(
        f"## {competency}\n\n" + "".join(level.format(lv) + "".join(f"{nested}- {s}\n" for s in truth[lv][competency])
                                          + "\n" for lv in LEVELS)
        for competency in COMPETENCIES)
    data, run = imported(cli, write("competencies.md", text), "--org", "Codecademy")
    assert "layout: competency-per-section" in run.stderr
    assert by_name(data) == truth
    assert "not placed:" not in run.stderr


# --- a page per level, exported from Notion ---------------------------------------------


def notion_pages(write, titles: list[str], truth: dict[str, dict[str, list[str]]], seed: int) -> list[Path]:
    """A Markdown page per level, named as Notion's export names them: the
    page's title and a random page id."""
    ids = random.Random(seed)
    pages = []
    for title, level in zip(titles, LEVELS):
        text = f"# {title}\n\n" + "".join(
            f"## {competency}\n\n" + "".join(f"- {s}\n" for s in statements) + "\n"
            for competency, statements in truth[level].items())
        pages.append(write(f"export/{title} {ids.getrandbits(128):032x}.md", text))
    return pages


def import_pages(cli, pages: list[Path], *args: str) -> tuple[dict[str, Any], Any]:
    out = pages[0].parent / "out.yaml"
    run = cli("import", *map(str, pages), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    from ladderlint.loader import load_document

    return load_document(str(out), out.read_bytes()).data, run


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_apprentice_named_by_the_field_and_a_role_numbered_after_it_are_one_ladder(cli, write, seed):
    """'Software Engineering Apprentice' names the field of the role the
    other pages name ('Software Engineer'): one track; and 'Software
    Engineer 2' goes on from 'Software Engineer', whatever the order of the
    files."""
    truth = codecademy(most=3)
    data, _ = import_pages(cli, notion_pages(write, LEVELS, truth, seed), "--org", "Codecademy")
    assert data["track"] == "Software Engineer"
    assert by_name(data) == truth
    assert list(by_name(data)) == LEVELS


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_numbered_rungs_of_a_role_come_before_its_senior_level(cli, write, seed):
    titles = ["Software Engineer I", "Software Engineer II", "Software Engineer III", "Senior Software Engineer"]
    truth = codecademy(most=3)
    data, _ = import_pages(cli, notion_pages(write, titles, truth, seed), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == titles


@pytest.mark.parametrize("seed", [1, 2])
def test_the_role_said_shortly_below_and_above_the_role_said_in_full_is_one_ladder(cli, write, seed):
    titles = ["Associate Engineer", "Software Engineer", "Senior Software Engineer", "Principal Engineer"]
    truth = codecademy(most=3)
    data, run = import_pages(cli, notion_pages(write, titles, truth, seed), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == titles
    assert data["track"] == "Software Engineer"


# --- pages with no ladder -------------------------------------------------------------

LADDERS = CORPORA / "engineering-ladders"  # Apache-2.0: LICENSE kept beside the pages


@pytest.mark.parametrize("page, holds", [
    ("Managing-Managers.md", "none of its 9 headings ('Managing Managers', 'Introduction', 'Delivery', 'Goals', "
                             "'Planning' ...) names a level"),
    ("TechLead-EngineeringManager.md", "no table's header row names levels (its table's header: 'Tech Lead (System) | "
                                       "Engineering Manager (People)')"),
])
def test_a_guide_and_a_comparison_of_roles_say_what_they_hold_instead_of_levels(cli, tmp_path, page, holds):
    """Engineering Ladders' essay on managing managers (balances drawn as
    tables of two sides) and its table setting two roles side by side
    describe no level of a ladder: the import stops, and says what the page
    holds, where, and what to pass if it is a level's page after all."""
    run = cli("import", str(LADDERS / page), "-o", str(tmp_path / "out.yaml"))
    assert run.exit_code == 2 and "Traceback" not in run.stderr
    assert f"{page}:1:1: cannot tell which level this document describes: " in run.stderr
    assert holds in run.stderr
    assert "If it describes one level, pass --level ID" in run.stderr
    # Among the site's pages, it is reported as a page with no ladder (with the site's
    # other such pages, for the one reason), without the advice.
    run = cli("import", str(LADDERS), "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    line = next(line for line in run.stderr.splitlines() if page in line and "no ladder in this file" in line)
    assert "--level" not in line


ONWARD_PAGE = ("<h1>Acme Engineering Ladder</h1><h2>IC1 Engineer</h2><h3>Delivery</h3><ul>{items}</ul>"
               "<h2>IC2 Engineer</h2><h3>Delivery</h3><ul><li>Ships features independently.</li></ul>")


@pytest.mark.parametrize("link", ['<a href="delivery.html">Read more</a>', '<a href="https://acme.example/d">'
                                  'See the delivery guide</a>', '<a href="/wiki/Delivery">+What is delivery?</a>'])
def test_a_link_to_read_on_after_a_statement_is_reported_not_imported(cli, write, link):
    path = write("ladder.html", ONWARD_PAGE.format(items=f"<li>Ships small changes with guidance. {link}</li>"))
    data, run = imported(cli, path, "--org", "Acme")
    assert data["levels"][0]["competencies"]["delivery"] == ["Ships small changes with guidance."]
    words = html.unescape(link.split(">", 1)[1].split("<", 1)[0])
    assert f"not placed: a link to read on elsewhere, not part of the ladder: {words}" in run.stderr


@pytest.mark.parametrize("item", [
    '<li>Follows the <a href="review.html">code review guide</a> on every change.</li>',  # inside the sentence
    '<li>Writes tests; see <a href="testing.html">Testing at Acme</a></li>',  # the sentence goes on into it
    '<li>Ships small changes. <a href="#delivery">Delivery</a></li>',  # a link within the page
    '<li>Uses <a href="ci.html">CI</a>.</li>',  # text after it
    '<li>Uses infrastructure-as-code tools, e.g. <a href="https://www.terraform.io">Terraform</a></li>',
    '<li>Owns the CI pipeline, the release tooling etc. <a href="tools.html">and more</a></li>',
])
def test_a_link_that_is_part_of_a_statement_keeps_its_words(cli, write, item):
    path = write("ladder.html", ONWARD_PAGE.format(items=item))
    data, run = imported(cli, path, "--org", "Acme")
    inner = item[len("<li>"):-len("</li>")]
    expected = " ".join(html.unescape("".join(part.split(">")[-1] for part in inner.split("<"))).split())
    assert data["levels"][0]["competencies"]["delivery"] == [expected]
    assert "a link to read on elsewhere" not in run.stderr
