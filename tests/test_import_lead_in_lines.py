"""`ladderlint import` reads the last line of a paragraph that leads in to
the list under it ('The engineer needs to', 'At this level, you are
expected to:') as the lead-in it is, on a line of its own after sentences
that end: reported with the list it leads in to, never glued to the
level's summary."""

from __future__ import annotations

from import_helpers import imported

_SENIOR = "\n## Senior\n\nLeads a team.\n\n- Helps juniors grow\n- Leads other engineers\n"


def test_a_lead_in_on_the_line_under_the_summary_is_not_part_of_it(cli, write):
    text = ("# Levels\n\n## Junior\n\nA first job after college.\nThe engineer needs to\n"
            "- learn the lifecycle of software\n- follow coding conventions\n" + _SENIOR)
    data, run = imported(cli, write("levels.md", text), "--org", "Acme")
    junior = data["levels"][0]
    assert junior["summary"] == "A first job after college."
    assert "levels.md:6: not placed: lead-in to the list after it, whose bullets are the statements: " \
           "The engineer needs to" in run.stderr
    assert list(junior["competencies"].values()) == [["learn the lifecycle of software", "follow coding conventions"]]


def test_a_lead_in_with_its_colon_on_the_line_under_the_summary_is_not_part_of_it(cli, write):
    text = ("# Levels\n\n## Junior\n\nA first job after *college*.\nAt this level, the engineer is expected to:\n\n"
            "- Learns the lifecycle of software\n- Follows coding conventions\n" + _SENIOR)
    data, run = imported(cli, write("levels.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == "A first job after college."
    assert "levels.md:6: not placed: lead-in to the list after it, whose bullets are the statements: " \
           "At this level, the engineer is expected to:" in run.stderr


def test_a_last_line_that_ends_its_sentence_stays_in_the_summary(cli, write):
    # Near-miss: the last line is a sentence of its own; nothing leads in to the list.
    text = ("# Levels\n\n## Junior\n\nA first job after college.\nThe engineer learns fast.\n\n"
            "- Learns the lifecycle of software\n- Follows coding conventions\n" + _SENIOR)
    data, _ = imported(cli, write("levels.md", text), "--org", "Acme")
    assert data["levels"][0]["summary"] == "A first job after college. The engineer learns fast."


def test_a_lead_in_with_no_paragraph_over_it_is_no_summary(cli, write):
    # Near-miss: a wrapped lead-in is one sentence, not a summary and a lead-in.
    text = ("# Levels\n\n## Junior\n\nA first job after college, where the engineer\nis expected to:\n\n"
            "- Learns the lifecycle of software\n- Follows coding conventions\n" + _SENIOR)
    data, run = imported(cli, write("levels.md", text), "--org", "Acme")
    assert "summary" not in data["levels"][0]
    assert "not placed: lead-in to the list after it, whose bullets are the statements: A first job after " \
           "college, where the engineer is expected to:" in run.stderr
