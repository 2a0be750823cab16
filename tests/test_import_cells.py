"""`ladderlint import` reads what a level's cell says beside its statements,
in every shape a ladder is written in: a reference to a lower level in front
of what the level adds ('Same as L1, plus: ...'), a mark that the competency
does not apply ('N/A – first expected at L3'), and the shapes of tables and
sections companies write their levels in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from import_helpers import cells, imported, workbook_file
from ladderlint.loader import load_document




# --- references to a lower level ---------------------------------------------------

@pytest.mark.parametrize("written, meant", [
    ("Same as L1, plus: Writes design docs.", "Writes design docs."),
    ("As L1, and writes design docs.", "Writes design docs."),
    ("Everything in L1, plus writes design docs.", "Writes design docs."),
    ("All the expectations of L1, and also writes design docs.", "Writes design docs."),
    ("Same as the previous level, plus writes design docs.", "Writes design docs."),
    ("Same as L1 and L2 – plus: writes design docs.", "Writes design docs."),
    ("In addition to the L2 expectations: writes design docs.", "Writes design docs."),
    ("All of L2's expectations, plus writes design docs.", "Writes design docs."),
    ("Builds on L2: writes design docs.", "Writes design docs."),
    ("Extends L2, and also writes design docs.", "Writes design docs."),
    ("Extends the L2 expectations: writes design docs.", "Writes design docs."),
])
def test_a_reference_to_a_lower_level_is_dropped_from_the_statement(cli, write, written, meant):
    page = ("# Acme Engineering Ladder\n\n| Competency | L1 | L2 | L3 |\n| --- | --- | --- | --- |\n"
            f"| Design | Implements small features. | Writes tests first. | {written} |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L3"]["design"] == [meant]
    assert "not placed: a reference to a lower level (levels are cumulative: each includes those below), left " \
        "out of the statement after it" in run.stderr


@pytest.mark.parametrize("sentence", [
    "As a senior engineer, drives the design of services.",
    "As needed, and with help, fixes bugs.",
    "Same-day reviews of peers' changes.",
    "In addition to coding, reviews designs.",
    "In addition to senior engineers, mentors interns.",
])
def test_a_sentence_that_opens_with_as_is_a_statement(cli, write, sentence):
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            f"| Design | Implements small features. | {sentence} |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L2"]["design"] == [sentence]


def test_a_bullet_that_refers_to_a_lower_level_in_a_level_section(cli, write):
    page = ("# Acme Ladder\n\n## L1\n\n### Delivery\n\n- Ships small tasks\n\n"
            "## L2\n\n### Delivery\n\n- Same as L1, plus: Breaks projects into milestones\n- Same as L1.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L2"]["delivery"] == ["Breaks projects into milestones"]
    assert "not placed: a reference to a lower level (levels are cumulative: each includes those below), " \
        "adding nothing to it: Same as L1." in run.stderr


def test_a_cell_that_is_only_a_reference_says_the_level_adds_nothing_there(cli, write):
    """'Same as L4' alone: the level adds nothing there, which the YAML says
    in the document's words (``not_applicable``, what LL401 asks for), so
    check has no gap to report; the report says so once per level."""
    page = ("# Ladder\n\n| Competency | L4 | L5 |\n| --- | --- | --- |\n"
            "| Operations | Handles on-call alone. | Same as L4 |\n| Delivery | Ships tasks. | Plans projects. |\n")
    path = write("ladder.md", page)
    data, run = imported(cli, path, "--org", "Acme")
    assert cells(data)["L5"]["operations"] == {"not_applicable": "Same as L4"} and data["cumulative"] is True
    assert ("ladder.md:5: review: 'Operations' at L5 says only 'Same as L4': the level adds nothing there to the "
            "statements below it, which it refers to, so the YAML says so in the document's words "
            "(`not_applicable: ...`); write what L5 adds instead, if it adds something") in run.stderr
    assert "not placed: a reference" not in run.stderr  # said once, with what it became
    checked = cli("check", "--select", "LL401", str(path.parent / "ladder-out.yaml"))
    assert "LL401" not in checked.output
    # Several at one level: one entry.
    data, run = imported(cli, write("two.md", page.replace("Plans projects.", "(Same as L4)")), "--org", "Acme")
    assert cells(data)["L5"]["delivery"] == {"not_applicable": "Same as L4"}
    assert ("two.md:5: review: 'Operations' and 'Delivery' at L5 say only 'Same as L4', '(Same as L4)': the level "
            "adds nothing there") in run.stderr
    assert run.stderr.count("say only") + run.stderr.count("says only") == 1
    # A reference that adds something leaves a statement: nothing for check.
    data, run = imported(cli, write("plus.md", page.replace("Same as L4", "Same as L4, plus: Leads incident reviews")),
                         "--org", "Acme")
    assert cells(data)["L5"]["operations"] == ["Leads incident reviews"] and "says only" not in run.stderr


@pytest.mark.parametrize("opening", ["Extends", "Builds on"])
def test_a_bullet_that_extends_the_lower_levels_responsibilities(cli, write, opening):
    """GitLab's job family pages open each level's responsibilities with
    'Extends the Junior Backend Engineer responsibilities': a reference to
    the level below, by its title, not a statement."""
    page = ("# Backend Engineer\n\n## Junior Backend Engineer\n\n### Responsibilities\n\n- Fixes small bugs\n\n"
            "## Intermediate Backend Engineer\n\n### Responsibilities\n\n"
            f"- {opening} the Junior Backend Engineer responsibilities\n- Develops features end to end\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "GitLab")
    assert cells(data)["intermediate-backend-engineer"]["responsibilities"] == ["Develops features end to end"]
    assert "not placed: a reference to a lower level (levels are cumulative: each includes those below), " \
        f"adding nothing to it: {opening} the Junior Backend Engineer responsibilities" in run.stderr
    # A sentence that extends something else is a statement.
    data, _ = imported(cli, write("other.md", page.replace("the Junior Backend Engineer responsibilities",
                                                            "the public API")), "--org", "GitLab")
    assert f"{opening} the public API" in cells(data)["intermediate-backend-engineer"]["responsibilities"]


# --- not applicable ----------------------------------------------------------------

@pytest.mark.parametrize("written, reason", [
    ("N/A – first expected at L3", "First expected at L3"),
    ("N/A - first expected at L3", "First expected at L3"),
    ("Not applicable: first expected at L3", "First expected at L3"),
    ("n/a (first expected at L3)", "First expected at L3"),
    ("*N/A: first expected at L3*", "First expected at L3"),
])
def test_a_not_applicable_mark_with_a_reason_is_the_cells_not_applicable(cli, write, written, reason):
    page = ("# Acme Ladder\n\n| Competency | L1 | L2 | L3 |\n| --- | --- | --- | --- |\n"
            "| Design | Implements small features. | Writes design docs. | Leads design reviews. |\n"
            f"| Mentoring | {written} | {written} | Mentors engineers. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L1"]["mentoring"] == {"not_applicable": reason}
    assert cells(data)["L2"]["mentoring"] == {"not_applicable": reason}
    assert cells(data)["L3"]["mentoring"] == ["Mentors engineers."]
    assert "without a reason" not in run.stderr
    assert "and 4 statements (2 cells not applicable) from 1 file" in run.stderr


def test_a_not_applicable_bullet_under_a_level_section(cli, write):
    page = ("# Acme Ladder\n\n## L1\n\n### Mentoring\n\n- Not applicable: first expected at L2\n\n"
            "### Delivery\n\n- Ships small tasks\n\n## L2\n\n### Mentoring\n\n- Mentors interns\n\n"
            "### Delivery\n\n- Plans projects\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L1"]["mentoring"] == {"not_applicable": "First expected at L2"}


def test_an_imported_not_applicable_passes_the_missing_cell_rule(cli, write, tmp_path):
    page = ("# Acme Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            "| Design | Implements small features. | Writes design docs. |\n"
            "| Mentoring | N/A – first expected at L2 | Mentors interns. |\n")
    out = tmp_path / "acme.yaml"
    run = cli("import", str(write("ladder.md", page)), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "not_applicable: First expected at L2" in out.read_text()
    checked = cli("check", str(out), "--format", "json")
    assert "LL401" not in checked.output
    assert "LL403" not in checked.output


# --- a row of titles under a header of codes ------------------------------------------

@pytest.mark.parametrize("name, page", [
    ("ladder.md", "# Vandelay Ladder\n\n| Competency | L1 | L2 | L3 |\n| --- | --- | --- | --- |\n"
                  "| | Associate | Engineer | Senior |\n"
                  "| Craft | Writes small features. | Owns features end to end. | Designs systems. |\n"
                  "| Teamwork | Works well with the team. | Unblocks peers. | Leads projects. |\n"),
    ("ladder.csv", "Competency,IC1,IC2,IC3\nTitle,Associate Engineer,Software Engineer,Senior Engineer\n"
                   "Craft,Writes small features.,Owns features end to end.,Designs systems.\n"
                   "Teamwork,Works well with the team.,Unblocks peers.,Leads projects.\n"),
])
def test_a_row_of_titles_under_a_header_of_codes_titles_the_levels(cli, write, name, page):
    data, run = imported(cli, write(name, page), "--org", "Acme")
    codes = [level["id"] for level in data["levels"]]
    titles = [level["title"] for level in data["levels"]]
    assert titles in (["Associate", "Engineer", "Senior"],
                      ["Associate Engineer", "Software Engineer", "Senior Engineer"])
    assert codes in (["L1", "L2", "L3"], ["IC1", "IC2", "IC3"])
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Craft", "Teamwork"]
    assert "the row under the header gives the levels' titles; their codes in the header are their ids" in run.stderr


def test_a_row_of_codes_under_a_header_of_titles_gives_the_levels_ids(cli, write):
    page = ("# Ladder\n\n| Competency | Junior | Mid | Senior |\n|---|---|---|---|\n| Level | L1 | L2 | L3 |\n"
            "| Craft | Writes code. | Owns features. | Designs systems. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        ("L1", "Junior"), ("L2", "Mid"), ("L3", "Senior")]
    assert cells(data)["L1"] == {"craft": ["Writes code."]}
    assert "the row under the header gives the levels' codes, their ids: L1 Junior" in run.stderr


def test_a_first_row_of_short_statements_is_no_row_of_titles(cli, write):
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            "| Craft | Codes | Reviews |\n| Teamwork | Helps peers. | Leads projects. |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["L1", "L2"]
    assert cells(data)["L1"]["craft"] == ["Codes"]


# --- tables of one statement per row --------------------------------------------------

@pytest.mark.parametrize("name, page", [
    ("ladder.csv", "Level,Competency,Expectation\nL1,Design,Implements small features with guidance\n"
                   "L1,Design,Writes tests for the code they change\nL1,Delivery,Ships tasks on time with help\n"
                   "L2,Design,Writes design docs for medium features\nL2,Delivery,Breaks projects into milestones\n"),
    ("ladder.md", "# Ladder\n\n| Competency | Level | Behaviour |\n| --- | --- | --- |\n"
                  "| Design | L1 | Implements small features with guidance |\n"
                  "| Design | L1 | Writes tests for the code they change |\n"
                  "| Delivery | L1 | Ships tasks on time with help |\n"
                  "| Design | L2 | Writes design docs for medium features |\n"
                  "| Delivery | L2 | Breaks projects into milestones |\n"),
])
def test_a_table_of_one_statement_per_row_groups_rows_into_levels(cli, write, name, page):
    data, run = imported(cli, write(name, page), "--org", "Acme")
    assert cells(data) == {
        "L1": {"design": ["Implements small features with guidance", "Writes tests for the code they change"],
               "delivery": ["Ships tasks on time with help"]},
        "L2": {"design": ["Writes design docs for medium features"], "delivery": ["Breaks projects into milestones"]},
    }
    assert "names 2 levels in its" in run.stderr and "a statement per row" in run.stderr


def test_a_table_of_one_statement_per_row_with_dimensions_and_merged_cells(cli, write):
    page = ("<h1>Umbrella Ladder</h1><table><tr><th>Level<th>Dimension<th>Competency<th>Behaviour"
            "<tr><td rowspan=3>Junior<td rowspan=2>Craft<td>Testing<td>Writes unit tests for new code"
            "<tr><td><td>Fixes flaky tests they find"
            "<tr><td>People<td>Communication<td>Asks for help when blocked"
            "<tr><td rowspan=2>Senior<td>Craft<td>Testing<td>Designs the test plan of a feature"
            "<tr><td>People<td>Communication<td>Writes clear design proposals for review</table>")
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Testing"]), ("People", ["Communication"])]
    assert cells(data)["junior"] == {"testing": ["Writes unit tests for new code", "Fixes flaky tests they find"],
                                     "communication": ["Asks for help when blocked"]}
    assert cells(data)["senior"]["testing"] == ["Designs the test plan of a feature"]


# --- a table per track ---------------------------------------------------------------

IC_AND_MANAGER = [
    ("Individual Contributor", [("Competency", "L1", "L2"), ("Craft", "Writes small features.", "Designs systems."),
                                ("Teamwork", "Works with the team.", "Leads projects.")]),
    ("Manager", [("Competency", "M1", "M2"), ("People", "Runs one-on-ones.", "Grows managers."),
                 ("Delivery", "Tracks projects.", "Plans roadmaps.")]),
]


def _tracks(cli, source: Path, out: Path) -> dict[str, dict[str, Any]]:
    run = cli("import", str(source), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    found = {}
    for path in sorted(out.glob("*.yaml")):
        data = load_document(str(path), path.read_bytes()).data
        found[data["track"]] = data
    return found


def test_a_levels_table_under_each_track_heading_is_a_track(cli, write, tmp_path):
    page = "# Initech Engineering Levels\n\n"
    for track, rows in IC_AND_MANAGER:
        page += f"## {track}\n\n" + "\n".join(
            "| " + " | ".join(row) + " |" + ("\n| --- | --- | --- |" if n == 0 else "") for n, row in enumerate(rows))
        page += "\n\n"
    found = _tracks(cli, write("ladder.md", page), tmp_path / "out")
    assert sorted(found) == ["Individual Contributor", "Manager"]
    assert [lv["id"] for lv in found["Manager"]["levels"]] == ["M1", "M2"]
    # The heading names the track, not a dimension of it.
    assert [d["name"] for d in found["Manager"]["dimensions"]] == ["Competencies"]


def test_a_workbook_sheet_per_track_is_a_track(cli, tmp_path):
    found = _tracks(cli, workbook_file(tmp_path / "ladder.xlsx", *IC_AND_MANAGER), tmp_path / "out")
    assert sorted(found) == ["Individual Contributor", "Manager"]
    assert cells(found["Individual Contributor"])["L2"] == {"craft": ["Designs systems."],
                                                            "teamwork": ["Leads projects."]}


@pytest.mark.parametrize("header", ["{code}\n{title}", "{code} - {title}"])
def test_a_competency_that_starts_above_the_first_level_names_the_levels_by_their_ids(cli, tmp_path, header):
    """A header of two lines ('IC2', then 'Engineer') makes level IC2 titled
    Engineer: where a row starts at IC2, its reason and the report say IC2,
    as the framework names the level."""
    levels = [("IC1", "Junior"), ("IC2", "Engineer"), ("IC3", "Senior")]
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", [
        ["Competency", *(header.format(code=code, title=title) for code, title in levels)],
        ["Coding", "Writes simple code with help", "Writes production code alone", "Writes exemplary code"],
        ["Mentoring", None, "Helps new hires", "Mentors engineers"]]))
    data, run = imported(cli, path, "--org", "Acme")
    assert cells(data)["IC1"]["mentoring"] == {"not_applicable": "Mentoring starts at IC2"}
    assert "the row of 'Mentoring' has no entry at IC1: not_applicable there ('Mentoring starts at IC2')" \
        in run.stderr


def test_a_competency_that_starts_above_the_first_level_names_a_level_by_its_code_column(cli, tmp_path):
    """A Level column (L1-L3) beside a Title column: the level's code is given
    apart from its title, so the reason names it by its code, as the
    framework's id does ('starts at L2', not 'starts at Developer')."""
    path = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", [
        ["Level", "Title", "Coding", "Mentoring"],
        ["L1", "Junior Developer", "Writes simple code with help", None],
        ["L2", "Developer", "Writes production code alone", "Helps new joiners set up"],
        ["L3", "Senior Developer", "Writes exemplary code", "Mentors engineers"]]))
    data, run = imported(cli, path, "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        ("L1", "Junior Developer"), ("L2", "Developer"), ("L3", "Senior Developer")]
    assert cells(data)["L1"]["mentoring"] == {"not_applicable": "Mentoring starts at L2"}
    assert "has no entry at L1: not_applicable there ('Mentoring starts at L2')" in run.stderr


def test_what_the_report_says_of_one_page_names_the_page(cli, write):
    """A page whose tables are read as two documents of one framework is
    still one file, not 'docs/ (2 files)'."""
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n| Craft | Writes code. | Designs systems. |\n\n"
            "| Competency | M1 | M2 |\n| --- | --- | --- |\n| People | Runs one-on-ones. | Grows managers. |\n")
    _, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert "ladder.md:1: review: the documents do not name the track" in run.stderr
    assert "2 files" not in run.stderr


