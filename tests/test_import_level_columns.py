"""Tables whose header row names levels the import does not all know
(Skill | Awareness | Working | Practitioner | Expert), and the heading over
a document's one table: each test writes a short document of that shape."""

from __future__ import annotations

import pytest

from import_helpers import imported

STATEMENTS = [
    ("Data modelling", ["Knows what data modelling is and why it matters", "Applies data modelling with guidance",
                        "Designs the data models of a team's products", "Sets the standard for data modelling"]),
    ("Testing", ["Knows why tests are written and what they catch", "Writes unit tests for the code they change",
                 "Designs the test strategy of a service", "Leads the testing practice of the profession"]),
]


def _table(header: list[str], rows: list[tuple[str, list[str]]], csv: bool) -> str:
    if csv:
        return "\n".join(",".join(line) for line in [header] + [[name, *cells] for name, cells in rows]) + "\n"
    lines = [header, ["---"] * len(header)] + [[name, *cells] for name, cells in rows]
    return "# Data engineer\n\n" + "\n".join("| " + " | ".join(line) + " |" for line in lines) + "\n"


def _document(write, header: list[str], csv: bool, rows: list[tuple[str, list[str]]] = STATEMENTS):
    return write("skills.csv" if csv else "skills.md", _table(header, rows, csv))


def _levels(data) -> list[tuple[str, dict]]:
    return [(lv["title"], lv["competencies"]) for lv in data["levels"]]


@pytest.mark.parametrize("csv", [False, True], ids=["markdown", "csv"])
@pytest.mark.parametrize("scale", [["Awareness", "Working", "Practitioner", "Expert"],
                                   ["Foundation", "Intermediate", "Advanced", "Expert"]])
def test_a_matrix_of_a_known_proficiency_scale_has_a_level_per_column(cli, write, scale, csv):
    """The UK government's (DDaT) Awareness < Working < Practitioner < Expert
    and Foundation < Intermediate < Advanced < Expert are proficiency scales:
    every column after the skill's is a level, none a description."""
    data, run = imported(cli, _document(write, ["Skill", *scale], csv), "--org", "Acme")
    assert _levels(data) == [(title, {"data-modelling": [STATEMENTS[0][1][n]], "testing": [STATEMENTS[1][1][n]]})
                             for n, title in enumerate(scale)]
    assert [c.get("description") for d in data["dimensions"] for c in d["competencies"]] == [None, None]
    assert f"layout: proficiency-matrix: the table on line {1 if csv else 3} names 4 levels" in run.stderr
    assert "which names no level" not in run.stderr


@pytest.mark.parametrize("csv", [False, True], ids=["markdown", "csv"])
def test_columns_of_statements_before_the_first_known_level_are_levels(cli, write, csv):
    """Names the import does not know (Explorer, Builder) before those it
    knows (Advanced, Expert), over statements like theirs, after a column of
    the skills' short names: levels too, in the written order, said in a
    notice to check."""
    data, run = imported(cli, _document(write, ["Skill", "Explorer", "Builder", "Advanced", "Expert"], csv))
    assert [title for title, _ in _levels(data)] == ["Explorer", "Builder", "Advanced", "Expert"]
    assert _levels(data)[0][1] == {"data-modelling": [STATEMENTS[0][1][0]], "testing": [STATEMENTS[1][1][0]]}
    assert "columns read as levels though their headers name no level the import knows: their cells hold " \
           "statements like the levels' columns, in the same rows: Explorer, Builder\n" in run.stderr


@pytest.mark.parametrize("csv", [False, True], ids=["markdown", "csv"])
@pytest.mark.parametrize("described", ["Description", "What it means"])
def test_a_column_that_describes_the_skill_before_the_levels_stays_its_description(cli, write, csv, described):
    rows = [(name, [f"How well someone works with {name.lower()} in their daily work", *cells[1:]])
            for name, cells in STATEMENTS]
    data, _ = imported(cli, _document(write, ["Skill", described, "Intermediate", "Advanced", "Expert"], csv, rows))
    assert [title for title, _ in _levels(data)] == ["Intermediate", "Advanced", "Expert"]
    assert [c.get("description") for d in data["dimensions"] for c in d["competencies"]] == [
        "How well someone works with data modelling in their daily work",
        "How well someone works with testing in their daily work"]


