"""`ladderlint import` reads a glossary, a page or a section under a heading
that says so ('Glossary', 'Definitions', 'Key terms', 'Glossaire',
'Begriffe'), into the framework's ``glossary``: each way people write its
entries, on a small document written for the test. Its entries are never
statements or competencies; a text of it that defines no term is reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from import_helpers import cells, imported
from ladderlint.loader import load_document

LADDER = """# Acme Engineering Ladder

## Junior Engineer

### Delivery

- Ships small tasks with help

## Senior Engineer

### Delivery

- Leads projects across teams

"""


def statements(data: dict[str, Any]) -> list[str]:
    return [s if isinstance(s, str) else s["text"] for level in cells(data).values() for cell in level.values()
            if isinstance(cell, list) for s in cell]


def competencies(data: dict[str, Any]) -> list[str]:
    return [c["name"] for d in data["dimensions"] for c in d["competencies"]]


def as_ladder(data: dict[str, Any]) -> None:
    """The ladder around the glossary is read as it is without it."""
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Senior Engineer"]
    assert competencies(data) == ["Delivery"]
    assert statements(data) == ["Ships small tasks with help", "Leads projects across teams"]


def test_a_glossary_section_of_labelled_items_and_paragraphs(cli, write):
    text = LADDER + ("## Glossary\n\nWe use these words as follows:\n\n"
                     "- **Impact**: The effect of work on the business.\n"
                     "- Ownership: Taking responsibility for outcomes.\n\n"
                     "Craft - The quality of the work itself.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Craft": "The quality of the work itself.",
                                "Impact": "The effect of work on the business.",
                                "Ownership": "Taking responsibility for outcomes."}
    assert "ladder.md:15: layout: a glossary ('Glossary'): 3 terms read into the glossary" in run.stderr
    # The introduction defines no term: reported, not an entry.
    assert "ladder.md:17: not placed: in the glossary, but defines no term: We use these words as follows:" \
        in run.stderr


def test_a_bold_term_with_its_definition_after_it_in_html(cli, write):
    page = ("<h1>Acme Engineering Ladder</h1><h2>Junior Engineer</h2><h3>Delivery</h3>"
            "<ul><li>Ships small tasks with help</li></ul><h2>Senior Engineer</h2><h3>Delivery</h3>"
            "<ul><li>Leads projects across teams</li></ul>"
            "<h2>Definitions</h2><p><strong>Impact</strong> The effect of work on the business.</p>"
            "<p><b>Scope</b>: How far the work reaches.</p>")
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Impact": "The effect of work on the business.",
                                "Scope": "How far the work reaches."}


def test_a_definition_list(cli, write):
    page = ("<h1>Acme Engineering Ladder</h1><h2>Junior Engineer</h2><h3>Delivery</h3>"
            "<ul><li>Ships small tasks with help</li></ul><h2>Senior Engineer</h2><h3>Delivery</h3>"
            "<ul><li>Leads projects across teams</li></ul>"
            "<h2>Key terms</h2><dl><dt>Mentorship</dt><dd>Guiding others in their growth.</dd>"
            "<dt>Reach</dt><dd>The breadth of collaboration.</dd></dl>")
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Mentorship": "Guiding others in their growth.",
                                "Reach": "The breadth of collaboration."}


def test_a_table_of_terms_and_definitions(cli, write):
    text = LADDER + ("## Terminology\n\n| Term | Definition |\n| --- | --- |\n"
                     "| Leverage | A multiplier on results. |\n| **Delivery** | Shipping what was promised. |\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Delivery": "Shipping what was promised.", "Leverage": "A multiplier on results."}


def test_headings_over_their_definitions(cli, write):
    text = LADDER + ("## Glossary\n\n### Reach\n\nThe breadth of collaboration.\n\n"
                     "### Leverage\n\nA multiplier on results.\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Leverage": "A multiplier on results.", "Reach": "The breadth of collaboration."}


def test_a_term_in_title_case_ended_by_a_full_stop(cli, write):
    """'Systems Fluency. The ability ...': the full stop ends the term, even
    where the bold stops short of it ('<b>Code</b> Fluency. The ability')."""
    page = ("<h1>Acme Engineering Ladder</h1><h2>Junior Engineer</h2><h3>Delivery</h3>"
            "<ul><li>Ships small tasks with help</li></ul><h2>Senior Engineer</h2><h3>Delivery</h3>"
            "<ul><li>Leads projects across teams</li></ul><h2>Glossary</h2>"
            "<ul><li>Systems Fluency. The ability to understand the systems we run.</li>"
            "<li><b>Code</b> Fluency. The ability to read and write code well.</li></ul>")
    data, _ = imported(cli, write("ladder.html", page), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Code Fluency": "The ability to read and write code well.",
                                "Systems Fluency": "The ability to understand the systems we run."}


def test_a_heading_over_an_introduction_and_its_entries_is_no_term(cli, write):
    text = LADDER + ("## Glossary\n\n### Craft definitions\n\nThe responsibilities below make up the craft:\n\n"
                     "- Code fluency: Reading and writing code well.\n- Software design: Designing components.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Code fluency": "Reading and writing code well.",
                                "Software design": "Designing components."}
    assert "not placed: in the glossary, but defines no term: Craft definitions" in run.stderr


@pytest.mark.parametrize("heading", ["Glossaire", "Définitions", "Begriffe", "Glossar", "5. Key Terms:"])
def test_a_glossary_heading_in_french_or_german_or_numbered(cli, write, heading):
    text = LADDER + f"## {heading}\n\n- **Impact**: The effect of work on the business.\n"
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Impact": "The effect of work on the business."}


def test_a_heading_named_so_over_no_entries_is_read_as_before(cli, write):
    text = LADDER + "## Terms\n\nThese apply to everyone on the team and are reviewed every year.\n"
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "glossary" not in data
    assert "in the glossary" not in run.stderr


def test_a_ladder_under_a_definitions_heading_is_a_ladder(cli, write):
    """Levels' headings over their bullets under 'Definitions' are the
    ladder, not terms defined."""
    text = ("# Acme Engineering Ladder\n\n## Definitions\n\n### Engineer I\n\n- Delivers well-scoped tasks\n"
            "- Writes tests for their code\n\n### Engineer II\n\n- Delivers features independently\n"
            "- Reviews code for their team\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II"]
    assert "glossary" not in data and "Reviews code for their team" in statements(data)


def test_a_table_headed_as_something_else_under_terms_is_no_glossary(cli, write):
    text = LADDER + ("## Terms\n\n| Level | Typical scope |\n| --- | --- |\n"
                     "| Engineer I | Owns their tasks. |\n| Engineer II | Owns a feature. |\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "glossary" not in data


def test_a_sentence_about_the_glossary_is_its_introduction_not_a_term(cli, write):
    text = LADDER + ("## Glossary\n\nAcme Engineering Handbook. These definitions apply to every track.\n\n"
                     "Impact: The effect of work on the business.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data["glossary"] == {"Impact": "The effect of work on the business."}
    assert "not placed: in the glossary, but defines no term: Acme Engineering Handbook." in run.stderr


SITE_LEVEL = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><h2>Delivery</h2>"
              "<ul><li>{statement}</li></ul></body></html>")
GLOSSARY_PAGE = ("<html><head><title>Glossary</title></head><body><h1>Glossary</h1>"
                 "<p>There are a few words where it helps to say how we read them:</p><ul>"
                 "<li><strong>Impact</strong>: The effect on the business.</li>"
                 "<li><strong>Results</strong>: What the work achieves.</li>"
                 "<li><strong>Mentorship</strong>: Guiding others.</li></ul></body></html>")


def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    pages = {"ic1.html": ("IC1 Software Engineer", "Ships small tasks"),
             "ic2.html": ("IC2 Software Engineer", "Ships features"),
             "m1.html": ("M1 Engineering Manager", "Runs a team"),
             "m2.html": ("M2 Senior Engineering Manager", "Runs several teams")}
    for name, (title, statement) in pages.items():
        (folder / name).write_text(SITE_LEVEL.format(title=title, statement=statement), encoding="utf-8")
    (folder / "glossary.html").write_text(GLOSSARY_PAGE, encoding="utf-8")
    return folder


def test_a_glossary_page_of_a_site_applies_to_every_track(cli, tmp_path):
    folder = site(tmp_path)
    out = tmp_path / "out"
    run = cli("import", str(folder), "--org", "Globex", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    frameworks = [load_document(str(p), p.read_bytes()).data for p in sorted(out.glob("*.yaml"))]
    assert len(frameworks) == 2
    for data in frameworks:
        assert data["glossary"] == {"Impact": "The effect on the business.", "Mentorship": "Guiding others.",
                                    "Results": "What the work achieves."}
        assert not {"Impact", "Results", "Mentorship"} & set(competencies(data))
        assert not any("Guiding others" in s for s in statements(data))
    assert (f"{folder / 'glossary.html'}:1: layout: a glossary, no ladder: its 3 terms go to the glossary of "
            "every track's framework (2)") in run.stderr
    assert "glossary.html:1: not placed" not in run.stderr
    assert "not placed: in the glossary, but defines no term: There are a few words" in run.stderr


def test_a_link_to_read_on_after_a_definition_is_no_part_of_it(cli, tmp_path):
    folder = site(tmp_path)
    page = GLOSSARY_PAGE.replace("The effect on the business.</li>",
                                 'The effect on the business. <a href="impact.html">+What is Impact?</a></li>')
    (folder / "glossary.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    run = cli("import", str(folder), "--org", "Globex", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    for path in sorted(out.glob("*.yaml")):
        assert load_document(str(path), path.read_bytes()).data["glossary"]["Impact"] == "The effect on the business."
    assert any(line.startswith(str(folder / "glossary.html:")) and line.endswith(
        ": not placed: a link to read on elsewhere, not part of the ladder: +What is Impact?")
        for line in run.stderr.splitlines())


def test_a_glossary_page_beside_one_track(cli, tmp_path):
    folder = site(tmp_path)
    for name in ("m1.html", "m2.html"):
        (folder / name).unlink()
    run = cli("import", str(folder), "--org", "Globex", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(tmp_path / "out.yaml"), (tmp_path / "out.yaml").read_bytes()).data
    assert sorted(data["glossary"]) == ["Impact", "Mentorship", "Results"]
    assert "layout: a glossary, no ladder: its 3 terms go to the glossary of the framework" in run.stderr


def test_a_term_the_pages_define_keeps_their_definition(cli, tmp_path):
    """The merge's rule for a term defined twice: the first definition is
    kept (the ladder's own, from its footnote), the other reported."""
    folder = site(tmp_path)
    (folder / "ic1.html").write_text(
        "<html><body><h1>IC1 Software Engineer</h1><h2>Delivery</h2><ul><li>Has Impact* on the team</li></ul>"
        "<p>* Impact refers to what changes because of the work.</p></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    run = cli("import", str(folder), "--org", "Globex", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    software = load_document(str(out / "globex-software-engineer.yaml"),
                             (out / "globex-software-engineer.yaml").read_bytes()).data
    assert software["glossary"]["Impact"] == "refers to what changes because of the work."
    assert "glossary.html:1: not placed: a second definition of 'Impact'; the first one is kept: " \
           "The effect on the business." in run.stderr
    manager = load_document(str(out / "globex-engineering-manager.yaml"),
                            (out / "globex-engineering-manager.yaml").read_bytes()).data
    assert manager["glossary"]["Impact"] == "The effect on the business."


@pytest.mark.parametrize("name, glossary", [
    ("ladder.md", "## Glossary\n\n- **ML Design**: designing for each lifecycle* stage.\n\n"
                  "\\* **ML lifecycle** refers to the stages of an ML project.\n\n"
                  "† **Impact** means the effect of work.\n"),
    ("ladder.html", "<h2>Glossary</h2><ul><li><strong>ML Design:</strong> designing for each lifecycle* stage.</li>"
                    "</ul><p>* <strong>ML lifecycle</strong> refers to the stages of an ML project.</p>"
                    "<p>† <b>Impact</b> means the effect of work.</p>"),
])
def test_a_footnote_under_a_glossary_defines_the_term_it_sets_in_bold(cli, write, name, glossary):
    """'* **ML lifecycle** refers to ...' under the list whose 'lifecycle*'
    it explains: the footnote's mark is no part of the term."""
    if name.endswith(".html"):
        text = "<html><body><h1>Acme Engineering Ladder</h1><h2>Junior Engineer</h2><h3>Delivery</h3><ul>" \
               "<li>Ships small tasks with help</li></ul><h2>Senior Engineer</h2><h3>Delivery</h3><ul>" \
               f"<li>Leads projects across teams</li></ul>{glossary}</body></html>"
    else:
        text = LADDER + glossary
    data, run = imported(cli, write(name, text), "--org", "Acme")
    as_ladder(data)
    assert data["glossary"] == {"Impact": "means the effect of work.",
                                "ML Design": "designing for each lifecycle* stage.",
                                "ML lifecycle": "refers to the stages of an ML project."}
    assert "defines no term" not in run.stderr


def test_a_glossary_keeps_the_documents_order(cli, write):
    """The terms in the order the document defines them, as its readers
    know them; the format asks for no other."""
    page = LADDER + "## Glossary\n\n**Programme**: a group of projects.\n\n**ADR**: a decision record.\n\n" \
                    "**Placement**: a year in industry.\n"
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert list(data["glossary"]) == ["Programme", "ADR", "Placement"]


def test_glossary_pages_give_one_output_in_any_order_of_the_arguments(cli, tmp_path):
    """Each glossary page keeps its own order; the pages are taken by file
    name, as level pages are, so the framework written is the same bytes
    whichever order the command line names them in."""
    folder = site(tmp_path)
    (folder / "terms.html").write_text(GLOSSARY_PAGE.replace("Impact", "Reach").replace("Results", "Outcomes")
                                       .replace("Mentorship", "Coaching"), encoding="utf-8")
    pages = sorted(str(p) for p in folder.glob("*.html") if not p.name.startswith("m"))
    written = []
    for order in (pages, pages[::-1]):
        out = tmp_path / f"run{len(written)}" / "ladder.yaml"
        out.parent.mkdir()
        run = cli("import", *order, "--org", "Globex", "-o", str(out), "--no-check")
        assert run.exit_code == 0, run.stderr
        written.append(out.read_bytes())
    assert written[0] == written[1]
    glossary = load_document("ladder.yaml", written[0]).data["glossary"]
    assert list(glossary) == ["Impact", "Results", "Mentorship", "Reach", "Outcomes", "Coaching"]
