"""`ladderlint render` in a real browser, as its readers meet it: in dark
mode, on paper (a row of the grid taller than a page) and through the
grid's filter. The browser, and when the test is skipped, are those of
test_render_browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES
from test_render_browser import CONTRAST, browser, js, open_page  # noqa: F401 - browser: a fixture

FEATURES = FIXTURES / "render" / "features.yaml"


def render(tmp_path: Path, *sources: Path, options: tuple[str, ...] = ()) -> Path:
    from click.testing import CliRunner

    from ladderlint.cli import main

    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", *map(str, sources), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return out


def framework(tmp_path: Path, statements: list[str], described: bool = False) -> Path:
    """A framework of one competency ("Ownership") at two levels, the
    first level's cell holding ``statements``."""
    listed = "".join(f"          - {text}\n" for text in statements)
    text = (
        "ladderlint: 1\nid: acme-backend\nname: Acme Ladder\ntrack: Backend Engineer\nversion: \"1.0.0\"\n"
        "organisation:\n  name: Acme\ndimensions:\n  - id: results\n    name: Results\n    competencies:\n"
        "      - id: ownership\n        name: Ownership\n"
        + ("        description: What you see through to the end\n" if described else "")
        + "      - id: impact\n        name: Impact\n"
        "levels:\n  - id: IC1\n    title: Engineer I\n    competencies:\n      ownership:\n" + listed
        + "      impact:\n        - I deliver my tasks\n"
        "  - id: IC2\n    title: Engineer II\n    competencies:\n      ownership:\n        - I own a service\n"
        "      impact:\n        - I deliver my projects\n"
    )
    path = tmp_path / "acme.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- dark mode ------------------------------------------------------------------------------------

LUMINANCE = """
function luminance(rgb) {
  const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function colour(text) { return text.match(/[\\d.]+/g).slice(0, 3).map(Number); }
function ratio(a, b) {
  const [l1, l2] = [luminance(colour(a)), luminance(colour(b))];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
"""


def test_dark_mode_is_dark_and_keeps_its_contrasts(browser, tmp_path):
    """Where the reader's system asks for dark pages, they are dark, and
    text, links, findings, the focus outline, removed words and the
    filter's marks keep their contrast on them."""
    site = render(tmp_path, FEATURES, options=("--with-findings",))
    pages = [site / "index.html", site / "globex-platform" / "index.html",
             site / "globex-platform" / "levels" / "P2.html", site / "globex-platform" / "changelog.html"]
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"media": "", "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        for page in pages:
            open_page(browser, page)
            background = js(browser, LUMINANCE + "return luminance(colour(getComputedStyle(document.body).backgroundColor))")
            assert background < 0.05, page
            assert js(browser, CONTRAST) == [], page
        open_page(browser, pages[1])
        measured = js(browser, LUMINANCE + """
            const body = getComputedStyle(document.body).backgroundColor;
            const filter = document.getElementById('filter');
            filter.focus();
            const outline = getComputedStyle(filter).outlineColor;
            const section = document.createElement('section');
            section.className = 'comparison';
            section.innerHTML = '<del>removed</del>';
            document.querySelector('main').appendChild(section);
            const removed = getComputedStyle(section.firstChild).color;
            filter.value = 'keep';
            filter.dispatchEvent(new Event('input'));
            const mark = document.querySelector('mark.found');
            const marked = mark && getComputedStyle(mark);
            return [ratio(outline, body), ratio(removed, body),
                    marked ? ratio(marked.color, marked.backgroundColor) : 0];
        """)
        outline, removed, marked = measured
        assert outline >= 3, measured  # an outline is no text: 3:1
        assert removed >= 4.5 and marked >= 4.5, measured
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})


# -- paper ----------------------------------------------------------------------------------------

PRINTED_ROWS = """
const rows = [];
for (const row of document.querySelectorAll('table.grid tr.competency')) {
  const header = row.querySelector('th[scope=row]');
  const about = row.nextElementSibling && row.nextElementSibling.matches('tr.competency-about')
    ? row.nextElementSibling.querySelector('td.about') : null;
  const first = about || header;  // the cell that runs down the row
  const table = first.querySelector('table.repeat');
  const head = table.querySelector('thead');
  const name = getComputedStyle(head.querySelector('.repeat-name'), '::before').content;
  const style = getComputedStyle(first);
  const inner = first.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  rows.push({
    name: name,
    table: getComputedStyle(table).display,
    head: getComputedStyle(head).display,
    fills: table.getBoundingClientRect().height >= inner - 2,
    headerName: getComputedStyle(header.querySelector('.competency-name')).display,
    headerTable: getComputedStyle(header.querySelector('table.repeat')).display,
    rowBreak: getComputedStyle(row).breakInside,
    statementBreak: getComputedStyle(row.querySelector('li.statement')).breakInside,
  });
}
return rows;
"""


