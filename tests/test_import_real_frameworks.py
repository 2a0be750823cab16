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


def test_a_number_cited_after_a_word_stays_a_citation(cli, write):
    path = write("ladder.md", "# Engineer\n\n- Answers pages in business hours[1].\n- Writes tested code.\n\n"
                              "# Senior Engineer\n\n- Designs features end to end.\n\n[1]: https://example.com/oncall\n")
    data, _ = imported(cli, path, "--org", "Acme")
    assert cells(data)["engineer"]["expectations"][0] == "Answers pages in business hours[1]."


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


def test_a_title_in_sentence_case_names_no_organisation(cli, write, tmp_path):
    """'Tabela de evolução de carreira' ('Career progression table'): its first word's capital is the
    sentence's, and the title's own line is no second mention of it."""
    path = write("ladder.md", "<h1 align=\"center\">Tabela de evolução de carreira</h1>\n\n"
                              "<h2>Junior</h2>\n\n- Escreve testes para o seu código.\n- Pede ajuda quando precisa.\n\n"
                              "<h2>Pleno</h2>\n\n- Comunica-se bem com os colegas.\n- Encontra bugs e propõe correções.\n")
    data, _ = imported(cli, path)
    assert data["organisation"]["name"] == "⟨organisation⟩"
    assert data["track"] == "Tabela de evolução de carreira"


def test_a_name_that_starts_a_title_and_comes_back_in_the_text_is_still_the_organisation(cli, write):
    path = write("ladder.md", "<h1>Lumi QA Tester Levels</h1>\n\nHow testers grow at Lumi.\n\n"
                              "<h2>Junior QA Tester</h2>\n\n- Writes test cases.\n- Reports bugs clearly.\n\n"
                              "<h2>Senior QA Tester</h2>\n\n- Plans the test strategy.\n- Coaches testers.\n")
    data, _ = imported(cli, path)
    assert data["organisation"]["name"] == "Lumi"


_SENTENCE_HEADINGS = """# Roles

## Engineer

#### I write good quality code.

- I write tests for my changes.
- I keep my changes small.

#### I am a team player.

- I ask for help when stuck.

## Senior Engineer

#### I lead features to production.

- I design features end to end.

#### I am a technical mentor.

- I coach engineers.
"""


def test_competency_heading_is_honoured_where_the_headings_are_sentences(cli, write):
    path = write("ladder.md", _SENTENCE_HEADINGS)
    data, run = imported(cli, path, "--org", "Acme", "--competency-heading", "h4")
    found = cells(data)
    assert found["engineer"]["i-write-good-quality-code"] == ["I write tests for my changes.", "I keep my changes small."]
    assert found["senior-engineer"]["i-am-a-technical-mentor"] == ["I coach engineers."]
    assert "headings that are sentences" not in run.stderr


def test_a_heading_option_that_names_nothing_is_reported(cli, write):
    path = write("ladder.md", _SENTENCE_HEADINGS)
    _, run = imported(cli, path, "--org", "Acme", "--competency-heading", "h5", "--dimension-heading", "h2",
                      "--report", "-")
    assert "--competency-heading h5 was not applied: the document has no heading at depth 5" in run.output
    assert ("--dimension-heading h2 was not applied: no heading at depth 2 names a dimension where the levels are: "
            "'Engineer' (line 3, read as a level), 'Senior Engineer' (line 14, read as a level)") in run.output


def test_the_dimension_of_competencies_without_a_group_keeps_its_name_beside_groups(cli, write, tmp_path):
    """A revision that drops the last group heading must not rename the other dimension."""
    with_group = write("v1.md", "# Engineer\n\n### Delivery\n\n- Ships small changes.\n\n## Craft\n\n### Testing\n\n"
                                "- Writes tests.\n\n# Senior Engineer\n\n### Delivery\n\n- Plans releases.\n\n"
                                "## Craft\n\n### Testing\n\n- Designs the test strategy.\n")
    without = write("v2.md", "# Engineer\n\n### Delivery\n\n- Ships small changes.\n\n"
                             "# Senior Engineer\n\n### Delivery\n\n- Plans releases.\n")
    first, _ = imported(cli, with_group, "--org", "Acme")
    second, _ = imported(cli, without, "--org", "Acme")
    assert first["dimensions"][0]["id"] == second["dimensions"][0]["id"] == "competencies"
    assert first["dimensions"][0]["name"] == second["dimensions"][0]["name"] == "Competencies"


def test_a_track_taken_from_the_levels_titles_is_reported(cli, write):
    path = write("ladder.md", "# DX Engineer I\n\n- Writes guides.\n- Answers questions.\n\n"
                              "# DX Engineer II\n\n- Runs workshops.\n- Plans the docs.\n")
    data, run = imported(cli, path, "--org", "Acme", "--report", "-")
    assert data["track"] == "DX Engineer"
    assert ("the track is 'DX Engineer' because the titles of its levels name the role 'DX Engineer'; renamed "
            "levels would rename it and the framework's name made of it: set it with --track") in run.output


def test_the_front_matter_description_of_a_page_read_as_one_level_is_the_frameworks(cli, write):
    path = write("engineer.md", "---\ntitle: Engineer\ndescription: \"The career ladder used at Acme - Engineer role\"\n"
                                "---\n\n## Core Competencies\n\n* You own tasks.\n* You debug easy problems.\n")
    data, _ = imported(cli, path, "--org", "Acme", "--level", "engineer")
    assert data["description"] == "The career ladder used at Acme - Engineer role"
