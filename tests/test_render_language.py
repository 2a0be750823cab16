"""`ladderlint render` and the framework's `language`: the pages of a
framework are in its language, the site's own words on them (English) say
so, and the index marks each framework's text with its language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import MINIMAL
from render_helpers import Element, parse

KOREAN = (
    MINIMAL.replace("name: Acme Engineering Career Framework", "name: 에이크미 엔지니어링 커리어 프레임워크")
    .replace("track: Backend Engineer", "track: 백엔드 엔지니어")
    .replace("  name: Acme\n", "  name: 에이크미\n")
    .replace("    name: Results\n", "    name: 성과\n")
    .replace("        name: Impact\n", "        name: 영향력\n")
    .replace("    title: Engineer I\n    summary: Delivers well-scoped tasks\n",
             "    title: 엔지니어 1\n    summary: 범위가 정해진 작업을 제공합니다\n")
    .replace("        - I deliver my tasks on time\n", "        - 맡은 작업을 제때 완료합니다\n")
    + "  - id: IC2\n    title: 엔지니어 2\n    competencies:\n      impact:\n"
      "        - 팀의 프로젝트를 이끌고 결과를 책임집니다\n"
)
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def site(cli, tmp_path):
    def run(*texts: str, options: tuple[str, ...] = ()) -> Path:
        paths = []
        for number, text in enumerate(texts):
            path = tmp_path / f"f{number}" / "framework.yaml"
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        out = tmp_path / "site"
        result = cli("render", *paths, "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out

    return run


def _texts(page: Element) -> list[tuple[str, str | None, bool]]:
    """Each piece of text of a page: (its words, the language it is read
    in: its nearest `lang`, whether it is code, or the differ's notes)."""
    found = []

    def walk(element: Element, language: str | None, code: bool) -> None:
        language = element.attrs.get("lang", language)
        # The differ's notes are its English sentences, which name levels
        # and competencies within them (docs/render.md).
        code = code or element.tag in ("code", "script", "style", "head") or bool(
            element.classes & {"comparison", "release"})
        for child in element.children:
            if isinstance(child, str):
                if child.strip():
                    found.append((child.strip(), language, code))
            else:
                walk(child, language, code)

    walk(page, None, False)
    return found


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_a_korean_frameworks_text_is_korean_and_the_sites_words_english(site):
    """On every page of a framework written in Korean, each of its texts
    is read as Korean (the page's language), and the site's own words
    ("Levels", "What is new at", "Skip to content") as English, wherever
    they meet: the level's title inside an English sentence too."""
    out = site(KOREAN.replace("levels:\n", "language: ko\nlevels:\n", 1))
    pages = [page for page in _pages(out) if page.parent != out]
    assert len(pages) == 6  # the grid, every level, the changelog, two levels, the two compared
    for page in pages:
        root = parse(page)
        [html] = root.find_all("html")
        assert html.attrs["lang"] == "ko" and "dir" not in html.attrs, page
        for words, language, code in _texts(root):
            if code:
                continue
            if HANGUL.search(words):
                assert language == "ko", (page.name, words)
            elif re.search(r"[A-Za-z]{4,}", words):
                assert language == "en", (page.name, words)
    grid = parse(out / "acme-backend" / "index.html")
    assert [h.attrs.get("lang") for h in grid.find_all("h2", id="levels")] == ["en"]


def test_the_index_marks_each_frameworks_text_with_its_language(site):
    out = site(KOREAN.replace("levels:\n", "language: ko\nlevels:\n", 1),
               MINIMAL.replace("id: acme-backend", "id: globex").replace("  name: Acme\n", "  name: Globex\n"))
    index = parse(out / "index.html")
    [html] = index.find_all("html")
    assert html.attrs["lang"] == "en"
    for words, language, code in _texts(index):
        assert language == ("ko" if HANGUL.search(words) else "en"), words
    assert [h.attrs.get("lang") for h in index.find_all("h3")] == [None, "ko"]  # Globex's, then Acme's (A-Z)


def test_without_a_language_pages_are_english_as_before(site, tmp_path):
    """No `language`: nothing is guessed, the pages say English and no
    element says otherwise; `language: en` (or `en-GB`'s words, English
    too) makes the same pages."""
    plain = site(MINIMAL)
    pages = {page.relative_to(plain): page.read_bytes() for page in _pages(plain)}
    for page, data in pages.items():
        text = data.decode("utf-8")
        assert re.findall(r' (?:lang|dir)="[^"]*"', text) == [' lang="en"'], page
    (tmp_path / "plain").mkdir()
    plain.rename(tmp_path / "plain" / "site")
    declared = site(MINIMAL + "language: en\n")
    assert {page.relative_to(declared): page.read_bytes() for page in _pages(declared)} == pages


def test_markdown_shows_the_same_in_any_language(site, tmp_path):
    """Markdown has no language to declare: what readers see is the same;
    only the comment `import` reads the framework's facts from says it."""
    first = site(KOREAN, options=("--format", "markdown"))
    before = {path.name: path.read_text(encoding="utf-8") for path in first.glob("*.md")}
    first.rename(tmp_path / "before")
    after = site(KOREAN.replace("levels:\n", "language: ko\nlevels:\n", 1), options=("--format", "markdown"))
    said = {name: text.replace("; language: ko -->", " -->", 1)
            for name, text in ((path.name, path.read_text(encoding="utf-8")) for path in after.glob("*.md"))}
    assert said == before and said != {path.name: path.read_text(encoding="utf-8") for path in after.glob("*.md")}


@pytest.mark.parametrize("language", ["ar", "he", "fa-IR", "ur"])
def test_a_language_written_right_to_left_sets_its_pages_right_to_left(site, language):
    out = site(MINIMAL + f"language: {language}\n")
    grid = parse(out / "acme-backend" / "index.html")
    [html] = grid.find_all("html")
    assert (html.attrs["lang"], html.attrs.get("dir")) == (language, "rtl")
    [heading] = grid.find_all("h2", id="levels")
    assert (heading.attrs.get("lang"), heading.attrs.get("dir")) == ("en", "ltr")
    index = parse(out / "index.html")
    assert [(h.attrs.get("lang"), h.attrs.get("dir")) for h in index.find_all("h3")] == [(language, "rtl")]


def test_the_version_is_said_left_to_right_on_a_right_to_left_page(site):
    """"Version 1.0.0, in effect from 2026-01-31." is the site's sentence:
    set as one English line, never mirrored into ".1.0.0 Version" by the
    page's direction."""
    out = site(MINIMAL.replace('version: "1.0.0"\n', 'version: "1.0.0"\neffective: "2026-01-31"\n')
               + "language: ar\n")
    framework = out / "acme-backend"
    for page in (framework / "index.html", framework / "all-levels.html", framework / "levels" / "IC1.html"):
        versions = [element for element in parse(page).iter() if "1.0.0" in element.text
                    and not any("1.0.0" in child.text for child in element.children if not isinstance(child, str))]
        assert versions, page
        for element in versions:
            assert (_nearest(element, "lang"), _nearest(element, "dir")) == ("en", "ltr"), (page.name, element.text)


def _nearest(element: Element | None, attribute: str) -> str | None:
    """The attribute as the element has it or inherits it."""
    while element is not None and attribute not in element.attrs:
        element = element.parent
    return element.attrs[attribute] if element is not None else None
