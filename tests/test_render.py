"""`ladderlint render`: the pages, their content, Markdown, templates, bad input."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, MINIMAL
from corpora_frameworks import write_corpus
from ladderlint.diff.formatters.markdown import escape as markdown_escape
from ladderlint.render.notes import inline, markdown_to_html
from ladderlint.render.prose import TextBlock, text_blocks
from render_helpers import (
    local_links,
    page_statements,
    parse,
    seed_frameworks,
    shipped_frameworks,
    shown_text,
    squeeze,
    statements_of,
)

FEATURES = FIXTURES / "render" / "features.yaml"


@pytest.fixture
def render(cli, tmp_path):
    """Render ``paths`` into a fresh directory; return it (fail on a non-zero exit)."""
    count = 0

    def run(*paths: str | Path, options: tuple[str, ...] = (), expect: int = 0) -> Path:
        nonlocal count
        count += 1
        out = tmp_path / f"site{count}"
        result = cli("render", *map(str, paths), "-o", str(out), *options)
        assert result.exit_code == expect, result.stderr
        return out

    return run


def framework_dir(site: Path, framework_id: str) -> Path:
    return site / framework_id


def all_statements_shown(site: Path, files: list[Path]) -> None:
    """Each statement of each file is in its grid, its level pages and its all-levels page."""
    import yaml

    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        expected = sorted(squeeze(s) for s in statements_of(file))
        directory = framework_dir(site, data["id"])
        assert sorted(page_statements(directory / "index.html")) == expected, file
        assert sorted(page_statements(directory / "all-levels.html")) == expected, file
        on_level_pages = [s for page in sorted((directory / "levels").glob("*.html")) for s in page_statements(page)]
        assert sorted(on_level_pages) == expected, file


# -- every statement, on real frameworks ----------------------------------------------


def test_shipped_frameworks_show_every_statement(render):
    files = shipped_frameworks()
    site = render(*files)
    all_statements_shown(site, files)
    index = parse(site / "index.html")
    assert len(index.find_all("li", None)) >= len(files)
    assert {a.attrs["href"] for a in index.find_all("a")} >= {f"{f.stem}/index.html" for f in files}


def test_seed_frameworks_show_every_statement(render, tmp_path):
    # Two seeds share an id: each gets a directory of its own.
    seeds = seed_frameworks()
    copies = []
    for i, seed in enumerate(seeds):
        target = tmp_path / "seeds" / f"{i}-{seed.name}"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(seed, target)
        copies.append(target)
    site = render(tmp_path / "seeds")
    written = sorted(p.name for p in site.iterdir() if p.is_dir() and p.name != "assets")
    assert len(written) == len(seeds)
    total = sum(len(statements_of(seed)) for seed in seeds)
    shown = sum(len(page_statements(site / name / "index.html")) for name in written)
    assert shown == total


def test_corpus_frameworks_show_every_statement(render, tmp_path):
    files = write_corpus(tmp_path / "corpus")
    site = render(tmp_path / "corpus")
    all_statements_shown(site, files)


# -- the grid ---------------------------------------------------------------------------


def test_grid_has_levels_as_columns_and_competencies_by_dimension_as_rows(render):
    site = render(FEATURES)
    page = parse(site / "globex-platform" / "index.html")
    [table] = page.find_all("table", "grid")
    columns = [squeeze(th.text) for th in table.find_all("th", scope="col")]
    # The title names the column; the id, a code people say, small beside it.
    assert columns == ["Competency", "Platform Engineer I P1", "Platform Engineer II P2"]
    groups = [squeeze(th.find_all(cls="dimension-name")[0].text) for th in table.find_all("th", scope="rowgroup")]
    assert groups == ["Craft", "People", "Not in any dimension"]
    rows = [squeeze(th.find_all(cls="competency-name")[0].text) for tr in table.find_all("tr", "competency")
            for th in tr.find_all("th", scope="row")]
    assert rows == ["Reliability", "Testing", "Mentoring", "scripting"]
    # Above Craft's competencies, a row of the levels' introductions of it.
    intros = [squeeze(th.text) for tr in table.find_all("tr", "dimension-intro") for th in tr.find_all("th")]
    assert intros == ["Introduction to Craft"]
    # Each level's column header links to its page.
    links = [a.attrs["href"] for th in table.find_all("th", scope="col") for a in th.find_all("a")]
    assert links == ["levels/P1.html", "levels/P2.html"]


def bands(site: Path, slug: str = "acme-backend") -> list[str]:
    """The names of the bands over the grid's dimensions."""
    [table] = parse(site / slug / "index.html").find_all("table", "grid")
    return [squeeze(th.find_all(cls="dimension-name")[0].text) for th in table.find_all("th", scope="rowgroup")]


@pytest.mark.parametrize("name", ["Competencies", "Skills", "Criteria", "Level expectations", "Topics", "areas"])
def test_the_grid_draws_no_band_over_a_frameworks_only_dimension_named_as_a_container(render, tmp_path, name):
    """One table's columns imported as competencies are put in one dimension
    named 'Competencies': a band that says so over every row tells nothing."""
    (tmp_path / "acme.yaml").write_text(MINIMAL.replace("name: Results", f"name: {name}"))
    site = render(tmp_path / "acme.yaml")
    assert bands(site) == []
    [table] = parse(site / "acme-backend" / "index.html").find_all("table", "grid")
    # Its anchor stays, on its rows, for a link to the dimension.
    assert [tbody.attrs.get("id") for tbody in table.find_all("tbody", "dimension-group")] == ["dimension-results"]
    assert [squeeze(th.text) for th in table.find_all("th", scope="row")] == ["Impact"]


@pytest.mark.parametrize("text, shown", [
    # A name that says something.
    (MINIMAL.replace("name: Results", "name: Technical skills"), ["Technical skills"]),
    (MINIMAL, ["Results"]),
    # A container's name with a description: the band shows the description.
    (MINIMAL.replace("    name: Results\n", "    name: Competencies\n    description: What we look for\n"),
     ["Competencies"]),
    # Beside another dimension, each band says which rows are whose.
    (MINIMAL.replace("    name: Results\n", "    name: Competencies\n").replace(
        "levels:\n", "  - id: craft\n    name: Craft\n    competencies:\n      - id: testing\n        name: Testing\n"
        "levels:\n").replace("        - I deliver my tasks on time\n",
                             "        - I deliver my tasks on time\n      testing:\n        - I write tests\n"),
     ["Competencies", "Craft"]),
])
def test_the_grid_keeps_the_band_of_a_dimension_that_says_something(render, tmp_path, text, shown):
    (tmp_path / "acme.yaml").write_text(text)
    assert bands(render(tmp_path / "acme.yaml")) == shown


def shown_headings(page: Path) -> list[str]:
    """The h2 headings of a page a reader sees (not those only for a screen reader)."""
    return [squeeze(h.text) for h in parse(page).find_all("h2") if "visually-hidden" not in h.classes]


@pytest.mark.parametrize("name, shown", [("Competencies", False), ("Topics", False), ("Results", True),
                                         ("Technical skills", True)])
def test_a_level_page_shows_the_heading_of_a_frameworks_only_dimension_where_the_grid_shows_its_band(
        render, tmp_path, name, shown):
    """A level's page and two levels side by side head the dimension as the
    grid does: not a lone 'Competencies' (a screen reader's outline keeps it)."""
    (tmp_path / "acme.yaml").write_text(MINIMAL.replace("name: Results", f"name: {name}") + (
        "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        - I deliver projects\n"))
    folder = render(tmp_path / "acme.yaml") / "acme-backend"
    for page in (folder / "levels" / "IC1.html", folder / "compare" / "IC1-IC2.html"):
        assert (name in shown_headings(page)) is shown, page
        assert name in [squeeze(h.text) for h in parse(page).find_all("h2")], page
    assert (name in [squeeze(h.text) for h in parse(folder / "all-levels.html").find_all("h3")
                     if "visually-hidden" not in h.classes]) is shown


def markdown_headings(site: Path) -> list[str]:
    """The headings of the Markdown page, and its contents' entries."""
    text = (site / "acme-backend.md").read_text()
    return [line for line in text.splitlines() if line.startswith("#") or line.startswith("  - [")]


@pytest.mark.parametrize("name", ["Competencies", "Skills", "Topics", "areas"])
def test_the_markdown_gives_no_heading_to_a_frameworks_only_dimension_named_as_a_container(render, tmp_path, name):
    """As the grid draws no band over it: neither the level's section nor
    the table side by side is headed 'Competencies', nor do the contents list it."""
    (tmp_path / "acme.yaml").write_text(MINIMAL.replace("name: Results", f"name: {name}"))
    headings = markdown_headings(render(tmp_path / "acme.yaml", options=("--format", "markdown")))
    assert not [line for line in headings if name in line]
    assert "### Engineer I (IC1)" in headings and "## All levels side by side" in headings


@pytest.mark.parametrize("text, name", [
    (MINIMAL, "Results"),
    (MINIMAL.replace("name: Results", "name: Technical skills"), "Technical skills"),
    (MINIMAL.replace("    name: Results\n", "    name: Competencies\n    description: What we look for\n"),
     "Competencies"),
])
def test_the_markdown_keeps_the_heading_of_a_dimension_that_says_something(render, tmp_path, text, name):
    (tmp_path / "acme.yaml").write_text(text)
    headings = markdown_headings(render(tmp_path / "acme.yaml", options=("--format", "markdown")))
    assert f"#### {name}" in headings
    assert [line for line in headings if line.startswith("### ") and name in line]
    assert [line for line in headings if line.startswith("  - [") and name in line]


def cell(site: Path, level: str, competency: str):  # type: ignore[no-untyped-def]
    page = parse(site / "globex-platform" / "index.html")
    [found] = page.find_all("td", id=f"cell-{level}-{competency}")
    return found


def test_cells_show_their_state_in_words(render):
    site = render(FEATURES)
    # A level that says nothing of a competency: plainly said to engineers,
    # a problem pointed out to reviewers (with the findings).
    missing = cell(site, "P2", "testing")
    assert "cell-missing" not in missing.classes and "Missing" not in missing.text
    assert "cell-undescribed" in missing.classes and squeeze(missing.text) == "Not described at this level"
    reviewed = cell(render(FEATURES, options=("--with-findings",)), "P2", "testing")
    assert "cell-missing" in reviewed.classes and "Missing" in reviewed.text
    level = parse(site / "globex-platform" / "levels" / "P2.html")
    assert not level.find_all(cls="competency-missing") and level.find_all(cls="competency-undescribed")
    na = cell(site, "P1", "mentoring")
    assert "cell-not-applicable" in na.classes
    assert squeeze(na.text) == "Not assessed: Mentoring starts at P2."
    empty = cell(site, "P2", "mentoring")
    assert "cell-empty" in empty.classes and "Empty" in empty.text
    # A level's cell for a competency no dimension lists still shows.
    assert page_statements(site / "globex-platform" / "index.html").count("I automate the *toil* of my team") == 1


def test_proficiency_note_examples_and_statement_ids(render):
    site = render(FEATURES)
    reliability = cell(site, "P2", "reliability")
    assert "Proficiency: practising (2 of 3)" in squeeze(reliability.text)
    assert "Note: Measured over a year." in squeeze(reliability.text)
    first = cell(site, "P1", "reliability")
    [statement] = first.find_all("li", id="statement-on-call")
    assert squeeze(statement.find_all(cls="example")[0].text) == "Example: Shadowing two weeks of on-call"


def test_glossary_terms_link_to_their_entry(render):
    site = render(FEATURES)
    page = parse(site / "globex-platform" / "index.html")
    terms = page.find_all("a", "term")
    assert [squeeze(a.text) for a in terms] == ["blast radius", "blast radius"]
    assert {a.attrs["href"] for a in terms} == {"index.html#term-blast-radius"}
    assert terms[0].attrs["title"] == "How much breaks when one thing fails."
    [entry] = page.find_all("dt", id="term-blast-radius")
    assert squeeze(entry.text) == "blast radius"
    # The statement reads as written, star included.
    assert "I keep the blast radius* of my changes small" in page_statements(site / "globex-platform" / "index.html")
    level = parse(site / "globex-platform" / "levels" / "P1.html")
    assert {a.attrs["href"] for a in level.find_all("a", "term")} == {"../index.html#term-blast-radius"}


