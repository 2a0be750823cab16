"""Pages made from a template (a skill framework such as SFIA, an HR
system's export, a Notion database page): under each competency's heading
a small form of labelled fields ('**Skill Code:**', '**Category:**',
'**Overall Description:**', '**Guidance Notes:**', '**Level 2
Attainment:**'), the same labels under every competency, one of them the
level's own. Each heading is one competency: the field that describes it
is its description, the level's field its statements, the other fields
(written alike at every level) reported. Competencies of a few labelled
statements ('**Scope:** ...', '**Impact:** ...') have no field of the
level's own and are read as before."""

from __future__ import annotations

from import_helpers import cells, imported
from ladderlint.loader import load_document

_SKILLS = {
    "Testing (TEST)": ("Quality", "Checking that software does what it should.",
                       {2: ["Writes unit tests for own changes.", "Runs the team's test suites.", "Reports flaky tests."],
                        3: ["Designs the tests of a service.", "Coaches others on testing.",
                            "Removes flaky tests."]}),
    "Code review (CORE)": ("Collaboration", "Reading and improving each other's code.",
                           {2: ["Asks for reviews early.", "Reviews small changes.", "Answers comments in a day."],
                            3: ["Reviews designs across teams.", "Sets the team's review habits.",
                                "Unblocks reviews others wait on."]}),
}


def _page(level: int, title: str) -> str:
    """A level's page as a template fills it in."""
    skills = "".join(
        f"### {name}\n\n**Skill Code:** {name[-5:-1]}\n\n**Category:** {category} | **Subcategory:** Core\n\n"
        f"**Overall Description:**\n\n{description}\n\n**Guidance Notes:**\n\n"
        f"Activities may include, but are not limited to:\n\nplanning the work\nchecking the results\n\n"
        f"**Level {level} Attainment:**\n\n" + "\n".join(said[level]) + "\n\n---\n\n"
        for name, (category, description, said) in _SKILLS.items())
    return (f"# {title}\n\n**Level {level}** | **Career Path:** Engineering\n\n---\n\n"
            f"## Role Overview\n\nA {title.lower()} delivers work with their team.\n\n---\n\n"
            f"## Required Skills\n\nThe following skills define what this level expects:\n\n{skills}")


def _import_pages(cli, write, tmp_path):
    pages = [write(f"site/level-{n}.md", _page(n, title)) for n, title in ((2, "Engineer"), (3, "Senior Engineer"))]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


def test_each_skill_of_a_form_is_one_competency_with_the_levels_field_as_its_statements(cli, write, tmp_path):
    data, run = _import_pages(cli, write, tmp_path)
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [(c["name"], c.get("description")) for c in competencies] == [
        (name, description) for name, (_, description, _) in _SKILLS.items()]
    by_level = cells(data)
    assert by_level["L2"] == {"testing-test": _SKILLS["Testing (TEST)"][2][2],
                              "code-review-core": _SKILLS["Code review (CORE)"][2][2]}
    assert by_level["L3"] == {"testing-test": _SKILLS["Testing (TEST)"][2][3],
                              "code-review-core": _SKILLS["Code review (CORE)"][2][3]}


def test_the_fields_written_alike_under_every_skill_are_reported_once_each(cli, write, tmp_path):
    _, run = _import_pages(cli, write, tmp_path)
    assert "level-2.md:21: not placed: field 'Category' of competency 'Testing (TEST)', a field of every " \
           "competency's form: not what the level expects (its 'Attainment' is): Quality | **Subcategory:** Core" \
        in run.stderr
    guidance = [line for line in run.stderr.splitlines() if "field 'Guidance Notes'" in line]
    assert len(guidance) == 4  # one a skill a page, its paragraphs together
    assert "LL408" not in run.stderr


def test_a_field_that_says_it_is_the_levels_own_marks_the_form_in_one_document(cli, write):
    """Labelled paragraphs, a level per section, the level's field named by
    what it says ('Expectations at this level'), not by the level's code."""
    text = "# Acme ladder\n\n" + "".join(
        f"## {level}\n\n" + "".join(
            f"### {name}\n\n**Definition:** {definition}\n\n**Category:** Craft\n\n"
            f"**Expectations at this level:** {said}\n\n"
            for name, definition, said in ((f"Delivery", "Shipping work that matters.", f"{verb} features."),
                                           (f"Quality", "Writing code that lasts.", f"{verb} tests.")))
        for level, verb in (("Junior Engineer", "Writes"), ("Senior Engineer", "Designs")))
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert [(c["name"], c.get("description")) for c in competencies] == [
        ("Delivery", "Shipping work that matters."), ("Quality", "Writing code that lasts.")]
    assert cells(data)["senior-engineer"] == {"delivery": ["Designs features."], "quality": ["Designs tests."]}
    assert "not placed: field 'Category' of competency 'Delivery'" in run.stderr


