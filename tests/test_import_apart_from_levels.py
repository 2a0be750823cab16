"""What a document says apart from its rungs: a role anyone may take at any
level ('Misc: Tech Lead') is no level above the top one; bullets before
the levels that the document asks of every level are reported as such,
not as the introduction's text; and the paragraph under the heading that
names the levels' track describes the track."""

from __future__ import annotations

import pytest

from import_helpers import imported

LEVELS = """## Engineer I

- Completes clearly-defined tasks and says when something blocks them.

## Engineer II

- Delivers features of the team's projects on their own.

## Senior Engineer

- Leads projects of the team from design to release.

## Distinguished Engineer

{top}

- Sets the technical direction of the company.
"""

TECH_LEAD = """
## {heading}

A Tech Lead is responsible for leading a particular project, and for the quality of its deliverables.

{intro}

- Keeps the project's work unblocked and raises concerns to management.
- Mentors folks and pair programs when the project needs it.
"""


def _levels(data) -> list[str]:
    return [level["title"] for level in data["levels"]]


@pytest.mark.parametrize("heading, intro", [
    ("Misc: Tech Lead", "*Anyone can be a tech lead at any stage in their career.*"),
    ("Misc: Tech Lead", "Tech leads lead projects."),
    ("Tech Lead", "Anyone can be a tech lead at any stage in their career."),
    ("Tech Lead", "Anyone can be a tech lead."),
    ("Tech Lead", "Engineers at any level can take it on; it is open regardless of level."),
    ("Other roles: Tech Lead", "Tech leads lead projects."),
    ("Tech Lead (any level)", "Tech leads lead projects."),
])
def test_a_role_taken_at_any_level_is_no_rung(cli, write, heading, intro):
    page = "# Engineering\n\n" + LEVELS.format(top="Sets direction.") + TECH_LEAD.format(heading=heading, intro=intro)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert _levels(data) == ["Engineer I", "Engineer II", "Senior Engineer", "Distinguished Engineer"]
    assert "not placed: a role taken at any level, not a rung" in run.stderr
    assert "4 headings at depth 2 name levels" in run.stderr
    statements = [s for level in data["levels"] for cell in level["competencies"].values() for s in cell]
    assert not any("unblocked" in s for s in statements)


@pytest.mark.parametrize("top", [
    "They can step in at any stage of the project.",
    "They influence decisions at any level of the organisation.",
    "Anyone can be a mentor to them.",
])
def test_a_top_level_that_says_any_stage_of_a_project_stays_a_level(cli, write, top):
    """Near misses: a level's own words about a project or the organisation."""
    page = "# Engineering\n\n" + LEVELS.format(top=top) + "\n## Principal Engineer\n\n" + top + \
        "\n\n- Shapes the company's engineering strategy.\n"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert _levels(data) == ["Engineer I", "Engineer II", "Senior Engineer", "Distinguished Engineer",
                             "Principal Engineer"]
    assert "not a rung" not in run.stderr


AFTER = """
## Engineer I

- Delivers well-scoped tasks with guidance.

## Engineer II

- Delivers features on their own.

## Senior Engineer

- Leads projects across the team.
"""


@pytest.mark.parametrize("before, asked", [
    ("All engineers are expected to:\n\n- Review their peers' pull requests within a day.\n"
     "- Share what they learn with the team.\n", 2),
    ("At every level you:\n\n- Review your peers' pull requests within a day.\n- Share what you learn with the team.\n",
     2),
    ("## Expectations for everyone\n\n- Review pull requests within a day.\n- Share what you learn with the team.\n", 2),
    ("- Everyone is expected to review pull requests within a day and share what they learn.\n"
     "- Levels are a guide, not a checklist.\n", 1),
    ("- Espera-se que todos os membros da equipe revisem PRs e compartilhem conhecimento.\n"
     "- Todos os níveis são cumulativos.\n", 1),
])
def test_bullets_asked_of_every_level_are_reported_as_such(cli, write, before, asked):
    page = f"# Acme Engineering Ladder\n\nThis ladder describes how engineers grow at Acme.\n\n{before}{AFTER}"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == "This ladder describes how engineers grow at Acme."
    said = [line for line in run.stderr.splitlines() if "not placed: asked of every level" in line]
    assert len(said) == asked
    assert all("lowest level of a cumulative framework" in line for line in said)
    # A bullet that asks nothing of everyone stays text before the first level.
    for other in ("Levels are a guide, not a checklist.", "Todos os níveis são cumulativos."):
        if other in before:
            assert f"text before the first level: {other}" in run.stderr


