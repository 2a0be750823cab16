"""`ladderlint import` on one framework as the tools frameworks are written
in export it: Markdown with toggles (Notion, GitHub), Confluence's Markdown,
and the like.

The framework's words are Codecademy's engineering competencies (MIT
licence, Copyright (c) 2022 Codecademy LLC), read here from their copy in
tests/fixtures/corpora/codecademy-engineering-competencies/, where the
licence is kept with them.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

import pytest

from import_helpers import CODECADEMY, CODECADEMY_COMPETENCIES, CODECADEMY_LEVELS, by_name, codecademy, imported, word_package
from ladderlint.loader import load_document

pytestmark = pytest.mark.skipif(not CODECADEMY.is_file(), reason="the corpora are not in tests/fixtures")

LEVELS = CODECADEMY_LEVELS
COMPETENCIES = CODECADEMY_COMPETENCIES


# --- toggles written as HTML between Markdown -----------------------------------------


def test_toggles_one_after_another_under_a_level_are_its_competencies(cli, write):
    truth = codecademy(most=3)
    lines = ["# Engineering Ladder", ""]
    for level in LEVELS:
        lines += [f"## {level}", ""]
        for competency in COMPETENCIES:
            lines += ["<details>", f"<summary>{competency}</summary>", ""]
            lines += [f"- {s}" for s in truth[level][competency]]
            lines += ["", "</details>", ""]
    data, run = imported(cli, write("ladder.md", "\n".join(lines)))
    assert by_name(data) == truth
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == COMPETENCIES
    assert "groups the dimensions" not in run.stderr


def test_toggles_of_competencies_inside_toggles_of_levels(cli, write):
    truth = codecademy(most=2)
    lines = ["# Engineering Ladder", ""]
    for level in LEVELS:
        lines += ["<details>", f"<summary>{level}</summary>", ""]
        for competency in COMPETENCIES:
            lines += ["<details>", f"<summary>{competency}</summary>", ""]
            lines += [f"- {s}" for s in truth[level][competency]]
            lines += ["", "</details>", ""]
        lines += ["</details>", ""]
    data, _ = imported(cli, write("ladder.md", "\n".join(lines)))
    assert by_name(data) == truth


# --- emoji written by their short codes -----------------------------------------------


def test_emoji_short_codes_in_headings_are_no_words_of_the_names(cli, write):
    truth = codecademy(most=2)
    lines = ["# Engineering Career Ladder", ""]
    for number, level in enumerate(LEVELS, start=1):
        lines += [f"## :seedling: L{number} – {level}", ""]
        for competency in COMPETENCIES:
            lines += [f"### :white_check_mark: {competency}", ""]
            lines += [f"* {s}" for s in truth[level][competency]]
            lines.append("")
    data, _ = imported(cli, write("ladder.md", "\n".join(lines)))
    assert by_name(data) == truth
    assert [level["id"] for level in data["levels"]] == ["L1", "L2", "L3", "L4"]


# --- a spreadsheet of one statement per row ---------------------------------------------


def _statement_rows(header: list[str], order: list[str], truth: dict[str, dict[str, list[str]]],
                    levels: list[str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for level in levels or LEVELS:
        for competency in COMPETENCIES:
            for statement in truth[level][competency]:
                said = {"level": level, "competency": competency, "statement": statement, "pillar": "Engineering"}
                writer.writerow([said[column] for column in order])
    return out.getvalue()


@pytest.mark.parametrize(("header", "order"), [
    (["Expectation", "Band", "Area"], ["statement", "level", "competency"]),
    (["Behaviour", "Focus area", "Role"], ["statement", "competency", "level"]),
    (["Pillar", "Skill", "Career level", "Description"], ["pillar", "competency", "level", "statement"]),
])
def test_a_statement_per_row_whatever_column_names_the_levels(cli, write, header, order):
    # Codecademy says some statements again at the next level: the statements' column repeats a few of its cells.
    truth = codecademy()
    data, _ = imported(cli, write("ladder.csv", _statement_rows(header, order, truth)))
    assert by_name(data) == truth


def test_a_statement_per_row_sorted_by_the_levels_names_is_read_in_ladder_order(cli, write):
    truth = codecademy(most=2)
    alphabetical = sorted(LEVELS)  # Senior Software Engineer, Software Engineer, ... Apprentice
    page = _statement_rows(["Band", "Area", "Expectation"], ["level", "competency", "statement"], truth, alphabetical)
    data, run = imported(cli, write("ladder.csv", page))
    assert by_name(data) == truth
    assert "ladder.csv:1: review: the table's rows are not in the order of the levels (sorted by the levels' " \
           "names); the levels are imported in the order their names give: " + ", ".join(LEVELS) in run.stderr


def test_a_statement_per_row_sorted_by_competency_is_read_in_the_order_of_its_numbers(cli, write):
    page = ("Area,Grade,Expectation\n"
            "Delivery,1,Ships small tasks with help\nDelivery,3,Plans the team's quarter\n"
            "Delivery,2,Ships features on their own\nCraft,2,Refactors the code they own\n"
            "Craft,1,Writes tests for their code\nCraft,3,Sets the team's coding standards\n")
    data, run = imported(cli, write("ladder.csv", page))
    assert [level["title"] for level in data["levels"]] == ["Grade 1", "Grade 2", "Grade 3"]
    assert by_name(data)["Grade 2"] == {"Delivery": ["Ships features on their own"],
                                        "Craft": ["Refactors the code they own"]}
    assert "(sorted by another column)" in run.stderr


def test_a_statement_per_row_in_the_ladders_own_order_keeps_it(cli, write):
    page = ("Level,Area,Expectation\nPrincipal,Delivery,Sets the direction of several teams\n"
            "Lead,Delivery,Leads the team's delivery\nStaff,Delivery,Leads projects across teams\n")
    data, run = imported(cli, write("ladder.csv", page))
    assert [level["title"] for level in data["levels"]] == ["Principal", "Lead", "Staff"]
    assert "not in the order of the levels" not in run.stderr


# --- a name written once over several rows of a spreadsheet ---------------------------


def _workbook(fill: Any) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    fill(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_competency_merged_over_its_rows_beside_the_levels_columns(cli, write):
    truth = codecademy(most=3)

    def fill(workbook: Any) -> None:
        sheet = workbook.active
        sheet.append(["Competency", *LEVELS])
        for competency in COMPETENCIES:
            top = sheet.max_row + 1
            for n in range(3):
                sheet.append([competency if n == 0 else None, *(truth[level][competency][n] for level in LEVELS)])
            sheet.merge_cells(start_row=top, start_column=1, end_row=top + 2, end_column=1)

    data, run = imported(cli, write("ladder.xlsx", _workbook(fill)))
    assert by_name(data) == truth
    assert "no competency name" not in run.stderr


def test_a_competency_left_blank_below_its_name_in_a_csv_beside_the_levels_columns(cli, write):
    truth = codecademy(most=2)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Competency", *LEVELS])
    for competency in COMPETENCIES:
        for n in range(2):
            writer.writerow([competency if n == 0 else "", *(truth[level][competency][n] for level in LEVELS)])
    data, run = imported(cli, write("ladder.csv", out.getvalue()))
    assert by_name(data) == truth
    assert "ladder.csv:3: review: a row with no competency name under the row of 'Software Engineering & " \
           "Design': read as more of it, as a name merged over its rows is exported" in run.stderr


@pytest.mark.parametrize("merged", [True, False])
def test_a_sheet_per_level_whose_competencies_are_written_once_over_their_rows(cli, write, merged):
    truth = codecademy(most=3)

    def fill(workbook: Any) -> None:
        workbook.remove(workbook.active)
        for level in LEVELS:
            sheet = workbook.create_sheet(level)
            sheet.append(["Competency", "Expectation"])
            for competency in COMPETENCIES:
                top = sheet.max_row + 1
                for n, statement in enumerate(truth[level][competency]):
                    sheet.append([competency if n == 0 else None, statement])
                if merged:
                    sheet.merge_cells(start_row=top, start_column=1, end_row=sheet.max_row, end_column=1)

    data, run = imported(cli, write("ladder.xlsx", _workbook(fill)))
    assert by_name(data) == truth
    assert "no competency name" not in run.stderr


# --- a page of several tracks ---------------------------------------------------------


def _levels_table(truth: dict[str, dict[str, list[str]]], competencies: list[str]) -> str:
    lines = ["| Competency | " + " | ".join(LEVELS) + " |", "|---" * (len(LEVELS) + 1) + "|"]
    lines += ["| " + competency + " | " + " | ".join("<br>".join(f"• {s}" for s in truth[level][competency])
                                                      for level in LEVELS) + " |" for competency in competencies]
    return "\n".join(lines) + "\n"


def test_tracks_of_the_same_levels_each_a_table_under_its_heading(cli, write, tmp_path):
    truth = codecademy(most=2)
    # The second track's words differ, so that each framework shows it holds its own.
    other = {level: {c: [f"On the web: {s}" for s in said] for c, said in cells.items()} for level, cells in truth.items()}
    page = ("# Engineering Career Framework\n\n## Backend Engineering\n\n" + _levels_table(truth, COMPETENCIES)
            + "\n## Frontend Engineering\n\n" + _levels_table(other, COMPETENCIES))
    out = tmp_path / "frameworks"
    run = cli("import", str(write("ladder.md", page)), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    backend = load_document(str(out / "backend-engineering.yaml"),
                            (out / "backend-engineering.yaml").read_bytes()).data
    frontend = load_document(str(out / "frontend-engineering.yaml"),
                             (out / "frontend-engineering.yaml").read_bytes()).data
    assert (backend["track"], by_name(backend)) == ("Backend Engineering", truth)
    assert (frontend["track"], by_name(frontend)) == ("Frontend Engineering", other)
    assert "repeats the other tables' levels and competencies under a heading of its own" in run.stderr


def test_tables_of_the_same_levels_with_competencies_of_their_own_are_dimensions(cli, write):
    truth = codecademy(most=2)
    page = ("# Engineering Career Framework\n\n## Craft\n\n" + _levels_table(truth, COMPETENCIES[:2])
            + "\n## Teamwork\n\n" + _levels_table(truth, COMPETENCIES[2:]))
    data, _ = imported(cli, write("ladder.md", page))
    assert by_name(data) == truth
    assert [d["name"] for d in data["dimensions"]] == ["Craft", "Teamwork"]


# --- a Google Docs export ---------------------------------------------------------------


def test_google_docs_nested_lists_written_as_lists_of_their_own(cli, write):
    """Google Docs exports a nested list as a list after its parent's, its
    depth in its class ('lst-kix_...-1'), with no heading tags: the levels
    are bold lines, each competency a bullet in bold over its statements."""
    truth = codecademy(most=3)
    parts = ['<html><head><style type="text/css">.c1{font-weight:700}.c7{font-weight:700;font-size:16pt}'
             '.c2{margin-left:36pt}.c4{margin-left:72pt}</style></head><body class="c9 doc-content">',
             '<p class="c3 title"><span class="c7">Engineering Competencies</span></p>']
    for level in LEVELS:
        parts.append(f'<p class="c3"><span class="c7">{html.escape(level)}</span></p>')
        for n, competency in enumerate(COMPETENCIES):
            parts.append(f'<ul class="c8 lst-kix_a1-0{" start" if n == 0 else ""}"><li class="c2 li-bullet-0">'
                         f'<span class="c1">{html.escape(competency)}</span></li></ul>')
            parts.append('<ul class="c8 lst-kix_a1-1 start">' + "".join(
                f'<li class="c4 li-bullet-1"><span class="c0">{html.escape(s)}</span></li>'
                for s in truth[level][competency]) + "</ul>")
    data, _ = imported(cli, write("ladder.html", "".join(parts) + "</body></html>"))
    assert by_name(data) == truth


# --- documents that cannot be imported ---------------------------------------------------


def test_a_quoted_cell_never_closed_is_named_where_it_opens(cli, write):
    page = ('Band,Area,Expectation\nL1,Delivery,Ships small tasks\nL1,Craft,"Writes tests, and\n'
            "L2,Delivery,Plans the team's quarter\nL2,Craft,Sets the coding standards\n")
    run = cli("import", str(write("ladder.csv", page)), "--no-check")
    assert run.exit_code == 2
    assert run.stderr.strip() == ("ladderlint: error: " + str(write("ladder.csv", page)) + ":3:10: a quoted cell "
                                  'opened here is never closed (its closing " is missing): the rest of the file '
                                  "would be read as this one cell")


def test_a_word_document_that_is_no_zip_archive_inside_is_named_with_its_place(cli, write):
    pytest.importorskip("mammoth")
    run = cli("import", str(write("ladder.docx", b"PK\x03\x04 not a zip archive after all")), "--no-check")
    assert run.exit_code == 2
    assert "ladder.docx:1:1: cannot read the Word document" in run.stderr


# --- a title in bold over nested bullets, at one level only --------------------------------


def test_a_bold_bullet_over_nested_bullets_at_one_level_is_a_competency_like_its_siblings(cli, write):
    """Notion's export of toggles: each competency a bullet in bold over its
    statements; one competency only the highest level has."""
    truth = codecademy(most=2)
    truth["Senior Software Engineer"]["Community & Citizenship"] = codecademy_community()
    lines = ["# Engineering Ladder", ""]
    for level in LEVELS:
        lines += [f"## {level}", ""]
        for competency, said in truth[level].items():
            lines.append(f"- **{competency}**")
            lines += [f"    - {s}" for s in said]
        lines.append("")
    data, run = imported(cli, write("ladder.md", "\n".join(lines)))
    assert by_name(data) == truth
    assert "no competency heading" not in run.stderr


def codecademy_community() -> list[str]:
    """The first two statements of Codecademy's 'Community & Citizenship' at its senior level."""
    said, level, competency = [], None, None
    for line in CODECADEMY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            level = line[3:]
        elif line.startswith("### "):
            competency = line[4:]
        elif line.startswith("- ") and level == "Senior Software Engineer" and competency == "Community & Citizenship":
            said.append(line[2:])
    return said[:2]


