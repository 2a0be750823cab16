"""What `ladderlint import` makes a statement, in every layout: what a
level is expected to do. What it should not do (a group of 'Red flags',
'Potential misalignments'), a cell that holds only a figure ('~80%',
'$5', '2 years') and a level's experience requirement are no statements:
reported, or the level's note."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported, workbook_file

# --- what to avoid -----------------------------------------------------------------

GROUPED = ("Category,Parameter,Description,Junior PM,Senior PM\n"
           "Impact,Leadership,How you lead others.,Leads their own work.,Leads a team of product managers.\n"
           "Impact,Planning,How far ahead you plan.,Plans a sprint ahead.,Plans a quarter ahead.\n"
           "{group},Ownership,Risk of under- or over-owning outcomes.,May wait to be told what to own.,"
           "May take over decisions that belong to the team.\n"
           "{group},Initiative,Risk of being reactive.,May wait for direction.,May over-rely on their manager.\n")


@pytest.mark.parametrize("group", ["Potential Misalignments", "Red flags", "Watch-outs", "Signs of struggle",
                                   "Common risks", "Anti-patterns", "Warning signs"])
def test_a_spreadsheets_group_of_what_to_avoid_is_no_dimension(cli, write, group):
    """A category of the sheet that lists what may go wrong at each level is
    its counter-examples: reported, never a dimension each level meets."""
    data, run = imported(cli, write("ladder.csv", GROUPED.format(group=group)), "--org", "Acme", "--report", "-")
    assert [d["name"] for d in data["dimensions"]] == ["Impact"]
    assert cells(data)["senior-pm"] == {"leadership": ["Leads a team of product managers."],
                                        "planning": ["Plans a quarter ahead."]}
    reason = f"not placed: '{group}' lists what to avoid (counter-examples), not what the level expects"
    assert f"ladder.csv:4: {reason}: May take over decisions that belong to the team." in run.output
    assert f"ladder.csv:5: {reason}: May over-rely on their manager." in run.output


def test_a_row_that_names_a_group_of_what_to_avoid_heads_counter_examples(cli, write):
    page = ("Competency,Junior,Senior\nDelivery,Ships tasks.,Leads projects.\nRed flags\n"
            "Ownership,Waits to be told.,Takes over others' decisions.\n")
    data, run = imported(cli, write("ladder.csv", page), "--org", "Acme", "--report", "-")
    assert cells(data) == {"junior": {"delivery": ["Ships tasks."]}, "senior": {"delivery": ["Leads projects."]}}
    assert "ladder.csv:4: not placed: 'Red flags' lists what to avoid" in run.output
    assert "Takes over others' decisions." in run.output


def test_a_workbooks_group_of_what_to_avoid_is_no_dimension(cli, tmp_path):
    book = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", [
        ("Area", "Competency", "Junior", "Senior"),
        ("Craft", "Testing", "Writes unit tests.", "Sets the testing strategy."),
        ("Craft", "Design", "Designs a small feature.", "Designs systems across teams."),
        ("Derailers", "Ownership", "Hides mistakes.", "Blames the team."),
    ]))
    data, run = imported(cli, book, "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Craft"]
    assert "'Ladder'!C4: not placed: 'Derailers' lists what to avoid" in run.stderr


def test_a_column_of_what_to_avoid_beside_the_competencies_is_no_competency(cli, write):
    page = ("# Acme Ladder\n\n| Level | Delivery | Red flags |\n| --- | --- | --- |\n"
            "| Junior | Ships small tasks. | Skips tests. |\n| Senior | Leads projects. | Works alone. |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data) == {"junior": {"delivery": ["Ships small tasks."]}, "senior": {"delivery": ["Leads projects."]}}
    assert "'Red flags' lists what to avoid (counter-examples), not what the level expects: Works alone." in run.stderr


def test_a_statement_per_row_filed_under_what_to_avoid_is_reported(cli, write):
    page = ("Level,Competency,Expectation\nL1,Delivery,Ships tasks on time with help\n"
            "L1,Watch-outs,Goes quiet when blocked\nL2,Delivery,Plans small projects\n")
    data, run = imported(cli, write("ladder.csv", page), "--org", "Acme")
    assert cells(data) == {"L1": {"delivery": ["Ships tasks on time with help"]},
                           "L2": {"delivery": ["Plans small projects"]}}
    assert "'Watch-outs' lists what to avoid (counter-examples), not what the level expects: Goes quiet when " \
           "blocked" in run.stderr


@pytest.mark.parametrize("heading", ["Potential misalignments", "Watch-outs", "Signs of struggle", "Common risks",
                                     "Things to watch out for"])
def test_a_section_of_what_may_go_wrong_is_no_expectation(cli, write, heading):
    page = f"# L2\n\n### Impact\n\n* Mentors new hires.\n\n### {heading}\n\n* Skips code review.\n"
    data, run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert cells(data)["L2"] == {"impact": ["Mentors new hires."]}
    assert f"section '{heading}' lists what to avoid" in run.stderr and "Skips code review." in run.stderr


@pytest.mark.parametrize("heading", ["Risk management", "Security risks", "Learning from mistakes",
                                     "Managing risk", "Risk assessment"])
def test_a_competency_about_risks_or_mistakes_stays_a_competency(cli, write, heading):
    page = f"# L2\n\n### Impact\n\n* Mentors new hires.\n\n### {heading}\n\n* Stays calm.\n"
    data, run = imported(cli, write("L2.md", page), "--org", "Acme")
    assert list(cells(data)["L2"].values()) == [["Mentors new hires."], ["Stays calm."]]
    assert "lists what to avoid" not in run.stderr


# --- figures --------------------------------------------------------------------------

WEIGHTED = """# Engineer

