"""A page of a section per level, each with a table 'Axis | Level |
Description' whose 'Level' column rates the row (1 to 4) at the heading's
level: the headings are the levels and the tables' rows their competencies,
not a table of levels named '1', '2' parted into tracks; and the level's
bullet labelled 'Summary' is its summary, not a competency so named."""

from __future__ import annotations

from import_helpers import imported

TITLES = ["Associate Data Analyst", "Data Analyst", "Senior Data Analyst"]
RATINGS = [(1, 1), (2, 2), (3, 2)]


def _level(n: int, title: str, rated: tuple[int, int], summary: str) -> str:
    modeling, people = rated
    return (f"### Level {n}: {title} (IC{n})\n\n{summary}"
            "| Axis | Level | Description |\n| :--- | :--- | :--- |\n"
            f"| Modeling | {modeling} | Builds dashboards of scope {n} from requirements. |\n"
            f"| People | {people} | Communicates clearly with {n} teams and stays open to feedback. |\n\n")


def page(summaries: bool = True) -> str:
    return "# Data Levels\n\nThis document outlines the levels for a Data Analyst.\n\n" + "".join(
        _level(n, title, rated, f"*   **Summary:** A person at level {n} who adopts team practices.\n\n"
               if summaries else "")
        for n, (title, rated) in enumerate(zip(TITLES, RATINGS), start=1))


def test_the_headings_are_the_levels_and_the_rated_rows_their_competencies(cli, write):
    path = write("analyst.md", page())
    report = path.parent / "analyst.report"
    data, _ = imported(cli, path, "--org", "Forest", "--report", str(report))
    assert [level["id"] for level in data["levels"]] == ["IC1", "IC2", "IC3"]
    competencies = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert competencies == ["Modeling", "People"]
    assert data["levels"][2]["competencies"]["people"] == ["Communicates clearly with 3 teams and stays open to feedback."]
    # The ratings are no statements, and not lost: reported, each.
    assert report.read_text(encoding="utf-8").count("a figure, not a behaviour") == 6


def test_a_summary_bullet_is_the_level_s_summary(cli, write):
    data, run = imported(cli, write("analyst.md", page()), "--org", "Forest")
    assert [level.get("summary") for level in data["levels"]] == [
        f"A person at level {n} who adopts team practices." for n in (1, 2, 3)]
    assert "summary" not in {c["id"] for d in data["dimensions"] for c in d["competencies"]}


def test_a_table_whose_level_column_names_the_levels_is_still_the_ladder(cli, write):
    """Near miss: one table whose 'Level' column names levels by figure, under one heading: levels-as-rows."""
    table = ("# Ladder\n\n## Expectations\n\n| Level | Competency | Expectation |\n| --- | --- | --- |\n"
             "| 1 | Delivery | Ships small tasks with guidance. |\n| 1 | Craft | Writes tested code. |\n"
             "| 2 | Delivery | Ships features on their own. |\n| 2 | Craft | Reviews the code of others. |\n")
    data, _ = imported(cli, write("ladder.md", table), "--org", "Acme")
    assert len(data["levels"]) == 2


def test_a_summary_bullet_with_bullets_under_it_stays_a_competency(cli, write):
    """Near miss: 'Summary:' over nested bullets, and labels other than a summary's, are statements as before."""
    levels = "".join(f"## {title}\n\n- **Summary:**\n  - Ships tasks at level {n}.\n"
                     f"- **Delivery:** Ships features at level {n}.\n\n"
                     for n, title in enumerate(["Junior Engineer", "Senior Engineer"], start=1))
    data, _ = imported(cli, write("ladder.md", f"# Ladder\n\n{levels}"), "--org", "Acme")
    assert all("summary" not in level for level in data["levels"])


def test_a_summary_bullet_over_the_level_s_bullets_is_its_summary(cli, write):
    """The same without tables: '- **Summary:** ...' first among the level's bullets."""
    levels = "".join(f"## {title}\n\n- **Summary:** Works on tasks of scope {n}.\n- Ships features at level {n}.\n"
                     f"- Reviews code at level {n}.\n\n"
                     for n, title in enumerate(["Junior Engineer", "Senior Engineer"], start=1))
    data, _ = imported(cli, write("ladder.md", f"# Ladder\n\n{levels}"), "--org", "Acme")
    assert [level.get("summary") for level in data["levels"]] == [f"Works on tasks of scope {n}." for n in (1, 2)]
    assert [s for level in data["levels"] for c in level["competencies"].values() for s in c] == [
        "Ships features at level 1.", "Reviews code at level 1.", "Ships features at level 2.",
        "Reviews code at level 2."]
