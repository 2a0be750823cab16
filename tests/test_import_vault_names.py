"""`ladderlint import` on a folder of pages, one per level, as a Markdown
vault (Obsidian) or a static site keeps them: the framework is named by the
vault's index page (its title heading, or its front matter's title), else
by the folder, never after the first level's page; what else the index
page says is reported, its licence offered as the framework's."""

from __future__ import annotations

import pytest

from import_helpers import imported
from ladderlint.importers.overview import licence_named

LEVEL = """---
level: {code}
title: {title}
tags: [level]
---
# {code} {title}

## Delivery
- {statement}
"""

PAGES = [("E1", "Associate Engineer", "Ships small, tested changes with guidance."),
         ("E2", "Engineer", "Ships features end to end."),
         ("E3", "Senior Engineer", "Leads projects across a team.")]

HOME = """---
tags: [career, index]
---
# Engineering Ladder

See [[Levels/E1 Associate Engineer|E1]], [[Levels/E2 Engineer|E2]] and [[Levels/E3 Senior Engineer|E3]].
"""


def vault(write, root: str, home: bool) -> None:
    for code, title, statement in PAGES:
        write(f"{root}/Levels/{code} {title}.md", LEVEL.format(code=code, title=title, statement=statement))
    if home:
        write(f"{root}/Home.md", HOME)


def test_the_vaults_index_page_names_the_framework(cli, write, tmp_path):
    vault(write, "vault", home=True)
    data, run = imported(cli, tmp_path / "vault", "--org", "A")
    assert data["name"] == "Engineering Ladder"
    assert "description" not in data  # 'See E1, E2 and E3.' describes nothing
    assert [lv["title"] for lv in data["levels"]] == ["Associate Engineer", "Engineer", "Senior Engineer"]
    assert "the framework is named 'Associate Engineer'" not in run.output + run.stderr


def test_without_an_index_the_folder_names_the_framework(cli, write, tmp_path):
    vault(write, "Engineering Career Framework", home=False)
    data, _ = imported(cli, tmp_path / "Engineering Career Framework", "--org", "A")
    assert data["name"] == "Engineering Career Framework"


def test_a_folder_that_names_no_framework_names_nothing(cli, write, tmp_path):
    vault(write, "notes", home=False)
    data, _ = imported(cli, tmp_path / "notes", "--org", "A")
    assert "Associate Engineer" not in data["name"]


def test_a_competencys_page_describes_it(cli, write, tmp_path):
    vault(write, "vault", home=True)
    write("vault/Competencies/Delivery.md", "---\ntags: [competency]\n---\n# Delivery\n\n"
                                            "Delivery is about shipping work that matters, on time.\n")
    report = tmp_path / "vault.report"
    data, _ = imported(cli, tmp_path / "vault", "--org", "A", "--report", str(report))
    assert [(c["name"], c.get("description")) for d in data["dimensions"] for c in d["competencies"]] == [
        ("Delivery", "Delivery is about shipping work that matters, on time.")]
    assert "Delivery.md:4: layout: a page about a competency, no ladder: its first paragraph describes it" \
        in report.read_text(encoding="utf-8")


README = """# Career Ladder

This ladder was developed by Jane Doe and Sam Roe.

### On titles

We have eschewed the use of specific titles in order to focus on the expectations at each level.

### The levels

* [L1](L1.md)
* [L2](L2.md)

### License

This career ladder is made available under the {licence} license.
"""


def _readme_site(write, licence: str) -> None:
    write("ladder/README.md", README.format(licence=licence))
    write("ladder/L1.md", "# L1\n\n#### Impact\n\n* Writes code\n")
    write("ladder/L2.md", "# L2\n\n#### Impact\n\n* Mentors new hires\n")


