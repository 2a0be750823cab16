"""`ladderlint render`: what the views made for comparing levels (the
grid, two levels side by side, the Markdown's "All levels side by side")
show, what "What is new at a level" leaves out, what a render says of the
framework's check errors, and what the printable pages say of licence and
credits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from render_helpers import parse, squeeze
from test_render_browser import browser, js, open_page  # noqa: F401 - browser: a fixture

#: Levels that introduce a dimension in words of their own (as Dropbox's
#: Craft paragraph per level), one level without.
INTRODUCED = """\
ladderlint: 1
id: introco
name: Intro Co Ladder
track: Engineer
version: 1.0.0
organisation: {name: Intro Co}
cumulative: false
licence: CC-BY-4.0 Intro Co
credits:
  - text: Adapted from the Intro Co handbook
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: testing, name: Testing}
  - id: impact
    name: Impact
    competencies:
      - {id: scope, name: Scope}
levels:
  - id: E1
    title: Engineer 1
    dimensions:
      craft: I write code that works | and learn to test it.
    competencies:
      testing: [I write unit tests for my changes.]
      scope: [I deliver tasks my lead scopes.]
  - id: E2
    title: Engineer 2
    dimensions:
      craft: I consistently deliver high-quality code.
    competencies:
      testing: [I write unit and integration tests for my changes.]
      scope: [I deliver projects I scope myself.]
  - id: E3
    title: Engineer 3
    competencies:
      testing: [I set how my team tests its code.]
      scope: [I deliver projects across teams.]
"""

E1_INTRO = "I write code that works | and learn to test it."
E2_INTRO = "I consistently deliver high-quality code."
NONE = "No introduction at this level"


@pytest.fixture
def render(cli, tmp_path):
    def run(text: str, *options: str, name: str = "fw.yaml") -> tuple[Path, str]:
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        out = tmp_path / "out"
        result = cli("render", str(source), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out, result.stderr

    return run


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return squeeze(element.text)


def test_the_grid_has_a_row_of_each_levels_introduction(render):
    out, _ = render(INTRODUCED)
    page = parse(out / "introco" / "index.html")
    [craft, impact] = page.find_all("tbody", cls="dimension-group")
    [row] = craft.find_all("tr", cls="dimension-intro")
    # Under the dimension's header, before its competencies.
    rows = [tr for tr in craft.find_all("tr") if tr.parent is craft]
    assert rows.index(row) == 1 and "dimension" in rows[0].classes
    [header] = row.find_all("th")
    assert header.attrs["scope"] == "row"
    # A screen reader says which dimension the row introduces.
    assert _text(header) == "Introduction to Craft"
    cells = row.find_all("td", cls="cell")
    assert [c.attrs["data-level"] for c in cells] == ["Engineer 1", "Engineer 2", "Engineer 3"]
    assert [_text(c) for c in cells] == [E1_INTRO, E2_INTRO, NONE]
    # A dimension no level introduces has no such row; the statements are counted as before.
    assert not impact.find_all("tr", cls="dimension-intro")
    assert "6 statements" in _text(page.find_all("caption")[0])


def test_two_levels_side_by_side_show_each_levels_introduction(render):
    out, _ = render(INTRODUCED)
    page = parse(out / "introco" / "compare" / "E1-E2.html")
    [craft, impact] = page.find_all("section", cls="dimension")
    [intro] = craft.find_all("section", cls="intro-pair")
    headings = [(e.tag, _text(e)) for e in craft.iter() if e.tag in ("h2", "h3", "h4")]
    # The dimension, its introduction headed by each level, then the competencies.
    assert headings[:6] == [("h2", "Craft"), ("h3", "Introduction"), ("h4", "Engineer 1"), ("h4", "Engineer 2"),
                            ("h3", "Testing"), ("h4", "Engineer 1")]
    assert intro.attrs["aria-labelledby"] == intro.find_all("h3")[0].attrs["id"]
    sides = intro.find_all("div", cls="side")
    assert [_text(s) for s in sides] == [f"Engineer 1 {E1_INTRO}", f"Engineer 2 {E2_INTRO}"]
    assert not impact.find_all("section", cls="intro-pair")
    # A level without one says so beside the other's.
    page = parse(out / "introco" / "compare" / "E2-E3.html")
    sides = page.find_all("section", cls="intro-pair")[0].find_all("div", cls="side")
    assert [_text(s) for s in sides] == [f"Engineer 2 {E2_INTRO}", f"Engineer 3 {NONE}"]
    ids = [e.attrs["id"] for e in page.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))


def test_two_levels_side_by_side_open_with_each_levels_summary(render):
    summarised = INTRODUCED.replace("    title: Engineer 1\n", "    title: Engineer 1\n    summary: I deliver tasks others scope.\n"
                                    ).replace("    title: Engineer 2\n",
                                              "    title: Engineer 2\n    summary: I deliver projects I scope.\n")
    out, _ = render(summarised)
    page = parse(out / "introco" / "compare" / "E1-E2.html")
    [pair] = page.find_all("section", cls="summary-pair")
    headings = [(e.tag, _text(e)) for e in pair.iter() if e.tag in ("h2", "h3")]
    assert headings == [("h2", "What each level is"), ("h3", "Engineer 1"), ("h3", "Engineer 2")]
    assert pair.attrs["aria-labelledby"] == pair.find_all("h2")[0].attrs["id"]
    sides = [_text(side) for side in pair.find_all("div", cls="side")]
    assert sides == ["Engineer 1 I deliver tasks others scope.", "Engineer 2 I deliver projects I scope."]
    # Before the dimensions; a level without a summary says so beside the other's.
    sections = [e for e in page.iter() if e.tag == "section" and {"summary-pair", "dimension"} & set(e.classes)]
    assert "summary-pair" in sections[0].classes
    sides = [_text(side) for side in parse(out / "introco" / "compare" / "E2-E3.html")
             .find_all("section", cls="summary-pair")[0].find_all("div", cls="side")]
    assert sides == ["Engineer 2 I deliver projects I scope.", "Engineer 3 No summary at this level."]
    # Two levels without summaries have no such section.
    out, _ = render(INTRODUCED)
    assert not parse(out / "introco" / "compare" / "E1-E2.html").find_all("section", cls="summary-pair")


def test_the_filter_shows_the_introductions_with_their_dimensions_whole_rows(render, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    out, _ = render(INTRODUCED)
    browser.set_window_size(1280, 900)
    open_page(browser, out / "introco" / "index.html")
    shown = "return Array.from(document.querySelectorAll('tr.dimension-intro')).filter(e => e.offsetParent !== null).length"
    assert js(browser, shown) == 1
    box = browser.find_element(By.ID, "filter")
    # Introductions are not statements: a word of one neither keeps its row nor is counted.
    box.send_keys("tests")
    assert js(browser, shown) == 0
    assert browser.find_element(By.ID, "filter-status").text == "Showing 3 of 6 statements, in 1 competency."
    box.send_keys(Keys.ESCAPE)
    assert js(browser, shown) == 1
    # The dimension's name typed, its whole rows show, the introductions among them.
    box.send_keys("Craft")
    assert js(browser, shown) == 1


def test_the_markdown_side_by_side_tables_have_a_row_of_introductions(render):
    out, _ = render(INTRODUCED, "--format", "markdown")
    text = (out / "introco.md").read_text(encoding="utf-8")
    grid = text.split("## All levels side by side", 1)[1].split("## Changelog", 1)[0]
    craft, impact = grid.split("### Craft", 1)[1].split("### Impact", 1)
    assert ("| *Introduction* | I write code that works \\| and learn to test it. "
            f"| {E2_INTRO} | *{NONE}* |") in craft.splitlines()
    # The row comes first, under the table's header.
    lines = [line for line in craft.splitlines() if line.startswith("|")]
    assert lines[2].startswith("| *Introduction* |") and lines[3].startswith("| **Testing** |")
    assert "Introduction" not in impact


#: Statements with ids of their own at each level, a summary and a note
#: the lowest level has alone; Engineer 3 asks what Engineer 2 asks.
IDS = """\
ladderlint: 1
id: idsco
name: IDs Co Ladder
track: Engineer
version: 1.0.0
organisation: {name: IDs Co}
cumulative: false
dimensions:
  - id: craft
    name: Craft
    competencies:
      - {id: testing, name: Testing}
      - {id: review, name: Code review}
