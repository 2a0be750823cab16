"""Workbooks written by hand, as people write them in Excel: a level's title
left blank over its code, a header cell broken over two lines (Alt+Enter),
sentences broken inside a cell, a column naming the track, notes at the top
of a glossary sheet. Each workbook is built here with openpyxl."""

from __future__ import annotations

import re

import pytest

from import_helpers import cells, imported, workbook_file

STATEMENTS = [("Coding", "Writes readable code.", "Writes maintainable code.", "Designs modules.", "Sets standards."),
              ("Delivery", "Ships small tasks.", "Owns features.", "Leads projects.", "Leads programmes.")]


# --- a row of codes names the levels of its columns ---------------------------------

@pytest.mark.parametrize("header", [
    # Codes over titles, one title left blank.
    [("Competency", "L1", "L2", "L3", "L4"), (None, "Junior", "Mid", None, "Staff")],
    # Titles over codes, one title left blank.
    [("Competency", "Junior", "Mid", None, "Staff"), (None, "L1", "L2", "L3", "L4")],
])
def test_a_level_whose_title_is_blank_is_named_by_its_code(cli, tmp_path, header):
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", header + STATEMENTS))
    for args in ((), ("--layout", "levels-as-columns")):
        data, run = imported(cli, path, "--org", "Acme", *args)
        assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
            ("L1", "Junior"), ("L2", "Mid"), ("L3", "L3"), ("L4", "Staff")]
        assert cells(data)["L3"] == {"coding": ["Designs modules."], "delivery": ["Leads projects."]}
        assert re.search(r"ladder\.xlsx:'Ladder'![A-E]2: review: levels with no title beside their codes, titled by their "
                         r"codes; write their titles: L3", run.stderr)
        assert "not placed: in a column" not in run.stderr


def test_a_title_the_import_does_not_know_over_a_code_is_a_level(cli, tmp_path):
    rows = [("Competency", "Associate", "Engineer", "Senior", "Staff"), (None, "IC1", "IC2", "IC3", "IC4")]
    data, run = imported(cli, workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows + STATEMENTS)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("IC1", "Associate"), ("IC2", "Engineer"), ("IC3", "Senior"), ("IC4", "Staff")]
    assert cells(data)["IC2"] == {"coding": ["Writes maintainable code."], "delivery": ["Owns features."]}
    assert "names no level" not in run.stderr


def test_a_first_row_of_short_statements_with_a_blank_is_no_row_of_titles(cli, tmp_path):
    rows = [("Competency", "L1", "L2", "L3", "L4"), ("Coding", "Writes code", "Reviews code", None, "Sets standards")]
    data, _ = imported(cli, workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows + STATEMENTS[1:])), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [(f"L{n}", f"L{n}") for n in range(1, 5)]
    assert cells(data)["L1"]["coding"] == ["Writes code"]


# --- a line break between a level's code and its title -------------------------------

