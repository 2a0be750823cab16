"""The marks of what the latest release added or changed, in a real
browser: seen as words in their own colours, readable in both schemes,
and not taken for the framework's words by the grid's filter. The
browser, and when the test is skipped, are those of test_render_browser."""

from __future__ import annotations

import shutil

import pytest

from test_diff_git import git
from test_render_browser import CONTRAST, browser, js, open_page  # noqa: F401 - browser: a fixture
from test_render_history import MOVED, TO_MOVE, V1, V11, commit

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def _site(tmp_path, monkeypatch, first: str, release: str, version: str):
    """The framework's pages, rendered from a git history of two commits:
    ``first``, then ``release`` (as version ``version``)."""
    from click.testing import CliRunner

    from ladderlint.cli import main

    repo = tmp_path / "ladder"
    repo.mkdir()
    git(repo, "init", "-q")
    monkeypatch.chdir(repo)
    commit(repo, "acme.yaml", first, "First version")
    commit(repo, "acme.yaml", release, f"Release {version}")
    result = CliRunner().invoke(main, ["render", "acme.yaml", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    return tmp_path / "site" / "acme-backend"


def _colour_scheme(browser, scheme: str | None) -> None:  # noqa: F811 - browser: the fixture's
    """Have the browser prefer ``scheme`` ("light", "dark"), or its own with None."""
    features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})


def _boxed(browser, element) -> bool:  # noqa: F811 - browser: the fixture's
    """Whether ``element`` is a word in a box, not a colour alone: a border and its own background."""
    style = js(browser, "const s = getComputedStyle(arguments[0]); return [s.borderTopStyle, s.backgroundColor];",
               element)
    return style[0] in ("solid", "dashed") and style[1] not in ("rgba(0, 0, 0, 0)", "transparent")


def test_the_filter_reads_the_frameworks_words_not_the_marks(browser, tmp_path, monkeypatch):  # noqa: F811
    from selenium.webdriver.common.by import By

    site = _site(tmp_path, monkeypatch, V1, V11, "1.1.0")
    open_page(browser, site / "index.html")
    mark = browser.find_element(By.CSS_SELECTOR, "li.statement .release-mark")
    assert mark.text.split("\n")[0] == "NEW" and mark.is_displayed()
    # Readable in both schemes, the level page's legend included.
    for scheme in ("light", "dark"):
        _colour_scheme(browser, scheme)
        for page in ("index.html", "levels/IC1.html"):
            open_page(browser, site / page)
            assert js(browser, "return document.querySelectorAll('.release-mark').length") > 0
            assert js(browser, CONTRAST) == [], (scheme, page)
    _colour_scheme(browser, None)
    open_page(browser, site / "index.html")
    mark = browser.find_element(By.CSS_SELECTOR, "li.statement .release-mark")
    assert _boxed(browser, mark)
    box = browser.find_element(By.ID, "filter")
    for words, expected in (("version", []), ("new", []), ("review", ["I ask for review early"])):
        box.clear()
        box.send_keys(words)
        shown = js(browser, "return Array.from(document.querySelectorAll('li.statement')).filter(e => e.offsetParent"
                            " !== null).map(e => e.querySelector('.statement-text').textContent)")
        assert shown == expected, words
        assert js(browser, "return document.querySelectorAll('.release-mark mark.found').length") == 0


def test_a_statement_moved_from_a_level_that_had_it_is_marked_moved(browser, tmp_path, monkeypatch):  # noqa: F811
    """Moved up a cumulative ladder, a statement is not new where it went:
    its own word, in a box of its own, readable in both schemes."""
    from selenium.webdriver.common.by import By

    site = _site(tmp_path, monkeypatch, TO_MOVE, MOVED, "2.0.0")
    for scheme in ("light", "dark"):
        _colour_scheme(browser, scheme)
        open_page(browser, site / "levels" / "IC2.html")
        [mark] = browser.find_elements(By.CSS_SELECTOR, "li.statement .release-mark")
        assert mark.text.split("\n")[0] == "MOVED FROM ENGINEER I" and mark.is_displayed()
        assert _boxed(browser, mark)
        assert js(browser, CONTRAST) == [], scheme
    _colour_scheme(browser, None)


def test_each_kind_of_change_is_a_box_of_its_own_readable_in_both_schemes(browser, tmp_path, monkeypatch):  # noqa: F811
    """Reworded, raised, lowered, raised and lowered, and moved down (new
    where it went): words in boxes, each readable."""
    from selenium.webdriver.common.by import By

    from test_render_marks_say_what_changed import THREE

    release = THREE.replace('"1.0.0"', '"2.0.0"').replace(
        "I ask for help when I am stuck", "I ask for help when I'm stuck").replace(
        "I write tests for my changes", "I write tests for all my changes and review tests of others").replace(
        "I lead projects across several teams", "I lead projects within my team").replace(
        "I deliver my projects on time", "I deliver my projects eventually and review designs of other teams").replace(
        "        - I review my team's pull requests\n", "").replace(
        "        - I deliver my tasks on time\n", "        - I deliver my tasks on time\n"
        "        - I review my team's pull requests\n")
    site = _site(tmp_path, monkeypatch, THREE, release, "2.0.0")
    for scheme in ("light", "dark"):
        _colour_scheme(browser, scheme)
        for page in ("index.html", "levels/IC1.html", "levels/IC2.html"):
            open_page(browser, site / page)
            assert js(browser, CONTRAST) == [], (scheme, page)
        open_page(browser, site / "index.html")
        shown = {mark.text.split("\n")[0] for mark in browser.find_elements(By.CSS_SELECTOR, "li.statement .release-mark")}
        assert shown == {"REWORDED", "RAISED", "LOWERED", "RAISED AND LOWERED", "NEW HERE, MOVED FROM ENGINEER II"}, \
            scheme
        assert all(_boxed(browser, mark) for mark in browser.find_elements(By.CSS_SELECTOR, ".release-mark"))
    _colour_scheme(browser, None)
