"""`ladderlint import` reads a level named by its code and its title ('L2 —
Software Engineer', 'Software Engineer (L2)') as the level's id and title,
wherever the document names its levels: headings, lines of plain text and a
table's header."""

from __future__ import annotations

import pytest

from import_helpers import imported

TITLES = ["Associate Engineer", "Software Engineer", "Senior Engineer"]


def _ladder(headings: list[str]) -> str:
    """A page of a heading per level, each over two competencies."""
    text = "# Acme Engineering Ladder\n\n"
    for heading, verb in zip(headings, ["Ships small tasks", "Ships features", "Leads projects"]):
        text += f"## {heading}\n\n### Delivery\n\n- {verb} end to end.\n\n### Collaboration\n\n- Reviews code.\n\n"
    return text


@pytest.mark.parametrize("form", ["L{n} — {title}", "L{n} - {title}", "L{n}: {title}", "L{n} – {title}",
                                  "{title} (L{n})", "{title} [L{n}]", "Level {n}: {title}"])
def test_a_heading_of_a_code_and_a_title_is_the_levels_id_and_title(cli, write, form):
    headings = [form.format(n=n, title=title) for n, title in enumerate(TITLES, 1)]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("L1", TITLES[0]), ("L2", TITLES[1]),
                                                                  ("L3", TITLES[2])]


def test_a_code_then_a_title_after_a_space_is_the_levels_id_and_title(cli, write):
    """'G01 Intern' is read as 'P1 – Associate Engineer' is: the code the
    level's id, the rest its title, not the code twice."""
    headings = ["G01 Intern", "G02 Associate Engineer", "G03 Engineer I"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("G01", "Intern"), ("G02", "Associate Engineer"), ("G03", "Engineer I")]


