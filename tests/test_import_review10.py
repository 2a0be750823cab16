"""Import regressions a review of the tenth round found: superscripts that
are words or marks, not powers; a verb lead-in glued to bullets that have
their own verb; reference links in labelled lines of a bullet; a table's
generic caption taken for its heading; a meeting taken for the
organisation; a hyphenated word taken for one that refers back."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported


def _ladder(*statements: str) -> str:
    items = "".join(f"<li>{s}</li>" for s in statements)
    return (f"<html><body><h1>Acme Engineering Ladder</h1><h2>Engineer I</h2><ul>{items}</ul>"
            "<h2>Engineer II</h2><ul><li>Leads projects across teams.</li></ul></body></html>")


def test_an_ordinal_or_a_mark_in_a_superscript_stays_text(cli, write):
    """'1<sup>st</sup>' is '1st', a trade mark stays its sign ('TM' is ™):
    no '^' in a statement for what is no power."""
    page = write("sup.html", _ladder("Handles 1<sup>st</sup> line support.", "Joins the 2<sup>nd</sup> rota.",
                                     "Knows Google Cloud<sup>®</sup> and AWS<sup>TM</sup> well.",
                                     "Ships the 3<sup>rd</sup> party SDK<sup>*</sup> safely."))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [s for cell in cells(data)[data["levels"][0]["id"]].values() for s in cell] == [
        "Handles 1st line support.", "Joins the 2nd rota.", "Knows Google Cloud® and AWS™ well.",
        "Ships the 3rd party SDK* safely."]


def test_a_power_in_a_superscript_is_still_one(cli, write):
    """The near miss: numbers, single letters and signs are mathematics."""
    page = write("sup.html", _ladder("Cuts latency to 10<sup>-3</sup> seconds.", "Knows 2<sup>n</sup> growth.",
                                     "Reads x<sub>1</sub> and 10<sup>-3k</sup> notation."))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [s for cell in cells(data)[data["levels"][0]["id"]].values() for s in cell] == [
        "Cuts latency to 10⁻³ seconds.", "Knows 2ⁿ growth.", "Reads x₁ and 10^(-3k) notation."]


def _led(bullets: list[str]) -> str:
    return ("# Acme ladder\n\n" + "".join(f"## {level}\n\n### Delivery\n\nDemonstrates:\n\n"
                                          + "".join(f"- {b}\n" for b in bullets) + "\n"
                                          for level in ("Junior", "Senior")))


def test_a_bullet_that_opens_with_a_verb_in_its_base_form_keeps_it(cli, write):
    """'Demonstrates:' over '- Take ownership of small services' is no
    'Demonstrates take ownership ...': the bullet says its own verb; the
    nouns beside it still finish the lead-in."""
    bullets = ["Take ownership of small services", "Lead projects across the team", "Own the roadmap",
               "Ownership of a service", "Care for the quality of their code"]
    data, _ = imported(cli, write("ladder.md", _led(bullets)), "--org", "Acme")
    assert cells(data)["junior"]["delivery"] == [
        "Take ownership of small services", "Lead projects across the team", "Own the roadmap",
        "Demonstrates ownership of a service", "Demonstrates care for the quality of their code"]


LABELLED_LINES = """\
# Acme Engineering

## Engineer I

- **Scope:** Owns features, see [the guide][g].
  **Impact:** Delivers work, as [the handbook][] says.
- Writes tests.

## Engineer II

- **Scope:** Owns a service.
  **Impact:** Delivers work that moves group goals.

**Scope:** Owns a bug queue, see [the guide][g].
**Impact:** Fixes what breaks.

[g]: https://example.com/guide
[the handbook]: https://example.com/handbook
"""


def test_labels_on_a_bullets_lines_resolve_reference_links(cli, write):
    """'[the guide][g]' in a label's line of a bullet reads as the link it
    is, as in a paragraph's: no raw reference in the statement."""
    data, _ = imported(cli, write("ladder.md", LABELLED_LINES), "--org", "Acme")
    statements = [s for level in cells(data).values() for cell in level.values() for s in cell]
    # 'Scope' and 'Impact' are competencies (Engineer II's labelled paragraphs): the labels name them.
    assert "Owns features, see the guide (https://example.com/guide)." in cells(data)["engineer-i"]["scope"]
    assert "Delivers work, as the handbook (https://example.com/handbook) says." in cells(data)["engineer-i"]["impact"]
    assert not any("][" in s for s in statements)


