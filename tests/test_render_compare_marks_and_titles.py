"""What the pages comparing levels say without colour, levels that share a
title told apart, and a framework's silence on `cumulative` said as a
default rather than as the framework's word."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from render_helpers import parse, squeeze
from test_render_browser import browser, js, open_page  # noqa: F401 - browser: a fixture
from test_render_browser import CONTRAST, OVERFLOW


def ladder(titles: list[str], *, ids: list[str] | None = None, **extra: object) -> str:
    """A framework of one competency ("Testing"), one level per title; the
    first statement is the same at every level (the pages comparing two
    levels mark it), the second each level's own."""
    ids = ids or [f"IC{i + 1}" for i in range(len(titles))]
    data: dict[str, object] = {
        "ladderlint": 1, "id": "acme", "name": "Acme Ladder", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "testing", "name": "Testing"}]}],
        "levels": [{"id": level_id, "title": title, "summary": f"Summary of {level_id}",
                    "competencies": {"testing": ["I write unit tests for my changes.",
                                                 f"I own the tests of scope {i}."]}}
                   for i, (level_id, title) in enumerate(zip(ids, titles))],
    }
    data.update(extra)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


@pytest.fixture
def render(cli, tmp_path):
    def run(text: str, *options: str) -> Path:
        source = tmp_path / "acme.yaml"
        source.write_text(text, encoding="utf-8")
        out = tmp_path / ("md" if "markdown" in options else "site")
        result = cli("render", str(source), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out

    return run


def _texts(elements) -> list[str]:  # type: ignore[no-untyped-def]
    return [squeeze(e.text) for e in elements]


# -- what both levels write the same: a sign, not only grey --------------------------------


def test_a_statement_both_levels_write_the_same_is_marked_by_a_sign_and_said(render):
    out = render(ladder(["Engineer 1", "Engineer 2", "Engineer 3"], cumulative=False))
    page = parse(out / "acme" / "compare" / "IC1-IC2.html")
    shared = [li for li in page.find_all("li", "statement") if "shared" in li.classes]
    others = [li for li in page.find_all("li", "statement") if "shared" not in li.classes]
    assert len(shared) == 2 and len(others) == 2
    for li in shared:
        signs = li.find_all("span", "same-mark")
        # Seen (in black and white too) but not read out: the hidden words say it.
        assert _texts(signs) == ["="] and signs[0].attrs.get("aria-hidden") == "true"
        assert _texts(li.find_all("span", "visually-hidden")) == ["Same at both levels:"]
    # What differs has neither: it is what the reader looks for.
    assert all(not li.find_all("span", "same-mark") and not li.find_all("span", "visually-hidden") for li in others)
    legend = page.find_all("p", "legend")[0]
    assert _texts(legend.find_all("span", "same-mark")) == ["="]
    assert _texts(legend.find_all("span", "visually-hidden")) == ["with an equals sign"]
    assert squeeze(legend.text).endswith("and in grey.")


def test_the_grid_and_level_pages_mark_nothing_as_the_same(render):
    """Only where two levels stand side by side is a statement "the same"."""
    out = render(ladder(["Engineer 1", "Engineer 2"], cumulative=False))
    for page in (out / "acme" / "index.html", out / "acme" / "levels" / "IC2.html"):
        assert not parse(page).find_all("span", "same-mark"), page


def test_the_sign_shows_on_screen_and_on_paper_with_enough_contrast(render, browser):
    out = render(ladder(["Engineer 1", "Engineer 2"], cumulative=False))
    page = out / "acme" / "compare" / "IC1-IC2.html"
    shown = """
        return [...document.querySelectorAll('li.statement.shared')].map(li => {
          const sign = li.querySelector('.same-mark'), box = sign.getBoundingClientRect();
          return [getComputedStyle(sign).display !== 'none' && box.width > 0 && box.height > 0,
                  getComputedStyle(li).listStyleType];
        });
    """
    for media, scheme in (("", "light"), ("", "dark"), ("print", "light")):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})
        try:
            open_page(browser, page)
            # The sign in the bullet's place, not beside a bullet.
            assert js(browser, shown) == [[True, "none"], [True, "none"]], (media, scheme)
            assert js(browser, CONTRAST) == [], (media, scheme)
        finally:
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})


# -- levels that share a title --------------------------------------------------------------


def test_levels_of_one_title_are_told_apart_by_their_ids_wherever_they_are_named(render):
    out = render(ladder(["Engineer", "engineer", "Senior Engineer"]))
    level_pages = {level_id: parse(out / "acme" / "levels" / f"{level_id}.html") for level_id in ("IC1", "IC2", "IC3")}
    assert [_texts(p.find_all("h1"))[0].removesuffix("Acme Ladder: Engineer").strip() for p in level_pages.values()] \
        == ["Engineer (IC1)", "engineer (IC2)", "Senior Engineer (IC3)"]
    # The breadcrumb, the page's title, the links to other levels.
    crumbs = [_texts(p.find_all("a", aria_current="page")) for p in level_pages.values()]
    assert crumbs == [["Engineer (IC1)"], ["engineer (IC2)"], ["Senior Engineer"]]
    assert _texts(level_pages["IC2"].find_all("title")) == ["engineer (IC2): Acme Ladder: Engineer"]
    nav = squeeze(level_pages["IC2"].find_all("nav", "level-nav")[0].text)
    assert "Lower: Engineer (IC1)" in nav and "Higher: Senior Engineer" in nav
    # The links to each level side by side with this one.
    links = _texts(level_pages["IC3"].find_all("nav", "side-by-side-links")[0].find_all("a"))
    assert links == ["Engineer (IC1)", "engineer (IC2)"]
    # Two levels side by side: the title and each side's heading.
    compare = parse(out / "acme" / "compare" / "IC1-IC2.html")
    assert _texts(compare.find_all("h1"))[0].startswith("Engineer (IC1) and engineer (IC2) side by side")
    assert set(_texts(compare.find_all(cls="side-level"))) == {"Engineer (IC1)", "engineer (IC2)"}
    # The grid's columns and list of levels.
    grid = parse(out / "acme" / "index.html")
    assert _texts(grid.find_all("th", scope="col"))[1:] == ["Engineer (IC1)", "engineer (IC2)", "Senior Engineer IC3"]
    assert _texts(grid.find_all("ol", "level-list")[0].find_all("a")) == ["Engineer (IC1)", "engineer (IC2)", "Senior Engineer"]


