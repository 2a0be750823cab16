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
    assert ("review: no heading names the dimension of 'Core Competencies': put in a dimension named "
            "'Competencies', beside the document's own ('Functional Competencies', 'Behavioral Competencies'); "
            "rename it (`name: Competencies` under `dimensions:` in the YAML), or move them") in run.stderr


#: A ladder as teams write them: competencies under each level, and no heading over them that names a dimension.
UNGROUPED = """# Initech Engineering Ladder

## Engineer I

### Technical Skills

- Writes well-tested code for small, well-defined tasks.

### Communication

- Shares status updates with the team in stand-up.

## Engineer II

### Technical Skills

- Designs and builds features of moderate scope.

### Communication

- Writes clear design notes for their features.
"""


def test_the_only_dimension_the_import_names_is_said_once_with_how_to_rename_it(cli, write):
    """No heading names a dimension: the import puts the competencies in one
    it names, which the YAML shows as if the document named it. The report
    says so once, as a notice to review, naming what to rename."""
    path = write("ladder.md", UNGROUPED)
    data, run = imported(cli, path, "--org", "Initech")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    said = [line for line in run.stderr.splitlines() if ": review: " in line]
    assert said == [f"{path}:5: review: no heading names a dimension: the import put "
                    "'Technical Skills', 'Communication' in one it names 'Competencies' (the format puts each "
                    "competency in a dimension); where the framework has a name for them, rename it: `name: "
                    "Competencies` under `dimensions:` in the YAML"]
    assert "1 notice to review" in run.stderr


def test_the_dimension_the_import_names_for_pages_of_one_track_is_said_once(cli, write, tmp_path):
    """A level per page, none naming a dimension: one notice for the
    framework, at the first page, not one per page."""
    for number, title in ((1, "Engineer I"), (2, "Engineer II")):
        write(f"pages/l{number}.md", f"# {title}\n\n### Technical Skills\n\n- Writes tests at level {number}.\n\n"
                                     f"### Communication\n\n- Shares updates at level {number}.\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "pages"), "--org", "Initech", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    said = [line for line in run.stderr.splitlines() if "no heading names a dimension" in line]
    assert len(said) == 1 and said[0].startswith(f"{tmp_path / 'pages' / 'l1.md'}:3: review: "), run.stderr


def test_dimensions_the_document_names_are_not_said_to_be_the_imports(cli, write):
    """Near miss: a heading over the competencies names their dimension:
    the YAML's dimension is the document's, nothing to say."""
    named = UNGROUPED.replace("### ", "#### ").replace("## Engineer I\n\n", "## Engineer I\n\n### Craft\n\n") \
        .replace("## Engineer II\n\n", "## Engineer II\n\n### Craft\n\n")
    data, run = imported(cli, write("ladder.md", named), "--org", "Initech")
    assert [d["name"] for d in data["dimensions"]] == ["Craft"]
    assert "names a dimension" not in run.stderr and "the import names" not in run.stderr
