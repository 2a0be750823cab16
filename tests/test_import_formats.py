"""Each input format of `ladderlint import` on small documents written for
the test: HTML pages, Markdown ladders, plain text."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.loader import load_document

HTML_LADDER = """<!doctype html>
<html><head><title>Acme Engineering Career Framework</title>
<style>p { color: red }</style><script>var x = "<li>not text</li>";</script></head>
<body>
<nav><a href="/">Home</a></nav>
<h1>Acme Engineering Career Framework</h1>
<p>How we grow engineers at Acme.</p>
<h2>Junior Engineer</h2>
<p>Delivers well-scoped tasks.</p>
<h3>Delivery</h3>
<ul><li>Ships small&nbsp;changes</li>
<li>Writes <strong>tests</strong>
  for them</li></ul>
<h3>Collaboration</h3>
<ul><li>Asks for help</li></ul>
<h2>Senior Engineer</h2>
<h3>Delivery</h3>
<ul><li>Leads projects</li></ul>
<h3>Collaboration</h3>
<ul><li>Mentors others</li></ul>
<footer>&copy; Acme</footer>
</body></html>
"""

HTML_MATRIX = """<html><body>
<h1>Platform Ladder</h1>
<h2>Technical</h2>
<table>
<tr><th>Competency</th><th>L1</th><th>L2</th><th>L3</th></tr>
<tr><td>Coding</td><td><ul><li>Writes code</li><li>Tests it</li></ul></td><td>Designs modules</td><td>Designs systems</td></tr>
<tr><td colspan="4">People</td></tr>
<tr><td>Mentoring</td><td>Learns</td><td>Helps peers</td><td>Mentors<br>Coaches</td></tr>
</table>
</body></html>
"""

MARKDOWN_WITH_DIMENSIONS = """# Acme Career Ladder

## L1 Engineer

### Craft

#### Coding

- Writes readable code
- Tests it

### Impact

#### Delivery

- Ships on time

## L2 Engineer

### Craft

#### Coding

- Designs modules

### Impact

#### Delivery

- Plans milestones
"""

TEXT_PAGE = """Acme Career Framework
L2 Backend Engineer
I deliver features with some guidance
Delivery
  • I ship my work on time
  • I break work into small steps
Quality
  • I test what I ship
