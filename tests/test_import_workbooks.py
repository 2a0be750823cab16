"""What a workbook keeps besides its cells' text, as `ladderlint import`
reads it: formulas and the values saved with them, the places its report
names (a sheet and a cell), and the rows a filter hides."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from import_helpers import cells, imported

HEADER = ("Competency", "L1", "L2")


def _save(workbook, path: Path, saved: dict[str, str] | None = None) -> Path:
    """Save ``workbook``; ``saved`` gives formulas' cells the text value a
    spreadsheet program saves beside each formula (openpyxl writes none)."""
    workbook.save(path)
    if saved:
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
        for reference, value in saved.items():
            sheet, count = re.subn(rf'<c r="{reference}"([^>]*)><f>(.*?)</f><v\s*(?:/>|></v>)',
                                   rf'<c r="{reference}"\1 t="str"><f>\2</f><v>{value}</v>', sheet)
            assert count == 1, sheet
        parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    return path


def _ladder(title: str = "Levels"):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(HEADER)
    sheet.append(("Coding", "Writes code.", "Reviews code."))
    sheet.append(("Planning", "Plans tasks.", "Plans projects."))
    return workbook, sheet


def test_a_formula_with_no_saved_value_is_reported_with_its_cell(cli, tmp_path):
    workbook, sheet = _ladder()
    sheet["C3"] = '=B3&" and projects."'
    data, run = imported(cli, _save(workbook, tmp_path / "ladder.xlsx"), "--org", "Acme")
    assert "planning" not in cells(data)["L2"]
    assert "'Levels'!C3" in run.stderr
    assert "a formula with no saved value, left out: open and save the workbook in a spreadsheet program, " \
           "or paste values: =B3&\" and projects.\"" in run.stderr


def test_a_formula_with_a_saved_value_reads_its_value(cli, tmp_path):
    workbook, sheet = _ladder()
    sheet["C3"] = '=B3&" and projects."'
    data, run = imported(cli, _save(workbook, tmp_path / "ladder.xlsx", {"C3": "Plans tasks. and projects."}),
                         "--org", "Acme")
    assert cells(data)["L2"]["planning"] == ["Plans tasks. and projects."]
    assert "no saved value" not in run.stderr


def test_a_formula_whose_saved_value_is_empty_text_is_an_empty_cell(cli, tmp_path):
    workbook, sheet = _ladder()
    sheet["D1"], sheet["D2"] = "Notes", '=IF(B2="","missing","")'
    data, run = imported(cli, _save(workbook, tmp_path / "ladder.xlsx", {"D2": ""}), "--org", "Acme")
    assert cells(data)["L2"]["coding"] == ["Reviews code."]
    assert "no saved value" not in run.stderr


def test_the_report_names_the_sheet_and_the_cell_of_what_it_says(cli, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Read me"
    first.append(("How to read this ladder",))
    first.append(("Levels are cumulative.",))
    sheet = workbook.create_sheet("Team's ladder")
    sheet.append(("Engineering Ladder",))
    sheet.append(("Competency", "L1", "L2", "Notes"))
    sheet.append(("Coding", "Writes code.", "Reviews code.", None))
    sheet.append(("Planning", "Plans tasks.", "Plans projects.", "Revisit in Q3"))
    data, run = imported(cli, _save(workbook, tmp_path / "ladder.xlsx"), "--org", "Acme")
    assert cells(data)["L2"] == {"coding": ["Reviews code."], "planning": ["Plans projects."]}
    # Row 4 of the second sheet, its fourth column: not line 4, which the first sheet has too.
    assert "ladder.xlsx:'Team''s ladder'!D4: not placed: in column 'Notes', which names no level: Revisit in Q3" \
        in run.stderr
    assert "ladder.xlsx:'Team''s ladder'!A2: layout: levels-as-columns: the table on row 2 of sheet " \
           "'Team's ladder' names 2 levels" in run.stderr
    assert "ladder.xlsx:'Read me'!A1: not placed: outside the tables of the ladder: How to read this ladder" \
        in run.stderr


def test_an_error_about_a_workbook_names_its_sheet_and_cell(cli, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.title = "Owners"
    for row in [("Topic", "Owner", "Since"), ("Hiring", "Ana", "2021"), ("Onboarding", "Bo", "2022")]:
        workbook.active.append(row)
    path = _save(workbook, tmp_path / "owners.xlsx")
    run = cli("import", str(path), "--org", "Acme")
    assert run.exit_code == 2 and "Traceback" not in run.stderr
    assert f"{path}:'Owners'!A1: cannot tell which level this document describes" in run.stderr


MATRIX = [("Competency", "L1", "L2", "L3", "L4"),
          ("Python", "Beginner", "Intermediate", "Advanced", "Expert"),
          ("SQL", "", "Beginner", "Intermediate", "Advanced"),
          ("Communication", "Intermediate", "Intermediate", "Advanced", "Expert")]


def _matrix_truth() -> dict[str, dict[str, object]]:
    truth: dict[str, dict[str, object]] = {}
    for row in MATRIX[1:]:
        for level, said in zip(MATRIX[0][1:], row[1:]):
            truth.setdefault(level, {})[row[0].lower()] = {"proficiency": said.lower()} if said else \
                {"not_applicable": "SQL starts at L2"}
    return truth


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_skills_matrix_of_proficiencies_under_the_levels_is_imported(cli, tmp_path, kind):
    if kind == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        workbook = openpyxl.Workbook()
        for row in MATRIX:
            workbook.active.append([value or None for value in row])
        path = _save(workbook, tmp_path / "skills.xlsx")
    else:
        path = tmp_path / "skills.csv"
        path.write_text("".join(",".join(row) + "\n" for row in MATRIX), encoding="utf-8")
    data, run = imported(cli, path, "--org", "Acme")
    assert data["proficiency_scale"] == ["beginner", "intermediate", "advanced", "expert"]
    assert cells(data) == _matrix_truth()
    assert "its cells the proficiency each level expects of a competency (a skills matrix)" in run.stderr
    assert "cannot tell which level" not in run.stderr
    assert "(11 cells naming a proficiency)" in run.stderr
    # What it writes is a framework `check` reads without an error.
    out = tmp_path / "skills-out.yaml"
    checked = cli("check", str(out))
    assert checked.exit_code == 0, checked.output + checked.stderr


def test_a_proficiency_among_statements_is_a_statement(cli, tmp_path):
    workbook, sheet = _ladder()
    sheet["C3"] = "Advanced"
    data, _ = imported(cli, _save(workbook, tmp_path / "ladder.xlsx"), "--org", "Acme")
    assert cells(data)["L2"]["planning"] == ["Advanced"]
    assert "proficiency_scale" not in data


def test_a_sheet_per_track_says_each_track_at_its_sheet(cli, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for n, track in enumerate(("Backend", "Frontend")):
        sheet = workbook.active if n == 0 else workbook.create_sheet()
        sheet.title = track
        sheet.append(("Competency", "E1", "E2"))
        sheet.append((f"{track} design", f"Builds simple {track} parts", f"Designs {track} parts"))
        sheet.append(("Testing", f"Tests own {track} code", f"Plans {track} tests"))
    path = _save(workbook, tmp_path / "tracks.xlsx")
    run = cli("import", str(path), "--org", "Acme", "--split-tracks", "-o", str(tmp_path / "out"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "tracks.xlsx:'Frontend'!A1: layout: track 'Frontend'" in run.stderr
    assert "tracks.xlsx:'Backend'!A1: layout: track 'Backend'" in run.stderr


def test_an_error_about_two_workbooks_names_the_cell_of_each(cli, tmp_path):
    paths = []
    for name in ("one", "two"):
        workbook, sheet = _ladder()
        sheet.append(("Review", "Reviews a change.", "Reviews a design."))
        paths.append(str(_save(workbook, tmp_path / f"{name}.xlsx")))
    run = cli("import", *paths, "--org", "Acme")
    assert run.exit_code == 2 and "Traceback" not in run.stderr
    assert f"{paths[1]}:'Levels'!A1: level L1 is also described in {paths[0]}:'Levels'!A1, with the same " \
           "competencies" in run.stderr


VERBS = ("Writes", "Reviews", "Designs", "Leads", "Shapes", "Sets", "Steers", "Guides", "Defines")


def test_text_left_out_of_many_workbooks_is_said_once_with_its_cell(cli, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    for n in (1, 2, 3):
        workbook = openpyxl.Workbook()
        workbook.active.title = "Ladder"
        workbook.active.append(("Level", "Title", "Coding", "Planning"))
        for code, title in zip(range(3 * n - 2, 3 * n + 1), ("Engineer", "Senior Engineer", "Staff Engineer")):
            verb = VERBS[code - 1]
            workbook.active.append((f"L{code}", title, f"{verb} code.", f"{verb} plans."))
        _save(workbook, tmp_path / f"page{n}.xlsx")
    run = cli("import", str(tmp_path), "--org", "Acme", "-o", str(tmp_path.parent / "out.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "on 3 pages ('Ladder'!B1 of each: page1.xlsx, page2.xlsx, page3.xlsx): not placed: table column " \
           "header, not content: Title" in run.stderr