# --- a heading per competency, the levels under each ---------------------------------------


def _by_competency(truth: dict[str, dict[str, list[str]]]) -> str:
    lines = ["# Engineering Ladder", ""]
    competencies = list(dict.fromkeys(c for cells in truth.values() for c in cells))
    for competency in competencies:
        lines += [f"## {competency}", ""]
        for level in LEVELS:
            if competency in truth[level]:
                lines += [f"### {level}", ""] + [f"- {s}" for s in truth[level][competency]] + [""]
    return "\n".join(lines)


def test_competencies_under_their_headings_that_no_level_shares_with_all_others(cli, write):
    """One competency only the lower levels have, one only the higher: no
    level is under every competency's heading."""
    full = codecademy(most=2)
    truth = {level: {c: said for c, said in cells.items()
                     if not (c == COMPETENCIES[0] and n >= 2) and not (c == COMPETENCIES[2] and n < 2)}
             for n, (level, cells) in enumerate(full.items())}
    data, run = imported(cli, write("ladder.md", _by_competency(truth)))
    assert "layout: competency-per-section" in run.stderr
    assert by_name(data) == truth


def test_a_competency_under_its_heading_at_one_level_only(cli, write):
    truth = codecademy(most=2)
    truth["Senior Software Engineer"]["Community & Citizenship"] = codecademy_community()
    data, run = imported(cli, write("ladder.md", _by_competency(truth)))
    assert by_name(data) == truth
    assert "outside the competencies' levels" not in run.stderr


