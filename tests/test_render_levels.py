"""`ladderlint render`: reading two levels together, where each level
stands alone: what is new at a level, by competency, and two levels side
by side."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from render_helpers import parse, squeeze
from test_render_browser import browser, js, open_page  # noqa: F401 - browser: a fixture

#: Levels that stand alone: each restates all it expects, in new words.
STANDALONE = """\
ladderlint: 1
id: acme-backend
name: Acme Engineering Career Framework
track: Backend Engineer
version: "1.0.0"
cumulative: false
organisation:
  name: Acme
dimensions:
  - id: results
    name: Results
    competencies:
      - id: scope
        name: Scope
      - id: communication
        name: Communication
levels:
  - id: IC1
    title: IC1 Engineer
    summary: Delivers well-scoped tasks
    competencies:
      scope:
        - I execute on defined projects to achieve team-level goals
        - I write clear code that is easy to review
      communication:
        - I listen to understand others and ask clarifying questions
        - I write and speak with clarity and focus
  - id: IC2
    title: IC2 Engineer
    summary: Delivers projects on their own
    competencies:
      scope:
        - I own and deliver projects in service of quarterly goals on the team
        - I write clear code that is easy to review
        - I mentor new hires and interns
      communication:
        - I listen to understand others, ask clarifying questions and summarise decisions for the team
        - I present my team's work at the all-hands
