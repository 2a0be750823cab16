"""A spreadsheet saved under a document's name ('ladder.md'): read as
Markdown it has no levels, and the failure says to read it as CSV."""

from __future__ import annotations

import pytest

SHEET = (
    ",Engineer I,Engineer II,Senior Engineer\n"
    "Delivery,Ships small tasks,\"Ships features, end to end\",Leads projects\n"
    "Collaboration,Asks for help,Reviews code,Mentors others\n"
)


@pytest.mark.parametrize("text, cut_by", [
    (SHEET, "commas"),
    (SHEET.replace(",", ";").replace("; end", ", end"), "semicolons"),
])
def test_rows_saved_as_markdown_suggest_format_csv(cli, tmp_path, text, cut_by):
    page = tmp_path / "ladder.md"
    page.write_text(text, encoding="utf-8")
    run = cli("import", str(page), "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code != 0
    assert f"cells cut by {cut_by}" in run.stderr and "--format csv" in run.stderr
    # As it says, read as CSV it is a ladder.
    done = cli("import", str(page), "--format", "csv", "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert done.exit_code == 0, done.stderr


@pytest.mark.parametrize("text", [
    # Prose with commas in it is no spreadsheet.
    "Some notes, about things.\nNothing here, really, at all, today.\n",
    # A Markdown table names no level either, yet it is Markdown.
    "| Skill | Notes |\n| --- | --- |\n| Delivery | Ships, tests |\n",
    # Lines of as many commas under a heading: a document.
    "# Notes\n\nOne, two, three\nFour, five, six\n",
])
def test_prose_and_markdown_without_levels_do_not_suggest_csv(cli, tmp_path, text):
    page = tmp_path / "notes.md"
    page.write_text(text, encoding="utf-8")
    run = cli("import", str(page), "-o", str(tmp_path / "out.yaml"), "--no-check")
    assert run.exit_code != 0
    assert "--format csv" not in run.stderr
