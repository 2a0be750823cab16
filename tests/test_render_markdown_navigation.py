"""The Markdown page as read on GitHub: a table of contents, levels that
link to their sections, and each level's expectations to read top to
bottom. Links are checked against the anchors GitHub gives the headings,
worked out here from the page as a Markdown reader shows it."""

from __future__ import annotations

import re
import unicodedata
from html import unescape
import pytest
import yaml
from markdown_it import MarkdownIt

from conftest import MINIMAL
from render_helpers import shipped_frameworks
from test_render import FEATURES, render  # noqa: F401 - the fixture


def slug(text: str) -> str:
    """GitHub's rule: lower-case, punctuation taken out except '-' and '_', each space a '-'."""
    def kept(c: str) -> bool:
        return c in "- " or unicodedata.category(c)[0] in "LM" or unicodedata.category(c) in ("Nd", "Pc")

    return "".join(c for c in text.strip().lower() if kept(c)).replace(" ", "-")


def headings(markdown: str) -> list[tuple[int, str, str, int]]:
    """Each heading: its depth, its text as shown, the anchor GitHub gives
    it (a repeat gets -1, -2), and its line."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    seen: dict[str, int] = {}
    out = []
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        text = "".join(child.content for child in tokens[i + 1].children or ()
                       if child.type in ("text", "code_inline"))
        base = slug(text)
        count = seen.get(base, 0)
        seen[base] = count + 1
        assert token.map is not None
        out.append((int(token.tag[1]), text, f"{base}-{count}" if count else base, token.map[0]))
    return out


def links(markdown: str) -> list[tuple[str, str]]:
    """Each link within the page: its words and its anchor."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    out = []
    for token in tokens:
        children = token.children or []
        for i, child in enumerate(children):
            href = child.attrGet("href") if child.type == "link_open" else None
            if isinstance(href, str) and href.startswith("#"):
                words = []
                for inner in children[i + 1:]:
                    if inner.type == "link_close":
                        break
                    words.append(inner.content)
                out.append(("".join(words), href[1:]))
    return out


def section(markdown: str, anchor: str) -> str:
    """The lines under the heading of an anchor, to the next heading of its depth or higher."""
    found = headings(markdown)
    [(depth, line)] = [(depth, line) for depth, _text, name, line in found if name == anchor]
    end = next((at for d, _text, _name, at in found if at > line and d <= depth), None)
    return "\n".join(markdown.split("\n")[line + 1:end])


def test_the_slug_rule_the_tests_use_is_githubs():
    assert slug("IC7 Sr. Principal Software Engineer") == "ic7-sr-principal-software-engineer"
    assert slug("Version 2.0.0") == "version-200"
    assert slug("What’s new? (C++/Go) — “now”") == "whats-new-cgo--now"
    assert slug("snake_case and-dash") == "snake_case-and-dash"
    assert slug("Straße Ünïcode") == "straße-ünïcode"


def test_the_rendered_slugs_follow_githubs_rule():
    from ladderlint.render.anchors import GitHubSlugs, github_slug, heading_text

    for text in ("IC7 Sr. Principal Software Engineer", "Version 2.0.0", "What’s new? (C++/Go) — “now”",
                 "snake_case and-dash", "Straße Ünïcode", "Level 3 ½ & more"):
        assert github_slug(text) == slug(text), text
    slugs = GitHubSlugs()
    assert [slugs.take(t) for t in ("Results", "Results", "results!", "Other")] == ["results", "results-1", "results-2", "other"]
    assert heading_text(r"IC3 \(Software\_Engineer\) `x` [y](#z) &amp;") == "IC3 (Software_Engineer) x y &"


def assert_links_land(markdown: str) -> dict[str, tuple[int, str]]:
    """Every link within the page goes to a heading; each heading's depth and text, by anchor."""
    by_anchor = {anchor: (depth, text) for depth, text, anchor, _line in headings(markdown)}
    for words, anchor in links(markdown):
        assert anchor in by_anchor, (words, anchor, sorted(by_anchor))
    return by_anchor