"""


@pytest.fixture
def render(cli, tmp_path):
    def run(*paths: str | Path, options: tuple[str, ...] = ()) -> Path:
        out = tmp_path / "site"
        result = cli("render", *map(str, paths), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out

    return run


def _items(comparison):  # type: ignore[no-untyped-def]
    """Each item of the notes (not the lines under one): its label, and the element."""
    out = []
    for ul in comparison.find_all("ul"):
        if ul.parent is not None and ul.parent.tag == "li":
            continue
        for li in ul.children:
            if getattr(li, "tag", None) == "li":
                strong = next((c for c in li.children if getattr(c, "tag", None) == "strong"), None)
                out.append((squeeze(strong.text).rstrip(":") if strong is not None else "", li))
    return out


def test_what_is_new_where_levels_stand_alone_is_by_competency_with_each_rewrite_as_one_item(render, tmp_path):
    """A manager making a promotion case: where each level restates all it
    expects, what is new at IC2 is listed under each competency, and a
    statement that restates one of IC1 in other words is one item, "at IC1"
    under it, not a new statement and a gone one; the summary counts what
    is listed."""
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE, encoding="utf-8")
    site = render(source)
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    headings = [squeeze(h.text) for h in comparison.iter() if h.tag == "h3"]
    assert headings == ["Scope", "Communication"]
    items = _items(comparison)
    labels = [label for label, _li in items]
    assert labels.count("Rewritten") == 2 and labels.count("New") == 2 and labels.count("Only at IC1") == 1, labels
    rewrites = [squeeze(li.text) for label, li in items if label == "Rewritten"]
    # Restated in other words: both texts, whole.
    assert any(text.startswith("Rewritten: I own and deliver projects in service of quarterly goals")
               and "At IC1: I execute on defined projects to achieve team-level goals" in text for text in rewrites)
    # Reworded: the words added marked in the new text, those dropped in the old one.
    [reworded] = [li for label, li in items if label == "Rewritten" and "summarise" in li.text]
    assert "summarise decisions for the team" in " ".join(squeeze(e.text) for e in reworded.find_all("ins"))
    assert reworded.find_all("del")
    # A statement with nothing in common with the one left over is new, not a rewrite of it.
    [gone] = [squeeze(li.text) for label, li in items if label == "Only at IC1"]
    assert gone == "Only at IC1: I write and speak with clarity and focus"
    assert "New: I present my team's work at the all-hands" in [squeeze(li.text) for label, li in items]
    text = squeeze(comparison.text)
    assert "I execute on defined projects" not in text.replace("At IC1: I execute on defined projects", "")
    # Every count is of what is listed.
    short = re.search(r"In short: (.*?)\.", text)
    assert short is not None
    assert "a new summary" in short.group(1) and "in 2 competencies" in short.group(1)
    said = dict((name, int(count)) for count, name in re.findall(r"(\d+) (new|rewritten|listed at)", short.group(1)))
    assert said == {"new": 2, "rewritten": 2, "listed at": 1}
    assert len(items) == 1 + 2 + 2 + 1  # the summary, two rewrites, two new, one only at IC1


def test_what_is_new_counts_what_asks_less_than_the_level_below_in_words(render, tmp_path):
    """The summary of what is new at a level counts a statement that asks
    less than the level below as lower than that level, by name, as the
    item's lines say it: not "1 lower", which leaves the reader asking
    lower than what."""
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE.replace("        - I write clear code that is easy to review\n        - I mentor",
                                         "        - I sometimes write clear code that is easy to review\n        - I mentor")
                      .replace("        - I write clear code that is easy to review\n      communication:",
                               "        - I always write clear code that is easy to review\n      communication:"),
                      encoding="utf-8")
    site = render(source)
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    assert "Lower" in [label for label, _li in _items(comparison)]
    short = re.search(r"In short: (.*?)\.", squeeze(comparison.text))
    assert short is not None
    assert "1 lower than at IC1 Engineer" in short.group(1), short.group(1)


def _labelled(separator: str) -> str:
    """Levels that stand alone whose statements open with a label, the
    higher level restating each with more scope: its Testing statement
    takes most of its words from the Code quality statement below it."""
    def statements(*texts: str) -> str:
        return "".join(f"        - \"{text.replace(':', separator, 1)}\"\n" for text in texts)

    return STANDALONE.split("levels:")[0] + "levels:\n" + (
        "  - id: IC1\n    title: IC1 Engineer\n    competencies:\n      scope:\n"
        + statements("Code quality: I write tests for the code I change and keep it readable",
                     "Testing: I fix the flaky tests I find and add tests when I fix a bug",
                     "Mentorship: I help new hires on my team get set up")
        + "  - id: IC2\n    title: IC2 Engineer\n    competencies:\n      scope:\n"
        + statements("Code quality: I set the standards of readable code for my team and see that they are kept",
                     "Testing: I write tests for code I change, and design the test strategy of my team's services",
                     "Mentorship: I mentor engineers across teams and help them grow"))


@pytest.mark.parametrize("separator", [":", " -", " \u2013"])
def test_what_is_new_pairs_statements_that_open_with_the_same_label(render, tmp_path, separator):
    """Statements that open with a label ("Testing: ...", "Mentorship -
    ...") are paired by it: the label is the framework's own word for what
    a statement is about, so IC2's Testing statement rewrites IC1's
    Testing, not the Code quality statement whose words it shares."""
    source = tmp_path / "acme.yaml"
    source.write_text(_labelled(separator), encoding="utf-8")
    site = render(source)
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    pairs = {}
    for label, li in _items(comparison):
        [below] = [e for e in li.find_all("li") if e is not li]
        text, old = (squeeze(e.text).replace(separator, ":", 1) for e in (li, below))
        assert label == "Rewritten", text
        pairs[text.removeprefix("Rewritten: ").split(":")[0]] = old.removeprefix("At IC1: ").split(":")[0]
    assert pairs == {"Code quality": "Code quality", "Testing": "Testing", "Mentorship": "Mentorship"}
    # The Markdown pairs them alike.
    site = render(source, options=("--format", "markdown"))
    text = (site / "acme-backend.md").read_text(encoding="utf-8")
    said = re.findall(r"^- \*\*Rewritten:\*\* (.+?)" + re.escape(separator) + r".*\n  - \*\*At IC1:\*\* (.+?)"
                      + re.escape(separator), text, re.M)
    assert said == [("Code quality", "Code quality"), ("Testing", "Testing"), ("Mentorship", "Mentorship")]


def test_diff_of_two_levels_does_not_read_a_statement_as_the_rewording_of_one_with_another_label(cli, tmp_path):
    """`ladderlint diff --levels`: IC2's "Testing: I write tests for code I
    change ..." shares most of its words with IC1's "Code quality: I write
    tests for the code I change ...", but the framework names them two
    things: not one statement reworded. Each rewrites the statement of its
    own label, as the level's page pairs them (one pairing of two levels)."""
    source = tmp_path / "acme.yaml"
    source.write_text(_labelled(":"), encoding="utf-8")
    result = cli("diff", "--levels", "IC1", "IC2", str(source), "--format", "json")
    [framework] = json.loads(result.output)["frameworks"]
    kinds = sorted(change["kind"] for change in framework["changes"])
    assert kinds == ["statement-reworded"] * 3, kinds
    pairs = sorted((c["old"].split(":")[0], c["new"].split(":")[0]) for c in framework["changes"])
    assert pairs == [("Code quality", "Code quality"), ("Mentorship", "Mentorship"), ("Testing", "Testing")]


def test_what_is_new_does_not_mark_a_full_stop_one_level_ends_with_and_the_other_does_not(render, tmp_path):
    """Two levels' pages are typed apart: IC1's statement ends with a full
    stop, IC2's rewrite of it does not (and the other way round). The
    words that changed are marked, the stop is not: a struck or bold dot
    says nothing to the reader."""
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE.replace(
        "        - I execute on defined projects to achieve team-level goals\n",
        "        - I independently define the right solutions to solve defined problems.\n").replace(
        "        - I own and deliver projects in service of quarterly goals on the team\n",
        "        - I independently identify the right solutions to solve ambiguous problems\n").replace(
        "        - I listen to understand others and ask clarifying questions\n",
        "        - I listen to understand others and ask clarifying questions\n").replace(
        "        - I listen to understand others, ask clarifying questions and summarise decisions for the team\n",
        "        - I listen to understand others, ask clarifying questions and summarise decisions for the team.\n"),
        encoding="utf-8")
    site = render(source)
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    rewrites = [li for label, li in _items(comparison) if label == "Rewritten"]
    assert len(rewrites) == 2
    marked = [squeeze(e.text) for li in rewrites for e in li.iter() if e.tag in ("del", "ins")]
    assert marked and all(any(c.isalpha() for c in text) for text in marked), marked
    texts = [squeeze(li.text) for li in rewrites]
    # Each side's stop shown as it is written there.
    assert any(text.endswith("defined problems.") for text in texts), texts
    assert any("decisions for the team.At IC1" in text for text in texts), texts
    markdown = (render(source, options=("--format", "markdown")) / "acme-backend.md").read_text(encoding="utf-8")
    assert "problems." in markdown and "team." in markdown
    for stop in ("<del>.</del>", "<ins>.</ins>", "~~.~~", "**.**"):
        assert stop not in markdown