def test_a_quote_doubled_in_a_cell_far_down_a_csv_is_one_quote(cli, write):
    """The CSV reader guesses the file's dialect from its first lines, where
    no quote is doubled; a cell further down says '"tragedy of the commons"'
    as every spreadsheet writes it: doubled, in a quoted cell with commas."""
    truth = codecademy()
    truth["Senior Software Engineer"]["Execution & Results"].append(
        'You fix "tragedy of the commons" things, such as missing tests, flaky builds, or tech debt.')
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Competency", *LEVELS])
    for competency in COMPETENCIES:
        writer.writerow([competency, *("\n".join(truth[level][competency]) for level in LEVELS)])
    assert '""' not in out.getvalue()[:4096] and '""' in out.getvalue()
    data, _ = imported(cli, write("ladder.csv", out.getvalue()))
    assert by_name(data) == truth


# --- a header of two rows over the competencies' columns -------------------------------------


GROUPS = {"Craft": COMPETENCIES[:2], "Teamwork": COMPETENCIES[2:]}


def _dimensions(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]]


def test_an_html_table_of_levels_as_rows_whose_header_groups_the_competencies(cli, write):
    truth = codecademy(most=2)
    rows = ['<table><thead><tr><th rowspan="2">Level</th>' + "".join(
        f'<th colspan="{len(members)}">{group}</th>' for group, members in GROUPS.items()) + "</tr>",
        "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in COMPETENCIES) + "</tr></thead><tbody>"]
    for level in LEVELS:
        rows.append(f"<tr><td>{html.escape(level)}</td>" + "".join(
            "<td><ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in truth[level][c]) + "</ul></td>"
            for c in COMPETENCIES) + "</tr>")
    page = "<h1>Engineering Ladder</h1>\n" + "\n".join(rows) + "\n</tbody></table>\n"
    data, run = imported(cli, write("ladder.html", page))
    assert by_name(data) == truth
    assert _dimensions(data) == list(GROUPS.items())
    assert "table row that names no level" not in run.stderr


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_spreadsheet_of_levels_as_rows_whose_header_groups_the_competencies(cli, write, suffix):
    truth = codecademy(most=2)
    header = ["Level"] + [group if n == 0 else None for group, members in GROUPS.items() for n in range(len(members))]
    body = [[level] + ["\n".join(truth[level][c]) for c in COMPETENCIES] for level in LEVELS]
    if suffix == "xlsx":
        def fill(workbook: Any) -> None:
            sheet = workbook.active
            sheet.append(header)
            sheet.append([None, *COMPETENCIES])
            sheet.merge_cells("A1:A2")
            sheet.merge_cells("B1:C1")
            for row in body:
                sheet.append(row)
        content: bytes | str = _workbook(fill)
    else:
        out = io.StringIO()
        csv.writer(out).writerows([[h or "" for h in header], ["", *COMPETENCIES], *body])
        content = out.getvalue()
    data, run = imported(cli, write(f"ladder.{suffix}", content))
    assert by_name(data) == truth
    assert _dimensions(data) == list(GROUPS.items())


# --- a level's code and title set apart by a middle dot or a bullet --------------------------


@pytest.mark.parametrize("mark", ["·", "•"])
def test_a_levels_code_set_apart_by_a_middle_dot_is_its_id(cli, write, mark):
    truth = codecademy(most=2)
    header = " | ".join(f"L{n} {mark} {level}" for n, level in enumerate(LEVELS, start=1))
    lines = [f"| Competency | {header} |", "|---" * (len(LEVELS) + 1) + "|"]
    lines += [f"| {c} | " + " | ".join("<br>".join(f"- {s}" for s in truth[level][c]) for level in LEVELS) + " |"
              for c in COMPETENCIES]
    data, _ = imported(cli, write("ladder.md", "# Engineering Ladder\n\n" + "\n".join(lines) + "\n"))
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        (f"L{n}", level) for n, level in enumerate(LEVELS, start=1)]
    assert by_name(data) == truth