@pytest.mark.parametrize("described", [False, True])
def test_a_printed_row_taller_than_a_page_goes_on_under_its_name(browser, tmp_path, described):
    """On paper a row breaks between its statements (a competency with a
    description, whose cells span two rows, stays whole); a row taller than a page
    (many statements at one level) goes on under its competency's name: the
    first column holds a table as tall as the row whose head is the name,
    which the browser repeats at the top of each page the row is on. Where
    the competency has a description (in the row below the name), the
    description's cell does it, and the name is printed once."""
    statements = [f"I see incident number {i} through to its review, with the owners of each system it touched"
                  for i in range(90)]
    site = render(tmp_path, framework(tmp_path, statements, described))
    open_page(browser, site / "acme-backend" / "index.html")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        rows = js(browser, PRINTED_ROWS)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert [row["name"] for row in rows] == ['"Ownership"', '"Impact"']
    for row in rows:
        assert (row["table"], row["head"], row["fills"]) == ("table", "table-header-group", True), row
        assert row["headerName"] == "none", row  # the head says it: not twice
        assert row["statementBreak"] == "avoid", row
    assert [row["rowBreak"] for row in rows] == (["avoid", "auto"] if described else ["auto", "auto"])
    assert rows[0]["headerTable"] == ("none" if described else "table")
    # On screen, the name once, in the row's header (a block, which stays in view down a tall row);
    # the table is only its content.
    screen = js(browser, """
        const header = document.querySelector('th[scope=row]');
        return [getComputedStyle(header.querySelector('thead')).display, header.innerText.trim(),
                getComputedStyle(header.querySelector('.competency-name')).display];
    """)
    assert screen == ["none", "Ownership", "block"]