def test_a_title_opening_with_a_word_shaped_as_a_code_is_kept_whole(cli, write):
    """'L10n Engineer' (localisation) opens with no level's code: it is the title."""
    headings = ["L10n Engineer", "Senior L10n Engineer", "Staff L10n Engineer"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == headings


def test_a_roman_numbered_title_keeps_its_numeral_and_gives_the_code_in_brackets(cli, write):
    headings = ["Software Engineer I (IC1)", "Software Engineer II (IC2)", "Senior Software Engineer (IC3)"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("IC1", "Software Engineer I"), ("IC2", "Software Engineer II"), ("IC3", "Senior Software Engineer")]


SUB_LEVELS = ["Engineer I (IC 2)", "Engineer II (IC 3a)", "Engineer II+ (IC 3b)", "Engineer III (IC 4)"]


def test_a_sub_levels_code_with_a_letter_is_its_id(cli, write):
    """'IC 3a', 'IC 3b' split IC3, as some ladders do: read like 'IC 1',
    the code the id and the rest the title; LL201 and LL203 take them for
    the steps between IC3 and IC4 they are."""
    text = "# Acme Engineering Ladder\n\n" + "".join(
        f"## {heading}\n\n### Delivery\n\n- Ships work of size {n}.\n\n" for n, heading in enumerate(SUB_LEVELS))
    path = write("ladder.md", text)
    data, _ = imported(cli, path, "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("IC2", "Engineer I"), ("IC3a", "Engineer II"), ("IC3b", "Engineer II+"), ("IC4", "Engineer III")]
    run = cli("check", str(path.parent / "ladder-out.yaml"), "--select", "LL201,LL203")
    assert run.exit_code == 0, run.stdout


def test_pages_of_sub_levels_are_ordered_after_the_number_and_before_the_next(cli, write):
    for name, heading in zip("dcab", SUB_LEVELS):
        path = write(f"ladder/{name}.md", f"# {heading}\n\n### Delivery\n\n- Ships work as {heading}.\n")
    data, _ = imported(cli, path.parent, "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["IC2", "IC3a", "IC3b", "IC4"]


@pytest.mark.parametrize("headings, expected", [
    (["L1", "L2", "L3"], [("L1", "L1"), ("L2", "L2"), ("L3", "L3")]),
    (["Junior Engineer", "Engineer", "Senior Engineer"],
     [("junior-engineer", "Junior Engineer"), ("engineer", "Engineer"), ("senior-engineer", "Senior Engineer")]),
    # A code that opens the role's name where the roles are alike, as Dropbox names its roles: the codes
    # tell the levels apart.
    (["IC1 Software Engineer", "IC2 Software Engineer", "IC3 Software Engineer"],
     [("IC1", "IC1 Software Engineer"), ("IC2", "IC2 Software Engineer"), ("IC3", "IC3 Software Engineer")]),
])
def test_a_heading_of_a_code_alone_or_a_title_alone_is_kept_whole(cli, write, headings, expected):
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == expected


def test_a_tables_header_of_codes_and_titles(cli, write):
    text = ("# Acme Engineering Levels\n\n"
            "| Competency | L1 — Associate Engineer | L2: Software Engineer | Senior Engineer (L3) |\n"
            "| --- | --- | --- | --- |\n"
            "| Delivery | Ships small tasks. | Ships features end to end. | Leads projects across a team. |\n"
            "| Collaboration | Asks for help. | Reviews pull requests. | Mentors other engineers. |\n")
    data, _ = imported(cli, write("levels.md", text), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("L1", TITLES[0]), ("L2", TITLES[1]),
                                                                  ("L3", TITLES[2])]


def test_plain_text_lines_of_codes_and_titles(cli, write):
    text = ("Acme Engineering Levels\n\nL1 — Associate Engineer\nLearns the codebase.\nDelivery\n"
            "- Ships small tasks with guidance.\n\nL2: Software Engineer\nOwns features.\nDelivery\n"
            "- Ships features end to end.\n")
    data, _ = imported(cli, write("levels.txt", text), "--org", "Acme")
    assert [(lv["id"], lv["title"], lv["summary"]) for lv in data["levels"]] == [
        ("L1", TITLES[0], "Learns the codebase."), ("L2", TITLES[1], "Owns features.")]


def test_a_page_of_one_level_named_by_its_code_and_title(cli, write):
    text = "# L2 — Software Engineer\n\n## Delivery\n\n- Ships features end to end.\n"
    data, _ = imported(cli, write("l2.md", text), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("L2", "Software Engineer")]


def test_a_code_in_brackets_that_is_not_the_levels_id_stays_in_its_title(cli, write):
    """--level names the level otherwise: the title's code is then no id, and is kept."""
    text = "# Software Engineer (L2)\n\n## Delivery\n\n- Ships features end to end.\n"
    data, _ = imported(cli, write("page.md", text), "--org", "Acme", "--level", "E4")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("E4", "Software Engineer (L2)")]


def test_levels_that_a_title_names_alike_keep_their_codes(cli, write):
    """'Software Engineer' at L3 and at L4: the codes are what tell the
    levels apart, and the titles stay as written (no two levels have one
    title)."""
    headings = ["L3 — Software Engineer", "L4 — Software Engineer", "L5 — Senior Software Engineer"]
    data, _ = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [(h[:2], h) for h in headings]


def test_with_level_the_first_heading_naming_the_role_is_the_levels_title(cli, write):
    """'--level DE-2' gives the id; '# Data Engineer' over the page's
    sections is the level's title, not a dimension, and a heading at its
    depth after them ('# Success Metrics') is the page's, reported."""
    page = ("# Data Engineer\n\n## Responsibilities\n\n- Builds the pipelines of the team.\n- Reviews data models.\n\n"
            "## Growth\n\n- Learns the tools the team uses.\n\n# Success Metrics\n\n- Number of failed runs.\n"
            "- Mean time to recover a pipeline.\n")
    data, run = imported(cli, write("data-engineer.md", page), "--level", "DE-2", "--org", "Acme", "--report", "-")
    assert [(level["id"], level["title"]) for level in data["levels"]] == [("DE-2", "Data Engineer")]
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Responsibilities", "Growth"]
    assert "Data Engineer" not in [d["name"] for d in data["dimensions"]]
    assert "data-engineer.md:12: not placed: section 'Success Metrics' after the level's sections" in run.output
    assert "data-engineer.md:14: not placed: in section 'Success Metrics'" in run.output


def test_a_principle_engineer_is_the_principal_rung_misspelt(cli, write):
    """'Principle Engineer', as titles often misspell it, is the rung above
    Senior on the Engineer track; a heading about principles is no level."""
    text = _ladder(["Engineer", "Senior Engineer", "Principle Engineer"]) + "## Engineering Principles\n\nWe ship.\n"
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer", "Senior Engineer", "Principle Engineer"]
    assert "3 headings at depth 2 name levels (Engineer, Senior Engineer, Principle Engineer)" in run.stderr
    assert data["track"] == "Engineer"


def test_a_monzo_page_titled_principle_engineer_is_on_the_engineer_track(cli, write):
    page = ('---\ntitle: "Principle Engineer Framework"\ntopics:\n  - name: "delivery"\n    title: "Delivery"\n'
            '    content:\n      - level: 1\n        criteria: ["Leads projects"]\n---\n')
    data, _ = imported(cli, write("principle_engineer.md", page), "--org", "Acme")
    assert data["track"] == "Engineer"


@pytest.mark.parametrize("hyphen", ["\u2011", "\u2010", "-"], ids=["non-breaking", "unicode", "ascii"])
def test_a_hyphen_a_word_processor_writes_parts_the_words_of_the_id(cli, write, hyphen):
    """'Mid‑level engineer' with a non-breaking hyphen (U+2011) is
    mid-level-engineer, as with a plain hyphen, not midlevel-engineer; the
    title keeps the hyphen as written."""
    titles = ["Junior engineer", f"Mid{hyphen}level engineer", f"Senior engineer{hyphen}lead"]
    data, _ = imported(cli, write("ladder.md", _ladder(titles)), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("junior-engineer", titles[0]), ("mid-level-engineer", titles[1]), ("senior-engineer-lead", titles[2])]
