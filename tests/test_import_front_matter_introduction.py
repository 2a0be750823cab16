"""The paragraphs that introduce a page before its first level or table
are the framework's description in every layout, a front-matter tagline
('description: Career development at Acme') or not: the tagline opens the
description, and the page's own introduction goes on with it. A section
of its own before the levels ('## Tracks' and its paragraph) is no
introduction."""

from __future__ import annotations

import pytest

from import_helpers import imported

FRONT = "---\ntitle: The Acme Engineering Ladder\ndescription: Career development at Acme\n---\n\n"
INTRO = ("# Engineering Ladder\n\nThis documents Acme's Engineering Ladder, a framework to help evaluate "
         "performance and growth.\n\nThis document is open and evolving. We encourage you to suggest changes.\n\n"
         "## Tracks\n\nThe ladder has one track for now, and it may grow.\n\n")
FIRST = "This documents Acme's Engineering Ladder, a framework to help evaluate performance and growth."
SECOND = "This document is open and evolving. We encourage you to suggest changes."
LEVELS = ["Engineer 1", "Engineer 2", "Senior Engineer"]

TABLE = ("## Craft\n\n| Craft | " + " | ".join(LEVELS) + " |\n|---|---|---|---|\n"
         + "".join(f"| {name} | " + " | ".join(f"Shows good {name.lower()} in the work they do and explains it to "
                                                f"the team at {lv}." for lv in LEVELS) + " |\n"
                   for name in ("Code", "Design", "Testing")))
SECTIONS = "".join(f"## {lv}\n\n### Code\n\n- Writes clear code at {lv}.\n- Reviews code at {lv}.\n\n"
                   for lv in LEVELS)


@pytest.mark.parametrize("body", [TABLE, SECTIONS], ids=["table", "sections"])
def test_the_introduction_goes_on_after_the_tagline(cli, write, body):
    data, run = imported(cli, write("ladder.md", FRONT + INTRO + body), "--org", "Acme")
    assert data["description"] == f"Career development at Acme\n\n{FIRST}\n\n{SECOND}"
    assert "Acme's Engineering Ladder, a framework" not in run.stderr
    assert "not placed" in run.stderr and "The ladder has one track for now" in run.stderr  # a section of its own


@pytest.mark.parametrize("body", [TABLE, SECTIONS], ids=["table", "sections"])
def test_a_tagline_the_introduction_opens_with_is_said_once(cli, write, body):
    front = FRONT.replace("Career development at Acme", "This documents Acme's Engineering Ladder")
    data, _ = imported(cli, write("ladder.md", front + INTRO + body), "--org", "Acme")
    assert data["description"] == f"{FIRST}\n\n{SECOND}"


@pytest.mark.parametrize("body", [TABLE, SECTIONS], ids=["table", "sections"])
def test_a_page_with_no_introduction_is_described_by_its_tagline(cli, write, body):
    data, _ = imported(cli, write("ladder.md", FRONT + "# Engineering Ladder\n\n" + body), "--org", "Acme")
    assert data["description"] == "Career development at Acme"


def test_without_front_matter_the_table_pages_introduction_is_all_its_paragraphs(cli, write):
    """Before, a page of tables kept only its first paragraph."""
    data, _ = imported(cli, write("ladder.md", INTRO + TABLE), "--org", "Acme")
    assert data["description"] == f"{FIRST}\n\n{SECOND}"