def test_a_glossary_term_that_ends_in_a_mark_links_as_written(render, write):
    framework = MINIMAL.replace("I deliver my tasks on time", "I write C++* and use Yahoo!* and SLO* daily")
    framework = framework.replace("organisation:", "glossary:\n  C++: A language\n  Yahoo!: A site\n  SLO: An objective\n"
                                  "organisation:")
    site = render(write("terms.yaml", framework))
    page = parse(site / "acme-backend" / "index.html")
    assert [(squeeze(a.text), a.attrs["title"]) for a in page.find_all("a", "term")] == [
        ("C++", "A language"), ("Yahoo!", "A site"), ("SLO", "An objective")]
    assert page_statements(site / "acme-backend" / "index.html") == ["I write C++* and use Yahoo!* and SLO* daily"]


def test_a_star_without_a_glossary_entry_is_not_a_link(render):
    site = render(FEATURES)
    # '*toil*' is emphasis, not a term; no link is made of it.
    scripting = cell(site, "P2", "scripting")
    assert scripting.find_all("a") == []


def test_text_is_shown_as_written_never_as_markup(render, write):
    evil = MINIMAL.replace("I deliver my tasks on time", "I write <script>alert(1)</script> & \"quotes\"")
    site = render(write("evil.yaml", evil))
    html = (site / "acme-backend" / "index.html").read_text()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in html
    assert page_statements(site / "acme-backend" / "index.html") == ['I write <script>alert(1)</script> & "quotes"']


def test_a_description_shows_its_paragraphs_and_lists_as_text(render, write):
    """Texts are plain text, with paragraphs and lists as people type them:
    shown as paragraphs and lists, never read as markup."""
    text = ("It helps engineers and managers:\n- make <b>plans</b>\n- talk about\n  growth\n\n"
            "The framework is a compass, not a GPS.\n\n# of incidents")
    framework = MINIMAL.replace("organisation:", f"description: {json.dumps(text)}\norganisation:")
    framework = framework.replace("summary: Delivers well-scoped tasks",
                                  'summary: "I deliver tasks.\\n\\nI ask for help:\\n1. early\\n2. often"')
    site = render(write("described.yaml", framework))
    page = parse(site / "acme-backend" / "index.html")
    [described] = page.find_all("div", "description")
    blocks = [(e.tag, squeeze(e.text)) for e in described.children if not isinstance(e, str)]
    assert blocks == [("p", "It helps engineers and managers:"), ("ul", "make <b>plans</b>talk about growth"),
                      ("p", "The framework is a compass, not a GPS."), ("p", "# of incidents")]
    assert [squeeze(li.text) for li in described.find_all("li")] == ["make <b>plans</b>", "talk about growth"]
    level = parse(site / "acme-backend" / "levels" / "IC1.html")
    [summary] = level.find_all("div", "summary")
    assert [squeeze(li.text) for li in summary.find_all("li")] == ["early", "often"]
    markdown = render(write("described.yaml", framework), options=("--format", "markdown"))
    written = (markdown / "acme-backend.md").read_text()
    assert ("It helps engineers and managers:\n\n- make \\<b\\>plans\\</b\\>\n- talk about growth\n\n"
            "The framework is a compass, not a GPS.\n\n\\# of incidents\n") in written


def test_a_description_s_markdown_headings_are_headings_below_the_page_s_own(render, write):
    """Where a framework keeps its introduction's sections as Markdown
    headings, the page shows them as headings one level below the heading
    the text is under, whatever marks the text starts at."""
    text = ("### How does it work?\nWe sort them into levels.\n\n#### Sub-levels\nA to E.\n\n"
            "### Things to keep in mind\n- It is no checklist")
    framework = MINIMAL.replace("organisation:", f"description: {json.dumps(text)}\norganisation:")
    site = render(write("described.yaml", framework))
    page = parse(site / "acme-backend" / "index.html")
    [described] = page.find_all("div", "description")
    blocks = [(e.tag, squeeze(e.text)) for e in described.children if not isinstance(e, str)]
    assert blocks == [("h2", "How does it work?"), ("p", "We sort them into levels."), ("h3", "Sub-levels"),
                      ("p", "A to E."), ("h2", "Things to keep in mind"), ("ul", "It is no checklist")]
    markdown = render(write("described.yaml", framework), options=("--format", "markdown"))
    written = (markdown / "acme-backend.md").read_text()
    assert ("## How does it work?\n\nWe sort them into levels.\n\n### Sub-levels\n\nA to E.\n\n"
            "## Things to keep in mind\n\n- It is no checklist\n") in written


def test_a_plain_text_description_s_section_titles_are_headings(render, write):
    """An introduction imported from a page keeps its sections' titles as
    lines of their own, the format's plain text marking no headings: where
    a text has sections (two titles or more: short lines that are no
    sentence, each over its section), a description shows them as headings
    below the page's own, on the site and in the Markdown. In the grid's
    cells, a statement's paragraphs, and a text whose only short line is
    its first, they stay paragraphs."""
    intro = ("About our framework\n\nIt helps engineers and managers:\n- make plans\n\n"
             "How does it work?\n\nWe sort behaviours into levels.\n\nThings to keep in mind\n- It is no checklist")
    one_title = "Ownership\n\nWhat we mean by it."
    framework = MINIMAL.replace("organisation:", f"description: {json.dumps(intro)}\norganisation:")
    framework = framework.replace("    name: Results\n", f"    name: Results\n    description: {json.dumps(intro)}\n")
    framework = framework.replace("        name: Impact\n", f"        name: Impact\n        description: {json.dumps(one_title)}\n")
    framework = framework.replace("        - I deliver my tasks on time",
                                  f"        - {json.dumps('I own my tasks' + chr(10) * 2 + 'Before others ask' + chr(10) * 2 + 'I ship them.')}")
    site = render(write("titled.yaml", framework))
    page = parse(site / "acme-backend" / "index.html")
    [described] = page.find_all("div", "description")
    blocks = [(e.tag, squeeze(e.text)) for e in described.children if not isinstance(e, str)]
    assert blocks == [("h2", "About our framework"), ("p", "It helps engineers and managers:"), ("ul", "make plans"),
                      ("h2", "How does it work?"), ("p", "We sort behaviours into levels."),
                      ("h2", "Things to keep in mind"), ("ul", "It is no checklist")]
    # The framework's facts come before it, not under its last section's heading.
    order = [e.tag for e in page.iter() if e.classes in ({"facts"}, {"description", "paragraphs"})]
    assert order == ["dl", "div"]
    # In the grid, the dimension's description is what it is: paragraphs, none in bold.
    [dimension] = page.find_all("div", "dimension-description")
    assert [e.tag for e in dimension.children if not isinstance(e, str)] == ["p", "p", "ul", "p", "p", "p", "ul"]
    assert not dimension.find_all("strong")
    [competency] = page.find_all("div", "competency-description")
    assert [e.tag for e in competency.children if not isinstance(e, str)] == ["p", "p"]
    statement = page.find_all("li", "statement")[0]
    assert not statement.find_all(["h2", "h3", "h4", "strong"])
    # On a level's page, the dimension's description is under the dimension's heading.
    level = parse(site / "acme-backend" / "levels" / "IC1.html")
    [about] = level.find_all("div", "about-dimension")
    assert [squeeze(h.text) for h in about.find_all("h3")] == ["About our framework", "How does it work?",
                                                                 "Things to keep in mind"]
    markdown = render(write("titled.yaml", framework), options=("--format", "markdown"))
    written = (markdown / "acme-backend.md").read_text()
    assert ("## About our framework\n\nIt helps engineers and managers:\n\n- make plans\n\n"
            "## How does it work?\n\nWe sort behaviours into levels.\n\n## Things to keep in mind\n\n"
            "- It is no checklist\n") in written
    assert "**Ownership**" not in written and "# Ownership\n" not in written
    assert written.index("- **Version:**") < written.index("## About our framework")


def test_short_sentences_of_a_plain_text_description_are_no_headings(render, write):
    """A motto in quotes, an exclamation, or a line that holds a question
    and its answer is a sentence, however short: not a section's title."""
    intro = ("\u201cMove fast and fix things.\u201d\n\nWe ship small changes.\n\nWelcome to the ladder!\n\n"
             "Read it with your manager.\n\nQuestions? Ask in the channel\n\nWe answer within a day.")
    framework = MINIMAL.replace("organisation:", f"description: {json.dumps(intro)}\norganisation:")
    page = parse(render(write("plain.yaml", framework)) / "acme-backend" / "index.html")
    [described] = page.find_all("div", "description")
    assert [e.tag for e in described.children if not isinstance(e, str)] == ["p"] * 6


def test_web_addresses_in_texts_are_links(render, write):
    framework = MINIMAL.replace("I deliver my tasks on time", "I follow Effective Go (https://go.dev/doc/effective_go).")
    framework = framework.replace("organisation:", 'description: "See www.acme.io/guide, then ask.\n\nMore."\norganisation:')
    site = render(write("linked.yaml", framework))
    page = parse(site / "acme-backend" / "index.html")
    links = {(a.attrs.get("href"), squeeze(a.text)) for a in page.find_all("a")}
    assert ("https://go.dev/doc/effective_go", "https://go.dev/doc/effective_go") in links
    assert ("https://www.acme.io/guide", "www.acme.io/guide") in links
    assert page_statements(site / "acme-backend" / "index.html") == [
        "I follow Effective Go (https://go.dev/doc/effective_go)."]
    markdown = render(write("linked.yaml", framework), options=("--format", "markdown"))
    written = (markdown / "acme-backend.md").read_text()
    assert "[https://go.dev/doc/effective\\_go](https://go.dev/doc/effective_go))." in written


def test_a_web_address_keeps_the_brackets_it_holds_in_pairs(render, write):
    # As GitHub links them: brackets in pairs are the address's, one that closes an aside is not, nor a full stop.
    wiki = "https://en.wikipedia.org/wiki/Bus_factor_(software)"
    framework = MINIMAL.replace("I deliver my tasks on time", f"I know the bus factor ({wiki}) and {wiki}.")
    site = render(write("linked.yaml", framework))
    page = parse(site / "acme-backend" / "index.html")
    assert {a.attrs.get("href") for a in page.find_all("a") if "wikipedia" in a.attrs.get("href", "")} == {wiki}
    assert page_statements(site / "acme-backend" / "index.html") == [f"I know the bus factor ({wiki}) and {wiki}."]
    markdown = render(write("linked.yaml", framework), options=("--format", "markdown"))
    written = (markdown / "acme-backend.md").read_text()
    link = "[https://en.wikipedia.org/wiki/Bus\\_factor\\_(software)](https://en.wikipedia.org/wiki/Bus_factor_%28software%29)"
    assert f"I know the bus factor ({link}) and {link}." in written


def test_every_text_shows_its_paragraphs_and_lists_the_same_way_on_every_page(render, write):
    """A note, a reason, a summary in the grid's list of levels, an
    omitted level's reason: laid out as a description is, numbered lists
    as ordered lists, never flattened with their bullets as text."""
    texts = {"description": "Read:\n1. first\n2. second", "summary": "I deliver tasks.\n\nI ask for help:\n- early\n- often",
             "note": "A note.\n\n- item one\n- item two\n\n3. third\n4. fourth", "reason": "Not yet:\n- one\n- two",
             "omitted": "Gone:\n1. a\n2. b"}
    text = {name: json.dumps(value) for name, value in texts.items()}
    framework = MINIMAL.replace("organisation:", f"description: {text['description']}\norganisation:")
    framework = framework.replace("summary: Delivers well-scoped tasks", f"summary: {text['summary']}")
    framework = framework.replace("        - I deliver my tasks on time", f"""        statements:
          - I deliver my tasks on time
        note: {text['note']}
""")
    framework += f"  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        not_applicable: {text['reason']}\n"
    framework = framework.replace("levels:\n", f"omitted_levels:\n  - id: IC0\n    reason: {text['omitted']}\nlevels:\n")
    site = render(write("laid-out.yaml", framework))
    grid = parse(site / "acme-backend" / "index.html")

    def layout(element):
        return [(e.tag, e.attrs.get("start"), squeeze(e.text)) for e in element.children if not isinstance(e, str)]

    note = [("p", None, "Note: A note."), ("ul", None, "item oneitem two"), ("ol", "3", "thirdfourth")]
    for page in (grid, parse(site / "acme-backend" / "levels" / "IC1.html")):
        [shown] = page.find_all("div", "note")
        assert layout(shown) == note
    for page in (grid, parse(site / "acme-backend" / "levels" / "IC2.html")):
        # IC2 is above IC1's statements of a cumulative framework: 'Nothing new at this level' stands before the reason.
        [reason] = page.find_all("div", "na")
        assert layout(reason) == [("p", None, "Not yet:"), ("ul", None, "onetwo")]
    [description] = grid.find_all("div", "description")
    assert layout(description) == [("p", None, "Read:"), ("ol", None, "firstsecond")]
    [summary] = grid.find_all("ol", "level-list")[0].find_all("div", "paragraphs")
    assert layout(summary) == [("p", None, "I deliver tasks."), ("p", None, "I ask for help:"), ("ul", None, "earlyoften")]
    [omitted] = grid.find_all("ul", "omitted")[0].find_all("div", "paragraphs")
    assert layout(omitted) == [("p", None, "Gone:"), ("ol", None, "ab")]
    markdown = (render(write("laid-out.yaml", framework), options=("--format", "markdown")) / "acme-backend.md").read_text()
    assert "Read:\n\n1. first\n2. second\n" in markdown
    assert "*Note:* A note.<br>• item one<br>• item two<br>3. third<br>4. fourth" in markdown


