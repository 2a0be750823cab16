"""Nothing a level's page says is lost silently: the note under an
experience row's label ('Approximate tenure <br> (not meant to be exact)')
goes with the figure into the level's description; a table row over
figures only is reported as such, not as a heading; and competencies that
no group heading names, beside groups the page names, are put in a
dimension the report says the import named."""

from __future__ import annotations

from import_helpers import imported

PAGE = """---
title: "Associate Engineer"
---

## Core Competencies

* You work on tasks a lead allocates to you, and you care about their quality.
* You seek help when you are blocked for more than half an hour.

## Functional Competencies

### Management

* You ask questions until the task is clear.

## Behavioral Competencies

### Enabling Traits

* You ask questions freely.

## Broad Indicators

<table>
<tbody>
  <tr>
    <td rowspan="2">Split of responsibilities in the role</td>
    <td><span style="font-weight:bold">Core</span>: ~80%</td>
  </tr>
  <tr>
    <td><span style="font-weight:bold">Management</span>: ~20%</td>
  </tr>
  <tr>
    <td>
      {label} <br>
      <span style="font-style:italic">{note}</span>
    </td>
    <td>~1 year</td>
  </tr>
</tbody>
</table>
"""

NOTE = "(This is not meant to be exact - some people move up sooner, some later)"


def test_the_note_under_an_experience_label_is_kept(cli, write):
    data, run = imported(cli, write("associate-engineer.md", PAGE.format(label="Approximate tenure in this role",
                                                                          note=NOTE)), "--org", "Acme")
    assert data["levels"][0]["description"] == f"Approximate tenure in this role: ~1 year {NOTE}"


def test_a_label_with_no_note_is_described_as_before(cli, write):
    """Near miss: no note under the label, the description is as it was."""
    data, run = imported(cli, write("associate-engineer.md", PAGE.format(label="Approximate tenure in this role",
                                                                          note="")), "--org", "Acme")
    assert data["levels"][0]["description"] == "Approximate tenure in this role: ~1 year"


def test_a_row_over_figures_is_not_called_a_heading(cli, write):
    data, run = imported(cli, write("associate-engineer.md", PAGE.format(label="Tenure", note=NOTE)),
                         "--org", "Acme")
    assert "not placed: the name over figures (reported), not a competency: Split of responsibilities in the role" \
        in run.stderr
    assert "heading with no statements under it: Split" not in run.stderr


def test_a_dimension_the_import_names_is_said(cli, write):
    data, run = imported(cli, write("associate-engineer.md", PAGE.format(label="Tenure", note=NOTE)),
                         "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies", "Functional Competencies",
                                                       "Behavioral Competencies"]
    assert ("layout: no heading names the dimension of 'Core Competencies': put in a dimension named "
            "'Competencies', beside the document's own ('Functional Competencies', 'Behavioral Competencies')"
            ) in run.stderr


def test_no_dimension_named_by_the_page_says_nothing_of_it(cli, write):
    """Near miss: where the page names no dimension at all, the one the
    import names is the only one, as every such import has it."""
    page = "# Ladder\n\n## Engineer I\n\n- Ships small changes.\n\n## Engineer II\n\n- Ships features.\n"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert "no heading names the dimension" not in run.stderr
