"""A table of one statement per row ('long' layout), as spreadsheets export
it: a Level column whose few names repeat down the rows (rungs the import
does not know among them), name columns Section > Subsection > Criteria
with group rows whose lower cells are blank, value columns, and a key
formula that glues the name columns with no separator. CSV and XLSX read
alike."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from import_helpers import cells, imported, workbook_file

HEADER = ["key", "Order", "Level", "Section", "Subsection", "Criteria", "Rating", "Weights", "Description"]
RUNGS = ["Junior Developer", "Confirmed Developer", "Senior Developer"]
TEXT = {
    ("Writing Code", ""): "The ability to write code. Writes {} code.",
    ("Writing Code", "Quality"): "Your code follows {} conventions.",
    ("Writing Code", "Mentoring"): "You mentor {} engineers on code.",
    ("Testing", ""): "The ability to test. Tests {} code.",
    ("Testing", "Coverage"): "You improve {} test coverage.",
}
GRADE = {"Junior Developer": "simple", "Confirmed Developer": "complex", "Senior Developer": "critical"}


def long_rows(key: bool = True) -> list[list[str]]:
    rows = [HEADER if key else HEADER[1:]]
    for rung in RUNGS:
        order = 0
        lines = [("CRAFT", "", "", "")] + [("CRAFT", sub, crit, text) for (sub, crit), text in TEXT.items()]
        for section, sub, crit, text in lines:
            said = "N/A" if rung == "Junior Developer" and crit == "Mentoring" else text.format(GRADE[rung])
            row = [str(order), rung, section, sub, crit, "1.5", "30%", said]
            rows.append(["".join(p for p in (rung, section, sub, crit) if p)] + row if key else row)
            order += 1
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def check_long(data: dict, run) -> None:
    assert [lv["title"] for lv in data["levels"]] == RUNGS
    assert [d["name"] for d in data["dimensions"]] == ["CRAFT"]
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Writing Code", "Testing"]
    found = cells(data)
    assert found["confirmed-developer"]["writing-code"] == [
        "The ability to write code. Writes complex code.", "Quality: Your code follows complex conventions.",
        "Mentoring: You mentor complex engineers on code."]
    assert "Coverage: You improve critical test coverage." in found["senior-developer"]["testing"]
    # What the framework has no place for is reported, once a column or a row, never dropped silently.
    assert "'Mentoring' is not assessed at Junior Developer: N/A" in run.output
    assert "column 'Weights', a value" in run.output


def test_long_csv_with_a_key_column_and_an_unknown_rung(cli, tmp_path: Path) -> None:
    data, run = imported(cli, write_csv(tmp_path / "grid.csv", long_rows()), "--report", "-")
    check_long(data, run)
    assert "column 'key', which repeats the Level, Section, Subsection and Criteria columns" in run.output


def test_long_csv_without_a_key_column(cli, tmp_path: Path) -> None:
    data, run = imported(cli, write_csv(tmp_path / "grid.csv", long_rows(key=False)), "--report", "-")
    check_long(data, run)


def test_long_xlsx_reads_as_the_csv(cli, tmp_path: Path) -> None:
    path = workbook_file(tmp_path / "grid.xlsx", ("Grid", long_rows()))
    data, run = imported(cli, path, "--report", "-")
    check_long(data, run)


def test_level_column_headed_grade_names_unknown_rungs(cli, tmp_path: Path) -> None:
    rows = [["Grade", "Competency", "Behaviour"]]
    for rung in ("Apprentice Baker", "Journeyman Baker", "Master Baker"):
        rows += [[rung, "Bread", f"Bakes bread as a {rung.lower()} does."],
                 [rung, "Pastry", f"Makes pastry as a {rung.lower()} does."]]
    data, _ = imported(cli, write_csv(tmp_path / "bakers.csv", rows))
    assert [lv["title"] for lv in data["levels"]] == ["Apprentice Baker", "Journeyman Baker", "Master Baker"]


def test_near_miss_a_row_per_level_is_not_long(cli, tmp_path: Path) -> None:
    # Each level named once: a row per level, its columns competencies, as before.
    rows = [["Level", "Delivery", "Craft"],
            ["Junior Engineer", "Ships small tasks with help.", "Writes readable code."],
            ["Senior Engineer", "Leads projects end to end.", "Designs systems others build on."]]
    data, _ = imported(cli, write_csv(tmp_path / "rows.csv", rows))
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Senior Engineer"]
    assert {c["name"] for d in data["dimensions"] for c in d["competencies"]} == {"Delivery", "Craft"}


def test_near_miss_a_column_that_only_contains_others_is_kept(cli, tmp_path: Path) -> None:
    # 'Summary' holds the competency's name inside a sentence: no key formula, a statement.
    rows = [["Level", "Competency", "Statement"]]
    for rung in ("Junior Engineer", "Senior Engineer"):
        rows += [[rung, "Delivery", f"Delivery as a {rung} means shipping work."],
                 [rung, "Craft", f"Craft as a {rung} means writing good code."]]
    data, _ = imported(cli, write_csv(tmp_path / "kept.csv", rows))
    assert cells(data)["junior-engineer"]["delivery"] == ["Delivery as a Junior Engineer means shipping work."]


@pytest.mark.parametrize("joined", ["Craft – Junior Engineer", "Craft: Junior Engineer"])
def test_two_column_join_still_reported(cli, tmp_path: Path, joined: str) -> None:
    mark = joined[len("Craft"):-len("Junior Engineer")]
    rows = [["Name", "Level", "Competency", "Expectation"]]
    for rung in ("Junior Engineer", "Senior Engineer"):
        for comp in ("Craft", "Delivery"):
            rows.append([f"{comp}{mark}{rung}", rung, comp, f"Does {comp.lower()} work as a {rung.lower()}."])
    data, run = imported(cli, write_csv(tmp_path / "joined.csv", rows), "--report", "-")
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Senior Engineer"]
    assert "column 'Name', which repeats the Competency and Level columns" in run.output
