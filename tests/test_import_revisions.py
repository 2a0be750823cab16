"""Two revisions of one document, imported one after the other to the same
file for `ladderlint diff`, are read the same way: an edit that changes
no expectation (a colon, how a link's address is written, the page's
title) changes no statement, level id or competency."""

from __future__ import annotations

import pytest

from import_helpers import by_name, imported

LEVEL_PAGE = """---
title: Senior Engineer
---

## Community

- Take part in the engineering guild {how}
  - Running a session each quarter
  - Reviewing the guild's proposals
- Ship work that others can build on.
"""


@pytest.mark.parametrize("how", ["by", "by:", "through", "through:"])
def test_a_bullet_its_nested_bullets_finish_reads_the_same_with_or_without_its_colon(cli, write, how):
    data, _ = imported(cli, write("senior.md", LEVEL_PAGE.format(how=how)), "--org", "Acme")
    lead = f"Take part in the engineering guild {how.rstrip(':')}:"
    assert by_name(data)["Senior Engineer"]["Community"] == [
        f"{lead} Running a session each quarter",
        f"{lead} Reviewing the guild's proposals",
        "Ship work that others can build on.",
    ]


@pytest.mark.parametrize("how", ["such as", "such as:", "including", "including:", "for example", "e.g.:"])
def test_a_bullet_that_introduces_instances_reads_the_same_with_or_without_its_colon(cli, write, how):
    """The bullets under '... such as:' are instances of what it asks: its
    examples, and the statement is the same with its colon or without."""
    data, _ = imported(cli, write("senior.md", LEVEL_PAGE.format(how=how)), "--org", "Acme")
    lead = f"Take part in the engineering guild {how.rstrip(':')}:"
    assert by_name(data)["Senior Engineer"]["Community"] == [
        {"text": lead, "examples": ["Running a session each quarter", "Reviewing the guild's proposals"]},
        "Ship work that others can build on.",
    ]


def test_a_complete_bullet_over_nested_bullets_keeps_them_as_its_own_statements(cli, write):
    """A bullet that ends as a sentence ends is one statement; the bullets
    under it are statements too, not the rest of its sentence."""
    page = LEVEL_PAGE.replace("the engineering guild {how}", "the engineering guild.")
    data, _ = imported(cli, write("senior.md", page), "--org", "Acme")
    assert by_name(data)["Senior Engineer"]["Community"] == [
        "Take part in the engineering guild.", "Running a session each quarter", "Reviewing the guild's proposals",
        "Ship work that others can build on.",
    ]


@pytest.mark.parametrize("opening", ["For example:", "For example"])
def test_examples_opened_without_a_colon_are_the_bullets_examples(cli, write, opening):
    page = LEVEL_PAGE.replace("the engineering guild {how}", f"the engineering guild. {opening}")
    data, _ = imported(cli, write("senior.md", page), "--org", "Acme")
    first = by_name(data)["Senior Engineer"]["Community"][0]
    assert first == {"text": "Take part in the engineering guild.",
                     "examples": ["Running a session each quarter", "Reviewing the guild's proposals"]}


MENU_PAGE = """#### [Overview](README.md)
* [Analyst 3]({three})
* [Analyst 4]({four})
* [Analyst 5]({five})
<picture>
  <img alt="Skills chart" src="charts/analyst.png">
</picture>

### Delivery

#### Plans

* Plans the quarter's work with the team and its stakeholders.
"""


@pytest.mark.parametrize("three, four, five", [
    ("Analyst 3.md", "Analyst 4.md", "Analyst 5.md"),
    ("Analyst%203.md", "Analyst%204.md", "Analyst%205.md"),
    ("./analyst_3#delivery", "./analyst_4#delivery", "https://example.com/analyst/5"),
])
def test_a_list_of_links_is_navigation_however_its_addresses_are_written(cli, write, three, four, five):
    """A menu of links at the top of a page, an image right under its last
    item (which Markdown reads as part of that item), is navigation: no
    competency, whether the addresses are encoded or not."""
    path = write("Analyst 4.md", MENU_PAGE.format(three=three, four=four, five=five))
    data, run = imported(cli, path, "--org", "Acme", "--level", "A4", "--report", "-")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Plans"]
    assert list(by_name(data).values()) == [{"Plans": ["Plans the quarter's work with the team and its stakeholders."]}]
    assert "not placed: list of links (navigation): [Analyst 3]" in run.output


@pytest.mark.parametrize("unbulleted", [
    lambda menu: menu.replace("* ", ""),  # the bullets dropped: a line per link
    lambda menu: menu.replace("\n* [Analyst 4]", " | [Analyst 4]").replace("\n* [Analyst 5]", " | [Analyst 5]")
    .replace("* ", ""),  # on one line, parted by bars
])
def test_a_menu_of_links_without_bullets_is_navigation_too(cli, write, unbulleted):
    """A revision that only drops the menu's bullets (its lines, the picture
    under them that Markdown reads as more of the paragraph) imports as the
    one before: no competency named after its heading's link, no statement
    of its links or the picture's tags, each reported."""
    page = MENU_PAGE.format(three="Analyst 3.md", four="Analyst 4.md", five="Analyst 5.md")
    before, _ = imported(cli, write("Analyst 4.md", page), "--org", "Acme", "--level", "A4")
    after, run = imported(cli, write("Analyst 4.md", unbulleted(page)), "--org", "Acme", "--level", "A4",
                          "--report", "-")
    assert after["dimensions"] == before["dimensions"] and after["levels"] == before["levels"]
    assert "not placed: line of links (navigation): [Analyst 3](Analyst 3.md)" in run.output
    assert 'not placed: image: <picture> <img alt="Skills chart" src="charts/analyst.png"> </picture>' in run.output
    assert "<picture>" not in repr(after)


def test_a_picture_written_in_html_under_a_statement_is_no_words_of_it(cli, write):
    page = ("# Senior Engineer\n\n## Delivery\n\n- Plans the quarter's work.\n- Ships what was planned.\n"
            "<picture>\n  <img alt=\"Radar\" src=\"radar.png\">\n</picture>\n\nLeads the planning.\n<img src=\"a.png\">\n"
            "\nWrites `<img>` tags with alt text.\n")
    data, run = imported(cli, write("senior.md", page), "--org", "Acme", "--report", "-")
    assert by_name(data)["Senior Engineer"]["Delivery"] == [
        "Plans the quarter's work.", "Ships what was planned.", "Leads the planning.",
        "Writes `<img>` tags with alt text."]  # in code, the tag is the statement's words
    assert "senior.md:7: not placed: image: <picture> <img alt=\"Radar\" src=\"radar.png\"> </picture>" in run.output
    assert "senior.md:12: not placed: image: <img src=\"a.png\">" in run.output


def test_bullets_that_are_only_links_among_statements_are_navigation(cli, write):
    """Links to the same section of the lower levels' pages, listed before
    a level's own statements, are no statements of it."""
    page = """# Software Engineer IV

## Impact

- [Software Engineer I Impact](./software_engineer_I#Impact)
- [Software Engineer II Impact](./software_engineer_II#Impact)

- Shape the technical direction of your team's systems.

- Improve how the team works, see [our guide](guide.md).
"""
    data, run = imported(cli, write("software_engineer_IV.md", page), "--org", "Acme")
    assert by_name(data)["Software Engineer IV"]["Impact"] == [
        "Shape the technical direction of your team's systems.",
        "Improve how the team works, see our guide.",
    ]
    assert "software_engineer_IV.md:5: not placed: link to another page (navigation): " \
           "[Software Engineer I Impact](./software_engineer_I#Impact)" in run.stderr
