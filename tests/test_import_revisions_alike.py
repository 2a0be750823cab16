"""Two revisions of one published page, imported alike: what changes between
them in the text (front matter that lost its opening line, a label left
empty, a heading one level deeper, a list re-formatted) must not change
what the import makes of the words that stayed."""

from __future__ import annotations

from import_helpers import cells, imported

BODY = """# Software Engineer I

As a Software Engineer I, you learn the processes and technology your team uses.

## Impact

- Work on small, well-scoped tasks with known solutions
- Take part in stand-up meetings and retrospectives

## Knowledge

- Understand the core tools of your team
"""


def test_front_matter_without_its_opening_line_is_front_matter(cli, tmp_path):
    # A page copied without its first line: 'description: ' then '---' is the front matter's end,
    # not a heading 'description:' underlined, and the page imports as its revision with '---' does.
    whole = tmp_path / "whole.md"
    whole.write_text("---\ndescription: \n---\n" + BODY, encoding="utf-8")
    lost = tmp_path / "lost.md"
    lost.write_text("description: \n---\n" + BODY, encoding="utf-8")
    want, _ = imported(cli, whole)
    got, run = imported(cli, lost)
    assert cells(got) == cells(want)
    assert [level["summary"] for level in got["levels"]] == [level["summary"] for level in want["levels"]]
    assert "opening '---' is missing" in run.stderr


def test_a_heading_underlined_stays_a_heading(cli, tmp_path):
    # Words that are not keys as front matter writes them, underlined: a heading, as before.
    page = tmp_path / "page.md"
    page.write_text("Software Engineer I\n---\n\n## Impact\n\n- Work on small, well-scoped tasks\n", encoding="utf-8")
    data, run = imported(cli, page)
    assert [level["title"] for level in data["levels"]] == ["Software Engineer I"]
    assert "front matter" not in run.stderr


LABELS = """# Engineer Path

## Senior Engineer

**Technical Knowledge:** They know their specialty in depth.

**Productivity:** {productivity}

**Impact:** They implement innovations across the codebase.

## Staff Engineer

**Glue:**{rule}

The Staff Engineer has strategic impact over a large team.

**Technical Knowledge:** They solve problems outside their own domain.

**Impact:** They set examples for other engineers to follow.
"""


def _labels(cli, tmp_path, name, productivity, rule):
    page = tmp_path / f"{name}.md"
    page.write_text(LABELS.format(productivity=productivity, rule=rule), encoding="utf-8")
    return imported(cli, page)


def test_an_empty_label_before_a_rule_does_not_take_the_summary(cli, tmp_path):
    data, run = _labels(cli, tmp_path, "ruled", "They deliver complex work.", "\n\n---")
    staff = data["levels"][-1]
    assert staff["summary"] == "The Staff Engineer has strategic impact over a large team."
    assert "glue" not in staff["competencies"]
    assert "a label with no text after it: Glue" in run.stderr


def test_an_empty_label_among_labels_is_no_dimension(cli, tmp_path):
    # '**Productivity:**' left empty between two labelled paragraphs is that competency left
    # empty, as the revision that fills it in says; never a dimension over '**Impact:**'.
    empty, _ = _labels(cli, tmp_path, "empty", "", "\n\n---")
    filled, _ = _labels(cli, tmp_path, "filled", "They deliver complex work.", "\n\n---")
    assert [d["name"] for d in empty["dimensions"]] == [d["name"] for d in filled["dimensions"]]
    staff = empty["levels"][-1]["id"]
    assert cells(empty)[staff] == cells(filled)[staff]
    assert "productivity" not in cells(empty)[empty["levels"][0]["id"]]


SECTIONS = """# Software Engineer III

You lead the design of a typical solution.

## Impact

- Lead technical implementations of projects

## Knowledge

- Keep up to date with best practices

## Communication

- Create diagrams for your team's products

{depth} {last}

- Mentor more junior engineers
"""


