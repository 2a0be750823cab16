"""Every paragraph that introduces the framework before its first level,
one right after another, is its description (a blank line apart); what
the introduction is not (a section of its own, a list, a note with its
label, a line of links) is reported as before."""

from __future__ import annotations

import pytest

from import_helpers import imported

LADDER = """
## Delivery

- **Beginner**
  - You understand the scope of work before taking on tasks.
- **Advanced**
  - You roadmap large tracks of work with reliable estimates.

## Communication

- **Beginner**
  - You communicate your progress to your team.
- **Advanced**
  - You communicate plans to stakeholders across teams.
"""

FIRST = "We base our competencies on Etsy's model, adjusted to our needs."
SECOND = "It is supposed to be aspirational, so if you are not sure, pick the lower level."


def test_paragraphs_under_sections_before_the_levels_are_no_introduction(cli, write):
    """A title's subtitle, then sections (*Contents*, *Using this document*)
    before the levels: their paragraphs are theirs, reported."""
    page = (f"# Building Careers\n\nPaths for growth\n\n## Contents\n\n{FIRST}\n\n## Using this document\n\n"
            f"{SECOND}\n\n## Junior Engineer\n\n### Delivery\n\n- Ships tasks.\n\n## Senior Engineer\n\n"
            "### Delivery\n\n- Ships projects.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == "Paths for growth"
    assert f"{FIRST}" in run.stderr and f"{SECOND}" in run.stderr


@pytest.mark.parametrize("layout", ["competencies", "levels"])
def test_every_paragraph_of_the_introduction_is_the_description(cli, write, layout):
    ladder = LADDER if layout == "competencies" else (
        "\n## Junior Engineer\n\n### Delivery\n\n- Ships tasks.\n\n## Senior Engineer\n\n### Delivery\n\n- Ships projects.\n")
    data, run = imported(cli, write("ladder.md", f"# Competencies\n\n{FIRST}\n\n{SECOND}\n{ladder}"), "--org", "Acme")
    assert data["description"] == f"{FIRST}\n\n{SECOND}"
    assert "text before the first level" not in run.stderr


@pytest.mark.parametrize("between, kept", [
    ("## How to read it\n\n", False),  # a section of its own
    ("- Delivery\n- Communication\n\n", False),  # a list (a table of contents) ends the introduction
    ("| Level | Title |\n| --- | --- |\n| 1 | Beginner |\n| 2 | Advanced |\n\n", False),  # so does a table
    ("| Level | Page |\n| --- | --- |\n| 1 | [Beginner](#beginner) |\n| 2 | [Advanced](#advanced) |\n\n",
     False),  # of links too: a pointer after the levels' index is no introduction
    ("**Note:** this page is a draft.\n\n", False),  # a note with its label
    # navigation is reported as such: the introduction goes on past it
    ("[Home](index.md) · [Levels](levels.md) · [Glossary](glossary.md)\n\n", True),
    ("", True),
])
def test_what_is_not_the_introduction_ends_it(cli, write, between, kept):
    page = f"# Competencies\n\n{FIRST}\n\n{between}{SECOND}\n{LADDER}"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == (f"{FIRST}\n\n{SECOND}" if kept else FIRST)
    assert (f"text before the first level: {SECOND}" in run.stderr) is not kept
    assert ("line of links (navigation)" in run.stderr) is ("[Home]" in between)
