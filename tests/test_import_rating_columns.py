"""A column of rating words (Low, Medium, High, Very high; Baixa, Média,
Alta, Muito alta) beside the competencies of a table is a value of each
level's row, as a column of one word or of Yes/No is: reported with its
values, never a competency of one-word statements. A column whose cells
say more than a rating ('Low to medium', 'High, including critical
decisions') holds statements."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported


def _rows_table(header: str, values: list[str]) -> str:
    rows = zip(["Junior", "Mid", "Senior", "Staff"], values, [
        "Follows the team's guidance on tasks", "Owns their own deliveries end to end",
        "Owns solutions and leads a team's work", "Influences strategy and the standards of teams"])
    return ("# Seniority levels\n\n"
            f"| Level | {header} | Responsibility |\n|---|---|---|\n"
            + "".join(f"| {level} | {value} | {said} |\n" for level, value, said in rows))


@pytest.mark.parametrize("header, values", [
    ("Autonomy", ["Low", "Medium", "High", "Very high"]),
    ("Autonomia", ["Baixa", "Média", "Alta", "Muito alta"]),
    ("Autonomía", ["Baja", "Media", "Alta", "Muy alta"]),
    # Ratings of one word each are ratings too, not 'one word'.
    ("Impact", ["Limited", "Moderate", "Significant", "High"]),
    ("Autonomy", ["Low", "Medium", "High", "High"]),
], ids=["en", "pt", "es", "one-word-ratings", "no-two-words"])
def test_a_column_of_ratings_is_reported_not_a_competency(cli, write, tmp_path, header, values):
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.md", _rows_table(header, values)), "--org", "A", "--report", str(report))
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Responsibility"]
    said = report.read_text(encoding="utf-8")
    for value in values:
        assert f"in column '{header}', a value of the level's row (a rating), not a behaviour the level " \
               f"expects: {value}" in said


def test_a_column_of_one_words_is_still_said_to_be_one_word(cli, write, tmp_path):
    report = tmp_path / "ladder.report"
    imported(cli, write("ladder.md", _rows_table("Scope", ["Task", "Feature", "Project", "Team"])),
             "--org", "A", "--report", str(report))
    assert "in column 'Scope', a value of the level's row (one word)" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("values", [
    ["Low to medium", "Medium to high", "High, including critical decisions", "Very high, focused on innovation"],
    ["Low", "Medium", "High", "Sets the direction for the whole company"],
], ids=["ranges-and-remarks", "one-sentence"])
def test_a_column_that_says_more_than_ratings_holds_statements(cli, write, values):
    data, _ = imported(cli, write("ladder.md", _rows_table("Complexity", values)), "--org", "A")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Complexity", "Responsibility"]
    assert cells(data)["junior"]["complexity"] == [values[0]]


def test_a_column_of_ratings_beside_statements_one_a_row_is_reported(cli, write, tmp_path):
    page = ("Level,Competency,Expectation,Autonomy\n"
            "Engineer 1,Delivery,Finishes the tasks they start with guidance.,High\n"
            "Engineer 1,Mentoring,Helps new joiners find their way around.,Low\n"
            "Engineer 2,Delivery,Plans their own work for a sprint.,Very high\n"
            "Engineer 2,Mentoring,Pairs with juniors on their tasks.,Medium\n")
    report = tmp_path / "ladder.report"
    data, _ = imported(cli, write("ladder.csv", page), "--org", "A", "--report", str(report))
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Delivery", "Mentoring"]
    assert cells(data)["engineer-1"]["delivery"] == ["Finishes the tasks they start with guidance."]