# --- a database's export, and bullets typed in one line of a cell ---------------------------


def test_a_databases_export_of_a_row_per_level_reports_its_rows_properties(cli, write):
    """Notion exports a database of levels as CSV (with a byte order mark):
    'Name', a column per competency, then each row's properties."""
    truth = codecademy(most=2)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Name", *COMPETENCIES, "Tags", "Created"])
    for level in LEVELS:
        writer.writerow([level, *("\n".join(truth[level][c]) for c in COMPETENCIES), "IC", "March 3, 2024 4:12 PM"])
    data, run = imported(cli, write("Levels 8a1b2c3d4e5f.csv", ("\ufeff" + out.getvalue()).encode("utf-8")))
    assert by_name(data) == truth
    assert ":1: not placed: column 'Tags', a property of each row as a database exports it, not part of the " \
           "ladder: IC | IC | IC | IC" in run.stderr


@pytest.mark.parametrize("listing", [", ", "; ", " / ", "\n"])
def test_a_databases_multi_select_of_levels_puts_the_statement_at_each(cli, write, listing):
    """A database's export (Notion, Airtable) of a statement per row whose
    level column is a multi-select: the cell lists each level the
    statement is at ('E1, E2'), the statement is copied to each."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Name", "Levels", "Competency"])
    writer.writerow(["Writes tests for their own code", listing.join(["E1", "E2"]), "Quality"])
    writer.writerow(["Reviews others' pull requests", listing.join(["E2", "E3"]), "Quality"])
    writer.writerow(["Defines quality standards for the team", "E3", "Quality"])
    writer.writerow(["Delivers tasks on time", "E1", "Delivery"])
    writer.writerow(["Delivers features on time", "E2", "Delivery"])
    writer.writerow(["Delivers projects on time", "E3", "Delivery"])
    data, run = imported(cli, write("Expectations 8a1b2c3d4e5f.csv", out.getvalue()))
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("E1", "E1"), ("E2", "E2"), ("E3", "E3")]
    assert by_name(data) == {
        "E1": {"Quality": ["Writes tests for their own code"], "Delivery": ["Delivers tasks on time"]},
        "E2": {"Quality": ["Writes tests for their own code", "Reviews others' pull requests"],
               "Delivery": ["Delivers features on time"]},
        "E3": {"Quality": ["Reviews others' pull requests", "Defines quality standards for the team"],
               "Delivery": ["Delivers projects on time"]},
    }
    assert "2 of the table's rows each list several levels in their column 'Levels' (a multi-select): each " \
           "statement listed at several levels was copied to each of them" in run.stderr
    assert "not in the order of the levels" not in run.stderr


def test_bullets_typed_in_one_line_of_a_spreadsheets_cell_are_statements_each(cli, write):
    truth = codecademy(most=3)
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t")
    writer.writerow(["Competency", *LEVELS])
    for competency in COMPETENCIES:
        writer.writerow([competency, *("• " + " • ".join(truth[level][competency]) for level in LEVELS)])
    data, _ = imported(cli, write("ladder.tsv", out.getvalue()))
    assert by_name(data) == truth


def test_bullets_typed_at_the_start_of_lines_of_an_html_tables_cell(cli, write):
    """A wiki's or a CMS's table, its cells' bullets typed ('• ', '- ') on
    lines broken by <br>: a statement each, without the mark."""
    truth = codecademy(most=3)
    rows = ["<table><tr><th>Competency</th>" + "".join(f"<th>{html.escape(lv)}</th>" for lv in LEVELS) + "</tr>"]
    for n, competency in enumerate(COMPETENCIES):
        mark = "•" if n % 2 == 0 else "-"
        rows.append(f"<tr><td>{html.escape(competency)}</td>" + "".join(
            "<td>" + "<br>".join(f"{mark} {html.escape(s)}" for s in truth[level][competency]) + "</td>"
            for level in LEVELS) + "</tr>")
    data, _ = imported(cli, write("ladder.html", "<h1>Engineering Ladder</h1>\n" + "\n".join(rows) + "\n</table>\n"))
    assert by_name(data) == truth


# --- bullets typed as symbols, where no list was made ------------------------------------------


def test_bullets_typed_on_the_lines_of_a_markdown_paragraph_are_statements_each(cli, write):
    truth = codecademy(most=3)
    lines = ["# Engineering Ladder", ""]
    for level in LEVELS:
        lines += [f"## {level}", ""]
        for competency in COMPETENCIES:
            lines += [f"### {competency}", ""] + [f"• {s}" for s in truth[level][competency]] + [""]
    data, _ = imported(cli, write("ladder.md", "\n".join(lines)))
    assert by_name(data) == truth


@pytest.mark.parametrize("joined", ["</p><p>", "<br>"])
def test_bullets_typed_in_html_paragraphs_are_statements_each(cli, write, joined):
    truth = codecademy(most=3)
    parts = ["<h1>Engineering Ladder</h1>"]
    for level in LEVELS:
        parts.append(f"<h2>{html.escape(level)}</h2>")
        for competency in COMPETENCIES:
            parts.append(f"<h3>{html.escape(competency)}</h3><p>"
                         + joined.join(f"• {html.escape(s)}" for s in truth[level][competency]) + "</p>")
    data, _ = imported(cli, write("ladder.html", "\n".join(parts)))
    assert by_name(data) == truth


# --- a document typed without heading styles, its title in bold too ---------------------------


def _word_document(paragraphs: list[tuple[str, bool]]) -> bytes:
    """A .docx of paragraphs, each (text, in bold), with no style at all."""
    body = "".join(f'<w:p><w:r><w:rPr>{"<w:b/>" if bold else ""}</w:rPr><w:t xml:space="preserve">'
                   f"{html.escape(text)}</w:t></w:r></w:p>" for text, bold in paragraphs)
    return word_package(body)


def test_a_word_document_without_heading_styles_its_title_in_bold_too(cli, write):
    """Its title, its levels and its competencies all lines in bold (mammoth
    keeps no font size), its bullets typed: the first line, naming no
    level, is the title; the levels' lines the levels."""
    pytest.importorskip("mammoth")
    truth = codecademy(most=2)
    paragraphs = [("Engineering Ladder", True)]
    for level in LEVELS:
        paragraphs.append((level, True))
        for competency in COMPETENCIES:
            paragraphs += [(competency, True)] + [(f"• {s}", False) for s in truth[level][competency]]
    data, run = imported(cli, write("ladder.docx", _word_document(paragraphs)))
    assert by_name(data) == truth
    assert data["name"].endswith("Engineering Ladder")


