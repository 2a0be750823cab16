"""Import of joined titles, deep items, plain Word table headers, one-line
labels and promotion advice, as frameworks really write them; and the
near-misses that must import as before."""

from __future__ import annotations

import html

import pytest

from import_helpers import cells, imported, word_package


def _two_levels(low: str, high: str) -> str:
    return (f"# Ladder\n\n## {low}\n\n- Sets direction for the company\n\n"
            f"## {high}\n\n- Sets direction for the industry\n")


@pytest.mark.parametrize("low, high", [
    ("Distinguished/VP+", "Fellow/C-Level"),
    ("Distinguished/VP", "Fellow/C-Level"),
    ("VP+", "Fellow"),
    ("Principal/Director+", "Distinguished/VP"),
])
def test_a_joined_title_with_a_plus_keeps_its_place_in_import_and_check(cli, write, low, high):
    """'Distinguished/VP+' is read the same from its title and from its id
    ('distinguished-vp-plus', where '+' is spelt 'plus'): the import keeps
    the order written and LL201 agrees with it."""
    path = write("ladder.md", _two_levels(low, high))
    data, run = imported(cli, path, "--org", "X")
    assert [level["title"] for level in data["levels"]] == [low, high]
    assert "LL201" not in run.stderr
    check = cli("check", str(path.parent / "ladder-out.yaml"), "--select", "LL201")
    assert "LL201" not in check.output, check.output


def test_a_joined_title_listed_above_a_more_senior_one_is_still_an_error(cli, write):
    """The near-miss: Fellow listed first, LL201 still reports the
    Distinguished/VP level after it (a '+' level is not: 'and above' may be
    anywhere above)."""
    path = write("ladder.yaml", "ladderlint: 1\nname: X\ndimensions:\n  - id: d\n    name: D\n    competencies:\n"
                 "      - {id: c, name: C}\nlevels:\n"
                 "  - {id: fellow-c-level, title: Fellow/C-Level, competencies: {c: [Sets direction.]}}\n"
                 "  - {id: distinguished-vp, title: Distinguished/VP, competencies: {c: [Sets goals.]}}\n")
    check = cli("check", str(path), "--select", "LL201")
    assert "LL201" in check.output, check.output


NESTED = """# IC1 Engineer

- **Role**: Junior engineers build features.
- **Growth**:
  - Expand your skill set
    - Become more of an expert in the code base.
    - Write code that is solid and no obvious bugs should come out of your code.
"""


@pytest.mark.parametrize("loose", [False, True])
def test_a_deep_item_that_says_no_is_a_statement_not_the_experience_asked(cli, write, loose):
    """'Expand your skill set: ... no obvious bugs ...' once read 'Exp' of
    'Expand' as 'Experience' and 'no' as none asked: the statement went to
    the level's description, and nothing said so."""
    text = NESTED.replace("\n", "\n\n") if loose else NESTED
    data, run = imported(cli, write("ic1.md", text), "--org", "X")
    level = data["levels"][0]
    assert "description" not in level
    said = [s for statements in level["competencies"].values() for s in statements]
    assert any("no obvious bugs" in s for s in said), said


@pytest.mark.parametrize("line", ["Experience: 2-4 years", "Exp.: 3 years", "Years of experience: 5+"])
def test_the_experience_a_level_asks_goes_to_its_description_and_is_reported(cli, write, line):
    """The near-miss: the experience asked still goes to the description,
    and the report now says which lines went there."""
    text = f"# IC1 Engineer\n\n### Delivery\n\n- Ships features.\n- {line}\n"
    data, run = imported(cli, write("ic1.md", text), "--org", "X", "--report", "-")
    assert line in data["levels"][0]["description"]
    assert "went to the level's description" in run.output and line in run.output


WORD_LEVELS = [
    ("Senior Engineer", [("Scope and Complexity", "Owns projects that span several services and teams."),
                         ("Delivery", "Ships large features on time and keeps the team informed.")]),
    ("Staff Engineer", [("Scope and Complexity", "Owns problems that span the whole organisation."),
                        ("Delivery", "Sets the delivery practices that several teams follow.")]),
]


