"""Levels written in paragraphs, some under a line in bold: the bold line
heads what follows it, and no more."""

from __future__ import annotations

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
