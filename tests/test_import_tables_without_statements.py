"""A role's page whose only tables hold figures beside their names (job
titles and pay, competencies and weights): the refusal says why no layout
of tables finds a ladder in them, rather than advising one that refuses
again with no reason; a table of statements keeps the advice. With
--level, the level's title is the page's heading the id is made of."""

from __future__ import annotations

from import_helpers import imported

_ROLE_PAGE = """# Engineer

## Responsibilities

- Develop features and improvements to product in your area.
- Deliver thorough code reviews in timely manner.

## Job Titles

| Job Title                       | Min Progress | Max Progress | Min Salary | Next Salary |
| ------------------------------- | ------------ | ------------ | ---------- | ----------- |
| Junior {Discriminator} Engineer | 0.00         | 1.20         | 45 000     | 75 000      |
| {Discriminator} Engineer        | 1.20         | 2.40         | 75 000     | 100 000     |
| Senior {Discriminator} Engineer | 2.40         | 3.60         | 100 000    | 135 000     |
"""

_STATEMENTS = """# Guide

## About

How we grow.

| Role | Expectation |
| --- | --- |
| Contributor | Writes clear code for the team and tests it |
| Maintainer | Reviews the code of everyone carefully |
| Steward | Sets the direction of the code for the year |
"""


def test_a_table_of_figures_is_not_offered_as_levels_as_rows(cli, write, tmp_path):
    run = cli("import", str(write("engineer.md", _ROLE_PAGE)), "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 2
    assert "--layout levels-as-rows" not in run.stderr
    assert "the table on line 10, 'Job Title | Min Progress | Max Progress | Min Salary | ...', lists names in its " \
           "first column, but its other cells are only figures" in " ".join(run.stderr.split())


def test_levels_as_rows_on_a_table_of_figures_says_why_it_finds_no_levels(cli, write, tmp_path):
    run = cli("import", str(write("engineer.md", _ROLE_PAGE)), "--layout", "levels-as-rows",
              "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 2
    said = " ".join(run.stderr.split())
    assert "no table in the document names levels in its first column; the table on line 10" in said
    assert "only figures, nothing a level expects" in said


def test_a_table_of_statements_keeps_the_advice(cli, write, tmp_path):
    path = write("guide.md", _STATEMENTS)
    run = cli("import", str(path), "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 2
    assert "--layout levels-as-rows (or levels-as-columns)" in " ".join(run.stderr.split())
    data, _ = imported(cli, path, "--layout", "levels-as-rows", "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Contributor", "Maintainer", "Steward"]


_BESIDE_PAY = """# Guide

## About

How we grow.

| Role | Code | Min pay | Max pay | Expectation |
| --- | --- | --- | --- | --- |
| Contributor | A1 | 40000 | 50000 | Writes clear code for the team and tests it |
| Maintainer | A2 | 50000 | 70000 | Reviews the code of everyone carefully |
| Steward | A3 | 70000 | 95000 | Sets the direction of the code for the year |
"""


def test_a_column_of_statements_beside_columns_of_pay_is_the_ladder(cli, write, tmp_path):
    # One column of sentences among three of figures: the table holds statements, whatever the count of
    # cells; the codes name the levels, the roles before them are their titles, the pay is reported.
    data, run = imported(cli, write("guide.md", _BESIDE_PAY), "--org", "Acme", "--report", "-")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        ("A1", "Contributor"), ("A2", "Maintainer"), ("A3", "Steward")]
    assert "a figure, not a behaviour the level expects (how much, not what it does): 95000" in run.output


def test_the_level_named_by_the_pages_heading_takes_its_title(cli, write):
    data, _ = imported(cli, write("engineer.md", _ROLE_PAGE), "--level", "engineer", "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [("engineer", "Engineer")]
    # An id the heading does not make keeps the id as the user wrote it.
    data, _ = imported(cli, write("role.md", _ROLE_PAGE), "--level", "senior", "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [("senior", "senior")]