## Responsibilities

- Develops features in their area.
- Spends 20% of their time on reviews and leads 3 projects a year.

## Competencies

| Competency | Importance |
| --- | --- |
| Delivery | 25 % |
| Problem Solving | 30 % |

## Time

| Split of time | Core: ~80% |
| --- | --- |
| Approximate tenure in this role | ~2-3 years |

## Job Titles

Based on your progress, look up your job title and salary bounds below.

- **Min Salary** - Minimum salary awarded to the job title.

| Job Title | Min Salary |
| --- | --- |
| Engineer | 45 000 |
"""


def test_a_cell_of_a_figure_alone_is_no_statement(cli, write):
    """A weighting ('25 %'), a share of time ('Core: ~80%'), a tenure ('~2-3
    years'): how much, not what the level does. Each is reported, but the
    tenure, which a row of experience heads, is said of the level, in its
    description; a sentence with a number in it is a statement as ever; a
    section of job titles and their salaries is what the level is called
    and paid."""
    data, run = imported(cli, write("engineer.md", WEIGHTED), "--org", "Acme", "--level", "Engineer", "--report", "-")
    assert cells(data) == {"Engineer": {"responsibilities": [
        "Develops features in their area.", "Spends 20% of their time on reviews and leads 3 projects a year."]}}
    reason = "not placed: a figure, not a behaviour the level expects (how much, not what it does)"
    for line, figure in ((12, "25 %"), (13, "30 %")):
        assert f"engineer.md:{line}: {reason}: {figure}" in run.output
    assert data["levels"][0]["description"] == "Approximate tenure in this role: ~2-3 years"
    assert "Core: ~80%" in run.output
    assert "engineer.md:25: not placed: section 'Job Titles' says how the level is graded or paid" in run.output


def test_a_column_of_amounts_among_the_levels_statements_is_no_competency(cli, write):
    page = ("# Acme Ladder\n\n| Title | Scope of influence | Contributions |\n| --- | --- | --- |\n"
            "| Junior Engineer | Their own tasks. | $1 |\n| Senior Engineer | The whole team. | $50 |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data) == {"junior-engineer": {"scope-of-influence": ["Their own tasks."]},
                           "senior-engineer": {"scope-of-influence": ["The whole team."]}}
    assert "ladder.md:6: not placed: a figure, not a behaviour the level expects (how much, not what it does): " \
           "$50" in run.stderr


# --- experience -------------------------------------------------------------------------

@pytest.mark.parametrize("bullet", ["", "- "])
def test_an_experience_requirement_is_no_statement_however_it_is_written(cli, write, bullet):
    """'Experience: ... 2 years' asks years of the person, a condition of
    the level: written as paragraphs or as bullets, it is said of the level,
    in its description, never a statement (which `diff` would read as a
    bar raised when the years change)."""
    page = (f"# Acme Ladder\n\n## Junior Engineer\n\n{bullet}Ships small changes with guidance.\n\n"
            f"{bullet}Experience: No professional experience required.\n\n"
            f"## Senior Engineer\n\n{bullet}Leads the delivery of projects across teams.\n\n"
            f"{bullet}Typically requires a minimum of 5 years of professional experience.\n\n"
            f"{bullet}3+ years of experience leading teams\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    said = [s for level in data["levels"] for cell in level["competencies"].values() for s in cell]
    assert said == ["Ships small changes with guidance.", "Leads the delivery of projects across teams."]
    assert [level["description"] for level in data["levels"]] == [
        "Experience: No professional experience required.",
        "Typically requires a minimum of 5 years of professional experience.\n\n3+ years of experience leading teams"]
    assert ": not placed: " not in run.stderr


@pytest.mark.parametrize("line", ["Experience: Typically doesn’t require professional experience.",
                                  "**Experience:** Typically does not require professional experience.",
                                  "Requires no prior experience.", "Professional experience not required.",
                                  "Experience: Does not need any industry experience."])
def test_experience_a_level_does_not_ask_is_no_statement_either(cli, write, line):
    """Saying no experience is needed is the same condition of the level as
    saying years are, however the line says it: in the level's description,
    never a statement."""
    page = ("# Acme Ladder\n\n## Junior Engineer\n\nShips small changes with guidance.\n\n"
            f"{line}\n\n## Senior Engineer\n\nLeads the delivery of projects across teams.\n\n"
            "Experience: Typically requires a minimum of 2 years of professional experience.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"expectations": ["Ships small changes with guidance."]}
    assert data["levels"][0]["description"] == line.replace("**", "")
    assert ": not placed: " not in run.stderr


def test_years_of_experience_are_one_rule_whatever_the_bound_or_range(cli, write):
    """'less than 2 years', 'at least 2-5 years', 'at least 12-15+ years':
    each a condition of its level, said alike in its description, none a
    statement."""
    years = ["Usually less than 2 years", "Usually at least 2-5 years", "Usually at least 12-15+ years",
             "Between 5 and 8 years"]
    page = "# Acme Titles\n\n" + "".join(
        f"## {title} Programmer\n\n* Works on problems of size {n}.\n* {said} of experience being a professional "
        "programmer.\n\n" for n, (title, said) in enumerate(zip(["Junior", "Mid", "Senior", "Principal"], years)))
    data, run = imported(cli, write("titles.md", page), "--org", "Acme")
    said = [s for level in data["levels"] for cell in level["competencies"].values() for s in cell]
    assert said == [f"Works on problems of size {n}." for n in range(4)]
    assert [level["description"] for level in data["levels"]] == [
        f"{text} of experience being a professional programmer." for text in years]
    assert ": not placed: " not in run.stderr


def test_a_horizon_in_years_is_a_statement_not_experience(cli, write):
    """'Up to 2 years ahead', 'Around 3 years out': how far the work looks,
    said with a bound as experience is, but not asking for experience."""
    page = ("# Acme Ladder\n\n## Staff Engineer\n\n* Up to 2 years ahead, sets the technical direction of the group.\n"
            "* Around 3 years out, anticipates the needs of the business.\n\n"
            "## Principal Engineer\n\n* Over 10 years of industry experience.\n* Sets the direction of the company.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    said = [s for level in data["levels"] for cell in level["competencies"].values() for s in cell]
    assert said == ["Up to 2 years ahead, sets the technical direction of the group.",
                    "Around 3 years out, anticipates the needs of the business.", "Sets the direction of the company."]
    assert data["levels"][1]["description"] == "Over 10 years of industry experience."


def test_a_workbooks_row_of_experience_is_no_competency(cli, tmp_path):
    book = workbook_file(tmp_path / "ladder.xlsx", ("Ladder", [
        ("Competency", "Junior", "Senior"),
        ("Testing", "Writes unit tests.", "Sets the testing strategy."),
        ("Experience", "0-2 years", "Minimum of 5 years"),
    ]))
    data, run = imported(cli, book, "--org", "Acme")
    assert cells(data) == {"junior": {"testing": ["Writes unit tests."]}, "senior": {"testing": ["Sets the testing strategy."]}}
    # The row's label says what its figures are: the years each level asks for, in its description.
    assert [level.get("description") for level in data["levels"]] == ["Experience: 0-2 years",
                                                                       "Experience: Minimum of 5 years"]


def test_an_experience_paragraph_after_a_levels_bullets_is_its_description(cli, write):
    """Bullets, then 'Experience: ...' in a paragraph of its own: in the
    level's description, as the same line in a bullet or among paragraphs is."""
    page = ("# Acme Ladder\n\n## Junior Engineer\n\n- Ships small changes with guidance.\n\n"
            "Experience: Typically requires a minimum of 2 years of professional experience.\n\n"
            "## Senior Engineer\n\n- Leads the delivery of projects across teams.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"expectations": ["Ships small changes with guidance."]}
    assert data["levels"][0]["description"] == \
        "Experience: Typically requires a minimum of 2 years of professional experience."
    assert ": not placed: " not in run.stderr


def test_a_section_of_what_to_avoid_over_the_same_levels_as_the_competencies_is_reported(cli, write):
    """A page of a section per competency, each over the levels, with one
    more section of 'Red flags' over them: its bullets are counter-examples."""
    section = "## {}\n\n### Junior\n\n- {}\n\n### Senior\n\n- {}\n\n"
    page = ("# Acme Ladder\n\n" + section.format("Delivery", "Ships tasks.", "Leads projects.")
            + section.format("Testing", "Writes tests.", "Sets the test strategy.")
            + section.format("Red flags", "Skips tests.", "Works alone."))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data) == {"junior": {"delivery": ["Ships tasks."], "testing": ["Writes tests."]},
                           "senior": {"delivery": ["Leads projects."], "testing": ["Sets the test strategy."]}}
    assert "'Red flags' lists what to avoid (counter-examples), not what the level expects: Works alone." \
        in run.stderr
    assert "not placed: 'Red flags' lists what to avoid (counter-examples), not what the level expects: Senior" \
        not in run.stderr


# --- a bullet wrapped over two lines in plain text ------------------------------------------------

WRAPPED = """Wayfarer Product Design Levels

Designer I
{b}Produces high-quality UI designs for defined problems, working closely
with a senior designer.
{b}Presents their work in design critiques.

Designer II
{b}Runs usability tests and turns findings into design
changes.
{b}Leads design for a feature from discovery to delivery.
"""


@pytest.mark.parametrize("bullet", ["• ", "- "])
def test_a_bullet_wrapped_at_the_margin_in_plain_text_is_one_statement(cli, write, bullet):
    """A plain-text ladder pasted from a word processor wraps a bullet's
    sentence onto a line at the margin: the line goes on with the statement
    (the line above ends no sentence, or the line below goes on in lower
    case), as in a CSV cell; it is no text left after the level's statements."""
    data, run = imported(cli, write("levels.txt", WRAPPED.format(b=bullet)))
    assert cells(data) == {
        "designer-i": {"expectations": [
            "Produces high-quality UI designs for defined problems, working closely with a senior designer.",
            "Presents their work in design critiques."]},
        "designer-ii": {"expectations": ["Runs usability tests and turns findings into design changes.",
                                         "Leads design for a feature from discovery to delivery."]}}
    assert ": not placed:" not in run.stderr


def test_a_line_under_a_bullet_that_starts_its_own_sentence_is_not_joined_to_it(cli, write):
    """A line at the margin under a bullet whose sentence has ended, opening
    one of its own, is no part of the bullet: reported, as it was."""
    page = write("levels.txt", "Acme Design Levels\n\nDesigner I\n• Presents their work in critiques.\n"
                               "Ask your manager about the next level.\n\nDesigner II\n• Leads design for a feature.\n")
    data, run = imported(cli, page)
    assert cells(data)["designer-i"] == {"expectations": ["Presents their work in critiques."]}
    assert "levels.txt:5: not placed: text after the level's statements, not its summary: Ask your manager" \
        in run.stderr


#: Bullets that each end in a comma, a competency's name on a line of its own above each group.
COMMA_BULLETS = """Acme Engineering Ladder

Junior Engineer

Delivery
- Ships small tasks with help,
- Asks questions early,
Quality
- Writes tests for their code,
- Fixes bugs they find

Senior Engineer

Delivery
- Ships projects for the team,
- Plans work for others,
Quality
- Sets testing practice,
- Reviews changes from others
"""


def test_a_competencys_name_under_a_bullet_ending_in_a_comma_is_no_part_of_it(cli, write):
    """A line at the margin that heads bullets names their competency,
    though the bullet above it ends in a comma: the sentence goes on after
    a comma only in lower case."""
    data, run = imported(cli, write("levels.txt", COMMA_BULLETS))
    assert cells(data) == {
        "junior-engineer": {"delivery": ["Ships small tasks with help,", "Asks questions early,"],
                            "quality": ["Writes tests for their code,", "Fixes bugs they find"]},
        "senior-engineer": {"delivery": ["Ships projects for the team,", "Plans work for others,"],
                            "quality": ["Sets testing practice,", "Reviews changes from others"]}}
    assert ": not placed:" not in run.stderr


def test_a_competencys_name_under_a_bullet_ending_in_a_comma_on_a_level_page_is_no_part_of_it(cli, write):
    page = write("ic2.txt", "Wayfarer Design Framework\nIC2 Product Designer\nDesigns small features.\n\n"
                            "Craft\n• Produces UI designs for defined problems,\n• Presents their work in critiques,\n"
                            "Communication\n• Turns findings into design changes,\n• Writes up findings\n")
    data, run = imported(cli, page, "--org", "Wayfarer")
    assert cells(data) == {"IC2": {
        "craft": ["Produces UI designs for defined problems,", "Presents their work in critiques,"],
        "communication": ["Turns findings into design changes,", "Writes up findings"]}}


@pytest.mark.parametrize("bullet", ["• ", "  - "])
def test_a_bullet_wrapped_at_the_margin_on_a_level_page_in_plain_text_is_one_statement(cli, write, bullet):
    """On a plain-text page of one level the same: the wrapped line is the
    rest of the statement, neither a competency's name nor left over."""
    page = write("ic2.txt", f"Wayfarer Design Framework\nIC2 Product Designer\nDesigns small features.\n\n"
                            f"Craft\n{bullet}Produces UI designs for defined problems, working closely\n"
                            f"with a senior designer.\n{bullet}Presents their work in critiques.\n\n"
                            f"Communication\n{bullet}Turns findings into design\nchanges.\n"
                            f"{bullet}Writes up findings.\n")
    data, run = imported(cli, page, "--org", "Wayfarer")
    assert cells(data) == {"IC2": {
        "craft": ["Produces UI designs for defined problems, working closely with a senior designer.",
                  "Presents their work in critiques."],
        "communication": ["Turns findings into design changes.", "Writes up findings."]}}
    assert ": not placed:" not in run.stderr


# --- editors' notes ---------------------------------------------------------------------

@pytest.mark.parametrize("note", ["_(Sections for other domains — e.g. Backend — to be added. See [[follow-ups]].)_",
                                  "- (More examples to come.)", "[Work in progress: details will be added later]"])
def test_an_editors_note_on_text_still_to_come_is_reported_not_a_statement(cli, write, note):
    """A note in brackets that says text is still to be written asks
    nothing of the level: reported, never an expectation (whose removal
    `diff` would read as a lowered bar)."""
    page = ("# Acme Ladder\n\n## Junior Engineer\n\n### Web frontend\n\n- Ships small changes with guidance.\n\n"
            f"{note}\n\n## Senior Engineer\n\n### Web frontend\n\n- Leads the delivery of projects.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"web-frontend": ["Ships small changes with guidance."]}
    assert "ladder.md:9: not placed: an editor's note on what is still to be written" in run.stderr


def test_a_statement_that_only_mentions_what_is_to_be_added_stays_one(cli, write):
    page = ("# Acme Ladder\n\n## Junior Engineer\n\n- Decides with the team which checks are to be added.\n"
            "- (Optional) Writes the release notes (to be added to the wiki).\n\n"
            "## Senior Engineer\n\n- Leads the delivery of projects.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data)["junior-engineer"] == {"expectations": [
        "Decides with the team which checks are to be added.",
        "(Optional) Writes the release notes (to be added to the wiki)."]}
