"""Pages as publishing tools deliver them: Google Sites' footer in plain
``div``s after the page's main content, notion.site's toggles drawn in
``div``s, Coda's ARIA headings and bullets, GitBook's link cards and hints,
Sphinx's definition lists, Google Docs' nested lists, Obsidian's summary
callouts. What is the ladder is read as it would be from the same page
written plainly; what is not is reported, never a statement."""

from __future__ import annotations

from import_helpers import cells, imported

TRUTH = {"engineer-i": {"delivery": ["Ships small changes."]}, "engineer-ii": {"delivery": ["Delivers features."]}}


def _page(main: str, after: str = "") -> str:
    return f"<html><head><title>Ladder</title></head><body>{main}{after}</body></html>\n"


LEVELS = """<h2>Engineer I</h2>
<h3>Delivery</h3><ul><li><p>Ships small changes.</p></li></ul>
<h2>Engineer II</h2>
<h3>Delivery</h3><ul><li><p>Delivers features.</p></li></ul>
"""


def test_what_follows_the_main_content_is_the_page_footer(cli, write):
    footer = ('<div class="dZA9kd"><div><span>Google Sites</span></div><div><a href="https://www.google.com/sites">'
              'Report abuse</a></div><div>Page updated</div></div>\n'
              '<div class="Tmb9Yd"><div>This site uses cookies from Google to deliver its services.'
              '<a href="https://policies.google.com/technologies/cookies">Learn more</a></div></div>\n')
    data, run = imported(cli, write("ladder.html", _page(f'<div role="main">\n{LEVELS}</div>\n', footer)),
                         "--org", "A")
    assert cells(data) == TRUTH
    assert "not placed: page footer (after the page's main content), not part of the ladder: Google Sites " \
           "Report abuse Page updated" in run.stderr
    assert "not placed: cookie banner, not part of the ladder: This site uses cookies from Google" in run.stderr


def test_a_cookie_notice_in_a_box_of_no_name_is_a_cookie_banner(cli, write):
    notice = "<div><p>We use cookies to improve your experience.</p></div>\n"
    data, run = imported(cli, write("ladder.html", _page(LEVELS, notice)), "--org", "A")
    assert cells(data) == TRUTH
    assert "not placed: cookie banner, not part of the ladder: We use cookies" in run.stderr


def test_aria_headings_are_headings_of_their_level(cli, write):
    page = _page('<div role="main">\n'
                 '<div role="heading" aria-level="2">Engineer I</div>\n'
                 '<div role="heading" aria-level="3">Delivery</div><ul><li>Ships small changes.</li></ul>\n'
                 '<div role="heading" aria-level="2">Engineer II</div>\n'
                 '<div role="heading" aria-level="3">Delivery</div><ul><li>Delivers features.</li></ul>\n</div>\n')
    data, _ = imported(cli, write("ladder.html", page), "--org", "A")
    assert cells(data) == TRUTH


def test_coda_bullets_and_footer(cli, write):
    def bullet(text: str) -> str:
        return (f'<div class="kr-block kr-list"><span class="kr-bullet">•</span>'
                f'<span data-slate-string="true">{text}</span></div>\n')

    page = _page('<div class="kr-canvas" role="main">\n'
                 '<div class="kr-heading" role="heading" aria-level="2"><span>Engineer I</span></div>\n'
                 '<div class="kr-heading" role="heading" aria-level="3"><span>Delivery</span></div>\n'
                 + bullet("Ships small changes.") +
                 '<div class="kr-heading" role="heading" aria-level="2"><span>Engineer II</span></div>\n'
                 '<div class="kr-heading" role="heading" aria-level="3"><span>Delivery</span></div>\n'
                 + bullet("Delivers features.") +
                 '<div class="kr-doc-footer"><a href="https://coda.io/">Made with Coda</a>'
                 '<a href="https://coda.io/report">Report this doc</a></div></div>\n')
    data, run = imported(cli, write("ladder.html", page), "--org", "A")
    assert cells(data) == TRUTH
    assert "not placed: page footer, not part of the ladder: Made with Coda" in run.stderr


def test_a_bullet_drawn_as_text_of_its_own_is_no_statement(cli, write):
    def bullet(text: str) -> str:
        return f'<div class="notion-bulleted_list-block"><div class="pseudoBefore">•</div><div>{text}</div></div>\n'

    page = _page("<h2>Engineer I</h2><h3>Delivery</h3>\n" + bullet("Ships small changes.")
                 + "<h2>Engineer II</h2><h3>Delivery</h3>\n" + bullet("Delivers features."))
    data, _ = imported(cli, write("ladder.html", page), "--org", "A")
    assert cells(data) == TRUTH


