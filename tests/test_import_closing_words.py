"""Paragraphs that end the page after the last level's text, set apart by a
thematic break ('---'), are the framework's closing words: reported, not
made the last level's statement or description, whichever section of it
they would fall in."""

from __future__ import annotations

import pytest

from import_helpers import imported

CLOSING = "These levels serve as a reference to guide career development and align expectations."
LEVELS = ("# QA Seniority\n\n## QA Junior\n\n### Technical Skills\n- Writes test cases from acceptance criteria.\n"
          "### Behavior\n- Asks for help when stuck.\n### Expected Experience\n- At least **1 year** in the field.\n\n"
          "---\n\n## QA Lead\n\n### Technical Skills\n- Defines test strategies for a team.\n### Behavior\n"
          "- Inspires and develops talent within the team.\n")
LAST = {
    "experience": "### Expected Experience\n- Minimum of **5 years**, with **2 years as a senior**.\n",
    "statements": "",
}


def _texts(data) -> str:
    return repr(data)


@pytest.mark.parametrize("last", sorted(LAST))
def test_closing_words_past_a_break_are_reported(cli, write, last):
    page = f"{LEVELS}{LAST[last]}\n---\n\n{CLOSING}\n"
    data, run = imported(cli, write("qa.md", page), "--org", "DB1")
    assert CLOSING not in _texts(data)
    assert "not placed: after the last level, past a thematic break ('---')" in run.stderr


def test_a_paragraph_without_a_break_stays_the_level_s(cli, write):
    """Near miss: with no break, the paragraph is the last section's, as before."""
    page = f"{LEVELS}{LAST['experience']}\n{CLOSING}\n"
    data, run = imported(cli, write("qa.md", page), "--org", "DB1")
    assert "thematic break" not in run.stderr
    assert CLOSING in _texts(data["levels"][-1])


HTML_LEVELS = ("<h2>Engineer I</h2>\n<ul><li>Writes code.</li></ul>\n<h2>Engineer II</h2>\n<ul>\n"
               "<li>Writes technical posts.</li>\n</ul>\n")


def test_an_html_paragraph_after_the_last_list_is_the_level_s(cli, write):
    """A page read as a tree has no lines to look for a '---' in: a paragraph
    on a line of its own after the last level's list ('Experience: ...',
    as a published page ends a level) is that level's, as on the list's line."""
    page = f"{HTML_LEVELS}\n<p>Experience: four years.</p>\n"
    data, run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert "thematic break" not in run.stderr
    assert "Experience: four years." in _texts(data["levels"][-1])


def test_closing_words_past_an_html_rule_are_reported(cli, write):
    page = f"{HTML_LEVELS}<hr>\n<p>{CLOSING}</p>\n"
    data, run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert CLOSING not in _texts(data)
    assert "ladder.html:8: not placed: after the last level, past a thematic break ('<hr>')" in run.stderr