def printed(browser: Any, page: Path) -> list[dict[str, Any]]:
    """Each page of ``page`` printed to PDF: its runs of text, each with its
    box (left, bottom, right, top, in points), and its thin horizontal
    lines (a table's borders) as (left, bottom, right, top)."""
    import base64

    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_raw  # type: ignore[import-untyped]

    open_page(browser, page)
    data = base64.b64decode(browser.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
    pages = []
    for sheet in pdfium.PdfDocument(data):
        text = sheet.get_textpage()
        boxes = [text.get_rect(i) for i in range(text.count_rects())]
        runs = [(text.get_text_bounded(*box), box) for box in boxes]
        rules = []
        for obj in sheet.get_objects(max_depth=8):
            if obj.type == pdfium_raw.FPDF_PAGEOBJ_PATH:
                left, bottom, right, top = obj.get_bounds()
                if top - bottom <= 2 and right - left > 5:
                    rules.append((left, bottom, right, top))
        pages.append({"runs": runs, "rules": rules})
    return pages


def page_of(pages: list[dict[str, Any]], words: str) -> int:
    return next(i for i, page in enumerate(pages) if any(words in text for text, _ in page["runs"]))


@pytest.mark.parametrize("described", [False, True])
def test_a_printed_row_taller_than_a_page_starts_under_the_row_above(browser, tmp_path, described):
    """A row taller than what is left of a printed page starts there, under
    the row above, and goes on over the next pages: kept whole, it left the
    rest of the page blank. No line of it is drawn across the borders of
    the rows, on any page. So too for a competency with a description,
    whose level cells span two rows on screen (Chromium draws such a cell
    broken across pages over the row below): printed, they span one, the
    description under the name, and after printing the grid is as it was."""
    tall = "".join(f"          - I see incident number {i} through to its review, with the owners of each system it touched\n"
                   for i in range(70))
    short = "".join(f"          - I deliver task {i} of my projects on time and say when I cannot\n" for i in range(12))
    source = tmp_path / "acme.yaml"
    source.write_text(
        "ladderlint: 1\nid: acme-backend\nname: Acme Ladder\ntrack: Backend Engineer\nversion: \"1.0.0\"\n"
        "organisation:\n  name: Acme\ndimensions:\n  - id: results\n    name: Results\n    competencies:\n"
        "      - id: impact\n        name: Impact\n      - id: ownership\n        name: Ownership\n"
        + ("        description: What you see through to the end\n" if described else "")
        + "      - id: craft\n        name: Craft\n"
        "levels:\n  - id: IC1\n    title: Engineer I\n    competencies:\n      impact:\n" + short
        + "      ownership:\n" + tall + "      craft:\n        - I write tests\n"
        "  - id: IC2\n    title: Engineer II\n    competencies:\n      impact:\n        - I deliver my projects\n"
        "      ownership:\n        - I own a service\n      craft:\n        - I write good tests\n",
        encoding="utf-8")
    page = render(tmp_path, source) / "acme-backend" / "index.html"
    pages = printed(browser, page)
    grid = js(browser, "return document.getElementById('grid-table').outerHTML")
    open_page(browser, page)
    assert js(browser, "return document.getElementById('grid-table').outerHTML") == grid
    if described:
        assert page_of(pages, "What you see") == page_of(pages, "incident number 0 ")
    first, last = page_of(pages, "incident number 0 "), page_of(pages, "incident number 69 ")
    assert last > first  # the row is taller than what is left of its first page
    assert first == page_of(pages, "I deliver task 11 ")
    crossed = [(number, text) for number, page in enumerate(pages) for text, (left, bottom, right, top) in page["runs"]
               if any(l < right and left < r and b < top and bottom < t for l, b, r, t in page["rules"])]
    assert crossed == []


# -- the filter -----------------------------------------------------------------------------------


def visible_statements(browser: Any) -> list[str]:
    return js(browser, "return Array.from(document.querySelectorAll('li.statement'))"
                       ".filter(e => e.offsetParent !== null).map(e => e.textContent.trim())")


def marks(browser: Any) -> list[str]:
    return js(browser, "return Array.from(document.querySelectorAll('mark.found'), e => e.textContent)")


def test_the_filter_matches_where_words_start_and_marks_them(browser, tmp_path):
    """"sev" finds "SEV" and "several", never the "sev" inside
    "perseverance"; "SEV" in capitals is the abbreviation, whole; letters
    outside ASCII match in any case; what is found is marked, and clearing
    the box leaves the grid as it was."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    statements = ["I declare a SEV when one is needed", "I mentor several engineers", "I value perseverance",
                  "I coach the Équipe plateforme", "Mentoring newcomers is part of my week"]
    site = render(tmp_path, framework(tmp_path, statements))
    open_page(browser, site / "acme-backend" / "index.html")
    before = js(browser, "return document.getElementById('grid-table').innerHTML")
    box = browser.find_element(By.ID, "filter")
    cases = [
        ("SEV", ["I declare a SEV when one is needed"], ["SEV"]),
        ("sev", ["I declare a SEV when one is needed", "I mentor several engineers"], ["SEV", "sev"]),
        ("équ", ["I coach the Équipe plateforme"], ["Équ"]),
        ("mentor", ["I mentor several engineers", "Mentoring newcomers is part of my week"], ["mentor", "Mentor"]),
        ("mentor  several", ["I mentor several engineers"], ["mentor several"]),
    ]
    for query, shown, found in cases:
        box.send_keys(Keys.ESCAPE)
        box.send_keys(query)
        assert visible_statements(browser) == shown, query
        assert marks(browser) == found, query
    box.send_keys(Keys.ESCAPE)
    assert marks(browser) == []
    assert len(visible_statements(browser)) == len(statements) + 3
    assert js(browser, "return document.getElementById('grid-table').innerHTML") == before


PRINTED_NAMES = """
// How many times each competency's name is printed: its own text, and the
// name the first column's small table writes (see macros.html) where it shows.
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
return Array.from(document.querySelectorAll('table.grid tr.competency'), row => {
  const about = row.nextElementSibling && row.nextElementSibling.matches('tr.competency-about') ? row.nextElementSibling : null;
  const parts = [row, about].filter(Boolean);
  const own = parts.flatMap(p => Array.from(p.querySelectorAll('.competency-name'))).filter(shown).length;
  const written = parts.flatMap(p => Array.from(p.querySelectorAll('.repeat-name')))
    .filter(e => shown(e) && !['none', 'normal', ''].includes(getComputedStyle(e, '::before').content)).length;
  return own + written;
});
"""


@pytest.mark.parametrize("count", [5, 11])
def test_a_printed_grid_names_each_competency_once(browser, tmp_path, count):
    """Printed, each competency's name is on paper once, whether the grid
    prints as a table (a few levels) or as cards (more than fit side by
    side): not a boxed name and then the name again as a heading."""
    from test_render_browser import many_levels

    source = tmp_path / "many.yaml"
    source.write_text(many_levels(count), encoding="utf-8")
    site = render(tmp_path, source)
    open_page(browser, site / "many-levels" / "index.html")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = js(browser, PRINTED_NAMES)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert printed == [1, 1], printed  # Observability (described) and Mentoring


def test_hints_for_the_screen_are_not_printed(browser, tmp_path):
    """A line that only means something on screen (go to a page to print
    it, scroll sideways, type to filter) is left off paper."""
    site = render(tmp_path, framework(tmp_path, ["I own my work"]))
    open_page(browser, site / "acme-backend" / "index.html")
    text = "return document.querySelector('main').innerText"
    assert "to print or save as PDF" in js(browser, text)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = js(browser, text)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert "I own my work" in printed
    for hint in ("to print or save as PDF", "scroll the grid sideways", "Show only statements"):
        assert hint not in printed, hint



def test_the_filter_finds_plurals_possessives_and_what_a_keyboard_types(browser, tmp_path):
    """A word typed whole ("SEV", "PR") finds its plural and possessive
    too, marked with their ending; a keyboard's apostrophe finds the
    typographic one, a hyphen an en dash, a letter its accented forms; and
    "SEV" still does not find "several"."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    statements = ["I respond with urgency to operational issues (e.g., SEVs)", "I declare a SEV when one is needed",
                  "I mentor several engineers", "I review PRs and my team\u2019s designs",
                  "I know Dropbox\u2019s goals", "I take part in the on\u2013call rota", "I coach the \u00c9quipe plateforme"]
    site = render(tmp_path, framework(tmp_path, statements))
    open_page(browser, site / "acme-backend" / "index.html")
    box = browser.find_element(By.ID, "filter")
    cases = [
        ("SEV", statements[:2], ["SEVs", "SEV"]),
        ("PR", [statements[3]], ["PRs"]),
        ("PR and my", [statements[3]], ["PRs and my"]),
        ("team's designs", [statements[3]], ["team\u2019s designs"]),
        ("Dropbox's", [statements[4]], ["Dropbox\u2019s"]),
        ("DROPBOX", [statements[4]], ["Dropbox\u2019s"]),
        ("on-call", [statements[5]], ["on\u2013call"]),
        ("on call", [statements[5]], ["on\u2013call"]),
        ("equipe", [statements[6]], ["\u00c9quipe"]),
    ]
    for query, shown, found in cases:
        box.send_keys(Keys.ESCAPE)
        box.send_keys(query)
        assert visible_statements(browser) == shown, query
        assert marks(browser) == found, query

