"""A site's furniture written without HTML5 landmarks (``<div
class="site-footer">``, a 'Back to top' link, a 'Was this page helpful?'
box): recognised by what it is, reported, never a statement."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported

LEVELS = """<section id="l1"><h2>L1 Junior Engineer</h2>
<h3>Coding</h3><ul><li>Writes small features.</li></ul>
{after}</section>
<section id="l2"><h2>L2 Engineer</h2>
<h3>Coding</h3><ul><li>Writes features end to end.</li></ul>
{after}</section>
"""

TRUTH = {"L1": {"coding": ["Writes small features."]}, "L2": {"coding": ["Writes features end to end."]}}


def _page(after_each: str = "", after_all: str = "", before: str = "") -> str:
    return (f"<html><head><title>Ladder | Acme</title></head><body>{before}<div class=\"content\">"
            f"<h1>Engineering ladder</h1>\n{LEVELS.format(after=after_each)}{after_all}</div></body></html>\n")


@pytest.mark.parametrize("link", [
    '<p class="back"><a href="#top">Back to top ↑</a></p>',
    '<a href="#page-top">Top</a>',
    '<p><a href="#">↑ Back to top</a></p>',
])
def test_a_link_back_to_the_top_of_the_page_is_no_statement(cli, write, link):
    data, run = imported(cli, write("ladder.html", _page(after_each=link)), "--org", "Acme")
    assert cells(data) == TRUTH
    assert run.stderr.count("not placed: a link back to the top of the page, not part of the ladder") == 2


@pytest.mark.parametrize("furniture, reason", [
    ('<div class="feedback">Was this page helpful? <button>Yes</button> <button>No</button></div>',
     "the page's feedback form"),
    ("<p>Was this page helpful?</p>", "the page's feedback form"),
    ('<p class="edit"><a href="https://gitlab.com/acme/handbook/edit/main/ladder.md">Edit this page</a>'
     " · Last updated on 3 February 2025</p>", "the page's record of its authors and edits"),
    ('<div class="site-footer">© Acme Ltd 2025 · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></div>',
     "page footer"),
    ("<p>© Acme Ltd 2025. All rights reserved.</p>", "the site's copyright line"),
])
def test_page_furniture_after_the_last_level_is_no_statement(cli, write, furniture, reason):
    data, run = imported(cli, write("ladder.html", _page(after_all=furniture)), "--org", "Acme")
    assert cells(data) == TRUTH
    assert f"not placed: {reason}, not part of the ladder" in run.stderr


def test_a_cookie_dialog_named_by_its_label_is_a_cookie_banner(cli, write):
    banner = ('<div class="banner" role="dialog" aria-label="Cookie consent"><p>This site uses cookies.</p>'
              '<button>Accept all</button> <button aria-expanded="false">Manage preferences</button></div>')
    data, run = imported(cli, write("ladder.html", _page(before=banner)), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "not placed: cookie banner, not part of the ladder: This site uses cookies." in run.stderr