def _sides(page: Path) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """Each competency of a page of two levels: its name, and each side's
    level and statements (a statement both write the same marked "=")."""
    out = []
    for pair in parse(page).find_all("section", "competency-pair"):
        [name] = [squeeze(h.text) for h in pair.iter() if h.tag == "h3"]
        sides = []
        for side in pair.find_all("div", "side"):
            [level] = [squeeze(h.text) for h in side.find_all("h4")]
            said = [("= " if "shared" in li.classes else "") + squeeze(text.text)
                    for li in side.find_all("li", "statement") for text in li.find_all(cls="statement-text")]
            sides.append((level, said))
        out.append((name, sides))
    return out


def test_a_level_page_links_to_it_side_by_side_with_each_other_level(render, tmp_path):
    """Two levels side by side, by competency, from either level's page:
    the lower level first, every statement of both, and what both write
    the same marked, so that what differs stands out."""
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE, encoding="utf-8")
    site = render(source)
    framework = site / "acme-backend"
    [nav] = parse(framework / "levels" / "IC2.html").find_all("nav", "side-by-side-links")
    [link] = nav.find_all("a")
    assert squeeze(nav.text) == "See IC2 Engineer side by side with: IC1 Engineer (the level below)."
    page = (framework / "levels" / link.attrs["href"]).resolve()
    [back] = parse(framework / "levels" / "IC1.html").find_all("nav", "side-by-side-links")
    assert (framework / "levels" / back.find_all("a")[0].attrs["href"]).resolve() == page
    assert _sides(page) == [
        ("Scope", [
            ("IC1 Engineer", ["I execute on defined projects to achieve team-level goals",
                              "= I write clear code that is easy to review"]),
            ("IC2 Engineer", ["I own and deliver projects in service of quarterly goals on the team",
                              "= I write clear code that is easy to review", "I mentor new hires and interns"]),
        ]),
        ("Communication", [
            ("IC1 Engineer", ["I listen to understand others and ask clarifying questions",
                              "I write and speak with clarity and focus"]),
            ("IC2 Engineer", ["I listen to understand others, ask clarifying questions and summarise decisions "
                              "for the team", "I present my team's work at the all-hands"]),
        ]),
    ]
    [title] = parse(page).find_all("h1")
    assert squeeze(title.text).startswith("IC1 Engineer and IC2 Engineer side by side")


