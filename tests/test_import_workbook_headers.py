"""`ladderlint import` of Excel workbooks: what stands above and in the
header rows (merged cells over the columns), and a workbook with nothing
in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pytest

from import_helpers import imported, workbook_file


def merged_workbook(path: Path, rows: Sequence[Sequence[Any]], merges: Sequence[str]) -> Path:
    """A workbook of one sheet of ``rows`` with the cells ``merges`` names merged."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Matrix"
    for row in rows:
        sheet.append(list(row))
    for area in merges:
        sheet.merge_cells(area)
    workbook.save(path)
    return path


def test_a_workbook_with_nothing_in_it_says_so(cli, tmp_path):
    path = workbook_file(tmp_path / "ladder.xlsx", ("Sheet", []))
    run = cli("import", str(path), "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 2
    assert "ladder.xlsx: the workbook holds no data (every sheet is empty); nothing to import" in run.stderr
    assert "Traceback" not in run.stderr and "cannot tell which level" not in run.stderr


def test_a_title_column_header_merged_down_a_two_row_header_is_reported(cli, tmp_path):
    rows = [
        ("Level", "Title", "Engineering", None, "Leadership", None),
        (None, None, "Code quality", "Architecture", "Mentoring", "Decision making"),
        ("B1", "Junior Developer", "Writes readable code", "Follows the existing architecture",
         "Asks for reviews early", "Escalates decisions to their lead"),
        ("B2", "Developer", "Refactors code to keep it clean", "Designs modules", "Buddies new joiners",
         "Makes decisions within their feature"),
        ("B3", "Senior Developer", "Sets code quality standards", "Designs services and their interfaces",
         "Mentors developers", "Makes decisions for the team"),
    ]
    path = merged_workbook(tmp_path / "ladder.xlsx", rows, ["A1:A2", "B1:B2", "C1:D1", "E1:F1"])
    data, run = imported(cli, path)
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("B1", "Junior Developer"), ("B2", "Developer"), ("B3", "Senior Developer")]
    assert [d["name"] for d in data["dimensions"]] == ["Engineering", "Leadership"]
    assert "'Matrix'!A1: not placed: table column header, not content: Level" in run.stderr
    assert "'Matrix'!B1: not placed: table column header, not content: Title" in run.stderr


def _banded(levels: Sequence[str]) -> list[Sequence[Any]]:
    return [
        ("Tidewater Data Engineering Ladder", None, None, None, None),
        (None, None, None, None, None),
        (None, None, "Individual contributor", None, None),
        ("Dimension", "Competency", *levels),
        ("Technical", "Pipelines", "Builds batch pipelines from a template", "Designs batch and streaming pipelines",
         "Sets pipeline standards across teams"),
        (None, "Data quality", "Adds checks to the pipelines they build", "Defines data contracts with producers",
         "Owns the data quality strategy"),
    ]


def test_a_band_merged_over_the_levels_columns_is_no_description(cli, tmp_path):
    """A band over the levels' columns says whose ladder it is; where the
    levels' titles name the track, a notice says so."""
    levels = ("D1 Data Engineer I", "D2 Data Engineer II", "D3 Senior Data Engineer")
    path = merged_workbook(tmp_path / "ladder.xlsx", _banded(levels), ["C3:E3"])
    data, run = imported(cli, path)
    assert "description" not in data
    assert data["track"] == "Data Engineer"
    assert "'Matrix'!C3: review: a band merged over the levels' columns says 'Individual contributor'; the track " \
           "is 'Data Engineer' (set it with --track)" in run.stderr


def test_a_band_merged_over_the_levels_columns_names_the_track_where_nothing_else_does(cli, tmp_path):
    path = merged_workbook(tmp_path / "ladder.xlsx", _banded(("L1", "L2", "L3")), ["C3:E3"])
    data, run = imported(cli, path)
    assert "description" not in data
    assert data["track"] == "Individual contributor"
    assert "do not name the track" not in run.stderr