@pytest.mark.parametrize("licence, spdx", [
    ("[Creative Commons Attribution](https://creativecommons.org/licenses/by/4.0/)", "CC-BY-4.0"),
    ("Creative Commons Attribution-ShareAlike 4.0", "CC-BY-SA-4.0"),
    ("CC BY-NC 3.0", "CC-BY-NC-3.0"),
])
def test_the_rest_of_an_overview_is_reported_and_its_licence_taken(cli, write, tmp_path, licence, spdx):
    """A README over the pages of levels: its title names the framework, its
    first paragraph describes it, the licence it states is the framework's
    `licence`, and every other piece of its text is reported, counted."""
    _readme_site(write, licence)
    report = tmp_path / "report.txt"
    data, run = imported(cli, tmp_path / "ladder", "--org", "Acme", "--report", str(report))
    assert (data["name"], data["description"], data["licence"]) == (
        "Career Ladder", "This ladder was developed by Jane Doe and Sam Roe.", spdx)
    said = report.read_text(encoding="utf-8")
    assert f"README.md:16: layout: an overview of the framework, no ladder: it states the licence of the text, the " \
           f"framework's `licence: {spdx}`" in said
    left_out = [line for line in said.splitlines() if "README.md" in line and ": not placed: " in line]
    assert [line.split(": not placed: ")[1] for line in left_out] == [
        "section 'On titles' of the overview, not part of the framework: On titles",
        "in section 'On titles' of the overview, not part of the framework: We have eschewed the use of specific "
        "titles in order to focus on the expectations at each level.",
        "section 'The levels' of the overview, not part of the framework: The levels",
        "link to another page (navigation): [L1](L1.md)",
        "link to another page (navigation): [L2](L2.md)",
    ]
    assert "5 pieces of text not placed" in said


def test_a_licence_named_without_its_version_is_reported_as_the_licence(cli, write, tmp_path):
    """Near miss: 'the Creative Commons Attribution license' names no
    version, which an SPDX identifier cannot leave out: no `licence`, and the
    report says the sentence is the licence, with the identifier to write."""
    _readme_site(write, "Creative Commons Attribution")
    data, run = imported(cli, tmp_path / "ladder", "--org", "Acme")
    assert "licence" not in data
    assert ("README.md:16: not placed: the licence the overview's text states, which names no version: write its "
            "SPDX identifier as the framework's `licence` (CC-BY-4.0 for Creative Commons Attribution 4.0): This "
            "career ladder is made available under the Creative Commons Attribution license.") in run.stderr
    assert "README.md:14: not placed: section 'License' of the overview" in run.stderr
    assert "7 pieces of text not placed" in run.stderr


HUGO_INDEX = """---
title: "{title}"
date: 2023-10-16T17:16:35+05:30
description: "The Engineering career ladder used at Acme"
weight: 2
---

The Engineering career ladder applies to everyone in the Engineering function.
"""


@pytest.mark.parametrize("title, name", [("Engineering Career Ladder", "Engineering Career Ladder"),
                                         ("Engineering", "Acme Engineer")])
def test_an_overview_titled_in_its_front_matter(cli, write, tmp_path, title, name):
    """Hugo's '_index.md' over the pages of levels, its title in its front
    matter only: the overview, never a page of a level that failed. Its
    title names the framework where it reads as a framework's name; its
    paragraph describes it; its other keys are reported."""
    write("site/_index.md", HUGO_INDEX.format(title=title))
    for slug, level, statement in (("engineer", "Engineer", "Ships features."),
                                   ("senior-engineer", "Senior Engineer", "Leads projects.")):
        write(f"site/{slug}.md", f'---\ntitle: "{level}"\n---\n\n## Delivery\n\n* {statement}\n')
    report = tmp_path / "report.txt"
    data, _ = imported(cli, tmp_path / "site", "--org", "Acme", "--report", str(report))
    said = report.read_text(encoding="utf-8")
    assert data["name"] == name
    assert data["description"] == "The Engineering career ladder applies to everyone in the Engineering function."
    assert "cannot tell which level" not in said
    assert "_index.md:3: not placed: the overview's front matter, not part of the framework: date: " in said
    assert "_index.md:4: not placed: the overview's front matter, not part of the framework: description: The " \
           "Engineering career ladder used at Acme" in said
    if name == title:
        assert "_index.md:2: layout: an overview of the framework, no ladder: its title names the framework" in said
    else:
        assert "_index.md:2: not placed: an overview of the framework, no ladder: its title, which names no " \
               "framework: Engineering" in said


@pytest.mark.parametrize("sentence, spdx", [
    ("Content licensed under CC BY-SA 4.0.", "CC-BY-SA-4.0"),
    ("Licensed under the Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.",
     "CC-BY-NC-SA-4.0"),
    ("[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)", "CC-BY-4.0"),
    ("Released into the public domain under CC0.", "CC0-1.0"),
    ("This ladder is released under the MIT License.", "MIT"),
    ("Licensed under the Apache License, Version 2.0.", "Apache-2.0"),
    # Near misses: no version, or no licence named at all.
    ("Made available under the Creative Commons Attribution license.", None),
    ("We follow the Apache way of working in the open.", None),
])
def test_the_licence_a_sentence_names(sentence, spdx):
    assert licence_named(sentence) == spdx