levels:
  - id: E1
    title: Engineer 1
    summary: I learn the team's ways of working.
    competencies:
      testing:
        statements:
          - {id: e1-tests, text: I write unit tests for my changes.}
        note: Pairing counts.
      review:
        statements:
          - {id: e1-review, text: I review my teammates' pull requests when asked.}
  - id: E2
    title: Engineer 2
    competencies:
      testing:
        statements:
          - {id: e2-tests, text: I write unit and integration tests for my changes and my team's.}
      review:
        statements:
          - {id: e2-review, text: I review my teammates' pull requests when asked.}
  - id: E3
    title: Engineer 3
    competencies:
      testing:
        statements:
          - {id: e3-tests, text: I write unit and integration tests for my changes and my team's.}
      review:
        statements:
          - {id: e3-review, text: I review my teammates' pull requests when asked.}
"""


def test_what_is_new_shows_a_lower_statement_said_whole_with_more_as_rewritten(render):
    # Levels that stand alone: E2 says E1's on-call statement whole, and more. Read as "New" with the
    # shorter one left out, on-call would seem to start at E2.
    source = INTRODUCED.replace(
        "      scope: [I deliver tasks my lead scopes.]\n",
        "      scope: [I deliver tasks my lead scopes., I join my team's on-call rotation.]\n", 1).replace(
        "      scope: [I deliver projects I scope myself.]\n",
        "      scope: [I deliver projects I scope myself., \"I join my team's on-call rotation and find the root "
        "causes of incidents with my peers. I write post-mortems for them when appropriate.\"]\n", 1)
    out, _ = render(source)
    page = parse(out / "introco" / "levels" / "E2.html")
    [new] = [e for e in page.iter() if e.attrs.get("id") == "level-E2-new"]
    [item] = [li for li in new.iter() if li.tag == "li" and "on-call" in _text(li)
              and any(e.tag == "strong" for e in li.iter())][:1]
    assert _text(item).startswith("Rewritten: I join my team's on-call rotation added: and find the root causes")
    assert _text(item).endswith(": I join my team's on-call rotation.")
    assert [_text(e) for e in item.iter() if e.tag == "ins"] == [
        "added: and find the root causes of incidents with my peers",
        "added: I write post-mortems for them when appropriate."]
    assert "New: I join" not in _text(new)


@pytest.mark.parametrize("cumulative", ["false", "true"])
def test_what_is_new_leaves_out_ids_and_texts_a_level_does_not_have(render, cumulative):
    source = IDS.replace("cumulative: false", f"cumulative: {cumulative}")
    out, _ = render(source)
    page = parse(out / "idsco" / "levels" / "E2.html")
    [new] = [e for e in page.iter() if e.attrs.get("id") == "level-E2-new"]
    words = _text(new)
    # Each level's statements have ids of their own; E2 has no summary or note of its own: nothing removed.
    for detail in ("identifier", "was removed", "note", "summary", "changes of structure", "changed otherwise"):
        assert detail not in words.lower(), words
    # The real change is kept, and counted alone.
    assert "integration" in words
    assert "In short: 1 " in words or "In short: in 1 competency, 1 rewritten." in words, words
    # A level whose only difference is its statements' ids asks nothing new.
    page = parse(out / "idsco" / "levels" / "E3.html")
    [new] = [e for e in page.iter() if e.attrs.get("id") == "level-E3-new"]
    assert "Nothing is new at Engineer 3: it asks for what Engineer 2 asks for." in _text(new)
    # All levels on one page and the Markdown say the same.
    every = _text(parse(out / "idsco" / "all-levels.html").find_all("main")[0])
    assert "identifier" not in every and "was removed" not in every
    out, _ = render(source, "--format", "markdown")
    text = (out / "idsco.md").read_text(encoding="utf-8")
    each_level = text.split("## All levels side by side", 1)[0]
    assert "identifier" not in each_level and "was removed" not in each_level
    assert "Nothing is new at Engineer 3: it asks for what Engineer 2 asks for." in each_level


def test_a_render_says_how_many_errors_check_reports(render, cli, tmp_path):
    ghost = INTRODUCED.replace("      scope: [I deliver tasks my lead scopes.]\n",
                               "      scope: [I deliver tasks my lead scopes.]\n      ghost: [I haunt the build.]\n")
    _out, stderr = render(ghost)
    # Still published (exit 0, as render() asserts), but not without a word.
    assert ("ladderlint: warning: `ladderlint check` reports 1 error in the file rendered, not shown on the "
            "pages: run `ladderlint check` to see them, or render with --with-findings to show each where "
            "it is") in stderr
    # In Markdown too; with --with-findings the pages show them, and nothing more is said.
    assert "reports 1 error" in render(ghost, "--format", "markdown")[1]
    assert "reports" not in render(ghost, "--with-findings")[1]
    # A framework without errors (infos only) renders as before.
    assert "warning" not in render(INTRODUCED, name="clean.yaml")[1]
    # Several files: the errors counted, and the files they are in named.
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "a.yaml").write_text(ghost, encoding="utf-8")
    (tmp_path / "two" / "b.yaml").write_text(ghost.replace("id: introco", "id: introco-b"), encoding="utf-8")
    result = cli("render", str(tmp_path / "two"), "-o", str(tmp_path / "two-out"))
    assert result.exit_code == 0
    assert re.search(r"`ladderlint check` reports 2 errors in \S*a\.yaml and \S*b\.yaml, not shown", result.stderr)


def test_level_pages_and_every_level_say_the_licence_and_credits(render, cli, tmp_path):
    credited = INTRODUCED.replace(
        "  - text: Adapted from the Intro Co handbook\n",
        "  - text: Adapted from the Intro Co handbook.\n  - {text: Artsy's ladder, url: 'https://example.com/ladder'}\n")
    out, _ = render(credited)
    pages = [out / "introco" / "all-levels.html", *sorted((out / "introco" / "levels").glob("*.html"))]
    assert len(pages) == 4
    for path in pages:
        [main] = parse(path).find_all("main")
        # In the page's main part, which prints (the site's footer does not).
        [line] = main.find_all("p", cls="rights")
        assert _text(line) == ("Licence: CC-BY-4.0 Intro Co. "
                               "Credits: Adapted from the Intro Co handbook. Artsy's ladder."), path
        assert [a.attrs["href"] for a in line.find_all("a")] == ["https://example.com/ladder"]
    # Without a licence or credits, no line.
    bare = INTRODUCED.replace("licence: CC-BY-4.0 Intro Co\n", "").replace(
        "credits:\n  - text: Adapted from the Intro Co handbook\n", "")
    (tmp_path / "bare.yaml").write_text(bare, encoding="utf-8")
    assert cli("render", str(tmp_path / "bare.yaml"), "-o", str(tmp_path / "bare")).exit_code == 0
    assert not parse(tmp_path / "bare" / "introco" / "levels" / "E1.html").find_all("p", cls="rights")