@pytest.mark.parametrize("written", [
    ["L1\nJunior Engineer", "L2\nEngineer", "L3\nSenior Engineer"],
    ["Junior Engineer\nL1", "Engineer\nL2", "Senior Engineer\nL3"],
    ["Junior Engineer\n(L1)", "Engineer\n(L2)", "Senior Engineer\n(L3)"],
])
def test_a_line_break_parts_a_levels_code_from_its_title(cli, tmp_path, written):
    truth = [("L1", "Junior Engineer"), ("L2", "Engineer"), ("L3", "Senior Engineer")]
    columns = [("Competency", *written)] + [row[:4] for row in STATEMENTS]
    data, _ = imported(cli, workbook_file(tmp_path / "columns.xlsx", ("Ladder", columns)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == truth
    assert cells(data)["L2"] == {"coding": ["Writes maintainable code."], "delivery": ["Owns features."]}
    rows = [("Level", "Coding", "Delivery")] + [(level, STATEMENTS[0][n], STATEMENTS[1][n])
                                                for n, level in enumerate(written, start=1)]
    data, _ = imported(cli, workbook_file(tmp_path / "rows.xlsx", ("Ladder", rows)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == truth
    assert cells(data)["L2"] == {"coding": ["Writes maintainable code."], "delivery": ["Owns features."]}


def test_a_line_break_inside_a_title_is_no_code(cli, tmp_path):
    header = ("Competency", "Junior\nEngineer", "Software\nEngineer", "Senior\nEngineer")
    data, _ = imported(cli, workbook_file(tmp_path / "ladder.xlsx", ("Ladder", [header] + [r[:4] for r in STATEMENTS])),
                       "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Software Engineer", "Senior Engineer"]


# --- line breaks inside a cell -------------------------------------------------------

@pytest.mark.parametrize("written, meant", [
    # A sentence broken where the author pressed Alt+Enter, or pasted it wrapped: one statement.
    ("Writes clear code and\nreviews others' changes.", ["Writes clear code and reviews others' changes."]),
    ("Breaks down tasks with help from\nmore senior engineers on the team",
     ["Breaks down tasks with help from more senior engineers on the team"]),
    ("Designs systems that span\nseveral services, and\nDocuments them.",
     ["Designs systems that span several services, and Documents them."]),
    ("• Writes tests for the code\nthey change\n• Reviews changes",
     ["Writes tests for the code they change", "Reviews changes"]),
    # Lines that each say one thing: a statement each.
    ("Writes clear code.\nReviews others' changes.", ["Writes clear code.", "Reviews others' changes."]),
    ("Writes clear code\nReviews others' changes", ["Writes clear code", "Reviews others' changes"]),
    ("- writes clear code\n- reviews changes", ["writes clear code", "reviews changes"]),
    ("1. Writes clear code\n2. reviews changes", ["Writes clear code", "reviews changes"]),
    ("writes clear code\nreviews changes", ["writes clear code", "reviews changes"]),
    ("Writes clear code and\n\nreviews changes", ["Writes clear code and", "reviews changes"]),
    # Lines that each end in a comma list one thing each; after a comma only lower case goes on.
    ("Ships small tasks with help,\nAsks questions early,", ["Ships small tasks with help,", "Asks questions early,"]),
    ("Works with design, product,\nand data teams.", ["Works with design, product, and data teams."]),
])
def test_a_line_break_inside_a_cell_parts_statements_not_sentences(cli, tmp_path, written, meant):
    rows = [("Competency", "L1", "L2"), ("Coding", written, "Designs modules."),
            ("Delivery", "Ships small tasks.", "Owns features.")]
    data, _ = imported(cli, workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows)), "--org", "Acme")
    assert cells(data)["L1"]["coding"] == meant
    csv = "\n".join(",".join('"' + (c or "").replace('"', '""') + '"' for c in row) for row in rows) + "\n"
    (tmp_path / "ladder.csv").write_text(csv, encoding="utf-8")
    data, _ = imported(cli, tmp_path / "ladder.csv", "--org", "Acme")
    assert cells(data)["L1"]["coding"] == meant


# --- a column that names the track ---------------------------------------------------

TRACK_TRUTH = {"L1": {"coding": ["Writes readable code."], "delivery": ["Ships small tasks."]},
               "L2": {"coding": ["Writes maintainable code."], "delivery": ["Owns features."]},
               "L3": {"coding": ["Designs modules."], "delivery": ["Leads projects."]}}


@pytest.mark.parametrize("rows, merged", [
    # Levels as columns, the track said on every row, or once over the rows it spans (merged).
    ([("Track", "Competency", "L1", "L2", "L3")] + [("Backend",) + row[:4] for row in STATEMENTS], None),
    ([("Track", "Competency", "L1", "L2", "L3")] + [("Backend" if n == 0 else None,) + row[:4]
                                                    for n, row in enumerate(STATEMENTS)], "A2:A3"),
    ([("Competency", "L1", "L2", "L3", "Track")] + [row[:4] + ("Backend",) for row in STATEMENTS], None),
    # Levels as rows, the track's column among the competencies'.
    ([("Level", "Title", "Track", "Coding", "Delivery")]
     + [(f"L{n}", title, "Backend", STATEMENTS[0][n], STATEMENTS[1][n])
        for n, title in enumerate(["Junior Engineer", "Engineer", "Senior Engineer"], start=1)], None),
])
def test_a_column_that_names_the_track_is_the_track(cli, tmp_path, rows, merged):
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows))
    if merged:
        openpyxl = pytest.importorskip("openpyxl")
        workbook = openpyxl.load_workbook(path)
        workbook.active.merge_cells(merged)
        workbook.save(path)
    data, run = imported(cli, path, "--org", "Acme")
    assert data["track"] == "Backend"
    assert cells(data) == TRACK_TRUTH
    assert "its column 'Track' names the track, 'Backend'" in run.stderr
    assert "Backend" not in run.stderr.replace("'Backend'", "")  # never reported as text
    assert "track" not in {c["id"] for d in data["dimensions"] for c in d["competencies"]}