def _word_tables(first_rows: list[tuple[str, str]]) -> bytes:
    """A .docx as Word's default 'Table Grid' writes it: a 'Heading 1' per
    level over a table whose first row (``first_rows``, one per table) is
    plain, neither bold nor marked as a header row."""
    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'

    body = ""
    for (title, rows), first in zip(WORD_LEVELS, first_rows):
        body += f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run(title)}</w:p><w:tbl>'
        for row in [first, *rows]:
            body += "<w:tr>" + "".join(f"<w:tc><w:p>{run(text)}</w:p></w:tc>" for text in row) + "</w:tr>"
        body += "</w:tbl>"
    return word_package(body, styles='<w:style w:type="paragraph" w:styleId="Heading1">'
                              '<w:name w:val="heading 1"/></w:style>')


def test_a_plain_first_row_the_same_in_every_word_table_is_its_header(cli, write):
    """'Category | Criteria' opens every table, its cells short labels over
    sentences: the header, reported as such, as the same Markdown is."""
    pytest.importorskip("mammoth")
    data, run = imported(cli, write("guide.docx", _word_tables([("Category", "Criteria")] * 2)), "--org", "X")
    assert all(set(level) == {"scope-and-complexity", "delivery"} for level in cells(data).values()), cells(data)
    assert "table column header" in run.stderr and "Criteria" in run.stderr


def test_a_plain_first_row_that_differs_from_table_to_table_is_content(cli, write):
    """The near-miss: a first row that names a competency and its statement,
    different in each table, is read as every other row."""
    pytest.importorskip("mammoth")
    firsts = [("Testing", "Writes unit tests for the code they change."),
              ("Testing", "Sets the testing strategy of several teams.")]
    data, _ = imported(cli, write("guide.docx", _word_tables(firsts)), "--org", "X")
    assert [level["testing"] for level in cells(data).values()] == [[firsts[0][1]], [firsts[1][1]]]


def _pages(write, ic2: str) -> str:
    write("pages/ic1-engineer.md", "# IC1 Engineer\n\n- **Role**: Junior engineers build features.\n"
                                   "- **Learning**:\n  - You should be hungry to learn.\n  - You ask questions early.\n")
    return str(write("pages/ic2-engineer.md", ic2).parent)


def test_a_one_line_label_that_a_sibling_page_uses_as_a_competency_is_a_statement_of_it(cli, write):
    """'**Learning**: text' on IC2's page and '**Learning**:' over bullets on
    IC1's: one competency, so check finds no gap (LL401) where the text is."""
    from pathlib import Path
    folder = _pages(write, "# IC2 Engineer\n\n- **Role**: Engineers lead features.\n"
                           "- **Learning**: You should be diving into design patterns.\n")
    data, run = imported(cli, Path(folder), "--org", "X")
    assert cells(data)["IC2"] == {"role": ["Engineers lead features."],
                                  "learning": ["You should be diving into design patterns."]}
    assert "expectations" not in {c["id"] for d in data["dimensions"] for c in d["competencies"]}
    check = cli("check", str(Path(folder).parent / "pages-out.yaml"), "--select", "LL401")
    assert "LL401" not in check.output, check.output