"""


def imported(cli, write, name: str, content: str | bytes, *args: str) -> tuple[dict[str, Any], Any]:
    path = write(name, content)
    out = path.parent / "out.yaml"
    run = cli("import", str(path), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


def test_html_heading_ladder(cli, write):
    data, run = imported(cli, write, "ladder.html", HTML_LADDER)
    assert data["organisation"] == {"name": "Acme"}
    assert data["name"] == "Acme Engineering Career Framework"
    assert data["description"] == "How we grow engineers at Acme."
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("junior-engineer", "Junior Engineer"),
        ("senior-engineer", "Senior Engineer"),
    ]
    junior = data["levels"][0]
    assert junior["summary"] == "Delivers well-scoped tasks."
    # Text as a browser shows it: one space for a line break; &nbsp; is how HTML writes a space.
    assert junior["competencies"]["delivery"] == ["Ships small changes", "Writes tests for them"]
    assert data["levels"][1]["competencies"]["collaboration"] == ["Mentors others"]
    assert "not text" not in run.stderr  # script content is not text
    assert "not placed" in run.stderr and ": Home" in run.stderr and "© Acme" in run.stderr


def test_html_progression_table(cli, write):
    data, _ = imported(cli, write, "matrix.html", HTML_MATRIX, "--org", "Acme")
    assert [lv["id"] for lv in data["levels"]] == ["L1", "L2", "L3"]
    assert [(d["id"], [c["id"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("technical", ["coding"]),
        ("people", ["mentoring"]),
    ]
    assert data["levels"][0]["competencies"] == {"coding": ["Writes code", "Tests it"], "mentoring": ["Learns"]}
    assert data["levels"][2]["competencies"]["mentoring"] == ["Mentors", "Coaches"]


def test_markdown_ladder_with_dimensions(cli, write):
    data, _ = imported(cli, write, "ladder.md", MARKDOWN_WITH_DIMENSIONS)
    assert data["organisation"] == {"name": "Acme"}
    assert [lv["id"] for lv in data["levels"]] == ["L1", "L2"]
    assert [(d["id"], [c["id"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("craft", ["coding"]),
        ("impact", ["delivery"]),
    ]
    assert data["levels"][1]["competencies"] == {"coding": ["Designs modules"], "delivery": ["Plans milestones"]}


def test_text_page_without_dimensions(cli, write):
    data, _ = imported(cli, write, "l2.txt", TEXT_PAGE)
    assert data["track"] == "Backend Engineer"
    assert [d["id"] for d in data["dimensions"]] == ["competencies"]
    level = data["levels"][0]
    assert level["id"] == "L2" and level["summary"] == "I deliver features with some guidance"
    assert level["competencies"] == {
        "delivery": ["I ship my work on time", "I break work into small steps"],
        "quality": ["I test what I ship"],
    }


def test_text_page_without_level_needs_level_option(cli, write):
    content = TEXT_PAGE.replace("L2 Backend Engineer\n", "")
    path = write("page.txt", content)
    run = cli("import", str(path))
    assert run.exit_code == 2
    assert "cannot tell which level this document describes" in run.stderr and "--level" in run.stderr
    run = cli("import", str(path), "--level", "senior", "--track", "Backend")
    assert run.exit_code == 0, run.stderr
    data = load_document("x.yaml", run.output.encode("utf-8")).data
    assert data["levels"][0]["id"] == "senior" and data["track"] == "Backend"


def test_level_option_overrides_the_documents_level(cli, write):
    data, _ = imported(cli, write, "l2.txt", TEXT_PAGE, "--level", "E3")
    assert data["levels"][0]["id"] == "E3"


@pytest.mark.parametrize("sections", [False, True])
def test_with_the_level_option_a_pages_title_is_never_a_competency(cli, write, tmp_path, sections):
    """Pages whose one title heading names no level the import knows
    ('# Aprendiz'): with --level, each title is its level's title, or, the
    same on every page, the framework's name; never a competency."""
    def page(title: str, first: str, second: str) -> str:
        if sections:
            return f"# {title}\n\n## Delivery\n\n- {first}\n\n## People\n\n- {second}\n"
        return f"# {title}\n\n{first}\n\n{second}\n"

    def run_import(first_title: str, second_title: str) -> tuple[dict[str, Any], Any]:
        low = write("site/low.md", page(first_title, "You learn the code.", "You ask for help."))
        high = write("site/high.md", page(second_title, "You lead projects.", "You mentor others."))
        out = tmp_path / "out.yaml"
        run = cli("import", str(low), str(high), "--level", "junior", "--level", "senior", "--org", "Acme",
                  "-o", str(out), "--no-check")
        assert run.exit_code == 0, run.stderr
        return load_document(str(out), out.read_bytes()).data, run

    data, _run = run_import("Aprendiz", "Mestre")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("junior", "Aprendiz"), ("senior", "Mestre")]
    competencies = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert not {"Aprendiz", "Mestre"} & set(competencies)
    assert set(data["levels"][0]["competencies"]) == set(data["levels"][1]["competencies"])
    data, run = run_import("Acme Ladder", "Acme Ladder")
    assert data["name"] == "Acme Ladder"
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("junior", "junior"), ("senior", "senior")]
    assert "Acme Ladder" not in [c["name"] for d in data["dimensions"] for c in d["competencies"]]


def test_options_name_the_framework(cli, write):
    data, _ = imported(
        cli, write, "l2.txt", TEXT_PAGE, "--org", "Other", "--name", "Other Ladder", "--track", "Backend", "--id", "other-be"
    )
    assert (data["id"], data["name"], data["track"], data["organisation"]) == (
        "other-be",
        "Other Ladder",
        "Backend",
        {"name": "Other"},
    )


