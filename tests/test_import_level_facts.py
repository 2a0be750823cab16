"""Labels that describe a level rather than ask something of it ('Next
level', 'Experience'): a fact of the level only where what they head says
one (a level it leads to, the years it asks); else what the level expects."""

from __future__ import annotations

import pytest

from import_helpers import imported


@pytest.mark.parametrize("head", ["### {}\n\n- {}\n", "**{}:** {}\n"])
def test_a_next_step_or_experience_that_names_no_level_nor_years_is_an_expectation(cli, write, head):
    """'**Next steps:** Starts leading small projects.' names no level, and
    '**Experience:** Has run several large migrations.' no years: both say
    what the level does, a competency each, not reported as facts."""
    said = (("Delivery", "Ships changes."), ("Next steps", "Starts leading small projects."),
            ("Experience", "Has run several large migrations."))
    page = write("ladder.md", "# Ladder\n\n" + "".join(
        f"## Engineer {rung}\n\nAn Engineer {rung} ships.\n\n" + "\n".join(head.format(*pair) for pair in said)
        + "\n" for rung in ("I", "II")))
    data, run = imported(cli, page, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == [
        "Delivery", "Next steps", "Experience"]
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships changes."], "next-steps": ["Starts leading small projects."],
         "experience": ["Has run several large migrations."]}] * 2
    assert "leads to" not in run.stderr and "experience or time" not in run.stderr


@pytest.mark.parametrize("head", ["### {}\n\n- {}\n", "**{}:** {}\n"])
@pytest.mark.parametrize("step, experience", [
    ("Engineer II", "Two years or more."), ("Promotion to Staff once they lead a team.", "About 18 months."),
    ("Towards L4.", "2+ years in industry."),
])
def test_a_next_step_that_names_a_level_and_experience_in_years_are_facts_of_the_level(
        cli, write, head, step, experience):
    """'Next steps' that names a level (one of the document's, a level word
    after 'to', a level's number) and 'Experience' that says years: the
    level's facts, said of it in its description under their labels, no
    competencies."""
    said = (("Delivery", "Ships changes."), ("Next steps", step), ("Experience", experience))
    page = write("ladder.md", "# Ladder\n\n" + "".join(
        f"## Engineer {rung}\n\nAn Engineer {rung} ships.\n\n" + "\n".join(head.format(*pair) for pair in said)
        + "\n" for rung in ("I", "II")))
    data, run = imported(cli, page, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Delivery"]
    assert [level["description"] for level in data["levels"]] == [f"Next steps: {step}\n\nExperience: {experience}"] * 2
    assert "not placed:" not in run.stderr
