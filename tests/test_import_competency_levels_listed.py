"""Skills frameworks written competency first: a heading per skill, a
paragraph that describes it, then each level as a numbered item ('1.
Awareness', '2. Working') over its bullets. The bullets are often indented
less than the item's text, so that Markdown reads them as a list of their
own beside it, not nested in it; they are still that level's statements.
A level the document says is not defined for a skill is not applicable
there. A skill whose levels disagree with the others' is reported.

The excerpt in fixtures/ddat/ is from the UK Government Digital and Data
Profession Capability Framework. Contains public sector information
licensed under the Open Government Licence v3.0."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import cells, imported
from model_rules_helpers import findings
from ladderlint.vocabulary import not_applicable

DDAT = Path(__file__).parent / "fixtures" / "ddat" / "skills-excerpt.md"


def _skills(levels: list[str], skills: dict[str, list[list[str]]], indent: str = "  ",
            marker: str = "{n}.", statement_marker: str = "-") -> str:
    """A skills page: '## Skill', a line about it, then each level as an
    item over its statements, indented by ``indent``."""
    text = "# Acme skills\n\n"
    for skill, statements in skills.items():
        text += f"## {skill}\n\n{skill} is a skill Acme values.\n\n"
        for n, (level, said) in enumerate(zip(levels, statements), start=1):
            text += f"{marker.format(n=n)} {level}\n\n" + "".join(
                f"{indent}{statement_marker.format(n=k)} {s}\n" for k, s in enumerate(said, start=1)) + "\n"
    return text


PROFICIENCIES = ["Awareness", "Working", "Practitioner", "Expert"]
SKILLS = {
    "Testing": [["knows what a unit test is"], ["writes unit tests for their changes"],
                ["designs the test suite of a service", "coaches others on testing"],
                ["sets how the organisation tests"]],
    "Incident response": [["knows who to call in an incident"], ["joins the rota and fixes small incidents"],
                          ["leads the response to an incident"], ["shapes how incidents are run across teams"]],
}


def test_numbered_levels_over_bullets_listed_beside_them_are_read(cli, write):
    data, run = imported(cli, write("skills.md", _skills(PROFICIENCIES, SKILLS)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == PROFICIENCIES
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [c["name"] for c in competencies] == ["Testing", "Incident response"]
    assert competencies[0]["description"] == "Testing is a skill Acme values."
    by_level = cells(data)
    assert by_level["practitioner"]["testing"] == ["designs the test suite of a service", "coaches others on testing"]
    assert by_level["expert"]["incident-response"] == ["shapes how incidents are run across teams"]
    assert "layout: competency-per-section" in run.stderr


def test_bullet_levels_over_numbered_statements_are_read(cli, write):
    levels = ["Beginner", "Intermediate", "Advanced"]
    text = _skills(levels, {k: v[:3] for k, v in SKILLS.items()}, indent="", marker="-", statement_marker="{n}.")
    data, _ = imported(cli, write("skills.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == levels
    assert cells(data)["intermediate"]["testing"] == ["writes unit tests for their changes"]


@pytest.mark.parametrize("head", ["**{level}**", "{n}. **{level}**", "- **{level}**", "{level}:", "Level {n}:"])
def test_levels_written_as_lines_or_bold_items_over_bullets_are_read(cli, write, head):
    """The other ways a competency's levels head their bullets: a bold
    line, a numbered bold item, a bold item of the same list as the
    bullets, a line of the level's name, a 'Level N:' line."""
    text = "# Acme skills\n\n"
    for skill, statements in SKILLS.items():
        text += f"## {skill}\n\n{skill} is a skill Acme values.\n\n"
        for n, (level, said) in enumerate(zip(PROFICIENCIES, statements), start=1):
            text += head.format(n=n, level=level) + "\n\n" + "".join(f"- {s}\n" for s in said) + "\n"
    data, run = imported(cli, write("skills.md", text), "--org", "Acme")
    assert len(data["levels"]) == 4
    top = data["levels"][-1]["competencies"]
    assert top == {"testing": ["sets how the organisation tests"],
                   "incident-response": ["shapes how incidents are run across teams"]}
    assert "layout: competency-per-section" in run.stderr