@pytest.mark.parametrize(
    "fmt, content",
    [("markdown", MARKDOWN_WITH_DIMENSIONS), ("html", HTML_LADDER), ("text", TEXT_PAGE)],
)
def test_format_can_be_forced(cli, write, fmt, content):
    path = write("document.data", content)
    run = cli("import", str(path), "--format", fmt, "--org", "Acme")
    assert run.exit_code == 0, run.stderr


def test_a_level_with_two_sections_in_one_document_is_kept_apart(cli, write):
    content = "# Acme Career Framework\n## Senior Engineer\n### A\n- x\n## Senior Engineer\n### A\n- y\n"
    data, run = imported(cli, write, "dup.md", content)
    assert [lv["id"] for lv in data["levels"]] == ["senior-engineer", "senior-engineer-2"]
    assert ":5: review: a second section for level senior-engineer: imported as senior-engineer-2" in run.stderr


def test_text_competency_with_a_description(cli, write):
    content = TEXT_PAGE.replace("Delivery\n", "Delivery\nhow work gets shipped\n")
    data, _ = imported(cli, write, "l2.txt", content)
    assert data["dimensions"][0]["competencies"][0] == {
        "id": "delivery",
        "name": "Delivery",
        "description": "how work gets shipped",
    }


def test_html_page_title_that_differs_from_the_heading_is_reported(cli, write):
    content = HTML_LADDER.replace("<title>Acme Engineering Career Framework</title>", "<title>Careers | Acme</title>")
    data, run = imported(cli, write, "ladder.html", content)
    assert data["name"] == "Acme Engineering Career Framework"
    # Which text names the framework, and which is left out, so that the title does not read as the name.
    assert ":2: not placed: page title, not used (the framework is named after its first heading, " \
        "'Acme Engineering Career Framework'): Careers | Acme" in run.stderr


def test_markdown_character_references_are_resolved(cli, write):
    """A GitBook export ends bullets with "&#x20;"; "&amp;" is an ampersand
    the author wrote as Markdown allows."""
    page = (
        "# IC2 Engineer\n\n## Expertise\n\n"
        "- Knows the scheduling code well.&#x20;\n"
        "- Writes code that others extend easily &amp; safely.\n"
        "- Keeps R&D notes &#8212; short ones&nbsp;only.\n"
        "- Writes `&amp;` in HTML where it belongs \\&amp; nowhere else.\n"
    )
    data, _run = imported(cli, write, "ic2.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"]["expertise"] == [
        "Knows the scheduling code well.",
        "Writes code that others extend easily & safely.",
        "Keeps R&D notes \u2014 short ones only.",
        "Writes `&amp;` in HTML where it belongs &amp; nowhere else.",
    ]


def test_markdown_lines_of_a_list_without_bullets_are_statements(cli, write):
    page = ("# Developer levels\n\n### Junior Developer\nCan use version control\nCan take part in pairing\n"
            "Is inquisitive\n\n### Senior Developer\nEnables others to get stuff done\nIs humble\n"
            "Can formulate a product vision\n")
    data, _run = imported(cli, write, "ladder.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"] == {
        "expectations": ["Can use version control", "Can take part in pairing", "Is inquisitive"]}


def test_markdown_running_text_wrapped_over_lines_stays_one_paragraph(cli, write):
    page = ("# Developer levels\n\n### Junior Developer\n\nA junior developer learns the tools of the\n"
            "team and takes part in pairing with\nTheir mentor on small tasks.\n\n- Fixes bugs.\n\n"
            "### Senior Developer\n\n- Leads projects.\n")
    data, _run = imported(cli, write, "ladder.md", page, "--org", "Acme")
    assert data["levels"][0]["summary"] == ("A junior developer learns the tools of the team and takes part in "
                                            "pairing with Their mentor on small tasks.")


def test_markdown_lines_ending_on_a_modal_verb_go_on_below(cli, write):
    page = ("# Developer levels\n\n### Junior Developer\n\nA junior developer should\nTake part in pairing\n"
            "With the Team on small tasks.\n\n- Fixes bugs.\n\n### Senior Developer\n\n- Leads projects.\n")
    data, _run = imported(cli, write, "ladder.md", page, "--org", "Acme")
    assert data["levels"][0]["summary"] == "A junior developer should Take part in pairing With the Team on small tasks."


