"""The import report as a framework owner reads it on the terminal (the
fifteenth new-user trial): the sentences of a section that is no level (an
FAQ) are said on one line, with how many there are, their lines and the
first, not one line each, which buried the two notices to review; every one
is still written whole by `--report FILE`, and counted in the summary. And
a dimension the import had to name ('Competencies', where no heading names
one) is said to be the import's."""
from __future__ import annotations

LADDER = """# Acme Engineering Ladder

## Engineer

### Delivery

- Ships small features with guidance

### Collaboration

- Shares progress with the team

## Senior Engineer

### Delivery

- Ships large features independently

### Collaboration

- Leads design discussions across teams

## FAQ

Why these competencies?

They capture what has worked for us.

How long does a promotion take?

It depends on the person and the team.
"""

FAQ = ["Why these competencies?", "They capture what has worked for us.", "How long does a promotion take?",
       "It depends on the person and the team."]


def _imported(cli, write, tmp_path, text: str = LADDER, *more: str):
    source = write("ladder.md", text)
    return cli("import", str(source), "-o", str(tmp_path / "acme.yaml"), "--no-check", *more, cwd=tmp_path)


def _section_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "in section 'FAQ'" in line]


def test_the_text_of_a_section_that_is_no_level_is_said_on_one_line(cli, write, tmp_path):
    result = _imported(cli, write, tmp_path)
    assert result.exit_code == 0, result.stderr
    [line] = _section_lines(result.stderr)
    # The section, how many pieces of text, their lines, and the first of them quoted.
    assert "(4 pieces of text, lines " in line and line.endswith(f"; the first): {FAQ[0]}")
    assert f"(shortened: 4 pieces of text in a row left out for one reason said with the first; " \
           "--report FILE writes every entry whole)" in result.stderr
    # Nothing is lost: the summary counts each, and --report writes each whole.
    assert "5 pieces of text not placed" in result.stderr  # the heading 'FAQ' too
    report = tmp_path / "report.txt"
    assert _imported(cli, write, tmp_path, LADDER, "--report", str(report)).exit_code == 0
    written = _section_lines(report.read_text())
    assert [line.rsplit(": ", 1)[1] for line in written] == FAQ


def test_two_pieces_of_text_in_a_row_are_said_each(cli, write, tmp_path):
    """Near miss: a short section keeps its lines (joining two saves no one's reading)."""
    short = LADDER.split("How long does")[0]
    lines = _section_lines(_imported(cli, write, tmp_path, short).stderr)
    assert [line.rsplit(": ", 1)[1] for line in lines] == FAQ[:2]


def test_the_dimension_the_import_names_is_said(cli, write, tmp_path):
    result = _imported(cli, write, tmp_path)
    assert "no heading names a dimension of 'Delivery', 'Collaboration': put in one the import names " \
           "'Competencies'" in result.stderr


def test_a_dimension_the_document_names_is_not_said_to_be_the_imports(cli, write, tmp_path):
    named = LADDER.replace("## Engineer\n", "## Engineer\n\n### Craft\n\n", 1).replace("### ", "#### ")
    named = named.replace("#### Craft", "### Craft").replace("## Senior Engineer\n", "## Senior Engineer\n\n### Craft\n\n")
    result = _imported(cli, write, tmp_path, named)
    assert result.exit_code == 0, result.stderr
    assert "    name: Craft\n" in (tmp_path / "acme.yaml").read_text()
    assert "the import names" not in result.stderr