def test_a_one_line_label_on_the_same_page_as_the_competency_is_a_statement_of_it(cli, write):
    """'### Learning' at IC1, '**Learning**: text' at IC2 of the same page: one competency."""
    page = ("# Ladder\n\n## IC1 Engineer\n\n### Role\n\n- Junior engineers build features.\n\n### Learning\n\n"
            "- You should be hungry to learn.\n\n## IC2 Engineer\n\n- **Role**: Engineers lead features.\n"
            "- **Learning**: You dive into design patterns.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "X")
    assert cells(data)["IC2"] == {"role": ["Engineers lead features."],
                                  "learning": ["You dive into design patterns."]}
    assert "ladder.md:15: layout: bullets whose bold label names a competency" in run.stderr


def test_a_one_line_label_no_page_names_as_a_competency_stays_in_its_statement(cli, write):
    """The near-miss: 'Mentoring' is no competency anywhere: the statement
    keeps its label, under 'Expectations', as before."""
    from pathlib import Path
    folder = _pages(write, "# IC2 Engineer\n\n- Engineers lead features.\n"
                           "- **Mentoring**: You pair with new joiners every week.\n")
    data, _ = imported(cli, Path(folder), "--org", "X")
    assert cells(data)["IC2"] == {"expectations": ["Engineers lead features.",
                                                   "Mentoring: You pair with new joiners every week."]}


LEVEL_TABLE = "| Category | Criteria |\n|---|---|\n| Delivery | {0} |\n| Influence | {1} |\n"


def test_a_readiness_check_under_one_level_is_kept_in_its_description_not_a_dimension(cli, write):
    """'### Readiness check' under Staff, a table of the level's own rows:
    what the next level asks, not a second dimension duplicating every
    competency; kept in Staff's description and reported."""
    page = ("# Ladder\n\n## Senior Engineer\n\n" + LEVEL_TABLE.format("Ships features.", "Leads a team.")
            + "\n## Staff Engineer\n\n" + LEVEL_TABLE.format("Ships programmes.", "Leads teams.")
            + "\n### Readiness check\n\n" + LEVEL_TABLE.format("Has shipped a programme.", "Has led two teams."))
    data, run = imported(cli, write("ladder.md", page), "--org", "X")
    assert [d["name"] for d in data["dimensions"]] == ["Competencies"]
    assert [c["id"] for c in data["dimensions"][0]["competencies"]] == ["delivery", "influence"]
    staff = data["levels"][1]
    assert staff["competencies"] == {"delivery": ["Ships programmes."], "influence": ["Leads teams."]}
    assert staff["description"] == ("Readiness check:\n- Delivery: Has shipped a programme.\n"
                                    "- Influence: Has led two teams.")
    assert "'Readiness check' at Staff Engineer says what reaching the next level takes" in run.stderr


@pytest.mark.parametrize("label", ["Path to IC2", "Promotion criteria", "Typical timeframe for promotion",
                                   "Path to the next level"])
def test_a_label_of_promotion_advice_is_kept_in_the_levels_description(cli, write, label):
    page = (f"# IC1 Engineer\n\n- **Role**: Junior engineers build features.\n- **{label}**:\n"
            "  - Leads a small project end to end.\n  - Reviews the code of others.\n")
    data, run = imported(cli, write("ic1.md", page), "--org", "X")
    said = [s for statements in cells(data)["IC1"].values() for s in statements]
    assert not any("small project" in s for s in said), said
    assert data["levels"][0]["description"].startswith(f"{label}:")
    assert "says what reaching the next level takes" in run.stderr


@pytest.mark.parametrize("label", ["Path to production", "Promotion", "Learning", "Timeframe", "Readiness",
                                   "Path to staff engineering practices", "Path to senior leadership"])
def test_a_label_that_names_no_promotion_advice_is_read_as_before(cli, write, label):
    """The near-misses: a path to something that is no level, 'Promotion'
    alone (a manager's competency), any other label."""
    page = ("# Ladder\n\n## IC1 Engineer\n\n### Delivery\n\n- Ships features.\n\n"
            f"### {label}\n\n- Leads a small project end to end.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "X")
    assert "description" not in data["levels"][0]
    assert "says what reaching the next level takes" not in run.stderr
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Delivery", label]


def _html_tables(first: tuple[str, str]) -> str:
    """A page with a table per level, each opening with the plain row ``first``."""
    rows = {"Engineer I": [("Delivery", "Delivers well-scoped tasks with guidance from the team and writes tests")],
            "Engineer II": [("Delivery", "Delivers features of the team's projects on their own, with tests")]}
    page = "<html><body><h1>Acme Engineering Ladder</h1>"
    for title, said in rows.items():
        page += f"<h2>{title}</h2><table>" + "".join(
            f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in [first, *said]) + "</table>"
    return page + "</body></html>"


@pytest.mark.parametrize("first", [("Values", "Lives our values"), ("Ownership", "Owns the roadmap")])
def test_a_short_first_row_of_content_in_every_table_is_a_competency_not_a_header(cli, write, first):
    """A cumulative ladder opens each level's table with the same short row:
    no cell names a column, and one says what the person does. Its
    competency and statements are imported, not reported as a header."""
    data, run = imported(cli, write("ladder.html", _html_tables(first)), "--org", "X")
    key = first[0].casefold()
    assert [level[key] for level in cells(data).values()] == [[first[1]], [first[1]]], cells(data)
    assert "table column header" not in run.stderr


def test_a_short_first_row_of_content_in_every_word_table_is_a_competency(cli, write):
    pytest.importorskip("mammoth")
    first = ("Values", "Lives our values")
    data, run = imported(cli, write("guide.docx", _word_tables([first] * 2)), "--org", "X")
    assert [level["values"] for level in cells(data).values()] == [[first[1]], [first[1]]], cells(data)


@pytest.mark.parametrize("first", [("Category", "Criteria"), ("Competency area", "Expectations"),
                                   ("Skill", "Description"), ("Values", "Key behaviours")])
def test_a_first_row_that_names_its_columns_in_every_html_table_is_the_header(cli, write, first):
    """The near-misses: a cell names what its column holds; the row is the header, as before."""
    data, run = imported(cli, write("ladder.html", _html_tables(first)), "--org", "X")
    assert all(set(level) == {"delivery"} for level in cells(data).values()), cells(data)
    assert "table column header" in run.stderr


def test_a_competency_named_timeframe_at_every_level_is_a_competency(cli, write):
    """'Timeframe' (the span of work a level plans) is no advice on promotion."""
    page = ("# Ladder\n\n## Engineer I\n\n### Delivery\n\n- Delivers tasks.\n\n### Timeframe\n\n"
            "- Works on tasks that take a few days to a week\n\n## Engineer II\n\n### Delivery\n\n"
            "- Delivers features.\n\n### Timeframe\n\n- Works on projects that take weeks to a quarter\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "X")
    assert [level["timeframe"] for level in cells(data).values()] == [
        ["Works on tasks that take a few days to a week"], ["Works on projects that take weeks to a quarter"]]
    assert "says what reaching the next level takes" not in run.stderr


def test_a_competency_filled_at_several_levels_is_never_promotion_advice(cli, write):
    """'Promotion readiness' written under every level of one document, as
    a competency of the ladder: kept a competency; under one level only it
    is that level's advice (``test_a_readiness_check_under_one_level...``)."""
    page = ("# Ladder\n\n## Engineer I\n\n### Delivery\n\n- Delivers tasks.\n\n### Promotion readiness\n\n"
            "- Has shipped a feature alone\n\n## Engineer II\n\n### Delivery\n\n"
            "- Delivers features.\n\n### Promotion readiness\n\n- Has led a project\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "X")
    assert [level["promotion-readiness"] for level in cells(data).values()] == [
        ["Has shipped a feature alone"], ["Has led a project"]]
    assert "says what reaching the next level takes" not in run.stderr


@pytest.mark.parametrize("section", ["Path to {}", "Becoming an {}", "What it takes to be an {}"])
def test_sections_naming_the_level_above_in_any_words_are_kept_in_the_descriptions(cli, write, section):
    """'Path to IC5 Engineer' and 'Becoming an IC5 Engineer' at IC4 (and
    IC6 at IC5) say the same: what reaching the next level takes. Both are
    kept in the level's description and reported, neither a competency."""
    write("site/ic4.md", "# IC4 Engineer\n\n## Expertise\n\n- Knows the stack deeply.\n\n"
          f"## {section.format('IC5 Engineer')}\n\n- Become a force multiplier.\n")
    page = write("site/ic5.md", "# IC5 Engineer\n\n## Expertise\n\n- Knows several areas deeply.\n\n"
                 f"## {section.format('IC6 Engineer')}\n\n- Set the vision for two years out.\n")
    data, run = imported(cli, page.parent, "--org", "Acme")
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Expertise"]
    assert [level["description"] for level in data["levels"]] == [
        f"{section.format('IC5 Engineer')}: Become a force multiplier.",
        f"{section.format('IC6 Engineer')}: Set the vision for two years out."]
    assert f"'{section.format('IC6 Engineer')}' at IC5 Engineer says what reaching the next level takes" in run.stderr


def test_a_section_naming_the_level_above_at_one_level_only_stands_as_named(cli, write):
    """The near-miss: 'Becoming an IC5 Engineer' at IC4 alone is the page's own section, as before."""
    write("site/ic4.md", "# IC4 Engineer\n\n## Expertise\n\n- Knows the stack deeply.\n\n"
          "## Becoming an IC5 Engineer\n\n- Become a force multiplier.\n")
    page = write("site/ic5.md", "# IC5 Engineer\n\n## Expertise\n\n- Knows several areas deeply.\n")
    data, run = imported(cli, page.parent, "--org", "Acme")
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Expertise", "Becoming an IC5 Engineer"]
    assert "says what reaching the next level takes" not in run.stderr
