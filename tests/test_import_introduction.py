"""Every paragraph that introduces the framework before its first level,
one right after another, is its description (a blank line apart); what
the introduction is not (a section of its own, a list, a note with its
label, a paragraph about the document, a thematic break, a quote) ends
it and is reported as before; a line of links does not end it."""

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
    ("Note: this page is a draft.\n\n", False),  # in plain words too
    ("How to use this document: read your level and the one above it.\n\n", False),
    ("Disclaimer: this is no contract.\n\n", False),
    ("Status: Draft\n\n", False),  # a line of the page's properties
    ("Copyright 2023 Acme Inc. All rights reserved.\n\n", False),
    ("This document was last updated in March 2023 by the Platform team.\n\n", False),
    ("---\n\n", False),  # a thematic break sets what follows apart
    ("> This is a draft.\n\n", False),  # a quote, of one line too
    # near misses: words that only look like a note's or a record's
    ("Notably, it is read by managers and engineers alike.\n\n", True),
    ("It was updated by many people over the years.\n\n", True),
    # navigation is reported as such: the introduction goes on past it
    ("[Home](index.md) · [Levels](levels.md) · [Glossary](glossary.md)\n\n", True),
    ("", True),
])
def test_what_is_not_the_introduction_ends_it(cli, write, between, kept):
    page = f"# Competencies\n\n{FIRST}\n\n{between}{SECOND}\n{LADDER}"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme", "--report", "-")
    middle = between.strip() if kept and between[:1].isalpha() else ""
    assert data["description"] == ("\n\n".join(p for p in (FIRST, middle, SECOND) if p) if kept else FIRST)
    assert (f"text before the first level: {SECOND}" in run.output) is not kept
    assert ("line of links (navigation)" in run.output) is ("[Home]" in between)