def test_a_toggle_drawn_in_divs_reads_as_a_details_toggle(cli, write):
    toggle = ('<div class="notion-toggle-block"><div style="display:flex"><div role="button" aria-expanded="false">'
              '<svg class="triangle"></svg></div><div>Examples</div></div>\n'
              '<div style="display:none"><div class="notion-bulleted_list-block"><div>Fixed the flaky login test.'
              '</div></div></div></div>\n')
    details = "<details><summary>Examples</summary><ul><li>Fixed the flaky login test.</li></ul></details>\n"
    base = ("<h2>Engineer I</h2><h3>Teamwork</h3><ul><li>Asks for help early.</li></ul>\n{toggle}"
            "<h2>Engineer II</h2><h3>Teamwork</h3><ul><li>Reviews peers' changes.</li></ul>\n")
    site, _ = imported(cli, write("site.html", _page(base.format(toggle=toggle))), "--org", "A")
    export, _ = imported(cli, write("export.html", _page(base.format(toggle=details))), "--org", "A")
    assert cells(site) == cells(export)
    assert cells(site)["engineer-i"]["teamwork"] == [
        {"text": "Asks for help early.", "examples": ["Fixed the flaky login test."]}]


def test_a_link_card_is_reported_as_a_link_to_another_page(cli, write):
    card = ('<div class="content-ref"><a href="/career/faq"><div class="ref-icon"></div><span>FAQ</span></a></div>\n')
    data, run = imported(cli, write("ladder.html", _page(f"<main>\n{LEVELS}{card}</main>\n")), "--org", "A")
    assert cells(data) == TRUTH
    assert "not placed: a link to another page (a card), not part of the ladder: FAQ" in run.stderr


def test_a_gitbook_hint_is_a_note_not_the_level_summary(cli, write):
    hint = ('<div class="hint hint-warning" role="note"><div class="hint-content">'
            '<p>This level was renamed from "Engineer II" in 2024.</p></div></div>\n')
    html = LEVELS.replace("<h3>", hint + "<h3>", 1)
    data, run = imported(cli, write("ladder.html", _page(html)), "--org", "A")
    assert "summary" not in data["levels"][0]
    assert "callout), not part of the ladder: This level was renamed" in run.stderr
    markdown = ("## Engineer I\n\n{% hint style=\"warning\" %}\nThis level was renamed in 2024.\n{% endhint %}\n\n"
                "### Delivery\n\n- Ships small changes.\n\n## Engineer II\n\n### Delivery\n\n- Delivers features.\n")
    data, run = imported(cli, write("ladder.md", markdown), "--org", "A")
    assert cells(data) == TRUTH and "summary" not in data["levels"][0]
    assert "(an admonition, 'warning'), not part of the ladder: This level was renamed in 2024." in run.stderr


def test_a_summary_callout_under_a_level_is_its_summary(cli, write):
    markdown = ("## Engineer I\n\n> [!summary]\n> Learns our stack and ships small changes.\n\n"
                "### Delivery\n\n- Ships small changes.\n\n## Engineer II\n\n> [!abstract] In short\n"
                "> Owns features end to end.\n\n### Delivery\n\n- Delivers features.\n")
    data, _ = imported(cli, write("ladder.md", markdown), "--org", "A")
    assert cells(data) == TRUTH
    assert [level.get("summary") for level in data["levels"]] == [
        "Learns our stack and ships small changes.", "Owns features end to end."]


def test_definition_terms_under_a_competency_title_their_statements(cli, write):
    def page(terms: list[tuple[str, str]]) -> str:
        dl = "".join(f"<dt>{term}</dt><dd><p>{said}</p></dd>" for term, said in terms)
        return _page("<h2>Engineer I</h2><h3>Delivery</h3><ul><li>Ships small changes.</li></ul>\n"
                     f'<h3>Teamwork</h3><dl class="simple">{dl}</dl>\n'
                     "<h2>Engineer II</h2><h3>Delivery</h3><ul><li>Delivers features.</li></ul>\n"
                     "<h3>Teamwork</h3><ul><li>Reviews peers' changes.</li></ul>\n")

    two, _ = imported(cli, write("two.html", page([("Code review", "Responds to review comments within a day."),
                                                   ("Stand-up", "Shares blockers early.")])), "--org", "A")
    one, _ = imported(cli, write("one.html", page([("Code review", "Responds to review comments within a day.")])),
                      "--org", "A")
    assert cells(two)["engineer-i"]["teamwork"] == ["Code review: Responds to review comments within a day.",
                                                    "Stand-up: Shares blockers early."]
    assert cells(one)["engineer-i"]["teamwork"] == ["Code review: Responds to review comments within a day."]


def test_google_docs_nested_list_finishes_the_sentence_above(cli, write):
    page = ('<html><body class="doc-content"><h1>IC1 - Associate Engineer</h1><h2>Collaboration</h2>\n'
            '<ul class="lst-kix_def-0 start"><li><span>Asks for help when stuck</span></li></ul>\n'
            '<ul class="lst-kix_def-1 start"><li><span>including in public channels</span></li>'
            '<li><span>Pairs with a teammate weekly.</span></li></ul>\n'
            '<h1>IC2 - Engineer</h1><h2>Collaboration</h2>\n'
            '<ul class="lst-kix_ghi-0 start"><li><span>Gives useful code review feedback.</span></li></ul>\n'
            "</body></html>\n")
    data, run = imported(cli, write("doc.html", page), "--org", "A")
    assert cells(data)["IC1"]["collaboration"] == ["Asks for help when stuck, including in public channels",
                                                   "Pairs with a teammate weekly."]
    assert "go on with its sentence" in run.stderr
