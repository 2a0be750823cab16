"""What published career frameworks write that a hand-made sample does not:
shortcut reference links, a page's table of figures, a title in another
language, a refusal a CI job keeps, and what makes two imports of one
document's revisions differ."""

from __future__ import annotations

from import_helpers import cells, imported


def test_shortcut_and_collapsed_reference_links_lose_their_brackets(cli, write):
    path = write("ladder.md", "# Engineer\n\n- [Leads] the team's planning.\n- Reads the [runbook] before going on call.\n"
                              "- Keeps `[runbook]` in code as it is.\n\n"
                              "# Senior Engineer\n\n- Follows the [Style Guide][] and the [undefined] one.\n\n"
                              "[leads]: #glossary\n[RunBook]: https://example.com/runbook\n"
                              "[style guide]: https://example.com/style\n")
    data, _ = imported(cli, path, "--org", "Acme")
    found = cells(data)
    assert found["engineer"]["expectations"] == [
        "Leads the team's planning.",
        "Reads the runbook (https://example.com/runbook) before going on call.",
        "Keeps `[runbook]` in code as it is."]
    assert found["senior-engineer"]["expectations"] == [
        "Follows the Style Guide (https://example.com/style) and the [undefined] one."]


_FIGURES = """---
title: "{level}"
---

## Core Competencies

* {statement}

## Broad Indicators
As a broad range indicator, your time is roughly split in the following proportions.
<table>
<tbody>
  <tr><td rowspan="3">Split of responsibilities</td><td><b>Core</b>: ~70%</td></tr>
  <tr><td><b>Management</b>: ~30%</td></tr>
  <tr><td><b>Enabling Traits</b>: We expect these traits to be shown consistently in your role.</td></tr>
</tbody>
</table>
"""


def test_a_table_mostly_of_figures_is_reported_whole(cli, write, tmp_path):
    write("site/engineer.md", _FIGURES.format(level="Engineer", statement="You debug easy problems on your own."))
    write("site/senior-engineer.md", _FIGURES.format(level="Senior Engineer",
                                                     statement="You debug hard problems on your own."))
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--report", "-", "--no-check")
    assert run.exit_code == 0, run.stderr
    written = out.read_text(encoding="utf-8")
    assert "Enabling Traits" not in written and "Broad" not in written and "broad range" not in written
    assert "a line among figures (2 of the 3 lines there are figures)" in run.output
    assert "Enabling Traits: We expect these traits" in run.output


def test_a_refused_import_still_writes_its_report(cli, write, tmp_path):
    path = write("ladder.md", "# Our ladder\n\nWe are glad you are here.\n")
    report = tmp_path / "reports" / "import.txt"
    run = cli("import", str(path), "-o", str(tmp_path / "out.yaml"), "--report", str(report))
    assert run.exit_code == 2
    assert report.read_text(encoding="utf-8").startswith(f"import refused: {path}")
    assert not (tmp_path / "out.yaml").exists()
