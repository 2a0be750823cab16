"""A level's statements typed as a list at the margin ('- I design ...',
'* ...', '• ...', '1. ...') right under the line naming the level, in a
plain-text or Markdown file of one level or several; and what a page is
told when no line names its level."""

from __future__ import annotations

import pytest

from import_helpers import cells, imported

STATEMENTS = ["I design systems that other teams depend on", "I mentor engineers on my team"]
MARKS = ["- ", "* ", "+ ", "• ", "1. "]


def typed(marker: str, statements: list[str]) -> str:
    return "".join(f"{marker.replace('1', str(n + 1))}{s}\n" for n, s in enumerate(statements))


@pytest.mark.parametrize("marker", MARKS)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("heading", ["IC3 Senior Engineer", "IC3 — Senior Engineer", "Level 3: Senior Engineer"])
def test_one_level_typed_at_the_margin(cli, write, marker, suffix, heading):
    data, _ = imported(cli, write(f"senior{suffix}", f"{heading}\n{typed(marker, STATEMENTS)}"))
    (level,) = data["levels"]
    assert level["title"].endswith("Senior Engineer") and level["id"] in ("IC3", "L3")
    assert list(cells(data)[level["id"]].values()) == [STATEMENTS]


@pytest.mark.parametrize("marker", MARKS)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_one_level_with_competencies_typed_at_the_margin(cli, write, marker, suffix):
    text = f"IC3 Senior Engineer\n\nDelivery\n{typed(marker, STATEMENTS[:1])}\nCollaboration\n" \
           f"{typed(marker, STATEMENTS[1:])}"
    data, _ = imported(cli, write(f"senior{suffix}", text))
    assert cells(data) == {"IC3": {"delivery": STATEMENTS[:1], "collaboration": STATEMENTS[1:]}}


@pytest.mark.parametrize("marker", MARKS)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_two_levels_typed_at_the_margin(cli, write, marker, suffix):
    text = f"IC2 Engineer\n{typed(marker, ['I deliver tasks with guidance'])}\n" \
           f"IC3 Senior Engineer\n{typed(marker, STATEMENTS)}"
    data, _ = imported(cli, write(f"ladder{suffix}", text))
    assert [level["id"] for level in data["levels"]] == ["IC2", "IC3"]
    assert list(cells(data)["IC3"].values()) == [STATEMENTS]


@pytest.mark.parametrize("marker", ["- ", "* "])
def test_a_page_whose_line_names_no_level_code_is_told_what_to_write(cli, write, marker):
    path = write("senior.txt", f"Senior Engineer\n{typed(marker, STATEMENTS)}")
    run = cli("import", str(path), "-o", str(path.with_suffix(".yaml")), "--no-check")
    assert run.exit_code == 2
    said = run.stderr
    assert f"{path}:1:1: cannot tell which level this document describes: this line ('Senior Engineer')" in said
    assert "no bulleted statements" not in said
    assert "--level ID" in said and "'IC3 Senior Engineer'" in said and "'L2 — Software Engineer'" in said


def test_a_footnote_under_indented_bullets_stays_a_footnote(cli, write):
    # The margin is a list only where the page has no other bullets.
    text = "IC3 Senior Engineer\nDelivery\n  • I give code review* on every change\n\n" \
           "* code review means reading a colleague's change before it is merged\n"
    data, _ = imported(cli, write("senior.txt", text))
    assert cells(data) == {"IC3": {"delivery": ["I give code review* on every change"]}}
    assert "code review" in data.get("glossary", {})


def test_a_footnote_under_a_list_typed_at_the_margin_stays_a_footnote(cli, write):
    # The margin list is typed with '- ': a '* ' line after it is a footnote, as under indented bullets.
    text = "IC3 Senior Engineer\n\nDelivery\n- I give code review* on every change\n\n" \
           "* code review means reading a colleague's change before it is merged\n"
    data, _ = imported(cli, write("senior.txt", text))
    assert cells(data) == {"IC3": {"delivery": ["I give code review* on every change"]}}
    assert "code review" in data.get("glossary", {})


@pytest.mark.parametrize("text", [
    f"Q3 2024 update\n\n{typed('- ', STATEMENTS)}",
    f"H1 2025 goals\n\n{typed('- ', STATEMENTS[:1])}\nH2 2025 goals\n\n{typed('- ', STATEMENTS[1:])}",
])
def test_a_markdown_line_naming_a_quarter_is_no_level(cli, write, text):
    # 'Q3', 'H1' before a year name a part of it, as a level's code would not: the page names no level.
    path = write("update.md", text)
    run = cli("import", str(path), "-o", str(path.with_suffix(".yaml")), "--no-check")
    assert run.exit_code == 2 and "cannot tell which level this document describes" in run.stderr, run.output