_HEADER = "<tr><th>Competency</th><th>Junior Engineer</th><th>Engineer</th><th>Senior Engineer</th></tr>"


def _captioned(caption: str) -> str:
    """Two sections, each a heading over a table; the first table captioned."""
    return ("<html><body><h1>Acme Engineering Ladder</h1><h2>Craft</h2><table>"
            + (f"<caption>{caption}</caption>" if caption else "") + _HEADER
            + "<tr><td>Testing</td><td>Writes unit tests.</td><td>Writes integration tests.</td>"
            "<td>Designs the test strategy.</td></tr></table><h2>Delivery</h2><table>" + _HEADER
            + "<tr><td>Shipping</td><td>Ships tasks.</td><td>Ships features.</td><td>Ships projects.</td></tr>"
            "</table></body></html>")


@pytest.mark.parametrize("caption", ["Table 1: expectations by level", "Competencies (rows) by level (columns)",
                                     "Table 2", "Craft", ""])
def test_a_caption_that_names_nothing_leaves_the_heading_the_dimension(cli, write, caption):
    data, _ = imported(cli, write("c.html", _captioned(caption)), "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Craft", ["Testing"]), ("Delivery", ["Shipping"])]


@pytest.mark.parametrize("caption", ["Computer Science", "Table 2: Computer Science"])
def test_a_caption_that_names_what_the_table_holds_still_does(cli, write, caption):
    data, _ = imported(cli, write("c.html", _captioned(caption)), "--org", "Acme")
    names = [d["name"] for d in data["dimensions"]] + [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert "Computer Science" in names and not any(n.startswith("Table") for n in names)


_LEVELS = "\n\n## Junior Engineer\n\n* Fixes bugs.\n\n## Senior Engineer\n\n* Leads projects.\n"


@pytest.mark.parametrize("text", [
    "Engineers demo at Sprint Review.", "Our levels are calibrated at Quarterly Reviews.",
    "Engineers get feedback at Performance Review time.", "We share our goals at the All-Hands and at Demo Day.",
])
def test_a_meeting_people_go_to_is_no_organisation(cli, write, text):
    data, _ = imported(cli, write("levels.md", f"# Ladder\n\n{text}{_LEVELS}"))
    assert data["organisation"]["name"] == "⟨organisation⟩"


@pytest.mark.parametrize("text, name", [
    ("Engineers at Zentoro grow through these levels.", "Zentoro"),
    ("Chez Acme, nous utilisons ces niveaux.", "Acme"),  # a word English has, after 'chez': still a name
])
def test_where_people_work_still_names_the_organisation(cli, write, text, name):
    data, _ = imported(cli, write("levels.md", f"# Ladder\n\n{text}{_LEVELS}"))
    assert data["organisation"]["name"] == name


def _nested(parent: str, child: str) -> str:
    return (f"# Acme Engineering\n\n## Engineer I\n\n- {parent}\n  - {child}\n- Writes code.\n\n"
            "## Engineer II\n\n- Leads projects.\n")


@pytest.mark.parametrize("child", [
    "Similarly-sized teams should be mentored.", "Reviews similarly complex code from peers.",
    "Likewise-minded peers are invited to review.",
])
def test_a_nested_bullet_that_only_contains_likewise_or_similarly_stands_alone(cli, write, child):
    data, _ = imported(cli, write("ladder.md", _nested("Leads our Engineering community.", child)), "--org", "Acme")
    statements = [s for cell in cells(data)["engineer-i"].values() for s in cell]
    assert child in statements and "Leads our Engineering community." in statements


@pytest.mark.parametrize("child", [
    "Similarly, mentors the newcomers.", "Likewise for the on-call rota.", "Mentors newcomers, likewise.",
    "Encourages others to do likewise.",
])
def test_a_nested_bullet_that_refers_back_with_likewise_or_similarly_is_joined(cli, write, child):
    data, _ = imported(cli, write("ladder.md", _nested("Leads our Engineering community.", child)), "--org", "Acme")
    statements = [s for cell in cells(data)["engineer-i"].values() for s in cell]
    assert child not in statements
    assert any(s.startswith("Leads our Engineering community.") and child.rstrip(".") in s for s in statements)
