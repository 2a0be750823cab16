"""Workbooks written by hand, as people write them in Excel: a level's title
left blank over its code, a header cell broken over two lines (Alt+Enter),
sentences broken inside a cell, a column naming the track, notes at the top
of a glossary sheet. Each workbook is built here with openpyxl."""

from __future__ import annotations

from typing import Any, Sequence

import pytest

from import_helpers import cells, imported

Rows = Sequence[Sequence[Any]]


def _workbook(tmp_path, name: str, *sheets: tuple[str, Rows]):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(tmp_path / name)
    return tmp_path / name


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
    path = _workbook(tmp_path, "ladder.xlsx", ("Ladder", header + STATEMENTS))
    for args in ((), ("--layout", "levels-as-columns")):
        data, run = imported(cli, path, "--org", "Acme", *args)
        assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
            ("L1", "Junior"), ("L2", "Mid"), ("L3", "L3"), ("L4", "Staff")]
        assert cells(data)["L3"] == {"coding": ["Designs modules."], "delivery": ["Leads projects."]}
        assert "ladder.xlsx:2: check: levels with no title beside their codes, titled by their codes; " \
               "write their titles: L3" in run.stderr
        assert "not placed: in a column" not in run.stderr


def test_a_title_the_import_does_not_know_over_a_code_is_a_level(cli, tmp_path):
    rows = [("Competency", "Associate", "Engineer", "Senior", "Staff"), (None, "IC1", "IC2", "IC3", "IC4")]
    data, run = imported(cli, _workbook(tmp_path, "ladder.xlsx", ("Ladder", rows + STATEMENTS)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("IC1", "Associate"), ("IC2", "Engineer"), ("IC3", "Senior"), ("IC4", "Staff")]
    assert cells(data)["IC2"] == {"coding": ["Writes maintainable code."], "delivery": ["Owns features."]}
    assert "names no level" not in run.stderr


def test_a_first_row_of_short_statements_with_a_blank_is_no_row_of_titles(cli, tmp_path):
    rows = [("Competency", "L1", "L2", "L3", "L4"), ("Coding", "Writes code", "Reviews code", None, "Sets standards")]
    data, _ = imported(cli, _workbook(tmp_path, "ladder.xlsx", ("Ladder", rows + STATEMENTS[1:])), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [(f"L{n}", f"L{n}") for n in range(1, 5)]
    assert cells(data)["L1"]["coding"] == ["Writes code"]