def test_labelled_statements_under_competency_headings_are_read_as_before(cli, write):
    """'**Scope:**' and '**Impact:**' under each heading name no field of
    the level's own: a form's shape needs one, so they stay what they were."""
    text = "# Acme ladder\n\n" + "".join(
        f"## {level}\n\n### Delivery\n\n**Scope:** {scope}\n\n**Impact:** {impact}\n\n"
        f"### Craft\n\n**Scope:** {scope} in code.\n\n**Impact:** {impact} in code.\n\n"
        for level, scope, impact in (("Junior Engineer", "Works on tasks", "Helps the team"),
                                     ("Senior Engineer", "Owns projects", "Helps the group")))
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Delivery", ["Scope", "Impact"]), ("Craft", ["Scope", "Impact"])]


def test_bold_labelled_statements_right_under_a_level_are_read_as_before(cli, write):
    """A careers page's '**Technical Knowledge:** Knows ...' under each level: competencies, as ever."""
    text = "# Software Engineer Path\n\n" + "".join(
        f"## {level}\n\n**Technical Knowledge:** {knows}\n\n**Communication:** {says}\n\n"
        for level, knows, says in (("IC1", "Knows the language.", "Asks for help."),
                                   ("IC2", "Knows the framework.", "Explains their work.")))
    data, _ = imported(cli, write("careers.md", text), "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == [
        "Technical Knowledge", "Communication"]
    assert cells(data)["IC2"] == {"technical-knowledge": ["Knows the framework."],
                                  "communication": ["Explains their work."]}


def test_a_form_with_an_examples_field_is_not_read_as_one(cli, write):
    """Examples are a statement's own: a section with an 'Examples' field
    is read as before, never its examples reported as a template's field."""
    text = "# Acme ladder\n\n" + "".join(
        f"## {level}\n\n" + "".join(
            f"### {name}\n\n**Description:** About {name.lower()}.\n\n**Expectations:** {verb} {name.lower()}.\n\n"
            f"**Examples:** {verb} a small {name.lower()}.\n\n" for name in ("Delivery", "Quality"))
        for level, verb in (("Junior Engineer", "Learns"), ("Senior Engineer", "Leads")))
    _, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "a field of every competency's form" not in run.stderr


def test_a_level_whose_page_lists_no_skill_is_read_as_the_other_pages(cli, write, tmp_path):
    """The template's page of a level that lists no skill yet ('## Required
    Skills' over its lead-in, and nothing under it): its overview is its
    summary as on the other pages, the empty section reported, the level
    kept with nothing to assess; the page's facts ('**Engineer Type:**
    Software') are reported on every page, never competencies."""
    first = ("# Associate Engineer\n\n**Level 1** | **Career Path:** Engineering\n\n**Engineer Type:** Software\n\n"
             "---\n\n## Role Overview\n\n**Scope Summary:** New to the craft.\n\n"
             "An associate engineer learns the team's tools.\n\n---\n\n"
             "## Required Skills\n\nThe following skills define what this level expects:\n")
    pages = [write("site/level-1.md", first),
             *(write(f"site/level-{n}.md", _page(n, title).replace(
                 "---\n\n## Role", "**Engineer Type:** Software\n\n---\n\n## Role", 1))
               for n, title in ((2, "Engineer"), (3, "Senior Engineer")))]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    first_level = data["levels"][0]
    assert (first_level["id"], first_level["summary"], first_level["competencies"]) == (
        "L1", "New to the craft.\n\nAn associate engineer learns the team's tools.", {})
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == list(_SKILLS)
    assert "level-1.md:17: not placed: section 'Required Skills' only leads in to a list, and the list is not " \
           "there: nothing at this level" in run.stderr
    assert "on 3 pages (line 5 of each: level-1.md, level-2.md, level-3.md): not placed: names the kind of role " \
           "or the path the page is of, not what the level expects: **Engineer Type:** Software" in run.stderr


def test_labelled_fields_without_a_description_or_the_levels_name_are_read_as_before(cli, write):
    """'**Expectations:**' beside '**Signals:**' under each heading, no field
    that describes the competency and no label naming the level: nothing
    says the other field is a template's, so it is not reported."""
    text = "# Acme ladder\n\n" + "".join(
        f"## {level}\n\n" + "".join(
            f"### {name}\n\n**Expectations:** {verb} {name.lower()}.\n\n**Signals:** {verb} it often.\n\n"
            for name in ("Delivery", "Quality"))
        for level, verb in (("Junior Engineer", "Learns"), ("Senior Engineer", "Leads")))
    _, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "a field of every competency's form" not in run.stderr