def test_markdown_bold_and_italic_leads_of_bullets_are_structure(cli, write):
    """danscratch's ladder and Cal.com's: a bold title over a paragraph, a
    bold title over bullets, a bold lead before a full stop, an italic label."""
    page = (
        "# L3\n\n## Growth\n\n* **Management**\n\n  A manager stays technical while coaching others.\n\n"
        "* **Get things done**\n  * Escalates when blocked.\n\n"
        "## Habits\n\n* **Staying in your lane**. Waiting for tasks instead of looking for impact.\n"
        "* _Example_: Mentors a new hire through their first project.\n"
    )
    data, _run = imported(cli, write, "L3.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"] == {
        "growth": ["Management: A manager stays technical while coaching others.", "Get things done",
                   "Escalates when blocked."],
        "habits": ["Staying in your lane. Waiting for tasks instead of looking for impact.",
                     "Example: Mentors a new hire through their first project."],
    }


def test_markdown_paragraph_after_an_items_nested_bullets_is_a_statement_of_that_item(cli, write):
    page = (
        "# L1\n\n## Process\n\n1. Read the task.\n1. Consider two options:\n    * A quick fix\n    * A refactor\n\n"
        "    In all cases, weigh the long-term cost.\n1. Ask an expert for input.\n"
        "1. Write it down.\n\n   Keep the note short.\n"
    )
    data, _run = imported(cli, write, "L1.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"]["process"] == [
        "Read the task.", "Consider two options: A quick fix", "Consider two options: A refactor",
        "In all cases, weigh the long-term cost.", "Ask an expert for input.", "Write it down. Keep the note short.",
    ]


@pytest.mark.parametrize("link", ["*Next up*: [L4](L4.md)", "Previous level: [L2](L2.md)", "← [Back to the ladder](index.md)",
                                  "[L4](L4.md) →"])
def test_markdown_link_to_the_next_page_is_navigation(cli, write, link):
    page = f"# L3\n\n## Impact\n\n* Owns a significant area of the code base.\n\n{link}\n"
    data, run = imported(cli, write, "L3.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"]["impact"] == ["Owns a significant area of the code base."]
    assert "not placed: link to another page (navigation)" in run.stderr


def test_markdown_table_cells_past_the_header_are_reported(cli, write):
    """A row with more cells than the header: markdown-it drops the surplus
    as GitHub does; the import reports it, as it does a CSV's."""
    page = ("# Acme Matrix\n\n| | Junior | Senior |\n|---|---|---|\n"
            "| **Delivery** | Ships small tasks | Leads projects | Judged over six months \\| a note | |\n"
            "| **Communication** | Writes clear updates | Presents to the org |\n")
    data, run = imported(cli, write, "matrix.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"] == {"delivery": ["Ships small tasks"],
                                                 "communication": ["Writes clear updates"]}
    assert "matrix.md:5: not placed: table cell past the header's columns" in run.stderr
    assert ": Judged over six months | a note\n" in run.stderr
    assert "1 piece of text not placed" in run.stderr


def test_markdown_a_sentence_with_a_link_stays_a_statement(cli, write):
    page = "# L3\n\n## Impact\n\n* Owns an area of the code base.\n\nNext, I read [the guide](guide.md) and apply it.\n"
    data, run = imported(cli, write, "L3.md", page, "--org", "Acme")
    assert "Next, I read the guide and apply it." in repr(data)
    assert "navigation" not in run.stderr


@pytest.mark.parametrize("link", ["[[engineering-context#Domain vocabulary|Engineering Context]]",
                                  "[Engineering Context](../background/engineering-context.md#domain-vocabulary)",
                                  "[Engineering Context](engineering-context.md)", "[[Engineering Context]]"])