@pytest.mark.parametrize("title", ["Engineering Ladder", "Engineering Ladder 2024", "Engineering Ladder (2024)",
                                   "Engineering Ladder – 2024 edition"])
def test_a_markdown_page_of_lines_in_bold_under_a_title_in_bold(cli, write, title):
    """A year in the title numbers no level: the title is no level of its own."""
    truth = codecademy(most=2)
    lines = [f"**{title}**", ""]
    for level in LEVELS:
        lines += [f"**{level}**", ""]
        for competency in COMPETENCIES:
            lines += [f"**{competency}**", ""] + [f"- {s}" for s in truth[level][competency]] + [""]
    data, _ = imported(cli, write("ladder.md", "\n".join(lines)))
    assert by_name(data) == truth


# --- a column that names each row's track ------------------------------------------------------


def test_a_statement_per_row_with_a_column_of_tracks_is_a_ladder_per_track(cli, write, tmp_path):
    truth = codecademy(most=2)
    other = {level: {c: [f"On the web: {s}" for s in said] for c, said in cells.items()} for level, cells in truth.items()}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Job family", "Level", "Competency", "Expectation"])
    for track, words in (("Backend", truth), ("Frontend", other)):
        for n, (level, cells) in enumerate(words.items()):
            for competency, said in cells.items():
                for statement in said:
                    # The track written once over its rows, blank below (merged cells).
                    writer.writerow([track if n == 0 and competency == COMPETENCIES[0] and statement == said[0] else "",
                                     level, competency, statement])
    frameworks = tmp_path / "frameworks"
    run = cli("import", str(write("ladder.csv", out.getvalue())), "--split-tracks", "-o", str(frameworks), "--no-check")
    assert run.exit_code == 0, run.stderr
    got = {path.stem: load_document(str(path), path.read_bytes()).data for path in frameworks.glob("*.yaml")}
    assert {name: (data["track"], by_name(data)) for name, data in got.items()} == {
        "backend": ("Backend", truth), "frontend": ("Frontend", other)}
    assert "ladder.csv:1: layout: track 'Frontend': the table's column 'Job family' names each row's track" in run.stderr
    # Without --split-tracks: which to import is asked, as for any page of two tracks.
    run = cli("import", str(write("ladder.csv", out.getvalue())), "--no-check")
    assert run.exit_code == 2 and "the document holds 2 tracks: 'Backend'" in run.stderr


