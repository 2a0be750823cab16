"""A table per competency whose header adds a note in brackets to a level
('Engineer I (core contributor)' over one table, 'Engineer I' over the
next) names the same levels: one track, one level each, titled with the
note. Tables of levels that differ by name stay two tracks."""

from __future__ import annotations

import pytest

from ladderlint.loader import load_document

PAGE = """# Engineer Progression Framework

## Technical proficiency

| {first} | {second} |
|---|---|
| Proficient in core software | Builds reusable tools for the team |

## Project leadership

| {third} | {fourth} |
|---|---|
| Completes assigned tasks with guidance | Leads engineering on a complex project |
"""


@pytest.mark.parametrize("first, second", [
    ("Engineer I (core contributor)", "Engineer II (senior contributor and specialist)"),
    ("Engineer I (core contributor)", "Engineer II"),
])
@pytest.mark.parametrize("html", [False, True])
def test_a_note_in_brackets_on_a_level_keeps_the_tables_one_track(cli, write, first, second, html):
    text = PAGE.format(first=first, second=second, third="Engineer I", fourth="Engineer II")
    if html:
        text = _as_html(text)
    page = write("ladder.html" if html else "ladder.md", text)
    levels = _imported_levels(cli, page)
    # The fuller title, note and all, names the level: both tables' statements are under it.
    assert [level["title"] for level in levels] == [first, second]
    _assert_one_track(levels)


def test_the_plain_title_first_takes_the_note_of_a_later_table(cli, write):
    page = write("ladder.md", PAGE.format(first="Engineer I", second="Engineer II",
                                          third="Engineer I (core contributor)", fourth="Engineer II"))
    levels = _imported_levels(cli, page)
    assert [level["title"] for level in levels] == ["Engineer I (core contributor)", "Engineer II"]


@pytest.mark.parametrize("first, second, third, fourth", [
    # Levels of other names: a manager's ladder beside an engineer's.
    ("Engineer I", "Engineer II", "Manager I", "Manager II"),
    # Two notes are not one title's: 'Engineer I (Backend)' is not 'Engineer I (Frontend)'.
    ("Engineer I (Backend)", "Engineer II (Backend)", "Engineer I (Frontend)", "Engineer II (Frontend)"),
])
def test_tables_of_other_levels_stay_two_tracks(cli, write, first, second, third, fourth):
    page = write("ladder.md", PAGE.format(first=first, second=second, third=third, fourth=fourth))
    run = cli("import", str(page), "-o", str(page.parent / "out.yaml"))
    assert run.exit_code == 2
    assert "the document holds 2 tracks" in run.stderr
    assert run.stderr.endswith("--dimension-heading\n")


def _imported_levels(cli, page):
    """The levels `import` writes of the page."""
    out = page.parent / "out.yaml"
    run = cli("import", str(page), "-o", str(out), "--no-check", "--org", "Acme")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data["levels"]


def _assert_one_track(levels):
    """Both tables' statements are under each level: the tables are one track."""
    assert [sorted(level["competencies"]) for level in levels] == [
        ["project-leadership", "technical-proficiency"]] * 2


def _as_html(markdown: str) -> str:
    """The page as HTML: a heading per '#', a table per block of '|' lines."""
    out, rows = ["<html><body>"], []
    for line in markdown.splitlines() + [""]:
        if line.startswith("|"):
            if not set(line) <= set("|- "):
                rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            head, *body = rows
            out.append("<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
                       + "</tbody></table>")
            rows = []
        if line.startswith("#"):
            depth = len(line) - len(line.lstrip("#"))
            out.append(f"<h{depth}>{line.lstrip('#').strip()}</h{depth}>")
    return "\n".join(out + ["</body></html>"])


@pytest.mark.parametrize("first, second, third, fourth", [
    # One table capitalises the titles as names, the next as a sentence: the same levels.
    ("Junior Engineer", "Senior Engineer", "Junior engineer", "Senior engineer"),
    ("Engineer I", "Engineer II", "**Engineer I**", "Engineer II."),
    ("Junior engineer (core contributor)", "Senior engineer", "Junior Engineer", "Senior Engineer"),
])
def test_titles_that_differ_in_case_or_markup_keep_the_tables_one_track(cli, write, first, second, third, fourth):
    """A level's name is one whatever its case, emphasis or final full stop, as LL202 reads two titles."""
    page = write("ladder.md", PAGE.format(first=first, second=second, third=third, fourth=fourth))
    levels = _imported_levels(cli, page)
    assert [level["title"] for level in levels] == [first, second]
    _assert_one_track(levels)
