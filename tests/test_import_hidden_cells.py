"""What a workbook hides (a sheet, a row, a column) is a draft or a helper
its author hid: left out of the framework, each reported with its sheet and
row or column. A row a filter hides is not: it is read, and the report says
a filter was on."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported

ROWS = [("Level", "Title", "Coding", "Planning"),
        ("L1", "Engineer", "Writes code.", "Plans tasks."),
        ("L2", "Senior Engineer", "Leads code.", "Plans projects."),
        ("L3", "Staff Engineer", "Sets standards.", "Plans quarters.")]
TRUTH = {"L1": {"coding": ["Writes code."], "planning": ["Plans tasks."]},
         "L2": {"coding": ["Leads code."], "planning": ["Plans projects."]},
         "L3": {"coding": ["Sets standards."], "planning": ["Plans quarters."]}}


def _workbook(tmp_path, name: str, rows=ROWS, hide_row: int | None = None, hide_column: str | None = None,
              hidden_sheet: bool = False):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ladder"
    for row in rows:
        sheet.append(row)
    if hide_row is not None:
        sheet.row_dimensions[hide_row].hidden = True
    if hide_column is not None:
        sheet.column_dimensions[hide_column].hidden = True
    if hidden_sheet:
        old = workbook.create_sheet("Old ladder")
        old.append(("Level", "Title", "Legacy"))
        old.append(("L1", "Engineer", "Old text."))
        old.sheet_state = "hidden"
    workbook.save(tmp_path / name)
    return tmp_path / name


def test_a_hidden_row_is_left_out_and_reported(cli, tmp_path):
    rows = ROWS[:3] + [("L4", "Principal Engineer (draft)", "Draft.", "Draft plan.")] + ROWS[3:]
    data, run = imported(cli, _workbook(tmp_path, "ladder.xlsx", rows, hide_row=4), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "ladder.xlsx:'Ladder'!4:4: not placed: hidden row 4 of sheet 'Ladder' (a draft or a helper the author hid), " \
           "left out: L4 | Principal Engineer (draft) | Draft. | Draft plan." in run.stderr
    # The neighbour: the same row, not hidden, is a level.
    data, run = imported(cli, _workbook(tmp_path, "shown.xlsx", rows), "--org", "Acme")
    assert cells(data)["L4"] == {"coding": ["Draft."], "planning": ["Draft plan."]}
    assert "not placed: hidden" not in run.stderr


def test_a_hidden_column_is_left_out_and_reported(cli, tmp_path):
    rows = [row + (extra,) for row, extra in zip(ROWS, ("Internal", "x1", "x2", "x3"))]
    data, run = imported(cli, _workbook(tmp_path, "ladder.xlsx", rows, hide_column="E"), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "ladder.xlsx:'Ladder'!E:E: not placed: hidden column E of sheet 'Ladder' (a draft or a helper the author hid), " \
           "left out: Internal | x1 | x2 | x3" in run.stderr
    data, run = imported(cli, _workbook(tmp_path, "shown.xlsx", rows), "--org", "Acme")
    assert "internal" in cells(data)["L1"] and "not placed: hidden" not in run.stderr


def test_a_hidden_sheet_is_reported(cli, tmp_path):
    data, run = imported(cli, _workbook(tmp_path, "ladder.xlsx", hidden_sheet=True), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "ladder.xlsx:'Old ladder': not placed: hidden sheet (a draft or a helper the author hid), left out: Old ladder" \
        in run.stderr
    data, run = imported(cli, _workbook(tmp_path, "plain.xlsx"), "--org", "Acme")
    assert cells(data) == TRUTH and "not placed: hidden" not in run.stderr


def _filtered(tmp_path, name: str, criteria: bool = True, hide: tuple[int, ...] = (3,), extra: bool = False):
    """The ladder with a filter over its table (choosing L1 and L3 where it
    has ``criteria``) and rows ``hide`` hidden; ``extra``: a row under the
    table, outside the filter, hidden as well."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ladder"
    for row in ROWS + ([("L4", "Principal Engineer (draft)", "Draft.", "Draft plan.")] if extra else []):
        sheet.append(row)
    sheet.auto_filter.ref = f"A1:D{len(ROWS)}"
    if criteria:
        sheet.auto_filter.add_filter_column(0, ["L1", "L3"])
    for number in hide + ((len(ROWS) + 1,) if extra else ()):
        sheet.row_dimensions[number].hidden = True
    workbook.save(tmp_path / name)
    return tmp_path / name


def test_rows_a_filter_hides_are_read_and_the_report_says_so(cli, tmp_path):
    data, run = imported(cli, _filtered(tmp_path, "ladder.xlsx", extra=True), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "ladder.xlsx:'Ladder'!A1:D4: review: a filter is on here, hiding row 3 of sheet 'Ladder' from view: " \
           "read all the same" in run.stderr
    # Hidden by hand, under the table the filter is over: a draft, left out as before.
    assert "ladder.xlsx:'Ladder'!5:5: not placed: hidden row 5 of sheet 'Ladder' (a draft or a helper the author " \
           "hid), left out: L4 | Principal Engineer (draft)" in run.stderr
    assert "hidden row 3" not in run.stderr


def test_a_row_hidden_under_a_filter_that_filters_by_nothing_is_hidden_by_hand(cli, tmp_path):
    data, run = imported(cli, _filtered(tmp_path, "ladder.xlsx", criteria=False), "--org", "Acme")
    assert set(cells(data)) == {"L1", "L3"}
    assert "hidden row 3 of sheet 'Ladder' (a draft or a helper the author hid), left out" in run.stderr
    assert "a filter is on" not in run.stderr


def test_rows_the_filter_of_an_excel_table_hides_are_read(cli, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.worksheet.filters import AutoFilter, FilterColumn, Filters
    from openpyxl.worksheet.table import Table

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ladder"
    for row in ROWS:
        sheet.append(row)
    table = Table(displayName="Levels", ref="A1:D4")
    table.autoFilter = AutoFilter(ref="A1:D4", filterColumn=[FilterColumn(colId=0, filters=Filters(filter=["L1"]))])
    sheet.add_table(table)
    sheet.row_dimensions[3].hidden = sheet.row_dimensions[4].hidden = True
    workbook.save(tmp_path / "table.xlsx")
    data, run = imported(cli, tmp_path / "table.xlsx", "--org", "Acme")
    assert cells(data) == TRUTH
    assert "table.xlsx:'Ladder'!A1:D4: review: a filter is on here, hiding rows 3 and 4 of sheet 'Ladder'" in run.stderr