def test_tables_under_headings_the_user_calls_dimensions_are_one_ladder(cli, write):
    """Two tables that share half their competency names read as two tracks;
    --dimension-heading says their headings are dimensions instead."""
    table = "| Competency | Junior | Senior |\n| --- | --- | --- |\n"
    page = ("# Ladder\n\n## Technical\n\n" + table + "| Craft | Writes code | Designs systems |\n"
            "| Ownership | Owns tasks | Owns services |\n| Delivery | Ships tasks | Ships projects |\n\n"
            "## Leadership\n\n" + table + "| Mentoring | Learns | Mentors |\n| Ownership | Follows | Leads projects |\n"
            "| Delivery | Reports | Plans |\n")
    path = write("ladder.md", page)
    run = cli("import", str(path), "--no-check", "-o", str(path.with_suffix(".yaml")))
    assert run.exit_code == 2 and "say which with --dimension-heading" in run.stderr
    data, _ = imported(cli, path, "--dimension-heading", "h2")
    assert [d["name"] for d in data["dimensions"]] == ["Technical", "Leadership"]
    assert [len(d["competencies"]) for d in data["dimensions"]] == [3, 3]


def _styled_paragraph(style: str, text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


_WORD_STYLES = "".join(f'<w:style w:type="paragraph" w:styleId="{style}"><w:name w:val="{name}"/></w:style>'
                       for style, name in [("Title", "Title"), ("Subtitle", "Subtitle"),
                                           ("Heading1", "heading 1"), ("Heading2", "heading 2")])


def test_a_word_subtitle_that_is_the_version_line_gives_the_version_not_the_description(cli, write):
    """Word's Subtitle 'Version 2.0 · Approved by ...' over a paragraph that
    says what the framework is: the version is the framework's, the line is
    reported, and the paragraph is the description."""
    body = (_styled_paragraph("Title", "Echidna Engineering Career Framework")
            + _styled_paragraph("Subtitle", "Version 2.0 · Approved by the Engineering Leadership Team")
            + "<w:p><w:r><w:t>This framework sets out what we expect of engineers at Echidna at each level.</w:t></w:r></w:p>")
    for level, said in [("Graduate Engineer", "Writes small features"), ("Engineer", "Designs features")]:
        body += _styled_paragraph("Heading1", level) + _styled_paragraph("Heading2", "Delivery")
        body += f"<w:p><w:r><w:t>{said} with tests.</w:t></w:r></w:p>"
    data, run = imported(cli, write("ladder.docx", word_package(body, _WORD_STYLES)))
    assert data["description"] == "This framework sets out what we expect of engineers at Echidna at each level."
    assert data["version"] == "2.0.0"
    assert "record line gives the framework's version (set it with --version): 2.0.0" in run.stderr
    assert "not placed: the page's record of its authors and edits, not part of the ladder: Version 2.0" in run.stderr


def test_a_google_docs_subtitle_that_is_an_edition_line_is_no_description(cli, write):
    """A Google Docs subtitle naming the edition, over a paragraph saying what
    the document describes: that paragraph is the description, the subtitle
    is reported."""
    page = ('<html><body><p class="title">Wombat Labs Engineering Ladder</p>'
            '<p class="subtitle">Individual contributor track, 2025 edition</p>'
            "<p>This document describes what we expect of engineers at each level at Wombat Labs.</p>"
            "<h1>E1 Associate Engineer</h1><h2>Delivery</h2><ul><li>Ships small tasks</li></ul>"
            "<h1>E2 Engineer</h1><h2>Delivery</h2><ul><li>Ships features</li></ul></body></html>")
    data, run = imported(cli, write("ladder.html", page))
    assert data["description"] == "This document describes what we expect of engineers at each level at Wombat Labs."
    assert "not placed: the document's subtitle (a line of its record: version, edition), not its description: " \
           "the paragraph below says what the framework is: Individual contributor track, 2025 edition" in run.stderr