def test_text_blocks_reads_bullets_and_numbers_as_people_type_them():
    assert text_blocks("Steps:\n3. plan\n4. ship\n   it\n- aside\n\n- more\n\nDone.") == [
        TextBlock(["Steps:"]), TextBlock(["plan", "ship it"], True, 3), TextBlock(["aside", "more"], True),
        TextBlock(["Done."]),
    ]


def test_row_headers_hold_the_competency_name_only(render, write):
    """A screen reader says a cell's row header with every cell: the header
    is the name; the description is beside it, described by it."""
    framework = MINIMAL.replace("        name: Impact", "        name: Impact\n        description: What changes because of you")
    framework = framework.replace("dimensions:\n", "dimensions:\n") + "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        - I lead\n"
    grid = parse(render(write("described.yaml", framework)) / "acme-backend" / "index.html")
    [header] = grid.find_all("th", scope="row")
    assert squeeze(header.text) == "Impact"
    [about] = [e for e in grid.iter() if e.attrs.get("id") == header.attrs["aria-describedby"]]
    # Said as what it is, to a screen reader too.
    assert squeeze(about.text) == "About this competency: What changes because of you"
    assert about.tag == "td" and "What changes" not in squeeze(header.text)
    # The level cells still sit in the header's row, under their levels.
    [row] = grid.find_all("tr", "competency")
    assert [td.attrs["id"] for td in row.find_all("td", "cell")] == ["cell-IC1-impact", "cell-IC2-impact"]


def test_a_statement_s_opening_label_is_shown_as_a_label(render, write):
    """A statement that opens with a label ("Mentorship - I mentor ...",
    "Code review: ...") shows it as one, bold, in every list of statements
    (the grid, a level's page, two levels side by side, Markdown): the labels
    the differ pairs a level's statements by. A word that says when or how
    often ("Weekly:"), or a label already in Markdown emphasis, is left as
    written; the statement's text reads as written."""
    statements = [
        "Mentorship - I mentor new joiners in my team",
        "Code review: I review my team's changes within a day",
        "Weekly: I share what I shipped",
        "I do two things: I plan and I deliver",
        "**Testing:** I write tests",
    ]
    listed = "".join(f"        - {json.dumps(text)}\n" for text in statements)
    framework = MINIMAL.replace("        - I deliver my tasks on time\n", listed) \
        + "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        - I lead\n"
    source = write("labels.yaml", framework)
    site = render(source)
    pages = [site / "acme-backend" / "index.html", site / "acme-backend" / "levels" / "IC1.html",
             next((site / "acme-backend" / "compare").glob("*.html"))]
    for page in pages:
        assert [text for text in page_statements(page) if text != "I lead"] == [squeeze(text) for text in statements], page
        labels = [squeeze(e.text) for e in parse(page).find_all("strong", "topic")]
        assert labels == ["Mentorship", "Code review"], page
    markdown = render(source, options=("--format", "markdown"))
    text = (markdown / "acme-backend.md").read_text(encoding="utf-8")
    assert "**Mentorship** - I mentor new joiners" in text
    assert "**Code review**: I review" in text
    assert "**Weekly" not in text


# -- level pages -------------------------------------------------------------------------


def test_level_pages_say_what_is_new_compared_with_the_level_below(render, cli):
    site = render(FEATURES)
    page = parse(site / "globex-platform" / "levels" / "P2.html")
    headings = [squeeze(h.text) for h in page.iter() if h.tag in ("h1", "h2", "h3", "h4")]
    # The page names the framework and the level: the notes' headings are short.
    assert "What is new at Platform Engineer II" in headings
    [comparison] = page.find_all("section", "comparison")
    sections = [squeeze(h.text) for h in comparison.iter() if h.tag in ("h3", "h4")]
    assert sections and all("Platform Engineer II" not in h for h in sections), sections
    added = squeeze(comparison.text)
    assert "Compared with Platform Engineer I, the level below." in added
    assert "I design services that degrade gracefully" in added
    # The changes of `ladderlint diff --levels`, less the wording fixes.
    notes = cli("diff", "--levels", "P1", "P2", "--format", "markdown", str(FEATURES)).output
    assert "I design services that degrade gracefully" in notes and "In short:" in added
    assert "Globex Engineering Ladder" not in added
    first = parse(site / "globex-platform" / "levels" / "P1.html")
    assert "Platform Engineer I is the first level of this ladder." in squeeze(first.text)


LISTED = MINIMAL + (
    "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n"
    '        - "I join the on-call rota:\\n\\n- first item\\n- second item\\n\\nand I hand it over"\n'
)


def test_what_is_new_shows_a_statements_lists_as_the_grid_does(render, write):
    """A statement with a list reads the same in what is new at its level
    as in the grid: its items a list, not run into one line."""
    site = render(write("listed.yaml", LISTED))
    level = parse(site / "acme-backend" / "levels" / "IC2.html")
    [comparison] = level.find_all("section", "comparison")
    [item] = [li for li in comparison.find_all("li") if "on-call rota" in li.text and li.find_all("ul")]
    assert [squeeze(li.text) for li in item.find_all("ul")[0].find_all("li")] == [
        "first item", "second item", "and I hand it over"]
    assert " - first item" not in squeeze(comparison.text)
    [statement] = [li for li in level.find_all("li", "statement") if "on-call rota" in li.text]
    assert [squeeze(li.text) for li in statement.find_all("ul")[0].find_all("li")] == ["first item", "second item"]
    markdown = (render(write("listed.yaml", LISTED), options=("--format", "markdown")) / "acme-backend.md").read_text()
    # One competency: the item is not labelled with it.
    assert "- I join the on-call rota:\n  - first item\n  - second item\n  - and I hand it over\n" in markdown


def test_a_level_page_counts_the_expectations_it_lists_once(render, write):
    """A competency that starts to apply with a statement is one expectation,
    listed once; the summary and the proficiency are said apart from them."""
    two = MINIMAL.replace("      impact:\n        - I deliver my tasks on time\n",
                          "      impact:\n        proficiency: learning\n        statements:\n"
                          "          - I deliver my tasks on time\n      mentoring:\n"
                          "        not_applicable: Mentoring starts at IC2.\n").replace(
        "      - id: impact\n        name: Impact\n",
        "      - id: impact\n        name: Impact\n      - id: mentoring\n        name: Mentoring\n")
    two += ("  - id: IC2\n    title: Engineer II\n    summary: Delivers features on their own\n    competencies:\n"
            "      impact:\n        proficiency: practising\n        statements:\n"
            "          - I deliver features on my own\n"
            "      mentoring:\n        - I mentor one engineer\n")
    two = two.replace("version: \"1.0.0\"\n", "version: \"1.0.0\"\nproficiency_scale: [learning, practising]\n")
    site = render(write("two.yaml", two))
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    text = squeeze(comparison.text)
    assert "In short: 2 new or higher expectations, a higher proficiency in 1 competency " \
           "and a new summary." in text
    assert "Mentoring: I mentor one engineer" in text and "now applies" not in text


def test_levels_listed_out_of_order_are_shown_lowest_first(cli, tmp_path):
    """IC3 listed before IC2: the grid's columns and the comparisons with
    the level below follow the ladder, and the command says so."""
    text = FEATURES.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["levels"].reverse()
    source = tmp_path / "reversed.yaml"
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    run = cli("render", str(source), "-o", str(tmp_path / "site"))
    assert run.exit_code == 0, run.stderr
    assert f"ladderlint: warning: {source} lists its levels out of order (P2, P1); they are read lowest first " \
           "(P1, P2)" in run.stderr
    [table] = parse(tmp_path / "site" / "globex-platform" / "index.html").find_all("table", "grid")
    columns = [squeeze(th.text) for th in table.find_all("th", scope="col")]
    assert columns == ["Competency", "Platform Engineer I P1", "Platform Engineer II P2"]
    page = parse(tmp_path / "site" / "globex-platform" / "levels" / "P2.html")
    headings = [squeeze(h.text) for h in page.iter() if h.tag in ("h1", "h2", "h3", "h4")]
    assert "What is new at Platform Engineer II" in headings


def test_a_level_that_asks_for_nothing_new_says_so_in_words(render, write):
    """A level the differ finds no change in (a grade of pay over the same
    expectations) says, in words and by the levels' titles, that nothing is
    new, on its page, on the page of every level and in the Markdown."""
    same = MINIMAL + "  - id: IC2\n    title: Engineer II\n    summary: Delivers well-scoped tasks\n" \
        "    competencies:\n      impact:\n        - I deliver my tasks on time\n"
    source = write("same.yaml", same)
    site = render(source)
    expected = "Nothing is new at Engineer II: it asks for what Engineer I asks for."
    for page in (site / "acme-backend" / "levels" / "IC2.html", site / "acme-backend" / "all-levels.html"):
        [comparison] = [s for s in parse(page).find_all("section", "comparison") if s.attrs["id"] == "level-IC2-new"]
        headings = [squeeze(h.text) for h in comparison.iter() if h.tag in ("h2", "h3")]
        assert headings == ["What is new at Engineer II"], page
        assert squeeze(comparison.text) == "What is new at Engineer II " + expected, page
    markdown = (render(source, options=("--format", "markdown")) / "acme-backend.md").read_text(encoding="utf-8")
    assert expected in markdown and "no changes" not in markdown


def test_level_pages_lead_to_the_changelog(render):
    """An engineer on a level finds what changed lately from the level's page."""
    site = render(FEATURES)
    page = parse(site / "globex-platform" / "levels" / "P2.html")
    [nav] = page.find_all("nav", "level-nav")
    assert "../changelog.html" in [a.attrs["href"] for a in nav.find_all("a")]


def test_a_name_that_says_its_track_titles_the_pages_with_the_track_once(render, write):
    named = MINIMAL.replace("name: Acme Engineering Career Framework", "name: 'Acme Careers: Backend Engineer'")
    assert named != MINIMAL and "track: Backend Engineer" in named
    named += "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        - I deliver features\n"
    site = render(write("named.yaml", named))
    every = parse(site / "acme-backend" / "all-levels.html")
    [h1] = every.find_all("h1")
    assert squeeze(h1.text) == "Acme Careers: Backend EngineerEvery level"
    for page in (site / "acme-backend" / "levels").glob("*.html"):
        assert "Backend Engineer, Backend Engineer" not in squeeze(parse(page).text)


def test_level_pages_link_their_neighbours(render):
    site = render(FEATURES)
    p1 = parse(site / "globex-platform" / "levels" / "P1.html")
    assert [a.attrs["href"] for a in p1.find_all("a", rel="next")] == ["../levels/P2.html"]
    assert p1.find_all("a", rel="prev") == []
    p2 = parse(site / "globex-platform" / "levels" / "P2.html")
    assert [a.attrs["href"] for a in p2.find_all("a", rel="prev")] == ["../levels/P1.html"]


