"""`ladderlint import` on frameworks as their owners publish them, from the
copies in tests/fixtures/corpora/: Dropbox's career-framework site (one HTML
page per level, nine tracks), Artsy's ladder (Markdown with HTML tables, an IC
and a manager ladder in one page) and the Engineering Ladders pages (Markdown,
a heading per level over labelled bullets).

What a reader sees is read here independently of the importer: the pages are
parsed with lxml or read line by line in the tests themselves, and the
imported frameworks are compared with that.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import yaml
from click.testing import CliRunner

from conftest import CORPORA
from ladderlint.cli import main

DROPBOX = CORPORA / "dropbox-career-framework" / "docs"
ARTSY = CORPORA / "artsy-engineering-ladder" / "ladder.md"
LADDERS = CORPORA / "engineering-ladders"

pytestmark = pytest.mark.skipif(not DROPBOX.is_dir(), reason="the corpora are not in tests/fixtures")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def read_yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def spaced(text: str) -> str:
    return " ".join(text.split())


def statements_by_name(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """level title -> competency name -> statements, in the YAML's order."""
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    return {
        level["title"]: {names[key]: [s if isinstance(s, str) else s["text"] for s in value]
                         for key, value in level["competencies"].items() if "not_applicable" not in value}
        for level in data["levels"]
    }


def behaviours(level: dict[str, Any]) -> list[str]:
    """A level's statements in the order the YAML lists them."""
    return [s if isinstance(s, str) else s["text"] for value in level["competencies"].values()
            if "not_applicable" not in value for s in value]


def check_json(paths: list[Path]) -> list[dict[str, Any]]:
    _, out, _ = run("check", *map(str, paths), "--format", "json", "--isolated")
    return json.loads(out)["findings"]


def at(data: dict[str, Any], pointer: str) -> Any:
    """The value a JSON pointer ('/levels/1/competencies/impact/0') names."""
    value: Any = data
    for part in pointer.strip("/").split("/"):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


# --- Dropbox: the site, read here with lxml ----------------------------------------------


def page(path: Path) -> Any:
    return lxml.html.parse(str(path), parser=lxml.html.HTMLParser(encoding="utf-8")).getroot()


def body(path: Path) -> Any:
    """The page's content: the site puts it in #doc-container, beside the
    navigation, header and scripts."""
    return page(path).get_element_by_id("doc-container")


def page_title(path: Path) -> str:
    return spaced(body(path).find(".//h1").text_content())


def page_behaviours(path: Path) -> list[str]:
    """The bullet points a reader sees on a level page, in order: its list
    items, and the lines a paragraph writes as bullets. One paragraph of the
    site does that: Security IC4's 'Culture Leader', two behaviours written
    as '- I act ...' lines after the bold name instead of a list. A reader
    sees two bullet points, and the import gives two behaviours."""
    out: list[str] = []
    for element in body(path).iter("li", "p"):
        if element.tag == "li":
            out.append(spaced(element.text_content()))
        else:
            lines = re.split(r"\n[ \t]*-[ \t]+", element.text_content())
            out.extend(spaced(line) for line in lines[1:])
    return out


def navigation() -> dict[str, list[Path]]:
    """The site's tracks: each group of the left navigation (an <h1> whose
    links carry its id in data-h1) and the level pages it lists, in order.
    A level page is one whose own heading names a level (IC3 ..., M5 ...)."""
    root = page(DROPBOX / "index.html")
    groups = {h.get("data-usually-unique-id"): spaced(h.text_content())
              for h in root.iter("h1") if h.get("data-usually-unique-id")}
    tracks: dict[str, list[Path]] = {}
    for line in root.iter("div"):
        group = groups.get(line.get("data-h1"))
        for link in line.iter("a") if group else ():
            path = DROPBOX / link.get("href")
            if path.is_file() and re.match(r"(?:IC|M)\d ", page_title(path)):
                tracks.setdefault(re.sub(r"\s*\([A-Z]+\)$", "", group), []).append(path)
    return tracks