def test_the_filter_finds_chinese_and_japanese_words_anywhere(browser, tmp_path):
    """Chinese and Japanese put no spaces between words: a word typed in
    Han or Kana is found inside a sentence, as a browser's own search finds
    it; a word in another script typed after such a character is found too,
    and Latin words still match where words start."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    statements = ["直接推送代码变更，参与项目维护",
                  "能独立完成项目", "チームのレビューをする",
                  "使用Git管理代码", "I value perseverance"]
    site = render(tmp_path, framework(tmp_path, statements))
    open_page(browser, site / "acme-backend" / "index.html")
    box = browser.find_element(By.ID, "filter")
    cases = [
        ("项目", statements[:2], ["项目", "项目"]),
        ("代码", [statements[0], statements[3]], ["代码", "代码"]),
        ("レビュー", [statements[2]], ["レビュー"]),
        ("git", [statements[3]], ["Git"]),
        ("GIT", [statements[3]], ["Git"]),
        ("sev", [], []),
    ]
    for query, shown, found in cases:
        box.send_keys(Keys.ESCAPE)
        box.send_keys(query)
        assert visible_statements(browser) == shown, query
        assert marks(browser) == found, query


def test_korean_breaks_lines_between_words_and_is_read_as_korean(browser, tmp_path):
    """A framework written in Korean (`language: ko`): its statements break
    a line only between words (Hangul would otherwise break between any two
    syllables), and the browser reads them as Korean, the site's own words
    as English; an English framework's lines break as before."""
    statement = "\ud300 \ub0b4\uc5d0\uc11c \uc774\ud574\uad00\uacc4\uc790 \uacbd\ud5d8\uc744 \ud5a5\uc0c1\uc2dc\ud0a4\ub294 \ub370 \uae30\uc5ec\ud569\ub2c8\ub2e4"
    korean = framework(tmp_path, [statement])
    korean.write_text(korean.read_text(encoding="utf-8").replace("levels:\n", "language: ko\nlevels:\n", 1),
                      encoding="utf-8")
    site = render(tmp_path, korean)
    open_page(browser, site / "acme-backend" / "index.html")
    style = ("const e = document.querySelector(arguments[0]); "
             "return [getComputedStyle(e).wordBreak, e.closest('[lang]').lang];")
    assert js(browser, style, "li.statement") == ["keep-all", "ko"]
    # (keep-all, inherited, changes nothing in English words.)
    assert js(browser, style, "#levels")[1] == js(browser, style, "#grid-caption")[1] == "en"
    # Each line of the statement, laid out in a narrow cell, ends where a word does.
    lines = js(browser, """
        document.querySelector('li.statement').style.width = '7em';
        const text = document.querySelector('li.statement .statement-text').firstChild;
        const range = document.createRange(); const tops = new Map();
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i); range.setEnd(text, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          tops.set(top, (tops.get(top) || '') + text.data[i]);
        }
        return Array.from(tops.values());""")
    assert len(lines) > 1
    assert all(line.endswith(" ") for line in lines[:-1]), lines
    assert "".join(lines) == statement
    english = render(tmp_path / "en", framework(tmp_path, ["I own my work"]))
    open_page(browser, english / "acme-backend" / "index.html")
    assert js(browser, style, "li.statement") == ["normal", "en"]