def test_headings_are_in_order_on_every_page(render):
    site = render(FEATURES, *shipped_frameworks())
    for page in sorted(site.rglob("*.html")):
        levels = [int(e.tag[1]) for e in parse(page).iter() if e.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and levels.count(1) == 1, page
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, (page, levels)


def test_level_ids_that_differ_only_in_case_get_their_own_pages(render, write):
    twin = MINIMAL + """\
  - id: ic1
    title: Engineer I again
    competencies:
      impact:
        - I deliver my tasks on time and help others
"""
    site = render(write("twin.yaml", twin))
    pages = sorted(p.name for p in (site / "acme-backend" / "levels").iterdir())
    assert pages == ["IC1.html", "ic1-2.html"]


# -- the whole site ----------------------------------------------------------------------


def test_every_link_resolves_offline(render):
    site = render(FEATURES, *shipped_frameworks(), options=("--with-findings",))
    anchors: dict[str, set[str]] = {}
    for page in sorted(site.rglob("*.html")):
        for target, fragment in local_links(page):
            assert "://" not in target, (page, target)  # nothing from the network
            assert Path(target).is_file(), (page, target)
            if fragment:
                if target not in anchors:
                    anchors[target] = {e.attrs["id"] for e in parse(Path(target)).iter() if "id" in e.attrs}
                assert fragment in anchors[target], (page, target, fragment)


def test_same_input_same_bytes_in_any_order(render):
    files = [FEATURES, *shipped_frameworks()]
    one = render(*files)
    two = render(*reversed(files))
    first = {p.relative_to(one): p.read_bytes() for p in sorted(one.rglob("*")) if p.is_file()}
    second = {p.relative_to(two): p.read_bytes() for p in sorted(two.rglob("*")) if p.is_file()}
    assert first == second


def test_pages_read_without_scripts(render):
    site = render(FEATURES)
    page = (site / "globex-platform" / "index.html").read_text()
    # The filter box is shown by its script; without it, nothing is hidden but the box.
    tree = parse(page)
    box = tree.find_all("div", id="filter-box")[0]
    assert "hidden" in box.attrs
    assert [e for e in tree.iter() if "hidden" in e.attrs] == [box]
    assert '<script src="../assets/filter.js"></script>' in page


def test_with_findings_shows_each_finding_where_it_is(render):
    site = render(FEATURES, options=("--with-findings",))
    page = parse(site / "globex-platform" / "index.html")
    placeholder = cell(site, "P1", "testing")
    assert "LL406" in squeeze(placeholder.find_all("li", "statement")[0].text)
    assert "LL403" in squeeze(cell(site, "P2", "mentoring").text)
    [listing] = page.find_all("ul", "findings-all")
    codes = sorted(squeeze(e.text) for e in listing.find_all(cls="code"))
    # P2 has no entry for testing, which P1 assesses: LL401 says so, and LL206 not again.
    assert codes == ["LL205", "LL401", "LL402", "LL403", "LL405", "LL406", "LL510"]
    unlisted = [li for li in listing.find_all("li") if "LL405" in li.text][0]
    assert [a.attrs["href"] for a in unlisted.find_all("a")] == ["#competency-mentoring"]
    index = squeeze(parse(site / "index.html").text)
    assert "7 findings" in index


def test_code_in_ladderlint_messages_is_code_on_the_page_not_backticks(tmp_path):
    """A finding says names as a terminal shows them, in backticks: on the
    page they are code, wherever the finding is shown."""
    from ladderlint.findings import Finding, Severity
    from ladderlint.render import RenderOptions, render as render_site

    def check(paths):  # type: ignore[no-untyped-def]
        return [Finding(str(FEATURES), 1, 1, "LL512", "spelling", Severity.WARNING,
                        "add it to a file accept.txt in the folder the `vocabulary` setting names <here>"),
                Finding(str(FEATURES), 1, 1, "LL512", "spelling", Severity.WARNING, "a `statement",
                        doc_path=("levels", 0))]

    out = tmp_path / "site"
    render_site([str(FEATURES)], RenderOptions(str(out), with_findings=True, check=check))
    codes = 0
    for page in ("globex-platform/index.html", "globex-platform/levels/P1.html"):
        messages = parse(out / page).find_all("span", "message")
        assert messages, page
        for message in messages:
            assert "`" not in message.text or squeeze(message.text) == "a `statement", page
        shown = [m for m in messages if "vocabulary" in m.text]
        for message in shown:
            assert [squeeze(c.text) for c in message.find_all("code")] == ["vocabulary"]
            assert squeeze(message.text).endswith("setting names <here>")
            codes += 1
    assert codes


def test_without_findings_no_finding_is_shown(render):
    site = render(FEATURES)
    assert parse(site / "globex-platform" / "index.html").find_all(cls="finding") == []


# -- Markdown ------------------------------------------------------------------------------


def test_markdown_has_a_table_per_dimension_and_every_statement(render):
    site = render(*shipped_frameworks(), options=("--format", "markdown"))
    assert sorted(p.name for p in site.iterdir()) == sorted([".ladderlint-render-markdown", *(f"{f.stem}.md" for f in shipped_frameworks())])
    for file in shipped_frameworks():
        import yaml

        data = yaml.safe_load(file.read_text())
        text = (site / f"{data['id']}.md").read_text()
        # A label a statement opens with is bold ("**Craft** - I ..."): the text reads as written without it.
        unbolded = text.replace("**", "")
        for statement in statements_of(file):
            assert markdown_escape(statement) in unbolded, statement
        headers = [line for line in text.splitlines() if line.startswith("| Competency |")]
        assert len(headers) == len(data["dimensions"])
        # A column per level, named by its title.
        for line in headers:
            columns = [c.strip() for c in line.strip("|").split(" | ")][1:]
            assert len(columns) == len(data["levels"])
            assert all(c.startswith(markdown_escape(lv["title"])) for c, lv in zip(columns, data["levels"]))


def test_markdown_cells_stay_on_one_table_row(render):
    site = render(FEATURES, options=("--format", "markdown"))
    text = (site / "globex-platform.md").read_text()
    [row] = [line for line in text.splitlines() if line.startswith("| **Testing**")]
    # The pipe in the statement is escaped, so the row keeps its three cells.
    assert row == "| **Testing** | • I write \\<unit\\> tests for my code \\| always | *Not described at this level* |"
    reviewed = (render(FEATURES, options=("--format", "markdown", "--with-findings")) / "globex-platform.md").read_text()
    assert "| **Missing** |" in reviewed
    assert "[blast radius](#glossary)\\*" in text
    assert "#### What is new at Platform Engineer II\n\nCompared with Platform Engineer I, the level below." in text


# -- templates --------------------------------------------------------------------------------


def test_templates_directory_replaces_shipped_templates_by_name(render, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "level.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>Level {{ level.id }} of {{ fw.name }}</h1>{% endblock %}'
    )
    (templates / "assets").mkdir()
    (templates / "assets" / "ladderlint.css").write_text("body { color: black; }\n")
    site = render(FEATURES, options=("--templates", str(templates)))
    assert "<h1>Level P1 of Globex Engineering Ladder</h1>" in (site / "globex-platform" / "levels" / "P1.html").read_text()
    assert (site / "assets" / "ladderlint.css").read_text() == "body { color: black; }\n"
    assert 'class="grid"' in (site / "globex-platform" / "index.html").read_text()  # still shipped


@pytest.mark.parametrize(
    "template, message",
    [
        ("{% block content %}{% endif %}", "level.html:1: template error"),
        # An error while rendering says where too: the file and the line.
        ("<h1>\n{{ level.no_such_thing }}</h1>",
         "{templates}/level.html:2: template error: LevelView has no attribute 'no_such_thing'\n"),
        ("<h1>\n\n{{ no_such_name }}</h1>", "{templates}/level.html:3: template error: 'no_such_name' is undefined\n"),
        ("caf\u00e9".encode("cp1252"),
         "{templates}/level.html:1:4: template file is not valid UTF-8: byte 0xe9 cannot be decoded"),
        ("{{ level.id }}".encode("utf-16"), "{templates}/level.html:1:1: template file is encoded as UTF-16"),
    ],
)
def test_a_broken_template_is_an_error_that_names_it(cli, tmp_path, template, message):
    templates = tmp_path / "templates"
    templates.mkdir()
    if isinstance(template, bytes):
        (templates / "level.html").write_bytes(template)
    else:
        (templates / "level.html").write_text(template)
    result = cli("render", str(FEATURES), "-o", str(tmp_path / "out"), "--templates", str(templates))
    assert result.exit_code == 2
    assert message.format(templates=templates) in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("option", ["--output", "--templates"])
def test_an_empty_folder_is_a_usage_error(cli, tmp_path, option):
    options = {"--output": str(tmp_path / "out"), "--templates": str(tmp_path)}
    options[option] = ""
    result = cli("render", str(FEATURES), *(word for pair in options.items() for word in pair))
    assert result.exit_code == 2
    assert f"{option}': an empty path names no file or folder" in result.stderr and "Usage:" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_template_can_extend_the_shipped_one_of_its_own_name(render, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "level.html").write_text(
        '{% extends "ladderlint/level.html" %}{% block title %}Ours: {{ super() }}{% endblock %}'
    )
    site = render(FEATURES, options=("--templates", str(templates)))
    page = (site / "globex-platform" / "levels" / "P1.html").read_text()
    assert "<title>Ours: " in page and 'class="comparison"' in page  # the shipped page, its title ours


@pytest.mark.parametrize("template", ['{% extends "level.html" %}', '{% include "level.html" %}'])
def test_a_template_that_uses_itself_is_a_plain_error(cli, tmp_path, template):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "level.html").write_text(template)
    result = cli("render", str(FEATURES), "-o", str(tmp_path / "out"), "--templates", str(templates))
    assert result.exit_code == 2, result.stderr
    assert "template level.html:" in result.stderr and 'ladderlint/level.html' in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_templates_directory_must_exist(cli, tmp_path):
    result = cli("render", str(FEATURES), "-o", str(tmp_path / "out"), "--templates", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "no such directory of templates" in result.stderr


def test_a_render_removes_the_pages_it_wrote_before_and_no_longer_writes(cli, write, tmp_path):
    """A framework deleted from the repository disappears from the site
    rendered again into the same folder; files the render never wrote stay."""
    write("fw/one.yaml", MINIMAL)
    write("fw/two.yaml", MINIMAL.replace("id: acme-backend", "id: acme-frontend"))
    out = tmp_path / "site"
    first = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert first.exit_code == 0, first.stderr
    assert (out / "acme-frontend" / "index.html").is_file()
    (out / "CNAME").write_text("ladder.example.com\n")  # the user's own file
    (out / "acme-frontend" / "notes.txt").write_text("mine\n")  # in a folder the render made
    (tmp_path / "fw" / "two.yaml").unlink()
    second = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert second.exit_code == 0, second.stderr
    assert "stale file" in second.stderr and "of an earlier render removed" in second.stderr
    assert not (out / "acme-frontend" / "index.html").exists()
    assert (out / "acme-frontend" / "notes.txt").read_text() == "mine\n"
    assert (out / "CNAME").is_file() and (out / "acme-backend" / "index.html").is_file()
    assert "acme-frontend" not in (out / "index.html").read_text()
    third = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert "removed" not in third.stderr  # nothing stale the second time


def test_frameworks_rendered_one_at_a_time_into_one_folder_all_stay(cli, write, tmp_path):
    """A loop that renders each file into the site in turn keeps every
    framework's pages; a level taken out of one removes only its page."""
    one = write("fw/one.yaml", MINIMAL)
    two = write("fw/two.yaml", MINIMAL.replace("id: acme-backend", "id: acme-frontend"))
    out = tmp_path / "site"
    for path in (one, two):
        result = cli("render", str(path), "-o", str(out))
        assert result.exit_code == 0, result.stderr
        assert "removed" not in result.stderr
    assert (out / "acme-backend" / "index.html").is_file() and (out / "acme-frontend" / "index.html").is_file()
    pages = sorted(p.name for p in (out / "acme-frontend" / "levels").iterdir())
    two.write_text(MINIMAL.replace("id: acme-backend", "id: acme-frontend").replace("  - id: IC1", "  - id: E1"))
    result = cli("render", str(two), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "1 stale file of an earlier render removed" in result.stderr
    assert sorted(p.name for p in (out / "acme-frontend" / "levels").iterdir()) != pages
    assert (out / "acme-backend" / "index.html").is_file()
    one.rename(tmp_path / "fw" / "renamed.yaml")  # its old pages: of a file that is gone
    result = cli("render", str(tmp_path / "fw" / "renamed.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert (out / "acme-backend" / "index.html").is_file() and (out / "acme-frontend" / "index.html").is_file()


def test_the_index_lists_every_framework_rendered_into_the_folder_one_at_a_time(cli, write, tmp_path):
    """A loop over the files keeps every framework in the index, whatever
    the order of the loop; two files with one id both keep their pages."""
    one = write("fw/one.yaml", MINIMAL)
    two = write("fw/two.yaml", MINIMAL.replace("id: acme-backend", "id: acme-frontend").replace(
        "Backend Engineer", "Frontend Engineer"))
    twin = write("fw/twin.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "2.0.0"'))
    indexes = []
    for order in ((one, two, twin), (twin, two, one)):
        out = tmp_path / f"site{len(indexes)}"
        for path in order:
            result = cli("render", str(path), "-o", str(out))
            assert result.exit_code == 0, result.stderr
        index = parse(out / "index.html")
        links = sorted(a.attrs["href"] for a in index.find_all("a") if a.attrs["href"].endswith("/index.html"))
        assert len(set(links)) == 3, links
        for href in set(links):
            assert (out / href).is_file()
        # Listed under their organisation, the two with one id and name by their track.
        # (Each link says which to a screen reader, as the list says: by its version.)
        assert sorted(shown_text(h) for h in index.find_all("h3")).count("Backend Engineer") == 2
        assert sorted(squeeze(h.text) for h in index.find_all("h3") if "Backend" in h.text) == [
            "Backend Engineer (version 1.0.0)", "Backend Engineer (version 2.0.0)"]
        metas = [p for p in index.find_all("p", "meta") if "family" not in p.attrs["class"]]
        versions = {re.search(r"version (\d[\d.]*\d)", squeeze(p.text)).group(1) for p in metas}  # type: ignore[union-attr]
        assert versions == {"1.0.0", "2.0.0"}
        indexes.append([squeeze(p.text) for p in index.find_all("p", "meta")])
    assert indexes[0] == indexes[1]
    # A file that is gone leaves the index with its pages.
    two.unlink()
    assert cli("render", str(one), "-o", str(tmp_path / "site0")).exit_code == 0
    assert "Frontend" not in (tmp_path / "site0" / "index.html").read_text()


def test_a_framework_rendered_again_through_a_link_to_its_folder_is_the_same_framework(cli, write, tmp_path):
    write("fw/one.yaml", MINIMAL)
    (tmp_path / "link").symlink_to(tmp_path / "fw", target_is_directory=True)
    out = tmp_path / "site"
    for folder in ("fw", "link"):
        result = cli("render", str(tmp_path / folder / "one.yaml"), "-o", str(out))
        assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["acme-backend", "assets"]
    assert len(parse(out / "index.html").find_all("h3")) == 1


def test_html_and_markdown_rendered_into_one_folder_live_side_by_side(cli, write, tmp_path):
    write("fw/one.yaml", MINIMAL)
    out = tmp_path / "site"
    for options in ((), ("--format", "markdown"), (), ("--format", "markdown")):
        result = cli("render", str(tmp_path / "fw"), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        assert "removed" not in result.stderr
    assert (out / "index.html").is_file() and (out / "acme-backend" / "index.html").is_file()
    assert (out / "acme-backend.md").is_file()


def test_a_file_the_render_did_not_write_is_never_replaced_unless_asked(cli, write, tmp_path):
    write("fw/one.yaml", MINIMAL)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("<p>our own home page</p>\n")
    result = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert result.exit_code == 2
    assert str(out / "index.html") in result.stderr and "--overwrite" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "index.html").read_text() == "<p>our own home page</p>\n"
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]  # nothing written
    result = cli("render", str(tmp_path / "fw"), "-o", str(out), "--overwrite")
    assert result.exit_code == 0, result.stderr
    assert "our own home page" not in (out / "index.html").read_text()
    # Pages that hold what would be written lose nothing: a site whose list of files is lost renders again.
    for manifest in out.glob(".ladderlint-render*"):
        manifest.unlink()
    assert cli("render", str(tmp_path / "fw"), "-o", str(out)).exit_code == 0


def test_a_render_that_fails_partway_lists_the_pages_it_wrote_so_the_next_one_replaces_them(cli, write, tmp_path):
    source = write("fw/one.yaml", MINIMAL)
    out = tmp_path / "site"
    assert cli("render", str(source.parent), "-o", str(out)).exit_code == 0
    # A file where the level pages' folder must go: the pages before it are written, then the render fails.
    shutil.rmtree(out / "acme-backend" / "levels")
    (out / "acme-backend" / "levels").write_text("in the way\n")
    source.write_text(MINIMAL.replace("on time", "on time, every time"), encoding="utf-8")
    result = cli("render", str(source.parent), "-o", str(out))
    assert result.exit_code == 2 and "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert "every time" in (out / "acme-backend" / "index.html").read_text(encoding="utf-8")  # written
    (out / "acme-backend" / "levels").unlink()
    source.write_text(MINIMAL.replace("on time", "on time, each time"), encoding="utf-8")
    result = cli("render", str(source.parent), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "each time" in (out / "acme-backend" / "levels" / "IC1.html").read_text(encoding="utf-8")


def test_a_page_changed_by_hand_since_it_was_written_is_neither_replaced_nor_removed(cli, write, tmp_path):
    write("fw/one.yaml", MINIMAL)
    two = write("fw/two.yaml", MINIMAL.replace("id: acme-backend", "id: acme-frontend"))
    out = tmp_path / "site"
    assert cli("render", str(tmp_path / "fw"), "-o", str(out)).exit_code == 0
    grid = out / "acme-backend" / "index.html"
    grid.write_text(grid.read_text() + "<!-- our note -->\n")
    result = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert result.exit_code == 2 and str(grid) in result.stderr and "changed since" in result.stderr
    assert grid.read_text().endswith("<!-- our note -->\n")
    assert cli("render", str(tmp_path / "fw"), "-o", str(out), "--overwrite").exit_code == 0
    assert "our note" not in grid.read_text()
    # A page of a framework that is gone, changed by hand: kept, and said.
    level = out / "acme-frontend" / "levels" / "IC1.html"
    level.write_text("<p>kept</p>\n")
    two.unlink()
    result = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert level.read_text() == "<p>kept</p>\n" and f"{level}: changed since" in result.stderr
    assert not (out / "acme-frontend" / "index.html").exists()
    assert "acme-frontend/levels/IC1.html" not in (out / ".ladderlint-render-html").read_text()


def test_a_site_listed_by_an_earlier_ladderlint_keeps_its_files_in_both_formats(cli, write, tmp_path):
    """An earlier ladderlint listed both formats' files in `.ladderlint-render`:
    each format takes its own from it, and the old list goes once empty."""
    write("fw/one.yaml", MINIMAL)
    out = tmp_path / "site"
    for options in ((), ("--format", "markdown")):
        assert cli("render", str(tmp_path / "fw"), "-o", str(out), *options).exit_code == 0
    legacy = out / ".ladderlint-render"
    legacy.write_text("".join(  # as it was: each file and its framework file
        "\t".join(line.split("\t")[:2]) + "\n"
        for name in ("html", "markdown") for line in (out / f".ladderlint-render-{name}").read_text().splitlines()
        if not line.startswith("#")))
    for name in ("html", "markdown"):
        (out / f".ladderlint-render-{name}").unlink()
    (out / "acme-backend" / "index.html").write_text("changed since\n")  # listed: the render's own
    result = cli("render", str(tmp_path / "fw"), "-o", str(out), "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    assert legacy.is_file() and "acme-backend.md" not in legacy.read_text()
    result = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert not legacy.exists() and (out / "acme-backend.md").is_file()
    assert "changed since" not in (out / "acme-backend" / "index.html").read_text()


def test_a_render_removes_no_file_outside_its_output_whatever_its_list_says(cli, write, tmp_path):
    write("fw/one.yaml", MINIMAL)
    outside = write("precious.txt", "keep\n")
    out = tmp_path / "site"
    assert cli("render", str(tmp_path / "fw"), "-o", str(out)).exit_code == 0
    listed = out / ".ladderlint-render-html"
    listed.write_text(listed.read_text() + "../precious.txt\n/etc/hostname\n")
    result = cli("render", str(tmp_path / "fw"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert outside.read_text() == "keep\n"
    assert "removed" not in result.stderr


# -- bad input ----------------------------------------------------------------------------------


def test_a_file_that_is_not_a_valid_framework_is_reported_with_its_place(cli, write, tmp_path):
    bad = write("bad.yaml", MINIMAL.replace("    title: Engineer I\n", ""))
    also = write("also.yaml", "ladderlint: 1\nid: [\n")
    result = cli("render", str(bad), str(also), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "2 files cannot be rendered" in result.stderr
    assert "LL101" in result.stderr and "LL003" in result.stderr
    assert str(bad) in result.stderr and str(also) in result.stderr
    assert not (tmp_path / "out").exists()


def test_other_yaml_named_explicitly_is_an_error(cli, write, tmp_path):
    result = cli("render", str(write("ci.yml", "on: push\n")), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "is not a ladderlint framework" in result.stderr


def test_a_framework_that_lost_its_marker_in_a_directory_is_an_error_not_left_out(cli, write, tmp_path):
    write("fw/good.yaml", MINIMAL)
    write("fw/lost.yaml", MINIMAL.replace("ladderlint: 1\n", ""))
    write("fw/other.yaml", "jobs: {}\n")  # other YAML of the folder: skipped
    result = cli("render", str(tmp_path / "fw"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'fw' / 'lost.yaml'} is not a ladderlint framework" in result.stderr
    assert "other.yaml" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("broken", "counted"), [
    ("ladderlint: 1\nname: [\n", "1 framework checked, 1 file could not be read as a framework."),
    ("ladderlint: 1\nid: x\n", "2 frameworks checked."),  # read, and not valid
])
def test_files_that_cannot_be_rendered_are_counted_as_check_counts_them(cli, write, tmp_path, broken, counted):
    write("fw/good.yaml", MINIMAL)
    write("fw/broken.yaml", broken)
    rendered = cli("render", str(tmp_path / "fw"), "-o", str(tmp_path / "out"))
    assert rendered.exit_code == 2
    assert rendered.stderr.rstrip().endswith(counted)
    assert cli("check", str(tmp_path / "fw")).output.rstrip().endswith(counted)


@pytest.mark.parametrize("content", ["", "\n  \n"])
def test_an_empty_file_named_explicitly_is_called_empty_as_check_calls_it(cli, write, tmp_path, content):
    empty = write("empty.yaml", content)
    rendered = cli("render", str(empty), "-o", str(tmp_path / "out"))
    checked = cli("check", str(empty))
    assert (rendered.exit_code, checked.exit_code) == (2, 2)
    assert f"{empty}: file is empty; expected a ladderlint framework" in rendered.stderr
    assert "LL005" in checked.output and "file is empty; expected a ladderlint framework" in checked.output
    assert not (tmp_path / "out").exists()


def test_a_directory_without_frameworks_is_an_error(cli, write, tmp_path):
    write("docs/ci.yml", "on: push\n")
    result = cli("render", str(tmp_path / "docs"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "no framework found" in result.stderr


def test_a_missing_path_is_an_error(cli, tmp_path):
    result = cli("render", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr


def test_an_output_that_cannot_be_written_is_an_error(cli, write, tmp_path):
    blocker = write("out/globex-platform", "a file where a directory must go")
    result = cli("render", str(FEATURES), "-o", str(blocker.parent))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_configuration_exclude_applies_to_directories(cli, write, tmp_path):
    write("fw/a.yaml", MINIMAL)
    write("fw/drafts/b.yaml", MINIMAL.replace("acme-backend", "acme-draft"))
    write(".ladderlint.yaml", "exclude: [drafts]\n")
    out = tmp_path / "out"
    result = cli("render", "fw", "-o", str(out), cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert (out / "acme-backend").is_dir() and not (out / "acme-draft").exists()


# -- the differ's Markdown as HTML --------------------------------------------------------------


def test_a_hash_after_a_tab_heads_nothing_as_commonmark_reads_it():
    """Up to three spaces may come before a heading's '#'; a tab starts a
    block of code instead, as every Markdown reader and the import take it."""
    assert markdown_to_html("\t# Tabbed\n\n   # Spaced\n") == "<p># Tabbed</p>\n<h1>Spaced</h1>\n"

def test_notes_markdown_becomes_html():
    html = markdown_to_html("# What changes\n\n**In short:** one\nchange.\n\n## IC3\n\n- **Impact:** a ~~b~~ **c**\n- plain\n")
    assert html == (
        "<h1>What changes</h1>\n<p><strong>In short:</strong> one change.</p>\n<h2>IC3</h2>\n"
        "<ul>\n<li><strong>Impact:</strong> a "
        '<del><span class="visually-hidden">removed: </span>b</del> '
        '<ins><span class="visually-hidden">added: </span>c</ins></li>\n<li>plain</li>\n</ul>\n'
    )


def test_code_and_links_in_notes_become_html_and_escaped_backticks_stay_text():
    html = markdown_to_html("(`ladderlint diff --levels a b` lists it; [what is new at A\\*](levels/a.html#new); \\`x\\`)\n")
    assert html == (
        '<p>(<code>ladderlint diff --levels a b</code> lists it; '
        '<a href="levels/a.html#new">what is new at A*</a>; `x`)</p>\n'
    )


def test_a_summary_the_notes_quote_whole_is_emphasis_not_stars():
    # The differ quotes a new level's summary in *...*; escaped stars stay text.
    html = markdown_to_html("A new level.\n\n*I shape how \\*the\\* industry builds*\n")
    assert html == "<p>A new level.</p>\n<p><em>I shape how *the* industry builds</em></p>\n"


def test_reworded_statements_say_which_words_were_removed_and_added(render, write):
    # A screen reader reads the markup, not the look: removed and added
    # words are <del> and <ins>, each led by a hidden word that says which.
    reworded = MINIMAL + (
        "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n"
        "        - I deliver my projects on time and coach others\n"
    )
    site = render(write("reworded.yaml", reworded))
    page = (site / "acme-backend" / "levels" / "IC2.html").read_text(encoding="utf-8")
    [comparison] = parse(page).find_all("section", "comparison")
    assert [squeeze(d.text) for d in comparison.find_all("del")] == ["removed: tasks"]
    assert [squeeze(i.text) for i in comparison.find_all("ins")] == ["added: projects", "added: and coach others"]
    assert [squeeze(s.text) for s in comparison.find_all("span", "visually-hidden")] == ["removed:", "added:", "added:"]
    assert "<strong>projects" not in page
    # Labels stay strong (the one competency's name is none: it would lead every item).
    assert [squeeze(s.text) for s in comparison.find_all("strong")] == ["In short:"]
    css = (site / "assets" / "ladderlint.css").read_text(encoding="utf-8")
    assert ".visually-hidden {" in css and "clip-path: inset(50%)" in css


def test_notes_escapes_are_text_and_html_is_escaped():
    assert inline(markdown_escape("I *lead* <b>teams</b> ~~now~~ a\\b")) == (
        "I *lead* &lt;b&gt;teams&lt;/b&gt; ~~now~~ a\\b"
    )
    assert inline("**open") == "<strong>open</strong>"


def test_every_corpus_document_that_imports_renders_every_statement(cli, render, tmp_path):
    """Whatever `ladderlint import` makes of the public corpora renders whole."""
    from conftest import CORPORA

    documents = sorted(
        p for p in CORPORA.rglob("*")
        if p.suffix in (".md", ".html", ".txt") and not p.name.lower().startswith("licen") and p.parent != CORPORA
    )
    imported = tmp_path / "imported"
    imported.mkdir()
    files = []
    for i, document in enumerate(documents):
        target = imported / f"{i:03}.yaml"
        if cli("import", str(document), "--org", f"Org {i}", "-o", str(target)).exit_code == 0:
            files.append(target)
    assert len(files) >= 10, len(files)  # Monzo's tracks and Codecademy import today
    site = render(imported)
    shown = sorted(s for page in site.glob("*/index.html") for s in page_statements(page))
    assert shown == sorted(squeeze(s) for file in files for s in statements_of(file))


# -- credits, where the pages say they come from, level titles ------------------------------------


def test_credits_are_shown_with_their_links(render, write):
    credited = MINIMAL.replace(
        "dimensions:",
        "credits:\n  - Inspired by the Foo Ladder\n  - text: Adapted from the Bar ladder (CC BY)\n"
        "    url: https://example.org/bar_(ladder)\ndimensions:", 1,
    )
    file = write("credited.yaml", credited)
    page = parse(render(file) / "acme-backend" / "index.html")
    [section] = [s for s in page.find_all("section") if s.attrs.get("aria-labelledby") == "credits"]
    items = section.find_all("li")
    assert [squeeze(li.text) for li in items] == ["Inspired by the Foo Ladder", "Adapted from the Bar ladder (CC BY)"]
    assert items[0].find_all("a") == []
    assert [a.attrs["href"] for a in items[1].find_all("a")] == ["https://example.org/bar_(ladder)"]
    assert "#credits" in [a.attrs["href"] for a in page.find_all("a")]
    markdown = (render(file, options=("--format", "markdown")) / "acme-backend.md").read_text(encoding="utf-8")
    assert "## Credits\n\n- Inspired by the Foo Ladder\n" in markdown
    assert "- [Adapted from the Bar ladder (CC BY)](https://example.org/bar_%28ladder%29)\n" in markdown


def test_a_framework_without_credits_has_no_credits_section(render):
    page = parse(render(FEATURES) / "globex-platform" / "index.html")
    assert all(s.attrs.get("aria-labelledby") != "credits" for s in page.find_all("section"))


def every_file(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("markdown", [False, True])
def test_pages_name_files_from_the_folder_that_holds_them_however_typed(cli, write, tmp_path, monkeypatch, markdown):
    # Not in git: from the folder that holds every file rendered.
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    write("work/ladders/acme.yaml", MINIMAL)
    write("work/ladders/more/globex.yaml", FEATURES.read_text(encoding="utf-8"))
    options = ("--format", "markdown") if markdown else ()
    sites = []
    for cwd, path in [(tmp_path / "work", "ladders"), (tmp_path / "work", str(tmp_path / "work" / "ladders")),
                      (tmp_path / "work" / "ladders" / "more", "..")]:
        out = tmp_path / f"out{len(sites)}"
        assert cli("render", path, "-o", str(out), "--with-findings", *options, cwd=cwd).exit_code == 0
        sites.append(every_file(out))
    assert sites[0] == sites[1] == sites[2]
    # The pages name files as the folder holds them; the list of the files written, by where they are from.
    text = b"".join(data for name, data in sites[0].items() if ".ladderlint-render" not in str(name))
    assert str(tmp_path) not in text.decode("utf-8") and "/ladders/" not in text.decode("utf-8")
    assert "acme.yaml" in text.decode("utf-8") and "more/globex.yaml" in text.decode("utf-8")
    listed = next(data for name, data in sites[0].items() if ".ladderlint-render" in str(name))
    assert str(tmp_path) not in listed.decode("utf-8")


def test_pages_name_files_from_the_top_of_their_git_repository(cli, write, tmp_path, monkeypatch):
    import shutil as which

    if which.which("git") is None:
        pytest.skip("git is needed")
    from test_diff_git import git

    repo = tmp_path / "repo"
    write("repo/frameworks/acme.yaml", MINIMAL)
    git(repo, "init", "-q")
    outs = []
    for cwd, path in [(repo, "frameworks/acme.yaml"), (repo / "frameworks", "acme.yaml"),
                      (tmp_path, str(repo / "frameworks" / "acme.yaml"))]:
        out = tmp_path / f"out{len(outs)}"
        assert cli("render", path, "-o", str(out), cwd=cwd).exit_code == 0
        outs.append(every_file(out))
    assert outs[0] == outs[1] == outs[2]
    page = outs[0]["acme-backend/index.html"].decode("utf-8")
    assert "from frameworks/acme.yaml." in page
    assert str(tmp_path) not in b"".join(outs[0].values()).decode("utf-8")


SLUGGED = MINIMAL.replace("  - id: IC1\n    title: Engineer I\n", "  - id: engineer-1\n    title: Engineer 1\n") + (
    "  - id: senior-engineer-2\n    title: Senior Engineer 2\n    competencies:\n      impact:\n"
    "        - I deliver my projects on time\n"
)


def test_levels_are_called_by_their_title_and_an_id_that_only_spells_it_is_not_shown(render, write):
    site = render(write("slugged.yaml", SLUGGED))
    grid = parse(site / "acme-backend" / "index.html")
    columns = [squeeze(th.text) for th in grid.find_all("th", scope="col")]
    assert columns == ["Competency", "Engineer 1", "Senior Engineer 2"]
    level = parse(site / "acme-backend" / "levels" / "senior-engineer-2.html")
    [h1] = level.find_all("h1")
    assert squeeze(h1.text).startswith("Senior Engineer 2") and "senior-engineer-2" not in h1.text
    [breadcrumb] = level.find_all("ol", "breadcrumb")
    assert squeeze(breadcrumb.find_all("li")[-1].text) == "Senior Engineer 2"
    links = [squeeze(a.text) for a in level.find_all("a")]
    assert "Lower: Engineer 1" in links and "What is new at Senior Engineer 2" in links
    markdown = (render(write("slugged.yaml", SLUGGED), options=("--format", "markdown")) / "acme-backend.md")
    text = markdown.read_text(encoding="utf-8")
    assert "| Competency | Engineer 1 | Senior Engineer 2 |" in text and "### Senior Engineer 2\n" in text


def test_a_level_code_people_say_is_shown_small_beside_the_title(render):
    site = render(FEATURES)
    level = parse(site / "globex-platform" / "levels" / "P2.html")
    [h1] = level.find_all("h1")
    assert [squeeze(s.text) for s in h1.find_all("span", "level-id")] == ["(P2)"]
    grid = parse(site / "globex-platform" / "index.html")
    [header] = [th for th in grid.find_all("th", scope="col") if "P2" in th.text]
    assert squeeze(header.find_all("a")[0].text) == "Platform Engineer II"
    assert squeeze(header.find_all("span", "level-id")[0].text) == "P2"


@pytest.mark.parametrize("level_id, title, shown", [
    ("L1", "Level 1", False),  # Monzo's levels: the id is the title's number written short
    ("SE-2", "Senior Engineer 2", False),
    ("IC3", "Individual Contributor 3", False),
    ("IC3", "Engineer 3", True),  # letters the title does not say
    ("L1", "Level 10", True),  # another number
    ("TL", "Tech Lead", True),  # no number: a code people say
    ("senior", "S\u00eanior", False),  # the title spelt in ASCII letters, as ids are
    ("engenheiro-senior-2", "Engenheiro S\u00eanior 2", False),
    ("ES-2", "Engenheiro S\u00eanior 2", False),
    # An id made of words is no code people read, whatever the title's script: named by the title, as diff does.
    ("senior", "\uc2dc\ub2c8\uc5b4", False),
    ("staff-engineer", "Staff Software Engineer", False),  # a key written from the title it had
    ("SDE-II", "Software Engineer II", True),
])
def test_an_id_whose_numbers_and_letters_the_title_holds_is_not_repeated(render, write, level_id, title, shown):
    text = MINIMAL.replace("  - id: IC1\n    title: Engineer I\n", f"  - id: {level_id}\n    title: {title}\n")
    site = render(write("levels.yaml", text))
    grid = parse(site / "acme-backend" / "index.html")
    [header] = [th for th in grid.find_all("th", scope="col") if title in th.text]
    assert [squeeze(s.text) for s in header.find_all("span", "level-id")] == ([level_id] if shown else [])


def test_a_level_retitled_shows_no_key_written_from_its_former_title(render, write):
    """A level whose id was written from the title it had ("staff-engineer",
    now "Staff Software Engineer") is known by its title alone, on its page,
    in the index and on the all-levels page, as `ladderlint diff` names it;
    a code people read (IC3) is still shown beside its title."""
    text = MINIMAL.replace("  - id: IC1\n    title: Engineer I\n", "  - id: staff-engineer\n    title: Staff Software Engineer\n")
    site = render(write("levels.yaml", text)) / "acme-backend"
    [h1] = parse(site / "levels" / "staff-engineer.html").find_all("h1")
    assert squeeze(h1.text).startswith("Staff Software Engineer") and "staff-engineer" not in h1.text
    for page in ("index.html", "all-levels.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert "(staff-engineer)" not in html and "Staff Software Engineer" in html, page
    shown = render(write("codes.yaml", MINIMAL.replace("  - id: IC1\n    title: Engineer I\n",
                                                       "  - id: IC3\n    title: Staff Software Engineer\n")))
    [h1] = parse(shown / "acme-backend" / "levels" / "IC3.html").find_all("h1")
    assert [squeeze(s.text) for s in h1.find_all("span", "level-id")] == ["(IC3)"]


def test_frameworks_keep_their_order_and_names_however_their_paths_are_typed(cli, write, tmp_path, monkeypatch):
    """Two frameworks with one id get `<id>` and `<id>-2` by their files,
    not by how each path was typed (relative or absolute), and a file named
    twice is rendered once."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    write("work/a/acme.yaml", MINIMAL)
    write("work/b/acme.yaml", MINIMAL.replace('version: "1.0.0"', 'version: "2.0.0"'))
    assert 'version: "1.0.0"' in MINIMAL
    sites = []
    for paths in (["a", str(tmp_path / "work" / "b")], [str(tmp_path / "work" / "a"), "b"],
                  ["a", "b", str(tmp_path / "work" / "a" / "acme.yaml")]):
        out = tmp_path / f"out{len(sites)}"
        assert cli("render", *paths, "-o", str(out), cwd=tmp_path / "work").exit_code == 0
        sites.append(every_file(out))
    assert sites[0] == sites[1] == sites[2]
    assert "1.0.0" in sites[0]["acme-backend/index.html"].decode("utf-8")
    assert "2.0.0" in sites[0]["acme-backend-2/index.html"].decode("utf-8")
    assert "acme-backend-3/index.html" not in sites[2]


def test_a_level_page_title_names_its_track(render, write):
    """Tabs and bookmarks of two tracks' levels of one organisation's
    framework ("Engineer I") tell the tracks apart."""
    site = render(write("acme.yaml", MINIMAL))
    [title] = parse(site / "acme-backend" / "levels" / "IC1.html").find_all("title")
    assert squeeze(title.text) == "Engineer I: Acme Engineering Career Framework: Backend Engineer"


def test_the_index_tells_frameworks_of_one_name_apart_by_their_files(render, write):
    """Two revisions of one framework (or two copies) have one title: the
    list of frameworks says which file each is."""
    site = render(write("old/acme.yaml", MINIMAL), write("new/acme.yaml", MINIMAL))
    index = parse(site / "index.html")
    entries = index.find_all("ul", "framework-list")[0].find_all("li")
    # Under the name they share, said once, each by its track.
    assert squeeze(index.find_all("p", "family")[0].text) == "Acme Engineering Career Framework, by track:"
    assert [shown_text(e.find_all("h3")[0]) for e in entries] == ["Backend Engineer"] * 2
    # Their links have names of their own, to a screen reader's list of links.
    assert [squeeze(e.find_all("h3")[0].text) for e in entries] == \
        ["Backend Engineer (new/acme.yaml)", "Backend Engineer (old/acme.yaml)"]
    assert [[squeeze(c.text) for c in e.find_all("code")] for e in entries] == [["new/acme.yaml"], ["old/acme.yaml"]]


def test_level_pages_say_what_each_dimension_and_competency_is_about(render):
    """A reader of one level meets a competency by its name: its description
    ("Systems that keep working.") follows the name, as in the grid."""
    site = render(FEATURES)

    def after(page: Path, heading: str) -> str:
        element = next(e for e in parse(page).iter() if e.tag in ("h2", "h3", "h4") and squeeze(e.text) == heading)
        siblings = [c for c in element.parent.children if not isinstance(c, str)]
        return squeeze(siblings[siblings.index(element) + 1].text)

    for page in (site / "globex-platform" / "levels" / "P1.html", site / "globex-platform" / "all-levels.html"):
        assert after(page, "Craft") == "How we build.", page
        assert after(page, "Reliability") == "About this competency: Systems that keep working.", page


def test_level_pages_say_which_version_of_the_framework_they_show(render, write):
    """A printed level (its page, or every level on one) says which version
    it is, as the grid's facts do: printed copies outlive the site."""
    site = render(write("acme.yaml", MINIMAL.replace('version: "1.0.0"\n', 'version: "1.4.0"\neffective: "2026-01-05"\n')))
    for page in (site / "acme-backend" / "levels" / "IC1.html", site / "acme-backend" / "all-levels.html"):
        main = parse(page).find_all("main")[0]
        assert [squeeze(p.text) for p in main.find_all("p", "version")] == ["Version 1.4.0, in effect from 2026-01-05."]


def test_a_level_page_leads_to_what_the_next_level_adds(render):
    """An engineer reading their level asks what changes at the next one:
    the page links straight to the next level's comparison with theirs."""
    site = render(FEATURES)
    p1 = parse(site / "globex-platform" / "levels" / "P1.html")
    [nav] = p1.find_all("nav", "level-nav")
    links = {squeeze(a.text): a.attrs["href"] for a in nav.find_all("a")}
    assert links["What is new at Platform Engineer II"] == "../levels/P2.html#level-P2-new"
    # In the ladder's order, the site's own links after it. The lowest
    # level has nothing new: no link to a section that only says so.
    assert [text.split(":")[0] for text in links] == [
        "Higher", "What is new at Platform Engineer II", "All levels in the grid", "What changed lately (changelog)",
    ]
    assert squeeze(nav.find_all("li")[0].text) == "Lowest level"
    p2 = parse(site / "globex-platform" / "levels" / "P2.html")
    assert "level-P2-new" in {e.attrs.get("id") for e in p2.iter()}
    [nav] = p2.find_all("nav", "level-nav")
    assert [a.attrs["href"] for a in nav.find_all("a") if "levels/" in a.attrs["href"]] == ["../levels/P1.html"]
    assert {squeeze(a.text): a.attrs["href"] for a in nav.find_all("a")}["What is new at Platform Engineer II"] \
        == "#level-P2-new"


def test_the_index_lists_each_organisations_frameworks_together(render, write):
    """An organisation's tracks are found together, under its name, however
    their files are spread."""
    site = render(write("a/acme.yaml", MINIMAL), write("b/globex.yaml", FEATURES.read_text(encoding="utf-8")),
                  write("c/acme.yaml", MINIMAL.replace("track: Backend Engineer", "track: Frontend Engineer")))
    index = parse(site / "index.html")
    [main] = index.find_all("main")
    groups = [(squeeze(s.find_all("h2")[0].text), [squeeze(h.text) for h in s.find_all("h3")]) for s in main.find_all("section")]
    assert groups == [
        ("Acme", ["Backend Engineer", "Frontend Engineer"]),  # under the name they share, said once
        ("Globex", ["Globex Engineering Ladder: Platform Engineer"]),
    ]


def test_ids_made_from_other_ids_are_unique_on_every_page(render, write):
    """A competency `impact-about` beside `impact` (whose description's id
    is made from its own), or a level `senior-new` beside `senior` (whose
    comparison's id is): each id once, so that links and descriptions read
    by screen readers lead to the right place."""
    framework = MINIMAL.replace(
        "        name: Impact\n",
        "        name: Impact\n        description: What changes because of my work.\n"
        "      - id: impact-about\n        name: Impact, explained\n",
    ) + "  - id: IC1-new\n    title: Engineer I (new scheme)\n    competencies:\n      impact:\n        - I deliver projects\n"
    assert "impact-about" in framework
    site = render(write("acme.yaml", framework))
    for page in sorted(site.rglob("*.html")):
        ids = [e.attrs["id"] for e in parse(page).iter() if "id" in e.attrs]
        assert len(ids) == len(set(ids)), (page, sorted(i for i in ids if ids.count(i) > 1))
    grid = parse(site / "acme-backend" / "index.html")
    [header] = [th for th in grid.find_all("th", scope="row") if squeeze(th.text) == "Impact"]
    [about] = [e for e in grid.iter() if e.attrs.get("id") == header.attrs["aria-describedby"]]
    assert squeeze(about.text) == "About this competency: What changes because of my work."


def test_markdown_shows_every_text_as_written_once_read_as_markdown(render, write):
    """The Markdown read by a Markdown reader (GitHub's is CommonMark with
    tables) shows each text as written: an entity such as `&copy;` or
    `&#169;` stays those characters, as markup does."""
    from html import unescape

    from markdown_it import MarkdownIt

    written = ["I follow R&amp;D rules, &copy; and &#169; too", "I write <b>html</b> & *stars* _under_ `tick` # hash | pipe"]
    framework = MINIMAL.replace("        - I deliver my tasks on time\n", "".join(f"        - {json.dumps(s)}\n" for s in written))
    site = render(write("acme.yaml", framework), options=("--format", "markdown"))
    html = MarkdownIt("commonmark").enable("table").render((site / "acme-backend.md").read_text(encoding="utf-8"))
    cells = [unescape(" ".join(re.sub(r"<[^>]+>", "", c).split())) for c in re.findall(r"<td>(.*?)</td>", html)]
    for statement in written:
        assert any(statement in cell for cell in cells), (statement, cells)


def test_a_glossary_definition_shows_its_paragraphs_and_lists(render, write):
    """A definition is a text like any other: its list is a list, in the
    glossary as everywhere, and a term it marks links to its entry."""
    framework = MINIMAL.replace(
        "dimensions:\n",
        "glossary:\n  toil: \"Work a machine could do.\\n\\nFor example:\\n- manual deploys\\n- paging for noise*\"\n"
        "  noise: Alerts nobody acts on.\ndimensions:\n",
    )
    site = render(write("acme.yaml", framework))
    [glossary] = parse(site / "acme-backend" / "index.html").find_all("dl", "glossary")
    [definition] = [dd for dd in glossary.find_all("dd") if squeeze(dd.parent.find_all("dt")[0].text) == "toil"]
    assert [squeeze(li.text) for li in definition.find_all("li")] == ["manual deploys", "paging for noise*"]
    assert [a.attrs["href"] for a in definition.find_all("a", "term")] == ["index.html#term-noise"]
    markdown = (render(write("acme.yaml", framework), options=("--format", "markdown")) / "acme-backend.md").read_text()
    assert "- **toil:** Work a machine could do.<br>For example:<br>• manual deploys<br>• paging for [noise](#glossary)\\*\n" in markdown


def test_a_source_that_is_a_web_address_is_a_link(render, write):
    """`source: https://…` says where the text comes from: a reader follows
    it from the foot of the page (and of the Markdown); a source in words
    stays words."""
    address = "https://example.org/careers/engineering_(2024)"
    framework = MINIMAL.replace("dimensions:\n", f"source: {address}\ndimensions:\n")
    site = render(write("acme.yaml", framework))
    [source] = parse(site / "acme-backend" / "index.html").find_all("p", "source")
    assert [(a.attrs["href"], squeeze(a.text)) for a in source.find_all("a")] == [(address, address)]
    markdown = (render(write("acme.yaml", framework), options=("--format", "markdown")) / "acme-backend.md").read_text()
    assert "Source: [https://example.org/careers/engineering\\_(2024)](https://example.org/careers/engineering_%282024%29). " in markdown
    words = parse(render(write("words.yaml", MINIMAL.replace("dimensions:\n", "source: the wiki page, chapter 2\ndimensions:\n")))
                  / "acme-backend" / "index.html")
    [source] = words.find_all("p", "source")
    assert squeeze(source.text) == "Source: the wiki page, chapter 2" and source.find_all("a") == []


def test_the_source_and_the_file_are_at_the_foot_of_the_page_not_its_head(render, write):
    """Readers of the grid first meet what the framework says: where it was
    written from (an import's documents) and its file are at the foot of
    the page, the documents each once, one a line, folded when there are
    many."""
    names = [f"ic{n}_software_engineer.html" for n in range(1, 6)]
    listed = ", ".join(names + names[:2])  # a document named twice is listed once
    site = render(write("acme.yaml", MINIMAL.replace("dimensions:\n", f"source: {listed}\ndimensions:\n")))
    page = parse(site / "acme-backend" / "index.html")
    [facts] = page.find_all("dl", "facts")
    # (One level: nothing to say of how levels build on each other.)
    assert [squeeze(dt.text) for dt in facts.find_all("dt")] == ["Organisation", "Version"]
    assert "ic1_software_engineer.html" not in page.find_all("main")[0].text
    [footer] = page.find_all("footer")
    [folded] = footer.find_all("details", "source")
    assert squeeze(folded.find_all("summary")[0].text) == "Source: 5 documents"
    assert [squeeze(li.text) for li in folded.find_all("li")] == names
    assert "acme.yaml" in footer.text
    markdown = (render(write("acme.yaml", MINIMAL.replace("dimensions:\n", f"source: {listed}\ndimensions:\n")),
                       options=("--format", "markdown")) / "acme-backend.md").read_text()
    head, foot = markdown.split("\n---\n")
    assert "ic1\\_software" not in head and "acme.yaml`" not in head
    assert foot.count("ic1\\_software\\_engineer.html") == 1 and "File: `acme.yaml`." in foot
    # Two or three documents are one line.
    site = render(write("acme.yaml", MINIMAL.replace("dimensions:\n", "source: a.html, b.html\ndimensions:\n")))
    [footer] = parse(site / "acme-backend" / "index.html").find_all("footer")
    assert [squeeze(p.text) for p in footer.find_all("p", "source")] == ["Source: a.html, b.html"]
    assert footer.find_all("details") == []


def test_a_finding_about_a_level_links_to_the_level_page_that_shows_it(render, write):
    """The grid shows no level's findings (its columns hold cells): the list
    of findings leads to the level's page, where the finding is shown."""
    site = render(write("acme.yaml", MINIMAL.replace("    summary: Delivers well-scoped tasks\n", "")),
                  options=("--with-findings",))
    [listing] = parse(site / "acme-backend" / "index.html").find_all("ul", "findings-all")
    [about_level] = [li for li in listing.find_all("li") if "LL404" in li.text]
    [href] = [a.attrs["href"] for a in about_level.find_all("a")]
    assert href == "levels/IC1.html#level-IC1"
    level = parse(site / "acme-backend" / "levels" / "IC1.html")
    assert "level-IC1" in {e.attrs.get("id") for e in level.iter()}
    assert any("LL404" in li.text for li in level.find_all("li", "finding"))


def test_findings_name_other_files_as_the_pages_do_however_typed(cli, write, tmp_path, monkeypatch):
    """A finding that names another file ("id 'acme-backend' is also used
    by b/acme.yaml") names it as the pages name files: never by the
    machine's path, and the same however the paths were typed."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    write("work/a/acme.yaml", MINIMAL)
    write("work/b/acme.yaml", MINIMAL)
    sites = []
    for paths in (["a", "b"], [str(tmp_path / "work" / "a"), str(tmp_path / "work" / "b")]):
        out = tmp_path / f"out{len(sites)}"
        assert cli("render", *paths, "-o", str(out), "--with-findings", cwd=tmp_path / "work").exit_code == 0
        sites.append(every_file(out))
    text = b"".join(sites[1].values()).decode("utf-8")
    assert str(tmp_path) not in text
    assert "also used by b/acme.yaml" in text
    assert sites[0] == sites[1]


def test_a_long_description_does_not_hide_that_the_grid_is_below(render, write):
    """An imported introduction can fill screens: the links to the page's
    parts (the grid among them) come under the title, before it."""
    introduction = "\n\n".join(f"    Paragraph {n} of the introduction." for n in range(30))
    framework = MINIMAL.replace("organisation:", f"description: |\n{introduction}\norganisation:", 1)
    page = parse(render(write("acme.yaml", framework)) / "acme-backend" / "index.html")
    [main] = page.find_all("main")
    order = [e for e in main.iter() if e.tag == "h1" or "description" in e.classes or "on-this-page" in e.classes]
    assert [e.tag for e in order] == ["h1", "nav", "div"], [e.tag for e in order]
    [nav] = main.find_all("nav", "on-this-page")
    assert "#grid" in [a.attrs["href"] for a in nav.find_all("a")]


def test_a_line_may_break_after_a_slash_between_two_words(render, write):
    """'ideas/approaches' in a narrow column of the grid: a place to break
    after the slash, which browsers do not give, so the pair is not cut
    inside a word; what the page says is unchanged."""
    path = write("f.yaml", MINIMAL.replace("I deliver my tasks on time",
                                           "I weigh ideas/approaches and read https://example.com/a & b"))
    page = (render(path) / "acme-backend" / "index.html").read_text(encoding="utf-8")
    assert "ideas/<wbr>approaches" in page and "example.com/<wbr>a</a> &amp; b" in page
    assert "I weigh ideas/approaches and read https://example.com/a & b" in page_statements(
        render(path) / "acme-backend" / "index.html")


def test_the_markdown_pages_comment_names_its_file_as_written(render, write):
    """The comment at the top of a Markdown page is no Markdown: the file's
    name is not escaped there ('cols_csv.yaml', not 'cols\\_csv.yaml'), and
    a '--' in it cannot end the comment early."""
    site = render(write("cols_csv--v2.yaml", MINIMAL), options=("--format", "markdown"))
    first = (site / "acme-backend.md").read_text(encoding="utf-8").split("\n", 1)[0]
    assert "cols_csv-" in first and "\\_" not in first
    assert first.startswith("<!--") and first.endswith("-->") and first.count("--") == 2


def test_what_is_new_lists_what_it_counts_and_no_example_as_lower(render, write):
    """What is new at a level: a statement that the level says with an
    example, in place of words naming both ends of a range, asks no less; a
    statement written the same up to capitals is nothing new, neither
    listed nor counted; every count is of what is listed."""
    two = MINIMAL.replace(
        "        - I deliver my tasks on time\n",
        "        - I deliver my tasks on time\n"
        "        - I weigh the impact and risk of my changes in the short and long-term\n"
        "        - I champion good Virtual First practices\n")
    two += ("  - id: IC2\n    title: Engineer II\n    summary: Delivers well-scoped tasks\n    competencies:\n"
            "      impact:\n        - I deliver my projects on time\n"
            "        - I weigh the impact and risk of my changes (e.g. choosing a more iterative approach while "
            "keeping the long term in view)\n"
            "        - I champion good virtual first practices\n")
    site = render(write("two.yaml", two))
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    text = squeeze(comparison.text)
    sections = [squeeze(h.text) for h in comparison.iter() if h.tag == "h3"]
    assert sections == ["New or higher"], text
    assert "In short: 1 new or higher expectation." in text
    assert "iterative" not in text and "Virtual First" not in text and "wording" not in text
    assert "Acme Engineering Career Framework" not in text  # the page says it, above
    [items] = [ul for ul in comparison.find_all("ul")]
    assert len(items.find_all("li")) == 1


def test_two_frameworks_of_one_track_link_to_each_other_by_version_or_file(render, write):
    """Two revisions or copies of one track in a site (next year's ladder
    beside this year's): each one's pages link to the other by its version,
    or where they share one, by its file; not by the track alone, a link of
    the page's own name. (The index says each one's version and file.)"""
    current = write("current/backend.yaml", MINIMAL)
    frontend = write("frontend.yaml", MINIMAL.replace("acme-backend", "acme-frontend")
                     .replace("Backend Engineer", "Frontend Engineer"))
    draft = write("draft/backend.yaml", MINIMAL.replace("id: acme-backend", "id: acme-backend-next")
                  .replace('version: "1.0.0"', 'version: "2.0.0"'))
    site = render(current, draft, frontend)
    [others] = parse(site / "acme-backend" / "index.html").find_all("div", "other-tracks")
    assert [squeeze(a.text) for a in others.find_all("a")] == ["Backend Engineer (version 2.0.0)", "Frontend Engineer"]
    [others] = parse(site / "acme-frontend" / "levels" / "IC1.html").find_all("nav", "other-tracks")
    assert [squeeze(a.text) for a in others.find_all("a")] == [
        "Backend Engineer (version 1.0.0)", "Backend Engineer (version 2.0.0)"]
    copy = write("copy/backend.yaml", MINIMAL.replace("id: acme-backend", "id: acme-backend-copy"))
    site = render(current, copy)
    [others] = parse(site / "acme-backend" / "index.html").find_all("div", "other-tracks")
    assert [squeeze(a.text) for a in others.find_all("a")] == ["Backend Engineer (copy/backend.yaml)"]


def test_the_index_groups_tracks_by_organisation_and_pages_link_to_the_other_tracks(render, write, tmp_path):
    """A manager comparing tracks: the index heads each organisation (A to
    Z, a list to jump to one), names its shared framework once and each
    track by its name; a framework's pages name the organisation in the
    breadcrumb, and its grid links to the organisation's other tracks."""
    backend = MINIMAL.replace("name: Acme Engineering Career Framework\n",
                              "name: \"Acme Engineering Career Framework: Backend Engineer\"\n")
    frontend = backend.replace("acme-backend", "acme-frontend").replace("Backend Engineer", "Frontend Engineer")
    globex = MINIMAL.replace("acme-backend", "globex-backend").replace("  name: Acme\n", "  name: Globex\n").replace(
        "Acme Engineering Career Framework", "Globex Ladder")
    files = [write("globex.yaml", globex), write("b/frontend.yaml", frontend), write("a/backend.yaml", backend)]
    site = render(*files)
    index = parse(site / "index.html")
    [jump] = index.find_all("nav", "organisations-nav")
    assert [(a.attrs["href"], squeeze(a.text)) for a in jump.find_all("a")] == [
        ("#organisation-Acme", "Acme"), ("#organisation-Globex", "Globex")]
    sections = index.find_all("section", "organisation")
    assert [squeeze(s.find_all("h2")[0].text) for s in sections] == ["Acme", "Globex"]
    assert [s.find_all("h2")[0].attrs["id"] for s in sections] == ["organisation-Acme", "organisation-Globex"]
    assert [squeeze(h.text) for h in sections[0].find_all("h3")] == ["Backend Engineer", "Frontend Engineer"]
    # Said once to the eye (each link's own words for a screen reader are hidden).
    hidden = sum(squeeze(h.text).count("Acme Engineering Career Framework")
                 for h in index.find_all("span", "visually-hidden"))
    assert squeeze(index.text).count("Acme Engineering Career Framework") - hidden == 1
    assert [squeeze(h.text) for h in sections[1].find_all("h3")] == ["Globex Ladder: Backend Engineer"]
    for page in ("index.html", "levels/IC1.html", "all-levels.html", "changelog.html"):
        [crumbs] = parse(site / "acme-backend" / page).find_all("ol", "breadcrumb")
        links = crumbs.find_all("a")
        assert [squeeze(a.text) for a in links[:3]] == ["Career frameworks", "Acme", "Backend Engineer"], page
        assert links[1].attrs["href"].endswith("index.html#organisation-Acme"), page
    [others] = parse(site / "acme-backend" / "index.html").find_all("div", "other-tracks")
    assert [(a.attrs["href"], squeeze(a.text)) for a in others.find_all("a")] == [
        ("../acme-frontend/index.html", "Frontend Engineer")]
    assert not parse(site / "globex-backend" / "index.html").find_all("div", "other-tracks")
    # A level's page links to the same level of the other tracks.
    [others] = parse(site / "acme-backend" / "levels" / "IC1.html").find_all("nav", "other-tracks")
    assert squeeze(others.text) == "This level in the other tracks at Acme: Frontend Engineer."
    assert [a.attrs["href"] for a in others.find_all("a")] == ["../../acme-frontend/levels/IC1.html"]
    # The same pages whatever the order the files are named in.
    again = render(*reversed(files))
    assert (again / "index.html").read_bytes() == (site / "index.html").read_bytes()
    # Tracks of no shared name: listed by track, each with its name.
    data = globex.replace("globex-backend", "globex-data").replace("Globex Ladder", "Globex Data Ladder").replace(
        "track: Backend Engineer", "track: Data Engineer")
    site = render(*files, write("globex-data.yaml", data))
    [globex_section] = [s for s in parse(site / "index.html").find_all("section", "organisation")
                        if squeeze(s.find_all("h2")[0].text) == "Globex"]
    assert not globex_section.find_all("p", "family")
    entries = globex_section.find_all("ul", "framework-list")[0].find_all("li")
    assert [squeeze(e.find_all("h3")[0].text) for e in entries] == ["Backend Engineer", "Data Engineer"]
    assert squeeze(entries[1].find_all("p", "meta")[0].text).startswith("Globex Data Ladder: Data Engineer. In globex-data.yaml, version")
