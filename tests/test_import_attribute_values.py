"""Values a document's markup writes that are not what they should be
(an ordered list's '<ol start="--2">'): read as a browser reads them, never
an internal error."""

from __future__ import annotations

import pytest

from import_helpers import imported


def _matrix(scale: str) -> str:
    table = "".join(f"<tr><td>{skill}</td>{''.join(f'<td>{n}</td>' for n in rated)}</tr>"
                    for skill, rated in (("Testing", "123"), ("Mentoring", "024")))
    return (f"<html><body><h1>Skills Matrix</h1>\n<h2>Scale</h2>\n{scale}\n<h2>Matrix</h2>\n"
            "<h3>Engineering</h3>\n<table><tr><th>Skill</th><th>Junior</th><th>Mid</th>"
            f"<th>Senior</th></tr>\n{table}</table></body></html>\n")


@pytest.mark.parametrize("start, value", [
    ("--2", "--1"), ("-", "+"), ("x1", "x"), ("e3", ".5"), ("\u0663", "\u0662"),
    ("9" * 5000, "-" + "9" * 5000), ("99999999999", "2147483648"), ("", " "),
])
def test_an_ordered_list_numbered_with_no_number_counts_from_one(cli, write, start, value):
    """'<ol start="--2">', '<li value="--1">': no number a browser reads
    (it ignores the attribute and counts from one, the item before's
    number and one): the scale is numbered 1, 2, 3, 4 as if unsaid."""
    scale = (f'<ol start="{start}"><li>Beginner</li><li value="{value}">Intermediate</li>'
             "<li>Advanced</li><li>Expert</li></ol>")
    data, run = imported(cli, write("matrix.html", _matrix(scale)), "--org", "Acme")
    assert data["proficiency_scale"] == ["beginner", "intermediate", "advanced", "expert"]
    rated = {lv["title"]: {k: v.get("proficiency", "n/a") for k, v in lv["competencies"].items()}
             for lv in data["levels"]}
    assert rated == {"Junior": {"testing": "beginner", "mentoring": "n/a"},
                     "Mid": {"testing": "intermediate", "mentoring": "intermediate"},
                     "Senior": {"testing": "advanced", "mentoring": "expert"}}


@pytest.mark.parametrize("start", ["+0", " 0abc", "0.5"])
def test_an_ordered_list_numbers_as_a_browser_reads_the_number_it_is_given(cli, write, start):
    """A browser reads the number an attribute begins with ('+0', '0abc'
    and '0.5' are 0, spaces before it skipped): so does the import, and
    the scale's first step is 0, which rates nothing, as with 'start="0"'."""
    scale = (f'<ol start="{start}"><li>Unaware</li><li>Beginner</li><li>Intermediate</li>'
             "<li>Advanced</li><li>Expert</li></ol>")
    data, run = imported(cli, write("matrix.html", _matrix(scale)), "--org", "Acme")
    plain, _ = imported(cli, write("plain.html", _matrix(scale.replace(f'start="{start}"', 'start="0"'))),
                        "--org", "Acme")
    assert data["proficiency_scale"] == plain["proficiency_scale"]
    assert data["levels"] == plain["levels"]
