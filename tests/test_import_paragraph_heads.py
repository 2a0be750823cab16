"""Levels written in paragraphs, some under a line in bold: the bold line
heads what follows it, and no more."""

from __future__ import annotations

import pytest

from import_helpers import imported


def test_a_bold_line_alone_heads_what_follows_it_and_leaves_the_paragraphs_before_it_statements(cli, write):
    """'**Stay curious.**' alone between two paragraphs of a level written
    in paragraphs: the paragraph after it is under it; the one before stays
    a statement of the level, as it is with no bold line, not its summary."""
    page = write("ladder.md", "# Ladder\n\n## Engineer I\n\nYou ship small changes with help.\n\n**Stay curious.**\n\n"
                              "You ask questions about the codebase.\n\n## Engineer II\n\nYou ship features alone.\n\n"
                              "**Stay curious.**\n\nYou explore other teams' code.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [lv.get("summary") for lv in data["levels"]] == [None, None]
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"expectations": ["You ship small changes with help."],
         "stay-curious": ["You ask questions about the codebase."]},
        {"expectations": ["You ship features alone."], "stay-curious": ["You explore other teams' code."]}]
    plain = write("plain.md", "# Ladder\n\n## Engineer I\n\nYou ship small changes with help.\n\n"
                              "You ask questions about the codebase.\n\n## Engineer II\n\nYou ship features alone.\n\n"
                              "You explore other teams' code.\n")
    unheaded, _ = imported(cli, plain, "--org", "Acme")
    assert [lv.get("summary") for lv in unheaded["levels"]] == [None, None]


@pytest.mark.parametrize("verb", ["is about", "means", "covers"])
def test_a_paragraph_defining_the_competency_over_its_bullets_is_its_description(cli, write, verb):
    """'Technical depth is about ...' under the competency's heading, before
    the first level's bullets, says what the competency is: its
    description, never a statement of that one level. A second, different
    one at another level is reported; a paragraph that is no definition
    stays a statement."""
    page = write("ladder.md", f"# Progression\n\n## Level 1 — Foundations\n\n### Technical depth\n\n"
                              f"Technical depth {verb} the quality and reach of the models you build.\n\n"
                              "- Writes SQL models that follow our style guide.\n\n"
                              "### Business partnership\n\nWorks closely with analysts.\n\n"
                              "- Clarifies requirements before building.\n\n"
                              "## Level 2 — Practitioner\n\n### Technical depth\n\n"
                              "Technical depth means how far your models reach.\n\n"
                              "- Designs incremental models for large tables.\n\n"
                              "### Business partnership\n\n- Translates a question into a data model.\n")
    data, run = imported(cli, page, "--org", "Acme")
    described = {c["id"]: c.get("description") for d in data["dimensions"] for c in d["competencies"]}
    assert described == {"technical-depth": f"Technical depth {verb} the quality and reach of the models you build.",
                         "business-partnership": None}
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"technical-depth": ["Writes SQL models that follow our style guide."],
         "business-partnership": ["Works closely with analysts.", "Clarifies requirements before building."]},
        {"technical-depth": ["Designs incremental models for large tables."],
         "business-partnership": ["Translates a question into a data model."]}]
    assert "ladder.md:21: not placed: a second description of 'Technical depth': Technical depth means how far " \
           "your models reach." in run.stderr


_ITALIC_LEAD = ("# Ladder\n\n## Engineer\n\nWrites small features with guidance.\n\nFixes bugs in familiar code.\n\n"
                "## Senior Engineer\n\n_At this point, a person is mastering how effective they can be._\n\n"
                "{mark}Designs features end to end.\n\n{mark}Mentors engineers on the team.\n")


@pytest.mark.parametrize("mark", ["", "- "])
def test_a_lead_paragraph_wholly_in_italics_is_the_summary_over_paragraphs_as_over_bullets(cli, write, mark):
    """The italic lead line of a level is its summary whether its statements
    are paragraphs or bullets: its emphasis sets it apart from them."""
    data, run = imported(cli, write("ladder.md", _ITALIC_LEAD.format(mark=mark)), "--org", "Acme")
    senior = data["levels"][1]
    assert senior["summary"] == "At this point, a person is mastering how effective they can be."
    assert senior["competencies"] == {"expectations": ["Designs features end to end.", "Mentors engineers on the team."]}


def test_paragraphs_all_in_italics_stay_statements(cli, write):
    """Where every paragraph of the level is in italics, none is set apart: all are statements."""
    page = write("ladder.md", "# Ladder\n\n## Engineer\n\n_Writes small features._\n\n_Fixes bugs._\n\n"
                              "## Senior Engineer\n\n_Designs features end to end._\n\n_Mentors engineers._\n")
    data, _ = imported(cli, page, "--org", "Acme")
    assert [lv.get("summary") for lv in data["levels"]] == [None, None]
    assert data["levels"][1]["competencies"] == {"expectations": ["Designs features end to end.", "Mentors engineers."]}