@pytest.mark.parametrize("before", [
    "It has three parts:\n\n- Engineer I, where people learn.\n- Engineer II, where people deliver.\n"
    "- Senior Engineer, where people lead.\n",
    "## How to read it\n\n- Read your level first.\n- Then read the level above it.\n",
    "- Levels are a guide, not a checklist.\n- Talk to your manager about them.\n",
    "Each level is broken down into two parts:\n\n- A summary of what the level is.\n"
    "- The behaviours every engineer on it shows.\n",
    "The competencies at each level are broken down into three categories:\n\n1. Engineering & Design\n"
    "2. Execution & Results\n3. Collaboration\n",
])
def test_introduction_bullets_are_not_asked_of_every_level(cli, write, before):
    """Near misses: a list the description opens, a section on using the page, notes."""
    page = f"# Acme Engineering Ladder\n\nThis ladder describes how engineers grow at Acme.\n\n{before}{AFTER}"
    _, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert "asked of every level" not in run.stderr


TRACK = """# Building Design Careers

Job Descriptions and Paths for Growth

## {heading}

Product designers shape what our customers see and use, from research to the shipped screen.

### Designer I

- Designs screens of a feature with guidance.

### Designer II

- Designs features on their own.

### Senior Designer

- Leads the design of a product area.
"""


def test_the_paragraph_under_the_track_heading_describes_the_track(cli, write):
    data, run = imported(cli, write("ladder.md", TRACK.format(heading="Product Design")), "--org", "Acme")
    assert data["track"] == "Product Design"
    assert data["description"] == ("Job Descriptions and Paths for Growth\n\nProduct designers shape what our "
                                   "customers see and use, from research to the shipped screen.")
    assert "text before the first level" not in run.stderr
    assert "describes the track: it ends the framework's description" in run.stderr


def test_the_paragraph_under_a_heading_that_names_no_track_is_reported(cli, write):
    """Near miss: '## Levels' over the levels names no track; its text is not the description."""
    data, run = imported(cli, write("ladder.md", TRACK.format(heading="Levels")), "--org", "Acme")
    assert data["description"] == "Job Descriptions and Paths for Growth"
    assert "Product designers shape" in run.stderr


def test_a_track_heading_that_opens_the_page_is_its_title(cli, write):
    """Near miss: '# Engineering Manager' over EM5 ... EM7 is the page's title: its
    first paragraph is the description, and a table ends the introduction, as before."""
    page = ("# Engineering Manager\n\nResponsible for the delivery and growth of the team.\n\n"
            "| Level | Position |\n| --- | --- |\n| 5 | EM5 |\n| 6 | EM6 |\n\n"
            "If you manage managers, read the Managing Managers page too.\n\n"
            + "".join(f"## EM{n} - Engineering Manager {n}\n\n- Manages a team of scope {n}.\n\n" for n in (5, 6, 7)))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == "Responsible for the delivery and growth of the team."
    assert "text before the first level: If you manage managers" in run.stderr


def test_an_introduction_that_lists_what_each_level_is_broken_into_is_the_description(cli, write):
    """"The competencies at each level are broken down into ...:" over a list
    of names says how the page is laid out, not what everyone is asked: it
    is the description, its names finishing the sentence."""
    page = ("# Acme Engineering Ladder\n\nThese are the criteria we level engineers by. The competencies at each level "
            "are broken down into three categories:\n\n1. Engineering & Design\n2. Execution & Results\n"
            "3. Collaboration\n\nJump to a level:\n\n- [Engineer I](#engineer-i)\n- [Engineer II](#engineer-ii)\n\n"
            f"{AFTER}")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == (
        "These are the criteria we level engineers by. The competencies at each level are broken down into three "
        "categories: Engineering & Design, Execution & Results, Collaboration.")
    assert "asked of every level" not in run.stderr


@pytest.mark.parametrize("lead", [
    "Everyone at every level is expected to:",
    "All engineers should:",
    "At every level we expect you to:",
])
def test_short_bullets_asked_of_every_level_are_not_names(cli, write, lead):
    """Short imperative bullets ('Review code kindly') under a lead that says
    what is expected are asked of every level, whatever their length: they
    are reported, not joined into the description as a list of names."""
    page = (f"# Acme Engineering Ladder\n\n{lead}\n\n- Write tests for their code\n- Review code kindly\n"
            f"- Join the on-call rotation\n- Document decisions\n\n{AFTER}")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme", "--report", "-")
    assert "Review code kindly" not in (data.get("description") or "")
    said = [line for line in run.output.splitlines() if "not placed: asked of every level" in line]
    assert len(said) == 4


def test_a_lead_that_lays_out_the_levels_over_names_is_not_asked(cli, write):
    """Near miss: 'Each level is grouped into four areas:' over short names
    says how the page is laid out: its names finish the description."""
    page = ("# Acme Engineering Ladder\n\nThe expectations at each level are grouped into four areas:\n\n"
            f"- Delivery\n- Craft\n- Collaboration\n- Leadership\n\n{AFTER}")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"].endswith("grouped into four areas: Delivery, Craft, Collaboration, Leadership.")
    assert "asked of every level" not in run.stderr