def test_a_level_not_defined_for_a_skill_is_not_applicable(cli, write):
    skills = {**SKILLS, "Data ethics": [["This skill level is currently not defined."], ["Not defined at this level"],
                                        ["applies the ethics framework to a project"],
                                        ["sets the ethics framework of the organisation"]]}
    data, _ = imported(cli, write("skills.md", _skills(PROFICIENCIES, skills)), "--org", "Acme")
    by_level = cells(data)
    assert by_level["awareness"]["data-ethics"] == {"not_applicable": "This skill level is currently not defined"}
    assert by_level["working"]["data-ethics"] == {"not_applicable": "Not defined at this level"}
    assert by_level["practitioner"]["data-ethics"] == ["applies the ethics framework to a project"]


def test_not_defined_is_not_applicable_only_as_the_whole_sentence():
    assert not_applicable("This skill level is currently not defined.") is not None
    assert not_applicable("The level is not described") is not None
    assert not_applicable("Not defined by the team: each squad picks its own") is None
    assert not_applicable("This competency is not defined in the handbook, so writes it down") is None
    # Still to be written: a placeholder (LL406), not a level the skill does not have.
    assert not_applicable("This level is not yet defined.") is None


def test_a_skill_whose_levels_disagree_with_the_others_is_reported(cli, write):
    text = _skills(PROFICIENCIES, SKILLS)
    text += ("## Review\n\nReview is a skill Acme values.\n\n1. Working\n\n  - reviews small changes\n\n"
             "2. Awareness\n\n  - reads reviews of their changes\n\n3. Expert\n\n  - sets how Acme reviews code\n")
    data, run = imported(cli, write("skills.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == PROFICIENCIES
    assert cells(data)["working"]["review"] == ["reviews small changes"]
    assert ("competency 'Review' lists its levels as Working, Awareness, Expert, the others as Awareness, "
            "Working, Practitioner, Expert") in run.stderr
    assert "competency 'Review' has no part for level 'Practitioner'" in run.stderr
    assert "competency 'Testing'" not in run.stderr


def test_level_sections_with_numbered_statements_over_bullets_import_as_before(cli, write):
    text = ("# Acme ladder\n\n"
            "## Junior Engineer\n\n### Testing\n\n1. Write tests\n2. Review code\n\n  - asks for help early\n\n"
            "### Delivery\n\n1. Ship small changes\n\n  - keeps the team informed\n\n"
            "## Senior Engineer\n\n### Testing\n\n1. Design test suites\n2. Review designs\n\n  - mentors others\n\n"
            "### Delivery\n\n1. Lead projects\n\n  - plans releases\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Senior Engineer"]
    assert cells(data)["junior-engineer"]["testing"] == ["Write tests", "Review code", "asks for help early"]
    assert cells(data)["senior-engineer"]["delivery"] == ["Lead projects", "plans releases"]
    assert "layout: level-per-section" in run.stderr


def test_the_ddat_skills_page_imports(cli, write):
    data, run = imported(cli, write(DDAT.name, DDAT.read_text(encoding="utf-8")), "--org", "Government Digital and Data")
    assert [level["id"] for level in data["levels"]] == ["awareness", "working", "practitioner", "expert"]
    competencies = {c["name"]: c for d in data["dimensions"] for c in d["competencies"]}
    assert list(competencies) == ["Accessibility", "Analysis", "Applied social sciences"]
    assert competencies["Analysis"]["description"].startswith("Analysis involves examining, interpreting")
    by_level = cells(data)
    assert by_level["expert"]["accessibility"][-1] == "recommend the best tools and methods to use when " \
                                                      "accessibility testing"
    assert by_level["awareness"]["analysis"] == {"not_applicable": "This skill level is currently not defined"}
    # 'Working' with its bullet on the very next line.
    assert by_level["working"]["applied-social-sciences"] == {
        "not_applicable": "This skill level is currently not defined"}
    # The roles that need the skill are no statement of its top level.
    assert all("role" not in s for s in by_level["expert"]["analysis"])
    assert "Roles that require this skill" in run.stderr


_NOT_DEFINED = """\
dimensions:
  - id: skills
    name: Skills
    competencies:
      - {id: testing, name: Testing}
      - {id: ethics, name: Data ethics}
levels:
  - id: awareness
    title: Awareness
    competencies:
      testing: [Knows what a unit test is]
      ethics: ["This skill level is currently not defined."]
"""  # the ethics cell is on line 18, after the header


def test_check_reports_a_level_said_not_defined_as_not_applicable(cli, write):
    """Written as a statement by hand, LL403 says to write it as
    not_applicable, and the rules on repeats stay silent."""
    assert findings(cli, write, _NOT_DEFINED, "LL403") == [
        "18:15: level 'awareness' says that competency 'ethics' does not apply with a statement, "
        "'This skill level is currently not defined.'; write not_applicable with the reason instead",
    ]
