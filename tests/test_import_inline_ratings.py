"""`ladderlint import`: levels that rate competencies in a line ('Technical:
1-2 | Problem Solving: 1-2 | ...') are said to be ratings, not statements;
the line is kept whole (ranges and ratings per role fit no one proficiency)."""

from __future__ import annotations

from import_helpers import cells, imported

_PAGE = """\
# Progression

### Junior
{junior}

### Senior
{senior}
"""


def test_lines_of_ratings_are_reported_as_ratings(cli, write):
    text = _PAGE.format(junior="Technical: 1-2 | Problem Solving: 1-2 | Communication: 1-2 | Leadership: 1",
                        senior="Technical: 3-4 (IC) / 2-3 (Manager) | All others: 4")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--report", "-")
    assert "2 lines rate competencies on a scale ('Name: figure' pairs: Technical, Problem Solving, " \
           "Communication, Leadership, All others), not statements" in run.output
    assert cells(data)["senior"]["expectations"] == ["Technical: 3-4 (IC) / 2-3 (Manager) | All others: 4"]


def test_labelled_statements_are_no_ratings(cli, write):
    # Near-miss: labelled sentences, and a figure inside one, rate nothing.
    text = _PAGE.format(junior="Scope: works on tasks of 1-2 days | Team: shares progress daily | Craft: tests code",
                        senior="Leads projects of 3-4 people across teams.")
    _, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--report", "-")
    assert "rate competencies" not in run.output
