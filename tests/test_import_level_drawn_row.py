"""A row with no name before a table's competencies whose cells each open
with the name of their own level ('Level 1 (Foundational): Basic awareness
...' under '1-Foundational'): what each level is, its summary, not a
competency named 'Expectations'."""

from __future__ import annotations

from import_helpers import imported

HEADER = ",,1-Foundational,2-Intermediate,3-Advanced\n"
ROWS = ('Problem Solving,Strategic Alignment,"Aligns their work with the broader strategy.",'
        '"Influences team strategy by clarifying the problem space.","Influences the strategy of a product area."\n'
        'Craft,Design Quality,"Produces clean and consistent designs.","Raises the quality bar of the team.",'
        '"Sets quality standards across teams."\n')


def _drawn(labels: list[str]) -> str:
    texts = ["Basic awareness and foundational knowledge, with guidance.",
             "Working knowledge and consistent application, on their own.",
             "Comprehensive understanding, guiding others across teams."]
    return ",," + ",".join(f'"{label}: {text}"' for label, text in zip(labels, texts)) + "\n"


def test_a_row_of_cells_naming_their_own_levels_gives_the_summaries(cli, write):
    row = _drawn(["Level 1 (Foundational)", "Level 2 (Intermediate)", "Level 3 (Advanced)"])
    data, run = imported(cli, write("prof.csv", HEADER + row + ROWS), "--org", "Deel")
    assert [level.get("summary") for level in data["levels"]] == [
        "Basic awareness and foundational knowledge, with guidance.",
        "Working knowledge and consistent application, on their own.",
        "Comprehensive understanding, guiding others across teams."]
    names = {c["name"] for d in data["dimensions"] for c in d["competencies"]}
    assert names == {"Strategic Alignment", "Design Quality"}
    assert "table row with no competency name" not in run.stderr


def test_a_row_whose_labels_name_other_levels_is_no_summary(cli, write):
    """Near miss: labels that name no level of their column (shifted by one) are not read as its summary."""
    row = _drawn(["Level 2 (Intermediate)", "Level 3 (Advanced)", "Level 4 (Expert)"])
    data, _ = imported(cli, write("prof.csv", HEADER + row + ROWS), "--org", "Deel")
    assert all("summary" not in level for level in data["levels"])
