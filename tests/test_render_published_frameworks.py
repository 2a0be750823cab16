"""`ladderlint render` on what published frameworks hold: an organisation
still the import's placeholder, a statement written twice at a level, one
competency only, web addresses in Chinese text and in the changelog, and
the links a screen reader lists out of context."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL, own_framework
from render_helpers import parse, squeeze
from test_diff_git import git


@pytest.fixture
def render(cli, tmp_path):
    """Render ``paths``; return the output directory and the run."""
    count = 0

    def run(*paths: str | Path, options: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
        nonlocal count
        count += 1
        out = tmp_path / f"site{count}"
        result = cli("render", *map(str, paths), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out, result

    return run


def links(page: Path) -> list[tuple[str, str]]:
    """(href, the text a screen reader's list of links says) of each link."""
    return [(a.attrs.get("href", ""), squeeze(a.text)) for a in parse(page).find_all("a")]


# -- an organisation that is still a placeholder ------------------------------------------------

PLACEHOLDER = "\u27e8organisation\u27e9"


def unnamed(name: str, track: str) -> str:
    return own_framework(MINIMAL, name).replace("name: Acme\n", f"name: {PLACEHOLDER}\n").replace(
        f"track: Backend Engineer {name}", f"track: {track}").replace(
        "name: Acme Engineering Career Framework", f"name: {PLACEHOLDER} {track}")


def test_frameworks_whose_organisation_is_a_placeholder_are_not_one_organisation(render, write):
    """Two imports that found no organisation share the placeholder, not an
    organisation: the index lists each on its own, neither links to the
    other as its organisation's other track, no breadcrumb names the
    placeholder, and render says why."""
    first = write("in/pm.yaml", unnamed("pm", "Product Manager"))
    second = write("in/dx.yaml", unnamed("dx", "Developer Experience Engineer"))
    named = write("in/acme.yaml", MINIMAL)
    site, result = render(first, second, named)
    index = parse(site / "index.html")
    headings = [squeeze(h.text) for h in index.find_all("h2")]
    assert headings == ["Acme", "Organisation not named"]
    assert PLACEHOLDER not in headings
    for slug in ("acme-pm", "acme-dx"):
        grid = site / slug / "index.html"
        text = squeeze(parse(grid).text)
        assert "Other tracks" not in text
        level = squeeze(parse(site / slug / "levels" / "IC1.html").text)
        assert "Other tracks" not in level and "other tracks" not in level
        crumbs = [squeeze(li.text) for nav in parse(grid).find_all("nav", aria_label="Breadcrumb")
                  for li in nav.find_all("li")]
        assert PLACEHOLDER not in " ".join(crumbs), crumbs
    # Each listed by its own title, as written.
    titles = [squeeze(h.text) for h in index.find_all("h3")]
    assert f"{PLACEHOLDER} Product Manager" in titles and f"{PLACEHOLDER} Developer Experience Engineer" in titles
    [warning] = [line for line in result.stderr.splitlines() if "placeholder" in line]
    assert warning.startswith("ladderlint: warning: dx.yaml, pm.yaml: "), warning
    assert "Organisation not named" in warning and "organisation.name" in warning
    # An organisation with a name still groups its tracks.
    site, result = render(named, write("in/acme-fe.yaml", own_framework(MINIMAL, "fe")))
    assert "placeholder" not in result.stderr
    assert "Other tracks at Acme" in squeeze(parse(site / "acme-fe" / "index.html").text)


# -- what is new at a level ---------------------------------------------------------------------

def one_competency(higher: list[str]) -> str:
    listed = "".join(f"        - {text}\n" for text in higher)
    return (MINIMAL + "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n"
            "        - I deliver my tasks on time\n" + listed)


def comparison(page: Path):  # type: ignore[no-untyped-def]
    [section] = parse(page).find_all("section", "comparison")
    return section


def test_a_statement_written_twice_at_a_level_is_new_once(render, write):
    site, _ = render(write("acme.yaml", one_competency(
        ["I mentor new joiners", "I review designs", "I mentor new joiners"])))
    section = comparison(site / "acme-backend" / "levels" / "IC2.html")
    assert "In short: 2 new or higher expectations." in squeeze(section.text)
    items = [squeeze(li.text) for li in section.find_all("li")]
    assert items == ["I mentor new joiners", "I review designs"]
    # The level itself shows what it writes, twice.
    statements = [squeeze(e.text) for e in parse(site / "acme-backend" / "levels" / "IC2.html")
                  .find_all(cls="statement-text")]
    assert statements.count("I mentor new joiners") == 2


def test_with_one_competency_what_is_new_is_not_labelled_with_it(render, write):
    site, _ = render(write("acme.yaml", one_competency(["I mentor new joiners", "I review designs"])))
    items = [squeeze(li.text) for li in comparison(site / "acme-backend" / "levels" / "IC2.html").find_all("li")]
    assert items == ["I mentor new joiners", "I review designs"]
    markdown, _ = render(write("acme.yaml", one_competency(["I mentor new joiners"])),
                         options=("--format", "markdown"))
    text = (markdown / "acme-backend.md").read_text(encoding="utf-8")
    assert "- I mentor new joiners" in text and "**Impact:** I mentor" not in text


def test_with_several_competencies_what_is_new_names_each(render, write):
    framework = MINIMAL.replace(
        "      - id: impact\n        name: Impact\n",
        "      - id: impact\n        name: Impact\n      - id: craft\n        name: Craft\n") + (
        "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        - I deliver my tasks on time\n"
        "        - I mentor new joiners\n      craft:\n        - I review designs\n")
    site, _ = render(write("acme.yaml", framework))
    items = [squeeze(li.text) for li in comparison(site / "acme-backend" / "levels" / "IC2.html").find_all("li")]
    assert items == ["Impact: I mentor new joiners", "Craft: I review designs"]


# -- web addresses ------------------------------------------------------------------------------

def test_an_address_ends_before_full_width_punctuation(render, write):
    """Chinese and Japanese text closes an address with full-width
    punctuation, as the rules read it (LL303's addresses): the link is the
    address, the sentence after it text."""
    statement = "我们参考了 OpenJDK 的治理规则（https://openjdk.org/bylaws）来设计这份文档。"
    framework = MINIMAL.replace("I deliver my tasks on time", statement)
    site, _ = render(write("acme.yaml", framework))
    page = site / "acme-backend" / "index.html"
    assert ("https://openjdk.org/bylaws", "https://openjdk.org/bylaws") in links(page)
    assert not any("来设计" in href for href, _ in links(page))
    markdown, _ = render(write("acme.yaml", framework), options=("--format", "markdown"))
    text = (markdown / "acme-backend.md").read_text(encoding="utf-8")
    assert "（[https://openjdk.org/bylaws](https://openjdk.org/bylaws)）来设计这份文档。" in text


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
def test_the_changelog_links_a_web_address_as_the_grid_does(cli, tmp_path, monkeypatch):
    repo = tmp_path / "ladder"
    repo.mkdir()
    git(repo, "init", "-q")
    monkeypatch.chdir(repo)
    (repo / "acme.yaml").write_text(MINIMAL, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "First")
    address = "https://wiki.example.com/engineering/runbooks/incident_response"
    (repo / "acme.yaml").write_text(MINIMAL.replace('version: "1.0.0"', 'version: "1.1.0"')
                                    + f"        - I follow the runbooks ({address}).\n", encoding="utf-8")
    git(repo, "commit", "-qam", "Runbooks")
    result = cli("render", "acme.yaml", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.stderr
    changelog = tmp_path / "site" / "acme-backend" / "changelog.html"
    grid = tmp_path / "site" / "acme-backend" / "index.html"
    assert (address, address) in links(changelog)
    assert (address, address) in links(grid)
    assert f"I follow the runbooks ({address})." in squeeze(parse(changelog).text)


# -- links out of context -----------------------------------------------------------------------

def test_the_index_links_say_whose_grid_levels_and_changelog(render, write):
    """A screen reader's list of links names the framework of each "Grid",
    "All levels" and "Changelog" link of the index."""
    site, _ = render(write("a.yaml", MINIMAL), write("b.yaml", own_framework(MINIMAL, "web")))
    found = links(site / "index.html")
    grids = [text for href, text in found if href.endswith("/index.html") and text.startswith("Grid")]
    assert grids == ["Grid of Acme Engineering Career Framework: Backend Engineer",
                     "Grid of Acme Engineering Career Framework: Backend Engineer web"]
    for words in ("All levels", "Changelog"):
        texts = [text for _, text in found if text.startswith(words)]
        assert len(texts) == 2 and len(set(texts)) == 2, texts
    # The eye still reads "Grid": the rest is for screen readers.
    index = parse(site / "index.html")
    hidden = [squeeze(s.text) for s in index.find_all("span", "visually-hidden")]
    assert "of Acme Engineering Career Framework: Backend Engineer" in hidden


def test_a_grid_s_links_to_a_level_s_column_differ_from_those_to_its_page(render, write):
    site, _ = render(write("acme.yaml", one_competency(["I mentor new joiners"])))
    found = links(site / "acme-backend" / "index.html")
    by_text: dict[str, set[str]] = {}
    for href, text in found:
        by_text.setdefault(text, set()).add(href)
    assert by_text["Engineer I"] == {"levels/IC1.html"}
    assert by_text["Engineer I column"] == {"#level-IC1"}
