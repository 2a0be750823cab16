"""Checkmark matrices: a row per statement (or competency and statement),
a column per level, and a tick ('✅', 'x', 'Yes') where the level is
expected to show the statement; and tables whose cells are pictures alone.
Each test writes a short document of that shape."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported

HEADER = "| **Area** | **Expectation** | **Engineer 1**  (Green) | **Engineer 2**  (Blue) | **Senior Engineer**  (Gold) |"


def _matrix(rows: list[str], header: str = HEADER, heading: str = "## Delivery") -> str:
    columns = header.count("|") - 1
    return f"# Acme ladder\n\n{heading}\n\n{header}\n|{' --- |' * columns}\n" + "\n".join(rows) + "\n"


ONE_TICK_EACH = [
    "| **Planning** | Breaks a task into steps | ✅ |  |  |",
    "|  | Plans a project of several people |  | ✔ |  |",
    "|  | Plans the roadmap of a team |  |  | x |",
    "| **Testing** | Writes unit tests for the code they change | Yes | - | ❌ |",
    "|  | Designs the test strategy of a service |  | ✓ |  |",
]


def test_each_statement_goes_to_the_level_its_column_ticks(cli, write):
    """The statements are the rows' text, in the competency the column before
    names (a blank is the one above), at the level that ticks them; ticks of
    any kind, crosses and dashes tick nothing; the levels' titles are the
    header's words without their bold marks and doubled spaces."""
    path = write("ladder.md", _matrix(ONE_TICK_EACH))
    data, run = imported(cli, path, "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Engineer 1 (Green)", "Engineer 2 (Blue)",
                                                            "Senior Engineer (Gold)"]
    by_level = cells(data)
    first, second, third = (level["id"] for level in data["levels"])
    assert by_level[first] == {"planning": ["Breaks a task into steps"],
                               "testing": ["Writes unit tests for the code they change"]}
    assert by_level[second] == {"planning": ["Plans a project of several people"],
                                "testing": ["Designs the test strategy of a service"]}
    assert by_level[third]["planning"] == ["Plans the roadmap of a team"]
    assert "(a checkmark matrix)" in run.stderr
    assert all("✅" not in str(level) and "✔" not in str(level) for level in data["levels"])


def test_a_row_ticked_once_starts_there_and_the_ladder_is_cumulative(cli, write):
    """A tick at one level says where the statement starts: the levels above
    include it (`cumulative: true`), and a competency the table ticks no more
    of at a higher level adds nothing there, as LL401 asks it be said; the
    fresh import's check is quiet about the table."""
    path = write("ladder.md", _matrix(ONE_TICK_EACH))
    out = path.parent / "ladder-out.yaml"
    run = cli("import", str(path), "--org", "Acme", "-o", str(out))
    assert "`cumulative: true`" in run.stderr
    assert "cumulative: true" in out.read_text(encoding="utf-8")
    checked = cli("check", str(out))
    for code in ("LL401", "LL205", "LL510", "LL502", "LL515"):
        assert code not in checked.output + checked.stderr
    data, _ = imported(cli, path, "--org", "Acme")
    third = data["levels"][2]["id"]
    assert "Nothing beyond Engineer 2 (Blue)" in cells(data)[third]["testing"]["not_applicable"]


def test_ticks_that_run_up_to_the_top_write_the_statement_once(cli, write):
    """Ticks from a level on to the top level (a cumulative ladder drawn in
    full): the statement at the level it starts at only, not repeated."""
    rows = ["| Planning | Breaks a task into steps | ✅ | ✅ | ✅ |",
            "|  | Plans a project of several people |  | ✅ | ✅ |"]
    data, run = imported(cli, write("ladder.md", _matrix(rows)), "--org", "Acme")
    first, second, third = (level["id"] for level in data["levels"])
    assert data["cumulative"] is True
    assert cells(data)[first] == {"planning": ["Breaks a task into steps"]}
    assert cells(data)[second] == {"planning": ["Plans a project of several people"]}


