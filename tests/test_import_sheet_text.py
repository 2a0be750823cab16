"""Nothing of a sheet is lost without notice: notes in a row above the
header, a row's description beside a name with no statements (an example
of the competency above it); the table's
header is the row as wide as the table; a plain role title between two
levels' columns is a level."""

from __future__ import annotations

from pathlib import Path

from import_helpers import imported, workbook_file

NOTE = ["*Below presuppose a human-centered process", "(See tab 2 for levels)", "", "", ""]
HEADER = ["Competency", "Description", "Junior", "Mid", "Senior"]
ROWS = [
    ["Product Thinking", "Ability to shape products", "Follows the product goals", "Sets feature goals",
     "Shapes the team roadmap"],
    ["Discover user needs", "Conducts user interviews and shares findings with the team.", "", "", ""],
    ["Visual design", "Ability to craft interfaces", "Applies the design system", "Extends the design system",
     "Leads the design system"],
]


def test_notes_above_the_header_and_a_described_row_are_kept_or_reported(cli, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("\n".join(",".join(r) for r in [NOTE, [""] * 5, HEADER, *ROWS]) + "\n", encoding="utf-8")
    data, run = imported(cli, path, "--report", "-")
    assert "Below presuppose a human-centered process" in data["description"]
    assert "the table on line 3 names 3 levels" in run.output
    # The described row under Product Thinking's fills in no level: an example of it, in its description.
    described = {c["name"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}
    assert described["Product Thinking"] == ("Ability to shape products\n\nDiscover user needs: Conducts user "
                                             "interviews and shares findings with the team.")
    assert "sheet.csv:5: layout: the row 'Discover user needs' fills in no level" in run.output


def test_near_miss_a_one_cell_title_above_the_header_names_the_framework(cli, tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_text("\n".join(",".join(r) for r in [["Design ladder", "", "", "", ""], HEADER, *ROWS]) + "\n",
                    encoding="utf-8")
    data, run = imported(cli, path, "--report", "-")
    assert "the table on line 2 names 3 levels" in run.output
    assert "description" not in data or "Design ladder" not in data["description"]


def test_plain_role_title_between_levels_is_a_level(cli, tmp_path: Path) -> None:
    header = ["Competency", "Associate", "Designer", "Senior", "Principal"]
    rows = [header, ["Craft", "Novice", "Intermediate", "Advanced", "Expert"],
            ["Research", "Novice", "Novice", "Intermediate", "Advanced"]]
    data, _ = imported(cli, workbook_file(tmp_path / "design.xlsx", ("Skills", rows)))
    assert [lv["title"] for lv in data["levels"]] == ["Associate", "Designer", "Senior", "Principal"]


def test_near_miss_notes_column_between_levels_is_no_level(cli, tmp_path: Path) -> None:
    header = ["Competency", "Junior", "Notes", "Senior", "Staff"]
    rows = [header, ["Craft", "Writes code", "ask a lead", "Designs systems", "Sets direction"],
            ["Delivery", "Ships tasks", "", "Ships projects", "Ships programmes"]]
    data, _ = imported(cli, workbook_file(tmp_path / "notes.xlsx", ("Skills", rows)))
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Senior", "Staff"]