def test_markdown_and_wiki_links_to_the_sites_pages_read_alike(cli, write, link):
    """A page of the site linked as Obsidian writes it or as Markdown does
    is the same statement: a revision that only changes the links' syntax
    changes nothing of the framework."""
    page = f"# L3\n\n## Impact\n\n* Owns an area of the code base.\n* Triages bugs. (See {link}.)\n"
    data, _run = imported(cli, write, "L3.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"]["impact"][1] == "Triages bugs. (See Engineering Context.)"


def test_markdown_link_to_a_web_address_keeps_it(cli, write):
    page = "# L3\n\n## Impact\n\n* Owns an area of the code base.\n* Follows [the guide](https://a.example/guide).\n"
    data, _run = imported(cli, write, "L3.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"]["impact"][1] == "Follows the guide (https://a.example/guide)."


def test_markdown_new_grad_level_and_bold_italic_competency_names(cli, write):
    """jsventures' leveling guide: a 'New-Grad' level, and competencies named
    in bold italics."""
    page = ("# Leveling Guide\n\n### New-Grad\n\n***Technical Expectations***\n\nYou finish tasks others define.\n\n"
            "### Engineer\n\n***Technical Expectations***\n\nYou own features of a month or more.\n")
    data, _run = imported(cli, write, "guide.md", page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["New-Grad", "Engineer"]
    assert data["levels"][0]["competencies"] == {"technical-expectations": ["You finish tasks others define."]}


def test_markdown_inline_html_is_read_as_a_browser_shows_it(cli, write):
    """ChainSafe's research roles: '<span className="axis">Impact</span> ➡ ...'."""
    page = ("# Research Roles\n\n## Engineer in Research\n\n"
            '- <span className="axis">Impact</span> ➡ <span className="level">Component</span>: makes an impact\n'
            "- Uses `<span>` tags in <b>templates</b>\n\n## Senior Engineer in Research\n\n- Leads research.\n")
    data, _run = imported(cli, write, "roles.md", page, "--org", "Acme")
    statements = [s for cell in data["levels"][0]["competencies"].values() for s in cell]
    assert statements == ["Impact ➡ Component: makes an impact", "Uses `<span>` tags in templates"]


def test_markdown_reference_links_are_read_as_links(cli, write):
    page = ("# Guide\n\n## Engineer\n\nGrows with [the guide][g].\n\n- Follows the [style guide][sg].\n"
            "- Reads [unknown][nope].\n\n## Senior Engineer\n\n- Writes the [style guide][SG].\n\n"
            "[sg]: https://x.example/sg\n[g]: https://x.example/g\n")
    data, run = imported(cli, write, "ref.md", page, "--org", "Acme")
    engineer = data["levels"][0]
    assert engineer["summary"] == "Grows with the guide (https://x.example/g)."
    assert engineer["competencies"]["expectations"] == ["Follows the style guide (https://x.example/sg).",
                                                        "Reads [unknown][nope]."]
    assert "not placed: " not in run.stderr  # the definitions are read into the links


def test_html_markup_written_in_the_title_is_no_part_of_its_words(cli, write):
    page = ("<html><head><title>Engineer II | Engineering&lt;br/&gt; Ladder</title></head><body>"
            "<h1>Engineer II</h1><h2>Craft</h2><ul><li>Writes tests.</li></ul></body></html>")
    data, run = imported(cli, write, "page.html", page, "--org", "Acme")
    assert "<br" not in data["name"] and "<br" not in run.stderr


MONZO_STYLE = """---
title: "Backend Engineering Framework"
levels: 2
topics:
  - name: "delivery"
    title: "Delivery"
    content:
      - level: 1
        criteria:
          - "Ships small changes"
      - level: 2
        criteria:
          - "Leads projects"
---
### About this framework
The framework helps engineers and managers:
- make career plans
- set a fair level of pay.

![our values](values.png)

It is a compass, not a GPS.
"""


def test_a_markdown_body_becomes_a_plain_text_description(cli, write):
    """The format's texts are plain text: the importer writes a heading as a
    paragraph of its words, keeps lists as lines, and reports an image."""
    data, run = imported(cli, write, "backend.md", MONZO_STYLE)
    assert data["description"] == (
        "About this framework\n\nThe framework helps engineers and managers:\n\n- make career plans\n"
        "- set a fair level of pay.\n\nIt is a compass, not a GPS.")
    assert "backend.md:20: not placed: image, in the description: not part of its text: ![our values]" in run.stderr
    check = cli("check", "--no-config", "--select", "LL510", str(write("backend.md", MONZO_STYLE).parent / "out.yaml"))
    assert check.exit_code == 0, check.output


EMPHASIS = """# Acme Engineering Ladder

## Junior Engineer

A learner who ships **small changes** with _guidance_.

### Ownership

- Shows **very strong ownership** of what they ship.
- Knows when to _do_ and when to ask; can *triage* a bug.
- Estimates that 5 * 3 tasks take a week, and keeps `a*b*c` and `__init__` as code.
- Reads the [[junior-vs-expert|Junior → Expert]] page and [the **guide**](https://acme.example/a_b_/guide).

## Senior Engineer

### Ownership

- Owns ~~one~~ several services end to end.
"""


def test_markdown_emphasis_is_written_as_a_reader_sees_it(cli, write):
    """Bold, italics and strikethrough are their words, as a link is its
    text: the framework holds what a reader of the page sees, and `check`
    finds no markup the source wrote correctly. A star in a sum, code and
    a web address keep their characters; a wiki link is its label."""
    data, _ = imported(cli, write, "ladder.md", EMPHASIS, "--org", "Acme")
    junior, senior = data["levels"]
    assert junior["summary"] == "A learner who ships small changes with guidance."
    assert junior["competencies"]["ownership"] == [
        "Shows very strong ownership of what they ship.",
        "Knows when to do and when to ask; can triage a bug.",
        "Estimates that 5 * 3 tasks take a week, and keeps `a*b*c` and `__init__` as code.",
        "Reads the Junior → Expert page and the guide (https://acme.example/a_b_/guide).",
    ]
    assert senior["competencies"]["ownership"] == ["Owns one several services end to end."]
    check = cli("check", "--no-config", "--select", "LL510", str(write("ladder.md", EMPHASIS).parent / "out.yaml"))
    assert check.exit_code == 0, check.output


ROLE_PAGE = """---
title: "Principal Engineer Framework"
levels: 2
topics:
  - name: "competencies"
    title: "Competencies"
    content:
      - level: 1
        criteria:
          - "Is a coach and mentor to others in the team"
      - level: 2
        criteria:
          - "Defines training needs for the team"
---
### Consulting
- Is a trusted advisor to the client
- Manages complex projects
  - A migration run across three teams

### Delivery
- Rolls out new working practices

### Experience
- Expert in three core skills
"""


def test_a_monzo_body_of_sections_of_bullets_is_what_the_role_expects(cli, write):
    """A fork that writes the role's expectations in the body, a heading
    over bullets each, keeps them as statements, not as the description."""
    data, run = imported(cli, write, "principal.md", ROLE_PAGE)
    assert "description" not in data
    assert data["levels"][0]["competencies"]["consulting"] == [
        "Is a trusted advisor to the client",
        {"text": "Manages complex projects", "examples": ["A migration run across three teams"]}]
    assert data["levels"][0]["competencies"]["delivery"] == ["Rolls out new working practices"]
    assert "consulting" not in data["levels"][1]["competencies"]
    assert "principal.md:15: review: the body's sections under headings (3) are read as what the role expects, " \
           "at Level 1 and so at every level above it" in run.stderr
    assert "principal.md:24: not placed: section 'Experience' says the experience or time the level asks for, " \
           "not what it expects: Expert in three core skills" in run.stderr


def test_a_monzo_body_listing_the_career_path_stays_the_description(cli, write):
    page = ROLE_PAGE.split("---\n### ")[0] + "---\n### Career path\n- Product Engineer\n- Senior Product Engineer\n"
    data, _run = imported(cli, write, "principal.md", page)
    assert data["description"] == "Career path\n\n- Product Engineer\n- Senior Product Engineer"
    assert list(data["levels"][0]["competencies"]) == ["competencies"]


def test_markdown_nested_bullets_marked_as_examples_are_the_examples_of_the_bullet_above(cli, write):
    page = ("# Software Engineer II\n\n## Communication\n\n- Reviews the work of other engineers\n"
            "  - Ex: Reviewing a pull request\n  - E.g. pairing on a design\n- Gives clear feedback\n"
            "  - Exercises care in what they say\n")
    data, _run = imported(cli, write, "se2.md", page, "--org", "Acme")
    assert data["levels"][0]["competencies"]["communication"] == [
        {"text": "Reviews the work of other engineers", "examples": ["Reviewing a pull request", "pairing on a design"]},
        "Gives clear feedback", "Exercises care in what they say"]


def test_a_monzo_body_of_guidance_to_the_reader_stays_the_description(cli, write):
    page = ROLE_PAGE.split("---\n### ")[0] + (
        "---\n### Things to keep in mind\n- This isn't a checklist: you can progress without every behaviour.\n"
        "- If you have questions, ask your manager.\n")
    data, _run = imported(cli, write, "principal.md", page)
    assert data["description"].startswith("Things to keep in mind\n\n- This isn't a checklist")
    assert list(data["levels"][0]["competencies"]) == ["competencies"]


def test_text_lines_alone_over_competency_lines_are_groups_of_competencies(cli, write):
    """A copy of a page of levels, whose groups ('Technical Competencies')
    stand alone between blank lines over their competencies' lines, keeps
    each group as a dimension, not as a statement or a level's summary."""
    page = ("Acme Engineering Ladder\n\nEngineer I\n\nLeadership Competencies\n\nEngineering\n"
            "  • Communicates clearly.\n\nTechnical Competencies\n\nEngineering\n  • Writes tests.\n"
            "Development\n  • Fixes bugs.\n\nEngineer II\n\nLeadership Competencies\n\nEngineering\n"
            "  • Leads discussions.\n\nTechnical Competencies\n\nEngineering\n  • Designs services.\n"
            "Development\n  • Reviews code.\n")
    data, _run = imported(cli, write, "ladder.txt", page, "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Leadership Competencies", "Technical Competencies"]
    assert data["levels"][0]["competencies"] == {"engineering": ["Communicates clearly."],
                                                 "engineering-2": ["Writes tests."], "development": ["Fixes bugs."]}
    assert "summary" not in data["levels"][0]


def test_a_txt_of_tab_separated_cells_in_utf16_is_read_as_a_table(cli, write):
    """Excel's 'Unicode Text' (.txt, UTF-16 with its byte order mark, tabs
    between the cells) is a table, as the same bytes named '.csv' are."""
    sheet = "Competency\tJunior\tSenior\r\nDelivery\tShips small tasks\tShips projects, end to end\r\n" \
            "Craft\tWrites tests\tDesigns systems\r\n"
    data, _ = imported(cli, write, "ladder.txt", "\ufeff".encode("utf-16-le") + sheet.encode("utf-16-le"))
    assert [level["title"] for level in data["levels"]] == ["Junior", "Senior"]
    assert data["levels"][1]["competencies"]["delivery"] == ["Ships projects, end to end"]


@pytest.mark.parametrize("name, module, said", [
    ("acme-platform.docx", "mammoth", "reading Word documents needs mammoth: install it with "
                                      "pip install 'ladderlint[docx]'"),
    ("acme-platform.xlsx", "openpyxl", "reading Excel workbooks needs openpyxl: install it with "
                                       "pip install 'ladderlint[xlsx]'"),
])
def test_a_format_whose_optional_package_is_missing_says_how_to_install_it(cli, monkeypatch, name, module, said):
    """One wording for every optional reader: what needs the package, and the extra that installs it."""
    import sys
    from pathlib import Path

    monkeypatch.setitem(sys.modules, module, None)  # 'import mammoth' raises ImportError
    path = Path(__file__).parent / "fixtures" / "office" / name
    run = cli("import", str(path))
    assert run.exit_code != 0
    assert said in run.stderr