def test_levels_of_their_own_titles_are_named_as_before(render):
    """A near miss: titles alike but not the same ("Engineer 1", "Engineer
    2") are each said alone, the id beside a title only where it says more."""
    out = render(ladder(["Engineer 1", "Engineer 2", "Senior Engineer"]))
    grid = parse(out / "acme" / "index.html")
    assert _texts(grid.find_all("th", scope="col"))[1:] == ["Engineer 1 IC1", "Engineer 2 IC2", "Senior Engineer IC3"]
    compare = parse(out / "acme" / "compare" / "IC1-IC2.html")
    assert _texts(compare.find_all("h1"))[0].startswith("Engineer 1 and Engineer 2 side by side")


def test_the_markdown_tells_levels_of_one_title_apart_and_reads_back_the_same(render, cli, tmp_path):
    text = ladder(["Engineer", "Engineer", "Senior Engineer"])
    out = render(text, "--format", "markdown")
    markdown = (out / "acme.md").read_text(encoding="utf-8")
    assert "### Engineer (IC1)" in markdown and "### Engineer (IC2)" in markdown
    back = tmp_path / "back.yaml"
    assert cli("import", str(out / "acme.md"), "-o", str(back)).exit_code == 0
    data = yaml.safe_load(back.read_text(encoding="utf-8"))
    assert [(level["id"], level["title"]) for level in data["levels"]] == \
        [("IC1", "Engineer"), ("IC2", "Engineer"), ("IC3", "Senior Engineer")]


# -- a framework that does not say whether levels include those below ------------------------


CUMULATIVE_SAID = "each level includes what the levels below it expect"
DEFAULT_SAID = ("the framework does not say whether each level includes what the levels below it expect; "
                "what is new at each level is worked out as if it does (the default)")


@pytest.mark.parametrize("declared, facts, per_level", [
    (None, DEFAULT_SAID, False),
    (True, CUMULATIVE_SAID, True),
    (False, "each level stands on its own", False),
])
def test_the_default_of_cumulative_is_said_as_a_default(render, declared, facts, per_level):
    """A framework that does not say `cumulative` is compared as the
    format's default has it, and its facts say so as a default; but no
    level's reader is told, on the strength of a default, that the level
    includes those below it."""
    extra = {} if declared is None else {"cumulative": declared}
    out = render(ladder(["Engineer 1", "Engineer 2", "Engineer 3"], **extra))
    grid = parse(out / "acme" / "index.html")
    levels = [_texts(div.find_all("dd")) for div in grid.find_all("div") if _texts(div.find_all("dt")) == ["Levels"]]
    assert levels == [[facts]]
    for page in (out / "acme" / "levels" / "IC2.html", out / "acme" / "levels" / "IC3.html",
                 out / "acme" / "compare" / "IC1-IC2.html", out / "acme" / "all-levels.html"):
        said = squeeze(parse(page).text)
        assert ("Each level includes what the levels below it expect" in said) is per_level, page
    markdown = (render(ladder(["Engineer 1", "Engineer 2"], **extra), "--format", "markdown") / "acme.md") \
        .read_text(encoding="utf-8")
    assert f"- **Levels:** {facts}\n" in markdown
    assert ("Each level includes what the levels below it expect:" in markdown) is per_level


def test_a_framework_silent_on_cumulative_reads_back_silent(render, cli, tmp_path):
    out = render(ladder(["Engineer 1", "Engineer 2"]), "--format", "markdown")
    back = tmp_path / "back.yaml"
    result = cli("import", str(out / "acme.md"), "-o", str(back))
    assert result.exit_code == 0
    assert "cumulative" not in yaml.safe_load(back.read_text(encoding="utf-8"))
    assert "not placed:" not in result.stderr + result.output


# -- the language, and long words on a phone ----------------------------------------------------


@pytest.mark.parametrize("width", [1280, 390])
def test_pages_comparing_levels_say_their_language_and_wrap_long_words(render, browser, width):
    long = ("I keep https://wiki.example.org/Engineering/CareerFramework/ObservabilityInstrumentationPipeline"
            "ConfigurationGuidelinesForEveryTeam current and name it ObservabilityInstrumentationPipelineConfiguration")
    text = ladder(["Ingenieur 1", "Ingenieur 2"], language="de", cumulative=False).replace(
        "I own the tests of scope 1.", long)
    out = render(text)
    page = out / "acme" / "compare" / "IC1-IC2.html"
    assert parse(page).find_all("html")[0].attrs.get("lang") == "de"
    browser.set_window_size(width, 1000)
    try:
        for shown in (page, out / "acme" / "index.html"):
            open_page(browser, shown)
            assert js(browser, OVERFLOW) == [], (shown, width)
    finally:
        browser.set_window_size(1400, 1000)
