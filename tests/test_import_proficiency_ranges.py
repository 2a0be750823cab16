"""`ladderlint import`: cells under the levels that name a range of a
scale's proficiencies ('Novice-Intermediate', 'Intermediate to Advanced')
rate the level, as single proficiency words do: its proficiency the
range's lower end, the range in the cell's note, the scale in order."""

from __future__ import annotations

from import_helpers import imported, workbook_file

_STATEMENTS = ("| Delivery | Ships small tasks with help. | Ships features on their own. | Leads projects. "
               "| Leads programmes. |\n")


def _page(row: str) -> str:
    return ("# Design Competencies\n\n| Competency | Associate | Designer | Senior | Principal |\n"
            "|---|---|---|---|---|\n" + _STATEMENTS + row)


def test_ranges_of_proficiencies_rate_the_levels(cli, write):
    row = "| Product thinking | Novice-Intermediate | Intermediate | Advanced | Advanced-Expert |\n"
    data, run = imported(cli, write("design.md", _page(row)))
    assert data["proficiency_scale"] == ["novice", "intermediate", "advanced", "expert"]
    rated = [lv["competencies"]["product-thinking"] for lv in data["levels"]]
    assert [c["proficiency"] for c in rated] == ["novice", "intermediate", "advanced", "advanced"]
    assert rated[0]["note"] == "Proficiency: Novice-Intermediate"
    assert "statements" not in rated[0]
    assert "a range of proficiencies give the level the range's lower end" in run.stderr


def test_a_range_written_with_to_in_a_workbook(cli, tmp_path):
    path = workbook_file(tmp_path / "matrix.xlsx", ("Matrix", [
        ["Competency", "Junior", "Mid", "Senior"],
        ["Delivery", "Ships small tasks with help.", "Ships features on their own.", "Leads projects."],
        ["Research", "Beginner to Intermediate", "Intermediate to Advanced", "Expert"],
    ]))
    data, _ = imported(cli, path)
    rated = [lv["competencies"]["research"] for lv in data["levels"]]
    assert [c["proficiency"] for c in rated] == ["beginner", "intermediate", "expert"]
    assert rated[1]["note"] == "Proficiency: Intermediate to Advanced"


def test_near_misses_stay_statements(cli, write):
    # A range that goes down, and a cell of words that are no proficiency: statements, as before.
    row = ("| Product thinking | Expert-Novice | Intermediate | Advanced | Expert |\n"
           "| Research | Self-directed | Team-level | Org-wide | Industry-wide |\n")
    data, _ = imported(cli, write("design.md", _page(row)))
    assert data["levels"][0]["competencies"]["product-thinking"] == ["Expert-Novice"]
    assert data["levels"][0]["competencies"]["research"] == ["Self-directed"]
    assert "proficiency_scale" not in data
