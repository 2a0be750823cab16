"""A level page's id and whether it is a level of the ladder: from what
the page says of itself (its front matter's id, its title), so that a
re-import of a revised page keeps its level."""

from __future__ import annotations

from import_helpers import imported

PAGE_WITH_ID = """---
id: {id}
title: {title}
---

## Craft

- Designs systems that other teams build on.
"""


def test_the_front_matter_id_is_the_levels_id_whatever_its_title_says(cli, write):
    first, run = imported(cli, write("one/staff.md", PAGE_WITH_ID.format(id="staff-engineer", title="Staff Engineer")),
                          "--org", "Acme")
    second, _ = imported(cli, write("two/staff.md", PAGE_WITH_ID.format(
        id="staff-engineer", title="Staff Engineer / Platform Architect")), "--org", "Acme")
    assert [level["id"] for level in first["levels"]] == ["staff-engineer"]
    assert [(level["id"], level["title"]) for level in second["levels"]] == [
        ("staff-engineer", "Staff Engineer / Platform Architect")]
    assert "id: staff-engineer" not in run.stderr  # used, not reported as left out


def test_a_front_matter_level_names_the_level_before_its_id(cli, write):
    page = PAGE_WITH_ID.format(id="staff-engineer", title="Staff Engineer").replace("---\n\n", "level: 5\n---\n\n")
    data, run = imported(cli, write("staff.md", page), "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["L5"]
    assert "staff.md:2: not placed: front matter key that is not part of the framework: id: staff-engineer" \
        in run.stderr


def test_a_front_matter_id_that_is_no_id_is_reported(cli, write):
    data, run = imported(cli, write("staff.md", PAGE_WITH_ID.format(id="'staff engineer'", title="Staff Engineer")),
                         "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["staff-engineer"]
    assert "staff.md:2: not placed: front matter key that is not part of the framework: id: staff engineer" \
        in run.stderr


def test_a_page_titled_by_the_role_the_other_pages_specialise_is_a_level_of_theirs(cli, write, tmp_path):
    """'Staff Engineer' beside 'Software Engineer II' and 'III', each page
    named by its front matter's title alone, is the ladder's next level,
    not a page with no ladder."""
    for slug, title in (("software_engineer_II", "Software Engineer II"),
                        ("software_engineer_III", "Software Engineer III"), ("staff_engineer", "Staff Engineer")):
        write(f"site/{slug}.md", PAGE_WITH_ID.format(id=slug.replace("_", "-").lower(), title=title))
    data, run = imported(cli, tmp_path / "site", "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == [
        "Software Engineer II", "Software Engineer III", "Staff Engineer"]
    assert data["track"] == "Software Engineer"
    assert "no ladder" not in run.stderr


def test_a_page_of_another_role_says_how_to_import_it_as_a_level(cli, write, tmp_path):
    for slug, title in (("a", "Software Engineer II"), ("b", "Software Engineer III"), ("c", "Principal Developer")):
        write(f"site/{slug}.md", f"---\ntitle: {title}\n---\n\n## Craft\n\n- Writes code as a {title}.\n")
    data, run = imported(cli, tmp_path / "site", "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Software Engineer II", "Software Engineer III"]
    assert "c.md:1: not placed: no ladder in this file: only its title ('Principal Developer') names a level, and " \
           "no other page of the import names one of its track ('Developer'); if it is a level of the ladder, " \
           "import it with --layout level-per-page" in run.stderr
    out = tmp_path / "tracks"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "--layout", "level-per-page", "--split-tracks",
              "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "no ladder" not in run.stderr
    assert len(list(out.glob("*.yaml"))) == 2


def test_an_id_every_page_gives_is_the_sites_not_a_levels(cli, write, tmp_path):
    for slug, title in (("a", "Engineer II"), ("b", "Engineer III")):
        write(f"site/{slug}.md", PAGE_WITH_ID.format(id="career-ladder", title=title))
    data, run = imported(cli, tmp_path / "site", "--org", "Acme")
    assert [level["id"] for level in data["levels"]] == ["engineer-ii", "engineer-iii"]
    assert "a.md:2: not placed: front matter id that other pages give too, not its level's: id: career-ladder" \
        in run.stderr


def test_pages_with_ids_are_ordered_by_their_titles(cli, write, tmp_path):
    for n, title in enumerate(("Senior Engineer", "Junior Engineer", "Staff Engineer", "Engineer"), start=1):
        write(f"site/p{n}.md", PAGE_WITH_ID.format(id=f"page-{n}", title=title))
    data, _ = imported(cli, tmp_path / "site", "--org", "Acme")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [
        ("page-2", "Junior Engineer"), ("page-4", "Engineer"), ("page-1", "Senior Engineer"),
        ("page-3", "Staff Engineer")]