@pytest.mark.parametrize("csv", [False, True], ids=["markdown", "csv"])
@pytest.mark.parametrize("layout", ["levels-as-columns", "proficiency-matrix"])
def test_the_layout_option_takes_every_column_after_the_rows_names_as_a_level(cli, write, csv, layout):
    """With --layout levels-as-columns (or proficiency-matrix) the header
    names the levels whatever their names: every column after those that
    name the rows (Area, Skill), not only those from the first name the
    import knows (Expert)."""
    header = ["Skill", "Learner", "Contributor", "Leader", "Expert"]
    unsteered = cli("import", str(_document(write, header, csv)), "--no-check")
    assert unsteered.exit_code == 2 and "pass --layout levels-as-columns" in unsteered.stderr
    data, run = imported(cli, _document(write, header, csv), "--layout", layout)
    assert _levels(data) == [(title, {"data-modelling": [STATEMENTS[0][1][n]], "testing": [STATEMENTS[1][1][n]]})
                             for n, title in enumerate(header[1:])]
    assert "which names no level" not in run.stderr and "; 1 piece of text not placed" in run.stderr  # 'Skill'
    grouped = [("Craft", name, cells) for name, cells in STATEMENTS]
    rows = [(area, [name, *cells]) for area, name, cells in grouped]
    data, _ = imported(cli, _document(write, ["Area", *header], csv, rows), "--layout", layout)
    assert [title for title, _ in _levels(data)] == header[1:]
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Data modelling", "Testing"])]


MATRIX = """# Acme engineering

{heading}

| Competency | Junior Engineer | Senior Engineer | Staff Engineer |
|---|---|---|---|
| Design | Implements designs of others | Designs features for the team | Designs systems spanning teams |
| Delivery | Delivers tasks | Delivers team projects | Delivers multi-team projects |
"""


def _dimensions(data) -> list[tuple[str, list[str]]]:
    return [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]]


@pytest.mark.parametrize("heading", ["The matrix", "Competency matrix", "Career framework", "Expectations by level",
                                     "Level expectations"])
def test_a_heading_that_names_the_ladder_over_its_table_is_no_dimension(cli, write, heading):
    data, run = imported(cli, write("ladder.md", MATRIX.format(heading=f"## {heading}")))
    assert _dimensions(data) == [("Competencies", ["Design", "Delivery"])]
    assert "names no dimension" not in run.stderr
    # Unless the user says headings of its depth name dimensions.
    data, _ = imported(cli, write("ladder.md", MATRIX.format(heading=f"## {heading}")), "--dimension-heading", "h2")
    assert _dimensions(data) == [(heading, ["Design", "Delivery"])]


def test_the_heading_over_the_documents_one_table_is_no_dimension(cli, write):
    """A heading over the one table sets it apart from no other table: its
    competencies are in the one dimension, a notice says so and how to
    steer it (--dimension-heading), which makes the heading the dimension."""
    page = write("ladder.md", MATRIX.format(heading="### Technical skills"))
    data, run = imported(cli, page)
    assert _dimensions(data) == [("Competencies", ["Design", "Delivery"])]
    assert "ladder.md:3: review: the heading over the document's one table of the ladder names no dimension: its " \
           "competencies are in the one dimension; to make the heading their dimension, pass --dimension-heading " \
           "h3: Technical skills\n" in run.stderr
    data, run = imported(cli, page, "--dimension-heading", "h3")
    assert _dimensions(data) == [("Technical skills", ["Design", "Delivery"])]
    assert "names no dimension" not in run.stderr


def test_headings_over_several_tables_are_their_dimensions(cli, write):
    table = MATRIX.split("\n\n")[2]
    page = write("ladder.md", f"# Acme engineering\n\n## Craft\n\n{table}\n\n## Impact\n\n"
                              + table.replace("Design", "Scope").replace("Delivery", "Influence"))
    data, run = imported(cli, page)
    assert _dimensions(data) == [("Craft", ["Design", "Delivery"]), ("Impact", ["Scope", "Influence"])]
    assert "names no dimension" not in run.stderr