@pytest.mark.parametrize("path", [FEATURES, *shipped_frameworks()[:2]], ids=lambda p: p.stem)
def test_contents_and_levels_link_to_their_sections_and_each_level_lists_what_it_expects(render, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    site = render(path, options=("--format", "markdown"))
    markdown = (site / f"{data['id']}.md").read_text(encoding="utf-8")
    by_anchor = assert_links_land(markdown)
    contents = dict(links(section(markdown, "contents")))
    assert by_anchor[contents["Levels"]] == (2, "Levels")
    assert by_anchor[contents["All levels side by side"]] == (2, "All levels side by side")
    levels_list = links(section(markdown, "levels"))
    assert len(levels_list) == len(data["levels"])
    for (words, anchor), level in zip(levels_list, data["levels"]):
        depth, text = by_anchor[anchor]
        assert depth == 3 and text == words and words.startswith(level["title"]), (words, text)
        assert contents[words] == anchor
        # The level's section lists, by competency, every statement it has, read as a list item.
        html = MarkdownIt("commonmark").render(section(markdown, anchor))
        items = [" ".join(unescape(re.sub(r"<[^>]+>", "", item)).split()) for item in html.split("<li>")[1:]]
        for competency, cell in (level.get("competencies") or {}).items():
            for statement in cell if isinstance(cell, list) else cell.get("statements") or []:
                text = statement if isinstance(statement, str) else statement["text"]
                assert any(item.startswith(" ".join(text.split())[:40]) for item in items), (level["id"], text)


def test_anchors_land_whatever_the_names_share_with_other_headings(render, write):
    """Two levels of one title, a dimension named like a section of the
    page ("Glossary", "Levels"): GitHub numbers the repeats, and the links
    go to the headings they name, not to the first of that text."""
    framework = MINIMAL.replace("dimensions:\n", "glossary:\n  toil: Work a machine could do.\ndimensions:\n  - id: glossary\n"
                                "    name: Glossary\n    competencies:\n      - id: words\n        name: Words\n"
                                "  - id: levels\n    name: Levels\n    competencies:\n      - id: ladders\n        name: Ladders\n")
    framework += ("      words:\n        - I explain toil*\n      ladders:\n        - I climb\n"
                  "  - id: IC2\n    title: Engineer I\n    competencies:\n      impact:\n        - I deliver projects on time\n"
                  "      words:\n        - I define words\n      ladders:\n        - I climb faster\n")
    site = render(write("acme.yaml", framework), options=("--format", "markdown"))
    markdown = (site / "acme-backend.md").read_text(encoding="utf-8")
    by_anchor = assert_links_land(markdown)
    contents = links(section(markdown, "contents"))
    targets = [by_anchor[anchor] for _words, anchor in contents]
    assert targets[:3] == [(2, "Levels"), (2, "What each level expects"), (3, "Engineer I (IC1)")]
    assert targets[3] == (3, "Engineer I (IC2)")
    glossary = [anchor for words, anchor in contents if words == "Glossary"]
    assert [by_anchor[anchor] for anchor in glossary] == [(3, "Glossary"), (2, "Glossary")]
    # A term links to the glossary section, not to the dimension of that name.
    [term] = {anchor for words, anchor in links(markdown) if words == "toil"}
    assert [words for words, _anchor in contents[2:4]] == ["Engineer I (IC1)", "Engineer I (IC2)"]
    assert by_anchor[term] == (2, "Glossary") and term != "glossary"
    assert [by_anchor[a] for w, a in links(section(markdown, "levels"))] == [(3, "Engineer I (IC1)"),
                                                                                  (3, "Engineer I (IC2)")]
    assert "- **Words:**\n  - I define words\n" in section(markdown, "engineer-i-ic2")


def test_a_template_without_marks_keeps_its_links(render, tmp_path):
    """A user's framework.md written before the marks: its own anchors stay."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "framework.md").write_text("# {{ fw.name }}\n\n[Go](#somewhere)\n\n## Somewhere\n")
    site = render(FEATURES, options=("--format", "markdown", "--templates", str(templates)))
    assert (site / "globex-platform.md").read_text() == "# Globex Engineering Ladder\n\n[Go](#somewhere)\n\n## Somewhere\n"

