"""Lines and numbers of published frameworks that the import must read as
what they are: a behaviour that opens with a label like a pointer's, a
heading that is a span of years, a cell of a skills matrix that is no
number of its scale."""

from __future__ import annotations

from ladderlint.importers.textutil import ORDER_PREFIX, pointer_line
from import_helpers import imported


def test_a_progression_label_over_a_behaviour_is_no_pointer_to_the_next_level():
    assert pointer_line("**Progression:** Seeks feedback and grows their craft.") is None
    assert pointer_line("_Career advancement: Senior Engineer_") == "the level it leads to"
    assert pointer_line("Next level: Staff Engineer or Engineering Manager") == "the level it leads to"


def test_a_span_of_years_keeps_its_first_number():
    assert ORDER_PREFIX.sub("", "0 - 2 years") == "0 - 2 years"
    assert ORDER_PREFIX.sub("", "3 - Principal Engineer") == "Principal Engineer"


def test_a_matrix_cell_of_a_digit_no_scale_names_is_read_without_an_error(cli, write):
    """A superscript or circled digit ('²', '①') is a digit to Python but no
    number int() reads: the cell is text, and the import goes on."""
    page = write("matrix.md", "# Skills Matrix\n\n## Scale\n\n### 1 - Beginner\n- Learns the basics\n\n"
                              "### 2 - Intermediate\n- Works alone\n\n### 3 - Advanced\n- Guides others\n\n"
                              "### 4 - Expert\n- Sets standards\n\n## Matrix\n\n### Engineering\n\n"
                              "| Skill | Junior | Mid | Senior |\n|---|---|---|---|\n"
                              "| Testing | 1 | 2 | 3 |\n| Mentoring | \u00b2 | 2 | 4 |\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert "internal error" not in run.stderr
    assert data["levels"]