def _sections(cli, tmp_path, name, depth, last="Leadership"):
    page = tmp_path / f"{name}.md"
    page.write_text(SECTIONS.format(depth=depth, last=last), encoding="utf-8")
    return imported(cli, page)


def test_a_heading_one_level_too_deep_is_its_siblings_sibling(cli, tmp_path):
    # '### Leadership' under '## Communication', which has statements of its own, beside
    # sections with none: one more competency, as the revision that writes '## Leadership' says.
    deep, run = _sections(cli, tmp_path, "deep", "###")
    level, _ = _sections(cli, tmp_path, "level", "##")
    assert deep["dimensions"] == level["dimensions"]
    assert cells(deep) == cells(level)
    assert "one level deeper than its siblings" in run.stderr


def test_a_sub_heading_naming_a_kind_of_text_stays_under_its_section(cli, tmp_path):
    data, run = _sections(cli, tmp_path, "examples", "###", "Examples")
    assert "examples" not in [c["id"] for d in data["dimensions"] for c in d["competencies"]]
    assert "one level deeper" not in run.stderr


RESPONSIBILITIES = """# Path

## Senior Engineer

**Impact:** They lead projects.

### Responsibilities

- Provide technical leadership.

## Staff Engineer

**Impact:** They set examples.

### Responsibilities

Concrete examples could include:

{list}
"""

SUB_HEADINGS = """**Technical Direction**

- Lead extra-large projects across teams
- Solve problems that span multiple groups

**Mentorship**

- Own onboarding initiatives"""

NESTED = """* **Technical Direction**
    * Lead extra-large projects across teams
    * Solve problems that span multiple groups
* **Mentorship**
    * Own onboarding initiatives"""


def test_a_lead_in_under_a_competency_heading_is_no_statement(cli, tmp_path):
    page = tmp_path / "nested.md"
    page.write_text(RESPONSIBILITIES.format(list=NESTED), encoding="utf-8")
    data, run = imported(cli, page)
    staff = cells(data)[data["levels"][-1]["id"]]["responsibilities"]
    assert "Concrete examples could include:" not in staff
    assert "Lead extra-large projects across teams" in staff
    assert "lead-in to the list after it, whose bullets are the statements: Concrete examples" in run.stderr


LABELLED = """# Path

## Senior Engineer

**Mentorship:** They coach one engineer.

**Impact:** They lead projects.

## Staff Engineer

**Technical Direction:** They advocate for technology.

**Mentorship:** They grow other engineers.

### Responsibilities

Concrete examples could include:

{list}
"""


def test_bold_titles_naming_labelled_competencies_read_alike_nested_or_not(cli, tmp_path):
    # The titles name the level's labelled competencies: bold sub-headings over lists, or the
    # same words as a nested list, give the same competencies and statements.
    flat, nested = tmp_path / "flat.md", tmp_path / "nested.md"
    flat.write_text(LABELLED.format(list=SUB_HEADINGS), encoding="utf-8")
    nested.write_text(LABELLED.format(list=NESTED), encoding="utf-8")
    (old, _), (new, run) = imported(cli, flat), imported(cli, nested)
    assert new["dimensions"] == old["dimensions"]
    assert cells(new) == cells(old)
    assert "Concrete examples could include:" in run.stderr


def test_credits_at_the_end_are_no_second_title(cli, tmp_path):
    # '# Credits' after the ladder is the page's back matter: the first heading still names the
    # framework, as in the revision that drops the credits.
    body = "# Software Engineer Path\n\n## Engineer I\n\n**Impact:** Fixes bugs.\n\n## Engineer II\n\n" \
           "**Impact:** Ships features.\n"
    with_credits, without = tmp_path / "credits.md", tmp_path / "plain.md"
    with_credits.write_text(body + "\n# Credits\n\nInspired by the ladders of others.\n", encoding="utf-8")
    without.write_text(body, encoding="utf-8")
    assert imported(cli, with_credits)[0]["name"] == imported(cli, without)[0]["name"]