def test_a_heading_over_the_one_table_that_groups_its_rows_names_the_first_group(cli, write):
    """A row that only names a group ('People') starts a dimension: the
    heading over the table names the group of the rows before it."""
    page = write("ladder.md", MATRIX.format(heading="## Technical").replace(
        "| Delivery |", "| **People** | | | |\n| Mentoring |"))
    data, _ = imported(cli, page)
    assert _dimensions(data) == [("Technical", ["Design"]), ("People", ["Mentoring"])]


# --- a first level named by an acronym (SDR | AE | Senior AE) ----------------------------

SALES = [("**Prospecting**", ["Outbound expert", "Targeted outbound", "Strategic accounts", "Pipeline strategy"]),
         ("**Discovery**", ["BANT qualification", "Deep discovery", "Multi-stakeholder", "Deal reviews"]),
         ("**Closing**", ["Books meetings", "Closes deals", "Complex closes", "Exec escalations"]),
         ("**Negotiation**", ["Basic", "Skilled", "Expert", "Strategic deals"])]


@pytest.mark.parametrize("csv", [False, True], ids=["markdown", "csv"])
def test_a_first_column_of_short_statements_under_an_acronym_is_a_level(cli, write, csv):
    """'SDR' before 'AE | Senior AE | Director', over cells as short as
    theirs (two words, some of them read as values: 'Basic', 'Expert'),
    after a column of the rows' names: the first level, not the
    competencies' descriptions."""
    data, run = imported(cli, _document(write, ["Level", "SDR", "AE", "Senior AE", "Director"], csv, SALES),
                         "--org", "Acme")
    assert [title for title, _ in _levels(data)] == ["SDR", "AE", "Senior AE", "Director"]
    assert _levels(data)[0][1]["closing"] == ["Books meetings"]
    assert [c.get("description") for d in data["dimensions"] for c in d["competencies"]] == [None] * 4
    assert "in the same rows: SDR\n" in run.stderr and "not content: SDR" not in run.stderr


@pytest.mark.parametrize("header, cells", [
    ("Description", ["Finding new buyers", "Learning what buyers need", "Signing deals", "Agreeing terms"]),
    ("What it means", ["Finding new buyers", "Learning what buyers need", "Signing deals", "Agreeing terms"]),
    ("Definition", ["Finding new buyers", "Learning what buyers need", "Signing deals", "Agreeing terms"]),
])
def test_a_column_that_says_it_describes_the_row_stays_its_description_beside_short_statements(
        cli, write, header, cells):
    rows = [(name, [said, *levels[1:]]) for (name, levels), said in zip(SALES, cells)]
    data, run = imported(cli, _document(write, ["Level", header, "AE", "Senior AE", "Director"], False, rows),
                         "--org", "Acme")
    assert [title for title, _ in _levels(data)] == ["AE", "Senior AE", "Director"]
    assert [c.get("description") for d in data["dimensions"] for c in d["competencies"]] == cells
    assert f"not content: {header}" in run.stderr and "is read as the competencies' descriptions" not in run.stderr


def test_a_column_whose_cells_define_the_rows_is_their_description_and_the_report_says_so(cli, write):
    """Cells far longer than the levels' statements define the row: the
    competencies' descriptions, which the report says, where its header
    (an acronym) does not."""
    defined = ["The ability to find and qualify new buyers in a territory before anyone else does",
               "How we learn what a buyer needs, who decides and what their budget is",
               "Turning a qualified buyer into a signed customer on terms that keep our margin",
               "How we agree price and terms with a buyer without giving away value"]
    rows = [(name, [said, *levels[1:]]) for (name, levels), said in zip(SALES, defined)]
    data, run = imported(cli, _document(write, ["Level", "SDR", "AE", "Senior AE", "Director"], False, rows),
                         "--org", "Acme")
    assert [title for title, _ in _levels(data)] == ["AE", "Senior AE", "Director"]
    assert [c.get("description") for d in data["dimensions"] for c in d["competencies"]] == defined
    assert "skills.md:3: review: column 'SDR' is read as the competencies' descriptions, not as a level: its " \
           "header names no level the import knows; if it is a level, import with --layout levels-as-columns" \
           in run.stderr
    assert "not content: SDR" not in run.stderr
