"""`ladderlint render` in a real browser: Debian's headless Chromium, driven
by selenium through Debian's chromedriver (nothing is downloaded), on the
pages of the shipped frameworks and of Monzo's backend track.

The DOM the browser built is checked (every statement, the table headers,
the level pages linked, the filter, keyboard focus, contrast, the page
without scripts), the grid and a level page are printed to PDF with the
pages' own print styles, and screenshots of both are checked not to be
blank. Set LADDERLINT_SCREENSHOTS=DIR to keep the screenshots and PDFs.

.ci/run installs chromium and chromium-driver; elsewhere the test is
skipped when they are missing, and fails in CI (CI is set).
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from corpora_frameworks import monzo_frameworks
from render_helpers import shipped_frameworks, squeeze, statements_of

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: Flags for a browser that must not reach the network or keep state.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    "--hide-scrollbars", "--window-size=1400,1000",
)


def _browser_or_skip() -> None:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (the test extra)")
    if missing:
        reason = f"the browser test needs {', '.join(missing)} (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The shipped frameworks and Monzo's backend track, rendered with findings."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = tmp_path_factory.mktemp("frameworks")
    files = []
    for file in shipped_frameworks():
        shutil.copy(file, source / file.name)
        files.append(source / file.name)
    monzo = source / "monzo-backend.yaml"
    monzo.write_text(
        yaml.safe_dump(monzo_frameworks()["monzo/engineering/backend"], sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    files.append(monzo)
    out = tmp_path_factory.mktemp("site")
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out), "--with-findings"])
    assert result.exit_code == 0, result.output
    frameworks = {}
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        frameworks[data["id"]] = {"data": data, "statements": statements_of(file)}
    return {"root": out, "frameworks": frameworks}


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    _browser_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="ladderlint-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_script_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(browser: Any, path: Path) -> None:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.wait import WebDriverWait

    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    uri = path.as_uri()
    browser.get(uri)
    # Headless Chromium may still be attaching the new page when get()
    # returns (a screenshot then times out, a PDF prints a blank Letter
    # page): wait until the page answers as loaded.
    WebDriverWait(browser, 30, poll_frequency=0.1, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.current_url == uri and b.execute_script("return document.readyState") == "complete")


def js(browser: Any, script: str, *args: Any) -> Any:
    return browser.execute_script(script, *args)


def keep(name: str, data: bytes) -> Path:
    """Save a screenshot or a PDF where LADDERLINT_SCREENSHOTS says (else a temporary directory)."""
    directory = Path(os.environ.get("LADDERLINT_SCREENSHOTS") or tempfile.mkdtemp(prefix="ladderlint-shots-"))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_bytes(data)
    return path


# -- the DOM ------------------------------------------------------------------------------


def test_every_statement_is_in_the_grid_the_browser_built(browser, site):
    for framework_id, framework in site["frameworks"].items():
        open_page(browser, site["root"] / framework_id / "index.html")
        shown = js(browser, "return Array.from(document.querySelectorAll('.statement-text'), e => e.textContent)")
        assert sorted(map(squeeze, shown)) == sorted(map(squeeze, framework["statements"])), framework_id
        visible = js(browser, "return Array.from(document.querySelectorAll('li.statement')).filter(e => e.offsetParent !== null).length")
        assert visible == len(framework["statements"])


def test_table_headers_name_levels_and_competencies(browser, site):
    framework = site["frameworks"]["monzo-engineering-backend"]["data"]
    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    columns = js(browser, "return Array.from(document.querySelectorAll('table.grid thead th[scope=col]'), e => e.innerText)")
    # Each column is named by its level's title.
    assert [c.split("\n")[0] for c in columns] == ["Competency"] + [level["title"] for level in framework["levels"]]
    rows = js(browser, "return Array.from(document.querySelectorAll('table.grid th[scope=row] .competency-name'), e => e.textContent)")
    assert rows == [c["name"] for d in framework["dimensions"] for c in d["competencies"]]
    # Monzo's only dimension, "Topics", says nothing the rows do not: no band
    # over them, and its anchor is on its rows (the links to it land there).
    assert [d["name"] for d in framework["dimensions"]] == ["Topics"]
    assert js(browser, "return document.querySelectorAll('table.grid th[scope=rowgroup]').length") == 0
    assert js(browser, "return Array.from(document.querySelectorAll('table.grid tbody[id]'), e => e.id)") == \
        ["dimension-topics"]
    # A framework of several dimensions has a band over each.
    several = site["frameworks"]["firstwho-mle"]["data"]
    open_page(browser, site["root"] / "firstwho-mle" / "index.html")
    assert js(browser, "return Array.from(document.querySelectorAll('table.grid th[scope=rowgroup] .dimension-name'),"
                       " e => e.textContent)") == [d["name"] for d in several["dimensions"]]
    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    # Every cell is in a row with a header, under a column with one.
    cells = js(browser, """
        return Array.from(document.querySelectorAll('table.grid tbody tr.competency')).map(row =>
            [row.querySelectorAll(':scope > th[scope=row]').length, row.querySelectorAll(':scope > td').length]);
    """)
    assert all(cell == [1, len(framework["levels"])] for cell in cells)


def test_level_pages_are_linked_from_the_grid(browser, site):
    from selenium.webdriver.common.by import By

    framework = site["frameworks"]["monzo-engineering-backend"]["data"]
    for level in framework["levels"]:
        open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
        browser.find_element(By.CSS_SELECTOR, f"table.grid thead th[scope=col] a[href='levels/{level['id']}.html']").click()
        assert browser.current_url.endswith(f"/levels/{level['id']}.html")
        assert browser.find_element(By.TAG_NAME, "h1").text.startswith(level["title"])
        statements = [s for cell in level["competencies"].values() if isinstance(cell, list) for s in cell]
        shown = js(browser, "return Array.from(document.querySelectorAll('.statement-text'), e => e.textContent)")
        assert len(shown) == len(statements)


def test_the_filter_narrows_the_grid(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    total = js(browser, "return document.querySelectorAll('li.statement').length")
    box = browser.find_element(By.ID, "filter")
    assert box.is_displayed()
    box.send_keys("Feedback")
    visible = js(browser, "return Array.from(document.querySelectorAll('li.statement')).filter(e => e.offsetParent !== null).map(e => e.textContent)")
    assert 0 < len(visible) < total
    assert all("feedback" in text.lower() for text in visible)
    rows = js(browser, "return Array.from(document.querySelectorAll('tr.competency')).filter(e => e.offsetParent !== null).length")
    all_rows = js(browser, "return document.querySelectorAll('tr.competency').length")
    assert 0 < rows < all_rows
    status = browser.find_element(By.ID, "filter-status").text
    assert status == f"Showing {len(visible)} of {total} statements, in {rows} competenc{'y' if rows == 1 else 'ies'}."
    # A competency's name shows its whole row.
    box.send_keys(Keys.ESCAPE)
    box.send_keys("Communication")
    row = js(browser, """
        const row = Array.from(document.querySelectorAll('tr.competency')).find(r => r.querySelector('.competency-name').textContent === 'Communication');
        return [row.offsetParent !== null, row.querySelectorAll('li.statement').length,
                Array.from(row.querySelectorAll('li.statement')).filter(e => e.offsetParent !== null).length];
    """)
    assert row[0] and row[1] == row[2] > 0
    # Nothing matches: no row is left, and the status says so.
    box.send_keys(Keys.ESCAPE)
    box.send_keys("zzzz no such words")
    assert js(browser, "return Array.from(document.querySelectorAll('tr.competency')).filter(e => e.offsetParent !== null).length") == 0
    assert browser.find_element(By.ID, "filter-status").text.startswith("Showing 0 of")
    box.send_keys(Keys.ESCAPE)
    assert js(browser, "return Array.from(document.querySelectorAll('li.statement')).filter(e => e.offsetParent !== null).length") == total


def test_keyboard_reaches_the_skip_link_the_filter_the_grid_and_the_level_pages(browser, site):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    reached = []
    for _ in range(60):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        reached.append(js(browser, """
            const e = document.activeElement;
            return e.id || e.getAttribute('href') || e.className || e.tagName;
        """))
    assert reached[0] == "#content"
    assert "filter" in reached
    # Laid out in the page, the grid's region has nothing to scroll: the
    # keyboard goes from the filter to the grid's links.
    assert "grid-scroll" not in reached
    assert "levels/L1.html" in reached
    # The focused element shows it.
    outline = js(browser, "document.getElementById('filter').focus(); return getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


CONTRAST = """
function luminance(rgb) {
  const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function colour(text) { return text.match(/[\\d.]+/g).slice(0, 4).map(Number); }
function background(element) {
  for (let e = element; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.backgroundImage && style.backgroundImage !== 'none') {
      // A striped background: judge against its darker stripe.
      const stops = (style.backgroundImage.match(/rgba?\\([^)]*\\)/g) || []).map(colour);
      if (stops.length) return stops.sort((a, b) => luminance(a) - luminance(b))[0];
    }
    const c = colour(style.backgroundColor);
    if (c.length < 4 || c[3] > 0) return c;
  }
  return [255, 255, 255];
}
const worst = [];
for (const e of document.querySelectorAll('body *')) {
  if (!e.offsetParent && getComputedStyle(e).position !== 'fixed') continue;
  const own = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own) continue;
  const style = getComputedStyle(e);
  const fg = colour(style.color), bg = background(e);
  const l1 = luminance(fg), l2 = luminance(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
  const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
  if (ratio < needed) worst.push([e.tagName, e.className, e.textContent.trim().slice(0, 40), ratio.toFixed(2)]);
}
return worst;
"""


def test_text_has_enough_contrast(browser, site):
    root = site["root"]
    pages = [root / "index.html", root / "dropbox-mle" / "index.html", root / "dropbox-mle" / "levels" / "IC3.html",
             root / "dropbox-mle" / "changelog.html", root / "monzo-engineering-backend" / "index.html"]
    for page in pages:
        open_page(browser, page)
        assert js(browser, CONTRAST) == [], page


def test_without_scripts_the_page_reads_the_same(browser, site):
    framework = site["frameworks"]["monzo-engineering-backend"]
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get((site["root"] / "monzo-engineering-backend" / "index.html").as_uri())
        box = js(browser, "return getComputedStyle(document.getElementById('filter-box')).display")
        assert box == "none"
        visible = js(browser, "return Array.from(document.querySelectorAll('li.statement')).filter(e => e.offsetParent !== null).length")
        assert visible == len(framework["statements"])
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_the_pages_load_nothing_from_the_network(browser, site):
    open_page(browser, site["root"] / "dropbox-mle" / "index.html")
    resources = js(browser, "return Array.from(document.querySelectorAll('[src], link[href]'), e => e.src || e.href)")
    assert len(resources) == 3 and all(name.startswith("file://") for name in resources)
    # The style sheet was applied (the grid's headers stay beside its rows),
    # and the script ran (it shows the filter box).
    assert js(browser, "return getComputedStyle(document.querySelector('th[scope=row]')).position") == "sticky"
    assert js(browser, "return document.getElementById('filter-box').hidden") is False


# -- what a reader sees and prints -------------------------------------------------------------


BLANK = """
const [source, done] = arguments;
const image = new Image();
image.onload = () => {
  const canvas = document.createElement('canvas');
  canvas.width = image.width; canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0, sampled = 0;
  const colours = new Set();
  for (let i = 0; i < pixels.length; i += 4 * 7) {
    sampled += 1;
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    if (r < 200 || g < 200 || b < 200) inked += 1;
    colours.add((r >> 4) << 8 | (g >> 4) << 4 | (b >> 4));
  }
  done([inked / sampled, colours.size, canvas.width, canvas.height]);
};
image.onerror = () => done(null);
image.src = 'data:image/png;base64,' + source;
"""


def ink(browser: Any, png: bytes) -> tuple[float, int, int, int]:
    """Share of dark pixels, number of colours, width and height of a screenshot."""
    open_page(browser, Path(__file__).resolve().parent / "fixtures" / "render" / "blank.html")
    result = browser.execute_async_script(BLANK, base64.b64encode(png).decode())
    assert result is not None, "the screenshot is not a PNG"
    return tuple(result)  # type: ignore[return-value]


def test_screenshots_of_the_grid_and_a_level_page_are_not_blank(browser, site):
    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    js(browser, "document.getElementById('grid').scrollIntoView()")
    grid = browser.get_screenshot_as_png()
    keep("grid.png", grid)
    open_page(browser, site["root"] / "dropbox-mle" / "levels" / "IC3.html")
    level = browser.get_screenshot_as_png()
    keep("level.png", level)
    for name, png in (("grid", grid), ("level", level)):
        dark, colours, width, height = ink(browser, png)
        assert (width, height) == (1400, 1000) or width > 1000, name
        assert dark > 0.02, f"{name}: almost nothing is drawn ({dark:.3f} dark)"
        assert colours > 8, f"{name}: {colours} colours"
    # A blank page, as the check sees it.
    open_page(browser, Path(__file__).resolve().parent / "fixtures" / "render" / "blank.html")
    dark, colours, _w, _h = ink(browser, browser.get_screenshot_as_png())
    assert dark < 0.001 and colours <= 2


def pdf(browser: Any, page: Path, name: str) -> bytes:
    open_page(browser, page)
    printed = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
    data = base64.b64decode(printed["data"])
    keep(name, data)
    return data


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(w), float(h)) for w, h in re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)]


def test_printing_gives_the_grid_in_landscape_and_one_level_per_page(browser, site):
    grid = page_sizes(pdf(browser, site["root"] / "monzo-engineering-backend" / "index.html", "grid.pdf"))
    assert grid and all(width > height for width, height in grid)
    levels = site["frameworks"]["monzo-engineering-backend"]["data"]["levels"]
    printed = pdf(browser, site["root"] / "monzo-engineering-backend" / "all-levels.html", "levels.pdf")
    sizes = page_sizes(printed)
    assert all(width < height for width, height in sizes)
    assert len(sizes) >= len(levels)
    # Each level starts a page: the page each level's heading lands on.
    open_page(browser, site["root"] / "monzo-engineering-backend" / "all-levels.html")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        breaks = js(browser, "return Array.from(document.querySelectorAll('.level-section'), s => getComputedStyle(s).breakBefore)")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert breaks == ["auto"] + ["page"] * (len(levels) - 1)


def test_the_filter_matches_names_not_descriptions(browser, tmp_path):
    # Descriptions are not searched: a word only a description holds must
    # not show a row whose statements and name do not hold it.
    from click.testing import CliRunner
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from conftest import MINIMAL
    from ladderlint.cli import main

    described = MINIMAL.replace(
        "    name: Results\n", "    name: Results\n    description: Outcomes we walrus over\n"
    ).replace("        name: Impact\n", "        name: Impact\n        description: Level of zebra autonomy\n")
    assert "walrus" in described and "zebra" in described
    source = tmp_path / "described.yaml"
    source.write_text(described, encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    open_page(browser, out / "acme-backend" / "index.html")
    box = browser.find_element(By.ID, "filter")
    visible_rows = "return Array.from(document.querySelectorAll('tr.competency')).filter(e => e.offsetParent !== null).length"
    for word in ("zebra", "walrus"):
        box.send_keys(Keys.ESCAPE)
        box.send_keys(word)
        assert js(browser, visible_rows) == 0, word
        assert browser.find_element(By.ID, "filter-status").text.startswith("Showing 0 of"), word
    # Names still show their whole rows.
    for word in ("impact", "results"):
        box.send_keys(Keys.ESCAPE)
        box.send_keys(word)
        assert js(browser, visible_rows) == 1, word


# -- a large grid, long words, a phone ----------------------------------------------------------


HEADER_IN_VIEW = """
const header = document.querySelector('table.grid thead th[scope=col]:nth-child(2)'), box = header.getBoundingClientRect();
const x = box.left + box.width / 2, y = box.top + box.height / 2;
return y > 0 && y < innerHeight && header.contains(document.elementFromPoint(x, y));
"""


def test_the_level_headers_stay_in_view_when_the_page_scrolls_down(browser, site):
    """The grid is laid out in the page, not in a box that scrolls down on
    its own (a second scroll bar, with its sideways bar out of sight at the
    bottom of the box): the page scrolls, by mouse or keyboard, and the row
    of level names stays at the top of the window however far down."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.wait import WebDriverWait

    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    region = "document.querySelector('.grid-scroll')"
    assert js(browser, f"const r = {region}; return r.scrollHeight <= r.clientHeight + 1")
    js(browser, "document.querySelector('table.grid tbody:last-of-type tr.competency:last-child').scrollIntoView()")
    assert js(browser, HEADER_IN_VIEW), "the level header scrolled out of view"
    js(browser, "document.querySelector('table.grid').scrollIntoView(); document.getElementById('grid').scrollIntoView()")
    top = js(browser, "return scrollY")
    # With the keyboard too, from the grid's region (it takes focus to scroll sideways).
    js(browser, "document.querySelector('.grid-scroll').focus({preventScroll: true})")
    for _ in range(5):
        ActionChains(browser).send_keys(Keys.PAGE_DOWN).perform()
    # (The browser may scroll smoothly: wait for it.)
    WebDriverWait(browser, 10, poll_frequency=0.1).until(lambda b: js(b, "return scrollY") > top + 500)
    assert js(browser, HEADER_IN_VIEW)
    # Printed, the header is an ordinary row again (it repeats on every page).
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        header = "document.querySelector('table.grid thead th[scope=col]:nth-child(2)')"
        assert js(browser, f"return getComputedStyle({header}).position") == "static"
        assert js(browser, "return getComputedStyle(document.querySelector('table.grid thead')).display") == "table-header-group"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_link_to_one_statement_shows_it_below_the_header_row(browser, site):
    """A finding links to its statement (``#cell-IC2-ownership-6``): the
    browser scrolls it into view below the row of level names that stays at
    the window's top, not under it; as for a link to a cell."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.wait import WebDriverWait

    page = site["root"] / "monzo-engineering-backend" / "index.html"
    open_page(browser, page)
    anchors = js(browser, "return [...document.querySelectorAll('table.grid li.statement[id]')].map(e => e.id)")
    assert len(anchors) > 10
    cell = js(browser, "return document.querySelector('table.grid td.cell[id]').id")
    for anchor in (anchors[len(anchors) // 2], anchors[-1], cell):
        browser.get("about:blank")
        browser.get(f"{page.as_uri()}#{anchor}")
        WebDriverWait(browser, 30, poll_frequency=0.1, ignored_exceptions=(WebDriverException,)).until(
            lambda b: b.execute_script("return document.readyState") == "complete")
        assert js(browser, "return scrollY") > 0, anchor
        below, visible = js(browser, """
            const target = document.getElementById(arguments[0]).getBoundingClientRect();
            const header = document.querySelector('table.grid thead').getBoundingClientRect();
            const x = target.left + Math.min(target.width / 2, 40), y = target.top + 4;
            const seen = document.elementFromPoint(x, y);
            return [target.top >= header.bottom - 1, !!seen && document.getElementById(arguments[0]).contains(seen)];
        """, anchor)
        assert below, f"#{anchor} is under the header row"
        assert visible, f"#{anchor} is hidden"


@pytest.fixture(scope="module")
def wide_grids(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Dropbox's Software Engineer track as `ladderlint import` reads its
    pages (seven levels of long statements), and a grid of ten short levels."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = tmp_path_factory.mktemp("wide")
    pages = sorted((Path(__file__).resolve().parent / "fixtures" / "corpora" / "dropbox-career-framework" / "docs")
                   .glob("ic*_software_engineer.html"))
    result = CliRunner().invoke(main, ["import", *map(str, pages), "-o", str(source / "dropbox.yaml")])
    assert (source / "dropbox.yaml").exists(), result.output
    (source / "ten.yaml").write_text(many_levels(10), encoding="utf-8")
    out = tmp_path_factory.mktemp("wide-site")
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [dropbox] = [page for page in out.glob("*/index.html") if "many-levels" not in str(page)]
    return {"dropbox": dropbox, "ten": out / "many-levels" / "index.html"}


GRID_STATE = """
const region = document.querySelector('.grid-scroll'), corner = document.querySelector('th.corner').getBoundingClientRect();
const heads = Array.from(document.querySelectorAll('thead th[scope=col]:not(.corner)'), e => e.getBoundingClientRect());
const cell = document.querySelector('td.cell');
return {
  levels: heads.length,
  in_window: heads.filter(h => h.left >= corner.right - 1 && h.right <= innerWidth + 1).length,
  page_scrolls_sideways: document.documentElement.scrollWidth > innerWidth,
  grid_scrolls_down: region.scrollHeight > region.clientHeight + 1,
  grid_within_window: region.getBoundingClientRect().height <= innerHeight,
  grid_scrolls_sideways: region.scrollWidth > region.clientWidth + 1,
  hint: document.getElementById('grid-hint').offsetParent !== null,
  cells_name_their_level: getComputedStyle(cell, '::before').display !== 'none',
};
"""


def test_seven_levels_of_long_statements_are_side_by_side_at_1280px(browser, wide_grids):
    """Dropbox's seven levels all show at 1280px: none hidden beyond a
    scroll bar, nothing scrolling but the page."""
    browser.set_window_size(1280, 900)
    try:
        open_page(browser, wide_grids["dropbox"])
        assert js(browser, GRID_STATE) == {
            "levels": 7, "in_window": 7, "page_scrolls_sideways": False, "grid_scrolls_down": False,
            "grid_within_window": False, "grid_scrolls_sideways": False, "hint": False,
            "cells_name_their_level": False,
        }
        js(browser, "document.querySelector('table.grid tbody:last-of-type tr.competency:last-child').scrollIntoView()")
        assert js(browser, HEADER_IN_VIEW)
        keep("dropbox-grid-1280.png", browser.get_screenshot_as_png())
        # A link to a cell (a finding's) shows it below the header, not under it.
        js(browser, "scrollTo(0, 0); location.hash = document.querySelectorAll('td.cell')[40].id")
        below = js(browser, """
            const cell = document.querySelectorAll('td.cell')[40].getBoundingClientRect();
            return [document.querySelector('thead th.corner').getBoundingClientRect().bottom, cell.top];
        """)
        assert below[0] <= below[1] + 1, below
    finally:
        browser.set_window_size(1400, 1000)



TAB_INTO_GRID = """
const region = document.querySelector('.grid-scroll'), top = region.getBoundingClientRect().top;
return {focused: document.activeElement === region, focusable: region.hasAttribute('tabindex'),
        top_in_view: top >= 0 && top < innerHeight, scrolled: scrollY, tall: region.scrollHeight > 5 * innerHeight,
        in_grid: !!document.activeElement.closest('.grid-section')};
