"""`ladderlint import` reads the role that a ladder's other rungs share as its
first rung: alone ('Engineer' beside 'Senior Engineer') or named more fully
by its field ('Software Engineer' beside 'Senior Engineer', 'Staff
Engineer'), in headings, tables and spreadsheets; and it counts that rung as
the lowest when it decides whether the levels are listed highest first."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import imported
from ladderlint.vocabulary import LevelName, ladder_order

#: A ladder whose first rung names its role more fully than the rungs above it, lowest first.
LADDER = [("Software Engineer", "Implements designs of others", "Ships tasks"),
          ("Senior Engineer", "Designs features", "Ships features"),
          ("Staff Engineer", "Designs systems spanning teams", "Ships projects"),
          ("Principal Engineer", "Sets architecture", "Ships programmes")]


def _headings(ladder: list[tuple[str, str, str]]) -> str:
    """A heading per level over its bullets, with no competency headings."""
    return "# Ladder\n\n" + "".join(f"## {title}\n\n- {design}\n- {delivery}\n\n" for title, design, delivery in ladder)


def _markdown_table(ladder: list[tuple[str, str, str]]) -> str:
    """A column per level, a row per competency."""
    header = "| Competency | " + " | ".join(title for title, *_ in ladder) + " |"
    rule = "|---" * (len(ladder) + 1) + "|"
    rows = [f"| {name} | " + " | ".join(level[column] for level in ladder) + " |"
            for column, name in ((1, "Design"), (2, "Delivery"))]
    return "# Ladder\n\n" + "\n".join([header, rule, *rows]) + "\n"


def _csv(ladder: list[tuple[str, str, str]]) -> str:
    """A spreadsheet's columns per level, a row per competency."""
    rows = [["Competency", *(title for title, *_ in ladder)],
            ["Design", *(design for _, design, _ in ladder)],
            ["Delivery", *(delivery for *_, delivery in ladder)]]
    return "\n".join(",".join(row) for row in rows) + "\n"


def _rows_table(ladder: list[tuple[str, str, str]]) -> str:
    """A row per level, a column per competency."""
    lines = ["| Level | Design | Delivery |", "|---|---|---|"]
    lines += [f"| {title} | {design} | {delivery} |" for title, design, delivery in ladder]
    return "\n".join(lines) + "\n"


FORMS = {"headings": ("ladder.md", _headings), "markdown-table": ("ladder.md", _markdown_table),
         "csv": ("ladder.csv", _csv), "rows-table": ("ladder.md", _rows_table)}


def _statements(level: dict) -> list[str]:
    return [statement for said in level["competencies"].values() for statement in said]