# -- a phone --------------------------------------------------------------------------------------


def test_on_a_phone_a_level_page_opens_with_the_level_not_its_links(browser, tmp_path):
    """On a phone a level's page shows the level's summary in its first
    screen, before the links to the other levels and to the organisation's
    many other tracks, which follow it (in the page's order too: what is
    read is what is seen); they stay landmarks, and the headings keep their
    order."""
    base = framework(tmp_path, ["I own my work"]).read_text(encoding="utf-8").replace(
        "    title: Engineer I\n", "    title: Engineer I\n    summary: I deliver well-scoped tasks with my team's help\n")
    sources = []
    for track in ("Backend Engineer", "Data Engineer", "Frontend Engineer", "Machine Learning Engineer",
                  "Quality Engineer", "Reliability Engineer", "Security Engineer", "Technical Program Manager"):
        slug = track.lower().replace(" ", "-")
        path = tmp_path / f"{slug}.yaml"
        path.write_text(base.replace("acme-backend", f"acme-{slug}").replace("Backend Engineer", track), encoding="utf-8")
        sources.append(path)
    site = render(tmp_path, *sources)
    browser.set_window_size(390, 844)
    try:
        open_page(browser, site / "acme-backend-engineer" / "levels" / "IC1.html")
        page = js(browser, """
            const summary = document.querySelector('main .summary'), nav = document.querySelector('nav.level-nav');
            return {
              summary_top: summary.getBoundingClientRect().top, window: innerHeight,
              summary_first: !!(summary.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING),
              above_links: summary.getBoundingClientRect().bottom <= nav.getBoundingClientRect().top,
              landmarks: Array.from(document.querySelectorAll('main nav'), n => n.getAttribute('aria-label')),
              headings: Array.from(document.querySelectorAll('main h1, main h2'), h => h.tagName),
            };
        """)
    finally:
        browser.set_window_size(1400, 1000)
    assert page["summary_top"] < page["window"] / 2, page
    assert page["summary_first"] and page["above_links"], page
    assert page["landmarks"] == ["Levels", "Side by side", "Other tracks"], page
    assert page["headings"][0] == "H1" and set(page["headings"][1:]) == {"H2"}, page


TITLE_LINES = """
const h1 = document.querySelector('main h1'), range = document.createRange();
range.selectNodeContents(h1.firstChild);
return new Set(Array.from(range.getClientRects(), r => Math.round(r.top))).size;
"""


def test_on_a_phone_a_long_title_takes_a_few_lines_not_the_first_screen(browser, tmp_path):
    """On a phone a framework's long name, or two levels' titles side by
    side, is the page's title in three lines at most, set smaller than on
    a wide screen: not four lines of large type before anything to read."""
    text = framework(tmp_path, ["I own my work"]).read_text(encoding="utf-8")
    text = text.replace("name: Acme Ladder", "name: \"Dropbox Engineering Career Framework: Software Engineer\"")
    text = text.replace("title: Engineer I\n", "title: IC2 Software Engineer\n").replace(
        "title: Engineer II\n", "title: IC3 Software Engineer\n")
    source = tmp_path / "acme.yaml"
    source.write_text(text, encoding="utf-8")
    site = render(tmp_path, source)
    pages = [site / "acme-backend" / "index.html", site / "acme-backend" / "compare" / "IC1-IC2.html"]
    browser.set_window_size(390, 844)
    try:
        lines = []
        for page in pages:
            open_page(browser, page)
            lines.append(js(browser, TITLE_LINES))
    finally:
        browser.set_window_size(1400, 1000)
    assert all(count <= 3 for count in lines), lines
    open_page(browser, pages[0])
    assert js(browser, TITLE_LINES) == 1  # on a wide screen, one line
