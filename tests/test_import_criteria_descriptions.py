"""A section before the levels that names each dimension (or each
competency) with words on it is their descriptions, whichever way it
names them: a bullet over sub-bullets ('- Impact' over '- Nature and
impact of problems solved'), a line 'Impact: ...', a heading over a
paragraph. A list that names one of them, or a few among other lines,
describes none."""

from __future__ import annotations

import pytest

from import_helpers import imported

LEVELS = ["Engineer 1", "Engineer 2", "Senior Engineer"]


def _table(dimension: str, rows: list[str]) -> str:
    return (f"### {dimension}\n\n| {dimension} | " + " | ".join(LEVELS) + " |\n|---|---|---|---|\n"
            + "".join(f"| {name} | " + " | ".join(f"Shows good {name.lower()} in the work they do and explains it "
                                                   f"to the team at {lv}." for lv in LEVELS) + " |\n"
                      for name in rows) + "\n")


TABLES = _table("Impact", ["Delivery", "Scope"]) + _table("Influence", ["Mentoring", "Communication"])
#: The same ladder as a section per level, a sub-heading per dimension.
SECTIONS = "".join(f"## {lv}\n\n### Impact\n\n- Ships work at {lv}.\n\n### Influence\n\n- Helps others at {lv}.\n\n"
                   for lv in LEVELS)
HEAD = "# Acme Engineering Ladder\n\nHow engineers grow at Acme.\n\n### Evaluation criteria\n\n"

SUB_BULLETS = ("- Impact\n  - Nature and impact of problems solved\n  - Value delivered to the team\n"
               "- Influence\n  - Effect on people around you\n\n")
NAMED_LINES = "- **Impact**: Nature and impact of problems solved\n- Influence: Effect on people around you\n\n"
HEADINGS = ("#### Impact\n\nNature and impact of problems solved.\n\n#### Influence\n\n"
            "Effect on people around you.\n\n")


def _descriptions(data: dict) -> dict[str, str | None]:
    """The descriptions of Impact and Influence: dimensions of the tables, competencies of the sections."""
    named = {d["name"]: d.get("description") for d in data["dimensions"]}
    named |= {c["name"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}
    return {name: named[name] for name in ("Impact", "Influence")}


@pytest.mark.parametrize("section, impact, influence", [
    (SUB_BULLETS, "- Nature and impact of problems solved\n- Value delivered to the team",
     "Effect on people around you"),
    (NAMED_LINES, "Nature and impact of problems solved", "Effect on people around you"),
    (HEADINGS, "Nature and impact of problems solved.", "Effect on people around you."),
], ids=["sub-bullets", "name-colon-text", "headings"])
@pytest.mark.parametrize("levels", [TABLES, SECTIONS], ids=["tables", "sections"])
def test_a_section_that_names_each_dimension_describes_them(cli, write, section, impact, influence, levels):
    data, run = imported(cli, write("ladder.md", HEAD + section + levels), "--org", "Acme")
    assert _descriptions(data) == {"Impact": impact, "Influence": influence}
    what = "dimensions" if levels is TABLES else "competencies"
    assert f"names 2 {what} with words on each (Impact, Influence): their descriptions" in run.stderr
    assert "Effect on people around you" not in run.stderr.replace("(Impact, Influence)", "")


def test_competencies_named_so_are_described(cli, write):
    section = "- Delivery: Shipping what the team planned\n- Mentoring: Helping others grow\n\n"
    data, _ = imported(cli, write("ladder.md", HEAD + section + TABLES), "--org", "Acme")
    described = {c["name"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}
    assert described["Delivery"] == "Shipping what the team planned"
    assert described["Mentoring"] == "Helping others grow"


@pytest.mark.parametrize("section", [
    "- Impact: see the tables below.\n\n",  # one name alone
    "- Impact\n  - what the work changes\n- Feedback\n  - ask often\n- Pairing\n  - pair weekly\n"
    "- Influence\n  - on others\n- Hiring\n  - interview\n\n",  # names among more other lines
], ids=["one-name", "few-among-others"])
@pytest.mark.parametrize("levels", [TABLES, SECTIONS], ids=["tables", "sections"])
def test_a_list_that_names_few_of_them_describes_none(cli, write, section, levels):
    data, _ = imported(cli, write("ladder.md", HEAD + section + levels), "--org", "Acme")
    assert _descriptions(data) == {"Impact": None, "Influence": None}
