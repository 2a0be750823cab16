"""A cell that spans several levels' columns (HTML ``colspan``, cells merged
across levels in a spreadsheet) says the same of each level it covers, as a
cell spanning several rows does of each row."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported, workbook_file

PAGE = """<html><head><title>Levels</title></head><body><main>
<h1>Engineering levels</h1>
<table>
<tr><th>Competency</th><th>L1</th><th>L2</th><th>L3</th></tr>
<tr><td>Testing</td><td>Adds unit tests to their changes.</td>
<td colspan="2">Designs test strategies for features.</td></tr>
<tr><td>Mentoring</td><td colspan="2">Not expected at this level.</td><td>Mentors engineers on the team.</td></tr>
<tr><td>Delivery</td><td>Delivers small tasks.</td><td>Delivers features.</td><td>Delivers projects.</td></tr>
</table>
</main></body></html>
"""

TRUTH = {
    "L1": {"testing": ["Adds unit tests to their changes."],
           "mentoring": {"not_applicable": "Not expected at this level"},
           "delivery": ["Delivers small tasks."]},
    "L2": {"testing": ["Designs test strategies for features."],
           "mentoring": {"not_applicable": "Not expected at this level"},
           "delivery": ["Delivers features."]},
    "L3": {"testing": ["Designs test strategies for features."],
           "mentoring": ["Mentors engineers on the team."],
           "delivery": ["Delivers projects."]},
}


def test_a_page_cell_spanning_levels_columns_is_at_each_level(cli, write):
    data, run = imported(cli, write("levels.html", PAGE), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "no entry" not in run.stderr


def test_a_workbook_cell_merged_across_levels_is_at_each_level(cli, tmp_path):
    rows = [("Competency", "L1", "L2", "L3"),
            ("Testing", "Adds unit tests to their changes.", "Designs test strategies for features.", None),
            ("Mentoring", "Not expected at this level.", None, "Mentors engineers on the team."),
            ("Delivery", "Delivers small tasks.", "Delivers features.", "Delivers projects.")]
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", rows))
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.load_workbook(path)
    workbook.active.merge_cells("C2:D2")
    workbook.active.merge_cells("B3:C3")
    workbook.save(path)
    data, run = imported(cli, path, "--org", "Acme")
    assert cells(data) == TRUTH
    assert "no entry" not in run.stderr


def test_a_cell_spanning_the_name_and_a_level_is_no_level_cell(cli, write):
    """Only a cell of a level's column speaks for the levels it spans: a
    name spanning into the first level's column gives no level its words."""
    page = PAGE.replace('<tr><td>Delivery</td><td>Delivers small tasks.</td>',
                        '<tr><td colspan="2">Delivery</td>')
    data, _ = imported(cli, write("levels.html", page), "--org", "Acme")
    assert cells(data)["L1"]["delivery"] == {"not_applicable": "Delivery starts at L2"}
    assert cells(data)["L2"]["delivery"] == ["Delivers features."]
