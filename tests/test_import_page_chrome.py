"""A site's furniture written without HTML5 landmarks (``<div
class="site-footer">``, a 'Back to top' link, a 'Was this page helpful?'
box): recognised by what it is, reported, never a statement; and buttons:
a form's are no words of the page, an accordion's name what they open."""

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


ACCORDION_IN_HEADINGS = """<html><head><title>Ladder | Acme</title></head><body><main><h1>Engineering ladder</h1>
<div class="accordion">
<h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse"
 data-bs-target="#l1" aria-expanded="true">L1 Junior Engineer</button></h2>
<div id="l1" class="accordion-collapse collapse show"><h3>Coding</h3><ul><li>Writes small features.</li></ul></div>
<h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#l2" aria-expanded="false">L2 Engineer</button></h2>
<div id="l2" class="accordion-collapse collapse"><h3>Coding</h3><ul><li>Writes features end to end.</li></ul></div>
</div></main></body></html>
"""

ACCORDION_BUTTONS = """<html><head><title>Ladder | Acme</title></head><body><main><h1>Engineering ladder</h1>
<button class="accordion">L1 Junior Engineer</button>
<div class="panel"><h3>Coding</h3><ul><li>Writes small features.</li></ul></div>
<button aria-expanded="false" aria-controls="second">L2 Engineer</button>
<div id="second" hidden><h3>Coding</h3><ul><li>Writes features end to end.</li></ul></div>
</main></body></html>
"""


@pytest.mark.parametrize("page", [ACCORDION_IN_HEADINGS, ACCORDION_BUTTONS], ids=["in-headings", "alone"])
def test_an_accordions_buttons_name_the_parts_they_open(cli, write, page):
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [("L1", "Junior Engineer"), ("L2", "Engineer")]
    assert cells(data) == TRUTH


def test_a_forms_buttons_are_no_words_of_the_page(cli, write):
    page = _page(after_each='<form><button type="submit">Save</button> <button>Cancel</button></form>')
    data, run = imported(cli, write("ladder.html", page), "--org", "Acme")
    assert cells(data) == TRUTH
    assert "Save" not in run.stderr and "Cancel" not in run.stderr