def test_the_grey_of_what_both_levels_write_is_told_only_where_there_is_some(render, tmp_path):
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE, encoding="utf-8")
    legend = "Statements that both levels write the same are marked =with an equals sign and in grey."
    [page] = (render(source) / "acme-backend" / "compare").glob("*.html")
    assert legend in squeeze(parse(page).text)
    source.write_text(STANDALONE.replace("I write clear code that is easy to review",
                                         "I write clear code that is easy to test", 1), encoding="utf-8")
    [page] = (render(source) / "acme-backend" / "compare").glob("*.html")
    assert all(not side.startswith("= ") for _name, sides in _sides(page) for _level, said in sides for side in said)
    assert legend not in squeeze(parse(page).text)


def test_two_levels_side_by_side_stack_on_a_phone_and_stay_side_by_side_on_paper(browser, tmp_path):
    """The page of two levels, as read: on a wide screen and on paper the
    two levels of each competency side by side, the lower on the left; on
    a phone one under the other, each still headed by its level."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE, encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [page] = sorted((out / "acme-backend" / "compare").glob("*.html"))
    where = ("return Array.from(document.querySelectorAll('.pair'), p => Array.from(p.querySelectorAll('.side'), "
             "s => { const r = s.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top), "
             "Math.round(r.width), s.querySelector('.side-level').getBoundingClientRect().height > 0]; }))")
    size = browser.get_window_size()
    try:
        for width, media, stacked in ((1300, "", False), (390, "", True), (1300, "print", False)):
            browser.set_window_size(width, 1000)
            open_page(browser, page)
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
            pairs = js(browser, where)
            assert len(pairs) == 3  # the two levels' summaries, then two competencies
            for (left, top, wide, named), (left2, top2, wide2, named2) in pairs:
                assert named and named2  # each side says its level
                if stacked:
                    assert left2 == left and top2 > top and wide2 == wide, (width, media, pairs)
                else:
                    assert left2 > left + wide * 0.9 and abs(top2 - top) < 2, (width, media, pairs)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.set_window_size(size["width"], size["height"])


def test_what_is_new_pairs_statements_of_one_label_that_share_no_other_word(render, tmp_path):
    """The label alone says the two are about one thing: "Mentorship - I
    actively level up ..." rewrites "Mentorship - I may mentor new hires",
    however differently it is worded."""
    source = tmp_path / "acme.yaml"
    source.write_text(STANDALONE.split("levels:")[0] + "levels:\n"
                      "  - id: IC1\n    title: IC1 Engineer\n    competencies:\n      scope:\n"
                      "        - \"Mentorship - I may mentor new hires\"\n"
                      "        - \"Craft - I review code\"\n"
                      "  - id: IC2\n    title: IC2 Engineer\n    competencies:\n      scope:\n"
                      "        - \"Mentorship - I actively level up less-experienced engineers by setting a good example\"\n"
                      "        - \"Craft - I review code\"\n", encoding="utf-8")
    site = render(source)
    [comparison] = parse(site / "acme-backend" / "levels" / "IC2.html").find_all("section", "comparison")
    assert [label for label, _li in _items(comparison)] == ["Rewritten"]