def test_ticks_with_a_gap_put_the_statement_at_every_ticked_level(cli, write):
    """Ticks that stop below the top level, or leave a level out, say the
    levels each ask it on their own: the statement at each ticked level and
    `cumulative: false`."""
    rows = ["| Planning | Breaks a task into steps | ✅ | ✅ |  |",
            "|  | Plans a project of several people | ✅ |  | ✅ |"]
    data, _ = imported(cli, write("ladder.md", _matrix(rows)), "--org", "Acme")
    first, second, third = (level["id"] for level in data["levels"])
    assert data["cumulative"] is False
    assert cells(data)[first] == {"planning": ["Breaks a task into steps", "Plans a project of several people"]}
    assert cells(data)[second] == {"planning": ["Breaks a task into steps"]}
    assert cells(data)[third] == {"planning": ["Plans a project of several people"]}


HIGHEST_FIRST = "| Area | Skill | Staff | Senior | Mid | Junior |"


def test_levels_listed_highest_first_are_read_lowest_first_before_the_ticks_are(cli, write):
    """Columns listed highest first (Staff | Senior | Mid | Junior): the ticks
    that run from a level up to Staff run up once the levels are lowest first,
    as the import writes them, so each statement starts at its lowest tick."""
    rows = ["| Delivery | Writes tests for the code they ship | ✅ | ✅ | ✅ | ✅ |",
            "| Delivery | Designs services used by several teams | ✅ | ✅ |  |  |",
            "| Leadership | Sets technical direction for the group | ✅ |  |  |  |"]
    data, run = imported(cli, write("ladder.md", _matrix(rows, HIGHEST_FIRST)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Mid", "Senior", "Staff"]
    assert data["cumulative"] is True
    by_level = cells(data)
    assert by_level["junior"]["delivery"] == ["Writes tests for the code they ship"]
    assert by_level["senior"]["delivery"] == ["Designs services used by several teams"]
    assert by_level["staff"]["leadership"] == ["Sets technical direction for the group"]
    assert by_level["junior"]["leadership"]["not_applicable"] == "Leadership starts at Staff"
    assert "listed highest first" in run.stderr


def test_levels_listed_highest_first_with_ticks_that_stop_below_the_top(cli, write):
    """Ticks that stop below the top level stay at each ticked level, whichever
    way the header lists the levels (`cumulative: false`)."""
    rows = ["| Delivery | Writes tests for the code they ship |  | ✅ | ✅ | ✅ |",
            "| Delivery | Designs services used by several teams | ✅ | ✅ |  |  |"]
    data, _ = imported(cli, write("ladder.md", _matrix(rows, HIGHEST_FIRST)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Mid", "Senior", "Staff"]
    assert data["cumulative"] is False
    by_level = cells(data)
    assert by_level["junior"]["delivery"] == ["Writes tests for the code they ship"]
    assert by_level["staff"]["delivery"] == ["Designs services used by several teams"]


def test_levels_whose_names_do_not_place_them_stay_as_written(cli, write):
    """Names that say no order (Explorer | Builder | Expert, under a header the user says names levels)
    are read in the written order."""
    header = "| Area | Skill | Explorer | Builder | Expert |"
    rows = ["| Delivery | Writes tests for the code they ship | ✅ | ✅ | ✅ |",
            "| Delivery | Designs services used by several teams |  | ✅ | ✅ |"]
    data, run = imported(cli, write("ladder.md", _matrix(rows, header)), "--org", "Acme",
                         "--layout", "levels-as-columns")
    assert [level["title"] for level in data["levels"]] == ["Explorer", "Builder", "Expert"]
    assert "listed highest first" not in run.stderr


def test_without_a_column_of_competencies_the_heading_names_the_competency(cli, write):
    header = "| Expectation | Junior | Senior |"
    rows = ["| Writes unit tests for the code they change | ✅ |  |",
            "| Designs the test strategy of a service |  | ✅ |"]
    data, _ = imported(cli, write("ladder.md", _matrix(rows, header, "## Testing")), "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Testing"]
    assert cells(data)["junior"] == {"testing": ["Writes unit tests for the code they change"]}
    assert cells(data)["senior"] == {"testing": ["Designs the test strategy of a service"]}


def test_text_that_merely_holds_an_x_is_a_statement(cli, write):
    """Near miss: cells of sentences with an 'x' in them ('Fixes flaky tests',
    'x86 builds') are a levels-as-columns table of statements, as before."""
    header = "| Competency | Junior | Senior |"
    rows = ["| Delivery | Fixes flaky tests with help | Fixes x86 build breaks alone |",
            "| Craft | Explains their changes | Reviews complex changes |"]
    data, run = imported(cli, write("ladder.md", _matrix(rows, header, "## Engineering")), "--org", "Acme")
    assert cells(data)["junior"]["delivery"] == ["Fixes flaky tests with help"]
    assert cells(data)["senior"]["delivery"] == ["Fixes x86 build breaks alone"]
    assert "checkmark" not in run.stderr


def test_a_table_of_sentences_with_bold_level_headers_has_plain_titles(cli, write):
    """Near miss: levels × competencies with sentences stay statements per
    cell; the header's emphasis and doubled spaces are no part of a title."""
    header = "| Competency | **Junior**  (L1) | **Senior** (L2) |"
    rows = ["| Delivery | Ships small tasks with help. | Leads projects across teams. |",
            "| Craft | Writes tests for their changes. | Sets the team's testing standards. |"]
    data, run = imported(cli, write("ladder.md", _matrix(rows, header, "## Engineering")), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Senior"]
    assert [level["id"] for level in data["levels"]] == ["L1", "L2"]
    assert cells(data)["L2"]["craft"] == ["Sets the team's testing standards."]
    assert data["cumulative"] is False
    assert "checkmark" not in run.stderr


IMAGES = """# Skills

| | Junior | Intermediate | Senior |
| --- | --- | --- | --- |
| Testing | ![Basic](basic.png) | ![Intermediate](intermediate.png) | ![Advanced](advanced.png) |
| Design | | ![Basic](basic.png) | ![Advanced](advanced.png) |
| Security | ![Basic](basic.png) | ![Basic](basic.png) | ![Intermediate](intermediate.png) |
"""


@pytest.mark.parametrize("layout", [None, "levels-as-columns", "proficiency-matrix"])
def test_a_table_of_pictures_is_refused_saying_so(cli, write, layout):
    """A skills matrix drawn in pictures holds no text to import: refused,
    saying its cells are images, advising no layout that would fail too;
    the proficiency matrix's message speaks of proficiencies."""
    path = write("skills.md", IMAGES)
    run = cli("import", str(path), "-o", str(path.parent / "out.yaml"),
              *(["--layout", layout] if layout else []))
    assert run.exit_code == 2
    assert "its other cells are only images" in run.stderr
    assert "--layout levels-as-rows (or levels-as-columns)" not in run.stderr
    if layout == "proficiency-matrix":
        assert "names proficiencies" in run.stderr and "names levels" not in run.stderr


def test_ballot_boxes_and_true_false_cells_tick_and_cross(cli, write):
    """A matrix kept in a spreadsheet writes ☑ and ☒ (a box ticked, a box
    crossed) or TRUE and FALSE: the crossed box and FALSE tick nothing."""
    rows = [
        "| **Planning** | Breaks a task into steps | ☑ | ☒ | ☒ |",
        "|  | Plans a project of several people | ☒ | ☑ | ☒ |",
        "| **Testing** | Writes unit tests for the code they change | TRUE | FALSE | FALSE |",
        "|  | Designs the test strategy of a service | FALSE | FALSE | TRUE |",
    ]
    data, run = imported(cli, write("ladder.md", _matrix(rows)), "--org", "Acme")
    first, second, third = (cells(data)[level["id"]] for level in data["levels"])
    assert first == {"planning": ["Breaks a task into steps"], "testing": ["Writes unit tests for the code they change"]}
    assert second["planning"] == ["Plans a project of several people"]
    assert third["testing"] == ["Designs the test strategy of a service"]
    assert "☒" not in str(data) and "FALSE" not in str(data)