def test_a_column_that_names_several_tracks_parts_the_table(cli, tmp_path):
    rows = [("Track", "Competency", "L1", "L2", "L3")] + [("Backend",) + row[:4] for row in STATEMENTS] + [
        ("Frontend", "Coding", "Writes accessible markup.", "Builds reusable components.", "Designs the UI kit."),
        ("Frontend", "Delivery", "Ships UI tasks.", "Owns UI features.", "Leads UI projects.")]
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows))
    run = cli("import", str(path), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.yaml")) == ["acme-backend.yaml", "acme-frontend.yaml"]
    data, _ = imported(cli, path, "--org", "Acme", "--track", "Frontend")
    assert cells(data)["L2"] == {"coding": ["Builds reusable components."], "delivery": ["Owns UI features."]}
    # The table is read in its two parts, not reported besides.
    assert "outside the tables" not in run.stderr and "names no level" not in run.stderr


# --- notes on a glossary sheet ---------------------------------------------------------

LADDER = [("Competency", "L1", "L2")] + [row[:3] for row in STATEMENTS]
TERMS = [("Ownership", "Taking responsibility for outcomes"), ("Impact", "The effect of the work")]


@pytest.mark.parametrize("glossary, note", [
    ([("Term", "Meaning"), *TERMS, ("Instructions", "Fill this in with your manager")],
     "'Glossary'!A4: not placed: in the glossary, but defines no term: Instructions | Fill this in with your manager"),
    ([("Instructions", "Add a term and its meaning in the rows below."), ("Term", "Meaning"), *TERMS],
     "'Glossary'!A1: not placed: in the glossary, but defines no term: Instructions | Add a term and its meaning in the rows "
     "below."),
    ([("How to use this sheet: add a term in column A and what it means in column B.",), ("Term", "Meaning"), *TERMS],
     "'Glossary'!A1: not placed: a note on using the sheet, left out: How to use this sheet: add a term in column A"),
    ([("Term", "Meaning"), ("These terms are reviewed each year by the working group.",), *TERMS],
     "'Glossary'!A2: not placed: in the glossary, but defines no term: These terms are reviewed each year"),
    ([("Term", "Meaning"), *TERMS, ("Notes", "Ask in #eng-careers", "2024")],
     "'Glossary'!A4: not placed: in the glossary, but defines no term: Notes | Ask in #eng-careers | 2024"),
])
def test_a_note_on_a_glossary_sheet_is_no_term(cli, tmp_path, glossary, note):
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", LADDER), ("Glossary", glossary))
    data, run = imported(cli, path, "--org", "Acme")
    assert data["glossary"] == dict(TERMS)
    assert f"ladder.xlsx:{note}" in run.stderr
    assert "named after" not in run.stderr


def test_a_table_of_other_rows_under_a_glossary_sheet_is_still_no_glossary(cli, tmp_path):
    rows = [("Term", "Meaning"), ("Ownership", "Taking responsibility", "for outcomes", "always"),
            ("Impact", "The effect", "of the work", "always"), ("Scope", "Where", "the work", "lands")]
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", LADDER), ("Glossary", rows))
    data, _ = imported(cli, path, "--org", "Acme")
    assert "glossary" not in data


def test_a_competency_named_like_a_track_column_stays_a_competency(cli, tmp_path):
    rows = [("Level", "Coding", "Discipline"), ("L1", "Writes code", "Shows up prepared"),
            ("L2", "Designs modules", "Keeps commitments"), ("L3", "Designs systems", "Sets the pace")]
    data, _ = imported(cli, workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows)), "--org", "Acme")
    assert cells(data)["L2"] == {"coding": ["Designs modules"], "discipline": ["Keeps commitments"]}