"""


@pytest.mark.parametrize("width", [1280, 800, 390])
def test_tabbing_into_the_grid_keeps_its_top_in_view(browser, wide_grids, width):
    """From the filter box, the Tab key goes into the grid without taking
    the page to the middle of the grid (many screens tall): where the grid
    scrolls sideways (seven levels in a window of 800 pixels), its region
    takes the focus with its top in view; where it is laid out in the page
    (a wide window; a phone's cards), the region is not a stop at all and
    the keyboard goes on to the grid's links."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.wait import WebDriverWait

    browser.set_window_size(width, 844)
    try:
        open_page(browser, wide_grids["dropbox"])
        browser.find_element(By.ID, "filter").click()
        states = []
        for _ in range(12):  # the links above the grid (where it scrolls sideways), then the grid
            ActionChains(browser).send_keys(Keys.TAB).perform()
            state = js(browser, TAB_INTO_GRID)
            if not state["in_grid"]:
                break
            states.append(state)
            if state["focused"]:
                break
        # (A phone's cards have no header row: the keyboard may leave the grid at once.)
        assert width == 390 or (states and states[0]["tall"]), states
        assert all(state["top_in_view"] for state in states), states
        assert js(browser, "return document.querySelector('.grid-scroll').hasAttribute('tabindex')") == (width == 800)
        if width == 800:
            assert states[-1]["focused"] and states[-1]["focusable"], states
            # The arrow keys scroll it sideways, the page staying where it is.
            for _ in range(3):
                ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
            WebDriverWait(browser, 5, poll_frequency=0.1).until(
                lambda b: js(b, "return document.querySelector('.grid-scroll').scrollLeft") > 0)
            assert js(browser, "return scrollY") == states[-1]["scrolled"]
        else:
            assert not any(state["focused"] or state["focusable"] for state in states), states
    finally:
        browser.set_window_size(1400, 1000)

@pytest.mark.parametrize(("grid", "width", "levels"), [("dropbox", 800, 7), ("ten", 1280, 10)])
def test_levels_beyond_the_window_are_announced_and_a_link_away(browser, wide_grids, grid, width, levels):
    """Where the levels do not fit (seven at 800px; ten at 1280px), the grid
    alone scrolls sideways, in a region no taller than the window (a taller
    grid scrolls down in it, its header row staying at the region's top);
    a line above it says there are more levels, with a link that brings
    each one's column into view beside the competencies; and each cell
    names its level too."""
    from selenium.webdriver.support.wait import WebDriverWait

    browser.set_window_size(width, 900)
    try:
        open_page(browser, wide_grids[grid])
        state = js(browser, GRID_STATE)
        assert state["levels"] == levels and state["in_window"] < levels, state
        assert state["grid_scrolls_sideways"] and state["hint"] and state["cells_name_their_level"], state
        assert state["grid_within_window"] and not state["page_scrolls_sideways"], state
        edge = "return getComputedStyle(document.querySelector('.grid-frame'), '::after').opacity"
        assert js(browser, edge) == "1"  # a shadow: more lies beyond the right edge
        links = browser.find_elements("css selector", "#grid-hint a")
        assert [link.get_attribute("href").rsplit("#", 1)[1] for link in links] == \
            js(browser, "return Array.from(document.querySelectorAll('thead th[scope=col]:not(.corner)'), e => e.id)")
        links[-1].click()
        last = js(browser, """
            const head = document.querySelector('thead th[scope=col]:last-child').getBoundingClientRect();
            return [document.querySelector('th.corner').getBoundingClientRect().right, head.left, head.right, innerWidth];
        """)
        assert last[0] - 1 <= last[1] and last[2] <= last[3] + 1, last
        WebDriverWait(browser, 5, poll_frequency=0.1).until(lambda b: js(b, edge) == "0")  # nothing more
        keep(f"{grid}-grid-{width}.png", browser.get_screenshot_as_png())
    finally:
        browser.set_window_size(1400, 1000)


COLUMN_NAMES_IN_VIEW = """
const heads = Array.from(document.querySelectorAll('thead th[scope=col]:not(.corner)'));
return heads.filter(head => {
  const box = head.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + 4, 1), innerWidth - 2), y = box.top + box.height / 2;
  return y > 0 && y < innerHeight && head.contains(document.elementFromPoint(x, y));
}).length;
"""


@pytest.mark.parametrize("width", [800, 1280])
def test_a_tall_row_keeps_its_level_names_in_view(browser, tmp_path, width):
    """One competency of many statements (a row many screens tall): far
    down it, the level names are still in view above their columns, where
    the grid scrolls sideways (six levels at 800 pixels: in a region no
    taller than the window, whose header row stays at its top) and where
    it is laid out in the page (at 1280 pixels); on paper the grid is whole."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    statements = [f"I practise observability responsibly at scope {n} across services" for n in range(40)]
    source = tmp_path / "tall.yaml"
    source.write_text(yaml.safe_dump({
        "ladderlint": 1, "id": "tall", "name": "Tall", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "expectations", "name": "Expectations"}]}],
        "levels": [{"id": f"L{i}", "title": f"Level {i}", "competencies": {"expectations": list(statements)}}
                   for i in range(1, 7)],
    }, sort_keys=False), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    browser.set_window_size(width, 900)
    try:
        open_page(browser, out / "tall" / "index.html")
        state = js(browser, GRID_STATE)
        assert state["grid_scrolls_sideways"] == (width == 800) and not state["page_scrolls_sideways"], state
        in_view = 3 if width == 800 else 6  # at 800 pixels, the columns beside the competency column
        # Far down the row: the region scrolled to its end where it scrolls, else the page.
        js(browser, """
            const region = document.querySelector('.grid-scroll');
            region.scrollIntoView();
            region.scrollTop = region.scrollHeight;
            const last = document.querySelector('td.cell:last-child li.statement:last-child');
            if (region.scrollHeight <= region.clientHeight + 1) last.scrollIntoView();
        """)
        assert js(browser, "return document.querySelector('thead').getBoundingClientRect().top") < 200
        assert js(browser, COLUMN_NAMES_IN_VIEW) >= in_view
        keep(f"tall-row-{width}.png", browser.get_screenshot_as_png())
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            printed = js(browser, "const r = document.querySelector('.grid-scroll'); "
                                  "return [getComputedStyle(r).maxHeight, r.scrollHeight <= r.clientHeight + 1]")
            assert printed == ["none", True], printed
        finally:
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    finally:
        browser.set_window_size(1400, 1000)


NAME_BELOW_THE_LEVELS = """
const head = document.querySelector('thead th.corner').getBoundingClientRect();
const at = document.elementFromPoint(head.left + 12, head.bottom + 12);
const label = at && at.closest('.competency-name, .repeat-name');
return {name: label ? (label.dataset.name || label.textContent.trim()) : (at && at.outerHTML.slice(0, 80)),
        position: label && getComputedStyle(label).position};
"""


@pytest.mark.parametrize("width", [800, 1280])
def test_tabbing_back_onto_a_link_under_the_level_names_brings_it_below_them(browser, tmp_path, width):
    """Down a tall row, a link in a cell that lies under the row of level
    names (which stays at the top of the window, or of the grid's region
    where it scrolls sideways) is hidden there: tabbing back onto it
    scrolls it below them, where the page scrolls (1280 pixels) and where
    the grid scrolls in a region of its own (800)."""
    from click.testing import CliRunner
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    from ladderlint.cli import main

    tall = [f"I practise observability at scope {n}, as the runbook says (https://acme.io/runbooks/{n})"
            for n in range(40)]
    source = tmp_path / "tall.yaml"
    source.write_text(yaml.safe_dump({
        "ladderlint": 1, "id": "tall", "name": "Tall", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "operations", "name": "Operations"}]}],
        "levels": [{"id": f"L{i}", "title": f"Level {i}", "competencies": {"operations": list(tall)}}
                   for i in range(1, 7)],
    }, sort_keys=False), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    browser.set_window_size(width, 800)
    try:
        open_page(browser, out / "tall" / "index.html")
        for n in (5, 20):
            js(browser, """
                const links = [...document.querySelectorAll('table.grid td.cell a[href^="https:"]')];
                const region = document.querySelector('.grid-scroll');
                const scroller = region.scrollHeight > region.clientHeight + 1 ? region : null;
                if (scroller) { region.scrollIntoView(); }
                const head = document.querySelector('table.grid thead th:not(.corner)').getBoundingClientRect().bottom;
                const by = links[arguments[0]].getBoundingClientRect().top - head + 10;
                scroller ? scroller.scrollBy(0, by) : window.scrollBy(0, by);
                links[arguments[0] + 1].focus({preventScroll: true});
            """, n)
            ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
            head, top, href = js(browser, """
                const b = document.activeElement.getBoundingClientRect();
                return [document.querySelector('table.grid thead th:not(.corner)').getBoundingClientRect().bottom,
                        b.top, document.activeElement.getAttribute('href')];
            """)
            assert href == f"https://acme.io/runbooks/{n}", href
            assert top >= head - 1, f"the link is under the level names ({top} < {head}) at {width} pixels"
        keep(f"tab-under-header-{width}.png", browser.get_screenshot_as_png())
    finally:
        browser.set_window_size(1400, 1000)


@pytest.mark.parametrize("described", [False, True])
@pytest.mark.parametrize("width", [800, 1280])
def test_down_a_tall_row_its_competency_s_name_stays_in_view(browser, tmp_path, width, described):
    """A row two screens tall (Dropbox's Team Development): halfway down
    it, right under the level names, the first column still says which
    competency the reader is in, with or without a description under the
    name, where the page scrolls (1280 pixels) and where the grid scrolls
    in a region of its own (800). On a phone the name heads its cards and
    stays where it is."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    competency = {"id": "team-development", "name": "Team Development"}
    if described:
        competency["description"] = "Growing the people around you"
    tall = [f"I practise observability responsibly at scope {n} across services" for n in range(40)]
    source = tmp_path / "tall.yaml"
    source.write_text(yaml.safe_dump({
        "ladderlint": 1, "id": "tall", "name": "Tall", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [
            {"id": "impact", "name": "Impact"}, competency, {"id": "after", "name": "Afterwards"}]}],
        "levels": [{"id": f"L{i}", "title": f"Level {i}", "competencies": {
            "impact": ["I ship"], "team-development": list(tall), "after": ["I follow"]}} for i in range(1, 7)],
    }, sort_keys=False), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    browser.set_window_size(width, 900)
    try:
        open_page(browser, out / "tall" / "index.html")
        js(browser, """
            const region = document.querySelector('.grid-scroll');
            const cell = document.querySelector('tr[data-competency="competency-team-development"] td.cell');
            region.scrollIntoView();
            if (region.scrollHeight > region.clientHeight + 1) {
              region.scrollTop = cell.offsetTop + cell.offsetHeight / 2;
            } else {
              window.scrollTo(0, cell.getBoundingClientRect().top + scrollY + cell.offsetHeight / 2);
            }
        """)
        state = js(browser, NAME_BELOW_THE_LEVELS)
        assert state == {"name": "Team Development", "position": "sticky"}, state
        keep(f"tall-row-name-{width}-{described}.png", browser.get_screenshot_as_png())
        # Up at the row's start, the name is shown once, where it was.
        js(browser, "document.querySelector('tr.dimension').scrollIntoView()")
        names = js(browser, "return Array.from(document.querySelectorAll('tbody .competency-name, td.about .repeat-name'))"
                            ".filter(e => e.getBoundingClientRect().width > 2).map(e => e.dataset.name || e.textContent.trim())")
        assert names == ["Impact", "Team Development", "Afterwards"], names
    finally:
        browser.set_window_size(1400, 1000)
    browser.set_window_size(390, 844)
    try:
        open_page(browser, out / "tall" / "index.html")
        positions = js(browser, "return Array.from(document.querySelectorAll('tbody .competency-name, td.about .repeat-name'))"
                                ".map(e => getComputedStyle(e).position)")
        assert set(positions) == {"static"}, positions
    finally:
        browser.set_window_size(1400, 1000)


def test_on_a_phone_a_dimension_s_introduction_has_cards_only_for_the_levels_that_write_one(browser, tmp_path):
    """Dropbox introduces Craft at IC6 and IC7 only: in the grid every
    level's column needs its cell ("No introduction at this level"), but on
    a phone five such cards before the two that say something are noise."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = tmp_path / "intro.yaml"
    source.write_text(yaml.safe_dump({
        "ladderlint": 1, "id": "intro", "name": "Intro", "track": "Software Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": [{"id": "code", "name": "Code"}]}],
        "levels": [{"id": f"L{i}", "title": f"Level {i}", "competencies": {"code": [f"I write code {i}"]},
                    **({"dimensions": {"craft": f"At level {i}, craft is judgement"}} if i > 3 else {})}
                   for i in range(1, 6)],
    }, sort_keys=False), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    shown = "return Array.from(document.querySelectorAll('tr.dimension-intro td.cell'))" \
            ".filter(td => td.getBoundingClientRect().height > 0).map(td => td.dataset.level)"
    browser.set_window_size(390, 844)
    try:
        open_page(browser, out / "intro" / "index.html")
        assert js(browser, shown) == ["Level 4", "Level 5"]
    finally:
        browser.set_window_size(1400, 1000)
    open_page(browser, out / "intro" / "index.html")
    assert js(browser, shown) == [f"Level {i}" for i in range(1, 6)]


@pytest.mark.parametrize(("count", "width"), [(2, 600), (1, 390)])
def test_on_a_phone_every_card_names_its_level(browser, tmp_path, count, width):
    """However few the levels (two fit side by side from 592 pixels), a
    phone's cards each name their level."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = tmp_path / "few.yaml"
    source.write_text(many_levels(count), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    browser.set_window_size(width, 844)
    try:
        open_page(browser, out / "many-levels" / "index.html")
        state = js(browser, PHONE_CARDS)
        assert state["problems"] == [] and state["cards"] == 2 * count, state
    finally:
        browser.set_window_size(1400, 1000)


OVERFLOW = """
const wide = [];
if (document.documentElement.scrollWidth > innerWidth) wide.push(['page', document.documentElement.scrollWidth]);
for (const e of document.querySelectorAll('main *')) {
  if (!e.offsetParent || e.closest('.grid-scroll') === e) continue;
  const style = getComputedStyle(e);
  if (style.overflowX !== 'visible') continue;
  // Text that runs out of its element, over its neighbours.
  if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
    wide.push([e.tagName, e.className, e.textContent.trim().slice(0, 40), e.scrollWidth, e.clientWidth]);
}
return wide;
"""


@pytest.mark.parametrize("width", [1280, 390])
def test_long_words_and_urls_wrap_inside_their_cell_and_column(browser, tmp_path, width):
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = Path(__file__).resolve().parent / "fixtures" / "render" / "long-words.yaml"
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    pages = [out / "long-words" / name for name in ("index.html", "levels/L3.html", "all-levels.html")]
    browser.set_window_size(width, 1000)
    try:
        for page in pages:
            open_page(browser, page)
            assert js(browser, OVERFLOW) == [], (page, width)
            keep(f"long-words-{page.stem}-{width}.png", browser.get_screenshot_as_png())
    finally:
        browser.set_window_size(1400, 1000)


SIZES = """
const size = selector => {
  const e = document.querySelector(selector);
  return e === null ? null : parseFloat(getComputedStyle(e).fontSize);
};
return Object.fromEntries(arguments[0].map(s => [s, size(s)]));
"""


def test_printed_pages_keep_the_proportions_of_their_text(browser, site):
    """Printed, the text is smaller, and so are the headings, the summary
    and the descriptions with it: a competency's name is not printed half
    as big again as its statements, as it would be if the print size only
    changed the body's text."""
    selectors = ["h1", "h2", "h3", ".summary", ".statement-text", "footer.site"]
    for page in (site["root"] / "dropbox-mle" / "levels" / "IC3.html", site["root"] / "dropbox-mle" / "all-levels.html"):
        open_page(browser, page)
        screen = js(browser, SIZES, selectors)
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            printed = js(browser, SIZES, selectors)
        finally:
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        assert None not in screen.values(), (page, screen)
        assert printed[".statement-text"] < screen[".statement-text"], page
        for selector in selectors:
            on_screen = screen[selector] / screen[".statement-text"]
            on_paper = printed[selector] / printed[".statement-text"]
            assert on_paper == pytest.approx(on_screen, rel=0.02), (page, selector, on_screen, on_paper)


def test_long_words_are_hyphenated_where_the_browser_can(browser, site):
    """A word too long for a narrow column (a phone's, a printed grid's)
    breaks at a hyphenation point with a hyphen shown, where the browser has
    the page language's patterns, rather than anywhere without one; code
    (a file's name) is never hyphenated."""
    open_page(browser, site["root"] / "monzo-engineering-backend" / "index.html")
    assert js(browser, "return document.documentElement.lang") == "en"
    hyphens = """
        return Object.fromEntries(arguments[0].map(s => [s, getComputedStyle(document.querySelector(s)).hyphens]));
    """
    texts = ["h1", ".statement-text", "th[scope=row] .competency-name", "thead th[scope=col] a", ".level-list li"]
    assert js(browser, hyphens, texts) == {selector: "auto" for selector in texts}
    assert js(browser, hyphens, ["main code"]) == {"main code": "manual"}
    # A dimension's band (Monzo's grid has none: its only dimension is "Topics").
    open_page(browser, site["root"] / "firstwho-mle" / "index.html")
    band = ["th[scope=rowgroup] .dimension-name"]
    assert js(browser, hyphens, band) == {band[0]: "auto"}


def many_levels(count: int, names: tuple[str, ...] = ("Observability", "Mentoring")) -> str:
    """A framework of ``count`` levels and a competency of each name (the
    first described)."""
    levels = [
        {"id": f"L{i}", "title": f"Software Engineer {i}", "competencies": {
            name.lower().replace(" ", "-"): [f"I practise {name.lower()} responsibly at scope {i} with internationalisation"]
            for name in names
        }} for i in range(1, count + 1)
    ]
    competencies = [{"id": name.lower().replace(" ", "-"), "name": name} for name in names]
    competencies[0]["description"] = "Knowing what production does"
    return yaml.safe_dump({
        "ladderlint": 1, "id": "many-levels", "name": "Many Levels", "track": "Software Engineer",
        "version": "1.0.0", "organisation": {"name": "Acme"},
        "dimensions": [{"id": "craft", "name": "Craft", "competencies": competencies}],
        "levels": levels,
    }, sort_keys=False)


PRINTED_CELLS = """
const cells = Array.from(document.querySelectorAll('table.grid td.cell'));
const page = document.querySelector('main').getBoundingClientRect().width;
return {
  page: page,
  grid: document.querySelector('table.grid').getBoundingClientRect().width,
  // The narrowest cell's text width, in ems of its text.
  narrowest: Math.min(...cells.map(c => {
    const style = getComputedStyle(c);
    const inner = c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return inner / parseFloat(style.fontSize);
  })),
  levels: cells.map(c => getComputedStyle(c, '::before').content),
  // What a reader meets, top to bottom, in the first competency.
  order: (row => Array.from(row.children).concat(Array.from(row.nextElementSibling.children)))(document.querySelector('tr.competency'))
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top || a.getBoundingClientRect().left - b.getBoundingClientRect().left)
    .map(e => e.matches('th') ? 'name' : e.matches('.about') ? 'about' : e.id),
};
"""


@pytest.mark.parametrize("count", [5, 12])
def test_a_printed_grid_of_many_levels_stays_readable(browser, tmp_path, count):
    """Twelve levels side by side on a landscape A4 page leave each column
    a few words wide, every word cut: printed, a grid of more levels than
    fit shows each competency's cells in rows of cards under its name and
    description, each card headed by its level."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    source = tmp_path / "many-levels.yaml"
    source.write_text(many_levels(count), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out / "many-levels" / "index.html"
    open_page(browser, page)
    # A4 landscape's width, less its margins, in CSS pixels.
    browser.set_window_size(int((297 - 20) / 25.4 * 96), 1000)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = js(browser, PRINTED_CELLS)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.set_window_size(1400, 1000)
    assert printed["grid"] <= printed["page"] + 1
    assert printed["narrowest"] >= 12, printed["narrowest"]
    if count > 7:
        titles = [f'"Software Engineer {i}"' for i in range(1, count + 1)]
        assert printed["levels"] == titles + titles
        cells = [f"cell-L{i}-observability" for i in range(1, count + 1)]
        assert printed["order"] == ["name", "about", *cells]
    # Printed to PDF, every page is landscape A4.
    sizes = page_sizes(pdf(browser, page, f"many-levels-{count}.pdf"))
    assert sizes and all(width > height for width, height in sizes)


PRINTED_SPACING = """
// In ems of the grid's type: how far apart a statement's lines are, and
// the gaps between statements and around a cell's text.
const size = parseFloat(getComputedStyle(document.querySelector('li.statement')).fontSize);
let leading = 0, gap = 0, padding = 0;
for (const cell of document.querySelectorAll('table.grid td.cell')) {
  const style = getComputedStyle(cell);
  padding = Math.max(padding, parseFloat(style.paddingTop), parseFloat(style.paddingLeft));
  const items = cell.querySelectorAll('ul.statements > li.statement');
  items.forEach((item, i) => {
    leading = Math.max(leading, parseFloat(getComputedStyle(item).lineHeight));
    if (i > 0) gap = Math.max(gap, item.getBoundingClientRect().top - items[i - 1].getBoundingClientRect().bottom);
  });
}
return {leading: leading / size, gap: gap / size, padding: padding / size};
"""


def test_a_printed_grid_is_set_close(browser, wide_grids):
    """A printed row is as tall as its longest cell, so each line's leading
    and each gap between statements is paid for many times over: Dropbox's
    seven levels took some 24 landscape pages. Printed, the grid is set as
    close as a printed table is, its statements still apart."""
    open_page(browser, wide_grids["dropbox"])
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        spacing = js(browser, PRINTED_SPACING)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert spacing["leading"] <= 1.35, spacing
    assert 0 < spacing["gap"] <= 0.4, spacing
    assert spacing["padding"] <= 0.45, spacing
    # On screen the grid keeps its room.
    assert js(browser, PRINTED_SPACING)["leading"] >= 1.45


BROKEN_WORDS = """
// The words of the competencies' names that are cut across two lines.
const broken = [];
for (const name of document.querySelectorAll('th[scope=row] .competency-name')) {
  const text = name.firstChild;
  for (const match of text.textContent.matchAll(/\\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index); range.setEnd(text, match.index + match[0].length);
    const tops = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
    if (tops.size > 1) broken.push(match[0]);
  }
}
return broken;
"""


PRINTED_NAMES_CUT = """
// Printed, a competency's name is written by its first column's small
// table (see macros.html): the one-word names that take more than a line.
const cut = [];
for (const cell of document.querySelectorAll('table.grid .repeat-name')) {
  const name = cell.dataset.name;
  if (!cell.getClientRects().length || /\\s/.test(name)) continue;
  const size = parseFloat(getComputedStyle(cell, '::before').fontSize);
  if (cell.getBoundingClientRect().height > 2 * size) cut.push(name);
}
return cut;
"""


@pytest.mark.parametrize("where", ["phone", "paper"])
def test_competency_names_of_common_words_are_not_cut(browser, tmp_path, where):
    """On a phone, and on paper (where the grid's first column is
    narrow), a name of one long common word ('Responsibilities',
    'Communication') is not cut inside it."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    names = ("Responsibilities", "Communication", "Accountability", "Organisational Awareness")
    source = tmp_path / "names.yaml"
    source.write_text(many_levels(3, names), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    if where == "phone":
        browser.set_window_size(390, 844)
    else:  # A4 landscape's width, less its margins, in CSS pixels
        browser.set_window_size(int((297 - 20) / 25.4 * 96), 1000)
    try:
        open_page(browser, out / "many-levels" / "index.html")
        if where == "paper":
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            assert js(browser, "return document.querySelectorAll('table.grid .repeat-name').length") > len(names)
            assert js(browser, PRINTED_NAMES_CUT) == []
        assert js(browser, BROKEN_WORDS) == []
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.set_window_size(1400, 1000)


PHONE_CARDS = """
const region = document.querySelector('.grid-scroll').getBoundingClientRect();
const problems = [];
let previous = null, cards = 0;
// The levels' introductions of a dimension (a row above its competencies) are cards too.
for (const row of document.querySelectorAll('table.grid tr.competency:not([hidden]), table.grid tr.dimension-intro:not([hidden])')) {
  const name = row.querySelector('th[scope=row]').getBoundingClientRect();
  const about = row.nextElementSibling && row.nextElementSibling.matches('tr.competency-about')
    ? row.nextElementSibling.querySelector('td.about').getBoundingClientRect() : null;
  if (previous !== null && name.top < previous - 1) problems.push(['name above the last card', row.dataset.competency]);
  let bottom = about ? about.bottom : name.bottom;
  if (about && about.top < name.bottom - 1) problems.push(['description above its name', row.dataset.competency]);
  for (const cell of row.querySelectorAll('td.cell')) {
    if (!cell.getClientRects().length) continue;  // left out by the filter
    const box = cell.getBoundingClientRect(), style = getComputedStyle(cell);
    cards += 1;
    if (box.top < bottom - 1) problems.push(['card not under what is before it', cell.id]);
    if (box.width < region.width - 2) problems.push(['card narrower than the grid', cell.id, box.width, region.width]);
    // No blank below a card's text: as tall as what it holds.
    const last = cell.lastElementChild ? cell.lastElementChild.getBoundingClientRect().bottom : box.top;
    if (box.bottom - last > parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth) + 24)
      problems.push(['blank below the text', cell.id, box.bottom - last]);
    const before = getComputedStyle(cell, '::before');
    if (before.display === 'none' || before.content !== JSON.stringify(cell.dataset.level))
      problems.push(['card does not name its level', cell.id]);
    bottom = box.bottom;
  }
  previous = bottom;
}
return {
  problems: problems, cards: cards,
  page_scrolls_sideways: document.documentElement.scrollWidth > innerWidth,
  grid_scrolls_sideways: document.querySelector('.grid-scroll').scrollWidth > region.width + 1,
  hint: document.getElementById('grid-hint').offsetParent !== null,
  header_row: document.querySelector('table.grid thead').offsetParent !== null,
};
"""


def test_on_a_phone_each_competency_lists_its_levels_as_cards(browser, wide_grids):
    """On a phone, seven levels beside a column of names would each be a
    sliver, their rows as tall as their longest cell and the others blank
    below their text: there each competency is its name, its description,
    then a card per level, lowest first, each as wide as the grid, headed
    by its level and as tall as its text. Nothing scrolls sideways, and a
    link to a cell (a finding's) shows it."""
    browser.set_window_size(390, 844)
    try:
        open_page(browser, wide_grids["dropbox"])
        state = js(browser, PHONE_CARDS)
        assert state["problems"] == [], state["problems"][:5]
        # A card for every cell but a level's "No introduction at this level" (Dropbox's IC1-IC5 in Craft).
        assert state["cards"] == js(browser, "return document.querySelectorAll('table.grid td.cell:not(.cell-intro-none)').length") > 40
        assert state == {**state, "page_scrolls_sideways": False, "grid_scrolls_sideways": False,
                         "hint": False, "header_row": False}
        # The cards follow the levels' order.
        levels = js(browser, "return Array.from(document.querySelectorAll('tr.competency')[0].querySelectorAll('td.cell'), c => c.dataset.level)")
        assert levels == js(browser, "return Array.from(document.querySelectorAll('thead th[scope=col]:not(.corner) a'), a => a.textContent)")
        keep("dropbox-grid-390.png", browser.get_screenshot_as_png())
        # Narrowed by the filter, a level with nothing found has no card.
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        cards = """return Array.from(document.querySelectorAll('table.grid td.cell'))
            .filter(c => c.getClientRects().length > 0)
            .map(c => c.querySelectorAll('li.statement:not([hidden]), mark.found').length);"""
        everything = js(browser, cards)
        box = browser.find_element(By.ID, "filter")
        box.send_keys("SEV")
        found = js(browser, cards)
        assert found and 0 not in found and len(found) < js(browser, "return document.querySelectorAll('tr.competency:not([hidden]) td.cell').length"), found
        assert js(browser, PHONE_CARDS)["problems"] == []
        box.send_keys(Keys.ESCAPE)
        assert js(browser, cards) == everything
        cell = js(browser, "return document.querySelectorAll('td.cell')[40].id")
        js(browser, "location.hash = arguments[0]", cell)
        top = js(browser, "return document.getElementById(arguments[0]).getBoundingClientRect().top", cell)
        assert 0 <= top < 100, top
    finally:
        browser.set_window_size(1400, 1000)


MEASURE = """
// The widest paragraph or list item, in ems of the page's text: how long its lines can get.
const em = parseFloat(getComputedStyle(document.body).fontSize);
let widest = 0;
for (const e of document.querySelectorAll('main p, main li')) {
  if (!e.offsetParent) continue;
  widest = Math.max(widest, e.getBoundingClientRect().width / em);
}
return widest;
"""


def test_pages_read_as_text_keep_lines_short_enough_to_read_on_a_wide_screen(browser, site):
    """A level's page, every level on one page and the changelog are read
    as running text: on a wide screen their lines stay about 90 letters
    long, not 170."""
    root = site["root"]
    for page in (root / "dropbox-mle" / "levels" / "IC3.html", root / "dropbox-mle" / "all-levels.html",
                 root / "dropbox-mle" / "changelog.html", root / "monzo-engineering-backend" / "levels" / "L2.html"):
        open_page(browser, page)
        assert js(browser, MEASURE) <= 50, page


def test_a_printed_credit_says_where_its_link_leads(browser, tmp_path):
    """On paper a link cannot be followed: a credit's address is printed
    after its text (on screen it is the link's target only)."""
    from click.testing import CliRunner

    from conftest import MINIMAL
    from ladderlint.cli import main

    source = tmp_path / "credited.yaml"
    source.write_text(MINIMAL.replace(
        "dimensions:", "credits:\n  - text: Adapted from the Bar ladder\n    url: https://example.org/bar\ndimensions:", 1,
    ), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    open_page(browser, out / "acme-backend" / "index.html")
    after = "return getComputedStyle(document.querySelector('.credits a'), '::after').content"
    assert js(browser, after) in ("none", "normal", "")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert "https://example.org/bar" in js(browser, after)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_printed_grid_follows_the_levels_on_the_first_page_and_its_bullets_print_whole(browser, tmp_path):
    """A small grid prints under the levels' list, not from a page of its
    own that leaves most of the first one blank; its heading stays with
    its first row (a caption and a header row that end a page go with it)."""
    from click.testing import CliRunner

    from conftest import MINIMAL
    from ladderlint.cli import main

    source = tmp_path / "small.yaml"
    source.write_text(MINIMAL, encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(page_sizes(pdf(browser, out / "acme-backend" / "index.html", "small-grid.pdf"))) == 1
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        breaks = js(browser, "return ['caption', 'thead'].map(p => getComputedStyle("
                             "document.querySelector('table.grid > ' + p)).breakAfter)")
        # Chromium prints the default disc as a speck: a bullet of the text's font.
        bullet = js(browser, "return getComputedStyle(document.querySelector('ul.statements')).listStyleType")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert breaks == ["avoid", "avoid"]
    assert bullet == '"\u2022\u00a0"'