# --- lines that open a level's section ------------------------------------------------

@pytest.mark.parametrize("name, page", [
    ("ladder.md", "# Hooli Ladder\n\n**L1:** Associate engineers learn the codebase.\n\n- Writes tests for their code\n"
                  "- Asks questions when blocked\n\n**L2:** Engineers own features end to end.\n\n"
                  "- Designs medium features\n"),
    ("ladder.md", "# Hooli Ladder\n\nL1 — Associate Software Engineer\nAssociate engineers learn the codebase.\n\n"
                  "- Writes tests for their code\n- Asks questions when blocked\n\nL2 — Software Engineer\n"
                  "Engineers own features end to end.\n\n- Designs medium features\n"),
    ("ladder.txt", "Hooli Ladder\n\nL1 — Associate Software Engineer\nAssociate engineers learn the codebase.\n"
                   "- Writes tests for their code\n- Asks questions when blocked\n\nL2 - Software Engineer\n"
                   "Engineers own features end to end.\n- Designs medium features\n"),
    ("ladder.txt", "Hooli Ladder\n\nLevel 1: Associate Software Engineer\nAssociate engineers learn the codebase.\n"
                   "  • Writes tests for their code\n  • Asks questions when blocked\n\nLevel 2: Software Engineer\n"
                   "Engineers own features end to end.\n  • Designs medium features\n"),
])
def test_lines_that_open_each_level_are_its_section(cli, write, name, page):
    data, run = imported(cli, write(name, page), "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["L1", "L2"]
    assert data["levels"][0]["summary"] == "Associate engineers learn the codebase."
    assert [s for cell in cells(data)["L1"].values() for s in cell] == [
        "Writes tests for their code", "Asks questions when blocked"]
    assert [s for cell in cells(data)["L2"].values() for s in cell] == ["Designs medium features"]
    assert data["name"] == "Hooli Ladder"
    assert "layout: level-per-section" in run.stderr and "headings at depth" not in run.stderr


def test_a_plain_text_document_of_several_levels_with_competencies(cli, write):
    page = ("Globex Engineering Levels\n\nJunior Engineer\nLearns the team's systems.\nDelivery\n"
            "  • Ships small tasks with help\n  • Asks for review early\nCraft\n  • Writes tests for their code\n\n"
            "Senior Engineer\nLeads projects of the team.\nDelivery\n  • Leads projects of several engineers\n"
            "Craft\n  • Sets code standards for the team\n    and reviews them each quarter\n")
    data, run = imported(cli, write("levels.txt", page), "--org", "Acme")
    assert data["name"] == "Globex Engineering Levels"
    assert cells(data) == {
        "junior-engineer": {"delivery": ["Ships small tasks with help", "Asks for review early"],
                            "craft": ["Writes tests for their code"]},
        "senior-engineer": {"delivery": ["Leads projects of several engineers"],
                            "craft": ["Sets code standards for the team and reviews them each quarter"]},
    }
    assert data["levels"][1]["summary"] == "Leads projects of the team."
    assert "2 lines that open a section (after a blank line) name levels" in run.stderr


# --- role names of other disciplines ------------------------------------------------------

def test_product_and_design_role_names_are_levels_in_ladder_order(cli, write):
    page = ("# Pied Piper Product Ladder\n\n| Competency | Product Manager | Senior Product Manager | "
            "Group Product Manager | VP Product |\n| --- | --- | --- | --- | --- |\n"
            "| Strategy | Owns a feature roadmap. | Owns a product roadmap. | Sets strategy across products. | "
            "Shapes the company's strategy. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [
        "Product Manager", "Senior Product Manager", "Group Product Manager", "VP Product"]
    assert "name no level the import knows" not in run.stderr
    # Listed highest first, as every level's name says: imported lowest first.
    sections = ("# Design ladder\n\n## Group Design Manager\n\n- Manages design managers\n\n"
                "## Senior Designer\n\n- Designs whole flows\n\n## Junior Designer\n\n- Designs screens\n")
    data, run = imported(cli, write("design.md", sections), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior Designer", "Senior Designer", "Group Design Manager"]
    assert "listed highest first" in run.stderr


def test_references_and_marks_written_in_other_words(cli, write):
    page = ("# Acme Ladder\n\n| Skill | Junior | Mid | Senior |\n|---|---|---|---|\n"
            "| Coding | Writes simple code | Same as above, plus: writes complex code | Designs systems |\n"
            "| Mentoring | Not applicable at this level | Not expected | Mentors juniors |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["mid"]["coding"] == ["Writes complex code"]
    assert cells(data)["junior"]["mentoring"] == {"not_applicable": "Not applicable at this level"}
    assert cells(data)["mid"]["mentoring"] == {"not_applicable": "Not expected"}


def test_a_reference_over_nested_bullets_is_reported_once(cli, write):
    page = ("# Acme Ladder\n\n## Mid\n\n### Delivery\n\n- Ships features\n\n## Senior\n\n### Delivery\n\n"
            "- Everything from Mid, plus:\n  - Leads design reviews\n  - Plans the team's quarter\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["senior"]["delivery"] == ["Leads design reviews", "Plans the team's quarter"]
    assert run.stderr.count("a reference to a lower level") == 1


def test_a_table_of_one_statement_per_row_with_the_level_left_blank_below_it(cli, write):
    page = ("Level,Area,Expectation\nL1,Delivery,Ships tasks on time with help\n,Delivery,Asks for help when blocked\n"
            ",Craft,Writes tests for their code\nL2,Delivery,Plans small projects\n,Craft,Refactors code they own\n")
    data, _ = imported(cli, write("ladder.csv", page), "--org", "Acme")
    assert cells(data) == {
        "L1": {"delivery": ["Ships tasks on time with help", "Asks for help when blocked"],
               "craft": ["Writes tests for their code"]},
        "L2": {"delivery": ["Plans small projects"], "craft": ["Refactors code they own"]},
    }


def test_a_statement_per_row_table_with_a_column_of_titles(cli, write):
    page = ("Level,Title,Competency,Expectation\nIC1,Associate Engineer,Delivery,Ships tasks on time with help\n"
            "IC1,Associate Engineer,Craft,Writes tests for their code\nIC2,Engineer,Delivery,Plans small projects\n"
            "IC2,Engineer,Craft,Refactors code they own\n")
    data, _ = imported(cli, write("ladder.csv", page), "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        ("IC1", "Associate Engineer"), ("IC2", "Engineer")]
    assert cells(data)["IC2"] == {"delivery": ["Plans small projects"], "craft": ["Refactors code they own"]}


def test_a_databases_export_of_one_statement_per_row_named_by_its_statements(cli, write):
    """Notion exports a database as CSV: each row's title ('Name') first,
    here the statement, then its properties; those that are a page's
    (tags, dates) are reported, not read as competencies."""
    page = ("Name,Level,Competency,Tags,Created time\n"
            'Ships small changes with tests,Engineer I,Delivery,Core,"March 3, 2024 4:12 PM"\n'
            'Asks for help when blocked,Engineer I,Collaboration,Core,"March 3, 2024 4:12 PM"\n'
            'Breaks features into milestones,Engineer II,Delivery,Core,"March 4, 2024 9:00 AM"\n'
            'Mentors interns,Engineer II,Collaboration,Growth,"March 4, 2024 9:00 AM"\n')
    data, run = imported(cli, write("Expectations 4f1c2a.csv", page), "--org", "Acme")
    assert cells(data) == {
        "engineer-i": {"delivery": ["Ships small changes with tests"], "collaboration": ["Asks for help when blocked"]},
        "engineer-ii": {"delivery": ["Breaks features into milestones"], "collaboration": ["Mentors interns"]}}
    assert ":1: not placed: column 'Tags', a property of each row as a database exports it, not part of the " \
           "ladder: Core | Core | Core | Growth" in run.stderr


@pytest.mark.parametrize("header, value", [("Last modified time", "2024-02-01"), ("Last modified", "2024-02-01"),
                                           ("Last modified by", "Jane Smith"), ("Created by", "Jane Smith"),
                                           ("Modified", "3/2/2024 16:12"), ("Reviewed", "2024-02-01T09:30:00Z")])
def test_a_databases_record_keeping_column_is_no_competency_nor_dimension(cli, write, header, value):
    """Airtable's export ends each row with when and by whom it was last
    changed ('Last modified time', 'Created by'), whatever the tool names
    it; a column of only dates is bookkeeping too. Reported, never a
    dimension or a competency."""
    page = (f"Level,Competency,Behaviours,{header}\n"
            f"E3,Code quality,Writes readable code with tests,{value}\nE3,Delivery,Raises blockers early,{value}\n"
            f"E4,Code quality,Reviews others' code and catches bugs,{value}\n"
            f"E4,Delivery,Estimates work accurately,{value}\n")
    data, run = imported(cli, write("Expectations.csv", page), "--org", "Acme")
    assert [[c["name"] for c in d["competencies"]] for d in data["dimensions"]] == [["Code quality", "Delivery"]]
    assert cells(data)["E4"] == {"code-quality": ["Reviews others' code and catches bugs"],
                                 "delivery": ["Estimates work accurately"]}
    assert f":1: not placed: column '{header}', a property of each row as a database exports it, not part of " \
           f"the ladder: {value} | {value}" in run.stderr
    # A row per level, its competencies in columns: the column is no competency either.
    page = (f"Level,Code quality,Delivery,{header}\nE3,Writes readable code with tests,Raises blockers early,{value}\n"
            f"E4,Reviews others' code and catches bugs,Estimates work accurately,{value}\n")
    data, run = imported(cli, write("Levels.csv", page), "--org", "Acme")
    assert [[c["name"] for c in d["competencies"]] for d in data["dimensions"]] == [["Code quality", "Delivery"]]
    assert f"not placed: column '{header}', a property of each row as a database exports it" in run.stderr


@pytest.mark.parametrize("dated", [False, True])
def test_a_databases_name_column_that_joins_its_competency_and_level_is_reported(cli, write, dated):
    """Airtable's primary field is often a formula of other fields ('Code
    quality – E3' = Competency – Level): it repeats them, naming neither
    levels nor competencies; the Level and Competency columns do."""
    rows = [("Code quality", "E3", "Writes readable code with tests"), ("Code quality", "E4", "Reviews others' code"),
            ("Delivery", "E3", "Raises blockers early"), ("Delivery", "E4", "Estimates work accurately")]
    page = "Name,Level,Competency,Behaviours" + (",Last modified" if dated else "") + "\n" + "".join(
        f"{name} – {level},{level},{name},{said}" + (",2024-02-01" if dated else "") + "\n"
        for name, level, said in rows)
    data, run = imported(cli, write("Expectations.csv", page), "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [("E3", "E3"), ("E4", "E4")]
    assert [[c["name"] for c in d["competencies"]] for d in data["dimensions"]] == [["Code quality", "Delivery"]]
    assert cells(data)["E4"] == {"code-quality": ["Reviews others' code"], "delivery": ["Estimates work accurately"]}
    assert ":1: not placed: column 'Name', which repeats the Competency and Level columns on every row, not part " \
           "of the ladder: Code quality – E3 | Code quality – E4 | Delivery – E3 | Delivery – E4" in run.stderr


def test_a_table_whose_cells_are_mostly_references_and_marks_is_still_the_ladder(cli, write):
    """A page table (Confluence) whose higher levels' cells refer to the
    lower ones, under a row of titles, with competencies first expected
    higher up: its cells still read as statements."""
    page = ("<h1>Engineering Levels</h1><table><tr><th>Competency<th>P1<th>P2<th>P3"
            "<tr><td>Title<td>Associate Engineer<td>Engineer<td>Senior Engineer"
            "<tr><td>Technical skill<td><ul><li>Writes code with guidance</li></ul>"
            "<td><p>Same as P1, plus:</p><ul><li>Owns features</li></ul><td>Everything in P2, plus designs systems"
            "<tr><td>Leadership<td><em>N/A</em><td>N/A &ndash; first expected at P3<td>Leads projects</table>")
    data, run = imported(cli, write("levels.html", page), "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        ("P1", "Associate Engineer"), ("P2", "Engineer"), ("P3", "Senior Engineer")]
    assert cells(data)["P2"] == {"technical-skill": ["Owns features"],
                                 "leadership": {"not_applicable": "First expected at P3"}}
    assert cells(data)["P3"]["technical-skill"] == ["Designs systems"]
    assert "leading into the statements after it: Same as P1, plus:" in run.stderr


def test_a_track_heading_over_dimension_tables_names_the_track_and_is_placed(cli, write, tmp_path):
    page = ("# Initech Ladders\n\n## Individual Contributor\n\n### Craft\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            "| Coding | Writes small features. | Designs systems. |\n\n### Teamwork\n\n| Competency | L1 | L2 |\n"
            "| --- | --- | --- |\n| Collaboration | Works with the team. | Leads projects. |\n\n## Management\n\n"
            "| Competency | M1 | M2 |\n| --- | --- | --- |\n| People | Runs one-on-ones. | Grows managers. |\n")
    out = tmp_path / "out"
    run = cli("import", str(write("ladder.md", page)), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in out.glob("*.yaml")) == ["acme-individual-contributor.yaml", "acme-management.yaml"]
    assert "outside the tables of the ladder: Individual Contributor" not in run.stderr


def test_every_not_applicable_mark_without_a_reason_reads_the_same(cli, write):
    """'N/A', 'n/a', 'NA', 'None' and a dash all say the competency does not
    apply: with no reason, each is `not_applicable: Not applicable`."""
    marks = ["N/A", "n/a", "NA", "None", "-", "–", "—"]
    page = "| Competency | L1 | L2 |\n| --- | --- | --- |\n| Coding | Writes code. | Designs systems. |\n" + "".join(
        f"| Area {n} | {mark} | Leads the area. |\n" for n, mark in enumerate(marks))
    data, run = imported(cli, write("ladder.md", "# Ladder\n\n" + page), "--org", "Acme")
    assert [cell for name, cell in cells(data)["L1"].items() if name != "coding"] == \
        [{"not_applicable": "Not applicable"}] * len(marks)
    assert "is marked not applicable (N/A) without a reason: the YAML says `not_applicable: Not applicable`" \
        in run.stderr


def test_not_yet_expected_is_not_applicable(cli, write):
    page = ("# Ladder\n\n| Skill | L1 | L2 |\n|---|---|---|\n| Coding | Writes code. | Designs systems. |\n"
            "| Mentoring | Not yet expected | Mentors interns. |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L1"]["mentoring"] == {"not_applicable": "Not yet expected"}


def test_a_row_per_level_whose_short_column_names_no_competency_twice_is_no_statement_table(cli, write):
    """'Level | Area | Expectations' with a scope per level ('Own tasks',
    'Own features'): one row per level, not a statement per row."""
    page = ("Level,Area,Expectations\nL1,Own tasks,Delivers tasks the team plans for them with help\n"
            "L2,Own features,Delivers features end to end with little help\n"
            "L3,Own systems,Designs and runs systems other teams depend on\n")
    data, run = imported(cli, write("ladder.csv", page), "--org", "Acme")
    assert "a statement per row" not in run.stderr
    assert len(data["levels"]) == 3


@pytest.mark.parametrize("written, meant", [
    ("Same as L1 + writes design docs", ["Writes design docs"]),
    ("Same as L1. Additionally, writes design docs.", ["Writes design docs."]),
    ("Same as L1 with more autonomy", ["Same as L1 with more autonomy"]),
    ("Same as mid-level, plus writes design docs", ["Writes design docs"]),
])
def test_references_joined_to_what_the_level_adds_in_other_ways(cli, write, written, meant):
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            f"| Design | Implements small features. | {written} |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L2"]["design"] == meant


@pytest.mark.parametrize("written", ["Junior Developer +", "Jr Developer +", "And everything in Junior Developer",
                                     "All of Junior Developer, plus:"])
def test_a_line_that_says_a_level_includes_the_one_below_is_no_statement(cli, write, written):
    """'Junior Developer +' over a level's bullets says it includes that
    level: reported, and the framework says its levels are cumulative."""
    page = ("# Career Plan\n\n## Junior Developer\n\n### Responsibilities\n\n- Designs small features.\n\n"
            f"## Senior Developer\n\n### Responsibilities\n\n{written}\n\n- Researches new technologies.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["senior-developer"] == {"responsibilities": ["Researches new technologies."]}
    assert f"ladder.md:13: not placed: a reference to a lower level (levels are cumulative: each includes those " \
           f"below)" in run.stderr and written in run.stderr
    assert data["cumulative"] is True


@pytest.mark.parametrize("sentence", ["C++ and Rust", "Python +", "Senior Developer + pairs with juniors"])
def test_a_plus_after_words_that_name_no_level_or_before_words_is_a_statement(cli, write, sentence):
    page = ("# Ladder\n\n## Junior Developer\n\n### Skills\n\n- Designs small features.\n\n"
            f"## Senior Developer\n\n### Skills\n\n- {sentence}\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["senior-developer"] == {"skills": [sentence]}
    assert "cumulative" not in data


@pytest.mark.parametrize("note", ["Note: every role has 3 internal grades (Low, Mid, High).",
                                  "PD: todos los cargos constan de 3 niveles internos.", "NB: grades are reviewed yearly."])
def test_a_note_after_the_last_statements_of_a_level_is_no_statement(cli, write, note):
    page = ("# Career Plan\n\n## Junior Developer\n\n### Responsibilities\n\n- Designs small features.\n\n"
            "## Senior Developer\n\n### Responsibilities\n\n- Researches new technologies.\n\n"
            f"{note}\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["senior-developer"] == {"responsibilities": ["Researches new technologies."]}
    assert f"ladder.md:15: not placed: a note after the statements of 'Responsibilities', not one of them: {note}" \
        in run.stderr


def test_a_reference_alone_in_brackets_adds_nothing(cli, write):
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
            "| Design | Implements small features. | (Same as L1) |\n| Delivery | Ships tasks. | Plans projects. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L2"]["design"] == {"not_applicable": "Same as L1"}
    assert "'Design' at L2 says only '(Same as L1)'" in run.stderr


def test_inline_html_in_a_markdown_tables_cell_reads_as_a_browser_shows_it(cli, write):
    """As in a paragraph: '<b>small</b>' is the word, its tags no text of it."""
    text = ("# Acme Ladder\n\n| Competency | Junior | Senior |\n| --- | --- | --- |\n"
            "| <b>Delivery</b> | Ships <b>small</b> tasks | Leads <span class=\"scope\">team</span> projects<br>"
            "Writes `<b>` in docs |\n| Collaboration | Asks for <i>help</i> | Mentors engineers |\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert cells(data) == {"junior": {"delivery": ["Ships small tasks"], "collaboration": ["Asks for help"]},
                           "senior": {"delivery": ["Leads team projects", "Writes `<b>` in docs"],
                                      "collaboration": ["Mentors engineers"]}}


def test_a_table_columns_blank_ends_are_not_applicable_though_it_has_a_gap(cli, write):
    """A column blank at the first and last levels starts and ends there, as
    one blank at its first level alone does; the gap between is for check."""
    head = "<tr><th>Level</th><th>Scope</th><th>Mentoring</th><th>Reliability</th></tr>"
    rows = [("1", "Takes direction", "", ""), ("2", "Owns a feature", "Mentors interns", "Keeps a service up"),
            ("3", "Owns a service", "", "Designs for failure"), ("4", "Owns a system", "Coaches engineers",
                                                                  "Sets targets"),
            ("5", "Owns a domain", "", "Leads reviews")]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    data, run = imported(cli, write("sre.html", f"<html><body><table>{head}{body}</table></body></html>"),
                         "--org", "Acme")
    found = cells(data)
    ids = [level["id"] for level in data["levels"]]
    first, gap, last = ids[0], ids[2], ids[4]
    assert found[first]["mentoring"] == {"not_applicable": f"Mentoring starts at {data['levels'][1]['title']}"}
    assert found[last]["mentoring"] == {"not_applicable": f"Mentoring ends at {data['levels'][3]['title']}"}
    assert "mentoring" not in found[gap]
    assert found[first]["reliability"] == {"not_applicable": f"Reliability starts at {data['levels'][1]['title']}"}


# --- bullets typed inside one cell's line -------------------------------------------

def _ladder_page(name: str, cell: str) -> tuple[str, str]:
    """A page of one table in a format (``name``'s extension), whose first level's Delivery cell is ``cell``."""
    if name.endswith(".html"):
        return name, ("<html><body><h1>Acme Engineering Ladder</h1><table><tr><th>Competency</th><th>L1</th>"
                      f"<th>L2</th></tr><tr><td>Delivery</td><td>{cell}</td><td>Leads projects</td></tr>"
                      "</table></body></html>")
    if name.endswith(".csv"):
        return name, f'Competency,L1,L2\nDelivery,"{cell}",Leads projects\n'
    return name, ("# Acme Engineering Ladder\n\n| Competency | L1 | L2 |\n| --- | --- | --- |\n"
                  f"| Delivery | {cell} | Leads projects |\n")


@pytest.mark.parametrize("name", ["ladder.md", "ladder.html", "ladder.csv"])
@pytest.mark.parametrize("cell", [
    "Ships small tasks • Asks for help when stuck",
    "• Ships small tasks • Asks for help when stuck",
    "▪ Ships small tasks ▪ Asks for help when stuck",
    "Ships small tasks ◦ Asks for help when stuck",
])
def test_bullets_typed_in_one_line_of_a_cell_are_a_statement_each(cli, write, name, cell):
    # Every reader splits a cell's line at the bullets typed in it, as the spreadsheet reader always did.
    data, _ = imported(cli, write(*_ladder_page(name, cell)), "--org", "Acme")
    assert cells(data)["L1"]["delivery"] == ["Ships small tasks", "Asks for help when stuck"]


@pytest.mark.parametrize("name", ["ladder.md", "ladder.html", "ladder.csv"])
def test_a_bullet_in_a_word_is_no_bullet_between_statements(cli, write, name):
    data, _ = imported(cli, write(*_ladder_page(name, "Ships small tasks•quickly")), "--org", "Acme")
    assert cells(data)["L1"]["delivery"] == ["Ships small tasks•quickly"]



@pytest.mark.parametrize("name", ["ladder.md", "ladder.csv"])
def test_a_bullet_between_a_levels_code_and_title_still_sets_them_apart(cli, write, name):
    # A title's words are read as written, the bullet kept: the code before it is the level's id.
    table = ("# Acme Engineering Ladder\n\n| Competency | L1 • Junior | L2 • Senior |\n| --- | --- | --- |\n"
             "| Delivery | Ships tasks | Leads projects |\n" if name.endswith(".md")
             else "Competency,L1 • Junior,L2 • Senior\nDelivery,Ships tasks,Leads projects\n")
    data, _ = imported(cli, write(name, table), "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [("L1", "Junior"), ("L2", "Senior")]


# --- 'Staff+': that level and above -----------------------------------------------------

@pytest.mark.parametrize("written", ["Develops Staff+", "Trusted by Staff+", "Supports L5+", "Mentors Senior+"])
def test_a_statement_that_ends_in_a_level_and_a_plus_stays_a_statement(cli, write, written):
    """'Develops Staff+' says what the level does, for those at Staff and
    above: a statement, never a reference to a lower level, nor a cell the
    competency does not apply in."""
    page = ("# Ladder\n\n| Level | IC1 | IC2 | IC3 |\n| --- | --- | --- | --- |\n"
            f"| **Mentoring** | None | Mentors juniors | {written} |\n"
            "| **Scope** | Tasks | Features | Systems |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["IC3"]["mentoring"] == [written]
    assert data.get("cumulative") is not True
    assert "adds nothing there" not in run.stderr and "reference to a lower level" not in run.stderr


def test_a_level_and_a_plus_alone_at_that_level_is_a_statement_to_review(cli, write):
    """'Staff+' in Staff's cell names no level below it: kept, with a
    review entry, never `not_applicable`."""
    page = ("# Ladder\n\n| Level | Junior | Senior | Staff |\n| --- | --- | --- | --- |\n"
            "| **Mentoring** | Learns from others | Mentors juniors | Develops Senior+ engineers |\n"
            "| **Scope** | Tasks | Projects | Staff+ |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["staff"] == {"mentoring": ["Develops Senior+ engineers"], "scope": ["Staff+"]}
    assert "ladder.md:6: review: 'Scope' at Staff says only 'Staff+' (that level and above): kept as its " \
           "statement; write what Staff expects there" in run.stderr
    assert data["cumulative"] is False


@pytest.mark.parametrize("written", ["L2+", "Senior+", "(L2+)"])
def test_a_lower_level_and_a_plus_alone_still_says_the_level_includes_it(cli, write, written):
    """The near miss: a level below the cell's, and a plus, is a reference."""
    page = ("# Ladder\n\n| Competency | L1 - Junior | L2 - Senior | L3 - Staff |\n| --- | --- | --- | --- |\n"
            f"| Design | Implements small features. | Designs features. | {written} |\n"
            "| Delivery | Ships tasks. | Ships projects. | Plans programmes. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["L3"]["design"] == {"not_applicable": written.strip("()")}
    assert data["cumulative"] is True
