"""`ladderlint render`: a competency's description shown as what it is,
and a link written out as plain text shown as a link.

A description written as a list (Artsy's "Nature and level of strategy
used in people direction", one item a line) sat right above the level's
statements, a list too: a reader took it for more expectations. Wherever
it is shown near what levels expect (a level's page, every level, two
levels side by side, the grid, the Markdown's table), it opens with "About
this competency:". A link written out as text ("the company framework
(https://docs.google.com/…)"), as `import` writes a Markdown link, is a
link on the site kept to a line (cut short with "…"), not an address
three lines long; the Markdown keeps it as a Markdown link."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL
from render_helpers import Element, parse, squeeze

LABEL = "About this competency:"
LISTED = "- Nature and level of strategy used in people direction\n- Level of analysis applied to business issues"
SAID = "How we deliver results."
ADDRESS = "https://docs.google.com/spreadsheets/d/1rw7wEUvigrD_0Vb50Bzz35BQxo58tFwHhDJAS7v5pLU/edit?gid=1253823157"


def described(listed: str | None = LISTED, said: str | None = SAID) -> str:
    """MINIMAL with two levels and two competencies: Impact described by
    ``listed``, Delivery by ``said``, Craft by nothing."""
    text = MINIMAL.replace("        name: Impact\n", "        name: Impact\n"
                           + (f"        description: {json.dumps(listed)}\n" if listed else "")
                           + "      - id: delivery\n        name: Delivery\n"
                           + (f"        description: {json.dumps(said)}\n" if said else "")
                           + "      - id: craft\n        name: Craft\n")
    level = ("      delivery:\n        - I ship small changes\n      craft:\n        - I write tests\n")
    text = text.replace("        - I deliver my tasks on time\n", "        - I deliver my tasks on time\n" + level)
    return text + ("  - id: IC2\n    title: Engineer II\n    summary: Delivers features\n    competencies:\n"
                   "      impact:\n        - I deliver features on time\n" + level)


@pytest.fixture
def site(cli, tmp_path, write):
    def run(text: str, *options: str) -> Path:
        out = tmp_path / f"site-{len(list(tmp_path.iterdir()))}"
        result = cli("render", str(write("framework.yaml", text)), "-o", str(out), *options)
        assert result.exit_code == 0, result.stderr
        return out

    return run


def abouts(page: Element, cls: str) -> list[Element]:
    return page.find_all(None, cls)


def opening(element: Element) -> tuple[str, str]:
    """The tag of the first element in a description, and the words it opens with."""
    first = element if element.tag == "p" else next(e for e in element.children if isinstance(e, Element))
    return first.tag, squeeze(first.text)


@pytest.mark.parametrize("page, cls", [
    ("levels/IC1.html", "about-competency"),
    ("all-levels.html", "about-competency"),
    ("compare/IC1-IC2.html", "about-competency"),
    ("index.html", "competency-description"),
])
def test_a_competency_s_description_is_labelled_as_what_it_is_on_every_page(site, page, cls):
    out = site(described()) / "acme-backend"
    pages = list(out.glob(page))
    assert pages, sorted(str(p.relative_to(out)) for p in out.rglob("*.html"))
    shown = parse(pages[0])
    found = abouts(shown, cls)
    per_level = 2 if page == "all-levels.html" else 1
    # Impact's and Delivery's descriptions, labelled; Craft has none, and no label.
    assert len(found) == 2 * per_level, [squeeze(e.text) for e in found]
    listed, said = found[0], found[1]
    # A list: the label on a line of its own, then the list, apart from the statements.
    assert opening(listed) == ("p", LABEL)
    assert [e.tag for e in listed.children if isinstance(e, Element)] == ["p", "ul"]
    assert "statement" not in {c for e in listed.iter() for c in e.classes}
    # One sentence: a paragraph that opens with the label.
    assert opening(said) == ("p", f"{LABEL} {SAID}")
    assert squeeze(shown.text).count(LABEL) == 2 * per_level


def test_a_level_page_without_descriptions_shows_no_label(site):
    out = site(described(None, None)) / "acme-backend"
    for page in ("levels/IC1.html", "all-levels.html", "index.html"):
        assert LABEL not in squeeze(parse(out / page).text), page


def test_the_markdown_labels_the_description_and_import_reads_it_back(site, cli, tmp_path):
    out = site(described(), "--format", "markdown")
    written = (out / "acme-backend.md").read_text(encoding="utf-8")
    assert (f"| **Impact**<br>*{LABEL}*<br>• Nature and level of strategy used in people direction"
            "<br>• Level of analysis applied to business issues |") in written
    assert f"| **Delivery**<br>*{LABEL}* {SAID} |" in written
    assert "| **Craft** |" in written
    back = tmp_path / "back.yaml"
    result = cli("import", str(out / "acme-backend.md"), "-o", str(back))
    assert back.exists(), result.stderr
    import yaml

    [dimension] = yaml.safe_load(back.read_text(encoding="utf-8"))["dimensions"]
    descriptions = {c["name"]: c.get("description") for c in dimension["competencies"]}
    assert descriptions == {"Impact": LISTED, "Delivery": SAID, "Craft": None}


def links(page: Path) -> list[tuple[str, str, bool]]:
    """A page's links away: where each goes, its words, and whether it is kept to a line."""
    return [(a.attrs["href"], squeeze(a.text), "written-link" in a.classes)
            for a in parse(page).find_all("a") if a.attrs.get("href", "").startswith("http")]


@pytest.mark.parametrize("text, url, kept", [
    # A link written out after its words, as `import` writes a Markdown link: kept to a line.
    (f"Synced with the company framework ({ADDRESS}) for titles.", ADDRESS, True),
    ("See our guide (www.acme.io/engineering/guide).", "https://www.acme.io/engineering/guide", True),
    # Near misses: the address is the text, shown as ever.
    (f"See {ADDRESS} for titles.", ADDRESS, False),
    (f"({ADDRESS})", ADDRESS, False),
    (f"Synced with the company framework: {ADDRESS}", ADDRESS, False),
])
def test_a_link_written_out_after_its_words_is_kept_to_a_line_on_the_site(site, text, url, kept):
    framework = MINIMAL.replace("organisation:", f"description: {json.dumps(text)}\norganisation:", 1)
    framework = framework.replace("        name: Impact\n", f"        name: Impact\n        description: {json.dumps(text)}\n")
    out = site(framework) / "acme-backend"
    for page in ("index.html", "levels/IC1.html"):
        found = [link for link in links(out / page) if link[0] == url]
        # The address is the link's words, as written (to copy, to hear, to print).
        assert found and all(link[1:] == (url.removeprefix("https://") if "www." in text else url, kept)
                             for link in found), (page, links(out / page))
        assert squeeze(text) in squeeze(parse(out / page).text)
        # On one line: no break offered inside it (a long address elsewhere wraps at its slashes).
        assert all(not a.find_all("wbr") for a in parse(out / page).find_all("a", "written-link"))


def test_the_markdown_keeps_a_written_out_link_s_address(site):
    text = f"Synced with the company framework ({ADDRESS}) for titles."
    framework = MINIMAL.replace("organisation:", f"description: {json.dumps(text)}\norganisation:", 1)
    written = (site(framework, "--format", "markdown") / "acme-backend.md").read_text(encoding="utf-8")
    # The address is the link's words (Markdown escapes its "_"), as GitHub would show it.
    shown = ADDRESS.replace("_", "\\_")
    assert f"company framework ([{shown}]({ADDRESS})) for titles." in written