@pytest.fixture(scope="module")
def dropbox(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("dropbox")
    # The site as its directory is named: its 64 pages (the licence and
    # SOURCE beside them are not documents).
    # The whole report (on the terminal, what many pages say alike is said once for them).
    code, _, shown = run("import", str(DROPBOX.parent), "--split-tracks", "-o", str(out), "--report",
                         str(out.parent / "dropbox-report.txt"), "--no-check")
    assert code == 0, shown
    return out, (out.parent / "dropbox-report.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tracks(dropbox) -> dict[str, dict[str, Any]]:
    out, _ = dropbox
    return {data["track"]: data for data in map(read_yaml, sorted(out.glob("*.yaml")))}


def test_the_site_has_nine_tracks_and_each_is_one_framework(tracks, dropbox):
    expected = navigation()
    assert len(expected) == 9
    assert sorted(tracks) == sorted(expected)
    for name, pages in expected.items():
        data = tracks[name]
        assert [level["title"] for level in data["levels"]] == [page_title(p) for p in pages]
        assert data["organisation"] == {"name": "Dropbox"}
        assert f"layout: track '{name}': the site's navigation lists its pages under '{name} (" in dropbox[1]


def test_every_level_holds_exactly_the_bullet_points_of_its_page_in_order(tracks):
    for name, pages in navigation().items():
        levels = {level["title"]: level for level in tracks[name]["levels"]}
        for path in pages:
            assert behaviours(levels[page_title(path)]) == page_behaviours(path), path.name


def test_security_ic4_culture_leader_dash_lines_are_two_behaviours(tracks):
    level = next(lv for lv in tracks["Security Engineer"]["levels"] if lv["id"] == "IC4")
    assert level["competencies"]["culture-leader"] == [
        "I act as a partner to my manager in setting the cultural tone for the team. I support an environment "
        "where all Dropboxers are included and heard",
        "I help my team network and build relationships across Dropbox, creating connection and inclusion "
        "across my team and with other teams",
    ]
    # The only place of the site where a paragraph writes bullets as lines.
    with_dashes = [p.name for pages in navigation().values() for p in pages
                   if any(re.search(r"\n[ \t]*-[ \t]", e.text_content()) for e in body(p).iter("p"))]
    assert with_dashes == ["ic4_security_engineer.html"]


def test_software_engineering_is_what_a_reader_counts(tracks):
    data = tracks["Software Engineer"]
    competencies = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    # IC1's 'Agility / Innovation' is filed under 'Agility', as the six levels above it write the two apart.
    assert (len(data["levels"]), len(data["dimensions"]), len(competencies)) == (7, 6, 21)
    assert "Agility / Innovation" not in competencies and {"Agility", "Innovation"} <= set(competencies)
    assert sum(len(behaviours(level)) for level in data["levels"]) == 431
    # The block above the dimensions, then the dimensions the page's <h2>s name, without the emoji
    # that decorate them ('🏆 Results' is 'Results').
    headings = [spaced(h.text_content()) for h in body(DROPBOX / "ic3_software_engineer.html").iter("h2")]
    assert all(not h.split(" ", 1)[0].isalnum() for h in headings)
    assert [d["name"] for d in data["dimensions"]][1:] == [h.split(" ", 1)[1] for h in headings]
    assert [c["name"] for c in data["dimensions"][0]["competencies"]] == ["Scope", "Collaborative Reach",
                                                                           "Impact Levers"]


def test_check_finds_only_the_defects_of_the_source(tracks, dropbox):
    """Every error `check` reports on the imported site is in the pages
    themselves: doubled words, and one term its glossary marks with a star
    that no entry names (see below). The competency whose name joins two others
    ('Agility / Innovation' on IC1's page, 'Agility' and 'Innovation' on
    the pages above it) is the import's to resolve: it files the joined
    form's statements under the first name and says so, once per track.
    (The starred 'lifecycle*' names the glossary's 'ML development
    lifecycle' by its last word, which LL407 accepts.)"""
    out, report = dropbox
    files = {read_yaml(p)["track"]: p for p in out.glob("*.yaml")}
    by_file = {str(path): tracks[name] for name, path in files.items()}
    texts = {name: [b for p in pages for b in page_behaviours(p)] for name, pages in navigation().items()}
    doubled = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+\1(?![\w'’-])", re.IGNORECASE)
    errors = [f for f in check_json(list(files.values())) if f["severity"] == "error"]
    # The Machine Learning track's appendix defines 'ML Design' with 'different lifecycle* stages':
    # the star is on 'lifecycle', the last word of the 'ML development lifecycle' its footnote
    # defines ('* **ML development lifecycle** refers to ...'), which is in the glossary.
    definitions = glossary_entries(DROPBOX / "mle-_appendix.html")
    assert "different lifecycle* stages" in definitions["ML Design"]
    mle = read_yaml(files["Machine Learning Engineer"])
    assert mle["glossary"]["ML Design"] == definitions["ML Design"]
    assert mle["glossary"]["ML development lifecycle"].startswith("refers to the stages/tasks in the life of")
    assert not [f for f in errors if f["code"] == "LL407"]
    assert {f["code"] for f in errors} == {"LL501"}
    joined = [line for line in report.splitlines() if "competency 'Agility / Innovation' joins" in line]
    assert len(joined) == sum(1 for data in tracks.values()
                              if any(c["name"] == "Agility" for d in data["dimensions"] for c in d["competencies"])
                              and any("Agility / Innovation" in {spaced(s.text_content()) for s in body(p).iter("strong")}
                                      for p in navigation()[data["track"]]))
    assert joined and all("filed under 'Agility'" in line for line in joined)
    found_doubled: list[tuple[str, str]] = []
    for finding in errors:
        data = by_file[finding["file"]]
        value = at(data, finding["path"])
        assert value in texts[data["track"]]  # word for word a bullet point of the site
        found_doubled.append((data["track"], doubled.search(value).group(0)))
    # The doubled words of the site's bullet points, found here by a plain
    # pattern, are exactly those reported.
    expected = sorted((name, m.group(0)) for name, items in texts.items() for text in items
                      for m in doubled.finditer(text))
    assert sorted(found_doubled) == expected
    assert {w for _, w in expected} == {"and and", "team team", "the the"}


def test_pages_that_are_not_levels_are_reported(dropbox):
    _, report = dropbox
    for name in ("dropbox_values.html", "cr_clarifications_and_myths.html"):
        assert f"{DROPBOX / name}:1: not placed: no ladder in this file" in report


def glossary_entries(path: Path) -> dict[str, str]:
    """The entries of a page's glossary as a reader sees them: each list
    item that starts with a term in bold, then a colon, and its definition,
    without a link that ends the item to read on elsewhere ('... ways.
    +What is Impact?')."""
    entries: dict[str, str] = {}
    for item in body(path).iter("li"):
        strong = item.find("strong")
        text = spaced(item.text_content())
        last = item[-1] if len(item) else None
        if last is not None and last.tag == "a" and not (last.tail or "").strip():
            before = text[: len(text) - len(spaced(last.text_content()))].strip()
            text = before if before.endswith((".", "!", "?")) else text
        if strong is not None and not (item.text or "").strip():
            term = spaced(strong.text_content()).rstrip(":")
            if text.startswith(term + ":"):
                entries[term] = text[len(term) + 1:].strip()
    return entries


def test_the_glossary_page_defines_its_terms_in_every_track(tracks, dropbox):
    """The site's glossary page (one term a list item, its term in bold)
    belongs to no track: its terms are in the glossary of each of the nine
    frameworks, word for word, and in none of their competencies or
    statements. The report says the page was read, with its count of terms."""
    _, report = dropbox
    entries = glossary_entries(DROPBOX / "glossary.html")
    assert list(entries) == ["Impact", "Results", "Leadership", "Mentorship", "Collaborative Reach",
                             "Organizational Leverage", "Technical Leverage"]
    assert len(tracks) == 9
    for name, data in tracks.items():
        for term, definition in entries.items():
            assert data["glossary"][term] == definition, (name, term)
        statements = {s for level in data["levels"] for s in behaviours(level)}
        assert not statements & set(entries.values())
    assert (f"{DROPBOX / 'glossary.html'}:1: layout: a glossary, no ladder: its 7 terms go to the glossary of "
            "every track's framework (9)") in report
    assert f"{DROPBOX / 'glossary.html'}:1: not placed" not in report
    assert f"{DROPBOX / 'glossary.html'}:201: not placed: a link to read on elsewhere, not part of the ladder: " \
        "+What is Impact?" in report


def test_a_tracks_appendix_glossary_defines_its_terms_in_that_track_only(tracks, dropbox):
    """Each track's appendix ('SWE: Appendix', under its track in the
    site's navigation) has a glossary of its craft's responsibilities: their
    terms go to that track's framework, not to the others'."""
    _, report = dropbox
    entries = glossary_entries(DROPBOX / "swe-_appendix.html")
    assert list(entries) == ["Code fluency", "Software design", "Architecture design", "Technical strategy"]
    for term, definition in entries.items():
        assert tracks["Software Engineer"]["glossary"][term] == definition
    assert "Software design" not in tracks["Engineering Manager"]["glossary"]
    assert (f"{DROPBOX / 'swe-_appendix.html'}:1: layout: a glossary, no ladder: its 4 terms go to the glossary "
            "of the framework of 'Software Engineer'") in report


# --- Artsy: tables of levels in a Markdown page ----------------------------------------------


def artsy_tables() -> list[tuple[str, list[list[Any]]]]:
    """Each HTML table of the page with the Markdown heading above it, as rows of cells."""
    text = ARTSY.read_text(encoding="utf-8")
    out = []
    for match in re.finditer(r"<table.*?</table>", text, re.DOTALL):
        heading = re.findall(r"^#+ (.*)$", text[: match.start()], re.MULTILINE)[-1]
        rows = [list(row) for row in lxml.html.fragment_fromstring(match.group(0)).iter("tr")]
        out.append((heading, rows))
    return out


@pytest.fixture(scope="module")
def artsy(tmp_path_factory) -> dict[str, dict[str, Any]]:
    out = tmp_path_factory.mktemp("artsy")
    code, _, report = run("import", str(ARTSY), "--split-tracks", "-o", str(out), "--no-check")
    assert code == 0, report
    assert "these are under the heading 'Individual Contributors'" in report
    return {data["track"]: data for data in map(read_yaml, sorted(out.glob("*.yaml")))}


def test_artsy_ic_ladder_is_its_four_tables(artsy):
    tables = [(heading, rows) for heading, rows in artsy_tables() if "Engineer 1" in spaced(rows[0][1].text_content())]
    data = artsy["Individual Contributors"]
    levels = [spaced(c.text_content()) for c in tables[0][1][0][1:]]
    assert [lv["title"] for lv in data["levels"]] == levels == [
        "Engineer 1", "Engineer 2", "Senior Engineer 1", "Senior Engineer 2", "Staff Engineer"]
    assert [d["name"] for d in data["dimensions"]] == [heading for heading, _ in tables]
    expected: dict[str, dict[str, list[str]]] = {title: {} for title in levels}
    for _, rows in tables:
        for row in rows[1:]:
            for title, cell in zip(levels, row[1:]):
                items = [spaced(li.text_content()) for li in cell.iter("li")]
                if items:  # an empty cell: nothing is expected of the level there
                    expected[title][spaced(row[0].text_content())] = items
    assert statements_by_name(data) == expected
    competencies = [c for d in data["dimensions"] for c in d["competencies"]]
    assert (len(competencies), sum(len(behaviours(lv)) for lv in data["levels"])) == (13, 142)
    assert statements_by_name(data)["Engineer 1"]["Technical understanding"][0] == (
        "Has broad knowledge of CS concepts (data structures, databases, server/client, DNS).")


def test_artsy_text_not_placed_is_counted_once_for_the_page_of_both_tracks(tmp_path):
    """The page holds both ladders: what it leaves out (its introduction,
    the sections between the tables) is counted once, for the page, not
    again in each track's summary."""
    report = tmp_path / "report.txt"
    code, _, shown = run("import", str(ARTSY), "--split-tracks", "-o", str(tmp_path / "out"), "--report",
                         str(report), "--no-check")
    assert code == 0, shown
    not_placed = sum(1 for line in report.read_text(encoding="utf-8").splitlines() if ": not placed: " in line)
    counts = [int(m.group(1)) for m in re.finditer(r"; (\d+) pieces? of text not placed", shown)]
    shared = re.search(r"ladder\.md, the page of tracks 'Individual Contributors' and 'Engineering Management': "
                       r"(\d+) pieces? of text not placed", shown)
    assert shared is not None and len(counts) == 2
    assert sum(counts) + int(shared.group(1)) == not_placed


def test_artsy_manager_ladder_is_a_table_of_levels_as_rows(artsy):
    (_, rows), = [(h, r) for h, r in artsy_tables() if spaced(r[0][0].text_content()) == "Artsy Level"]
    data = artsy["Engineering Management"]
    header = [spaced(c.text_content()) for c in rows[0]]
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        (spaced(r[0].text_content()), spaced(r[1].text_content())) for r in rows[1:]]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == header[2:]
    expected = {spaced(r[1].text_content()): {name: [spaced(li.text_content()) for li in cell.iter("li")]
                                              for name, cell in zip(header[2:], r[2:]) if cell.find(".//li") is not None}
                for r in rows[1:]}
    assert statements_by_name(data) == expected
    assert (len(data["levels"]), sum(len(behaviours(lv)) for lv in data["levels"])) == (5, 68)
    assert statements_by_name(data)["Engineering Manager 1"]["Discretion"][0] == "Will usually have 2-4 direct reports."


# --- Engineering Ladders: a heading per level over labelled bullets ----------------------------


def ladder_page(path: Path) -> list[tuple[str, list[str]]]:
    """Each '## D1 - Developer 1' heading and its bullets as a reader sees
    them: the bold label is set in bold, not written with stars."""
    levels: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        heading = re.match(r"^## ([A-Z]+\d - .*)$", line)
        if heading:
            levels.append((heading.group(1), []))
        elif line.startswith("# "):
            levels.append(("", []))  # '# Other Pages': not a level
        elif line.startswith("* ") and levels and levels[-1][0]:
            levels[-1][1].append(re.sub(r"^\*\*(.+?)\*\*", r"\1", line[2:]))
    return [level for level in levels if level[0]]


@pytest.mark.parametrize("name, count", [("Developer", 35), ("TechLead", 20), ("TechnicalProgramManager", 20),
                                         ("EngineeringManager", 15)])
def test_engineering_ladders_pages(tmp_path, name, count):
    path = LADDERS / f"{name}.md"
    out = tmp_path / f"{name}.yaml"
    code, _, report = run("import", str(path), "-o", str(out), "--no-check")
    assert code == 0, report
    data = read_yaml(out)
    expected = ladder_page(path)
    # '## D1 - Developer 1' is level D1, titled 'Developer 1': the code is the id, said once.
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [tuple(t.split(" - ", 1)) for t, _ in expected]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Expectations"]
    assert [behaviours(lv) for lv in data["levels"]] == [bullets for _, bullets in expected]
    assert sum(len(b) for _, b in expected) == count
    # The levels' titles name the role; the label's bold is not left in the text for check to flag.
    assert data["track"] == re.sub(r"^[A-Z]+\d - | \d$", "", expected[0][0]).strip()
    assert not [f for f in check_json([out]) if f["code"] == "LL510"]
    assert "table of links (navigation)" in report


def test_a_developer_bullet_reads_as_on_the_page(tmp_path):
    out = tmp_path / "dev.yaml"
    run("import", str(LADDERS / "Developer.md"), "-o", str(out), "--no-check")
    assert read_yaml(out)["levels"][0]["competencies"]["expectations"][0] == (
        "Adopts: actively learns and adopts the technology and tools defined by the team")


def readme_axes(path: Path) -> dict[str, tuple[list[str], str]]:
    """Each axis of the README ('## Technology' under '# Levels') with the
    labels of its steps, and what '# Axes' says it is, as a reader sees them."""
    text = path.read_text(encoding="utf-8")
    levels = text.split("\n# Levels\n", 1)[1].split("\n# ", 1)[0]
    described = dict(re.findall(r"^\* \*\*(\w+)\*\*: (.*)$", text.split("\n# Axes\n", 1)[1].split("\n# ", 1)[0],
                                re.MULTILINE))
    return {section.split("\n", 1)[0]: (re.findall(r"^\d+\. \*\*(.+?)\*\*:", section, re.MULTILINE),
                                        described[section.split("\n", 1)[0]])
            for section in levels.split("\n## ")[1:]}


def test_engineering_ladders_with_its_readme_places_each_bullet_on_its_axis(tmp_path):
    """Read with the README that defines the axes and their steps, each
    level's bullets are under the axis whose step their label names, the
    label kept; the README's own line says what the axis is."""
    axes = readme_axes(LADDERS / "README.md")
    step_axis = {step: axis for axis, (steps, _) in axes.items() for step in steps}
    code, _, report = run("import", str(LADDERS / "README.md"), str(LADDERS / "Developer.md"),
                          "-o", str(tmp_path / "dev.yaml"), "--no-check")
    assert code == 0, report
    data = read_yaml(tmp_path / "dev.yaml")
    assert [(c["name"], c["description"]) for d in data["dimensions"] for c in d["competencies"]] == [
        (axis, description) for axis, (_, description) in axes.items()]
    expected = {}
    for title, bullets in ladder_page(LADDERS / "Developer.md"):
        by_axis: dict[str, list[str]] = {}
        for bullet in bullets:
            by_axis.setdefault(step_axis[bullet.split(":", 1)[0]], []).append(bullet)
        expected[title.split(" - ", 1)[1]] = by_axis
    assert statements_by_name(data) == expected
    assert re.search(r"README\.md:\d+: layout: defines the steps of 5 axes \(Technology, System, People, Process, "
                     r"Influence\)", report)
    assert "35 bullets are labelled with the steps of the axes README.md defines" in report
    assert "statements without a competency heading" not in report