@pytest.mark.parametrize("form", FORMS)
def test_a_first_rung_named_by_its_field_is_a_level(cli, write, form):
    name, layout = FORMS[form]
    data, run = imported(cli, write(name, layout(LADDER)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [title for title, *_ in LADDER]
    assert _statements(data["levels"][0]) == ["Implements designs of others", "Ships tasks"]
    # Its statements are the level's, not the competencies' descriptions.
    assert all("description" not in c for d in data["dimensions"] for c in d["competencies"])
    assert "Software Engineer" not in "".join(line for line in run.stderr.splitlines() if "not placed" in line)


def test_a_first_rung_of_a_speciality_is_a_level(cli, write):
    ladder = [("Site Reliability Engineer", *LADDER[0][1:]), *LADDER[1:]]
    data, _ = imported(cli, write("ladder.md", _headings(ladder)), "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == [
        "site-reliability-engineer", "senior-engineer", "staff-engineer", "principal-engineer"]


def test_a_page_named_by_its_field_is_the_first_rung_of_the_site(cli, write):
    for title, design, delivery in reversed(LADDER):  # written in any order: read lowest first
        path = write(f"ladder/{title.lower().replace(' ', '-')}.md",
                     f"# {title}\n\n## Design\n\n- {design}\n\n## Delivery\n\n- {delivery}\n")
    data, _ = imported(cli, path.parent, "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [title for title, *_ in LADDER]


def test_sections_that_name_the_field_are_no_levels(cli, write):
    """A competency or a section whose name says the field ('Software
    Engineering & Design', 'Engineering Principles'), or that is about the
    role ('Working With Your Engineer'), is no rung of it."""
    text = "# Ladder\n\n## Engineering Principles\n\nWe value clarity over cleverness in all we build.\n\n"
    for title, design, delivery in LADDER:
        text += f"## {title}\n\n### Software Engineering & Design\n\n- {design}\n\n### Delivery\n\n- {delivery}\n\n"
    text += "## Working With Your Engineer\n\nAsk them about their growth plan every quarter.\n"
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [title for title, *_ in LADDER]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == [
        "Software Engineering & Design", "Delivery"]


#: Ladders listed highest first whose lowest rung says no seniority: the role, alone or in full.
HIGHEST_FIRST = {
    "role-alone": ["Staff Engineer", "Senior Engineer", "Engineer"],
    "role-in-full": ["Principal Engineer", "Staff Engineer", "Senior Software Engineer", "Software Engineer"],
    "fuller-first-rung": ["Principal Engineer", "Staff Engineer", "Senior Engineer", "Software Engineer"],
    "seniorities-and-the-role": ["Principal", "Staff", "Senior", "Engineer"],
    # 'Principal+': the rung and those above it, above 'Principal'.
    "a-rung-and-above": ["Principal+ Engineer", "Principal Engineer", "Staff Engineer", "Senior Engineer"],
}


def _highest_first(titles: list[str]) -> list[tuple[str, str, str]]:
    """``titles`` over LADDER's statements, the first title's the highest."""
    return [(title, *statements) for title, (_, *statements) in zip(titles, LADDER[len(titles) - 1::-1])]


# Bare seniorities beside "Engineer" name no role: only a table's columns
# read the lone role as a level (headings and rows do not, as before).
READ_HIGHEST_FIRST = [(form, ladder) for ladder in HIGHEST_FIRST for form in FORMS
                      if not (ladder == "seniorities-and-the-role" and form in ("headings", "rows-table"))]


@pytest.mark.parametrize("form, ladder", READ_HIGHEST_FIRST)
def test_levels_listed_highest_first_are_imported_lowest_first(cli, write, form, ladder):
    name, layout = FORMS[form]
    titles = HIGHEST_FIRST[ladder]
    path = write(name, layout(_highest_first(titles)))
    data, run = imported(cli, path, "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == titles[::-1]
    assert _statements(data["levels"][0]) == list(LADDER[0][1:])
    assert "listed highest first; they are imported lowest first" in run.stderr
    assert "LL201" not in run.stderr
    check = cli("check", str(Path(path).parent / f"{Path(path).stem}-out.yaml"), "--select", "LL201")
    assert check.exit_code == 0, check.stdout


@pytest.mark.parametrize("heading", ["Example Engineer", "Ideal Engineer", "Next Engineer"])
def test_a_section_whose_words_before_the_role_name_no_field_is_no_level(cli, write, heading):
    """The words before the role in a first rung named in full say its field
    or speciality ('Software', 'Site Reliability', 'Backend'): a section
    about an engineer ('Example Engineer', 'Next Engineer') is no rung."""
    text = _headings(LADDER[1:]) + f"## {heading}\n\n- Picks up a task from the board\n- Asks for a review\n"
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [title for title, *_ in LADDER[1:]]


@pytest.mark.parametrize("field", ["Backend", "Data", "Site Reliability"])
def test_a_first_rung_named_by_a_speciality_is_a_level(cli, write, field):
    ladder = [(f"{field} Engineer", *LADDER[0][1:]), *LADDER[1:]]
    data, _ = imported(cli, write("ladder.md", _headings(ladder)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [title for title, *_ in ladder]


@pytest.mark.parametrize("titles, order", [
    (["Staff+", "Staff", "Senior"], [2, 1, 0]),
    (["Principal+ Engineer", "Principal Engineer", "Staff Engineer"], [2, 1, 0]),
    (["Senior Engineer", "Senior+ Engineer", "Staff Engineer"], [0, 1, 2]),
    # A '+' after another word is no rung's: 'C++' names the field.
    (["Senior C++ Engineer", "C++ Engineer"], [1, 0]),
])
def test_a_rung_written_with_a_plus_is_above_the_rung(titles, order):
    assert ladder_order([LevelName.read(title) for title in titles]) == order


def test_level_order_reports_a_rung_listed_after_its_plus(cli, write):
    levels = "".join(f"  - id: {i}\n    title: {t}\n    competencies:\n      craft:\n        - I do {i}\n"
                     for i, t in (("staff", "Staff Engineer"), ("principal-plus", "Principal+ Engineer"),
                                  ("principal", "Principal Engineer")))
    path = write("f.yaml", "ladderlint: 1\nid: f\nname: F\ntrack: Engineering\nversion: 1.0.0\n"
                            "organisation: {name: Acme}\ndimensions:\n  - id: d\n    name: D\n    competencies:\n"
                            "      - {id: craft, name: Craft}\nlevels:\n" + levels)
    run = cli("check", str(path), "--select", "LL201")
    assert "'principal' (Principal Engineer) is listed after the more senior level 'principal-plus'" in run.output, run.output
