"""`ladderlint import` names a page of one level as its site does: a page
called index.html or README.md by its folder, a file or heading without the
number that orders it ('01 Junior.md'), and by its front matter's title
before either; with --level, the level's title is still the page's."""

from __future__ import annotations

import pytest

from import_helpers import imported

#: A level's page whose headings are its expectations, as sentences: no heading names the level.
_EXPECTATIONS = """<h3>You work well with your team and pair often</h3>
<ul><li>You take part in stand-ups and retrospectives.</li><li>You ask questions when stuck.</li></ul>
<h3>You know the tools your team uses and why they were chosen</h3>
<ul><li>You {verb} the team's code standards.</li></ul>
"""


def _site(write, folders: list[str], page: str = "index.html"):
    for n, folder in enumerate(folders):
        path = write(f"site/{folder}/{page}", _EXPECTATIONS.format(verb=["learn", "apply", "set"][n]))
    return path.parent.parent


@pytest.mark.parametrize("page", ["index.html", "README.md", "index.md"])
def test_a_page_named_index_takes_its_level_from_its_folder(cli, write, page):
    if page.endswith(".md"):
        site = write("site/x", "").parent
        for n, folder in enumerate(["junior-engineer", "mid-level-engineer", "senior-engineer"]):
            write(f"site/{folder}/{page}", f"### You work well with your team\n\n- You {['learn', 'apply', 'set'][n]} "
                                           "the team's standards.\n- You ask questions when stuck.\n")
        (site / "x").unlink()
    else:
        site = _site(write, ["junior-engineer", "mid-level-engineer", "senior-engineer"], page)
    out = site.parent / "out.yaml"
    run = cli("import", str(site), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    from ladderlint.loader import load_document
    data = load_document(str(out), out.read_bytes()).data
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Mid Level Engineer", "Senior Engineer"]
    assert data["track"] == "Engineer"
    assert "the file's name names one level (Junior Engineer)" in run.stderr or "level-per-page" in run.stderr


def test_a_file_named_after_a_level_names_its_page_level(cli, write):
    page = write("senior-engineer.html", _EXPECTATIONS.format(verb="set"))
    data, run = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Senior Engineer"]
    assert "the file's name names one level (Senior Engineer)" in run.stderr


def test_a_file_about_a_level_is_not_that_level(cli, write):
    page = write("senior-engineer-faq.html", _EXPECTATIONS.format(verb="set"))
    run = cli("import", str(page), "--no-check")
    assert run.exit_code == 2
    assert "cannot tell which level this document describes" in run.stderr


def test_with_level_the_title_is_the_pages_name_or_the_id_as_written(cli, write):
    named = write("site/senior-engineer/index.html", _EXPECTATIONS.format(verb="set"))
    unnamed = write("site/page.html", _EXPECTATIONS.format(verb="learn"))
    out = named.parent.parent / "out.yaml"
    run = cli("import", str(unnamed), str(named), "--level", "Junior", "--level", "senior", "--org", "Acme",
              "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    from ladderlint.loader import load_document
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("Junior", "Junior"),
                                                                  ("senior", "Senior Engineer")]


_LEVEL_PAGE = """---
title: {title}
level: {number}
---

# {heading}

## Technical Mastery

- {statement}
- Reads code to learn how things are done.
"""


def test_the_number_that_orders_a_page_is_not_part_of_its_title(cli, write):
    write("levels/01 Junior.md", _LEVEL_PAGE.format(title="Junior", number=1, heading="01 Junior",
                                                   statement="Applies known patterns."))
    write("levels/02 Expert.md", _LEVEL_PAGE.format(title="Expert", number=2, heading="02 Expert",
                                                   statement="Chooses the patterns to apply."))
    folder = write("levels/x", "").parent
    (folder / "x").unlink()
    out = folder.parent / "out.yaml"
    run = cli("import", str(folder), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    from ladderlint.loader import load_document
    data = load_document(str(out), out.read_bytes()).data
    assert [lv["title"] for lv in data["levels"]] == ["Junior", "Expert"]


def test_the_front_matter_title_names_the_level_before_its_heading(cli, write):
    page = write("senior.md", _LEVEL_PAGE.format(title="Senior Engineer", number=3, heading="Senior",
                                                 statement="Leads the design of systems."))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Senior Engineer"]


def test_a_line_that_points_elsewhere_is_not_the_levels_summary(cli, write):
    page = write("senior.md", """---
title: Senior Engineer
level: 3
---

# Senior Engineer

Technical position → no management counterpart

A Senior Engineer owns the design of the systems of their team.

_Boundaries: [Mid → Senior](../boundaries/mid-senior.md) · [Senior → Staff](../boundaries/senior-staff.md)._

## Technical Mastery

- Leads the design of systems.
- Reviews the designs of others.
""")
    data, run = imported(cli, page, "--org", "Acme")
    assert data["levels"][0]["summary"] == "A Senior Engineer owns the design of the systems of their team."
    assert "not placed: a label and an arrow to what it leads to on level 'Senior Engineer', not its summary" \
        in run.stderr
    assert "not placed: a link to another page on level 'Senior Engineer'" in run.stderr


_PM_LADDER = ("Category,Parameter,Junior PM,Senior PM\n"
              "Impact,Leadership,Takes ownership of tasks.,Leads initiatives across teams.\n"
              "Impact,Delivery,Ships small features.,Ships a product area's roadmap.\n")


def test_an_organisation_named_only_by_the_file_is_reported_and_acronyms_keep_their_case(cli, write):
    data, run = imported(cli, write("globex-pm-career-ladder.csv", _PM_LADDER))
    assert data["organisation"]["name"] == "Globex"
    assert data["name"] == "Globex PM Career Ladder"
    assert "globex-pm-career-ladder.csv:1: review: the organisation is 'Globex', from the file's name " \
           "(read as 'Globex PM Career Ladder')" in run.stderr


def test_a_front_matter_title_that_says_less_than_the_heading_leaves_it(cli, write):
    page = write("senior.md", _LEVEL_PAGE.format(title="Senior Engineer", number=3, heading="Senior Engineer II",
                                                 statement="Leads the design of systems."))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Senior Engineer II"]
